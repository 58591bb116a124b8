//! Article + edition → pages: every segment set as a paragraph by the text engine, then
//! flowed onto pages.
//!
//! A page is filled with *flows*: a row of one or more sides that start level (one side
//! for a single-language paragraph, two for a parallel pair, one per cell for a table
//! row). Headings keep with what follows; a paragraph split across pages leaves at least
//! two lines on each side of the break; a parallel pair that does not fit continues on the
//! next page in both columns. Margins are mirrored for right-to-left books (the binding is
//! on the right), and the parallel edition's column widths are chosen so that both
//! languages run about equally tall.

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::Arc;
use std::sync::Mutex;

use super::inline::styled;
use crate::article::{Article, Block, SegmentRef};
use crate::config::{PageSize, PdfConfig};
use crate::edition::Edition;
use crate::l10n::{Dir, Lang, LocalizedArticle};
use crate::text::{
    self, Align, FontBook, MissingGlyph, ParaStyle, Paragraph, ShapeCache, StyledText, Variant,
};

/// Page size and margins, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
    /// The binding side.
    pub inner: f32,
    pub outer: f32,
}

impl Geometry {
    pub fn new(size: PageSize) -> Geometry {
        match size {
            PageSize::A4 => Geometry {
                width: 595.28,
                height: 841.89,
                top: 66.0,
                bottom: 62.0,
                inner: 68.0,
                outer: 50.0,
            },
            PageSize::A5 => Geometry {
                width: 419.53,
                height: 595.28,
                top: 50.0,
                bottom: 46.0,
                inner: 50.0,
                outer: 36.0,
            },
            PageSize::Letter => Geometry {
                width: 612.0,
                height: 792.0,
                top: 64.0,
                bottom: 60.0,
                inner: 72.0,
                outer: 54.0,
            },
        }
    }

    pub fn content_width(&self) -> f32 {
        self.width - self.inner - self.outer
    }

    pub fn content_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }

    /// Left margin of page `index` (0-based). Left-to-right books bind recto pages on the
    /// left; right-to-left books open the other way and bind recto pages on the right.
    pub fn left_margin(&self, index: usize, rtl_book: bool) -> f32 {
        let recto = index.is_multiple_of(2);
        if recto != rtl_book {
            self.inner
        } else {
            self.outer
        }
    }
}

/// A paragraph's lines `lines` placed with their first line box's top-left corner at
/// (`x`, `top`), in page coordinates with y growing downwards.
#[derive(Clone, Debug)]
pub struct Placed {
    pub x: f32,
    pub top: f32,
    pub para: Arc<Paragraph>,
    pub lines: Range<usize>,
}

impl Placed {
    /// The baseline of the `n`-th line placed, page coordinates (y growing downwards).
    pub fn baseline(&self, n: usize) -> f32 {
        self.top + self.para.baseline_from(self.lines.start, n)
    }
}

/// A straight line (rules, quote bars, table grid), page coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    pub width: f32,
}

#[derive(Clone, Debug, Default)]
pub struct Page {
    pub placed: Vec<Placed>,
    pub rules: Vec<Rule>,
}

/// A laid-out document.
#[derive(Clone, Debug)]
pub struct Laid {
    pub pages: Vec<Page>,
    pub geometry: Geometry,
    pub rtl_book: bool,
}

/// A character no face covers, in segment `segment` (`None`: in a code block or the page
/// furniture).
#[derive(Clone, Debug, PartialEq)]
pub struct Missing {
    pub glyph: MissingGlyph,
    pub segment: Option<SegmentRef>,
    pub lang: Lang,
}

/// Paragraph roles: each has its size, weight, alignment and spacing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Role {
    Title,
    Summary,
    Heading(u8),
    Body,
    Quote,
    Item,
    Cell,
    Code,
    Furniture,
}

fn para_style(role: Role, lang: &Lang, scale: f32) -> (ParaStyle, f32, f32) {
    let rtl = lang.dir() == Dir::Rtl;
    // Nastaliq looks about 15 % smaller than Latin at the same size.
    let k = if rtl { 1.18 } else { 1.0 } * scale;
    let (size, align, bold, italic, leading, before, after) = match role {
        Role::Title => (19.0, Align::Start, true, false, 1.22, 0.0, 10.0),
        Role::Summary => (11.5, Align::Start, false, !rtl, 1.4, 0.0, 6.0),
        Role::Heading(2) | Role::Heading(1) => (13.5, Align::Start, true, false, 1.25, 14.0, 4.0),
        Role::Heading(_) => (11.5, Align::Start, true, false, 1.25, 10.0, 3.0),
        Role::Body => (10.5, Align::Justify, false, false, 1.45, 0.0, 7.0),
        Role::Quote => (10.5, Align::Justify, false, !rtl, 1.45, 4.0, 10.0),
        Role::Item => (10.5, Align::Justify, false, false, 1.45, 0.0, 3.0),
        Role::Cell => (9.5, Align::Start, false, false, 1.3, 0.0, 0.0),
        Role::Code => (9.0, Align::Start, false, false, 1.35, 0.0, 0.0),
        Role::Furniture => (8.0, Align::Start, false, false, 1.2, 0.0, 0.0),
    };
    (
        ParaStyle {
            lang: lang.clone(),
            size: size * k,
            align,
            hyphenate: !rtl && lang.0.language.as_str() == "en" && align == Align::Justify,
            min_leading: leading,
            // Nastaliq is set in one weight: headings stand out by size, as in Urdu print
            // (and the PDF carries one Nastaliq subset instead of two).
            variant: Variant {
                bold: bold && !rtl,
                italic,
                mono: role == Role::Code,
            },
            preserve_spaces: role == Role::Code,
        },
        before * scale,
        after * scale,
    )
}

/// One side of a flow: a paragraph at `x` (relative to the content box's left edge).
#[derive(Clone)]
struct Side {
    para: Arc<Paragraph>,
    x: f32,
    /// A list marker placed beside the first line.
    marker: Option<(Arc<Paragraph>, f32)>,
    /// A quote bar at this x, beside every line.
    bar: Option<f32>,
}

/// Sides that start level and flow together.
#[derive(Clone)]
struct Flow {
    sides: Vec<Side>,
    before: f32,
    after: f32,
    keep_with_next: bool,
    splittable: bool,
    /// Table rows: rule above/below, column lines at these x.
    grid: Option<(f32, f32, Vec<f32>)>,
    /// A horizontal rule across the content box.
    rule: bool,
}

impl Flow {
    fn height(&self) -> f32 {
        self.sides
            .iter()
            .map(|s| s.para.height())
            .fold(0.0, f32::max)
    }

    /// The height of the first `n` lines (a heading needs this much of what follows), or
    /// of all of them when pagination would not split the flow after `n`: a flow that
    /// cannot split, or one too short to leave `n` lines on each page.
    fn head_height(&self, n: usize) -> f32 {
        self.sides
            .iter()
            .map(|s| {
                let lines = s.para.lines.len();
                let head = if !self.splittable || lines < 2 * n {
                    lines
                } else {
                    n
                };
                s.para.lines_height(0..head)
            })
            .fold(0.0, f32::max)
    }
}

/// Role, language, text and the size scale (as bits) a paragraph was shaped at.
type ParagraphKey = (Role, Lang, StyledText, u32);

/// In place of a scale in a [`ParagraphKey`]: the paragraph at the size it was first set
/// (no real scale has these bits: they are a NaN).
const FIRST_SIZE: u32 = u32::MAX;

/// Paragraphs already shaped, shared by the editions of an article (built in parallel):
/// the parallel edition and every column width it tries only break lines again. A
/// paragraph is prepared and shaped once at whatever size it is first set; at another
/// size it is only measured again (see [`Shaped::resized`](text::Shaped::resized)).
#[derive(Default)]
pub struct Paragraphs(Mutex<FxHashMap<ParagraphKey, Arc<text::Shaped>>>);

/// Sets paragraphs for one column of one language.
struct Setter<'a> {
    book: &'a FontBook,
    cache: &'a mut ShapeCache,
    shaped: &'a Paragraphs,
    /// Only measure heights (lines come back empty).
    measure: bool,
    article: &'a Article,
    scale: f32,
    urdu_digits: bool,
}

impl Setter<'_> {
    fn set(
        &mut self,
        text: &StyledText,
        role: Role,
        lang: &Lang,
        width: f32,
        segment: Option<SegmentRef>,
    ) -> Result<(Arc<Paragraph>, f32, f32), Missing> {
        let (style, before, after) = para_style(role, lang, self.scale);
        let key = (role, lang.clone(), text.clone(), self.scale.to_bits());
        // The same text at the size some edition set it first, if any.
        let (known, first) = match self.shaped.0.lock() {
            Ok(m) => (
                m.get(&key).cloned(),
                m.get(&(role, lang.clone(), text.clone(), FIRST_SIZE))
                    .cloned(),
            ),
            Err(_) => (None, None),
        };
        let shaped = match known {
            Some(s) => s,
            None => {
                let resized = first.and_then(|f| f.resized(self.book, &style));
                let s = match resized {
                    Some(s) => s,
                    None => text::shape(self.book, self.cache, text, &style).map_err(|glyph| {
                        Missing {
                            glyph,
                            segment,
                            lang: lang.clone(),
                        }
                    })?,
                };
                let s = Arc::new(s);
                if let Ok(mut m) = self.shaped.0.lock() {
                    m.entry((role, lang.clone(), text.clone(), FIRST_SIZE))
                        .or_insert_with(|| s.clone());
                    m.insert(key, s.clone());
                }
                s
            }
        };
        let para = if self.measure {
            shaped.measure(self.book, width)
        } else {
            shaped.lay_out(self.book, width)
        };
        Ok((Arc::new(para), before, after))
    }

    fn segment(
        &mut self,
        loc: &LocalizedArticle,
        seg: SegmentRef,
        role: Role,
        width: f32,
    ) -> Result<(Arc<Paragraph>, f32, f32), Missing> {
        let s = &loc.segments[seg];
        self.set(&styled(&s.text), role, &s.lang, width, Some(seg))
    }

    fn digits(&self, n: u64, lang: &Lang) -> String {
        localized_number(n, lang, self.urdu_digits)
    }
}

/// `n` in the digits a reader of `lang` expects (Extended Arabic-Indic when asked for).
pub fn localized_number(n: u64, lang: &Lang, urdu_digits: bool) -> String {
    let s = n.to_string();
    if urdu_digits && lang.dir() == Dir::Rtl {
        s.chars()
            .map(|c| char::from_u32(0x06F0 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
            .collect()
    } else {
        s
    }
}

/// In which order a column's blocks are set: the flows come out in document order either
/// way, as each block's flows depend only on that block.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Forward,
    /// Last block first. The parallel edition sets its target column this way while the
    /// target's own edition sets the same paragraphs from the top on another core: each
    /// paragraph is then shaped by whichever edition reaches it first, where both going
    /// forward would shape the same paragraphs at the same time.
    Backward,
}

/// The flows of one language's article body in a column `width` wide.
fn column_flows(
    setter: &mut Setter<'_>,
    loc: &LocalizedArticle,
    width: f32,
    order: Order,
) -> Result<Vec<Vec<Flow>>, Missing> {
    let article = setter.article;
    // One entry per top-level unit so the parallel edition can pair them: the title, the
    // summary, then each block's.
    let mut parts: Vec<Vec<Vec<Flow>>> = Vec::with_capacity(article.blocks.len() + 2);
    let head = |setter: &mut Setter<'_>, i: usize| -> Result<Vec<Vec<Flow>>, Missing> {
        Ok(match i {
            0 => {
                let (title, _, after) = setter.segment(loc, 0, Role::Title, width)?;
                vec![vec![single(title, 0.0, 0.0, after, false)]]
            }
            _ if article.front.summary.is_some() => {
                let (summary, before, after) = setter.segment(loc, 1, Role::Summary, width)?;
                vec![vec![single(summary, 0.0, before, after + 8.0, false)]]
            }
            _ => Vec::new(),
        })
    };
    let block = |setter: &mut Setter<'_>, block: &Block| -> Result<Vec<Vec<Flow>>, Missing> {
        let (mut units, mut flows) = (Vec::new(), Vec::new());
        block_flows(setter, loc, block, width, 0.0, 0, &mut flows, &mut units)?;
        if !flows.is_empty() {
            units.push(flows);
        }
        Ok(units)
    };
    let count = article.blocks.len() + 2;
    let indices: Box<dyn Iterator<Item = usize>> = match order {
        Order::Forward => Box::new(0..count),
        Order::Backward => Box::new((0..count).rev()),
    };
    for i in indices {
        parts.push(match i.checked_sub(2) {
            None => head(setter, i)?,
            Some(b) => block(setter, &article.blocks[b])?,
        });
    }
    if order == Order::Backward {
        parts.reverse();
    }
    Ok(parts.into_iter().flatten().collect())
}

fn single(para: Arc<Paragraph>, x: f32, before: f32, after: f32, keep: bool) -> Flow {
    Flow {
        sides: vec![Side {
            para,
            x,
            marker: None,
            bar: None,
        }],
        before,
        after,
        keep_with_next: keep,
        splittable: true,
        grid: None,
        rule: false,
    }
}

const INDENT: f32 = 20.0;

/// Flows of a block at indentation `indent` (from the start edge). Each paragraph-level
/// segment becomes its own unit so parallel pairs line up segment by segment.
#[allow(clippy::too_many_arguments)]
fn block_flows(
    setter: &mut Setter<'_>,
    loc: &LocalizedArticle,
    block: &Block,
    width: f32,
    indent: f32,
    quote: usize,
    flows: &mut Vec<Flow>,
    units: &mut Vec<Vec<Flow>>,
) -> Result<(), Missing> {
    let rtl = loc.dir() == Dir::Rtl;
    // x from the content box's left edge of something `start` from the start edge.
    let x_of = |start: f32, w: f32| if rtl { width - start - w } else { start };
    let flush = |flows: &mut Vec<Flow>, units: &mut Vec<Vec<Flow>>| {
        if !flows.is_empty() {
            units.push(std::mem::take(flows));
        }
    };
    match block {
        Block::Heading { level, segment } => {
            let w = width - indent;
            let (p, before, after) = setter.segment(loc, *segment, Role::Heading(*level), w)?;
            flush(flows, units);
            units.push(vec![single(p, x_of(indent, w), before, after, true)]);
        }
        Block::Paragraph { segment } => {
            let role = if quote > 0 { Role::Quote } else { Role::Body };
            let w = width - indent;
            let (p, before, after) = setter.segment(loc, *segment, role, w)?;
            let mut f = single(p, x_of(indent, w), before, after, false);
            if quote > 0 {
                f.sides[0].bar = Some(x_of(indent - INDENT * 0.6, 0.0));
            }
            flush(flows, units);
            units.push(vec![f]);
        }
        Block::Quote { blocks } => {
            for b in blocks {
                block_flows(
                    setter,
                    loc,
                    b,
                    width,
                    indent + INDENT,
                    quote + 1,
                    flows,
                    units,
                )?;
            }
        }
        Block::List { start, items } => {
            for (i, item) in items.iter().enumerate() {
                let marker_text = match start {
                    Some(s) => {
                        let n = setter.digits(s + i as u64, &loc.lang);
                        if rtl {
                            format!("{n}۔")
                        } else {
                            format!("{n}.")
                        }
                    }
                    None => "•".to_string(),
                };
                let text_indent = indent + INDENT;
                let w = width - text_indent;
                if let Some(seg) = item.segment {
                    let (p, before, after) = setter.segment(loc, seg, Role::Item, w)?;
                    let (m, _, _) = setter.set(
                        &StyledText::plain(&marker_text),
                        Role::Item,
                        &loc.lang,
                        INDENT,
                        Some(seg),
                    )?;
                    let mut f = single(p, x_of(text_indent, w), before, after, false);
                    f.sides[0].marker = Some((m, x_of(indent, INDENT)));
                    flush(flows, units);
                    units.push(vec![f]);
                }
                for b in &item.blocks {
                    block_flows(setter, loc, b, width, text_indent, quote, flows, units)?;
                }
            }
        }
        Block::Table { head, rows, .. } => {
            let cols = head
                .len()
                .max(rows.iter().map(Vec::len).max().unwrap_or(0))
                .max(1);
            let w = width - indent;
            let pad = 4.0;
            // Column widths as browsers' automatic table layout gives them: every column
            // gets at least its widest word, and what is left goes where text is longest.
            let (mut min, mut max) = (vec![0f32; cols], vec![0f32; cols]);
            for (r, row) in std::iter::once(head).chain(rows.iter()).enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let Some(seg) = cell else { continue };
                    let mut text = styled(&loc.segments[*seg].text);
                    if r == 0 {
                        for (_, s) in &mut text.spans {
                            s.bold = true;
                        }
                    }
                    let lang = &loc.segments[*seg].lang;
                    let widest =
                        |p: &Paragraph| p.lines.iter().map(|l| l.width).fold(0.0, f32::max);
                    let (narrow, _, _) = setter.set(&text, Role::Cell, lang, 1.0, Some(*seg))?;
                    let (wide, _, _) = setter.set(&text, Role::Cell, lang, 1e6, Some(*seg))?;
                    min[c] = min[c].max(widest(&narrow) + 2.0 * pad);
                    max[c] = max[c].max(widest(&wide) + 2.0 * pad);
                }
            }
            // A table too wide for its column even at its narrowest is set smaller (down
            // to 60 %) rather than overrun.
            let saved_scale = setter.scale;
            let sum_min: f32 = min.iter().sum();
            if sum_min > w {
                let f = (w / sum_min).max(0.6);
                setter.scale *= f;
                for m in min.iter_mut().chain(max.iter_mut()) {
                    *m = (*m - 2.0 * pad) * f + 2.0 * pad;
                }
            }
            let col_ws = column_widths(&min, &max, w);
            let col_x: Vec<f32> = std::iter::once(0.0)
                .chain(col_ws.iter().scan(0.0, |at, cw| {
                    *at += cw;
                    Some(*at)
                }))
                .collect();
            let mut table_flows = Vec::new();
            for (r, row) in std::iter::once(head).chain(rows.iter()).enumerate() {
                if r == 0 && head.is_empty() {
                    continue;
                }
                let mut sides = Vec::new();
                for (c, cell) in row.iter().enumerate() {
                    let Some(seg) = cell else { continue };
                    // Columns run from the start edge: mirrored in right-to-left text.
                    let col_w = col_ws[c];
                    let x = x_of(indent + col_x[c] + pad, col_w - 2.0 * pad);
                    let mut text = styled(&loc.segments[*seg].text);
                    if r == 0 {
                        for (_, s) in &mut text.spans {
                            s.bold = true;
                        }
                    }
                    let (p, _, _) = setter.set(
                        &text,
                        Role::Cell,
                        &loc.segments[*seg].lang,
                        col_w - 2.0 * pad,
                        Some(*seg),
                    )?;
                    sides.push(Side {
                        para: p,
                        x,
                        marker: None,
                        bar: None,
                    });
                }
                let lines: Vec<f32> = col_x.iter().map(|cx| x_of(indent + cx, 0.0)).collect();
                table_flows.push(Flow {
                    sides,
                    before: if r == 0 { 6.0 } else { 0.0 },
                    after: 0.0,
                    keep_with_next: r == 0,
                    splittable: false,
                    grid: Some((x_of(indent, w), x_of(indent, w) + w, lines)),
                    rule: false,
                });
            }
            setter.scale = saved_scale;
            if let Some(last) = table_flows.last_mut() {
                last.after = 10.0;
            }
            flush(flows, units);
            units.push(table_flows);
        }
        Block::Figure { alt, .. } => {
            let w = width - indent;
            let mut text = styled(&loc.segments[*alt].text);
            for (_, s) in &mut text.spans {
                s.italic = true;
            }
            let (p, _, _) =
                setter.set(&text, Role::Cell, &loc.segments[*alt].lang, w, Some(*alt))?;
            flush(flows, units);
            units.push(vec![single(p, x_of(indent, w), 4.0, 8.0, false)]);
        }
        Block::Code { text, .. } => {
            let w = width - indent;
            let code = StyledText::plain(&expand_tabs(text.trim_end()));
            let en = Lang::parse("en").unwrap_or_else(|| loc.lang.clone());
            let (p, _, _) = setter.set(&code, Role::Code, &en, w, None)?;
            flush(flows, units);
            units.push(vec![single(p, indent, 4.0, 8.0, false)]);
        }
        Block::Rule => {
            flush(flows, units);
            units.push(vec![Flow {
                sides: Vec::new(),
                before: 6.0,
                after: 10.0,
                keep_with_next: false,
                splittable: false,
                grid: None,
                rule: true,
            }]);
        }
    }
    Ok(())
}

/// Columns between tab stops in code, as the stylesheet's `tab-size` sets them on the web.
pub const TAB_SIZE: usize = 4;

/// Code with every tab replaced by the spaces up to the next tab stop.
fn expand_tabs(code: &str) -> String {
    if !code.contains('\t') {
        return code.to_string();
    }
    let mut out = String::with_capacity(code.len() + 16);
    let mut column = 0;
    for c in code.chars() {
        match c {
            '\t' => {
                let n = TAB_SIZE - column % TAB_SIZE;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\n' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// Lays out an edition.
pub fn layout(
    article: &Article,
    edition: Edition<'_>,
    book: &FontBook,
    cache: &mut ShapeCache,
    paragraphs: &Paragraphs,
    config: &PdfConfig,
) -> Result<Laid, Missing> {
    let geometry = Geometry::new(config.page);
    let scale = if config.page == PageSize::A5 {
        0.92
    } else {
        1.0
    };
    let mut setter = Setter {
        book,
        cache,
        shaped: paragraphs,
        measure: false,
        article,
        scale,
        urdu_digits: config.urdu_digits,
    };
    let width = geometry.content_width();
    let (flows, rtl_book) = match edition {
        Edition::Single(loc) => {
            let units = column_flows(&mut setter, loc, width, Order::Forward)?;
            (
                units.into_iter().flatten().collect::<Vec<_>>(),
                loc.dir() == Dir::Rtl,
            )
        }
        Edition::Parallel { left, right } => {
            (parallel_flows(&mut setter, left, right, width)?, false)
        }
    };
    let pages = paginate(&flows, &geometry);
    Ok(Laid {
        pages,
        geometry,
        rtl_book,
    })
}

const GUTTER: f32 = 18.0;

/// Parallel flows: the source on the left, the target on the right, one row per unit, with
/// the column widths that make both languages about equally tall.
fn parallel_flows(
    setter: &mut Setter<'_>,
    left: &LocalizedArticle,
    right: &LocalizedArticle,
    width: f32,
) -> Result<Vec<Flow>, Missing> {
    let avail = width - GUTTER;
    // A column's height: lines, which scale about inversely with its width, and spacing,
    // which does not.
    let heights = |units: &[Vec<Flow>]| -> (f32, f32) {
        units.iter().flatten().fold((0.0, 0.0), |(lines, gaps), f| {
            (lines + f.height(), gaps + f.before + f.after)
        })
    };
    // The left column's share: the left gets taller as it gets narrower. Each trial's
    // heights predict the share at which the columns meet (lines times width stays about
    // constant), and every trial narrows the bracket [lo, hi] that holds it; a prediction
    // outside the bracket falls back to its middle. Two or three trials land within a
    // point or two, where bisection needed six.
    let (mut lo, mut hi) = (0.3f32, 0.62f32);
    let mut share = 0.4f32;
    setter.measure = true;
    for _ in 0..MAX_TRIALS {
        let (ll, lg) = heights(&column_flows(setter, left, avail * share, Order::Forward)?);
        let (rl, rg) = heights(&column_flows(
            setter,
            right,
            avail * (1.0 - share),
            Order::Backward,
        )?);
        if ll + lg > rl + rg {
            lo = share;
        } else {
            hi = share;
        }
        let (al, ar) = (ll * share, rl * (1.0 - share));
        let next = meeting_share(al, lg, ar, rg, lo, hi);
        let settled = (next - share).abs() < SHARE_PRECISION;
        share = next;
        if settled || hi - lo < SHARE_PRECISION {
            break;
        }
    }
    setter.measure = false;
    let (wl, wr) = (avail * share, avail * (1.0 - share));
    let l = column_flows(setter, left, wl, Order::Forward)?;
    let r = column_flows(setter, right, wr, Order::Forward)?;
    let mut out = Vec::new();
    for (lu, ru) in l.into_iter().zip(r) {
        // Units hold the same segments in both languages; pair their flows in order.
        let n = lu.len().max(ru.len());
        for k in 0..n {
            let (a, b) = (lu.get(k), ru.get(k));
            let mut sides = Vec::new();
            if let Some(a) = a {
                sides.extend(a.sides.iter().cloned());
            }
            if let Some(b) = b {
                sides.extend(b.sides.iter().map(|s| Side {
                    x: s.x + wl + GUTTER,
                    marker: s.marker.clone().map(|(m, x)| (m, x + wl + GUTTER)),
                    bar: s.bar.map(|x| x + wl + GUTTER),
                    ..s.clone()
                }));
            }
            let pick = |f: fn(&Flow) -> f32| a.map_or(0.0, f).max(b.map_or(0.0, f));
            out.push(Flow {
                sides,
                before: pick(|f| f.before),
                after: pick(|f| f.after),
                keep_with_next: a.is_some_and(|f| f.keep_with_next)
                    || b.is_some_and(|f| f.keep_with_next),
                splittable: a.is_none_or(|f| f.splittable) && b.is_none_or(|f| f.splittable),
                grid: None,
                rule: a.is_some_and(|f| f.rule),
            });
        }
    }
    Ok(out)
}

/// Column-width trials the parallel edition makes at most before laying out.
const MAX_TRIALS: usize = 5;
/// Share of the width within which a trial's prediction is taken as found (about 2 pt).
const SHARE_PRECISION: f32 = 0.004;

/// The share `s` in `lo..hi` at which a column of `al / s + lg` meets one of
/// `ar / (1 - s) + rg` (line heights times share held constant, gaps fixed): found by
/// bisection on the model, which costs nothing next to a trial layout. Falls back to the
/// middle of the bracket when the model has no meeting point inside it.
fn meeting_share(al: f32, lg: f32, ar: f32, rg: f32, lo: f32, hi: f32) -> f32 {
    let diff = |s: f32| al / s + lg - ar / (1.0 - s) - rg;
    if !(diff(lo) > 0.0 && diff(hi) < 0.0) {
        return (lo + hi) / 2.0;
    }
    let (mut a, mut b) = (lo, hi);
    for _ in 0..40 {
        let mid = (a + b) / 2.0;
        if diff(mid) > 0.0 {
            a = mid;
        } else {
            b = mid;
        }
    }
    (a + b) / 2.0
}

/// Minimum lines on either side of a page break inside a paragraph.
const MIN_LINES: usize = 2;

/// Widths of table columns whose content needs at least `min` and at most `max` points,
/// sharing `width`: the natural widths if they fit (widened to fill), else each column's
/// minimum plus a share of the rest in proportion to how much more it could use, else the
/// minimums scaled down (the widest words then overrun; nothing can prevent that).
fn column_widths(min: &[f32], max: &[f32], width: f32) -> Vec<f32> {
    let (sum_min, sum_max): (f32, f32) = (min.iter().sum(), max.iter().sum());
    if sum_max <= 0.0 {
        return vec![width / min.len().max(1) as f32; min.len()];
    }
    if sum_max <= width {
        return max.iter().map(|m| m * width / sum_max).collect();
    }
    if sum_min <= width {
        let room = sum_max - sum_min;
        return min
            .iter()
            .zip(max)
            .map(|(lo, hi)| {
                lo + (width - sum_min) * if room > 0.0 { (hi - lo) / room } else { 0.0 }
            })
            .collect();
    }
    min.iter().map(|m| m * width / sum_min).collect()
}

/// Flows onto pages; x stays relative to the content box until [`finish_pages`].
fn paginate(flows: &[Flow], g: &Geometry) -> Vec<Page> {
    let content_h = g.content_height();
    let mut pages = vec![Page::default()];
    let mut y = 0.0f32;
    for (i, flow) in flows.iter().enumerate() {
        let at_top = |y: f32| y <= 0.0;
        if !at_top(y) {
            y += flow.before;
        }
        if flow.rule {
            if let Some(p) = pages.last_mut() {
                p.rules.push(Rule {
                    x0: 0.0,
                    y0: y,
                    x1: -1.0,
                    y1: y,
                    width: 0.5,
                });
            }
            y += flow.after;
            continue;
        }
        // A heading (or table head) keeps with the start of what follows.
        if flow.keep_with_next && !at_top(y) {
            let next = flows.get(i + 1);
            let need = flow.height()
                + flow.after
                + next.map_or(0.0, |n| n.before + n.head_height(MIN_LINES));
            if y + need > content_h {
                pages.push(Page::default());
                y = 0.0;
            }
        }
        let mut start: Vec<usize> = vec![0; flow.sides.len()];
        loop {
            let remaining = content_h - y;
            let left: Vec<usize> = flow
                .sides
                .iter()
                .zip(&start)
                .map(|(s, st)| s.para.lines.len() - st)
                .collect();
            let fits: Vec<usize> = flow
                .sides
                .iter()
                .zip(&start)
                .map(|(s, st)| s.para.lines_fitting(*st, remaining))
                .collect();
            let all_fit = left.iter().zip(&fits).all(|(l, f)| f >= l);
            let take: Vec<usize> = if all_fit {
                left.clone()
            } else if !flow.splittable {
                if at_top(y) {
                    left.clone()
                } else {
                    vec![0; left.len()]
                }
            } else {
                left.iter()
                    .zip(&fits)
                    .zip(&start)
                    .map(|((&l, &f), &st)| {
                        let mut k = f.min(l);
                        // Leave at least two lines for the next page…
                        if l - k < MIN_LINES && l >= MIN_LINES && k < l {
                            k = l.saturating_sub(MIN_LINES);
                        }
                        // …and put at least two at the bottom of this one.
                        if st == 0 && k < MIN_LINES && k < l {
                            k = 0;
                        }
                        k
                    })
                    .collect()
            };
            let nothing = take.iter().all(|k| *k == 0) && left.iter().any(|l| *l > 0);
            if nothing {
                if at_top(y) {
                    // A paragraph taller than the page at its top: put what fits.
                    let forced: Vec<usize> = left
                        .iter()
                        .zip(&fits)
                        .map(|(l, f)| (*f).max(1).min(*l))
                        .collect();
                    place(pages.last_mut(), flow, &start, &forced, y);
                    for (s, k) in start.iter_mut().zip(&forced) {
                        *s += k;
                    }
                }
                pages.push(Page::default());
                y = 0.0;
                if start
                    .iter()
                    .zip(&flow.sides)
                    .all(|(s, side)| *s >= side.para.lines.len())
                {
                    break;
                }
                continue;
            }
            let h = place(pages.last_mut(), flow, &start, &take, y);
            for (s, k) in start.iter_mut().zip(&take) {
                *s += k;
            }
            let done = start
                .iter()
                .zip(&flow.sides)
                .all(|(s, side)| *s >= side.para.lines.len());
            if done {
                y += h + flow.after;
                break;
            }
            pages.push(Page::default());
            y = 0.0;
        }
    }
    if pages.len() > 1
        && pages
            .last()
            .is_some_and(|p| p.placed.is_empty() && p.rules.is_empty())
    {
        pages.pop();
    }
    pages
}

/// Places `take[i]` lines of each side starting at line `start[i]`; returns the height used.
fn place(page: Option<&mut Page>, flow: &Flow, start: &[usize], take: &[usize], y: f32) -> f32 {
    let Some(page) = page else { return 0.0 };
    let mut height: f32 = 0.0;
    for ((side, &st), &k) in flow.sides.iter().zip(start).zip(take) {
        if k == 0 {
            continue;
        }
        page.placed.push(Placed {
            x: side.x,
            top: y,
            para: side.para.clone(),
            lines: st..st + k,
        });
        let h = side.para.lines_height(st..st + k);
        height = height.max(h);
        if st == 0
            && let Some((m, mx)) = &side.marker
        {
            // The marker shares the first line's baseline.
            let dy = side.para.baseline_from(0, 0) - m.baseline_from(0, 0);
            page.placed.push(Placed {
                x: *mx,
                top: y + dy,
                para: m.clone(),
                lines: 0..m.lines.len().min(1),
            });
        }
        if let Some(bx) = side.bar {
            page.rules.push(Rule {
                x0: bx,
                y0: y + 2.0,
                x1: bx,
                y1: y + h - 2.0,
                width: 1.5,
            });
        }
    }
    if let Some((x0, x1, cols)) = &flow.grid {
        let pad = 3.0;
        let bottom = y + height + pad;
        page.rules.push(Rule {
            x0: *x0,
            y0: y - pad,
            x1: *x1,
            y1: y - pad,
            width: 0.5,
        });
        page.rules.push(Rule {
            x0: *x0,
            y0: bottom,
            x1: *x1,
            y1: bottom,
            width: 0.5,
        });
        for c in cols {
            page.rules.push(Rule {
                x0: *c,
                y0: y - pad,
                x1: *c,
                y1: bottom,
                width: 0.5,
            });
        }
        height += 2.0 * pad;
    }
    height
}

/// Page furniture: a running header with the title, and the page number.
pub struct Furniture {
    /// Header texts: (text, language, at the left edge?).
    pub header: Vec<(String, Lang, bool)>,
    /// "Page {page} of {pages}" in the page's language, with `{page}`/`{pages}` filled per
    /// page by the caller.
    pub page_label: Box<dyn Fn(usize, usize) -> (String, Lang)>,
}

/// Turns content-relative positions into page positions and adds headers and footers.
pub fn finish_pages(
    laid: &mut Laid,
    furniture: &Furniture,
    book: &FontBook,
    cache: &mut ShapeCache,
) -> Result<(), MissingGlyph> {
    let g = laid.geometry;
    let total = laid.pages.len();
    let width = g.content_width();
    let mut headers = Vec::new();
    for (text, lang, left) in &furniture.header {
        let (mut style, _, _) = para_style(Role::Furniture, lang, 1.0);
        style.align = if *left == (lang.dir() == Dir::Ltr) {
            Align::Start
        } else {
            Align::End
        };
        let half = if furniture.header.len() > 1 {
            width / 2.0 - 6.0
        } else {
            width
        };
        let mut p = text::layout(book, cache, &StyledText::plain(text), &style, half)?;
        // A title too long for the header is cut at a word and marked as cut, never
        // silently shortened to its first line.
        if p.lines.len() > 1 {
            let words: Vec<&str> = text.split_whitespace().collect();
            for n in (1..words.len()).rev() {
                let cut = format!("{}…", words[..n].join(" "));
                let q = text::layout(book, cache, &StyledText::plain(&cut), &style, half)?;
                if q.lines.len() == 1 {
                    p = q;
                    break;
                }
            }
        }
        headers.push((Arc::new(p), *left, half));
    }
    for (i, page) in laid.pages.iter_mut().enumerate() {
        let left = g.left_margin(i, laid.rtl_book);
        for p in &mut page.placed {
            p.x += left;
            p.top += g.top;
        }
        for r in &mut page.rules {
            if r.x1 < 0.0 {
                // A rule across the content box.
                r.x0 = width * 0.35;
                r.x1 = width * 0.65;
            }
            r.x0 += left;
            r.x1 += left;
            r.y0 += g.top;
            r.y1 += g.top;
        }
        let header_top = g.top - 34.0;
        for (p, at_left, half) in &headers {
            let x = if *at_left { left } else { left + width - half };
            page.placed.push(Placed {
                x,
                top: header_top - p.ascent + 8.0,
                para: p.clone(),
                lines: 0..p.lines.len().min(1),
            });
        }
        page.rules.push(Rule {
            x0: left,
            y0: g.top - 18.0,
            x1: left + width,
            y1: g.top - 18.0,
            width: 0.4,
        });
        let (label, lang) = (furniture.page_label)(i + 1, total);
        let (mut style, _, _) = para_style(Role::Furniture, &lang, 1.0);
        style.align = Align::Center;
        let p = Arc::new(text::layout(
            book,
            cache,
            &StyledText::plain(&label),
            &style,
            width,
        )?);
        let top = g.height - g.bottom + 22.0;
        page.placed.push(Placed {
            x: left,
            top,
            para: p.clone(),
            lines: 0..p.lines.len(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_share_model_meets_where_heights_are_equal() {
        use super::meeting_share;
        // Left lines 100 pt at a share of 1, right 300 pt: equal at s = 0.25 without gaps.
        let s = meeting_share(100.0, 0.0, 300.0, 0.0, 0.1, 0.9);
        assert!((s - 0.25).abs() < 1e-4, "{s}");
        // Gaps on the left push it wider.
        let wider = meeting_share(100.0, 50.0, 300.0, 0.0, 0.1, 0.9);
        let (l, r) = (100.0 / wider + 50.0, 300.0 / (1.0 - wider));
        assert!(wider > 0.25 && (l - r).abs() < 0.1, "{wider}: {l} vs {r}");
        // No meeting point inside the bracket: its middle.
        assert_eq!(meeting_share(100.0, 0.0, 300.0, 0.0, 0.5, 0.7), 0.6);
    }

    #[test]
    fn table_columns_get_their_widest_word_and_share_the_rest() {
        let sum = |v: &[f32]| v.iter().sum::<f32>();
        // Everything fits on one line: natural widths, widened to fill.
        let w = super::column_widths(&[10.0, 20.0], &[30.0, 60.0], 180.0);
        assert_eq!(w, vec![60.0, 120.0]);
        // Not on one line: each at least its minimum, the rest where text is longest.
        let w = super::column_widths(&[10.0, 40.0, 10.0], &[20.0, 40.0, 110.0], 100.0);
        assert!((sum(&w) - 100.0).abs() < 1e-3, "{w:?}");
        assert!(w[0] >= 10.0 && w[1] >= 40.0 && w[2] >= 10.0, "{w:?}");
        assert!(w[2] > w[0] && (w[1] - 40.0).abs() < 1e-3, "{w:?}");
        // Not even the minimums fit: scaled down alike.
        let w = super::column_widths(&[50.0, 150.0], &[60.0, 200.0], 100.0);
        assert_eq!(w, vec![25.0, 75.0]);
    }

    use super::*;

    #[test]
    fn margins_mirror_for_right_to_left_books() {
        let g = Geometry::new(PageSize::A4);
        assert_eq!(g.left_margin(0, false), g.inner);
        assert_eq!(g.left_margin(1, false), g.outer);
        assert_eq!(g.left_margin(0, true), g.outer);
        assert_eq!(g.left_margin(1, true), g.inner);
    }

    #[test]
    fn a_column_set_backward_equals_it_set_forward() {
        let markdown = "---\ntitle: Order\nsummary: Blocks set in either order.\n---\n\n\
            ## A heading\n\nA paragraph long enough to be broken into several lines of a \
            narrow column, with hyphenation candidates like extraordinary.\n\n\
            - an item\n- another item\n\n> quoted words\n\n\
            | a | b |\n| --- | --- |\n| one | two |\n\nThe last paragraph.\n";
        let mut article =
            Article::parse(std::path::Path::new("content/order.md"), markdown).expect("parses");
        crate::article::ids::assign(&mut article.segments, &[]);
        let en = Lang::parse("en").expect("en");
        let loc = LocalizedArticle::source(&article, &en);
        let book = FontBook::bundled();
        // Each order with caches of its own, as two editions on two cores start.
        let set = |order: Order, width: f32| {
            let (mut cache, paragraphs) = (ShapeCache::new(), Paragraphs::default());
            let mut setter = Setter {
                book: &book,
                cache: &mut cache,
                shaped: &paragraphs,
                measure: false,
                article: &article,
                scale: 1.0,
                urdu_digits: false,
            };
            let units = column_flows(&mut setter, &loc, width, order).expect("set");
            units
                .iter()
                .map(|u| {
                    u.iter()
                        .map(|f| {
                            let sides: Vec<(usize, f32)> =
                                f.sides.iter().map(|s| (s.para.lines.len(), s.x)).collect();
                            (sides, f.height(), f.before, f.after, f.keep_with_next)
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        let forward = set(Order::Forward, 160.0);
        assert!(forward.len() >= 7, "{} units", forward.len());
        assert!(
            forward
                .iter()
                .flatten()
                .any(|f| f.0.iter().any(|s| s.0 > 2))
        );
        assert_eq!(set(Order::Backward, 160.0), forward);
    }

    #[test]
    fn tabs_reach_the_next_stop() {
        assert_eq!(
            expand_tabs("all:\n\tgo build\nab\tc"),
            "all:\n    go build\nab  c"
        );
        assert_eq!(expand_tabs("no tabs"), "no tabs");
    }

    #[test]
    fn urdu_digits_on_request() {
        let ur = Lang::parse("ur").unwrap();
        let en = Lang::parse("en").unwrap();
        assert_eq!(localized_number(2014, &ur, true), "۲۰۱۴");
        assert_eq!(localized_number(2014, &ur, false), "2014");
        assert_eq!(localized_number(12, &en, true), "12");
    }
}

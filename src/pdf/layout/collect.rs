//! An article's blocks → flows, one column of one language at a time: the title, the
//! summary, then each block, as units the parallel edition pairs one to one.

use super::flow::{At, Flow, Lines, single};
use super::labels;
use super::set::{Setter, Unlaid};
use super::style::{Role, para_style};
use super::table;
use crate::article::SegmentRef;
use crate::article::{Block, SUMMARY, TITLE};
use crate::l10n::{Lang, LocalizedArticle};
use crate::pdf::inline::styled;
use safha_text::{Paragraph, StyledText};
use std::sync::Arc;

/// In which order a column's parts are set when only its height is wanted.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    Forward,
    /// Last block first. The parallel edition sets its target column this way while the
    /// target's own edition sets the same paragraphs from the top on another core: each
    /// paragraph is then shaped by whichever edition reaches it first, where both going
    /// forward would shape the same paragraphs at the same time.
    Backward,
}

/// One language's article body in a column `width` wide, set part by part: part 0 the
/// title, part 1 the summary and byline, then one part per block. A part is a list of
/// units, each the flows of one paragraph-level segment, which the parallel edition pairs
/// one to one; a part's flows depend only on its own block, so the parts can be set in any
/// order, and each is dropped once placed.
pub(super) struct Column<'l> {
    loc: &'l LocalizedArticle,
    width: f32,
}

impl<'l> Column<'l> {
    pub(super) fn new(setter: &mut Setter<'_>, loc: &'l LocalizedArticle, width: f32) -> Self {
        // This column sets its notes anew (the parallel edition tries several widths).
        let tag = loc.lang.tag();
        setter.noted.retain(|(lang, _)| *lang != tag);
        Column { loc, width }
    }

    /// How many parts the column has.
    pub(super) fn parts(&self, setter: &Setter<'_>) -> usize {
        setter.article.blocks.len() + 2
    }

    /// The units of part `i`.
    pub(super) fn part(&self, setter: &mut Setter<'_>, i: usize) -> Result<Vec<Vec<Flow>>, Unlaid> {
        let (loc, width) = (self.loc, self.width);
        let article = setter.article;
        Ok(match i {
            0 => {
                let (title, _, after) = setter.segment(loc, TITLE, Role::Title, width)?;
                let mut f = single(title, 0.0, 0.0, after, false).of(TITLE);
                f.sides[0].heading = Some((0, outline_text(loc, TITLE)));
                vec![vec![f]]
            }
            1 => {
                let mut units = Vec::new();
                let byline = crate::l10n::byline::parts_of(&article.front, setter.uis, loc);
                let byline = (!byline.is_empty()).then_some(byline);
                if article.front.summary.is_some() {
                    let (summary, before, after) =
                        setter.segment(loc, SUMMARY, Role::Summary, width)?;
                    let after = if byline.is_some() { after } else { after + 8.0 };
                    units.push(vec![single(summary, 0.0, before, after, false).of(SUMMARY)]);
                }
                // Who wrote it, who translated it, when: under the summary, first page.
                if let Some(parts) = byline {
                    let (p, before, after) = byline_paragraph(setter, &parts, &loc.lang, width)?;
                    let tag = super::page::Tag::of(super::page::Node::Byline);
                    units.push(vec![single(p, 0.0, before, after + 8.0, false).tagged(tag)]);
                }
                units
            }
            _ => {
                let mut units = Vec::new();
                let at = At {
                    loc,
                    width,
                    indent: 0.0,
                    quote: 0,
                    lists: 0,
                };
                if let Some(block) = article.blocks.get(i - 2) {
                    block_flows(setter, at, block, &mut units)?;
                }
                units
            }
        })
    }

    /// The same column `width` wide, its notes' state kept.
    pub(super) fn widened(&self, width: f32) -> Self {
        Column { width, ..*self }
    }

    /// Whether part `i` fits the column as it is: false only for a table that would be
    /// set smaller to fit.
    pub(super) fn fits(&self, setter: &mut Setter<'_>, i: usize) -> Result<bool, Unlaid> {
        let Some(Block::Table { head, rows, .. }) =
            i.checked_sub(2).and_then(|b| setter.article.blocks.get(b))
        else {
            return Ok(true);
        };
        let at = At {
            loc: self.loc,
            width: self.width,
            indent: 0.0,
            quote: 0,
            lists: 0,
        };
        table::fits(setter, at, head, rows)
    }

    /// The column's total height of lines and of the space around them, its parts set in
    /// `order`.
    pub(super) fn heights(
        &self,
        setter: &mut Setter<'_>,
        order: Order,
    ) -> Result<(f32, f32), Unlaid> {
        let count = self.parts(setter);
        let indices: Box<dyn Iterator<Item = usize>> = match order {
            Order::Forward => Box::new(0..count),
            Order::Backward => Box::new((0..count).rev()),
        };
        // Each flow's heights, summed in document order whatever the order set: a sum
        // in another order may round differently and move the parallel columns' widths.
        let mut parts: Vec<Vec<(f32, f32)>> = vec![Vec::new(); count];
        for i in indices {
            parts[i] = (self.part(setter, i)?.iter().flatten())
                .map(|f| (f.height(), f.before + f.after))
                .collect();
        }
        let (lines, gaps) =
            (parts.iter().flatten()).fold((0.0, 0.0), |(l, g), (h, gap)| (l + h, g + gap));
        Ok((lines, gaps))
    }
}

/// Indentation of quotes and list items.
pub(super) const INDENT: f32 = 20.0;

/// The smallest a couplet is set to keep each misra on one line.
const MIN_VERSE_SCALE: f32 = 0.8;
/// The most lines a list item's text has to keep with the list nested under it: a longer
/// one is a paragraph of its own, which may end a page.
const LEAD_IN_LINES: usize = 2;

/// How far a misra's turnover lines are indented from its first, in ems.
const TURNOVER: f32 = 1.5;

/// A misra too long for its line, set with its turnover lines indented (the first line
/// hangs out at the start side), so that where each misra begins stays plain.
fn turned_over(
    setter: &mut Setter<'_>,
    misra: &StyledText,
    role: Role,
    lang: &Lang,
    span: f32,
    seg: SegmentRef,
) -> Result<Arc<Paragraph>, Unlaid> {
    let indent = TURNOVER * para_style(role, lang, setter.scale).0.size;
    let (p, _, _) = setter.set(misra, role, lang, span - indent, Some(seg))?;
    let mut p = Arc::unwrap_or_clone(p);
    // Glyph positions start from the box's left edge: the first line of right-to-left
    // verse moves out to the right, the turnovers of left-to-right verse move in.
    for (i, line) in p.lines.iter_mut().enumerate() {
        if (i == 0) == p.rtl {
            line.shift(indent);
        }
    }
    Ok(Arc::new(p))
}

/// The byline's `parts` (who wrote it, who translated it, when) set in `width`: on one
/// line, parts joined by a middle dot, if they fit; else each line as many whole parts as
/// fit, so that a line ends between two parts and not inside a name ("By Tariq | Mehmood
/// Chaudhry" in the parallel edition's narrow column). A part wider than the column still
/// breaks where it must.
fn byline_paragraph(
    setter: &mut Setter<'_>,
    parts: &[String],
    lang: &Lang,
    width: f32,
) -> Result<(Arc<Paragraph>, f32, f32), Unlaid> {
    let mut set =
        |text: &str| setter.set(&StyledText::plain(text), Role::Byline, lang, width, None);
    let one = set(&parts.join(" · "))?;
    if one.0.lines.len() <= 1 {
        return Ok(one);
    }
    let mut lines: Vec<String> = Vec::new();
    for part in parts {
        if let Some(last) = lines.last_mut() {
            let joined = format!("{last} · {part}");
            if set(&joined)?.0.lines.len() <= 1 {
                *last = joined;
                continue;
            }
        }
        lines.push(part.clone());
    }
    Ok(set(&lines.join("\n"))?)
}

/// Appends the units of a block: each paragraph-level segment is a unit of its own, so
/// parallel pairs line up segment by segment.
fn block_flows(
    setter: &mut Setter<'_>,
    at: At<'_>,
    block: &Block,
    units: &mut Vec<Vec<Flow>>,
) -> Result<(), Unlaid> {
    let At {
        loc,
        width,
        indent,
        quote,
        ..
    } = at;
    let x_of = |start: f32, w: f32| at.x_of(start, w);
    match block {
        Block::Heading { level, segment } => {
            let w = width - indent;
            // Level 1 is the body's top heading; the title above it is the page's first.
            let role = Role::Heading(level.saturating_add(1));
            let (p, before, after) = setter.segment(loc, *segment, role, w)?;
            let mut f = single(p, x_of(indent, w), before, after, true).of(*segment);
            f.sides[0].heading = Some((*level, outline_text(loc, *segment)));
            f.sides[0].notes = setter.foot_notes(at, loc, *segment, &f.sides[0].para)?;
            units.push(vec![f]);
        }
        Block::Paragraph { segment } | Block::Text { segment } => {
            let role = if quote > 0 { Role::Quote } else { Role::Body };
            let w = width - indent;
            let (p, before, after) = setter.segment(loc, *segment, role, w)?;
            // A paragraph ending in a colon introduces what follows (a quotation, a list,
            // verse) and keeps with it: its last lines, or all of it if short.
            let lead_in = loc.segments[*segment].text.trim_end().ends_with(':');
            let mut f = single(p, x_of(indent, w), before, after, lead_in).of(*segment);
            if quote > 0 {
                f.sides[0].bar = Some(x_of(indent - INDENT * 0.6, 0.0));
            }
            f.sides[0].notes = setter.foot_notes(at, loc, *segment, &f.sides[0].para)?;
            units.push(vec![f]);
        }
        // Verse, as Urdu print sets it: both misras of a couplet spread to the width of the
        // longer, the pair centred; a couplet never split across pages.
        Block::Quote { blocks } if setter.article.couplets(blocks).is_some() => {
            let w = width - indent;
            // Couplet by couplet: two misras, the segment they are from, the natural width
            // of the longer.
            let mut poem = Vec::new();
            for seg in setter.article.couplets(blocks).unwrap_or_default() {
                let lang = &loc.segments[seg].lang;
                let misras: Vec<StyledText> = crate::article::misras(&loc.segments[seg].text)
                    .into_iter()
                    .map(styled)
                    .collect();
                for couplet in misras.chunks(2) {
                    let mut widest: f32 = 0.0;
                    for m in couplet {
                        let (_, natural) =
                            setter.content_widths(m, Role::Misra, lang, Some(seg))?;
                        widest = widest.max(natural);
                    }
                    poem.push((seg, couplet.to_vec(), widest));
                }
            }
            // One size for the whole poem. A misra a little too long for the column (the
            // parallel edition's narrow one) sets the poem smaller, down to
            // MIN_VERSE_SCALE, rather than break a line of verse. Verse in a left-to-right
            // language that would not fit even so keeps the text's size, and its long
            // misras turn over, as English print sets them: shrunk, it wrapped all the same.
            let rtl = poem
                .iter()
                .all(|(seg, ..)| loc.segments[*seg].lang.dir() == crate::l10n::Dir::Rtl);
            let widest = poem.iter().map(|c| c.2).fold(0.0, f32::max);
            let fit = (w / widest * 0.99).min(1.0);
            let k = if fit >= MIN_VERSE_SCALE || rtl {
                fit.max(MIN_VERSE_SCALE)
            } else {
                1.0
            };
            let saved_scale = setter.scale;
            setter.scale *= k;
            let couplets = poem.len();
            // A segment's couplets make one unit, so that the parallel edition pairs a
            // stanza with its translation.
            let mut unit: Vec<Flow> = Vec::new();
            for (ci, (seg, misras, widest)) in poem.iter().enumerate() {
                // A poem of two couplets or more neither starts nor ends with one
                // couplet alone on a page: its first keeps with its second, its last
                // two stay together (Iqbal's nazm began with one couplet at a page's
                // foot under its heading; a rubai of Sarmad, two couplets, was cut in
                // half).
                let keep_next = couplets >= 2 && (ci == 0 || ci + 2 == couplets);
                let seg = *seg;
                let lang = &loc.segments[seg].lang;
                let widest = widest * k;
                let span = widest.min(w);
                // A misra longer than the column even so wraps: spreading its broken lines
                // would only open gaps, so the couplet is set ragged instead. Verse in a
                // left-to-right language (a translation of the couplet) is set ragged too,
                // as its print sets it: spread, its word gaps opened to four times a space.
                let spread = widest <= w && lang.dir() == crate::l10n::Dir::Rtl;
                let role = if spread { Role::Verse } else { Role::Misra };
                for (i, m) in misras.iter().enumerate() {
                    let (mut p, _, _) = setter.set(m, role, lang, span, Some(seg))?;
                    if p.lines.len() > 1 {
                        p = turned_over(setter, m, role, lang, span, seg)?;
                    }
                    let last = i + 1 == misras.len();
                    let mut f = single(
                        p,
                        x_of(indent + (w - span) / 2.0, span),
                        if i == 0 { 6.0 } else { 0.0 },
                        if last { 8.0 } else { 0.0 },
                        !last || keep_next,
                    )
                    .of(seg);
                    f.splittable = false;
                    unit.push(f);
                }
                if poem.get(ci + 1).is_none_or(|next| next.0 != seg) {
                    units.push(std::mem::take(&mut unit));
                }
            }
            setter.scale = saved_scale;
        }
        Block::Quote { blocks } => {
            for b in blocks {
                block_flows(setter, at.deeper(INDENT, 1), b, units)?;
            }
        }
        Block::List { start, items } => {
            let (labels, room) = labels::list_labels(setter, at, *start, items, INDENT)?;
            for (item, marker_text) in items.iter().zip(labels) {
                let text_indent = indent + room;
                let w = width - text_indent;
                if let Some(seg) = item.segment {
                    let (p, before, after) = setter.segment(loc, seg, Role::Item, w)?;
                    // A short lead-in keeps with the list nested under it ("Grid and
                    // storage:" was left at a page's foot, its points on the next page).
                    let lead_in = !item.blocks.is_empty() && p.lines.len() <= LEAD_IN_LINES;
                    let mut f = single(p, x_of(text_indent, w), before, after, lead_in).of(seg);
                    if !marker_text.is_empty() {
                        let m = labels::set(setter, &marker_text, loc, seg, room)?;
                        f.sides[0].marker = Some((m, x_of(indent, room)));
                    }
                    f.sides[0].notes = setter.foot_notes(at, loc, seg, &f.sides[0].para)?;
                    units.push(vec![f]);
                }
                for b in &item.blocks {
                    block_flows(setter, at.in_item(room), b, units)?;
                }
            }
            // A list in the text (not nested in another, nor quoted) ends with a
            // paragraph's gap, not an item's: the paragraph after it read as one more item
            // (heldout7's "If you closed…", 3 pt under the list).
            if indent == 0.0 {
                let body = para_style(Role::Body, &loc.lang, setter.scale).2;
                if let Some(last) = units.last_mut().and_then(|u| u.last_mut()) {
                    last.after = last.after.max(body);
                }
            }
        }
        // A note no page's foot takes (one holding code, a table or a figure; one never
        // referred to) is set where it is defined, numbered as its references are.
        Block::Footnote { label, blocks } => {
            let n = setter.article.note_number(label).unwrap_or(0);
            // At the foot of the page of its first reference already; else here, once.
            if !setter.noted.insert((loc.lang.tag(), n)) {
                return Ok(());
            }
            // In the digits its references and the notes at a page's foot are written in.
            let number = setter.note_number(n, &loc.lang);
            let marker_text = if at.rtl() {
                format!("{number}۔")
            } else {
                format!("{number}.")
            };
            let text_indent = indent + INDENT;
            let w = width - text_indent;
            let mut rest = blocks.as_slice();
            if let Some((Block::Paragraph { segment }, after)) = blocks.split_first() {
                let (p, before, after_space) = setter.segment(loc, *segment, Role::Item, w)?;
                let (m, start, room) =
                    labels::note_label(setter, &marker_text, loc, *segment, indent, INDENT)?;
                let mut f =
                    single(p, x_of(text_indent, w), before, after_space, false).of(*segment);
                f.sides[0].marker = Some((m, x_of(start, room)));
                units.push(vec![f]);
                rest = after;
            }
            for b in rest {
                block_flows(setter, at.deeper(INDENT, 0), b, units)?;
            }
        }
        Block::Table { align, head, rows } => {
            units.push(table::flows(setter, at, align, head, rows)?);
        }
        Block::Figure {
            src,
            alt,
            caption,
            link,
            ..
        } => {
            let w = width - indent;
            let mut unit = Vec::new();
            // The image, centred in the column, kept with its caption.
            if let Some(image) = setter.images.get(src, &loc.lang.tag()) {
                let (iw, ih) = figure_size(image, w, setter.max_image_height);
                let para = safha_text::Paragraph {
                    lines: vec![safha_text::Line::default()],
                    line_height: ih,
                    ascent: ih,
                    text_layer: false,
                    rtl: false,
                };
                let mut f = single(
                    std::sync::Arc::new(para),
                    x_of(indent + (w - iw) / 2.0, iw),
                    6.0,
                    4.0,
                    true,
                )
                .of(*alt);
                f.splittable = false;
                f.sides[0].image = Some((image.clone(), iw, link.as_deref().map(Arc::from)));
                unit.push(f);
            }
            // The caption: the Markdown title, else the alt text; both are translated.
            let shown = caption
                .filter(|c| !loc.segments[*c].text.is_empty())
                .unwrap_or(*alt);
            if !loc.segments[shown].text.is_empty() {
                let mut text = styled(&loc.segments[shown].text);
                let lang = &loc.segments[shown].lang;
                // Slanted where the script has italics; right-to-left emphasis is
                // coloured, and a caption is not emphasis.
                if lang.dir() == crate::l10n::Dir::Ltr {
                    for (_, s) in &mut text.spans {
                        s.italic = true;
                    }
                }
                let (p, _, _) = setter.set(&text, Role::Cell, lang, w, Some(shown))?;
                unit.push(single(p, x_of(indent, w), 4.0, 8.0, false).of(shown));
            }
            units.push(unit);
        }
        Block::Code { text, .. } => {
            let w = width - indent;
            let code = StyledText::plain(&expand_tabs(text.trim_end()));
            let en = Lang::parse("en").unwrap_or_else(|| loc.lang.clone());
            let (p, _, _) = setter.set(&code, Role::Code, &en, w, None)?;
            let tag = super::page::Tag::of(super::page::Node::Code(text.as_ptr() as usize));
            units.push(vec![single(p, indent, 4.0, 8.0, false).tagged(tag)]);
        }
        Block::Rule => {
            units.push(vec![Flow {
                repeat: None,
                sides: Vec::new(),
                before: 6.0,
                after: 10.0,
                keep_with_next: false,
                splittable: false,
                lines: Lines::Break,
            }]);
        }
    }
    Ok(())
}

/// Pixels per inch an image is set at, at most: it is never enlarged beyond this, so a
/// small picture stays sharp instead of filling the column with blur.
const IMAGE_DPI: f32 = 150.0;

/// The size (points) an image is set at in a column `width` wide: the column's width, or
/// less at [`IMAGE_DPI`] (a drawing's pixels counted at its density), and never taller
/// than `max_height`.
fn figure_size(image: &crate::pdf::image::Image, width: f32, max_height: f32) -> (f32, f32) {
    let natural = image.width as f32 / image.density * 72.0 / IMAGE_DPI;
    let mut w = natural.min(width);
    let mut h = w * image.height as f32 / image.width as f32;
    if h > max_height {
        w *= max_height / h;
        h = max_height;
    }
    (w, h)
}

/// A segment's text as an outline entry shows it: plain, on one line.
fn outline_text(loc: &LocalizedArticle, seg: crate::article::SegmentRef) -> std::sync::Arc<str> {
    let text = crate::article::plain::shown_text(&loc.segments[seg].text);
    std::sync::Arc::from(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Columns between tab stops in code, as the stylesheet's `tab-size` sets them on the web.
pub const TAB_SIZE: usize = 4;

/// Code with every tab replaced by the spaces up to the next tab stop.
pub(super) fn expand_tabs(code: &str) -> String {
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

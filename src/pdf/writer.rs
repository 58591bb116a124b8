//! Pages → PDF bytes with printpdf: glyphs by id at exact positions, fonts subset, text that
//! copies out in logical order, metadata, and the same bytes for the same input.
//!
//! Nastaliq draws letters from shared skeletons plus separate dots, so no ToUnicode map can
//! describe its glyphs. Lines carried by a text layer (`Paragraph::text_layer`) are
//! therefore written twice, as `../shared/notes/urdu-pdf.md` describes and measures:
//! - the visible glyphs map to U+200B and sit in `/Span <</ActualText ()>>`, so no extractor
//!   takes text from them;
//! - an invisible (`3 Tr`) copy of the line's text in Noto Naskh Arabic, one glyph per
//!   character, every word stretched (`Tz`) over the box of its visible glyphs, right-to-left
//!   words written in visual order so extractors, which reorder by position, read them back
//!   in logical order.
//!
//! Everything that could vary between runs is fixed: font resource names, subset tags and
//! the document `/ID` derive from the content; dates come from the caller.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Codepoint, Color, FontId, Greyscale, Line as PdfLine, LinePoint, Mm, Op, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, PdfWarnMsg, Point, Pt, TextItem,
    TextMatrix, TextRenderingMode,
};

use super::layout::{Laid, Placed};
use crate::diag::Diagnostic;
use crate::l10n::Lang;
use crate::text::{FaceId, FontBook, is_invisible};

/// Document metadata.
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub lang: Lang,
    /// Creation and modification date, seconds since the Unix epoch.
    pub date: i64,
}

/// Which copy of a face a glyph is drawn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Res {
    /// Glyphs whose ToUnicode is their text.
    Visible(FaceId),
    /// Glyphs of text-layer lines: ToUnicode U+200B.
    Silent(FaceId),
    /// The invisible text layer.
    Layer(FaceId),
}

const SILENT: &str = "\u{200B}";

/// Glyphs of the text layer: one per character (a character the face lacks gets a spare
/// glyph), each with the character as its ToUnicode.
struct LayerFont {
    face: FaceId,
    by_text: BTreeMap<String, u16>,
    taken: BTreeSet<u16>,
    next_spare: u16,
}

impl LayerFont {
    fn new(book: &FontBook, face: FaceId) -> LayerFont {
        LayerFont {
            face,
            by_text: BTreeMap::new(),
            taken: BTreeSet::new(),
            next_spare: book.get(face).num_glyphs().saturating_sub(1),
        }
    }

    fn glyph(&mut self, book: &FontBook, text: &str) -> u16 {
        if let Some(g) = self.by_text.get(text) {
            return *g;
        }
        let face = book.get(self.face);
        let mut chars = text.chars();
        let nominal = match (chars.next(), chars.next()) {
            (Some(c), None) => face.glyph(c).filter(|g| *g != 0 && !self.taken.contains(g)),
            _ => None,
        };
        let gid = nominal.unwrap_or_else(|| {
            // A spare glyph with a visible advance (so the unit's width is not zero).
            while self.next_spare > 1
                && (self.taken.contains(&self.next_spare) || face.advance(self.next_spare) <= 0.0)
            {
                self.next_spare -= 1;
            }
            let g = self.next_spare;
            self.next_spare = self.next_spare.saturating_sub(1);
            g
        });
        self.taken.insert(gid);
        self.by_text.insert(text.to_string(), gid);
        gid
    }
}

/// What leads a text-layer line that would start with a mark: a space with a
/// right-to-left mark, which pdf.js reads as an ordinary character.
const LINE_LEAD: &str = "\u{200F} ";
/// Its width in points.
const LEAD_WIDTH: f32 = 0.5;

/// Gap before a word written mark first, in em of the layer's size: above poppler's word
/// break (0.1), at most pdf.js's tracking space (0.102).
const MARK_GAP: f32 = 0.101;
/// Other word gaps stay where pdf.js reads them as a space in the same line (0.102-0.6).
const WORD_GAP_MIN: f32 = 0.16;
const WORD_GAP_MAX: f32 = 0.5;

/// Whether a unit's first written glyph is a combining mark (a right-to-left word whose
/// last character is a mark is written in visual order, mark first).
fn starts_with_mark(u: &crate::text::TextUnit) -> bool {
    let last = if u.rtl {
        u.text.chars().rev().find(|c| !is_invisible(*c))
    } else {
        u.text.chars().next()
    };
    last.is_some_and(crate::article::plain::is_mark)
}

/// How a text-layer unit helps poppler's simplified bidi ordering (see [`unit_marks`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    None,
    /// Right-to-left marks before the unit's neutral characters (spaces included).
    Neutrals,
    /// A space or bracket after a number, a Latin word or a comma inside Urdu: its
    /// leading neutral characters are each followed by a right-to-left mark.
    Trailing,
}

/// Characters of a unit (logical order), one string per layer glyph.
fn layer_chars(text: &str, rtl: bool, mark: Mark) -> Vec<String> {
    use unicode_bidi::BidiClass::{AL, NSM, R};
    let mut leading = true;
    text.chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| {
            let neutral = !matches!(unicode_bidi::bidi_class(c), R | AL | NSM);
            leading &= neutral;
            match mark {
                Mark::Neutrals if rtl && neutral => format!("\u{200F}{c}"),
                Mark::Trailing if leading => format!("{c}\u{200F}"),
                _ => c.to_string(),
            }
        })
        .collect()
}

/// A space of the text layer: (page, placed paragraph, line, unit).
type SpaceKey = (usize, usize, usize, usize);

/// Marks for text-layer units, which poppler needs and the other extractors ignore.
///
/// poppler orders a line by a simplified bidi algorithm that takes digits and commas for
/// left-to-right and lets the neutral characters around them join them:
/// - on a right-to-left page, the space after "2014", "TTP" or "میں،" would move to the
///   other side of it ("میں ،خصوصاً"), so such a space is written space + RLM;
/// - it decides each page's main direction by counting left-to-right against
///   right-to-left letters, and on a left-to-right page it splits Urdu lines at every
///   digit and comma and prints the pieces in the wrong order. A parallel page holds as
///   much English as Urdu, so its right-to-left words get marks on their neutral
///   characters, and enough of its spaces do, that the Urdu outnumbers the English.
///
/// Urdu words without digits, Latin or commas stay free of marks.
fn unit_marks(laid: &Laid) -> std::collections::HashMap<SpaceKey, Mark> {
    use unicode_bidi::BidiClass::{AL, L, NSM, R};
    let mut marks = std::collections::HashMap::new();
    for (pi, page) in laid.pages.iter().enumerate() {
        let (mut ltr, mut rtl) = (0i64, 0i64);
        let mut spaces = Vec::new();
        let mut words = Vec::new();
        for (qi, placed) in page.placed.iter().enumerate() {
            for (li, line) in placed.para.lines[placed.lines.clone()].iter().enumerate() {
                let texts: Vec<&str> = if placed.para.text_layer {
                    line.units.iter().map(|u| u.text.as_str()).collect()
                } else {
                    line.glyphs
                        .iter()
                        .filter_map(|g| g.text.as_deref())
                        .collect()
                };
                for c in texts.iter().flat_map(|t| t.chars()) {
                    match unicode_bidi::bidi_class(c) {
                        L => ltr += 1,
                        R | AL => rtl += 1,
                        _ => {}
                    }
                }
                if !placed.para.text_layer {
                    continue;
                }
                let mut logical: Vec<usize> = (0..line.units.len()).collect();
                logical.sort_by_key(|&i| line.units[i].logical);
                let mut prev: Option<usize> = None;
                for ui in logical {
                    let u = &line.units[ui];
                    let key = (pi, qi, li, ui);
                    if u.rtl {
                        let after_weak = prev
                            .and_then(|p| {
                                line.units[p].text.chars().rev().find(|c| !is_invisible(*c))
                            })
                            .is_some_and(|c| !matches!(unicode_bidi::bidi_class(c), R | AL | NSM));
                        let starts_neutral =
                            u.text.chars().find(|c| !is_invisible(*c)).is_some_and(|c| {
                                !matches!(unicode_bidi::bidi_class(c), R | AL | NSM)
                            });
                        if after_weak && starts_neutral && placed.para.rtl {
                            marks.insert(key, Mark::Trailing);
                        }
                        if u.space {
                            spaces.push(key);
                        } else {
                            words.push(key);
                        }
                    }
                    prev = Some(ui);
                }
            }
        }
        // A margin of a tenth keeps the decision clear of poppler's own counting details.
        let needed = ltr + ltr / 10 + 1 - rtl;
        if ltr > 0 && needed > 0 {
            for key in words {
                marks.insert(key, Mark::Neutrals);
            }
            for key in spaces.into_iter().take(needed as usize) {
                marks.insert(key, Mark::Neutrals);
            }
        }
    }
    marks
}

pub fn write(laid: &Laid, book: &FontBook, meta: &Meta) -> Result<Vec<u8>, Diagnostic> {
    // 1. Which glyphs each font resource needs, and the text each stands for.
    let mut used: BTreeMap<Res, BTreeMap<u16, String>> = BTreeMap::new();
    let layer_face = book
        .text_layer_face()
        .ok_or_else(|| Diagnostic::error("font", "no face for the PDF text layer"))?;
    let mut layer = LayerFont::new(book, layer_face);
    let marks = unit_marks(laid);
    for (pi, page) in laid.pages.iter().enumerate() {
        for (qi, placed) in page.placed.iter().enumerate() {
            for (li, line) in placed.para.lines[placed.lines.clone()].iter().enumerate() {
                for g in &line.glyphs {
                    let (res, text) = if placed.para.text_layer {
                        (Res::Silent(g.face), SILENT.to_string())
                    } else {
                        (
                            Res::Visible(g.face),
                            g.text.as_deref().unwrap_or("").to_string(),
                        )
                    };
                    used.entry(res).or_default().insert(g.gid, text);
                }
                if placed.para.text_layer {
                    if line.units.iter().any(starts_with_mark) {
                        let gid = layer.glyph(book, LINE_LEAD);
                        used.entry(Res::Layer(layer_face))
                            .or_default()
                            .insert(gid, LINE_LEAD.to_string());
                    }
                    for (ui, u) in line.units.iter().enumerate() {
                        let mark = marks.get(&(pi, qi, li, ui)).copied().unwrap_or(Mark::None);
                        for ch in layer_chars(&u.text, u.rtl, mark) {
                            let gid = layer.glyph(book, &ch);
                            used.entry(Res::Layer(layer_face))
                                .or_default()
                                .insert(gid, ch);
                        }
                    }
                }
            }
        }
    }

    // 2. Subset fonts, register them under names that depend only on the content.
    let mut doc = PdfDocument::new(&meta.title);
    let mut remaps: BTreeMap<Res, (FontId, BTreeMap<u16, u16>)> = BTreeMap::new();
    for (i, (res, glyphs)) in used.iter().enumerate() {
        let face = match res {
            Res::Visible(f) | Res::Silent(f) | Res::Layer(f) => *f,
        };
        let loaded = book.get(face);
        let (subset, map) = subset(loaded, glyphs.keys().copied())?;
        let widths: BTreeMap<u16, u16> = glyphs
            .keys()
            .map(|g| {
                (
                    map.get(g).copied().unwrap_or(0),
                    loaded.advance(*g).max(0.0).round() as u16,
                )
            })
            .collect();
        let tag = subset_tag(res, glyphs);
        let postscript = loaded.face.file.trim_end_matches(".ttf").to_string();
        let parsed = parsed_font(subset, &format!("{tag}+{postscript}"), widths, loaded);
        let id = FontId(format!("F{i}"));
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(parsed));
        remaps.insert(*res, (id, map));
    }

    // 3. Pages.
    let g = laid.geometry;
    let mut pages = Vec::with_capacity(laid.pages.len());
    for (pi, page) in laid.pages.iter().enumerate() {
        let mut ops = Vec::new();
        ops.push(Op::SetFillColor {
            col: Color::Greyscale(Greyscale::new(0.0, None)),
        });
        ops.push(Op::StartTextSection);
        for placed in &page.placed {
            visible_ops(&mut ops, placed, g.height, book, &remaps);
        }
        ops.push(Op::SetTextRenderingMode {
            mode: TextRenderingMode::Invisible,
        });
        for (qi, placed) in page.placed.iter().enumerate() {
            if placed.para.text_layer {
                let mark = |li: usize, ui: usize| {
                    marks.get(&(pi, qi, li, ui)).copied().unwrap_or(Mark::None)
                };
                layer_ops(&mut ops, placed, g.height, book, &mut layer, &remaps, &mark);
            }
        }
        ops.push(Op::SetTextRenderingMode {
            mode: TextRenderingMode::Fill,
        });
        ops.push(Op::EndTextSection);
        if !page.rules.is_empty() {
            ops.push(Op::SetOutlineColor {
                col: Color::Greyscale(Greyscale::new(0.45, None)),
            });
            for r in &page.rules {
                ops.push(Op::SetOutlineThickness { pt: Pt(r.width) });
                ops.push(Op::DrawLine {
                    line: PdfLine {
                        points: vec![
                            LinePoint {
                                p: Point {
                                    x: Pt(r.x0),
                                    y: Pt(g.height - r.y0),
                                },
                                bezier: false,
                            },
                            LinePoint {
                                p: Point {
                                    x: Pt(r.x1),
                                    y: Pt(g.height - r.y1),
                                },
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
        }
        pages.push(PdfPage::new(
            Mm(g.width * 25.4 / 72.0),
            Mm(g.height * 25.4 / 72.0),
            ops,
        ));
    }
    doc.with_pages(pages);

    // 4. Metadata, language, a content-derived /ID.
    let date = printpdf::OffsetDateTime::from_unix_timestamp(meta.date)
        .or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0))
        .map_err(|e| Diagnostic::error("pdf-date", format!("invalid PDF date: {e}")))?;
    let info = &mut doc.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = "safha".to_string();
    info.producer = "safha (printpdf)".to_string();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;

    let mut warnings: Vec<PdfWarnMsg> = Vec::new();
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    set_language(&mut lo, &meta.lang);
    super::compact::compact(&mut lo)
        .map_err(|e| Diagnostic::error("pdf-write", format!("cannot compact the PDF: {e}")))?;
    lo.compress();
    // The /ID is a hash of the document itself (with a placeholder /ID).
    set_id(&mut lo, [0u8; 16]);
    let mut probe = Vec::new();
    lo.save_modern(&mut probe)
        .map_err(|e| Diagnostic::error("pdf-write", format!("cannot serialize the PDF: {e}")))?;
    set_id(&mut lo, digest(&probe));
    let mut bytes = Vec::with_capacity(probe.len());
    lo.save_modern(&mut bytes)
        .map_err(|e| Diagnostic::error("pdf-write", format!("cannot serialize the PDF: {e}")))?;
    Ok(bytes)
}

fn visible_ops(
    ops: &mut Vec<Op>,
    placed: &Placed,
    page_height: f32,
    book: &FontBook,
    remaps: &BTreeMap<Res, (FontId, BTreeMap<u16, u16>)>,
) {
    let para = &placed.para;
    for (n, line) in para.lines[placed.lines.clone()].iter().enumerate() {
        let Some(first) = line.glyphs.first() else {
            continue;
        };
        let baseline =
            round2(page_height - (placed.top + n as f32 * para.line_height + para.ascent));
        if para.text_layer {
            ops.push(Op::BeginMarkedContentWithProperties {
                tag: "Span".to_string(),
                properties: printpdf::DictItem::Dict {
                    map: BTreeMap::from([(
                        "ActualText".to_string(),
                        printpdf::DictItem::String {
                            data: Vec::new(),
                            literal: true,
                        },
                    )]),
                },
            });
        }
        // One text matrix per line; glyphs follow the pen, with kerning numbers for their
        // x positions and text rise (Ts) for the Nastaliq cascade's y offsets.
        let origin = round2(placed.x + first.x);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(origin), Pt(baseline)),
        });
        let mut pen = origin;
        let mut rise = 0.0f32;
        let mut font: Option<(Res, f32)> = None;
        let mut items: Vec<TextItem> = Vec::new();
        let flush = |items: &mut Vec<TextItem>, ops: &mut Vec<Op>| {
            if !items.is_empty() {
                ops.push(Op::ShowText {
                    items: std::mem::take(items),
                });
            }
        };
        for glyph in &line.glyphs {
            let res = if para.text_layer {
                Res::Silent(glyph.face)
            } else {
                Res::Visible(glyph.face)
            };
            let Some((font_id, map)) = remaps.get(&res) else {
                continue;
            };
            if font != Some((res, glyph.size)) {
                flush(&mut items, ops);
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id.clone()),
                    size: Pt(glyph.size),
                });
                font = Some((res, glyph.size));
            }
            let dy = round2(glyph.dy);
            if dy != rise {
                flush(&mut items, ops);
                ops.push(Op::SetLineOffset { multiplier: dy });
                rise = dy;
            }
            let x = placed.x + glyph.x;
            let kern = ((x - pen) * 1000.0 / glyph.size).round();
            if kern != 0.0 {
                items.push(TextItem::Offset(-kern));
            }
            let text = if para.text_layer {
                SILENT.to_string()
            } else {
                glyph.text.as_deref().unwrap_or("").to_string()
            };
            items.push(TextItem::GlyphIds(vec![Codepoint {
                gid: map.get(&glyph.gid).copied().unwrap_or(0),
                offset: 0.0,
                cid: Some(text),
            }]));
            // The viewer advances by the /W width, in thousandths of an em.
            pen += kern * glyph.size / 1000.0
                + w1000(book, glyph.face, glyph.gid) * glyph.size / 1000.0;
        }
        flush(&mut items, ops);
        if rise != 0.0 {
            ops.push(Op::SetLineOffset { multiplier: 0.0 });
        }
        if para.text_layer {
            ops.push(Op::EndMarkedContent);
        }
    }
}

/// A glyph's width as the PDF's /W array gives it: printpdf truncates the (rounded) font
/// unit advance scaled to thousandths of an em.
fn w1000(book: &FontBook, face: FaceId, gid: u16) -> f32 {
    let f = book.get(face);
    (f.advance(gid).max(0.0).round() * (1000.0 / f.upem)).trunc()
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The invisible text of one placed paragraph's lines.
fn layer_ops(
    ops: &mut Vec<Op>,
    placed: &Placed,
    page_height: f32,
    book: &FontBook,
    layer: &mut LayerFont,
    remaps: &BTreeMap<Res, (FontId, BTreeMap<u16, u16>)>,
    marked: &dyn Fn(usize, usize) -> Mark,
) {
    let para = &placed.para;
    let Some((font_id, map)) = remaps.get(&Res::Layer(layer.face)) else {
        return;
    };
    for (n, line) in para.lines[placed.lines.clone()].iter().enumerate() {
        if line.units.is_empty() {
            continue;
        }
        let size = line.glyphs.first().map_or(10.0, |g| g.size);
        let baseline = page_height - (placed.top + n as f32 * para.line_height + para.ascent);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font_id.clone()),
            size: Pt(size),
        });
        let origin = placed.x
            + line
                .units
                .iter()
                .map(|u| u.x0)
                .fold(f32::INFINITY, f32::min);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(origin), Pt(baseline)),
        });
        // Direction runs in logical order; within a run, units left to right.
        let mut logical: Vec<usize> = (0..line.units.len()).collect();
        logical.sort_by_key(|&i| line.units[i].logical);
        let mut runs: Vec<Vec<usize>> = Vec::new();
        for i in logical {
            let u = &line.units[i];
            match runs.last_mut() {
                Some(run) if line.units[run[0]].rtl == u.rtl => run.push(i),
                _ => runs.push(vec![i]),
            }
        }
        // Word boxes grow into the spaces around them, so that every gap in the text layer
        // has a width the extractors agree on (fractions of the layer's font size):
        // - pdf.js breaks a word at a gap of 0.102-0.6 em, but checks no gap before a
        //   combining mark, so a right-to-left word whose last letter carries a mark
        //   (ضربِ, written mark first) needs a gap it ignores (at most 0.102 em) or the
        //   mark is split off;
        // - poppler breaks words at gaps over 0.1 em and ignores space characters.
        let mut boxes: Vec<(f32, f32)> = line.units.iter().map(|u| (u.x0, u.x1)).collect();
        let mut by_x: Vec<usize> = (0..line.units.len()).collect();
        by_x.sort_by(|a, b| line.units[*a].x0.total_cmp(&line.units[*b].x0));
        for w in by_x.windows(3) {
            let (a, sp, b) = (w[0], w[1], w[2]);
            if !line.units[sp].space || line.units[a].space || line.units[b].space {
                continue;
            }
            let gap = if starts_with_mark(&line.units[b]) {
                MARK_GAP
            } else {
                ((boxes[sp].1 - boxes[sp].0) / size).clamp(WORD_GAP_MIN, WORD_GAP_MAX)
            } * size;
            let mid = (boxes[sp].0 + boxes[sp].1) / 2.0;
            boxes[a].1 = mid - gap / 2.0;
            boxes[b].0 = mid + gap / 2.0;
            boxes[sp] = (boxes[a].1, boxes[b].0);
        }
        let mut pen = origin;
        let mut first = true;
        for mut run in runs {
            run.sort_by(|a, b| line.units[*a].x0.total_cmp(&line.units[*b].x0));
            for i in run {
                // A line whose first written glyph is a combining mark would hand the
                // mark to the previous line in pdf.js (it checks for a new line only at
                // glyphs that are not marks): lead with a narrow right-to-left space.
                if std::mem::take(&mut first) && starts_with_mark(&line.units[i]) {
                    let gid = layer.glyph(book, LINE_LEAD);
                    let x0 = placed.x + boxes[i].0 - LEAD_WIDTH;
                    let natural = w1000(book, layer.face, gid) * size / 1000.0;
                    let tz = if natural > 0.0 {
                        LEAD_WIDTH / natural * 100.0
                    } else {
                        100.0
                    };
                    ops.push(Op::SetHorizontalScaling { percent: tz });
                    ops.push(Op::ShowText {
                        items: vec![
                            TextItem::Offset(-(x0 - pen) / (size * tz / 100.0) * 1000.0),
                            TextItem::GlyphIds(vec![Codepoint {
                                gid: map.get(&gid).copied().unwrap_or(0),
                                offset: 0.0,
                                cid: Some(LINE_LEAD.to_string()),
                            }]),
                        ],
                    });
                    pen = x0 + natural * tz / 100.0;
                }
                let u = &line.units[i];
                let mut chars = layer_chars(&u.text, u.rtl, marked(n, i));
                if u.rtl {
                    chars.reverse();
                }
                let gids: Vec<u16> = chars.iter().map(|c| layer.glyph(book, c)).collect();
                let natural: f32 = gids
                    .iter()
                    .map(|g| w1000(book, layer.face, *g))
                    .sum::<f32>()
                    * size
                    / 1000.0;
                let x0 = placed.x + boxes[i].0;
                let x1 = placed.x + boxes[i].1;
                let mut tz = if natural > 0.0 {
                    (x1 - x0) / natural * 100.0
                } else {
                    100.0
                };
                tz = tz.clamp(1.0, 2000.0);
                // printpdf merges glyph runs only at Tz 100; keep our explicit positioning.
                if (tz - 100.0).abs() < 0.01 {
                    tz = 100.02;
                }
                ops.push(Op::SetHorizontalScaling { percent: tz });
                let move_by = -(x0 - pen) / (size * tz / 100.0) * 1000.0;
                let glyphs: Vec<Codepoint> = gids
                    .iter()
                    .zip(&chars)
                    .map(|(g, c)| Codepoint {
                        gid: map.get(g).copied().unwrap_or(0),
                        offset: 0.0,
                        cid: Some(c.clone()),
                    })
                    .collect();
                ops.push(Op::ShowText {
                    items: vec![TextItem::Offset(move_by), TextItem::GlyphIds(glyphs)],
                });
                pen = x0 + natural * tz / 100.0;
            }
        }
        ops.push(Op::SetHorizontalScaling { percent: 100.0 });
    }
}

/// A subset for PDF embedding: only these glyphs (and the components they use), no
/// hinting, no layout or character tables (the PDF's own CMaps replace them), names
/// limited to copyright and licence. Returns the subset and the old → new glyph ids.
fn subset(
    face: &crate::text::font::LoadedFace,
    glyphs: impl Iterator<Item = u16>,
) -> Result<(Vec<u8>, BTreeMap<u16, u16>), Diagnostic> {
    use read_fonts::collections::IntSet;
    use read_fonts::types::{GlyphId, NameId, Tag};
    let fail = |e: String| {
        Diagnostic::error(
            "font-subset",
            format!("cannot subset {}: {e}", face.face.file),
        )
    };
    let font = read_fonts::FontRef::new(&face.data).map_err(|e| fail(e.to_string()))?;
    let mut gids: IntSet<GlyphId> = IntSet::empty();
    gids.insert(GlyphId::new(0));
    for g in glyphs {
        gids.insert(GlyphId::new(u32::from(g)));
    }
    let mut drop: IntSet<Tag> = IntSet::empty();
    for t in [
        b"GSUB", b"GPOS", b"GDEF", b"BASE", b"JSTF", b"DSIG", b"cmap", b"OS/2", b"kern", b"gasp",
        b"hdmx", b"VDMX", b"LTSH", b"morx", b"kerx", b"vhea", b"vmtx",
    ] {
        drop.insert(Tag::new(t));
    }
    let mut names: IntSet<NameId> = IntSet::empty();
    for id in [0u16, 1, 2, 3, 4, 6, 13, 14] {
        names.insert(NameId::new(id));
    }
    let mut languages: IntSet<u16> = IntSet::empty();
    languages.insert(0x409);
    let plan = skera::Plan::new(
        &gids,
        &IntSet::empty(),
        &font,
        skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING
            | skera::SubsetFlags::SUBSET_FLAGS_NO_LAYOUT_CLOSURE
            | skera::SubsetFlags::SUBSET_FLAGS_NO_BIDI_CLOSURE,
        &drop,
        &IntSet::empty(),
        &IntSet::empty(),
        &names,
        &languages,
    );
    let bytes = skera::subset_font(&font, &plan).map_err(|e| fail(format!("{e:?}")))?;
    let map = plan
        .old_to_new_glyph_mapping()
        .filter_map(|(old, new)| {
            Some((
                u16::try_from(old.to_u32()).ok()?,
                u16::try_from(new.to_u32()).ok()?,
            ))
        })
        .collect();
    Ok((bytes, map))
}

/// printpdf's font record, built from our own subset.
fn parsed_font(
    bytes: Vec<u8>,
    name: &str,
    widths: BTreeMap<u16, u16>,
    face: &crate::text::font::LoadedFace,
) -> ParsedFont {
    let upem = face.upem as u16;
    let asc = (face.ascender * face.upem).round() as i16;
    let desc = (face.descender * face.upem).round() as i16;
    ParsedFont {
        original_bytes: bytes,
        font_index: 0,
        font_name: Some(name.to_string()),
        codepoint_to_glyph: BTreeMap::new(),
        glyph_widths: widths,
        units_per_em: upem,
        font_metrics: printpdf::font::FontMetrics {
            ascent: asc,
            descent: desc,
        },
        font_type: printpdf::font::FontType::TrueType,
        pdf_font_metrics: printpdf::font::PdfFontMetricsStub {
            units_per_em: upem,
            x_min: 0,
            y_min: desc,
            x_max: upem as i16,
            y_max: asc,
            caret_slope_rise: 1,
            caret_slope_run: 0,
            us_weight_class: face.face.weight,
        },
    }
}

/// Six capital letters from the subset's content (PDF's `ABCDEF+Name` subset tag).
fn subset_tag(res: &Res, glyphs: &BTreeMap<u16, String>) -> String {
    let key = format!("{res:?}{:?}", glyphs.keys().collect::<Vec<_>>());
    let h = crate::article::ids::fingerprint(&key);
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char)
        .collect()
}

/// 16 bytes derived from the document.
fn digest(bytes: &[u8]) -> [u8; 16] {
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x8422_2325_cbf2_9ce4;
    for &x in bytes {
        a ^= u64::from(x);
        a = a.wrapping_mul(0x0100_0000_01b3);
        b = b.rotate_left(5) ^ u64::from(x);
        b = b.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    let mut out = [0u8; 16];
    out[..8].copy_from_slice(&a.to_be_bytes());
    out[8..].copy_from_slice(&b.to_be_bytes());
    out
}

fn set_id(doc: &mut lopdf::Document, id: [u8; 16]) {
    let s = lopdf::Object::String(id.to_vec(), lopdf::StringFormat::Hexadecimal);
    doc.trailer
        .set("ID", lopdf::Object::Array(vec![s.clone(), s]));
}

fn set_language(doc: &mut lopdf::Document, lang: &Lang) {
    let root = doc.trailer.get(b"Root").and_then(|r| r.as_reference());
    if let Ok(id) = root
        && let Ok(catalog) = doc.get_object_mut(id).and_then(|o| o.as_dict_mut())
    {
        catalog.set(
            "Lang",
            lopdf::Object::String(lang.tag().into_bytes(), lopdf::StringFormat::Literal),
        );
        // Open with the binding on the right for right-to-left documents.
        if lang.dir() == crate::l10n::Dir::Rtl {
            let mut prefs = lopdf::Dictionary::new();
            prefs.set("Direction", lopdf::Object::Name(b"R2L".to_vec()));
            catalog.set("ViewerPreferences", lopdf::Object::Dictionary(prefs));
        }
    }
}

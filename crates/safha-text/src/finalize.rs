//! Step 4: lines in visual order. Pieces are reordered by their bidi levels (UAX #9 rule
//! L2), spaces are widened to justify, glyphs get their final positions, and each line
//! gets its text units: the words and spaces with the boxes their glyphs cover.

use std::borrow::Cow;
use std::sync::Arc;

use crate::bidi;
use crate::chars::{copied, is_invisible, is_no_break_space};
use crate::font::{FaceId, FontBook, Writing};
use crate::linebreak::{self, Break};
use crate::model::{Align, Line, LinkSpan, ParaStyle, Paragraph, PlacedGlyph, TextUnit};
use crate::prepare::{Kind, Piece, Prepared};
use crate::shape::Run;

/// A shaped paragraph as the last step reads it, at the width it is set to.
#[derive(Clone, Copy)]
pub struct Setting<'a> {
    pub book: &'a FontBook,
    pub prepared: &'a Prepared,
    pub runs: &'a [Arc<Run>],
    pub metrics: &'a linebreak::Metrics,
    pub style: &'a ParaStyle,
    pub width: f32,
    /// The hyphen's face and run, when the paragraph is hyphenated.
    pub hyphen: Option<&'a (FaceId, Arc<Run>)>,
}

pub fn finalize(setting: &Setting, breaks: &[Break]) -> Paragraph {
    let lines = breaks.iter().map(|b| line(setting, b)).collect();
    assemble(setting, breaks, lines)
}

/// The paragraph's height at its breaks without placing any glyph: its lines come back
/// empty. For trying widths.
pub fn measure(setting: &Setting, breaks: &[Break]) -> Paragraph {
    assemble(setting, breaks, vec![Line::default(); breaks.len()])
}

/// `lines`, one per break, stacked into a paragraph with its vertical metrics.
fn assemble(setting: &Setting, breaks: &[Break], mut lines: Vec<Line>) -> Paragraph {
    let Setting {
        book,
        prepared,
        runs: shaped,
        style,
        ..
    } = *setting;
    let (ascent, line_height) = vertical_metrics(book, prepared, style);
    stack(
        book,
        prepared,
        shaped,
        breaks,
        style,
        (ascent, line_height),
        &mut lines,
    );
    Paragraph {
        lines,
        line_height,
        ascent,
        text_layer: prepared.text_layer,
        rtl: prepared.rtl,
    }
}

/// Ascent and line height: the tallest extents among the faces of the paragraph's own
/// writing that it uses (its primary face if it uses none), never less than the
/// paragraph's minimum leading. Other faces grow only their own lines (see [`stack`]), as
/// a fallback font does on the web.
fn vertical_metrics(book: &FontBook, prepared: &Prepared, style: &ParaStyle) -> (f32, f32) {
    let mut asc: f32 = 0.0;
    let mut desc: f32 = 0.0;
    let writing = Writing::of(style.rtl);
    let mut faces: Vec<_> = prepared
        .pieces
        .iter()
        .filter(|p| p.kind == Kind::Word && writing.owns(&book.get(p.face).face))
        .map(|p| p.face)
        .collect();
    if faces.is_empty() {
        faces.extend(book.chain(writing, style.variant).first());
    }
    faces.sort();
    faces.dedup();
    for f in faces {
        let face = book.get(f);
        asc = asc.max(face.ascender);
        desc = desc.min(face.descender);
    }
    if asc == 0.0 {
        asc = 0.8;
        desc = -0.2;
    }
    let natural = asc - desc;
    let leading = natural.max(style.min_leading);
    // Extra leading is shared above and below the glyphs.
    let ascent = (asc + (leading - natural) / 2.0) * style.size;
    (ascent, leading * style.size)
}

/// Stacks the lines: each line's box is the paragraph's, grown above or below by as much
/// as the ink of its glyphs reaches beyond it, so that nothing tall (ﷺ, a stack of marks)
/// touches the line above or below.
fn stack(
    book: &FontBook,
    prepared: &Prepared,
    shaped: &[Arc<Run>],
    breaks: &[Break],
    style: &ParaStyle,
    (ascent, line_height): (f32, f32),
    lines: &mut [Line],
) {
    let descent = line_height - ascent;
    let mut extra = 0.0;
    for (line, b) in lines.iter_mut().zip(breaks) {
        let (mut low, mut high) = (0f32, 0f32);
        let pieces = prepared.pieces[b.start..b.end].iter();
        for (piece, run) in pieces.zip(&shaped[b.start..b.end]) {
            if piece.kind != Kind::Word {
                continue;
            }
            let (lo, hi) = run.ink(book.get(piece.face));
            let scale = piece.scale(book, style.size);
            low = low.min(lo as f32 * scale);
            high = high.max(hi as f32 * scale);
        }
        line.extra_before = extra;
        line.above = (high - ascent).max(0.0);
        line.below = (-low - descent).max(0.0);
        extra += line.above + line.below;
    }
}

fn line(setting: &Setting, b: &Break) -> Line {
    let Setting {
        book,
        prepared,
        runs: shaped,
        metrics: m,
        style,
        width,
        hyphen,
    } = *setting;
    let pieces = &prepared.pieces;
    let range: Vec<usize> = (b.start..b.end)
        .filter(|&k| pieces[k].kind != Kind::Newline)
        .collect();
    let hyphen_width = match (b.hyphen, hyphen) {
        (true, Some((face, run))) => run.advance as f32 * style.size / book.get(*face).upem,
        _ => 0.0,
    };
    let natural: f32 = range.iter().map(|&k| m.width[k]).sum::<f32>() + hyphen_width;
    let spaces = range
        .iter()
        .filter(|&&k| pieces[k].kind == Kind::Space)
        .count();
    let total_shrink: f32 = range.iter().map(|&k| m.shrink[k]).sum();
    let wanted =
        ((width - natural) / spaces.max(1) as f32).max(-total_shrink / spaces.max(1) as f32);
    // A line that would need spaces wider than an em more (a long word in a narrow
    // column) is set ragged rather than with gaps a reader trips over. So is a verse
    // quoted in Arabic as a paragraph of its own: Arabic print justifies by stretching
    // letters (kashida), never by word gaps alone, and in a narrow column those opened
    // to an em (Al-Baqarah 2:153 in the parallel edition's English column).
    let justify = (style.align == Align::Full || style.align == Align::Justify && !b.last)
        && spaces > 0
        && wanted <= linebreak::widest_gap(style)
        && !prepared.all_quoted_arabic();
    // The breaker lets any line, a last or ragged one too, take up to its spaces' shrink
    // ("… Balochistan and ex-Fata." ran 10 pt into the margin): such a line is shrunk.
    let squeezed = natural > width && spaces > 0;
    let extra = if justify || squeezed { wanted } else { 0.0 };
    let line_width = natural + extra * spaces as f32;

    // Visual order (rule L2): reverse every run at or above each odd level.
    let mut order = range.clone();
    let levels: Vec<u8> = order.iter().map(|&k| pieces[k].level).collect();
    if let (Some(&max), Some(min_odd)) = (
        levels.iter().max(),
        levels.iter().filter(|l| *l % 2 == 1).min().copied(),
    ) {
        let mut lv: Vec<u8> = levels.clone();
        for level in (min_odd..=max).rev() {
            let mut i = 0;
            while i < order.len() {
                if lv[i] >= level {
                    let start = i;
                    while i < order.len() && lv[i] >= level {
                        i += 1;
                    }
                    order[start..i].reverse();
                    lv[start..i].reverse();
                } else {
                    i += 1;
                }
            }
        }
    }

    let x0 = match (style.align, prepared.rtl) {
        (Align::Justify | Align::Full | Align::Start, false) | (Align::End, true) => 0.0,
        (Align::Justify | Align::Full | Align::Start, true) | (Align::End, false) => {
            width - line_width
        }
        (Align::Center, _) => (width - line_width) / 2.0,
    };
    let mut x = x0;
    let mut glyphs = Vec::with_capacity(order.iter().map(|&k| shaped[k].glyphs.len()).sum());
    let mut units: Vec<TextUnit> = Vec::with_capacity(order.len());
    let last_logical = range.last().copied();
    for &k in &order {
        let p = &pieces[k];
        let text = &prepared.text[p.range.clone()];
        let start_x = x;
        if p.kind == Kind::Space {
            x += m.width[k] + extra;
            units.push(TextUnit {
                text: Cow::Borrowed(" "),
                x0: start_x,
                x1: x,
                rtl: p.rtl(),
                space: true,
                logical: p.range.start,
            });
            continue;
        }
        let scale = p.scale(book, style.size);
        let run = &shaped[k];
        let texts: &[Option<Arc<str>>] = if prepared.text_layer {
            &[]
        } else {
            run.texts(|| cluster_texts(text, run))
        };
        for (gi, g) in run.glyphs.iter().enumerate() {
            let cluster_char = text[(g.cluster as usize).min(text.len())..].chars().next();
            if cluster_char.is_some_and(is_invisible) && g.advance == 0 {
                continue;
            }
            glyphs.push(PlacedGlyph {
                face: p.face,
                gid: g.gid,
                x: x + g.dx as f32 * scale,
                dy: g.dy as f32 * scale,
                advance: g.advance as f32 * scale,
                size: style.size * p.size,
                text: texts.get(gi).cloned().flatten(),
            });
            x += g.advance as f32 * scale;
        }
        if b.hyphen
            && Some(k) == last_logical
            && let Some((hface, hrun)) = hyphen
        {
            let hscale = style.size / book.get(*hface).upem;
            for g in &hrun.glyphs {
                glyphs.push(PlacedGlyph {
                    face: *hface,
                    gid: g.gid,
                    x: x + g.dx as f32 * hscale,
                    dy: g.dy as f32 * hscale,
                    advance: g.advance as f32 * hscale,
                    size: style.size,
                    text: (!prepared.text_layer).then(|| Arc::from("-")),
                });
                x += g.advance as f32 * hscale;
            }
        }
        let mut visible = String::with_capacity(text.len() + 1);
        // A zero-width space parts two words without room between them, as some Urdu
        // typists write (`یہاں\u{200B}الفاظ`), and so does a byte-order mark left inside
        // pasted text: a space in what is copied, so that the words are found apart, as
        // they are read.
        visible
            .extend((text.chars().filter(|c| kept(*c))).map(|c| if copied(c) { c } else { ' ' }));
        if !text.chars().any(copied) {
            // Bidi isolates and joiners: nothing to copy, and an empty unit would sit
            // between a word and its space in the text layer.
            continue;
        }
        if text.chars().all(is_no_break_space) {
            // A no-break space copies as a space, and is one for the text layer's gaps.
            units.push(TextUnit {
                text: Cow::Borrowed(" "),
                x0: start_x,
                x1: x,
                rtl: p.rtl(),
                space: true,
                logical: p.range.start,
            });
            continue;
        }
        let merge = units.last().is_some_and(|u: &TextUnit| {
            !u.space
                && u.rtl == p.rtl()
                && contiguous(u, p.range.start, p.range.end, &prepared.text)
        });
        if merge {
            if let Some(u) = units.last_mut() {
                if p.rtl() {
                    visible.push_str(&u.text);
                    u.text = Cow::Owned(visible);
                    u.logical = p.range.start;
                } else {
                    u.text.to_mut().push_str(&visible);
                }
                u.x1 = x;
            }
        } else {
            units.push(TextUnit {
                text: Cow::Owned(if b.hyphen && Some(k) == last_logical {
                    visible.push('-');
                    visible
                } else {
                    visible
                }),
                x0: start_x,
                x1: x,
                rtl: p.rtl(),
                space: false,
                logical: p.range.start,
            });
        }
    }
    join_number_ranges(&mut units);
    let links = link_spans(setting, &order, (x0, extra), b, last_logical);
    let struck = styled_spans(setting, &order, (x0, extra), |p| p.strike);
    let accented = styled_spans(setting, &order, (x0, extra), |p| p.accent);
    Line {
        glyphs,
        units,
        width: line_width,
        justified: justify,
        hyphenated: b.hyphen && hyphen.is_some(),
        links,
        struck,
        accented,
        ..Line::default()
    }
}

/// The stretches of a line whose pieces are `styled` (struck through, emphasised), in
/// visual `order` from `x0` with `extra` added to each space: such words and the spaces
/// between them make one stretch, which starts and ends with a word.
fn styled_spans(
    setting: &Setting,
    order: &[usize],
    (x0, extra): (f32, f32),
    styled: impl Fn(&Piece) -> bool,
) -> Vec<(f32, f32)> {
    let Setting {
        prepared, metrics, ..
    } = *setting;
    let mut out: Vec<(f32, f32)> = Vec::new();
    let mut x = x0;
    // Whether the last stretch may still grow: nothing but struck spaces since.
    let mut open = false;
    for &k in order {
        let p = &prepared.pieces[k];
        let w = metrics.width[k] + if p.kind == Kind::Space { extra } else { 0.0 };
        if styled(p) && p.kind == Kind::Word {
            match out.last_mut() {
                Some(span) if open => span.1 = x + w,
                _ => out.push((x, x + w)),
            }
            open = true;
        } else if !(styled(p) && p.kind == Kind::Space) {
            open = false;
        }
        x += w;
    }
    out
}

/// The boxes of a line's linked words in visual `order`, starting at `x0` with `extra`
/// added to each space: words with one address and only spaces between them make one box.
fn link_spans(
    setting: &Setting,
    order: &[usize],
    (x0, extra): (f32, f32),
    b: &Break,
    last_logical: Option<usize>,
) -> Vec<LinkSpan> {
    let Setting {
        book,
        prepared,
        runs,
        metrics,
        style,
        hyphen,
        ..
    } = *setting;
    let mut out: Vec<LinkSpan> = Vec::new();
    let mut x = x0;
    // The address of the last word passed, linked or not.
    let mut previous: Option<&Arc<str>> = None;
    for &k in order {
        let p = &prepared.pieces[k];
        if p.kind != Kind::Word {
            x += metrics.width[k] + if p.kind == Kind::Space { extra } else { 0.0 };
            continue;
        }
        let mut w = runs[k].advance as f32 * p.scale(book, style.size);
        if b.hyphen
            && Some(k) == last_logical
            && let Some((face, run)) = hyphen
        {
            w += run.advance as f32 * style.size / book.get(*face).upem;
        }
        if let Some(url) = &p.link {
            match out.last_mut() {
                Some(span) if previous == Some(url) && span.url == *url => span.x1 = x + w,
                _ => out.push(LinkSpan {
                    x0: x,
                    x1: x + w,
                    url: url.clone(),
                }),
            }
        }
        previous = p.link.as_ref();
        x += w;
    }
    out
}

/// Joins a number range or a number with a separator (۲۰۲۲-۲۳, ۱۲/۵) into one
/// left-to-right unit. Inside Urdu the bidi algorithm sets its separator right to left
/// between two numbers (read right to left: ۲۰۲۲, -, ۲۳), which extractors that order text
/// with a simpler algorithm read as ۲۳-۲۰۲۲; as one unit, in logical order over the box of
/// the three, every extractor copies it as typed.
fn join_number_ranges(units: &mut Vec<TextUnit>) {
    let number = |u: &TextUnit| !u.rtl && !u.space && u.text.chars().all(|c| c.is_numeric());
    let separator = |u: &TextUnit| {
        use unicode_bidi::BidiClass::{CS, ES, ET};
        let mut chars = u.text.chars();
        matches!((chars.next(), chars.next()), (Some(c), None)
            if matches!(bidi::class(c), ES | CS | ET))
    };
    let mut k = 0;
    while k + 2 < units.len() {
        let (a, s, c) = (&units[k], &units[k + 1], &units[k + 2]);
        let (first, second) = if a.logical < c.logical {
            (a, c)
        } else {
            (c, a)
        };
        let follows = |u: &TextUnit, next: &TextUnit| u.logical + u.text.len() == next.logical;
        if number(a) && number(c) && separator(s) && follows(first, s) && follows(s, second) {
            let joined = TextUnit {
                text: Cow::Owned(format!("{}{}{}", first.text, s.text, second.text)),
                x0: a.x0.min(c.x0),
                x1: a.x1.max(c.x1),
                rtl: false,
                space: false,
                logical: first.logical,
            };
            units.splice(k..k + 3, [joined]);
        }
        k += 1;
    }
}

/// Whether a piece at `start..end` continues unit `u` in logical order (left to right
/// units grow at the end, right-to-left ones at the start).
fn contiguous(u: &TextUnit, start: usize, end: usize, text: &str) -> bool {
    if u.rtl {
        return end == u.logical;
    }
    // Invisible characters were dropped from the unit's text (a soft hyphen between two
    // syllables, `instal\u{AD}la`): its end in the paragraph is past as many kept
    // characters as it holds, the dropped ones between them too.
    let mut left = u.text.chars().count();
    let mut unit_end = u.logical;
    for c in text.get(u.logical..).unwrap_or("").chars() {
        if left == 0 {
            break;
        }
        left -= usize::from(kept(c));
        unit_end += c.len_utf8();
    }
    text.get(unit_end..start)
        .is_some_and(|gap| gap.chars().all(|c| !kept(c)))
}

/// Whether a character has a place in a unit's text: copied, or a zero-width space or
/// stray byte-order mark, which part two words (a space in the unit's text).
fn kept(c: char) -> bool {
    copied(c) || matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// For visible-text lines: the text each glyph stands for (the first glyph of a cluster
/// carries the cluster's text, the others none).
fn cluster_texts(text: &str, run: &Run) -> Vec<Option<Arc<str>>> {
    let mut starts: Vec<usize> = run.glyphs.iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut seen = rustc_hash::FxHashSet::default();
    let empty: Arc<str> = Arc::from("");
    run.glyphs
        .iter()
        .map(|g| {
            let c = g.cluster as usize;
            if !seen.insert(c) {
                return Some(empty.clone());
            }
            let next = starts
                .get(starts.partition_point(|&s| s <= c))
                .copied()
                .unwrap_or(text.len());
            let t = &text[c.min(text.len())..next.min(text.len())];
            if t.chars().any(|c| !copied(c)) {
                let t: String = t.chars().filter(|c| copied(*c)).collect();
                Some(Arc::from(t))
            } else {
                Some(Arc::from(t))
            }
        })
        .collect()
}

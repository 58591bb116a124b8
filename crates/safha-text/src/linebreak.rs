//! Step 3: choosing line breaks. An optimal fit in the manner of Knuth and Plass: every
//! break opportunity is a candidate, each line's badness grows with the cube of how far its
//! spaces must stretch or shrink, hyphens cost extra, and the breaks with the least total
//! demerits win (badness is not capped, so one very loose line never costs the same as an
//! ordinary loose one). Only spaces stretch (Urdu is never letter-spaced), so a line with few
//! words is penalised rather than spaced out grotesquely.

use std::sync::Arc;

use crate::chars::is_combining;
use crate::font::FontBook;
use crate::model::{Align, ParaStyle};
use crate::prepare::{BreakAfter, Kind, Prepared};
use crate::shape::Run;

/// One line: pieces `start..end`, ending with a hyphen or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Break {
    pub start: usize,
    pub end: usize,
    pub hyphen: bool,
    /// The paragraph's (or a hard break's) last line: never justified.
    pub last: bool,
}

const HYPHEN_PENALTY: f64 = 50.0;
/// The stretch, in ems, a line without spaces is rated as having: an English space's.
const LONE_WORD_STRETCH: f64 = 0.125;
const INFEASIBLE: f64 = 1e30;
/// The price of a hyphen ending a line too loose to justify: more than any lines that fit
/// can cost (under 1e25 for a paragraph of under ten lines at their loosest), less than an
/// overfull one.
const WASTED_HYPHEN: f64 = 1e27;
/// Widest a justified space may grow beyond its natural width, in em.
const MAX_STRETCH_EM: f32 = 1.0;

/// The same in right-to-left text: Nastaliq's words are short and its space narrow, and
/// an Urdu line stretched by an em a space (the line before a long address) read as
/// words scattered over it.
const MAX_STRETCH_RTL_EM: f32 = 0.6;

/// How much wider than its natural width a justified line's space may grow, in points;
/// a line that would need more is set ragged (see [`crate::finalize`]).
pub fn widest_gap(style: &ParaStyle) -> f32 {
    (if style.rtl {
        MAX_STRETCH_RTL_EM
    } else {
        MAX_STRETCH_EM
    }) * style.size
}

/// The least ink-to-ink gap, in ems, between Latin and the Nastaliq beside it.
const INK_GAP: f32 = 0.12;

/// Widths in points of every piece and the stretch/shrink of spaces.
pub struct Metrics {
    pub width: Vec<f32>,
    pub stretch: Vec<f32>,
    pub shrink: Vec<f32>,
}

pub fn metrics(
    prepared: &Prepared,
    shaped: &[Arc<Run>],
    style: &ParaStyle,
    book: &FontBook,
) -> Metrics {
    let n = prepared.pieces.len();
    let mut m = Metrics {
        width: Vec::with_capacity(n),
        stretch: Vec::with_capacity(n),
        shrink: Vec::with_capacity(n),
    };
    for (k, (p, run)) in prepared.pieces.iter().zip(shaped).enumerate() {
        let w = run.advance as f32 * p.scale(book, style.size);
        m.width.push(w);
        // A space that carries a mark (an honorific typed after it) keeps its width: the
        // mark sits on it.
        let carries_mark = prepared.pieces.get(k + 1).is_some_and(|next| {
            prepared.text[next.range.clone()]
                .chars()
                .next()
                .is_some_and(is_combining)
        });
        if p.kind == Kind::Space && !carries_mark {
            // Urdu's Nastaliq space is narrow (0.13 em) and Urdu justifies by spaces
            // alone, so its spaces may stretch further than English ones.
            let stretch = if prepared.rtl {
                (0.6 * style.size).max(w)
            } else {
                0.5 * w.max(0.25 * style.size)
            };
            m.stretch.push(stretch);
            m.shrink.push(w / 3.0);
        } else {
            m.stretch.push(0.0);
            m.shrink.push(0.0);
        }
    }
    // Nastaliq draws past its advances: the stroke of a ک or گ starting a word reaches
    // back over the space before it, the tail of a final ے over the space after it. Beside
    // Urdu that is how the script sits; beside Latin it touched the letters (`µg/m³کی`),
    // so a space between a Latin word and an Urdu one is widened as far as it takes to
    // keep [`INK_GAP`] clear of the Urdu word's ink past its box on that side (the whole
    // overhang on top of the space looked wider than a space: the stroke is thin).
    if prepared.rtl {
        for k in 1..n.saturating_sub(1) {
            let (a, space, b) = (
                &prepared.pieces[k - 1],
                &prepared.pieces[k],
                &prepared.pieces[k + 1],
            );
            if space.kind != Kind::Space
                || a.kind != Kind::Word
                || b.kind != Kind::Word
                || a.face == b.face
            {
                continue;
            }
            // Right to left, the word before the space stands to its right.
            let over = match (a.rtl(), b.rtl()) {
                (false, true) => {
                    let (_, hi) = shaped[k + 1].ink_x(book.get(b.face));
                    (hi - shaped[k + 1].advance) as f32 * b.scale(book, style.size)
                }
                (true, false) => {
                    let (lo, _) = shaped[k - 1].ink_x(book.get(a.face));
                    -lo as f32 * a.scale(book, style.size)
                }
                _ => continue,
            };
            m.width[k] = m.width[k].max(over + INK_GAP * style.size);
        }
    }
    m
}

pub fn break_lines(
    prepared: &Prepared,
    m: &Metrics,
    style: &ParaStyle,
    width: f32,
    hyphen_width: f32,
) -> Vec<Break> {
    let pieces = &prepared.pieces;
    let mut breaks = Vec::new();
    // Hard breaks split the paragraph into independent parts.
    let mut start = 0;
    while start < pieces.len() {
        let mut end = start;
        while end < pieces.len() && pieces[end].break_after != BreakAfter::Mandatory {
            end += 1;
        }
        let part_end = (end + 1).min(pieces.len());
        let part = optimal(prepared, m, start, part_end, style, width, hyphen_width);
        if part.is_empty() && end < pieces.len() {
            // Nothing but the hard break: an empty line (a blank line of code).
            breaks.push(Break {
                start,
                end: start,
                hyphen: false,
                last: true,
            });
        }
        breaks.extend(part);
        start = part_end;
    }
    breaks
}

/// Optimal breaks for pieces `from..to`.
fn optimal(
    prepared: &Prepared,
    m: &Metrics,
    from: usize,
    to: usize,
    style: &ParaStyle,
    width: f32,
    hyphen_width: f32,
) -> Vec<Break> {
    let pieces = &prepared.pieces;
    // Skip leading spaces and hard breaks.
    let mut from = from;
    while from < to && pieces[from].kind != Kind::Word {
        from += 1;
    }
    if from >= to {
        return Vec::new();
    }
    // Candidate line ends: (end piece index exclusive, next line's first piece, hyphen).
    let mut candidates: Vec<(usize, usize, bool)> = Vec::new();
    for k in from..to {
        let p = &pieces[k];
        match (p.kind, p.break_after) {
            (Kind::Space, BreakAfter::Allowed | BreakAfter::Mandatory) => {
                candidates.push((k, k + 1, false))
            }
            (Kind::Word, BreakAfter::Allowed) if k + 1 < to && pieces[k + 1].kind == Kind::Word => {
                candidates.push((k + 1, k + 1, false))
            }
            (Kind::Word, BreakAfter::Hyphen) => candidates.push((k + 1, k + 1, true)),
            _ => {}
        }
    }
    // The end of the part. Trailing spaces and hard breaks are not part of the last line.
    let mut last_end = to;
    while last_end > from && pieces[last_end - 1].kind != Kind::Word {
        last_end -= 1;
    }
    candidates.retain(|c| c.0 < last_end);
    candidates.push((last_end, to, false));

    // Prefix sums.
    let mut w = vec![0f64; to + 1];
    let mut st = vec![0f64; to + 1];
    let mut sh = vec![0f64; to + 1];
    let mut spaces = vec![0usize; to + 1];
    for k in from..to {
        w[k + 1] = w[k] + f64::from(m.width[k]);
        st[k + 1] = st[k] + f64::from(m.stretch[k]);
        sh[k + 1] = sh[k] + f64::from(m.shrink[k]);
        spaces[k + 1] = spaces[k] + usize::from(pieces[k].kind == Kind::Space);
    }
    let widest_gap = f64::from(widest_gap(style));
    let width = f64::from(width);
    let justify = matches!(style.align, Align::Justify | Align::Full);

    // best[i]: (demerits, previous candidate index or usize::MAX for the start, line start).
    let n = candidates.len();
    let mut best: Vec<(f64, usize)> = vec![(f64::INFINITY, usize::MAX); n];
    let starts: Vec<usize> = std::iter::once(from)
        .chain(candidates.iter().map(|c| c.1))
        .collect();
    // starts[0] = from (paragraph start); starts[j + 1] = line start after candidate j.
    for (i, &(end, _, hyphen)) in candidates.iter().enumerate() {
        let is_last = i + 1 == n;
        for j in (0..=i).rev() {
            // j == 0: the line starts at the paragraph; j > 0: after candidate j - 1.
            let (prev_dem, start) = if j == 0 {
                (0.0, starts[0])
            } else {
                (best[j - 1].0, starts[j])
            };
            if start >= end || !prev_dem.is_finite() {
                continue;
            }
            let natural = w[end] - w[start] + if hyphen { f64::from(hyphen_width) } else { 0.0 };
            let stretch = st[end] - st[start];
            let shrink = sh[end] - sh[start];
            let ratio = if natural <= width {
                if stretch > 0.0 {
                    (width - natural) / stretch
                } else if is_last || !justify {
                    0.0
                } else {
                    // A justified line with no space to stretch (one word, or a word and
                    // its hyphen) is rated as if it had one space: at a flat ratio it cost
                    // less than any loose line of two words, and "In-" was set alone
                    // above a line of four words.
                    (width - natural) / (f64::from(style.size) * LONE_WORD_STRETCH)
                }
            } else if shrink > 0.0 {
                (width - natural) / shrink
            } else {
                -10.0
            };
            let overfull = ratio < -1.0;
            let badness = if is_last && natural <= width || !justify && !overfull {
                // Ragged and last lines: prefer full lines, but gently.
                if justify {
                    0.0
                } else {
                    ((width - natural) / width * 10.0).powi(2)
                }
            } else {
                (100.0 * ratio.abs().powi(3)).min(1e12)
            };
            let mut demerits = (10.0 + badness).powi(2);
            if hyphen {
                demerits += HYPHEN_PENALTY * HYPHEN_PENALTY;
                // A hyphen is there to fill a line, and a line too loose to justify is
                // set ragged, where it fills nothing: `Remember: always con-` stood short
                // above a justified `vert centimetres to metres` in a narrow column.
                let gaps = spaces[end] - spaces[start];
                if justify && !is_last && (width - natural) > widest_gap * gaps as f64 {
                    demerits += WASTED_HYPHEN;
                }
            }
            if overfull && j != i {
                // Lines from earlier starts are overfull too: each piece adds at least
                // three times as much width as it can shrink.
                break;
            }
            if overfull {
                // The shortest possible line is still too wide (one unbreakable word):
                // accept it, at a price.
                demerits += INFEASIBLE;
            }
            let total = prev_dem + demerits;
            if total < best[i].0 {
                best[i] = (total, j);
            }
        }
    }
    // Walk back.
    let mut out = Vec::new();
    let mut i = n - 1;
    loop {
        let j = best[i].1;
        let start = if j == 0 { starts[0] } else { starts[j] };
        let (end, _, hyphen) = candidates[i];
        out.push(Break {
            start,
            end,
            hyphen,
            last: i + 1 == n,
        });
        if j == 0 {
            break;
        }
        i = j - 1;
    }
    out.reverse();
    out
}

//! Between steps 2 and 3: words wider than the line. A word with no break opportunity that
//! does not fit (a long URL, a hash, an Urdu run typed without spaces) is cut at grapheme
//! boundaries into pieces that each fit, and every piece is shaped again on its own, so
//! that line breaking can end a line between them: the word is broken, never set running
//! off the page. No hyphen marks such a break (it would change an address, and Urdu takes
//! none). Only paragraphs with such a word, at a width they do not fit, pay for this.

use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use crate::font::FontBook;
use crate::linebreak::{self, Metrics};
use crate::model::ParaStyle;
use crate::prepare::{BreakAfter, Kind, Piece, Prepared};
use crate::shape::{Run, ShapeCache, script_of};

/// What pieces wider than `width` are cut to: a little narrower, as a piece shaped on its
/// own may end wider than it measured inside the word (a final form instead of a medial).
const FILL: f32 = 0.95;

/// The paragraph with every word wider than `width` cut into pieces that fit, or `None`
/// when every word fits.
pub fn fit(
    book: &FontBook,
    prepared: &Prepared,
    runs: &[Arc<Run>],
    metrics: &Metrics,
    style: &ParaStyle,
    width: f32,
) -> Option<(Prepared, Vec<Arc<Run>>, Metrics)> {
    let too_wide = |k: usize| prepared.pieces[k].kind == Kind::Word && metrics.width[k] > width;
    if !(0..prepared.pieces.len()).any(too_wide) {
        return None;
    }
    let lang = style.lang.clone();
    let mut cache = ShapeCache::new();
    let mut pieces = Vec::with_capacity(prepared.pieces.len());
    let mut out_runs = Vec::with_capacity(prepared.pieces.len());
    for (k, (piece, run)) in prepared.pieces.iter().zip(runs).enumerate() {
        if !too_wide(k) {
            pieces.push(piece.clone());
            out_runs.push(run.clone());
            continue;
        }
        let text = &prepared.text[piece.range.clone()];
        let scale = style.size / book.get(piece.face).upem;
        // Each grapheme's advance: its glyphs' clusters fall inside it.
        let mut advance = vec![0f32; text.len() + 1];
        for g in &run.glyphs {
            advance[(g.cluster as usize).min(text.len())] += g.advance as f32 * scale;
        }
        let graphemes: Vec<(usize, f32)> = text
            .grapheme_indices(true)
            .map(|(at, g)| (at, advance[at..at + g.len()].iter().sum()))
            .collect();
        let script = script_of(book, piece.face, text);
        let mut start = 0;
        while start < graphemes.len() {
            // As many graphemes as their advances inside the word allow, then fewer while
            // the piece, shaped on its own, is still too wide.
            let mut end = start + 1;
            let mut filled = graphemes[start].1;
            while end < graphemes.len() && filled + graphemes[end].1 <= width * FILL {
                filled += graphemes[end].1;
                end += 1;
            }
            let byte = |i: usize| graphemes.get(i).map_or(text.len(), |g| g.0);
            let (part, shaped) = loop {
                let range = piece.range.start + byte(start)..piece.range.start + byte(end);
                let part = &prepared.text[range.clone()];
                let run = cache.shape(book, piece.face, piece.rtl(), script, &lang, part);
                if run.advance as f32 * scale <= width || end == start + 1 {
                    break (range, run);
                }
                end -= 1;
            };
            out_runs.push(shaped);
            pieces.push(Piece {
                range: part,
                break_after: if end == graphemes.len() {
                    piece.break_after
                } else {
                    BreakAfter::Allowed
                },
                ..piece.clone()
            });
            start = end;
        }
    }
    let fitted = Prepared {
        text: prepared.text.clone(),
        rtl: prepared.rtl,
        pieces,
        text_layer: prepared.text_layer,
    };
    let metrics = linebreak::metrics(&fitted, &out_runs, style, book);
    Some((fitted, out_runs, metrics))
}

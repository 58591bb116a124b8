//! Between steps 2 and 3: words wider than the line. A word with no break opportunity that
//! does not fit (a long URL, a hash, an Urdu run typed without spaces) is cut at grapheme
//! boundaries into pieces that each fit, and every piece is shaped again on its own, so
//! that line breaking can end a line between them: the word is broken, never set running
//! off the page. A word of a language with a hyphenation dictionary (an English title's
//! "Decarbonization" in the parallel edition's narrow column) is cut at its last syllable
//! that fits, and the line ends with a hyphen as a hyphenated paragraph's would; anything
//! else (an address, code, Urdu, which takes no hyphen) is cut without one. Only
//! paragraphs with such a word, at a width they do not fit, pay for this.

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
    hyphen_width: Option<f32>,
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
        let scale = piece.scale(book, style.size);
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
        let syllables = match hyphen_width {
            Some(hyphen) if !piece.rtl() && !style.variant.mono => {
                syllable_ends(text, &style.lang).map(|ends| (ends, hyphen))
            }
            _ => None,
        };
        let cuts = if style.variant.mono {
            code_cuts(text)
        } else {
            address_cuts(text)
        };
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
            // The last syllable's end that fits with its hyphen, if the word has one.
            let mut hyphen = 0.0;
            if end < graphemes.len()
                && let Some((ends, hyphen_width)) = &syllables
            {
                let fits = |k: usize| {
                    let set: f32 = graphemes[start..k].iter().map(|g| g.1).sum();
                    set + hyphen_width <= width * FILL
                };
                if let Some(k) = (start + 1..=end)
                    .rev()
                    .find(|&k| ends.contains(&byte(k)) && fits(k))
                {
                    end = k;
                    hyphen = *hyphen_width;
                }
            }
            // An address is cut where a reader expects it to go on (before a dot or a
            // slash): `pakrail.exampl` ⏎ `e.gov.pk` read as two misspelt names; code after
            // a bracket or comma (`print(balance_distance(48` ⏎ `0, 1.5` split a number).
            // Only where the line keeps over half its width: else at the last character
            // that fits.
            if end < graphemes.len()
                && let Some(k) = (start + 1..end).rev().find(|&k| {
                    let set: f32 = graphemes[start..k].iter().map(|g| g.1).sum();
                    cuts.contains(&byte(k)) && set >= width * FILL / 2.0
                })
            {
                end = k;
            }
            let (part, shaped) = loop {
                let range = piece.range.start + byte(start)..piece.range.start + byte(end);
                let part = &prepared.text[range.clone()];
                let run = cache.shape(book, piece.face, piece.rtl(), script, &lang, part);
                if run.advance as f32 * scale + hyphen <= width || end == start + 1 {
                    break (range, run);
                }
                end -= 1;
                hyphen = 0.0;
            };
            out_runs.push(shaped);
            pieces.push(Piece {
                range: part,
                break_after: if end == graphemes.len() {
                    piece.break_after
                } else if hyphen > 0.0 {
                    BreakAfter::Hyphen
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

/// The byte offsets in `code` (a word of a code block, too long for its line) before
/// which a line may end: after an opening bracket, a comma or a semicolon, and before a
/// dot that follows a letter (`obj.method`), not inside a number or a name.
fn code_cuts(code: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut prev = None;
    for (i, c) in code.char_indices() {
        let after = prev.is_some_and(|p| matches!(p, '(' | '[' | '{' | ',' | ';'));
        let before_member = c == '.' && prev.is_some_and(|p: char| p.is_alphabetic() || p == ')');
        if i > 0 && (after || before_member) {
            cuts.push(i);
        }
        prev = Some(c);
    }
    cuts
}

/// The byte offsets in `word`, a web or e-mail address, before which a line may end
/// (after Chicago's rule for URLs): before a dot, a single slash, `?`, `#`, `%`, `~`, `_`,
/// `-`, `&`, `=` or `@`, and after `//`, but not inside or right after the scheme
/// (`https://` alone ends no line). None for anything else.
fn address_cuts(word: &str) -> Vec<usize> {
    if crate::syllables::addresses(word).is_empty() {
        return Vec::new();
    }
    let scheme_end = word.find("://").map_or(0, |i| i + 3);
    let mut cuts = Vec::new();
    let mut prev = None;
    for (i, c) in word.char_indices() {
        let before = matches!(c, '.' | '?' | '#' | '%' | '~' | '_' | '-' | '&' | '=' | '@')
            || (c == '/' && prev != Some('/') && !word[i + 1..].starts_with('/'));
        let after_double_slash = i >= 2 && word[..i].ends_with("//");
        if i > scheme_end && (before || after_double_slash) {
            cuts.push(i);
        }
        prev = Some(c);
    }
    cuts
}

/// The byte offsets in `word` after which its language's dictionary lets a line end with a
/// hyphen: only in its leading letters (a possessive's or a colon's tail stays whole), and
/// never in an address or an identifier, where a hyphen would change what is typed.
fn syllable_ends(word: &str, lang: &str) -> Option<Vec<usize>> {
    let dictionary = crate::syllables::dictionary(lang)?;
    if word.contains(|c: char| "/@_\\=<>{}()[]#".contains(c) || c.is_ascii_digit()) {
        return None;
    }
    let letters = word
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(word.len(), |(i, _)| i);
    // Longer than any word of a dictionary: a run of letters pasted by mistake.
    if letters > crate::syllables::MAX_WORD {
        return None;
    }
    let mut ends = Vec::new();
    let mut at = 0;
    for syllable in hypher::hyphenate(&word[..letters], dictionary) {
        at += syllable.len();
        ends.push(at);
    }
    ends.pop();
    (!ends.is_empty()).then_some(ends)
}

#[cfg(test)]
mod tests {
    use super::{address_cuts, code_cuts};

    #[test]
    fn code_is_cut_after_brackets_and_commas() {
        let code = "print(balance_distance(480, 1.5))";
        let cuts: Vec<&str> = code_cuts(code).iter().map(|&i| &code[i..]).collect();
        assert_eq!(
            cuts,
            ["balance_distance(480, 1.5))", "480, 1.5))", " 1.5))"]
        );
        assert_eq!(code_cuts("df.groupby(x)"), [2, 11]);
    }

    #[test]
    fn an_address_is_cut_before_its_dots_and_slashes() {
        let at = |w: &str| -> Vec<String> {
            let cuts = address_cuts(w);
            let mut parts = Vec::new();
            let mut start = 0;
            for c in cuts.into_iter().chain([w.len()]) {
                parts.push(w[start..c].to_string());
                start = c;
            }
            parts
        };
        assert_eq!(
            at("https://pakrail.example.gov.pk"),
            ["https://pakrail", ".example", ".gov", ".pk"]
        );
        assert_eq!(
            at("https://wmo.int/news/media-centre?id=4"),
            [
                "https://wmo",
                ".int",
                "/news",
                "/media",
                "-centre",
                "?id",
                "=4"
            ]
        );
        assert_eq!(
            at("events@alhamra.example.pk"),
            ["events", "@alhamra", ".example", ".pk"]
        );
        // Not an address: cut anywhere, as before.
        assert!(address_cuts("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6").is_empty());
    }
}

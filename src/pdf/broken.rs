//! Words broken across two lines, at a syllable by the engine ("de-" / "parture") or where
//! the author wrote no space (after a hyphen, inside a long address): copied, they must
//! come out whole. poppler joins a line-final hyphen to the next line's word itself,
//! but MuPDF and pdf.js keep the two halves apart (English recall 0.955 in the parallel
//! edition's narrow column). So such a word is given to readers the way Nastaliq is: its
//! drawn halves yield no text (a silent font resource in an empty ActualText span), and
//! the whole word is written invisibly over the first half's box, in a glyphless copy of
//! its own face: in the Urdu layer's face, MuPDF joined it to the Urdu line beside it.

use std::ops::Range;

use super::layout::Placed;
use safha_text::Line;

/// One word broken across lines `line` and `line + 1` of a placed paragraph (counted
/// from its first placed line).
pub struct Broken {
    pub line: usize,
    /// The drawn glyphs of its head (on `line`, with the hyphen) and tail (on the next).
    pub head: Range<usize>,
    pub tail: Range<usize>,
    /// The word as written (without the engine's hyphen).
    pub text: String,
    /// The head's box, from the paragraph's left edge.
    pub x0: f32,
    pub x1: f32,
    /// The face of its first glyph: its text is written in a glyphless copy of it.
    pub face: safha_text::FaceId,
}

/// The broken words of `placed` whose two halves it holds. Right-to-left text is left to
/// the text layer (the engine never hyphenates it), and so is a line of mixed directions.
pub fn broken_words(placed: &Placed) -> Vec<Broken> {
    if placed.para.text_layer {
        return Vec::new();
    }
    // Left to right, so the head's glyphs end the line and the tail's start the next.
    let glyphs = |line: &Line, next: &Line, head: usize, tail: usize| {
        let start = line
            .glyphs
            .partition_point(|g| g.x < line.units[head].x0 - 0.01);
        let end = next
            .glyphs
            .partition_point(|g| g.x < next.units[tail].x1 - 0.01);
        (start < line.glyphs.len() && end > 0).then_some((start, end))
    };
    let lines = &placed.para.lines[placed.lines.clone()];
    joined(placed, |line, next, head, tail| {
        !line.units.iter().chain(&next.units).any(|u| u.rtl)
            && glyphs(line, next, head, tail).is_some()
    })
    .into_iter()
    .filter_map(|(n, head, tail, text)| {
        let (line, next) = (&lines[n], &lines[n + 1]);
        let (start, end) = glyphs(line, next, head, tail)?;
        Some(Broken {
            line: n,
            head: start..line.glyphs.len(),
            tail: 0..end,
            text,
            x0: line.units[head].x0,
            x1: line.units[head].x1,
            face: line.glyphs[start].face,
        })
    })
    .collect()
}

/// The words broken across lines of `placed` that `keep` accepts (given the two lines
/// and the units of the head and tail): (line, head unit, tail unit, the word as
/// written). A word broken twice (a line that is all one word's middle) is left as it is.
fn joined(
    placed: &Placed,
    keep: impl Fn(&Line, &Line, usize, usize) -> bool,
) -> Vec<(usize, usize, usize, String)> {
    let lines = &placed.para.lines[placed.lines.clone()];
    let mut out: Vec<(usize, usize, usize, String)> = Vec::new();
    for (n, pair) in lines.windows(2).enumerate() {
        let (line, next) = (&pair[0], &pair[1]);
        let words = line.units.iter().filter(|u| !u.space).count();
        if out.last().is_some_and(|b| b.0 + 1 == n) && words == 1 {
            continue;
        }
        if let Some((head, tail, text)) = join(line, next)
            && keep(line, next, head, tail)
        {
            out.push((n, head, tail, text));
        }
    }
    out
}

/// The word `line` ends and `next` starts, if it is one broken across them: the units
/// of its head and tail, and the word as written.
fn join(line: &Line, next: &Line) -> Option<(usize, usize, String)> {
    let (head, h) = (line.units.iter().enumerate())
        .filter(|(_, u)| !u.space)
        .max_by_key(|(_, u)| u.logical)?;
    let (tail, t) = (next.units.iter().enumerate())
        .filter(|(_, u)| !u.space)
        .min_by_key(|(_, u)| u.logical)?;
    // The engine's hyphen is no part of the word (a unit made of several runs may not
    // spell it); a break inside a word the author wrote with no space (after a hyphen or
    // a dash, in a long address) joins it as written. After a hyphen always: poppler
    // takes a line-final hyphen for a syllable break, drops it and glues the halves
    // (`through -⏎ldflags` came out `throughldflags`). Elsewhere (after a slash or a dot)
    // only if the head holds at least half the word: squeezed into a shorter head
    // (`https://` holding `https://www.finance.gov.pk/`), poppler dropped doubled letters
    // (`https:/ www`); the halves left apart are whole words.
    let chars = |s: &str| s.chars().count();
    let after_hyphen = h.text.ends_with(['-', '\u{2010}']);
    let text = if line.hyphenated {
        h.text.strip_suffix('-').unwrap_or(&h.text)
    } else if h.logical + h.text.len() == t.logical
        && (after_hyphen || chars(&h.text) >= chars(&t.text))
    {
        &h.text
    } else {
        return None;
    };
    Some((head, tail, format!("{text}{}", t.text)))
}

/// The left-to-right words broken across lines in the text layer (English quoting Urdu,
/// an address in Urdu): (line, head unit, tail unit, the word as written). The layer
/// writes the whole word over its head and nothing for its tail, as [`broken_words`] does
/// for drawn text, so that it copies whole (`https://www.dawn.com/⏎news/1234567` was no
/// phrase for any extractor). The engine never hyphenates right-to-left text, so there
/// only addresses and such are joined, each only where its head holds half of it (see
/// [`join`]).
pub fn layer_words(placed: &Placed) -> Vec<(usize, usize, usize, String)> {
    if !placed.para.text_layer {
        return Vec::new();
    }
    joined(placed, |line, next, head, tail| {
        !line.units[head].rtl && !next.units[tail].rtl
    })
}

/// Whether glyph `g` of placed line `line` is part of a broken word.
pub fn is_broken(words: &[Broken], line: usize, g: usize) -> bool {
    words.iter().any(|b| {
        (b.line == line && b.head.contains(&g)) || (b.line + 1 == line && b.tail.contains(&g))
    })
}

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
    let para = &placed.para;
    if para.text_layer {
        return Vec::new();
    }
    let lines = &para.lines[placed.lines.clone()];
    let mut out = Vec::new();
    for (n, pair) in lines.windows(2).enumerate() {
        let (line, next) = (&pair[0], &pair[1]);
        if line.units.iter().chain(&next.units).any(|u| u.rtl) {
            continue;
        }
        let words = |l: &safha_text::Line| l.units.iter().filter(|u| !u.space).count();
        // A word broken twice (a line that is all one word's middle) is left as it is.
        if out.last().is_some_and(|b: &Broken| b.line + 1 == n) && words(line) == 1 {
            continue;
        }
        let head = line
            .units
            .iter()
            .filter(|u| !u.space)
            .max_by_key(|u| u.logical);
        let tail = next
            .units
            .iter()
            .filter(|u| !u.space)
            .min_by_key(|u| u.logical);
        let (Some(head), Some(tail)) = (head, tail) else {
            continue;
        };
        // The engine's hyphen is no part of the word (a unit made of several runs may not
        // spell it); a break inside a word the author wrote with no space (after a hyphen
        // or a dash, in a long address) joins it as written.
        let text = if line.hyphenated {
            head.text.strip_suffix('-').unwrap_or(&head.text)
        } else if head.logical + head.text.len() == tail.logical {
            &head.text
        } else {
            continue;
        };
        // Left to right, so the head's glyphs end the line and the tail's start the next.
        let start = line.glyphs.partition_point(|g| g.x < head.x0 - 0.01);
        let end = next.glyphs.partition_point(|g| g.x < tail.x1 - 0.01);
        if start == line.glyphs.len() || end == 0 {
            continue;
        }
        out.push(Broken {
            line: n,
            head: start..line.glyphs.len(),
            tail: 0..end,
            text: format!("{text}{}", tail.text),
            x0: head.x0,
            x1: head.x1,
            face: line.glyphs[start].face,
        });
    }
    out
}

/// Whether glyph `g` of placed line `line` is part of a broken word.
pub fn is_broken(words: &[Broken], line: usize, g: usize) -> bool {
    words.iter().any(|b| {
        (b.line == line && b.head.contains(&g)) || (b.line + 1 == line && b.tail.contains(&g))
    })
}

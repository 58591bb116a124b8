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

/// One word broken across two lines of a paragraph, at least one of them among a placed
/// part's lines. A paragraph that runs onto the next page (or column) can break a word
/// there (`matric-` ending one page, `ulation` starting the next): the part holding the
/// head writes the word, the part holding the tail writes nothing for it.
pub struct Broken {
    /// The lines of its head and tail among the placed lines (counted from the first);
    /// `None` where that half is in the paragraph's part before or after.
    pub head_line: Option<usize>,
    pub tail_line: Option<usize>,
    /// The drawn glyphs of its head (with the hyphen) and tail.
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
    joined(placed, |line, next, head, tail| {
        !line.units.iter().chain(&next.units).any(|u| u.rtl)
            && glyphs(line, next, head, tail).is_some()
    })
    .into_iter()
    .filter_map(|j| {
        let (line, next) = (&placed.para.lines[j.line], &placed.para.lines[j.line + 1]);
        let (start, end) = glyphs(line, next, j.head, j.tail)?;
        Some(Broken {
            head_line: j.head_line,
            tail_line: j.tail_line,
            head: start..line.glyphs.len(),
            tail: 0..end,
            text: j.text,
            x0: line.units[j.head].x0,
            x1: line.units[j.head].x1,
            face: line.glyphs[start].face,
        })
    })
    .collect()
}

/// A word broken across lines `line` and `line + 1` of a paragraph (all its lines), as
/// [`joined`] finds it.
pub struct Joined {
    /// Its head's line in the paragraph.
    pub line: usize,
    /// The lines of its head and tail among the placed lines, as in [`Broken`].
    pub head_line: Option<usize>,
    pub tail_line: Option<usize>,
    /// The units of its head and tail.
    pub head: usize,
    pub tail: usize,
    /// The word as written.
    pub text: String,
}

/// The words broken across lines of `placed`, or across its first or last line and the
/// paragraph's line before or after it, that `keep` accepts (given the two lines and the
/// units of the head and tail). A word broken more than once (a line that is all one
/// word's middle, as a long address is) is joined whole: the first break's entry holds the
/// whole word, each later one (from a middle) none, so that its head writes nothing and
/// its tail is left out too; joined across every other break only, an address over three
/// lines copied in two pieces. A break between two parts of the paragraph (on two pages)
/// is joined unless its first line is such a middle: decided from those lines alone, so
/// that both parts agree about it.
fn joined(placed: &Placed, keep: impl Fn(&Line, &Line, usize, usize) -> bool) -> Vec<Joined> {
    let lines = &placed.para.lines;
    let range = placed.lines.clone();
    let local = |n: usize| range.contains(&n).then(|| n - range.start);
    let words = |n: usize| lines[n].units.iter().filter(|u| !u.space).count();
    let joins = |n: usize| {
        let (line, next) = (&lines[n], &lines[n + 1]);
        join(line, next).filter(|(head, tail, _)| keep(line, next, *head, *tail))
    };
    // A break between parts: joined unless its first line is a middle.
    let between =
        |n: usize| joins(n).filter(|_| !(words(n) == 1 && n > 0 && joins(n - 1).is_some()));
    let mut out = Vec::new();
    let entry = |n: usize, (head, tail, text): (usize, usize, String)| Joined {
        line: n,
        head_line: local(n),
        tail_line: local(n + 1),
        head,
        tail,
        text,
    };
    let unit_len = |n: usize, u: usize| lines[n].units[u].text.len();
    let mut last_head = None;
    // The entry of the word the last head belongs to.
    let mut starts = None;
    if range.start > 0
        && range.start < lines.len()
        && let Some(found) = between(range.start - 1)
    {
        out.push(entry(range.start - 1, found));
        last_head = Some(range.start - 1);
        starts = Some(out.len() - 1);
    }
    for n in range.start..range.end.min(lines.len().saturating_sub(1)) {
        let middle = last_head.is_some_and(|h| h + 1 == n) && words(n) == 1;
        if middle {
            // The word goes on: its whole text to the entry where it starts, if this part
            // writes that (a word whose start the page before wrote keeps its tail).
            let first = starts.and_then(|i| out.get_mut(i));
            let chained =
                n + 1 < range.end && first.as_ref().is_some_and(|f| f.head_line.is_some());
            if let (true, Some((head, tail, text)), Some(first)) = (chained, joins(n), first) {
                let kept = first.text.len().saturating_sub(unit_len(n, head));
                first.text = format!("{}{text}", &first.text[..kept]);
                out.push(entry(n, (head, tail, String::new())));
                last_head = Some(n);
            }
            continue;
        }
        let found = if n + 1 == range.end {
            between(n)
        } else {
            joins(n)
        };
        if let Some(found) = found {
            out.push(entry(n, found));
            last_head = Some(n);
            starts = Some(out.len() - 1);
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
    // a dash, a slash or a dot in a long address) joins it as written: poppler takes a
    // line-final hyphen for a syllable break, drops it and glues the halves (`through
    // -⏎ldflags` came out `throughldflags`), and the others copied an address in pieces.
    // However short its head (`https://` holding `https://www.finance.gov.pk/`): written
    // a few letters to a glyph, no letter is dropped (see `textlayer::write_word`).
    // A line of code broken at a space (its spaces are kept, so they end the head's
    // unit) is two lines, as a paragraph broken at a space is: joined, its whole text went
    // over the head's box, and pdf.js dropped letters of it (`def balance_distance(w1,
    // d1,`, no `w2):`).
    let text = if line.hyphenated {
        h.text.strip_suffix('-').unwrap_or(&h.text)
    } else if h.logical + h.text.len() == t.logical && !h.text.ends_with(char::is_whitespace) {
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
/// only addresses and such are joined (see [`join`]).
pub fn layer_words(placed: &Placed) -> Vec<Joined> {
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
        (b.head_line == Some(line) && b.head.contains(&g))
            || (b.tail_line == Some(line) && b.tail.contains(&g))
    })
}

//! The invisible text layer of lines set in Nastaliq (Urdu paragraphs, and English ones
//! quoting Urdu): what makes Nastaliq copy and search as Urdu.
//!
//! Nastaliq draws letters from shared skeletons plus separate dots, so no ToUnicode map
//! can describe its glyphs (`../shared/notes/urdu-pdf.md`). Each such line gets an
//! invisible (`3 Tr`) copy of its text in Noto Naskh Arabic, one glyph per character, each
//! word stretched (`Tz`) over the box of its visible glyphs; right-to-left words are
//! written in visual order, so extractors, which reorder by position, read them back in
//! logical order. Direction runs are written in logical order.
//!
//! The details below were measured against poppler (pdftotext), MuPDF and pdf.js: word gaps
//! they agree on, a lead glyph for lines that start with a combining mark, and
//! right-to-left marks where poppler's simplified bidi ordering needs them.

use super::bidimarks::Mark;
use super::content::ContentStream;
use super::layerplace::{LayerSetup, Pen, place, round2};
pub use super::layertext::LayerText;
use super::layout::Placed;
use safha_text::chars::is_invisible;

/// What leads a text-layer line that would start with a mark: a space with a
/// right-to-left mark, which pdf.js reads as an ordinary character.
pub const LINE_LEAD: &str = "\u{200F} ";
/// Its width in points.
pub(super) const LEAD_WIDTH: f32 = 0.5;

/// What ends a right-to-left run in a left-to-right line (see [`write`]).
pub const INLINE_RTL_END: &str = "\u{200E}";

/// Gap before a word written mark first, in em of the layer's size: above poppler's word
/// break (0.1), at most pdf.js's tracking space (0.102).
const MARK_GAP: f32 = 0.101;
/// Other word gaps stay where pdf.js reads them as a space in the same line (0.102-0.6).
const WORD_GAP_MIN: f32 = 0.16;
const WORD_GAP_MAX: f32 = 0.5;

/// Whether a unit's first written glyph is a combining mark (a right-to-left word whose
/// last character is a mark is written in visual order, mark first).
pub fn starts_with_mark(u: &safha_text::TextUnit) -> bool {
    let last = if u.rtl {
        u.text.chars().rev().find(|c| !is_invisible(*c))
    } else {
        u.text.chars().next()
    };
    last.is_some_and(safha_text::chars::is_mark)
}

/// Characters of a unit (logical order), one text per layer glyph, into `out` (cleared
/// first: callers keep one buffer for every unit of a document).
pub fn layer_chars(text: &str, rtl: bool, mark: Mark, out: &mut Vec<LayerText>) {
    use unicode_bidi::BidiClass::{AL, AN, CS, ES, ET, NSM, ON, R};
    const RLM: char = '\u{200F}';
    let mut leading = true;
    out.clear();
    // A joiner (the ZWNJ of خوش‌قسمتی) shares a glyph, since pdf.js drops one whose text
    // ends in a format character: in a right-to-left word, written reversed, the glyph of
    // the letter before it, joiner first (extractors reverse its text with the word's);
    // otherwise the glyph of the letter after it.
    let mut joiner = None;
    let mut chars = text
        .chars()
        .filter(|c| safha_text::chars::copied(*c))
        .peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '\u{200C}' | '\u{200D}') {
            match (rtl, out.last_mut()) {
                (true, Some(prev)) if prev.len() == 1 => *prev = LayerText::of(&[c, prev.first()]),
                (true, _) => {}
                (false, _) => joiner = Some(c),
            }
            continue;
        }
        if let Some(j) = joiner.take() {
            out.push(LayerText::of(&[j, c]));
            continue;
        }
        let class = safha_text::bidi::class(c);
        let neutral = !matches!(class, R | AL | NSM);
        leading &= neutral;
        // MuPDF takes a glyph's direction from its text's first character, and signs and
        // Arabic-Indic digits the wrong way: a sign (`%`, `٪`, `+`, `-`) in right-to-left
        // text was cut out of the run it reverses and left at the run's end (`صرف 20
        // امکان بتایا تھا %`, `-فائزرPfizer`), and digits `٢٩` were reversed with the
        // Urdu around them. Each such glyph leads with a mark of its direction, which it
        // keeps where it is written; poppler and pdf.js read the same either way.
        // Urdu's decimal and thousands separators (`۲۵٫۵`, `۱٬۲۰۰`) are Arabic numbers
        // too, but a mark of their own would copy inside the number and break a search
        // for it: each shares the glyph of the digit before it, whose direction holds.
        if !rtl
            && matches!(c, '\u{066B}' | '\u{066C}')
            && let Some(prev) = out.last_mut()
            && prev.as_str().ends_with(|d: char| d.is_numeric())
        {
            *prev = prev.with(c);
            continue;
        }
        let glyph = match class {
            ET | ES if rtl => LayerText::of(&[RLM, c]),
            AN if !rtl => LayerText::of(&['\u{200E}', c]),
            _ => LayerText::of(&[c]),
        };
        match mark {
            // A space stays one glyph that pdf.js sees as a space; any other character
            // is followed (left to right, after the word is reversed) by its own RLM glyph,
            // since pdf.js drops a glyph whose text ends in a format character.
            _ if mark.trailing() && leading && c == ' ' => out.push(LayerText::of(&[' ', RLM])),
            // Not inside an emoji's ZWJ sequence (`👩‍⚕️` copied with a mark in it).
            _ if mark.trailing() && leading && !out.last().is_some_and(LayerText::joins) => {
                out.push(LayerText::of(&[RLM]));
                out.push(glyph);
            }
            Mark::BeforeLtr if c == ' ' => out.push(LayerText::of(&[RLM, ' '])),
            Mark::AfterLtr if c == ' ' => {
                out.push(LayerText::of(&[RLM]));
                out.push(LayerText::of(&[RLM, ' ']));
            }
            _ => out.push(glyph),
        }
        // A mark on a digit or Latin letter (`۲ّ`) left where it is written, poppler
        // took it into the right-to-left text after it and put it before the digit
        // (`ّ۲`): a left-to-right mark after it keeps it in the run. Its own glyph, as
        // above.
        if !rtl && class == NSM {
            out.push(LayerText::of(&['\u{200E}']));
        }
        // A comma or colon before a quote or bracket (`نہیں،“ PTI`): poppler takes the
        // comma for part of a number and the quote with it, and read the pair left to
        // right (`نہیں“،`); a mark between them keeps the quote right to left.
        if rtl
            && class == CS
            && chars
                .peek()
                .is_some_and(|n| safha_text::bidi::class(*n) == ON)
        {
            out.push(LayerText::of(&[RLM]));
        }
    }
    if mark.closes_weak() {
        out.push(LayerText::of(&[RLM]));
    }
    if mark == Mark::LtrEndsNeutral {
        out.push(LayerText::of(&['\u{200E}']));
    }
}

/// Which of the glyphs of unit `u` (`visual`: its layer texts in the order written) leads
/// with an Arabic letter mark, if `u` is right-to-left text that pdf.js would read left
/// to right: signs and brackets (the `)،` after `MA/MSc`, the `%)` ending `(7%)`), with
/// at most a letter among them (the `)(ب)(` of `۳(۲)(ب)(iii)`). Such a unit is written in
/// visual order, one piece, like a word; pdf.js, which takes a piece's direction from its
/// share of right-to-left letters, read it as it stands (`MA/MSc،)`, `(7)%`, `()ب()`).
/// The mark, a right-to-left letter to pdf.js, makes it reverse the piece; poppler and
/// MuPDF order it by position as before, and take the mark for the right-to-left marks
/// beside it. Callers lead a unit only where its run as a whole reads left to right too.
pub fn signs_lead(u: &safha_text::TextUnit, visual: &[LayerText]) -> Option<usize> {
    let shown = |c: &LayerText| !super::pdfjs::skips(c.as_str());
    let signs = u.rtl
        && visual.iter().filter(|c| shown(c)).count() > 1
        && super::pdfjs::reads_ltr(visual.iter().map(LayerText::as_str));
    signs.then(|| visual.iter().position(shown)).flatten()
}

/// Writes the text layer of one placed paragraph's lines.
pub fn write(
    out: &mut ContentStream,
    placed: &Placed,
    page_height: f32,
    setup: &LayerSetup,
    marked: &dyn Fn(usize, usize) -> Mark,
) {
    let LayerSetup {
        glyphs: layer,
        resource: font,
        ..
    } = *setup;
    let para = &placed.para;
    let mut chars = Vec::new();
    let mut gids = Vec::new();
    let broken = super::broken::layer_words(placed);
    let size = super::layerplace::layer_size(placed);
    for (n, line) in para.lines[placed.lines.clone()].iter().enumerate() {
        if line.units.is_empty() {
            continue;
        }
        let baseline = page_height - placed.baseline(n);
        out.font(font, size);
        let origin = round2(
            placed.x
                + line
                    .units
                    .iter()
                    .map(|u| u.x0)
                    .fold(f32::INFINITY, f32::min),
        );
        let mut pen = Pen::set(out, origin, baseline);
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
        let boxes = word_boxes(line, size);
        let place = |out: &mut ContentStream, pen: &mut Pen, gids: &[u16], x0: f32, x1: f32| {
            place(out, setup, size, pen, gids, x0..x1)
        };
        for mut run in runs {
            pen.catch_up(out);
            run.sort_by(|a, b| by_position(&line.units[*a], &line.units[*b]));
            // A right-to-left run is written in visual order, like a word: poppler and
            // MuPDF order it by position, and pdf.js reverses a piece it reads as right
            // to left, which it judges by its share of right-to-left letters (it counts
            // the right-to-left marks the run carries for poppler, curly quotes and
            // dashes as left-to-right letters). Where that share is too small:
            // - A run of signs (spaces, punctuation, brackets, digits: the `]، [` of
            //   `[1]، [2–4]`, the ` (` of `7 (18%)`, the `، ` between two numbers) leads
            //   each sign with an Arabic letter mark, right to left to pdf.js and to
            //   poppler and MuPDF the right-to-left mark it replaces. (Written in logical
            //   order instead, MuPDF, which reverses every stretch of right-to-left text
            //   on a line it finds written in visual order, read it back to front:
            //   `[1  ]،`, `7( 18%)`.)
            // - A number's letter with the signs after it (`ء – ` between two years) is
            //   written in its logical order, right to left, each unit a piece of its
            //   own, its spaces led by a mark (as a piece's first glyph, pdf.js drops a
            //   bare space).
            // - Other runs (`، ص ` before a page number) write the marks their spaces
            //   lead with as Arabic letter marks, or, too few spaces to mark (`)(ب)(` in
            //   `۳(۲)(ب)(iii)`), lead their pieces of signs with one.
            let rtl_run = line.units[run[0]].rtl;
            let has_letters = run.iter().any(|&i| holds_letter(&line.units[i]));
            let signs = rtl_run && !has_letters;
            let (led, arabic, signs_led) = if rtl_run && has_letters {
                let mut texts = Vec::new();
                for &i in &run {
                    let u = &line.units[i];
                    layer_chars(&u.text, u.rtl, marked(n, i), &mut chars);
                    texts.extend_from_slice(&chars);
                }
                let ltr = super::pdfjs::reads_ltr(texts.iter().map(LayerText::as_str));
                let led = ltr
                    && run.last().is_some_and(|&i| is_letter(&line.units[i]))
                    && run[..run.len() - 1]
                        .iter()
                        .all(|&i| !holds_letter(&line.units[i]));
                let marked: Vec<LayerText> = texts.iter().map(|t| t.arabic_marked()).collect();
                let still_ltr = super::pdfjs::reads_ltr(marked.iter().map(LayerText::as_str));
                (led, ltr && !led && !still_ltr, ltr && !led && still_ltr)
            } else {
                (false, false, false)
            };
            if led {
                run.reverse();
            }
            let mut first = true;
            let mut right = f32::MIN;
            let ends_neutral = !rtl_run
                && para.rtl
                && (run.iter().map(|&i| &line.units[i]))
                    .filter(|u| !u.space)
                    .max_by_key(|u| u.logical)
                    .and_then(|u| u.text.trim_end().chars().next_back())
                    .is_some_and(super::bidimarks::is_neutral);
            for i in run {
                // A broken word whole over its head, its tail left out.
                if broken.iter().any(|b| b.tail_line == Some(n) && b.tail == i) {
                    continue;
                }
                // A run whose first written glyph is a combining mark would hand the mark
                // to the previous line or run (pdf.js and MuPDF check for a new line only
                // at glyphs that are not marks): lead with a narrow right-to-left space.
                if std::mem::take(&mut first) && starts_with_mark(&line.units[i]) {
                    let gid = layer.known(LINE_LEAD);
                    let x0 = placed.x + boxes[i].0 - LEAD_WIDTH;
                    place(out, &mut pen, &[gid], x0, x0 + LEAD_WIDTH);
                }
                let u = &line.units[i];
                // A left-to-right word broken across lines (an address), whole over its
                // head: a few letters to a glyph, as drawn English writes one (see
                // `write_word`). A glyph to a letter, an address over four lines of the
                // parallel edition's narrow column squeezed its letters so close over its
                // head (4.2 of them to a letter's width) that poppler dropped doubled ones
                // as overprinting (`ht ps:/`).
                if let Some(b) = broken
                    .iter()
                    .find(|b| b.head_line == Some(n) && b.head == i)
                {
                    gids.clear();
                    gids.extend(word_glyphs(&b.text).iter().map(|t| layer.known(t)));
                    let (x0, x1) = (placed.x + boxes[i].0, placed.x + boxes[i].1);
                    place(out, &mut pen, &gids, x0, x1);
                    right = right.max(x1);
                    continue;
                }
                layer_chars(&u.text, u.rtl, marked(n, i), &mut chars);
                if u.rtl {
                    chars.reverse();
                }
                if signs_led && let Some(k) = signs_lead(u, &chars) {
                    chars[k] = chars[k].arabic_led();
                }
                if led {
                    for c in chars.iter_mut() {
                        *c = c.led();
                    }
                }
                if arabic {
                    for c in chars.iter_mut() {
                        *c = c.arabic_marked();
                    }
                }
                if signs {
                    for c in chars.iter_mut() {
                        *c = c.arabic_signed();
                    }
                }
                gids.clear();
                gids.extend(chars.iter().map(|c| layer.known(c.as_str())));
                place(
                    out,
                    &mut pen,
                    &gids,
                    placed.x + boxes[i].0,
                    placed.x + boxes[i].1,
                );
                right = right.max(placed.x + boxes[i].1);
            }
            // A left-to-right mark at the run's right edge, after Urdu inside English (`in
            // Sindhi: کافی, with`, `(برادری) on`), else MuPDF and poppler reverse the space
            // and punctuation after it with the run and join it to the next word (`
            // ,کافیwith`, `( )کافیon`); and after a left-to-right run in Urdu that ends in a
            // bracket or other neutral (`Snapdragon 685 (6 nm)` in a cell), else poppler
            // hands the neutral to the right-to-left text after it and copies it at the
            // run's start (`)Snapdragon 685 (6 nm`).
            if (rtl_run && !para.rtl || ends_neutral) && right > f32::MIN {
                place(out, &mut pen, &[layer.known(INLINE_RTL_END)], right, right);
            }
        }
        // A right-to-left line that stops short of the column's left edge (a verse line,
        // a list item, a paragraph's last) ends in a narrow mark at that edge. poppler
        // builds a block of every Nastaliq line (their pitch is over its 1.5 em), and
        // orders a short one among the other column's blocks beside it: verse came out
        // couplets out of order. (The mark also keeps MuPDF from moving a final mark and
        // `!` to the line's start. In poppler's text it is a line of its own, between
        // the words of a phrase broken there; leads only on lines under half the column
        // cut those from 22 to 15 of the sample's 1,207 phrases, but lost MuPDF that.)
        let short = para.rtl && origin - placed.x > size;
        // A paragraph set beside other text on its baseline (a table cell, a number)
        // ends in a space where its last line ends, a little apart from it (a space of
        // its own in poppler): else pdf.js runs it into what follows. Right to left, that
        // is the lead above.
        let spaced = placed.spaced && placed.lines.start + n + 1 == para.lines.len();
        let apart = 0.2 * size;
        if para.rtl && (short || spaced) {
            let x0 = round2(if short {
                placed.x
            } else {
                origin - apart - LEAD_WIDTH
            });
            let gid = layer.known(LINE_LEAD);
            let mut pen = Pen::set(out, x0, baseline);
            place(out, &mut pen, &[gid], x0, x0 + LEAD_WIDTH);
        }
        // A left-to-right line broken at a space ends in one, as drawn lines do (see
        // `visible::word_spaces`): read in content order (`pdfinfo -struct-text`), its
        // last word ran into the next line's first. No mark: this is English.
        if !para.rtl && placed.ends_in_space(placed.lines.start + n) {
            let right = boxes.iter().map(|b| b.1).fold(origin - placed.x, f32::max);
            let x0 = placed.x + right + if spaced { apart } else { 0.0 };
            place(out, &mut pen, &[layer.known(" ")], x0, x0 + 0.25 * size);
        }
        out.hscale(100.0);
    }
}

/// Whether `c` is a right-to-left letter.
fn rtl_letter(c: char) -> bool {
    use unicode_bidi::BidiClass::{AL, R};
    matches!(safha_text::bidi::class(c), R | AL)
}

/// Whether unit `u` holds a right-to-left letter.
pub fn holds_letter(u: &safha_text::TextUnit) -> bool {
    u.text.chars().any(rtl_letter)
}

/// Whether unit `u` is one right-to-left letter (the ء of a year, the ھ of a Hijri one).
fn is_letter(u: &safha_text::TextUnit) -> bool {
    let mut chars = u.text.chars();
    chars.next().is_some_and(rtl_letter) && chars.next().is_none()
}

/// The texts of a broken word's layer glyphs (see [`write_word`]): its layer characters,
/// a few to a glyph, in pieces of even length of at most [`WORD_GLYPH_UNITS`] UTF-16
/// units (poppler reads a ToUnicode entry of at most 127 bytes and skipped longer ones,
/// losing the words after them; older MuPDF took 8 characters), none ending in a format
/// character (pdf.js drops such a glyph; the piece takes the next character too). A
/// combining mark is a glyph of its own, as before: pdf.js gives a glyph whose text holds
/// one no width, and would lag behind the rest of the line by its letters' widths.
pub fn word_glyphs(word: &str) -> Vec<String> {
    let mut chars = Vec::new();
    layer_chars(word, false, Mark::None, &mut chars);
    let text: Vec<char> = chars.iter().flat_map(|t| t.as_str().chars()).collect();
    let units: usize = text.iter().map(|c| c.len_utf16()).sum();
    let pieces = units.div_ceil(WORD_GLYPH_UNITS).max(1);
    let each = text.len().div_ceil(pieces);
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let (mut n, mut len) = (0, 0);
    for (i, &c) in text.iter().enumerate() {
        let mark = safha_text::chars::is_combining(c);
        let full = n >= each || len + c.len_utf16() > WORD_GLYPH_UNITS;
        let after_mark = i > 0 && safha_text::chars::is_combining(text[i - 1]);
        if (full || mark || after_mark) && !cur.is_empty() && !super::pdfjs::is_format(text[i - 1])
        {
            out.push(std::mem::take(&mut cur));
            (n, len) = (0, 0);
        }
        cur.push(c);
        n += 1;
        len += c.len_utf16();
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The most UTF-16 units of text a broken word's layer glyph carries.
const WORD_GLYPH_UNITS: usize = 8;

/// Writes `word` (left to right) invisibly over `span` on the baseline `y` (PDF
/// coordinates): a word whose drawing yields no text (see [`super::broken`]).
pub fn write_word(
    out: &mut ContentStream,
    setup: &LayerSetup,
    word: &str,
    size: f32,
    span: std::ops::Range<f32>,
    y: f32,
) {
    let gids: Vec<u16> = (word_glyphs(word).iter())
        .map(|t| setup.glyphs.known(t))
        .collect();
    out.font(setup.resource, size);
    let x0 = round2(span.start);
    let mut pen = Pen::set(out, x0, y);
    // The whole word over its first half's box and no further: run on into the gutter,
    // it moved poppler's reading of the Urdu column beside it. A few letters to a glyph:
    // a glyph to a letter, squeezed into a short head (`irresponsibility` over `ir-`),
    // stood less than a tenth of an em apart, and poppler dropped a letter after such a
    // narrow one as overprinting (`ir esponsibil ty`, `instal ations`; spacing twins
    // apart had opened gaps that split more words than it saved). The letters of one
    // glyph it spreads over the glyph's width without that check.
    place(out, setup, size, &mut pen, &gids, x0..span.end);
    out.hscale(100.0);
}

/// The boxes the layer stretches each unit over. Word boxes grow into the spaces around
/// them, so that every gap has a width the extractors agree on (fractions of the layer's
/// font size):
/// - pdf.js breaks a word at a gap of 0.102-0.6 em, but checks no gap before a combining
///   mark, so a right-to-left word whose last letter carries a mark (ضربِ, written mark
///   first) needs a gap it ignores (at most 0.102 em) or the mark is split off;
/// - poppler breaks words at gaps over 0.1 em and ignores space characters.
///
/// What lies between two words (a space, or a mark typed after a space with the spaces
/// around it) shares the gap; pdf.js measures the gap from the last glyph with a width,
/// so a mark between spaces must not widen it.
fn word_boxes(line: &safha_text::Line, size: f32) -> Vec<(f32, f32)> {
    let units = &line.units;
    let mut boxes: Vec<(f32, f32)> = units.iter().map(|u| (u.x0, u.x1)).collect();
    let mut by_x: Vec<usize> = (0..units.len()).collect();
    by_x.sort_by(|a, b| by_position(&units[*a], &units[*b]));
    let between =
        |u: &safha_text::TextUnit| u.space || u.text.chars().all(safha_text::chars::is_combining);
    let mut k = 0;
    while k < by_x.len() {
        let a = by_x[k];
        let mut end = k + 1;
        while end < by_x.len() && between(&units[by_x[end]]) {
            end += 1;
        }
        let inner = &by_x[k + 1..end];
        let spaces = inner.iter().filter(|&&i| units[i].space).count();
        if between(&units[a]) || end == by_x.len() || spaces == 0 {
            k += 1;
            continue;
        }
        let b = by_x[end];
        let gap = if starts_with_mark(&units[b]) {
            MARK_GAP
        } else {
            ((boxes[b].0 - boxes[a].1) / size).clamp(WORD_GAP_MIN, WORD_GAP_MAX)
        } * size;
        let mid = (boxes[a].1 + boxes[b].0) / 2.0;
        boxes[a].1 = mid - gap / 2.0;
        boxes[b].0 = mid + gap / 2.0;
        let share = gap / spaces as f32;
        let mut x = boxes[a].1;
        for &i in inner {
            let w = if units[i].space { share } else { 0.0 };
            boxes[i] = (x, x + w);
            x += w;
        }
        k = end;
    }
    boxes
}

/// Left to right; a unit of no width (a mark typed after a space, which sits where the
/// space begins) before the space that starts where it is.
fn by_position(a: &safha_text::TextUnit, b: &safha_text::TextUnit) -> std::cmp::Ordering {
    a.x0.total_cmp(&b.x0).then(a.x1.total_cmp(&b.x1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, rtl: bool, mark: Mark) -> Vec<String> {
        let mut out = Vec::new();
        layer_chars(text, rtl, mark, &mut out);
        out.iter().map(|t| t.as_str().to_string()).collect()
    }

    #[test]
    fn signs_in_urdu_and_arabic_indic_digits_lead_with_their_direction() {
        // A sign inside an Urdu word, and one after a number with its separate mark.
        assert_eq!(texts("ر-ب", true, Mark::None), ["ر", "\u{200F}-", "ب"]);
        assert_eq!(texts("%", true, Mark::Trailing), ["\u{200F}", "\u{200F}%"]);
        // Arabic-Indic digits in a left-to-right run; Extended Arabic-Indic and European
        // digits are left to right to every extractor and stay bare.
        assert_eq!(texts("٢٩", false, Mark::None), ["\u{200E}٢", "\u{200E}٩"]);
        assert_eq!(texts("۲۹ 29", false, Mark::None), ["۲", "۹", " ", "2", "9"]);
        // Their separators share the glyph of the digit before them, with no mark of
        // their own inside the number.
        assert_eq!(texts("۱٬۲۰۰", false, Mark::None), ["۱٬", "۲", "۰", "۰"]);
        assert_eq!(texts("٢٫٥", false, Mark::None), ["\u{200E}٢٫", "\u{200E}٥"]);
        assert_eq!(texts("٫5", false, Mark::None), ["\u{200E}٫", "5"]);
        // Signs in left-to-right text are left alone.
        assert_eq!(texts("+5%", false, Mark::None), ["+", "5", "%"]);
    }

    #[test]
    fn a_page_reference_reads_right_to_left_in_pdfjs_with_arabic_letter_marks() {
        // `، ص ` between a volume's number and a page number, as the layer writes it
        // (visual order): pdf.js counts the right-to-left marks as left-to-right letters
        // and read it `ص ،`; with Arabic letter marks it reads it right to left.
        let mut run = Vec::new();
        for (text, mark) in [
            (" ", Mark::BeforeLtr),
            ("ص", Mark::None),
            (" ", Mark::AfterLtr),
        ] {
            let mut chars = Vec::new();
            layer_chars(text, true, mark, &mut chars);
            run.extend(chars);
        }
        run.extend([LayerText::of(&['،'])]);
        assert!(super::super::pdfjs::reads_ltr(
            run.iter().map(LayerText::as_str)
        ));
        let marked: Vec<LayerText> = run.iter().map(|t| t.arabic_marked()).collect();
        assert!(!super::super::pdfjs::reads_ltr(
            marked.iter().map(LayerText::as_str)
        ));
        // Only a mark with a space changes; a lone mark, which pdf.js skips, stays.
        let changed: Vec<&str> = (run.iter().zip(&marked))
            .filter(|(a, b)| a != b)
            .map(|(_, b)| b.as_str())
            .collect();
        assert_eq!(changed, ["\u{061C} ", "\u{061C} "]);
    }

    #[test]
    fn a_comma_before_a_quote_is_parted_from_it() {
        assert_eq!(
            texts("نہیں،“", true, Mark::None),
            ["ن", "ہ", "ی", "ں", "،", "\u{200F}", "“"]
        );
        // Before a letter or at a word's end a comma stays as it was.
        assert_eq!(texts("ا،ب،", true, Mark::None), ["ا", "،", "ب", "،"]);
    }

    #[test]
    fn a_broken_word_is_written_a_few_letters_to_a_glyph() {
        assert_eq!(word_glyphs("illiteracy"), ["illit", "eracy"]);
        assert_eq!(
            word_glyphs("irresponsibility,"),
            ["irresp", "onsibi", "lity,"]
        );
        assert_eq!(word_glyphs("in"), ["in"]);
        let url = "https://wmo.int/news/media-centre/wmo-confirms-2024-warmest-year";
        let pieces = word_glyphs(url);
        assert_eq!(pieces.concat(), url);
        assert!(
            pieces
                .iter()
                .all(|p| p.encode_utf16().count() <= WORD_GLYPH_UNITS)
        );
        // A combining mark stands alone (`cafe` + U+0301; the left-to-right mark after it
        // keeps poppler from reordering it, see `layer_chars`).
        assert_eq!(
            word_glyphs("cafe\u{301}s"),
            ["cafe", "\u{301}", "\u{200E}s"]
        );
        // A letter outside the BMP takes two units.
        let wide = word_glyphs("𝑥𝑦𝑧𝑤𝑣abc");
        assert_eq!(wide.concat(), "𝑥𝑦𝑧𝑤𝑣abc");
        assert!(
            wide.iter()
                .all(|p| p.encode_utf16().count() <= WORD_GLYPH_UNITS)
        );
    }

    #[test]
    fn a_mark_on_a_digit_is_followed_by_a_left_to_right_mark() {
        assert_eq!(texts("۲ّ", false, Mark::None), ["۲", "\u{651}", "\u{200E}"]);
        // In Urdu a mark stays with its letter, as it was.
        assert_eq!(texts("بّ", true, Mark::None), ["ب", "\u{651}"]);
    }
}

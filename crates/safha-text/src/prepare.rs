//! Step 1: bidi levels (UAX #9), a face for every character (by coverage), break
//! opportunities (UAX #14) and English syllables (hypher), cut into pieces that each have
//! one level, one face and one style, so each can be shaped on its own.

use rustc_hash::FxHashMap;

use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use crate::bidi;
use crate::chars::{alphabetic, is_arabic, is_combining, is_invisible, is_no_break_space};
use crate::font::{FaceId, FontBook, Variant, Writing};
use crate::model::{MissingGlyph, ParaStyle, Style, StyledText};
use crate::ties;

pub use crate::pieces::{BreakAfter, Kind, Piece};

/// How much larger than the text around it quoted Arabic's Naskh is set: at one size,
/// Naskh's letters stand about three fifths as tall as Nastaliq's (their bodies 51 and 85
/// units of a 100-unit size in HarfBuzz's rendering), and a verse set in it read as a
/// footnote's type in the middle of Urdu.
pub const NASKH_SIZE: f32 = 1.3;

pub struct Prepared {
    pub text: String,
    pub rtl: bool,
    pub pieces: Vec<Piece>,
    /// Whether the paragraph's text must be carried by a text layer (right-to-left or
    /// Arabic script anywhere).
    pub text_layer: bool,
}

impl Prepared {
    /// Whether every word of the paragraph is quoted Arabic (a verse set as a paragraph
    /// of its own).
    pub fn all_quoted_arabic(&self) -> bool {
        let mut words = self
            .pieces
            .iter()
            .filter(|p| p.kind == Kind::Word)
            .peekable();
        words.peek().is_some() && words.all(Piece::quotes_arabic)
    }
}

pub fn prepare(
    book: &FontBook,
    styled: &StyledText,
    para: &ParaStyle,
) -> Result<Prepared, MissingGlyph> {
    let text = drawable_text(&styled.text);
    let text = text.as_ref();
    let rtl = para.rtl;
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let levels = if rtl {
        let isolated = isolate_code(text, styled);
        let mut levels =
            BidiInfo::new_with_data_source(&bidi::RtlClasses, &isolated, Some(base)).levels;
        bidi::detach_numbers(text, &mut levels, base);
        levels
    } else {
        BidiInfo::new_with_data_source(&bidi::Classes, text, Some(base)).levels
    };
    // Tokens set one level above the paragraph's, as if isolated: Latin tokens with
    // digits or signs (52°C, 5G) read left to right in right-to-left text, and hashtags
    // in Urdu (#سیلاب_متاثرین) right to left, sign and all, in left-to-right text.
    let raised = if rtl {
        let mut tokens = bidi::ltr_tokens(text);
        tokens.extend(ltr_code(styled));
        tokens.sort_by_key(|t| t.start);
        tokens
    } else {
        bidi::rtl_tokens(text)
    };
    let mut tokens = raised.iter().peekable();
    let default_writing = Writing::of(para.rtl);
    let writings = writings(text, default_writing);

    // A face for every grapheme: the first of its chain that draws all of it, so that a
    // mark is shaped with its base (an honorific after a space, a keycap, a flag). Line
    // breaks only fall between graphemes.
    let mut chains: FxHashMap<(Writing, Variant), Vec<FaceId>> = FxHashMap::default();
    // A paragraph repeats a few dozen characters: each face's cmap is asked once per
    // character (a lookup costs a few hundred instructions).
    let mut known: FxHashMap<(FaceId, char), bool> = FxHashMap::default();
    let mut covers = |f: FaceId, c: char| *known.entry((f, c)).or_insert_with(|| book.covers(f, c));
    let mut prev_face: Option<FaceId> = None;
    let mut fallen = Vec::new();
    let mut char_faces: Vec<FaceId> = Vec::with_capacity(text.len());
    let mut boundary = vec![false; text.len() + 1];
    boundary[text.len()] = true;
    let mut n = 0;
    for (start, grapheme) in graphemes(text) {
        boundary[start] = true;
        let style = styled.style_at(start);
        let variant = Variant {
            bold: style.bold || para.variant.bold,
            // Emphasis in right-to-left text is coloured, not slanted, the Latin words in
            // it too, as the web page's `em` is.
            italic: (style.italic && !rtl) || para.variant.italic,
            mono: style.code || para.variant.mono,
        };
        let writing = writings[n];
        let chain = chains
            .entry((writing, variant))
            .or_insert_with(|| book.chain(writing, variant));
        let drawn = || grapheme.chars().filter(|c| !is_invisible(*c) && *c != '\n');
        if drawn().next().is_none() {
            // Bidi controls and line breaks: drawn by nobody, they stay in the piece
            // they sit in.
            let face = prev_face.unwrap_or(chain[0]);
            char_faces.extend(grapheme.chars().map(|_| face));
            n += grapheme.chars().count();
            continue;
        }
        let whole = chain
            .iter()
            .find(|f| drawn().all(|c| covers(**f, c)))
            .copied();
        let face = match whole {
            Some(face) => face,
            None => {
                // No face draws the whole grapheme: the first character that none draws
                // is missing; otherwise the face of its base draws it.
                let mut offset = start;
                for c in grapheme.chars() {
                    if !is_invisible(c) && !chain.iter().any(|f| covers(*f, c)) {
                        return Err(MissingGlyph { ch: c, offset });
                    }
                    offset += c.len_utf8();
                }
                let base = drawn().next().unwrap_or(' ');
                chain
                    .iter()
                    .find(|f| covers(**f, base))
                    .copied()
                    .unwrap_or(chain[0])
            }
        };
        if face != chain[0]
            && drawn()
                .next()
                .is_some_and(|c| is_arabic(c) && alphabetic(c))
        {
            fallen.push(n);
        }
        for c in grapheme.chars() {
            // A mark the grapheme's face lacks is drawn by the first face that has it.
            let own = if whole.is_some() || is_invisible(c) || covers(face, c) {
                face
            } else {
                chain
                    .iter()
                    .find(|f| covers(**f, c))
                    .copied()
                    .unwrap_or(face)
            };
            char_faces.push(own);
        }
        n += grapheme.chars().count();
        prev_face = Some(face);
    }

    crate::wholeword::keep_whole(text, &fallen, &mut char_faces, &mut covers);

    // Break opportunities, by byte position (a break *before* that byte), only between
    // graphemes.
    let mut allowed = vec![false; text.len() + 1];
    let mut mandatory = vec![false; text.len() + 1];
    for (pos, kind) in linebreaks(text) {
        match kind {
            BreakOpportunity::Mandatory => mandatory[pos] = true,
            BreakOpportunity::Allowed => allowed[pos] = boundary[pos],
        }
    }
    // A bracketed number (a footnote's reference, `[2]`, `[۵]`) stays with the word it
    // follows: no line starts with one.
    for (i, _) in text.match_indices('[') {
        let digits = text[i + 1..]
            .find(|c: char| !c.is_numeric())
            .filter(|&n| n > 0 && text[i + 1 + n..].starts_with(']'));
        if digits.is_some() && i > 0 && !text[..i].ends_with(char::is_whitespace) {
            allowed[i] = false;
        }
    }
    // A path's leading slash (`/research/flood-maps/2024`) stays with the name after it:
    // alone at a line's end it reads as nothing, and no extractor finds the path whole.
    for (i, _) in text.match_indices('/') {
        let leads = (text[..i].chars().next_back())
            .is_none_or(|c| c.is_whitespace() || "([\"'“‘«`".contains(c));
        if leads {
            allowed[i + 1] = false;
        }
    }
    // An address is not broken after its scheme: `https://` alone at a line's end reads
    // as nothing, and no extractor copies the two halves as one address.
    if text.contains("://") {
        for a in crate::syllables::addresses(text) {
            let scheme = text[a.clone()].find("://").filter(|&i| {
                i > 0
                    && text[a.start..a.start + i]
                        .bytes()
                        .all(|b| b.is_ascii_alphabetic())
            });
            if let Some(i) = scheme {
                allowed[a.start + 1..=a.start + i + 3].fill(false);
            }
        }
    }
    // A number keeps its unit on its line (`2,000 MW`, `۵۰۰ mg`, `38.5 °C`), and a
    // currency its amount (`Rs 9,775 billion`): split, one ends a line, or a page, and
    // the other starts the next.
    // Nor is a number parted from what its hyphen or dash joins it to (`63-A`, `۶۳-اے`,
    // `۵۰–۱۰۰ ml`), nor a hyphen from a part of one or two letters (`PML-N`).
    // Nor a chain of brackets (`3(2)(b)(iii)`), nor a telephone number (`+92 21 3455 1234`),
    // nor a unit divided by another (`µg/m³`), nor `p` from the `< 0.05` it is compared by.
    for at in ties::tied_words(text)
        .into_iter()
        .chain(ties::joined_by_hyphens(text))
        .chain(ties::chained_brackets(text))
        .chain(ties::telephone_groups(text))
        .chain(ties::divided_units(text))
    {
        allowed[at] = false;
    }

    // Pieces.
    let preserve = para.preserve_spaces;
    let kind_of = |c: char| match c {
        ' ' if !preserve => Kind::Space,
        '\n' => Kind::Newline,
        _ => Kind::Word,
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut text_layer = rtl;
    let mut before = '\n';
    for (n, (i, c)) in text.char_indices().enumerate() {
        if is_arabic(c) {
            text_layer = true;
        }
        let kind = kind_of(c);
        let mut level = levels[i].number();
        while tokens.next_if(|t| t.end <= i).is_some() {}
        if tokens.peek().is_some_and(|t| t.contains(&i)) && level <= base.number() + 1 {
            level = base.number() + 1;
        }
        let face = char_faces[n];
        let size = match writings[n] {
            Writing::Naskh => NASKH_SIZE,
            _ => 1.0,
        };
        let link = styled.style_at(i).link.clone();
        let continues = pieces.last().is_some_and(|p: &Piece| {
            p.range.end == i
                && p.kind == kind
                && p.size == size
                && kind != Kind::Newline
                && p.level == level
                && (p.face == face || kind == Kind::Space)
                && p.link == link
                && same_style(styled, p.range.start, i)
                && !allowed[i]
                && !mandatory[i]
                && !is_no_break_space(c)
                && !is_no_break_space(before)
        });
        before = c;
        if continues {
            if let Some(p) = pieces.last_mut() {
                p.range.end = i + c.len_utf8();
            }
        } else {
            pieces.push(Piece {
                range: i..i + c.len_utf8(),
                kind,
                level,
                face,
                link,
                break_after: BreakAfter::Never,
                size,
                strike: styled.style_at(i).strike,
                accent: rtl && styled.style_at(i).italic,
            });
        }
    }
    for p in &mut pieces {
        p.break_after =
            if p.kind == Kind::Newline || mandatory[p.range.end] && p.range.end < text.len() {
                BreakAfter::Mandatory
            } else if allowed[p.range.end] {
                BreakAfter::Allowed
            } else {
                BreakAfter::Never
            };
    }
    // A space followed by a break opportunity lets the line end before the space.
    if para.hyphenate && !rtl {
        pieces = crate::syllables::hyphenate(text, styled, pieces);
    }
    // Kept with the shaped paragraph for as long as it may be set again: hyphenation grew
    // the vector by doubling, up to twice what it holds.
    pieces.shrink_to_fit();
    Ok(Prepared {
        text: text.to_string(),
        rtl,
        pieces,
        text_layer,
    })
}

/// The text's graphemes with their byte offsets: what a reader takes for one character,
/// as Unicode's extended grapheme clusters (UAX #29) delimit them, for what text meets in
/// the scripts safha sets: a mark, joiner, variation selector, emoji modifier or tag stays
/// with what precedes it (also a space, GB9), a character after a prepended sign (the
/// Arabic number signs) with it (GB9b), a pictograph after a zero-width joiner with what
/// precedes the joiner (GB11), and regional indicators pair up into flags (GB12/13). No
/// cluster reaches over a line break or another control character (GB4/5). Faster than a
/// general segmenter, which matters: every paragraph of every edition goes through it.
fn graphemes(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, first) = chars.next()?;
        let mut prev = first;
        let mut flags = usize::from(is_regional_indicator(first));
        while let Some(&(_, c)) = chars.peek() {
            let joins = !(c.is_control() || prev.is_control())
                && (extends(c)
                    || matches!(prev as u32, 0x0600..=0x0605 | 0x06DD | 0x070F | 0x08E2)
                    || prev == '\u{200D}' && is_pictograph(c)
                    || is_regional_indicator(c) && is_regional_indicator(prev) && flags % 2 == 1);
            if !joins {
                break;
            }
            flags += usize::from(is_regional_indicator(c));
            prev = c;
            chars.next();
        }
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        Some((start, &text[start..end]))
    })
}

/// Grapheme_Cluster_Break Extend, ZWJ or SpacingMark: a character that belongs to the one
/// before it.
fn extends(c: char) -> bool {
    is_combining(c)
        || matches!(c as u32,
            0x200C | 0x200D | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F
            | 0xE0100..=0xE01EF)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c as u32, 0x1F1E6..=0x1F1FF)
}

/// A character of the emoji and pictograph blocks (Extended_Pictographic, near enough).
fn is_pictograph(c: char) -> bool {
    matches!(c as u32, 0x00A9 | 0x00AE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x2194..=0x21FF
        | 0x2300..=0x23FF | 0x2460..=0x27BF | 0x2900..=0x297F | 0x2B00..=0x2BFF | 0x3030
        | 0x303D | 0x3297 | 0x3299 | 0x1F000..=0x1FAFF)
}

/// The text with every control character but the line break turned into a space of the
/// same length in bytes (a tab left in a title, a carriage return), so that offsets still
/// point into the caller's text and nothing undrawable reaches the shaper; so are the
/// spaces no face has (the ideographic space of text typed with an East Asian keyboard,
/// which cost the PDF editions their article), as an em space.
fn drawable_text(text: &str) -> std::borrow::Cow<'_, str> {
    let wide_space = crate::chars::is_faceless_space;
    if !text
        .chars()
        .any(|c| c.is_control() && c != '\n' || wide_space(c))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let clean: String = text
        .chars()
        .map(|c| match c {
            '\n' => '\n',
            // Three bytes each, as the em space is.
            c if wide_space(c) => '\u{2003}',
            c if c.is_control() && c.len_utf8() == 1 => ' ',
            c if c.is_control() => '\u{00A0}',
            c => c,
        })
        .collect();
    std::borrow::Cow::Owned(clean)
}

/// For every character, the writing whose faces draw it: Naskh for quoted Arabic (see
/// [`crate::arabic::quotations`]); otherwise, letters have their own; a digit
/// follows the letters before it (as UAX #9 rule W7 does); a space or punctuation mark
/// between letters of one writing takes theirs, and anything else the paragraph's: so the
/// spaces of "Human Rights Commission" inside Urdu are Latin, those between Urdu words and
/// the brackets around the Latin phrase (where the two writings meet) Nastaliq, but a
/// space between an Urdu and a Latin word Latin.
fn writings(text: &str, default: Writing) -> Vec<Writing> {
    let mut out = letter_writings(text, default);
    // Quoted Arabic, its spaces and signs too, is Naskh's.
    for q in crate::arabic::quotations(text) {
        let first = text[..q.start].chars().count();
        let len = text[q].chars().count();
        for w in out.iter_mut().skip(first).take(len) {
            *w = Writing::Naskh;
        }
    }
    out
}

/// [`writings`] by the letters' scripts alone.
fn letter_writings(text: &str, default: Writing) -> Vec<Writing> {
    // Letters of one writing only, the paragraph's: everything takes its faces.
    let other = |c: char| (alphabetic(c) && is_arabic(c)) != (default == Writing::Nastaliq);
    if !text
        .chars()
        .any(|c| alphabetic(c) && !is_combining(c) && other(c))
    {
        return vec![default; text.chars().count()];
    }
    let strong: Vec<Option<Writing>> = text
        .chars()
        .map(|c| {
            // Harakat are alphabetic in Unicode, but a mark has no writing of its own.
            (alphabetic(c) && !is_combining(c)).then_some(if is_arabic(c) {
                Writing::Nastaliq
            } else {
                Writing::Latin
            })
        })
        .collect();
    let n = strong.len();
    let mut next = vec![None; n];
    let mut last = None;
    for i in (0..n).rev() {
        next[i] = last;
        if strong[i].is_some() {
            last = strong[i];
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut prev = None;
    for (i, c) in text.chars().enumerate() {
        let w = if let Some(w) = strong[i] {
            prev = Some(w);
            w
        } else if c.is_numeric() || prev.is_some() && prev == next[i] {
            prev.unwrap_or(default)
        } else if c == ' '
            && let (Some(Some(a)), Some(Some(b))) =
                (strong.get(i.wrapping_sub(1)), strong.get(i + 1))
            && a != b
        {
            // A space between a Latin and an Urdu word is Latin's: Nastaliq's own, made
            // for words whose letters overhang each other, is half as wide (Noto Nastaliq
            // Urdu 132 units, Noto Serif 260), and beside a Latin word it all but
            // vanished (`Quran.comپر`).
            Writing::Latin
        } else {
            default
        };
        out.push(w);
    }
    out
}

fn same_style(styled: &StyledText, a: usize, b: usize) -> bool {
    let (sa, sb): (&Style, &Style) = (styled.style_at(a), styled.style_at(b));
    sa == sb
}

/// The code spans of right-to-left text that hold no right-to-left letter: code reads left
/// to right whatever surrounds it (`*#06#` showed as `#06#*`), as the web page's
/// `<code dir="ltr">` shows it.
/// `text` with each span of [`ltr_code`] made neutral, byte for byte, for resolving the
/// levels of the text around it: code in right-to-left text is isolated, as the web
/// page's `<code dir="ltr">` is, so that to its neighbours each span counts as one neutral
/// (Unicode's rule for an isolate). Not isolated, `ENTER` ← `05` ← `LIb` ← `ENTER` in
/// Urdu was one left-to-right run, its arrows pointing against the reading. The spans'
/// own levels are raised as tokens' are.
fn isolate_code<'t>(text: &'t str, styled: &StyledText) -> std::borrow::Cow<'t, str> {
    let mut spans = ltr_code(styled).peekable();
    if spans.peek().is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for span in spans {
        if let Some(code) = bytes.get_mut(span) {
            code.fill(b'!');
        }
    }
    // Whole characters were replaced by ASCII, so the bytes are still UTF-8.
    std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_string()))
}

fn ltr_code(styled: &StyledText) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    (styled.spans.iter())
        .filter(|(range, style)| {
            style.code && !styled.text[range.clone()].chars().any(bidi::is_rtl_letter)
        })
        .map(|(range, _)| range.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_in_right_to_left_text_reads_left_to_right() {
        let book = FontBook::bundled();
        let styled = with_code(&[
            ("نمبر ", false),
            ("*#06#", true),
            (" ڈائل کریں اور ", false),
            ("نام", true),
        ]);
        let p = prepare(&book, &styled, &style("ur")).unwrap();
        let start = styled.text.find('*').unwrap();
        for at in start..start + "*#06#".len() {
            assert_eq!(level_at(&p, at), Some(2), "{at}: {:?}", p.pieces);
        }
        // Code in Urdu letters keeps the text's direction.
        assert_eq!(level_at(&p, styled.text.find("نام").unwrap()), Some(1));
    }

    #[test]
    fn code_spans_in_urdu_are_isolated_from_the_signs_between_them() {
        // A menu path in an inverter's manual: each span reads left to right, the arrows
        // between them with the Urdu, so the first span stands rightmost.
        let book = FontBook::bundled();
        let styled = with_code(&[
            ("مختصراً: ", false),
            ("ENTER", true),
            (" ← ", false),
            ("05", true),
            (" ← ", false),
            ("LIb", true),
            ("۔", false),
        ]);
        let p = prepare(&book, &styled, &style("ur")).unwrap();
        for arrow in styled.text.match_indices('←') {
            assert_eq!(level_at(&p, arrow.0), Some(1), "{:?}", p.pieces);
        }
        for code in ["ENTER", "05", "LIb"] {
            assert_eq!(
                level_at(&p, styled.text.find(code).unwrap()),
                Some(2),
                "{code}"
            );
        }
    }

    /// The bidi level of the piece holding byte `at`.
    fn level_at(p: &Prepared, at: usize) -> Option<u8> {
        (p.pieces.iter())
            .find(|x| x.range.contains(&at))
            .map(|x| x.level)
    }

    #[test]
    fn code_in_urdu_is_set_in_mono_slashes_and_all() {
        let book = FontBook::bundled();
        let styled = with_code(&[
            ("Windows پر یہ ", false),
            ("C:\\Users\\Ayesha\\Downloads\\", true),
            (" میں ملے گی اور ", false),
            ("~/Downloads/", true),
        ]);
        let p = prepare(&book, &styled, &style("ur")).unwrap();
        for path in ["C:\\Users\\Ayesha\\Downloads\\", "~/Downloads/"] {
            let start = styled.text.find(path).unwrap();
            for x in p
                .pieces
                .iter()
                .filter(|x| x.range.start >= start && x.range.end <= start + path.len())
            {
                assert_eq!(
                    book.get(x.face).face.family,
                    "Noto Sans Mono",
                    "{:?}",
                    &styled.text[x.range.clone()]
                );
            }
        }
    }

    /// Asserts that no line of `text` (in `lang`) may end at byte `at`.
    fn never_breaks_at(text: &str, lang: &str, at: usize) {
        let book = FontBook::bundled();
        let p = prepare(&book, &StyledText::plain(text), &style(lang)).unwrap();
        assert!(
            p.pieces
                .iter()
                .all(|x| x.range.end != at || x.break_after == BreakAfter::Never),
            "{text}: {:?}",
            p.pieces
        );
    }

    #[test]
    fn a_currency_keeps_its_amount() {
        for (text, lang, amount) in [
            ("the bill of Rs 9,775 billion", "en", "9,775"),
            ("انعام Rs 25,000 کا", "ur", "25,000"),
        ] {
            never_breaks_at(text, lang, text.find(amount).unwrap());
        }
    }

    #[test]
    fn a_number_and_its_hyphen_never_end_a_line() {
        for (text, lang, after) in [
            ("آرٹیکل ۶۳-اے کے تحت", "ur", "۶۳-"),
            ("Article 63-A of the", "en", "63-"),
            ("a 20-year-old law", "en", "20-"),
            ("کے بعد ۵۰–۱۰۰ ml پلائیں", "ur", "۵۰–"),
            ("pages 8–12 of", "en", "8–"),
            ("from 1,000–2,000 MW", "en", "1,000–"),
        ] {
            never_breaks_at(text, lang, text.find(after).unwrap() + after.len());
        }
        // A hyphen after a word still lets the line end.
        let book = FontBook::bundled();
        let text = "well-known";
        let p = prepare(&book, &StyledText::plain(text), &style("en")).unwrap();
        assert!(
            p.pieces
                .iter()
                .any(|x| x.range.end == 5 && x.break_after != BreakAfter::Never)
        );
    }

    #[test]
    fn a_bracketed_number_never_starts_a_line() {
        let book = FontBook::bundled();
        for (text, lang) in [("they were،[۵] then", "ur"), ("the end.[12] Then", "en")] {
            let p = prepare(&book, &StyledText::plain(text), &style(lang)).unwrap();
            let at = text.find('[').unwrap();
            assert!(
                p.pieces
                    .iter()
                    .all(|x| x.range.end != at || x.break_after != BreakAfter::Allowed),
                "{text}: {:?}",
                p.pieces
            );
        }
    }

    #[test]
    fn an_address_is_never_broken_after_its_scheme() {
        let book = FontBook::bundled();
        let text = StyledText::plain("see https://www.example.org/a/long/path now");
        let p = prepare(&book, &text, &style("en")).unwrap();
        let after_scheme = "see https://".len();
        assert!(
            p.pieces.iter().all(|x| x.range.end != after_scheme),
            "{:?}",
            p.pieces
        );
        // Later in the address it may be.
        assert!(
            p.pieces
                .iter()
                .any(|x| x.range.end > after_scheme && x.range.end < 36)
        );
    }

    #[test]
    fn a_path_keeps_its_leading_slash() {
        let book = FontBook::bundled();
        for lang in ["en", "ur"] {
            let text = StyledText::plain("under /research/flood-maps/2024 and (/etc/hosts)");
            let p = prepare(&book, &text, &style(lang)).unwrap();
            for after in [
                "under /".len(),
                "under /research/flood-maps/2024 and (/".len(),
            ] {
                assert!(
                    p.pieces.iter().all(|x| x.range.end != after),
                    "{lang}: {:?}",
                    p.pieces
                );
            }
            // Later in the path it may break.
            let later = "under /research/".len();
            assert!(
                p.pieces.iter().any(|x| x.range.end == later),
                "{:?}",
                p.pieces
            );
        }
    }

    #[test]
    fn addresses_are_found() {
        let text = "see https://example.org/because/everything for information";
        let at = |t: &str| -> Vec<(usize, usize)> {
            crate::syllables::addresses(t)
                .into_iter()
                .map(|r| (r.start, r.end))
                .collect()
        };
        assert_eq!(at(text), [(4, 42)]);
        assert_eq!(at("mail someone@everywhere.org"), [(5, 27)]);
        // A no-break space is white space of two bytes.
        assert_eq!(at("10\u{a0}kilometres a/b"), [(15, 18)]);
    }
    use crate::model::Align;

    /// Text of `parts`, each code (`true`) or not.
    fn with_code(parts: &[(&str, bool)]) -> StyledText {
        let mut styled = StyledText::default();
        for (text, code) in parts {
            let style = crate::model::Style {
                code: *code,
                ..Default::default()
            };
            styled.push(text, style);
        }
        styled
    }

    fn style(lang: &str) -> ParaStyle {
        ParaStyle {
            lang: lang.to_string(),
            rtl: lang == "ur",
            size: 12.0,
            align: Align::Justify,
            hyphenate: true,
            min_leading: 1.0,
            variant: Variant::default(),
            preserve_spaces: false,
        }
    }

    #[test]
    fn urdu_with_latin_and_digits() {
        let book = FontBook::bundled();
        let text = StyledText::plain("تحریکِ طالبان (TTP) نے 2014 میں");
        let p = prepare(&book, &text, &style("ur")).unwrap();
        assert!(p.rtl && p.text_layer);
        let words: Vec<(&str, u8, &str)> = p
            .pieces
            .iter()
            .filter(|x| x.kind == Kind::Word)
            .map(|x| {
                (
                    &text.text[x.range.clone()],
                    x.level,
                    book.get(x.face).face.family,
                )
            })
            .collect();
        assert_eq!(words[0], ("تحریکِ", 1, "Noto Nastaliq Urdu"));
        assert!(words.contains(&("TTP", 2, "Noto Serif")), "{words:?}");
        assert!(
            words.contains(&("2014", 2, "Noto Nastaliq Urdu")),
            "{words:?}"
        );
    }

    /// The bidi levels of the pieces that hold `needle` of `text`.
    fn levels_of(text: &StyledText, p: &Prepared, needle: &str) -> Vec<u8> {
        let at = text.text.find(needle).unwrap();
        p.pieces
            .iter()
            .filter(|x| x.range.start < at + needle.len() && x.range.end > at)
            .map(|x| x.level)
            .collect()
    }

    /// Unicode's algorithm alone sets `52°C` as `C°52` after an Urdu word (the digits
    /// become Arabic numbers, the sign between them and `C` right to left).
    #[test]
    fn latin_tokens_with_signs_read_left_to_right_in_urdu() {
        let book = FontBook::bundled();
        let text = StyledText::plain("درجۂ حرارت 52°C اور (°C) نیز 45° تھا");
        let p = prepare(&book, &text, &style("ur")).unwrap();
        let level_of = |needle: &str| levels_of(&text, &p, needle);
        assert!(level_of("52°C").iter().all(|l| *l == 2), "{:?}", p.pieces);
        assert!(level_of("°C)").first() == Some(&2), "{:?}", p.pieces);
        // A degree sign after a number alone keeps Unicode's reading.
        assert!(level_of("45°").contains(&1), "{:?}", p.pieces);
    }

    /// A number grouped with Arabic commas reads as one number, left to right: the comma
    /// is a right-to-left letter's between words, and `۲،۵۰۰` showed as `۵۰۰،۲`.
    #[test]
    fn numbers_grouped_with_arabic_commas_read_as_one() {
        let book = FontBook::bundled();
        let text = StyledText::plain("قیمت ۲،۵۰۰ روپے اور ۳،۴ نمبر");
        let p = prepare(&book, &text, &style("ur")).unwrap();
        let level_of = |needle: &str| levels_of(&text, &p, needle);
        assert!(level_of("۲،۵۰۰").iter().all(|l| *l == 2), "{:?}", p.pieces);
        // A list typed without spaces keeps its comma right to left.
        assert!(level_of("۳،۴").contains(&1), "{:?}", p.pieces);
    }

    /// An Urdu hashtag in English text is one right-to-left run, its `#` at its start
    /// (the right); a Latin one and a lone `#` keep the English level.
    #[test]
    fn urdu_hashtags_read_right_to_left_in_english() {
        let book = FontBook::bundled();
        let text = StyledText::plain("Use #FloodRelief and #سیلاب_متاثرین, room # 5");
        let p = prepare(&book, &text, &style("en")).unwrap();
        let level_at = |at: usize| {
            let piece = p.pieces.iter().find(|x| x.range.contains(&at));
            piece.map(|x| x.level)
        };
        let urdu = text.text.find("#سی").unwrap();
        assert_eq!(level_at(urdu), Some(1), "{:?}", p.pieces);
        assert_eq!(level_at(text.text.find("#F").unwrap()), Some(0));
        assert_eq!(level_at(text.text.rfind('#').unwrap()), Some(0));
    }

    #[test]
    fn a_number_keeps_its_unit() {
        let text = "passed 2,000 MW in 2023, ۵۰۰ mg، 38.5 °C; 3 of 4 and 10 kg.";
        let found: Vec<&str> = ties::tied_words(text)
            .into_iter()
            .map(|at| text[at..].split(' ').next().unwrap_or(""))
            .collect();
        assert_eq!(found, ["MW", "mg،", "°C;", "kg."]);
        let book = FontBook::bundled();
        let p = prepare(&book, &StyledText::plain(text), &style("en")).unwrap();
        let mw = text.find("MW").unwrap();
        let before = p.pieces.iter().find(|x| x.range.end == mw).unwrap();
        assert_eq!(before.break_after, BreakAfter::Never, "{:?}", p.pieces);
    }

    #[test]
    fn english_hyphenation_points() {
        let book = FontBook::bundled();
        let text = StyledText::plain("international relations");
        let p = prepare(&book, &text, &style("en")).unwrap();
        let hyphens = p
            .pieces
            .iter()
            .filter(|x| x.break_after == BreakAfter::Hyphen)
            .count();
        assert!(hyphens >= 3, "{:?}", p.pieces);
        // Names with a capital inside are not broken.
        let text = StyledText::plain("WhatsApp PlayStation McDonalds");
        let p = prepare(&book, &text, &style("en")).unwrap();
        assert!(
            p.pieces.iter().all(|x| x.break_after != BreakAfter::Hyphen),
            "{:?}",
            p.pieces
        );
        // A soft hyphen, where no dictionary would break (`WhatsApp`), ends a line with a
        // hyphen: `govern` alone at a line's end read as a word.
        let text = "What\u{AD}sApp govern\u{AD}ment";
        let p = prepare(&book, &StyledText::plain(text), &style("en")).unwrap();
        for head in ["What\u{AD}", "govern\u{AD}"] {
            let end = text.find(head).unwrap() + head.len();
            let piece = p.pieces.iter().find(|x| x.range.end == end).unwrap();
            assert_eq!(piece.break_after, BreakAfter::Hyphen, "{:?}", p.pieces);
        }
    }

    #[test]
    fn uncovered_character_is_reported() {
        let book = FontBook::bundled();
        let text = StyledText::plain("ok \u{4E2D} no");
        let err = prepare(&book, &text, &style("en")).err().unwrap();
        assert_eq!(
            err,
            MissingGlyph {
                ch: '\u{4E2D}',
                offset: 3
            }
        );
    }

    fn faces(book: &FontBook, p: &Prepared) -> Vec<(String, &'static str)> {
        p.pieces
            .iter()
            .filter(|x| x.kind != Kind::Newline)
            .map(|x| {
                (
                    p.text[x.range.clone()].to_string(),
                    book.get(x.face).face.family,
                )
            })
            .collect()
    }

    #[test]
    fn emoji_symbols_and_code_find_their_faces() {
        let book = FontBook::bundled();
        let mut text = StyledText::plain("sad \u{1F614} and \u{2192} ");
        text.push(
            "go build",
            Style {
                code: true,
                ..Style::default()
            },
        );
        let p = prepare(&book, &text, &style("en")).unwrap();
        let f = faces(&book, &p);
        assert!(f.contains(&("\u{1F614}".into(), "Noto Emoji")), "{f:?}");
        assert!(
            f.contains(&("\u{2192}".into(), "Noto Sans Symbols")),
            "{f:?}"
        );
        assert!(f.contains(&("build".into(), "Noto Sans Mono")), "{f:?}");
    }

    #[test]
    fn a_mark_after_a_space_stays_with_it_and_no_line_breaks_before_it() {
        let book = FontBook::bundled();
        let text = StyledText::plain("ابو بکر صدیق \u{0613} اسی");
        let p = prepare(&book, &text, &style("ur")).unwrap();
        let mark = p
            .pieces
            .iter()
            .position(|x| &p.text[x.range.clone()] == "\u{0613}")
            .expect("the mark is a piece of its own");
        let space = &p.pieces[mark - 1];
        assert_eq!(space.kind, Kind::Space);
        assert_eq!(space.break_after, BreakAfter::Never);
        assert_eq!(space.face, p.pieces[mark].face);
        assert_eq!(book.get(space.face).face.family, "Noto Nastaliq Urdu");
    }

    #[test]
    fn neutrals_between_latin_words_are_latin_and_between_urdu_words_nastaliq() {
        let book = FontBook::bundled();
        let text = StyledText::plain("رپورٹ (Human Rights Commission) کے مطابق، 2014 میں");
        let p = prepare(&book, &text, &style("ur")).unwrap();
        let f = faces(&book, &p);
        // Where the two writings meet (the brackets), the paragraph's face.
        for nastaliq in ["(", ")", "2014"] {
            assert!(
                f.iter()
                    .any(|(t, fam)| t == nastaliq && *fam == "Noto Nastaliq Urdu"),
                "{nastaliq}: {f:?}"
            );
        }
        // The spaces between two Latin words are Latin; between Urdu words, Nastaliq.
        let spaces: Vec<&str> = p
            .pieces
            .iter()
            .filter(|x| x.kind == Kind::Space)
            .map(|x| book.get(x.face).face.family)
            .collect();
        assert_eq!(&spaces[1..3], ["Noto Serif"; 2], "{spaces:?}");
        assert_eq!(*spaces.last().unwrap(), "Noto Nastaliq Urdu", "{spaces:?}");
        // A romanised phrase keeps its punctuation Latin.
        let text = StyledText::plain("اس نے کہا: Hum (bohat) khush hain, yaar! اور چلا گیا");
        let f = faces(&book, &prepare(&book, &text, &style("ur")).unwrap());
        for latin in ["(", ")", ","] {
            assert!(
                f.iter()
                    .any(|(t, fam)| t.contains(latin) && *fam == "Noto Serif"),
                "{latin}: {f:?}"
            );
        }
    }

    #[test]
    fn a_space_between_a_latin_and_an_urdu_word_is_latin() {
        let book = FontBook::bundled();
        let text = StyledText::plain("جب WhatsApp پر آیا، تو وہ Quran.com پر (ICTP) ہے");
        let p = prepare(&book, &text, &style("ur")).unwrap();
        let spaces: Vec<&str> = (p.pieces.iter())
            .filter(|x| x.kind == Kind::Space)
            .map(|x| book.get(x.face).face.family)
            .collect();
        // جب ␣ WhatsApp ␣ پر ␣ آیا، ␣ تو ␣ وہ ␣ Quran.com ␣ پر ␣ (ICTP) ␣ ہے: Nastaliq's
        // narrow space only between Urdu words, and beside a bracket.
        let serif = "Noto Serif";
        let nastaliq = "Noto Nastaliq Urdu";
        assert_eq!(
            spaces,
            [
                serif, serif, nastaliq, nastaliq, nastaliq, serif, serif, nastaliq, nastaliq
            ],
            "{spaces:?}"
        );
    }

    #[test]
    fn graphemes_agree_with_unicode_segmentation() {
        use unicode_segmentation::UnicodeSegmentation;
        for text in [
            "صدیق ؓ اور عمرؓ، مُحَمَّدٌ رَّسُوْلُ اللّٰهِ",
            "خوش\u{200C}قسمتی ک\u{200D} 1\u{FE0F}\u{20E3} ❤\u{FE0F} 👍🏽 🇵🇰🇳🇿 👨\u{200D}👩\u{200D}👧",
            "e\u{301}t\u{e9} \u{0600}۱۲۳ line\n\u{301}next \u{1F3F4}\u{E0067}\u{E0062}\u{E007F}",
            "plain ASCII text, with punctuation!",
        ] {
            let ours: Vec<(usize, &str)> = graphemes(text).collect();
            let reference: Vec<(usize, &str)> = text.grapheme_indices(true).collect();
            assert_eq!(ours, reference, "{text:?}");
        }
    }

    #[test]
    fn control_characters_become_spaces_of_the_same_length() {
        assert_eq!(drawable_text("a\tb\rc\nd"), "a b c\nd");
        assert_eq!(drawable_text("a\u{85}b").len(), "a\u{85}b".len());
        assert_eq!(drawable_text("اور\u{3000}لفظ"), "اور\u{2003}لفظ");
        let book = FontBook::bundled();
        let text = StyledText::plain("تیسرا\u{3000}لفظ and\u{3000}word");
        for lang in ["ur", "en"] {
            assert!(prepare(&book, &text, &style(lang)).is_ok(), "{lang}");
        }
    }
}

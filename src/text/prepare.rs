//! Step 1: bidi levels (UAX #9), a face for every character (by coverage), break
//! opportunities (UAX #14) and English syllables (hypher), cut into pieces that each have
//! one level, one face and one style, so each can be shaped on its own.

use rustc_hash::FxHashMap;
use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::font::{FaceId, FontBook, Variant, Writing};
use super::{MissingGlyph, ParaStyle, Style, StyledText, is_invisible};
use crate::l10n::Dir;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Space,
    /// A hard line break.
    Newline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakAfter {
    Never,
    /// A line may end after this piece (after a space piece: before the space, which
    /// disappears).
    Allowed,
    /// A line may end after this syllable, with a hyphen.
    Hyphen,
    Mandatory,
}

#[derive(Clone, Debug)]
pub struct Piece {
    pub range: Range<usize>,
    pub kind: Kind,
    pub level: u8,
    pub face: FaceId,
    pub link: Option<std::sync::Arc<str>>,
    pub break_after: BreakAfter,
}

impl Piece {
    pub fn rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

pub struct Prepared {
    pub text: String,
    pub rtl: bool,
    pub pieces: Vec<Piece>,
    /// Whether the paragraph's text must be carried by a text layer (right-to-left or
    /// Arabic script anywhere).
    pub text_layer: bool,
}

pub fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

fn is_mark(c: char) -> bool {
    crate::article::plain::is_mark(c)
}

/// `char::is_alphabetic`, fast for the Arabic block (see
/// [`alphabetic`](crate::article::plain::alphabetic)).
pub fn is_letter(c: char) -> bool {
    crate::article::plain::alphabetic(c)
}

pub fn prepare(
    book: &FontBook,
    styled: &StyledText,
    para: &ParaStyle,
) -> Result<Prepared, MissingGlyph> {
    let text = styled.text.as_str();
    let rtl = para.lang.dir() == Dir::Rtl;
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new_with_data_source(&super::bidi::Classes, text, Some(base));
    let default_writing = if rtl {
        Writing::Nastaliq
    } else {
        Writing::Latin
    };

    // A face for every character.
    let mut chains: FxHashMap<(Writing, Variant), Vec<FaceId>> = FxHashMap::default();
    let mut prev_face: Option<FaceId> = None;
    let mut char_faces: Vec<(usize, FaceId)> = Vec::new();
    for (i, c) in text.char_indices() {
        let style = styled.style_at(i);
        let variant = Variant {
            bold: style.bold || para.variant.bold,
            italic: style.italic || para.variant.italic,
        };
        // Letters pick the face of their script; digits, spaces and punctuation take the
        // paragraph's own, as HarfBuzz does when it shapes the paragraph with one font.
        let writing = if is_arabic(c) && is_letter(c) {
            Writing::Nastaliq
        } else if is_letter(c) {
            Writing::Latin
        } else {
            default_writing
        };
        let face = if (is_mark(c) || is_invisible(c) || c == '\n')
            && let Some(prev) = prev_face
            && (is_invisible(c) || c == '\n' || book.get(prev).covers(c))
        {
            prev
        } else {
            let chain = chains
                .entry((writing, variant))
                .or_insert_with(|| book.chain(writing, variant));
            match chain.iter().find(|f| book.get(**f).covers(c)) {
                Some(f) => *f,
                None if is_invisible(c) || c == '\n' => chain[0],
                None => return Err(MissingGlyph { ch: c, offset: i }),
            }
        };
        prev_face = Some(face);
        char_faces.push((i, face));
    }

    // Break opportunities, by byte position (a break *before* that byte).
    let mut allowed = vec![false; text.len() + 1];
    let mut mandatory = vec![false; text.len() + 1];
    for (pos, kind) in linebreaks(text) {
        match kind {
            BreakOpportunity::Mandatory => mandatory[pos] = true,
            BreakOpportunity::Allowed => allowed[pos] = true,
        }
    }

    // Pieces.
    let kind_of = |c: char| match c {
        ' ' | '\t' => Kind::Space,
        '\n' => Kind::Newline,
        _ => Kind::Word,
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut text_layer = rtl;
    for (n, (i, c)) in text.char_indices().enumerate() {
        if is_arabic(c) {
            text_layer = true;
        }
        let kind = kind_of(c);
        let level = bidi.levels[i].number();
        let face = char_faces[n].1;
        let link = styled.style_at(i).link.clone();
        let continues = pieces.last().is_some_and(|p: &Piece| {
            p.range.end == i
                && p.kind == kind
                && kind != Kind::Newline
                && p.level == level
                && (p.face == face || kind == Kind::Space)
                && p.link == link
                && same_style(styled, p.range.start, i)
                && !allowed[i]
                && !mandatory[i]
        });
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
        pieces = hyphenate(text, pieces);
    }
    Ok(Prepared {
        text: text.to_string(),
        rtl,
        pieces,
        text_layer,
    })
}

fn same_style(styled: &StyledText, a: usize, b: usize) -> bool {
    let (sa, sb): (&Style, &Style) = (styled.style_at(a), styled.style_at(b));
    sa == sb
}

/// Splits long English words into syllables a line may end after (with a hyphen).
fn hyphenate(text: &str, pieces: Vec<Piece>) -> Vec<Piece> {
    const MIN_WORD: usize = 6;
    let mut out = Vec::with_capacity(pieces.len());
    for p in pieces {
        let word = &text[p.range.clone()];
        let letters_end = word
            .char_indices()
            .find(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(word.len(), |(i, _)| i);
        if p.kind != Kind::Word || letters_end < MIN_WORD || p.rtl() || in_address(text, &p.range) {
            out.push(p);
            continue;
        }
        let syllables: Vec<&str> =
            hypher::hyphenate(&word[..letters_end], hypher::Lang::English).collect();
        if syllables.len() < 2 {
            out.push(p);
            continue;
        }
        let mut start = p.range.start;
        for (k, s) in syllables.iter().enumerate() {
            let last = k + 1 == syllables.len();
            let end = if last { p.range.end } else { start + s.len() };
            out.push(Piece {
                range: start..end,
                break_after: if last {
                    p.break_after
                } else {
                    BreakAfter::Hyphen
                },
                ..p.clone()
            });
            start = end;
        }
    }
    out
}

/// Whether `range` lies in a web or e-mail address (a space-free token with `/` or `@`),
/// where a hyphen would change what the reader types.
fn in_address(text: &str, range: &std::ops::Range<usize>) -> bool {
    let start = text[..range.start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1);
    let end = text[range.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| range.end + i);
    text[start..end].contains(['/', '@'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_not_hyphenated() {
        let text = "see https://example.org/because/everything for information";
        assert!(in_address(text, &(24..32)));
        assert!(!in_address(text, &(47..58)));
        assert!(in_address("mail someone@everywhere.org", &(5..27)));
    }
    use crate::l10n::Lang;
    use crate::text::Align;

    fn style(lang: &str) -> ParaStyle {
        ParaStyle {
            lang: Lang::parse(lang).unwrap(),
            size: 12.0,
            align: Align::Justify,
            hyphenate: true,
            min_leading: 1.0,
            variant: Variant::default(),
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
    }

    #[test]
    fn uncovered_character_is_reported() {
        let book = FontBook::bundled();
        let text = StyledText::plain("ok \u{1F600} no");
        let err = prepare(&book, &text, &style("en")).err().unwrap();
        assert_eq!(
            err,
            MissingGlyph {
                ch: '\u{1F600}',
                offset: 3
            }
        );
    }
}

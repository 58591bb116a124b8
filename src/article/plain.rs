//! Plain text of inline Markdown: for message ids, word counts and search, never for output.

use pulldown_cmark::{Event, Parser};

/// The text a reader sees, markup removed, line breaks as spaces.
pub fn plain_text(inline_markdown: &str) -> String {
    let mut out = String::with_capacity(inline_markdown.len());
    for event in Parser::new_ext(inline_markdown, super::markdown::options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Words as a reader counts them: runs of letters, marks and digits.
pub fn word_count(text: &str) -> usize {
    text.split(|c: char| !(alphanumeric(c) || is_mark(c) || c == '’' || c == '\''))
        .filter(|w| w.chars().any(alphanumeric))
        .count()
}

/// `char::is_alphanumeric`, with the Arabic block read from a table: it is most of an Urdu
/// text, and the standard library looks each of its letters up the slow way.
pub fn alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        n @ 0x0600..=0x06FF => arabic_block()[(n - 0x0600) as usize] & ALPHANUMERIC != 0,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphabetic`, with the Arabic block read from the same table.
pub fn alphabetic(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        n @ 0x0600..=0x06FF => arabic_block()[(n - 0x0600) as usize] & ALPHABETIC != 0,
        _ => c.is_alphabetic(),
    }
}

const ALPHABETIC: u8 = 1;
const ALPHANUMERIC: u8 = 2;

/// U+0600-06FF: each character's [`ALPHABETIC`] and [`ALPHANUMERIC`] bits.
fn arabic_block() -> &'static [u8; 256] {
    static TABLE: std::sync::LazyLock<[u8; 256]> = std::sync::LazyLock::new(|| {
        std::array::from_fn(|i| match char::from_u32(0x0600 + i as u32) {
            Some(c) => {
                (u8::from(c.is_alphabetic()) * ALPHABETIC)
                    | (u8::from(c.is_alphanumeric()) * ALPHANUMERIC)
            }
            None => 0,
        })
    });
    &TABLE
}

/// Combining marks (Arabic harakat, izafat, superscript alef) belong to the word they sit on.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED
        | 0x08D3..=0x08FF | 0x200C | 0x200D)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphanumeric_and_alphabetic_agree_with_the_standard_library() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
            assert_eq!(alphabetic(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn strips_markup() {
        assert_eq!(plain_text("A *b* [c](u) `d`\ne"), "A b c d e");
    }

    #[test]
    fn counts_urdu_words_with_marks() {
        assert_eq!(word_count("ضربِ عضب، 2014 میں۔"), 4);
        assert_eq!(word_count("It won’t be ‘this’"), 4);
    }
}

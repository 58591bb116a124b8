//! Characters the PDF editions cannot draw: reported by `check`, where the translator or
//! the editor typed them, before a build withholds a PDF edition over them.

use std::ops::Range;

use crate::diag::{Diagnostic, SourceFile};
use safha_text::FontBook;

/// At most this many occurrences are reported per file: a file pasted from another script
/// would otherwise bury everything else.
const MAX_PER_FILE: usize = 50;

/// Every character of `source.text[range]` that no face of `book` draws.
pub fn lints(book: &FontBook, source: &SourceFile, range: Range<usize>) -> Vec<Diagnostic> {
    let Some(text) = source.text.get(range.clone()) else {
        return Vec::new();
    };
    text.char_indices()
        .filter(|(_, c)| safha_text::chars::needs_face(*c) && !book.can_draw(*c))
        .take(MAX_PER_FILE)
        .map(|(i, c)| {
            let at = range.start + i;
            Diagnostic::error(
                "undrawable-character",
                format!(
                    "U+{:04X}{} {c:?} cannot be drawn by any of safha's fonts: the PDF \
                     editions showing it will not be made (the web pages will)",
                    c as u32,
                    unicode_names2::name(c).map_or_else(String::new, |n| format!(" {n}"))
                ),
            )
            .at(source, at..at + c.len_utf8())
            .with_label("no font has this character")
            .with_hint(
                "replace or remove it; safha's fonts cover Urdu, Arabic, Latin, Greek and \
                 Cyrillic text, emoji, symbols, arrows and mathematics",
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undrawable_characters_are_located_and_named() {
        let book = FontBook::bundled();
        let src = SourceFile::new("locales/ur/a.ftl", "a = ٹھیک 😀 → ✓\nb = 中文 ok\n");
        let d = lints(&book, &src, 0..src.text.len());
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].location().as_deref(), Some("locales/ur/a.ftl:2:5"));
        assert!(
            d[0].message.contains("U+4E2D CJK UNIFIED IDEOGRAPH-4E2D"),
            "{}",
            d[0].message
        );
    }
}

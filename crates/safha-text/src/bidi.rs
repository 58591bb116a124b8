//! Bidi classes with a table for the first 2,048 code points (Latin, punctuation, Arabic
//! and its marks), where nearly every character safha sets lives. unicode-bidi finds a
//! class by binary search over its ranges; the table is built once from the same data.

use std::sync::LazyLock;

use unicode_bidi::{BidiClass, BidiDataSource};

const TABLE_LEN: usize = 0x800;

static TABLE: LazyLock<[BidiClass; TABLE_LEN]> = LazyLock::new(|| {
    std::array::from_fn(|i| char::from_u32(i as u32).map_or(BidiClass::L, unicode_bidi::bidi_class))
});

/// The bidi class of `c`, as `unicode_bidi::bidi_class` gives it.
pub fn class(c: char) -> BidiClass {
    match TABLE.get(c as usize) {
        Some(class) => *class,
        None => unicode_bidi::bidi_class(c),
    }
}

/// The same classes as a data source for `BidiInfo`.
pub struct Classes;

impl BidiDataSource for Classes {
    fn bidi_class(&self, c: char) -> BidiClass {
        class(c)
    }
}

/// The tokens of right-to-left text written in Latin letters with digits or signs (`52°C`,
/// `5G`, `2–3°C`, the `°C` of `(°C)`): byte ranges each to be set as one left-to-right run,
/// as a reader expects them and as their author typed them. Unicode's algorithm reads
/// digits after Arabic letters as Arabic numbers and a sign beside them as right to left,
/// so `52°C` shows as `C°52` and `5G` as `G5` (browsers do the same).
///
/// A token is a run without white space, less the punctuation around it (brackets,
/// quotes, commas, full stops and dashes of either script), that holds a left-to-right
/// letter, a digit or sign, and no right-to-left letter nor bidi control. Emoji keep the
/// order of the text around them.
pub fn ltr_tokens(text: &str) -> Vec<std::ops::Range<usize>> {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    let edge = |c: char| {
        matches!(
            get_general_category(c),
            G::OpenPunctuation
                | G::ClosePunctuation
                | G::InitialPunctuation
                | G::FinalPunctuation
                | G::DashPunctuation
        ) || matches!(
            c,
            '.' | ',' | ':' | ';' | '!' | '?' | '"' | '\'' | '،' | '۔' | '؛' | '؟'
        )
    };
    let mut out = Vec::new();
    let mut rest = text;
    let mut at = 0;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        let len = rest[start..]
            .find(char::is_whitespace)
            .unwrap_or(rest.len() - start);
        let token = &rest[start..start + len];
        let core = token.trim_start_matches(edge);
        let lead = token.len() - core.len();
        let core = with_closers(core, core.trim_end_matches(edge));
        let (mut latin, mut other) = (false, false);
        let mut fit = true;
        for c in core.chars() {
            match class(c) {
                // Letters (not the regional indicators of a flag, which are L too).
                BidiClass::L if c.is_alphabetic() => latin = true,
                BidiClass::R
                | BidiClass::AL
                | BidiClass::LRE
                | BidiClass::LRO
                | BidiClass::RLE
                | BidiClass::RLO
                | BidiClass::PDF
                | BidiClass::LRI
                | BidiClass::RLI
                | BidiClass::FSI
                | BidiClass::PDI => fit = false,
                BidiClass::NSM | BidiClass::BN => {}
                _ => other = true,
            }
        }
        if fit && latin && other {
            let from = at + start + lead;
            out.push(from..from + core.len());
        }
        at += start + len;
        rest = &rest[start + len..];
    }
    out
}

/// `core` (a start of `token`) with the closing brackets after it that close brackets it
/// opened: `14(b)` keeps its `)`, where `(IMF)` loses both.
fn with_closers<'a>(token: &'a str, core: &'a str) -> &'a str {
    let mut end = core.len();
    for (open, close) in [('(', ')'), ('[', ']'), ('{', '}')] {
        let mut unclosed = core
            .matches(open)
            .count()
            .saturating_sub(core.matches(close).count());
        while unclosed > 0 && token[end..].starts_with(close) {
            end += close.len_utf8();
            unclosed -= 1;
        }
    }
    &token[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_tokens_with_digits_or_signs_are_found() {
        let text = "نے 52°C دکھایا، (°C) اور 5G۔ TTP 100 W ±10% “2–3°C” CO₂-x 🇵🇰👍 14(b)، (f(x))";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            ["52°C", "°C", "5G", "2–3°C", "CO₂-x", "14(b)", "f(x)"]
        );
        assert!(ltr_tokens("اردو ۲۰۲۴ میں 35°س").is_empty());
    }

    #[test]
    fn tokens_fall_on_character_boundaries_of_any_text() {
        let texts = [
            "",
            " \t\n ",
            "(((",
            "“5G”،",
            "\u{2066}52°C\u{2069} اور 52°C\u{202E}x",
            "e\u{301}5 ﷺ9x 🇵🇰5 \u{202E}9a",
            "ا۲b۔ ۔۔ (a1) [b2]: «c3»",
        ];
        for text in texts {
            for r in ltr_tokens(text) {
                assert!(r.start < r.end && r.end <= text.len(), "{text:?} {r:?}");
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                assert!(
                    !text[r.clone()].contains(char::is_whitespace),
                    "{text:?} {r:?}"
                );
            }
        }
        assert!(ltr_tokens("\u{2066}52°C\u{2069}").is_empty());
    }

    #[test]
    fn table_agrees_with_unicode_bidi() {
        // Every code point of the table, and a sample beyond it.
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(class(c), unicode_bidi::bidi_class(c), "U+{:04X}", c as u32);
        }
    }
}

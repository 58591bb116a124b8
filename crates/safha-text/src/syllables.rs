//! Where an English word may end a line with a hyphen: its syllables by the language's
//! dictionary (hypher), and where its author put a soft hyphen; never in code, a web or
//! e-mail address, a name with a capital inside, or right-to-left text.

use crate::model::StyledText;
use crate::pieces::{BreakAfter, Kind, Piece};

/// Splits long English words into syllables a line may end after (with a hyphen); never
/// code.
pub(crate) fn hyphenate(text: &str, styled: &StyledText, pieces: Vec<Piece>) -> Vec<Piece> {
    const MIN_WORD: usize = 6;
    let addresses = addresses(text);
    let mut out = Vec::with_capacity(pieces.len());
    for mut p in pieces {
        let word = &text[p.range.clone()];
        // A soft hyphen (a CMS's `&shy;`) is a syllable break its author chose: shown.
        if word.ends_with('\u{AD}') && p.break_after == BreakAfter::Allowed && !p.rtl() {
            p.break_after = BreakAfter::Hyphen;
        }
        let letters_end = word
            .char_indices()
            .find(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(word.len(), |(i, _)| i);
        let in_address = addresses
            .get(addresses.partition_point(|a| a.end <= p.range.start))
            .is_some_and(|a| a.start < p.range.end);
        // A capital after the first letter makes a name (WhatsApp, iPhone, McDonald):
        // English dictionaries do not hyphenate those, and "What-sApp" reads wrong.
        let camel = word[..letters_end]
            .chars()
            .skip(1)
            .any(|c| c.is_ascii_uppercase());
        if p.kind != Kind::Word
            || !(MIN_WORD..=MAX_WORD).contains(&letters_end)
            || p.rtl()
            || in_address
            || camel
            || styled.style_at(p.range.start).code
        {
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

/// Longer than any word of a dictionary: a hash, a run of letters pasted by mistake. It
/// gets emergency breaks, not syllables (see `overlong`).
pub(crate) const MAX_WORD: usize = 64;

/// The hyphenation dictionary for a BCP 47 tag's language, if there is one.
pub(crate) fn dictionary(lang: &str) -> Option<hypher::Lang> {
    let primary = lang.split(['-', '_']).next()?.to_ascii_lowercase();
    let code: [u8; 2] = primary.as_bytes().try_into().ok()?;
    hypher::Lang::from_iso(code)
}

/// The web and e-mail addresses of a text (space-free tokens with `/` or `@`), where a
/// hyphen would change what the reader types; in order.
pub(crate) fn addresses(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut address = false;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_whitespace() {
            if let Some(s) = start.take()
                && address
            {
                out.push(s..i);
            }
            address = false;
        } else {
            start.get_or_insert(i);
            address |= c == '/' || c == '@';
        }
    }
    out
}

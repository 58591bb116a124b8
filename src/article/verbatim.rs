//! Segments with nothing to translate: numbers, codes, addresses and punctuation (a table
//! column of figures, a cell holding `UTF-8` or a link to itself). They get no message;
//! every language shows them as written, its own digits in the numbers.

/// Whether `text` (inline Markdown) holds no word a translator would translate: once web
/// addresses, e-mail addresses, code spans and link destinations are set aside, no word of
/// two or more letters is left but acronyms in capitals, and no number made plural. So
/// "42", "12.5%", "PK-301", "NDMA", "v2.3", "—" and "<https://x.org>" are verbatim; "No",
/// "3rd", "1990s", "4s/6s" (a scorecard's fours and sixes) and any caseless script's
/// words are not.
pub fn nothing_to_translate(text: &str) -> bool {
    if time_of_day(text) {
        return false;
    }
    let mut rest = text;
    // The current run of letters: its length, and whether any is not a capital.
    let (mut run, mut cased) = (0, false);
    let mut after_digit = false;
    loop {
        // A word in capitals that is English, not an acronym: a little word of its
        // grammar, or one longer than acronyms are (a letterhead's "GOVERNMENT OF THE
        // PUNJAB", "EXCISE, TAXATION & NARCOTICS CONTROL DEPARTMENT").
        let word_ends = !rest.starts_with(char::is_alphabetic);
        if word_ends && run >= 2 && !cased {
            let end = text.len() - rest.len();
            let word = &text[end - letters_len(&text[..end], run)..end];
            if run >= CAPITAL_WORD || GRAMMAR.contains(&word) {
                return false;
            }
        }
        let Some(c) = rest.chars().next() else { break };
        // A number's plural is English to translate (`1990s`: ۱۹۹۰ کی دہائی).
        let next = rest[c.len_utf8()..].chars().next();
        if after_digit && c == 's' && !next.is_some_and(char::is_alphanumeric) {
            return false;
        }
        after_digit = c.is_ascii_digit();
        if let Some(skip) = aside(rest) {
            rest = &rest[skip..];
            (run, cased) = (0, false);
            continue;
        }
        if c.is_alphabetic() {
            run += 1;
            cased |= !c.is_uppercase();
            if run >= 2 && cased {
                return false;
            }
        } else {
            (run, cased) = (0, false);
        }
        rest = &rest[c.len_utf8()..];
    }
    true
}

/// Capital letters in a row from which a word is English, not an acronym (NADRA, PEMRA,
/// UNESCO and COMSATS are shorter; GOVERNMENT, TAXATION, NATIONAL are not).
const CAPITAL_WORD: usize = 8;

/// English's little words, which no acronym spells.
const GRAMMAR: &[&str] = &[
    "OF", "THE", "AND", "FOR", "TO", "IN", "ON", "AT", "BY", "WITH", "FROM", "IS", "ARE", "OR",
    "AN", "AS", "BE", "NOT", "THIS", "THAT", "WE", "YOU", "OUR", "YOUR",
];

/// The byte length of the last `letters` characters of `text`.
fn letters_len(text: &str, letters: usize) -> usize {
    text.chars().rev().take(letters).map(char::len_utf8).sum()
}

/// Whether `text` holds a time of day with its `a.m.` or `PM` (`5:05 p.m.`, `10:45 AM`,
/// `5PM`): words to translate (۵:۰۵ شام), though their letters stand alone or are
/// capitals like an acronym's.
fn time_of_day(text: &str) -> bool {
    let mut after_number = false;
    for token in text.split_whitespace() {
        let word = token
            .trim_end_matches([',', ';', ')', ']', '*', '_', '~'])
            .to_ascii_lowercase();
        let bare = word.trim_end_matches('.');
        let meridiem = ["am", "pm", "a.m", "p.m"]
            .iter()
            .find(|m| bare.ends_with(*m))
            .map(|m| &bare[..bare.len() - m.len()]);
        match meridiem {
            Some("") if after_number => return true,
            Some(before) if before.ends_with(|c: char| c.is_ascii_digit()) => return true,
            _ => {}
        }
        after_number = token.ends_with(|c: char| c.is_ascii_digit());
    }
    false
}

/// The length of what starts `text` and is set aside: a code span, a link's destination,
/// a web or e-mail address.
fn aside(text: &str) -> Option<usize> {
    if let Some(after) = text.strip_prefix('`') {
        return after.find('`').map(|i| i + 2);
    }
    if text.starts_with("](") {
        return text.find(')').map(|i| i + 1);
    }
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    let address = ["http://", "https://", "www.", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p));
    if address {
        return Some(token_len(text));
    }
    // An e-mail address: a token with an `@` between word characters and a dot after it.
    let token = &text[..token_len(text)];
    let email = token
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    (email && text.starts_with(|c: char| c.is_alphanumeric())).then_some(token.len())
}

fn token_len(text: &str) -> usize {
    text.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | ')' | ']'))
        .unwrap_or(text.len())
}

/// `text` with the ASCII digits of its numbers written in `digits`, emphasized or struck
/// through (`~~31-01-2025~~` beside its correction) too, and with Arabic-script digits the
/// decimal and thousands separators and per cent sign that go with them; digits inside
/// codes, addresses and words ("PK-301", "v2", "https://x.org/2024") stay as they are.
pub fn with_digits(text: &str, digits: &[char; 10]) -> String {
    if digits[0] == '0' {
        return text.to_string();
    }
    let arabic = matches!(digits[0], '\u{0660}' | '\u{06F0}');
    let mut out = String::with_capacity(text.len() * 2);
    for piece in text.split_inclusive(char::is_whitespace) {
        let token = piece.trim_end();
        let number = token.chars().any(|c| c.is_ascii_digit())
            && token
                .chars()
                .all(|c| c.is_ascii_digit() || ".,:/%+-−–()*_~".contains(c));
        if number {
            let chars: Vec<char> = piece.chars().collect();
            let digit_at = |k: Option<usize>| {
                k.and_then(|k| chars.get(k))
                    .is_some_and(|c| c.is_ascii_digit())
            };
            // A decimal point is its number's only dot (`1.5–3.5` has two numbers):
            // `31.01.2025` is a date and `3.2.1` a section, whose dots stay.
            let numeral = |c: &char| c.is_ascii_digit() || matches!(c, '.' | ',');
            let one_dot = |k: usize| {
                let start = chars[..k]
                    .iter()
                    .rposition(|c| !numeral(c))
                    .map_or(0, |p| p + 1);
                let end =
                    (chars[k..].iter().position(|c| !numeral(c))).map_or(chars.len(), |p| k + p);
                chars[start..end].iter().filter(|c| **c == '.').count() == 1
            };
            for (k, &c) in chars.iter().enumerate() {
                let between = digit_at(k.checked_sub(1)) && digit_at(Some(k + 1));
                // A thousands separator has a group of three digits after it, or two
                // before another separator (`12,34,567`); `1,2` is a list.
                let group = (1..=3).all(|d| digit_at(Some(k + d))) && !digit_at(Some(k + 4))
                    || (1..=2).all(|d| digit_at(Some(k + d))) && chars.get(k + 3) == Some(&',');
                out.push(match c {
                    _ if c.is_ascii_digit() => digits[c as usize - '0' as usize],
                    // Arabic-script digits take their own separators and per cent sign
                    // (`۱٬۲۳۴٫۵`, `۱۲٪`), as translators type them: `۱۸.۵` mixed scripts.
                    ',' if arabic && between && group => '\u{066C}',
                    '.' if arabic && between && one_dot(k) => '\u{066B}',
                    '%' if arabic && digit_at(k.checked_sub(1)) => '\u{066A}',
                    _ => c,
                });
            }
        } else {
            out.push_str(piece);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_codes_addresses_and_punctuation_are_verbatim() {
        for text in [
            "42",
            "1,234.5",
            "12.5%",
            "−3",
            "(2024)",
            "PK-301",
            "NDMA",
            "UTF-8",
            "v2.3",
            "—",
            "**7**",
            "<https://example.org/some/path>",
            "[https://example.org](https://example.org/a-long-path)",
            "info@ndma.gov.pk",
            "`cargo build --release`",
            "2024-09-01",
            "2s3",
            "5G",
            "10 m",
            "PM",
            "AM 5",
            "A",
            "✓",
            "NADRA, PEMRA",
            "UNESCO",
            "PML-N, PPP",
        ] {
            assert!(nothing_to_translate(text), "{text}");
        }
        for text in [
            "No",
            "Yes",
            "3rd",
            "Total",
            "see https://example.org",
            "[the report](https://example.org)",
            "نہیں",
            "km",
            "12 people",
            "1990s",
            "4s/6s",
            "the 20s",
            "5:05 p.m.",
            "10:45 AM",
            "(8 AM – 8 PM)",
            "5PM",
            // A cancelled paper's time, struck through.
            "~~2:00 PM~~",
            // A letterhead in capitals is English, not acronyms.
            "GOVERNMENT OF THE PUNJAB",
            "EXCISE, TAXATION & NARCOTICS CONTROL DEPARTMENT",
            "NOTIFICATION",
        ] {
            assert!(!nothing_to_translate(text), "{text}");
        }
    }

    #[test]
    fn any_text_is_judged_without_a_panic() {
        let pieces = [
            "`", "](", ")", "http://", "www.", "@", ".", "ب", "😀", " ", "A", "b", "7",
        ];
        let urdu = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
        for text in crate::generated::texts(0xD1B5_4A32_D192_ED03, &pieces, 5000, 12) {
            let _ = nothing_to_translate(&text);
            let _ = with_digits(&text, &urdu);
        }
    }

    #[test]
    fn only_numbers_take_the_languages_digits() {
        let urdu = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
        assert_eq!(with_digits("1,234.5", &urdu), "۱٬۲۳۴٫۵");
        assert_eq!(with_digits("12% (2024)", &urdu), "۱۲٪ (۲۰۲۴)");
        // A separator not between digits, a time's colon and a date's slash stay.
        assert_eq!(
            with_digits("(5.) 10:30 24/7 −18.5%", &urdu),
            "(۵.) ۱۰:۳۰ ۲۴/۷ −۱۸٫۵٪"
        );
        assert_eq!(with_digits("PK-301", &urdu), "PK-301");
        // A corrected date in a table: the struck one in the same digits.
        assert_eq!(
            with_digits("~~31-01-2025~~ 15-02-2025", &urdu),
            "~~۳۱-۰۱-۲۰۲۵~~ ۱۵-۰۲-۲۰۲۵"
        );
        assert_eq!(
            with_digits("<https://x.org/2024>", &urdu),
            "<https://x.org/2024>"
        );
        let ascii = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
        assert_eq!(with_digits("42", &ascii), "42");
    }
}

//! Facts a translation must carry over: every number of the English (in whatever digits
//! the translation writes it: 40 = ۴۰ = ٤٠), every web and e-mail address. A helpline
//! 1339 typed as 1393, or 40 % as 14 %, is a real mistake no other check sees.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::diag::{Diagnostic, SourceFile};

/// The value of `c` as a decimal digit, in ASCII, Arabic-Indic or Extended Arabic-Indic.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_u32('0' as u32 + (c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => char::from_u32('0' as u32 + (c as u32 - 0x06F0)),
        _ => None,
    }
}

/// Words that scale the number before them, as powers of ten, in the source language and
/// in Urdu: 1.2 million, ۱۲ لاکھ and 1.2 ملین are the same number, and so are Rs 8.2
/// trillion, 8.2 ٹریلین and ۸۲۰۰ ارب.
const SCALES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("lakh", 5),
    ("lakhs", 5),
    ("crore", 7),
    ("crores", 7),
    ("ہزار", 3),
    ("لاکھ", 5),
    ("کروڑ", 7),
    ("ملین", 6),
    ("ارب", 9),
    ("بلین", 9),
    ("کھرب", 11),
    ("ٹریلین", 12),
];

/// How news English abbreviates them, written lowercase straight after the digits
/// (`$3bn`, `Rs17.6tr`): apart or in capitals they are other words (5,000 tn of wheat,
/// 2019 TN).
const ABBREVIATIONS: &[(&str, u32)] = &[("mn", 6), ("bn", 9), ("tn", 12), ("tr", 12)];

/// Currency codes written straight before a number (`Rs50,000`, `PKR1.2bn`): there the
/// digits are an amount, not part of a name like `Covid19` or `A4`.
const CURRENCIES: &[&str] = &["rs", "pkr", "usd", "inr", "eur", "gbp", "aed"];

/// A number as millionths: 8.2 trillion is 8200000000000, where `8.2 * 1e12` in floating
/// point is 8199999999999.999. A number with more than six decimals, or too big for
/// `i128`, is not one (see [`Micros::parse`]).
#[derive(Clone, Copy, PartialEq)]
struct Micros(i128);

impl Micros {
    /// `int.frac` times ten to the `exp` (`None` if it does not fit).
    fn parse(int: &str, frac: &str, exp: u32) -> Option<Micros> {
        let mut mantissa: i128 = 0;
        for d in int.bytes().chain(frac.bytes()) {
            mantissa = mantissa
                .checked_mul(10)?
                .checked_add(i128::from(d - b'0'))?;
        }
        let shift = 6 + i64::from(exp) - frac.len() as i64;
        let ten = |n: i64| 10i128.checked_pow(u32::try_from(n).ok()?);
        if shift >= 0 {
            mantissa.checked_mul(ten(shift)?).map(Micros)
        } else {
            // Finer than a millionth: only exact values compare.
            let ten = ten(-shift)?;
            (mantissa % ten == 0).then(|| Micros(mantissa / ten))
        }
    }

    fn add(self, other: Micros) -> Option<Micros> {
        self.0.checked_add(other.0).map(Micros)
    }

    /// This number times ten to the `exp`.
    fn scaled(self, exp: u32) -> Option<Micros> {
        self.0.checked_mul(10i128.checked_pow(exp)?).map(Micros)
    }

    /// This number divided by ten to the `exp`, if that is exact in millionths.
    fn unscaled(self, exp: u32) -> Option<Micros> {
        let ten = 10i128.checked_pow(exp)?;
        (self.0 % ten == 0).then(|| Micros(self.0 / ten))
    }
}

impl std::fmt::Display for Micros {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (int, frac) = (self.0 / 1_000_000, self.0 % 1_000_000);
        if frac == 0 {
            write!(f, "{int}")
        } else {
            let frac = format!("{frac:06}");
            write!(f, "{int}.{}", frac.trim_end_matches('0'))
        }
    }
}

/// The numbers in `text`, in ASCII digits, thousands separators dropped (`1,339` and
/// `۱٬۳۳۹` are both 1339) and scale words applied (1.2 million = ۱۲ لاکھ = 1200000). An
/// English ordinal (`2nd`) or a digit's plural (`4s`) is a word, not a number to keep, and
/// so is the chapter of a `chapter:verse` reference (a translation often names the chapter
/// instead). A whole hour (`10:00`) is its hour: `۱۰ بجے` says all of it.
pub fn numbers(text: &str) -> Vec<String> {
    scan(text, true)
}

/// [`numbers`], with Urdu number words (`words`) or only numbers written in digits.
fn scan(text: &str, words: bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let is_digit = |k: usize| chars.get(k).copied().and_then(digit).is_some();
    let word_at = |k: usize| -> Option<(&str, u32)> {
        if !words || (k > 0 && chars[k - 1].is_alphabetic()) {
            return None;
        }
        WORDS.iter().copied().find(|(w, _)| {
            let n = w.chars().count();
            chars.len() >= k + n
                && chars[k..k + n].iter().copied().eq(w.chars())
                && !chars.get(k + n).is_some_and(|c| c.is_alphabetic())
        })
    };
    // (start, end, value, scale) of each number, its scale word included; a number that
    // is not [`Micros`] keeps its digits as written, unscaled.
    let mut items: Vec<(usize, usize, Result<Micros, String>, u32)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((w, v)) = word_at(i) {
            let j = i + w.chars().count();
            let (scale, end) = scale_after(&chars, j);
            let value = Micros::parse(&v.to_string(), "", scale).ok_or_else(|| v.to_string());
            items.push((i, end, value, scale));
            i = end;
            continue;
        }
        if !is_digit(i) {
            i += 1;
            continue;
        }
        // Digits inside a Latin word (Covid19, A4) are part of its name.
        if i > 0 && chars[i - 1].is_ascii_alphabetic() && !after_currency(&chars, i) {
            while is_digit(i) {
                i += 1;
            }
            continue;
        }
        let (mut int, mut frac) = (String::new(), None::<String>);
        let mut j = i;
        while j < chars.len() {
            if let Some(d) = digit(chars[j]) {
                frac.as_mut().unwrap_or(&mut int).push(d);
                j += 1;
            } else if matches!(chars[j], ',' | '٬' | '،')
                && (1..=3).all(|k| is_digit(j + k))
                && !is_digit(j + 4)
            {
                j += 1;
            } else if matches!(chars[j], '.' | '٫') && frac.is_none() && is_digit(j + 1) {
                frac = Some(String::new());
                j += 1;
            } else {
                break;
            }
        }
        let suffix: String = chars[j..].iter().take(2).collect::<String>().to_lowercase();
        let ordinal = ["st", "nd", "rd", "th"].contains(&suffix.as_str())
            && !chars.get(j + 2).is_some_and(|c| c.is_alphanumeric());
        // A digit made plural names what is counted (a scorecard's 4s and 6s: چوکے,
        // چھکے); a decade (1990s) stays a number.
        let ordinal = ordinal
            || (int.chars().count() == 1
                && frac.is_none()
                && chars.get(j) == Some(&'s')
                && !chars.get(j + 1).is_some_and(|c| c.is_alphanumeric()));
        let chapter = chars.get(j) == Some(&':') && is_digit(j + 1);
        let whole_hour = chapter
            && chars
                .get(j + 1..j + 3)
                .is_some_and(|m| m.iter().all(|&c| digit(c) == Some('0')))
            && !is_digit(j + 3);
        if whole_hour {
            let value = Micros::parse(&int, "", 0).ok_or_else(|| int.clone());
            items.push((i, j + 3, value, 0));
            i = j + 3;
        } else if !ordinal && !chapter {
            let (scale, end) = scale_after(&chars, j);
            let frac = frac.unwrap_or_default();
            let value = Micros::parse(&int, &frac, scale).ok_or_else(|| {
                let int = int.trim_start_matches('0');
                let int = if int.is_empty() { "0" } else { int };
                match frac.trim_end_matches('0') {
                    "" => int.to_string(),
                    frac => format!("{int}.{frac}"),
                }
            });
            items.push((i, end, value, scale));
            i = end;
        } else {
            i = j;
        }
    }
    // Urdu writes 420,000 as ۴ لاکھ ۲۰ ہزار: scaled parts in falling order add up. A
    // larger scale after them scales the whole: ۱۸ ہزار ۸۷۷ ارب is 18,877 ارب (18,877
    // billion), as newsrooms write budgets.
    let mut merged: Vec<(usize, usize, Result<Micros, String>, u32)> = Vec::new();
    for item in items {
        if let Some(last) = merged.last_mut()
            && last.3 > 0
            && item.3 > 0
            && last.3 != item.3
            && chars[last.1..item.0].iter().all(|c| c.is_whitespace())
            && let (Ok(a), Ok(b)) = (&last.2, &item.2)
            && let Some(whole) = if last.3 > item.3 {
                a.add(*b)
            } else {
                b.unscaled(item.3)
                    .and_then(|b| a.add(b))
                    .and_then(|sum| sum.scaled(item.3))
            }
        {
            last.1 = item.1;
            last.2 = Ok(whole);
            last.3 = item.3;
            continue;
        }
        merged.push(item);
    }
    merged
        .into_iter()
        .map(|(_, _, v, _)| v.map_or_else(|digits| digits, |v| v.to_string()))
        .collect()
}

/// Urdu number words, counted as the numbers they are (یکم جولائی is 1 July, دسویں
/// جماعت is Class 10).
const WORDS: &[(&str, u32)] = &[
    ("یکم", 1),
    ("ایک", 1),
    ("دو", 2),
    ("تین", 3),
    ("چار", 4),
    ("پانچ", 5),
    ("چھ", 6),
    ("سات", 7),
    ("آٹھ", 8),
    ("نو", 9),
    ("دس", 10),
    // Ordinals, which a translation writes for an English number used as one (`Class
    // 10`, دسویں جماعت); not the first two, whose forms also mean "before" and "other"
    // (پہلے, دوسرے), nor چھٹی, also "leave".
    ("تیسرا", 3),
    ("تیسری", 3),
    ("تیسرے", 3),
    ("چوتھا", 4),
    ("چوتھی", 4),
    ("چوتھے", 4),
    ("پانچواں", 5),
    ("پانچویں", 5),
    ("چھٹا", 6),
    ("چھٹے", 6),
    ("ساتواں", 7),
    ("ساتویں", 7),
    ("آٹھواں", 8),
    ("آٹھویں", 8),
    ("نواں", 9),
    ("نویں", 9),
    ("دسواں", 10),
    ("دسویں", 10),
];

/// Whether the letters straight before position `i` are a currency code ([`CURRENCIES`]).
fn after_currency(chars: &[char], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    let word: String = chars[start..i].iter().collect::<String>().to_lowercase();
    CURRENCIES.contains(&word.as_str())
}

/// The power of ten of the scale word after the number ending at `j` (0 if none), and
/// where the word ends.
fn scale_after(chars: &[char], j: usize) -> (u32, usize) {
    let start = j + chars[j..].iter().take_while(|c| c.is_whitespace()).count();
    let len = chars[start..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .count();
    let written: String = chars[start..start + len].iter().collect();
    let word = written.to_lowercase();
    let abbreviated = (start == j)
        .then(|| ABBREVIATIONS.iter().find(|(w, _)| *w == written))
        .flatten()
        .or_else(|| (start == j && written == "m" && millions(chars, j)).then_some(&("m", 6)));
    match SCALES.iter().find(|(w, _)| *w == word).or(abbreviated) {
        Some((_, scale)) if len > 0 => (*scale, start + len),
        _ => (0, j),
    }
}

/// Whether an `m` straight after the number ending at `j` is million, not metre: after
/// an amount of money (`$3.6m`, `Rs5m`) or a number with decimals (`512.6m shares`, which
/// a translation writes ۵۱ کروڑ ۲۶ لاکھ).
fn millions(chars: &[char], j: usize) -> bool {
    let start = chars[..j]
        .iter()
        .rposition(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',')))
        .map_or(0, |p| p + 1);
    let money =
        start > 0 && matches!(chars[start - 1], '$' | '£' | '€') || after_currency(chars, start);
    money || chars[start..j].contains(&'.')
}

/// The web and e-mail addresses in `text`.
pub fn addresses(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '"'))
        // Sentence punctuation after an address, Urdu's too (`…gov.pk؛ یا`).
        .map(|w| {
            w.trim_end_matches([
                '.', ',', ';', ':', '!', '?', '۔', '،', '؛', '؟', '*', '_', '”', '“', '’', '»',
            ])
        })
        .filter(|w| {
            w.starts_with("http://")
                || w.starts_with("https://")
                || (w.contains('@') && w.contains('.') && !w.starts_with('@') && !w.ends_with('@'))
        })
        .collect()
}

/// `text` with its footnote references (`[^label]`) blanked.
fn without_note_refs(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("[^") {
        return text.into();
    }
    let mut out = text.to_string();
    for label in crate::article::notes::labels(text) {
        out = out.replacen(&format!("[^{label}]"), " ", 1);
    }
    out.into()
}

/// Warnings for each number or address of `english` that the translation `translated`
/// (message `id`, its value at `span` in `file`) does not carry.
pub fn lints(
    file: &SourceFile,
    id: &str,
    span: Range<usize>,
    english: &str,
    translated: &str,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let count = |list: Vec<String>| {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for n in list {
            *m.entry(n).or_default() += 1;
        }
        m
    };
    // A footnote's label (`[^1]`) is no number of the text: a lost reference is the
    // markup check's to report.
    let (english, translated) = (&without_note_refs(english), &without_note_refs(translated));
    let (want, mut have) = (count(numbers(english)), count(numbers(translated)));
    // `۱۸۴،۱۸۵` is 184185 grouped by the Arabic comma, or articles 184 and 185 listed
    // without a space: a number either reading gives is carried.
    let listed = translated.match_indices('،').any(|(i, c)| {
        let digit = safha_text::chars::is_digit;
        translated[..i].ends_with(digit) && translated[i + c.len()..].starts_with(digit)
    });
    if listed {
        for (n, c) in count(numbers(&translated.replace('،', "، "))) {
            let h = have.entry(n).or_default();
            *h = (*h).max(c);
        }
    }
    // What the translation has instead, in digits (ایک is also the article "a").
    let digits_only = count(scan(translated, false));
    let extra: Vec<&String> = digits_only
        .iter()
        .filter(|(n, c)| want.get(*n).is_none_or(|w| w < c))
        .map(|(n, _)| n)
        .collect();
    for (n, c) in &want {
        if have.get(n).is_some_and(|h| h >= c) {
            continue;
        }
        let instead = if extra.is_empty() {
            String::new()
        } else {
            let list: Vec<&str> = extra.iter().map(|s| s.as_str()).collect();
            format!(" (it has {})", list.join(", "))
        };
        out.push(
            Diagnostic::warning(
                "number-missing",
                format!(
                    "`{id}`: the English has the number {n}, the translation does not{instead}"
                ),
            )
            .at(file, span.clone())
            .with_label(format!("no {n} here"))
            .with_hint(
                "write every number of the English, in Western or Urdu digits (40 or ۴۰); \
                 a number written out in words counts as missing",
            ),
        );
    }
    let have_addresses = addresses(translated);
    for a in addresses(english) {
        // A link's target is the markup check's: it reports a lost link as such.
        if !have_addresses.contains(&a) && !english.contains(&format!("]({a}")) {
            out.push(
                Diagnostic::warning(
                    "address-missing",
                    format!("`{id}`: the English has the address {a}, the translation does not"),
                )
                .at(file, span.clone())
                .with_label("address missing")
                .with_hint("copy the address exactly as the English writes it"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_any_digits() {
        assert_eq!(
            numbers("40 percent, helpline 1,339 and 3.5 km"),
            ["40", "1339", "3.5"]
        );
        assert_eq!(
            numbers("۴۰ فیصد، ہیلپ لائن ۱٬۳۳۹ اور ٣٫٥"),
            ["40", "1339", "3.5"]
        );
        // The Arabic comma groups thousands as Urdu is often typed; between a list's
        // numbers it is a comma.
        assert_eq!(numbers("۲،۵۰۰ روپے، ۳،۴ اور ۵"), ["2500", "3", "4", "5"]);
        assert_eq!(
            numbers("the 2nd round, 3rd time, 21st century"),
            Vec::<String>::new()
        );
        assert_eq!(numbers("4s/6s in the 1990s, 6 sixes"), ["1990", "6"]);
        assert_eq!(numbers("Taliban 2.0 in 2014, Covid19"), ["2", "2014"]);
        assert_eq!(numbers("over 1.2 million people"), ["1200000"]);
        assert_eq!(numbers("۱۲ لاکھ سے زائد افراد"), ["1200000"]);
        assert_eq!(numbers("۱۸ ہزار ۸۷۷ ارب روپے"), ["18877000000000"]);
        assert_eq!(numbers("(At-Tawbah 9:119) at 10:30"), ["119", "30"]);
        assert_eq!(numbers("10:00 am – 5:00 pm"), ["10", "5"]);
        assert_eq!(numbers("صبح ۱۰:۰۰ بجے، 10:005"), ["10", "5"]);
        assert_eq!(
            numbers("۴ لاکھ ۲۰ ہزار کیوسک، ۳ کروڑ ۳۰ لاکھ افراد"),
            ["420000", "33000000"]
        );
        assert_eq!(numbers("یکم جولائی، تین ارب ڈالر"), ["1", "3000000000"]);
        // Exact, where floating point gave 8199999999999.999 for 8.2 trillion.
        assert_eq!(
            numbers("Rs 8.2 trillion, Rs17.57tr, $3bn, $500mn, Rs50,000"),
            [
                "8200000000000",
                "17570000000000",
                "3000000000",
                "500000000",
                "50000"
            ]
        );
        assert_eq!(
            numbers("8.2 ٹریلین، ۸۲۰۰ ارب، 3 بلین، 500 ملین"),
            ["8200000000000", "8200000000000", "3000000000", "500000000"]
        );
        assert_eq!(numbers("0.0005 and 007"), ["0.0005", "7"]);
        // Not exact in millionths or i128: the digits as written, unscaled.
        let long = "123456789012345678901234567890123456789";
        assert_eq!(numbers(&format!("{long} trillion")), [long]);
        assert_eq!(
            numbers("33.6844202 and 33.6844209, 0.0000005"),
            ["33.6844202", "33.6844209", "0.0000005"]
        );
        // Abbreviations only lowercase and attached; tonnes and states stay numbers.
        assert_eq!(
            numbers("5,000 tn of wheat, in 2019 TN, 3 bn"),
            ["5000", "2019", "3"]
        );
        // A currency code only as a whole word before the digits.
        assert_eq!(
            numbers("Rs.50, PKR1.2bn, Mrs5, 1,000.5"),
            ["50", "1200000000", "1000.5"]
        );
    }

    #[test]
    fn what_a_translation_drops_is_named() {
        let file = SourceFile::new("a.ftl", "p = x\n");
        let run = |en: &str, ur: &str| -> Vec<String> {
            lints(&file, "p", 4..5, en, ur)
                .into_iter()
                .map(|d| d.message)
                .collect()
        };
        assert!(run("40 percent of 1,339 calls", "۱۳۳۹ کالوں میں سے ۴۰ فیصد").is_empty());
        // A dropped footnote reference is the markup check's, not a lost number.
        assert!(run("As reported.[^1] Then[^2]", "جیسا کہ بتایا گیا۔ پھر[^2]").is_empty());
        assert_eq!(
            run("40 percent", "14 فیصد"),
            ["`p`: the English has the number 40, the translation does not (it has 14)"]
        );
        assert_eq!(run("call 1339", "1393 پر کال کریں").len(), 1);
        assert!(run("open 10:00 am – 5:00 pm", "صبح ۱۰ بجے سے شام ۵ بجے تک").is_empty());
        assert!(run("He is now in Class 10.", "اب وہ دسویں جماعت میں ہے۔").is_empty());
        assert!(run("Rs 2,500", "۲،۵۰۰ روپے").is_empty());
        assert!(run("Articles 184 and 185", "آرٹیکل ۱۸۴،۱۸۵").is_empty());
        assert_eq!(run("in Class 10", "نویں جماعت میں").len(), 1);
        // Urdu's semicolon and question mark end an address as English's do.
        assert!(run("see https://x.gov.pk; or", "https://x.gov.pk؛ یا").is_empty());
        assert!(run("is it https://x.org/d?", "کیا یہ https://x.org/d؟").is_empty());
        assert!(run("Rs 17.57 trillion", "17.57 ٹریلین روپے").is_empty());
        assert!(run("Rs 2.55 trillion", "2,550 ارب روپے").is_empty());
        // A number half in words, its parts in rising scale.
        assert!(run("Rs 18,877 billion", "۱۸ ہزار ۸۷۷ ارب روپے").is_empty());
        // An `m` after money or decimals is million; after a whole number, a metre.
        assert!(run("Volume 512.6m shares", "حجم ۵۱ کروڑ ۲۶ لاکھ شیئرز").is_empty());
        assert!(
            run(
                "bought $3.6m, sold $112m",
                "۳۶ لاکھ ڈالر، ۱۱ کروڑ ۲۰ لاکھ ڈالر"
            )
            .is_empty()
        );
        assert!(run("a 100m sprint", "۱۰۰ میٹر کی دوڑ").is_empty());
        assert!(run("Rs 12,970 billion", "۱۲ ہزار ۹۷۰ ارب روپے").is_empty());
        assert_eq!(run("Rs 18,877 billion", "۱۸ ہزار ۸۷۸ ارب روپے").len(), 1);
        assert_eq!(
            run("in the 2nd round", "دوسرے دور میں"),
            Vec::<String>::new()
        );
        assert_eq!(
            run(
                "write to info@example.org or see https://example.org/a.",
                "https://example.org/a دیکھیں"
            ),
            ["`p`: the English has the address info@example.org, the translation does not"]
        );
    }
}

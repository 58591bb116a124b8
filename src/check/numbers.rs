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

/// Words that scale the number before them, in the source language and in Urdu: 1.2
/// million and ۱۲ لاکھ are the same number.
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("ہزار", 1e3),
    ("لاکھ", 1e5),
    ("کروڑ", 1e7),
    ("ارب", 1e9),
    ("کھرب", 1e11),
];

/// The numbers in `text`, in ASCII digits, thousands separators dropped (`1,339` and
/// `۱٬۳۳۹` are both 1339) and scale words applied (1.2 million = ۱۲ لاکھ = 1200000). An
/// English ordinal (`2nd`) is a word, not a number to keep, and so is the chapter of a
/// `chapter:verse` reference (a translation often names the chapter instead).
pub fn numbers(text: &str) -> Vec<String> {
    scan(text, true)
}

/// [`numbers`], with Urdu number words (`words`) or only numbers written in digits.
fn scan(text: &str, words: bool) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let is_digit = |k: usize| chars.get(k).copied().and_then(digit).is_some();
    let word_at = |k: usize| -> Option<(&str, f64)> {
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
    // (start, end, value, scale) of each number, its scale word included.
    let mut items: Vec<(usize, usize, f64, f64)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some((w, v)) = word_at(i) {
            let j = i + w.chars().count();
            let (scale, end) = scale_after(&chars, j);
            items.push((i, end, v * scale, scale));
            i = end;
            continue;
        }
        if !is_digit(i) {
            i += 1;
            continue;
        }
        // Digits inside a Latin word (Covid19, A4) are part of its name.
        if i > 0 && chars[i - 1].is_ascii_alphabetic() {
            while is_digit(i) {
                i += 1;
            }
            continue;
        }
        let mut n = String::new();
        let mut j = i;
        while j < chars.len() {
            if let Some(d) = digit(chars[j]) {
                n.push(d);
                j += 1;
            } else if matches!(chars[j], ',' | '٬')
                && (1..=3).all(|k| is_digit(j + k))
                && !is_digit(j + 4)
            {
                j += 1;
            } else if matches!(chars[j], '.' | '٫') && is_digit(j + 1) {
                n.push('.');
                j += 1;
            } else {
                break;
            }
        }
        let suffix: String = chars[j..].iter().take(2).collect::<String>().to_lowercase();
        let ordinal = ["st", "nd", "rd", "th"].contains(&suffix.as_str())
            && !chars.get(j + 2).is_some_and(|c| c.is_alphanumeric());
        let chapter = chars.get(j) == Some(&':') && is_digit(j + 1);
        if !ordinal && !chapter {
            let (scale, end) = scale_after(&chars, j);
            let v = n.parse::<f64>().unwrap_or(0.0);
            items.push((i, end, (v * scale * 1000.0).round() / 1000.0, scale));
            i = end;
        } else {
            i = j;
        }
    }
    // Urdu writes 420,000 as ۴ لاکھ ۲۰ ہزار: scaled parts in falling order add up.
    let mut merged: Vec<(usize, usize, f64, f64)> = Vec::new();
    for item in items {
        if let Some(last) = merged.last_mut()
            && last.3 > item.3
            && item.3 > 1.0
            && chars[last.1..item.0].iter().all(|c| c.is_whitespace())
        {
            last.1 = item.1;
            last.2 += item.2;
            last.3 = item.3;
            continue;
        }
        merged.push(item);
    }
    merged
        .into_iter()
        .map(|(_, _, v, _)| format!("{v}"))
        .collect()
}

/// Urdu number words, counted as the numbers they are (یکم جولائی is 1 July).
const WORDS: &[(&str, f64)] = &[
    ("یکم", 1.0),
    ("ایک", 1.0),
    ("دو", 2.0),
    ("تین", 3.0),
    ("چار", 4.0),
    ("پانچ", 5.0),
    ("چھ", 6.0),
    ("سات", 7.0),
    ("آٹھ", 8.0),
    ("نو", 9.0),
    ("دس", 10.0),
];

/// The scale word after the number ending at `j` (1 if none), and where it ends.
fn scale_after(chars: &[char], j: usize) -> (f64, usize) {
    let start = j + chars[j..].iter().take_while(|c| c.is_whitespace()).count();
    let len = chars[start..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .count();
    let word: String = chars[start..start + len]
        .iter()
        .collect::<String>()
        .to_lowercase();
    match SCALES.iter().find(|(w, _)| *w == word) {
        Some((_, scale)) if len > 0 => (*scale, start + len),
        _ => (1.0, j),
    }
}

/// The web and e-mail addresses in `text`.
pub fn addresses(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '"'))
        .map(|w| w.trim_end_matches(['.', ',', ';', ':', '!', '?', '۔', '،', '*', '_']))
        .filter(|w| {
            w.starts_with("http://")
                || w.starts_with("https://")
                || (w.contains('@') && w.contains('.') && !w.starts_with('@') && !w.ends_with('@'))
        })
        .collect()
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
    let (want, have) = (count(numbers(english)), count(numbers(translated)));
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
        assert_eq!(
            numbers("the 2nd round, 3rd time, 21st century"),
            Vec::<String>::new()
        );
        assert_eq!(numbers("Taliban 2.0 in 2014, Covid19"), ["2", "2014"]);
        assert_eq!(numbers("over 1.2 million people"), ["1200000"]);
        assert_eq!(numbers("۱۲ لاکھ سے زائد افراد"), ["1200000"]);
        assert_eq!(numbers("(At-Tawbah 9:119) at 10:30"), ["119", "30"]);
        assert_eq!(
            numbers("۴ لاکھ ۲۰ ہزار کیوسک، ۳ کروڑ ۳۰ لاکھ افراد"),
            ["420000", "33000000"]
        );
        assert_eq!(numbers("یکم جولائی، تین ارب ڈالر"), ["1", "3000000000"]);
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
        assert_eq!(
            run("40 percent", "14 فیصد"),
            ["`p`: the English has the number 40, the translation does not (it has 14)"]
        );
        assert_eq!(run("call 1339", "1393 پر کال کریں").len(), 1);
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

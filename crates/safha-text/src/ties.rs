//! Where a line may not end though Unicode's line-breaking rules allow it: a number and
//! its unit, a currency and its amount, a number and what its hyphen or dash joins it to,
//! a hyphen's part of one or two letters, a date, a chain of brackets, a telephone number.
//! The PDF's line breaker forbids these breaks ([`crate::prepare`]); the web pages keep
//! the same stretches on one line ([`unbreakable`]).

use std::ops::Range;

use crate::chars::is_invisible;

/// Units and symbols a number is set with (SI, energy, data, time of day, per cent).
const UNITS: &[&str] = &[
    "m", "km", "cm", "mm", "µm", "nm", "g", "kg", "mg", "µg", "t", "l", "L", "dL", "ml", "mL",
    "µL", "s", "ms", "h", "min", "W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh",
    "V", "kV", "A", "mA", "Hz", "kHz", "MHz", "GHz", "°C", "°F", "K", "Pa", "kPa", "hPa", "J",
    "kJ", "kcal", "KB", "MB", "GB", "TB", "ha", "am", "pm", "AM", "PM", "%", "‰", "N", "kN", "Nm",
    "N·m",
];

/// Signs of comparison, kept on the line of the symbol they follow.
const RELATIONS: &[&str] = &["<", ">", "=", "≤", "≥", "≠", "≈"];

/// Whether `word` is a unit (see [`UNITS`]), raised to a power (`m²`, `m⁻³`) or divided by
/// another (`µg/m³`, `km/h`, `mg/dL`).
fn is_unit(word: &str) -> bool {
    let single = |u: &str| {
        let base = u.trim_end_matches(|c: char| "⁰¹²³⁴⁵⁶⁷⁸⁹⁻".contains(c));
        UNITS.contains(&base)
    };
    match word.split_once('/') {
        Some((a, b)) => single(a) && single(b),
        None => single(word),
    }
}

/// Byte positions after the slash of a unit divided by another (`10 µg/m³`, `10⁻³ g/m³`,
/// `80 km/h`), where no line may break: `µg/` ending a line and `m³` starting the next
/// read as two strays (heldout12's study summary, in Urdu).
pub fn divided_units(text: &str) -> Vec<usize> {
    let ends = |c: char| c.is_whitespace() || ",;:)]،۔".contains(c);
    (text.match_indices('/'))
        .filter_map(|(i, _)| {
            let start = text[..i]
                .rfind(|c: char| ends(c) || c.is_numeric())
                .map_or(0, |k| {
                    k + text[k..].chars().next().map_or(1, char::len_utf8)
                });
            let end = text[i + 1..].find(ends).map_or(text.len(), |k| i + 1 + k);
            let end = if text[..end].ends_with('.') {
                end - 1
            } else {
                end
            };
            let unit = &text[start..end];
            (unit.len() > 1 && is_unit(unit)).then_some(i + 1)
        })
        .collect()
}

/// Words that count or scale the number before them, in the languages safha sets
/// (Urdu's thousand, lakh, crore, arab, kharab and per cent; English's per cent and
/// scales): `۶ لاکھ` split over two lines reads as six and then a new sentence, and `Rs
/// 2.1` ending a line an amount the next line's `million.` multiplies.
const NUMBER_WORDS: &[&str] = &[
    "ہزار", "لاکھ", "کروڑ", "ارب", "کھرب", "فیصد", "percent", "thousand", "lakh", "crore",
    "million", "billion", "trillion",
];

/// Spans of time counted by the number before them, in English and Urdu (`45 minutes`,
/// `30 منٹ`, `3 سال`): a line ending in `45` above `minutes` reads as a count of nothing.
/// And the half of the day or the o'clock after a time (`2:00 p.m.`, `10:30 بجے`).
const TIME_WORDS: &[&str] = &[
    "a.m",
    "p.m",
    "am",
    "pm",
    "AM",
    "PM",
    "بجے",
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "سیکنڈ",
    "منٹ",
    "گھنٹہ",
    "گھنٹے",
    "گھنٹوں",
    "دن",
    "دنوں",
    "ہفتہ",
    "ہفتے",
    "ہفتوں",
    "مہینہ",
    "مہینے",
    "مہینوں",
    "ماہ",
    "سال",
    "سالوں",
    "برس",
];

/// Currencies written before their amount, after which a line may not end.
const CURRENCIES: &[&str] = &[
    "Rs", "Rs.", "PKR", "INR", "USD", "US$", "EUR", "GBP", "AED", "SAR", "Tk", "Tk.", "Rp",
];

/// Signs and abbreviations that stand before a number and mean nothing without it, after
/// which a line may not end: a comparison or tolerance (`≥ 126 mg/dL`: `≥` ended a line of
/// a patient leaflet), a market's arrow (`▲ 402.18`), a number's or a page's abbreviation
/// (`No. 117`, `vol. 25, no. 4`, `pp. 332–340`, `§ 10`, Urdu's `نمبر ۱۱` and `ص ۴۵`), and
/// Urdu's words for a verse, page, section, clause and article of law (`آیت 1` turned
/// over to a line of its own as `1)`, `صفحہ ۴۵`, `دفعہ ۳`, `شق ۲`, `آرٹیکل 25-A`).
const BEFORE_NUMBER: &[&str] = &[
    "≥",
    "≤",
    "<",
    ">",
    "=",
    "≠",
    "±",
    "≈",
    "~",
    "×",
    "▲",
    "▼",
    "No.",
    "no.",
    "Vol.",
    "vol.",
    "p.",
    "pp.",
    "§",
    "№",
    "نمبر",
    "ص",
    "صفحہ",
    "آیت",
    "دفعہ",
    "شق",
    "آرٹیکل",
];

/// The months of the Gregorian calendar in English and Urdu: a date keeps its day, month
/// and year on one line (`7 May 2022`, `۷ مئی ۲۰۲۲ء`), as print style asks and search
/// needs (no extractor finds `مئی ۲۰۲۲ء` with a line's end between the two).
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
    // The Hijri calendar's, or the first word of those of two (`14 Muharram 1320 AH`,
    // `۱۷ ربیع الاول ۱۳۹۹ھ`).
    "Muharram",
    "Safar",
    "Rabiʿ",
    "Rabi'",
    "Rabi",
    "Jumada",
    "Jumadaʿ",
    "Rajab",
    "Shaʿban",
    "Sha'ban",
    "Shaban",
    "Ramadan",
    "Ramazan",
    "Shawwal",
    "Dhu",
    "Zul",
    "محرم",
    "صفر",
    "ربیع",
    "جمادی",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذوالقعدہ",
    "ذیقعد",
    "ذوالحجہ",
    "ذی",
];

/// The second words of the Hijri months named in two (see [`MONTHS`]): `Rabiʿ al-Awwal`,
/// `ربیع الاول`, `محرم الحرام`, `ذی الحجہ`. They keep with the first word and with a year
/// after them.
const MONTH_ENDS: &[&str] = &[
    "al-Awwal",
    "al-Thani",
    "al-Akhir",
    "al-Ula",
    "al-Akhirah",
    "al-Thaniya",
    "al-Qaʿdah",
    "al-Qa'dah",
    "al-Qadah",
    "al-Hijjah",
    "al-Haram",
    "الاول",
    "الثانی",
    "الآخر",
    "الاولیٰ",
    "الاخریٰ",
    "الثانیہ",
    "القعدہ",
    "الحجہ",
    "الحرام",
];

/// The starts of the words that may not begin a line after the word before them (spaces
/// between): a unit or number word (see [`UNITS`], [`NUMBER_WORDS`]) or a month (see
/// [`MONTHS`]) after a number, a hemisphere after degrees (`67.0011° E`), a number after a
/// currency (see [`CURRENCIES`]), a sign (see [`BEFORE_NUMBER`]) or a month; numbers in
/// any digits, signed or not.
pub fn tied_words(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut previous: Option<&str> = None;
    for typed in text.split_inclusive(char::is_whitespace) {
        // Direction marks an editor typed around a word (`\u{200F}Rs 500\u{200F}`, as
        // Urdu Wikipedia writes numbers) are no part of it.
        let word = typed.trim_start_matches(is_invisible);
        if let Some(before) = previous.filter(|w| w.ends_with(' ')) {
            let before = before.trim_end().trim_matches(is_invisible);
            let unit = word
                .trim_end()
                .trim_end_matches(is_invisible)
                .trim_end_matches([',', '.', ';', ':', ')', '،', '۔']);
            let unit_after_number = before.ends_with(char::is_numeric)
                && (is_unit(unit)
                    || NUMBER_WORDS.contains(&unit)
                    || TIME_WORDS.contains(&unit)
                    || MONTHS.contains(&unit));
            // The second word first: a word is rarely one, and the months are many.
            let month_named_in_two = MONTH_ENDS.contains(&unit) && MONTHS.contains(&before);
            // A bearing's hemisphere (`67.0011° E`).
            let hemisphere = before.ends_with(['°', '′', '″'])
                && before.starts_with(|c: char| c.is_numeric())
                && matches!(unit, "N" | "S" | "E" | "W");
            let number = word.starts_with(char::is_numeric)
                || word
                    .strip_prefix(['+', '-', '−'])
                    .is_some_and(|w| w.starts_with(char::is_numeric));
            // After an opening bracket too: `(ص ۴۹۸)`.
            let sign = before.trim_start_matches(['(', '[', '«', '"', '“', '”']);
            let amount_after_sign = number
                && (CURRENCIES.contains(&before)
                    || BEFORE_NUMBER.contains(&sign)
                    || MONTHS.contains(&sign)
                    || MONTH_ENDS.contains(&sign));
            // A comparison of a quantity's symbol with a number (`p < 0.05`, `β = 0.34`):
            // `p` alone ending a line reads as nothing.
            let rest = text[at + typed.len()..].trim_start_matches(['+', '-', '−']);
            let compared = RELATIONS.contains(&word.trim_end())
                && before.chars().count() <= 3
                && rest.starts_with(char::is_numeric);
            // A heading's own number (`7. Recommendations`, `۲۔ ہم نے کیا سنا`): a line
            // holding `7.` alone reads as a list item with nothing in it.
            let numbered = text[..at].trim_start_matches(is_invisible).trim() == before
                && is_enumerator(before);
            if unit_after_number
                || month_named_in_two
                || amount_after_sign
                || hemisphere
                || compared
                || numbered
            {
                out.push(at);
            }
        }
        previous = Some(word);
        at += typed.len();
    }
    out
}

/// Whether `word` numbers what follows it: digits of any script (`7.`, `2)`, `۱۔`).
fn is_enumerator(word: &str) -> bool {
    word.strip_suffix(['.', ')', '۔'])
        .is_some_and(|n| (1..=3).contains(&n.chars().count()) && n.chars().all(char::is_numeric))
}

/// The positions just after a hyphen or dash where a line may not end: after a number's
/// (`63-A`, `۶۳-اے`, `20-year-old`, `۵۰–۱۰۰`: `63-` at a line's end reads as the whole
/// number), and where a hyphen joins a part of one or two letters (`PML-N`, `MQM-P`,
/// `e-mail`: `PML-` ends a line as a word of its own). In Urdu, no Latin word is broken
/// at its hyphen: its halves would stand at opposite ends of two lines, the first at the
/// left end of one and the rest at the right end of the next (`(SIM-` … `swap)`).
pub fn joined_by_hyphens(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // Whether the text is Urdu (more Arabic-script letters than others), asked only of a
    // text with a hyphen between two Latin letters.
    let mut urdu = None;
    let mut is_urdu = || {
        *urdu.get_or_insert_with(|| {
            let (arabic, other) =
                (text.chars().filter(|c| c.is_alphabetic())).fold((0, 0), |(a, o), c| {
                    if crate::chars::is_arabic(c) {
                        (a + 1, o)
                    } else {
                        (a, o + 1)
                    }
                });
            arabic > other
        })
    };
    for (i, dash) in text.match_indices(['-', '\u{2010}', '\u{2013}']) {
        let word_before = (text[..i].rsplit(char::is_whitespace).next().unwrap_or(""))
            .trim_start_matches(is_invisible);
        // A number's, bracketed or not, a year's with its era (`(1936–1958)`, `1902ء–`,
        // `۱۳۲۰ھ–`).
        let figure = word_before
            .trim_start_matches(['(', '['])
            .strip_suffix(['ء', 'ھ'])
            .unwrap_or(word_before.trim_start_matches(['(', '[']));
        let number = figure.ends_with(char::is_numeric)
            && figure.chars().all(|c| c.is_numeric() || ",.٫٬".contains(c));
        let after = &text[i + dash.len()..];
        let part = |letters: &mut dyn Iterator<Item = char>| {
            let n = letters.take_while(|c| c.is_alphabetic()).count();
            (1..=2).contains(&n)
        };
        let latin = |c: char| c.is_alphabetic() && !crate::chars::is_arabic(c);
        let short = dash != "\u{2013}"
            && after.starts_with(char::is_alphabetic)
            && word_before.ends_with(char::is_alphabetic)
            && (part(&mut word_before.chars().rev())
                || part(&mut after.chars())
                || after.starts_with(latin) && word_before.ends_with(latin) && is_urdu());
        if number || short {
            out.push(i + dash.len());
        }
    }
    out
}

/// The positions of an opening bracket set directly after a closing one, where a line may
/// not end: a clause of an act (`3(2)(b)(iii)`, `۳(۲)(ب)`) or a run of references
/// (`[3][4]`) is one token, and broken after `3(2)` it was found by no extractor's search.
pub fn chained_brackets(text: &str) -> Vec<usize> {
    (text.match_indices(['(', '[']))
        .filter(|(i, _)| text[..*i].ends_with([')', ']']))
        .map(|(i, _)| i)
        .collect()
}

/// The telephone numbers of `text` typed in groups apart (`+92 21 3455 1234`, `0300
/// 1234567`, `(042) 111-222-333`), as byte ranges: a first group that dials out or an area
/// code (`+92`, `0300`, `(042)`), then groups of digits (hyphens inside allowed) one space
/// apart, seven digits or more in all. A reader dials the groups in the order typed, so
/// right-to-left text sets the number left to right ([`crate::bidi::ltr_tokens`]) and no
/// line ends inside it ([`telephone_groups`]). A year after a number (`2019 2020`) starts
/// with neither.
pub fn telephones(text: &str) -> Vec<Range<usize>> {
    // Asked of every paragraph, and few hold a `+` or a zero starting a word.
    let opens =
        |i: usize| (text[..i].chars().next_back()).is_none_or(|p| p.is_whitespace() || p == '(');
    if !(text.match_indices(['+', '0', '\u{0660}', '\u{06F0}'])).any(|(i, _)| opens(i)) {
        return Vec::new();
    }
    let is_digit = crate::chars::is_digit;
    let zero = |c: char| matches!(c, '0' | '\u{0660}' | '\u{06F0}');
    let digits = |s: &str| s.chars().filter(|c| is_digit(*c)).count();
    // An area code: `+` and 1–4 digits, or 0 and 2–4 more, bracketed or not.
    let area = |w: &str| {
        let w = w
            .strip_prefix('(')
            .and_then(|w| w.strip_suffix(')'))
            .unwrap_or(w);
        match w.strip_prefix('+') {
            Some(n) => (1..=4).contains(&n.chars().count()) && n.chars().all(is_digit),
            None => {
                w.starts_with(zero)
                    && (3..=5).contains(&w.chars().count())
                    && w.chars().all(is_digit)
            }
        }
    };
    let group = |w: &str| {
        w.starts_with(is_digit)
            && w.ends_with(is_digit)
            && w.chars().all(|c| is_digit(c) || c == '-')
            && !w.contains("--")
            && digits(w) >= 2
    };
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..text.len());
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let first = &text[words[k].clone()];
        // A bracket opened before the number and not closed by its area code is the
        // sentence's (`(0300 1234567)`).
        let outer = first.starts_with('(') && !first.contains(')');
        let from = words[k].start + usize::from(outer);
        if !area(&text[from..words[k].end]) {
            k += 1;
            continue;
        }
        let (mut end, mut count, mut j) = (words[k].end, digits(first), k + 1);
        while let Some(w) = words.get(j) {
            let gap = &text[words[j - 1].end..w.start];
            let core = text[w.clone()].trim_end_matches(|c: char| !is_digit(c));
            // After the last group, punctuation only (`1234567ext` is no group).
            let tail = &text[w.start + core.len()..w.end];
            if !matches!(gap, " " | "\u{A0}")
                || !group(core)
                || tail.contains(char::is_alphanumeric)
            {
                break;
            }
            end = w.start + core.len();
            count += digits(core);
            j += 1;
            if core.len() < w.len() {
                break;
            }
        }
        if j > k + 1 && count >= 7 {
            out.push(from..end);
            k = j;
        } else {
            k += 1;
        }
    }
    out
}

/// The starts of the groups of [`telephones`] after their first: a line may not begin
/// with one.
pub fn telephone_groups(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for number in telephones(text) {
        let inside = &text[number.clone()];
        out.extend(
            inside
                .match_indices([' ', '\u{A0}'])
                .map(|(i, sp)| number.start + i + sp.len()),
        );
    }
    out
}

/// The stretches of `text` that must stay on one line, sorted and apart: each from the
/// start of the word before a forbidden break to the end of the word after it, trailing
/// punctuation and all (`Rs 25,000`, `2,000 MW,`, `1,000–2,000`). Not a stretch that holds
/// a web or e-mail address (a hyphen in an Urdu line's address): kept whole, a long one
/// ran off a phone's screen, and the PDF cuts an address too long for its line anyway.
pub fn unbreakable(text: &str) -> Vec<Range<usize>> {
    let word_start = |at: usize| {
        text[..at]
            .trim_end()
            .rfind(char::is_whitespace)
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            })
    };
    let word_end = |at: usize| {
        text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| at + i)
    };
    let mut breaks = tied_words(text);
    breaks.extend(joined_by_hyphens(text));
    breaks.extend(chained_brackets(text));
    breaks.extend(telephone_groups(text));
    breaks.extend(divided_units(text));
    breaks.sort_unstable();
    let mut out: Vec<Range<usize>> = Vec::new();
    for at in breaks {
        let (start, end) = (word_start(at), word_end(at));
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    if !out.is_empty() {
        // Web and e-mail addresses, not every token with a slash (`No. 1234/2023`).
        let addresses: Vec<Range<usize>> = (crate::syllables::addresses(text).into_iter())
            .filter(|a| {
                let a = &text[a.clone()];
                a.contains("://") || a.contains('@') || a.starts_with("www.")
            })
            .collect();
        out.retain(|r| !addresses.iter().any(|a| a.start < r.end && r.start < a.end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        unbreakable(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn units_divided_and_comparisons_stay_on_one_line() {
        let text = "PM2.5 رہا، 10 µg/m³ کے حساب سے 10⁻³ g/m³، 80 km/h اور mg/dL۔";
        let after = |s: &str| text.find(s).unwrap() + s.len();
        let tied = divided_units(text);
        for unit in ["µg/", "g/", "km/", "mg/"] {
            let at = text.match_indices(unit).last().unwrap().0 + unit.len();
            assert!(tied.contains(&at), "{unit}: {tied:?}");
        }
        assert_eq!(tied.len(), 4, "{tied:?}");
        // Not a date, a fraction or a path.
        for other in ["No. 1234/2023", "1/2", "and/or", "/research/maps", "24/7"] {
            assert!(divided_units(other).is_empty(), "{other}");
        }
        // The number before the divided unit, and `p` before its comparison.
        let words = tied_words(text);
        assert!(words.contains(&(after("10 "))), "{words:?}");
        let p = "بہتری (p < 0.05) اور β = 0.34 رہی";
        let words = tied_words(p);
        assert!(words.contains(&(p.find("< ").unwrap())), "{words:?}");
        assert!(words.contains(&(p.find("= ").unwrap())), "{words:?}");
        // A comparison after a longer word may start a line.
        assert!(!tied_words("the value < 5").contains(&10));
        // A heading's number keeps with its first word; a number inside the text does not.
        for h in ["7. Recommendations", "۲۔ ہم نے"] {
            assert!(
                tied_words(h).contains(&h.find(' ').map(|i| i + 1).unwrap()),
                "{h}"
            );
        }
        assert!(!tied_words("In 2024. Then").contains(&9));
        // A force in newtons, the number written with a power of ten (`5 × 10²` | `N`).
        let f = "بوجھ 5 × 10² N کا";
        assert!(
            tied_words(f).contains(&f.find("N ").unwrap()),
            "{:?}",
            tied_words(f)
        );
    }

    #[test]
    fn telephone_numbers_typed_in_groups() {
        let text = "فون +92 21 3455 1234 یا (0300 1234567)، دفتر (042) 111-222-333۔ \
                    سال 2019 2020، ۰۳۰۰ ۱۲۳۴۵۶۷ اور 0 5 10، +92 300 اور 0300  1234567";
        let found: Vec<&str> = telephones(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "+92 21 3455 1234",
                "0300 1234567",
                "(042) 111-222-333",
                "۰۳۰۰ ۱۲۳۴۵۶۷"
            ]
        );
        // A last group with letters after it is none (`1234567ext`).
        let text2 = "فون 0300 1234567ext اور +92 300 1234567x";
        assert!(telephones(text2).is_empty(), "{:?}", telephones(text2));
        let at = text.find("3455").unwrap();
        assert!(telephone_groups(text).contains(&at));
        assert!(unbreakable("call +92 21 3455 1234.").contains(&(5..22)));
    }

    #[test]
    fn a_bearing_keeps_its_hemisphere() {
        assert_eq!(
            found("at 24.8607° N, 67.0011° E). Not 5 E or 45° East"),
            ["24.8607° N,", "67.0011° E)."]
        );
    }

    #[test]
    fn stretches_that_stay_on_one_line() {
        assert_eq!(
            found("paid Rs 25,000 for 2,000 MW, then ۵۰–۱۰۰ ml at 63-A and Rs 5 kg."),
            ["Rs 25,000", "2,000 MW,", "۵۰–۱۰۰ ml", "63-A", "Rs 5 kg."]
        );
        assert_eq!(
            found("PML-N اور MQM-P، e-mail to well-known long-term (PTI-backed)"),
            ["PML-N", "MQM-P،", "e-mail"]
        );
        assert_eq!(
            found("تقریباً ۶ لاکھ ۳۷ ہزار ووٹ، ۱۵ فیصد"),
            ["۶ لاکھ", "۳۷ ہزار", "۱۵ فیصد"]
        );
        // Spans of time, ranges of years in brackets and with their era, Hijri dates.
        assert_eq!(
            found("took 1 hour 45 minutes (1936–1958), ۳ سال اور ۳۰ منٹ (1902ء–1979ء)"),
            [
                "1 hour",
                "45 minutes",
                "(1936–1958),",
                "۳ سال",
                "۳۰ منٹ",
                "(1902ء–1979ء)"
            ]
        );
        assert_eq!(
            found("on 17 Rabiʿ al-Awwal 1399 AH, یعنی ۱۷ ربیع الاول ۱۳۹۹ھ کو"),
            ["17 Rabiʿ al-Awwal 1399", "۱۷ ربیع الاول ۱۳۹۹ھ"]
        );
        // A scale after an amount, a clock's half of the day or its o'clock.
        assert_eq!(
            found("Rs 2.1 million, at 2:00 p.m. and 9:00 AM, رات 10:30 بجے"),
            ["Rs 2.1 million,", "2:00 p.m.", "9:00 AM,", "10:30 بجے"]
        );
        // A time word after no number, and a number before another word, are free.
        assert!(found("for years the 2024 budget").is_empty());
        // In Urdu a Latin word keeps its hyphen's halves together; in English only a
        // short part does.
        assert_eq!(
            found("سم سواپ (SIM-swap) فراڈ میں مجرم کسی فرنچائز سے"),
            ["(SIM-swap)"]
        );
        assert!(found("In a SIM-swap fraud, a criminal").is_empty());
        // An address is none, even with a hyphen in Urdu; a number with a slash is
        // no address.
        assert_eq!(
            found(
                "لاہور کے پارکوں میں گڑھے (دیکھیے https://example.org/recharge-pits)۔ سم سواپ (SIM-swap) فراڈ"
            ),
            ["(SIM-swap)"]
        );
        assert_eq!(found("بینچ نے No. 1234/2023 خارج کی"), ["No. 1234/2023"]);
        // A date is one stretch; a month without a number is a word like any other.
        assert_eq!(
            found("on 7 May 2022, in May, from March 3. ۷ مئی ۲۰۲۲ء کو، مئی میں"),
            ["7 May 2022,", "March 3.", "۷ مئی ۲۰۲۲ء"]
        );
        // A clause of an act is one token (and stays with its section sign); brackets
        // apart are not.
        assert_eq!(
            found("دفعہ ۳(۲)(ب)(iii)، یا § 3(2)(b)(iii). See (a) (b) [3][4]"),
            ["دفعہ ۳(۲)(ب)(iii)،", "§ 3(2)(b)(iii).", "[3][4]"]
        );
        // Direction marks typed around a word do not hide it (Urdu Wikipedia's style).
        assert_eq!(
            found("ٹکٹ \u{200F}Rs 500\u{200F} کا، \u{200E}2,000 MW\u{200E} اور \u{200F}63-A"),
            [
                "\u{200F}Rs 500\u{200F}",
                "\u{200E}2,000 MW\u{200E}",
                "\u{200F}63-A"
            ]
        );
        // A sign or abbreviation keeps the number it stands before, and the number its
        // unit, divided or not.
        assert_eq!(
            found("Diabetes: ≥ 126 mg/dL, ± 2 units, KSE-30 ▲ 402.18 (+1.15%), ▼ −0.85"),
            ["≥ 126 mg/dL,", "± 2", "▲ 402.18", "▼ −0.85"]
        );
        assert_eq!(
            found("vol. 25, no. 4, pp. 332–340; No. ET/117, § 10(4)"),
            ["vol. 25,", "no. 4,", "pp. 332–340;", "§ 10(4)"]
        );
        assert_eq!(
            found("قدم نمبر 11 کے بعد، ص ۴۵ (ص ۴۹۸)"),
            ["نمبر 11", "ص ۴۵", "(ص ۴۹۸)"]
        );
        assert_eq!(
            found("(سورۃ العلق، آیت 1) اور آرٹیکل 25-A کی دفعہ ۳"),
            ["آیت 1)", "آرٹیکل 25-A", "دفعہ ۳"]
        );
        assert!(found("a > b and x = y, the no. of cases").is_empty());
        assert!(found("no numbers here - at all").is_empty());
        assert!(found("").is_empty());
    }
}

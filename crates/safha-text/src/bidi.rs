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

/// The classes a right-to-left paragraph is resolved with: Unicode's, except that the
/// Arabic comma (U+060C) is a right-to-left letter's, as Urdu uses it. Unicode makes it a
/// separator like `,`, so that between two Latin words it joins them: `BS، MBA، M.Phil`
/// showed as one left-to-right run, its last item read first.
pub struct RtlClasses;

impl BidiDataSource for RtlClasses {
    fn bidi_class(&self, c: char) -> BidiClass {
        if c == ARABIC_COMMA {
            BidiClass::AL
        } else {
            class(c)
        }
    }
}

const ARABIC_COMMA: char = '\u{060C}';

/// Whether `c` is a left-to-right letter (Latin, Greek, Cyrillic…), not a digit or sign.
fn is_ltr_letter(c: char) -> bool {
    c.is_alphabetic() && class(c) == BidiClass::L
}

/// Whether `c` is a right-to-left letter (Hebrew, Arabic, Thaana, Syriac, N'Ko…).
pub fn is_rtl_letter(c: char) -> bool {
    matches!(class(c), BidiClass::R | BidiClass::AL)
}

/// The tokens of right-to-left text written in Latin letters with digits or signs (`52°C`,
/// `5G`, `2–3°C`, the `°C` of `(°C)`), numbers with a vulgar fraction (`1½`) and signed
/// numbers in any digits (`+۷.۰`, `-3`): byte ranges each to be set as one left-to-right run,
/// as a reader expects them and as their author typed them. Unicode's algorithm reads
/// digits after Arabic letters as Arabic numbers and a sign beside them as right to left,
/// so `52°C` shows as `C°52` and `5G` as `G5` (browsers do the same).
///
/// A token is a run without white space, less the punctuation around it (brackets,
/// quotes, commas, full stops and dashes of either script), that holds a left-to-right
/// letter, a digit or sign, and no right-to-left letter nor bidi control. Emoji keep the
/// order of the text around them. So are numbers of three or more groups joined by
/// hyphens, or of two whose first starts with 0 or one of five digits or more: telephone
/// and account numbers (`041-9201234` showed as `9201234-041`), not ranges (`۲۰۲۳-۲۴`,
/// which reads right to left); and a number per a currency (`278.45/$`, shown `$/278.45`).
///
/// A telephone number typed in groups apart (`+92 21 3455 1234`, see
/// [`crate::ties::telephones`]) is one token: the algorithm sets its groups right to left.
/// So is a number grouped with Arabic commas (`۲،۵۰۰`, see [`comma_grouped`]).
///
/// A quotation in Latin letters is one token with its quotation marks (`"Bhai, … dua
/// karo."`): alone, the algorithm sets its final full stop and closing mark at its other
/// end, and an opening mark outside the Latin run that a title's closing mark and the
/// citation after it continue (`"Title"، Journal, vol. 1`).
pub fn ltr_tokens(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut quotes = latin_quotations(text);
    for phone in crate::ties::telephones(text) {
        if !quotes
            .iter()
            .any(|q| q.start < phone.end && phone.start < q.end)
        {
            quotes.push(phone);
        }
    }
    let mut out = words_ltr(text);
    take_in(&mut out, quotes);
    take_in(&mut out, all_latin_lines(text));
    out
}

/// Adds the ranges of `wider` to the sorted tokens `out`, in place of those they hold.
fn take_in(out: &mut Vec<std::ops::Range<usize>>, wider: Vec<std::ops::Range<usize>>) {
    if wider.is_empty() {
        return;
    }
    out.retain(|t| !wider.iter().any(|w| w.start <= t.start && t.end <= w.end));
    out.extend(wider);
    out.sort_by_key(|t| t.start);
}

/// The lines of `text` (less the white space at their ends) written in Latin letters,
/// with no right-to-left letter nor bidi control: a table cell of an Urdu edition that
/// names a version (`10 (64-bit)`, `13 Ventura`, `Chrome 110+، Firefox 115+`), the
/// attribution under an Arabic epigraph (`— Saʿdī Shīrāzī`), an English phrase left
/// untranslated. Read as the paragraph's, right to left, a number and its bracket, sign
/// or dash stood apart and reversed (`(64-bit) 10`, `+Chrome 110`, `Shīrāzī—`).
fn all_latin_lines(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let latin = line.chars().any(is_ltr_letter);
        let other = line.chars().any(|c| right_to_left_or_control(class(c)));
        if latin && !other {
            let start = at + line.len() - line.trim_start().len();
            out.push(start..at + line.trim_end().len());
        }
        at += line.len() + 1;
    }
    out
}

/// The hashtags and mentions in right-to-left letters of left-to-right text
/// (`#سیلاب_متاثرین`, `@صحافی`): byte ranges each to be set as one right-to-left run, its
/// sign at its start, on the right, as hashtags in Urdu show. Unicode's algorithm leaves
/// the sign to the left-to-right text before it, at the word's end. And the insides of
/// quotations in right-to-left letters that begin or end with a number ([`rtl_quotations`]).
pub fn rtl_tokens(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (i, c) in text.match_indices(['#', '@']) {
        let opens = text[..i]
            .chars()
            .next_back()
            .is_none_or(|p| p.is_whitespace() || "([«\"“".contains(p));
        let rest = &text[i + c.len()..];
        if !opens || !rest.starts_with(is_rtl_letter) {
            continue;
        }
        // Its letters, marks, digits, underscores and non-joiners.
        let len = rest
            .find(|c: char| {
                !(c.is_alphabetic() && is_rtl_letter(c)
                    || class(c) == BidiClass::NSM
                    || c.is_numeric()
                    || matches!(c, '_' | '\u{200C}'))
            })
            .unwrap_or(rest.len());
        out.push(i..i + c.len() + len);
    }
    take_in(&mut out, rtl_quotations(text));
    out
}

/// The quotations (from the opening mark to the closing one) of `text` of two words or
/// more that hold a Latin letter and no right-to-left letter nor bidi control, on one
/// line: between straight quotes, or between “ and ” (a quotation typed ”…“, as Urdu is,
/// stays as typed).
fn latin_quotations(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (marks, inner) in quoted(text) {
        let inside = &text[inner];
        let latin = inside.chars().any(is_ltr_letter);
        // One word is a word's token, if any (`“2–3°C”` is `2–3°C`).
        let fit = !inside.contains('\n')
            && inside.trim().contains(char::is_whitespace)
            && !inside.starts_with(char::is_whitespace)
            && !inside.chars().any(|c| right_to_left_or_control(class(c)));
        if latin && fit {
            out.push(marks);
        }
    }
    out
}

/// The insides of the quotations in right-to-left letters in left-to-right text that
/// begin or end with a number or sign (`"۱۲ ربیع الاول ۱۳۵۱ھ، مطابق جولائی ۱۹۳۲ء"`): the
/// algorithm gives a number after English the English direction, and the day stood at
/// the quotation's far left, apart from its month at the far right.
fn rtl_quotations(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (_, inner) in quoted(text) {
        let inside = &text[inner.clone()];
        let trimmed = inside.trim();
        let letter_ends = trimmed.chars().next().is_some_and(is_rtl_letter)
            && trimmed
                .chars()
                .rev()
                .find(|c| class(*c) != BidiClass::NSM)
                .is_some_and(is_rtl_letter);
        let fit = !inside.contains('\n')
            && inside.chars().any(is_rtl_letter)
            && !inside.chars().any(|c| {
                is_ltr_letter(c) || right_to_left_or_control(class(c)) && !is_rtl_letter(c)
            });
        if fit && !letter_ends {
            let start = inner.start + inside.len() - inside.trim_start().len();
            out.push(start..start + trimmed.len());
        }
    }
    out
}

/// The quotations of `text` in straight or curly double marks, each opening at a word's
/// start: the range with its marks, and the range inside them.
fn quoted(text: &str) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = text[at..].find(['"', '“']).map(|i| at + i) {
        let open = &text[i..];
        let close = if open.starts_with('"') { '"' } else { '”' };
        let after = i + open.chars().next().map_or(1, char::len_utf8);
        // An opening mark stands at a word's start.
        let opens = text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "([«".contains(c));
        let Some(len) = text[after..].find(close).filter(|_| opens) else {
            at = after;
            continue;
        };
        let end = after + len + close.len_utf8();
        out.push((i..end, after..after + len));
        at = end;
    }
    out
}

/// The tokens of [`ltr_tokens`] that are words (runs without white space).
fn words_ltr(text: &str) -> Vec<std::ops::Range<usize>> {
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
        let mut core = token.trim_start_matches(edge);
        let mut lead = token.len() - core.len();
        // A number's sign is part of it (`+7.0`, `-3`, `−۵`, `±2`), though a hyphen-minus
        // reads as a dash around a word: the algorithm alone sets the sign after the
        // digits (`۷.۰+`).
        if core.starts_with(char::is_numeric) && token[..lead].ends_with('-') {
            lead -= 1;
            core = &token[lead..];
        }
        let signed = core
            .strip_prefix(['-', '+', '−', '±'])
            .is_some_and(|n| n.starts_with(char::is_numeric));
        // An amount in rupees ends in `/-` (`2,500/-`, shown `-/2,500`).
        let rupees = core
            .strip_suffix("/-")
            .filter(|n| n.ends_with(char::is_numeric));
        let core = match rupees {
            Some(_) => core,
            None => with_closers(core, core.trim_end_matches(edge)),
        };
        // An issue's or a rank's number (`#1234`): after Arabic letters the algorithm
        // takes its digits for an Arabic number and leaves the sign after it (`1234#`).
        let numbered = core
            .strip_prefix('#')
            .is_some_and(|n| !n.is_empty() && n.chars().all(char::is_numeric));
        let whole = identifier(core) || comma_grouped(core) || numbered;
        let (mut latin, mut other) = (signed || rupees.is_some() || whole, signed);
        // A number with a bracketed part, typed as in English (`184(3)`, Article 184's
        // clause 3, shown `(3)184`).
        if core.starts_with(|c: char| c.is_ascii_digit()) && sub_clause(core) {
            latin = true;
        }
        // A number per a currency (`278.45/$`).
        if core.contains('/')
            && core
                .chars()
                .any(|c| get_general_category(c) == G::CurrencySymbol)
        {
            latin = true;
        }
        let mut fit = true;
        for c in core.chars() {
            match class(c) {
                // A vulgar fraction makes one number with the digits before it (`1½`,
                // which the algorithm alone shows as `½1`).
                _ if matches!(c, '\u{BC}'..='\u{BE}' | '\u{2150}'..='\u{215F}' | '\u{2189}') => {
                    latin = true;
                    other = true;
                }
                // A power's sign (`10⁻⁷`, shown `⁷⁻10`) or an ion's charge.
                _ if matches!(c, '\u{207A}'..='\u{207C}' | '\u{208A}'..='\u{208C}') => {
                    latin = true;
                    other = true;
                }
                // Letters (not the regional indicators of a flag, which are L too).
                BidiClass::L if c.is_alphabetic() => latin = true,
                class if right_to_left_or_control(class) => fit = false,
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

/// The ranges a web page isolates left to right in right-to-left text so that it shows
/// what the PDF sets: each of [`ltr_tokens`] widened to the whole left-to-right run
/// Unicode's algorithm makes around it. The text engine raises a token's own levels and
/// leaves its neighbours as the algorithm resolved them; an isolate instead turns into a
/// neutral for its neighbours, so isolating `C.P` alone in `C.P. No. 1234/2023` would send
/// `. No. 1234/2023` to the other side of it, and `63-A` alone would stand before
/// `Article`. Isolating the run the token sits in keeps the order both ways.
pub fn ltr_isolates(text: &str) -> Vec<std::ops::Range<usize>> {
    let tokens = ltr_tokens(text);
    // Most commas stand between Urdu words: only one beside something else can have a
    // Latin run to isolate (resolving the text's levels is the cost here).
    let commas = text.match_indices(ARABIC_COMMA).any(|(i, _)| {
        let before = text[..i].trim_end().chars().next_back();
        let after = text[i + ARABIC_COMMA.len_utf8()..]
            .trim_start()
            .chars()
            .next();
        [before, after]
            .into_iter()
            .flatten()
            .any(|c| !is_rtl_letter(c))
    });
    if tokens.is_empty() && !commas {
        return tokens;
    }
    let base = unicode_bidi::Level::rtl();
    let mut info = unicode_bidi::BidiInfo::new_with_data_source(&RtlClasses, text, Some(base));
    detach_numbers(text, &mut info.levels, base);
    let ltr = |i: usize| info.levels.get(i).is_some_and(|l| *l > base);
    // The left-to-right run around `token`, without the white space at its ends.
    let widen = |token: std::ops::Range<usize>| {
        let mut start = token.start;
        while let Some(c) = text[..start].chars().next_back() {
            if !ltr(start - c.len_utf8()) {
                break;
            }
            start -= c.len_utf8();
        }
        let mut end = token.end;
        while let Some(c) = text[end..].chars().next() {
            if !ltr(end) {
                break;
            }
            end += c.len_utf8();
        }
        let run = &text[start..end];
        start + (run.len() - run.trim_start().len())..end - (run.len() - run.trim_end().len())
    };
    let mut runs: Vec<std::ops::Range<usize>> = tokens.into_iter().map(widen).collect();
    // A run of Latin letters beside an Arabic comma is isolated too, so that a browser,
    // which reads the comma as a separator, orders a list of Latin items as safha does
    // ([`RtlClasses`]).
    for (comma, _) in text.match_indices(ARABIC_COMMA) {
        let before = text[..comma].trim_end();
        let after = comma + ARABIC_COMMA.len_utf8();
        let at = after + (text[after..].len() - text[after..].trim_start().len());
        let sides = [
            before
                .chars()
                .next_back()
                .map(|c| before.len() - c.len_utf8()..before.len()),
            text[at..].chars().next().map(|c| at..at + c.len_utf8()),
        ];
        for side in sides.into_iter().flatten().filter(|s| ltr(s.start)) {
            let run = widen(side);
            if text[run.clone()].chars().any(is_ltr_letter) {
                runs.push(run);
            }
        }
    }
    runs.sort_by_key(|r| r.start);
    let mut out: Vec<std::ops::Range<usize>> = Vec::with_capacity(runs.len());
    for run in runs {
        match out.last_mut() {
            Some(last) if last.end >= run.start => last.end = last.end.max(run.end),
            _ => out.push(run),
        }
    }
    out
}

/// Lowers to the paragraph's level `base` the colon and spaces between left-to-right text
/// and a number that belongs to the right-to-left words after it, so that the number
/// reads with them: in `MS/M.Phil: 16 سالہ تعلیم` Unicode's algorithm takes the digits
/// after Latin letters for left-to-right text (rule W7) and sets `MS/M.Phil: 16` as one
/// run, the 16 at its far end, away from سالہ. A number followed by more left-to-right
/// text (`KSE-100: 114,235.67 ▲`) stays with its label. `levels` are by byte, as
/// `unicode_bidi` gives them.
pub fn detach_numbers(text: &str, levels: &mut [unicode_bidi::Level], base: unicode_bidi::Level) {
    let above = |levels: &[unicode_bidi::Level], i: usize| levels.get(i).is_some_and(|l| *l > base);
    let mut from = 0;
    while let Some(colon) = text[from..].find(": ").map(|i| from + i) {
        from = colon + 1;
        let after = &text[colon + 1..];
        let start = colon + 1 + (after.len() - after.trim_start().len());
        let number = text[start..]
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.')))
            .unwrap_or(text.len() - start);
        let rest = &text[start + number..];
        let urdu_next =
            rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(is_rtl_letter);
        let label = colon > 0 && above(levels, colon - 1);
        if number > 0
            && text[start..].starts_with(|c: char| c.is_ascii_digit())
            && urdu_next
            && label
            && above(levels, start)
        {
            for level in &mut levels[colon..start] {
                *level = base;
            }
        }
    }
    detach_urdu_numbers(text, levels, base);
}

/// Lowers to `base` the spaces and signs between left-to-right text and a number in
/// Urdu's own digits that Urdu words follow: an Urdu writer's digits count with the Urdu
/// after them. Rule W7 gives them the Latin text's direction across any neutral, so
/// `v2.3.1 — ۲ جون ۲۰۲۵ء` was one run, `v2.3.1 — ۲`, and read right to left its day
/// came first, apart from its month.
fn detach_urdu_numbers(text: &str, levels: &mut [unicode_bidi::Level], base: unicode_bidi::Level) {
    let urdu_digit = |c: char| ('\u{06F0}'..='\u{06F9}').contains(&c);
    let above = |levels: &[unicode_bidi::Level], i: usize| levels.get(i).is_some_and(|l| *l > base);
    let mut from = 0;
    while let Some(start) = text[from..].find(urdu_digit).map(|i| from + i) {
        let len = text[start..]
            .find(|c: char| !(urdu_digit(c) || matches!(c, '\u{066B}' | '\u{066C}')))
            .unwrap_or(text.len() - start);
        from = start + len;
        let rest = &text[start + len..];
        let urdu_next =
            rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(is_rtl_letter);
        // The spaces and signs before the number, back to the text they follow.
        let before = &text[..start];
        let gap = before.len()
            - before
                .trim_end_matches(|c: char| {
                    c.is_whitespace()
                        || matches!(class(c), BidiClass::ON | BidiClass::CS | BidiClass::ES)
                })
                .len();
        let sep = start - gap..start;
        let spaced = text[sep.clone()].contains(char::is_whitespace);
        if urdu_next
            && spaced
            && sep.start > 0
            && above(levels, sep.start - 1)
            && above(levels, start)
        {
            for level in &mut levels[sep] {
                *level = base;
            }
        }
    }
}

/// Whether a character of bidi class `class` keeps a stretch from reading left to right
/// as one token: a right-to-left letter, or a bidi control the author placed.
fn right_to_left_or_control(class: BidiClass) -> bool {
    matches!(
        class,
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
            | BidiClass::PDI
    )
}

/// Whether `token` is a telephone or account number written in groups joined by hyphens:
/// three groups or more, or two whose first starts with 0 or one has five digits or more.
fn identifier(token: &str) -> bool {
    // Asked of every word of right-to-left text: most have no hyphen.
    if !token.contains(['-', '\u{2011}']) {
        return false;
    }
    let (mut count, mut long) = (0, false);
    for g in token.split(['-', '\u{2011}']) {
        if g.is_empty() || !g.chars().all(char::is_numeric) {
            return false;
        }
        long |= g.chars().count() >= 5;
        count += 1;
    }
    let first = token.split(['-', '\u{2011}']).next().unwrap_or("");
    count >= 3 || long || first.chars().count() >= 2 && first.starts_with(['0', '۰', '٠'])
}

/// Whether `token` is a number grouped with Arabic commas (`۲،۵۰۰`, `1،200`, `۱۲،۳۴،۵۶۷`),
/// as much Urdu is typed: groups of two or three digits, the last of three. The comma
/// between words is a right-to-left letter's here ([`RtlClasses`]), so such a number fell
/// apart into groups read right to left (`۵۰۰،۲`); a list typed without spaces (`۳،۴`)
/// keeps reading right to left.
fn comma_grouped(token: &str) -> bool {
    if !token.contains(ARABIC_COMMA) {
        return false;
    }
    let digit = crate::chars::is_digit;
    let groups: Vec<&str> = token.split(ARABIC_COMMA).collect();
    let len = |g: &str| g.chars().count();
    let (first, last) = (groups[0], groups[groups.len() - 1]);
    groups.iter().all(|g| !g.is_empty() && g.chars().all(digit))
        && len(first) <= 3
        && len(last) == 3
        && groups[1..groups.len() - 1]
            .iter()
            .all(|g| (2..=3).contains(&len(g)))
}

/// Whether `token` holds a bracketed part right after a digit (`184(3)`, `3(2)`).
fn sub_clause(token: &str) -> bool {
    token.ends_with(')')
        && token
            .char_indices()
            .any(|(i, c)| c == '(' && token[..i].ends_with(|d: char| d.is_ascii_digit()))
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
            [
                "52°C", "°C", "5G", "±10%", "2–3°C", "CO₂-x", "14(b)", "f(x)"
            ]
        );
        assert!(ltr_tokens("اردو ۲۰۲۴ میں 35°س").is_empty());
        let text = "تقریباً 1½ گھنٹہ اور 2¾ کلو";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["1½", "2¾"]);
        let text = "فرق +۷.۰ اور (-3) اور −۵، ±2 مگر ۲۰۲۳-۲۴ اور - ۵";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["+۷.۰", "-3", "−۵", "±2"]);
        // Telephone and account numbers read as typed; ranges do not.
        let text =
            "فون 041-9201234، اکاؤنٹ 01-1123456-702 اور ۰۸۰۰-۰۸۷۸۶ مگر ۲۰۲۴-۲۵ اور 1001-1300";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["041-9201234", "01-1123456-702", "۰۸۰۰-۰۸۷۸۶"]);
        // So are they typed in groups apart, as one token.
        let text = "فون +92 21 3455 1234 یا 0300 1234567 پر، سال 2019 2020 میں";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["+92 21 3455 1234", "0300 1234567"]);
        // A number grouped with Arabic commas is one token; a list typed without spaces
        // is none.
        let text = "قیمت ۲،۵۰۰ روپے، 1،200 ڈالر، ۱۲،۳۴،۵۶۷ افراد اور ۳،۴ اور ۵ نمبر";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["۲،۵۰۰", "1،200", "۱۲،۳۴،۵۶۷"]);
        // A first group of one digit is no area code, in Urdu digits too (two bytes each).
        assert!(ltr_tokens("اسکور ۰-۳ اور 0-3 رہا").is_empty());
        let text = "ڈالر Rs 278.45/$ پر، اور $112 بھی";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["278.45/$"]);
        // Rupees with their `/-`, a clause of an article, a power of ten with its sign.
        let text = "فیس Rs. 2,500/- ہے، آرٹیکل 184(3) اور ۱۸۴(۳) میں، 1 × 10⁻⁷ mol/L اور 10²³";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["2,500/-", "184(3)", "10⁻⁷", "mol/L"]);
        // An issue's number in brackets; a lone sign is none.
        let text = "کریش ہو جاتی تھی (#1234)۔ نمبر #۵ پر، اور # اکیلا";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["#1234", "#۵"]);
        // A text with no Urdu letter in it is one token, as typed.
        for text in ["10 (64-bit)", " Chrome 110+، Firefox 115+ ", "13 Ventura"] {
            let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(found, [text.trim()]);
        }
        assert!(ltr_tokens("۲۰۲۳-۲۴").is_empty());
        // So is such a line under Arabic.
        let text = "كَشَفَ الدُّجٰى بِجَمَالِهٖ\n— Saʿdī Shīrāzī";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["— Saʿdī Shīrāzī"]);
    }

    /// A quotation in Latin letters inside Urdu is one token, marks and all; one in Urdu,
    /// one typed with Urdu's reversed marks, or a lone mark, is not.
    #[test]
    fn latin_quotations_are_tokens() {
        let text = "اس نے لکھا: \"Bhai, paani sar se guzar gaya hai, bas dua karo.\" بس۔ \
                    عنوان “Diabetes and Ramadan 2021”، جلد ۱۸۵، اور ”Urdu style“ اور \"اردو\" \
                    اور 5\" اسکرین";
        let found: Vec<&str> = ltr_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "\"Bhai, paani sar se guzar gaya hai, bas dua karo.\"",
                "“Diabetes and Ramadan 2021”",
            ]
        );
    }

    #[test]
    fn isolates_hold_the_whole_left_to_right_run_of_a_token() {
        let cases = [
            (
                "بینچ نے C.P. No. 1234/2023 خارج کر دی",
                vec!["C.P. No. 1234/2023"],
            ),
            ("کے تحت Article 63-A، اور", vec!["Article 63-A"]),
            ("گرمی 52°C تک اور 5G۔", vec!["52°C", "5G"]),
            ("(C.P. No. 1234/2023) اور", vec!["C.P. No. 1234/2023"]),
            ("شق 2(1)(b) کے تحت", vec!["2(1)(b)"]),
            ("اردو ۲۰۲۴ میں TTP", vec![]),
            ("کی شق (1)(b) کے تحت", vec!["1)(b"]),
        ];
        for (text, expected) in cases {
            let found: Vec<&str> = ltr_isolates(text).into_iter().map(|r| &text[r]).collect();
            assert_eq!(found, expected, "{text}");
        }
        // Every token lies inside an isolate, and isolates never overlap.
        let text = "نے 52°C دکھایا، (°C) اور 5G 4G۔ TTP 100 W ±10% “2–3°C” CO₂-x 14(b)، (f(x))";
        let isolates = ltr_isolates(text);
        for t in ltr_tokens(text) {
            assert!(
                isolates
                    .iter()
                    .any(|r| r.start <= t.start && t.end <= r.end),
                "{t:?}"
            );
        }
        assert!(isolates.windows(2).all(|w| w[0].end < w[1].start));
    }

    /// Latin items in a list written with the Arabic comma each stand on their own, so
    /// that the list reads right to left, its first item first.
    #[test]
    fn latin_items_between_arabic_commas_are_isolated_one_by_one() {
        let text = "پروگرام: BS، MBA (Exec.)، M.Phil اور Ph.D، سب";
        let found: Vec<&str> = ltr_isolates(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["BS", "MBA (Exec.)", "M.Phil", "Ph.D"]);
        // Unicode's own classes join them into one run; the paragraph's do not.
        let levels = |data: &dyn Fn(&str) -> unicode_bidi::BidiInfo<'_>| {
            let info = data("BS، MS");
            info.levels[..2] == info.levels[info.levels.len() - 2..] && info.levels[2].is_ltr()
        };
        let rtl = Some(unicode_bidi::Level::rtl());
        assert!(levels(&|t| unicode_bidi::BidiInfo::new_with_data_source(
            &Classes, t, rtl
        )));
        assert!(!levels(&|t| unicode_bidi::BidiInfo::new_with_data_source(
            &RtlClasses,
            t,
            rtl
        )));
    }

    /// A number after a Latin label reads with the Urdu words it counts; one followed by
    /// more Latin stays with its label.
    #[test]
    fn a_number_counting_urdu_words_is_no_part_of_the_latin_label_before_it() {
        let text = "MS/M.Phil: 16 سالہ تعلیم، اور KSE-100: 114,235.67 ▲ پر";
        let found: Vec<&str> = ltr_isolates(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["MS/M.Phil", "KSE-100: 114,235.67"]);
    }

    #[test]
    fn a_number_in_urdu_digits_after_latin_text_reads_with_the_urdu_after_it() {
        // Western digits stay with the Latin text (`iOS 18.2`, a token of its own here).
        let text = "v2.3.1 — ۲ جون ۲۰۲۵ء، اور iOS 18.2 پر، Android ۱۰ ورژن، 2G: 3 میں";
        let found: Vec<&str> = ltr_isolates(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["v2.3.1", "Android", "2G"]);
    }

    #[test]
    fn urdu_hashtags_in_english_are_right_to_left_tokens() {
        let text = "Use #سیلاب_متاثرین and #FloodRelief, ask @صحافی۔ or mail a@b.pk (#ریلیف)";
        let found: Vec<&str> = rtl_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["#سیلاب_متاثرین", "@صحافی", "#ریلیف"]);
        // A quotation in Urdu that starts or ends with a number reads right to left whole;
        // one of words alone the algorithm orders as it is.
        let text =
            "dated \"۱۲ ربیع الاول ۱۳۵۱ھ، مطابق جولائی ۱۹۳۲ء\" and “شبِ ۲۱ رمضان” or \"سن ۲۰۲۴\"";
        let found: Vec<&str> = rtl_tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["۱۲ ربیع الاول ۱۳۵۱ھ، مطابق جولائی ۱۹۳۲ء", "سن ۲۰۲۴"]);
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
                // Only a quotation holds white space.
                assert!(
                    !text[r.clone()].contains(char::is_whitespace)
                        || text[r.clone()].starts_with(['"', '“']),
                    "{text:?} {r:?}"
                );
            }
        }
        assert!(ltr_tokens("\u{2066}52°C\u{2069}").is_empty());
        for text in texts {
            for r in ltr_isolates(text) {
                assert!(r.start < r.end && r.end <= text.len(), "{text:?} {r:?}");
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            }
        }
    }

    #[test]
    fn table_agrees_with_unicode_bidi() {
        // Every code point of the table, and a sample beyond it.
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(class(c), unicode_bidi::bidi_class(c), "U+{:04X}", c as u32);
        }
    }
}

//! Arabic quoted in other text: a Quranic verse, a hadith, a headline from an Arabic
//! site. Urdu print sets it in Naskh, never in Nastaliq, and its letters are Arabic's own
//! (ي ك ة), not Urdu's mistyped: the typesetter gives it Naskh faces, the web pages mark
//! it `lang="ar"`, and `safha check` spares its letters.

use std::ops::Range;

/// The language quoted Arabic is tagged with (BCP 47), for screen readers.
pub const LANGUAGE: &str = "ar";

use crate::chars::{alphabetic, is_arabic, is_combining};

/// The Arabic quoted in `text` (byte ranges, sorted and apart):
/// - a Quranic verse between ornate brackets (﴿ … ﴾), brackets included;
/// - words vocalized as Arabic is (two or more of fatha, kasra, damma, their tanween,
///   shadda and sukun on one word, whatever its letters; Urdu marks a word with one zer
///   or zabar at most), with the Arabic words between them;
/// - a quotation in quotation marks whose words are Arabic's and none Urdu's: two or more
///   with a letter Urdu does not use (ة ى ي ك ه أ إ) or vocalized, none with a letter
///   only Urdu uses (ٹ ڈ ڑ ں ے ہ ھ گ چ پ ژ ی ک). An Urdu sentence pasted from an old site
///   with Arabic ي and ك still has its ے and ہ.
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    if !text.chars().any(is_arabic) {
        return Vec::new();
    }
    let words = words(text);
    let mut out: Vec<Range<usize>> = Vec::new();
    // Ornate brackets.
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('\u{FD3E}' | '\u{FD3F}', None) => open = Some(i),
            ('\u{FD3E}' | '\u{FD3F}', Some(start)) => {
                out.push(start..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    // Runs of Arabic words that hold a vocalized one.
    let mut run: Option<(Range<usize>, bool)> = None;
    for w in words.iter().chain([&Word::END]) {
        match (&mut run, w.kind) {
            (Some((r, vocalized)), Kind::Arabic { vocalized: v }) if w.joins(text, r.end) => {
                r.end = w.range.end;
                *vocalized |= v;
            }
            _ => {
                if let Some((r, true)) = run.take()
                    && !lone_urdu_vowelled(text, &words, &r)
                {
                    out.push(r);
                }
                run = match w.kind {
                    Kind::Arabic { vocalized } => Some((w.range.clone(), vocalized)),
                    _ => None,
                };
            }
        }
    }
    // Quotations.
    for q in quoted(text) {
        let inside: Vec<&Word> = words
            .iter()
            .filter(|w| q.start <= w.range.start && w.range.end <= q.end)
            .collect();
        let arabic = inside
            .iter()
            .filter(|w| matches!(w.kind, Kind::Arabic { .. }))
            .count();
        if arabic >= 2
            && !inside
                .iter()
                .any(|w| matches!(w.kind, Kind::Urdu | Kind::Latin))
        {
            out.push(q);
        }
    }
    out.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    /// Written with a letter Urdu does not use, or vocalized.
    Arabic {
        vocalized: bool,
    },
    /// Written with a letter only Urdu (or Persian) uses.
    Urdu,
    /// Arabic script that could be either.
    Either,
    /// Another script's word.
    Latin,
    End,
}

struct Word {
    range: Range<usize>,
    kind: Kind,
}

impl Word {
    const END: Word = Word {
        range: 0..0,
        kind: Kind::End,
    };

    /// Whether this word follows the text that ends at `end` with only spaces,
    /// punctuation and numbers between.
    fn joins(&self, text: &str, end: usize) -> bool {
        text.get(end..self.range.start)
            .is_some_and(|between| !between.chars().any(alphabetic))
    }
}

/// The words of `text`: runs of letters and their marks.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let letter = |c: char| alphabetic(c) || is_combining(c) || c == '\u{0640}';
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if letter(c) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Word {
                range: s..i,
                kind: kind(&text[s..i]),
            });
        }
    }
    out
}

fn kind(word: &str) -> Kind {
    if !word.chars().any(|c| is_arabic(c) && alphabetic(c)) {
        return Kind::Latin;
    }
    const URDU: &[char] = &[
        'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ', 'ہ', 'ۂ', 'ۃ', 'ھ', 'گ', 'چ', 'پ', 'ژ', 'ی', 'ک',
    ];
    const ARABIC: &[char] = &['ة', 'ى', 'ي', 'ك', 'ه', 'أ', 'إ', 'ٱ'];
    let harakat = harakat(word);
    // Vocalized, a word is Arabic even typed with Urdu's letters, as Urdu keyboards type
    // the Quran (اللّٰہَ): Urdu marks a word with one zer or zabar at most. Not with a
    // letter for a sound Arabic has not: Saraiki and Punjabi verse is vocalized too
    // (ٹُٹّی was set in Naskh inside a Nastaliq line).
    if word.chars().any(never_arabic) {
        Kind::Urdu
    } else if harakat >= 2 {
        Kind::Arabic { vocalized: true }
    } else if word.contains(URDU) {
        Kind::Urdu
    } else if word.contains(ARABIC) {
        Kind::Arabic { vocalized: false }
    } else {
        Kind::Either
    }
}

/// Whether the run `r` is one word with no more than a vowel and a shadda, between words
/// that are no Arabic's: Urdu verse marks a word so (`اُمّت`, `اوّلِ`), and only Arabic
/// marks it more (`بِسْمِ`, `مُحَمَّدٌ`). Such a word was set in Naskh inside a Nastaliq
/// line.
fn lone_urdu_vowelled(text: &str, words: &[Word], r: &Range<usize>) -> bool {
    let Some(at) = words.iter().position(|w| w.range == *r) else {
        return false;
    };
    let marks = harakat(&text[r.clone()]);
    let arabic_beside = [at.checked_sub(1), Some(at + 1)]
        .into_iter()
        .flatten()
        .filter_map(|i| words.get(i))
        .any(|w| matches!(w.kind, Kind::Arabic { .. }));
    marks <= 2 && !arabic_beside
}

/// How many of fatha, kasra, damma, their tanween, shadda and sukun `word` holds.
fn harakat(word: &str) -> usize {
    word.chars()
        .filter(|c| matches!(c, '\u{064B}'..='\u{0652}'))
        .count()
}

/// Whether `c` is a letter no Arabic text holds, however typed: past Arabic's alphabet
/// (U+0621 to U+064A, alef wasla), and not a letter Urdu keyboards type Arabic's with (ی ک
/// ہ ھ ۃ), but one for a sound Arabic has not (ٹ ڈ ڑ پ چ گ ژ ں ے, Saraiki's ݨ ڄ ٻ).
/// Presentation forms are left out: they are Arabic's letters drawn.
fn never_arabic(c: char) -> bool {
    matches!(c as u32, 0x0672..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF)
        && alphabetic(c)
        && !is_combining(c)
        && !matches!(c, 'ی' | 'ک' | 'ہ' | 'ھ' | 'ۃ')
}

/// The insides of quotation marks: « », “ ”, ” “ (reversed, as Urdu is often typed),
/// " " and „ ”.
fn quoted(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match open {
            None => {
                let close = match c {
                    '«' => '»',
                    '“' => '”',
                    '”' => '“',
                    '"' => '"',
                    '„' => '”',
                    _ => continue,
                };
                open = Some((i + c.len_utf8(), close));
            }
            Some((start, close)) if c == close => {
                out.push(start..i);
                open = None;
            }
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        quotations(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn quoted_arabic_is_found() {
        // A verse in ornate brackets, whatever its letters.
        assert_eq!(
            found("فرمایا: ﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾ (البقرہ: ۱۵۳)"),
            ["﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾"]
        );
        // A vocalized hadith in guillemets, and the Arabic words between its vocalized ones.
        assert_eq!(
            found("آپؐ نے فرمایا: «إِنَّمَا الصَّبْرُ عِنْدَ الصَّدْمَةِ الْأُولَى» یعنی"),
            ["إِنَّمَا الصَّبْرُ عِنْدَ الصَّدْمَةِ الْأُولَى"]
        );
        // The Quran as Urdu keyboards type it, with ی and ہ.
        assert_eq!(
            found("کہا گیا ہے کہ اِنَّ اللّٰہَ مَعَ الصّٰبِرِیْنَ، یعنی"),
            ["اِنَّ اللّٰہَ مَعَ الصّٰبِرِیْنَ"]
        );
        // One word alone, marked as only Arabic marks one.
        assert_eq!(found("ورد تھا بِسْمِ اور کچھ نہیں"), ["بِسْمِ"]);
        // An unvocalized Arabic headline in quotation marks, its Arabic-Indic digits too.
        assert_eq!(
            found("ویب سائٹ پر لکھا: ”الائتلاف الحاكم في باكستان يتقدم في ٨ من أصل ٩ دوائر“۔"),
            ["الائتلاف الحاكم في باكستان يتقدم في ٨ من أصل ٩ دوائر"]
        );
    }

    #[test]
    fn urdu_is_not_arabic() {
        for text in [
            // Urdu with the marks it uses: one zer of izafat, a tashdid, a pesh.
            "کلیاتِ میر میں دلّی کا ذکر ہے اور لُٹا شہر",
            // Urdu pasted with Arabic kaf and yeh: its ے and ہ are Urdu's.
            "کمیشن نے کہا: ”شكايات كا جائزه لیا جا رہا ہے اور فيصله جلد كيا جائے گا“",
            // A Persian couplet.
            "«گویند سنگ لعل شود در مقام صبر»",
            // Saraiki verse, vocalized: its ٹ and ڄ are no Arabic letters.
            "ٹُٹّی ونگ تے سُنڄے ویہڑے",
            "”ٹُٹّی ونگ تے سُنڄے ویہڑے“",
            // An Urdu word in verse with a pesh and a tashdid, between Urdu words.
            "الٰہی! وہ اُمّت جو تھی سب سے آگے",
            "English only, \"quoted\" too.",
            "",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}

//! Urdu copied out of the PDFs by the three extractors readers use: poppler (pdftotext),
//! MuPDF (PyMuPDF 1.26) and pdf.js (pdfjs-dist), all installed by scripts/test-deps.sh.
//! At least 99 % of the Urdu words must come out in order in each, including words that
//! end in a combining mark at the end of a line (ضربِ), and numbers, Latin words and
//! commas inside Urdu must keep their spaces.

mod common;

use common::*;
use std::path::Path;

fn urdu_words(dir: &Path, slug: &str) -> Vec<String> {
    let text: String = ftl_messages(&dir.join(format!("locales/ur/{slug}.ftl")))
        .into_iter()
        .map(|(_, md)| plain(&md) + "\n")
        .collect();
    words(&text, true)
}

/// Text as a searcher sees it: bidi controls removed, whitespace collapsed.
fn searchable(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect();
    collapse(&clean)
}

#[test]
fn sample_urdu_comes_out_in_every_extractor() {
    let expected = urdu_words(&repo(), SLUG);
    for stem in ["ur", "parallel"] {
        let pdf = sample_build().join(SLUG).join(format!("{stem}.pdf"));
        for ex in EXTRACTORS {
            let text = extract(ex, &pdf);
            let r = recall(&expected, &words(&text, true));
            assert!(
                r >= 0.99,
                "{stem}.pdf, {ex}: only {r:.3} of the Urdu words in order"
            );
            let found = searchable(&text);
            for w in ["کارروائیاں", "اسٹیبلشمنٹ", "ضربِ", "اعلیٰ", "سقوطِ"]
            {
                assert!(found.contains(w), "{stem}.pdf, {ex}: `{w}` cannot be found");
            }
        }
    }
    // Spaces around numbers, Latin words and commas stay where they belong.
    let pdf = sample_build().join(SLUG).join("ur.pdf");
    for ex in EXTRACTORS {
        let text = searchable(&extract(ex, &pdf));
        for phrase in [
            "اٹھاتی TTP پاکستان",
            "حملے میں 100 سے زائد",
            "(TTP) پاکستان میں، خصوصاً",
            "طالبان 2.0 دونوں",
            "2014 میں APS حملے",
        ] {
            assert!(
                text.contains(phrase),
                "ur.pdf, {ex}: `{phrase}` is not copied as written"
            );
        }
    }
}

/// Three-word phrases of plain Urdu (letters and marks only) from the sample's paragraphs.
fn urdu_phrases() -> Vec<String> {
    let letters = |w: &&str| {
        w.chars().all(|c| {
            matches!(
                unicode_bidi::bidi_class(c),
                unicode_bidi::BidiClass::AL | unicode_bidi::BidiClass::NSM
            )
        })
    };
    let mut phrases = Vec::new();
    for (_, md) in ftl_messages(&repo().join(format!("locales/ur/{SLUG}.ftl"))) {
        let text = plain(&md);
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in words.windows(3) {
            if w.iter().all(letters) {
                phrases.push(w.join(" "));
            }
        }
    }
    phrases
}

#[test]
fn urdu_phrases_are_found_as_written() {
    // A search for several words runs on the extracted text as it is, marks and all: no
    // invisible character may sit between two Urdu words.
    let phrases = urdu_phrases();
    assert!(phrases.len() > 500, "{}", phrases.len());
    for stem in ["ur", "parallel"] {
        let pdf = sample_build().join(SLUG).join(format!("{stem}.pdf"));
        for ex in EXTRACTORS {
            // poppler wraps every right-to-left line in an embedding (U+202B … U+202C) of
            // its own; that is its way of writing lines, not a mark in the text.
            let lines: String = extract(ex, &pdf)
                .chars()
                .filter(|c| !matches!(*c as u32, 0x202A..=0x202E))
                .collect();
            let text = collapse(&lines);
            let missing: Vec<&String> = phrases
                .iter()
                .filter(|p| !text.contains(p.as_str()))
                .collect();
            // Phrases that run over a page break meet the page's header and number.
            assert!(
                missing.len() * 50 <= phrases.len(),
                "{stem}.pdf, {ex}: {} of {} phrases not found, e.g. {:?}",
                missing.len(),
                phrases.len(),
                &missing[..missing.len().min(5)]
            );
        }
    }
}

#[test]
fn words_ending_in_marks_survive_line_ends() {
    let project = temp_project(&fixture("marks"));
    let run = safha(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let expected = urdu_words(project.path(), "marks");
    for stem in ["ur", "parallel"] {
        let pdf = project
            .path()
            .join("dist/marks")
            .join(format!("{stem}.pdf"));
        for ex in EXTRACTORS {
            let got = words(&extract(ex, &pdf), true);
            let r = recall(&expected, &got);
            assert!(
                r >= 0.99,
                "{stem}.pdf, {ex}: only {r:.3} of the words in order"
            );
            // Every ضربِ keeps its kasra: none comes out bare or as a lone mark.
            assert!(
                !got.iter().any(|w| w == "ضرب" || w == "\u{650}"),
                "{stem}.pdf, {ex}: a mark split off"
            );
        }
    }
}

/// The held-out articles (news, a sermon, an essay, verse), in every extractor.
///
/// A parallel page where the English has more letters than the Urdu: poppler picks one
/// direction per page by counting them, and on a left-to-right page reads each Urdu line
/// in pieces split at every colon, comma and digit, backwards. The invisible run of
/// right-to-left marks under the footer must outweigh the English, every mark of it
/// counted (poppler drops a character that lands on the same one before it)
/// (friday-sermon-truthfulness).
///
/// Verse beside its English: poppler makes a block of every Nastaliq line and ordered a
/// short one among the English blocks beside it, so couplets came out of order unless
/// each short line reaches the column's edge (nasir-kazmi-ghazal-faiz-nazm).
#[test]
fn held_out_urdu_reads_in_order_in_every_extractor() {
    let corpus = repo().join("tests/corpus/heldout");
    let project = temp_project(&corpus);
    let run = safha(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut slugs: Vec<String> = std::fs::read_dir(corpus.join("content"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    slugs.sort();
    assert!(slugs.len() >= 8, "{slugs:?}");
    for slug in &slugs {
        let expected: Vec<String> = ftl_messages(&corpus.join(format!("locales/ur/{slug}.ftl")))
            .into_iter()
            .flat_map(|(_, md)| words(&safha::l10n::localize::nfc(plain(&md)), true))
            .collect();
        for stem in ["ur", "parallel"] {
            let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
            for ex in EXTRACTORS {
                let got = words(&safha::l10n::localize::nfc(extract(ex, &pdf)), true);
                let r = recall(&expected, &got);
                assert!(
                    r >= 0.99,
                    "{slug}/{stem}.pdf, {ex}: only {r:.3} of the Urdu words in order"
                );
            }
        }
    }
}

/// Phrases of two and three words with a number or a Latin acronym in them ("سے 100",
/// "TTP کو"), searched for in each extractor's text once invisible direction marks are
/// taken out (the text layer still writes right-to-left marks around such runs, which
/// poppler's ordering needs). poppler and pdf.js find every one; MuPDF moves a comma that
/// ends a line after one to the line's start, and so misses a few.
#[test]
fn phrases_with_numbers_and_acronyms_are_found() {
    let mut phrases = std::collections::BTreeSet::new();
    for (_, md) in ftl_messages(&repo().join(format!("locales/ur/{SLUG}.ftl"))) {
        let text = plain(&md);
        let words: Vec<&str> = text.split_whitespace().collect();
        for n in [2, 3] {
            for w in words.windows(n) {
                let mixed = w.iter().any(|w| {
                    w.chars()
                        .any(|c| c.is_ascii_digit() || ('۰'..='۹').contains(&c))
                }) || w
                    .iter()
                    .any(|w| w.chars().filter(char::is_ascii_uppercase).count() >= 2);
                let urdu = w.iter().any(|w| w.chars().any(is_arabic));
                if mixed && urdu {
                    phrases.insert(w.join(" "));
                }
            }
        }
    }
    assert!(phrases.len() >= 100, "{}", phrases.len());
    let pdf = sample_build().join(SLUG).join("ur.pdf");
    for ex in EXTRACTORS {
        let text = searchable(&safha::l10n::localize::nfc(extract(ex, &pdf)));
        let missing: Vec<&String> = phrases
            .iter()
            .filter(|p| !text.contains(&searchable(p)))
            .collect();
        let allowed = if ex == "mupdf" { phrases.len() / 10 } else { 0 };
        assert!(
            missing.len() <= allowed,
            "ur.pdf, {ex}: {} of {} phrases not found, e.g. {:?}",
            missing.len(),
            phrases.len(),
            &missing[..missing.len().min(5)]
        );
    }
}

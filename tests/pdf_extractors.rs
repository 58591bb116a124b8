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
    // Bidi controls, and the zero-width space that bridges an English list's label to its
    // item (a search ignores it, as it ignores every default-ignorable character).
    let clean: String = text
        .chars()
        .filter(|c| {
            !matches!(
                *c as u32,
                0x200B | 0x200E | 0x200F | 0x061C | 0x202A..=0x202E | 0x2066..=0x2069
            )
        })
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

/// English hyphenated after a short head in the parallel edition's narrow column
/// (`ir-`/`responsibility`, `instal-`/`lations`) copies whole and in order in every
/// extractor: recall 1.00. The whole word is written invisibly over its head, squeezed;
/// written a glyph to a letter, poppler dropped a letter standing less than a tenth of an
/// em after a narrow one as overprinting (`ir esponsibil ty`, `instal ations`), so it is
/// written a few letters to a glyph.
#[test]
fn long_words_broken_at_short_heads_copy_whole() {
    let project = temp_project(&fixture("longwords"));
    let run = safha(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ftl = project.path().join("locales/en/longwords.ftl");
    let text: String = ftl_messages(&ftl)
        .into_iter()
        .filter(|(id, _)| id.starts_with("p-"))
        .map(|(_, md)| plain(&md) + "\n")
        .collect();
    let expected = words(&text, false);
    assert!(expected.len() > 600, "{}", expected.len());
    for stem in ["en", "parallel"] {
        let pdf = project.path().join(format!("dist/longwords/{stem}.pdf"));
        for ex in EXTRACTORS {
            let got = words(&extract(ex, &pdf), false);
            let lost: Vec<&String> = expected.iter().filter(|w| !got.contains(w)).collect();
            assert!(lost.is_empty(), "{stem}.pdf, {ex}: lost {lost:?}");
            let r = recall(&expected, &got);
            assert!(
                r == 1.0,
                "{stem}.pdf, {ex}: only {r:.4} of the words in order"
            );
        }
    }
}

/// A rail timetable (a table of times and fares whose Urdu cells start with ک and گ, a
/// list with sub-points, a quotation, two notes, a figure): every word of both languages
/// comes out of every edition in every extractor, and its address, cut before a dot in the
/// parallel edition's narrow column (`https://pakrail` ⏎ `.example.gov.pk`), copies whole.
#[test]
fn a_timetable_copies_out_whole() {
    let project = temp_project(&fixture("rail"));
    let run = safha(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (lang, arabic, stems) in [
        ("ur", true, ["ur", "parallel"]),
        ("en", false, ["en", "parallel"]),
    ] {
        let ftl = project
            .path()
            .join(format!("locales/{lang}/rail-timetable.ftl"));
        // Alt text is not printed.
        let text: String = ftl_messages(&ftl)
            .into_iter()
            .filter(|(id, _)| !id.starts_with("alt-"))
            .map(|(_, md)| plain(&md) + "\n")
            .collect();
        let expected = words(&text, arabic);
        assert!(expected.len() > 150, "{lang}: {}", expected.len());
        for stem in stems {
            let pdf = project
                .path()
                .join(format!("dist/rail-timetable/{stem}.pdf"));
            for ex in EXTRACTORS {
                let text = extract(ex, &pdf);
                let got = words(&text, arabic);
                let lost: Vec<&String> = expected.iter().filter(|w| !got.contains(w)).collect();
                assert!(lost.is_empty(), "{stem}.pdf, {ex}: lost {lost:?}");
                if lang == "en" {
                    assert!(
                        searchable(&text).contains("https://pakrail.example.gov.pk"),
                        "{stem}.pdf, {ex}: the address is not copied whole"
                    );
                }
            }
        }
    }
}

/// The corpus `tests/corpus/<name>` built into PDFs in a copy of its own: the corpus, the
/// copy, and its articles' slugs in order.
fn built_corpus(name: &str) -> (std::path::PathBuf, tempfile::TempDir, Vec<String>) {
    let corpus = repo().join("tests/corpus").join(name);
    let project = built_corpus_as(name, "pdf");
    let mut slugs: Vec<String> = std::fs::read_dir(corpus.join("content"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    slugs.sort();
    (corpus, project, slugs)
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
///
/// The English too: a sermon quotes Arabic, and an English paragraph holding it is
/// copied from an invisible layer. That layer was written after the page's other text,
/// so pdf.js and MuPDF read the paragraph last (English recall 0.68); a word hyphenated
/// in it came out in halves, and the page was padded with right-to-left marks that
/// turned poppler's reading of the whole English page right to left.
#[test]
fn held_out_articles_read_in_order_in_every_extractor() {
    let (corpus, project, slugs) = built_corpus("heldout");
    assert!(slugs.len() >= 8, "{slugs:?}");
    for slug in &slugs {
        let expected: Vec<String> = ftl_messages(&corpus.join(format!("locales/ur/{slug}.ftl")))
            .into_iter()
            .flat_map(|(_, md)| words(&safha::l10n::localize::nfc(plain(&md)), true))
            .collect();
        let english: Vec<String> = ftl_messages(&corpus.join(format!("locales/en/{slug}.ftl")))
            .into_iter()
            .flat_map(|(_, md)| words(&plain(&md), false))
            .collect();
        for stem in ["ur", "en", "parallel"] {
            let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
            for ex in EXTRACTORS {
                let text = safha::l10n::localize::nfc(extract(ex, &pdf));
                let checks = match stem {
                    "ur" => vec![("Urdu", &expected, true)],
                    "en" => vec![("English", &english, false)],
                    _ => vec![("Urdu", &expected, true), ("English", &english, false)],
                };
                for (lang, expected, arabic) in checks {
                    let r = recall(expected, &words(&text, arabic));
                    // pdf.js spells ﷺ out as four Arabic words before it orders a run of
                    // text, and a short English line holding it is then a third Arabic,
                    // which it reads right to left: "ﷺ without a moment's doubt" comes
                    // out "s doubt'a moment without" (4 words of the sermon's 370). poppler
                    // too reads such a line right to left on a parallel page, where
                    // each page is read right to left: "the Prophet ﷺ al-Sadiq" came out
                    // "al-Sadiq ﷺ the Prophet" once quoted Arabic was set in a larger
                    // Naskh and the English column took other line breaks (5 words; in
                    // pdf.js 7).
                    let least = if ex != "mupdf" && !arabic { 0.98 } else { 0.99 };
                    assert!(
                        r >= least,
                        "{slug}/{stem}.pdf, {ex}: only {r:.3} of the {lang} words in order"
                    );
                }
            }
        }
    }
}

/// Every word of the third and fourth held-out corpora (tests/corpus/heldout3: a
/// biography, a budget with tables and lists, a sermon with footnotes, a health
/// explainer, a poetry page; heldout4: a cricket report with a scorecard, a climate brief
/// with long words, addresses and a nested list, a recipe with fractions and emoji, a
/// court report with clauses and quotations, a Faiz nazm with an essay) comes out of every
/// edition in every extractor, counted as a bag of words: order aside,
/// no word is lost or split. Its expected files were written with the corpus, one line per
/// paragraph, cell, list item, verse line and note.
///
/// A word broken at a syllable where a paragraph runs onto the next page (`matric-` ending
/// one page, `ulation` starting the next) came out in halves in all three extractors: the
/// part holding its head now writes the whole word.
///
/// pdf.js read a year written with ء (`(۱۹۲۶ء – ۱۹۹۶ء)`) backwards: the run of text
/// between the two numbers was too short for it to count as right to left, as it counts
/// the marks poppler needs, and the dash, as left-to-right letters.
///
/// pdf.js alone still loses a few words, each for a reason of its own design: it rewrites
/// ﷺ and µ as their compatibility forms (four words, reversed with the line; μ), and it
/// hands a word's final mark to a closing curly quote (`جُنَّةٌ”`), which it takes for a
/// left-to-right letter. Those are all it may lose.
///
/// pdf.js reads a glyph whose text ends in a format character (the right-to-left marks
/// the layer carries for poppler) without moving its pen, so along a line it fell behind
/// where the layer's glyphs are, and dropped text it then found beyond the page's edge:
/// five words of three articles (`ہیں؛ بکنگ` after a star rating in heldout10, `لیٹر
/// تیل،` in heldout8, `پر` in heldout9). The layer now sets its pen again at the start of
/// each direction run that pdf.js would begin behind (see `textlayer::Pen`). Giving the
/// mark a narrower glyph instead kept pdf.js on the page but cost poppler 167 words;
/// setting the pen again before every mark, or after every unit with one, widened the
/// gaps pdf.js sees and scrambled its pieces (23 words lost).
///
/// poppler loses none: it lost a word hyphenated after a short head with a doubled letter
/// (heldout9's `il-`/`literacy` in the parallel edition's narrow column) until the word
/// written over its head was written a few letters to a glyph (see
/// `long_words_broken_at_short_heads_copy_whole`).
#[test]
fn every_held_out_word_comes_out_of_every_edition() {
    for name in HELD_OUT {
        every_word_comes_out(name);
    }
}

fn every_word_comes_out(name: &str) {
    let (corpus, project, slugs) = built_corpus(name);
    assert!(slugs.len() >= 4, "{slugs:?}");
    let bag = |ws: Vec<String>| {
        let mut m = std::collections::BTreeMap::<String, usize>::new();
        for w in ws {
            *m.entry(w).or_default() += 1;
        }
        m
    };
    let pdfjs_known = |w: &str| w.contains(['\u{FDFA}', 'µ']) || w.ends_with(is_mark);
    for slug in &slugs {
        for (lang, arabic, stems) in [
            ("ur", true, ["ur", "parallel"]),
            ("en", false, ["en", "parallel"]),
        ] {
            let expected = read(&corpus.join(format!("expected/{slug}.{lang}.txt")));
            let expected = bag(words(&safha::l10n::localize::nfc(expected), arabic));
            assert!(expected.len() > 50, "{slug}.{lang}");
            for stem in stems {
                let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
                for ex in EXTRACTORS {
                    let text = safha::l10n::localize::nfc(extract(ex, &pdf));
                    let got = bag(words(&text, arabic));
                    let lost: Vec<&String> = expected
                        .iter()
                        .filter(|(w, n)| got.get(*w).copied().unwrap_or(0) < **n)
                        .map(|(w, _)| w)
                        .filter(|w| !(ex == "pdfjs" && pdfjs_known(w)))
                        .collect();
                    assert!(lost.is_empty(), "{slug}/{stem}.pdf, {ex}: lost {lost:?}");
                }
            }
        }
    }
}

/// A list's bullet or number, and a note's, copies out with the first line of its item in
/// poppler, never on a line of its own: set apart from the text by more than poppler's
/// 0.3 em, each label was a block alone, and in the parallel edition poppler read a whole
/// list's labels first and its items after the other column (107 such lines in the
/// held-out corpus's fifteen PDFs; Urdu recall 0.84 in the budget's parallel edition). An
/// invisible mark over the gap joins the label to its line.
#[test]
fn list_labels_copy_out_with_their_items() {
    for name in HELD_OUT {
        labels_copy_out(name);
    }
}

fn labels_copy_out(name: &str) {
    let (_, project, slugs) = built_corpus(name);
    let label = |line: &str| {
        let s: String = line
            .chars()
            .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x061C | 0x202A..=0x202E))
            .collect();
        let s = s.trim();
        let core = s.trim_end_matches(['.', ')']);
        // A bullet, or a list's number (`3.`, `۱۲.`), not a year ending a sentence, or a
        // nested list's letter (`b.`, `(ب)`, `(الف)`).
        let letter = s
            .strip_prefix('(')
            .and_then(|l| l.strip_suffix(')'))
            .unwrap_or(core);
        s == "•"
            || core.chars().count() <= 2
                && s.len() > core.len()
                && !core.is_empty()
                && core.chars().all(char::is_numeric)
            || s.len() > letter.len()
                && (1..=3).contains(&letter.chars().count())
                && letter.chars().all(char::is_alphabetic)
                && (s.starts_with('(') || letter.chars().count() == 1)
    };
    let mut lists = 0;
    for slug in &slugs {
        for stem in ["en", "ur", "parallel"] {
            let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
            if !pdf.exists() {
                continue;
            }
            let text = extract("poppler", &pdf);
            // Bullets, and list numbers starting their items' lines (`3. `, `۱۲۔ `).
            lists += text.matches('•').count();
            lists += (text.lines())
                .filter(|l| {
                    let l = l.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
                    let digits = l.trim_start_matches(char::is_numeric);
                    digits.len() < l.len() && digits.starts_with(['.', '۔'])
                })
                .count();
            let alone: Vec<&str> = text.lines().filter(|l| label(l)).collect();
            assert!(
                alone.is_empty(),
                "{}: labels alone {alone:?}",
                pdf.display()
            );
        }
    }
    assert!(lists >= 20, "{lists}");
}

/// The phrases of two to four words of `ftl`'s messages that mix Urdu with a number (in any
/// of the three digit systems) or a Latin acronym ("سے 100", "TTP کو", "(التوبہ: ۱۱۹)").
fn mixed_phrases(ftl: &Path) -> std::collections::BTreeSet<String> {
    let mut phrases = std::collections::BTreeSet::new();
    // A figure's alt text is not on the page: it is the figure's /Alt, for screen readers.
    for (_, md) in ftl_messages(ftl)
        .into_iter()
        .filter(|(id, _)| !id.starts_with("alt-"))
    {
        // A note's reference (`[^wb]`) is on the page as its number (`رہا۔[۲] اس`), so a
        // phrase stops at it: the words on each side of it are searched apart.
        let mut pieces = Vec::new();
        let mut rest = md.as_str();
        while let Some(start) = rest.find("[^") {
            let Some(len) = rest[start..].find(']') else {
                break;
            };
            pieces.push(&rest[..start]);
            rest = &rest[start + len + 1..];
        }
        pieces.push(rest);
        for piece in pieces {
            let text = plain(piece);
            let words: Vec<&str> = text.split_whitespace().collect();
            mixed_windows(&words, &mut phrases);
        }
    }
    phrases
}

/// Every run of 2-4 of `words` that holds Urdu and a number or Latin acronym.
fn mixed_windows(words: &[&str], phrases: &mut std::collections::BTreeSet<String>) {
    for n in [2, 3, 4] {
        for w in words.windows(n) {
            let mixed = w.iter().any(|w| {
                w.chars().any(|c| {
                    c.is_ascii_digit() || ('۰'..='۹').contains(&c) || ('٠'..='٩').contains(&c)
                })
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

/// The phrases of `phrases` an extractor's text of `pdf` does not hold, once invisible
/// direction marks are taken out (the text layer still writes right-to-left marks around
/// such runs, which poppler's ordering needs). Both sides in NFC, as safha publishes text:
/// an author's `ا` + madda copies as the one letter `آ`.
fn phrases_missing<'a>(
    ex: &str,
    pdf: &Path,
    phrases: &'a std::collections::BTreeSet<String>,
) -> Vec<&'a String> {
    let text = searchable(&safha::l10n::localize::nfc(extract(ex, pdf)));
    phrases
        .iter()
        .filter(|p| !text.contains(&searchable(&safha::l10n::localize::nfc(p.to_string()))))
        .collect()
}

/// Phrases with a number or a Latin acronym in them, searched for in each extractor's text
/// of the sample: every one is found in each. (MuPDF missed 11 of 221: it moved the comma
/// ending a line after `TTP` to the start of that line's rest.)
#[test]
fn phrases_with_numbers_and_acronyms_are_found() {
    let phrases = mixed_phrases(&repo().join(format!("locales/ur/{SLUG}.ftl")));
    assert!(phrases.len() >= 200, "{}", phrases.len());
    let pdf = sample_build().join(SLUG).join("ur.pdf");
    for ex in EXTRACTORS {
        let missing = phrases_missing(ex, &pdf, &phrases);
        assert!(
            missing.is_empty(),
            "ur.pdf, {ex}: {} of {} phrases not found, e.g. {:?}",
            missing.len(),
            phrases.len(),
            &missing[..missing.len().min(5)]
        );
    }
}

/// The same search over both corpora of real Urdu (news, sport, sermons, verse, a
/// programming note: 1,752 phrases), then with three stories of our own (2,498). Phrases
/// not found in the corpora: poppler 176, MuPDF 413, pdf.js 66 at first; now 16, 0 and
/// 20 (with the stories 16, 0 and 29). What each fix was, in order:
/// - a word ending in a comma or colon before a number (`آزادی، ۱۴`, `(التوبہ: ۱۱۹)`)
///   had its comma handed to the number by poppler and MuPDF, and a space between a
///   number and its unit (`100 W`) moved before the number;
/// - pdf.js read a run of punctuation between numbers backwards (`۲۱ ،۲۳`) until it was
///   written in logical order;
/// - ten misses in each were the search's own: it looked for an author's decomposed `آ`;
/// - poppler moved the closing bracket of a Latin phrase before it (`)v1.4.2 (3f9c2ab`)
///   until a left-to-right mark followed it;
/// - MuPDF left a sign in Urdu at the end of the right-to-left run it reverses (`صرف 20
///   امکان بتایا تھا %`, `-فائزرPfizer`) until the sign's glyph started with a
///   right-to-left mark, and reversed Arabic-Indic digits (`(الفتح: ٩٢)`) until each led
///   with a left-to-right mark;
/// - an address broken over two lines copied with a line break in it, until the layer
///   wrote it whole over its first part;
/// - poppler read a comma before a quote left to right (`نہیں“،`, `تھا”،`) until a
///   right-to-left mark parted them.
///
/// - pdf.js read a short run of Urdu between two numbers left to right (`۱۹۲۵ء - ۱۹۷۲ء`:
///   it counts the right-to-left mark of the space before a number, and the dash, as
///   left to right) until a run that starts with the number's letter was written in its
///   logical order (pdf.js 29 of these phrases lost in the Urdu edition, now 18).
///
/// What is left: pdf.js still reads `2022، ص 7` left to right (in logical order, MuPDF
/// and poppler moved its comma), writes `µ` as `μ` (it applies compatibility
/// normalization) and reverses a run of signs after a number (`100%!!!`); poppler moved
/// a shadda typed on a digit before it (mended since, below).
///
/// The parallel edition's narrow Urdu column is searched too. There poppler also reads
/// the English column between two Urdu lines in places, so a phrase broken over those
/// lines is not found (`اعلان، ⏎ ۵ لاکھ`), and pdf.js moves a sign after a number past the
/// emoji that ends its line (`۳💔💔 پر٪`).
///
/// The third and fourth held-out corpora (4,650 phrases with the others) added, in every
/// extractor, phrases that run over a page break, where the page's notes come between
/// their halves (`کنکشنز ⏎ 2,000 MW`); in MuPDF, a note's line split after a long Latin
/// word in brackets (`(Parteiengesetz)، § 10(4)`, 2 phrases); in pdf.js, more of
/// `2021، ص 8–12` and `µ`; in poppler's parallel edition, a scorecard's rows read across
/// both columns.
///
/// The fifth (a monetary-policy story with a table in Urdu digits, a polio explainer with
/// units and times, a Mir ghazal, a WhatsApp scam guide with code, addresses and emoji;
/// 5,773 phrases in all) added, in poppler, phrases in table cells that wrap (`آپ کے
/// WhatsApp ⏎ میں لاگ اِن`), read cell line by cell line, and again phrases over a page
/// break (`صبح ۸ بجے ⏎ سے رات`); a range (`۵۰–۱۰۰ ml`) and an amount (`Rs 25,000`) no
/// longer break over lines: Urdu edition poppler 32, MuPDF 5, pdf.js 50; parallel
/// poppler 78, MuPDF 20, pdf.js 73.
///
/// The sixth (a by-election live blog with a nine-column table and an Arabic headline in
/// Arabic-Indic digits, a column quoting the Quran and a hadith, an Iqbal nazm, a heatwave
/// explainer with mixed digits; 6,673 phrases, figures' alt text no longer counted, as it
/// is not on the page) added, in poppler, the constituency names in wrapping table cells
/// (`این اے ۱۹۶ قمبر ⏎ شہدادکوٹ`); everywhere, phrases over a page break or a footnote's
/// reference (`رہا۔[۲] اس`), and in pdf.js `2022، ص 340–345۔` again. The corpora before it
/// lost 32, 5, 50 and 74, 16, 69. Then: Urdu edition poppler 55, MuPDF 12, pdf.js 64;
/// parallel poppler 107, MuPDF 36, pdf.js 93.
///
/// Then poppler's 16 phrases with a shadda typed on a digit (`ساڑھے ۲ّ بجے`, read `ّ۲`)
/// came back once a left-to-right mark followed the shadda, and a phrase no longer runs
/// over a note's reference, which is on the page between its words (6,671 phrases):
/// Urdu edition poppler 37, MuPDF 8, pdf.js 62; parallel poppler 89, MuPDF 32, pdf.js 91.
/// What poppler still loses is nearly all the wrapping table cells above (its table
/// reader takes a cell's lines for blocks of their own and reads a row line by line; a
/// cell is one block only if its line pitch is under 1.5 em of the layer's size, and a
/// layer that large also joins neighbouring cells 8 pt apart, tried and measured: 108
/// lost), and phrases over a page break. pdf.js: `2022، ص 7` and `µ` (it writes μ).
///
/// The seventh (a government notification with a fee table, a recipe, an interview, a
/// two-step-verification guide with paths and code; 7,809 phrases in all) found a Latin
/// word broken at its hyphen in Urdu (`(SIM-` … `swap)`: no longer) and code slashes set in
/// Nastaliq (now Mono). What it still loses: a month and its year over a page break (`مئی
/// ⏎ ۲۰۲۲ء`), a table's wrapping cells in poppler, a path in code broken in the parallel
/// edition's narrow column (`C: ⏎ \Users`). Urdu edition poppler 48, MuPDF 13, pdf.js 70;
/// parallel poppler 142, MuPDF 56, pdf.js 118. With a table's `<br>` read as a line break
/// (7,811 phrases): Urdu edition poppler 48, MuPDF 13, pdf.js 67; parallel poppler 131,
/// MuPDF 50, pdf.js 109.
///
/// The eighth (a market report, a patient leaflet, a book review, a volunteer's thread;
/// 9,233 phrases with the others, whose counts are unchanged) loses more: long addresses
/// (percent-encoded, a map search) broken over lines, a month and its year and other
/// phrases over page breaks, a quotation mark or bracket beside a number in MuPDF, and one
/// line's end in pdf.js (see `every_held_out_word_comes_out_of_every_edition`). Urdu
/// edition poppler 74, MuPDF 30, pdf.js 99; parallel poppler 196, MuPDF 90, pdf.js 143
/// (with loose Urdu lines set ragged).
///
/// The ninth (a constitutional explainer, a chemistry lesson, an obituary with verse, an
/// admission notice; 11,118 phrases with the others) loses more again, most of it in the
/// notice, whose Urdu mixes Latin codes with brackets and colons on nearly every line
/// (`GAT (Subject) یا HAT`, `MA/MSc)، CGPA 2.5/4.00`): poppler and pdf.js order the
/// brackets' runs apart from their words. Urdu edition poppler 99, MuPDF 39, pdf.js 143;
/// parallel poppler 259, MuPDF 102, pdf.js 170. The Arabic comma read as a right-to-left
/// letter between Latin items (`BS، MBA (Exec.)`) cost 3 of the earlier corpora's
/// phrases in poppler's parallel edition (`iOS 18.2 پر چار`).
///
/// The tenth (Urdu typed with direction marks, embeddings, zero-width spaces and soft
/// hyphens; 11,503 phrases with the others) loses no phrase in poppler or MuPDF and 15 in
/// each of pdf.js's editions.
///
/// With the layer's pen set again at each direction run that pdf.js would begin behind
/// (see `textlayer::Pen`), the Urdu edition's pdf.js count fell from 158 to 135 and the
/// parallel edition's poppler count from 259 to 255. With a chain of brackets kept on one
/// line (`3(2)(b)(iii)` had broken after `3(2)`), the Urdu edition's counts fell from 99,
/// 39 and 135 to 90, 30 and 126 (poppler, MuPDF, pdf.js). With an Arabic letter mark
/// leading the spaces of a run pdf.js read left to right (`، ص ` before a page number), pdf.js's
/// counts fell from 126 to 81 (Urdu) and 185 to 140 (parallel), the others unchanged.
/// With a date kept on one line (`مئی` ⏎ `۲۰۲۲ء` had split one), the Urdu edition's counts
/// fell to 85, 25 and 76 (poppler, MuPDF, pdf.js). With an Arabic letter mark leading a
/// piece of signs pdf.js read left to right (`MA/MSc)،`, `)(ب)(`, see
/// `signs_after_latin_in_urdu_copy_in_order`), pdf.js's counts fell from 76 to 49 (Urdu)
/// and 139 to 121 (parallel), the others unchanged and no phrase newly lost. With an
/// address broken over three lines or more joined whole (see
/// `an_address_over_three_lines_copies_whole`), the Urdu edition's counts fell to 76, 16
/// and 40 (poppler, MuPDF, pdf.js). (Joined at any length, the parallel edition's MuPDF
/// and pdf.js counts fell to 89 and 112 too, but poppler dropped doubled letters from an
/// address squeezed over a head a quarter its length.)
///
/// The fifteenth (an NGO's report, an assembly transcript, a musaddas, release notes;
/// 18,006 phrases with the others) loses 3, 14 and 20 phrases in the Urdu edition and 24,
/// 21 and 35 in the parallel one (poppler, MuPDF, pdf.js), most of them MuPDF setting a
/// bracketed number apart (`7 (18%)`, `97 (.xls)`) as it sets `[1]`; the earlier corpora's
/// counts are unchanged by the fixes that came with it.
///
/// With every run of signs in Urdu written in visual order, each sign led by an Arabic
/// letter mark (see `signs_between_numbers_in_urdu_copy_in_order`), the Urdu edition's
/// counts fell from 17, 45 and 105 to 17, 17 and 99 (poppler, MuPDF, pdf.js), the
/// parallel edition's from 175, 122 and 182 to 172, 89 and 179: 76 phrases found, 3
/// newly lost (poppler's parallel edition reads a paragraph's last line, `کے اندر۔`, after
/// the English beside it).
#[test]
fn corpus_phrases_with_numbers_and_acronyms_are_found() {
    // Phrases not found, by (edition, extractor).
    let mut missing = std::collections::BTreeMap::<(&str, &str), Vec<String>>::new();
    let mut total = 0;
    // The corpora, and three stories written for this search: a heatwave (units, signs),
    // a budget (percentages, ranges, an address, a telephone number, quotes before Latin)
    // and a cricket report (scores 287/6 and 112*, overs 9.2, times, a table of numbers).
    let dirs = [
        "corpus/realtext",
        "corpus/heldout",
        "corpus/heldout3",
        "corpus/heldout4",
        "corpus/heldout5",
        "corpus/heldout6",
        "corpus/heldout7",
        "corpus/heldout8",
        "corpus/heldout9",
        "corpus/heldout10",
        "corpus/heldout11",
        "corpus/heldout12",
        "corpus/heldout13",
        "corpus/heldout14",
        "corpus/heldout15",
        "fixtures/heat",
        "fixtures/finance",
        "fixtures/cricket",
    ];
    for corpus in dirs {
        let dir = repo().join("tests").join(corpus);
        let project = temp_project(&dir);
        let run = safha(project.path(), &["build", "--format", "pdf"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        for entry in std::fs::read_dir(dir.join("locales/ur")).unwrap() {
            let ftl = entry.unwrap().path();
            let slug = ftl.file_stem().unwrap().to_string_lossy().into_owned();
            if !project.path().join(format!("dist/{slug}/ur.pdf")).exists() {
                continue;
            }
            let phrases = mixed_phrases(&ftl);
            total += phrases.len();
            for edition in ["ur", "parallel"] {
                let pdf = project.path().join(format!("dist/{slug}/{edition}.pdf"));
                for ex in EXTRACTORS {
                    let lost = phrases_missing(ex, &pdf, &phrases);
                    for l in &lost {
                        eprintln!("LOST {edition} {ex} {slug}: {l}");
                    }
                    missing
                        .entry((edition, ex))
                        .or_default()
                        .extend(lost.into_iter().map(|p| format!("{slug}: {p}")));
                }
            }
        }
    }
    assert!(total >= 18000, "{total}");
    for ((edition, ex), lost) in &missing {
        eprintln!(
            "{edition}.pdf, {ex}: {} of {total} phrases not found",
            lost.len()
        );
    }
    for ((edition, ex), lost) in &missing {
        // About a tenth above today's count in each.
        let allowed = match (*edition, *ex) {
            ("ur", "poppler") => total * 14 / 10000,
            ("ur", "mupdf") => total * 11 / 10000,
            ("ur", _) => total * 61 / 10000,
            (_, "poppler") => total * 105 / 10000,
            (_, "mupdf") => total * 55 / 10000,
            _ => total * 110 / 10000,
        };
        assert!(
            lost.len() <= allowed,
            "{edition}.pdf, {ex}: {} of {total} phrases not found, e.g. {:?}",
            lost.len(),
            &lost[..lost.len().min(8)]
        );
    }
}

/// Signs and brackets after a Latin word or a number in Urdu, which the text layer writes
/// as one piece (the `)،` after `MA/MSc`, the `%)` ending a line after `7`, the `)(ب)(`
/// of `۳(۲)(ب)(iii)`): pdf.js read such a piece left to right, as it stands (`(MA/MSc،)`,
/// `(7)%`, `۳(۲()ب()iii)`), until an Arabic letter mark led it. Each phrase lies on one
/// line in both editions.
#[test]
fn signs_after_latin_in_urdu_copy_in_order() {
    let (project, slug) = built_pdfs("signs");
    let phrases: std::collections::BTreeSet<String> = [
        "سات فیصد (7%)",
        "(MA/MSc)، CGPA",
        "پوائنٹس (+1.15%)",
        "(نمبر 117/2025)، آج",
        "دفعہ ۳(۲)(ب)(iii)، یا",
    ]
    .map(String::from)
    .into();
    for edition in ["ur", "parallel"] {
        let pdf = project.path().join(format!("dist/{slug}/{edition}.pdf"));
        for ex in EXTRACTORS {
            let lost = phrases_missing(ex, &pdf, &phrases);
            assert!(lost.is_empty(), "{edition}.pdf, {ex}: {lost:?} not found");
        }
    }
}

/// Text set side by side on one baseline comes apart in every extractor: a table row's
/// cells (numbers too), a list's number or bullet and its item, a note's number and its
/// text. pdf.js joins text runs as the content gives them, so a number cell ran into the
/// next (`۲۰۲۵–۲۶تبدیلی`, `۹٫۸۸٫۲`) and a list's number, drawn after its item, ended it
/// (`since 2019.1.`); the number now comes first and every such run ends in a space.
#[test]
fn table_cells_and_list_numbers_come_apart() {
    let (project, slug) = built_pdfs("budget");
    let ur_rows = [
        ["مد", "۲۰۲۴–۲۵", "۲۰۲۵–۲۶", "تبدیلی"],
        ["سود", "۹٫۸", "۸٫۲", "−۱۶٪"],
        ["دفاع", "۲٫۱", "۲٫۵۵", "+۲۰٪"],
    ];
    let en_rows = [
        ["Head", "2024–25", "2025–26", "Change"],
        ["Interest", "9.8", "8.2", "−16%"],
        ["Defence", "2.1", "2.55", "+20%"],
    ];
    let ur_items = [
        "۱۔ 2019 کے بعد",
        "۲۔ دفاعی بجٹ",
        "• پنشن الگ",
        "۱ وزارتِ خزانہ",
        "۲ یہ قول",
    ];
    let en_items = [
        "1. Interest payments",
        "2. Defence rises",
        "• Pensions are",
        "1 Ministry of Finance",
        "2 The phrase",
    ];
    let cases = [
        ("ur", &ur_rows, &ur_items),
        ("en", &en_rows, &en_items),
        ("parallel", &ur_rows, &ur_items),
        ("parallel", &en_rows, &en_items),
    ];
    for (stem, rows, items) in cases {
        let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
        for ex in EXTRACTORS {
            let text = searchable(&safha::l10n::localize::nfc(extract(ex, &pdf)));
            let glued: String = text.split_whitespace().collect();
            for row in rows {
                for cell in row {
                    // poppler puts a minus that starts a number in Urdu after it
                    // (`۱۶٪−`): it takes the sign for part of the left-to-right run.
                    let digits = cell.trim_start_matches(['−', '+']);
                    assert!(glued.contains(digits), "{stem}.pdf, {ex}: no `{cell}`");
                }
                for pair in row.windows(2) {
                    for joined in [
                        format!("{}{}", pair[0], pair[1]),
                        format!("{}{}", pair[1], pair[0]),
                    ] {
                        assert!(
                            !text.contains(&joined),
                            "{stem}.pdf, {ex}: cells run together in `{joined}`"
                        );
                    }
                }
            }
            for item in items {
                // On a parallel page, which poppler reads right to left, it orders an
                // English number (a block of its own, left of the hanging lines of its
                // item or note) after the text.
                if stem == "parallel" && ex == "poppler" && !item.chars().any(is_arabic) {
                    continue;
                }
                assert!(
                    text.contains(item),
                    "{stem}.pdf, {ex}: `{item}` does not read as written"
                );
            }
        }
    }
}

/// An English paragraph quoting Urdu (here ﷺ) is copied from the invisible layer, like
/// Urdu. It comes out where it stands (the layer was written after the page's other text:
/// pdf.js and MuPDF read it last), with a word hyphenated in it whole ("minis-ter's"),
/// a doubled letter kept ("summary": a spare glyph 5/1000 em wide let the second `m` land
/// on the first, dropped as fake bold), and poppler reads the page left to right (it was
/// padded with right-to-left marks meant for Urdu pages). Read in content order (the
/// structure's text), a line broken at a space ends in one.
#[test]
fn english_quoting_urdu_copies_in_place_and_whole() {
    let (project, slug) = built_pdfs("budget");
    let pdf = project.path().join(format!("dist/{slug}/en.pdf"));
    let tree = struct_text(&pdf);
    assert!(
        tree.contains("Salaried workers earning over Rs 50,000 a month pay 1% more"),
        "{tree}"
    );
    for ex in EXTRACTORS {
        let raw = extract(ex, &pdf);
        // poppler opens every line of a page it reads right to left with U+202B.
        assert!(
            !raw.lines().any(|l| l.starts_with('\u{202B}')),
            "en.pdf, {ex}: read right to left"
        );
        let text = searchable(&raw);
        for phrase in ["Division's summary", "the finance minister's speech"] {
            assert!(text.contains(phrase), "en.pdf, {ex}: no `{phrase}`");
        }
        let at = |p: &str| text.find(p).unwrap_or_else(|| panic!("{ex}: no `{p}`"));
        assert!(
            at("lenders come first") < at("Salaried workers")
                && at("Salaried workers") < at("Key terms"),
            "en.pdf, {ex}: the paragraph quoting Urdu is out of place"
        );
    }
}

/// Urdu inside an English sentence copies where it stands, with the space and punctuation
/// after it: MuPDF and poppler reversed those with the Urdu and joined it to the next
/// word (` ,کافیwith`, `( )برادریis`) until a left-to-right mark ended the Urdu's run.
#[test]
fn urdu_words_inside_english_copy_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let paragraphs = [
        "The singer wrote its name in Sindhi: کافی, with the Sindhi kaf.",
        "The word biradari (برادری) is a clan, and کافی ہے means enough.",
    ];
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    let md = format!(
        "---\ntitle: Inline\nsummary: Urdu inside English.\n---\n\n{}\n",
        paragraphs.join("\n\n")
    );
    std::fs::write(dir.path().join("content/inline.md"), md).unwrap();
    let run = safha(dir.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = dir.path().join("dist/inline/en.pdf");
    for ex in EXTRACTORS {
        let text = searchable(&extract(ex, &pdf));
        for p in paragraphs {
            assert!(text.contains(p), "en.pdf, {ex}: no `{p}` in {text}");
        }
    }
}

/// An Urdu couplet quoted in an English article is Urdu: on the web `lang="ur"
/// dir="rtl"`, in the PDF set right to left in Nastaliq with `/Lang (ur)` in the
/// structure, and copied where it stands (the layer of a right-to-left paragraph was
/// written after the page's other text: pdf.js and MuPDF read it last). The English page
/// stays one poppler reads left to right: its right-to-left marks are for pages that are
/// a third right to left or more.
#[test]
fn an_urdu_couplet_quoted_in_english_is_urdu() {
    let (project, slug) = built_pdfs("quoted");
    let pdf = project.path().join(format!("dist/{slug}/en.pdf"));
    let couplet = "مجھ سے پہلی سی محبت مری محبوب نہ مانگ";
    for ex in EXTRACTORS {
        let raw = extract(ex, &pdf);
        assert!(
            !raw.lines()
                .any(|l| l.contains("Faiz") && l.starts_with('\u{202B}')),
            "en.pdf, {ex}: English read right to left"
        );
        let text = searchable(&safha::l10n::localize::nfc(raw));
        let at = |p: &str| {
            text.find(p)
                .unwrap_or_else(|| panic!("{ex}: no `{p}` in {text}"))
        };
        assert!(
            at("by the editors") < at(couplet) && at(couplet) < at("Do not ask of me"),
            "en.pdf, {ex}: the couplet is out of place"
        );
    }
    let doc = lopdf::Document::load(&pdf).unwrap();
    let quoted = doc.objects.values().any(|o| {
        o.as_dict().is_ok_and(|d| {
            d.get(b"Lang")
                .and_then(|l| l.as_str())
                .is_ok_and(|l| l == b"ur")
                && d.get(b"S")
                    .and_then(|s| s.as_name())
                    .is_ok_and(|s| s == b"P")
        })
    });
    assert!(quoted, "en.pdf: no paragraph tagged /Lang (ur)");
    let run = safha(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = read(&project.path().join(format!("dist/{slug}/en.html")));
    assert!(
        html.contains("<p lang=\"ur\" dir=\"rtl\" data-segment=\"quote-"),
        "en.html: the couplet is not marked Urdu"
    );
}

/// Latin tokens with digits or signs inside Urdu (`52°C`, `126°F`, `2–5°C`) are set left to
/// right and copy as typed. Unicode's algorithm alone took the digits after an Urdu word for
/// Arabic numbers and the degree sign for right to left: the page showed `C°52`, and
/// poppler copied `52C°`.
#[test]
fn units_in_urdu_read_and_copy_left_to_right() {
    let (project, slug) = built_pdfs("heat");
    let pdf = project.path().join(format!("dist/{slug}/ur.pdf"));
    for ex in EXTRACTORS {
        let text = searchable(&safha::l10n::localize::nfc(extract(ex, &pdf)));
        for phrase in [
            "52°C دکھایا",
            "35°C کے ویٹ",
            "40°C سے اوپر",
            "126°F",
            "2–5°C کم",
        ] {
            assert!(text.contains(phrase), "ur.pdf, {ex}: no `{phrase}`");
        }
    }
}

/// A web address broken over lines copies whole, every character, in every extractor, in
/// the Urdu column (the layer writes it over its first part) and in the narrow English
/// column (written over `https://`, its first part, a few letters to a glyph). Before,
/// the English `https://` given `https://www.finance.gov.pk/` to hold a letter to a glyph
/// made poppler drop doubled letters (`https:/ www`), so it copied in pieces; the Urdu
/// copied with a line break inside.
#[test]
fn addresses_broken_over_lines_copy_every_character() {
    let (project, slug) = built_pdfs("finance");
    let pdf = project.path().join(format!("dist/{slug}/parallel.pdf"));
    let address = "https://www.finance.gov.pk/budget/budget_in_brief_2025_26.pdf";
    for ex in EXTRACTORS {
        let text = searchable(&extract(ex, &pdf));
        assert_eq!(
            text.matches(address).count(),
            2,
            "{ex}: the address is not whole in both columns: {text}"
        );
    }
}

/// An address broken over three lines or more (a volunteer's thread links a blog post by
/// its percent-encoded Urdu slug, broken at two of its hyphens in the Urdu edition, at
/// three places in the English, over four in the parallel edition's narrow Urdu column)
/// copies whole in every extractor: all of it is written over its first part. Joined
/// across every other break only, it came out in pieces; written a letter to a glyph over
/// a head a quarter its length, poppler dropped doubled letters from it (`ht ps:/`).
#[test]
fn an_address_over_three_lines_copies_whole() {
    let project = built_corpus_as("heldout8", "pdf");
    let address = "https://blog.example.org/2022/09/%D8%B3%DB%8C%D9%84%D8%A7%D8%A8-%D9%85%D8%AA%D8%A7%D8%AB%D8%B1%DB%8C%D9%86-%DA%A9%DB%8C-%D9%85%D8%AF%D8%AF/";
    for (stem, columns) in [("ur", 1), ("en", 1), ("parallel", 2)] {
        let pdf = project
            .path()
            .join(format!("dist/flood-relief-volunteer-thread/{stem}.pdf"));
        for ex in EXTRACTORS {
            let text = searchable(&extract(ex, &pdf));
            let found = text.matches(address).count();
            assert_eq!(found, columns, "{stem}.pdf, {ex}: the address is not whole");
        }
    }
}

/// English set on a page that holds Urdu (the parallel edition's column, its running head)
/// keeps a final bracket, quote, ellipsis or question mark at the end of its line in
/// poppler's text. poppler orders such a page right to left and moved them to the line's
/// start: the sample's English running head read `…New wave of Terrorism` on every page
/// (the corpora: `?your eyes`, `"version = "dev`, `;This article`).
#[test]
fn english_lines_on_urdu_pages_keep_their_final_punctuation() {
    let pdf = sample_build().join(SLUG).join("parallel.pdf");
    let text = searchable_lines(&extract("poppler", &pdf));
    // (A straight double quote may open a line; these may not.)
    let moved: Vec<&String> = text
        .iter()
        .filter(|l| {
            let rest = l.trim_start_matches(|c: char| "…;?!)”’".contains(c));
            rest.len() < l.len() && rest.starts_with(|c: char| c.is_ascii_alphabetic())
        })
        .collect();
    assert!(moved.is_empty(), "{moved:?}");
    assert!(
        text.iter().any(|l| l.ends_with("Policy…")),
        "the running head: {:?}",
        &text[..text.len().min(12)]
    );
}

/// Each line of `text` as a searcher sees it, empty ones left out.
fn searchable_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(searchable)
        .filter(|l| !l.is_empty())
        .collect()
}

/// Numbers and quotations inside Urdu that read left to right copy as typed in every
/// extractor (heldout8): a bank account and a telephone number in groups joined by hyphens
/// (Unicode's algorithm reads each group as an Arabic number and set them right to left:
/// `702-1123456-01`, `9201234-041`), a rate per dollar (`$/Rs 278.45`), a quotation in Roman
/// Urdu whose final full stop and closing mark stood at its other end, and an English
/// title whose opening mark stood after the citation that follows it. The ZWJ sequence
/// `👩‍⚕️` copies without a mark inside it in poppler and MuPDF.
#[test]
fn numbers_and_quotations_in_urdu_copy_as_typed() {
    let project = built_corpus_as("heldout8", "pdf");
    let cases = [
        ("flood-relief-volunteer-thread", "01-1123456-702"),
        ("diabetes-care-leaflet", "041-9201234"),
        ("psx-market-wrap", "Rs 278.45/$"),
        (
            "flood-relief-volunteer-thread",
            "\"Bhai, paani sar se guzar gaya hai, bas dua karo.\"",
        ),
        (
            "diabetes-care-leaflet",
            "\"Diabetes and Ramadan: Practical guidelines 2021\"",
        ),
    ];
    for (slug, phrase) in cases {
        for stem in ["ur", "parallel"] {
            let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
            for ex in EXTRACTORS {
                let text = searchable(&extract(ex, &pdf));
                assert!(
                    text.contains(phrase),
                    "{slug}/{stem}.pdf, {ex}: no `{phrase}`"
                );
            }
        }
    }
    let pdf = project
        .path()
        .join("dist/flood-relief-volunteer-thread/ur.pdf");
    for ex in ["poppler", "mupdf"] {
        let text = extract(ex, &pdf);
        assert!(text.contains("👩\u{200D}⚕"), "{ex}");
    }
}

/// An Urdu list item of several lines, beside its English in the parallel edition, reads
/// whole in poppler: its first line (with the bullet, a bold lead-in, Latin and digits)
/// is not a block apart, ordered among the English column's. The invisible mark that ties
/// the bullet to that line was set in a glyphless copy of the Nastaliq face, whose
/// ascent and descent are half as tall again as the text layer's, so poppler took the
/// line for text of another size.
#[test]
fn urdu_list_items_read_whole_beside_their_english() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("content")).unwrap();
    std::fs::create_dir_all(root.join("locales/ur")).unwrap();
    let english = [
        "**Undergraduate (4 years, 8 semesters):** BS-CS, BS-SE and BS-AI, each with a final year project and an internship of eight weeks.",
        "**Graduate (2 years):** MBA (Exec.) for working professionals, with weekend classes and a thesis or a project.",
        "**Doctoral (3 to 5 years):** Ph.D in Computer Science and in Management Sciences, with HEC scholarships for 20 students.",
    ];
    let urdu = [
        "**انڈر گریجویٹ (4 سال، 8 سمسٹر):** BS-CS، BS-SE اور BS-AI، ہر ایک میں آخری سال کا پراجیکٹ اور آٹھ ہفتوں کی انٹرن شپ شامل ہے۔",
        "**گریجویٹ (2 سال):** ملازمت پیشہ افراد کے لیے MBA (Exec.)، ویک اینڈ کلاسوں کے ساتھ، اور ایک مقالہ یا پراجیکٹ۔",
        "**ڈاکٹریٹ (3 سے 5 سال):** کمپیوٹر سائنس اور مینجمنٹ سائنسز میں Ph.D، اور 20 طلبہ کے لیے HEC کے وظائف۔",
    ];
    let body: String = english.iter().map(|e| format!("- {e}\n")).collect();
    std::fs::write(
        root.join("content/programmes.md"),
        format!("---\ntitle: Programmes\n---\n\nThe programmes on offer this autumn.\n\n{body}"),
    )
    .unwrap();
    let run = safha(root, &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut ftl = String::new();
    for (key, value) in ftl_messages(&root.join("locales/en/programmes.ftl")) {
        let text = match english.iter().position(|e| *e == value) {
            Some(i) => urdu[i],
            None if value == "Programmes" => "پروگرام",
            None => "اس خزاں پیش کیے جانے والے پروگرام۔",
        };
        ftl.push_str(&format!("{key} = {text}\n"));
    }
    std::fs::write(root.join("locales/ur/programmes.ftl"), ftl).unwrap();
    let run = safha(root, &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = root.join("dist/programmes/parallel.pdf");
    let text = searchable(&safha::l10n::localize::nfc(extract("poppler", &pdf)));
    for item in urdu {
        let item = collapse(&item.replace("**", ""));
        assert!(
            text.contains(&item),
            "parallel.pdf, poppler: `{item}` is not read whole in:\n{text}"
        );
    }
}

/// A Latin run in Urdu that ends in a bracket (a phone review's chipset cell, `Snapdragon
/// 685 (6 nm)`, tests/corpus/heldout12) copies with the bracket where it was typed in every
/// extractor: poppler handed it to the Urdu after the run (`)Snapdragon 685 (6 nm`) until
/// the run ended in a left-to-right mark.
#[test]
fn a_latin_run_ending_in_a_bracket_keeps_it_in_urdu() {
    let project = built_corpus_as("heldout12", "pdf");
    let pdf = project.path().join("dist/smartphone-review-budget/ur.pdf");
    for ex in EXTRACTORS {
        let text = searchable(&extract(ex, &pdf));
        assert!(
            text.contains("Snapdragon 685 (6 nm)"),
            "{ex}: the chipset cell: {text}"
        );
    }
}

/// Signs between a number and Urdu copy where they were typed in every extractor: the
/// `]، ` after a note number, the ` (` between two numbers. The text layer wrote such a run
/// of signs in logical order, and MuPDF, which reverses each stretch of right-to-left text
/// on a line it finds written in visual order, copied `[1  ]،` and `7( 18%)`.
#[test]
fn signs_between_numbers_in_urdu_copy_in_order() {
    let cases = [
        ("heldout12", "air-quality-study-abstract", "ہیں [1]،"),
        (
            "heldout15",
            "roshan-raah-annual-report-2024",
            "میں سے 7 (18%) کا",
        ),
    ];
    for (corpus, slug, phrase) in cases {
        let project = built_corpus_as(corpus, "pdf");
        for stem in ["ur", "parallel"] {
            let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
            for ex in EXTRACTORS {
                let text = searchable(&safha::l10n::localize::nfc(extract(ex, &pdf)));
                assert!(text.contains(phrase), "{stem}.pdf, {ex}: `{phrase}`");
            }
        }
    }
}

/// An Urdu table cell set on more than one line copies whole, in the Urdu edition and in
/// the parallel one. poppler made a block of every Nastaliq line (2.5 em apart, past the
/// 1.5 em within which it joins lines) and read a row's cells a line of each at a time:
/// `”آپ کا BISP قرعہ اندازی میں` / `آپ کا CNIC نمبر حاصل` / `صرف 8171 پر SMS`.
#[test]
fn urdu_cells_over_several_lines_copy_whole() {
    let project = built_corpus_as("heldout5", "pdf");
    let slug = "whatsapp-pta-scam-guide";
    let ftl = project.path().join(format!("locales/ur/{slug}.ftl"));
    let cells: Vec<String> = (ftl_messages(&ftl).into_iter())
        .filter(|(id, _)| id.starts_with("cell-"))
        .map(|(_, md)| collapse(&plain(&md)))
        .collect();
    assert!(cells.len() >= 12, "{cells:?}");
    for stem in ["ur", "parallel"] {
        let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
        for ex in EXTRACTORS {
            let text = searchable(&safha::l10n::localize::nfc(extract(ex, &pdf)));
            for cell in &cells {
                assert!(
                    text.contains(cell.as_str()),
                    "{stem}.pdf, {ex}: `{cell}` not whole"
                );
            }
        }
    }
}

//! Footnotes, task lists and GitHub tables through extract, translation and build
//! (tests/fixtures/notes): each note is a message of its own with a comment saying where it
//! is referred to; the Urdu translation moves the markers within its sentences and they
//! still work; every reference links to its note and every note back to its first
//! reference, numbered in the order the English meets them, in Urdu digits on the Urdu
//! page; the parallel edition pairs the notes like paragraphs.

mod common;

use common::*;
use scraper::Html;

fn built() -> tempfile::TempDir {
    let project = temp_project(&fixture("notes"));
    let run = safha(project.path(), &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = safha(project.path(), &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("markup-note"), "{}", run.stderr);
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    project
}

/// Three attributes or texts of a link.
type Link = (String, String, String);

/// (href, id, text) of every reference; (id, back href, number) of every note.
fn refs_and_notes(page: &Html) -> (Vec<Link>, Vec<Link>) {
    let refs = page
        .select(&sel("sup.footnote-ref > a"))
        .map(|a| {
            (
                a.attr("href").unwrap().to_string(),
                a.attr("id").unwrap().to_string(),
                a.text().collect(),
            )
        })
        .collect();
    let notes = page
        .select(&sel(".footnote"))
        .map(|n| {
            let back = n.select(&sel("a.footnote-back")).next().unwrap();
            (
                n.attr("id").unwrap().to_string(),
                back.attr("href").unwrap().to_string(),
                back.text().collect(),
            )
        })
        .collect();
    (refs, notes)
}

#[test]
fn notes_are_messages_that_say_where_they_belong() {
    let project = built();
    let en = read(&project.path().join("locales/en/report.ftl"));
    assert!(
        en.contains("# Footnote 1 ([^talks]), referred to in p-negotiators-met-in-kabul\nnote-reported-by-the-ministry ="),
        "{en}"
    );
    assert!(en.contains("# Footnote 2 ([^rounds])"), "{en}");
}

#[test]
fn references_and_notes_link_both_ways_in_each_language() {
    let project = built();
    let dist = project.path().join("dist/report");
    for (page, digits) in [("en.html", ["1", "2"]), ("ur.html", ["۱", "۲"])] {
        let html = html(&dist.join(page));
        let (refs, notes) = refs_and_notes(&html);
        // English: talks, rounds, talks again, and the table's rounds. Urdu moved the
        // markers: rounds first, then talks twice; the table's as before.
        assert_eq!(refs.len(), 4, "{page}: {refs:?}");
        assert_eq!(notes.len(), 2, "{page}: {notes:?}");
        for (n, (id, back, number)) in notes.iter().enumerate() {
            assert_eq!(*id, format!("fn-{}", n + 1), "{page}");
            assert_eq!(number, digits[n], "{page}");
            // The back link goes to a reference that exists and points here.
            let target = refs.iter().find(|(_, rid, _)| format!("#{rid}") == *back);
            let (href, _, text) = target.unwrap_or_else(|| panic!("{page}: {back} missing"));
            assert_eq!(*href, format!("#{id}"), "{page}");
            assert_eq!(text, digits[n], "{page}");
        }
        // Ids are unique however often a note is referred to.
        let mut ids: Vec<&String> = refs.iter().map(|(_, id, _)| id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), refs.len(), "{page}");
        // The note's own text is there, second paragraph and link included.
        let text: String = html.root_element().text().collect();
        assert!(
            text.contains("Islamabad") || text.contains("اسلام آباد"),
            "{page}"
        );
        assert_eq!(
            html.select(&sel(".footnote a[href='https://example.org/ministry']"))
                .count(),
            1,
            "{page}"
        );
    }
    let ur = read(&dist.join("ur.html"));
    // The Urdu sentence starts with the second note's marker: order as translated.
    let first = ur.find("footnote-ref").unwrap();
    assert!(
        ur[first..].starts_with("footnote-ref\"><a href=\"#fn-2\""),
        "{}",
        &ur[first..first + 80]
    );
}

#[test]
fn tasks_and_aligned_cells_are_what_github_shows() {
    let project = built();
    let page = html(&project.path().join("dist/report/en.html"));
    let boxes: Vec<bool> = page
        .select(&sel("li input[type=checkbox][disabled]"))
        .map(|i| i.attr("checked").is_some())
        .collect();
    assert_eq!(boxes, [true, false]);
    assert_eq!(page.select(&sel("td.align-center")).count(), 2);
    assert_eq!(page.select(&sel("td.align-end")).count(), 2);
    // `###` under `##` is one level down, under the page's own `h1`.
    assert_eq!(
        page.select(&sel("article h2")).count(),
        2,
        "What was agreed; Notes"
    );
    assert_eq!(page.select(&sel("article h3")).count(), 1);
    // The autolink at a line's start is a link.
    assert_eq!(
        page.select(&sel("a[href='https://example.org/observers']"))
            .count(),
        1
    );
}

#[test]
fn the_parallel_edition_pairs_the_notes_like_paragraphs() {
    let project = built();
    let page = html(&project.path().join("dist/report/parallel.html"));
    let pairs: Vec<Vec<String>> = page
        .select(&sel(".footnotes .pair"))
        .map(|p| {
            p.select(&sel(":scope > *"))
                .map(|c| c.attr("lang").unwrap_or("").to_string())
                .collect()
        })
        .collect();
    // The headings, then each note's paragraphs: English left, Urdu right.
    assert_eq!(pairs.len(), 4, "{pairs:?}");
    assert!(pairs.iter().all(|p| p == &["en", "ur"]), "{pairs:?}");
    // Each side's references go to that side's notes.
    for side in ["en", "ur"] {
        let refs = page
            .select(&sel(&format!("[lang={side}] sup.footnote-ref > a")))
            .count();
        let notes = page.select(&sel(&format!("[id^=fn-{side}-]"))).count();
        assert_eq!((refs > 0, notes), (true, 2), "{side}");
    }
}

#[test]
fn the_pdf_keeps_every_note_with_its_number() {
    let project = built();
    let text = extract("poppler", &project.path().join("dist/report/en.pdf"));
    assert!(text.contains("[1]") && text.contains("[2]"), "{text}");
    assert!(text.contains("Islamabad") && text.contains("joint statement"));
    let ur = extract("poppler", &project.path().join("dist/report/ur.pdf"));
    assert!(ur.contains("اسلام آباد"), "{ur}");
}

#[test]
fn the_byline_credits_author_translator_and_date_in_each_language() {
    let project = built();
    let dist = project.path().join("dist/report");
    let en = extract("poppler", &dist.join("en.pdf"));
    assert!(
        en.contains("By Staff reporter · Published on 30 November 2026"),
        "{en}"
    );
    assert!(
        !en.contains("عائشہ"),
        "the source edition credits no translator"
    );
    let ur = extract("poppler", &dist.join("ur.pdf"));
    let ur: String = ur
        .chars()
        .filter(|c| !('\u{200e}'..='\u{202e}').contains(c))
        .collect();
    assert!(ur.contains("ترجمہ: عائشہ خان"), "{ur}");
    // Day, month, year in that order (poppler moves the colons next to an isolate).
    assert!(ur.contains("۳۰ نومبر ۲۰۲۶"), "{ur}");
    let page = read(&dist.join("ur.html"));
    assert!(page.contains("ترجمہ: <bdi>عائشہ خان</bdi>"), "{page}");
    assert!(page.contains("<bdi>۳۰ نومبر ۲۰۲۶</bdi>"), "{page}");
    let parallel = extract("poppler", &dist.join("parallel.pdf"));
    assert!(parallel.contains("By Staff reporter"), "{parallel}");
}

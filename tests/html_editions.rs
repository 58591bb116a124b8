//! The sample article's three HTML editions, read back with a real HTML parser.

mod common;

use common::*;
use scraper::ElementRef;

fn attr<'a>(e: &ElementRef<'a>, name: &str) -> Option<&'a str> {
    e.value().attr(name)
}

fn text(e: &ElementRef<'_>) -> String {
    collapse(&e.text().collect::<String>())
}

/// The nearest `lang` on the element or an ancestor.
fn lang_of(e: &ElementRef<'_>) -> String {
    let mut node = Some(*e);
    while let Some(n) = node {
        if let Some(l) = attr(&n, "lang") {
            return l.to_string();
        }
        node = n.parent().and_then(ElementRef::wrap);
    }
    String::new()
}

fn dir_of(e: &ElementRef<'_>) -> String {
    let mut node = Some(*e);
    while let Some(n) = node {
        if let Some(d) = attr(&n, "dir") {
            return d.to_string();
        }
        node = n.parent().and_then(ElementRef::wrap);
    }
    "ltr".to_string()
}

fn messages(lang: &str) -> Vec<(String, String)> {
    ftl_messages(&repo().join(format!("locales/{lang}/{SLUG}.ftl")))
}

#[test]
fn english_edition_has_every_segment_in_order() {
    let doc = html(&sample_build().join(SLUG).join("en.html"));
    let root = doc.root_element();
    assert_eq!(attr(&root, "lang"), Some("en"));
    assert_eq!(attr(&root, "dir"), Some("ltr"));
    let shown: Vec<(String, String)> = doc
        .select(&sel("[data-segment]"))
        .map(|e| (attr(&e, "data-segment").unwrap().to_string(), text(&e)))
        .collect();
    let expected: Vec<(String, String)> = messages("en")
        .into_iter()
        .map(|(id, md)| (id, plain(&md)))
        .collect();
    assert_eq!(shown, expected);
}

#[test]
fn urdu_edition_has_every_segment_in_urdu_right_to_left() {
    let doc = html(&sample_build().join(SLUG).join("ur.html"));
    let root = doc.root_element();
    assert_eq!(attr(&root, "lang"), Some("ur"));
    assert_eq!(attr(&root, "dir"), Some("rtl"));
    let ur: std::collections::HashMap<String, String> = messages("ur").into_iter().collect();
    let mut count = 0;
    for e in doc.select(&sel("[data-segment]")) {
        let id = attr(&e, "data-segment").unwrap();
        assert_eq!(lang_of(&e), "ur", "{id} is not marked Urdu");
        assert_eq!(dir_of(&e), "rtl", "{id} is not right to left");
        let shown = text(&e);
        assert_eq!(shown, plain(&ur[id]), "{id}");
        assert!(arabic_share(&shown) > 0.8, "{id} is not in Urdu: {shown}");
        count += 1;
    }
    assert_eq!(
        count,
        messages("en").len(),
        "every English segment has an Urdu element"
    );
    assert_eq!(
        doc.select(&sel(".fallback")).count(),
        0,
        "the sample has no fallback"
    );
}

#[test]
fn parallel_edition_pairs_every_segment_english_left_urdu_right() {
    let doc = html(&sample_build().join(SLUG).join("parallel.html"));
    let root = doc.root_element();
    assert_eq!(attr(&root, "lang"), Some("ur"));
    assert_eq!(attr(&root, "dir"), Some("rtl"));
    let en: Vec<String> = messages("en").into_iter().map(|(id, _)| id).collect();
    let mut seen = Vec::new();
    for row in doc.select(&sel(".pair")) {
        // The row is laid out left to right: first cell English, second Urdu.
        assert_eq!(attr(&row, "dir"), Some("ltr"));
        let cells: Vec<ElementRef> = row.child_elements().collect();
        assert_eq!(cells.len(), 2, "a row holds exactly two sides");
        let (left, right) = (cells[0], cells[1]);
        assert_eq!(
            (attr(&left, "lang"), attr(&left, "dir")),
            (Some("en"), Some("ltr"))
        );
        assert_eq!(
            (attr(&right, "lang"), attr(&right, "dir")),
            (Some("ur"), Some("rtl"))
        );
        let ids = |side: &ElementRef| -> Vec<String> {
            let mut v: Vec<String> = attr(side, "data-segment")
                .map(str::to_string)
                .into_iter()
                .collect();
            v.extend(
                side.select(&sel("[data-segment]"))
                    .map(|e| attr(&e, "data-segment").unwrap().to_string()),
            );
            v
        };
        let (l, r) = (ids(&left), ids(&right));
        assert_eq!(l, r, "both sides of a row carry the same segments");
        for e in right
            .select(&sel("[data-segment]"))
            .chain(std::iter::once(right).filter(|r| attr(r, "data-segment").is_some()))
        {
            assert!(arabic_share(&text(&e)) > 0.8, "right side is Urdu");
        }
        seen.extend(l);
    }
    assert_eq!(
        seen, en,
        "every segment appears in one row, in reading order"
    );
    assert_eq!(doc.select(&sel(".fallback")).count(), 0);
}

#[test]
fn urdu_text_is_set_in_bundled_nastaliq_with_a_tall_line() {
    let out = sample_build();
    let css = read(&out.join("style.css"));
    assert!(css.contains("font-family: \"Noto Nastaliq Urdu\""), "{css}");
    // The @font-face points at a WOFF2 subset of the bundled font (web_site.rs checks the
    // subsets themselves).
    let face = css
        .find("url(\"fonts/NotoNastaliqUrdu-Regular.")
        .expect("@font-face for Nastaliq");
    assert!(css[..face].contains("@font-face"));
    let file = css[face + 5..].split('"').next().unwrap();
    let bytes = std::fs::read(out.join(file)).unwrap();
    assert_eq!(&bytes[..4], b"wOF2");
    assert!(out.join("fonts/OFL.txt").exists());
    // The Urdu rule's line height comes from the font: at least twice the font size.
    let urdu_rule = &css[css.find(":lang(ur) {").expect(":lang(ur) rule")..];
    let urdu_rule = &urdu_rule[..urdu_rule.find('}').unwrap()];
    let lh: f64 = urdu_rule
        .split("--leading:")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .and_then(|s| s.trim().parse().ok())
        .expect("a --leading in the Urdu rule");
    assert!(lh >= 2.0, "Nastaliq line height {lh}");
    let ur = read(&out.join(SLUG).join("ur.html"));
    assert!(ur.contains("href=\"../style.css\""));
}

#[test]
fn index_links_every_edition() {
    let out = sample_build();
    let doc = html(&out.join("index.html"));
    let hrefs: Vec<&str> = doc
        .select(&sel("a[href]"))
        .map(|a| attr(&a, "href").unwrap())
        .collect();
    for stem in ["en", "ur", "parallel"] {
        let href = format!("{SLUG}/{stem}.html");
        assert!(
            hrefs.contains(&href.as_str()),
            "index lacks {href}: {hrefs:?}"
        );
        assert!(out.join(&href).exists());
    }
    // The Urdu title is listed, marked as Urdu.
    let ur_title = doc
        .select(&sel("h2[lang=ur]"))
        .next()
        .expect("Urdu title on the index");
    assert_eq!(attr(&ur_title, "dir"), Some("rtl"));
}

#[test]
fn inline_markdown_of_the_translation_is_rendered() {
    let doc = html(&sample_build().join(SLUG).join("ur.html"));
    // The research paper's title is italic in English and must stay italic in Urdu.
    let em = doc
        .select(&sel("[data-segment=p-in-my-research-paper] em"))
        .next()
        .expect("italic paper title in Urdu");
    assert!(arabic_share(&text(&em)) > 0.8);
    let raw = read(&sample_build().join(SLUG).join("ur.html"));
    assert!(
        !raw.contains("*"),
        "no Markdown asterisks left in the Urdu page"
    );
}

#[test]
fn builds_are_byte_identical() {
    let a = tempfile::tempdir().unwrap();
    let run = safha(&repo(), &["build", "--out", a.path().to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for stem in ["en", "ur", "parallel"] {
        let p = format!("{SLUG}/{stem}.html");
        assert_eq!(
            read(&a.path().join(&p)),
            read(&sample_build().join(&p)),
            "{p}"
        );
    }
}

#[test]
fn parallel_tables_put_each_cell_beside_its_translation_in_one_row() {
    let project = temp_project(&fixture("features"));
    let run = safha(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = html(&project.path().join("dist/features/parallel.html"));
    let rows: Vec<ElementRef<'_>> = page.select(&sel("table.parallel-table tr")).collect();
    assert_eq!(rows.len(), 3, "a head and two rows");
    for row in rows {
        let cells: Vec<ElementRef<'_>> = row.select(&sel("th, td")).collect();
        assert_eq!(cells.len(), 4);
        let ids: Vec<&str> = cells
            .iter()
            .map(|c| attr(c, "data-segment").unwrap())
            .collect();
        // English cells left to right, then the Urdu ones mirrored: the row reads from
        // both outer edges inwards.
        assert_eq!(ids[0], ids[3], "{ids:?}");
        assert_eq!(ids[1], ids[2], "{ids:?}");
        assert_eq!(
            (lang_of(&cells[0]), dir_of(&cells[0])),
            ("en".into(), "ltr".into())
        );
        assert_eq!(
            (lang_of(&cells[3]), dir_of(&cells[3])),
            ("ur".into(), "rtl".into())
        );
    }
}

/// Arabic quoted in Urdu (a sermon's Quranic verses in ﴿﴾ and a vocalized hadith, in
/// tests/corpus/heldout) is marked as Arabic, so that a screen reader switches voice; the
/// Urdu around it stays Urdu.
#[test]
fn quoted_arabic_is_marked_arabic() {
    let project = built_corpus_as("heldout", "html");
    for stem in ["ur", "parallel"] {
        let page = html(
            &project
                .path()
                .join(format!("dist/friday-sermon-truthfulness/{stem}.html")),
        );
        let arabic: Vec<String> = page
            .select(&sel("span[lang=ar]"))
            .map(|e| {
                assert_eq!(attr(&e, "dir"), Some("rtl"));
                text(&e)
            })
            .collect();
        assert!(
            arabic.iter().filter(|t| t.starts_with('﴿')).count() >= 4,
            "{stem}: {arabic:?}"
        );
        assert!(
            arabic.iter().all(|t| !t.contains("اللہ تعالیٰ")),
            "{stem}: {arabic:?}"
        );
    }
}

/// A right-aligned column of numbers keeps its digits' units in line at the right on an
/// Urdu page too (the PDF does the same), where the stylesheet mirrors other columns' right
/// to the left edge (tests/corpus/heldout6's by-election table).
#[test]
fn urdu_columns_of_numbers_stay_at_the_right() {
    let project = built_corpus_as("heldout6", "html");
    let dist = project.path().join("dist/by-election-results-liveblog");
    let class_of = |stem: &str, number: &str| {
        let page = html(&dist.join(format!("{stem}.html")));
        let found: Vec<String> = (page.select(&sel("td")))
            .filter(|td| text(td) == number)
            .map(|td| attr(&td, "class").unwrap_or("").to_string())
            .collect();
        assert!(!found.is_empty(), "{stem}: no cell {number}");
        found
    };
    assert!(class_of("ur", "۶٬۶۸۷").iter().all(|c| c == "align-start"));
    assert!(class_of("en", "6,687").iter().all(|c| c == "align-end"));
    let parallel = class_of("parallel", "۶٬۶۸۷");
    assert!(
        parallel.iter().all(|c| c.starts_with("align-start")),
        "{parallel:?}"
    );
}

/// A `<br>` typed in a table cell (as GitHub and CMS tables are typed) breaks the cell's
/// line, on the web and in print, and is no longer shown as text: heldout7's fee schedule
/// printed "Rs 15,000<br>(optional)". Any other tag is still text.
#[test]
fn a_br_in_a_table_cell_breaks_its_line() {
    let project = built_corpus_as("heldout7", "html,pdf");
    let dir = project
        .path()
        .join("dist/punjab-excise-ramadan-notification");
    for stem in ["en", "ur", "parallel"] {
        let html = std::fs::read_to_string(dir.join(format!("{stem}.html"))).unwrap();
        assert!(!html.contains("&lt;br"), "{stem}.html shows a <br> as text");
        assert!(
            html.contains("15,000</span><br>") || html.contains("۱۵٬۰۰۰ روپے<br>"),
            "{stem}.html"
        );
        let text = extract("poppler", &dir.join(format!("{stem}.pdf")));
        assert!(!text.contains("<br"), "{stem}.pdf shows a <br> as text");
    }
}

/// A telephone number typed in groups reads as typed inside Urdu (tests/corpus/heldout11):
/// Unicode's algorithm alone showed `+92 21 3455 1234` as `1234 3455 21 +92`. The page
/// isolates it left to right and keeps it on one line.
#[test]
fn telephone_numbers_in_groups_are_isolated_left_to_right() {
    let project = built_corpus_as("heldout11", "html");
    let dist = project.path().join("dist");
    let page = read(&dist.join("karachi-water-tankers/ur.html"));
    assert!(
        page.contains("<span class=\"nowrap\"><bdi dir=\"ltr\">+92 21 3455 1234</bdi></span>"),
        "{page}"
    );
    let page = read(&dist.join("emergency-helplines-notice/ur.html"));
    for number in [
        "051 9270 112",
        "+92 51 9252 940",
        "0800 43726",
        "(051) 111-927-200",
    ] {
        assert!(
            page.contains(&format!("<bdi dir=\"ltr\">{number}</bdi>")),
            "{number}: {page}"
        );
    }
}

/// A word pasted out of a PDF in presentation forms (`ﻧﺎﻟﮧ` in tests/corpus/heldout11) is
/// published as the letters it shows, which the page's Nastaliq joins and a search finds.
#[test]
fn presentation_forms_are_published_as_letters() {
    let project = built_corpus_as("heldout11", "html");
    for stem in ["ur", "parallel"] {
        let page = read(
            &project
                .path()
                .join(format!("dist/interview-urban-flood-engineer/{stem}.html")),
        );
        assert!(page.contains("نالہ شہر کا پھیپھڑا"), "{stem}");
        assert!(!page.contains('\u{FEE7}'), "{stem}");
    }
}

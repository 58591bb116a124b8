//! Less to translate: cells and segments of only numbers, codes, addresses or punctuation
//! get no message (every edition shows them as written, in its own digits), and equal
//! English strings within an article share one message.

mod common;

use std::path::Path;

use common::*;

const ROWS: usize = 80;

/// A project whose one article has an 80-row table: a district name repeating every seven
/// rows, a number, a percentage, a code and Yes/No; a bare address; a number on its own;
/// and a heading written twice.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content")).unwrap();
    let rows: String = (1..=ROWS)
        .map(|i| {
            format!(
                "| District {} | {} | {:.1}% | PK-{} | {} |\n",
                i % 7,
                1000 + i * 37,
                i as f64 * 1.5,
                300 + i,
                if i % 2 == 1 { "Yes" } else { "No" }
            )
        })
        .collect();
    let md = format!(
        "---\ntitle: Flood relief by district\ndate: 2024-09-01\n---\n\n\
         Relief reached every district listed below.\n\n\
         | District | Families | Share | Code | Reached |\n|---|---|---|---|---|\n{rows}\n\
         <https://ndma.gov.pk/report-2024>\n\n42\n\n## Method\n\nFirst pass.\n\n## Method\n\nSecond pass.\n"
    );
    std::fs::write(dir.path().join("content/relief.md"), md).unwrap();
    std::fs::create_dir_all(dir.path().join("locales/ur")).unwrap();
    let run = safha(dir.path(), &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

fn english(dir: &Path) -> Vec<(String, String)> {
    ftl_messages(&dir.join("locales/en/relief.ftl"))
}

#[test]
fn numbers_and_codes_get_no_message_and_repeats_get_one() {
    let dir = project();
    let messages = english(dir.path());
    let texts: Vec<&str> = messages.iter().map(|(_, t)| t.as_str()).collect();
    // Title, the paragraph, five headers, seven districts, Yes, No, Method and two passes.
    assert_eq!(messages.len(), 19, "{texts:?}");
    for (_, text) in &messages {
        assert!(
            text.chars().any(|c| c.is_alphabetic()) && !text.starts_with('<'),
            "`{text}` has nothing to translate"
        );
    }
    let mut unique = texts.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), texts.len(), "each English once");
    // The Urdu file has a placeholder for each message, not for each cell.
    let ur = read(&dir.path().join("locales/ur/relief.ftl"));
    assert_eq!(
        ur.lines()
            .filter(|l| l.starts_with("# untranslated: "))
            .count(),
        19
    );
    // Extracting again changes nothing: the ids are stable.
    let before = read(&dir.path().join("locales/en/relief.ftl"));
    let run = safha(dir.path(), &["extract"]);
    assert_eq!(run.code, 0);
    assert_eq!(read(&dir.path().join("locales/en/relief.ftl")), before);
}

#[test]
fn one_translation_serves_every_repeat_and_numbers_take_the_editions_digits() {
    let dir = project();
    let mut ftl = String::new();
    for (id, en) in english(dir.path()) {
        let ur = match en.as_str() {
            "Yes" => "ہاں".to_string(),
            "No" => "نہیں".to_string(),
            "Method" => "طریقۂ کار".to_string(),
            other => match other.strip_prefix("District ") {
                Some(n) => format!("ضلع {n}"),
                None => format!("ترجمہ {}", "ا".repeat(other.len())),
            },
        };
        ftl.push_str(&format!("# en: {en}\n{id} = {ur}\n\n"));
    }
    std::fs::write(dir.path().join("locales/ur/relief.ftl"), ftl).unwrap();
    let status = safha(dir.path(), &["status", "--summary"]);
    assert!(
        status.stdout.contains("nothing needs work"),
        "{}",
        status.stdout
    );
    let check = safha(dir.path(), &["check", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let run = safha(dir.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(&dir.path().join("dist/relief/ur.html"));
    assert_eq!(page.matches(">ہاں<").count(), ROWS / 2, "every Yes");
    assert_eq!(page.matches(">نہیں<").count(), ROWS / 2, "every No");
    assert_eq!(page.matches("طریقۂ کار").count(), 2, "both headings");
    // Numbers in Urdu digits (ui.ftl's `digits`), codes and addresses as written.
    assert!(page.contains(">۱۰۳۷<"), "1037 in Urdu digits");
    assert!(page.contains(">۱٫۵٪<"));
    assert!(page.contains(">۴۲<"));
    assert!(page.contains(">PK-301<"));
    assert!(page.contains("https://ndma.gov.pk/report-2024"));
    assert!(!page.contains(">1037<"));
    // The English edition keeps its own digits.
    let en = read(&dir.path().join("dist/relief/en.html"));
    assert!(en.contains(">1037<"));
    // A message under a number's id is obsolete (check says so) and never shown.
    let id = page
        .split("data-segment=\"")
        .skip(1)
        .find_map(|rest| rest.split_once("\">۴۲<").map(|(id, _)| id))
        .filter(|id| !id.contains('"'))
        .expect("the cell 42 has a segment id")
        .to_string();
    let mut ftl = read(&dir.path().join("locales/ur/relief.ftl"));
    ftl.push_str(&format!("{id} = بیالیس\n"));
    std::fs::write(dir.path().join("locales/ur/relief.ftl"), ftl).unwrap();
    let check = safha(dir.path(), &["check"]);
    assert!(check.stderr.contains("obsolete"), "{}", check.stderr);
    let run = safha(dir.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(&dir.path().join("dist/relief/ur.html"));
    assert!(!page.contains("بیالیس"), "an obsolete message shown");
    assert!(page.contains(">۴۲<"));
}

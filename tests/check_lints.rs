//! `safha check` on a fixture with one planted fault per check: each diagnostic asserted
//! exactly (severity, code, file:line:col, message), each with a label and a hint; exit
//! codes; the sample and every file safha writes pass Mozilla's own parser and
//! compare-locales.

mod common;

use common::*;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn check_json(dir: &Path, extra: &[&str]) -> (i32, Vec<Value>) {
    let mut args = vec!["check", "--json"];
    args.extend_from_slice(extra);
    let run = safha(dir, &args);
    let list: Vec<Value> = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    (run.code, list)
}

fn summary(d: &Value) -> String {
    format!(
        "{} {} {}:{}:{} {}",
        d["severity"].as_str().unwrap(),
        d["code"].as_str().unwrap(),
        d["file"].as_str().unwrap_or("-"),
        d["line"],
        d["column"],
        d["message"].as_str().unwrap()
    )
}

#[test]
fn every_check_fires_once_with_its_exact_diagnostic() {
    let project = temp_project(&fixture("lint"));
    let (code, list) = check_json(project.path(), &[]);
    assert_eq!(code, 1, "errors make the exit status 1");
    let got: Vec<String> = list.iter().map(summary).collect();
    let expected = [
        "error missing-attribute locales/ur/chrome.ftl:1:1 `footer` lacks the attribute `.title` of the source",
        "error ftl-syntax locales/ur/lint.ftl:25:10 Fluent syntax error: a placeable is never closed",
        "error duplicate-id locales/ur/lint.ftl:22:1 message `p-latin-full-stops-end` is defined twice",
        "error unknown-reference locales/ur/lint.ftl:20:67 `p-variables-and-references-belong` refers to `-brand`, which this file does not define",
        "warning missing-message locales/en/lint.ftl:12:1 `p-never-translated` is not translated in locales/ur/lint.ftl",
        "error empty-value locales/ur/lint.ftl:18:1 `p-empty-translation` has an empty value",
        "warning obsolete-reference locales/ur/lint.ftl:20:67 `p-variables-and-references-belong` has a term reference `{ -brand }` the source does not",
        "error unknown-variable locales/ur/lint.ftl:20:46 `p-variables-and-references-belong` uses `$count`, which the source never passes",
        "warning obsolete-message locales/ur/lint.ftl:24:1 `p-a-paragraph-that-is` is not in the source any more",
        "error markup-link locales/ur/lint.ftl:6:30 `p-links-keep-their-targets` lost a link: the English links to https://example.org/a",
        "error markup-link locales/ur/lint.ftl:6:63 `p-links-keep-their-targets` links to https://example.org/b, which the English does not",
        "warning markup-emphasis locales/ur/lint.ftl:6:30 `p-links-keep-their-targets` has emphasis 0 times where the English has it 1",
        "warning untranslated locales/ur/lint.ftl:8:37 `p-untranslated-text-stays-english` is the same as the source text: probably not translated",
        "warning arabic-letter locales/ur/lint.ftl:10:31 `p-arabic-letters-slip-in` has 1 Arabic letter ي where ur expects ی",
        "warning latin-punctuation locales/ur/lint.ftl:12:55 `p-latin-full-stops-end` uses the Latin `.` after ur text",
        "warning markup-emphasis locales/ur/lint.ftl:14:28 `p-strong-words-need-both` has strong emphasis 0 times where the English has it 1",
        "error markup-unbalanced locales/ur/lint.ftl:14:44 `p-strong-words-need-both` has a `*` that opens or closes no emphasis",
        "warning translation-stale locales/ur/lint.ftl:16:1 `p-edited-after-translation-this` was translated from English that has since changed",
        "warning plural-category locales/ur/ui.ftl:5:10 `reading-time` has a `[few]` variant, but ur has no `few` plural form",
        "error obsolete-attribute locales/ur/ui.ftl:10:6 `byline` has an attribute `.title` the source does not",
        "error missing-variable locales/ur/ui.ftl:9:10 `byline` never shows `$author`, which the source always shows",
    ];
    assert_eq!(got, expected, "got:\n{}", got.join("\n"));
    for d in &list {
        assert!(
            d["hint"].as_str().is_some_and(|h| !h.is_empty()),
            "no hint: {d}"
        );
        assert!(
            d["label"].as_str().is_some_and(|l| !l.is_empty()),
            "no label: {d}"
        );
    }
    // Specific hints a translator acts on.
    let hint = |code: &str| {
        list.iter()
            .find(|d| d["code"] == code)
            .and_then(|d| d["hint"].as_str())
            .unwrap()
            .to_string()
    };
    assert!(hint("arabic-letter").contains("Urdu writes ی (U+06CC)"));
    assert!(hint("latin-punctuation").contains("۔ (U+06D4)"));
    assert!(hint("plural-category").contains("one, other"));
    assert!(
        hint("translation-stale")
            .contains("Edited after [-translation.-]{+translation, this sentence changed.+}")
    );
    assert!(
        hint("translation-stale")
            .contains("safha check --accept --id p-edited-after-translation-this")
    );

    // The human rendering shows the line and underlines the span.
    let run = safha(project.path(), &["check"]);
    assert!(run.stderr.contains(
        "warning[arabic-letter]: `p-arabic-letters-slip-in` has 1 Arabic letter ي where ur expects ی\n  --> locales/ur/lint.ftl:10:31\n"
    ), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("10 | p-arabic-letters-slip-in = عربي حروف در آتے ہیں۔")
    );
    assert!(
        run.stderr
            .contains("checked 5 files: 11 errors, 10 warnings"),
        "{}",
        run.stderr
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    let project = temp_project(&repo());
    let dir = project.path();
    let (code, list) = check_json(dir, &[]);
    assert_eq!((code, list.len()), (0, 0), "the sample is clean: {list:?}");
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    std::fs::write(&ur, read(&ur).replacen("ہیں۔", "ہیں.", 1)).unwrap();
    let (code, list) = check_json(dir, &[]);
    assert_eq!(code, 0);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["code"], "latin-punctuation");
    let (code, _) = check_json(dir, &["--deny-warnings"]);
    assert_eq!(code, 1);
}

fn python() -> std::path::PathBuf {
    std::env::var_os("SAFHA_PYTHON")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| repo().join(".tools/venv/bin/python"))
}

/// Junk per file, by Mozilla's parser (PyPI fluent.syntax).
fn junk(files: &[std::path::PathBuf]) -> Value {
    let out = Command::new(python())
        .arg(repo().join("tests/tools/fluent_junk.py"))
        .args(files)
        .output()
        .expect("python with fluent.syntax: run scripts/test.sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ftl_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for lang in std::fs::read_dir(dir.join("locales")).unwrap() {
        for f in std::fs::read_dir(lang.unwrap().path()).unwrap() {
            let p = f.unwrap().path();
            if p.extension().is_some_and(|x| x == "ftl") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn files_safha_writes_parse_without_junk_in_mozillas_parser() {
    // Extracted sources (fixtures with tricky Markdown), a translation file after a sync
    // with an obsolete section and a restored entry, accepted notes, and a new project.
    let mut written = Vec::new();
    let mut keep = Vec::new();
    for name in ["features", "xss", "marks", "missing"] {
        let p = temp_project(&fixture(name));
        assert_eq!(safha(p.path(), &["extract"]).code, 0);
        written.extend(ftl_files(p.path()));
        keep.push(p);
    }
    let p = temp_project(&repo());
    let article = p.path().join(format!("content/{SLUG}.md"));
    let text = read(&article);
    let cut = text.replace("The important thing now is our foreign policy towards Afghanistan that must only aim for peace on both sides.\n\n", "");
    std::fs::write(
        &article,
        cut.replace("many predictions", "several predictions"),
    )
    .unwrap();
    assert_eq!(safha(p.path(), &["extract"]).code, 0);
    assert_eq!(safha(p.path(), &["check", "--accept", "--yes"]).code, 0);
    assert!(read(&p.path().join(format!("locales/ur/{SLUG}.ftl"))).contains("# obsolete: "));
    written.extend(ftl_files(p.path()));
    keep.push(p);
    let site = tempfile::tempdir().unwrap();
    assert_eq!(safha(site.path(), &["init", "."]).code, 0);
    assert_eq!(safha(site.path(), &["new", "second-article"]).code, 0);
    written.extend(ftl_files(site.path()));

    let report = junk(&written);
    for f in &written {
        let entry = &report[f.to_str().unwrap()];
        assert_eq!(
            entry["junk"],
            serde_json::json!([]),
            "{}: {entry}",
            f.display()
        );
        // Messages, or (a translation not yet begun) placeholders for them.
        assert!(
            !entry["ids"].as_array().unwrap().is_empty() || read(f).contains("\n# untranslated: "),
            "{}",
            f.display()
        );
    }
    // Mozilla's parser sees the same messages safha does.
    for f in &written {
        let text = read(f);
        let ours: Vec<String> = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) | Err((r, _)) => r
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect(),
        };
        let theirs: Vec<String> = report[f.to_str().unwrap()]["ids"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        assert_eq!(ours, theirs, "{}", f.display());
    }
    // And it does see Junk where there is some: the lint fixture's broken line.
    let broken = junk(&[fixture("lint").join("locales/ur/lint.ftl")]);
    let j = &broken[fixture("lint")
        .join("locales/ur/lint.ftl")
        .to_str()
        .unwrap()]["junk"];
    assert_eq!(j.as_array().map(Vec::len), Some(1), "{j}");
}

#[test]
fn compare_locales_finds_no_errors_in_the_sample() {
    let run = |locales: &Path| -> Value {
        let out = Command::new(python())
            .arg(repo().join("tests/tools/compare_locales.py"))
            .arg(locales)
            .args(["en", "ur"])
            .output()
            .expect("python with compare-locales: run scripts/test.sh");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v[0]["summary"]["ur"].clone()
    };
    let summary = run(&repo().join("locales"));
    assert_eq!(summary["errors"], 0, "{summary}");
    assert_eq!(summary["missing"], 0, "{summary}");
    assert!(summary["changed"].as_u64().unwrap() >= 40, "{summary}");
    // It is a real judge: the lint fixture's broken file gives errors.
    let summary = run(&fixture("lint").join("locales"));
    assert!(summary["errors"].as_u64().unwrap() >= 1, "{summary}");
}

#[test]
fn messages_that_refer_to_themselves_are_errors() {
    let project = temp_project(&fixture("two"));
    let ui = project.path().join("locales/ur/ui.ftl");
    std::fs::write(
        &ui,
        "articles = مضامین { articles-b }\narticles-b = { articles }\nfeed = { feed }\nok = { -brand }\n-brand = صفحہ\n",
    )
    .unwrap();
    let (code, list) = check_json(project.path(), &[]);
    assert_eq!(code, 1, "{list:?}");
    let got: Vec<String> = list
        .iter()
        .filter(|d| d["code"] == "reference-cycle")
        .map(summary)
        .collect();
    assert_eq!(
        got,
        [
            "error reference-cycle locales/ur/ui.ftl:1:21 `articles` refers to itself: articles → articles-b → articles",
            "error reference-cycle locales/ur/ui.ftl:2:16 `articles-b` refers to itself: articles-b → articles → articles-b",
            "error reference-cycle locales/ur/ui.ftl:3:10 `feed` refers to itself: feed → feed",
        ]
    );
}

#[test]
fn html_in_a_translation_is_flagged() {
    let project = temp_project(&fixture("two"));
    assert_eq!(safha(project.path(), &["extract"]).code, 0);
    let ur = project.path().join("locales/ur/alpha.ftl");
    std::fs::write(&ur, read(&ur).replace("الفا کا متن", "<b>الفا</b> کا متن")).unwrap();
    let (code, list) = check_json(project.path(), &[]);
    assert_eq!(code, 0, "a warning: {list:?}");
    let got: Vec<String> = list
        .iter()
        .filter(|d| d["code"] == "raw-html")
        .map(summary)
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].contains("`p-alpha-body` holds HTML (<b>), which is published as text"),
        "{got:?}"
    );
}

#[test]
fn check_fix_shows_certain_fixes_and_writes_them_only_when_asked() {
    let project = temp_project(&repo());
    let dir = project.path();
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    let good = read(&ur);
    let broken = good
        .replacen("title = دہشت گردی", "title = دہشت گردي", 1)
        .replacen("تعلقات ناکام؟", "تعلقات ناکام?", 1);
    assert_ne!(broken, good);
    std::fs::write(&ur, &broken).unwrap();
    let dry = safha(dir, &["check", "--fix"]);
    assert!(dry.stderr.contains("would fix 2 in"), "{}", dry.stderr);
    assert!(dry.stderr.contains("+ title = دہشت گردی"), "{}", dry.stderr);
    assert_eq!(read(&ur), broken, "a dry run changes nothing");
    let run = safha(dir, &["check", "--fix", "--write"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("0 warnings"), "{}", run.stderr);
    assert_eq!(read(&ur), good, "exactly the fixed characters change");
}

#[test]
fn numbers_and_addresses_of_the_english_must_be_in_the_translation() {
    let project = temp_project(&repo());
    let dir = project.path();
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    let text = read(&ur);
    // The Peshawar attack: "over 100 deaths" in the English; the Urdu says 10.
    assert!(text.contains("100 سے زائد"));
    std::fs::write(&ur, text.replacen("100 سے زائد", "10 سے زائد", 1)).unwrap();
    let run = safha(dir, &["check", "--json"]);
    let found: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let numbers: Vec<&serde_json::Value> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "number-missing")
        .collect();
    assert_eq!(numbers.len(), 1, "{found}");
    assert!(
        numbers[0]["message"]
            .as_str()
            .unwrap()
            .contains("the number 100, the translation does not (it has 10)")
    );
    // The same number in Urdu digits is the same number.
    std::fs::write(&ur, text.replacen("100 سے زائد", "۱۰۰ سے زائد", 1)).unwrap();
    let run = safha(dir, &["check", "--json"]);
    assert!(!run.stdout.contains("number-missing"), "{}", run.stdout);
}

#[test]
fn a_mistyped_id_gets_did_you_mean_and_advice_that_keeps_the_translation() {
    let project = temp_project(&repo());
    let dir = project.path();
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    let text = read(&ur);
    std::fs::write(
        &ur,
        text.replacen("\np-taliban-2-0-is =", "\np-taliban-20-is =", 1),
    )
    .unwrap();
    let run = safha(dir, &["check", "--json"]);
    let found: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let typo = found
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "obsolete-message")
        .unwrap_or_else(|| panic!("{found}"));
    assert!(
        typo["message"]
            .as_str()
            .unwrap()
            .ends_with("did you mean `p-taliban-2-0-is`?"),
        "{typo}"
    );
    let hint = typo["hint"].as_str().unwrap();
    assert!(
        hint.contains("rename this message") && !hint.contains("extract"),
        "{hint}"
    );
}

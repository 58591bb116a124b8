//! The Nu Html Checker (vnu.jar, installed by scripts/test-deps.sh) on every page.

mod common;

use common::*;

#[test]
fn every_page_is_valid_html5() {
    let out = sample_build();
    // Also the self-contained pages (stylesheet and fonts inside) and the stylesheet.
    let inline = tempfile::tempdir().unwrap();
    let run = safha(
        &repo(),
        &[
            "build",
            "--format",
            "html",
            "--self-contained",
            "--out",
            inline.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages: Vec<std::path::PathBuf> = ["en", "ur", "parallel"]
        .iter()
        .flat_map(|s| {
            [
                out.join(SLUG).join(format!("{s}.html")),
                inline.path().join(SLUG).join(format!("{s}.html")),
            ]
        })
        .chain([out.join("index.html"), out.join("style.css")])
        .collect();
    let errors = vnu_errors(&pages);
    assert!(
        errors.is_empty(),
        "Nu Html Checker errors:\n{}",
        errors.join("\n")
    );
    // The checker really looked at the pages: a broken page is caught.
    let bad = tempfile::NamedTempFile::with_suffix(".html").unwrap();
    std::fs::write(
        bad.path(),
        "<!DOCTYPE html><html><head><title>x</title></head><body><p><div></p></body></html>",
    )
    .unwrap();
    let output = std::process::Command::new("java")
        .arg("-jar")
        .arg(vnu_jar())
        .args(["--format", "json"])
        .arg(bad.path())
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stderr).unwrap();
    assert!(
        report["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["type"] == "error")
    );
}

/// Every page of every corpus is valid too: the corpora's articles hold what the sample
/// does not. One error is the author's and stays: a heading level skipped in the Markdown
/// (tests/corpus/heldout11's `####` straight under a `##`) is set as written, as CommonMark
/// asks (the conformance test holds the web pages to it); the PDF's tags rank it one
/// below, as PDF/UA asks.
#[test]
fn every_corpus_page_is_valid_html5() {
    let mut projects = Vec::new();
    let mut pages = Vec::new();
    for name in ["realtext", "heldout"].into_iter().chain(HELD_OUT) {
        let project = built_corpus_as(name, "html");
        for entry in std::fs::read_dir(project.path().join("dist")).unwrap() {
            let dir = entry.unwrap().path();
            for stem in ["en", "ur", "parallel"] {
                let page = dir.join(format!("{stem}.html"));
                if page.exists() {
                    pages.push(page);
                }
            }
        }
        projects.push(project);
    }
    assert!(pages.len() > 150, "{}", pages.len());
    let errors: Vec<String> = vnu_errors(&pages)
        .into_iter()
        .filter(|e| !e.contains("heading level"))
        .collect();
    assert!(
        errors.is_empty(),
        "Nu Html Checker errors:\n{}",
        errors.join("\n")
    );
}

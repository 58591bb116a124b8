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

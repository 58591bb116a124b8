//! The Nu Html Checker (vnu.jar, installed by scripts/test-deps.sh) on every page.

mod common;

use common::*;

fn vnu_jar() -> std::path::PathBuf {
    let path = std::env::var_os("SAFHA_VNU_JAR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| repo().join(".tools/node_modules/vnu-jar/build/dist/vnu.jar"));
    assert!(
        path.exists(),
        "the Nu Html Checker is not installed at {}; run scripts/test.sh (it installs it)",
        path.display()
    );
    path
}

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
    let output = std::process::Command::new("java")
        .arg("-jar")
        .arg(vnu_jar())
        .args(["--format", "json", "--also-check-css"])
        .args(&pages)
        .output()
        .expect("run java");
    let report: serde_json::Value =
        serde_json::from_slice(&output.stderr).expect("vnu writes JSON to stderr");
    let errors: Vec<String> = report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["type"] == "error" || m["subType"] == "fatal")
        .map(|m| format!("{}:{}: {}", m["url"], m["lastLine"], m["message"]))
        .collect();
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

//! Syntax errors against the Fluent spec's own fixtures (`../shared/specs/fluent/`, each
//! `.ftl` with its reference AST in `.json`): every Junk entry of the reference is flagged
//! inside that entry, and nothing outside Junk is flagged; also with CRLF line ends and a
//! byte order mark. Error messages hold no raw control characters.

mod common;

use std::path::{Path, PathBuf};

use safha::l10n::ftl::FtlFile;
use serde_json::Value;

fn fixtures() -> Vec<PathBuf> {
    let dir = common::repo().join("../shared/specs/fluent");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .filter(|p| p.with_extension("json").exists())
        .collect();
    out.sort();
    out
}

/// The line ranges (1-based, inclusive) of the reference's Junk entries in `text`.
fn junk_lines(text: &str, ast: &Value) -> Vec<(usize, usize)> {
    let mut from = 0;
    let mut out = Vec::new();
    for entry in ast["body"].as_array().unwrap() {
        if entry["type"] != "Junk" {
            continue;
        }
        // crlf.ftl's reference keeps the CRs its copy here has lost.
        let content = entry["content"].as_str().unwrap().replace("\r\n", "\n");
        let content = content.as_str();
        let at = from
            + text[from..]
                .find(content)
                .expect("junk content in the file");
        from = at + content.len();
        let first = text[..at].matches('\n').count() + 1;
        let last = first + content.trim_end_matches('\n').matches('\n').count();
        out.push((first, last));
    }
    out
}

/// The lines safha reports syntax errors on, with their messages.
fn error_lines(text: &str) -> Vec<(usize, String)> {
    match FtlFile::from_bytes_lenient(Path::new("t.ftl"), text.as_bytes()) {
        Ok((_, errors)) | Err(errors) => errors
            .into_iter()
            .filter(|d| d.is_error())
            .map(|d| (d.line_col().map_or(0, |(l, _)| l), d.message))
            .collect(),
    }
}

fn judge(name: &str, text: &str, junk: &[(usize, usize)]) -> Vec<String> {
    let errors = error_lines(text);
    let mut problems = Vec::new();
    for (first, last) in junk {
        if !errors.iter().any(|(l, _)| (first..=last).contains(&l)) {
            problems.push(format!("{name}: junk at lines {first}-{last} not flagged"));
        }
    }
    for (line, message) in &errors {
        if !junk.iter().any(|(f, l)| (f..=l).contains(&line)) {
            problems.push(format!(
                "{name}:{line}: flagged outside any junk: {message}"
            ));
        }
        if message
            .chars()
            .any(|c| c.is_control() && c != '\n' || c == '\r')
        {
            problems.push(format!(
                "{name}:{line}: raw control character in {message:?}"
            ));
        }
    }
    problems
}

#[test]
fn every_junk_entry_of_the_spec_fixtures_is_flagged_and_nothing_else() {
    let mut problems = Vec::new();
    let mut junk_total = 0;
    for ftl in fixtures() {
        let name = ftl.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&ftl).unwrap();
        let ast: Value =
            serde_json::from_str(&std::fs::read_to_string(ftl.with_extension("json")).unwrap())
                .unwrap();
        let junk = junk_lines(&text, &ast);
        junk_total += junk.len();
        problems.extend(judge(&name, &text, &junk));
        // The same file as Windows editors save it, and with a byte order mark.
        if !text.contains('\r') {
            let crlf = text.replace('\n', "\r\n");
            problems.extend(judge(&format!("{name} (CRLF)"), &crlf, &junk));
        }
        problems.extend(judge(
            &format!("{name} (BOM)"),
            &format!("\u{feff}{text}"),
            &junk,
        ));
    }
    assert!(
        junk_total > 50,
        "the fixtures hold {junk_total} junk entries"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_last_line_of_spaces_is_nothing_and_a_control_character_only_a_warning() {
    for text in ["a = b\n   ", "a = b\n\t", "a = b\n"] {
        assert_eq!(error_lines(text), vec![], "{text:?}");
    }
    let (file, errors) =
        FtlFile::from_bytes_lenient(Path::new("t.ftl"), "a = x\u{7}y\n".as_bytes()).unwrap();
    assert!(errors.is_empty());
    assert_eq!(
        file.get("a").and_then(|m| m.text.as_deref()),
        Some("x\u{7}y")
    );
    assert!(file.warnings.iter().any(|w| w.code == "control-character"));
}

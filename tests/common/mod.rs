//! Helpers shared by the integration tests: run the real binary on real folders.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const SLUG: &str = "new-wave-of-terrorism";

/// The held-out corpora under tests/corpus that carry `expected/` texts (heldout4's rules):
/// every word of them must come out of every PDF edition.
pub const HELD_OUT: [&str; 13] = [
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
];

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests").join("fixtures").join(name)
}

/// The result of one `safha` run.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `safha` with `args` in `cwd`, with colours off.
pub fn safha(cwd: &Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_safha"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        // One web-font cache for the whole suite: each subset is made once.
        .env("SAFHA_CACHE_DIR", test_cache())
        .output()
        .expect("run safha");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The suite's shared cache folder (under target/, so `cargo clean` clears it).
pub fn test_cache() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("safha-cache")
}

/// Copies a folder tree (files and folders only).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A throwaway project: a copy of `content/` and `locales/` of `from`.
pub fn temp_project(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["content", "locales"] {
        if from.join(sub).exists() {
            copy_dir(&from.join(sub), &dir.path().join(sub));
        }
    }
    if from.join("safha.toml").exists() {
        std::fs::copy(from.join("safha.toml"), dir.path().join("safha.toml")).unwrap();
    }
    dir
}

/// Corpus `name` (`tests/corpus/<name>`) built in `format` (`pdf`, `html`) in a throwaway
/// project.
pub fn built_corpus_as(name: &str, format: &str) -> tempfile::TempDir {
    let project = temp_project(&repo().join("tests/corpus").join(name));
    let run = safha(project.path(), &["build", "--format", format]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    project
}

/// Fixture `fixture_name` extracted and built as PDFs in a throwaway project (translations
/// published however complete, unless the fixture says otherwise), and its article's slug.
pub fn built_pdfs(fixture_name: &str) -> (tempfile::TempDir, String) {
    let project = temp_project(&fixture(fixture_name));
    let dir = project.path();
    if !dir.join("safha.toml").exists() {
        std::fs::write(dir.join("safha.toml"), "min_complete = 0\n").unwrap();
    }
    let run = safha(dir, &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = safha(dir, &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let slug = std::fs::read_dir(dir.join("content"))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "md").then(|| p.file_stem().unwrap().to_string_lossy().into_owned())
        })
        .next()
        .unwrap();
    (project, slug)
}

/// The repository's sample, built once per test binary into a temporary folder.
pub fn sample_build() -> &'static Path {
    use std::sync::OnceLock;
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let run = safha(&repo(), &["build", "--out", out.path().to_str().unwrap()]);
        assert_eq!(run.code, 0, "sample build failed:\n{}", run.stderr);
        out
    })
    .path()
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn html(path: &Path) -> scraper::Html {
    scraper::Html::parse_document(&read(path))
}

pub fn sel(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).unwrap()
}

/// The text a reader sees of inline Markdown (pulldown-cmark, independent of safha).
pub fn plain(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut out = String::new();
    for ev in Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_STRIKETHROUGH) {
        match ev {
            // A `<br>` is a line break, as safha reads it.
            Event::InlineHtml(t) if safha::article::is_line_break(&t) => out.push(' '),
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    collapse(&out)
}

pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Messages of an `.ftl` file as (id, value text), parsed by fluent-syntax (values made only
/// of text and string literals, as extract writes them).
pub fn ftl_messages(path: &Path) -> Vec<(String, String)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let text = read(path);
    let res = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, e)| panic!("{} does not parse: {e:?}", path.display()));
    let mut out = Vec::new();
    for entry in res.body {
        if let Entry::Message(m) = entry {
            let Some(value) = m.value else { continue };
            let mut s = String::new();
            for el in value.elements {
                match el {
                    PatternElement::TextElement { value } => s.push_str(value),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                    } => s.push_str(value),
                    other => panic!("unexpected placeable in {}: {other:?}", m.id.name),
                }
            }
            out.push((m.id.name.to_string(), s));
        }
    }
    out
}

/// Share of letters in Arabic script.
pub fn arabic_share(s: &str) -> f64 {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 0.0;
    }
    let arabic = letters
        .iter()
        .filter(|c| matches!(**c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF))
        .count();
    arabic as f64 / letters.len() as f64
}

pub fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Words as a reader searches for them: runs of letters, marks and digits of one script,
/// with bidi controls, tatweel and soft hyphens removed.
pub fn words(text: &str, arabic: bool) -> Vec<String> {
    let clean: String = text
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x061C | 0x202A..=0x202E | 0x2066..=0x2069 | 0x0640 | 0x00AD))
        .collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut cur_arabic = false;
    for c in clean.chars() {
        let word_char = c.is_alphanumeric() || is_mark(c);
        let a = is_arabic(c);
        if word_char && (cur.is_empty() || a == cur_arabic || is_mark(c)) {
            if cur.is_empty() {
                cur_arabic = a;
            }
            cur.push(c);
        } else {
            if !cur.is_empty() && cur_arabic == arabic {
                out.push(std::mem::take(&mut cur));
            }
            cur.clear();
            if word_char {
                cur_arabic = a;
                cur.push(c);
            }
        }
    }
    if !cur.is_empty() && cur_arabic == arabic {
        out.push(cur);
    }
    out
}

/// Share of `expected` words that come out, in order (longest common subsequence).
pub fn recall(expected: &[String], got: &[String]) -> f64 {
    let mut prev = vec![0usize; got.len() + 1];
    let mut cur = vec![0usize; got.len() + 1];
    for e in expected {
        for (j, g) in got.iter().enumerate() {
            cur[j + 1] = if e == g {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[got.len()] as f64 / expected.len() as f64
}

/// A running `safha serve`, stopped when dropped (also when a test fails).
pub struct Server {
    child: std::process::Child,
    pub port: u16,
    pub log: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_server(dir: &std::path::Path) -> Server {
    start_server_making(dir, "html")
}

/// `safha serve` making the preview in `formats` (`html`, `html,pdf`).
pub fn start_server_making(dir: &std::path::Path, formats: &str) -> Server {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_safha"))
        .args(["serve", "--port", "0", "--format", formats])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SAFHA_CACHE_DIR", test_cache())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start safha serve");
    let stderr = child.stderr.take().unwrap();
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let (tx, rx) = std::sync::mpsc::channel();
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in std::io::BufRead::lines(std::io::BufReader::new(stderr)).map_while(Result::ok) {
            if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
                let port: u16 = rest.split('/').next().unwrap().parse().unwrap();
                let _ = tx.send(port);
            }
            sink.lock().unwrap().push_str(&(line + "\n"));
        }
    });
    let port = rx
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("the server announces its address");
    Server { child, port, log }
}

pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

/// The text of a PDF as one of the three extractors readers use gives it: poppler
/// (pdftotext), MuPDF (PyMuPDF 1.26) or pdf.js (pdfjs-dist), all installed by
/// scripts/test-deps.sh.
pub fn extract(extractor: &str, pdf: &Path) -> String {
    let tools = repo().join("tests/tools");
    let out = match extractor {
        "poppler" => Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(pdf)
            .arg("-")
            .output(),
        "mupdf" => {
            let python = std::env::var_os("SAFHA_PYTHON")
                .map(PathBuf::from)
                .unwrap_or_else(|| repo().join(".tools/venv/bin/python"));
            Command::new(python)
                .arg(tools.join("mupdf_text.py"))
                .arg(pdf)
                .output()
        }
        "pdfjs" => Command::new("node")
            .arg(tools.join("pdfjs_text.mjs"))
            .arg(pdf)
            .output(),
        _ => unreachable!(),
    }
    .unwrap_or_else(|e| {
        panic!("{extractor}: {e}; run scripts/test.sh (it installs the extractors)")
    });
    assert!(
        out.status.success(),
        "{extractor} failed on {}: {}\nrun scripts/test.sh (it installs the extractors)",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub const EXTRACTORS: [&str; 3] = ["poppler", "mupdf", "pdfjs"];

pub fn vnu_jar() -> std::path::PathBuf {
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

/// The errors the Nu Html Checker finds in `pages` (HTML, and CSS files), one line each.
pub fn vnu_errors(pages: &[PathBuf]) -> Vec<String> {
    let output = std::process::Command::new("java")
        .arg("-jar")
        .arg(vnu_jar())
        .args(["--format", "json", "--also-check-css"])
        .args(pages)
        .output()
        .expect("run java");
    let report: serde_json::Value =
        serde_json::from_slice(&output.stderr).expect("vnu writes JSON to stderr");
    report["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["type"] == "error" || m["subType"] == "fatal")
        .map(|m| format!("{}:{}: {}", m["url"], m["lastLine"], m["message"]))
        .collect()
}

/// `pdfinfo -struct-text`: poppler's reading of the structure tree, each element's marked
/// content in content order.
pub fn struct_text(pdf: &Path) -> String {
    let run = std::process::Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(pdf)
        .output()
        .expect("pdfinfo (poppler-utils)");
    String::from_utf8_lossy(&run.stdout).into_owned()
}

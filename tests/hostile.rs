//! Hostile files and bad luck, beyond the bad-input corpus: what an outside contributor's
//! pull request, pasted text or a downloaded font can hold, and what a killed or
//! concurrent build can do. Nothing is lost silently, nothing leaks out of the project,
//! nothing is half-written.

mod common;

use common::*;
use std::path::Path;

fn write(dir: &Path, rel: &str, text: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A project of one English article (no translation).
fn english(body: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "safha.toml", "languages = [\"en\"]\n");
    write(
        dir.path(),
        "content/long.md",
        format!("---\ntitle: Long\n---\n\n{body}\n"),
    );
    dir
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn a_word_wider_than_the_line_is_broken_never_lost() {
    let url = format!("https://example.org/{}", "segment/".repeat(200));
    let hash = "0123456789ABCDEF".repeat(50);
    let run_of_letters = "abcdefghij".repeat(8_000);
    let body = format!("Read {url} or the hash {hash}.\n\nThen {run_of_letters} ends.");
    let project = english(&body);
    let run = safha(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = extract("poppler", &project.path().join("dist/long/en.pdf"));
    // Every character is on a page: counted, since line and page breaks fall inside.
    assert_eq!(count(&text, "segment"), 200);
    assert_eq!(count(&text, "F"), 50);
    assert_eq!(count(&text, "j"), 8_000);
    // …and no line runs past the right margin (A4: 595 pt wide).
    let pages = std::process::Command::new("pdftotext")
        .args(["-bbox"])
        .arg(project.path().join("dist/long/en.pdf"))
        .arg("-")
        .output()
        .unwrap();
    let bbox = String::from_utf8_lossy(&pages.stdout);
    for x in bbox
        .split("xMax=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse::<f32>().ok())
    {
        assert!(x <= 560.0, "a word ends at x = {x}");
    }
}

#[test]
fn urdu_typed_without_spaces_is_broken_in_every_edition() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    write(p, "content/run.md", "---\ntitle: Run\n---\n\nA run.\n");
    let run = safha(p, &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ids = ftl_messages(&p.join("locales/en/run.ftl"));
    let word = "پاکستانزندہباد";
    write(
        p,
        "locales/ur/run.ftl",
        format!("title = دوڑ\n{} = یہ {} ہے\n", ids[1].0, word.repeat(400)),
    );
    let run = safha(p, &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for stem in ["ur", "parallel"] {
        let text = extract("poppler", &p.join(format!("dist/run/{stem}.pdf")));
        assert_eq!(count(&text, "پ"), 400, "{stem}.pdf");
    }
}

/// The repository's sample in a throwaway project, built once; returns it with a snapshot
/// of its output.
fn built_sample() -> (
    tempfile::TempDir,
    std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
) {
    let project = temp_project(&repo());
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = snapshot(&project.path().join("dist"));
    (project, before)
}

#[test]
fn a_damaged_font_is_an_error_naming_it_and_nothing_is_written() {
    let nastaliq = std::fs::read(repo().join("fonts/NotoNastaliqUrdu-Regular.ttf")).unwrap();
    let mut zeroed = nastaliq.clone();
    zeroed[12..12 + 16 * 20].fill(0);
    for (what, bytes) in [
        ("half of it", nastaliq[..nastaliq.len() / 2].to_vec()),
        ("its first kilobyte", nastaliq[..1024].to_vec()),
        ("its table directory zeroed", zeroed),
        (
            "a Latin font in its place",
            std::fs::read(repo().join("fonts/NotoSerif-Regular.ttf")).unwrap(),
        ),
    ] {
        let (project, before) = built_sample();
        let p = project.path();
        write(p, "fonts/NotoNastaliqUrdu-Regular.ttf", &bytes);
        // The page is touched so the build sees a change to make.
        let article = p.join(format!("content/{SLUG}.md"));
        let text = read(&article).replace("Taliban rule.", "Taliban rule again.");
        std::fs::write(&article, text).unwrap();
        let run = safha(p, &["build"]);
        assert_eq!(run.code, 1, "{what}: {}", run.stderr);
        assert!(
            run.stderr.contains("error[font-corrupt]"),
            "{what}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("fonts/NotoNastaliqUrdu-Regular.ttf"),
            "{what}: {}",
            run.stderr
        );
        assert_eq!(
            snapshot(&p.join("dist")),
            before,
            "{what}: the outputs changed"
        );
    }
}

#[test]
fn a_damaged_web_font_cache_is_made_again_not_published() {
    let project = temp_project(&repo());
    let p = project.path();
    let cache = tempfile::tempdir().unwrap();
    let build = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_safha"))
            .args(args)
            .current_dir(p)
            .env("SAFHA_CACHE_DIR", cache.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    build(&["build", "--format", "html"]);
    let fonts = p.join("dist/fonts");
    let good = snapshot(&fonts);
    // Every cached subset damaged in place (the published fonts are hard links to them).
    for entry in std::fs::read_dir(cache.path().join("webfonts")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "woff2") {
            let mut bytes = std::fs::read(&path).unwrap();
            let mid = bytes.len() / 2;
            bytes[mid] ^= 0xFF;
            let mut f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
            std::io::Write::write_all(&mut f, &bytes).unwrap();
        }
    }
    for args in [&["build", "--format", "html"][..], &["build", "--no-cache"]] {
        build(args);
        assert_eq!(
            snapshot(&fonts),
            good,
            "{args:?}: the web fonts are not as made"
        );
    }
}

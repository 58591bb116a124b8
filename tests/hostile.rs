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

/// Runs `safha build` in `dir`, giving up (and failing) after 60 seconds: a build that
/// reads a pipe or an endless device must not hang.
fn build_within_a_minute(dir: &Path, args: &[&str]) -> Run {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_safha"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SAFHA_CACHE_DIR", test_cache())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            panic!("the build hung");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[cfg(unix)]
fn link(target: &Path, at: &Path) {
    std::fs::create_dir_all(at.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, at).unwrap();
}

#[cfg(unix)]
#[test]
fn links_out_of_the_project_are_refused_and_never_echoed() {
    let secret_dir = tempfile::tempdir().unwrap();
    let secret = secret_dir.path().join("secret.txt");
    std::fs::write(&secret, "root:x:0:0:SECRET-LINE-1\nSECRET-LINE-2 = value\n").unwrap();
    for (at, code) in [
        ("locales/ur/alpha.ftl", "input-outside-project"),
        ("content/gamma.md", "input-outside-project"),
        ("templates/style.css", "input-outside-project"),
        ("templates/base.html", "input-outside-project"),
        ("locales/ur/ui.ftl", "input-outside-project"),
        ("safha.toml", "input-outside-project"),
    ] {
        let project = temp_project(&fixture("two"));
        let p = project.path();
        let _ = std::fs::remove_file(p.join(at));
        link(&secret, &p.join(at));
        let run = build_within_a_minute(p, &["build"]);
        assert_ne!(run.code, 0, "{at}: {}", run.stderr);
        assert!(run.stderr.contains(code), "{at}: {}", run.stderr);
        assert!(
            !run.stderr.contains("SECRET"),
            "{at} leaked: {}",
            run.stderr
        );
        let published = snapshot(&p.join("dist"));
        assert!(
            !published
                .values()
                .any(|b| String::from_utf8_lossy(b).contains("SECRET")),
            "{at} was published"
        );
        // check reads the same files the same way.
        let run = build_within_a_minute(p, &["check"]);
        assert!(
            !run.stderr.contains("SECRET"),
            "check, {at} leaked: {}",
            run.stderr
        );
    }
}

#[cfg(unix)]
#[test]
fn an_output_folder_that_is_a_link_into_the_project_is_refused() {
    for (into, code) in [
        ("content", "output-in-content"),
        ("fonts", "output-in-project-files"),
        ("locales", "output-in-project-files"),
        (".", "output-in-project-files"),
    ] {
        let project = temp_project(&fixture("two"));
        let p = project.path();
        std::fs::create_dir_all(p.join("fonts")).unwrap();
        let before = snapshot(p);
        link(&p.join(into), &p.join("dist"));
        let run = build_within_a_minute(p, &["build"]);
        assert_eq!(run.code, 1, "{into}: {}", run.stderr);
        assert!(run.stderr.contains(code), "{into}: {}", run.stderr);
        let _ = std::fs::remove_file(p.join("dist"));
        let mut after = snapshot(p);
        after.retain(|k, _| !k.starts_with(".safha-cache"));
        assert_eq!(after, before, "{into}: the project changed");
    }
}

#[test]
fn images_of_one_name_in_two_folders_stay_two() {
    let project = temp_project(&fixture("two"));
    let p = project.path();
    // Two different one-pixel PNGs, both called x.png.
    let png = |shade: u8| {
        let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
        v.extend_from_slice(&[shade; 16]);
        v
    };
    write(p, "content/a/x.png", png(1));
    write(p, "content/b/x.png", png(2));
    write(
        p,
        "content/alpha.md",
        "---\ntitle: Alpha\n---\n\nAlpha body.\n\n![one](a/x.png)\n\n![two](b/x.png)\n",
    );
    let run = safha(p, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let media = p.join("dist/alpha/media");
    assert_eq!(std::fs::read(media.join("a/x.png")).unwrap(), png(1));
    assert_eq!(std::fs::read(media.join("b/x.png")).unwrap(), png(2));
    let page = read(&p.join("dist/alpha/en.html"));
    assert!(page.contains("media/a/x.png") && page.contains("media/b/x.png"));
}

#[test]
fn escapes_of_control_characters_and_overrides_never_reach_a_page_feed_or_pdf() {
    let project = temp_project(&fixture("two"));
    let p = project.path();
    write(
        p,
        "safha.toml",
        "base_url = \"https://example.org/site/\"\n",
    );
    // Markdown entities of a control character and a noncharacter, and an override typed
    // in, in the body; Fluent string literals of the same in the title and the body.
    write(
        p,
        "content/beta.md",
        "---\ntitle: Beta\nsummary: \"Beta summary\"\n---\n\nBeta &#x1; body &#xFFFE; \u{202E}reversed\u{202C} end.\n",
    );
    let run = safha(p, &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let body = &ftl_messages(&p.join("locales/en/beta.ftl"))[2].0;
    write(
        p,
        "locales/ur/beta.ftl",
        format!(
            "title = بیٹا {{\"\\u0001\"}} \u{202E}عنوان\nsummary = خلاصہ {{\"\\u202E\"}}\n\
             {body} = بیٹا {{\"\\u0007\"}} کا متن۔ &#x202E;الٹا\n"
        ),
    );
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = p.join("dist");
    let files = snapshot(&out);
    for (rel, bytes) in &files {
        let name = rel.to_string_lossy();
        if name.ends_with(".woff2") || name.ends_with(".pdf") {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for c in ['\u{1}', '\u{7}', '\u{FFFE}', '\u{202E}', '\u{202C}'] {
            assert!(!text.contains(c), "{name} holds U+{:04X}", c as u32);
        }
    }
    // Every feed and the sitemap are well-formed XML.
    for xml in ["feeds/en.xml", "feeds/ur.xml", "sitemap.xml"] {
        let text = read(&out.join(xml));
        roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{xml}: {e}"));
    }
    // Every page passes the Nu Html Checker.
    let pages: Vec<std::path::PathBuf> = files
        .keys()
        .filter(|k| k.extension().is_some_and(|e| e == "html"))
        .map(|k| out.join(k))
        .collect();
    assert!(pages.len() >= 7, "{pages:?}");
    let errors = vnu_errors(&pages);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // The PDF's title (metadata) holds no override either.
    let info = std::process::Command::new("pdfinfo")
        .arg(out.join("beta/ur.pdf"))
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.contains("Title:") && !info.contains('\u{202E}'),
        "{info}"
    );
    // check names each, where it was written.
    let run = safha(p, &["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[control-character]: `title` puts the control character U+0001"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("locales/ur/beta.ftl:1:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("warning[bidi-override]"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("U+0007"), "{}", run.stderr);
}

#[test]
fn strict_publishes_nothing_check_finds_wrong() {
    let project = temp_project(&fixture("two"));
    let p = project.path();
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let before = snapshot(&p.join("dist"));
    // A translator adds a link and a remote tracking image the English does not have.
    let ftl = read(&p.join("locales/ur/alpha.ftl"));
    let ids = ftl_messages(&p.join("locales/ur/alpha.ftl"));
    let body = &ids[1].0;
    let text = ftl.lines().map(|l| {
        if l.starts_with(body.as_str()) {
            format!("{l} [یہاں دیکھیں](https://evil.example/x) ![](https://tracker.example/p.png)")
        } else {
            l.to_string()
        }
    });
    std::fs::write(
        p.join("locales/ur/alpha.ftl"),
        text.collect::<Vec<_>>().join("\n") + "\n",
    )
    .unwrap();
    let check = safha(p, &["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(
        check.stderr.contains("error[markup-link]"),
        "{}",
        check.stderr
    );
    let run = safha(p, &["build", "--strict"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[markup-link]"), "{}", run.stderr);
    assert_eq!(
        snapshot(&p.join("dist")),
        before,
        "--strict published something"
    );
}

#[test]
fn the_owners_own_fonts_and_the_cache_are_not_safhas_to_touch() {
    let project = english("A paragraph.");
    let p = project.path();
    // Fonts the site's owner keeps in the output's fonts/: not subsets safha wrote.
    write(p, "dist/fonts/Brand.woff2", "mine");
    write(p, "dist/fonts/mine.woff2", "mine");
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for kept in ["Brand.woff2", "mine.woff2"] {
        assert!(p.join("dist/fonts").join(kept).is_file(), "{kept} removed");
    }
    // A stale subset of an earlier build goes.
    write(p, "dist/fonts/NotoSerif-Regular.0123456789.woff2", "old");
    assert_eq!(safha(p, &["build"]).code, 0);
    assert!(
        !p.join("dist/fonts/NotoSerif-Regular.0123456789.woff2")
            .exists()
    );
    // The output folder may not hold the cache.
    let cache = test_cache();
    let run = safha(p, &["build", "--out", cache.to_str().unwrap()]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("cache folder"), "{}", run.stderr);
}

#[test]
fn an_image_header_claiming_a_huge_picture_is_no_image() {
    // SOI, SOF0 claiming 65535 × 65535, EOI: no picture data at all.
    let project = english("![A photo](media/a.jpg)");
    let p = project.path();
    let jpeg = [
        0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0x03, 1, 0x11, 0, 2,
        0x11, 0, 3, 0x11, 0, 0xFF, 0xD9,
    ];
    write(p, "content/media/a.jpg", jpeg);
    let run = safha(p, &["build"]);
    assert!(run.stderr.contains("image-pdf"), "{}", run.stderr);
    assert!(
        run.stderr.contains("larger than a page needs"),
        "{}",
        run.stderr
    );
    let pdf = std::fs::read(p.join("dist/long/en.pdf")).unwrap();
    assert!(!String::from_utf8_lossy(&pdf).contains("/Width 65535"));
}

/// WebP and GIF are decoded by crates that are not safha's: a GIF whose screen claims
/// 65535 × 65535 pixels, and a WebP cut short after its header, each cost the PDF its
/// picture (a warning naming the file), never the build.
#[test]
fn a_hostile_webp_or_gif_costs_its_picture_only() {
    let project = english("![A chart](media/a.gif)\n\n![A photo](media/b.webp)");
    let p = project.path();
    let mut gif = b"GIF89a\xff\xff\xff\xff\x00\x00\x00".to_vec();
    gif.extend_from_slice(b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00;");
    write(p, "content/media/a.gif", gif);
    write(
        p,
        "content/media/b.webp",
        b"RIFF\x40\x00\x00\x00WEBPVP8L\x30\x00\x00\x00\x2f",
    );
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("larger than a page needs"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("media/b.webp"), "{}", run.stderr);
    assert!(p.join("dist/long/en.pdf").is_file());
}

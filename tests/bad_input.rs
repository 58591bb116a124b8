//! Broken and hostile input: fallbacks, located errors, nothing injected, nothing lost.

mod common;

use common::*;

#[test]
fn missing_translation_falls_back_marked_and_warned_once() {
    let project = temp_project(&fixture("missing"));
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let id = "p-the-second-paragraph-has";
    // One warning for the article, naming the missing id.
    assert_eq!(
        run.stderr.matches("warning[translation-missing]").count(),
        1,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(id), "{}", run.stderr);
    assert!(
        run.stderr.contains("locales/ur/notes.ftl"),
        "{}",
        run.stderr
    );

    for stem in ["ur", "parallel"] {
        let doc = html(
            &project
                .path()
                .join("dist/notes")
                .join(format!("{stem}.html")),
        );
        let fallback: Vec<_> = doc.select(&sel(&format!("[data-segment={id}]"))).collect();
        let shown = fallback.last().expect("the untranslated segment is shown");
        assert_eq!(shown.value().attr("lang"), Some("en"), "{stem}");
        assert_eq!(shown.value().attr("dir"), Some("ltr"), "{stem}");
        assert!(shown.value().classes().any(|c| c == "fallback"), "{stem}");
        assert_eq!(
            collapse(&shown.text().collect::<String>()),
            "The second paragraph has no translation yet."
        );
        // Only that one segment falls back.
        assert_eq!(doc.select(&sel(".fallback")).count(), 1, "{stem}");
    }
}

#[test]
fn strict_makes_a_missing_translation_an_error() {
    let project = temp_project(&fixture("missing"));
    let run = safha(project.path(), &["build", "--strict"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[translation-missing]"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("p-the-second-paragraph-has"));
}

#[test]
fn malformed_ftl_names_file_line_col_and_holds_back_only_its_language() {
    let project = temp_project(&fixture("two"));
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let alpha_ur = project.path().join("dist/alpha/ur.html");
    let before = read(&alpha_ur);
    assert!(before.contains("الفا کا متن"));

    // Break alpha's translation: an unclosed placeable on line 2.
    std::fs::write(
        project.path().join("locales/ur/alpha.ftl"),
        "title = الفا\np-alpha-body = الفا { $oops کا متن۔\n",
    )
    .unwrap();
    std::fs::write(
        project.path().join("locales/ur/beta.ftl"),
        "title = بیٹا\np-beta-body = بیٹا کا نیا متن۔\n",
    )
    .unwrap();
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // file:line:col, the offending line, the span underlined.
    assert!(
        run.stderr.contains("locales/ur/alpha.ftl:2:21"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("p-alpha-body = الفا { $oops کا متن۔"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("^"), "{}", run.stderr);
    assert!(!run.stderr.contains("not built: alpha"), "{}", run.stderr);
    assert!(run.stderr.contains("language-withheld"), "{}", run.stderr);
    // Only alpha's Urdu editions are held back: its English is published, and the other
    // article rebuilt.
    assert!(!alpha_ur.exists() && !project.path().join("dist/alpha/parallel.html").exists());
    assert!(project.path().join("dist/alpha/en.html").is_file());
    assert!(read(&project.path().join("dist/beta/ur.html")).contains("بیٹا کا نیا متن"));
    // No temporary files were left among the outputs.
    let mut stack = vec![project.path().join("dist")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(!name.contains("tmp"), "temporary file {name} in the output");
            if e.path().is_dir() {
                stack.push(e.path());
            }
        }
    }
}

#[test]
fn a_failed_article_with_no_build_on_record_keeps_the_site_as_it_was() {
    let project = temp_project(&fixture("two"));
    // A cache of this test's own, removed after the first build: no record of alpha's
    // last good build exists (as on a machine where the site was built elsewhere).
    let cache = tempfile::tempdir().unwrap();
    let build = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_safha"))
            .arg("build")
            .current_dir(project.path())
            .env("NO_COLOR", "1")
            .env("SAFHA_CACHE_DIR", cache.path())
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = build();
    assert_eq!(code, Some(0), "{stderr}");
    std::fs::remove_dir_all(cache.path().join("builds")).unwrap();
    let site = ["index.html", "style.css", "sitemap.xml", "feeds/ur.xml"];
    let before: Vec<String> = site
        .iter()
        .map(|f| read(&project.path().join("dist").join(f)))
        .collect();
    assert!(before[0].contains("alpha/ur.html"));
    // Front matter that does not parse: the article cannot be built at all.
    let alpha = project.path().join("content/alpha.md");
    let good = read(&alpha);
    std::fs::write(&alpha, good.replace("title: Alpha", "title: [Alpha")).unwrap();
    let (code, stderr) = build();
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("site-kept"), "{stderr}");
    for (f, old) in site.iter().zip(&before) {
        assert_eq!(
            &read(&project.path().join("dist").join(f)),
            old,
            "{f} changed"
        );
    }
    // Once fixed, the site is rewritten.
    std::fs::write(&alpha, good).unwrap();
    let (code, stderr) = build();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("site-kept"), "{stderr}");
    assert_ne!(read(&project.path().join("dist/sitemap.xml")), "");
}

#[test]
fn script_and_javascript_links_never_survive() {
    let project = temp_project(&fixture("xss"));
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for stem in ["en", "ur", "parallel"] {
        let path = project
            .path()
            .join("dist/evil")
            .join(format!("{stem}.html"));
        let doc = html(&path);
        for bad in ["script", "iframe", "div[onclick]", "img[onerror]"] {
            assert_eq!(doc.select(&sel(bad)).count(), 0, "{stem}: <{bad}> survived");
        }
        for a in doc.select(&sel("[href], [src]")) {
            for attr in ["href", "src"] {
                if let Some(v) = a.value().attr(attr) {
                    let v = v.trim().to_ascii_lowercase();
                    assert!(
                        !v.starts_with("javascript:") && !v.starts_with("data:"),
                        "{stem}: {v}"
                    );
                }
            }
        }
        for el in doc.select(&sel("*")) {
            for (name, _) in el.value().attrs() {
                assert!(
                    !name.starts_with("on"),
                    "{stem}: event handler attribute {name}"
                );
            }
        }
        // The markup is shown as text, so nothing the author wrote is lost.
        let text: String = doc.root_element().text().collect();
        assert!(text.contains("<script>alert(1)</script>"), "{stem}");
    }
    // The safe link in the translation still works.
    let ur = html(&project.path().join("dist/evil/ur.html"));
    assert!(
        ur.select(&sel("a[href='https://example.org/ok']"))
            .next()
            .is_some()
    );
}

#[test]
fn bad_front_matter_is_located() {
    let project = temp_project(&fixture("two"));
    std::fs::write(
        project.path().join("content/alpha.md"),
        "---\ntitle: Alpha\ntitel: typo\n---\n\nBody.\n",
    )
    .unwrap();
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("content/alpha.md:3:1"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("titel"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_2() {
    let run = safha(&repo(), &["build", "--no-such-flag"]);
    assert_eq!(run.code, 2);
    let run = safha(&repo(), &["frobnicate"]);
    assert_eq!(run.code, 2);
    let run = safha(&repo(), &["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Examples:"), "{}", run.stdout);
    // Naming what does not exist is bad usage too.
    let run = safha(&repo(), &["--project", "no/such/folder", "build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let run = safha(&repo(), &["check", "--lang", "fr"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("its target languages: ur"),
        "{}",
        run.stderr
    );
    // An --id that accepts nothing fails rather than doing nothing quietly.
    let project = temp_project(&fixture("two"));
    let run = safha(project.path(), &["check", "--accept", "--id", "no-such-id"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--id no-such-id"), "{}", run.stderr);
}

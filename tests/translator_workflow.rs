//! The translator workflow on a copy of the sample: the English changes (a paragraph
//! inserted, edited, deleted, moved), `safha extract` runs, and every translation stays
//! attached to its English, turns stale with a word diff, or is kept as obsolete; then
//! `status`, `check --accept`, `build --stale`, `min_complete`, `new` and `init`.

mod common;

use common::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

fn article_path(dir: &Path) -> std::path::PathBuf {
    dir.join("content").join(format!("{SLUG}.md"))
}

/// Rewrites the article's body blocks (separated by blank lines; the front matter is the
/// first block) with `f`.
fn edit_blocks(dir: &Path, f: impl FnOnce(&mut Vec<String>)) {
    let path = article_path(dir);
    let text = read(&path);
    let mut blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    f(&mut blocks);
    std::fs::write(&path, blocks.join("\n\n")).unwrap();
}

fn position(blocks: &[String], start: &str) -> usize {
    blocks
        .iter()
        .position(|b| b.starts_with(start))
        .unwrap_or_else(|| panic!("no block starts with {start:?}"))
}

/// English text → Urdu translation, through the two files' ids.
fn pairs(dir: &Path) -> HashMap<String, String> {
    let en: HashMap<String, String> = ftl_messages(&dir.join(format!("locales/en/{SLUG}.ftl")))
        .into_iter()
        .collect();
    ftl_messages(&dir.join(format!("locales/ur/{SLUG}.ftl")))
        .into_iter()
        .filter_map(|(id, ur)| en.get(&id).map(|e| (e.clone(), ur)))
        .collect()
}

fn status(dir: &Path) -> Value {
    let run = safha(dir, &["status", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all: Value = serde_json::from_str(&run.stdout).unwrap();
    all.as_array()
        .unwrap()
        .iter()
        .find(|s| s["article"] == SLUG && s["lang"] == "ur")
        .cloned()
        .unwrap()
}

fn extract(dir: &Path) -> Run {
    let run = safha(dir, &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run
}

#[test]
fn inserting_a_paragraph_keeps_every_translation_attached() {
    let project = temp_project(&repo());
    let dir = project.path();
    let before = pairs(dir);
    let ids_before = ftl_messages(&dir.join(format!("locales/en/{SLUG}.ftl")));
    edit_blocks(dir, |b| {
        let at = position(b, "With the United States");
        b.insert(
            at,
            "An editor's note, added above everything else.".to_string(),
        );
    });
    extract(dir);
    let after = pairs(dir);
    assert_eq!(after, before, "every English text keeps its Urdu");
    // Unchanged segments keep their ids.
    let ids_after: HashMap<String, String> =
        ftl_messages(&dir.join(format!("locales/en/{SLUG}.ftl")))
            .into_iter()
            .collect();
    for (id, text) in &ids_before {
        assert_eq!(ids_after.get(id), Some(text), "{id} changed");
    }
    let s = status(dir);
    assert_eq!(s["missing"], 1);
    assert_eq!(s["stale"], 0);
    assert_eq!(s["missing_ids"][0], "p-an-editor-s-note");
}

#[test]
fn editing_a_sentence_makes_exactly_that_message_stale_with_a_word_diff() {
    let project = temp_project(&repo());
    let dir = project.path();
    edit_blocks(dir, |b| {
        let at = position(b, "Taliban 2.0");
        b[at] = b[at].replace(
            "there were many predictions",
            "there were several predictions",
        );
    });
    extract(dir);
    let s = status(dir);
    assert_eq!(s["stale"], 1, "{s}");
    assert_eq!(s["missing"], 0);
    let item = &s["stale_items"][0];
    assert_eq!(item["id"], "p-taliban-2-0-is");
    let changes: Vec<(String, String)> = item["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["op"] != "equal")
        .map(|c| {
            (
                c["op"].as_str().unwrap().to_string(),
                c["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("delete".to_string(), "many".to_string()),
            ("insert".to_string(), "several".to_string())
        ]
    );
    // The human report shows the same diff.
    let human = safha(dir, &["status"]);
    assert!(
        human.stdout.contains("stale     p-taliban-2-0-is: "),
        "{}",
        human.stdout
    );
    assert!(
        human
            .stdout
            .contains("there were [-many-]{+several+} predictions"),
        "{}",
        human.stdout
    );

    // The build still uses it, with a warning naming it.
    let out = tempfile::tempdir().unwrap();
    let run = safha(
        dir,
        &[
            "build",
            "--format",
            "html",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning[translation-stale]"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("p-taliban-2-0-is"));
    let page = read(&out.path().join(SLUG).join("ur.html"));
    assert!(page.contains("طالبان 2.0 دونوں ممالک"));
    // --stale=fallback shows the current English instead, marked as English.
    let run = safha(
        dir,
        &[
            "build",
            "--format",
            "html",
            "--stale",
            "fallback",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = html(&out.path().join(SLUG).join("ur.html"));
    let seg = doc
        .select(&sel(
            "[data-segment=\"p-taliban-2-0-is\"], #p-taliban-2-0-is",
        ))
        .next()
        .expect("the segment is on the page");
    assert_eq!(seg.value().attr("lang"), Some("en"));
    assert!(
        seg.text()
            .collect::<String>()
            .contains("several predictions")
    );

    // The translator updates it and accepts: no longer stale, the note holds the new English.
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    std::fs::write(
        &ur,
        read(&ur).replace("بہت سی پیش گوئیاں", "کئی پیش گوئیاں"),
    )
    .unwrap();
    let run = safha(dir, &["check", "--accept", "--id", "p-taliban-2-0-is"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "accepted 1 translation in locales/ur/new-wave-of-terrorism.ftl: p-taliban-2-0-is"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("translation-stale"), "{}", run.stderr);
    assert!(read(&ur).contains("# en: Taliban 2.0 is failing to keep peace between the two countries which has left them at loggerheads with eachother. After the fall of Kabul, there were several predictions"));
    assert_eq!(status(dir)["stale"], 0);
}

#[test]
fn deleting_a_paragraph_keeps_its_translation_as_obsolete_and_restores_it() {
    let project = temp_project(&repo());
    let dir = project.path();
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    let translation = ftl_messages(&ur)
        .into_iter()
        .find(|(id, _)| id == "p-the-important-thing-now")
        .unwrap()
        .1;
    let mut removed = String::new();
    edit_blocks(dir, |b| {
        removed = b.remove(position(b, "The important thing now"));
    });
    let run = extract(dir);
    assert!(
        run.stderr
            .contains("now obsolete (kept, commented out): p-the-important-thing-now"),
        "{}",
        run.stderr
    );
    let text = read(&ur);
    // Gone from the live messages, kept word for word in the obsolete section.
    assert!(
        ftl_messages(&ur)
            .iter()
            .all(|(id, _)| id != "p-the-important-thing-now")
    );
    let obsolete = &text[text.find("## Obsolete").expect("an obsolete section")..];
    assert!(
        obsolete.contains(&format!("# p-the-important-thing-now = {translation}")),
        "{obsolete}"
    );
    let s = status(dir);
    assert_eq!(s["obsolete"], 1);
    assert_eq!(s["obsolete_ids"][0], "p-the-important-thing-now");
    assert_eq!(s["missing"], 0);
    // Nothing else moved: the build has no warnings.
    let out = tempfile::tempdir().unwrap();
    let run = safha(
        dir,
        &[
            "build",
            "--format",
            "html",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);

    // The paragraph comes back elsewhere: so does its translation.
    edit_blocks(dir, |b| {
        let last = b.len();
        b.insert(last, removed.trim_end().to_string());
    });
    let run = extract(dir);
    assert!(
        run.stderr.contains("restored: p-the-important-thing-now"),
        "{}",
        run.stderr
    );
    assert!(!read(&ur).contains("## Obsolete"));
    assert_eq!(status(dir)["missing"], 0);
}

#[test]
fn moving_a_paragraph_moves_its_translation_with_it() {
    let project = temp_project(&repo());
    let dir = project.path();
    let before = pairs(dir);
    let moved = "Some believe that this";
    edit_blocks(dir, |b| {
        let from = position(b, moved);
        let block = b.remove(from);
        let to = position(b, "With the United States");
        b.insert(to, block);
    });
    extract(dir);
    assert_eq!(pairs(dir), before);
    let out = tempfile::tempdir().unwrap();
    let run = safha(
        dir,
        &[
            "build",
            "--format",
            "html",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    // In the parallel edition the moved paragraph is now the first row after the summary,
    // and its Urdu came along.
    let doc = html(&out.path().join(SLUG).join("parallel.html"));
    let rows: Vec<_> = doc.select(&sel(".pair")).collect();
    let row = rows
        .iter()
        .find(|r| r.text().collect::<String>().contains(moved))
        .expect("the moved paragraph");
    let urdu: String = row
        .select(&sel("[lang=\"ur\"]"))
        .flat_map(|e| e.text())
        .collect();
    assert!(urdu.contains("کچھ لوگوں کا خیال"), "{urdu}");
    let first_body_row = rows
        .iter()
        .position(|r| r.text().collect::<String>().contains(moved))
        .unwrap();
    let united = rows
        .iter()
        .position(|r| {
            r.text()
                .collect::<String>()
                .contains("With the United States")
        })
        .unwrap();
    assert!(first_body_row < united);
}

#[test]
fn a_language_below_min_complete_is_not_built() {
    let project = temp_project(&fixture("missing"));
    let dir = project.path();
    std::fs::write(dir.join("safha.toml"), "min_complete = 95\n").unwrap();
    let run = safha(dir, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning[below-min-complete]: notes: the ur editions are not built: 83.3 % of the words are translated, below min_complete = 95 %"),
        "{}",
        run.stderr
    );
    assert!(dir.join("dist/notes/en.html").exists());
    assert!(!dir.join("dist/notes/ur.html").exists());
    assert!(!dir.join("dist/notes/parallel.html").exists());
    // No page links to an edition that was not built.
    let en = read(&dir.join("dist/notes/en.html"));
    assert!(!en.contains("ur.html") && !en.contains("parallel.html"));
    let s: Value = serde_json::from_str(&safha(dir, &["status", "--json"]).stdout).unwrap();
    assert_eq!(s[0]["published"], false);
    assert_eq!(s[0]["missing_ids"][0], "p-the-second-paragraph-has");
    // The default threshold (80 %) publishes it.
    std::fs::remove_file(dir.join("safha.toml")).unwrap();
    let run = safha(dir, &["build", "--format", "html"]);
    assert_eq!(run.code, 0);
    assert!(dir.join("dist/notes/ur.html").exists());
}

/// Whether `status --json` (with `status_args`) says each language is published exactly
/// when `build` (with `build_args`) made its editions.
fn status_agrees_with_build(dir: &Path, status_args: &[&str], build_args: &[&str]) -> Value {
    let _ = std::fs::remove_dir_all(dir.join("dist"));
    let run = safha(dir, &[&["build", "--format", "html"], build_args].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = safha(dir, &[&["status", "--json"], status_args].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all: Value = serde_json::from_str(&run.stdout).unwrap();
    for s in all.as_array().unwrap() {
        let page = dir.join(format!("dist/notes/{}.html", s["lang"].as_str().unwrap()));
        assert_eq!(
            s["published"].as_bool().unwrap(),
            page.exists(),
            "status and build disagree on {}: {s}",
            s["lang"]
        );
    }
    all
}

#[test]
fn status_and_build_decide_what_is_published_alike() {
    let project = temp_project(&fixture("missing"));
    let dir = project.path();
    // A regional language beside its parent, with one message of its own: it draws on
    // `ur` for the rest, so it is as complete as `ur` is.
    std::fs::create_dir_all(dir.join("locales/ur-IN")).unwrap();
    std::fs::write(
        dir.join("locales/ur-IN/notes.ftl"),
        "title = میدانی نوٹس، بھارت\n",
    )
    .unwrap();
    let all = status_agrees_with_build(dir, &[], &[]);
    let of = |lang: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|s| s["lang"] == lang)
            .cloned()
            .unwrap()
    };
    assert_eq!(of("ur-IN")["published"], true);
    assert_eq!(
        of("ur-IN")["complete_percent"],
        of("ur")["complete_percent"]
    );
    assert_eq!(of("ur-IN")["missing_ids"], of("ur")["missing_ids"]);

    // The long paragraph's translation goes stale. Kept (the default), both publish;
    // shown in English (`--stale fallback`), neither does, and status says so too.
    let ftl = dir.join("locales/ur/notes.ftl");
    let text = read(&ftl).replace(
        "p-the-first-paragraph-is =",
        "# en: The first paragraph was shorter.\np-the-first-paragraph-is =",
    );
    std::fs::write(&ftl, text).unwrap();
    let kept = status_agrees_with_build(dir, &[], &[]);
    assert!(
        kept.as_array()
            .unwrap()
            .iter()
            .all(|s| s["published"] == true)
    );
    let shown_in_english =
        status_agrees_with_build(dir, &["--stale", "fallback"], &["--stale", "fallback"]);
    let ur = shown_in_english
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["lang"] == "ur")
        .unwrap();
    assert_eq!(ur["published"], false, "{ur}");
    assert_eq!(ur["stale_items"][0]["id"], "p-the-first-paragraph-is");
}

#[test]
fn init_makes_a_project_that_builds_and_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let run = safha(dir.path(), &["init", "site"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = safha(&site, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    for f in [
        "en.html",
        "ur.html",
        "parallel.html",
        "en.pdf",
        "ur.pdf",
        "parallel.pdf",
    ] {
        assert!(site.join("dist/welcome").join(f).is_file(), "{f}");
    }
    let run = safha(&site, &["check", "--deny-warnings"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // A second init refuses to overwrite.
    let again = safha(dir.path(), &["init", "site"]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("already holds a project"),
        "{}",
        again.stderr
    );

    // `new` adds an article and its source messages; its Urdu is missing, not published.
    let run = safha(&site, &["new", "budget-2025", "--title", "The 2025 budget"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(read(&site.join("content/budget-2025.md")).contains("title: \"The 2025 budget\""));
    let messages = ftl_messages(&site.join("locales/en/budget-2025.ftl"));
    assert_eq!(
        messages[0],
        ("title".to_string(), "The 2025 budget".to_string())
    );
    assert_eq!(safha(&site, &["new", "budget-2025"]).code, 1);
    assert_eq!(safha(&site, &["new", "Not A Slug"]).code, 2);
    let run = safha(&site, &["build", "--format", "html"]);
    assert!(
        run.stderr
            .contains("budget-2025: the ur editions are not built: 0.0 %"),
        "{}",
        run.stderr
    );
}

/// The ids of the messages and placeholders of a translation file, in file order.
fn ids_in_order(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| {
            l.strip_prefix("# untranslated: ")
                .map(str::to_string)
                .or_else(|| {
                    let (id, _) = l.split_once(" =")?;
                    (!id.starts_with(['#', ' ']) && !id.is_empty()).then(|| id.to_string())
                })
        })
        .collect()
}

#[test]
fn extract_gives_every_language_a_file_with_every_segment_in_order() {
    let project = temp_project(&repo());
    let dir = project.path();
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    let source_ids: Vec<String> = ftl_messages(&dir.join(format!("locales/en/{SLUG}.ftl")))
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    // A language added to the project: its file is created, every segment a placeholder
    // holding the English, in source order; the file parses and nothing counts as done.
    std::fs::create_dir_all(dir.join("locales/pa-Arab")).unwrap();
    extract(dir);
    let pa = read(&dir.join(format!("locales/pa-Arab/{SLUG}.ftl")));
    assert_eq!(ids_in_order(&pa), source_ids);
    assert!(pa.contains("# en: New wave of Terrorism"), "{pa}");
    assert_eq!(safha(dir, &["check"]).code, 0);
    // The Urdu file is complete already: extract leaves it byte for byte.
    let before = read(&ur);
    extract(dir);
    assert_eq!(read(&ur), before);

    // A paragraph inserted in the middle: its placeholder is where it is in the article.
    edit_blocks(dir, |b| {
        let at = position(b, "With the United States");
        b.insert(at + 1, "A paragraph the editor added.".to_string());
    });
    extract(dir);
    let text = read(&ur);
    let ids = ids_in_order(&text);
    let at = ids
        .iter()
        .position(|i| i == "p-a-paragraph-the-editor")
        .unwrap();
    assert_eq!(ids[at - 1], "p-with-the-united-states", "{ids:?}");
    assert!(text.contains(
        "# en: A paragraph the editor added.\n# untranslated: p-a-paragraph-the-editor\n"
    ));
    assert_eq!(status(dir)["missing"], 1);

    // Translated in a text editor, by replacing the placeholder line: it publishes, with
    // the English above it as its note.
    std::fs::write(
        &ur,
        text.replace(
            "# untranslated: p-a-paragraph-the-editor",
            "p-a-paragraph-the-editor = مدیر کا شامل کردہ پیراگراف۔",
        ),
    )
    .unwrap();
    extract(dir);
    assert_eq!(status(dir)["missing"], 0);
    let run = safha(dir, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        read(&dir.join(format!("dist/{SLUG}/ur.html"))).contains("مدیر کا شامل کردہ پیراگراف۔")
    );

    // The English edited: the note keeps the English it was made from and shows the new.
    let path = article_path(dir);
    std::fs::write(
        &path,
        read(&path).replace(
            "A paragraph the editor added.",
            "A paragraph the editor rewrote.",
        ),
    )
    .unwrap();
    extract(dir);
    let text = read(&ur);
    assert!(
        text.contains("# en: A paragraph the editor added.\n# now: A paragraph the editor rewrote.\np-a-paragraph-the-editor = "),
        "{text}"
    );
    assert_eq!(safha(dir, &["check", "--accept", "--yes"]).code, 0);
    let text = read(&ur);
    assert!(
        text.contains("# en: A paragraph the editor rewrote.\np-a-paragraph-the-editor = "),
        "{text}"
    );
    assert!(!text.contains("# now:"), "{text}");
}

#[test]
fn status_filters_and_summary_list_only_what_needs_work() {
    let project = temp_project(&repo());
    let dir = project.path();
    std::fs::create_dir_all(dir.join("locales/pa-Arab")).unwrap();
    let toml = dir.join("safha.toml");
    std::fs::write(
        &toml,
        read(&toml).replace(
            r#"languages = ["en", "ur"]"#,
            r#"languages = ["en", "ur", "pa-Arab"]"#,
        ),
    )
    .unwrap();
    extract(dir);
    let summary = safha(dir, &["status", "--summary"]);
    assert_eq!(summary.code, 0, "{}", summary.stderr);
    // The Urdu is complete: only the new language needs work.
    assert_eq!(summary.stdout.lines().count(), 1, "{}", summary.stdout);
    assert!(
        summary
            .stdout
            .starts_with(&format!("{SLUG} [pa-Arab]: 26 missing")),
        "{}",
        summary.stdout
    );
    let ur = safha(dir, &["status", "--summary", "--lang", "ur", SLUG]);
    assert!(ur.stdout.starts_with("nothing needs work"), "{}", ur.stdout);
    let json = safha(dir, &["status", "--json", "--lang", "pa-Arab"]);
    let list: Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(safha(dir, &["status", "--lang", "xx"]).code, 2);
    let unknown = safha(dir, &["status", "no-such-article"]);
    assert_ne!(unknown.code, 0);
    assert!(
        unknown.stderr.contains("no article `no-such-article`"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn accept_without_yes_lists_what_it_would_accept_and_changes_nothing() {
    let project = temp_project(&repo());
    let dir = project.path();
    let path = article_path(dir);
    std::fs::write(
        &path,
        read(&path).replace("many predictions", "several predictions"),
    )
    .unwrap();
    extract(dir);
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    let before = read(&ur);
    let run = safha(dir, &["check", "--accept"]);
    assert!(
        run.stderr.contains("would accept 1 translation in"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("p-taliban-2-0-is"), "{}", run.stderr);
    assert_eq!(read(&ur), before);
    assert_eq!(status(dir)["stale"], 1);
    let run = safha(dir, &["check", "--accept", "--yes"]);
    assert!(
        run.stderr.contains("accepted 1 translation in"),
        "{}",
        run.stderr
    );
    assert_eq!(status(dir)["stale"], 0);
}

#[test]
fn a_copied_english_message_is_flagged_unless_marked_as_meant_to_read_the_same() {
    let project = temp_project(&repo());
    let dir = project.path();
    let ur = dir.join(format!("locales/ur/{SLUG}.ftl"));
    std::fs::copy(dir.join(format!("locales/en/{SLUG}.ftl")), &ur).unwrap();
    let text = read(&ur);
    std::fs::write(
        &ur,
        text.replacen("\ntitle =", "\n# same-as-source\ntitle =", 1),
    )
    .unwrap();
    let lint = safha(dir, &["check", "--json"]);
    let found: Value = serde_json::from_str(&lint.stdout).unwrap();
    let untranslated: Vec<&Value> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "untranslated")
        .collect();
    assert_eq!(
        untranslated.len(),
        25,
        "every copy but the marked title: {found}"
    );
    assert!(
        untranslated[0]["hint"]
            .as_str()
            .unwrap()
            .contains("# same-as-source")
    );
    // `status` says so too, and lists them as work to do.
    let summary = safha(dir, &["status", "--summary"]);
    assert!(
        summary.stdout.contains("25 copied from the English"),
        "{}",
        summary.stdout
    );
    let json: Value = serde_json::from_str(&safha(dir, &["status", "--json"]).stdout).unwrap();
    assert_eq!(json[0]["copied"], 25);
    assert!(
        !json[0]["copied_ids"]
            .as_array()
            .unwrap()
            .contains(&Value::from("title"))
    );
    // Copies are not translations: the share translated is the marked title's alone,
    // far below `min_complete`, so the build makes no Urdu edition of English text.
    let complete = json[0]["complete_percent"].as_f64().unwrap();
    assert!(complete < 10.0, "{complete}");
    assert_eq!(json[0]["published"], false);
    assert_eq!(json[0]["translated"], 1);
    let run = safha(dir, &["build", "--format", "html"]);
    assert!(run.stderr.contains("below-min-complete"), "{}", run.stderr);
    assert!(!dir.join(format!("dist/{SLUG}/ur.html")).exists());
    // Published anyway (min_complete = 0), a copy is marked as the English it is.
    std::fs::write(dir.join("safha.toml"), "min_complete = 0\n").unwrap();
    let run = safha(dir, &["build", "--format", "html"]);
    assert!(run.code == 0, "{}", run.stderr);
    let page = read(&dir.join(format!("dist/{SLUG}/ur.html")));
    assert!(
        page.matches(r#"lang="en""#).count() >= 24,
        "copied paragraphs are marked English: {page}"
    );
}

#[test]
fn extract_makes_the_folder_of_a_target_language_safha_toml_names() {
    let project = temp_project(&repo());
    let dir = project.path();
    std::fs::remove_dir_all(dir.join("locales/ur")).unwrap();
    extract(dir);
    let ur = read(&dir.join(format!("locales/ur/{SLUG}.ftl")));
    assert_eq!(ur.matches("\n# untranslated: ").count(), 26, "{ur}");
}

//! `safha export` / `safha import`: XLIFF 2.0 and PO files that the references accept
//! (xmllint against OASIS's XLIFF 2.0 core schema, `msgfmt --check`), and that come back
//! into the `.ftl` files changing exactly what the translator changed.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

/// A copy of the real-text corpus where one English paragraph has changed since it was
/// translated (stale) and one translation is gone (new).
fn project() -> tempfile::TempDir {
    let dir = temp_project(&repo().join("tests/corpus/realtext"));
    let md = dir.path().join("content/karachi-rain-diary.md");
    let text = read(&md);
    let edited = text.replacen("Karachi", "Karachi city", 1);
    assert_ne!(text, edited);
    std::fs::write(&md, edited).unwrap();
    let ftl = dir.path().join("locales/ur/monsoon-floods-ndma.ftl");
    let text = read(&ftl);
    let start = text.find("\ntitle = ").expect("a title") + 1;
    let end = start + text[start..].find('\n').unwrap() + 1;
    std::fs::write(&ftl, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let run = safha(dir.path(), &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    dir
}

fn export(dir: &Path, format: &str) -> String {
    let out = dir.join(format!("out.{format}"));
    let run = safha(
        dir,
        &[
            "export",
            "--format",
            format,
            "--lang",
            "ur",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    read(&out)
}

fn import(dir: &Path, name: &str, text: &str) -> Run {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    safha(dir, &["import", path.to_str().unwrap()])
}

fn locales(dir: &Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    snapshot(&dir.join("locales"))
}

#[test]
fn files_pass_the_reference_validators() {
    let dir = project();
    let xliff = export(dir.path(), "xliff");
    assert!(xliff.contains("subState=\"safha:stale\""), "a stale unit");
    assert!(xliff.contains("category=\"previous-source\""));
    let run = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(repo().join("tests/schemas/xliff-2.0/xliff_core_2.0.xsd"))
        .arg(dir.path().join("out.xliff"))
        .output()
        .expect("xmllint (scripts/test-deps.sh installs libxml2-utils)");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let po = export(dir.path(), "po");
    assert!(po.contains("#, fuzzy\n#| msgid"), "a stale entry");
    let run = Command::new("msgfmt")
        .args(["--check", "-o", "/dev/null"])
        .arg(dir.path().join("out.po"))
        .output()
        .expect("msgfmt (scripts/test-deps.sh installs gettext)");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // Every segment of every article is a unit, once.
    let segments: usize = std::fs::read_dir(dir.path().join("locales/en"))
        .unwrap()
        .map(|e| ftl_messages(&e.unwrap().path()).len())
        .sum();
    assert_eq!(xliff.matches("<unit ").count(), segments);
    assert_eq!(po.matches("\nmsgctxt ").count(), segments);
}

#[test]
fn an_unedited_round_trip_changes_no_byte() {
    let dir = project();
    let before = locales(dir.path());
    for format in ["xliff", "po"] {
        let text = export(dir.path(), format);
        let run = import(dir.path(), &format!("back.{format}"), &text);
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert!(run.stderr.contains("nothing changed"), "{}", run.stderr);
        assert_eq!(locales(dir.path()), before, "{format}");
    }
}

/// The messages of the Urdu file of `slug`, id → value.
fn urdu(dir: &Path, slug: &str) -> Vec<(String, String)> {
    ftl_messages(&dir.join(format!("locales/ur/{slug}.ftl")))
}

#[test]
fn an_edited_unit_changes_exactly_that_message() {
    let dir = project();
    let slug = "pakistan-new-zealand-t20";
    let before = urdu(dir.path(), slug);
    let (id, old) = before[2].clone();
    let xliff = export(dir.path(), "xliff");
    let target = format!("<target xml:space=\"preserve\">{}</target>", xml(&old));
    assert_eq!(xliff.matches(&target).count(), 1, "{target}");
    let edited = xliff.replace(&target, "<target>نیا ترجمہ &amp; &lt;b&gt;</target>");
    let run = import(dir.path(), "edited.xlf", &edited);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = urdu(dir.path(), slug);
    let changed: Vec<_> = before
        .iter()
        .zip(&after)
        .filter(|(a, b)| a != b)
        .map(|(_, b)| b.clone())
        .collect();
    assert_eq!(changed, vec![(id, "نیا ترجمہ & <b>".to_string())]);
    // The other files are as they were.
    let others = |d: &Path| {
        let mut s = locales(d);
        s.remove(Path::new(&format!("ur/{slug}.ftl")));
        s
    };
    let fresh = project();
    assert_eq!(others(dir.path()), others(fresh.path()));
}

#[test]
fn a_new_unit_translated_and_a_stale_one_reviewed_in_po() {
    let dir = project();
    let po = export(dir.path(), "po");
    // The new unit: the monsoon article's title; the stale one: the diary's.
    let new_at = po
        .find("monsoon-floods-ndma.md#title\"")
        .expect("the new unit");
    let msgstr = new_at + po[new_at..].find("msgstr \"\"").unwrap();
    let mut edited = format!(
        "{}msgstr \"سیلاب\"{}",
        &po[..msgstr],
        &po[msgstr + "msgstr \"\"".len()..]
    );
    let fuzzy = edited.find("#, fuzzy\n").expect("a stale unit");
    edited.replace_range(fuzzy..fuzzy + "#, fuzzy\n".len(), "");
    let run = import(dir.path(), "done.po", &edited);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        urdu(dir.path(), "monsoon-floods-ndma").contains(&("title".into(), "سیلاب".into())),
        "the new translation is in its file"
    );
    let status = safha(dir.path(), &["status", "--summary"]);
    assert!(
        status.stdout.contains("nothing needs work"),
        "{}",
        status.stdout
    );
}

#[test]
fn a_bad_file_is_located_and_writes_nothing() {
    let dir = project();
    let before = locales(dir.path());
    let xliff = export(dir.path(), "xliff");
    let cases = [
        (
            "unknown id",
            xliff.replacen("<unit id=\"title\"", "<unit id=\"titel\"", 1),
            "has no segment `titel`",
        ),
        (
            "other language",
            xliff.replacen("trgLang=\"ur\"", "trgLang=\"fr\"", 1),
            "does not translate into",
        ),
        (
            "not XML",
            xliff.replacen("</file>", "</fil>", 1),
            "not well-formed",
        ),
    ];
    for (what, text, says) in cases {
        let run = import(dir.path(), "bad.xlf", &text);
        assert_eq!(run.code, 1, "{what}");
        assert!(run.stderr.contains(says), "{what}: {}", run.stderr);
        assert_eq!(locales(dir.path()), before, "{what}");
    }
    // Located: the unknown unit's line.
    let bad = xliff.replacen("<unit id=\"title\"", "<unit id=\"titel\"", 1);
    let line = bad[..bad.find("\"titel\"").unwrap()].lines().count();
    let run = import(dir.path(), "bad.xlf", &bad);
    assert!(
        run.stderr.contains(&format!("bad.xlf:{line}:")),
        "{}",
        run.stderr
    );
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `po` with the entry of `ctx` changed by `edit` (its text from `msgctxt` to the blank
/// line after it).
fn po_entry(po: &str, ctx: &str, edit: impl Fn(&str) -> String) -> String {
    let at = po.find(&format!("msgctxt \"{ctx}\"")).expect("the entry");
    let start = po[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let end = at + po[at..].find("\n\n").unwrap_or(po.len() - at);
    format!("{}{}{}", &po[..start], edit(&po[start..end]), &po[end..])
}

#[test]
fn an_import_never_loses_a_translation_nor_hides_a_change_in_the_english() {
    let dir = project();
    let slug = "pakistan-new-zealand-t20";
    let before = urdu(dir.path(), slug);
    let (id, old) = before[2].clone();
    let ctx = format!("content/{slug}.md#{id}");
    let po = export(dir.path(), "po");
    let msgstr = |entry: &str, to: &str| {
        let i = entry.find("msgstr ").unwrap();
        format!("{}msgstr \"{to}\"", &entry[..i])
    };
    // A draft over the translation, and an empty target: neither replaces it.
    for (name, edited) in [
        (
            "draft.po",
            po_entry(&po, &ctx, |e| format!("#, fuzzy\n{}", msgstr(e, "مسودہ"))),
        ),
        ("empty.po", po_entry(&po, &ctx, |e| msgstr(e, ""))),
    ] {
        let run = import(dir.path(), name, &edited);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(run.stderr.contains("warning[import-"), "{}", run.stderr);
        assert_eq!(urdu(dir.path(), slug), before, "{name}");
    }
    // The same unit twice: an error naming it, nothing written, no crash.
    let twice = po_entry(&po, &ctx, |e| format!("{e}\n\n{}", msgstr(e, "دوسرا")));
    let twice = po_entry(&twice, &ctx, |e| msgstr(e, "پہلا"));
    let run = import(dir.path(), "twice.po", &twice);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[import-duplicate]"),
        "{}",
        run.stderr
    );
    assert_eq!(urdu(dir.path(), slug), before);
    // The English changes after the export: importing the old file, untouched or with
    // the translation edited, leaves the message to review.
    let md = dir.path().join(format!("content/{slug}.md"));
    let english = ftl_messages(&dir.path().join(format!("locales/en/{slug}.ftl")));
    let sentence = &english.iter().find(|(i, _)| *i == id).unwrap().1;
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let text = read(&md);
    let first = text.find(words[0]).unwrap();
    std::fs::write(&md, format!("{}Indeed, {}", &text[..first], &text[first..])).unwrap();
    assert_eq!(safha(dir.path(), &["extract"]).code, 0);
    let stale = |d: &Path| {
        safha(d, &["status"])
            .stdout
            .contains(&format!("stale     {id}"))
    };
    assert!(stale(dir.path()));
    for (name, file) in [
        ("old.po", po.clone()),
        (
            "old-edited.po",
            po_entry(&po, &ctx, |e| msgstr(e, &format!("{old} نیا"))),
        ),
    ] {
        let run = import(dir.path(), name, &file);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr.contains("warning[import-old-english]"),
            "{}",
            run.stderr
        );
        assert!(stale(dir.path()), "{name}: {}", run.stderr);
    }
}

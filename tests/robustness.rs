//! Builds that are killed, repeated, or run in another environment: a SIGKILL at any
//! moment leaves every edition whole (the old one or the new one) and no temporary file;
//! the bytes do not depend on the locale, the time zone, the clock, the number of threads
//! or the order the file system lists files in; an unchanged article is not rebuilt, and
//! anything it depends on invalidates it.

mod common;

use common::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// A project of `n` copies of the sample (slugs `copy-01` …), files written in the given
/// order of indices.
fn corpus(dir: &Path, order: &[usize]) {
    let md = read(&repo().join(format!("content/{SLUG}.md")));
    let en = read(&repo().join(format!("locales/en/{SLUG}.ftl")));
    let ur = read(&repo().join(format!("locales/ur/{SLUG}.ftl")));
    for sub in ["content", "locales/en", "locales/ur"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::copy(repo().join("safha.toml"), dir.join("safha.toml")).unwrap();
    for &i in order {
        let slug = format!("copy-{i:02}");
        std::fs::write(dir.join(format!("content/{slug}.md")), &md).unwrap();
        let en = en.replace(&format!("content/{SLUG}.md"), &format!("content/{slug}.md"));
        std::fs::write(dir.join(format!("locales/en/{slug}.ftl")), en).unwrap();
        std::fs::write(dir.join(format!("locales/ur/{slug}.ftl")), &ur).unwrap();
    }
}

fn build(dir: &Path, out: &Path, envs: &[(&str, &str)]) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_safha"));
    cmd.args(["build", "--no-cache", "--out"])
        .arg(out)
        .current_dir(dir);
    cmd.env("SAFHA_CACHE_DIR", test_cache())
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let o = cmd.output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    snapshot(out)
}

#[test]
fn a_killed_build_leaves_every_edition_whole() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    corpus(p, &(0..6).collect::<Vec<_>>());
    let dist = p.join("dist");
    let old = build(p, &dist, &[]);
    // The new version: every article and translation edited.
    for i in 0..6 {
        let md = p.join(format!("content/copy-{i:02}.md"));
        std::fs::write(&md, read(&md).replace("Kabul", "Kaabul")).unwrap();
        let ur = p.join(format!("locales/ur/copy-{i:02}.ftl"));
        std::fs::write(&ur, read(&ur).replace("کابل", "کابُل")).unwrap();
    }
    let reference = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let new = build(p, reference.path(), &[]);
    let full = started.elapsed();
    assert_ne!(old, new);

    // Files that differ between the two versions, and how many of them each kill left new.
    let differing = old
        .iter()
        .filter(|(rel, b)| new.get(*rel) != Some(*b))
        .count();
    let mut midway = 0;
    // Fixed moments, then moments spread across the time a whole build took on this
    // machine, so some kill lands between the first and the last article however fast
    // or slow the machine (and the profile) is.
    let full_ms = full.as_millis() as u64;
    let mut delays: Vec<u64> = vec![1, 10, 30, 60, 120, 250, 500];
    delays.extend((1..16).map(|k| full_ms * k / 16));
    for delay_ms in delays {
        if midway >= 2 && delay_ms > 500 {
            break;
        }
        // Back to the old editions.
        let _ = std::fs::remove_dir_all(&dist);
        for (rel, bytes) in &old {
            let f = dist.join(rel);
            std::fs::create_dir_all(f.parent().unwrap()).unwrap();
            std::fs::write(f, bytes).unwrap();
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_safha"))
            .args(["build", "--no-cache"])
            .current_dir(p)
            .env("SAFHA_CACHE_DIR", test_cache())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = snapshot(&dist);
        for (rel, bytes) in &now {
            let name = rel.to_string_lossy();
            assert!(
                !name.contains(".tmp") && !name.contains(".safha-"),
                "{delay_ms} ms: temporary file {name}"
            );
            assert!(
                old.get(rel) == Some(bytes) || new.get(rel) == Some(bytes),
                "{delay_ms} ms: {name} is neither the old nor the new edition"
            );
        }
        // Nothing vanishes, but font subsets of the old stylesheet once the new one is in.
        let switched = now.get(Path::new("style.css")) == new.get(Path::new("style.css"));
        for rel in old.keys() {
            assert!(
                now.contains_key(rel) || (switched && !new.contains_key(rel)),
                "{delay_ms} ms: {} vanished",
                rel.display()
            );
        }
        let renewed = now
            .iter()
            .filter(|(rel, b)| old.get(*rel) != Some(*b) && new.get(*rel) == Some(*b))
            .count();
        if renewed > 0 && renewed < differing {
            midway += 1;
        }
    }
    assert!(
        midway > 0,
        "no kill landed in the middle of writing; the test proves nothing"
    );
    // The next build finishes the job and tidies up.
    let run = safha(p, &["build", "--no-cache"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let done = snapshot(&dist);
    for (rel, bytes) in &new {
        assert!(
            done.get(rel) == Some(bytes),
            "{} differs from a clean build",
            rel.display()
        );
    }
    assert!(
        !p.join(".safha-tmp-dist").exists(),
        "staging folder left after a complete build"
    );
}

#[test]
fn bytes_do_not_depend_on_locale_time_zone_clock_or_threads() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    corpus(p, &[0, 1, 2]);
    let out = |name: &str| p.join(format!("out-{name}"));
    let base = build(
        p,
        &out("base"),
        &[("LC_ALL", "C"), ("TZ", "UTC"), ("RAYON_NUM_THREADS", "2")],
    );
    assert!(base.len() > 20);
    let variants: [(&str, Vec<(&str, &str)>); 3] = [
        (
            "locale",
            vec![
                ("LC_ALL", "ur_PK.UTF-8"),
                ("LANG", "ur_PK.UTF-8"),
                ("TZ", "UTC"),
                ("RAYON_NUM_THREADS", "2"),
            ],
        ),
        (
            "tz",
            vec![
                ("LC_ALL", "C"),
                ("TZ", "Pacific/Kiritimati"),
                ("RAYON_NUM_THREADS", "2"),
            ],
        ),
        (
            "threads",
            vec![("LC_ALL", "C"), ("TZ", "UTC"), ("RAYON_NUM_THREADS", "1")],
        ),
    ];
    for (name, envs) in &variants {
        assert_eq!(build(p, &out(name), envs), base, "{name} changed the bytes");
    }
    let many = build(p, &out("many"), &[("RAYON_NUM_THREADS", "7")]);
    assert_eq!(many, base, "7 threads changed the bytes");
    // A second later, the same bytes: nothing reads the clock.
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(
        build(p, &out("later"), &[]),
        base,
        "the clock changed the bytes"
    );
    // SOURCE_DATE_EPOCH dates the PDFs of undated articles, and only it.
    let dated = build(p, &out("dated"), &[("SOURCE_DATE_EPOCH", "1700000000")]);
    let pdf = |snap: &BTreeMap<PathBuf, Vec<u8>>| {
        let doc = lopdf::Document::load_mem(&snap[Path::new("copy-00/ur.pdf")]).unwrap();
        let info = doc
            .trailer
            .get(b"Info")
            .and_then(|i| i.as_reference())
            .unwrap();
        let info = doc
            .get_object(info)
            .and_then(|o| o.as_dict())
            .unwrap()
            .clone();
        String::from_utf8_lossy(info.get(b"CreationDate").unwrap().as_str().unwrap()).into_owned()
    };
    assert!(pdf(&base).starts_with("D:19700101"), "{}", pdf(&base));
    assert!(pdf(&dated).starts_with("D:20231114"), "{}", pdf(&dated));
}

#[test]
fn bytes_do_not_depend_on_the_order_files_are_listed_in() {
    // tmpfs lists a folder in reverse order of creation (ext4 by name hash, the same for
    // both): there, creating the files in another order changes the listing.
    let shm = Path::new("/dev/shm");
    let tmp = || {
        if shm.is_dir() {
            tempfile::tempdir_in(shm).unwrap()
        } else {
            tempfile::tempdir().unwrap()
        }
    };
    let (a, b) = (tmp(), tmp());
    corpus(a.path(), &[0, 1, 2, 3]);
    corpus(b.path(), &[3, 1, 0, 2]);
    let listed = |p: &Path| -> Vec<String> {
        std::fs::read_dir(p.join("content"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    if shm.is_dir() {
        assert_ne!(
            listed(a.path()),
            listed(b.path()),
            "the listings should differ"
        );
    }
    let sa = build(
        a.path(),
        &a.path().join("dist"),
        &[("RAYON_NUM_THREADS", "2")],
    );
    let sb = build(
        b.path(),
        &b.path().join("dist"),
        &[("RAYON_NUM_THREADS", "2")],
    );
    assert_eq!(sa, sb);
}

#[test]
fn unchanged_articles_are_not_rebuilt_and_their_inputs_invalidate_them() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    corpus(p, &[0, 1, 2]);
    let first = safha(p, &["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        !first.stderr.contains("since the last build"),
        "{}",
        first.stderr
    );
    let run = safha(p, &["build"]);
    assert!(run.stderr.contains("(0 files written, "), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("; 3 articles unchanged since the last build)"),
        "{}",
        run.stderr
    );

    // One article edited: only it is rendered again.
    let dist = p.join("dist");
    let before = snapshot(&dist);
    let md = p.join("content/copy-01.md");
    std::fs::write(&md, read(&md).replace("Kabul", "Kaabul")).unwrap();
    assert_eq!(safha(p, &["extract"]).code, 0);
    assert_eq!(safha(p, &["check", "--accept", "--yes"]).code, 0);
    let run = safha(p, &["build"]);
    assert!(
        run.stderr
            .contains("2 articles unchanged since the last build"),
        "{}",
        run.stderr
    );
    let after = snapshot(&dist);
    for (rel, bytes) in &before {
        let mine = rel.starts_with("copy-01");
        let site = rel.parent() == Some(Path::new(""))
            || rel.starts_with("feeds")
            || rel.starts_with("fonts");
        if !mine && !site {
            assert_eq!(
                after.get(rel),
                Some(bytes),
                "{} was rewritten",
                rel.display()
            );
        }
    }
    assert_ne!(
        after.get(Path::new("copy-01/en.html")),
        before.get(Path::new("copy-01/en.html"))
    );

    // Whatever every article depends on invalidates them all.
    fn template(p: &Path) {
        std::fs::create_dir_all(p.join("templates")).unwrap();
        std::fs::write(
            p.join("templates/edition.html"),
            "{% extends \"base.html\" %}{% block main %}<p>house style</p>{{ body|safe }}{% endblock %}",
        )
        .unwrap();
    }
    fn config(p: &Path) {
        std::fs::write(
            p.join("safha.toml"),
            read(&p.join("safha.toml")) + "site_name = \"Newsroom\"\n",
        )
        .unwrap();
    }
    fn ui(p: &Path) {
        let text = read(&repo().join("locales/ur/ui.ftl")).replace("مضامین", "تحریریں");
        std::fs::write(p.join("locales/ur/ui.ftl"), text).unwrap();
    }
    fn font(p: &Path) {
        std::fs::create_dir_all(p.join("fonts")).unwrap();
        std::fs::copy(
            repo().join("fonts/NotoSerif-Regular.ttf"),
            p.join("fonts/NotoSerif-Regular.ttf"),
        )
        .unwrap();
    }
    /// What changed, and the change itself.
    type Change = (&'static str, fn(&Path));
    let changes: [Change; 4] = [
        ("a template", template),
        ("safha.toml", config),
        ("ui.ftl", ui),
        ("a font", font),
    ];
    for (what, change) in changes {
        change(p);
        let run = safha(p, &["build"]);
        assert_eq!(run.code, 0, "{what}: {}", run.stderr);
        assert!(
            !run.stderr.contains("since the last build"),
            "{what} did not invalidate the cache: {}",
            run.stderr
        );
    }
    // A deleted output is rebuilt.
    std::fs::remove_file(dist.join("copy-02/ur.pdf")).unwrap();
    let run = safha(p, &["build"]);
    assert!(
        run.stderr
            .contains("2 articles unchanged since the last build"),
        "{}",
        run.stderr
    );
    assert!(dist.join("copy-02/ur.pdf").is_file());
}

#[test]
fn a_cached_article_shows_its_warnings_again() {
    let project = temp_project(&fixture("two"));
    let p = project.path();
    // A translation with most messages missing: built with a warning.
    std::fs::write(p.join("locales/ur/beta.ftl"), "title = بیٹا\n").unwrap();
    // Raw HTML: a warning with a line and column.
    let md = p.join("content/alpha.md");
    std::fs::write(&md, read(&md) + "\n<div>raw</div>\n").unwrap();
    let first = safha(p, &["build", "--format", "html"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains("warning[raw-html]"),
        "{}",
        first.stderr
    );
    assert!(
        first.stderr.contains("content/alpha.md:"),
        "{}",
        first.stderr
    );
    assert!(
        first.stderr.contains("warning[below-min-complete]"),
        "{}",
        first.stderr
    );
    let again = safha(p, &["build", "--format", "html"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    // Reused, and the same warning, located the same way.
    assert!(
        again
            .stderr
            .contains("2 articles unchanged since the last build"),
        "{}",
        again.stderr
    );
    let warnings = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| !l.starts_with("built "))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(warnings(&again.stderr), warnings(&first.stderr));
}

/// Any file or folder that staging left among the outputs or beside them.
fn leftovers(parent: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![parent.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.contains(".tmp") || name.starts_with(".safha-tmp") || name == ".safha-staging" {
                out.push(e.path().display().to_string());
            }
            if e.file_type().is_ok_and(|t| t.is_dir()) && name != ".safha-cache" {
                stack.push(e.path());
            }
        }
    }
    out
}

fn spawn_build(dir: &Path, args: &[&str], pid_namespace: bool) -> std::process::Child {
    let bin = env!("CARGO_BIN_EXE_safha");
    let mut cmd = if pid_namespace {
        let mut c = Command::new("unshare");
        c.args(["--pid", "--fork", "--mount-proc", bin]);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(args)
        .current_dir(dir)
        .env("SAFHA_CACHE_DIR", test_cache())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn two_builds_into_one_output_folder_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    corpus(p, &(0..60).collect::<Vec<_>>());
    // One of them in a PID namespace of its own where it can be (as in containers sharing
    // a volume): process ids say nothing across it.
    let namespaces = Command::new("unshare")
        .args(["--pid", "--fork", "--mount-proc", "true"])
        .status()
        .is_ok_and(|s| s.success());
    for round in 0..3 {
        let args = ["build", "--no-cache", "--format", "html"];
        let a = spawn_build(p, &args, false);
        let b = spawn_build(p, &args, namespaces);
        for (name, child) in [("first", a), ("second", b)] {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}, {name} build: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        assert_eq!(leftovers(p), Vec::<String>::new(), "round {round}");
        for i in 0..60 {
            assert!(p.join(format!("dist/copy-{i:02}/ur.html")).is_file());
        }
    }
}

#[test]
fn an_interrupted_build_says_so_and_leaves_nothing_staged() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    corpus(p, &(0..12).collect::<Vec<_>>());
    let dist = p.join("dist");
    let started = std::time::Instant::now();
    let old = build(p, &dist, &[]);
    // A third of a whole build: the signal comes while this machine (and profile) is
    // still writing, however fast it is.
    let midway = started.elapsed() / 3;
    for i in 0..12 {
        let md = p.join(format!("content/copy-{i:02}.md"));
        std::fs::write(&md, read(&md).replace("Kabul", "Kaabul")).unwrap();
    }
    let mut interrupted = 0;
    for signal in ["INT", "TERM"] {
        let child = spawn_build(p, &["build", "--no-cache"], false);
        std::thread::sleep(midway);
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.success() {
            // The build was done before the signal came: nothing to check.
            continue;
        }
        interrupted += 1;
        assert_eq!(out.status.code(), Some(130), "{signal}: {stderr}");
        assert_eq!(
            stderr.matches("interrupted").count(),
            1,
            "{signal}: {stderr}"
        );
        assert_eq!(leftovers(p), Vec::<String>::new(), "{signal}");
        // Every edition is whole: the old one or the new one.
        let now = snapshot(&dist);
        for (rel, bytes) in &now {
            if rel.extension().is_some_and(|e| e == "pdf") {
                assert!(
                    bytes.ends_with(b"%%EOF\n") || bytes.ends_with(b"%%EOF"),
                    "{}",
                    rel.display()
                );
            }
        }
        assert_eq!(now.len(), old.len());
    }
    assert!(
        interrupted > 0,
        "no build was still running when its signal came"
    );
}

#[test]
fn an_output_edited_in_place_is_made_again() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    corpus(p, &[0, 1]);
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_safha"))
            .args(args)
            .current_dir(p)
            .env("SAFHA_CACHE_DIR", p.join(".cache"))
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    run(&["build"]);
    let made = snapshot(&p.join("dist"));
    for file in ["copy-00/en.html", "copy-01/ur.pdf"] {
        let path = p.join("dist").join(file);
        let mut bytes = std::fs::read(&path).unwrap();
        // One byte changed, the size the same.
        let at = bytes.len() / 2;
        bytes[at] = if bytes[at] == b'x' { b'y' } else { b'x' };
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&path, &bytes).unwrap();
    }
    run(&["build"]);
    assert_eq!(
        snapshot(&p.join("dist")),
        made,
        "the edited outputs were not repaired"
    );
}

#[test]
fn a_failed_write_leaves_no_temporary_file_in_locales() {
    let project = temp_project(&fixture("two"));
    let p = project.path();
    // locales/en/alpha.ftl is a folder: extract cannot replace it.
    std::fs::create_dir_all(p.join("locales/en/alpha.ftl/x")).unwrap();
    let run = safha(p, &["extract"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(leftovers(&p.join("locales")), Vec::<String>::new());
}

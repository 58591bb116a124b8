//! The site in a real browser: headless Chromium (Debian's, driven by playwright-core;
//! scripts/test-deps.sh installs both) at 375 and 1280 px. No horizontal overflow, Urdu
//! right to left and marked as Urdu, the Nastaliq web font loaded, Nastaliq never clipped
//! or squeezed, parallel pairs level, no axe-core accessibility violations, the print
//! stylesheet in effect; and `safha serve`'s error overlay. Screenshots go to
//! target/screenshots/.

mod common;

use common::*;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn tools() -> PathBuf {
    repo().join("tests/tools/browser_check.mjs")
}

fn node(args: &[&str]) -> Value {
    let out = Command::new("node")
        .arg(tools())
        .args(args)
        .output()
        .expect("node: run scripts/test.sh (it installs Node.js, chromium and playwright-core)");
    assert!(
        out.status.success(),
        "browser_check failed: {}\nrun scripts/test.sh (it installs what the browser tests need)",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn shots_dir() -> PathBuf {
    repo().join("target/screenshots")
}

fn check_pages(pages: &[(PathBuf, &str)]) -> Vec<Value> {
    let spec = serde_json::json!({
        "pages": pages.iter().map(|(f, shot)| serde_json::json!({"file": f, "shots": shot})).collect::<Vec<_>>(),
        "shots_dir": shots_dir(),
    });
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), spec.to_string()).unwrap();
    node(&["pages", file.path().to_str().unwrap()])
        .as_array()
        .unwrap()
        .clone()
}

fn list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|x| x.to_string()).collect())
        .unwrap_or_default()
}

/// Every character of `r`'s page is drawn with the site's own fonts (Chromium's account of
/// the fonts it used); code is set in the reader's own monospace face, by design.
fn assert_own_fonts(r: &Value) {
    let families = list(&r["platformFonts"]);
    assert!(
        families
            .iter()
            .all(|f| f.starts_with("\"Noto ") || f.contains("Mono")),
        "{}: drawn with {families:?}",
        r["file"]
    );
}

fn assert_page(r: &Value, urdu_page: bool, parallel: bool) {
    assert_own_fonts(r);
    let file = r["file"].as_str().unwrap();
    for w in r["widths"].as_array().unwrap() {
        let width = w["width"].as_u64().unwrap();
        let at = format!("{file} at {width} px");
        assert!(
            w["scrollWidth"].as_u64() <= w["innerWidth"].as_u64().map(|i| i + 1),
            "{at}: scrolls sideways"
        );
        assert!(
            list(&w["sticking"]).is_empty(),
            "{at}: sticks out: {:?}",
            list(&w["sticking"])
        );
        assert!(
            list(&w["urduWrongDir"]).is_empty(),
            "{at}: Urdu not rtl: {:?}",
            list(&w["urduWrongDir"])
        );
        assert!(
            list(&w["urduWrongLang"]).is_empty(),
            "{at}: Urdu not marked: {:?}",
            list(&w["urduWrongLang"])
        );
        assert!(
            list(&w["clipped"]).is_empty(),
            "{at}: clipped: {:?}",
            list(&w["clipped"])
        );
        assert!(
            list(&w["squeezed"]).is_empty(),
            "{at}: squeezed: {:?}",
            list(&w["squeezed"])
        );
        if urdu_page {
            assert!(
                w["urdu"].as_u64().unwrap() >= 20,
                "{at}: too few Urdu elements"
            );
        }
        if parallel && width == 1280 {
            assert_eq!(w["pairs"], 26, "{at}");
            assert!(
                list(&w["unlevel"]).is_empty(),
                "{at}: pairs not level: {:?}",
                list(&w["unlevel"])
            );
        }
    }
    if urdu_page {
        assert_eq!(r["lang"], "ur", "{file}");
        assert_eq!(r["dir"], "rtl", "{file}");
    }
    let nastaliq_loaded = r["fonts"].as_array().unwrap().iter().any(|f| {
        f["family"] == "Noto Nastaliq Urdu" && f["weight"] == "400" && f["status"] == "loaded"
    });
    assert!(
        nastaliq_loaded,
        "{file}: the Nastaliq web font was not loaded: {}",
        r["fonts"]
    );
    let axe = r["axe"].as_array().unwrap();
    assert!(
        axe.is_empty(),
        "{file}: accessibility violations: {}",
        serde_json::to_string_pretty(axe).unwrap()
    );
    assert!(
        r["print"]["headerHidden"].as_bool().unwrap(),
        "{file}: navigation printed"
    );
    assert!(
        r["print"]["mainShown"].as_bool().unwrap(),
        "{file}: article not printed"
    );
}

#[test]
fn the_site_renders_right_in_chromium_at_phone_and_desktop_widths() {
    let out = sample_build();
    let self_contained = tempfile::tempdir().unwrap();
    let run = safha(
        &repo(),
        &[
            "build",
            "--format",
            "html",
            "--self-contained",
            "--out",
            self_contained.path().to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = [
        (out.join("index.html"), "index"),
        (out.join(SLUG).join("en.html"), "en"),
        (out.join(SLUG).join("ur.html"), "ur"),
        (out.join(SLUG).join("parallel.html"), "parallel"),
        (
            self_contained.path().join(SLUG).join("ur.html"),
            "ur-self-contained",
        ),
    ];
    let results = check_pages(&pages);
    assert_eq!(results.len(), pages.len());
    for (r, (_, name)) in results.iter().zip(&pages) {
        let urdu = name.starts_with("ur") || *name == "parallel";
        assert_page(r, urdu, *name == "parallel");
    }
    for (_, name) in &pages {
        for w in [375, 1280] {
            let shot = shots_dir().join(format!("{name}-{w}.png"));
            let bytes = std::fs::read(&shot).unwrap_or_else(|e| panic!("{}: {e}", shot.display()));
            assert_eq!(&bytes[1..4], b"PNG");
        }
    }
}

/// Fixture `name` built (PDFs and web pages) in a throwaway project, and its article's
/// output folder.
fn built_pages(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let (project, slug) = built_pdfs(name);
    let run = safha(project.path(), &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let dist = project.path().join("dist").join(&slug);
    (project, dist)
}

/// A budget story (a table of numbers, lists, notes, ﷺ in English) in Chromium:
/// - a numbered Urdu list ends its numbers in the Urdu full stop, as the PDFs do (`1۔`):
///   with the default period, which lands left of the number, `1.` before `2019` read
///   `2019.1`; an English list keeps its period, also on the parallel page, whose root
///   is right to left; a numbered list nested in another is lettered, (الف) and a.;
/// - the parallel page's table spans both columns, and no page scrolls sideways;
/// - every character is drawn with the site's fonts.
#[test]
fn a_budget_story_renders_right_in_chromium() {
    let (_project, dist) = built_pages("budget");
    let pages = [
        (dist.join("ur.html"), "budget-ur"),
        (dist.join("parallel.html"), "budget-parallel"),
    ];
    for r in check_pages(&pages) {
        // ﷺ in an English paragraph was a missing-glyph box where the system has no Arabic
        // font.
        assert_own_fonts(&r);
        for w in r["widths"].as_array().unwrap() {
            // The parallel table spans both columns and scrolls on a phone, inside its
            // own box: the page never does.
            assert!(
                w["scrollWidth"].as_u64() <= w["innerWidth"].as_u64().map(|i| i + 1),
                "{} at {}: scrolls sideways",
                r["file"],
                w["width"]
            );
            assert!(
                list(&w["sticking"]).is_empty(),
                "{}: {:?}",
                r["file"],
                w["sticking"]
            );
            // On a desktop the parallel table spans both columns, a row of each language
            // side by side; on a phone the English table stands above the Urdu one (it
            // had opened on the Urdu half, the English columns off-screen to the left).
            if !w["table"].is_null() {
                let share = w["table"]["share"].as_f64().unwrap();
                let stacked = w["table"]["stacked"].as_bool().unwrap();
                let phone = w["width"].as_u64().unwrap() < 700;
                assert_eq!(stacked, phone, "{} at {}: stacked", r["file"], w["width"]);
                assert!(
                    share > if phone { 0.9 } else { 0.99 },
                    "{} at {}: the table spans {share:.2} of its row",
                    r["file"],
                    w["width"]
                );
            }
            // Urdu lists count in the digits of its ui.ftl, ۱۔ ۲۔, as its PDF does; a list
            // nested in another in the language's letters, (الف) (ب) and a. b.
            for (key, numbers, letters) in [
                ("rtlLists", "safha-ur", "safha-ur-letters"),
                ("ltrLists", "decimal", "safha-en-letters"),
            ] {
                let styles = w[key].as_array().cloned().unwrap_or_default();
                let parallel = r["file"].as_str().unwrap().ends_with("parallel.html");
                if key == "ltrLists" && !parallel {
                    continue;
                }
                let depths: Vec<u64> = styles.iter().map(|s| s[0].as_u64().unwrap()).collect();
                assert!(
                    depths.contains(&1) && depths.contains(&2),
                    "{}: {key} {styles:?}",
                    r["file"]
                );
                assert!(
                    styles
                        .iter()
                        .all(|s| s[1].as_str().unwrap().trim_matches('"')
                            == if s[0] == 2 { letters } else { numbers }),
                    "{}: {key} {styles:?}",
                    r["file"]
                );
            }
        }
    }
}

/// A heatwave story's Urdu in Chromium: a temperature after an Urdu word reads as typed,
/// `52°C`, left to right (Unicode's algorithm alone shows `C°52`: the digits after Urdu
/// letters are Arabic numbers, the degree sign goes right to left).
#[test]
fn units_after_numbers_read_left_to_right_in_chromium() {
    let (_project, dist) = built_pages("heat");
    let pages = [(dist.join("ur.html"), "heat-ur")];
    for r in check_pages(&pages) {
        for w in r["widths"].as_array().unwrap() {
            let units = w["units"].as_array().unwrap();
            assert!(units.len() >= 8, "{}: {units:?}", r["file"]);
            let reversed: Vec<_> = units.iter().filter(|u| u["ltr"] != true).collect();
            assert!(reversed.is_empty(), "{}: {reversed:?}", r["file"]);
        }
    }
}

#[test]
fn a_broken_translation_shows_as_an_overlay_in_the_page() {
    let project = temp_project(&fixture("two"));
    let dir = project.path();
    let server = start_server(dir);
    let ftl = dir.join("locales/ur/alpha.ftl");
    let broken = format!("{}broken = {{ $x\n", read(&ftl));
    let url = format!("http://127.0.0.1:{}/alpha/ur.html", server.port);
    let r = node(&["overlay", &url, ftl.to_str().unwrap(), &broken]);
    assert!(r["error"].is_null(), "{r}");
    let overlay = r["overlay"].as_str().unwrap();
    assert!(overlay.contains("error[ftl-syntax]"), "{overlay}");
    assert!(overlay.contains("locales/ur/alpha.ftl:3:10"), "{overlay}");
    assert_eq!(
        r["recovered"], true,
        "after the fix the page reloads without the overlay"
    );
}

/// Verse on the web as in print: the two misras of an Urdu couplet drawn to one width and
/// the pair centred in the quote, without the quotation's bar (the stylesheet had no rule
/// for the verse it marked, and couplets stood ragged at the right with a bar).
#[test]
fn urdu_couplets_are_spread_to_one_width_and_centred_in_chromium() {
    let project = built_corpus_as("heldout10", "html");
    let pages = [(
        project.path().join("dist/sufi-poetry-evening/ur.html"),
        "sufi-ur",
    )];
    for r in check_pages(&pages) {
        for w in r["widths"].as_array().unwrap() {
            let couplets = w["couplets"].as_array().unwrap();
            assert!(couplets.len() >= 3, "{}: {couplets:?}", r["file"]);
            for c in couplets {
                let lines = c["lines"].as_array().unwrap();
                let x = |l: &Value, k: &str| l[k].as_f64().unwrap();
                // A misra wider than a phone wraps: such a couplet is not measured. (A
                // rubai, two couplets in one paragraph, is measured pair by pair.)
                if lines.len() % 2 != 0 {
                    continue;
                }
                for pair in lines.chunks(2) {
                    let (a, b) = (&pair[0], &pair[1]);
                    assert!(
                        (x(a, "left") - x(b, "left")).abs() < 3.0
                            && (x(a, "right") - x(b, "right")).abs() < 3.0,
                        "misras of unequal width: {c}"
                    );
                }
                let (a, q) = (&lines[0], &c["quote"]);
                let (before, after) = (x(a, "left") - x(q, "left"), x(q, "right") - x(a, "right"));
                assert!((before - after).abs() < 4.0, "couplet not centred: {c}");
            }
        }
    }
}

/// A sermon quoting the Quran (tests/corpus/heldout) shows its verses in Naskh, as its PDF
/// does, from the site's own Naskh subset; a page quoting no Arabic (the sample's Urdu)
/// never fetches that font.
#[test]
fn quoted_arabic_is_drawn_in_naskh_only_where_quoted() {
    let project = built_corpus_as("heldout", "html");
    let sermon = project
        .path()
        .join("dist/friday-sermon-truthfulness/ur.html");
    let sample = sample_build().join("new-wave-of-terrorism/ur.html");
    let results = check_pages(&[(sermon, "sermon-ur"), (sample, "")]);
    let naskh = |r: &Value| {
        r["fonts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["family"] == "Noto Naskh Arabic" && f["status"] == "loaded")
    };
    assert!(naskh(&results[0]), "sermon: {}", results[0]["fonts"]);
    assert!(!naskh(&results[1]), "sample: {}", results[1]["fonts"]);
}

//! The fuzz target's work (`safha::oneshot::render`) on the fuzzer's seed corpus and on every
//! input it ever found a crash with (`fuzz/regressions/`): each renders or fails with
//! diagnostics, never panics, and what renders is well-formed.

mod common;

use common::*;

#[test]
fn seeds_and_past_crashes_render_or_fail_cleanly() {
    let mut inputs = Vec::new();
    for dir in ["fuzz/corpus/seed", "fuzz/regressions"] {
        let Ok(entries) = std::fs::read_dir(repo().join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            inputs.push(e.path());
        }
    }
    inputs.sort();
    assert!(inputs.len() >= 5, "{inputs:?}");
    let mut rendered = 0;
    for path in &inputs {
        let bytes = std::fs::read(path).unwrap();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let (md, ftl) = text.split_once('\0').unwrap_or((text, ""));
        match safha::oneshot::render(md, ftl) {
            Ok(editions) => {
                rendered += 1;
                for e in editions {
                    assert!(e.html.starts_with("<!DOCTYPE html>"), "{}", path.display());
                    if let Ok(pdf) = e.pdf {
                        let tail = String::from_utf8_lossy(&pdf[pdf.len().saturating_sub(8)..])
                            .into_owned();
                        assert!(
                            pdf.starts_with(b"%PDF") && tail.contains("%%EOF"),
                            "{}",
                            path.display()
                        );
                    }
                }
            }
            Err(diags) => assert!(!diags.is_empty(), "{}", path.display()),
        }
    }
    assert!(rendered >= 4, "the seeds render");
}

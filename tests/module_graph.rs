//! The house stays one-way: no import circles between the source files of any crate of the
//! workspace, and no source file grows past a length a newcomer reads in one sitting.
//!
//! A file's edges are the modules it names: `use crate::a::b`, `crate::a::b::f(…)`,
//! `super::x` and `safha_text::…` paths, each resolved to the file that defines the
//! longest prefix that is a module. A module's own `mod.rs` (or `lib.rs`) declaring its
//! children is not an edge (declaring is not using).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src`, by module path (`build::article`, `text` for
/// `text/mod.rs`, "" for `lib.rs`).
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            out.insert(parts.join("::"), path);
        }
    }
    out
}

/// The module paths a file names: after `crate::`, `super::` (resolved against the
/// file's own module) and `self::`, the longest prefix that is a module of the crate.
fn edges(module: &str, text: &str, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let code: String = text
        .lines()
        .take_while(|l| !l.starts_with("#[cfg(test)]"))
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let own: Vec<&str> = if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").collect()
    };
    let mut out = BTreeSet::new();
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == ':';
    // A parent names its children without a prefix (`build::run(…)`, `use print::x`):
    // those uses are edges too, or a child calling back into its parent would hide a circle.
    let children: Vec<&str> = code
        .lines()
        .filter_map(|l| {
            let l = l
                .trim_start()
                .trim_start_matches("pub ")
                .trim_start_matches("pub(crate) ");
            l.strip_prefix("mod ")?.strip_suffix(';')
        })
        .collect();
    for child in children {
        let name = own
            .iter()
            .copied()
            .chain([child])
            .collect::<Vec<_>>()
            .join("::");
        let needle = format!("{child}::");
        let used = code
            .match_indices(&needle)
            .any(|(i, _)| !word(code[..i].chars().next_back().unwrap_or(' ')));
        if used && known.contains_key(&name) {
            out.insert(name);
        }
    }
    let mut rest = code.as_str();
    while let Some(i) = rest.find(['c', 's']) {
        let tail = &rest[i..];
        let boundary = i == 0 || !word(rest[..i].chars().next_back().unwrap_or(' '));
        let (base, after): (Vec<&str>, &str) = if !boundary {
            (Vec::new(), "")
        } else if let Some(a) = tail.strip_prefix("crate::") {
            (Vec::new(), a)
        } else if let Some(a) = tail.strip_prefix("self::") {
            (own.clone(), a)
        } else if tail.starts_with("super::") {
            let mut base = own.clone();
            let mut a = tail;
            while let Some(x) = a.strip_prefix("super::") {
                base.pop();
                a = x;
            }
            (base, a)
        } else {
            (Vec::new(), "")
        };
        rest = &rest[i + 1..];
        if after.is_empty() {
            continue;
        }
        let path: Vec<&str> = after
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("")
            .split("::")
            .filter(|s| !s.is_empty())
            .collect();
        // `use crate::a::{b, c}`: the braces name modules of `a` too.
        let token = after
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("");
        let braces = after
            .find("::{")
            .filter(|&j| j == token.trim_end_matches("::").len())
            .map(|j| {
                let inner = &after[j + 3..];
                inner[..inner.find('}').unwrap_or(0)].to_string()
            });
        let mut candidates: Vec<Vec<String>> = Vec::new();
        let full: Vec<String> = base
            .iter()
            .map(|s| s.to_string())
            .chain(path.iter().map(|s| s.to_string()))
            .collect();
        candidates.push(full.clone());
        if let Some(inner) = braces {
            for item in inner.split(',') {
                let item: Vec<String> = item
                    .trim()
                    .split("::")
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                if item.is_empty() {
                    continue;
                }
                candidates.push(full.iter().cloned().chain(item).collect());
            }
        }
        for c in candidates {
            for n in (1..=c.len()).rev() {
                let name = c[..n].join("::");
                if known.contains_key(&name) {
                    // `super::x` from `a::b` is an edge to `a`: a parent calling its
                    // children and a child calling back into its parent is a circle.
                    if name != module {
                        out.insert(name);
                    }
                    break;
                }
            }
        }
    }
    out
}

/// A cycle in `graph`, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(2) => return None,
            Some(1) => {
                let start = path.iter().position(|p| p == n).unwrap_or(0);
                let mut c = path[start..].to_vec();
                c.push(n.to_string());
                return Some(c);
            }
            _ => {}
        }
        state.insert(n.to_string(), 1);
        path.push(n.to_string());
        for m in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, graph, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        if let Some(c) = visit(n, graph, &mut state, &mut Vec::new()) {
            return Some(c);
        }
    }
    None
}

fn graph_of(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let known = modules(src);
    known
        .iter()
        .map(|(m, path)| {
            let text = std::fs::read_to_string(path).unwrap();
            (m.clone(), edges(m, &text, &known))
        })
        .collect()
}

fn crates() -> Vec<PathBuf> {
    let root = common::repo();
    let mut out = vec![root.join("src")];
    if let Ok(entries) = std::fs::read_dir(root.join("crates")) {
        for e in entries.flatten() {
            if e.path().join("src").is_dir() {
                out.push(e.path().join("src"));
            }
        }
    }
    out
}

#[test]
fn no_source_file_imports_a_file_that_imports_it_back() {
    for src in crates() {
        let graph = graph_of(&src);
        assert!(
            graph.len() > 5,
            "{}: {} modules",
            src.display(),
            graph.len()
        );
        if let Some(c) = cycle(&graph) {
            panic!("{}: import circle {}", src.display(), c.join(" → "));
        }
    }
}

#[test]
fn the_checker_sees_a_circle() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir_all(src.join("a")).unwrap();
    std::fs::write(src.join("lib.rs"), "pub mod a;\npub mod b;\n").unwrap();
    std::fs::write(src.join("a/mod.rs"), "pub mod x;\nuse crate::b::thing;\n").unwrap();
    std::fs::write(src.join("a/x.rs"), "pub fn f() {}\n").unwrap();
    std::fs::write(
        src.join("b.rs"),
        "use crate::a::{x, y};\npub fn thing() {}\n",
    )
    .unwrap();
    let graph = graph_of(src);
    assert!(graph["b"].contains("a::x"), "{graph:?}");
    let c = cycle(&graph).expect("a → b → a::x is no circle, but a → b → a is");
    assert!(c.contains(&"b".to_string()), "{c:?}");

    // A parent calling its child by bare name, the child calling back through `super::`.
    std::fs::write(src.join("b.rs"), "pub fn thing() {}\n").unwrap();
    std::fs::write(src.join("a/mod.rs"), "mod x;\npub fn g() { x::f() }\n").unwrap();
    std::fs::write(src.join("a/x.rs"), "pub fn f() { super::g() }\n").unwrap();
    let graph = graph_of(src);
    assert!(graph["a"].contains("a::x"), "{graph:?}");
    assert!(cycle(&graph).is_some(), "{graph:?}");
}

#[test]
fn no_source_file_is_a_monolith() {
    // Lines before a file's unit tests, as the review counts them.
    const MOST: usize = 600;
    for src in crates() {
        for (module, path) in modules(&src) {
            let text = std::fs::read_to_string(&path).unwrap();
            let lines = text
                .lines()
                .take_while(|l| !l.starts_with("#[cfg(test)]"))
                .count();
            assert!(
                lines <= MOST,
                "{} ({module}) has {lines} lines before its tests",
                path.display()
            );
        }
    }
}

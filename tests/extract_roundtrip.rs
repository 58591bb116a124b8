//! Nothing a user writes can make `extract` produce a broken Fluent file: for Markdown
//! generated from pieces real articles carry (and the corner cases of each: empty alt
//! text, values that are only white space or only markup, braces, a line starting with a
//! Fluent or Markdown marker, trailing spaces, footnotes, tables, task lists, raw HTML,
//! Urdu), every segment comes back from the written file exactly as it went in, and
//! `safha check` finds nothing wrong with extract's own output.

mod common;

use std::path::Path;

use common::*;
use safha::article::Article;
use safha::l10n::ftl::FtlFile;

/// A small xorshift generator: the same articles on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const WORDS: &[&str] = &[
    "Kabul",
    "talks",
    "کابل",
    "مذاکرات",
    "۲۰۱۴ء",
    "{braces}",
    "}",
    "{",
    "*star*",
    "**strong**",
    "_under_",
    "`code`",
    "`` a `b` ``",
    "[link](https://example.org/a_(b))",
    "<https://example.org>",
    "<name@example.org>",
    "![](pic.png)",
    "![alt *text*](pic.png \"title\")",
    "<b>raw</b>",
    "<!-- note -->",
    "&amp;",
    "&#1575;",
    "\\*",
    "\\",
    "~~struck~~",
    "[^n1]",
    "[^missing]",
    "\"quoted\"",
    "ﷺ",
    "صدیق ؓ",
    "a\u{a0}b",
    "#",
    ".",
    "-",
    "[",
    "*",
    "1.",
    "|",
];

fn inline(rng: &mut Rng) -> String {
    let n = 1 + rng.below(7);
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push_str(rng.pick(&[" ", " ", " ", "  \n", "\n", "\\\n", "\t"]));
        }
        out.push_str(rng.pick(WORDS));
    }
    out
}

fn block(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => format!("{} {}", "#".repeat(1 + rng.below(6) as usize), inline(rng)),
        1 => format!("> {}", inline(rng).replace('\n', "\n> ")),
        2 => format!("- {}\n- {}", inline(rng), inline(rng)).replace("\n\n", "\n"),
        3 => format!("- [x] {}\n- [ ] {}", rng.pick(WORDS), rng.pick(WORDS)),
        4 => format!(
            "| {} | {} |\n|---|:-:|\n| {} | {} |",
            rng.pick(WORDS),
            rng.pick(WORDS),
            rng.pick(WORDS),
            rng.pick(WORDS)
        ),
        5 => format!("[^n1]: {}", inline(rng).replace('\n', "\n    ")),
        6 => format!("```\n{}\n```", inline(rng)),
        7 => "![](empty-alt.png)".to_string(),
        8 => format!("1. {}\n\n2. {}", inline(rng), inline(rng)),
        9 => "<div>\nraw block\n</div>".to_string(),
        _ => inline(rng),
    }
}

fn articles() -> Vec<String> {
    let mut rng = Rng(0x5afa_2026_1204);
    (0..300)
        .map(|_| {
            let blocks: Vec<String> = (0..1 + rng.below(6)).map(|_| block(&mut rng)).collect();
            format!(
                "---\ntitle: {}\n---\n\nIntro.[^n1]\n\n{}\n",
                rng.pick(&["Title", "عنوان", "A {braced} title"]),
                blocks.join("\n\n")
            )
        })
        .collect()
}

#[test]
fn every_segment_comes_back_from_the_file_extract_writes() {
    let mut checked = 0;
    for (n, text) in articles().iter().enumerate() {
        let Ok(mut article) = Article::parse(Path::new("content/gen.md"), text) else {
            continue;
        };
        safha::article::ids::assign(&mut article.segments, &[]);
        let ftl = safha::l10n::serialize::source_resource(&article);
        let file = FtlFile::from_bytes(Path::new("locales/en/gen.ftl"), ftl.as_bytes())
            .unwrap_or_else(|e| panic!("article {n}: {}\n{text}\n---\n{ftl}", e[0].message));
        for seg in &article.segments {
            if !seg.has_message() {
                // Nothing to translate: no message.
                assert!(
                    file.get(&seg.id).is_none(),
                    "article {n}: {}\n{ftl}",
                    seg.id
                );
                continue;
            }
            let m = file
                .get(&seg.id)
                .unwrap_or_else(|| panic!("article {n}: no message {}\n{ftl}", seg.id));
            assert_eq!(
                m.text.as_deref(),
                Some(&*seg.text),
                "article {n}, {}:\n{ftl}",
                seg.id
            );
            checked += 1;
        }
    }
    assert!(checked > 1000, "{checked} segments");
}

#[test]
fn check_finds_nothing_wrong_with_what_extract_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("content")).unwrap();
    std::fs::create_dir_all(p.join("locales/ur")).unwrap();
    for (n, text) in articles().iter().enumerate().take(60) {
        std::fs::write(p.join(format!("content/gen-{n:03}.md")), text).unwrap();
    }
    let run = safha(p, &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // A translator copies every message unchanged.
    for n in 0..60 {
        let en = p.join(format!("locales/en/gen-{n:03}.ftl"));
        if en.exists() {
            std::fs::copy(&en, p.join(format!("locales/ur/gen-{n:03}.ftl"))).unwrap();
        }
    }
    let run = safha(p, &["check"]);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error"))
        .collect();
    assert!(errors.is_empty(), "{}", run.stderr);
}

//! Real text, as people type it: the corpus in tests/corpus/realtext (news, faith, poetry,
//! a blog, a tech post, cricket, an editorial quoting Arabic, NFD text: 88 Urdu messages
//! with honorifics attached and detached, ﷺ ﷲ ؔ ؎, three digit systems, emoji, tabs in
//! code, tatweel runs, joiners, no-break spaces and verse with hard line breaks).
//!
//! Every article publishes all six editions; the Nastaliq glyphs of every message equal
//! HarfBuzz's (hb-shape, Debian's libharfbuzz-bin); nothing is drawn as .notdef; the Urdu
//! comes back out of the PDFs in poppler, MuPDF and pdf.js; tall lines get room; and every
//! Unicode scalar has a defined outcome: drawn, or reported as undrawable.

mod common;

use common::*;
use std::collections::BTreeMap;
use std::path::Path;

use safha::l10n::{Dir, Lang};
use safha_text::{self as text, Align, FontBook, ParaStyle, ShapeCache, Variant, Writing};

fn corpus() -> std::path::PathBuf {
    repo().join("tests/corpus/realtext")
}

fn slugs() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(corpus().join("content"))
        .unwrap()
        .filter_map(|e| {
            let p = e.ok()?.path();
            Some(p.file_stem()?.to_str()?.to_string())
        })
        .collect();
    out.sort();
    out
}

/// The corpus built once per test binary.
fn corpus_build() -> &'static Path {
    use std::sync::OnceLock;
    static OUT: OnceLock<(tempfile::TempDir, tempfile::TempDir)> = OnceLock::new();
    let (_, out) = OUT.get_or_init(|| {
        let project = temp_project(&corpus());
        let out = tempfile::tempdir().unwrap();
        let run = safha(
            project.path(),
            &["build", "--out", out.path().to_str().unwrap()],
        );
        assert_eq!(run.code, 0, "the corpus does not build:\n{}", run.stderr);
        assert!(!run.stderr.contains("error"), "{}", run.stderr);
        (project, out)
    });
    out.path()
}

#[test]
fn every_article_publishes_all_six_editions() {
    let out = corpus_build();
    let slugs = slugs();
    assert!(slugs.len() >= 8);
    for slug in &slugs {
        for file in [
            "en.html",
            "ur.html",
            "parallel.html",
            "en.pdf",
            "ur.pdf",
            "parallel.pdf",
        ] {
            let path = out.join(slug).join(file);
            assert!(path.is_file(), "{slug}/{file} was not made");
        }
    }
}

/// The Urdu messages of the corpus: (article, id, inline Markdown).
fn urdu_messages() -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for slug in slugs() {
        let file = corpus().join(format!("locales/ur/{slug}.ftl"));
        for (id, md) in ftl_messages(&file) {
            out.push((slug.clone(), id, md));
        }
    }
    out
}

#[test]
fn the_corpus_has_the_features_real_text_has() {
    let messages = urdu_messages();
    assert!(messages.len() >= 40, "{} messages", messages.len());
    let all: String = messages.iter().map(|m| m.2.as_str()).collect();
    for (what, found) in [
        ("an honorific after a space", all.contains(" \u{0613}")),
        ("an honorific attached", all.contains("ق\u{0613}")),
        ("ﷺ", all.contains('\u{FDFA}')),
        ("ﷲ", all.contains('\u{FDF2}')),
        ("the takhallus sign", all.contains('\u{0614}')),
        ("the verse sign", all.contains('\u{060E}')),
        ("Urdu digits", all.contains('۲')),
        ("Arabic-Indic digits", all.contains('٢')),
        ("Western digits", all.contains('2')),
        ("emoji", all.contains('😀')),
        ("decomposed text", all.contains("\u{0627}\u{0653}")),
        ("tatweel", all.contains("\u{0640}\u{0640}")),
        ("ZWNJ", all.contains('\u{200C}')),
        ("a no-break space", all.contains('\u{00A0}')),
        ("a hard line break", all.contains("\\\n")),
        ("a URL", all.contains("https://")),
    ] {
        assert!(found, "no message has {what}");
    }
}

/// HarfBuzz's glyph ids for `text` with the bundled Noto Nastaliq Urdu (right to left,
/// Arabic script, Urdu, cluster level 1 as safha shapes).
fn hb_glyphs(text: &str) -> Vec<u16> {
    let out = std::process::Command::new("hb-shape")
        .arg(repo().join("fonts/NotoNastaliqUrdu-Regular.ttf"))
        .args([
            "--direction=rtl",
            "--script=arab",
            "--language=ur",
            "--cluster-level=1",
            "--no-glyph-names",
            "--no-positions",
            "--no-clusters",
            "--",
            text,
        ])
        .output()
        .expect("hb-shape (scripts/test.sh installs libharfbuzz-bin)");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .trim_matches(['[', ']'])
        .split('|')
        .filter_map(|g| g.parse().ok())
        .collect()
}

fn urdu_style() -> ParaStyle {
    ParaStyle {
        lang: "ur".to_string(),
        rtl: true,
        size: 12.0,
        align: Align::Justify,
        hyphenate: false,
        min_leading: 1.45,
        variant: Variant::default(),
        preserve_spaces: false,
    }
}

#[test]
fn nastaliq_glyphs_equal_harfbuzz_and_none_is_notdef() {
    let book = FontBook::bundled();
    let nastaliq = book.chain(Writing::Nastaliq, Variant::default())[0];
    let naskh = book.chain(Writing::Naskh, Variant::default())[0];
    let space = book.get(nastaliq).glyph(' ').unwrap();
    let mut cache = ShapeCache::new();
    // Per article: (matched, max(expected, drawn)).
    let mut parity: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (slug, id, md) in urdu_messages() {
        let styled = safha::pdf::inline::styled(&safha::l10n::localize::nfc(md));
        let para = text::layout(&book, &mut cache, &styled, &urdu_style(), 300.0)
            .unwrap_or_else(|e| panic!("{slug}: {id} cannot be set: {e:?}"));
        let glyphs: Vec<&text::PlacedGlyph> =
            para.lines.iter().flat_map(|l| l.glyphs.iter()).collect();
        assert!(
            glyphs.iter().all(|g| g.gid != 0),
            "{slug}: {id} draws a .notdef"
        );
        let mut drawn: Vec<u16> = glyphs
            .iter()
            .filter(|g| g.face == nastaliq && g.gid != space)
            .map(|g| g.gid)
            .collect();
        // Quoted Arabic is set in Naskh: the Nastaliq is the rest.
        let quoted = safha_text::arabic::quotations(&styled.text);
        let mut nastaliq_text = styled.text.clone();
        for q in quoted.iter().rev() {
            nastaliq_text.replace_range(q.clone(), " ");
        }
        if !quoted.is_empty() {
            assert!(
                glyphs.iter().any(|g| g.face == naskh),
                "{slug}: {id} sets its quoted Arabic in Nastaliq"
            );
        }
        // Each line of a verse is shaped on its own, as it is set.
        let mut expected: Vec<u16> = nastaliq_text
            .split('\n')
            .flat_map(hb_glyphs)
            .filter(|g| *g != 0 && *g != space)
            .collect();
        drawn.sort_unstable();
        expected.sort_unstable();
        let (mut i, mut j, mut matched) = (0, 0, 0);
        while i < drawn.len() && j < expected.len() {
            match drawn[i].cmp(&expected[j]) {
                std::cmp::Ordering::Equal => {
                    matched += 1;
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        let entry = parity.entry(slug).or_default();
        entry.0 += matched;
        entry.1 += drawn.len().max(expected.len());
    }
    for (slug, (matched, total)) in parity {
        let p = matched as f64 / total as f64;
        // Punctuation between Latin words, and code, are set in the Latin and monospace
        // faces, where HarfBuzz, shaping the whole paragraph with Nastaliq, draws
        // Nastaliq's: the tech post quotes code in its Urdu.
        let floor = if slug.starts_with("go-") { 0.96 } else { 0.99 };
        assert!(p >= floor, "{slug}: glyph parity {p:.3}");
    }
}

/// Words an extractor cannot give back as typed, whatever the PDF holds: pdf.js replaces
/// ﷺ and ﷲ by their compatibility spelling (NFKC; its own find does the same to the query,
/// so a reader's search still finds them). Words with the Arabic-Indic digits U+0660-0669
/// are out of order in MuPDF (which takes them for right-to-left letters, where poppler and
/// pdf.js read them left to right as Unicode's bidi algorithm does): not held against the
/// text layer.
fn beyond(extractor: &str, word: &str) -> bool {
    (extractor == "pdfjs" && word.contains(['\u{FDFA}', '\u{FDF2}']))
        || word.contains(|c: char| ('\u{0660}'..='\u{0669}').contains(&c))
}

#[test]
fn urdu_comes_out_of_every_extractor() {
    let out = corpus_build();
    for slug in slugs() {
        let text: String = ftl_messages(&corpus().join(format!("locales/ur/{slug}.ftl")))
            .into_iter()
            .map(|(_, md)| plain(&safha::l10n::localize::nfc(md)) + "\n")
            .collect();
        for stem in ["ur", "parallel"] {
            let pdf = out.join(&slug).join(format!("{stem}.pdf"));
            for ex in EXTRACTORS {
                let expected: Vec<String> = words(&text, true)
                    .into_iter()
                    .filter(|w| !beyond(ex, w))
                    .collect();
                let got = words(&safha::l10n::localize::nfc(extract(ex, &pdf)), true);
                let r = recall(&expected, &got);
                assert!(
                    r >= 0.99,
                    "{slug}/{stem}.pdf, {ex}: only {r:.3} of the Urdu words in order"
                );
            }
        }
    }
}

#[test]
fn a_line_with_tall_glyphs_gets_room_and_none_collides() {
    let book = FontBook::bundled();
    let mut cache = ShapeCache::new();
    let text = "نبی کریم ﷺ نے فرمایا اور صحابہ ؓ نے سنا۔ ".repeat(6) + "مُحَمَّدٌ رَّسُوْلُ اللّٰهِ اور پھر ﷺ";
    let para = text::layout(
        &book,
        &mut cache,
        &safha::pdf::inline::styled(&text),
        &urdu_style(),
        150.0,
    )
    .unwrap();
    assert!(para.lines.len() >= 6, "{} lines", para.lines.len());
    // Each line's ink, from the paragraph's top (y grows downwards).
    let ink: Vec<(f32, f32)> = (0..para.lines.len())
        .map(|n| {
            let baseline = para.baseline_from(0, n);
            para.lines[n]
                .glyphs
                .iter()
                .map(|g| {
                    let face = book.get(g.face);
                    let (lo, hi) = face.vertical_bounds(g.gid);
                    let k = g.size / face.upem;
                    (
                        baseline - g.dy - f32::from(hi) * k,
                        baseline - g.dy - f32::from(lo) * k,
                    )
                })
                .fold((f32::INFINITY, f32::NEG_INFINITY), |(t, b), (gt, gb)| {
                    (t.min(gt), b.max(gb))
                })
        })
        .collect();
    let mut tall = 0;
    for n in 0..para.lines.len() {
        let (top, bottom) = (para.line_top(n), para.line_top(n + 1));
        assert!(
            ink[n].0 >= top - 0.01 && ink[n].1 <= bottom + 0.01,
            "line {n}: ink {:?} outside its box {top}..{bottom}",
            ink[n]
        );
        if n + 1 < para.lines.len() {
            assert!(
                ink[n].1 <= ink[n + 1].0 + 0.01,
                "lines {n} and {} collide",
                n + 1
            );
        }
        tall += usize::from(para.lines[n].above + para.lines[n].below > 0.0);
    }
    assert!(
        tall > 0,
        "ﷺ is taller than a Nastaliq line: some line needs room"
    );
    assert!(para.height() > para.lines.len() as f32 * para.line_height);
}

#[test]
fn every_scalar_is_drawn_or_reported() {
    let book = FontBook::bundled();
    let mut cache = ShapeCache::new();
    let style = |lang: &str| ParaStyle {
        lang: lang.to_string(),
        rtl: Lang::parse(lang).unwrap().dir() == Dir::Rtl,
        hyphenate: false,
        ..urdu_style()
    };
    // Every 37th scalar of the planes in use, and the blocks real text draws from whole.
    let scalars = (0..0x3_0000u32)
        .step_by(37)
        .chain(0x0600..0x0700)
        .chain(0xFB50..0xFE00)
        .chain(0x1F300..0x1F700)
        .chain(0x2190..0x2400)
        .filter_map(char::from_u32);
    let (mut drawn, mut reported) = (0, 0);
    for c in scalars {
        for lang in ["ur", "en"] {
            let styled = safha::pdf::inline::styled(&format!("ab {c} cd"));
            match text::layout(&book, &mut cache, &styled, &style(lang), 400.0) {
                Ok(p) => {
                    assert!(
                        p.lines.iter().flat_map(|l| &l.glyphs).all(|g| g.gid != 0),
                        "U+{:04X} ({lang}) is drawn as .notdef",
                        c as u32
                    );
                    drawn += 1;
                }
                Err(m) => {
                    assert_eq!(m.ch, c, "U+{:04X} ({lang}) reported as another", c as u32);
                    assert!(
                        !book.can_draw(c),
                        "U+{:04X} ({lang}) can be drawn, yet was reported",
                        c as u32
                    );
                    reported += 1;
                }
            }
        }
    }
    assert!(
        drawn > 1000 && reported > 1000,
        "{drawn} drawn, {reported} reported"
    );
}

//! Shaping parity with HarfBuzz: every string of tests/shaping/strings.txt shaped by the
//! engine gives the glyph ids, advances and offsets hb-shape gave
//! (tests/shaping/nastaliq.hb.jsonl, written by the repository's
//! scripts/shaping-fixtures.sh), and the paragraph layout draws the same bag of glyphs
//! HarfBuzz draws for the whole line.

use std::path::Path;

use safha_text::{
    self as text, Align, FontBook, ParaStyle, ShapeCache, StyledText, Variant, Writing,
};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/shaping")
        .join(name)
}

#[derive(serde::Deserialize, Debug, PartialEq, Clone, Copy)]
struct Hb {
    g: u16,
    cl: u32,
    dx: i32,
    dy: i32,
    ax: i32,
}

fn cases() -> Vec<(String, Vec<Hb>)> {
    let strings = std::fs::read_to_string(fixture("strings.txt")).unwrap();
    let refs = std::fs::read_to_string(fixture("nastaliq.hb.jsonl")).unwrap();
    let strings: Vec<String> = strings
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let refs: Vec<Vec<Hb>> = refs
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        strings.len(),
        refs.len(),
        "fixtures out of date: run scripts/shaping-fixtures.sh"
    );
    assert!(strings.len() >= 50);
    strings.into_iter().zip(refs).collect()
}

#[test]
fn shaper_matches_harfbuzz_glyph_for_glyph() {
    let book = FontBook::bundled();
    let nastaliq = book.chain(Writing::Nastaliq, Variant::default())[0];
    let mut cache = ShapeCache::new();
    for (text, reference) in cases() {
        let run = cache.shape(&book, nastaliq, true, harfrust::Script::ARABIC, "ur", &text);
        let ours: Vec<Hb> = run
            .glyphs
            .iter()
            .map(|g| Hb {
                g: g.gid,
                cl: g.cluster,
                dx: g.dx,
                dy: g.dy,
                ax: g.advance,
            })
            .collect();
        assert_eq!(ours, reference, "shaping differs for {text:?}");
    }
}

#[test]
fn laid_out_lines_draw_harfbuzz_glyphs() {
    let book = FontBook::bundled();
    let mut cache = ShapeCache::new();
    let style = ParaStyle {
        lang: "ur".to_string(),
        rtl: true,
        size: 12.0,
        align: Align::Justify,
        hyphenate: false,
        min_leading: 1.0,
        variant: Variant::default(),
        preserve_spaces: false,
    };
    let nastaliq = book.chain(Writing::Nastaliq, Variant::default())[0];
    let space = book.get(nastaliq).glyph(' ').unwrap();
    let naskh = book.chain(Writing::Naskh, Variant::default())[0];
    for (line, reference) in cases() {
        let para =
            text::layout(&book, &mut cache, &StyledText::plain(&line), &style, 300.0).unwrap();
        // Arabic quoted in Urdu is set in Naskh, not Nastaliq (see `arabic::quotations`):
        // a line of it draws no Nastaliq glyph to compare.
        if !text::arabic::quotations(&line).is_empty() {
            let glyphs = || para.lines.iter().flat_map(|l| l.glyphs.iter());
            assert!(glyphs().any(|g| g.face == naskh), "{line:?}");
            continue;
        }
        let mut drawn: Vec<u16> = para
            .lines
            .iter()
            .flat_map(|l| l.glyphs.iter())
            .filter(|g| g.face == nastaliq)
            .map(|g| g.gid)
            .collect();
        // HarfBuzz's .notdef stands for text another face draws; spaces are not drawn.
        let mut expected: Vec<u16> = reference
            .iter()
            .map(|h| h.g)
            .filter(|g| *g != 0 && *g != space)
            .collect();
        drawn.sort_unstable();
        expected.sort_unstable();
        assert_eq!(drawn, expected, "glyphs differ for {line:?}");
    }
}

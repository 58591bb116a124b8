//! SVG images (charts, maps, diagrams) drawn to pixels for the PDF editions, with resvg:
//! the web pages show the file itself, a PDF embeds its picture at twice the resolution
//! of its size on the page. Text in the drawing is set in the bundled faces only (Noto
//! Serif for any family safha does not bundle, Nastaliq for Urdu and Arabic letters), so
//! the same file draws the same on every machine, and nothing outside the file is read:
//! an image the drawing links to by address is left out.

use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

/// Pixels per CSS pixel of the drawing's own size: the PDF sets an image at most at 150
/// pixels per inch (1.5625 pixels per CSS pixel, which is 1/96 inch), and a drawing is
/// drawn at twice that, sharp on paper.
const PIXELS_PER_PX: f32 = 2.0 * 150.0 / 96.0;

/// Whether `bytes` is an SVG file (XML whose root element is `svg`).
pub fn is_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{FEFF}').trim_start();
    text.starts_with('<') && text.contains("<svg")
}

/// The drawing's pixels (RGBA, not premultiplied), how many of them stand for one pixel of
/// the size it is set at, or why it cannot be drawn.
pub fn draw(bytes: &[u8], max_pixels: u64) -> Result<(u32, u32, Vec<u8>, f32), String> {
    refuse_bombs(bytes)?;
    let anchored = std::str::from_utf8(bytes).ok().and_then(rtl_text);
    let bytes = anchored.as_deref().map_or(bytes, str::as_bytes);
    let options = usvg::Options {
        font_family: SERIF.to_string(),
        fontdb: fonts().clone(),
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree =
        usvg::Tree::from_data(bytes, &options).map_err(|e| format!("not a readable SVG ({e})"))?;
    let size = tree.size();
    let mut scale = PIXELS_PER_PX;
    let area = f64::from(size.width() * scale) * f64::from(size.height() * scale);
    if area > max_pixels as f64 {
        scale *= (max_pixels as f64 / area).sqrt() as f32;
    }
    let (width, height) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| format!("an SVG of {width} × {height} pixels cannot be drawn"))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    // Not premultiplied, in place.
    for px in pixmap.data_mut().chunks_exact_mut(4) {
        if let Some(p) = tiny_skia::PremultipliedColorU8::from_rgba(px[0], px[1], px[2], px[3]) {
            let c = p.demultiply();
            px.copy_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
        }
    }
    Ok((width, height, pixmap.take(), scale / (PIXELS_PER_PX / 2.0)))
}

/// Elements nested deeper than this are no chart: resvg walks the tree recursively, and a
/// stack overflow ends the whole build (a panic is caught, an overflow is not).
const MAX_DEPTH: usize = 256;

/// How an SVG's XML is read: with its DTD (matplotlib writes one), a million nodes at most.
fn parsing<'i>() -> roxmltree::ParsingOptions<'i> {
    roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: 1_000_000,
        ..roxmltree::ParsingOptions::default()
    }
}

/// Refuses a file whose drawing would exhaust the build: nesting past [`MAX_DEPTH`], or a
/// `<use>` of something that itself holds a `<use>`, which doubles the drawing at each
/// step (ten steps, a thousand copies). Charts use `<use>` for their markers, once.
fn refuse_bombs(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "an SVG that is not UTF-8 text")?;
    let doc = roxmltree::Document::parse_with_options(text, parsing())
        .map_err(|e| format!("not a readable SVG ({e})"))?;
    // Depth by node, in document order (a parent before its children).
    let mut depth = vec![0usize; doc.descendants().count() + 1];
    for node in doc.descendants() {
        let d = node.parent().map_or(0, |p| depth[p.id().get_usize()] + 1);
        depth[node.id().get_usize()] = d;
        if d > MAX_DEPTH {
            return Err(format!("an SVG nested more than {MAX_DEPTH} elements deep"));
        }
    }
    let is_use = |n: &roxmltree::Node| n.is_element() && n.tag_name().name() == "use";
    let ids: rustc_hash::FxHashMap<&str, roxmltree::Node> = (doc.descendants())
        .filter_map(|n| Some((n.attribute("id")?, n)))
        .collect();
    // Whether each target holds a `<use>`, looked at once per target.
    let mut holds_use = rustc_hash::FxHashMap::default();
    for node in doc.descendants().filter(is_use) {
        let Some(id) = (node.attributes())
            .find(|a| a.name() == "href")
            .and_then(|a| a.value().strip_prefix('#'))
        else {
            continue;
        };
        let nested = *holds_use.entry(id).or_insert_with(|| {
            ids.get(id)
                .is_some_and(|t| t.descendants().any(|n| is_use(&n)))
        });
        if nested {
            return Err("an SVG that uses a <use> within a <use>".into());
        }
    }
    Ok(())
}

/// `svg` with the text set right to left (`direction="rtl"` on it or an element around
/// it) as SVG sets it, or `None` if it has none. resvg ignores `direction`: it anchored an
/// Urdu label's left end at its `x` (`(۱) ڈسپلے` beside a picture's right edge ran out of
/// it, all but its bracket) and ordered its words left to right (`ڈسپلے (۱)`). So the
/// anchor is written out swapped (start and end), and the text embedded right to left
/// (U+202B to U+202C). A `text-anchor` in a `style` attribute or a style sheet is left as
/// it is.
fn rtl_text(svg: &str) -> Option<String> {
    if !svg.contains("rtl") {
        return None;
    }
    let doc = roxmltree::Document::parse_with_options(svg, parsing()).ok()?;
    fn inherited<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
        (node.ancestors())
            .find_map(|n| n.attribute(name))
            .map(str::trim)
    }
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
        if inherited(text, "direction") != Some("rtl") {
            continue;
        }
        let swapped = match inherited(text, "text-anchor").unwrap_or("start") {
            _ if text
                .attribute("style")
                .is_some_and(|s| s.contains("text-anchor")) =>
            {
                None
            }
            "start" => Some("end"),
            "end" => Some("start"),
            _ => None,
        };
        match (swapped, text.attribute_node("text-anchor")) {
            (None, _) => {}
            (Some(swapped), Some(attr)) => edits.push((attr.range_value(), swapped.to_string())),
            (Some(swapped), None) => {
                // After the element's name: `<text` or `<svg:text`.
                let open = text.range().start;
                let name = svg[open + 1..]
                    .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
                    .map_or(svg.len(), |n| open + 1 + n);
                edits.push((name..name, format!(" text-anchor=\"{swapped}\"")));
            }
        }
        if let (Some(first), Some(last)) = (text.first_child(), text.last_child()) {
            edits.push((first.range().start..first.range().start, "\u{202B}".into()));
            edits.push((last.range().end..last.range().end, "\u{202C}".into()));
        }
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(svg.len() + 20 * edits.len());
    let mut at = 0;
    for (range, with) in edits {
        out.push_str(&svg[at..range.start.min(svg.len())]);
        out.push_str(&with);
        at = range.end.min(svg.len());
    }
    out.push_str(&svg[at..]);
    Some(out)
}

/// The family every generic and unknown family name falls back to.
const SERIF: &str = "Noto Serif";

/// The bundled faces, loaded once; right-to-left text the Latin faces lack falls back to
/// the first face that has it, Nastaliq before Naskh.
fn fonts() -> &'static Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        for face in safha_text::faces::ALL {
            db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(face.bundled())));
        }
        db.set_serif_family(SERIF);
        db.set_sans_serif_family(SERIF);
        db.set_cursive_family(SERIF);
        db.set_fantasy_family(SERIF);
        db.set_monospace_family("Noto Sans Mono");
        Arc::new(db)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_drawn_with_its_bars_and_its_words() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">
            <rect width="200" height="100" fill="#ffffff"/>
            <rect x="10" y="40" width="30" height="60" fill="#d62728"/>
            <text x="120" y="30" font-family="Helvetica" font-size="16">Sales</text>
            <text x="120" y="70" font-size="16">فروخت</text>
        </svg>"##
            .as_bytes();
        assert!(is_svg(svg));
        let (w, h, rgba, density) = draw(svg, 40_000_000).unwrap();
        assert_eq!((w, h), (625, 313));
        assert!((density - 2.0).abs() < 1e-3, "{density}");
        let at = |x: u32, y: u32| &rgba[((y * w + x) * 4) as usize..][..4];
        // The bar, in its colour.
        assert_eq!(at(70, 250), [0xd6, 0x27, 0x28, 0xff]);
        // Ink where each word is (dark pixels in its box), none in the empty corner.
        let inked = |x0: u32, y0: u32, x1: u32, y1: u32| {
            (y0..y1)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, y)| at(x, y)[0] < 128)
                .count()
        };
        assert!(inked(370, 40, 620, 100) > 200, "no Latin word drawn");
        assert!(inked(370, 150, 620, 240) > 200, "no Urdu word drawn");
        assert_eq!(inked(150, 10, 360, 120), 0);
    }

    #[test]
    fn text_set_right_to_left_ends_at_its_anchor() {
        // A label's start is its right end in right-to-left text: beside the right edge it
        // stays inside the picture, on the direction of its element or of a group.
        for (group, text) in [
            (
                "<g>",
                r#"<text x="190" y="40" direction="rtl">(۱) ڈسپلے</text>"#,
            ),
            (
                r#"<g direction="rtl">"#,
                r#"<text x="190" y="40">(۱) ڈسپلے</text>"#,
            ),
            (
                "<g>",
                r#"<text x="10" y="40" direction="rtl" text-anchor="end">(۱) ڈسپلے</text>"#,
            ),
        ] {
            let svg = format!(
                r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/>{group}{text}</g></svg>"##
            );
            let (w, h, rgba, _) = draw(svg.as_bytes(), 40_000_000).unwrap();
            let dark = |x0: u32, x1: u32| {
                (0..h)
                    .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                    .filter(|&(x, y)| rgba[((y * w + x) * 4) as usize] < 128)
                    .count()
            };
            let px = |x: f32| (x * w as f32 / 200.0) as u32;
            let (inside, outside) = if text.contains("text-anchor") {
                (dark(px(10.0), w), dark(0, px(9.0)))
            } else {
                (dark(0, px(190.0)), dark(px(191.0), w))
            };
            assert!(inside > 200, "{text}: {inside}");
            assert_eq!(outside, 0, "{text}");
        }
        assert_eq!(rtl_text("<svg><text>x</text></svg>"), None);
        // Its words in right-to-left order: the number first, at the right.
        assert_eq!(
            rtl_text(r#"<svg><text direction="rtl">(۱) <tspan>ب</tspan></text></svg>"#).as_deref(),
            Some(
                "<svg><text text-anchor=\"end\" direction=\"rtl\">\u{202B}(۱) <tspan>ب</tspan>\u{202C}</text></svg>"
            )
        );
    }

    #[test]
    fn a_drawing_too_large_is_drawn_smaller_and_a_broken_one_is_refused() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"/>"#;
        let (w, h, _, density) = draw(svg, 1_000_000).unwrap();
        assert!(
            u64::from(w) * u64::from(h) <= 1_000_000 + 2 * 1001,
            "{w} × {h}"
        );
        assert!(density < 1.0);
        assert!(draw(b"<svg", 1_000_000).is_err());
        assert!(!is_svg(b"\x89PNG\r\n"));
        assert!(is_svg(b"\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<svg/>"));
    }

    #[test]
    fn drawings_that_would_exhaust_the_build_are_refused() {
        let deep = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg">{}{}</svg>"#,
            "<g>".repeat(100_000),
            "</g>".repeat(100_000)
        );
        assert!(
            draw(deep.as_bytes(), 1_000_000)
                .unwrap_err()
                .contains("deep")
        );
        let mut doubling = String::from(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><rect id="a0" width="1" height="1"/>"#,
        );
        for i in 1..40 {
            doubling.push_str(&format!(
                r##"<g id="a{i}"><use xlink:href="#a{0}"/><use xlink:href="#a{0}"/></g>"##,
                i - 1
            ));
        }
        doubling.push_str(r##"</defs><use xlink:href="#a39"/></svg>"##);
        assert!(
            draw(doubling.as_bytes(), 1_000_000)
                .unwrap_err()
                .contains("<use>")
        );
        // Markers used many times, as charts do, are drawn.
        let markers = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="10"><defs><path id="m" d="M0 0 L2 0 L2 2 Z"/></defs><use xlink:href="#m" x="1"/><use xlink:href="#m" x="5"/><use href="#m" x="9"/></svg>"##;
        assert!(draw(markers.as_bytes(), 1_000_000).is_ok());
    }

    #[test]
    fn a_linked_file_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        // A drawing resvg would draw (it draws no raster images here), filling the box.
        let png = dir.path().join("secret.svg");
        std::fs::write(
            &png,
            br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#,
        )
        .unwrap();
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image width="10" height="10" xlink:href="{}"/></svg>"#,
            png.display()
        );
        let (_, _, rgba, _) = draw(svg.as_bytes(), 1_000_000).unwrap();
        assert!(rgba.chunks(4).all(|p| p[3] == 0));
    }
}

//! The text layer's marks that are no text of the article, each written as an artifact
//! where [`super::bidimarks`] decided: right-to-left marks under a page for poppler's page
//! direction, a left-to-right mark after an English line's final neutral, and the bridge
//! between a list's or note's label and its text.

use super::content::ContentStream;
use super::layerplace::{LayerSetup, Pen, place, round2};
use super::textlayer::LEAD_WIDTH;

/// Writes `count` right-to-left marks invisibly, one point high, in short lines from
/// `(x, y)` down: weight for poppler's page direction that no reader sees and no search
/// runs into. The glyphs keep their natural advance, since poppler drops a character
/// that overlaps the same character before it (its fake-bold rule).
pub fn write_padding(out: &mut ContentStream, font: &str, gid: u16, count: usize, x: f32, y: f32) {
    // At most ten lines, so that they stay on the page.
    let per_line = count.div_ceil(10).max(100);
    out.font(font, 1.0);
    // A point between marks: a spare glyph's advance can be a sliver, and poppler drops
    // a character that lands within a tenth of its size of the same one before it.
    out.op("1 Tc");
    for (i, start) in (0..count).step_by(per_line).enumerate() {
        out.text_matrix(round2(x), round2(y - 1.5 * i as f32));
        for _ in start..(start + per_line).min(count) {
            out.glyph(gid);
        }
        out.end_text_run();
    }
    out.op("0 Tc");
}

/// Writes the marks that end a page's left-to-right lines (`ends`, see
/// [`LineEnd`](super::bidimarks::LineEnd)) as an artifact, each in the glyphless copy of
/// its line's face (`setups`), half a point wide just inside the line's end: after the
/// last glyph and before a space that follows it, which starts at the end.
pub fn write_line_ends(
    out: &mut ContentStream,
    setups: &std::collections::BTreeMap<safha_text::FaceId, LayerSetup>,
    page: &super::layout::Page,
    ends: &[super::bidimarks::LineEnd],
    page_height: f32,
) {
    let marks = ends.iter().filter_map(|end| {
        let placed = page.placed.get(end.placed)?;
        let x0 = round2(end.x - LEAD_WIDTH);
        Some(Stretched {
            face: end.face,
            text: super::bidimarks::LINE_END_LRM,
            size: end.size,
            span: x0..x0 + LEAD_WIDTH,
            baseline: placed.baseline(end.line),
        })
    });
    write_stretched(out, setups, marks, page_height);
}

/// Writes a page's [`Bridge`](super::bidimarks::Bridge)s as an artifact, each in the
/// glyphless copy of its line's face (`setups`), stretched over its gap.
pub fn write_bridges(
    out: &mut ContentStream,
    setups: &std::collections::BTreeMap<safha_text::FaceId, LayerSetup>,
    bridges: &[super::bidimarks::Bridge],
    page_height: f32,
) {
    let marks = bridges.iter().map(|b| Stretched {
        face: b.face,
        text: super::bidimarks::bridge_text(b.rtl),
        size: b.size,
        span: round2(b.x0)..round2(b.x1),
        baseline: b.baseline,
    });
    write_stretched(out, setups, marks, page_height);
}

/// One invisible mark: `text` in the glyphless copy of `face`, stretched over `span`
/// (page coordinates) on `baseline` (from the page's top).
struct Stretched {
    face: safha_text::FaceId,
    text: &'static str,
    size: f32,
    span: std::ops::Range<f32>,
    baseline: f32,
}

/// Writes `marks` as one artifact (nothing if there are none).
fn write_stretched(
    out: &mut ContentStream,
    setups: &std::collections::BTreeMap<safha_text::FaceId, LayerSetup>,
    marks: impl Iterator<Item = Stretched>,
    page_height: f32,
) {
    let mut marks = marks.peekable();
    if marks.peek().is_none() {
        return;
    }
    out.render_mode(3);
    out.begin_artifact();
    for m in marks {
        let Some(setup) = setups.get(&m.face) else {
            continue;
        };
        let gid = setup.glyphs.known(m.text);
        out.font(setup.resource, m.size);
        let mut pen = Pen::set(out, m.span.start, page_height - m.baseline);
        place(out, setup, m.size, &mut pen, &[gid], m.span);
    }
    out.hscale(100.0);
    out.end_marked();
    out.render_mode(0);
}

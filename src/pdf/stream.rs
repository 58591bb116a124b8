//! The writer's second pass: one page's content stream (its glyphs by the subsets' ids,
//! the text layer, images and rules), each stretch marked for the structure tree. A page's
//! stream depends only on that page, so pages are written on all cores.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::bidimarks::{Marks, PADDING};
use super::content::ContentStream;
use super::embed::{Embedded, Res};
use super::layerfont::LayerFont;
use super::layerplace;
use super::layout::{Geometry, Page, Placed, Tag};
use super::marked::Marked;
use super::textlayer;
use safha_text::{FaceId, FontBook};

/// What every page's stream is written with.
pub struct PageWriter<'a> {
    pub book: &'a FontBook,
    pub fonts: &'a BTreeMap<Res, Embedded>,
    pub layer_face: FaceId,
    pub layer: &'a LayerFont,
    pub word_layers: &'a BTreeMap<FaceId, LayerFont>,
    /// Images' resource names by the address of their data.
    pub image_names: &'a BTreeMap<usize, String>,
    pub geometry: Geometry,
    pub rtl_book: bool,
}

impl PageWriter<'_> {
    /// Page `pi`'s content stream, the glyphs it uses by font, and the tags of its marked
    /// stretches in order.
    pub fn stream(&self, pi: usize, page: &Page, marks: &Marks) -> (Vec<u8>, Vec<Tag>) {
        let g = self.geometry;
        let mut out = ContentStream::new();
        let mut marked = Marked::default();
        out.gray_fill(0.0);
        out.op("BT");
        // Words set in the layer's own face are written with the layer's glyphs.
        let word_setups: BTreeMap<FaceId, layerplace::LayerSetup> = (self.word_layers.iter())
            .chain([(&self.layer_face, self.layer)])
            .filter_map(|(face, words)| {
                let f = self.fonts.get(&Res::Layer(*face))?;
                Some((
                    *face,
                    layerplace::LayerSetup {
                        book: self.book,
                        glyphs: words,
                        resource: &f.name,
                        map: &f.map,
                    },
                ))
            })
            .collect();
        let layer_font = self.fonts.get(&Res::Layer(self.layer_face));
        let write_layer = |out: &mut ContentStream, marked: &mut Marked, qi: usize| {
            let (Some(layer_font), Some(placed)) = (layer_font, page.placed.get(qi)) else {
                return;
            };
            marked.begin(out, placed.tag);
            let mark = |li: usize, ui: usize| marks.unit(qi, li, ui);
            let setup = layerplace::LayerSetup {
                book: self.book,
                glyphs: self.layer,
                resource: &layer_font.name,
                map: &layer_font.map,
            };
            textlayer::write(out, placed, g.height, &setup, &mark);
            marked.end(out);
        };
        // On a page read right to left, its right-to-left paragraphs' layers follow the
        // page's drawing, where the extractors' ordering was measured; every other
        // layer (English quoting Urdu, an Urdu couplet on an English page) follows its
        // own drawing, so that extractors following content order (pdf.js, MuPDF) read
        // it where it stands, not after the page's other text.
        let rtl_page = marks.rtl_page;
        let inline = |p: &Placed| p.para.text_layer && !(rtl_page && p.para.rtl);
        for (qi, placed) in page.placed.iter().enumerate() {
            if !super::visible::draws(placed) {
                continue;
            }
            // Text the invisible layer carries is read there; its drawing is an artifact.
            marked.begin(&mut out, placed.tag.filter(|_| !placed.para.text_layer));
            let drawing = super::visible::Drawing {
                book: self.book,
                fonts: self.fonts,
                word_layers: &word_setups,
                page_height: g.height,
            };
            super::visible::write(&mut out, &mut marked, placed, &drawing);
            marked.end(&mut out);
            if inline(placed) {
                out.render_mode(3);
                write_layer(&mut out, &mut marked, qi);
                out.render_mode(0);
            }
        }
        if let Some(layer_font) = layer_font {
            out.render_mode(3);
            for (qi, placed) in page.placed.iter().enumerate() {
                if placed.para.text_layer && !inline(placed) && super::visible::draws(placed) {
                    write_layer(&mut out, &mut marked, qi);
                }
            }
            let count = marks.padding;
            if count > 0 {
                let gid = self.layer.known(PADDING);
                let gid = layer_font.map.get(gid);
                let x = g.left_margin(pi, self.rtl_book);
                out.begin_artifact();
                super::artifacts::write_padding(&mut out, &layer_font.name, gid, count, x, 16.0);
                out.end_marked();
            }
            out.render_mode(0);
        }
        super::artifacts::write_line_ends(&mut out, &word_setups, page, &marks.line_ends, g.height);
        super::artifacts::write_bridges(&mut out, &word_setups, &marks.bridges, g.height);
        out.op("ET");
        for img in &page.images {
            if let Some(name) = self.image_names.get(&(Arc::as_ptr(&img.image) as usize)) {
                marked.begin(&mut out, img.tag);
                out.op(&format!(
                    "q {} 0 0 {} {} {} cm /{name} Do Q",
                    round2(img.width),
                    round2(img.height),
                    round2(img.x),
                    round2(g.height - img.y - img.height)
                ));
                marked.end(&mut out);
            }
        }
        write_strikes(&mut out, page, g.height);
        if !page.rules.is_empty() {
            out.begin_artifact();
            out.gray_stroke(0.45);
            for r in &page.rules {
                out.line_width(r.width);
                out.line(r.x0, g.height - r.y0, r.x1, g.height - r.y1);
            }
            out.end_marked();
        }
        (out.into_bytes(), marked.into_tags())
    }
}

/// Rules through the struck stretches of the page's lines, in the text's ink, through
/// the middle of the letters' bodies (Latin's x-height, 0.28 em above the baseline;
/// Nastaliq's bodies sit higher, 0.45 em), as thick as a regular stem (a sixteenth of an
/// em). Drawn, not read: the text they strike is read as it is.
fn write_strikes(out: &mut ContentStream, page: &super::layout::Page, height: f32) {
    let mut any = false;
    for placed in &page.placed {
        for (n, line) in placed.para.lines[placed.lines.clone()].iter().enumerate() {
            if line.struck.is_empty() {
                continue;
            }
            let Some(size) = line.glyphs.iter().map(|g| g.size).reduce(f32::min) else {
                continue;
            };
            for &(x0, x1) in &line.struck {
                if !std::mem::replace(&mut any, true) {
                    out.begin_artifact();
                    out.gray_stroke(0.0);
                }
                let rise = if placed.para.rtl { 0.45 } else { 0.28 } * size;
                let y = round2(height - placed.baseline(n) + rise);
                out.line_width(round2(size / 16.0));
                out.line(round2(placed.x + x0), y, round2(placed.x + x1), y);
            }
        }
    }
    if any {
        out.end_marked();
    }
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

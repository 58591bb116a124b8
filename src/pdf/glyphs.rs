//! The writer's first pass: which glyphs each font resource needs and the text each stands
//! for, page by page (a table by glyph id for every face, visible and silent: a page holds
//! thousands of glyphs, of a few hundred kinds), and the text layer's own glyphs.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::bidimarks::{LINE_END_LRM, Marks, PADDING};
use super::broken::{broken_words, is_broken, layer_words};
use super::embed::{Res, SILENT};
use super::layerfont::LayerFont;
use super::layout::Page;
use super::textlayer;
use crate::diag::Diagnostic;
use safha_text::{FaceId, FontBook};

/// The glyphs the pages seen so far need.
pub struct Glyphs<'b> {
    book: &'b FontBook,
    /// The face of the invisible text layer, and the layer's glyphs.
    pub layer_face: FaceId,
    pub layer: LayerFont,
    /// The invisible text of words broken across lines, by the face they are set in.
    pub word_layers: BTreeMap<FaceId, LayerFont>,
    /// By face, visible then silent: each glyph id's text (the first given it stays).
    drawn: Vec<Vec<Option<Arc<str>>>>,
    silent: Arc<str>,
    space: Arc<str>,
    chars: Vec<textlayer::LayerText>,
    padding: bool,
    /// Texts given glyphs after every other text, so that those keep the spare glyphs
    /// they have without them (a spare's width is the extractors' business: MuPDF
    /// grouped lines of bracketed Latin in Urdu differently once other texts took the
    /// spares they had): the other texts a right-to-left unit's glyphs may be written
    /// with (spaces led by a mark, [`textlayer::LayerText::led`], and marks written as
    /// Arabic letter marks, [`textlayer::LayerText::arabic_marked`]), the pieces of words
    /// joined across lines ([`textlayer::word_glyphs`]) and the mark that ends a
    /// left-to-right run in Urdu.
    late: std::collections::BTreeSet<String>,
    /// The marks of bridges written in the layer's own face (see
    /// [`super::bidimarks::Bridge`]), given glyphs last for the same reason.
    layer_bridges: std::collections::BTreeSet<&'static str>,
}

impl<'b> Glyphs<'b> {
    pub fn new(book: &'b FontBook) -> Result<Glyphs<'b>, Diagnostic> {
        let layer_face = book
            .text_layer_face()
            .ok_or_else(|| Diagnostic::error("font", "no face for the PDF text layer"))?;
        Ok(Glyphs {
            book,
            layer_face,
            layer: LayerFont::new(book, layer_face),
            word_layers: BTreeMap::new(),
            drawn: vec![Vec::new(); book.ids().count() * 2],
            silent: Arc::from(SILENT),
            space: Arc::from(" "),
            chars: Vec::new(),
            padding: false,
            late: std::collections::BTreeSet::new(),
            layer_bridges: std::collections::BTreeSet::new(),
        })
    }

    /// Notes the glyphs of `page` (finished, its direction marks `marks`).
    pub fn page(&mut self, page: &Page, marks: &Marks) {
        let book = self.book;
        let chars = &mut self.chars;
        // The mark after an English line's final neutral, in a glyphless copy of the
        // line's own face, so that poppler measures it as part of the line.
        let (face, layer, words) = (self.layer_face, &mut self.layer, &mut self.word_layers);
        for end in &marks.line_ends {
            words_in(book, face, layer, words, end.face).glyph(book, LINE_END_LRM);
        }
        for bridge in &marks.bridges {
            let text = super::bidimarks::bridge_text(bridge.rtl);
            if bridge.face == face {
                self.layer_bridges.insert(text);
            } else {
                words_in(book, face, layer, words, bridge.face).glyph(book, text);
            }
        }
        self.padding |= marks.padding > 0;
        for (qi, placed) in page.placed.iter().enumerate() {
            let broken = broken_words(placed);
            for b in broken.iter().filter(|b| b.head_line.is_some()) {
                let word_font = words_in(book, face, layer, words, b.face);
                for text in textlayer::word_glyphs(&b.text) {
                    word_font.glyph(book, &text);
                }
            }
            for (li, line) in placed.para.lines[placed.lines.clone()].iter().enumerate() {
                for (gi, g) in line.glyphs.iter().enumerate() {
                    let silent = placed.para.text_layer || is_broken(&broken, li, gi);
                    let (table, text) = if silent {
                        (g.face.0 * 2 + 1, Some(&self.silent))
                    } else {
                        (g.face.0 * 2, g.text.as_ref())
                    };
                    if let Some(table) = self.drawn.get_mut(table) {
                        note_drawn(table, g.gid, || text.cloned().unwrap_or_default());
                    }
                }
                if !placed.para.text_layer {
                    let at = placed.lines.start + li;
                    for (_, face, gid) in super::visible::word_spaces(book, placed, at) {
                        if let Some(table) = self.drawn.get_mut(face.0 * 2) {
                            note_drawn(table, gid, || self.space.clone());
                        }
                    }
                    continue;
                }
                // The space a left-to-right line broken at one ends in.
                if !placed.para.rtl && placed.ends_in_space(placed.lines.start + li) {
                    layer.glyph(book, " ");
                }
                // The lead before a combining mark, and after a short or spaced
                // right-to-left line.
                if placed.para.rtl || line.units.iter().any(textlayer::starts_with_mark) {
                    layer.glyph(book, textlayer::LINE_LEAD);
                }
                if !placed.para.rtl && line.units.iter().any(|u| u.rtl) {
                    layer.glyph(book, textlayer::INLINE_RTL_END);
                }
                if placed.para.rtl
                    && !self.late.contains(textlayer::INLINE_RTL_END)
                    && line.units.iter().any(|u| !u.rtl)
                {
                    self.late.insert(textlayer::INLINE_RTL_END.to_string());
                }
                for (ui, u) in line.units.iter().enumerate() {
                    textlayer::layer_chars(&u.text, u.rtl, marks.unit(qi, li, ui), chars);
                    for ch in chars.iter() {
                        layer.glyph(book, ch.as_str());
                        // A right-to-left run written in its logical order leads its
                        // spaces with a mark.
                        // Or with an Arabic letter mark for its right-to-left one; a
                        // run of signs leads each with one.
                        let signed = (!textlayer::holds_letter(u)).then(|| ch.arabic_signed());
                        for alt in [Some(ch.led()), Some(ch.arabic_marked()), signed]
                            .into_iter()
                            .flatten()
                        {
                            if u.rtl && alt != *ch && !self.late.contains(alt.as_str()) {
                                self.late.insert(alt.as_str().to_string());
                            }
                        }
                    }
                    // A piece of signs that may lead with an Arabic letter mark (the
                    // check first, since it holds in any order: no copy for a word).
                    if u.rtl && super::pdfjs::reads_ltr(chars.iter().map(|c| c.as_str())) {
                        let visual: Vec<_> = chars.iter().rev().copied().collect();
                        if let Some(k) = textlayer::signs_lead(u, &visual) {
                            self.late
                                .insert(visual[k].arabic_led().as_str().to_string());
                        }
                    }
                }
            }
            // Words the layer writes whole across a line break: joined, a joiner ending
            // the head makes a glyph text neither half has.
            for word in layer_words(placed)
                .into_iter()
                .filter(|b| b.head_line.is_some())
            {
                self.late.extend(textlayer::word_glyphs(&word.text));
            }
        }
    }

    /// Every font resource the pages need, with each of its glyphs' text.
    pub fn used(&mut self) -> BTreeMap<Res, BTreeMap<u16, String>> {
        let mut used: BTreeMap<Res, BTreeMap<u16, String>> = BTreeMap::new();
        for (i, table) in self.drawn.iter().enumerate() {
            let face = FaceId(i / 2);
            let res = if i % 2 == 1 {
                Res::Silent(face)
            } else {
                Res::Visible(face)
            };
            let glyphs: BTreeMap<u16, String> = (0u16..)
                .zip(table)
                .filter_map(|(gid, text)| Some((gid, text.as_deref()?.to_string())))
                .collect();
            if !glyphs.is_empty() {
                used.insert(res, glyphs);
            }
        }
        if self.padding {
            self.layer.glyph(self.book, PADDING);
        }
        for text in &self.late {
            self.layer.glyph(self.book, text);
        }
        for text in &self.layer_bridges {
            self.layer.glyph(self.book, text);
        }
        // The layer's font holds a glyph for every text given one above.
        let layer_used: BTreeMap<u16, String> = self
            .layer
            .texts()
            .map(|(g, t)| (g, t.to_string()))
            .collect();
        if !layer_used.is_empty() {
            used.insert(Res::Layer(self.layer_face), layer_used);
        }
        for (face, words) in &self.word_layers {
            let texts = words.texts().map(|(g, t)| (g, t.to_string())).collect();
            used.insert(Res::Layer(*face), texts);
        }
        used
    }
}

/// The layer font that writes the invisible words of text set in `face`: the text layer's
/// own (`layer`, in `layer_face`) when `face` is the layer's (quoted Arabic set in Naskh),
/// since one font resource holds one table of glyphs: a second table under the same
/// resource replaced the layer's, and a parallel page lost all its Urdu text.
fn words_in<'l>(
    book: &FontBook,
    layer_face: FaceId,
    layer: &'l mut LayerFont,
    word_layers: &'l mut BTreeMap<FaceId, LayerFont>,
    face: FaceId,
) -> &'l mut LayerFont {
    if face == layer_face {
        return layer;
    }
    word_layers
        .entry(face)
        .or_insert_with(|| LayerFont::new(book, face))
}

/// Records that glyph `gid` of a face's table is drawn, standing for `text()` (the first
/// text given it stays).
fn note_drawn(table: &mut Vec<Option<Arc<str>>>, gid: u16, text: impl FnOnce() -> Arc<str>) {
    let gid = usize::from(gid);
    if table.len() <= gid {
        table.resize(gid + 1, None);
    }
    table[gid].get_or_insert_with(text);
}

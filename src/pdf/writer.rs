//! Pages → PDF bytes: printpdf holds the document, its fonts and metadata; each page's
//! content is written by [`ContentStream`] (glyphs by id at exact positions, the Nastaliq
//! cascade as text rise) and, for lines set in Nastaliq (Urdu, and English quoting it),
//! the invisible text layer of [`textlayer`](super::textlayer). Visible glyphs of such
//! lines map to U+200B and sit in an empty ActualText span, so their text comes only from
//! the layer.
//!
//! Everything that could vary between runs is fixed: font resource names, subset tags and
//! the document `/ID` derive from the content; dates come from the caller.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use printpdf::{
    Codepoint, FontId, Mm, Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions,
    PdfWarnMsg, Pt, TextItem,
};

use super::bidimarks::{self, LINE_END_LRM, Mark, PADDING};
use super::broken::{broken_words, is_broken, layer_words};
use super::content::ContentStream;
use super::embed::{self, Embedded, Res, SILENT};
use super::layerfont::LayerFont;
use super::layout::{Laid, Placed, Tag};
use super::marked::Marked;
use super::textlayer::{self, LINE_LEAD};
use crate::diag::Diagnostic;
use crate::l10n::Lang;
use safha_text::{FaceId, FontBook};

/// Document metadata.
pub struct Meta {
    pub title: String,
    pub author: String,
    pub translator: Option<String>,
    pub subject: String,
    pub lang: Lang,
    /// Creation and modification date, seconds since the Unix epoch.
    pub date: i64,
    /// Each page's number as its footer writes it (the page labels).
    pub page_numbers: Vec<String>,
    /// The logical structure the pages' tags belong to (a tagged PDF).
    pub structure: super::tags::Elem,
}

pub fn write(laid: &Laid, book: &FontBook, meta: &Meta) -> Result<Vec<u8>, Diagnostic> {
    // 1. Which glyphs each font resource needs, and the text each stands for: a table by
    // glyph id for every face, visible and silent (a page holds thousands of glyphs, of a
    // few hundred kinds).
    let layer_face = book
        .text_layer_face()
        .ok_or_else(|| Diagnostic::error("font", "no face for the PDF text layer"))?;
    let mut layer = LayerFont::new(book, layer_face);
    let marks = bidimarks::unit_marks(laid);
    let faces = book.ids().count();
    let mut drawn: Vec<Vec<Option<&str>>> = vec![Vec::new(); faces * 2];
    // The invisible text of words broken across lines, by the face they are set in.
    let mut word_layers: BTreeMap<FaceId, LayerFont> = BTreeMap::new();
    let mut chars = Vec::new();
    for (pi, page) in laid.pages.iter().enumerate() {
        // The mark after an English line's final neutral, in a glyphless copy of the
        // line's own face, so that poppler measures it as part of the line.
        for end in marks.line_ends.get(pi).into_iter().flatten() {
            let words = word_layers
                .entry(end.face)
                .or_insert_with(|| LayerFont::new(book, end.face));
            words.glyph(book, LINE_END_LRM);
        }
        for (qi, placed) in page.placed.iter().enumerate() {
            let broken = broken_words(placed);
            for b in &broken {
                let words = word_layers
                    .entry(b.face)
                    .or_insert_with(|| LayerFont::new(book, b.face));
                textlayer::layer_chars(&b.text, false, Mark::None, &mut chars);
                for ch in &chars {
                    words.glyph(book, ch.as_str());
                }
            }
            for (li, line) in placed.para.lines[placed.lines.clone()].iter().enumerate() {
                for (gi, g) in line.glyphs.iter().enumerate() {
                    let silent = placed.para.text_layer || is_broken(&broken, li, gi);
                    let (table, text) = if silent {
                        (g.face.0 * 2 + 1, SILENT)
                    } else {
                        (g.face.0 * 2, g.text.as_deref().unwrap_or(""))
                    };
                    if let Some(table) = drawn.get_mut(table) {
                        note_drawn(table, g.gid, text);
                    }
                }
                if !placed.para.text_layer {
                    let at = placed.lines.start + li;
                    for (_, face, gid) in super::visible::word_spaces(book, placed, at) {
                        if let Some(table) = drawn.get_mut(face.0 * 2) {
                            note_drawn(table, gid, " ");
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
                    layer.glyph(book, LINE_LEAD);
                }
                for (ui, u) in line.units.iter().enumerate() {
                    let mark = (marks.units.get(&(pi, qi, li, ui)).copied()).unwrap_or(Mark::None);
                    textlayer::layer_chars(&u.text, u.rtl, mark, &mut chars);
                    for ch in &chars {
                        layer.glyph(book, ch.as_str());
                    }
                }
            }
            // Words the layer writes whole across a line break: joined, a joiner ending
            // the head makes a glyph text neither half has.
            for (_, _, _, word) in layer_words(placed) {
                textlayer::layer_chars(&word, false, Mark::None, &mut chars);
                for ch in &chars {
                    layer.glyph(book, ch.as_str());
                }
            }
        }
    }
    let mut used: BTreeMap<Res, BTreeMap<u16, String>> = BTreeMap::new();
    for (i, table) in drawn.iter().enumerate() {
        let face = FaceId(i / 2);
        let res = if i % 2 == 1 {
            Res::Silent(face)
        } else {
            Res::Visible(face)
        };
        let glyphs: BTreeMap<u16, String> = (0u16..)
            .zip(table)
            .filter_map(|(gid, text)| Some((gid, (*text)?.to_string())))
            .collect();
        if !glyphs.is_empty() {
            used.insert(res, glyphs);
        }
    }
    if marks.padding.iter().any(|&n| n > 0) {
        layer.glyph(book, PADDING);
    }
    // The layer's font holds a glyph for every text given one above.
    let layer_used: BTreeMap<u16, String> =
        layer.texts().map(|(g, t)| (g, t.to_string())).collect();
    if !layer_used.is_empty() {
        used.insert(Res::Layer(layer_face), layer_used);
    }
    for (face, words) in &word_layers {
        let texts = words.texts().map(|(g, t)| (g, t.to_string())).collect();
        used.insert(Res::Layer(*face), texts);
    }

    // 2. Subset fonts, register them under names that depend only on the content.
    let mut doc = PdfDocument::new(&meta.title);
    // The document /ID derives from everything the document shows.
    let mut id_hasher = Digest::default();
    for field in [&meta.title, &meta.author, &meta.subject] {
        id_hasher.update(field.as_bytes());
    }
    id_hasher.update(meta.lang.tag().as_bytes());
    let mut fonts: BTreeMap<Res, Embedded> = BTreeMap::new();
    // The text each subset glyph stands for, by font resource.
    let mut texts: BTreeMap<String, BTreeMap<u16, String>> = BTreeMap::new();
    for (i, (res, glyphs)) in used.iter().enumerate() {
        let loaded = book.get(res.face());
        let (mut subset, map) = embed::subset(loaded, glyphs.keys().copied())?;
        if matches!(res, Res::Layer(_)) {
            subset = embed::glyphless(&subset)?;
        }
        id_hasher.update(&subset);
        let widths: BTreeMap<u16, u16> = glyphs
            .keys()
            .map(|g| (map.get(*g), loaded.advance(*g).max(0.0).round() as u16))
            .collect();
        let tag = embed::subset_tag(res, glyphs);
        let postscript = loaded.face.file.trim_end_matches(".ttf");
        let parsed = embed::parsed_font(subset, &format!("{tag}+{postscript}"), widths, loaded);
        let name = format!("F{i}");
        doc.resources
            .fonts
            .map
            .insert(FontId(name.clone()), PdfFont::new(parsed));
        let font_texts = texts.entry(name.clone()).or_default();
        for (gid, text) in glyphs {
            font_texts.insert(map.get(*gid), text.clone());
        }
        fonts.insert(*res, Embedded { name, map });
    }

    // Images by name, in the order the pages first show them.
    let mut image_names: BTreeMap<usize, String> = BTreeMap::new();
    let mut images: Vec<Arc<super::image::Image>> = Vec::new();
    for img in laid.pages.iter().flat_map(|p| &p.images) {
        let key = Arc::as_ptr(&img.image) as usize;
        if let std::collections::btree_map::Entry::Vacant(e) = image_names.entry(key) {
            e.insert(format!("Im{}", images.len()));
            images.push(img.image.clone());
        }
    }
    let image_names = &image_names;

    // 3. Pages, written on all cores: a page's stream depends only on its own glyphs.
    let g = laid.geometry;
    let layer = &layer;
    let page_stream = |pi: usize, page: &super::layout::Page| -> (Vec<u8>, Used, Vec<Tag>) {
        let mut out = ContentStream::new();
        let mut marked = Marked::default();
        out.gray_fill(0.0);
        out.op("BT");
        let word_setups: BTreeMap<FaceId, textlayer::LayerSetup> = word_layers
            .iter()
            .filter_map(|(face, words)| {
                let f = fonts.get(&Res::Layer(*face))?;
                Some((
                    *face,
                    textlayer::LayerSetup {
                        book,
                        glyphs: words,
                        resource: &f.name,
                        map: &f.map,
                    },
                ))
            })
            .collect();
        let layer_font = fonts.get(&Res::Layer(layer_face));
        let write_layer = |out: &mut ContentStream, marked: &mut Marked, qi: usize| {
            let (Some(layer_font), Some(placed)) = (layer_font, page.placed.get(qi)) else {
                return;
            };
            marked.begin(out, placed.tag);
            let mark = |li: usize, ui: usize| {
                (marks.units.get(&(pi, qi, li, ui)).copied()).unwrap_or(Mark::None)
            };
            let setup = textlayer::LayerSetup {
                book,
                glyphs: layer,
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
        let rtl_page = marks.rtl_pages.get(pi).copied().unwrap_or(false);
        let inline = |p: &Placed| p.para.text_layer && !(rtl_page && p.para.rtl);
        for (qi, placed) in page.placed.iter().enumerate() {
            if !super::visible::draws(placed) {
                continue;
            }
            // Text the invisible layer carries is read there; its drawing is an artifact.
            marked.begin(&mut out, placed.tag.filter(|_| !placed.para.text_layer));
            let drawing = super::visible::Drawing {
                book,
                fonts: &fonts,
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
            let count = marks.padding.get(pi).copied().unwrap_or(0);
            if count > 0 {
                let gid = layer.known(PADDING);
                let gid = layer_font.map.get(gid);
                let x = g.left_margin(pi, laid.rtl_book);
                out.begin_artifact();
                textlayer::write_padding(&mut out, &layer_font.name, gid, count, x, 16.0);
                out.end_marked();
            }
            out.render_mode(0);
        }
        let ends = marks.line_ends.get(pi).map_or(&[][..], Vec::as_slice);
        textlayer::write_line_ends(&mut out, &word_setups, page, ends, g.height);
        out.op("ET");
        for img in &page.images {
            if let Some(name) = image_names.get(&(Arc::as_ptr(&img.image) as usize)) {
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
        if !page.rules.is_empty() {
            out.begin_artifact();
            out.gray_stroke(0.45);
            for r in &page.rules {
                out.line_width(r.width);
                out.line(r.x0, g.height - r.y0, r.x1, g.height - r.y1);
            }
            out.end_marked();
        }
        let used = out.used();
        (out.into_bytes(), used, marked.into_tags())
    };
    let written: Vec<(Vec<u8>, Used, Vec<Tag>)> = {
        use rayon::prelude::*;
        laid.pages
            .par_iter()
            .enumerate()
            .map(|(pi, page)| page_stream(pi, page))
            .collect()
    };
    let mut pages = Vec::with_capacity(laid.pages.len());
    let mut streams = Vec::with_capacity(laid.pages.len());
    let mut registered_before = Used::new();
    let mut page_tags = Vec::with_capacity(laid.pages.len());
    for (stream, used, tags) in written {
        page_tags.push(tags);
        let registered = registration(&used, &mut registered_before, &texts);
        id_hasher.update(&stream);
        streams.push(stream);
        pages.push(PdfPage::new(
            Mm(g.width * 25.4 / 72.0),
            Mm(g.height * 25.4 / 72.0),
            registered,
        ));
    }
    doc.with_pages(pages);

    // 4. Metadata, language, a content-derived /ID.
    let date = printpdf::OffsetDateTime::from_unix_timestamp(meta.date)
        .or_else(|_| printpdf::OffsetDateTime::from_unix_timestamp(0))
        .map_err(|e| Diagnostic::error("pdf-date", format!("invalid PDF date: {e}")))?;
    let info = &mut doc.metadata.info;
    info.document_title = meta.title.clone();
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = "safha".to_string();
    info.producer = "safha (printpdf)".to_string();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;

    let mut warnings: Vec<PdfWarnMsg> = Vec::new();
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    super::metadata::set_language(&mut lo, &meta.lang);
    super::metadata::clean_info(&mut lo);
    super::metadata::add_output_intent(&mut lo);
    super::metadata::add_xmp(
        &mut lo,
        &super::metadata::Xmp {
            title: &meta.title,
            subject: &meta.subject,
            lang: &meta.lang.tag(),
            author: &meta.author,
            translator: meta.translator.as_deref(),
            date: meta.date,
        },
    );
    // printpdf wrote the fonts and resources from the registration ops; the page
    // streams themselves are ours.
    for ((_, page), stream) in lo.get_pages().into_iter().zip(streams) {
        let contents = lo
            .get_page_contents(page)
            .into_iter()
            .next()
            .ok_or_else(|| Diagnostic::error("pdf-write", "a page without content"))?;
        if let Ok(lopdf::Object::Stream(s)) = lo.get_object_mut(contents) {
            s.dict.remove(b"Filter");
            s.set_plain_content(stream);
        }
    }
    let page_ids: Vec<lopdf::ObjectId> = lo.get_pages().into_values().collect();
    // Each link annotation, with its page and tag.
    let mut annotations = Vec::new();
    for (p, (&id, page)) in page_ids.iter().zip(&laid.pages).enumerate() {
        let made = super::links::annotate(&mut lo, id, &super::links::links(page, g.height));
        annotations.extend(made.into_iter().map(|(annot, tag)| (p, annot, tag)));
    }
    super::outline::add(
        &mut lo,
        &laid.pages,
        &page_ids,
        g.height,
        &meta.page_numbers,
    );
    add_images(&mut lo, &images, &laid.pages, &page_ids);
    super::tags::write(
        &mut lo,
        &meta.structure,
        &page_ids,
        &page_tags,
        &annotations,
    );
    compress(&mut lo);
    set_id(&mut lo, id_hasher.finish());
    let mut bytes = Vec::new();
    // As `save_modern` (object and cross-reference streams), the object streams deflated
    // at flate2's default level: since they hold the structure tree's text (/ActualText),
    // the fast level left the sample's Urdu edition 2.5 KB larger.
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(true)
        .use_xref_streams(true)
        .compression_level(6)
        .build();
    lo.save_with_options(&mut bytes, options)
        .map_err(|e| Diagnostic::error("pdf-write", format!("cannot serialize the PDF: {e}")))?;
    Ok(bytes)
}

/// Records that glyph `gid` of a face's table is drawn, standing for `text` (the first
/// text given it stays).
fn note_drawn<'a>(table: &mut Vec<Option<&'a str>>, gid: u16, text: &'a str) {
    let gid = usize::from(gid);
    if table.len() <= gid {
        table.resize(gid + 1, None);
    }
    table[gid].get_or_insert(text);
}

/// Deflates every stream that is not yet filtered, in parallel: the largest document's
/// streams are the tail of a whole build. Page streams are most of the bytes, and libdeflate
/// compresses them in about half the time at its greedy level 3 as at its lazy level 6 for
/// 5 % more output (the sample's Urdu edition: 74.9 KB against 71.3 KB; the whole build
/// 1 ms faster in 60 interleaved runs).
fn compress(doc: &mut lopdf::Document) {
    use libdeflater::{CompressionLvl, Compressor};
    use rayon::prelude::*;
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|o| match o {
            lopdf::Object::Stream(s) if !s.dict.has(b"Filter") && s.allows_compression => Some(s),
            _ => None,
        })
        .collect();
    let level = CompressionLvl::new(LEVEL).unwrap_or_default();
    streams.par_iter_mut().for_each_init(
        || Compressor::new(level),
        |packer, s| {
            let mut packed = vec![0; packer.zlib_compress_bound(s.content.len())];
            let Ok(n) = packer.zlib_compress(&s.content, &mut packed) else {
                return;
            };
            if n + 19 < s.content.len() {
                packed.truncate(n);
                s.dict.set("Filter", "FlateDecode");
                s.set_content(packed);
            }
        },
    );
}

/// libdeflate's compression level for every stream.
const LEVEL: i32 = 3;

/// Glyph ids by font resource name.
type Used = BTreeMap<String, BTreeSet<u16>>;

/// What printpdf needs to see of a page: each font it uses, and the glyphs no earlier page
/// registered, each with its text, so it writes the font resources, widths and ToUnicode
/// maps (it takes the union over all pages). The page's real content is our own stream,
/// swapped in afterwards.
fn registration(
    used: &Used,
    before: &mut Used,
    texts: &BTreeMap<String, BTreeMap<u16, String>>,
) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (font, gids) in used {
        let seen = before.entry(font.clone()).or_default();
        let mut new: Vec<u16> = gids.iter().copied().filter(|g| seen.insert(*g)).collect();
        // A font keeps at least one glyph on every page that uses it.
        if new.is_empty() {
            new.extend(gids.first());
        }
        let font_texts = texts.get(font);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(FontId(font.clone())),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(
                new.iter()
                    .map(|gid| Codepoint {
                        gid: *gid,
                        offset: 0.0,
                        cid: font_texts.and_then(|t| t.get(gid)).cloned(),
                    })
                    .collect(),
            )],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The document /ID's digest: BLAKE3 over every field, each prefixed with its length so
/// that ("ab", "c") and ("a", "bc") differ. Stable across runs and machines.
#[derive(Default)]
struct Digest(blake3::Hasher);

impl Digest {
    fn update(&mut self, bytes: &[u8]) {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    fn finish(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        out.copy_from_slice(&self.0.finalize().as_bytes()[..16]);
        out
    }
}

fn set_id(doc: &mut lopdf::Document, id: [u8; 16]) {
    let s = lopdf::Object::String(id.to_vec(), lopdf::StringFormat::Hexadecimal);
    doc.trailer
        .set("ID", lopdf::Object::Array(vec![s.clone(), s]));
}

/// Embeds `images` once each and names them in the resources of every page that shows
/// them (`Im0`, `Im1`… in the order the pages first show them).
fn add_images(
    doc: &mut lopdf::Document,
    images: &[Arc<super::image::Image>],
    pages: &[super::layout::Page],
    ids: &[lopdf::ObjectId],
) {
    use lopdf::{Dictionary, Object};
    let embedded: Vec<lopdf::ObjectId> = images
        .iter()
        .map(|img| super::image::embed(doc, img))
        .collect();
    for (page, &id) in pages.iter().zip(ids) {
        if page.images.is_empty() {
            continue;
        }
        let mut xobjects = Dictionary::new();
        for img in &page.images {
            if let Some(i) = images.iter().position(|x| Arc::ptr_eq(x, &img.image)) {
                xobjects.set(format!("Im{i}"), Object::Reference(embedded[i]));
            }
        }
        // The page's resources: its own dictionary, or a shared one copied for it.
        let resources = doc
            .get_object(id)
            .and_then(|o| o.as_dict())
            .and_then(|d| d.get(b"Resources"))
            .cloned();
        let mut dict = match resources {
            Ok(Object::Reference(r)) => doc
                .get_object(r)
                .and_then(|o| o.as_dict())
                .cloned()
                .unwrap_or_default(),
            Ok(Object::Dictionary(d)) => d,
            _ => Dictionary::new(),
        };
        dict.set("XObject", Object::Dictionary(xobjects));
        if let Ok(page) = doc.get_object_mut(id).and_then(|o| o.as_dict_mut()) {
            page.set("Resources", Object::Dictionary(dict));
        }
    }
}

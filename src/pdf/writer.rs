//! Pages → PDF bytes, in two passes over a page source ([`Pages`]): which glyphs each
//! font needs ([`glyphs`](super::glyphs)), then each page's content stream
//! ([`stream`](super::stream): glyphs by id at exact positions, the Nastaliq cascade as
//! text rise, and for lines set in Nastaliq the invisible text layer of
//! [`textlayer`](super::textlayer)), deflated and written to the file as it is made, with
//! the page's object ([`pagetree`](super::pagetree)). printpdf makes the fonts and the
//! metadata, from one page that shows every glyph once; each font's subset program is made
//! on a free core while the pages are written (the glyph ids come from its plan), standing
//! in the document by a placeholder until then; [`save`](super::save) writes the file. Visible glyphs of text-layer lines map to U+200B and sit in an empty ActualText
//! span, so their text comes only from the layer.
//!
//! Everything that could vary between runs is fixed: font resource names, subset tags and
//! the document `/ID` derive from the content; dates come from the caller.

use std::collections::BTreeMap;
use std::sync::Arc;

use printpdf::{
    Codepoint, FontId, Mm, Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions,
    PdfWarnMsg, Pt, TextItem,
};

use libdeflater::{CompressionLvl, Compressor};

use super::bidimarks::{self, Marks};
use super::embed::{self, Embedded, Res};
use super::glyphs::Glyphs;
use super::layout::{Laid, Page, Tag};
use super::stream::PageWriter;
use crate::diag::Diagnostic;
use crate::l10n::Lang;
use safha_text::FontBook;

/// Document metadata.
pub struct Meta<'a> {
    pub title: String,
    pub author: String,
    pub translator: Option<String>,
    pub subject: String,
    pub lang: Lang,
    /// Creation and modification date, seconds since the Unix epoch.
    pub date: i64,
    /// Each page's number as its footer writes it (the page labels).
    pub page_numbers: Vec<String>,
    /// The logical structure the pages' tags belong to (a tagged PDF): the children of its
    /// `Document` element, each handed over as it is made.
    pub structure: Box<super::tags::Children<'a>>,
}

/// Where the writer takes its pages from: each page finished (furniture added, page
/// positions), in order, once for every pass the writer makes over them.
pub trait Pages {
    /// The layout the pages come from: how many, their geometry and binding.
    fn laid(&self) -> &Laid;
    /// Hands every page, in order, to `each`.
    fn each(&mut self, each: &mut dyn FnMut(Page)) -> Result<(), Diagnostic>;
    /// The writer's passes are over: pages kept for them can go before the document is
    /// saved.
    fn release(&mut self) {}
}

/// How many pages are written on all cores at once: a page's stream depends only on its
/// own glyphs, and only so many pages are held at a time.
const BATCH: usize = 32;

/// Writes the document of `pages` to `out`, as it is made.
pub fn write(
    pages: &mut dyn Pages,
    book: &FontBook,
    meta: &Meta<'_>,
    out: &mut dyn std::io::Write,
) -> Result<(), Diagnostic> {
    let laid = pages.laid().clone();
    // 1. Which glyphs each font resource needs, and the text each stands for; each page's
    // direction marks; the images, named in the order the pages first show them.
    let mut glyphs = Glyphs::new(book)?;
    let mut marks: Vec<Marks> = Vec::with_capacity(laid.pages);
    let mut image_names: BTreeMap<usize, String> = BTreeMap::new();
    let mut images: Vec<Arc<super::image::Image>> = Vec::new();
    pages.each(&mut |page| {
        let m = bidimarks::unit_marks(&page, glyphs.layer_face);
        glyphs.page(&page, &m);
        marks.push(m);
        for img in &page.images {
            let key = Arc::as_ptr(&img.image) as usize;
            if let std::collections::btree_map::Entry::Vacant(e) = image_names.entry(key) {
                e.insert(format!("Im{}", images.len()));
                images.push(img.image.clone());
            }
        }
    })?;
    let used = glyphs.used();

    // 2. Plan each font's subset (which glyphs, their new ids) and register the fonts
    // under names that depend only on the content. The subsets themselves are made beside
    // the pages (step 4); until then a placeholder stands in printpdf's document for each.
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
    let mut planned = Vec::with_capacity(used.len());
    for (i, (res, glyphs)) in used.iter().enumerate() {
        let loaded = book.get(res.face());
        let (plan, map) = embed::plan(loaded, glyphs.keys().copied())?;
        let widths: BTreeMap<u16, u16> = glyphs
            .keys()
            .map(|g| (map.get(*g), loaded.advance(*g).max(0.0).round() as u16))
            .collect();
        let tag = embed::subset_tag(res, glyphs);
        let postscript = loaded.face.file.trim_end_matches(".ttf");
        let program = Program::new(plan, matches!(res, Res::Layer(_)), i)?;
        let parsed = embed::parsed_font(
            program.standing_in(),
            &format!("{tag}+{postscript}"),
            widths,
            loaded,
        );
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
        planned.push(program);
    }
    // Made on whichever core is free while this one writes the pages.
    let programs: std::sync::Mutex<Vec<Result<Made, Diagnostic>>> = Default::default();
    let failed =
        |e: std::io::Error| Diagnostic::error("pdf-write", format!("cannot write the PDF: {e}"));
    let (mut lo, early) = rayon::in_place_scope(|scope| {
        scope.spawn(|_| {
            use rayon::prelude::*;
            let made = planned.par_iter().map(Program::make).collect();
            if let Ok(mut programs) = programs.lock() {
                *programs = made;
            }
        });

        // 3. The document as printpdf makes it, with one page that shows every glyph of every
        // font once, each with its text: from it printpdf writes the fonts, their widths and
        // ToUnicode maps. That page's object, content and resources become the first page's
        // (the resources every page's); the pages themselves are ours, made below.
        let g = laid.geometry;
        doc.with_pages(vec![PdfPage::new(
            Mm(g.width * 25.4 / 72.0),
            Mm(g.height * 25.4 / 72.0),
            registration(&texts),
        )]);
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
        drop(doc);
        let mut template = super::pagetree::Template::take(&mut lo)?;
        // The file starts here: the pages' content goes to it as it is made.
        let mut early = super::save::Early::start(&mut lo, out).map_err(failed)?;
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
        let embedded: Vec<lopdf::ObjectId> = images
            .iter()
            .map(|img| super::image::embed(&mut lo, img))
            .collect();

        // 4. Pages, a batch at a time, each batch on all cores: a page's stream, deflated, and
        // its object, handed to the saved bytes as it is made; kept of it, what the document
        // needs afterwards (its annotations, tags and outline entries).
        let writer = PageWriter {
            book,
            fonts: &fonts,
            layer_face: glyphs.layer_face,
            layer: &glyphs.layer,
            word_layers: &glyphs.word_layers,
            image_names: &image_names,
            geometry: laid.geometry,
            rtl_book: laid.rtl_book,
        };
        let mut page_ids = Vec::with_capacity(laid.pages);
        let mut page_tags = Vec::with_capacity(laid.pages);
        let mut page_marks = Vec::with_capacity(laid.pages);
        let mut annotations = Vec::new();
        let mut batch: Vec<Page> = Vec::with_capacity(BATCH);
        let mut flush = |batch: &mut Vec<Page>| {
            use rayon::prelude::*;
            let first = page_ids.len();
            let written: Vec<(Vec<u8>, Packed, Vec<Tag>)> = batch
                .par_iter()
                .enumerate()
                .map_init(
                    || Compressor::new(level()),
                    |packer, (k, page)| {
                        let pi = first + k;
                        let empty = Marks::default();
                        let (stream, tags) =
                            writer.stream(pi, page, marks.get(pi).unwrap_or(&empty));
                        let packed = match deflate(packer, &stream) {
                            Some(p) => Packed::Deflated(p),
                            None => Packed::Plain(stream.clone()),
                        };
                        (stream, packed, tags)
                    },
                )
                .collect();
            for ((stream, packed, tags), page) in written.into_iter().zip(batch.drain(..)) {
                let p = page_ids.len();
                id_hasher.update(&stream);
                let (id, contents) = template.ids(&mut lo);
                early.add(contents, packed.into_object());
                let links = super::links::links(&page, g.height);
                let (annots, made) = super::links::annotate(&mut lo, &links);
                annotations.extend(made.into_iter().map(|(annot, tag)| (p, annot, tag)));
                let shown: Vec<usize> = (page.images.iter())
                    .filter_map(|img| images.iter().position(|x| Arc::ptr_eq(x, &img.image)))
                    .collect();
                early.add(id, template.page(p, contents, annots, &shown, &embedded));
                page_ids.push(id);
                page_tags.push(tags);
                page_marks.push(page.marks);
            }
        };
        pages.each(&mut |page| {
            batch.push(page);
            if batch.len() == BATCH {
                flush(&mut batch);
            }
        })?;
        flush(&mut batch);
        pages.release();
        template.kids(&mut lo, &page_ids);
        super::outline::add(
            &mut lo,
            &mut early,
            &page_marks,
            &page_ids,
            g.height,
            &meta.page_numbers,
        );
        super::tags::write(
            &mut lo,
            &mut early,
            &*meta.structure,
            &page_ids,
            page_tags,
            &annotations,
        );
        Ok::<_, Diagnostic>((lo, early))
    })?;
    // The font programs, in place of their placeholders; the document /ID hashes them in
    // the fonts' order, after the pages.
    let programs = programs
        .into_inner()
        .map_err(|_| Diagnostic::error("pdf-write", "a font subset failed"))?;
    if programs.len() != planned.len() {
        return Err(Diagnostic::error("pdf-write", "a font subset failed"));
    }
    for made in programs {
        let made = made?;
        id_hasher.update(&made.program);
        made.put(&mut lo)?;
    }
    compress(&mut lo);
    set_id(&mut lo, id_hasher.finish());
    // As lopdf's `save_modern` (object and cross-reference streams), the object streams
    // deflated at a higher level than the pages: they hold the structure tree's text
    // (/ActualText), and the fast level left the sample's Urdu edition 2.5 KB larger.
    super::save::save(lo, early).map_err(failed)
}

/// A font's subset program: planned while the fonts are registered, made (and deflated)
/// beside the pages, then put in place of the placeholder printpdf embedded for it.
struct Program<'f> {
    plan: embed::Planned<'f>,
    /// The text layer's font: its outlines are stripped.
    glyphless: bool,
    standing_in: StandingIn,
}

/// What printpdf embeds for a font.
enum StandingIn {
    /// Until the program is made: a TrueType sfnt version and the font's place, unique in
    /// the document.
    Placeholder(Vec<u8>),
    /// The program, made at once for a face of another kind (CFF): printpdf reads it to
    /// choose how to embed it.
    Program(Vec<u8>),
}

/// A font program made: its bytes (for the document /ID) and, when it was made beside
/// the pages, the placeholder it replaces and its stream.
struct Made {
    program: Vec<u8>,
    placed: Option<(Vec<u8>, lopdf::Stream)>,
}

impl<'f> Program<'f> {
    fn new(
        plan: embed::Planned<'f>,
        glyphless: bool,
        place: usize,
    ) -> Result<Program<'f>, Diagnostic> {
        let mut program = Program {
            plan,
            glyphless,
            standing_in: StandingIn::Placeholder(Vec::new()),
        };
        let version = program.plan.sfnt_version();
        program.standing_in = if matches!(version, [0, 1, 0, 0] | b"true") {
            let mut placeholder = version.to_vec();
            placeholder.extend_from_slice(format!(" safha font program {place}").as_bytes());
            StandingIn::Placeholder(placeholder)
        } else {
            StandingIn::Program(program.program()?)
        };
        Ok(program)
    }

    fn program(&self) -> Result<Vec<u8>, Diagnostic> {
        let program = self.plan.bytes()?;
        if self.glyphless {
            return embed::glyphless(&program);
        }
        Ok(program)
    }

    /// What printpdf is given to embed.
    fn standing_in(&self) -> Vec<u8> {
        match &self.standing_in {
            StandingIn::Placeholder(bytes) | StandingIn::Program(bytes) => bytes.clone(),
        }
    }

    fn make(&self) -> Result<Made, Diagnostic> {
        let placeholder = match &self.standing_in {
            StandingIn::Placeholder(placeholder) => placeholder,
            StandingIn::Program(program) => {
                return Ok(Made {
                    program: program.clone(),
                    placed: None,
                });
            }
        };
        let program = self.program()?;
        // With the program's size as printpdf records it, deflated as `compress` would.
        let mut dict = lopdf::Dictionary::new();
        dict.set("Length1", program.len() as i64);
        let mut stream = lopdf::Stream::new(dict, program.clone());
        pack(&mut Compressor::new(level()), &mut stream);
        Ok(Made {
            program,
            placed: Some((placeholder.clone(), stream)),
        })
    }
}

impl Made {
    /// Replaces the stream holding its placeholder, if it has one.
    fn put(self, doc: &mut lopdf::Document) -> Result<(), Diagnostic> {
        let Some((placeholder, made)) = self.placed else {
            return Ok(());
        };
        let stream = doc.objects.values_mut().find_map(|o| match o {
            lopdf::Object::Stream(s) if s.content == placeholder => Some(s),
            _ => None,
        });
        // printpdf embeds every font it is given: a placeholder not found is a bug, and
        // the document would show a font without its program.
        let stream = stream.ok_or_else(|| {
            Diagnostic::error("pdf-write", "a font program has no place in the document")
        })?;
        for (key, value) in made.dict.iter() {
            stream.dict.set(key.clone(), value.clone());
        }
        stream.set_content(made.content);
        Ok(())
    }
}

/// Deflates every stream that is not yet filtered, in parallel: the largest document's
/// streams are the tail of a whole build. Page streams are most of the bytes, and libdeflate
/// compresses them in about half the time at its greedy level 3 as at its lazy level 6 for
/// 5 % more output (the sample's Urdu edition: 74.9 KB against 71.3 KB; the whole build
/// 1 ms faster in 60 interleaved runs).
fn compress(doc: &mut lopdf::Document) {
    use rayon::prelude::*;
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|o| match o {
            lopdf::Object::Stream(s) if !s.dict.has(b"Filter") && s.allows_compression => Some(s),
            _ => None,
        })
        .collect();
    streams
        .par_iter_mut()
        .for_each_init(|| Compressor::new(level()), |packer, s| pack(packer, s));
}

/// Deflates `stream` in place, if that saves more than the filter's own entry costs.
fn pack(packer: &mut Compressor, stream: &mut lopdf::Stream) {
    if let Some(packed) = deflate(packer, &stream.content) {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(packed);
    }
}

/// libdeflate's compression level for every stream ([`LEVEL`]).
fn level() -> CompressionLvl {
    CompressionLvl::new(LEVEL).unwrap_or_default()
}

/// `content` deflated (zlib), if that saves more than the filter's own entry costs.
fn deflate(packer: &mut Compressor, content: &[u8]) -> Option<Vec<u8>> {
    let mut packed = vec![0; packer.zlib_compress_bound(content.len())];
    let n = packer.zlib_compress(content, &mut packed).ok()?;
    (n + 19 < content.len()).then(|| {
        // Held until the document is saved: the bound allocated was as large as the
        // content, five times what a page's stream deflates to.
        packed.truncate(n);
        packed.shrink_to_fit();
        packed
    })
}

/// A page's content stream as it goes into the document.
enum Packed {
    Plain(Vec<u8>),
    Deflated(Vec<u8>),
}

impl Packed {
    fn into_object(self) -> lopdf::Object {
        let mut dict = lopdf::Dictionary::new();
        let content = match self {
            Packed::Plain(plain) => plain,
            Packed::Deflated(packed) => {
                dict.set("Filter", "FlateDecode");
                packed
            }
        };
        lopdf::Object::Stream(lopdf::Stream::new(dict, content))
    }
}

/// libdeflate's compression level for every stream.
const LEVEL: i32 = 3;

/// What printpdf needs to see of its one page: each font, and every glyph of it with its
/// text, so it writes the font resources, widths and ToUnicode maps.
fn registration(texts: &BTreeMap<String, BTreeMap<u16, String>>) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for (font, glyphs) in texts {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(FontId(font.clone())),
            size: Pt(1.0),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(
                glyphs
                    .iter()
                    .map(|(gid, text)| Codepoint {
                        gid: *gid,
                        offset: 0.0,
                        cid: Some(text.clone()),
                    })
                    .collect(),
            )],
        });
    }
    ops.push(Op::EndTextSection);
    ops
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

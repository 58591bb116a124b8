//! Fonts as the PDF embeds them: which copy of a face a glyph comes from, subsets without
//! hinting or layout tables (skera), printpdf's font record, and widths as viewers read
//! them.

use std::collections::BTreeMap;

use printpdf::ParsedFont;

use crate::diag::Diagnostic;
use safha_text::{FaceId, FontBook};

/// Which copy of a face a glyph is drawn from: one glyph id has one ToUnicode entry per
/// font resource, so the same face appears up to three times.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Res {
    /// Glyphs whose ToUnicode is their text.
    Visible(FaceId),
    /// Glyphs of text-layer lines: ToUnicode U+200B, the text is in the layer.
    Silent(FaceId),
    /// The invisible text layer.
    Layer(FaceId),
}

impl Res {
    pub fn face(self) -> FaceId {
        match self {
            Res::Visible(f) | Res::Silent(f) | Res::Layer(f) => f,
        }
    }
}

/// The ToUnicode text of silent glyphs: a zero-width space, which pdf.js skips and the
/// other extractors never see (the glyphs sit in an empty ActualText span).
pub const SILENT: &str = "\u{200B}";

/// A subset's glyph ids by the face's: a table indexed by the face's id, as the page
/// writer looks one up for every glyph it draws.
pub struct GlyphMap(Vec<u16>);

impl GlyphMap {
    /// The subset's id of the face's glyph `old` (0, .notdef, for a glyph left out).
    pub fn get(&self, old: u16) -> u16 {
        self.0.get(usize::from(old)).copied().unwrap_or(0)
    }
}

/// A subset for PDF embedding, decided (which glyphs, their new ids) but not yet made:
/// only these glyphs (and the components they use), no hinting, no layout or character
/// tables (the PDF's own CMaps replace them), names limited to copyright and licence. The
/// pages can be written with its glyph ids while [`Planned::bytes`] makes it.
pub struct Planned<'f> {
    face: &'f safha_text::font::LoadedFace,
    plan: skera::Plan,
    /// The face's table directory without [`DROPPED`]'s tables (see [`font`]).
    directory: Option<Vec<u8>>,
}

/// The subset of `face` that draws `glyphs`, planned, and the old → new glyph ids.
pub fn plan(
    face: &safha_text::font::LoadedFace,
    glyphs: impl Iterator<Item = u16>,
) -> Result<(Planned<'_>, GlyphMap), Diagnostic> {
    use read_fonts::collections::IntSet;
    use read_fonts::types::{GlyphId, NameId, Tag};
    let directory = directory_without(&face.data, &DROPPED);
    let font = font(face, directory.as_deref())?;
    let mut gids: IntSet<GlyphId> = IntSet::empty();
    gids.insert(GlyphId::new(0));
    for g in glyphs {
        gids.insert(GlyphId::new(u32::from(g)));
    }
    let mut drop: IntSet<Tag> = IntSet::empty();
    for t in DROPPED {
        drop.insert(Tag::new(t));
    }
    let mut names: IntSet<NameId> = IntSet::empty();
    for id in [0u16, 1, 2, 3, 4, 6, 13, 14] {
        names.insert(NameId::new(id));
    }
    let mut languages: IntSet<u16> = IntSet::empty();
    languages.insert(0x409);
    let plan = skera::Plan::new(
        &gids,
        &IntSet::empty(),
        &font,
        skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING
            | skera::SubsetFlags::SUBSET_FLAGS_NO_LAYOUT_CLOSURE
            | skera::SubsetFlags::SUBSET_FLAGS_NO_BIDI_CLOSURE,
        &drop,
        &IntSet::empty(),
        &IntSet::empty(),
        &names,
        &languages,
    );
    let mut map = Vec::new();
    for (old, new) in plan.old_to_new_glyph_mapping() {
        if let (Ok(old), Ok(new)) = (usize::try_from(old.to_u32()), u16::try_from(new.to_u32())) {
            if map.len() <= old {
                map.resize(old + 1, 0);
            }
            map[old] = new;
        }
    }
    let planned = Planned {
        face,
        plan,
        directory,
    };
    Ok((planned, GlyphMap(map)))
}

impl Planned<'_> {
    /// The first four bytes of the font file: its sfnt version.
    pub fn sfnt_version(&self) -> &[u8] {
        self.face.data.get(..4).unwrap_or_default()
    }

    /// The subset's bytes.
    pub fn bytes(&self) -> Result<Vec<u8>, Diagnostic> {
        let font = font(self.face, self.directory.as_deref())?;
        skera::subset_font(&font, &self.plan)
            .map_err(|e| subset_failed(self.face, format!("{e:?}")))
    }
}

fn subset_failed(face: &safha_text::font::LoadedFace, e: String) -> Diagnostic {
    Diagnostic::error(
        "font-subset",
        format!("cannot subset {}: {e}", face.face.file),
    )
}

/// `face` as skera reads it: through `directory` when there is one. skera's plan reads
/// every mapping of `cmap` to keep it, even when the table is dropped: about half of its
/// time on these faces. Shown a directory without the dropped tables, it reads none of
/// them and makes the same subset.
fn font<'a>(
    face: &'a safha_text::font::LoadedFace,
    directory: Option<&'a [u8]>,
) -> Result<read_fonts::FontRef<'a>, Diagnostic> {
    let fail = |e: read_fonts::ReadError| subset_failed(face, e.to_string());
    let mut font = read_fonts::FontRef::new(&face.data).map_err(fail)?;
    if let Some(directory) = directory {
        font.table_directory = <read_fonts::TableDirectory as read_fonts::FontRead>::read(
            read_fonts::FontData::new(directory),
        )
        .map_err(fail)?;
    }
    Ok(font)
}

/// The tables a subset leaves out.
const DROPPED: [&[u8; 4]; 17] = [
    b"GSUB", b"GPOS", b"GDEF", b"BASE", b"JSTF", b"DSIG", b"cmap", b"OS/2", b"kern", b"gasp",
    b"hdmx", b"VDMX", b"LTSH", b"morx", b"kerx", b"vhea", b"vmtx",
];

/// The table directory of the font `data` (not a collection) without the records of
/// `tags`, its offsets still into `data`; `None` if it cannot be read as one.
fn directory_without(data: &[u8], tags: &[&[u8; 4]]) -> Option<Vec<u8>> {
    const HEADER: usize = 12;
    const RECORD: usize = 16;
    let count = usize::from(u16::from_be_bytes([*data.get(4)?, *data.get(5)?]));
    let records = data.get(HEADER..HEADER + count * RECORD)?;
    let mut out = data[..HEADER].to_vec();
    let mut kept = 0u16;
    for record in records.chunks_exact(RECORD) {
        if !tags.iter().any(|t| record[..4] == t[..]) {
            out.extend_from_slice(record);
            kept += 1;
        }
    }
    // numTables; the binary search fields are only hints, which read-fonts ignores.
    out[4..6].copy_from_slice(&kept.to_be_bytes());
    Some(out)
}

/// `subset` with every outline removed (an empty `glyf`, a `loca` of zeros): the font of
/// the invisible text layer, which is never drawn (`3 Tr`). Viewers select and extractors
/// place its glyphs by their widths and the font's box, which stay; the outlines were
/// about an eighth of the Urdu edition's bytes. Tesseract's OCR layer uses a glyphless
/// font for the same reason.
pub fn glyphless(subset: &[u8]) -> Result<Vec<u8>, Diagnostic> {
    use read_fonts::TableProvider;
    use read_fonts::tables::head::Head;
    use read_fonts::types::Tag;
    let fail = |e: String| Diagnostic::error("font-subset", format!("cannot strip outlines: {e}"));
    let font = read_fonts::FontRef::new(subset).map_err(|e| fail(e.to_string()))?;
    let head: Head = font.head().map_err(|e| fail(e.to_string()))?;
    let glyphs = usize::from(font.maxp().map_err(|e| fail(e.to_string()))?.num_glyphs());
    // One offset per glyph and one past the last, all zero: every glyph is empty.
    let offset_size = if head.index_to_loc_format() == 0 {
        2
    } else {
        4
    };
    let loca = vec![0u8; (glyphs + 1) * offset_size];
    Ok(write_fonts::FontBuilder::new()
        .add_raw(Tag::new(b"glyf"), Vec::new())
        .add_raw(Tag::new(b"loca"), loca)
        .copy_missing_tables(font)
        .build())
}

/// printpdf's font record, built from our own subset.
pub fn parsed_font(
    bytes: Vec<u8>,
    name: &str,
    widths: BTreeMap<u16, u16>,
    face: &safha_text::font::LoadedFace,
) -> ParsedFont {
    let upem = face.upem as u16;
    let asc = (face.ascender * face.upem).round() as i16;
    let desc = (face.descender * face.upem).round() as i16;
    ParsedFont {
        original_bytes: bytes,
        font_index: 0,
        font_name: Some(name.to_string()),
        codepoint_to_glyph: BTreeMap::new(),
        glyph_widths: widths,
        units_per_em: upem,
        font_metrics: printpdf::font::FontMetrics {
            ascent: asc,
            descent: desc,
        },
        font_type: printpdf::font::FontType::TrueType,
        pdf_font_metrics: printpdf::font::PdfFontMetricsStub {
            units_per_em: upem,
            x_min: 0,
            y_min: desc,
            x_max: upem as i16,
            y_max: asc,
            caret_slope_rise: 1,
            caret_slope_run: 0,
            us_weight_class: face.face.weight,
        },
    }
}

/// Six capital letters from the subset's content (PDF's `ABCDEF+Name` subset tag).
pub fn subset_tag(res: &Res, glyphs: &BTreeMap<u16, String>) -> String {
    let key = format!("{res:?}{:?}", glyphs.keys().collect::<Vec<_>>());
    let h = crate::article::ids::fingerprint(&key);
    (0..6)
        .map(|i| (b'A' + ((h >> (i * 5)) % 26) as u8) as char)
        .collect()
}

/// A glyph's width as the PDF's /W array gives it: printpdf truncates the (rounded) font
/// unit advance scaled to thousandths of an em.
pub fn w1000(book: &FontBook, face: FaceId, gid: u16) -> f32 {
    let f = book.get(face);
    (f.advance(gid).max(0.0).round() * (1000.0 / f.upem)).trunc()
}

/// An embedded font: its resource name and old → new glyph ids.
pub struct Embedded {
    pub name: String,
    pub map: GlyphMap,
}

#[cfg(test)]
mod tests {
    use super::*;
    use read_fonts::TableProvider;
    use read_fonts::types::GlyphId;

    #[test]
    fn a_directory_without_tables_reads_the_others_from_the_font() {
        let face = safha_text::font::bundled(safha_text::faces::SERIF).expect("bundled serif");
        let data: &[u8] = &face.data;
        let full = read_fonts::FontRef::new(data).expect("font");
        let directory = directory_without(data, &DROPPED).expect("directory");
        let mut font = read_fonts::FontRef::new(data).expect("font");
        font.table_directory = <read_fonts::TableDirectory as read_fonts::FontRead>::read(
            read_fonts::FontData::new(&directory),
        )
        .expect("directory reads");
        let tags = |f: &read_fonts::FontRef| -> Vec<[u8; 4]> {
            (f.table_directory.table_records().iter())
                .map(|r| r.tag().to_be_bytes())
                .collect()
        };
        let (all, kept) = (tags(&full), tags(&font));
        assert!(all.contains(b"cmap") && all.contains(b"GSUB"));
        assert!(!kept.contains(b"cmap") && !kept.contains(b"GSUB") && !kept.contains(b"OS/2"));
        let expected: Vec<[u8; 4]> = (all.iter())
            .filter(|t| !DROPPED.contains(t))
            .copied()
            .collect();
        assert_eq!(kept, expected);
        assert_eq!(
            font.glyf().expect("glyf").offset_data().as_bytes(),
            full.glyf().expect("glyf").offset_data().as_bytes()
        );
        assert!(font.cmap().is_err());
        // Not a font: no directory.
        assert!(directory_without(&data[..20], &DROPPED).is_none());
    }

    #[test]
    fn glyphless_keeps_glyphs_and_widths_but_no_outline() {
        let face = safha_text::font::bundled(safha_text::faces::NASKH).expect("bundled Naskh");
        let gids: Vec<u16> = "پاکستان ۱۹۴۷"
            .chars()
            .filter_map(|c| face.glyph(c))
            .collect();
        let (planned, _) = plan(&face, gids.iter().copied()).expect("plan");
        let subset = planned.bytes().expect("subset");
        let stripped = glyphless(&subset).expect("glyphless");
        let (a, b) = (
            read_fonts::FontRef::new(&subset).expect("subset parses"),
            read_fonts::FontRef::new(&stripped).expect("glyphless parses"),
        );
        let n = a.maxp().expect("maxp").num_glyphs();
        assert!(n > 5, "{n} glyphs");
        assert_eq!(b.maxp().expect("maxp").num_glyphs(), n);
        let outline = |f: &read_fonts::FontRef, g: u32| {
            let (glyf, loca) = (f.glyf().expect("glyf"), f.loca(None).expect("loca"));
            loca.get_glyf(GlyphId::new(g), &glyf)
                .expect("glyph")
                .is_some()
        };
        let (ha, hb) = (a.hmtx().expect("hmtx"), b.hmtx().expect("hmtx"));
        for g in 0..u32::from(n) {
            let id = GlyphId::new(g);
            assert_eq!(ha.advance(id), hb.advance(id), "glyph {g}'s width");
            assert!(!outline(&b, g), "glyph {g} kept its outline");
        }
        assert!(
            (1..u32::from(n)).any(|g| outline(&a, g)),
            "the subset had outlines"
        );
        assert!(
            stripped.len() * 2 < subset.len(),
            "{} vs {}",
            stripped.len(),
            subset.len()
        );
    }
}

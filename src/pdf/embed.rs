//! Fonts as the PDF embeds them: which copy of a face a glyph comes from, subsets without
//! hinting or layout tables (skera), printpdf's font record, and widths as viewers read
//! them.

use std::collections::BTreeMap;

use printpdf::ParsedFont;

use crate::diag::Diagnostic;
use crate::text::{FaceId, FontBook};

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

/// A subset for PDF embedding: only these glyphs (and the components they use), no
/// hinting, no layout or character tables (the PDF's own CMaps replace them), names
/// limited to copyright and licence. Returns the subset and the old → new glyph ids.
pub fn subset(
    face: &crate::text::font::LoadedFace,
    glyphs: impl Iterator<Item = u16>,
) -> Result<(Vec<u8>, BTreeMap<u16, u16>), Diagnostic> {
    use read_fonts::collections::IntSet;
    use read_fonts::types::{GlyphId, NameId, Tag};
    let fail = |e: String| {
        Diagnostic::error(
            "font-subset",
            format!("cannot subset {}: {e}", face.face.file),
        )
    };
    let font = read_fonts::FontRef::new(&face.data).map_err(|e| fail(e.to_string()))?;
    let mut gids: IntSet<GlyphId> = IntSet::empty();
    gids.insert(GlyphId::new(0));
    for g in glyphs {
        gids.insert(GlyphId::new(u32::from(g)));
    }
    let mut drop: IntSet<Tag> = IntSet::empty();
    for t in [
        b"GSUB", b"GPOS", b"GDEF", b"BASE", b"JSTF", b"DSIG", b"cmap", b"OS/2", b"kern", b"gasp",
        b"hdmx", b"VDMX", b"LTSH", b"morx", b"kerx", b"vhea", b"vmtx",
    ] {
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
    let bytes = skera::subset_font(&font, &plan).map_err(|e| fail(format!("{e:?}")))?;
    let map = plan
        .old_to_new_glyph_mapping()
        .filter_map(|(old, new)| {
            Some((
                u16::try_from(old.to_u32()).ok()?,
                u16::try_from(new.to_u32()).ok()?,
            ))
        })
        .collect();
    Ok((bytes, map))
}

/// printpdf's font record, built from our own subset.
pub fn parsed_font(
    bytes: Vec<u8>,
    name: &str,
    widths: BTreeMap<u16, u16>,
    face: &crate::text::font::LoadedFace,
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

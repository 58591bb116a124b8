//! The fonts safha publishes with: Noto Nastaliq Urdu for Urdu, Noto Serif for Latin text,
//! Noto Naskh Arabic as the Arabic-script fallback, and for what real articles also carry,
//! Noto Sans Mono (code), Noto Emoji (monochrome), Noto Sans Symbols and Symbols 2 and
//! Noto Sans Math (all SIL OFL 1.1, see `fonts/OFL.txt`).
//!
//! They are compiled in, so any project builds out of the box; a project may keep its own
//! copy of a face (the program reads it), which [`Face::validate`] checks before use.

use read_fonts::{FontRef, TableProvider};

/// A font face the project can use. Faces are equal when their files are: comparing the
/// bundled bytes would cost a megabyte of memcmp per comparison.
#[derive(Clone, Copy, Debug)]
pub struct Face {
    /// File name under `fonts/`.
    pub file: &'static str,
    /// CSS family name.
    pub family: &'static str,
    pub weight: u16,
    pub italic: bool,
    bundled: &'static [u8],
    /// BLAKE3 of `bundled`, checked by a test: a project copy known to have this hash is
    /// not read again.
    bundled_hash: &'static str,
}

impl PartialEq for Face {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file
    }
}

impl Eq for Face {}

macro_rules! face {
    ($file:literal, $family:literal, $weight:literal, $italic:literal, $hash:literal) => {
        Face {
            file: $file,
            family: $family,
            weight: $weight,
            italic: $italic,
            bundled: include_bytes!(concat!("../../../fonts/", $file)),
            bundled_hash: $hash,
        }
    };
}

pub const NASTALIQ: Face = face!(
    "NotoNastaliqUrdu-Regular.ttf",
    "Noto Nastaliq Urdu",
    400,
    false,
    "63ad991a932b1ccdfdb1caaff613cea70deba622f5ec8039d48e29dcec811b15"
);
pub const NASTALIQ_BOLD: Face = face!(
    "NotoNastaliqUrdu-Bold.ttf",
    "Noto Nastaliq Urdu",
    700,
    false,
    "87a248bae788cb619963d5c49c6375898169bad900e5347c9e355a7017a43204"
);
pub const NASKH: Face = face!(
    "NotoNaskhArabic-Regular.ttf",
    "Noto Naskh Arabic",
    400,
    false,
    "79e21f7cf9e2159369016eb418ec60745e46dff8cba8f56fb331dd56b62dbf08"
);
pub const SERIF: Face = face!(
    "NotoSerif-Regular.ttf",
    "Noto Serif",
    400,
    false,
    "d279540fb3715eb20dd5e1533ba7932ba16d36906a7a2ee0170dd6f2eb147ef9"
);
pub const SERIF_BOLD: Face = face!(
    "NotoSerif-Bold.ttf",
    "Noto Serif",
    700,
    false,
    "e9138e8945d1fbd0e900209d813c046b7eb89f6c532eeff73d7469b1dcfe7bc1"
);
pub const SERIF_ITALIC: Face = face!(
    "NotoSerif-Italic.ttf",
    "Noto Serif",
    400,
    true,
    "9ee5f3f1a0b3d5d8146214dea36e93a50153f27bfa03cf13e6a77d4fa1256912"
);
pub const SERIF_BOLD_ITALIC: Face = face!(
    "NotoSerif-BoldItalic.ttf",
    "Noto Serif",
    700,
    true,
    "5dab1d7b6c676d0ca2c212357732397b208b24a6cc976757c03d1d6b9a4b50e2"
);

pub const MONO: Face = face!(
    "NotoSansMono-Regular.ttf",
    "Noto Sans Mono",
    400,
    false,
    "bef0af820b151562024789584fae1cc5d7995d3b2df3d306ec746b8933841443"
);
pub const EMOJI: Face = face!(
    "NotoEmoji-Regular.ttf",
    "Noto Emoji",
    400,
    false,
    "4fe982a88b92d5112003193b9202ae51e3485db8f219af93968f0ee0d993b0f2"
);
pub const SYMBOLS: Face = face!(
    "NotoSansSymbols-Regular.ttf",
    "Noto Sans Symbols",
    400,
    false,
    "5dea7ddca9d381128bfc653ce97a3bb01b9c93f1a575a37fd634167a38c58577"
);
pub const SYMBOLS2: Face = face!(
    "NotoSansSymbols2-Regular.ttf",
    "Noto Sans Symbols 2",
    400,
    false,
    "5018cce24b4557874021779054085cbc5f22539daefc56cdbc1831be5abf7b5f"
);
pub const MATH: Face = face!(
    "NotoSansMath-Regular.ttf",
    "Noto Sans Math",
    400,
    false,
    "8534a7c88079df8097aed8b12a5e4b336cf200457c6d2c614766c59c0fc71b07"
);

/// Faces used only for what the others lack, best first: read the first time a text
/// needs one (the sample needs none).
pub const FALLBACK: [Face; 5] = [EMOJI, SYMBOLS, SYMBOLS2, MATH, MONO];

/// The faces a web page falls back to for the signs the others lack (arrows, stars,
/// mathematics), each subset to those signs alone: without them Chromium drew heldout14's
/// `←` in whatever serif face the reader's system had.
pub const WEB_FALLBACK: [Face; 3] = [SYMBOLS, SYMBOLS2, MATH];

/// Every face the web pages use, in a fixed order.
pub const ALL: [Face; 7] = [
    NASTALIQ,
    NASTALIQ_BOLD,
    NASKH,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    SERIF_BOLD_ITALIC,
];

pub const LICENSE_FILE: &str = "OFL.txt";
pub const LICENSE: &[u8] = include_bytes!("../../../fonts/OFL.txt");

/// Vertical metrics, in em.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extents {
    pub ascender: f32,
    pub descender: f32,
    pub line_gap: f32,
}

impl Extents {
    /// The line height that holds the font's tallest and deepest marks without overlap.
    pub fn line_height(&self) -> f32 {
        self.ascender - self.descender + self.line_gap
    }
}

impl Face {
    /// The BLAKE3 hash (hex) of `bytes` loaded for this face: known without hashing when
    /// they are the bundled copy itself.
    pub fn hash_of(&self, bytes: &[u8]) -> String {
        if std::ptr::eq(bytes, self.bundled) {
            self.bundled_hash.to_string()
        } else {
            blake3::hash(bytes).to_hex().to_string()
        }
    }

    /// Whether `bytes` hold a whole, readable font that can stand in for this face: every
    /// table inside the file, the tables layout and subsetting read present and parsed,
    /// every glyph's outline readable, and the characters of the face's writing mapped. A
    /// truncated or zeroed file would otherwise pass a look at its table directory and
    /// draw blank pages, or hand every character to another face.
    pub fn validate(&self, bytes: &[u8]) -> Result<(), String> {
        use read_fonts::types::Tag;
        let font = FontRef::new(bytes).map_err(|e| format!("not a font file ({e})"))?;
        for record in font.table_directory().table_records() {
            let end = u64::from(record.offset()) + u64::from(record.length());
            if end > bytes.len() as u64 {
                return Err(format!(
                    "its `{}` table runs past the end of the file ({end} of {} bytes): the \
                     file is cut short",
                    record.tag(),
                    bytes.len()
                ));
            }
        }
        let has = |t: &[u8; 4]| font.table_data(Tag::new(t)).is_some();
        for t in [b"head", b"hhea", b"hmtx", b"maxp", b"cmap"] {
            if !has(t) {
                return Err(format!("it has no `{}` table", String::from_utf8_lossy(t)));
            }
        }
        let bad = |what: &str, e: read_fonts::ReadError| format!("its `{what}` table: {e}");
        let maxp = font.maxp().map_err(|e| bad("maxp", e))?;
        font.head().map_err(|e| bad("head", e))?;
        let hhea = font.hhea().map_err(|e| bad("hhea", e))?;
        font.hmtx().map_err(|e| bad("hmtx", e))?;
        if hhea.number_of_h_metrics() == 0 || hhea.number_of_h_metrics() > maxp.num_glyphs() {
            return Err("its `hhea` table disagrees with `maxp`".into());
        }
        if has(b"glyf") {
            let glyf = font.glyf().map_err(|e| bad("glyf", e))?;
            let loca = font.loca(None).map_err(|e| bad("loca", e))?;
            if loca.len() < usize::from(maxp.num_glyphs()) || !loca.all_offsets_are_ascending() {
                return Err("its `loca` table does not match its glyphs".into());
            }
            for g in 0..maxp.num_glyphs() {
                loca.get_glyf(g.into(), &glyf)
                    .map_err(|_| format!("glyph {g} cannot be read"))?;
            }
        } else if !has(b"CFF ") && !has(b"CFF2") {
            return Err("it has no outlines (`glyf` or `CFF`)".into());
        }
        for (t, what) in [(b"GSUB", "GSUB"), (b"GPOS", "GPOS"), (b"GDEF", "GDEF")] {
            if has(t) {
                let parsed = match t {
                    b"GSUB" => font.gsub().map(|_| ()),
                    b"GPOS" => font.gpos().map(|_| ()),
                    _ => font.gdef().map(|_| ()),
                };
                parsed.map_err(|e| bad(what, e))?;
            }
        }
        let cmap = font.cmap().map_err(|e| bad("cmap", e))?;
        let missing: String = self
            .probe()
            .chars()
            .filter(|c| cmap.map_codepoint(*c).is_none_or(|g| g.to_u32() == 0))
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "it lacks characters {} must draw: {missing}",
                self.family
            ));
        }
        Ok(())
    }

    /// Characters a copy of this face must have to stand in for it.
    fn probe(&self) -> &'static str {
        match self.family {
            "Noto Nastaliq Urdu" | "Noto Naskh Arabic" => "ابپتٹکگیےہ۔",
            "Noto Emoji" => "😀",
            "Noto Sans Symbols" | "Noto Sans Math" => "→",
            "Noto Sans Symbols 2" => "★",
            _ => "aAzZ09",
        }
    }

    /// The bundled copy (always valid; checked by a test).
    pub fn bundled(&self) -> &'static [u8] {
        self.bundled
    }

    /// The BLAKE3 hash (hex) of the bundled copy.
    pub fn bundled_hash(&self) -> &'static str {
        self.bundled_hash
    }
}

/// Ascender, descender and line gap from the `hhea` table, in em.
pub fn extents(font: &[u8]) -> Option<Extents> {
    let f = FontRef::new(font).ok()?;
    let upem = f32::from(f.head().ok()?.units_per_em());
    let hhea = f.hhea().ok()?;
    Some(Extents {
        ascender: f32::from(hhea.ascender().to_i16()) / upem,
        descender: f32::from(hhea.descender().to_i16()) / upem,
        line_gap: f32::from(hhea.line_gap().to_i16()) / upem,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_fonts_parse_and_nastaliq_is_tall() {
        for face in ALL.iter().chain(&FALLBACK) {
            assert!(FontRef::new(face.bundled()).is_ok(), "{}", face.file);
        }
        let n = extents(NASTALIQ.bundled()).unwrap();
        let s = extents(SERIF.bundled()).unwrap();
        assert!((n.line_height() - 2.5).abs() < 0.05, "{n:?}");
        assert!(s.line_height() < 1.5, "{s:?}");
    }

    #[test]
    fn bundled_hashes_are_those_of_the_bundled_bytes() {
        for face in ALL.iter().chain(&FALLBACK) {
            assert_eq!(
                blake3::hash(face.bundled()).to_hex().as_str(),
                face.bundled_hash,
                "{}: update its hash in faces.rs",
                face.file
            );
        }
    }

    #[test]
    fn hash_of_knows_the_bundled_copy_and_hashes_any_other() {
        let copy = SERIF.bundled().to_vec();
        assert_eq!(SERIF.hash_of(SERIF.bundled()), SERIF.bundled_hash);
        assert_eq!(SERIF.hash_of(&copy), SERIF.bundled_hash);
        let changed = [&copy[..], b"x"].concat();
        assert_eq!(
            SERIF.hash_of(&changed),
            blake3::hash(&changed).to_hex().as_str()
        );
    }

    #[test]
    fn every_bundled_face_passes_its_own_validation() {
        for face in ALL.iter().chain(&FALLBACK) {
            assert_eq!(face.validate(face.bundled()), Ok(()), "{}", face.file);
        }
    }

    #[test]
    fn cut_zeroed_and_mismatched_fonts_are_refused() {
        let whole = NASTALIQ.bundled();
        let half = &whole[..whole.len() / 2];
        assert!(NASTALIQ.validate(half).unwrap_err().contains("cut short"));
        assert!(NASTALIQ.validate(&whole[..1024]).is_err());
        let mut zeroed = whole.to_vec();
        zeroed[12..12 + 16 * 20].fill(0);
        assert!(NASTALIQ.validate(&zeroed).is_err());
        // A sound font that cannot stand in for the face.
        let e = NASTALIQ.validate(SERIF.bundled()).unwrap_err();
        assert!(e.contains("lacks characters"), "{e}");
    }
}

//! The fonts layout can use: their data, metrics, coverage and shaping handles.
//!
//! A [`FontBook`] holds every face once per build; faces are chosen per character by
//! coverage along a chain (Urdu: Nastaliq, then the Latin serif for "TTP", then Naskh, then
//! the fallback faces for emoji, symbols and mathematics), so no character is ever drawn as
//! .notdef: one that no face covers is reported instead. The fallback faces are read the
//! first time a text needs one.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use harfrust::font::Font;

use crate::faces::{self, Face};

/// Index of a face in the [`FontBook`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId(pub usize);

/// Bold, italic and code, as a writer asked for them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Variant {
    pub bold: bool,
    pub italic: bool,
    /// Code: the monospace face first.
    pub mono: bool,
}

/// A loaded face.
pub struct LoadedFace {
    pub face: Face,
    pub data: Arc<Cow<'static, [u8]>>,
    pub font: Font,
    pub upem: f32,
    /// In em.
    pub ascender: f32,
    /// In em, negative below the baseline.
    pub descender: f32,
    pub line_gap: f32,
    /// Every glyph's advance, read from `hmtx` the first time one is asked for: the PDF
    /// writer asks for each glyph it draws.
    advances: std::sync::OnceLock<Vec<f32>>,
    /// Each glyph's ink box, in font units (packed, [`UNREAD`] until a line first asks
    /// how tall that glyph is: a build draws a few hundred of a face's thousands).
    bounds: std::sync::OnceLock<Vec<std::sync::atomic::AtomicU64>>,
}

impl LoadedFace {
    pub(crate) fn new(face: Face, data: Cow<'static, [u8]>) -> Option<LoadedFace> {
        let ext = faces::extents(&data)?;
        // Shared with the shaper, not copied: a bundled face stays in the binary.
        let data = Arc::new(data);
        let blob: Arc<dyn AsRef<[u8]> + Send + Sync> = data.clone();
        let font = Font::new(read_fonts::model::Blob::from(blob), 0)?;
        let upem = f32::from(font.units_per_em());
        Some(LoadedFace {
            face,
            data,
            font,
            upem,
            ascender: ext.ascender,
            descender: ext.descender,
            line_gap: ext.line_gap,
            advances: std::sync::OnceLock::new(),
            bounds: std::sync::OnceLock::new(),
        })
    }

    /// The lowest and highest point of a glyph's outline above the baseline, in font
    /// units; (0, 0) for a glyph without one (and for every glyph of a face whose outlines
    /// cannot be read: it then never asks for extra leading).
    pub fn vertical_bounds(&self, gid: u16) -> (i16, i16) {
        let [_, y0, _, y1] = self.ink_bounds(gid);
        (y0, y1)
    }

    /// A glyph's ink box (x min, y min, x max, y max) from its origin, in font units; all
    /// zero for a glyph without an outline (or a face whose outlines cannot be read).
    pub fn ink_bounds(&self, gid: u16) -> [i16; 4] {
        use std::sync::atomic::{AtomicU64, Ordering};
        let table = self.bounds.get_or_init(|| {
            (0..self.num_glyphs())
                .map(|_| AtomicU64::new(UNREAD))
                .collect()
        });
        let Some(slot) = table.get(usize::from(gid)) else {
            return [0; 4];
        };
        let packed = slot.load(Ordering::Relaxed);
        let unpack = |p: u64| std::array::from_fn(|i| (p >> (48 - 16 * i)) as u16 as i16);
        if packed != UNREAD {
            return unpack(packed);
        }
        let ink = glyph_bounds(&self.data, gid);
        let packed = ink
            .iter()
            .fold(0u64, |p, v| (p << 16) | u64::from(*v as u16));
        slot.store(packed, Ordering::Relaxed);
        ink
    }

    pub fn covers(&self, c: char) -> bool {
        self.font.charmap().map_unicode(c).is_some()
    }

    /// Horizontal advance of a glyph in font units.
    pub fn advance(&self, gid: u16) -> f32 {
        let table = self.advances.get_or_init(|| {
            let metrics = self.font.glyph_metrics();
            (0..self.num_glyphs())
                .map(|g| metrics.h_advance(g.into()))
                .collect()
        });
        match table.get(usize::from(gid)) {
            Some(a) => *a,
            None => self.font.glyph_metrics().h_advance(gid.into()),
        }
    }

    /// The nominal glyph of a character, if the face has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.font
            .charmap()
            .map_unicode(c)
            .and_then(|g| u16::try_from(g.to_u32()).ok())
    }

    pub fn num_glyphs(&self) -> u16 {
        use read_fonts::TableProvider;
        read_fonts::FontRef::new(&self.data)
            .ok()
            .and_then(|f| f.maxp().ok())
            .map_or(0, |m| m.num_glyphs())
    }
}

/// What a glyph's slot holds before it is read: a box no glyph has (yMin above yMax).
const UNREAD: u64 = 0x0000_7FFF_0000_8000;

/// A glyph's (xMin, yMin, xMax, yMax) from its header in the `glyf` table; all zero when
/// it has no outline or cannot be read.
fn glyph_bounds(data: &[u8], gid: u16) -> [i16; 4] {
    use read_fonts::TableProvider;
    use read_fonts::tables::glyf::Glyph;
    let Ok(font) = read_fonts::FontRef::new(data) else {
        return [0; 4];
    };
    let (Ok(glyf), Ok(loca)) = (font.glyf(), font.loca(None)) else {
        return [0; 4];
    };
    match loca.get_glyf(gid.into(), &glyf) {
        Ok(Some(Glyph::Simple(s))) => [s.x_min(), s.y_min(), s.x_max(), s.y_max()],
        Ok(Some(Glyph::Composite(c))) => [c.x_min(), c.y_min(), c.x_max(), c.y_max()],
        _ => [0; 4],
    }
}

/// What a run of text is written in, for choosing its primary face.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Writing {
    /// Urdu and other Arabic-script languages: Nastaliq first.
    Nastaliq,
    /// Everything else: the Latin serif first.
    Latin,
    /// Arabic quoted in other text (a Quranic verse in Urdu, see [`crate::arabic`]):
    /// Naskh first, as Urdu print sets it.
    Naskh,
}

impl Writing {
    /// The writing of a paragraph whose direction is right to left (`rtl`) or not.
    pub fn of(rtl: bool) -> Writing {
        if rtl {
            Writing::Nastaliq
        } else {
            Writing::Latin
        }
    }

    /// Whether `face` belongs to this writing, so that its extents may set a paragraph's
    /// line height. A fallback face (emoji, symbols) or the other writing's face drawing
    /// a sign (ﷺ in English) does not: it only grows the lines it is on, by its ink.
    pub fn owns(self, face: &Face) -> bool {
        let arabic = [faces::NASTALIQ, faces::NASTALIQ_BOLD, faces::NASKH].contains(face);
        let fallback = *face != faces::MONO && faces::FALLBACK.contains(face);
        !fallback && (self != Writing::Latin || !arabic)
    }
}

pub struct FontBook {
    /// `faces::ALL`, in that order.
    faces: Vec<Arc<LoadedFace>>,
    /// `faces::FALLBACK`, with ids after the faces': the bundled copy is read the first
    /// time a text needs it (a project's own copy is read with the others).
    fallback: Vec<(Face, OnceLock<Option<Arc<LoadedFace>>>)>,
}

const BUNDLED: usize = faces::ALL.len() + faces::FALLBACK.len();

/// A bundled face, read once per process: harfrust keeps the lookups it has read with the
/// font, so every build of a process shares them.
pub fn bundled(face: Face) -> Option<Arc<LoadedFace>> {
    static FACES: [OnceLock<Option<Arc<LoadedFace>>>; BUNDLED] =
        [const { OnceLock::new() }; BUNDLED];
    let i = faces::ALL
        .iter()
        .chain(&faces::FALLBACK)
        .position(|f| *f == face)?;
    FACES[i]
        .get_or_init(|| LoadedFace::new(face, Cow::Borrowed(face.bundled())).map(Arc::new))
        .clone()
}

impl FontBook {
    /// The bundled faces, with `copies` (a project's own copies of some faces, read by the
    /// caller) in their place; a copy that is the bundled bytes themselves shares the
    /// process's bundled face. The first copy that cannot be used is the error.
    pub fn with_copies(copies: Vec<(Face, Cow<'static, [u8]>)>) -> Result<FontBook, Face> {
        let mut copies: Vec<_> = copies.into_iter().map(Some).collect();
        let mut own = |face: Face| -> Result<Option<Arc<LoadedFace>>, Face> {
            let slot = copies
                .iter_mut()
                .find(|c| c.as_ref().is_some_and(|(f, _)| *f == face));
            let Some((_, bytes)) = slot.and_then(Option::take) else {
                return Ok(None);
            };
            match bytes {
                Cow::Borrowed(b) if std::ptr::eq(b, face.bundled()) => Ok(None),
                bytes => LoadedFace::new(face, bytes)
                    .map(|f| Some(Arc::new(f)))
                    .ok_or(face),
            }
        };
        let mut main = Vec::with_capacity(faces::ALL.len());
        for face in faces::ALL {
            main.push(own(face)?.or_else(|| bundled(face)).ok_or(face)?);
        }
        let mut fallback = Vec::with_capacity(faces::FALLBACK.len());
        for face in faces::FALLBACK {
            // The bundled copy is read only when a text needs it.
            let slot = OnceLock::new();
            if let Some(copy) = own(face)? {
                let _ = slot.set(Some(copy));
            }
            fallback.push((face, slot));
        }
        Ok(FontBook {
            faces: main,
            fallback,
        })
    }

    /// The bundled faces only (for tests and benchmarks).
    pub fn bundled() -> FontBook {
        let faces = faces::ALL.iter().filter_map(|f| bundled(*f)).collect();
        let fallback = faces::FALLBACK
            .iter()
            .map(|f| (*f, OnceLock::new()))
            .collect();
        FontBook { faces, fallback }
    }

    pub fn get(&self, id: FaceId) -> &LoadedFace {
        if let Some(face) = self.faces.get(id.0) {
            return face;
        }
        let loaded = self
            .fallback
            .get(id.0 - self.faces.len())
            .and_then(|(face, slot)| slot.get_or_init(|| bundled(*face)).as_deref());
        // Bundled faces always load (a test reads each); the first face stands in for one
        // that did not, and its coverage keeps it from being asked to draw anything.
        loaded.unwrap_or(&self.faces[0])
    }

    /// Whether face `id` can draw `c`.
    pub fn covers(&self, id: FaceId, c: char) -> bool {
        let loaded = self.get(id);
        (id.0 < self.faces.len() || !std::ptr::eq(loaded, &*self.faces[0])) && loaded.covers(c)
    }

    pub fn ids(&self) -> impl Iterator<Item = FaceId> {
        (0..self.faces.len() + self.fallback.len()).map(FaceId)
    }

    fn find(&self, face: Face) -> Option<FaceId> {
        let n = self.faces.len();
        self.faces
            .iter()
            .position(|f| f.face == face)
            .or_else(|| {
                self.fallback
                    .iter()
                    .position(|(f, _)| *f == face)
                    .map(|i| n + i)
            })
            .map(FaceId)
    }

    /// Whether any face can draw `c`.
    pub fn can_draw(&self, c: char) -> bool {
        self.ids().any(|id| self.covers(id, c))
    }

    /// The faces to try for text written in `writing`, best first.
    pub fn chain(&self, writing: Writing, variant: Variant) -> Vec<FaceId> {
        let latin = match (variant.bold, variant.italic) {
            (false, false) => faces::SERIF,
            (true, false) => faces::SERIF_BOLD,
            (false, true) => faces::SERIF_ITALIC,
            (true, true) => faces::SERIF_BOLD_ITALIC,
        };
        let nastaliq = if variant.bold {
            faces::NASTALIQ_BOLD
        } else {
            faces::NASTALIQ
        };
        let order = match writing {
            Writing::Nastaliq => [nastaliq, latin, faces::NASKH, faces::SERIF],
            Writing::Latin => [latin, faces::SERIF, nastaliq, faces::NASKH],
            Writing::Naskh => [faces::NASKH, nastaliq, latin, faces::SERIF],
        };
        // Code is Mono's wherever Mono has the character, in Urdu text too: its slashes
        // and backslashes (`~/Downloads/`, `C:\Users\`) were Nastaliq's, set apart from
        // the path around them. Urdu letters in code fall through to Nastaliq.
        let mono = variant.mono.then_some(faces::MONO);
        let mut out: Vec<FaceId> = Vec::new();
        let all = mono.into_iter().chain(order).chain(faces::FALLBACK);
        for f in all {
            if let Some(id) = self.find(f)
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
        out
    }

    /// The face that draws the text layer of right-to-left lines.
    pub fn text_layer_face(&self) -> Option<FaceId> {
        self.find(faces::NASKH)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nastaliq_lacks_latin_letters_which_the_chain_covers() {
        let book = FontBook::bundled();
        let chain = book.chain(Writing::Nastaliq, Variant::default());
        let nastaliq = book.get(chain[0]);
        assert_eq!(nastaliq.face.family, "Noto Nastaliq Urdu");
        assert!(!nastaliq.covers('T'));
        assert!(nastaliq.covers('ک') && nastaliq.covers('2') && nastaliq.covers('۔'));
        assert!(book.get(chain[1]).covers('T'));
        assert!((nastaliq.ascender - nastaliq.descender - 2.5).abs() < 0.01);
    }
}

//! The invisible text layer's font: a glyph for each text it writes (a character, a
//! joiner with its letter, a mark with a space), each glyph's ToUnicode that text. The
//! face's own glyph where it has one; otherwise a spare glyph, taken from the end of the
//! face, that no text of the document draws.

use rustc_hash::{FxHashMap, FxHashSet};

use safha_text::{FaceId, FontBook};

/// Glyphs of the text layer: one per character (a character the face lacks gets a spare
/// glyph), each with the character as its ToUnicode.
pub struct LayerFont {
    pub face: FaceId,
    by_text: FxHashMap<String, u16>,
    taken: FxHashSet<u16>,
    /// Glyphs pdf.js skips (see [`super::pdfjs::skips`]).
    skipped: FxHashSet<u16>,
    next_spare: u16,
}

impl LayerFont {
    pub fn new(book: &FontBook, face: FaceId) -> LayerFont {
        LayerFont {
            face,
            by_text: FxHashMap::default(),
            taken: FxHashSet::default(),
            skipped: FxHashSet::default(),
            next_spare: book.get(face).num_glyphs().saturating_sub(1),
        }
    }

    /// The glyph already chosen for `text` (every text is given one while the writer
    /// collects the glyphs each font needs, before any page is written).
    pub fn known(&self, text: &str) -> u16 {
        self.by_text.get(text).copied().unwrap_or(0)
    }

    /// Whether pdf.js skips glyph `gid` (see [`super::pdfjs::skips`]).
    pub fn skipped(&self, gid: u16) -> bool {
        self.skipped.contains(&gid)
    }

    /// Every text given a glyph so far, with its glyph.
    pub fn texts(&self) -> impl Iterator<Item = (u16, &str)> {
        self.by_text.iter().map(|(t, g)| (*g, t.as_str()))
    }

    pub fn glyph(&mut self, book: &FontBook, text: &str) -> u16 {
        if let Some(g) = self.by_text.get(text) {
            return *g;
        }
        let face = book.get(self.face);
        let mut chars = text.chars();
        // A character's own glyph, unless it is taken or (for anything but a combining
        // mark) has no width: a zero-width glyph would overlap its neighbours, which
        // poppler takes for a new line.
        let nominal = match (chars.next(), chars.next()) {
            (Some(c), None) => face.glyph(c).filter(|g| {
                *g != 0
                    && !self.taken.contains(g)
                    && (face.advance(*g) > 0.0 || safha_text::chars::is_mark(c))
            }),
            _ => None,
        };
        let gid = nominal
            .or_else(|| self.as_wide_as_sign(book, text))
            .unwrap_or_else(|| {
                // A spare glyph with a visible advance (so the unit's width is not zero), for
                // a letter or digit one as wide as a letter: stretched over a word with the
                // others, a sliver (Naskh has glyphs 5/1000 em wide beside ligatures three em
                // wide) lands its double on itself, which MuPDF and poppler drop as fake
                // bold ("summary" was copied "sumary").
                let letter = text.chars().any(char::is_alphanumeric);
                let fits = |g: u16| {
                    let em = face.advance(g) / face.upem;
                    if letter {
                        SPARE_WIDTH.contains(&em)
                    } else {
                        em > 0.0
                    }
                };
                while self.next_spare > 1
                    && (self.taken.contains(&self.next_spare) || !fits(self.next_spare))
                {
                    self.next_spare -= 1;
                }
                let g = if self.taken.contains(&self.next_spare) || !fits(self.next_spare) {
                    // No spare that fits is left (a small face in fonts/): any free glyph
                    // with an advance, so that no two texts share one.
                    (1..face.num_glyphs())
                        .rev()
                        .find(|g| !self.taken.contains(g) && face.advance(*g) > 0.0)
                        .unwrap_or(0)
                } else {
                    self.next_spare
                };
                self.next_spare = self.next_spare.saturating_sub(1);
                g
            });
        self.taken.insert(gid);
        if super::pdfjs::skips(text) {
            self.skipped.insert(gid);
        }
        self.by_text.insert(text.to_string(), gid);
        gid
    }

    /// For a sign led by an Arabic letter mark (the `؜]` of a run of signs, see
    /// `textlayer::write`), a free glyph as wide as the sign's own: the layer stretches a
    /// unit's glyphs over its box by their widths, so any other width moves the sign off
    /// its drawing, and poppler, finding the `]` of `[1]،` touching the `1`, joined the
    /// two (`]1`).
    fn as_wide_as_sign(&self, book: &FontBook, text: &str) -> Option<u16> {
        let mut chars = text.chars();
        let (Some('\u{061C}'), Some(sign), None) = (chars.next(), chars.next(), chars.next())
        else {
            return None;
        };
        let face = book.get(self.face);
        let own = face.advance(face.glyph(sign).filter(|g| *g != 0)?);
        (1..face.num_glyphs())
            .rev()
            .filter(|g| !self.taken.contains(g) && face.advance(*g) > 0.0)
            .min_by(|a, b| {
                let gap = |g: &u16| (face.advance(*g) - own).abs();
                gap(a).total_cmp(&gap(b))
            })
    }
}

/// How wide a spare glyph may be, in em.
const SPARE_WIDTH: std::ops::RangeInclusive<f32> = 0.25..=1.0;

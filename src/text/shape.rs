//! Step 2: shaping with harfrust (HarfBuzz's own Rust port): each piece once, cached by
//! its text, face, direction, script and language, so a word that recurs is shaped once
//! per build and line breaking never reshapes.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::Arc;

use harfrust::{Buffer, Direction, Language, Script, ShapeOptions, ShapePlan, ShaperFont};

use super::font::{FaceId, FontBook};
use super::prepare::{Kind, Prepared, is_arabic};
use super::{MissingGlyph, ParaStyle, is_invisible};

/// A shaped glyph, in font units; glyphs come in visual order (left to right).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glyph {
    pub gid: u16,
    pub advance: i32,
    pub dx: i32,
    pub dy: i32,
    /// Byte offset, within the shaped text, of the cluster this glyph belongs to.
    pub cluster: u32,
}

/// A shaped run: glyphs and total advance in font units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub glyphs: Vec<Glyph>,
    pub advance: i32,
}

type Key = (FaceId, bool, [u8; 4], Arc<str>, Arc<str>);
type PlanKey = (FaceId, bool, [u8; 4], Arc<str>);

/// Shaped runs and shaping plans, kept for a whole build.
#[derive(Default)]
pub struct ShapeCache {
    runs: HashMap<Key, Arc<Run>>,
    plans: HashMap<PlanKey, ShapePlan>,
    buffer: Option<Buffer>,
    pub hits: usize,
    pub misses: usize,
}

impl ShapeCache {
    pub fn new() -> ShapeCache {
        ShapeCache::default()
    }

    /// Shapes `text` with one face in one direction.
    pub fn shape(
        &mut self,
        book: &FontBook,
        face: FaceId,
        rtl: bool,
        script: Script,
        lang: &str,
        text: &str,
    ) -> Arc<Run> {
        let script_tag = script.tag().to_be_bytes();
        let lang: Arc<str> = Arc::from(lang);
        let key: Key = (face, rtl, script_tag, lang.clone(), Arc::from(text));
        if let Some(run) = self.runs.get(&key) {
            self.hits += 1;
            return run.clone();
        }
        self.misses += 1;
        let loaded = book.get(face);
        let direction = if rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        };
        let language = Language::from_str(&lang).ok();
        let plan = self
            .plans
            .entry((face, rtl, script_tag, lang.clone()))
            .or_insert_with(|| {
                ShapePlan::new(
                    &loaded.font,
                    direction,
                    Some(script),
                    language.as_ref(),
                    &[],
                )
            });
        let mut buffer = self.buffer.take().unwrap_or_default();
        buffer.clear();
        buffer.push_str(text);
        buffer.set_direction(direction);
        buffer.set_script(Some(script));
        buffer.set_language(language);
        let shaper = ShaperFont::new(&loaded.font);
        let run = match harfrust::shape(&shaper, &mut buffer, ShapeOptions::new().plan(Some(plan)))
        {
            Ok(()) => {
                let glyphs: Vec<Glyph> = buffer
                    .glyph_infos()
                    .iter()
                    .zip(buffer.glyph_positions())
                    .map(|(info, pos)| Glyph {
                        gid: u16::try_from(info.glyph_id).unwrap_or(0),
                        advance: pos.x_advance,
                        dx: pos.x_offset,
                        dy: pos.y_offset,
                        cluster: info.cluster,
                    })
                    .collect();
                let advance = glyphs.iter().map(|g| g.advance).sum();
                Run { glyphs, advance }
            }
            // A font harfrust cannot shape with (malformed tables): nothing to draw; the
            // caller reports the text as missing.
            Err(_) => Run {
                glyphs: Vec::new(),
                advance: 0,
            },
        };
        self.buffer = Some(buffer);
        let run = Arc::new(run);
        self.runs.insert(key, run.clone());
        run
    }
}

impl ShapeCache {
    /// Shapes `text` as it appears between `before` and `after` (spaces, in practice):
    /// Nastaliq substitutes differently before a space (ک gains a spacer glyph), so a
    /// word is shaped with its neighbouring spaces and only its own glyphs are kept.
    #[allow(clippy::too_many_arguments)]
    pub fn shape_in_context(
        &mut self,
        book: &FontBook,
        face: FaceId,
        rtl: bool,
        script: Script,
        lang: &str,
        before: &str,
        text: &str,
        after: &str,
    ) -> Arc<Run> {
        if before.is_empty() && after.is_empty() {
            return self.shape(book, face, rtl, script, lang, text);
        }
        let whole = format!("{before}{text}{after}");
        let run = self.shape(book, face, rtl, script, lang, &whole);
        let (lo, hi) = (before.len() as u32, (before.len() + text.len()) as u32);
        let glyphs: Vec<Glyph> = run
            .glyphs
            .iter()
            .filter(|g| g.cluster >= lo && g.cluster < hi)
            .map(|g| Glyph {
                cluster: g.cluster - lo,
                ..*g
            })
            .collect();
        let advance = glyphs.iter().map(|g| g.advance).sum();
        Arc::new(Run { glyphs, advance })
    }
}

/// The script to shape a piece with: from its letters, else from its face (digits and
/// punctuation inside Urdu are shaped as Arabic, as in the rest of the paragraph).
pub fn script_of(book: &FontBook, face: FaceId, text: &str) -> Script {
    if text.chars().any(is_arabic) {
        return Script::ARABIC;
    }
    if text.chars().any(|c| c.is_alphabetic()) {
        return Script::LATIN;
    }
    match book.get(face).face.family {
        "Noto Nastaliq Urdu" | "Noto Naskh Arabic" => Script::ARABIC,
        _ => Script::LATIN,
    }
}

/// Every piece of a prepared paragraph, shaped (hard breaks shape to nothing).
pub fn shape_pieces(
    book: &FontBook,
    cache: &mut ShapeCache,
    prepared: &Prepared<'_>,
    style: &ParaStyle,
) -> Result<Vec<Arc<Run>>, MissingGlyph> {
    let lang = style.lang.tag();
    let mut out = Vec::with_capacity(prepared.pieces.len());
    for piece in &prepared.pieces {
        if piece.kind == Kind::Newline {
            out.push(Arc::new(Run {
                glyphs: Vec::new(),
                advance: 0,
            }));
            continue;
        }
        let text = &prepared.text[piece.range.clone()];
        let script = script_of(book, piece.face, text);
        let neighbour_space = |j: Option<usize>| {
            j.and_then(|j| prepared.pieces.get(j))
                .filter(|n| n.kind == Kind::Space && n.face == piece.face && n.level == piece.level)
                .map_or("", |_| " ")
        };
        let run = if piece.kind == Kind::Word {
            let k = out.len();
            let before = neighbour_space(k.checked_sub(1));
            let after = neighbour_space(Some(k + 1));
            cache.shape_in_context(
                book,
                piece.face,
                piece.rtl(),
                script,
                &lang,
                before,
                text,
                after,
            )
        } else {
            cache.shape(book, piece.face, piece.rtl(), script, &lang, text)
        };
        // .notdef in the output: the face claimed coverage it cannot deliver.
        if let Some(g) = run.glyphs.iter().find(|g| g.gid == 0) {
            let at = g.cluster as usize;
            let ch = text[at.min(text.len())..]
                .chars()
                .next()
                .unwrap_or('\u{FFFD}');
            if !is_invisible(ch) {
                return Err(MissingGlyph {
                    ch,
                    offset: piece.range.start + at,
                });
            }
        }
        if run.glyphs.is_empty() && !text.chars().all(is_invisible) {
            let ch = text.chars().next().unwrap_or('\u{FFFD}');
            return Err(MissingGlyph {
                ch,
                offset: piece.range.start,
            });
        }
        out.push(run);
    }
    Ok(out)
}

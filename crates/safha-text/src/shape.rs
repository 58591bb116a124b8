//! Step 2: shaping with harfrust (HarfBuzz's own Rust port): each piece once, cached by
//! its text, face, direction, script and language, so a word that recurs is shaped once
//! per build and line breaking never reshapes.

use rustc_hash::FxHashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use harfrust::{Buffer, Direction, Language, Script, ShapeOptions, ShapePlan, ShaperFont};

use crate::chars::{alphabetic, is_arabic, is_invisible};
use crate::font::{FaceId, FontBook, LoadedFace};
use crate::model::{MissingGlyph, ParaStyle};
use crate::prepare::{Kind, Prepared};

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

/// How a run is shaped: with which face, in which direction, script and language.
#[derive(Clone, Copy, Debug)]
pub struct Voice<'a> {
    pub face: FaceId,
    pub rtl: bool,
    pub script: Script,
    pub lang: &'a str,
}

/// Whether a word is shaped as it appears after and before a space.
#[derive(Clone, Copy, Debug, Default)]
pub struct Spaces {
    pub before: bool,
    pub after: bool,
}

/// A shaped run: glyphs and total advance in font units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub glyphs: Vec<Glyph>,
    pub advance: i32,
    /// The text each glyph stands for, worked out once per shaped run (a run is shaped
    /// for one text only) the first time a line needs it.
    texts: OnceLock<Vec<Option<Arc<str>>>>,
    /// The lowest and highest ink of its glyphs, in font units from the baseline.
    ink: OnceLock<(i32, i32)>,
}

impl Run {
    pub fn new(glyphs: Vec<Glyph>, advance: i32) -> Run {
        Run {
            glyphs,
            advance,
            texts: OnceLock::new(),
            ink: OnceLock::new(),
        }
    }

    /// How far its glyphs reach below and above the baseline, in font units of `face`
    /// (the face it was shaped with).
    pub fn ink(&self, face: &LoadedFace) -> (i32, i32) {
        *self.ink.get_or_init(|| {
            self.glyphs.iter().fold((0, 0), |(lo, hi), g| {
                let (y0, y1) = face.vertical_bounds(g.gid);
                if y0 == y1 {
                    return (lo, hi);
                }
                (lo.min(g.dy + i32::from(y0)), hi.max(g.dy + i32::from(y1)))
            })
        })
    }

    /// How far its glyphs reach left and right of its left edge, in font units of `face`
    /// (past 0 and past its advance where the face draws beyond its advances, as
    /// Nastaliq does).
    pub fn ink_x(&self, face: &LoadedFace) -> (i32, i32) {
        let (mut lo, mut hi, mut pen) = (0, 0, 0);
        for g in &self.glyphs {
            let [x0, _, x1, _] = face.ink_bounds(g.gid);
            if x0 != x1 {
                lo = lo.min(pen + g.dx + i32::from(x0));
                hi = hi.max(pen + g.dx + i32::from(x1));
            }
            pen += g.advance;
        }
        (lo, hi)
    }

    /// The text of each glyph, from `make` on first use.
    pub fn texts(&self, make: impl FnOnce() -> Vec<Option<Arc<str>>>) -> &[Option<Arc<str>>] {
        self.texts.get_or_init(make)
    }
}

/// What a run is shaped with, besides its text: face, direction, script, language and
/// whether a space precedes and follows it (Nastaliq substitutes before spaces).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Setting {
    face: FaceId,
    rtl: bool,
    script: [u8; 4],
    lang: u64,
    space_before: bool,
    space_after: bool,
}

/// Runs keyed by setting, then by text.
type RunMap = FxHashMap<Setting, FxHashMap<Box<str>, Arc<Run>>>;
type PlanKey = (FaceId, bool, [u8; 4], u64);

/// Shaped runs and shaping plans shared by every thread of a build, so that the editions
/// laid out side by side shape each word once between them (the parallel edition repeats
/// both of the others' words).
#[derive(Default)]
pub struct SharedShapes {
    runs: RwLock<RunMap>,
    plans: Mutex<FxHashMap<PlanKey, Arc<ShapePlan>>>,
}

/// One thread's view of the shaped runs: its own copy of what it has looked up (lookups
/// of runs already shaped take no lock and allocate nothing), backed by the shared store.
pub struct ShapeCache {
    shared: Arc<SharedShapes>,
    local: RunMap,
    plans: FxHashMap<PlanKey, Arc<ShapePlan>>,
    buffer: Option<Buffer>,
    pub hits: usize,
    pub misses: usize,
}

fn lang_key(lang: &str) -> u64 {
    // FNV-1a: a key for the cache, never written anywhere.
    lang.bytes().fold(0xcbf2_9ce4_8422_2325, |h: u64, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Default for ShapeCache {
    fn default() -> ShapeCache {
        ShapeCache::sharing(&Arc::default())
    }
}

impl ShapeCache {
    /// A cache of its own.
    pub fn new() -> ShapeCache {
        ShapeCache::default()
    }

    /// Another cache backed by the same shared store as this one (its plans made once).
    pub fn sibling(&self) -> ShapeCache {
        ShapeCache::sharing(&self.shared)
    }

    /// A cache backed by `shared`, which other threads' caches also use.
    pub fn sharing(shared: &Arc<SharedShapes>) -> ShapeCache {
        ShapeCache {
            shared: shared.clone(),
            local: RunMap::default(),
            plans: FxHashMap::default(),
            buffer: None,
            hits: 0,
            misses: 0,
        }
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
        let voice = Voice {
            face,
            rtl,
            script,
            lang,
        };
        self.shape_in_context(book, voice, text, Spaces::default())
    }

    /// Shapes `text` as it appears after and before a space or not: Nastaliq substitutes
    /// differently before a space (ک gains a spacer glyph), so a word is shaped together
    /// with its neighbouring spaces and only its own glyphs are kept.
    pub fn shape_in_context(
        &mut self,
        book: &FontBook,
        voice: Voice,
        text: &str,
        spaces: Spaces,
    ) -> Arc<Run> {
        let Voice {
            face,
            rtl,
            script,
            lang,
        } = voice;
        let Spaces {
            before: space_before,
            after: space_after,
        } = spaces;
        let setting = Setting {
            face,
            rtl,
            script: script.tag().to_be_bytes(),
            lang: lang_key(lang),
            space_before,
            space_after,
        };
        if let Some(run) = self.local.get(&setting).and_then(|m| m.get(text)) {
            self.hits += 1;
            return run.clone();
        }
        let known = self
            .shared
            .runs
            .read()
            .ok()
            .and_then(|runs| runs.get(&setting).and_then(|m| m.get(text)).cloned());
        if let Some(run) = known {
            self.hits += 1;
            self.keep(setting, text, &run);
            return run;
        }
        self.misses += 1;
        let before = if space_before { " " } else { "" };
        let after = if space_after { " " } else { "" };
        let whole = format!("{before}{text}{after}");
        let full = self.shape_uncached(book, setting, script, lang, &whole);
        let (lo, hi) = (before.len() as u32, (before.len() + text.len()) as u32);
        let glyphs: Vec<Glyph> = full
            .glyphs
            .iter()
            .filter(|g| g.cluster >= lo && g.cluster < hi)
            .map(|g| Glyph {
                cluster: g.cluster - lo,
                ..*g
            })
            .collect();
        // A mark shaped against a script's native direction merges into the space before
        // it whatever the cluster level (HarfBuzz reverses such runs and back): then it is
        // shaped on its own.
        let glyphs = if glyphs.is_empty() && (space_before || space_after) && !text.is_empty() {
            self.shape_uncached(book, setting, script, lang, text)
                .glyphs
        } else {
            glyphs
        };
        let advance = glyphs.iter().map(|g| g.advance).sum();
        let run = Arc::new(Run::new(glyphs, advance));
        if let Ok(mut runs) = self.shared.runs.write() {
            runs.entry(setting)
                .or_default()
                .insert(Box::from(text), run.clone());
        }
        self.keep(setting, text, &run);
        run
    }

    /// Remembers `run` in this thread's own map.
    fn keep(&mut self, setting: Setting, text: &str, run: &Arc<Run>) {
        self.local
            .entry(setting)
            .or_default()
            .insert(Box::from(text), run.clone());
    }

    fn shape_uncached(
        &mut self,
        book: &FontBook,
        setting: Setting,
        script: Script,
        lang: &str,
        text: &str,
    ) -> Run {
        let loaded = book.get(setting.face);
        let direction = if setting.rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        };
        let language = Language::from_str(lang).ok();
        let key = (setting.face, setting.rtl, setting.script, setting.lang);
        let plan = self.plans.entry(key).or_insert_with(|| {
            let make = || {
                Arc::new(ShapePlan::new(
                    &loaded.font,
                    direction,
                    Some(script),
                    language.as_ref(),
                    &[],
                ))
            };
            match self.shared.plans.lock() {
                Ok(mut plans) => plans.entry(key).or_insert_with(make).clone(),
                Err(_) => make(),
            }
        });
        let mut buffer = self.buffer.take().unwrap_or_default();
        buffer.clear();
        buffer.push_str(text);
        buffer.set_direction(direction);
        buffer.set_script(Some(script));
        buffer.set_language(language);
        // A mark keeps a cluster of its own (HarfBuzz's level 1), so that one typed after a
        // space stays with the word piece it starts instead of merging into the space.
        buffer.set_cluster_level(harfrust::ClusterLevel::MonotoneCharacters);
        let shaper = ShaperFont::new(&loaded.font);
        let run = match harfrust::shape(
            &shaper,
            &mut buffer,
            ShapeOptions::new().plan(Some(&**plan)),
        ) {
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
                Run::new(glyphs, advance)
            }
            // A font harfrust cannot shape with (malformed tables): nothing to draw; the
            // caller reports the text as missing.
            Err(_) => Run::new(Vec::new(), 0),
        };
        self.buffer = Some(buffer);
        run
    }
}

/// The script to shape a piece with: from its letters, else from its face (digits and
/// punctuation inside Urdu are shaped as Arabic, as in the rest of the paragraph).
pub fn script_of(book: &FontBook, face: FaceId, text: &str) -> Script {
    if text.chars().any(is_arabic) {
        return Script::ARABIC;
    }
    if text.chars().any(alphabetic) {
        return Script::LATIN;
    }
    match book.get(face).face.family {
        "Noto Nastaliq Urdu" | "Noto Naskh Arabic" => Script::ARABIC,
        "Noto Emoji" | "Noto Sans Symbols" | "Noto Sans Symbols 2" | "Noto Sans Math" => {
            Script::COMMON
        }
        _ => Script::LATIN,
    }
}

/// Every piece of a prepared paragraph, shaped (hard breaks shape to nothing).
pub fn shape_pieces(
    book: &FontBook,
    cache: &mut ShapeCache,
    prepared: &Prepared,
    style: &ParaStyle,
) -> Result<Vec<Arc<Run>>, MissingGlyph> {
    let lang = style.lang.clone();
    let mut out = Vec::with_capacity(prepared.pieces.len());
    for piece in &prepared.pieces {
        if piece.kind == Kind::Newline {
            out.push(Arc::new(Run::new(Vec::new(), 0)));
            continue;
        }
        let text = &prepared.text[piece.range.clone()];
        let script = script_of(book, piece.face, text);
        let neighbour_space = |j: Option<usize>| {
            j.and_then(|j| prepared.pieces.get(j)).is_some_and(|n| {
                n.kind == Kind::Space && n.face == piece.face && n.level == piece.level
            })
        };
        let run = if piece.kind == Kind::Word {
            let k = out.len();
            let before = neighbour_space(k.checked_sub(1));
            let after = neighbour_space(Some(k + 1));
            let voice = Voice {
                face: piece.face,
                rtl: piece.rtl(),
                script,
                lang: &lang,
            };
            cache.shape_in_context(book, voice, text, Spaces { before, after })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::font::{Variant, Writing};

    #[test]
    fn font_books_share_the_bundled_faces() {
        let (a, b) = (FontBook::bundled(), FontBook::bundled());
        let face = a.chain(Writing::Nastaliq, Variant::default())[0];
        assert!(std::ptr::eq(a.get(face), b.get(face)));
    }

    #[test]
    fn caches_sharing_a_store_shape_each_word_once() {
        let book = FontBook::bundled();
        let nastaliq = book.chain(Writing::Nastaliq, Variant::default())[0];
        let shared = Arc::new(SharedShapes::default());
        let mut ur = ShapeCache::sharing(&shared);
        let mut parallel = ShapeCache::sharing(&shared);
        let word = "پاکستان";
        let first = ur.shape(&book, nastaliq, true, Script::ARABIC, "ur", word);
        let again = parallel.shape(&book, nastaliq, true, Script::ARABIC, "ur", word);
        assert!(!first.glyphs.is_empty());
        assert!(
            Arc::ptr_eq(&first, &again),
            "the second cache shaped the word again"
        );
        assert_eq!((ur.misses, parallel.misses, parallel.hits), (1, 0, 1));
        // Another context is another run; a cache of its own shares nothing.
        let voice = Voice {
            face: nastaliq,
            rtl: true,
            script: Script::ARABIC,
            lang: "ur",
        };
        let spaces = Spaces {
            before: false,
            after: true,
        };
        parallel.shape_in_context(&book, voice, word, spaces);
        assert_eq!(parallel.misses, 1);
        let mut alone = ShapeCache::new();
        alone.shape(&book, nastaliq, true, Script::ARABIC, "ur", word);
        assert_eq!(alone.misses, 1);
    }
}

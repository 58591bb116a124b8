//! Web fonts: each face subset to the characters the pages use and compressed to WOFF2, so
//! an Urdu page pulls a fraction of the 570 KB Nastaliq file.
//!
//! Subsetting keeps the layout closure (every glyph GSUB can reach from the kept
//! characters), which Arabic-script joining and the Nastaliq cascade need. A subset takes
//! tens of milliseconds and its Brotli compression more, so results are cached under
//! `.safha-cache/` by a hash of the font, the characters and safha's version; the output
//! is the same with or without the cache.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag};
use read_fonts::{FontRef, TableProvider};

use crate::diag::Diagnostic;
use safha_text::faces::{self, Face};

/// Brotli quality of the WOFF2 files: 9 is within 12 % of 11's size at a tenth of its time.
const QUALITY: u8 = 9;

/// One face, subset for the web.
#[derive(Clone, Debug)]
pub struct WebFont {
    pub face: Face,
    /// File name under the output's `fonts/` (content-hashed, so caches never go stale).
    pub file: String,
    pub bytes: Arc<Vec<u8>>,
    /// The cache's copy of `bytes`, if it has one (see [`Output::stage_linked`]).
    ///
    /// [`Output::stage_linked`]: crate::output::Output::stage_linked
    pub cached: Option<PathBuf>,
    /// CSS `unicode-range` of the characters it holds.
    pub range: String,
}

/// Whether `name` has the shape of a subset's file as [`subset_faces`] names them
/// (`<face>.<10 hex digits of its hash>.woff2`): of the output's `fonts/`, only those are
/// safha's to remove; a font the site's owner put there is not.
pub fn is_subset_file(name: &str) -> bool {
    name.strip_suffix(".woff2")
        .and_then(|n| n.rsplit_once('.'))
        .is_some_and(|(stem, hash)| {
            !stem.is_empty()
                && hash.len() == 10
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
}

/// Subsets every face in `faces` that covers some of `chars`, in parallel; a face of
/// [`faces::WEB_FALLBACK`] only to what Nastaliq, Naskh and the Latin face lack. `quoted_arabic`:
/// whether the pages may quote Arabic (`lang="ar"`), which is drawn in Naskh.
pub fn subset_faces(
    project_root: &Path,
    faces: &[Face],
    chars: &BTreeSet<char>,
    quoted_arabic: bool,
) -> Result<Vec<WebFont>, Diagnostic> {
    // Elsewhere Naskh only stands in for characters Nastaliq lacks (it follows Nastaliq in
    // every Urdu font stack): without quoted Arabic its subset holds only those. With it,
    // it holds every Arabic-script character of the pages, and a browser fetches it only
    // for a page whose quoted Arabic it draws (a page's Urdu is drawn by Nastaliq first).
    let mut known = crate::stamps::Stamps::of_project(project_root);
    let nastaliq = crate::fonts::load(&faces::NASTALIQ, project_root, &known)?;
    let nastaliq = FontRef::new(&nastaliq)
        .map(|f| covered(&f, chars))
        .unwrap_or_default();
    // What each fallback face draws (see [`faces::WEB_FALLBACK`]): the characters no face
    // before it in the font stacks has, Nastaliq, Naskh, the Latin face or an earlier
    // fallback (Noto Sans Math has the arrows Noto Sans Symbols has).
    let mut drawn = nastaliq.clone();
    let mut fallback: Vec<(Face, BTreeSet<char>)> = Vec::new();
    for face in [faces::SERIF, faces::NASKH]
        .iter()
        .chain(faces.iter().filter(|f| faces::WEB_FALLBACK.contains(f)))
    {
        let bytes = crate::fonts::load(face, project_root, &known)?;
        let mut has = FontRef::new(&bytes)
            .map(|f| covered(&f, chars))
            .unwrap_or_default();
        if faces::WEB_FALLBACK.contains(face) {
            has.retain(|c| !drawn.contains(c));
            fallback.push((*face, has.clone()));
        }
        drawn.extend(has);
    }
    let results: Vec<Result<Option<WebFont>, Diagnostic>> = faces
        .par_iter()
        .map(|face| {
            let bytes = crate::fonts::load(face, project_root, &known)?;
            let font = FontRef::new(&bytes).map_err(|e| {
                Diagnostic::error("font-corrupt", format!("{} cannot be read: {e}", face.file))
            })?;
            let mut covered = covered(&font, chars);
            if *face == faces::NASKH {
                covered.retain(|c| {
                    !nastaliq.contains(c) || quoted_arabic && safha_text::chars::is_arabic(*c)
                });
            }
            if let Some((_, only)) = fallback.iter().find(|(f, _)| f == face) {
                covered.retain(|c| only.contains(c));
            }
            if covered.iter().all(|c| c.is_whitespace()) {
                return Ok(None);
            }
            let font_hash = face.hash_of(&bytes);
            let (woff2, cached) = cached_subset(project_root, &known, &font_hash, &font, &covered)
                .map_err(|e| {
                    Diagnostic::error(
                        "webfont",
                        format!("cannot subset {} for the web: {e}", face.file),
                    )
                })?;
            let hash = blake3::hash(&woff2).to_hex();
            let stem = face.file.trim_end_matches(".ttf").trim_end_matches(".otf");
            Ok(Some(WebFont {
                face: *face,
                file: format!("{stem}.{}.woff2", &hash[..10]),
                bytes: Arc::new(woff2),
                cached,
                range: unicode_range(&covered),
            }))
        })
        .collect();
    let mut out: Vec<WebFont> = Vec::new();
    for r in results {
        out.extend(r?);
    }
    // Subsets made by this build: their stamps are what later builds check them against.
    let mut made = false;
    for font in &out {
        if let Some(path) = &font.cached
            && known.remembered(path).is_none()
        {
            known.record(path, blake3::hash(&font.bytes).to_hex().to_string());
            made = true;
        }
    }
    if made {
        known.save();
    }
    Ok(out)
}

/// The characters of `chars` the font has a glyph for.
fn covered(font: &FontRef, chars: &BTreeSet<char>) -> BTreeSet<char> {
    let Ok(cmap) = font.cmap() else {
        return BTreeSet::new();
    };
    chars
        .iter()
        .copied()
        .filter(|c| cmap.map_codepoint(*c).is_some_and(|g| g != GlyphId::NOTDEF))
        .collect()
}

/// The WOFF2 subset, from the cache when it is there, and the cache's copy of it. A cached
/// subset is used only if the stamps record it (size, modification time and BLAKE3 of
/// when it was made) and it still has that size and time: one damaged or replaced in
/// place is made again, never published.
fn cached_subset(
    project_root: &Path,
    known: &crate::stamps::Stamps,
    font_hash: &str,
    font: &FontRef,
    chars: &BTreeSet<char>,
) -> Result<(Vec<u8>, Option<PathBuf>), String> {
    let mut key = blake3::Hasher::new();
    key.update(env!("CARGO_PKG_VERSION").as_bytes());
    key.update(&[QUALITY]);
    key.update(font_hash.as_bytes());
    for c in chars {
        key.update(&(*c as u32).to_le_bytes());
    }
    let path = cache_dir(project_root).join(format!("{}.woff2", key.finalize().to_hex()));
    if known.remembered(&path).is_some()
        && let Ok(hit) = std::fs::read(&path)
    {
        return Ok((hit, Some(path)));
    }
    let woff2 = subset_woff2(font, chars)?;
    // The cache only saves time: a read-only project simply builds without it.
    let stored = std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).is_ok()
        && crate::output::write_atomic(&path, &woff2).is_ok();
    Ok((woff2, stored.then_some(path)))
}

/// Where safha keeps what it can recompute: `.safha-cache/` in the project, or
/// `$SAFHA_CACHE_DIR` (several projects, or a test suite, can share one).
pub fn cache_dir(project_root: &Path) -> PathBuf {
    crate::project::cache_root(project_root).join("webfonts")
}

/// Subsets `font` to `chars` (with the glyphs its layout reaches) and encodes it as WOFF2.
pub fn subset_woff2(font: &FontRef, chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let mut unicodes: IntSet<u32> = IntSet::empty();
    for c in chars {
        unicodes.insert(*c as u32);
    }
    // Joiners steer Arabic shaping even when the text does not hold them.
    for c in [0x200C, 0x200D] {
        unicodes.insert(c);
    }
    let mut gids: IntSet<GlyphId> = IntSet::empty();
    gids.insert(GlyphId::NOTDEF);
    let mut drop: IntSet<Tag> = IntSet::empty();
    for t in [b"DSIG", b"hdmx", b"VDMX", b"LTSH", b"PCLT", b"kern"] {
        drop.insert(Tag::new(t));
    }
    let mut names: IntSet<NameId> = IntSet::empty();
    for id in [0u16, 1, 2, 3, 4, 5, 6, 13, 14] {
        names.insert(NameId::new(id));
    }
    let mut languages: IntSet<u16> = IntSet::empty();
    languages.insert(0x409);
    let plan = skera::Plan::new(
        &gids,
        &unicodes,
        font,
        skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING,
        &drop,
        &IntSet::all(),
        &IntSet::all(),
        &names,
        &languages,
    );
    let ttf = skera::subset_font(font, &plan).map_err(|e| format!("{e:?}"))?;
    ttf2woff2::encode(&ttf, ttf2woff2::BrotliQuality::from(QUALITY)).map_err(|e| e.to_string())
}

/// `U+20-7E,U+600-6FF`: the characters as CSS ranges.
pub fn unicode_range(chars: &BTreeSet<char>) -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for c in chars.iter().map(|c| *c as u32) {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => ranges.push((c, c)),
        }
    }
    ranges
        .iter()
        .map(|(a, b)| {
            if a == b {
                format!("U+{a:X}")
            } else {
                format!("U+{a:X}-{b:X}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The faces a page can use, judged from its markup: bold only with strong text or (for
/// Latin) headings, italic only with emphasis. For pages that carry their fonts inside.
pub fn faces_for_page(html: &str) -> Vec<Face> {
    use safha_text::faces::*;
    let strong = html.contains("<strong") || html.contains("<b>");
    let headings = html.contains("<h1") || html.contains("<h2") || html.contains("<th");
    let emphasis = html.contains("<em") || html.contains("<i>");
    ALL.into_iter()
        .filter(|f| {
            let latin = f.family == SERIF.family;
            (f.weight < 700 || strong || (latin && headings)) && (!f.italic || emphasis)
        })
        .chain(WEB_FALLBACK)
        .collect()
}

/// Every character of a page's text that a font might draw (markup is ASCII, which the
/// Latin face holds anyway).
pub fn page_chars(html: &str, into: &mut BTreeSet<char>) {
    // A page repeats a hundred or so characters thousands of times: each of the Basic
    // Multilingual Plane goes into the set once.
    let mut seen = [0u64; 0x10000 / 64];
    for c in html.chars().filter(|c| !c.is_control()) {
        let i = c as usize;
        if let Some(word) = seen.get_mut(i / 64) {
            let bit = 1u64 << (i % 64);
            if *word & bit != 0 {
                continue;
            }
            *word |= bit;
        }
        into.insert(c);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_subsets_are_named_as_subsets() {
        assert!(super::is_subset_file(
            "NotoNastaliqUrdu-Regular.3f9c2ab1d0.woff2"
        ));
        for other in [
            "mine.woff2",
            "Brand.woff2",
            "Noto.3F9C2AB1D0.woff2",
            "a.b.woff",
        ] {
            assert!(!super::is_subset_file(other), "{other}");
        }
    }

    use super::*;

    #[test]
    fn page_chars_are_every_drawn_character_once() {
        let html = "<p lang=\"ur\">پاکستان\u{200C}کی 😀 TTP</p>\n\t<p>پاک 😀</p>";
        let mut chars = BTreeSet::from(['z']);
        page_chars(html, &mut chars);
        let expected: BTreeSet<char> = html
            .chars()
            .filter(|c| !c.is_control())
            .chain(['z'])
            .collect();
        assert_eq!(chars, expected);
    }

    #[test]
    fn ranges_merge_neighbours() {
        let set: BTreeSet<char> = "abcx ".chars().collect();
        assert_eq!(unicode_range(&set), "U+20, U+61-63, U+78");
    }

    #[test]
    fn a_symbol_face_is_subset_to_the_signs_the_others_lack() {
        // The sample's characters bring no symbol face; an arrow and a star do, alone.
        let dir = tempfile::tempdir().unwrap();
        let chars: BTreeSet<char> = "Press ENTER ← then ★ 5% پاکستان".chars().collect();
        let all: Vec<Face> = faces::ALL.into_iter().chain(faces::WEB_FALLBACK).collect();
        let web = subset_faces(dir.path(), &all, &chars, false).unwrap();
        let range = |face: Face| web.iter().find(|w| w.face == face).map(|w| w.range.clone());
        assert_eq!(range(faces::SYMBOLS).as_deref(), Some("U+2190"));
        assert_eq!(range(faces::SYMBOLS2).as_deref(), Some("U+2605"));
        assert!(range(faces::MATH).is_none());
        let plain: BTreeSet<char> = "Press ENTER then 5% پاکستان".chars().collect();
        let web = subset_faces(dir.path(), &all, &plain, false).unwrap();
        assert!(web.iter().all(|w| !faces::WEB_FALLBACK.contains(&w.face)));
    }

    #[test]
    fn nastaliq_subset_is_small_and_still_shapes() {
        let face = faces::NASTALIQ;
        let bytes = face.bundled();
        let font = FontRef::new(bytes).unwrap();
        let chars: BTreeSet<char> = "پاکستان کی خارجہ پالیسی".chars().collect();
        let woff2 = subset_woff2(&font, &chars).unwrap();
        assert_eq!(&woff2[..4], b"wOF2");
        assert!(woff2.len() < bytes.len() / 4, "{} bytes", woff2.len());
    }
}

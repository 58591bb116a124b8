//! The project's own copies of the fonts: reading them from `fonts/` (a project may keep a
//! copy of any face in the catalogue, [`safha_text::faces`]), refusing damaged ones, and
//! handing the text engine a [`FontBook`] of them.

use std::borrow::Cow;
use std::path::Path;

use safha_text::faces::{ALL, FALLBACK, Face};
use safha_text::font::FontBook;

use crate::diag::Diagnostic;
use crate::stamps::Stamps;

/// The face's bytes: the project's `fonts/<file>` when present, else the bundled copy. A
/// project copy that `known` remembers as identical to the bundled one is not read: the
/// bundled bytes are already in memory. A copy that is not a usable font is an error, never
/// a silent fallback.
pub fn load(
    face: &Face,
    project_root: &Path,
    known: &Stamps,
) -> Result<Cow<'static, [u8]>, Diagnostic> {
    let path = project_root.join(crate::project::FONTS_DIR).join(face.file);
    if known.remembered(&path) == Some(face.bundled_hash()) {
        return Ok(Cow::Borrowed(face.bundled()));
    }
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(Cow::Borrowed(face.bundled()));
    }
    let shown = Path::new(crate::project::FONTS_DIR).join(face.file);
    let bytes = Cow::Owned(crate::input::read(
        project_root,
        &path,
        &shown,
        crate::input::MAX_FONT,
    )?);
    if let Err(e) = face
        .validate(&bytes)
        .and_then(|()| checked_before(project_root, &bytes, subsets_whole))
    {
        return Err(Diagnostic::error(
            "font-corrupt",
            format!("{} is not a usable font: {e}", shown.display()),
        )
        .at_path(&shown)
        .with_hint("replace it with the original file, or delete it to use safha's bundled copy"));
    }
    Ok(bytes)
}

/// `check(bytes)`, or nothing if these very bytes passed it before: the cache remembers
/// each font that subset whole (a project's own font is not subset twice a build for
/// nothing). A cache that cannot be written only costs the check again.
fn checked_before(
    project_root: &Path,
    bytes: &[u8],
    check: fn(&[u8]) -> Result<(), String>,
) -> Result<(), String> {
    let mark = crate::project::cache_root(project_root)
        .join("fonts-checked")
        .join(blake3::hash(bytes).to_hex().as_str());
    if mark.is_file() {
        return Ok(());
    }
    check(bytes)?;
    if let Some(dir) = mark.parent()
        && std::fs::create_dir_all(dir).is_ok()
    {
        let _ = crate::output::write_atomic(&mark, b"");
    }
    Ok(())
}

/// Subsets the whole font as the web pages' subsets are made (every character it maps,
/// its layout tables followed): a table damaged where validation does not look (deep in a
/// GPOS lookup) fails here, before anything is written, and not when the site's fonts are
/// made after the articles' editions. Only project copies that are not the bundled ones
/// come here.
fn subsets_whole(bytes: &[u8]) -> Result<(), String> {
    use read_fonts::collections::IntSet;
    use read_fonts::types::{GlyphId, NameId, Tag};
    use read_fonts::{FontRef, TableProvider};
    let font = FontRef::new(bytes).map_err(|e| e.to_string())?;
    let cmap = font.cmap().map_err(|e| e.to_string())?;
    let mapped: Vec<u32> = cmap
        .best_subtable()
        .map(|(_, _, subtable)| subtable.iter().map(|(c, _)| c).collect())
        .unwrap_or_default();
    // Every other character, then the others: a subset of everything may keep a table
    // whole without reading it, and each lookup is read for the glyphs it covers.
    for half in 0..2 {
        let mut unicodes: IntSet<u32> = IntSet::empty();
        for c in mapped.iter().skip(half).step_by(2) {
            unicodes.insert(*c);
        }
        let mut gids: IntSet<GlyphId> = IntSet::empty();
        gids.insert(GlyphId::NOTDEF);
        let plan = skera::Plan::new(
            &gids,
            &unicodes,
            &font,
            skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING,
            &IntSet::<Tag>::empty(),
            &IntSet::all(),
            &IntSet::all(),
            &IntSet::<NameId>::empty(),
            &IntSet::<u16>::empty(),
        );
        skera::subset_font(&font, &plan)
            .map_err(|e| format!("it cannot be subset ({e:?}): a table is damaged"))?;
    }
    Ok(())
}

/// Validates every face the project keeps its own copy of (see [`Face::validate`]), so a
/// damaged font stops a build before it writes anything. Copies known to be the bundled
/// ones are not read.
pub fn check_project(project_root: &Path) -> Result<(), Diagnostic> {
    let known = Stamps::of_project(project_root);
    let dir = project_root.join(crate::project::FONTS_DIR);
    for face in ALL.iter().chain(&FALLBACK) {
        if dir.join(face.file).exists() {
            load(face, project_root, &known)?;
        }
    }
    Ok(())
}

/// The font book of a project: the bundled faces, with the project's own copies in place
/// of those it keeps. Sequential on purpose: a build may read the fonts on a thread of its
/// own while its pool works on the articles, and a pool job waiting for the fonts must not
/// wait on jobs queued behind it in that same pool.
pub fn book(project_root: &Path) -> Result<FontBook, Diagnostic> {
    let known = Stamps::of_project(project_root);
    let mut own = Vec::new();
    for face in ALL {
        own.push((face, load(&face, project_root, &known)?));
    }
    // A fallback face is read only when the project has a copy of its own; the bundled
    // copy is read when a text needs it.
    let dir = project_root.join(crate::project::FONTS_DIR);
    for face in FALLBACK {
        if dir.join(face.file).exists() {
            own.push((face, load(&face, project_root, &known)?));
        }
    }
    FontBook::with_copies(own).map_err(|face| {
        Diagnostic::error(
            "font-corrupt",
            format!("fonts/{} cannot be used", face.file),
        )
        .at_path(Path::new("fonts").join(face.file))
        .with_hint("replace it with the original file, or delete it to use the bundled copy")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use safha_text::faces::{NASKH, NASTALIQ, SERIF, SERIF_BOLD};

    #[test]
    fn a_copy_known_to_be_the_bundled_one_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let fonts = dir.path().join("fonts");
        std::fs::create_dir(&fonts).unwrap();
        let path = fonts.join(SERIF.file);
        std::fs::write(&path, SERIF.bundled()).unwrap();
        crate::stamps::backdate(&path, 60);
        // A first build hashes the copy and remembers it.
        let mut stamps = crate::stamps::Stamps::of_project(dir.path());
        stamps.hash(&path);
        stamps.save();
        let known = crate::stamps::Stamps::of_project(dir.path());
        assert!(matches!(
            load(&SERIF, dir.path(), &known).unwrap(),
            Cow::Borrowed(_)
        ));

        // Another font put in its place is read, whatever the stamps said before.
        std::fs::write(&path, SERIF_BOLD.bundled()).unwrap();
        crate::stamps::backdate(&path, 60);
        let bytes = load(&SERIF, dir.path(), &known).unwrap();
        assert!(matches!(bytes, Cow::Owned(_)));
        assert_eq!(&bytes[..], SERIF_BOLD.bundled());
        // One that cannot draw what the face draws is refused.
        std::fs::write(&path, NASKH.bundled()).unwrap();
        crate::stamps::backdate(&path, 60);
        let e = load(&SERIF, dir.path(), &known).unwrap_err();
        assert_eq!(e.code, "font-corrupt");
    }

    #[test]
    fn a_font_damaged_deep_in_its_layout_tables_is_refused() {
        // Bytes of a GPOS lookup overwritten: the table's header still parses, so only
        // subsetting reads far enough to find it (the web fonts did, after the articles'
        // editions were written).
        use read_fonts::{FontRef, TableProvider, types::Tag};
        let mut bytes = NASTALIQ.bundled().to_vec();
        let font = FontRef::new(NASTALIQ.bundled()).unwrap();
        let record = (font.table_directory().table_records().iter())
            .find(|r| r.tag() == Tag::new(b"GPOS"))
            .unwrap();
        assert!(font.gpos().is_ok());
        let (start, len) = (record.offset() as usize, record.length() as usize);
        for b in &mut bytes[start + len / 2..start + len / 2 + 400] {
            *b = 0xFF;
        }
        assert!(
            NASTALIQ.validate(&bytes).is_ok(),
            "the shallow check finds it"
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("fonts")).unwrap();
        std::fs::write(dir.path().join("fonts").join(NASTALIQ.file), &bytes).unwrap();
        let known = crate::stamps::Stamps::of_project(dir.path());
        let err = load(&NASTALIQ, dir.path(), &known).unwrap_err();
        assert_eq!(err.code, "font-corrupt");
        assert!(err.message.contains("damaged"), "{}", err.message);
        assert!(subsets_whole(NASTALIQ.bundled()).is_ok());
    }

    #[test]
    fn corrupt_project_font_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("fonts")).unwrap();
        std::fs::write(dir.path().join("fonts").join(NASTALIQ.file), b"not a font").unwrap();
        let known = crate::stamps::Stamps::of_project(dir.path());
        let err = load(&NASTALIQ, dir.path(), &known).unwrap_err();
        assert_eq!(err.code, "font-corrupt");
        assert!(err.message.contains("fonts/NotoNastaliqUrdu-Regular.ttf"));
    }
}

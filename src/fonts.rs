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
    if let Err(e) = face.validate(&bytes) {
        return Err(Diagnostic::error(
            "font-corrupt",
            format!("{} is not a usable font: {e}", shown.display()),
        )
        .at_path(&shown)
        .with_hint("replace it with the original file, or delete it to use safha's bundled copy"));
    }
    Ok(bytes)
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

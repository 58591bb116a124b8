//! The incremental build cache: an article whose inputs have not changed since the last
//! build into the same output folder is not rendered again.
//!
//! An article's key is a hash of everything its editions are made from: its Markdown, its
//! source messages and translation files, and a build-wide part (safha's own executable,
//! the build options, `safha.toml`, every `ui.ftl`, the project's templates and fonts,
//! `SOURCE_DATE_EPOCH`). The record kept under that key lists the files the article wrote
//! (with their sizes, times and hashes, checked before the record is trusted, so an output
//! edited in place is made again), the images it copied (with
//! their hashes) and what the site needs from it (its index entry, its characters for the
//! web fonts) and the warnings it gave, which a reused record shows again (a missing
//! translation is reported on every build, cached or not). When an article's new version
//! fails to build, its last record keeps it on the index, as its previous editions stay
//! in place.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::{Diagnostic, SourceFile};
use crate::html::page::IndexEntry;
use crate::project::Project;

/// What the last build of one article left behind.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Record {
    pub key: String,
    /// Files written, relative to the output folder.
    pub outputs: Vec<Made>,
    /// Images copied: source path and content hash.
    pub media: Vec<(PathBuf, String)>,
    pub entry: IndexEntry,
    /// Characters of its pages.
    pub chars: String,
    /// Whether a build may reuse it as is: false when the article built with warnings,
    /// which must show again. Either way it stands in for the article on the index when
    /// a later build of the article fails.
    #[serde(default)]
    pub reusable: bool,
    /// The warnings the build gave, shown again when the record is reused.
    #[serde(default)]
    pub warnings: Vec<KeptWarning>,
}

/// An output of an article as its build left it: a later build checks it is still so (an
/// output edited in place is made again), by its hash, read only when its size or time
/// changed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Made {
    pub path: PathBuf,
    pub len: u64,
    /// Modification time in nanoseconds since the epoch, after the build.
    pub modified: u128,
    /// BLAKE3 (hex) of its bytes.
    pub hash: String,
}

impl Made {
    /// An output just committed under `out_root`.
    pub fn after_commit(out_root: &Path, path: PathBuf, len: u64, hash: String) -> Made {
        let modified = std::fs::metadata(out_root.join(&path))
            .map(|m| modified_nanos(&m))
            .unwrap_or(0);
        Made {
            path,
            len,
            modified,
            hash,
        }
    }

    /// Whether the file is still as the build left it.
    fn intact(&self, out_root: &Path) -> bool {
        let file = out_root.join(&self.path);
        let Ok(meta) = std::fs::metadata(&file) else {
            return false;
        };
        if meta.len() != self.len {
            return false;
        }
        modified_nanos(&meta) == self.modified
            || std::fs::read(&file).is_ok_and(|b| blake3::hash(&b).to_hex().as_str() == self.hash)
    }
}

/// A warning kept with its record. The file it points into is part of the record's key,
/// so its text (and the warning's line and column) are the same when it is shown again.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct KeptWarning {
    code: String,
    message: String,
    path: Option<PathBuf>,
    span: Option<(usize, usize)>,
    label: Option<String>,
    hint: Option<String>,
}

impl KeptWarning {
    /// `None` for an error, which no reusable record holds.
    pub fn keep(d: &Diagnostic) -> Option<KeptWarning> {
        (!d.is_error()).then(|| KeptWarning {
            code: d.code.to_string(),
            message: d.message.clone(),
            path: d.path.clone(),
            span: d.span.as_ref().map(|(_, r)| (r.start, r.end)),
            label: d.label.clone(),
            hint: d.hint.clone(),
        })
    }

    pub fn restore(&self, root: &Path) -> Diagnostic {
        let mut d = Diagnostic::warning(intern(&self.code), self.message.clone());
        if let Some(path) = &self.path {
            // Read as every project file is: a record naming a file outside the project
            // shows only its name.
            let text = crate::input::read(root, &root.join(path), path, crate::input::MAX_TEXT)
                .ok()
                .and_then(|b| String::from_utf8(b).ok());
            d = match (self.span, text) {
                (Some((start, end)), Some(text)) => d.at(&SourceFile::new(path, text), start..end),
                _ => d.at_path(path),
            };
        }
        d.label = self.label.clone();
        d.hint = self.hint.clone();
        d
    }
}

/// A diagnostic code read back from a record, as the `'static` string codes are: each
/// distinct code is allocated once for the life of the process.
fn intern(code: &str) -> &'static str {
    static CODES: std::sync::Mutex<std::collections::BTreeSet<&'static str>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    let mut codes = CODES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = codes.get(code) {
        return known;
    }
    let leaked: &'static str = Box::leak(code.to_owned().into_boxed_str());
    codes.insert(leaked);
    leaked
}

/// The cache of one build (one project, one output folder, one set of options).
pub struct BuildCache {
    dir: PathBuf,
    /// Whether records may be reused (`--no-cache` still keeps them up to date).
    reuse: bool,
    global: blake3::Hash,
}

impl BuildCache {
    /// `fingerprint` holds what else the outputs depend on (the build options).
    pub fn new(project: &Project, fingerprint: &str, enabled: bool) -> BuildCache {
        let mut h = blake3::Hasher::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        // The executable itself: a rebuilt safha may render differently under one version.
        h.update(executable_id(&crate::html::webfonts::cache_root(&project.root)).as_bytes());
        h.update(fingerprint.as_bytes());
        h.update(
            std::env::var("SOURCE_DATE_EPOCH")
                .unwrap_or_default()
                .as_bytes(),
        );
        hash_file(
            &mut h,
            &project.root,
            &project.root.join(crate::config::FILE_NAME),
        );
        for lang in &project.locale_langs {
            hash_file(
                &mut h,
                &project.root,
                &project
                    .locales_dir()
                    .join(lang.tag())
                    .join(crate::l10n::ui::FILE_NAME),
            );
        }
        let cache_root = crate::html::webfonts::cache_root(&project.root);
        let mut stamps = Stamps::load(&cache_root);
        for sub in [crate::html::page::TEMPLATES_DIR, crate::project::FONTS_DIR] {
            hash_tree(&mut h, &project.root, &project.root.join(sub), &mut stamps);
        }
        stamps.save();
        let out_id = blake3::hash(project.out_dir.to_string_lossy().as_bytes()).to_hex();
        let dir = crate::html::webfonts::cache_root(&project.root)
            .join("builds")
            .join(&out_id[..16]);
        BuildCache {
            dir,
            reuse: enabled,
            global: h.finalize(),
        }
    }

    /// The key of an article: its inputs on top of the build-wide part.
    pub fn key(&self, project: &Project, path: &Path, slug: &str) -> Option<String> {
        let mut h = blake3::Hasher::new();
        h.update(self.global.as_bytes());
        h.update(&crate::input::read(&project.root, path, path, crate::input::MAX_TEXT).ok()?);
        for lang in &project.locale_langs {
            hash_file(&mut h, &project.root, &project.article_ftl(lang, slug));
        }
        Some(h.finalize().to_hex().to_string())
    }

    /// The record for `slug` under `key`, if it may be reused and its outputs and images
    /// are as it says.
    pub fn lookup(&self, slug: &str, key: &str, out_root: &Path) -> Option<Record> {
        if !self.reuse {
            return None;
        }
        let record = self.last(slug, out_root)?;
        let intact = record.reusable
            && record.key == key
            && record.media.iter().all(|(src, hash)| {
                std::fs::read(src).is_ok_and(|b| blake3::hash(&b).to_hex().as_str() == hash)
            });
        intact.then_some(record)
    }

    /// The last successful build of `slug`, whatever its key, if its outputs are still
    /// there: what the site shows of an article whose new version does not build.
    pub fn last(&self, slug: &str, out_root: &Path) -> Option<Record> {
        let text = std::fs::read(self.dir.join(format!("{slug}.json"))).ok()?;
        let record: Record = serde_json::from_slice(&text).ok()?;
        record
            .outputs
            .iter()
            .all(|made| made.intact(out_root))
            .then_some(record)
    }

    /// Keeps the record of a successful build. A cache that cannot be written only costs
    /// time on the next build.
    pub fn store(&self, slug: &str, record: &Record) {
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        if let Ok(json) = serde_json::to_vec(record) {
            let _ = crate::output::write_atomic(&self.dir.join(format!("{slug}.json")), &json);
        }
    }
}

/// A hash of the running executable. Hashing 100 MB on every build would cost more than
/// a cached build itself, so it is remembered by the file's path, size and modification
/// time, one memo per executable (a debug and a release build take turns without
/// hashing each other out).
fn executable_id(cache_root: &Path) -> String {
    let Ok(exe) = std::env::current_exe() else {
        return String::new();
    };
    let Ok(meta) = std::fs::metadata(&exe) else {
        return String::new();
    };
    let modified = modified_nanos(&meta);
    let stamp = format!("{}\n{}\n{modified}\n", exe.display(), meta.len());
    let memo = cache_root.join(format!(
        "executable-{:016x}",
        crate::article::ids::fingerprint(&stamp)
    ));
    if let Ok(text) = std::fs::read_to_string(&memo)
        && let Some(hash) = text.strip_prefix(&stamp)
    {
        return hash.trim().to_string();
    }
    let mut h = blake3::Hasher::new();
    let hash = match std::fs::File::open(&exe).map(|mut f| h.update_reader(&mut f).map(|_| ())) {
        Ok(Ok(())) => h.finalize().to_hex().to_string(),
        _ => return String::new(),
    };
    if std::fs::create_dir_all(cache_root).is_ok() {
        let _ = crate::output::write_atomic(&memo, format!("{stamp}{hash}\n").as_bytes());
    }
    hash
}

/// A file's modification time in nanoseconds since the Unix epoch (0 when unknown).
fn modified_nanos(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// Hashes a file's name and bytes, or a marker that it is absent (or cannot be read as
/// a project file: the build reports why).
fn hash_file(h: &mut blake3::Hasher, root: &Path, path: &Path) {
    h.update(path.to_string_lossy().as_bytes());
    match crate::input::read(root, path, path, crate::input::MAX_TEXT) {
        Ok(bytes) => {
            h.update(&(bytes.len() as u64).to_le_bytes());
            h.update(&bytes);
        }
        Err(_) => {
            h.update(b"\0absent");
        }
    }
}

/// Hashes every file under `dir`, in name order: its name and its content hash. Links are
/// not followed into folders (a link to `/` or to its own folder would never end), and a
/// file that cannot be read as a project file is hashed as a marker (the build that reads
/// it reports why).
fn hash_tree(h: &mut blake3::Hasher, root: &Path, dir: &Path, stamps: &mut Stamps) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        h.update(b"\0no folder");
        return;
    };
    let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.path(), e.file_type().ok()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, kind) in entries {
        if kind.is_some_and(|k| k.is_dir()) {
            hash_tree(h, root, &p, stamps);
        } else if crate::input::refuse(root, &p, &p, crate::input::MAX_FONT).is_some() {
            h.update(p.to_string_lossy().as_bytes());
            h.update(b"\0refused");
        } else {
            h.update(p.to_string_lossy().as_bytes());
            match stamps.hash(&p) {
                Some(content) => h.update(content.as_bytes()),
                None => h.update(b"\0absent"),
            };
        }
    }
}

/// Content hashes of the project's fonts and templates, remembered by path, size and
/// modification time (as `git status` does): the fonts weigh megabytes, and reading them
/// all for every build cost more than the rest of a cached build. A file modified less than
/// [`Stamps::SETTLE`] before it was hashed is not remembered, since a second change within
/// the file system's time resolution would keep its stamp.
pub struct Stamps {
    file: PathBuf,
    known: std::collections::BTreeMap<String, (u64, u128, String)>,
    changed: bool,
}

impl Stamps {
    const SETTLE: std::time::Duration = std::time::Duration::from_secs(2);

    /// The stamps the cache of the project at `project_root` keeps.
    pub fn of_project(project_root: &Path) -> Stamps {
        Stamps::load(&crate::html::webfonts::cache_root(project_root))
    }

    /// The content hash remembered for `path`, if its size and modification time are
    /// still those it was hashed with. Reads nothing but the file's metadata.
    pub fn remembered(&self, path: &Path) -> Option<&str> {
        let (len, at, hash) = self.known.get(path.to_string_lossy().as_ref())?;
        let meta = std::fs::metadata(path).ok()?;
        (*len == meta.len() && *at == modified_nanos(&meta)).then_some(hash.as_str())
    }

    fn load(cache_root: &Path) -> Stamps {
        let file = cache_root.join("stamps.json");
        let known = std::fs::read(&file)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Stamps {
            file,
            known,
            changed: false,
        }
    }

    /// The content hash of `path` (hex), `None` if it cannot be read.
    pub(crate) fn hash(&mut self, path: &Path) -> Option<String> {
        let meta = std::fs::metadata(path).ok()?;
        let modified = meta.modified().ok();
        let nanos = modified_nanos(&meta);
        let key = path.to_string_lossy().into_owned();
        if let Some((len, at, hash)) = self.known.get(&key)
            && *len == meta.len()
            && *at == nanos
        {
            return Some(hash.clone());
        }
        let hash = blake3::hash(&std::fs::read(path).ok()?)
            .to_hex()
            .to_string();
        let settled = modified
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= Self::SETTLE);
        if settled {
            self.known.insert(key, (meta.len(), nanos, hash.clone()));
            self.changed = true;
        } else if self.known.remove(&key).is_some() {
            self.changed = true;
        }
        Some(hash)
    }

    /// Records `path`, a file safha has just written itself with content hash `hash`:
    /// no settling time is needed, since nothing else wrote it.
    pub(crate) fn record(&mut self, path: &Path, hash: String) {
        if let Ok(meta) = std::fs::metadata(path) {
            let key = path.to_string_lossy().into_owned();
            self.known
                .insert(key, (meta.len(), modified_nanos(&meta), hash));
            self.changed = true;
        }
    }

    /// Writes the stamps back if they changed; a cache that cannot be written only costs
    /// time on the next build.
    pub(crate) fn save(self) {
        if !self.changed {
            return;
        }
        if let (Some(dir), Ok(json)) = (self.file.parent(), serde_json::to_vec(&self.known))
            && std::fs::create_dir_all(dir).is_ok()
        {
            let _ = crate::output::write_atomic(&self.file, &json);
        }
    }
}

/// The content hash the cache records for an image.
pub fn media_hash(path: &Path) -> Option<String> {
    std::fs::read(path)
        .ok()
        .map(|b| blake3::hash(&b).to_hex().to_string())
}

/// Sets `path`'s modification time `secs` seconds into the past (for tests of the stamps).
#[cfg(test)]
pub(crate) fn backdate(path: &Path, secs: u64) {
    let t = std::time::SystemTime::now() - std::time::Duration::from_secs(secs);
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(t))
        .expect("a test file whose time can be set");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_remember_settled_files_until_they_change() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("font.ttf");
        std::fs::write(&file, b"first").unwrap();
        let hash = blake3::hash(b"first").to_hex().to_string();

        // Just written: hashed, but not remembered (a second write could keep its stamp).
        let mut stamps = Stamps::load(dir.path());
        assert_eq!(stamps.hash(&file).as_deref(), Some(hash.as_str()));
        assert_eq!(stamps.remembered(&file), None);

        backdate(&file, 60);
        let mut stamps = Stamps::load(dir.path());
        assert_eq!(stamps.hash(&file).as_deref(), Some(hash.as_str()));
        stamps.save();
        let stamps = Stamps::load(dir.path());
        assert_eq!(stamps.remembered(&file), Some(hash.as_str()));

        // Changed contents (and size): no longer remembered, and hashed anew.
        std::fs::write(&file, b"second!").unwrap();
        backdate(&file, 60);
        let mut stamps = Stamps::load(dir.path());
        assert_eq!(stamps.remembered(&file), None);
        let new = blake3::hash(b"second!").to_hex().to_string();
        assert_eq!(stamps.hash(&file).as_deref(), Some(new.as_str()));
    }

    #[test]
    fn the_executable_is_hashed_once_and_remembered_beside_others() {
        let dir = tempfile::tempdir().unwrap();
        // Another executable's memo stays where it is.
        let other = dir.path().join("executable-0000000000000001");
        std::fs::write(&other, "/elsewhere/safha\n1\n1\nabc\n").unwrap();
        let id = executable_id(dir.path());
        assert_eq!(id.len(), 64, "{id}");
        let memos: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| *p != other)
            .collect();
        assert_eq!(memos.len(), 1, "{memos:?}");
        assert!(other.exists());
        // The memo is what a second build reads.
        let text = std::fs::read_to_string(&memos[0]).unwrap();
        std::fs::write(&memos[0], text.replace(&id, "remembered")).unwrap();
        assert_eq!(executable_id(dir.path()), "remembered");
    }
}

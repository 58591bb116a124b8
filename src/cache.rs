//! The incremental build cache: an article whose inputs have not changed since the last
//! build into the same output folder is not rendered again.
//!
//! An article's key is a hash of everything its editions are made from (see
//! `build/fingerprint.rs`). The record kept under that key lists the files the article wrote
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
use crate::project::Project;
use crate::site::entry::IndexEntry;

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
            .map(|m| crate::stamps::modified_nanos(&m))
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
        crate::stamps::modified_nanos(&meta) == self.modified
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
}

impl BuildCache {
    /// The cache of builds of `project` into its output folder; `enabled: false` keeps
    /// records up to date without reusing any (`--no-cache`).
    pub fn new(project: &Project, enabled: bool) -> BuildCache {
        let out_id = blake3::hash(project.out_dir.to_string_lossy().as_bytes()).to_hex();
        let dir = crate::project::cache_root(&project.root)
            .join("builds")
            .join(&out_id[..16]);
        BuildCache {
            dir,
            reuse: enabled,
        }
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

/// The content hash the cache records for an image.
pub fn media_hash(path: &Path) -> Option<String> {
    std::fs::read(path)
        .ok()
        .map(|b| blake3::hash(&b).to_hex().to_string())
}

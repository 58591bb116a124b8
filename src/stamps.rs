//! Content hashes of files remembered by path, size and modification time, as `git status`
//! remembers them: the fonts weigh megabytes, and reading them all for every build cost
//! more than the rest of a cached build. Kept in `stamps.json` of the cache folder.

use std::path::{Path, PathBuf};

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
        Stamps::load(&crate::project::cache_root(project_root))
    }

    /// The content hash remembered for `path`, if its size and modification time are
    /// still those it was hashed with. Reads nothing but the file's metadata.
    pub fn remembered(&self, path: &Path) -> Option<&str> {
        let (len, at, hash) = self.known.get(path.to_string_lossy().as_ref())?;
        let meta = std::fs::metadata(path).ok()?;
        (*len == meta.len() && *at == modified_nanos(&meta)).then_some(hash.as_str())
    }

    pub(crate) fn load(cache_root: &Path) -> Stamps {
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

/// A file's modification time in nanoseconds since the Unix epoch (0 when unknown).
pub fn modified_nanos(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
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
}

//! Atomic file output: nothing is ever half-written.
//!
//! Each file is written in full to a staging folder beside the output folder (never inside
//! it, so a killed build leaves no temporary files among the outputs) and then renamed over
//! its destination, which is atomic on POSIX file systems. A file whose bytes are already
//! in place is not touched, so unchanged outputs keep their timestamps.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::diag::{Diagnostic, io_error};

/// Writes files atomically under one root folder.
#[derive(Debug)]
pub struct Output {
    root: PathBuf,
    staging: PathBuf,
    counter: AtomicU64,
}

/// What [`Output::write`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Changed,
    Unchanged,
}

impl Output {
    /// Prepares writing under `root` (created if missing).
    pub fn new(root: &Path) -> Result<Output, Diagnostic> {
        std::fs::create_dir_all(root)
            .map_err(|e| io_error("output-create", "create output folder", root, &e))?;
        let staging = staging_dir(root);
        std::fs::create_dir_all(&staging)
            .map_err(|e| io_error("output-create", "create staging folder", &staging, &e))?;
        clean_stale_staging(&staging);
        Ok(Output {
            root: root.to_path_buf(),
            staging,
            counter: AtomicU64::new(0),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes `bytes` to `root/rel` atomically.
    pub fn write(&self, rel: &Path, bytes: &[u8]) -> Result<Written, Diagnostic> {
        let staged = self.stage(rel, bytes)?;
        self.commit(vec![staged]).map(|w| w[0])
    }

    /// Writes several files, each atomically, on all cores (the writes are system calls
    /// that wait on the file system more than on the processor). Returns what was done to
    /// each, in order, or the first error in that order.
    pub fn write_all(&self, files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<Written>, Diagnostic> {
        use rayon::prelude::*;
        let staged = files
            .par_iter()
            .map(|(rel, bytes)| self.stage(rel, bytes))
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Result<Vec<_>, _>>()?;
        self.commit(staged)
    }

    /// The first half of a write: `bytes` go to a temporary file in the staging folder,
    /// and none of the outputs changes until [`commit`](Output::commit). A build stages
    /// each edition as soon as it is made, on the core that made it, and commits an
    /// article's editions together once all of them are made; a staged file that is never
    /// committed is removed when it is dropped.
    pub fn stage(&self, rel: &Path, bytes: &[u8]) -> Result<Staged, Diagnostic> {
        self.stage_linked(rel, bytes, None)
    }

    /// [`stage`](Output::stage) for bytes that `source`, if given, already holds (a file
    /// of safha's cache): the staged file is a hard link to it, so nothing is written and
    /// no new file is made (each new file costs more than its writing on ext4 when many
    /// were deleted lately, as in a build loop). The cache never changes a file in place,
    /// it replaces it, so the output cannot change under the link. Writes `bytes` where
    /// no link can be made (another file system).
    pub fn stage_linked(
        &self,
        rel: &Path,
        bytes: &[u8],
        source: Option<&Path>,
    ) -> Result<Staged, Diagnostic> {
        let dest = self.root.join(rel);
        let size = bytes.len() as u64;
        if std::fs::read(&dest).is_ok_and(|existing| existing == bytes) {
            return Ok(Staged {
                dest,
                size,
                tmp: None,
            });
        }
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let tmp = self.staging.join(format!("{}-{n}.tmp", std::process::id()));
        let linked = source.is_some_and(|source| std::fs::hard_link(source, &tmp).is_ok());
        if !linked && let Err(e) = write_file(&tmp, bytes) {
            let _ = std::fs::remove_file(&tmp);
            return Err(io_error("output-write", "write", &tmp, &e));
        }
        Ok(Staged {
            dest,
            size,
            tmp: Some(tmp),
        })
    }

    /// The second half: every staged file replaces its destination, in order. Returns
    /// what was done to each, or the first error (files before it are in place; the
    /// staged files after it are removed).
    pub fn commit(&self, staged: Vec<Staged>) -> Result<Vec<Written>, Diagnostic> {
        let mut done = Vec::with_capacity(staged.len());
        for mut s in staged {
            let Some(tmp) = s.tmp.take() else {
                done.push(Written::Unchanged);
                continue;
            };
            let dest = &s.dest;
            if let Some(parent) = dest.parent() {
                std::fs::create_dir_all(parent).map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    io_error("output-create", "create folder", parent, &e)
                })?;
            }
            if let Err(e) = std::fs::rename(&tmp, dest) {
                if e.raw_os_error() != Some(EXDEV) {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(io_error("output-write", "replace", dest, &e));
                }
                // Another file system (EXDEV): copy next to the destination instead.
                let name = dest
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let n = self.counter.fetch_add(1, Ordering::Relaxed);
                let near =
                    dest.with_file_name(format!(".{name}.safha-{}-{n}.tmp", std::process::id()));
                let moved = std::fs::copy(&tmp, &near).and_then(|_| std::fs::rename(&near, dest));
                let _ = std::fs::remove_file(&tmp);
                if moved.is_err() {
                    let _ = std::fs::remove_file(&near);
                }
                moved.map_err(|_| io_error("output-write", "replace", dest, &e))?;
            }
            done.push(Written::Changed);
        }
        Ok(done)
    }

    /// Removes the staging folder if nothing else is using it (also when a build stops
    /// early: dropping an `Output` finishes it).
    pub fn finish(self) {}
}

impl Drop for Output {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir(&self.staging);
    }
}

/// A file written to the staging folder and not yet in place (see [`Output::stage`]).
#[derive(Debug)]
pub struct Staged {
    dest: PathBuf,
    size: u64,
    /// `None` when the destination already holds these bytes.
    tmp: Option<PathBuf>,
}

impl Staged {
    /// The size of the staged bytes.
    pub fn size(&self) -> u64 {
        self.size
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(tmp) = self.tmp.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// "Invalid cross-device link": the staging folder is on another file system.
const EXDEV: i32 = 18;

fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::File::create(path)?;
    f.write_all(bytes)?;
    f.flush()
}

/// `<parent>/.safha-tmp-<name>`: beside the output folder, on the same file system.
fn staging_dir(root: &Path) -> PathBuf {
    let name = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_string());
    let parent = root.parent().unwrap_or(root);
    parent.join(format!(".safha-tmp-{name}"))
}

/// Deletes temporary files left by builds that were killed (their process is gone).
fn clean_stale_staging(staging: &Path) {
    let Ok(entries) = std::fs::read_dir(staging) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let pid = name.split('-').next().and_then(|p| p.parse::<u32>().ok());
        let alive = pid
            .is_some_and(|p| p == std::process::id() || Path::new(&format!("/proc/{p}")).exists());
        if !alive {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes one file atomically (temporary file in the same folder, then rename): for files
/// the user edits, such as `locales/en/<slug>.ftl`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| io_error("write", "create folder", parent, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = parent.join(format!(".{name}.safha-{}.tmp", std::process::id()));
    write_file(&tmp, bytes).map_err(|e| io_error("write", "write", path, &e))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io_error("write", "replace", path, &e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linked_file_shares_the_cache_copy_and_falls_back_to_writing() {
        let dir = tempfile::tempdir().unwrap();
        let cached = dir.path().join("cache.woff2");
        std::fs::write(&cached, b"font bytes").unwrap();
        let out = Output::new(&dir.path().join("dist")).unwrap();
        let staged = vec![
            out.stage_linked(Path::new("fonts/a.woff2"), b"font bytes", Some(&cached))
                .unwrap(),
            out.stage_linked(
                Path::new("fonts/b.woff2"),
                b"other",
                Some(&dir.path().join("none")),
            )
            .unwrap(),
        ];
        assert_eq!(out.commit(staged).unwrap(), vec![Written::Changed; 2]);
        let root = dir.path().join("dist/fonts");
        assert_eq!(std::fs::read(root.join("a.woff2")).unwrap(), b"font bytes");
        assert_eq!(std::fs::read(root.join("b.woff2")).unwrap(), b"other");
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let links = |p: &Path| std::fs::metadata(p).unwrap().nlink();
            assert_eq!(links(&root.join("a.woff2")), 2);
            assert_eq!(links(&cached), 2);
            assert_eq!(links(&root.join("b.woff2")), 1);
        }
        // Unchanged bytes are left as they are.
        let again = out
            .stage_linked(Path::new("fonts/a.woff2"), b"font bytes", Some(&cached))
            .unwrap();
        assert_eq!(out.commit(vec![again]).unwrap(), vec![Written::Unchanged]);
    }

    #[test]
    fn writes_replace_and_skip_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let out = Output::new(&dir.path().join("dist")).unwrap();
        let rel = Path::new("a/b.html");
        assert_eq!(out.write(rel, b"one").unwrap(), Written::Changed);
        assert_eq!(out.write(rel, b"one").unwrap(), Written::Unchanged);
        assert_eq!(out.write(rel, b"two").unwrap(), Written::Changed);
        assert_eq!(
            std::fs::read(dir.path().join("dist/a/b.html")).unwrap(),
            b"two"
        );
        out.finish();
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("dist")]);
    }

    #[test]
    fn staged_files_change_nothing_until_committed() {
        let dir = tempfile::tempdir().unwrap();
        let out = Output::new(&dir.path().join("dist")).unwrap();
        let (a, b) = (Path::new("s/a.pdf"), Path::new("s/b.pdf"));
        out.write(a, b"old a").unwrap();
        let staged_a = out.stage(a, b"new a").unwrap();
        let staged_b = out.stage(b, b"new b").unwrap();
        assert_eq!(staged_a.size(), 5);
        // Staged, not committed: the outputs are as they were.
        assert_eq!(
            std::fs::read(dir.path().join("dist/s/a.pdf")).unwrap(),
            b"old a"
        );
        assert!(!dir.path().join("dist/s/b.pdf").exists());
        // A build that fails drops what it staged: nothing is left behind.
        drop((staged_a, staged_b));
        assert_eq!(
            std::fs::read(dir.path().join("dist/s/a.pdf")).unwrap(),
            b"old a"
        );
        assert_eq!(std::fs::read_dir(&out.staging).unwrap().count(), 0);
        // Committed, they replace the outputs together; unchanged bytes are not rewritten.
        let staged = vec![
            out.stage(a, b"new a").unwrap(),
            out.stage(b, b"new b").unwrap(),
            out.stage(a, b"new a").unwrap(),
        ];
        let done = out.commit(staged).unwrap();
        assert_eq!(done, vec![Written::Changed; 3]);
        assert_eq!(
            std::fs::read(dir.path().join("dist/s/a.pdf")).unwrap(),
            b"new a"
        );
        assert_eq!(
            std::fs::read(dir.path().join("dist/s/b.pdf")).unwrap(),
            b"new b"
        );
        let again = out.commit(vec![out.stage(b, b"new b").unwrap()]).unwrap();
        assert_eq!(again, vec![Written::Unchanged]);
        assert_eq!(std::fs::read_dir(&out.staging).unwrap().count(), 0);
    }
}

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
        let dest = self.root.join(rel);
        if let Ok(existing) = std::fs::read(&dest)
            && existing == bytes
        {
            return Ok(Written::Unchanged);
        }
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| io_error("output-create", "create folder", parent, &e))?;
        }
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let tmp = self.staging.join(format!("{}-{n}.tmp", std::process::id()));
        write_file(&tmp, bytes).map_err(|e| io_error("output-write", "write", &tmp, &e))?;
        if let Err(e) = std::fs::rename(&tmp, &dest) {
            let _ = std::fs::remove_file(&tmp);
            if e.raw_os_error() != Some(EXDEV) {
                return Err(io_error("output-write", "replace", &dest, &e));
            }
            // Another file system (EXDEV): stage next to the destination instead.
            let name = dest
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let near = dest.with_file_name(format!(".{name}.safha-{}-{n}.tmp", std::process::id()));
            write_file(&near, bytes).map_err(|_| io_error("output-write", "write", &dest, &e))?;
            std::fs::rename(&near, &dest).map_err(|e| {
                let _ = std::fs::remove_file(&near);
                io_error("output-write", "replace", &dest, &e)
            })?;
        }
        Ok(Written::Changed)
    }

    /// Writes several files, each atomically, on all cores (the writes are system calls
    /// that wait on the file system more than on the processor). Returns what was done to
    /// each, in order, or the first error in that order.
    pub fn write_all(&self, files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<Written>, Diagnostic> {
        use rayon::prelude::*;
        files
            .par_iter()
            .map(|(rel, bytes)| self.write(rel, bytes))
            .collect::<Vec<_>>()
            .into_iter()
            .collect()
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
}

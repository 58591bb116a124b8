//! Atomic file output: nothing is ever half-written, and builds running together never
//! touch each other's files.
//!
//! Each file is written in full to this build's own staging folder and then renamed over
//! its destination, which is atomic on POSIX file systems. The staging folder sits beside
//! the output folder (on the same file system, never inside it, so a killed build leaves no
//! temporary file among the outputs), or inside it in `.safha-staging/` when the output
//! folder is a mount point of its own. Each build holds a lock on its staging folder for as
//! long as it runs; a later build removes only folders whose lock is free, whose builds are
//! gone (a lock dies with its process, also across PID namespaces, where process ids say
//! nothing). An interrupted build (Ctrl-C, SIGTERM) removes what it staged before it
//! exits. A file whose bytes are already in place is not touched, so unchanged outputs keep
//! their timestamps.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::diag::{Diagnostic, io_error};

/// Writes files atomically under one root folder.
#[derive(Debug)]
pub struct Output {
    root: PathBuf,
    /// Where this build's staging folders live (shared by builds into the same output).
    area: PathBuf,
    /// This build's own staging folder.
    staging: PathBuf,
    /// Held while the build runs: tells later builds the folder is in use.
    _lock: std::fs::File,
    counter: AtomicU64,
}

/// What [`Output::write`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    Changed,
    Unchanged,
}

/// Staging folders and temporary files of this process, removed by the interrupt handler.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn register(path: &Path) {
    if let Ok(mut live) = LIVE.lock() {
        live.push(path.to_path_buf());
    }
}

fn unregister(path: &Path) {
    if let Ok(mut live) = LIVE.lock() {
        live.retain(|p| p != path);
    }
}

/// On Ctrl-C or SIGTERM: removes every staging folder and temporary file this process is
/// writing, says so in one line, and exits with 130. The outputs are each whole: the old
/// file or the new one.
pub fn handle_interrupts() {
    let _ = ctrlc::set_handler(|| {
        if let Ok(live) = LIVE.lock() {
            for path in live.iter() {
                if path.is_dir() {
                    let _ = std::fs::remove_dir_all(path);
                    // The shared staging area too, if no other build is using it.
                    if let Some(area) = path.parent() {
                        let _ = std::fs::remove_dir(area);
                    }
                } else {
                    let _ = std::fs::remove_file(path);
                }
            }
        }
        eprintln!("safha: interrupted; every output is whole (old or new), nothing staged is left");
        std::process::exit(130);
    });
}

impl Output {
    /// Prepares writing under `root` (created if missing).
    pub fn new(root: &Path) -> Result<Output, Diagnostic> {
        std::fs::create_dir_all(root)
            .map_err(|e| io_error("output-create", "create output folder", root, &e))?;
        let area = staging_area(root);
        clean_stale_staging(&area);
        let (staging, lock) = claim(&area)?;
        Ok(Output {
            root: root.to_path_buf(),
            area,
            staging,
            _lock: lock,
            counter: AtomicU64::new(0),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
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
        // What the build cache checks an output against later; a file of safha's cache
        // (a web font) is never recorded as an article's output.
        let hash = match source {
            None => blake3::hash(bytes).to_hex().to_string(),
            Some(_) => String::new(),
        };
        if holds(&dest, bytes) {
            return Ok(Staged {
                dest,
                size,
                hash,
                tmp: None,
            });
        }
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let tmp = self.staging.join(format!("{n}.tmp"));
        let linked = source.is_some_and(|source| std::fs::hard_link(source, &tmp).is_ok());
        if !linked && let Err(e) = write_file(&tmp, bytes) {
            let _ = std::fs::remove_file(&tmp);
            return Err(io_error("output-write", "write", &tmp, &e));
        }
        Ok(Staged {
            dest,
            size,
            hash,
            tmp: Some(tmp),
        })
    }

    /// [`stage`](Output::stage) for bytes made as they are written: `write` writes them
    /// to the staged file (hashed and counted on the way), so that they are never all in
    /// memory. What `write` returns comes back with the staged file; if it fails, nothing
    /// is staged.
    pub fn stage_written<T>(
        &self,
        rel: &Path,
        write: impl FnOnce(&mut dyn Write) -> Result<T, Diagnostic>,
    ) -> Result<(Staged, T), Diagnostic> {
        let dest = self.root.join(rel);
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let tmp = self.staging.join(format!("{n}.tmp"));
        let file =
            std::fs::File::create(&tmp).map_err(|e| io_error("output-write", "write", &tmp, &e))?;
        let mut sink = Hashing {
            out: std::io::BufWriter::with_capacity(1 << 16, file),
            hasher: blake3::Hasher::new(),
            size: 0,
        };
        let made = write(&mut sink).and_then(|made| {
            sink.flush()
                .map_err(|e| io_error("output-write", "write", &tmp, &e))?;
            Ok(made)
        });
        let Hashing { hasher, size, .. } = sink;
        let made = match made {
            Ok(made) => made,
            Err(d) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(d);
            }
        };
        let hash = hasher.finalize().to_hex().to_string();
        // Already in place: the destination is left as it is.
        let same = std::fs::metadata(&dest).is_ok_and(|m| m.len() == size)
            && file_hash(&dest).is_some_and(|h| h == hash);
        let tmp = if same {
            let _ = std::fs::remove_file(&tmp);
            None
        } else {
            Some(tmp)
        };
        let staged = Staged {
            dest,
            size,
            hash,
            tmp,
        };
        Ok((staged, made))
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
                register(&near);
                let moved = std::fs::copy(&tmp, &near).and_then(|_| std::fs::rename(&near, dest));
                let _ = std::fs::remove_file(&tmp);
                if moved.is_err() {
                    let _ = std::fs::remove_file(&near);
                }
                unregister(&near);
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
        let _ = std::fs::remove_dir_all(&self.staging);
        unregister(&self.staging);
        // The shared folder goes once no build uses it (this fails while one does).
        let _ = std::fs::remove_dir(&self.area);
    }
}

/// A file written to the staging folder and not yet in place (see [`Output::stage`]).
#[derive(Debug)]
pub struct Staged {
    dest: PathBuf,
    size: u64,
    /// BLAKE3 of the staged bytes: what the build cache checks the output against later.
    hash: String,
    /// `None` when the destination already holds these bytes.
    tmp: Option<PathBuf>,
}

impl Staged {
    /// The size of the staged bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The BLAKE3 hash (hex) of the staged bytes.
    pub fn hash(&self) -> &str {
        &self.hash
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

/// A writer that hashes and counts what it passes on.
struct Hashing<W> {
    out: W,
    hasher: blake3::Hasher,
    size: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Whether the file at `path` holds exactly `bytes`: its size first, then its content a
/// piece at a time (read whole, a long article's page was held twice on a rebuild).
fn holds(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.len() == bytes.len() as u64) {
        return false;
    }
    let mut file = std::io::BufReader::new(file);
    let mut piece = [0u8; 1 << 16];
    let mut rest = bytes;
    loop {
        match file.read(&mut piece) {
            Ok(0) => return rest.is_empty(),
            Ok(n) if n <= rest.len() && piece[..n] == rest[..n] => rest = &rest[n..],
            Ok(_) | Err(_) => return false,
        }
    }
}

/// BLAKE3 of the file at `path`, read a piece at a time.
fn file_hash(path: &Path) -> Option<String> {
    let mut hasher = blake3::Hasher::new();
    let file = std::fs::File::open(path).ok()?;
    std::io::copy(&mut std::io::BufReader::new(file), &mut hasher).ok()?;
    Some(hasher.finalize().to_hex().to_string())
}

fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::File::create(path)?;
    f.write_all(bytes)?;
    f.flush()
}

/// Where staging folders go: `<parent>/.safha-tmp-<name>`, beside the output folder on
/// the same file system; or `<output>/.safha-staging` when the output folder is a mount
/// point (a file staged beside it could not be renamed into it).
fn staging_area(root: &Path) -> PathBuf {
    let name = root
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_string());
    let parent = root.parent().unwrap_or(root);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let device = |p: &Path| std::fs::metadata(p).map(|m| m.dev()).ok();
        if device(parent) != device(root) {
            return root.join(".safha-staging");
        }
    }
    parent.join(format!(".safha-tmp-{name}"))
}

/// The name of the lock file inside a staging folder.
const LOCK: &str = "lock";

/// Makes this build's own staging folder in `area`, locked from the moment it has its
/// name: it is made and locked as `.claim-<name>` and then renamed (a lock stays with its
/// open file), so no other build ever sees it unlocked and takes it for a dead one.
fn claim(area: &Path) -> Result<(PathBuf, std::fs::File), Diagnostic> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    for attempt in 0..100u32 {
        let name = format!("{}-{stamp:x}-{attempt}", std::process::id());
        let dir = area.join(&name);
        let claiming = area.join(format!("{CLAIMING}{name}"));
        // Another build may remove the shared folder the moment it is empty: make it
        // again and retry.
        if let Err(e) = std::fs::create_dir_all(area) {
            return Err(io_error("output-create", "create staging folder", area, &e));
        }
        match std::fs::create_dir(&claiming) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(io_error(
                    "output-create",
                    "create staging folder",
                    &claiming,
                    &e,
                ));
            }
        }
        register(&claiming);
        let lock = std::fs::File::create(claiming.join(LOCK))
            .and_then(|f| match f.try_lock() {
                Ok(()) => Ok(f),
                Err(std::fs::TryLockError::WouldBlock) => {
                    Err(std::io::ErrorKind::WouldBlock.into())
                }
                Err(std::fs::TryLockError::Error(e)) => Err(e),
            })
            .and_then(|f| std::fs::rename(&claiming, &dir).map(|()| f));
        unregister(&claiming);
        return match lock {
            Ok(lock) => {
                register(&dir);
                Ok((dir, lock))
            }
            // Taken for a dead build's and being removed under us (by a build that cannot
            // see this process, in another PID namespace): try another name.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::WouldBlock
                ) =>
            {
                let _ = std::fs::remove_dir_all(&claiming);
                continue;
            }
            Err(e) => {
                let _ = std::fs::remove_dir_all(&claiming);
                Err(io_error("output-create", "lock staging folder", &dir, &e))
            }
        };
    }
    Err(Diagnostic::error(
        "output-create",
        format!("no staging folder could be made in {}", area.display()),
    ))
}

/// The name prefix of a staging folder being made (see [`claim`]).
const CLAIMING: &str = ".claim-";

/// Removes the staging folders of builds that are gone (a build that was killed left
/// them): a named folder whose lock nobody holds, or that has no lock; a folder still
/// being claimed whose maker is gone. A folder another build is using is left alone.
fn clean_stale_staging(area: &Path) {
    let Ok(entries) = std::fs::read_dir(area) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            // A temporary file of an older safha, which staged files here directly.
            let _ = std::fs::remove_file(&path);
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let old = || {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() > 60))
        };
        let free = match name.strip_prefix(CLAIMING) {
            // Being made: its maker locks it within microseconds. Gone only when its
            // maker is (or it is old), and then only if the lock is not held: a build in
            // another PID namespace, whose pid this one cannot see, holds its lock.
            // A build in another PID namespace may be making it (its pid means nothing
            // here): should this remove it, that build takes another name (see `claim`).
            Some(maker) => {
                (!maker_alive(maker) || old())
                    && match std::fs::File::open(path.join(LOCK)) {
                        Ok(f) => f.try_lock().is_ok(),
                        Err(_) => true,
                    }
            }
            None => match std::fs::File::open(path.join(LOCK)) {
                Ok(f) => f.try_lock().is_ok(),
                // Killed while removing it: its lock went first.
                Err(_) => !maker_alive(&name) || old(),
            },
        };
        if free {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// Whether the process that made the staging folder `name` (`<pid>-<stamp>-<attempt>`,
/// see [`claim`]) may still be running. Only Linux can tell cheaply (`/proc`); elsewhere
/// the answer is yes and the folder's age decides.
fn maker_alive(name: &str) -> bool {
    let Some(pid) = name.split('-').next().filter(|p| p.parse::<u32>().is_ok()) else {
        return false;
    };
    let proc = Path::new("/proc");
    if cfg!(target_os = "linux") && proc.join("self").exists() {
        proc.join(pid).exists()
    } else {
        true
    }
}

/// Writes one file atomically (temporary file in the same folder, then rename): for files
/// the user edits, such as `locales/en/<slug>.ftl`, and the cache's. The temporary file is
/// removed after any failure and on an interrupt; one left by a killed process is removed
/// by the next write into that folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| io_error("write", "create folder", parent, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_abandoned(parent, &name);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = parent.join(format!(".{name}.safha-{}-{n}.tmp", std::process::id()));
    register(&tmp);
    let done = write_file(&tmp, bytes)
        .map_err(|e| io_error("write", "write", path, &e))
        .and_then(|()| {
            std::fs::rename(&tmp, path).map_err(|e| io_error("write", "replace", path, &e))
        });
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    unregister(&tmp);
    done
}

/// How old a temporary file of [`write_atomic`] must be to count as abandoned: a live
/// write takes milliseconds.
const ABANDONED: std::time::Duration = std::time::Duration::from_secs(600);

/// Removes temporary files of `name` that a killed process left in `dir`.
fn remove_abandoned(dir: &Path, name: &str) {
    let prefix = format!(".{name}.safha-");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > ABANDONED));
        if file.starts_with(&prefix) && file.ends_with(".tmp") && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One file staged and committed.
    fn write(out: &Output, rel: &Path, bytes: &[u8]) -> Result<Written, Diagnostic> {
        let staged = out.stage(rel, bytes)?;
        out.commit(vec![staged]).map(|w| w[0])
    }

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
    fn a_folder_left_unlocked_by_a_killed_build_goes_at_the_next_build() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("dist");
        std::fs::create_dir_all(&root).unwrap();
        let area = staging_area(&root);
        // Killed between making its folder and locking it: its maker is gone. A pid
        // above Linux's largest (2^22) names a process that cannot exist.
        let orphan = area.join(".claim-4194305-1-0");
        std::fs::create_dir_all(&orphan).unwrap();
        std::fs::write(orphan.join("0.tmp"), b"half").unwrap();
        // A build still making its folder (this process) is left alone.
        let claiming = area.join(format!(".claim-{}-2-0", std::process::id()));
        std::fs::create_dir_all(&claiming).unwrap();
        drop(Output::new(&root).unwrap());
        assert!(!orphan.exists());
        assert!(claiming.exists());
        std::fs::remove_dir(&claiming).unwrap();
        drop(Output::new(&root).unwrap());
        assert!(!area.exists(), "the staging area outlived every build");
    }

    #[test]
    fn bytes_staged_as_written_are_those_staged_whole_and_a_failed_writer_stages_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = Output::new(&dir.path().join("dist")).unwrap();
        let rel = Path::new("a/b.pdf");
        let bytes: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let write_in_pieces = |w: &mut dyn Write| -> Result<usize, Diagnostic> {
            for piece in bytes.chunks(1000) {
                w.write_all(piece)
                    .map_err(|e| Diagnostic::error("t", e.to_string()))?;
            }
            Ok(7)
        };
        let (staged, told) = out.stage_written(rel, write_in_pieces).unwrap();
        let whole = out.stage(Path::new("a/c.pdf"), &bytes).unwrap();
        assert_eq!(told, 7);
        assert_eq!((staged.size(), staged.hash()), (whole.size(), whole.hash()));
        assert_eq!(
            out.commit(vec![staged, whole]).unwrap(),
            vec![Written::Changed; 2]
        );
        assert_eq!(
            std::fs::read(dir.path().join("dist/a/b.pdf")).unwrap(),
            bytes
        );
        // The same bytes again leave the file as it is.
        let (again, _) = out.stage_written(rel, write_in_pieces).unwrap();
        assert_eq!(out.commit(vec![again]).unwrap(), vec![Written::Unchanged]);
        // A writer that fails half-way: an error, no file staged, the output kept.
        let failing = out.stage_written(rel, |w: &mut dyn Write| -> Result<(), Diagnostic> {
            w.write_all(b"%PDF-1.7 half").unwrap();
            Err(Diagnostic::error("pdf-write", "cannot"))
        });
        assert!(failing.is_err());
        let left: Vec<_> = (std::fs::read_dir(&out.staging).unwrap())
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(
            std::fs::read(dir.path().join("dist/a/b.pdf")).unwrap(),
            bytes
        );
        out.finish();
    }

    #[test]
    fn writes_replace_and_skip_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let out = Output::new(&dir.path().join("dist")).unwrap();
        let rel = Path::new("a/b.html");
        assert_eq!(write(&out, rel, b"one").unwrap(), Written::Changed);
        assert_eq!(write(&out, rel, b"one").unwrap(), Written::Unchanged);
        assert_eq!(write(&out, rel, b"two").unwrap(), Written::Changed);
        assert_eq!(
            std::fs::read(dir.path().join("dist/a/b.html")).unwrap(),
            b"two"
        );
        // Longer than a piece read at a time, the same size, one byte different.
        let long = vec![b'x'; 200_000];
        let mut other = long.clone();
        other[150_000] = b'y';
        assert_eq!(write(&out, rel, &long).unwrap(), Written::Changed);
        assert_eq!(write(&out, rel, &long).unwrap(), Written::Unchanged);
        assert_eq!(write(&out, rel, &other).unwrap(), Written::Changed);
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
        write(&out, a, b"old a").unwrap();
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
        assert_eq!(staged_files(&out), 0);
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
        assert_eq!(staged_files(&out), 0);
    }

    /// Files staged and not committed (the lock file aside).
    fn staged_files(out: &Output) -> usize {
        std::fs::read_dir(&out.staging)
            .unwrap()
            .filter(|e| e.as_ref().is_ok_and(|e| e.file_name() != LOCK))
            .count()
    }

    #[test]
    fn builds_together_keep_their_own_staging_and_a_dead_one_is_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("dist");
        let a = Output::new(&root).unwrap();
        let b = Output::new(&root).unwrap();
        assert_ne!(a.staging, b.staging);
        let staged = a.stage(Path::new("x.html"), b"a").unwrap();
        // A third build starting now removes neither live folder.
        drop(Output::new(&root).unwrap());
        assert!(a.staging.is_dir() && b.staging.is_dir());
        // One that finishes leaves the other's folder and staged file in place.
        drop(b);
        assert!(a.staging.is_dir());
        assert_eq!(a.commit(vec![staged]).unwrap(), vec![Written::Changed]);
        // A build that died (its lock is free) is cleaned by the next one.
        let dead = a.area.join("12345-dead-0");
        std::fs::create_dir_all(&dead).unwrap();
        std::fs::write(dead.join(LOCK), b"").unwrap();
        std::fs::write(dead.join("0.tmp"), b"half").unwrap();
        drop(Output::new(&root).unwrap());
        assert!(!dead.exists());
        assert!(a.staging.is_dir());
        drop(a);
        assert!(!dir.path().join(".safha-tmp-dist").exists());
    }

    #[test]
    fn a_failed_atomic_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // The destination is a folder: the rename fails after the write.
        let target = dir.path().join("a.ftl");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("inside"), b"x").unwrap();
        assert!(write_atomic(&target, b"text").is_err());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.ftl")]);
    }
}

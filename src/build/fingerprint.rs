//! What a cached article's outputs depend on, hashed: the key under which the cache keeps
//! what its last build made.
//!
//! Exhaustive by construction: [`Fingerprint::of`] destructures the build's options and the
//! project without `..`, so an option or a project setting added later does not compile
//! until it is hashed here or named as changing no output; a test checks the same of the
//! options' serialized form.

use std::path::{Path, PathBuf};

use super::options::{Formats, Options};
use crate::project::Project;
use crate::stamps::Stamps;

/// The build-wide part of every article's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint(blake3::Hash);

impl Fingerprint {
    /// Hashes safha itself, every option and every project-wide input.
    pub fn of(project: &Project, options: &Options) -> Fingerprint {
        let mut h = blake3::Hasher::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        // The executable itself: a rebuilt safha may render differently under one version.
        h.update(executable_id(&crate::project::cache_root(&project.root)).as_bytes());

        let Options {
            strict,
            formats: Formats { html, pdf },
            stale,
            self_contained,
            live_reload,
            // A bar on the terminal.
            progress: _,
            // Whether records are reused, not what they hold.
            cache: _,
        } = options;
        for flag in [strict, html, pdf, self_contained, live_reload] {
            h.update(&[u8::from(*flag)]);
        }
        h.update(format!("{stale:?}").as_bytes());

        let Project {
            root,
            // Read from safha.toml, whose bytes are hashed below.
            config: _,
            source,
            languages,
            locale_langs,
            // The cache is kept per output folder.
            out_dir: _,
            // Shown by every build, cached or not.
            warnings: _,
        } = project;
        for lang in std::iter::once(source).chain(languages).chain(locale_langs) {
            h.update(lang.tag().as_bytes());
            h.update(b"\0");
        }
        h.update(
            std::env::var("SOURCE_DATE_EPOCH")
                .unwrap_or_default()
                .as_bytes(),
        );
        hash_file(&mut h, root, &root.join(crate::config::FILE_NAME));
        for lang in locale_langs {
            let ui = project
                .locales_dir()
                .join(lang.tag())
                .join(crate::l10n::ui::FILE_NAME);
            hash_file(&mut h, root, &ui);
        }
        let mut stamps = Stamps::load(&crate::project::cache_root(root));
        for sub in [crate::project::TEMPLATES_DIR, crate::project::FONTS_DIR] {
            hash_tree(&mut h, root, &root.join(sub), &mut stamps);
        }
        stamps.save();
        Fingerprint(h.finalize())
    }

    /// The key of an article: its own files (its Markdown, its messages in every
    /// language) on top of the build-wide part. `None` when the Markdown cannot be read.
    pub fn article_key(&self, project: &Project, path: &Path, slug: &str) -> Option<String> {
        let mut h = blake3::Hasher::new();
        h.update(self.0.as_bytes());
        h.update(&crate::input::read(&project.root, path, path, crate::input::MAX_TEXT).ok()?);
        for lang in &project.locale_langs {
            hash_file(&mut h, &project.root, &project.article_ftl(lang, slug));
        }
        Some(h.finalize().to_hex().to_string())
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
    let modified = crate::stamps::modified_nanos(&meta);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Options that change no output, so a build with them may reuse one made without them.
    const WITHOUT_EFFECT: [&str; 2] = ["progress", "cache"];

    /// Every leaf of the options' serialized form, by its path (`formats.html`).
    fn leaves(value: &serde_json::Value, at: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(fields) => {
                for (name, v) in fields {
                    let path = if at.is_empty() {
                        name.clone()
                    } else {
                        format!("{at}.{name}")
                    };
                    leaves(v, &path, out);
                }
            }
            _ => out.push(at.to_string()),
        }
    }

    #[test]
    fn every_option_changes_the_fingerprint_or_is_named_as_changing_no_output() {
        let dir = tempfile::tempdir().unwrap();
        crate::scaffold::init(&dir.path().join("p")).unwrap();
        let project = Project::open(&dir.path().join("p"), None).unwrap();
        let defaults = serde_json::to_value(Options::default()).unwrap();
        let base = Fingerprint::of(&project, &Options::default());
        let mut fields = Vec::new();
        leaves(&defaults, "", &mut fields);
        assert!(fields.len() >= 7, "{fields:?}");
        for field in fields {
            let mut varied = defaults.clone();
            let slot = field.split('.').fold(&mut varied, |v, name| &mut v[name]);
            *slot = match slot.clone() {
                serde_json::Value::Bool(b) => serde_json::Value::Bool(!b),
                serde_json::Value::String(s) if s == "Use" => "Fallback".into(),
                other => panic!(
                    "a new option `{field}` ({other}): hash it in Fingerprint::of (or name it \
                     in WITHOUT_EFFECT), then teach this test to vary it"
                ),
            };
            let options: Options = serde_json::from_value(varied).unwrap();
            let changed = Fingerprint::of(&project, &options) != base;
            let root = field.split('.').next().unwrap_or_default();
            assert_eq!(
                changed,
                !WITHOUT_EFFECT.contains(&root),
                "option `{field}`: the fingerprint {} when it changes",
                if changed { "changes" } else { "stays the same" }
            );
        }
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

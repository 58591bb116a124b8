//! Watching the sources for `safha serve`: one call per settled burst of changes, so an
//! editor that writes a file in several steps triggers one rebuild.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::diag::Diagnostic;

/// Keeps the watch alive while held.
pub type Watching = Arc<Mutex<notify::RecommendedWatcher>>;

/// Source folders and files whose changes trigger a rebuild.
const WATCHED: &[&str] = &["content", "locales", "templates", "fonts", "safha.toml"];

/// How long to let a burst of file events settle before rebuilding.
const SETTLE: Duration = Duration::from_millis(150);

/// Watches the project's sources (never `out`); each settled burst of changes calls
/// `on_change` once. Watching stops when the returned watcher is dropped.
pub fn watch(
    project_dir: &Path,
    out: &Path,
    on_change: impl Fn() + Send + 'static,
) -> Result<Watching, Diagnostic> {
    use notify::{RecursiveMode, Watcher};
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(e) = event {
            let _ = tx.send(e);
        }
    })
    .map_err(|e| Diagnostic::error("serve-watch", format!("cannot watch files: {e}")))?;
    // The root itself (not recursively), so a folder created later is noticed, and every
    // source folder recursively.
    watcher
        .watch(project_dir, RecursiveMode::NonRecursive)
        .map_err(|e| {
            Diagnostic::error(
                "serve-watch",
                format!("cannot watch {}: {e}", project_dir.display()),
            )
        })?;
    let watcher = Arc::new(Mutex::new(watcher));
    // Source folders, recursively, including one created while serving (a new
    // `templates/`): looked for again after every change.
    let mut watch_sources = {
        let watcher = watcher.clone();
        let root = project_dir.to_path_buf();
        let mut watched = std::collections::BTreeSet::new();
        move || {
            for name in WATCHED {
                let path = root.join(name);
                if path.is_dir()
                    && !watched.contains(name)
                    && let Ok(mut w) = watcher.lock()
                    && w.watch(&path, RecursiveMode::Recursive).is_ok()
                {
                    watched.insert(name);
                }
            }
        }
    };
    watch_sources();
    let root = project_dir.to_path_buf();
    let out = out.to_path_buf();
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut relevant = is_source(&root, &out, &first);
            // Let the burst settle (editors write a file in several steps).
            while let Ok(e) = rx.recv_timeout(SETTLE) {
                relevant |= is_source(&root, &out, &e);
            }
            if relevant {
                watch_sources();
                on_change();
            }
        }
    });
    Ok(watcher)
}

fn is_source(root: &Path, out: &Path, event: &notify::Event) -> bool {
    use notify::EventKind;
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|p| {
        !p.starts_with(out)
            && p.strip_prefix(root).is_ok_and(|rel| {
                rel.components()
                    .next()
                    .is_some_and(|c| WATCHED.iter().any(|w| c.as_os_str() == *w))
            })
    })
}

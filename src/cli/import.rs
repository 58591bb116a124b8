//! `safha import`

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::exchange;
use crate::project::Project;

/// The largest file import reads.
const MAX_IMPORT: u64 = 256 << 20;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// XLIFF 2.0 or PO files made by `safha export` and translated in a tool.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// Returns whether every file was imported whole.
pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, None)?;
    let mut ok = true;
    for path in &args.files {
        let imported = match read(path) {
            Ok(i) => i,
            Err(d) => {
                super::print::print_diagnostics(&[d]);
                ok = false;
                continue;
            }
        };
        let (written, errors) = exchange::apply(&project, &imported);
        super::print::print_diagnostics(&errors);
        ok &= !errors.iter().any(Diagnostic::is_error);
        for w in &written {
            let mut what = vec![format!("{} changed", w.changed.len())];
            if !w.accepted.is_empty() {
                what.push(format!("{} reviewed (no longer stale)", w.accepted.len()));
            }
            eprintln!(
                "wrote {}: {}",
                project.display(&w.path).display(),
                what.join(", ")
            );
        }
        if written.is_empty() && !errors.iter().any(Diagnostic::is_error) {
            eprintln!("{}: nothing changed", path.display());
        }
    }
    Ok(ok)
}

fn read(path: &Path) -> Result<exchange::Imported, Diagnostic> {
    let io = |e: std::io::Error| {
        Diagnostic::error("import-read", format!("cannot read it: {e}")).at_path(path)
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() || meta.len() > MAX_IMPORT {
        return Err(Diagnostic::error(
            "import-read",
            format!("not a regular file of at most {} MB", MAX_IMPORT >> 20),
        )
        .at_path(path));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Diagnostic::error("import-read", "the file is not valid UTF-8").at_path(path)
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    exchange::read(path, text)
}

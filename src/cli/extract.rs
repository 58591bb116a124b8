//! `safha extract`

use std::path::Path;

use crate::diag::Diagnostic;
use crate::extract;
use crate::project::Project;

#[derive(clap::Args, Debug)]
pub struct Args {}

/// Returns whether every article was extracted.
pub fn run(project_dir: &Path, _args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, None)?;
    let report = extract::extract(&project)?;
    super::print_diagnostics(&report.diagnostics);
    for e in &report.extracted {
        eprintln!(
            "{} {} ({} messages)",
            if e.changed { "wrote" } else { "unchanged" },
            e.file.display(),
            e.messages
        );
    }
    Ok(!report.diagnostics.iter().any(Diagnostic::is_error))
}

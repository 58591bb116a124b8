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
    super::print::print_diagnostics(&report.diagnostics);
    for e in &report.extracted {
        eprintln!(
            "{} {} ({} messages)",
            if e.changed { "wrote" } else { "unchanged" },
            e.file.display(),
            e.messages
        );
        for (file, s) in &e.synced {
            let mut what = Vec::new();
            if !s.rekeyed.is_empty() {
                let pairs: Vec<String> = s
                    .rekeyed
                    .iter()
                    .map(|(a, b)| format!("{a} → {b}"))
                    .collect();
                what.push(format!("followed their English: {}", pairs.join(", ")));
            }
            if !s.obsoleted.is_empty() {
                what.push(format!(
                    "now obsolete (kept, commented out): {}",
                    s.obsoleted.join(", ")
                ));
            }
            if !s.revived.is_empty() {
                what.push(format!("restored: {}", s.revived.join(", ")));
            }
            if !s.placeholders.is_empty() {
                what.push(format!(
                    "{} untranslated, each a `# untranslated:` placeholder",
                    s.placeholders.len()
                ));
            }
            if !s.noted.is_empty() {
                what.push(format!("{} given an `# en:` note", s.noted.len()));
            }
            if what.is_empty() {
                // Only the notes beside translations whose English changed.
                what.push("notes on changed English brought up to date (`safha status` lists what is stale)".into());
            }
            eprintln!("synced {}: {}", file.display(), what.join("; "));
        }
    }
    Ok(!report.diagnostics.iter().any(Diagnostic::is_error))
}

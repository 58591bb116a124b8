//! `safha status`

use std::io::IsTerminal;
use std::path::Path;

use crate::diag::Diagnostic;
use crate::l10n::publish::StalePolicy;
use crate::project::Project;
use crate::status::{self, render_diff};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print the report as JSON (one object per article and language) on stdout.
    #[arg(long)]
    pub json: bool,
    /// Count stale translations as the build with this `--stale` would (`fallback`: as
    /// untranslated, since the build shows the English instead).
    #[arg(long, value_enum, default_value_t)]
    pub stale: StalePolicy,
}

/// Returns whether every article and translation file could be read.
pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, None)?;
    let report = status::status(&project, args.stale)?;
    super::print::print_diagnostics(&report.diagnostics);
    if args.json {
        let json = serde_json::to_string_pretty(&report.statuses)
            .map_err(|e| Diagnostic::error("status-json", e.to_string()))?;
        super::print::print_out(&format!("{json}\n"));
    } else {
        use std::fmt::Write;
        let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let mut text = String::new();
        for s in &report.statuses {
            let _ = writeln!(
                text,
                "{} [{}] {:.1} % of {} words translated{}: {} of {} segments translated, \
                 {} missing, {} stale, {} obsolete ({})",
                s.article,
                s.lang,
                s.complete_percent,
                s.words,
                if s.published {
                    String::new()
                } else {
                    format!(
                        ", below min_complete {} %, not published",
                        project.config.min_complete
                    )
                },
                s.translated,
                s.total,
                s.missing,
                s.stale,
                s.obsolete,
                s.file.display()
            );
            for id in &s.missing_ids {
                let _ = writeln!(text, "  missing   {id}");
            }
            for st in &s.stale_items {
                let _ = writeln!(
                    text,
                    "  stale     {}: {}",
                    st.id,
                    render_diff(&st.diff, color)
                );
            }
            for id in &s.obsolete_ids {
                let _ = writeln!(text, "  obsolete  {id}");
            }
        }
        super::print::print_out(&text);
    }
    Ok(!report.diagnostics.iter().any(Diagnostic::is_error))
}

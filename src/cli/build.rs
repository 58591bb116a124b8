//! `safha build`

use std::path::{Path, PathBuf};

use crate::build::{self, Formats, Options, StalePolicy};
use crate::diag::Diagnostic;
use crate::project::Project;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Write the editions under DIR instead of the configured output folder (default dist/).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Treat missing translations as errors.
    #[arg(long)]
    pub strict: bool,
    /// Output formats, comma-separated.
    #[arg(long, value_name = "LIST", default_value = "html,pdf", value_parser = parse_formats)]
    pub format: Formats,
    /// What to do with translations made from English that has since changed: publish
    /// them with a warning, or show the current English instead.
    #[arg(long, value_enum, value_name = "POLICY", default_value = "use")]
    pub stale: StalePolicy,
    /// Write every HTML edition as one file with its stylesheet, fonts (subset to the page)
    /// and images inlined, for e-mail.
    #[arg(long)]
    pub self_contained: bool,
    /// Render every article, even those unchanged since the last build.
    #[arg(long)]
    pub no_cache: bool,
}

fn parse_formats(s: &str) -> Result<Formats, String> {
    Formats::parse(s)
}

/// Returns whether the build was clean.
pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, args.out.as_deref())?;
    let report = build::build(
        &project,
        &Options {
            strict: args.strict,
            formats: args.format,
            stale: args.stale,
            self_contained: args.self_contained,
            live_reload: false,
            progress: true,
            cache: !args.no_cache,
        },
    )?;
    super::print::print_diagnostics(&report.diagnostics);
    eprintln!(
        "built {} article{} into {} ({} file{} written, {} unchanged{}){}",
        report.built.len(),
        if report.built.len() == 1 { "" } else { "s" },
        project.out_dir.display(),
        report.files_changed,
        if report.files_changed == 1 { "" } else { "s" },
        report.files_unchanged,
        if report.cached > 0 {
            format!(
                "; {} article{} unchanged since the last build",
                report.cached,
                if report.cached == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        },
        if report.failed.is_empty() {
            String::new()
        } else {
            // Slugs come from file names, which may hold anything: controls and bidi
            // overrides are shown as escapes, never sent to the terminal.
            let shown: Vec<String> = report
                .failed
                .iter()
                .map(|s| {
                    s.chars()
                        .map(|c| match c {
                            c if c.is_control()
                                || crate::input::is_bidi_override(c)
                                || matches!(c, '\u{2066}'..='\u{2069}') =>
                            {
                                c.escape_unicode().to_string()
                            }
                            c => c.to_string(),
                        })
                        .collect()
                })
                .collect();
            format!("; not built: {}", shown.join(", "))
        }
    );
    Ok(!report.has_errors())
}

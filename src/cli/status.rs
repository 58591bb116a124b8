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
    /// Only this target language.
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// Only what needs work: one line per article and language with something missing,
    /// stale or obsolete.
    #[arg(long)]
    pub summary: bool,
    /// Only these articles (their slugs, the file names without `.md`).
    #[arg(value_name = "ARTICLE")]
    pub articles: Vec<String>,
}

/// Returns whether every article and translation file could be read.
pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, None)?;
    let mut report = status::status(&project, args.stale)?;
    if let Some(lang) = &args.lang
        && !project.targets().any(|t| t.tag() == *lang)
    {
        let known: Vec<String> = project.targets().map(|t| t.tag()).collect();
        return Err(Diagnostic::error(
            "usage-lang",
            format!("--lang {lang}: the project has no such target language"),
        )
        .with_hint(format!("its target languages: {}", known.join(", "))));
    }
    let slugs: Vec<String> = report.statuses.iter().map(|s| s.article.clone()).collect();
    if let Some(unknown) = args.articles.iter().find(|a| !slugs.contains(a)) {
        let mut known = slugs.clone();
        known.dedup();
        return Err(
            Diagnostic::error("usage-article", format!("no article `{unknown}`"))
                .with_hint(format!("the articles: {}", known.join(", "))),
        );
    }
    report.statuses.retain(|s| {
        args.lang.as_ref().is_none_or(|l| s.lang == *l)
            && (args.articles.is_empty() || args.articles.contains(&s.article))
    });
    super::print::print_diagnostics(&report.diagnostics);
    if args.summary {
        let mut text = String::new();
        for s in report
            .statuses
            .iter()
            .filter(|s| s.missing + s.stale + s.obsolete + s.copied > 0)
        {
            let mut what = Vec::new();
            for (n, name) in [
                (s.missing, "missing"),
                (s.stale, "stale"),
                (s.obsolete, "obsolete"),
                (s.copied, "copied from the English"),
            ] {
                if n > 0 {
                    what.push(format!("{n} {name}"));
                }
            }
            text.push_str(&format!(
                "{} [{}]: {}{} ({})\n",
                s.article,
                s.lang,
                what.join(", "),
                if s.published { "" } else { "; not published" },
                s.file.display()
            ));
        }
        if text.is_empty() {
            text.push_str("nothing needs work: every segment is translated and current\n");
        }
        super::print::print_out(&text);
        return Ok(!report.diagnostics.iter().any(Diagnostic::is_error));
    }
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
                 {} missing, {} stale, {} obsolete{} ({})",
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
                if s.copied > 0 {
                    format!(", {} copied from the English", s.copied)
                } else {
                    String::new()
                },
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
            for id in &s.copied_ids {
                let _ = writeln!(
                    text,
                    "  copied    {id} (the English as it is; mark it `# same-as-source` if meant)"
                );
            }
        }
        super::print::print_out(&text);
    }
    Ok(!report.diagnostics.iter().any(Diagnostic::is_error))
}

//! `safha build` as a library call: every article, every language, every edition.
//!
//! [`build`] is a flat list of phases, read top to bottom: check where the output goes,
//! load what every article shares, build the articles (in parallel, each on its own: see
//! [`article`]), then make the site's own files from what they gave. An article whose
//! inputs are broken is skipped with located errors and its previous outputs stay as they
//! were; the other articles still build. When things run is not decided here: see
//! [`schedule`].

mod article;
mod editions;
mod entry;
mod fingerprint;
mod media;
mod options;
mod prepare;
mod schedule;
mod shared;

use std::collections::BTreeSet;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::html::page::IndexEntry;
use crate::l10n::Lang;
use crate::load;
use crate::output::{Output, Written};
use crate::project::{FONT_DIR, Project};
use crate::site;

pub use crate::l10n::publish::StalePolicy;
pub use editions::pdf_date;
pub use fingerprint::Fingerprint;
pub use options::{Formats, Options};
pub use prepare::{Prepared, prepare};
pub use shared::{Shared, load_uis};

use schedule::{Ahead, Schedule};

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// Articles taken from the cache, unchanged since the last build.
    pub cached: usize,
    /// Slugs of the articles built.
    pub built: Vec<String>,
    /// Slugs of the articles not built because of errors.
    pub failed: Vec<String>,
    pub files_changed: usize,
    pub files_unchanged: usize,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    fn count(&mut self, written: &[Written]) {
        let changed = written.iter().filter(|w| **w == Written::Changed).count();
        self.files_changed += changed;
        self.files_unchanged += written.len() - changed;
    }
}

/// Builds every article of `project`, in parallel. `Err` only for problems that stop the
/// whole build.
pub fn build(project: &Project, options: &Options) -> Result<Report, Diagnostic> {
    build_with(project, options, &Ahead::new(options.formats))
}

/// [`build`], every step in its turn: the same outputs, made without anything ahead.
pub fn build_in_order(project: &Project, options: &Options) -> Result<Report, Diagnostic> {
    build_with(project, options, &schedule::InOrder)
}

fn build_with(
    project: &Project,
    options: &Options,
    schedule: &dyn Schedule,
) -> Result<Report, Diagnostic> {
    let mut report = Report {
        diagnostics: project.warnings.clone(),
        ..Report::default()
    };
    let paths = project.article_paths()?;
    schedule.start(project, &paths);
    guard_output(project)?;
    // A damaged font stops the build before anything is written.
    crate::fonts::check_project(&project.root)?;
    if options.strict {
        let errors = strict_errors(project)?;
        if !errors.is_empty() {
            report.diagnostics.extend(errors);
            report.failed = paths.iter().map(|p| load::slug_of(p)).collect();
            return Ok(report);
        }
    }
    let shared = Shared::load(project, options, &mut report.diagnostics)?;
    let out = Output::new(&project.out_dir)?;
    schedule.expect_articles(paths.len());
    let outcomes = build_articles(&shared, &paths, &out, schedule);
    let content = collect(outcomes, &mut report);
    write_site(&shared, &content, &out, schedule, &mut report)?;
    out.finish();
    Ok(report)
}

/// The output may not overwrite or mix with the project's own files. Compared resolved: a
/// link named dist/ that leads into content/ is content/.
fn guard_output(project: &Project) -> Result<(), Diagnostic> {
    let out_dir = crate::input::resolved(&project.out_dir);
    let root = crate::input::resolved(&project.root);
    if root.starts_with(&out_dir) {
        return Err(Diagnostic::error(
            "output-in-project-files",
            "the output folder would hold the project itself",
        )
        .at_path(project.display(&project.out_dir))
        .with_hint("choose a folder of its own for the output (the default is dist/)"));
    }
    // The cache (`.safha-cache/` or $SAFHA_CACHE_DIR) is safha's own too: an output
    // folder holding it would mix the site with the cached fonts and records. (A folder
    // inside it is fine: `serve` previews into one.)
    let cache = crate::input::resolved(&crate::project::cache_root(&project.root));
    if cache.starts_with(&out_dir) {
        return Err(Diagnostic::error(
            "output-in-project-files",
            "the output folder would hold safha's cache folder",
        )
        .at_path(project.display(&project.out_dir))
        .with_hint(format!(
            "choose an output folder apart from {} (the default is dist/)",
            cache.display()
        )));
    }
    for input in ["content", "locales", "fonts", "templates"] {
        if out_dir.starts_with(root.join(input)) {
            return Err(Diagnostic::error(
                if input == "content" {
                    "output-in-content"
                } else {
                    "output-in-project-files"
                },
                format!("the output folder is inside {input}/"),
            )
            .at_path(project.display(&project.out_dir))
            .with_hint(format!(
                "choose an output folder outside {input}/ (the default is dist/)"
            )));
        }
    }
    Ok(())
}

/// --strict publishes nothing that `safha check` finds wrong in a language it would
/// publish (a translator's added link, a control character, a character no font has).
fn strict_errors(project: &Project) -> Result<Vec<Diagnostic>, Diagnostic> {
    let checked = crate::check::check(project, &crate::check::Options::default())?;
    let locales = project.display(&project.locales_dir()).to_path_buf();
    let published = |d: &Diagnostic| match d.path.as_deref() {
        Some(path) => match path.strip_prefix(&locales) {
            Ok(rest) => rest
                .components()
                .next()
                .and_then(|c| Lang::parse(&c.as_os_str().to_string_lossy()))
                .is_some_and(|l| project.languages.contains(&l)),
            Err(_) => true,
        },
        None => true,
    };
    Ok(checked
        .diagnostics
        .into_iter()
        .filter(|d| d.is_error() && published(d))
        .collect())
}

/// Every article, on all cores.
fn build_articles(
    shared: &Shared<'_>,
    paths: &[PathBuf],
    out: &Output,
    schedule: &dyn Schedule,
) -> Vec<article::Outcome> {
    let progress = progress_bar(shared.options.progress, paths.len());
    let outcomes = paths
        .par_iter()
        .enumerate()
        .map(|(place, path)| {
            let outcome = article::build(shared, place, path, out, schedule);
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();
    outcomes
}

/// What the site's own files are made from.
struct SiteContent {
    index: Vec<IndexEntry>,
    chars: BTreeSet<char>,
    /// Failed articles with no earlier build on record: the site's own files cannot list
    /// them, so the previous ones stay.
    unrecorded: Vec<String>,
}

/// The outcomes into the report, and the site's content.
fn collect(outcomes: Vec<article::Outcome>, report: &mut Report) -> SiteContent {
    let mut site = SiteContent {
        index: Vec::new(),
        chars: BTreeSet::new(),
        unrecorded: Vec::new(),
    };
    for o in outcomes {
        report.diagnostics.extend(o.diagnostics);
        match o.result {
            article::Result::Built(b) => {
                report.cached += usize::from(b.cached);
                report.files_unchanged += b.kept;
                report.count(&b.written);
                site.chars.extend(b.chars);
                site.index.push(b.entry);
                report.built.push(o.slug);
            }
            article::Result::Failed { previous } => {
                match previous {
                    Some(last) => {
                        site.chars.extend(last.chars.chars());
                        site.index.push(last.entry);
                    }
                    None => site.unrecorded.push(o.slug.clone()),
                }
                report.failed.push(o.slug);
            }
        }
    }
    site
}

/// The index, feeds, sitemap, stylesheet and web fonts, unless an article that failed
/// has no earlier build on record: rewriting them would drop it from the site and take
/// its characters out of the fonts its kept pages still load.
fn write_site(
    shared: &Shared<'_>,
    content: &SiteContent,
    out: &Output,
    schedule: &dyn Schedule,
    report: &mut Report,
) -> Result<(), Diagnostic> {
    // Taken whether or not it is used: files made ahead are staged files.
    let ahead = schedule.site_files(&content.index, &content.chars);
    if !shared.options.formats.html {
        return Ok(());
    }
    if !content.unrecorded.is_empty() && out.root().join("index.html").exists() {
        report.diagnostics.push(
            Diagnostic::warning(
                "site-kept",
                format!(
                    "the index, feeds, sitemap and web fonts were not updated: {} failed and \
                     no earlier build of {} is on record",
                    content.unrecorded.join(", "),
                    if content.unrecorded.len() == 1 {
                        "it"
                    } else {
                        "them"
                    }
                ),
            )
            .with_hint("fix the errors above and build again"),
        );
        return Ok(());
    }
    let files = match ahead {
        Some(files) => files,
        None => site::files(&shared.site_inputs(), &content.index, &content.chars, out)?,
    };
    let written = out.commit(files.staged)?;
    for name in files.stale_fonts {
        let _ = std::fs::remove_file(out.root().join(FONT_DIR).join(name));
    }
    report.count(&written);
    Ok(())
}

/// A bar on stderr while many articles build in a terminal; hidden otherwise.
fn progress_bar(wanted: bool, articles: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !wanted || articles < 20 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(articles as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

//! `safha export`

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::exchange::{self, State};
use crate::project::Project;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// XLIFF 2.0, for OmegaT, Trados, memoQ, Weblate.
    Xliff,
    /// GNU gettext PO, for Poedit, Weblate, Pootle.
    Po,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    #[arg(long, value_enum)]
    pub format: Format,
    /// Only this target language (default: every one, a file each).
    #[arg(long, value_name = "TAG")]
    pub lang: Option<String>,
    /// The file to write (`-`: standard output). Default: `<lang>.xlf` or `<lang>.po` in
    /// the current folder.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only these articles (their slugs, the file names without `.md`).
    #[arg(value_name = "ARTICLE")]
    pub articles: Vec<String>,
}

pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, None)?;
    let langs: Vec<_> = project
        .targets()
        .filter(|l| args.lang.as_ref().is_none_or(|t| l.tag() == *t))
        .cloned()
        .collect();
    if langs.is_empty() {
        let known: Vec<String> = project.targets().map(|t| t.tag()).collect();
        return Err(Diagnostic::error(
            "usage-lang",
            format!(
                "--lang {}: the project has no such target language",
                args.lang.unwrap_or_default()
            ),
        )
        .with_hint(format!("its target languages: {}", known.join(", "))));
    }
    if langs.len() > 1 && args.out.is_some() {
        return Err(Diagnostic::error(
            "usage-lang",
            "--out names one file: say which language with --lang",
        ));
    }
    let slugs: Vec<String> = project
        .article_paths()?
        .iter()
        .map(|p| crate::load::slug_of(p))
        .collect();
    if let Some(unknown) = args.articles.iter().find(|a| !slugs.contains(a)) {
        return Err(
            Diagnostic::error("usage-article", format!("no article `{unknown}`"))
                .with_hint(format!("the articles: {}", slugs.join(", "))),
        );
    }
    for lang in langs {
        let export = exchange::export(&project, &lang, &args.articles)?;
        let (text, ext) = match args.format {
            Format::Xliff => (exchange::xliff::write(&export), "xlf"),
            Format::Po => (exchange::po::write(&export), "po"),
        };
        let out = args
            .out
            .clone()
            .unwrap_or_else(|| PathBuf::from(format!("{}.{ext}", lang.tag())));
        let units = export.articles.iter().flat_map(|a| &a.units);
        let count = |s: State| units.clone().filter(|u| u.state == s).count();
        let n = export.articles.len();
        let summary = format!(
            "{n} article{}, {} units ({} new, {} stale)",
            if n == 1 { "" } else { "s" },
            units.clone().count(),
            count(State::New),
            count(State::Stale)
        );
        if out == Path::new("-") {
            super::print::print_out(&text);
            eprintln!("{}: {summary}", lang.tag());
        } else {
            crate::output::write_atomic(&out, text.as_bytes())?;
            eprintln!("wrote {}: {summary}", out.display());
        }
    }
    Ok(true)
}

//! `safha new`

use std::path::Path;

use crate::diag::Diagnostic;
use crate::project::Project;
use crate::scaffold;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article's slug: its file name and URL (lowercase letters, digits, hyphens).
    #[arg(value_parser = parse_slug)]
    pub slug: String,
    /// The title (default: made from the slug).
    #[arg(long)]
    pub title: Option<String>,
}

fn parse_slug(s: &str) -> Result<String, String> {
    if scaffold::valid_slug(s) {
        Ok(s.to_string())
    } else {
        Err("use lowercase letters, digits and single hyphens, e.g. `budget-2025`".to_string())
    }
}

pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, None)?;
    let path = scaffold::new_article(&project, &args.slug, args.title.as_deref())?;
    eprintln!(
        "wrote {} and {}; edit the article, then run `safha extract`",
        project.display(&path).display(),
        project
            .display(&project.article_ftl(&project.source, &args.slug))
            .display()
    );
    Ok(true)
}

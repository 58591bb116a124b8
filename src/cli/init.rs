//! `safha init`

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::scaffold;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to create the project (default: the --project folder, else the current one).
    pub dir: Option<PathBuf>,
}

pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let dir = args.dir.unwrap_or_else(|| project_dir.to_path_buf());
    let written = scaffold::init(&dir)?;
    for f in &written {
        eprintln!("wrote {}", dir.join(f).display());
    }
    eprintln!(
        "a new safha project with one article in English and Urdu; run `safha --project {} build`",
        dir.display()
    );
    Ok(true)
}

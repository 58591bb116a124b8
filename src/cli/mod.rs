//! The command line: one module per subcommand, each a thin layer over the library.

mod build;
mod extract;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::diag::Diagnostic;

const EXAMPLES: &str = "\
Examples:
  safha build                      publish every article of the current project into dist/
  safha --project site build --out /tmp/web
  safha build --strict             fail (exit 1) when a translation is missing
  safha extract                    refresh locales/en/<slug>.ftl from content/<slug>.md

Exit status: 0 success, 1 problems found (errors in the input, or warnings with --strict),
2 bad usage.";

#[derive(Parser, Debug)]
#[command(
    name = "safha",
    version,
    about = "Publish an article in English and Urdu, side by side, as web pages and print-ready PDF",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// The project folder (holding content/, locales/ and safha.toml).
    #[arg(long, global = true, value_name = "DIR", default_value = ".")]
    pub project: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Render every article into every edition (HTML pages, index, fonts).
    #[command(after_help = "Examples:\n  safha build\n  safha build --out public --strict")]
    Build(build::Args),
    /// Write each article's segments to locales/<source>/<slug>.ftl for translators.
    #[command(after_help = "Examples:\n  safha extract\n  safha --project site extract")]
    Extract(extract::Args),
}

/// Runs the parsed command line; the exit code says whether problems were found.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Build(args) => build::run(&cli.project, args),
        Command::Extract(args) => extract::run(&cli.project, args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(d) => {
            print_diagnostics(std::slice::from_ref(&d));
            ExitCode::from(1)
        }
    }
}

/// Prints diagnostics to stderr, in colour when stderr is a terminal and NO_COLOR is unset.
pub fn print_diagnostics(diags: &[Diagnostic]) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for d in diags {
        eprintln!("{}", d.render(color));
    }
}

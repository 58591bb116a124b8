//! The command line: one module per subcommand, each a thin layer over the library.

mod build;
mod check;
mod export;
mod extract;
mod import;
mod init;
mod new;
mod print;
mod serve;
mod status;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

const EXAMPLES: &str = "\
Examples:
  safha build                      publish every article of the current project into dist/
  safha --project site build --out /tmp/web
  safha build --strict             fail (exit 1) when a translation is missing
  safha extract                    refresh locales/en/<slug>.ftl from content/<slug>.md
  safha status                     how much of each article is translated, what is stale
  safha check --deny-warnings      lint every .ftl file (exit 1 on any problem)
  safha export --format xliff      ur.xlf for a translation tool; `safha import ur.xlf` after
  safha init my-site               a new project that builds out of the box
  safha serve                      preview at http://127.0.0.1:8000/ with live reload

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
    /// How far each article is translated: missing, stale (with what changed) and obsolete.
    #[command(after_help = "Examples:\n  safha status\n  safha status --json > status.json")]
    Status(status::Args),
    /// Lint the Fluent files: syntax, missing/obsolete/stale messages, variables, references,
    /// plural forms, markup parity, Urdu letters and punctuation.
    #[command(
        after_help = "Examples:\n  safha check\n  safha check --json --deny-warnings\n  safha check --accept --id p-taliban-2-0-is   (after updating that translation)"
    )]
    Check(check::Args),
    /// Write the translations to XLIFF 2.0 or PO for a translation tool (OmegaT, Trados,
    /// memoQ, Weblate, Poedit): English, translation, new/translated/stale, context.
    #[command(
        after_help = "Examples:\n  safha export --format xliff --lang ur          (writes ur.xlf)\n  safha export --format po --lang ur budget-2025 -o budget.po"
    )]
    Export(export::Args),
    /// Write translations made in a tool back into locales/<lang>/*.ftl: only what changed.
    #[command(after_help = "Examples:\n  safha import ur.xlf\n  safha import budget.po")]
    Import(import::Args),
    /// Start a new article: content/<slug>.md from a template, and its source messages.
    #[command(
        after_help = "Examples:\n  safha new budget-2025\n  safha new budget-2025 --title \"The 2025 budget\""
    )]
    New(new::Args),
    /// Create a new project (settings, one article with its Urdu translation) that builds as is.
    #[command(after_help = "Examples:\n  safha init my-site && safha --project my-site build")]
    Init(init::Args),
    /// Preview the site locally: rebuilds and reloads open pages when content/, locales/ or
    /// templates/ change; build errors show in the page and here.
    #[command(after_help = "Examples:\n  safha serve\n  safha serve --port 3000 --format html")]
    Serve(serve::Args),
}

/// Runs the parsed command line; the exit code says whether problems were found.
pub fn run(cli: Cli) -> ExitCode {
    // Ctrl-C or SIGTERM leaves no staged or temporary file behind.
    crate::output::handle_interrupts();
    let result = match cli.command {
        Command::Build(args) => build::run(&cli.project, args),
        Command::Extract(args) => extract::run(&cli.project, args),
        Command::Status(args) => status::run(&cli.project, args),
        Command::Check(args) => check::run(&cli.project, args),
        Command::Export(args) => export::run(&cli.project, args),
        Command::Import(args) => import::run(&cli.project, args),
        Command::New(args) => new::run(&cli.project, args),
        Command::Init(args) => init::run(&cli.project, args),
        Command::Serve(args) => serve::run(&cli.project, args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(d) => {
            print::print_diagnostics(std::slice::from_ref(&d));
            // A command line that names what does not exist is bad usage, not bad input.
            if matches!(d.code, "project-missing" | "usage-lang") {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

//! The `safha` command; everything it does lives in the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    safha::cli::run(safha::cli::Cli::parse())
}

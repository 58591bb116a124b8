//! What a command prints: its report on stdout, diagnostics on stderr.

use std::io::IsTerminal;

use crate::diag::Diagnostic;

/// Writes a command's report to stdout. A reader that went away (`| head`) is not an
/// error worth a panic: the rest is simply not written.
pub fn print_out(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// Prints diagnostics to stderr, in colour when stderr is a terminal and NO_COLOR is unset.
pub fn print_diagnostics(diags: &[Diagnostic]) {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for d in diags {
        eprintln!("{}", d.render(color));
    }
}

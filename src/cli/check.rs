//! `safha check`

use std::path::Path;

use crate::check::{self, Options};
use crate::diag::Diagnostic;
use crate::l10n::Lang;
use crate::project::Project;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Print the diagnostics as JSON on stdout (file, line, column, code, message, hint).
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 on warnings too, not only on errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Mark stale translations as up to date: record the current English as what they were
    /// translated from. Do this after updating them.
    #[arg(long)]
    pub accept: bool,
    /// With --accept: only this message (repeatable).
    #[arg(long = "id", value_name = "ID", requires = "accept")]
    pub ids: Vec<String>,
    /// With --accept and no --id: accept every stale translation. Without it, --accept
    /// lists what it would accept and changes nothing.
    #[arg(long, requires = "accept")]
    pub yes: bool,
    /// Show the fixes that are certain (Arabic ي ك ه where Urdu has ی ک ہ, a Latin `.`
    /// `,` `?` closing Urdu text), line by line, without changing anything.
    #[arg(long)]
    pub fix: bool,
    /// With --fix: write them into the files.
    #[arg(long, requires = "fix")]
    pub write: bool,
    /// Check only this target language (the source language is always checked).
    #[arg(long, value_name = "TAG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| "not a BCP 47 language tag (such as `ur`)".to_string())
}

/// Returns whether the check passed.
pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    let project = Project::open(project_dir, None)?;
    let lang = args.lang;
    if let Some(l) = &lang
        && !project.targets().any(|t| t == l)
    {
        let known: Vec<String> = project.targets().map(|t| t.to_string()).collect();
        return Err(Diagnostic::error(
            "usage-lang",
            format!("--lang {l}: the project has no such target language"),
        )
        .with_hint(format!("its target languages: {}", known.join(", "))));
    }
    let requested = args.ids.clone();
    let dry_run = args.accept && args.ids.is_empty() && !args.yes;
    let options = Options {
        lang,
        accept: args.accept,
        ids: args.ids,
        dry_run,
    };
    let mut report = check::check(&project, &options)?;
    if args.fix {
        let fixed = check::fix::fixes(&report.diagnostics);
        for f in &fixed {
            let verb = if args.write { "fixed" } else { "would fix" };
            eprintln!("{verb} {} in {}:", f.count, f.file.display());
            for (n, before, after) in f.lines() {
                eprintln!("  {n}: - {before}\n  {n}: + {after}");
            }
            if args.write {
                crate::output::write_atomic(&project.root.join(&f.file), f.after.as_bytes())?;
            }
        }
        if fixed.is_empty() {
            eprintln!("nothing to fix");
        } else if args.write {
            // What is left after the fixes (what --accept did is still to be reported).
            let accepted = std::mem::take(&mut report.accepted);
            report = check::check(
                &project,
                &Options {
                    accept: false,
                    ..options.clone()
                },
            )?;
            report.accepted = accepted;
        } else {
            eprintln!("run `safha check --fix --write` to make these changes");
        }
    }
    // An --id that matched no stale translation did nothing: say so, and fail.
    let unmatched: Vec<&String> = requested
        .iter()
        .filter(|id| !report.accepted.iter().any(|(_, ids)| ids.contains(id)))
        .collect();
    for id in &unmatched {
        eprintln!("error: --id {id}: no stale translation has this id (`safha status` lists them)");
    }
    for (file, ids) in &report.accepted {
        eprintln!(
            "{} {} translation{} in {}: {}",
            if dry_run { "would accept" } else { "accepted" },
            ids.len(),
            if ids.len() == 1 { "" } else { "s" },
            file.display(),
            ids.join(", ")
        );
    }
    if dry_run && !report.accepted.is_empty() {
        eprintln!(
            "nothing changed: run `safha check --accept --yes` to accept them all, or \
             `--accept --id ID` for one"
        );
    }
    if args.json {
        let list: Vec<serde_json::Value> =
            report.diagnostics.iter().map(Diagnostic::to_json).collect();
        let json = serde_json::to_string_pretty(&list)
            .map_err(|e| Diagnostic::error("check-json", e.to_string()))?;
        super::print::print_out(&format!("{json}\n"));
    } else {
        super::print::print_diagnostics(&report.diagnostics);
    }
    eprintln!(
        "checked {} file{}: {} error{}, {} warning{}",
        report.files.len(),
        if report.files.len() == 1 { "" } else { "s" },
        report.errors(),
        if report.errors() == 1 { "" } else { "s" },
        report.warnings(),
        if report.warnings() == 1 { "" } else { "s" },
    );
    Ok(report.errors() == 0
        && unmatched.is_empty()
        && !(args.deny_warnings && report.warnings() > 0))
}

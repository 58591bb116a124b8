//! One article: read it and its translations → decide what each language publishes → make
//! its editions, staged → commit them together → remember what was made. What runs when is
//! the [`Schedule`]'s business: this file only tells it what happened.

use std::collections::BTreeSet;
use std::path::Path;

use super::editions::{self, Made};
use super::entry::index_entry;
use super::prepare::prepare;
use super::schedule::Schedule;
use super::shared::Shared;
use crate::cache::{self, Record};
use crate::diag::Diagnostic;
use crate::html::page::IndexEntry;
use crate::load;
use crate::output::{Output, Written};

/// What building one article gave.
pub struct Outcome {
    pub slug: String,
    pub diagnostics: Vec<Diagnostic>,
    pub result: Result,
}

pub enum Result {
    Built(Built),
    /// Not built; its last good build, if any, stays on the site.
    Failed {
        previous: Option<Record>,
    },
}

pub struct Built {
    /// Taken from the cache.
    pub cached: bool,
    /// Files the cache vouches for, left as they were.
    pub kept: usize,
    pub written: Vec<Written>,
    pub entry: IndexEntry,
    /// Characters of its pages, for the site's web fonts.
    pub chars: BTreeSet<char>,
}

/// Builds the article at `path`, the `place`-th of the build.
pub fn build(
    shared: &Shared<'_>,
    place: usize,
    path: &Path,
    out: &Output,
    schedule: &dyn Schedule,
) -> Outcome {
    let slug = load::slug_of(path);
    let reported = |entry: Option<(IndexEntry, BTreeSet<char>)>| {
        schedule.reported(shared.site_inputs(), out, place, entry)
    };
    let key = shared.fingerprint.article_key(shared.project, path, &slug);
    if let Some(record) = key
        .as_deref()
        .and_then(|k| shared.cache.lookup(&slug, k, out.root()))
    {
        let chars: BTreeSet<char> = record.chars.chars().collect();
        reported(Some((record.entry.clone(), chars.clone())));
        return Outcome {
            slug,
            diagnostics: record
                .warnings
                .iter()
                .map(|w| w.restore(&shared.project.root))
                .collect(),
            result: Result::Built(Built {
                cached: true,
                kept: record.outputs.len(),
                written: Vec::new(),
                entry: record.entry,
                chars,
            }),
        };
    }
    let failed = |slug: String, diagnostics: Vec<Diagnostic>| {
        let previous = shared.cache.last(&slug, out.root());
        reported(
            previous
                .as_ref()
                .map(|p| (p.entry.clone(), p.chars.chars().collect())),
        );
        Outcome {
            slug,
            diagnostics,
            result: Result::Failed { previous },
        }
    };
    let (prepared, mut diagnostics) = match prepare(
        shared.project,
        path,
        schedule.read(shared.project, path),
        shared.options,
        &shared.uis,
    ) {
        Ok(p) => p,
        Err(diags) => return failed(slug, diags),
    };
    let before = shared.cache.last(&slug, out.root());
    let pdfs = match editions::pdf_plan(shared, &prepared) {
        Ok((stems, withheld)) => {
            diagnostics.extend(withheld);
            stems
        }
        Err(d) => {
            diagnostics.push(d);
            return failed(slug, diagnostics);
        }
    };
    let entry = index_entry(shared, &prepared, &pdfs);
    let made = editions::make(shared, &prepared, &pdfs, out, schedule, &|chars| {
        reported(Some((entry.clone(), chars.clone())))
    });
    let (made, written) = match made.and_then(|m| commit(m, out)) {
        Ok(done) => done,
        Err(d) => {
            diagnostics.push(d);
            return failed(slug, diagnostics);
        }
    };
    // Editions the article no longer has (a language held back, a language dropped) go,
    // so that no stale page stays reachable. Only files the last build recorded as its
    // own are touched, and only of the formats this build makes: `--format pdf` leaves
    // the web pages of an earlier build (and remembers them as the article's).
    let formats = &shared.options.formats;
    let mut made = made;
    for old in before.iter().flat_map(|b| &b.outputs) {
        let rel = &old.path;
        if made.outputs.iter().any(|now| &now.path == rel) {
            continue;
        }
        if !formats.makes(rel) {
            made.outputs.push(old.clone());
        } else if rel.starts_with(&slug)
            && rel
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)))
        {
            let _ = std::fs::remove_file(out.root().join(rel));
        }
    }
    let reusable = !made.diagnostics.iter().any(Diagnostic::is_error)
        && !diagnostics.iter().any(Diagnostic::is_error);
    if let Some(key) = key {
        let record = Record {
            key,
            outputs: made.outputs,
            media: made
                .media
                .iter()
                .filter_map(|m| Some((m.clone(), cache::media_hash(m)?)))
                .collect(),
            entry: entry.clone(),
            chars: made.chars.iter().collect(),
            reusable,
            warnings: diagnostics
                .iter()
                .filter_map(cache::KeptWarning::keep)
                .collect(),
        };
        shared.cache.store(&slug, &record);
    }
    diagnostics.extend(made.diagnostics);
    Outcome {
        slug,
        diagnostics,
        result: Result::Built(Built {
            cached: false,
            kept: 0,
            written,
            entry,
            chars: made.chars,
        }),
    }
}

/// Puts the article's staged files in place, all together.
fn commit(
    made: Made,
    out: &Output,
) -> std::result::Result<(editions::Committed, Vec<Written>), Diagnostic> {
    let recorded: Vec<_> = made
        .files
        .iter()
        .map(|(rel, s)| (rel.clone(), s.size(), s.hash().to_string()))
        .collect();
    let written = out.commit(made.files.into_iter().map(|(_, s)| s).collect())?;
    let outputs = recorded
        .into_iter()
        .map(|(rel, len, hash)| cache::Made::after_commit(out.root(), rel, len, hash))
        .collect();
    Ok((
        editions::Committed {
            outputs,
            media: made.media,
            chars: made.chars,
            diagnostics: made.diagnostics,
        },
        written,
    ))
}

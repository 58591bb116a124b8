//! `safha extract` as a library call: each article's segments → `locales/<source>/<slug>.ftl`.
//!
//! Ids are carried over from the file being replaced (see `article::ids`), so re-running
//! extract after an edit keeps every unchanged segment's id and therefore its translations.
//! Each translation file of the article is then synced (`l10n::sync`): translations follow
//! their English, the ones whose English is gone become obsolete, and every translation
//! records the English it was made from.

use crate::article::Article;
use crate::diag::Diagnostic;
use crate::l10n::ftl::FtlFile;
use crate::l10n::placeholder;
use crate::l10n::serialize;
use crate::l10n::sync::{self, Synced};
use crate::output::write_atomic;
use crate::project::Project;

/// What extract did for one article.
#[derive(Debug)]
pub struct Extracted {
    pub slug: String,
    pub file: std::path::PathBuf,
    pub messages: usize,
    pub changed: bool,
    /// Translation files synced: (file as shown, what changed in it).
    pub synced: Vec<(std::path::PathBuf, Synced)>,
}

#[derive(Debug, Default)]
pub struct Report {
    pub extracted: Vec<Extracted>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn extract(project: &Project) -> Result<Report, Diagnostic> {
    let mut report = Report::default();
    for path in project.article_paths()? {
        match extract_article(project, &path) {
            Ok((e, warnings)) => {
                report.diagnostics.extend(warnings);
                report.extracted.push(e);
            }
            Err(diags) => report.diagnostics.extend(diags),
        }
    }
    Ok(report)
}

/// Extracts one article (`content/<slug>.md`) and syncs its translation files.
pub fn extract_article(
    project: &Project,
    path: &std::path::Path,
) -> Result<(Extracted, Vec<Diagnostic>), Vec<Diagnostic>> {
    let shown = project.display(path);
    let bytes = crate::input::read(&project.root, path, shown, crate::input::MAX_TEXT)
        .map_err(|d| vec![d])?;
    let text = String::from_utf8(bytes).map_err(|_| {
        vec![
            Diagnostic::error("article-encoding", "the article is not valid UTF-8")
                .at_path(shown)
                .with_hint("save the file as UTF-8"),
        ]
    })?;
    let slug = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = project.article_ftl(&project.source, &slug);
    let previous = if file.exists() {
        // A broken source file is not overwritten: its ids are what translations hang on.
        FtlFile::load(&project.root, &file, project.display(&file))?.texts()
    } else {
        Vec::new()
    };
    let article = Article::parse_with_ids(shown, &text, &previous).map_err(|d| vec![d])?;
    let mut warnings = article.warnings.clone();
    let segments: Vec<(String, String)> = article
        .messages()
        .map(|s| (s.id.clone(), s.text.to_string()))
        .collect();
    let previous: std::collections::HashMap<String, String> = previous.into_iter().collect();

    // Translations first: if one cannot be written, the source file still has the old ids
    // and the next extract repeats the sync.
    let mut synced = Vec::new();
    let article_shown = shown.display().to_string();
    // Every language with a folder under locales/, and every target safha.toml names
    // (its folder is made).
    let mut langs: Vec<&crate::l10n::Lang> = project.locale_langs.iter().collect();
    for lang in project.targets() {
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    for lang in langs.into_iter().filter(|l| **l != project.source) {
        let path = project.article_ftl(lang, &slug);
        let shown = project.display(&path).to_path_buf();
        if !path.exists() {
            // A new translation: every segment a placeholder, in source order.
            let (text, added) = placeholder::new_file(&lang.to_string(), &article_shown, &segments);
            write_atomic(&path, text.as_bytes()).map_err(|d| vec![d])?;
            let s = Synced {
                text,
                placeholders: added,
                ..Synced::default()
            };
            synced.push((shown, s));
            continue;
        }
        let target = match FtlFile::load(&project.root, &path, &shown) {
            Ok(f) => f,
            Err(diags) => {
                warnings.push(
                    Diagnostic::warning(
                        "sync-skipped",
                        format!("{} does not parse, so it was not synced", shown.display()),
                    )
                    .at_path(&shown)
                    .with_hint(
                        "fix the errors `safha check` shows, then run `safha extract` again",
                    ),
                );
                warnings.extend(diags);
                continue;
            }
        };
        let mut s = sync::sync(&target, &segments, &previous);
        // The synced text parses (sync only moves whole entries and comments).
        if let Ok(synced_file) = FtlFile::from_bytes(&path, s.text.as_bytes()) {
            (s.text, s.placeholders) = placeholder::complete(&synced_file, &segments);
        }
        if s.changed(target.text()) {
            write_atomic(&path, s.text.as_bytes()).map_err(|d| vec![d])?;
            synced.push((shown, s));
        }
    }

    let ftl = serialize::source_resource(&article);
    let old = std::fs::read(&file).ok();
    let changed = old.as_deref() != Some(ftl.as_bytes());
    if changed {
        write_atomic(&file, ftl.as_bytes()).map_err(|d| vec![d])?;
    }
    Ok((
        Extracted {
            slug,
            file: project.display(&file).to_path_buf(),
            messages: segments.len(),
            changed,
            synced,
        },
        warnings,
    ))
}

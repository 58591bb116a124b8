//! Translations out to the files translation tools read (XLIFF 2.0 and PO) and back in.
//!
//! A unit is one segment of an article: its English, the translation the `.ftl` holds,
//! its state (new, translated, or stale: translated from English that has changed since,
//! which tools show as needing review), the `# en:` note it was translated from, and
//! where it is in the article. Reading a file back yields, per unit, the text and whether
//! the translator marked it done; [`apply`] writes only what differs through the studio's
//! one-message edit, so an export imported unchanged leaves every `.ftl` byte for byte.

pub mod model;
pub mod po;
pub mod xliff;

pub use model::{Article, Export, Imported, Returned, State, Unit};

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, SourceFile};
use crate::l10n::Lang;
use crate::l10n::edit::{self, Value};
use crate::l10n::ftl::FtlFile;
use crate::load;
use crate::project::Project;

/// The units of `slugs` (every article when empty) in `lang`.
pub fn export(project: &Project, lang: &Lang, slugs: &[String]) -> Result<Export, Diagnostic> {
    let mut articles = Vec::new();
    for path in project.article_paths()? {
        let slug = load::slug_of(&path);
        if !slugs.is_empty() && !slugs.contains(&slug) {
            continue;
        }
        let source = load::article(project, &path).map_err(|mut d| d.remove(0))?;
        let (_, text) = read_translation(project, lang, &slug)?;
        let file = parse_translation(project, lang, &slug, &text)?;
        let original = project.display(&path).to_string_lossy().into_owned();
        // Where each line ends, to find a segment's line without rescanning the article.
        let line_ends: Vec<usize> = source
            .article
            .source
            .text
            .match_indices('\n')
            .map(|(i, _)| i)
            .collect();
        let places = source.article.places();
        let units = source
            .article
            .messages()
            .map(|seg| {
                let translation = edit::current(&file, &seg.id).map(|v| match v {
                    Value::Plain(t) | Value::Fluent(t) => t,
                });
                let message = file.get(&seg.id);
                let note = message.and_then(|m| m.source_note.clone());
                let stale = message.is_some_and(|m| m.is_stale(&seg.text));
                let state = match (&translation, stale) {
                    (None, _) => State::New,
                    (Some(_), true) => State::Stale,
                    (Some(_), false) => State::Translated,
                };
                Unit {
                    id: seg.id.clone(),
                    kind: seg.kind.label(),
                    english: seg.text.to_string(),
                    translation,
                    state,
                    previous: note.filter(|_| stale),
                    line: line_ends.partition_point(|&end| end < seg.offset) + 1,
                    places: places.get(seg.id.as_str()).copied().unwrap_or(1),
                }
            })
            .collect();
        articles.push(Article {
            slug,
            original,
            units,
        });
    }
    Ok(Export {
        source_lang: project.source.tag(),
        target_lang: lang.tag(),
        articles,
    })
}

/// The translation file of `slug` in `lang`: where it is and its text (empty if none).
fn read_translation(
    project: &Project,
    lang: &Lang,
    slug: &str,
) -> Result<(PathBuf, String), Diagnostic> {
    let path = project.article_ftl(lang, slug);
    if !path.exists() {
        return Ok((path, String::new()));
    }
    let shown = project.display(&path).to_path_buf();
    let bytes = crate::input::read(&project.root, &path, &shown, crate::input::MAX_TEXT)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Diagnostic::error("ftl-encoding", "the file is not valid UTF-8").at_path(&shown)
    })?;
    Ok((path, text))
}

fn parse_translation(
    project: &Project,
    lang: &Lang,
    slug: &str,
    text: &str,
) -> Result<FtlFile, Diagnostic> {
    let path = project.article_ftl(lang, slug);
    FtlFile::from_bytes(project.display(&path), text.as_bytes()).map_err(|mut d| {
        let first = d.remove(0);
        Diagnostic::error(
            "import-ftl-broken",
            format!("{}: {}", project.display(&path).display(), first.message),
        )
        .at_path(project.display(&path))
        .with_hint("mend the file (`safha check` shows where), then import again")
    })
}

/// What an import did to one translation file.
#[derive(Debug, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    /// Ids whose text changed.
    pub changed: Vec<String>,
    /// Ids marked done whose stale note now records the English they were checked against.
    pub accepted: Vec<String>,
}

/// Writes the units of `imported` that differ from the project's translation files. A
/// file with any unit in error is left as it is; the others are written. The diagnostics
/// are those errors, and warnings for units not taken (an empty target, a draft over a
/// translation) or taken but still to review (exported from older English).
pub fn apply(project: &Project, imported: &Imported) -> (Vec<Written>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let Some(lang) = project.targets().find(|l| l.tag() == imported.target_lang) else {
        let known: Vec<String> = project.targets().map(|t| t.tag()).collect();
        let d = Diagnostic::error(
            "import-lang",
            format!(
                "the file is a translation into `{}`, which the project does not translate into",
                imported.target_lang
            ),
        )
        .at_path(&imported.file.path)
        .with_hint(format!("its target languages: {}", known.join(", ")));
        return (Vec::new(), vec![d]);
    };
    let mut by_article: Vec<(String, Vec<&Returned>)> = Vec::new();
    for unit in &imported.units {
        match by_article.iter_mut().find(|(o, _)| *o == unit.original) {
            Some((_, units)) => units.push(unit),
            None => by_article.push((unit.original.clone(), vec![unit])),
        }
    }
    let articles: HashMap<String, PathBuf> = match project.article_paths() {
        Ok(paths) => paths
            .into_iter()
            .map(|p| (project.display(&p).to_string_lossy().into_owned(), p))
            .collect(),
        Err(d) => return (Vec::new(), vec![d]),
    };
    let mut written = Vec::new();
    for (original, units) in by_article {
        match apply_article(project, lang, imported, &articles, &original, &units) {
            Ok((w, mut notes)) => {
                written.extend(w);
                errors.append(&mut notes);
            }
            Err(mut d) => errors.append(&mut d),
        }
    }
    (written, errors)
}

fn apply_article(
    project: &Project,
    lang: &Lang,
    imported: &Imported,
    articles: &HashMap<String, PathBuf>,
    original: &str,
    units: &[&Returned],
) -> Result<(Option<Written>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let at = |offset: usize| offset..offset;
    let Some(path) = articles.get(original) else {
        return Err(vec![
            Diagnostic::error(
                "import-article",
                format!("the project has no article `{original}`"),
            )
            .at(&imported.file, at(units[0].offset)),
        ]);
    };
    let slug = load::slug_of(path);
    let source = load::article(project, path)?;
    let english: HashMap<&str, &str> = source
        .article
        .segments
        .iter()
        .map(|s| (s.id.as_str(), &*s.text))
        .collect();
    let unknown: Vec<Diagnostic> = units
        .iter()
        .filter(|u| !english.contains_key(u.id.as_str()))
        .map(|u| {
            Diagnostic::error(
                "import-unit",
                format!("`{original}` has no segment `{}`", u.id),
            )
            .at(&imported.file, at(u.offset))
            .with_hint("export again: the article has changed since this file was made")
        })
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let (ftl_path, on_disk) = read_translation(project, lang, &slug).map_err(|d| vec![d])?;
    // A file extract has not made yet starts as extract would make it.
    let mut text = if on_disk.is_empty() {
        let segments: Vec<(String, String)> = source
            .article
            .messages()
            .map(|s| (s.id.clone(), s.text.to_string()))
            .collect();
        crate::l10n::placeholder::new_file(&lang.tag(), original, &segments).0
    } else {
        on_disk.clone()
    };
    // One pass: every changed message from one reading of the file, then every unit
    // marked done while stale accepted at once.
    let file = parse_translation(project, lang, &slug, &text).map_err(|d| vec![d])?;
    let mut values: Vec<(&str, Value, &str)> = Vec::new();
    let mut at_of: Vec<usize> = Vec::new();
    let mut done: HashMap<String, String> = HashMap::new();
    let mut notes = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for unit in units {
        // Two units for one message: which one the translator meant cannot be told.
        if let Some(first) = seen.insert(unit.id.as_str(), unit.offset) {
            let (line, _) = imported.file.line_col(first);
            return Err(vec![
                Diagnostic::error(
                    "import-duplicate",
                    format!("`{}` is in the file twice (first on line {line})", unit.id),
                )
                .at(&imported.file, at(unit.offset))
                .with_hint("keep one of the two and import again"),
            ]);
        }
        let now = edit::current(&file, &unit.id);
        let target = unit.target.as_deref().unwrap_or("");
        let english_now = english[unit.id.as_str()];
        let translated_now = match &now {
            Some(Value::Plain(t) | Value::Fluent(t)) => !t.trim().is_empty(),
            None => false,
        };
        let same = match &now {
            Some(Value::Plain(t) | Value::Fluent(t)) => t == target,
            None => target.trim().is_empty(),
        };
        // Made from the English as it was when the file was exported: a translation
        // reviewed against older English is not reviewed against this one.
        let read_now = unit
            .source
            .as_deref()
            .is_none_or(|s| crate::article::ids::same_words(s, english_now));
        let mut note = |code: &'static str, why: String| {
            notes.push(
                Diagnostic::warning(code, format!("`{}`: {why}", unit.id))
                    .at(&imported.file, at(unit.offset)),
            );
        };
        if !read_now && (unit.done || !same) {
            note(
                "import-old-english",
                "the file was exported before its English changed; it stays to review (`safha status` shows what changed)".into(),
            );
        }
        if same {
            // Nothing to write.
        } else if target.trim().is_empty() {
            // An empty target is no translation, never a request to delete one.
            note(
                "import-empty",
                "the file has no translation for it; the project's is kept".into(),
            );
            continue;
        } else if !unit.done && translated_now {
            note(
                "import-draft",
                "a draft (fuzzy, or not marked translated) does not replace the project's translation; mark it translated in the tool to import it".into(),
            );
            continue;
        } else {
            let value = match now {
                Some(Value::Fluent(_)) => Value::Fluent(target.to_string()),
                _ => Value::Plain(target.to_string()),
            };
            values.push((unit.id.as_str(), value, english_now));
            at_of.push(unit.offset);
        }
        if unit.done && read_now && !target.trim().is_empty() {
            done.insert(unit.id.clone(), english_now.to_string());
        }
    }
    let changed: Vec<String> = values.iter().map(|(id, _, _)| id.to_string()).collect();
    if !values.is_empty() {
        let edits: Vec<(&str, &Value, &str)> = values.iter().map(|(i, v, e)| (*i, v, *e)).collect();
        text = edit::set_all(&file, &edits).map_err(|(i, e)| {
            let why = match e {
                edit::EditError::Invalid(w) | edit::EditError::FileBroken(w) => w,
            };
            vec![
                Diagnostic::error("import-invalid", format!("`{}`: {why}", changed[i]))
                    .at(&imported.file, at(at_of[i])),
            ]
        })?;
    }
    let mut accepted = Vec::new();
    if !done.is_empty() {
        let file = parse_translation(project, lang, &slug, &text).map_err(|d| vec![d])?;
        let (after, ids) = crate::l10n::sync::accept(&file, &done, &|id| done.contains_key(id));
        text = after;
        accepted = ids;
    }
    if text == on_disk || (changed.is_empty() && accepted.is_empty()) {
        return Ok((None, notes));
    }
    parse_translation(project, lang, &slug, &text).map_err(|d| vec![d])?;
    crate::output::write_atomic(&ftl_path, text.as_bytes()).map_err(|d| vec![d])?;
    Ok((
        Some(Written {
            path: ftl_path,
            changed,
            accepted,
        }),
        notes,
    ))
}

/// Reads a translated file, XLIFF or PO by its content.
pub fn read(path: &Path, text: &str) -> Result<Imported, Diagnostic> {
    let file = SourceFile::new(path, text);
    if text.trim_start().starts_with('<') {
        xliff::read(file)
    } else {
        po::read(file)
    }
}

//! What the studio shows of one article in one language: every segment in document order
//! with its place in the article, its English, the translation, whether it is missing or
//! stale (with the old and new English as a phrase diff), and what `safha check` finds in
//! it; and, for the index, how far each translation is.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Value as Json, json};

use crate::diag::Diagnostic;
use crate::l10n::Lang;
use crate::l10n::edit::{self, Value};
use crate::l10n::ftl::FtlFile;
use crate::load;
use crate::project::Project;

/// An article's translation file as the studio works on it: its text (empty if it does
/// not exist yet) and where it is.
pub struct Translation {
    pub path: PathBuf,
    pub shown: PathBuf,
    pub text: String,
}

impl Translation {
    pub fn read(project: &Project, slug: &str, lang: &Lang) -> Result<Translation, Diagnostic> {
        let path = project.article_ftl(lang, slug);
        let shown = project.display(&path).to_path_buf();
        let text = if path.exists() {
            let bytes = crate::input::read(&project.root, &path, &shown, crate::input::MAX_TEXT)?;
            String::from_utf8(bytes).map_err(|_| {
                Diagnostic::error("ftl-encoding", "the file is not valid UTF-8").at_path(&shown)
            })?
        } else {
            String::new()
        };
        Ok(Translation { path, shown, text })
    }

    /// What a save must have seen: the text's hash, so that a change on disk since the
    /// page loaded is noticed.
    pub fn base(&self) -> String {
        blake3::hash(self.text.as_bytes()).to_hex()[..16].to_string()
    }

    pub fn parse(&self) -> Result<FtlFile, Vec<Diagnostic>> {
        FtlFile::from_bytes(&self.shown, self.text.as_bytes())
    }
}

/// The code of the error for a slug no article has.
pub const NO_ARTICLE: &str = "studio-article";

/// The article `slug`, read as `check` reads it.
pub fn article(project: &Project, slug: &str) -> Result<load::Source, Diagnostic> {
    let path = project
        .article_paths()?
        .into_iter()
        .find(|p| load::slug_of(p) == slug)
        .ok_or_else(|| Diagnostic::error(NO_ARTICLE, format!("no article `{slug}`")))?;
    load::article(project, &path).map_err(|mut d| d.remove(0))
}

/// A diagnostic as the page shows it, with the message text a fix would give.
fn problem(d: &Diagnostic, value_text: Option<(&str, usize)>) -> Json {
    let fixed = match (&d.fix, &d.span, value_text) {
        (Some(with), Some((_, span)), Some((value, start))) => {
            let (a, b) = (
                span.start.saturating_sub(start),
                span.end.saturating_sub(start),
            );
            value.get(a..b).map(|wrong| {
                // A letter is fixed everywhere in the message; a mark where it is.
                if d.code == "arabic-letter" {
                    value.replace(wrong, with)
                } else {
                    format!("{}{with}{}", &value[..a], &value[b..])
                }
            })
        }
        _ => None,
    };
    json!({
        "code": d.code,
        "severity": if d.is_error() { "error" } else { "warning" },
        "message": d.message,
        "label": d.label,
        "hint": d.hint,
        "fix": d.fix,
        "fixed": fixed,
    })
}

/// The problems `safha check` finds in `file`, by the message they are in.
pub fn problems(
    project: &Project,
    book: &safha_text::FontBook,
    lang: &Lang,
    file: &FtlFile,
    source: &load::Source,
) -> HashMap<String, Vec<Json>> {
    let mut out: HashMap<String, Vec<Json>> = HashMap::new();
    for d in crate::check::lint_translation(project, book, lang, file, source) {
        // Missing and stale are the segment's status, not problems of its text.
        if matches!(d.code, "translation-missing" | "translation-stale") {
            continue;
        }
        let Some((src, span)) = &d.span else { continue };
        if src.path != file.source.path {
            continue;
        }
        let Some(m) = file
            .messages
            .iter()
            .find(|m| !m.is_term && m.range.start <= span.start && span.start <= m.range.end)
        else {
            continue;
        };
        let value = m.text.as_deref().map(|t| {
            // Where the plain value starts in the file: right after `id = `.
            let after = &file.text()[m.span.end..m.range.end];
            let skip = after.len() - after.trim_start_matches([' ', '=', '\t']).len();
            (t, m.span.end + skip)
        });
        out.entry(m.id.clone())
            .or_default()
            .push(problem(&d, value));
    }
    out
}

/// Every message of `source`'s article (a segment, or the segments that share its
/// English) with its translation in `file`.
pub fn segments(
    source: &load::Source,
    file: &FtlFile,
    problems: &HashMap<String, Vec<Json>>,
) -> Vec<Json> {
    let places = source.article.places();
    source
        .article
        .messages()
        .map(|seg| {
            let value = edit::current(file, &seg.id);
            let message = file.get(&seg.id);
            let note = message.and_then(|m| m.source_note.clone());
            let stale = message.is_some_and(|m| m.is_stale(&seg.text));
            let status = match (&value, stale) {
                (None, _) => "missing",
                (Some(_), true) => "stale",
                (Some(_), false) => "done",
            };
            let diff = stale.then(|| {
                crate::status::phrase_diff(note.as_deref().unwrap_or_default(), &seg.text)
            });
            let (text, fluent) = match value {
                Some(Value::Plain(t)) => (Some(t), false),
                Some(Value::Fluent(f)) => (Some(f), true),
                None => (None, false),
            };
            json!({
                "id": seg.id,
                "kind": seg.kind.label(),
                "places": places.get(seg.id.as_str()).copied().unwrap_or(1),
                "english": &*seg.text,
                "translation": text,
                "fluent": fluent,
                "status": status,
                "note": note,
                "diff": diff,
                "problems": problems.get(&seg.id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// The articles and languages the studio offers, with how far each translation is.
pub fn index(project: &Project) -> Result<Vec<Json>, Diagnostic> {
    let mut out = Vec::new();
    for path in project.article_paths()? {
        let slug = load::slug_of(&path);
        let Ok(source) = load::article(project, &path) else {
            continue;
        };
        let title = source.article.segments.first().map(|s| s.text.to_string());
        for lang in project.targets() {
            let t = Translation::read(project, &slug, lang)?;
            let counts = match t.parse() {
                Ok(file) => {
                    let none = HashMap::new();
                    let segs = segments(&source, &file, &none);
                    let count = |s: &str| segs.iter().filter(|j| j["status"] == s).count();
                    json!({"missing": count("missing"), "stale": count("stale"), "done": count("done")})
                }
                Err(_) => json!({"broken": true}),
            };
            out.push(json!({
                "slug": slug,
                "title": title,
                "lang": lang.tag(),
                "segments": source.article.messages().count(),
                "counts": counts,
            }));
        }
    }
    Ok(out)
}

/// The relative path of an article's edition page in the preview.
pub fn preview_page(slug: &str, lang: &Lang) -> String {
    format!("/{slug}/{}.html", lang.tag())
}

/// Whether `name` could be an article's slug or a language tag (no path tricks).
pub fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 200
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !Path::new(name)
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
}

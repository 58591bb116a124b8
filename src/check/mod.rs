//! `safha check` as a library call: every `.ftl` file of the project linted, a superset of
//! Mozilla's compare-locales for safha's files.
//!
//! Each file is checked on its own (`fluent`: syntax, duplicate ids, empty values,
//! references, plural categories) and, for a translation, against its source: an article's
//! translation against the article's current segments (missing, obsolete, stale, markup
//! parity in `markup`), any other file (`ui.ftl`) against the source language's file or
//! safha's bundled one. `orthography` adds the target language's writing rules, `numbers`
//! the numbers and addresses a translation must carry over. Every
//! diagnostic is located (`file:line:col`) and carries a hint.
//!
//! `--accept` first records the current English as the source of the translations it
//! covers, so they stop being stale.

pub mod characters;
pub mod coverage;
pub mod facts;
pub mod fix;
pub mod fluent;
pub mod markup;
pub mod numbers;
pub mod orthography;
pub mod pair;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, SourceFile, io_error};
use crate::l10n::Lang;
use crate::l10n::ftl::FtlFile;
use crate::l10n::sync;
use crate::load;
use crate::output::write_atomic;
use crate::project::Project;
use crate::status::{render_diff, word_diff};
use facts::Facts;

/// What to check, and whether to accept stale translations first.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Only this target language (the source language is always checked).
    pub lang: Option<Lang>,
    /// Record the current English as the source of stale (or unrecorded) translations.
    pub accept: bool,
    /// With `accept`: only these message ids (all when empty).
    pub ids: Vec<String>,
    /// With `accept`: find what would be accepted, write nothing.
    pub dry_run: bool,
}

#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// Files checked, as shown.
    pub files: Vec<PathBuf>,
    /// Translations accepted: (file, ids).
    pub accepted: Vec<(PathBuf, Vec<String>)>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

pub fn check(project: &Project, options: &Options) -> Result<Report, Diagnostic> {
    let mut report = Report::default();
    let book = crate::fonts::book(&project.root)?;
    let mut articles: BTreeMap<String, load::Source> = BTreeMap::new();
    for path in project.article_paths()? {
        match load::article(project, &path) {
            Ok(s) => {
                report.diagnostics.extend(s.warnings.iter().cloned());
                let src = &s.article.source;
                report
                    .diagnostics
                    .extend(coverage::lints(&book, src, 0..src.text.len()));
                if s.messages.is_none() {
                    let file = project.article_ftl(&project.source, &s.article.slug);
                    report.diagnostics.push(
                        Diagnostic::warning(
                            "extract-missing",
                            format!("{} does not exist yet", project.display(&file).display()),
                        )
                        .at_path(project.display(&path))
                        .with_hint(
                            "run `safha extract` to write the messages translators work from",
                        ),
                    );
                }
                articles.insert(
                    s.article.slug.clone(),
                    load::Source {
                        warnings: Vec::new(),
                        ..s
                    },
                );
            }
            Err(d) => report.diagnostics.extend(d),
        }
    }

    for lang in &project.locale_langs {
        if *lang != project.source && options.lang.as_ref().is_some_and(|l| l != lang) {
            continue;
        }
        let dir = project.locales_dir().join(lang.tag());
        for path in ftl_files(&dir)? {
            let shown = project.display(&path).to_path_buf();
            report.files.push(shown.clone());
            let stem = load::slug_of(&path);
            let article = articles.get(&stem);
            let bytes =
                match crate::input::read(&project.root, &path, &shown, crate::input::MAX_TEXT) {
                    Ok(b) => b,
                    Err(d) => {
                        report.diagnostics.push(d);
                        continue;
                    }
                };
            let (mut file, mut syntax) = match FtlFile::from_bytes_lenient(&shown, &bytes) {
                Ok(x) => x,
                Err(d) => {
                    report.diagnostics.extend(d);
                    continue;
                }
            };
            if options.accept
                && *lang != project.source
                && syntax.is_empty()
                && let Some(a) = article
            {
                let current: HashMap<String, String> = a
                    .article
                    .messages()
                    .map(|s| (s.id.clone(), s.text.to_string()))
                    .collect();
                let wanted =
                    |id: &str| options.ids.is_empty() || options.ids.iter().any(|x| x == id);
                let (text, ids) = sync::accept(&file, &current, &wanted);
                if !ids.is_empty() && options.dry_run {
                    report.accepted.push((shown.clone(), ids));
                } else if !ids.is_empty() {
                    write_atomic(&path, text.as_bytes())?;
                    report.accepted.push((shown.clone(), ids));
                    (file, syntax) = FtlFile::from_bytes_lenient(&shown, text.as_bytes())
                        .map_err(|mut d| d.remove(0))?;
                }
            }
            report.diagnostics.extend(syntax);
            let found = match article {
                Some(a) => lint_translation(project, &book, lang, &file, a),
                None => {
                    let mut found = lint_file(project, &book, lang, &file).0;
                    found.extend(ui_digits(&file));
                    if *lang != project.source {
                        let facts = facts::facts(file.text());
                        found.extend(other_lints(project, lang, &path, &file, &facts));
                    }
                    found
                }
            };
            report.diagnostics.extend(found);
        }
    }
    Ok(report)
}

/// A `digits` message (a UI file's digits, 0 to 9, that numbers are written in) that is
/// not ten digits: safha then writes ASCII digits, silently.
fn ui_digits(file: &FtlFile) -> Option<Diagnostic> {
    let m = file.get("digits")?;
    let digits: Vec<char> = m
        .text
        .as_deref()?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    // Unicode's decimal digits come in runs of ten, zero first.
    let ten = digits.len() == 10
        && digits.iter().all(|c| c.is_numeric())
        && digits
            .iter()
            .enumerate()
            .all(|(i, c)| *c as u32 == digits[0] as u32 + i as u32);
    (!ten).then(|| {
        Diagnostic::error(
            "ui-digits",
            format!(
                "`digits` must be the ten digits 0 to 9 in order; it has {}",
                digits.iter().collect::<String>()
            ),
        )
        .at(&file.source, m.range.clone())
        .with_label("not ten digits from 0 to 9")
        .with_hint("for Urdu: digits = ۰۱۲۳۴۵۶۷۸۹; the pages use ASCII digits until this is mended")
    })
}

/// The lints of `file` on its own (and, in a translation, of each message's characters),
/// with the facts they were drawn from.
fn lint_file(
    project: &Project,
    book: &safha_text::FontBook,
    lang: &Lang,
    file: &FtlFile,
) -> (Vec<Diagnostic>, Vec<Facts>) {
    let mut out: Vec<Diagnostic> = file.warnings.clone();
    let facts = facts::facts(file.text());
    out.extend(fluent::file_lints(&file.source, &facts, lang));
    if *lang != project.source {
        for f in &facts {
            if let Some((_, value)) = entry_of(file, f) {
                out.extend(characters::lints(&file.source, &f.id, value.clone()));
                out.extend(coverage::lints(book, &file.source, value));
            }
        }
    }
    (out, facts)
}

/// Every lint `safha check` gives a translation `file` (in `lang`) of the article
/// `source`: what the translation studio shows as the translator types.
pub fn lint_translation(
    project: &Project,
    book: &safha_text::FontBook,
    lang: &Lang,
    file: &FtlFile,
    source: &load::Source,
) -> Vec<Diagnostic> {
    let (mut out, facts) = lint_file(project, book, lang, file);
    if *lang != project.source {
        out.extend(article_lints(lang, file, &facts, source));
    }
    out
}

/// `*.ftl` in a folder, sorted.
fn ftl_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return Err(io_error("locales-read", "read", dir, &e)),
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    out.sort();
    Ok(out)
}

/// An article's translation against the article's current segments.
fn article_lints(
    lang: &Lang,
    file: &FtlFile,
    facts: &[Facts],
    source: &load::Source,
) -> Vec<Diagnostic> {
    let article = &source.article;
    let reference: Vec<Facts> = article
        .messages()
        .map(|s| Facts {
            id: s.id.clone(),
            has_value: true,
            text: Some(s.text.to_string()),
            ..Facts::default()
        })
        .collect();
    let segments: rustc_hash::FxHashMap<&str, &crate::article::Segment> = article
        .segments
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    // A missing translation is shown at its English, in the source file if it is there.
    let locate = |id: &str, d: Diagnostic| -> Diagnostic {
        if let Some(m) = source.messages.as_ref().and_then(|f| f.get(id)) {
            let f = source.messages.as_ref().map(|f| &f.source);
            if let Some(src) = f {
                return d.at(src, m.span.clone());
            }
        }
        match segments.get(id) {
            Some(seg) => {
                let end = article.source.text[seg.offset..]
                    .find('\n')
                    .map_or(article.source.text.len(), |i| seg.offset + i);
                d.at(&article.source, seg.offset..end)
            }
            None => d.at_path(&file.source.path),
        }
    };
    let mut out = pair::pair_lints(
        &file.source,
        facts,
        &reference,
        &locate,
        &|_| false,
        "run `safha extract`: it moves translations whose English is gone to the end of the \
         file, commented out, and restores them if the English comes back",
    );
    for f in facts.iter().filter(|f| !f.is_term) {
        let Some(seg) = segments.get(f.id.as_str()) else {
            continue;
        };
        let Some((info, value)) = entry_of(file, f) else {
            continue;
        };
        out.extend(orthography::lints(&file.source, lang, &f.id, value.clone()));
        let same_on_purpose = info.meant_as_source();
        if let Some(text) = &f.text {
            if !same_on_purpose {
                out.extend(orthography::untranslated(
                    &file.source,
                    &f.id,
                    value.clone(),
                    &seg.text,
                    text,
                ));
            }
            out.extend(numbers::lints(
                &file.source,
                &f.id,
                value.clone(),
                &seg.text,
                text,
            ));
            out.extend(markup::parity(&file.source, &f.id, value, &seg.text, text));
        }
        if let Some(note) = &info.source_note
            && info.is_stale(&seg.text)
        {
            out.push(
                Diagnostic::warning(
                    "translation-stale",
                    format!("`{}` was translated from English that has since changed", f.id),
                )
                .at(&file.source, f.id_span.clone())
                .with_label("stale")
                .with_hint(format!(
                    "the English now reads: {}\nupdate the translation, then run `safha check --accept --id {}`",
                    render_diff(&word_diff(note, &seg.text), false),
                    f.id
                )),
            );
        }
    }
    out.extend(unformattable(lang, file, article));
    out
}

/// What the build cannot format and shows in English instead: a message that expands to
/// more placeables than Fluent formats (references fanning out). The other formatting
/// errors (a variable, a reference to nothing, a cycle) have lints of their own.
fn unformattable(
    lang: &Lang,
    file: &FtlFile,
    article: &crate::article::Article,
) -> Vec<Diagnostic> {
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::errors::ResolverError;
    if !file.text().contains('{') {
        return Vec::new();
    }
    let (t, _) = crate::l10n::bundle::Translations::new(lang.clone(), file.clone());
    let mut out = Vec::new();
    for seg in article.messages() {
        let Some((_, errors)) = t.format(&seg.id, None) else {
            continue;
        };
        let too_many = |e: &&FluentError| {
            matches!(
                e,
                FluentError::ResolverError(ResolverError::TooManyPlaceables)
            )
        };
        if let Some(e) = errors.iter().find(too_many) {
            out.push(t.format_warning(&seg.id, e));
        }
    }
    out
}

/// The message `f` describes, and where its text is: from after the id to the end of
/// its entry.
fn entry_of<'f>(
    file: &'f FtlFile,
    f: &Facts,
) -> Option<(&'f crate::l10n::ftl::MessageInfo, std::ops::Range<usize>)> {
    // Both lists come from the same text, so the id's span identifies the entry even
    // among duplicate ids.
    let info = file.at(f.id_span.start).filter(|m| m.span == f.id_span)?;
    let rest = file.text().get(f.id_span.end..info.range.end)?;
    let body = rest.trim_start_matches([' ', '\t']);
    let body = body.strip_prefix('=').unwrap_or(body);
    let start = info.range.end - body.trim_start().len();
    let end = f.id_span.end + rest.trim_end().len();
    Some((info, start..end.max(start)))
}

/// Any other translation file (`ui.ftl`) against the source language's file of the same
/// name, or safha's bundled one.
fn other_lints(
    project: &Project,
    lang: &Lang,
    path: &Path,
    file: &FtlFile,
    facts: &[Facts],
) -> Vec<Diagnostic> {
    let name = path.file_name().unwrap_or_default();
    let source_path = project.locales_dir().join(project.source.tag()).join(name);
    let source_text = std::fs::read_to_string(&source_path)
        .ok()
        .map(|t| (project.display(&source_path).to_path_buf(), t))
        .or_else(|| {
            (name == crate::l10n::ui::FILE_NAME)
                .then(|| crate::l10n::ui::default_text(&project.source))
                .flatten()
                .map(|t| {
                    let shown = format!(
                        "<safha's built-in {}/{}>",
                        project.source.tag(),
                        crate::l10n::ui::FILE_NAME
                    );
                    (PathBuf::from(shown), t.to_string())
                })
        });
    let Some((shown, text)) = source_text else {
        return vec![
            Diagnostic::warning(
                "no-source-file",
                format!(
                    "{} has no source: neither an article nor {} exists",
                    file.source.path.display(),
                    project.display(&source_path).display()
                ),
            )
            .at_path(&file.source.path)
            .with_hint("an article's translation is named after it: locales/<lang>/<slug>.ftl"),
        ];
    };
    let src = SourceFile::new(shown, text.as_str());
    let reference = facts::facts(&src.text);
    let locate = |id: &str, d: Diagnostic| -> Diagnostic {
        match reference.iter().find(|r| r.id == id && !r.is_term) {
            Some(r) => d.at(&src, r.id_span.clone()),
            None => d.at_path(&file.source.path),
        }
    };
    // A ui.ftl need not repeat what safha's own translation of the language provides.
    let builtin: Vec<Facts> = (name == crate::l10n::ui::FILE_NAME)
        .then(|| crate::l10n::ui::default_text(lang))
        .flatten()
        .map(facts::facts)
        .unwrap_or_default();
    let mut out = pair::pair_lints(
        &file.source,
        facts,
        &reference,
        &locate,
        &|id| builtin.iter().any(|b| b.id == id && !b.is_term),
        "remove it, or add it to the source file first",
    );
    for f in facts.iter().filter(|f| !f.is_term) {
        let Some((_, value)) = entry_of(file, f) else {
            continue;
        };
        out.extend(orthography::lints(&file.source, lang, &f.id, value.clone()));
        if let (Some(t), Some(r)) = (
            &f.text,
            reference.iter().find(|r| r.id == f.id && !r.is_term),
        ) && let Some(rt) = &r.text
        {
            out.extend(orthography::untranslated(&file.source, &f.id, value, rt, t));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_too_big_to_format_is_reported_as_the_build_would_show_english() {
        let md = "---\ntitle: Fan\n---\n\nA paragraph.\n";
        let mut article = crate::article::Article::parse(Path::new("content/fan.md"), md).unwrap();
        crate::article::ids::assign(&mut article.segments, &[]);
        let ten = |inner: &str| format!("{{ {inner} }}").repeat(10);
        let ftl = format!(
            "-a = x\n-b = {}\n-c = {}\n-d = {}\ntitle = {{ -d }}\np-a-paragraph = متن\n",
            ten("-a"),
            ten("-b"),
            ten("-c")
        );
        let file = FtlFile::from_bytes(Path::new("locales/ur/fan.ftl"), ftl.as_bytes()).unwrap();
        let ur = Lang::parse("ur").unwrap();
        let found = unformattable(&ur, &file, &article);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, "ftl-format");
    }

    #[test]
    fn a_ui_files_digits_are_ten_digits_from_zero() {
        let lint = |digits: &str| {
            let text = format!("digits = {digits}\n");
            let file = FtlFile::from_bytes(Path::new("locales/ur/ui.ftl"), text.as_bytes())
                .expect("parses");
            ui_digits(&file).map(|d| d.code)
        };
        assert_eq!(lint("۰۱۲۳۴۵۶۷۸۹"), None);
        assert_eq!(lint("0 1 2 3 4 5 6 7 8 9"), None);
        assert_eq!(lint("۰۱۲۳۴۵۶۷۸"), Some("ui-digits"));
        assert_eq!(lint("۰۱۲۳۴۶۵۷۸۹"), Some("ui-digits"));
        assert_eq!(lint("abcdefghij"), Some("ui-digits"));
    }
}

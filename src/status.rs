//! `safha status` as a library call: how far each article is translated into each
//! language, which translations are missing, stale (with what changed in the English) or
//! obsolete.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::article::plain::{plain_text, word_count};
use crate::diag::Diagnostic;
use crate::l10n::bundle::Translations;
use crate::l10n::ftl::{EntryKind, FtlFile};
use crate::l10n::lang::fallback_chain;
use crate::l10n::publish::{self, Localized, Policy, StalePolicy};
use crate::l10n::sync::OBSOLETE_MARK;
use crate::l10n::{Lang, Status};
use crate::load;
use crate::project::Project;

/// One article in one language.
#[derive(Clone, Debug, Serialize)]
pub struct LangStatus {
    pub article: String,
    pub lang: String,
    /// The translation file, relative to the project.
    pub file: PathBuf,
    pub total: usize,
    pub translated: usize,
    pub missing: usize,
    pub stale: usize,
    pub obsolete: usize,
    /// Words of the source text, and of the segments translated (current or stale).
    pub words: usize,
    pub words_translated: usize,
    /// `words_translated / words` in percent: what `min_complete` is compared with.
    pub complete_percent: f64,
    /// Whether the build publishes this language for the article (`min_complete`, with
    /// the same stale policy).
    pub published: bool,
    pub missing_ids: Vec<String>,
    pub stale_items: Vec<Stale>,
    pub obsolete_ids: Vec<String>,
    /// Translations that are the English, copied (not marked `# same-as-source`): counted
    /// as untranslated, and listed as needing work.
    pub copied: usize,
    pub copied_ids: Vec<String>,
}

/// A translation made from English that has since changed.
#[derive(Clone, Debug, Serialize)]
pub struct Stale {
    pub id: String,
    /// The English the translation was made from (its `# en:` note).
    pub was: String,
    pub now: String,
    /// Word diff from `was` to `now`.
    pub diff: Vec<Change>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `equal`, `delete` or `insert`.
    pub op: &'static str,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub statuses: Vec<LangStatus>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The status of every article in every target language. What counts as translated, and
/// whether a language is published, is decided by [`publish::localize`], as the build
/// decides it with the same `stale` policy: a regional language draws on its parent's
/// translations (`ur-IN` on `ur`), and `stale = fallback` shows stale ones in English.
pub fn status(project: &Project, stale: StalePolicy) -> Result<Report, Diagnostic> {
    let mut report = Report::default();
    let policy = Policy {
        source: &project.source,
        locale_langs: &project.locale_langs,
        min_complete: project.config.min_complete,
        stale,
    };
    for path in project.article_paths()? {
        let source = match load::article(project, &path) {
            Ok(s) => s,
            Err(d) => {
                report.diagnostics.extend(d);
                continue;
            }
        };
        report.diagnostics.extend(source.warnings);
        let article = &source.article;
        // Every translation's file, for the fallback chains (the source's own is what
        // `extract` writes, never a translation; the build skips it too); one that cannot
        // be read is reported, and its language skipped.
        let mut files: BTreeMap<Lang, (PathBuf, Option<Translations>)> = BTreeMap::new();
        let mut unreadable = Vec::new();
        for lang in project
            .locale_langs
            .iter()
            .filter(|l| **l != project.source)
        {
            let path = project.article_ftl(lang, &article.slug);
            let shown = project.display(&path).to_path_buf();
            if !path.exists() {
                files.insert(lang.clone(), (shown, None));
                continue;
            }
            match FtlFile::load(&project.root, &path, &shown) {
                Ok(f) => {
                    let t = Translations::new(lang.clone(), f).0;
                    files.insert(lang.clone(), (shown, Some(t)));
                }
                Err(d) => {
                    report.diagnostics.extend(d);
                    unreadable.push(lang.clone());
                }
            }
        }
        for lang in project.targets().filter(|l| !unreadable.contains(l)) {
            let Some((shown, own)) = files.get(lang) else {
                continue;
            };
            let localized = publish::localize(&policy, article, lang, |l| {
                files.get(l).and_then(|(_, t)| t.as_ref())
            });
            let chain: Vec<&Translations> =
                fallback_chain(lang, &project.locale_langs, &project.source)
                    .iter()
                    .filter_map(|l| files.get(l).and_then(|(_, t)| t.as_ref()))
                    .collect();
            report.statuses.push(of_language(
                article,
                lang,
                shown.clone(),
                own.as_ref(),
                &chain,
                localized,
            ));
        }
    }
    Ok(report)
}

fn of_language(
    article: &crate::article::Article,
    lang: &Lang,
    shown: PathBuf,
    own: Option<&Translations>,
    chain: &[&Translations],
    localized: Localized,
) -> LangStatus {
    let obsolete_ids = own
        .map(|t| obsolete_ids_of(article)(&t.file))
        .unwrap_or_default();
    // The English a stale translation was made from: its note, in the file it came from.
    let note = |id: &str| {
        chain
            .iter()
            .find_map(|t| t.file.get(id))
            .and_then(|m| m.source_note.clone())
            .unwrap_or_default()
    };
    let text = &localized.text;
    let mut words = 0;
    let mut words_translated = 0;
    for (seg, out) in article.segments.iter().zip(&text.segments) {
        let w = word_count(&plain_text(&seg.text));
        words += w;
        if matches!(out.status, Status::Translated | Status::Stale) {
            words_translated += w;
        }
    }
    let stale_items = text
        .stale
        .iter()
        .filter_map(|id| article.segments.iter().find(|s| s.id == *id))
        .map(|seg| {
            let was = note(&seg.id);
            Stale {
                id: seg.id.clone(),
                diff: word_diff(&was, &seg.text),
                was,
                now: seg.text.to_string(),
            }
        })
        .collect();
    let total = article.messages().count();
    LangStatus {
        article: article.slug.clone(),
        lang: lang.tag(),
        file: shown,
        total,
        translated: total - text.missing.len() - text.stale.len() - text.copied.len(),
        missing: text.missing.len(),
        stale: text.stale.len(),
        obsolete: obsolete_ids.len(),
        words,
        words_translated,
        complete_percent: localized.complete,
        published: localized.published,
        missing_ids: localized.text.missing,
        stale_items,
        obsolete_ids,
        copied: localized.text.copied.len(),
        copied_ids: localized.text.copied,
    }
}

/// Translations in `file` that belong to no segment: commented-out obsolete blocks and
/// messages whose ids the article no longer has (`extract` has not run since).
fn obsolete_ids_of(article: &crate::article::Article) -> impl Fn(&FtlFile) -> Vec<String> + '_ {
    let current: std::collections::HashSet<&str> =
        article.segments.iter().map(|s| s.id.as_str()).collect();
    move |file| {
        let mut ids = Vec::new();
        for (kind, range) in &file.entries {
            match kind {
                EntryKind::Message(i) => {
                    let m = &file.messages[*i];
                    if !m.is_term && !current.contains(m.id.as_str()) {
                        ids.push(m.id.clone());
                    }
                }
                EntryKind::Comment => {
                    if let Some(id) = file.text()[range.clone()]
                        .lines()
                        .next()
                        .and_then(|l| l.strip_prefix("# "))
                        .and_then(|l| l.strip_prefix(OBSOLETE_MARK))
                    {
                        ids.push(id.trim().to_string());
                    }
                }
                _ => {}
            }
        }
        ids
    }
}

/// The changes that turn `old` into `new`, word by word (spaces kept with the words).
pub fn word_diff(old: &str, new: &str) -> Vec<Change> {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Change> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(Change {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    out
}

/// The changes that turn `old` into `new` phrase by phrase: a word diff whose changes
/// close together (no more than two words apart) are joined into one replaced phrase, so an
/// edited clause reads as old clause → new clause rather than a scatter of words.
pub fn phrase_diff(old: &str, new: &str) -> Vec<Change> {
    let words = word_diff(old, new);
    // Groups of (deleted, inserted) text, or equal text.
    let mut out: Vec<Change> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if words[i].op == "equal" {
            out.push(words[i].clone());
            i += 1;
            continue;
        }
        let (mut del, mut ins) = (String::new(), String::new());
        let mut j = i;
        loop {
            while j < words.len() && words[j].op != "equal" {
                match words[j].op {
                    "delete" => del.push_str(&words[j].text),
                    _ => ins.push_str(&words[j].text),
                }
                j += 1;
            }
            // A short stretch of equal words between two changes joins them.
            let bridge = words
                .get(j)
                .filter(|w| j + 1 < words.len() && w.text.split_whitespace().count() <= 2);
            match bridge {
                Some(w) => {
                    del.push_str(&w.text);
                    ins.push_str(&w.text);
                    j += 1;
                }
                None => break,
            }
        }
        for (op, text) in [("delete", del), ("insert", ins)] {
            if !text.is_empty() {
                out.push(Change { op, text });
            }
        }
        i = j;
    }
    out
}

/// A word diff as text: `[-removed-]{+added+}`, with a few words of context around each
/// change (in colour when `color`).
pub fn render_diff(diff: &[Change], color: bool) -> String {
    const CONTEXT: usize = 4;
    let mut out = String::new();
    for (i, c) in diff.iter().enumerate() {
        match c.op {
            "delete" if color => out.push_str(&format!("\x1b[31;9m{}\x1b[0m", c.text)),
            "insert" if color => out.push_str(&format!("\x1b[32;4m{}\x1b[0m", c.text)),
            "delete" => out.push_str(&format!("[-{}-]", c.text)),
            "insert" => out.push_str(&format!("{{+{}+}}", c.text)),
            _ => {
                let first = i == 0;
                let last = i + 1 == diff.len();
                let keep = if first || last { CONTEXT } else { 2 * CONTEXT };
                if c.text.split_whitespace().count() <= keep {
                    out.push_str(&c.text);
                } else {
                    if !first {
                        out.push_str(head(&c.text, CONTEXT));
                    }
                    out.push('…');
                    if !last {
                        out.push(' ');
                        out.push_str(tail(&c.text, CONTEXT));
                    }
                }
            }
        }
    }
    out
}

/// `text` up to the end of its `n`-th word (leading space included).
fn head(text: &str, n: usize) -> &str {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == n {
                    return &text[..i];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// `text` from the start of its `n`-th word from the end.
fn tail(text: &str, n: usize) -> &str {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == n {
                    return &text[i + c.len_utf8()..];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_not_word_soup() {
        let d = phrase_diff(
            "the talks in Doha were held in May and failed",
            "the talks in Doha, held in June, failed",
        );
        let ops: Vec<(&str, &str)> = d.iter().map(|c| (c.op, c.text.as_str())).collect();
        assert_eq!(
            ops,
            [
                ("equal", "the talks in "),
                ("delete", "Doha were held in May and"),
                ("insert", "Doha, held in June,"),
                ("equal", " failed"),
            ]
        );
    }

    #[test]
    fn word_diff_marks_only_the_changed_words() {
        let d = word_diff(
            "there were many predictions that",
            "there were several predictions that",
        );
        assert_eq!(
            render_diff(&d, false),
            "there were [-many-]{+several+} predictions that"
        );
        let long = "one two three four five six seven eight nine ten";
        let d = word_diff(long, &long.replace("six", "6"));
        assert_eq!(
            render_diff(&d, false),
            "… two three four five [-six-]{+6+} seven eight nine ten"
        );
    }
}

//! Reading `.ftl` files: bytes → checked text → syntax tree facts, with located errors.
//!
//! We parse with `fluent-syntax` (the reference parser, which keeps comments) to find
//! messages, their spans and the `# en:` notes that record what a translation was made
//! from; the runtime bundle is built separately from the same text.

use std::ops::Range;
use std::path::Path;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;

use crate::diag::{Diagnostic, SourceFile};

pub use super::syntax::MAX_PLACEABLE_DEPTH;

/// The comment prefix that records a translation's English source.
pub const SOURCE_NOTE: &str = "en: ";
/// The comment line that marks a translation meant to read exactly as its source (a name,
/// a title kept in English): it then counts as translated.
pub const SAME_AS_SOURCE: &str = "same-as-source";
/// The comment prefix of the current English above a stale translation (see
/// `l10n::placeholder`).
pub const CURRENT_NOTE: &str = "now: ";

/// What we know of one message or term in a file.
#[derive(Clone, Debug)]
pub struct MessageInfo {
    pub id: String,
    pub is_term: bool,
    /// Span of the id in the file (for a term, without its `-`).
    pub span: Range<usize>,
    /// The whole entry with its attached comment, up to its last non-blank line's end.
    pub range: Range<usize>,
    /// The value as plain text when it is only text and string literals (as `extract` writes).
    pub text: Option<String>,
    pub has_value: bool,
    /// The English this translation was made from (`# en: …` lines), if recorded.
    pub source_note: Option<String>,
    /// Comment lines other than the source note: the translator's own.
    pub notes: Vec<String>,
}

impl MessageInfo {
    /// Whether it was translated from English other than `english` (its `# en:` note
    /// differs): stale.
    pub fn is_stale(&self, english: &str) -> bool {
        self.source_note
            .as_deref()
            .is_some_and(|note| !crate::article::ids::same_words(note, english))
    }

    /// Whether a `# same-as-source` comment says it is meant to read as its English.
    pub fn meant_as_source(&self) -> bool {
        self.notes.iter().any(|n| n.trim() == SAME_AS_SOURCE)
    }

    /// Whether it is `english` copied as it is (with words to translate, so not a number
    /// or an acronym) and not marked `# same-as-source`: untranslated in all but name.
    pub fn is_copy_of(&self, english: &str) -> bool {
        self.text
            .as_deref()
            .is_some_and(|t| crate::article::ids::is_copy(english, t))
            && !self.meant_as_source()
    }
}

/// A parsed `.ftl` file.
#[derive(Clone, Debug)]
pub struct FtlFile {
    pub source: SourceFile,
    pub messages: Vec<MessageInfo>,
    /// Every entry of the file in order (messages, terms, comments, junk) with its range.
    pub entries: Vec<(EntryKind, Range<usize>)>,
    pub warnings: Vec<Diagnostic>,
    /// Each message's (not term's) first entry in `messages`, by id: files of a hundred
    /// thousand messages are looked up once per message.
    index: rustc_hash::FxHashMap<String, usize>,
    /// Every message's and term's entry in `messages`, by where its id starts.
    at: rustc_hash::FxHashMap<usize, usize>,
}

/// What a top-level entry of a `.ftl` file is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// Index into [`FtlFile::messages`].
    Message(usize),
    Comment,
    GroupComment,
    ResourceComment,
    Junk,
}

impl FtlFile {
    /// Reads and parses a file of the project at `root` (see [`crate::input::read`]);
    /// `display_path` is what diagnostics show.
    pub fn load(root: &Path, path: &Path, display_path: &Path) -> Result<FtlFile, Vec<Diagnostic>> {
        let bytes = crate::input::read(root, path, display_path, crate::input::MAX_TEXT)
            .map_err(|d| vec![d])?;
        FtlFile::from_bytes(display_path, &bytes)
    }

    pub fn from_bytes(display_path: &Path, bytes: &[u8]) -> Result<FtlFile, Vec<Diagnostic>> {
        let (file, errors) = FtlFile::from_bytes_lenient(display_path, bytes)?;
        if errors.is_empty() {
            Ok(file)
        } else {
            Err(errors)
        }
    }

    /// Like [`FtlFile::from_bytes`], but a file with syntax errors still gives its valid
    /// entries (the broken ones become junk) along with the errors. Only an encoding or
    /// nesting problem, which stops the parser from running at all, is an `Err`.
    pub fn from_bytes_lenient(
        display_path: &Path,
        bytes: &[u8],
    ) -> Result<(FtlFile, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut warnings = Vec::new();
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let good = &bytes[..e.valid_up_to()];
                // The valid prefix is UTF-8, so this cannot fail; it only locates the error.
                let prefix = String::from_utf8_lossy(good);
                let (line, col) = crate::diag::line_col(&prefix, prefix.len());
                return Err(vec![
                    Diagnostic::error(
                        "ftl-encoding",
                        format!("the file is not valid UTF-8 (line {line}, column {col})"),
                    )
                    .at(
                        &SourceFile::new(display_path, prefix.as_ref()),
                        prefix.len()..prefix.len(),
                    )
                    .with_label("invalid byte here")
                    .with_hint("save the file as UTF-8"),
                ]);
            }
        };
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => {
                warnings.push(
                    Diagnostic::warning("ftl-bom", "the file starts with a byte order mark")
                        .at_path(display_path)
                        .with_hint("safha ignores it; save the file as UTF-8 without BOM"),
                );
                rest
            }
            None => text,
        };
        let source = SourceFile::new(display_path, text);
        // Fluent allows control characters in text; they are taken out where text is
        // published (`input::publishable`), so one is a warning here, not a broken file.
        if let Err(mut d) = crate::input::check_characters(&source) {
            d.severity = crate::diag::Severity::Warning;
            warnings.push(d);
        }
        super::syntax::check_nesting(&source)?;
        // A last line of only spaces, with no line end after it, is nothing.
        let parsed = match text.rfind('\n') {
            Some(nl) if text[nl + 1..].trim_matches([' ', '\t']).is_empty() => &text[..=nl],
            _ => text,
        };
        let (resource, errors) = match parser::parse(parsed) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        let errors = errors
            .iter()
            .map(|e| super::syntax::diagnostic(&source, e))
            .collect();
        let (messages, entries) = collect_entries(text, &resource);
        let mut index = rustc_hash::FxHashMap::default();
        for (i, m) in messages.iter().enumerate().filter(|(_, m)| !m.is_term) {
            index.entry(m.id.clone()).or_insert(i);
        }
        let at = messages
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span.start, i))
            .collect();
        Ok((
            FtlFile {
                source,
                messages,
                entries,
                warnings,
                index,
                at,
            },
            errors,
        ))
    }

    pub fn text(&self) -> &str {
        &self.source.text
    }

    pub fn get(&self, id: &str) -> Option<&MessageInfo> {
        self.index.get(id).and_then(|&i| self.messages.get(i))
    }

    /// The message or term whose id starts at byte `offset`.
    pub fn at(&self, offset: usize) -> Option<&MessageInfo> {
        self.at.get(&offset).and_then(|&i| self.messages.get(i))
    }

    /// `(id, text)` of every plain-text message, in file order: the previous source messages.
    pub fn texts(&self) -> Vec<(String, String)> {
        self.messages
            .iter()
            .filter(|m| !m.is_term)
            .filter_map(|m| m.text.clone().map(|t| (m.id.clone(), t)))
            .collect()
    }
}

/// Byte offset of `slice` in `text`. The parser works on `&str` and every slice in its
/// tree points into the text it was given, which is how we get spans it does not record.
pub fn offset_in(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize)
        .saturating_sub(text.as_ptr() as usize)
        .min(text.len())
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

fn collect_entries(
    text: &str,
    resource: &ast::Resource<&str>,
) -> (Vec<MessageInfo>, Vec<(EntryKind, Range<usize>)>) {
    let mut messages = Vec::new();
    let mut starts = Vec::new();
    for entry in &resource.body {
        let comment_start = |c: Option<&ast::Comment<&str>>| {
            c.and_then(|c| c.content.first())
                .map(|line| line_start(text, offset_in(text, line)))
        };
        let (kind, start) = match entry {
            Entry::Message(ast::Message { id, comment, .. })
            | Entry::Term(ast::Term { id, comment, .. }) => {
                let at = offset_in(text, id.name);
                let start = comment_start(comment.as_ref()).unwrap_or_else(|| line_start(text, at));
                (EntryKind::Message(messages.len()), start)
            }
            Entry::Comment(c) => (EntryKind::Comment, comment_start(Some(c)).unwrap_or(0)),
            Entry::GroupComment(c) => {
                (EntryKind::GroupComment, comment_start(Some(c)).unwrap_or(0))
            }
            Entry::ResourceComment(c) => (
                EntryKind::ResourceComment,
                comment_start(Some(c)).unwrap_or(0),
            ),
            Entry::Junk { content } => (EntryKind::Junk, offset_in(text, content)),
        };
        if let EntryKind::Message(_) = kind {
            let (id, is_term, value, comment) = match entry {
                Entry::Message(m) => (m.id.name, false, m.value.as_ref(), m.comment.as_ref()),
                Entry::Term(t) => (t.id.name, true, Some(&t.value), t.comment.as_ref()),
                _ => unreachable!("only messages and terms are given this kind"),
            };
            let at = offset_in(text, id);
            let (source_note, notes) = split_comment(comment);
            messages.push(MessageInfo {
                id: id.to_string(),
                is_term,
                span: at..at + id.len(),
                range: start..start,
                text: value.and_then(pattern_text),
                has_value: value.is_some(),
                source_note,
                notes,
            });
        }
        starts.push((kind, start));
    }
    // An entry runs to where the next one starts, less the blank lines between them.
    let mut entries = Vec::with_capacity(starts.len());
    for (i, (kind, start)) in starts.iter().enumerate() {
        let next = starts
            .get(i + 1)
            .map_or(text.len(), |(_, s)| *s)
            .max(*start);
        let body = &text[*start..next];
        let end = start + body.trim_end().len();
        // Keep the last line's newline: an entry is whole lines.
        let end = match text[end..next].find('\n') {
            Some(nl) => end + nl + 1,
            None => next,
        };
        if let EntryKind::Message(m) = kind {
            messages[*m].range = *start..end;
        }
        entries.push((kind.clone(), *start..end));
    }
    (messages, entries)
}

fn split_comment(comment: Option<&ast::Comment<&str>>) -> (Option<String>, Vec<String>) {
    let Some(comment) = comment else {
        return (None, Vec::new());
    };
    let mut source = Vec::new();
    let mut notes = Vec::new();
    for line in &comment.content {
        match line.strip_prefix(SOURCE_NOTE) {
            Some(rest) => source.push(rest.to_string()),
            None if *line == SOURCE_NOTE.trim_end() => source.push(String::new()),
            None => notes.push(line.to_string()),
        }
    }
    let source = (!source.is_empty()).then(|| source.join("\n"));
    (source, notes)
}

/// A pattern's text when it holds only text and string literals; `None` otherwise.
pub fn pattern_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut out = String::new();
    for el in &pattern.elements {
        match el {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => out.push_str(&unescape_literal(value)?),
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}

/// Fluent string-literal escapes: `\"`, `\\`, `\uXXXX`, `\UXXXXXX`.
fn unescape_literal(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            u @ ('u' | 'U') => {
                let n = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(n).collect();
                let code = u32::from_str_radix(&hex, 16).ok()?;
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<FtlFile, Vec<Diagnostic>> {
        FtlFile::from_bytes(Path::new("locales/ur/a.ftl"), text.as_bytes())
    }

    #[test]
    fn messages_notes_and_text() {
        let f = load("# translator: careful\n# en: Hello\n# en: world\nhello = سلام { \"{\" }\n-brand = safha\n").unwrap();
        let m = f.get("hello").unwrap();
        assert_eq!(m.source_note.as_deref(), Some("Hello\nworld"));
        assert_eq!(m.notes, vec!["translator: careful".to_string()]);
        assert_eq!(m.text.as_deref(), Some("سلام {"));
        assert_eq!(f.source.line_col(m.span.start), (4, 1));
        assert!(f.get("brand").is_none());
    }

    #[test]
    fn syntax_error_is_located() {
        let errs = load("ok = fine\nbroken = { $x\nnext = 1\n").unwrap_err();
        assert_eq!(errs[0].code, "ftl-syntax");
        assert_eq!(errs[0].location().as_deref(), Some("locales/ur/a.ftl:2:10"));
        assert!(errs[0].render(false).contains("broken = { $x"));
    }

    #[test]
    fn invalid_utf8_and_deep_nesting() {
        let errs = FtlFile::from_bytes(Path::new("a.ftl"), b"a = 1\nb = \xff\n").unwrap_err();
        assert_eq!(errs[0].location().as_deref(), Some("a.ftl:2:5"));
        let deep = format!("a = {}x{}\n", "{ ".repeat(100), " }".repeat(100));
        let errs = load(&deep).unwrap_err();
        assert_eq!(errs[0].code, "ftl-nesting");
    }
}

//! Diagnostics: problems in a user's files, located to `file:line:col`.
//!
//! Every error or warning that points into an input file is a [`Diagnostic`]. It keeps the
//! byte span and a copy of the source so it can be rendered the way rustc renders its own
//! errors (via `annotate-snippets`): the `--> file:line:col` header, the offending line, the
//! span underlined, and a hint. Problems with no position (a missing folder) carry only a
//! path.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// How bad a diagnostic is: errors stop the thing they are about, warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

/// A file's text, shared by all diagnostics that point into it.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: Arc<str>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.text, offset)
    }
}

/// 1-based line and column (counted in characters, as editors do) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Byte offset of a 1-based line and column (in characters); clamps to the text.
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let mut offset = 0;
    for _ in 1..line {
        match text[offset..].find('\n') {
            Some(i) => offset += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[offset..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let in_line = rest[..line_end]
        .char_indices()
        .nth(col.saturating_sub(1))
        .map_or(line_end, |(i, _)| i);
    offset + in_line
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem found in the user's input.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short code that tests and tools can match on, e.g. `ftl-syntax`.
    pub code: &'static str,
    pub message: String,
    pub path: Option<PathBuf>,
    /// Source and byte span, when the problem has a position.
    pub span: Option<(SourceFile, Range<usize>)>,
    /// What the label under the span says.
    pub label: Option<String>,
    /// How to fix it.
    pub hint: Option<String>,
    /// What replaces the span when the fix is certain (an Arabic letter by its Urdu
    /// twin): the translation studio offers it as one click.
    pub fix: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            path: None,
            span: None,
            label: None,
            hint: None,
            fix: None,
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at_path(mut self, path: impl AsRef<Path>) -> Self {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    pub fn at(mut self, source: &SourceFile, span: Range<usize>) -> Self {
        let start = floor_char_boundary(&source.text, span.start.min(source.text.len()));
        let end = floor_char_boundary(&source.text, span.end.clamp(start, source.text.len()));
        self.path = Some(source.path.clone());
        self.span = Some((source.clone(), start..end));
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn with_fix(mut self, replacement: impl Into<String>) -> Self {
        self.fix = Some(replacement.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:col` (or just `file`, or nothing) for one-line summaries and JSON.
    pub fn location(&self) -> Option<String> {
        match (&self.span, &self.path) {
            (Some((src, span)), _) => {
                let (line, col) = src.line_col(span.start);
                Some(format!("{}:{line}:{col}", src.path.display()))
            }
            (None, Some(path)) => Some(path.display().to_string()),
            (None, None) => None,
        }
    }

    /// 1-based line and column, when the diagnostic has a position.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        self.span
            .as_ref()
            .map(|(src, span)| src.line_col(span.start))
    }

    /// The diagnostic as a JSON object: severity, code, message, file, line, column (of the
    /// span's start; end_line/end_column of its end), label, hint.
    pub fn to_json(&self) -> serde_json::Value {
        let (end_line, end_column) = match &self.span {
            Some((src, span)) => {
                let (l, c) = src.line_col(span.end);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        let (line, column) = self.line_col().unzip();
        serde_json::json!({
            "severity": match self.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            "code": self.code,
            "message": self.message,
            "file": self.path.as_ref().map(|p| p.display().to_string()),
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column,
            "label": self.label,
            "hint": self.hint,
        })
    }

    /// Render as rustc does: header, `--> file:line:col`, the line, the span underlined, hint.
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let title = level.primary_title(self.message.as_str()).id(self.code);
        let path_string;
        let mut group = match &self.span {
            Some((src, span)) => {
                path_string = src.path.display().to_string();
                let (lines, shifted, first_line) = excerpt(&src.text, span.clone());
                let mut annotation = AnnotationKind::Primary.span(shifted);
                if let Some(label) = &self.label {
                    annotation = annotation.label(label.as_str());
                }
                title.element(
                    Snippet::source(lines)
                        .line_start(first_line)
                        .path(path_string.as_str())
                        .annotation(annotation),
                )
            }
            None => {
                let g = Group::with_title(title);
                match &self.path {
                    Some(path) => {
                        path_string = path.display().to_string();
                        g.element(Level::NOTE.message(format!("in {path_string}")))
                    }
                    None => g,
                }
            }
        };
        if let Some(hint) = &self.hint {
            group = group.element(Level::HELP.message(hint.as_str()));
        }
        renderer.render(&[group])
    }
}

/// The lines around a span (so huge files are not copied into every diagnostic), the span
/// shifted into that excerpt, and the excerpt's first line number.
fn excerpt(text: &str, span: Range<usize>) -> (&str, Range<usize>, usize) {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = match text[span.end..].find('\n') {
        Some(i) => span.end + i,
        None => text.len(),
    };
    // A span that runs over many lines is cut to its first few: the start is what matters.
    let mut cut_end = end;
    let mut newlines = 0;
    for (i, b) in text[start..end].bytes().enumerate() {
        if b == b'\n' {
            newlines += 1;
            if newlines == 6 {
                cut_end = start + i;
                break;
            }
        }
    }
    let first_line = text[..start].bytes().filter(|&b| b == b'\n').count() + 1;
    let shifted = (span.start - start)..(span.end.min(cut_end) - start);
    (&text[start..cut_end], shifted, first_line)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.location() {
            Some(loc) => write!(f, "{loc}: {kind}: {}", self.message),
            None => write!(f, "{kind}: {}", self.message),
        }
    }
}

/// A diagnostic that ends the operation it happened in.
#[derive(Debug, thiserror::Error)]
#[error("{}", .0)]
pub struct Failed(pub Box<Diagnostic>);

impl From<Diagnostic> for Failed {
    fn from(d: Diagnostic) -> Self {
        Failed(Box::new(d))
    }
}

/// An I/O error on a path, as a diagnostic.
pub fn io_error(code: &'static str, what: &str, path: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(code, format!("cannot {what} {}: {err}", path.display())).at_path(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "a = b\nاردو = x\n";
        let offset = text
            .find('=')
            .map(|i| text[i + 1..].find('=').unwrap() + i + 1);
        assert_eq!(line_col(text, offset.unwrap()), (2, 6));
        assert_eq!(offset_of(text, 2, 6), offset.unwrap());
    }

    #[test]
    fn render_names_file_line_col_and_underlines() {
        let src = SourceFile::new("locales/ur/a.ftl", "ok = 1\nbad { = 2\nnext = 3\n");
        let d = Diagnostic::error("ftl-syntax", "expected `=`")
            .at(&src, 11..12)
            .with_label("here")
            .with_hint("every message is `id = value`");
        let out = d.render(false);
        assert!(out.contains("locales/ur/a.ftl:2:5"), "{out}");
        assert!(out.contains("bad { = 2"), "{out}");
        assert!(out.contains("^ here"), "{out}");
        assert!(out.contains("every message is"), "{out}");
        assert_eq!(d.to_string(), "locales/ur/a.ftl:2:5: error: expected `=`");
    }
}

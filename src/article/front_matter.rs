//! YAML front matter between `---` lines at the top of an article.
//!
//! Only a handful of keys are known; an unknown key is an error (a typo such as `titel`
//! would otherwise silently lose the title), and every error points at its line and column.

use serde::Deserialize;

use crate::diag::{Diagnostic, SourceFile};

/// The article's metadata.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub summary: Option<String>,
    pub author: Option<String>,
    /// Who translated it: credited in the editions of other languages than the source's.
    pub translator: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Byte offsets of the title and summary values in the file, for diagnostics.
    pub title_offset: usize,
    pub summary_offset: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    title: String,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    translator: Option<String>,
    #[serde(default)]
    date: Option<String>,
    /// Accepted for compatibility with other tools; the source language comes from safha.toml.
    #[serde(default)]
    #[allow(dead_code)]
    lang: Option<String>,
}

const HINT: &str = "front matter is YAML between two `---` lines: `title: \"…\"` (required), \
                    `summary`, `author`, `translator`, `date: YYYY-MM-DD`";

/// Splits and parses the front matter; returns it and the byte offset where the body starts.
pub fn parse(source: &SourceFile) -> Result<(FrontMatter, usize), Diagnostic> {
    let text: &str = &source.text;
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text.trim().is_empty() {
        return Err(Diagnostic::error("article-empty", "the article is empty")
            .at(source, 0..0)
            .with_hint(HINT));
    }
    if text[..first_line_end].trim_end() != "---" {
        return Err(Diagnostic::error(
            "front-matter-missing",
            "the article does not start with front matter",
        )
        .at(source, 0..first_line_end.saturating_sub(1))
        .with_label("expected `---` here")
        .with_hint(HINT));
    }
    let yaml_start = first_line_end;
    let mut pos = yaml_start;
    let (yaml_end, body_start) = loop {
        if pos >= text.len() {
            return Err(Diagnostic::error(
                "front-matter-unterminated",
                "the front matter is never closed",
            )
            .at(source, 0..3)
            .with_label("opened here")
            .with_hint("end the front matter with a line holding only `---`"));
        }
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            break (pos, end);
        }
        pos = end;
    };
    let yaml = &text[yaml_start..yaml_end];
    let locate = |line: u64, col: u64| -> usize {
        // The YAML starts on the file's second line.
        crate::diag::offset_of(text, line as usize + 1, col.max(1) as usize)
    };
    if yaml.trim().is_empty() {
        return Err(
            Diagnostic::error("front-matter-invalid", "the front matter is empty")
                .at(source, yaml_start..yaml_end)
                .with_hint(HINT),
        );
    }
    let options = serde_saphyr::options! { with_snippet: false };
    let raw: Raw = serde_saphyr::from_str_with_options(yaml, options).map_err(|e| {
        let message = yaml_message(&e.to_string());
        let d = Diagnostic::error("front-matter-invalid", "invalid front matter")
            .with_label(message)
            .with_hint(HINT);
        match e.location() {
            Some(loc) if loc.line() > 0 => {
                let at = locate(loc.line(), loc.column());
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                d.at(source, at..end.max(at))
            }
            _ => d.at(source, yaml_start..yaml_end),
        }
    })?;
    let key_offset = |key: &str| -> usize {
        let mut p = yaml_start;
        for line in yaml.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix(key)
                && rest.trim_start().starts_with(':')
            {
                return p;
            }
            p += line.len();
        }
        yaml_start
    };
    // An escape such as "\x01" puts a character no output may carry into a value.
    for (key, value) in [
        ("title", Some(&raw.title)),
        ("summary", raw.summary.as_ref()),
        ("author", raw.author.as_ref()),
        ("translator", raw.translator.as_ref()),
        ("date", raw.date.as_ref()),
    ] {
        if let Some(c) = value.and_then(|v| v.chars().find(|c| crate::input::unpublishable(*c))) {
            let at = key_offset(key);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            return Err(Diagnostic::error(
                "control-character",
                format!("`{key}` holds the control character U+{:04X}", c as u32),
            )
            .at(source, at..end)
            .with_label("written as an escape")
            .with_hint("remove the escape; no web page or PDF can show that character"));
        }
    }
    let title = raw.title.trim().to_string();
    if title.is_empty() {
        return Err(
            Diagnostic::error("front-matter-invalid", "the title is empty")
                .at(source, key_offset("title")..key_offset("title") + 5)
                .with_hint(HINT),
        );
    }
    if let Some(date) = &raw.date
        && !is_iso_date(date)
    {
        let at = key_offset("date");
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        return Err(
            Diagnostic::error("front-matter-invalid", format!("`{date}` is not a date"))
                .at(source, at..end)
                .with_label("expected YYYY-MM-DD")
                .with_hint(HINT),
        );
    }
    let summary = raw
        .summary
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    Ok((
        FrontMatter {
            title,
            summary,
            author: raw
                .author
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty()),
            translator: raw
                .translator
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty()),
            date: raw.date,
            title_offset: key_offset("title"),
            summary_offset: key_offset("summary"),
        },
        body_start,
    ))
}

/// serde-saphyr appends the position to its messages; we show the position ourselves.
fn yaml_message(display: &str) -> String {
    let first = display.lines().next().unwrap_or(display);
    match first.rfind(" at line ") {
        Some(i) => first[..i].to_string(),
        None => first.to_string(),
    }
}

/// A proleptic Gregorian `YYYY-MM-DD` with a day that exists in that month.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    if y == 0 {
        // No year 0 in the calendar feeds and `<time>` use.
        return false;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<(FrontMatter, usize), Diagnostic> {
        parse(&SourceFile::new("content/a.md", text))
    }

    #[test]
    fn reads_keys_and_body_offset() {
        let text = "---\ntitle: \"Hello\"\nsummary: One line.\n---\n\nBody\n";
        let (fm, body) = parse_str(text).unwrap();
        assert_eq!(fm.title, "Hello");
        assert_eq!(fm.summary.as_deref(), Some("One line."));
        assert_eq!(&text[body..], "\nBody\n");
    }

    #[test]
    fn unknown_key_names_its_line() {
        let err = parse_str("---\ntitle: x\ntitel: y\n---\nBody\n").unwrap_err();
        assert_eq!(err.location().as_deref(), Some("content/a.md:3:1"));
        assert!(
            err.label.as_deref().unwrap_or("").contains("titel"),
            "{err:?}"
        );
    }

    #[test]
    fn unterminated_and_wrong_types() {
        let err = parse_str("---\ntitle: x\nBody\n").unwrap_err();
        assert_eq!(err.code, "front-matter-unterminated");
        let err = parse_str("---\ntitle: [1, 2]\n---\nBody\n").unwrap_err();
        assert_eq!(err.code, "front-matter-invalid");
        assert_eq!(err.line_col().map(|p| p.0), Some(2));
        let err = parse_str("---\ntitle: x\ndate: 2023-02-30\n---\nBody\n").unwrap_err();
        assert_eq!(err.location().as_deref(), Some("content/a.md:3:1"));
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2023-2-01"));
        assert!(!is_iso_date("0000-01-01"));
        assert!(!is_iso_date("+999-01-01"));
        assert!(!is_iso_date("2024-+1-01"));
    }
}

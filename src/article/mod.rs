//! Articles, the first stage of the pipeline: `content/<slug>.md` is parsed into an
//! [`Article`] (the types are in `model`), and everything downstream (extraction,
//! localization, editions, renderers) reads that model, never the Markdown again.

mod front_matter;
pub mod ids;
mod line_break;
pub mod line_start;
mod markdown;
mod model;
pub mod note_lines;
pub mod notes;
pub mod plain;
pub mod targets;
pub mod verbatim;

use std::path::Path;

pub use front_matter::FrontMatter;
pub use line_break::is_line_break;
pub use markdown::{MAX_NESTING, is_inline as is_inline_tag, options as markdown_options};
pub use model::{
    Align, Article, Block, ListItem, SUMMARY, Segment, SegmentKind, SegmentRef, TITLE, misras,
    note_key,
};

use crate::diag::{Diagnostic, SourceFile};

impl Article {
    /// Parses an article's text. `path` is used for diagnostics and the slug.
    pub fn parse(path: &Path, text: &str) -> Result<Article, Diagnostic> {
        let slug = slug_of(path)?;
        // Some Windows editors start UTF-8 files with a byte order mark.
        let (text, bom) = match text.strip_prefix('\u{feff}') {
            Some(rest) => (rest, true),
            None => (text, false),
        };
        let source = SourceFile::new(path, text);
        crate::input::check_characters(&source)?;
        let (front, body_offset) = front_matter::parse(&source)?;
        let mut segments = vec![Segment {
            id: String::new(),
            kind: SegmentKind::Title,
            text: front.title.as_str().into(),
            offset: front.title_offset,
        }];
        if let Some(summary) = &front.summary {
            segments.push(Segment {
                id: String::new(),
                kind: SegmentKind::Summary,
                text: summary.as_str().into(),
                offset: front.summary_offset,
            });
        }
        let body = markdown::parse(&source, body_offset, &mut segments)?;
        if body.blocks.is_empty() {
            return Err(
                Diagnostic::error("article-empty", "the article has no body")
                    .at(&source, body_offset..text.len())
                    .with_hint(
                        "write the article's Markdown after the closing `---` of the front matter",
                    ),
            );
        }
        Ok(Article {
            slug,
            source,
            front,
            blocks: body.blocks,
            segments,
            note_numbers: Article::number_notes(&body.notes),
            notes: body.notes,
            warnings: bom
                .then(|| {
                    Diagnostic::warning("md-bom", "the file starts with a byte order mark")
                        .at_path(path)
                        .with_hint("safha ignores it; save the file as UTF-8 without BOM")
                })
                .into_iter()
                .chain(body.warnings)
                .collect(),
        })
    }

    /// Parses with ids assigned against the previous source-language messages (`id`, `text`),
    /// so that unchanged segments keep their ids.
    pub fn parse_with_ids(
        path: &Path,
        text: &str,
        previous: &[(String, String)],
    ) -> Result<Article, Diagnostic> {
        let mut article = Article::parse(path, text)?;
        ids::assign(&mut article.segments, previous);
        Ok(article)
    }
}

/// The slug is the file stem; it must be usable as a folder name and in URLs.
fn slug_of(path: &Path) -> Result<String, Diagnostic> {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let ok = !stem.is_empty()
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && !stem.starts_with('-');
    if ok {
        Ok(stem.to_string())
    } else {
        Err(Diagnostic::error(
            "article-slug",
            format!("`{stem}` is not a valid article slug"),
        )
        .at_path(path)
        .with_hint("name article files with lowercase ASCII letters, digits, hyphens and underscores, e.g. `content/my-article.md`"))
    }
}

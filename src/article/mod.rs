//! The article model: front matter plus a tree of blocks whose translatable runs are
//! [`Segment`]s with stable message ids.
//!
//! This is the first stage of the pipeline: `content/<slug>.md` is parsed into an
//! [`Article`], and everything downstream (extraction, localization, editions, renderers)
//! reads that model, never the Markdown again. Blocks refer to their segments by index, so
//! a localized article is simply one text per segment index.

mod front_matter;
pub mod ids;
mod markdown;
pub mod plain;

use std::path::Path;

pub use front_matter::FrontMatter;
pub use markdown::{MAX_NESTING, options as markdown_options};

use crate::diag::{Diagnostic, SourceFile};

/// What a segment is; decides its id prefix and how it is rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    Title,
    Summary,
    Heading,
    Paragraph,
    ListItem,
    Quote,
    TableCell,
    ImageAlt,
}

impl SegmentKind {
    /// The prefix of generated message ids, so a translator can tell `h-…` from `p-…`.
    pub fn id_prefix(self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Summary => "summary",
            SegmentKind::Heading => "h",
            SegmentKind::Paragraph => "p",
            SegmentKind::ListItem => "li",
            SegmentKind::Quote => "quote",
            SegmentKind::TableCell => "cell",
            SegmentKind::ImageAlt => "alt",
        }
    }
}

/// One translatable run of inline Markdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// The Fluent message id (assigned by [`ids::assign`]).
    pub id: String,
    pub kind: SegmentKind,
    /// The inline Markdown, exactly as the author wrote it (container prefixes removed).
    pub text: String,
    /// Byte offset of the segment in the article's source, for diagnostics.
    pub offset: usize,
}

/// A segment index into [`Article::segments`].
pub type SegmentRef = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    /// The item's own text (a tight item's inline content, or a loose item's first paragraph).
    pub segment: Option<SegmentRef>,
    /// Nested lists, further paragraphs, quotes.
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        segment: SegmentRef,
    },
    Paragraph {
        segment: SegmentRef,
    },
    Quote {
        blocks: Vec<Block>,
    },
    List {
        /// `Some(n)`: an ordered list starting at n.
        start: Option<u64>,
        items: Vec<ListItem>,
    },
    Table {
        align: Vec<Align>,
        head: Vec<Option<SegmentRef>>,
        rows: Vec<Vec<Option<SegmentRef>>>,
    },
    /// An image standing alone in its paragraph; its alt text is translatable.
    Figure {
        src: String,
        title: String,
        alt: SegmentRef,
        offset: usize,
    },
    /// Code (and raw HTML, shown as text): never translated, always left to right.
    Code {
        info: String,
        text: String,
    },
    Rule,
}

/// A parsed article.
#[derive(Clone, Debug)]
pub struct Article {
    /// File stem of `content/<slug>.md`; names the output folder and the `.ftl` files.
    pub slug: String,
    pub source: SourceFile,
    pub front: FrontMatter,
    pub blocks: Vec<Block>,
    /// Title first, then the summary (if any), then the body's segments in reading order.
    pub segments: Vec<Segment>,
    /// Problems that did not stop parsing (raw HTML shown as text, …).
    pub warnings: Vec<Diagnostic>,
}

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
            text: front.title.clone(),
            offset: front.title_offset,
        }];
        if let Some(summary) = &front.summary {
            segments.push(Segment {
                id: String::new(),
                kind: SegmentKind::Summary,
                text: summary.clone(),
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

    pub fn segment(&self, id: &str) -> Option<&Segment> {
        self.segments.iter().find(|s| s.id == id)
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
        .with_hint("name article files with lowercase ASCII letters, digits and hyphens, e.g. `content/my-article.md`"))
    }
}

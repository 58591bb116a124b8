//! What the Markdown parser keeps while it walks the events: the open containers (frames)
//! and the segment being captured, and the small tables it reads tags with.

use std::ops::Range;

use pulldown_cmark::{Alignment, Tag};

use super::source::Reference;
use crate::article::model::{Align, Block, ListItem, SegmentRef};
use crate::diag::{Diagnostic, SourceFile};

/// An image inside running text (at `at` of `source`): shown as its alt text, on the web
/// as in print, since only a figure's image is checked, copied and published.
pub(super) fn inline_image(source: &SourceFile, at: usize) -> Diagnostic {
    let line = source.text[at..]
        .find('\n')
        .map_or(source.text.len(), |i| at + i);
    let end = source.text[at..line].find(')').map_or(line, |i| at + i + 1);
    Diagnostic::warning(
        "image-inline",
        "an image inside running text is shown as its alt text, on the web and in print",
    )
    .at(source, at..end)
    .with_hint("put the image in a paragraph of its own to publish it as a figure")
}

/// Deepest nesting of block quotes and lists an article may use.
pub const MAX_NESTING: usize = 32;

/// An error where a container opens (`range` of `source`) one level deeper than
/// [`MAX_NESTING`] inside the open `stack`.
pub(super) fn check_depth(
    stack: &[Frame],
    source: &SourceFile,
    range: &Range<usize>,
) -> Result<(), Diagnostic> {
    let depth = stack
        .iter()
        .filter(|f| {
            matches!(
                f,
                Frame::Quote { .. } | Frame::List { .. } | Frame::Footnote { .. }
            )
        })
        .count();
    if depth >= MAX_NESTING {
        let end = source.text[range.start..]
            .find('\n')
            .map_or(source.text.len(), |i| range.start + i)
            .min(range.start + 80);
        return Err(Diagnostic::error(
            "nesting-too-deep",
            format!("block quotes and lists are nested more than {MAX_NESTING} deep"),
        )
        .at(source, range.start..end)
        .with_label("this level is one too many")
        .with_hint("flatten the structure; no reader can follow that many levels"));
    }
    Ok(())
}

pub(super) enum Frame {
    Quote {
        blocks: Vec<Block>,
    },
    List {
        start: Option<u64>,
        items: Vec<ListItem>,
    },
    Item {
        segment: Option<SegmentRef>,
        loose: bool,
        task: Option<bool>,
        blocks: Vec<Block>,
    },
    Footnote {
        label: String,
        blocks: Vec<Block>,
    },
    Table {
        align: Vec<Align>,
        head: Vec<Option<SegmentRef>>,
        rows: Vec<Vec<Option<SegmentRef>>>,
        row: Vec<Option<SegmentRef>>,
    },
    Verbatim {
        info: String,
        text: String,
    },
}

#[derive(Clone, Copy, PartialEq)]
pub(super) enum CaptureKind {
    Paragraph,
    Heading(u8),
    Cell,
    /// A tight list item's text, which arrives without a paragraph around it.
    ItemText,
}

pub(super) struct Capture {
    pub(super) kind: CaptureKind,
    /// Text with no paragraph around it (a tight list item's): it ends where the next
    /// block or the item does.
    pub(super) bare: bool,
    pub(super) range: Option<Range<usize>>,
    /// Inline nesting depth (emphasis, links…) while inside the capture.
    pub(super) depth: usize,
    /// `Some` while the capture holds exactly one top-level image and nothing else.
    pub(super) lone_image: Option<LoneImage>,
    /// The address of a top-level link the capture holds and nothing else, while that
    /// link may hold a lone image.
    pub(super) image_link: Option<String>,
    pub(super) other_content: bool,
    /// Where the first image of the text is, if any.
    pub(super) first_image: Option<usize>,
    /// Reference-style links and images (`[text][label]`), written out inline in the
    /// segment, since a segment is rendered (and translated) apart from the definitions.
    pub(super) references: Vec<Reference>,
    /// Source ranges of the hard line breaks inside the capture.
    pub(super) hard_breaks: Vec<Range<usize>>,
    /// Raw HTML in the text: where the first piece is, and how many there are.
    pub(super) raw_html: Option<(Range<usize>, usize)>,
}

pub(super) struct LoneImage {
    pub(super) src: String,
    pub(super) link: Option<String>,
    pub(super) title: String,
    pub(super) alt: Option<Range<usize>>,
    pub(super) offset: usize,
}

impl Capture {
    /// Notes an inline element opening at `start`: a lone image at the capture's top, or
    /// alone in a lone link there, or other content.
    pub(super) fn open_inline(&mut self, tag: &pulldown_cmark::Tag<'_>, start: usize) {
        use pulldown_cmark::Tag;
        let linked = self.image_link.is_some();
        let free = self.lone_image.is_none() && !self.other_content;
        if self.depth == 0 || self.depth == 1 && linked {
            match tag {
                Tag::Image {
                    dest_url, title, ..
                } if free => {
                    self.lone_image = Some(LoneImage {
                        src: dest_url.to_string(),
                        link: self.image_link.clone(),
                        title: title.to_string(),
                        alt: None,
                        offset: start,
                    });
                }
                Tag::Link { dest_url, .. } if self.depth == 0 && !linked && free => {
                    self.image_link = Some(dest_url.to_string());
                }
                _ => self.other_content = true,
            }
        }
        self.depth += 1;
    }

    /// The depth of the capture's lone image: 0, or 1 inside the link that holds it.
    pub(super) fn image_depth(&self) -> usize {
        usize::from(self.image_link.is_some())
    }

    pub(super) fn new(kind: CaptureKind) -> Self {
        Capture {
            kind,
            bare: false,
            range: None,
            depth: 0,
            lone_image: None,
            image_link: None,
            other_content: false,
            first_image: None,
            references: Vec::new(),
            hard_breaks: Vec::new(),
            raw_html: None,
        }
    }

    pub(super) fn extend(&mut self, r: &Range<usize>) {
        self.range = Some(match self.range.take() {
            None => r.clone(),
            Some(old) => old.start.min(r.start)..old.end.max(r.end),
        });
    }
}

/// Whether `tag` is inline markup (emphasis, links, images…), not a block.
pub fn is_inline(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

pub(super) fn align(a: &Alignment) -> Align {
    match a {
        Alignment::None => Align::None,
        Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}

//! What the Markdown parser keeps while it walks the events: the open containers (frames)
//! and the segment being captured, and the small tables it reads tags with.

use std::ops::Range;

use pulldown_cmark::{Alignment, Tag};

use super::source::Reference;
use crate::article::model::{Align, Block, ListItem, SegmentRef};

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
    pub(super) other_content: bool,
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
    pub(super) title: String,
    pub(super) alt: Option<Range<usize>>,
    pub(super) offset: usize,
}

impl Capture {
    pub(super) fn new(kind: CaptureKind) -> Self {
        Capture {
            kind,
            bare: false,
            range: None,
            depth: 0,
            lone_image: None,
            other_content: false,
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

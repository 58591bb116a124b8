//! The page model between layout and the PDF writer: paragraphs' lines placed on pages,
//! straight rules, the page geometry. Positions are in points, y growing downwards.

use std::ops::Range;
use std::sync::Arc;

use crate::config::PageSize;
use safha_text::Paragraph;

/// Page size and margins, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
    /// The binding side.
    pub inner: f32,
    pub outer: f32,
}

impl Geometry {
    pub fn new(size: PageSize) -> Geometry {
        match size {
            PageSize::A4 => Geometry {
                width: 595.28,
                height: 841.89,
                top: 66.0,
                bottom: 62.0,
                inner: 68.0,
                outer: 50.0,
            },
            PageSize::A5 => Geometry {
                width: 419.53,
                height: 595.28,
                top: 50.0,
                bottom: 46.0,
                inner: 50.0,
                outer: 36.0,
            },
            PageSize::Letter => Geometry {
                width: 612.0,
                height: 792.0,
                top: 64.0,
                bottom: 60.0,
                inner: 72.0,
                outer: 54.0,
            },
        }
    }

    pub fn content_width(&self) -> f32 {
        self.width - self.inner - self.outer
    }

    pub fn content_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }

    /// Left margin of page `index` (0-based). Left-to-right books bind recto pages on the
    /// left; right-to-left books open the other way and bind recto pages on the right.
    pub fn left_margin(&self, index: usize, rtl_book: bool) -> f32 {
        let recto = index.is_multiple_of(2);
        if recto != rtl_book {
            self.inner
        } else {
            self.outer
        }
    }
}

/// A paragraph's lines `lines` placed with their first line box's top-left corner at
/// (`x`, `top`), in page coordinates with y growing downwards.
#[derive(Clone, Debug)]
pub struct Placed {
    pub x: f32,
    pub top: f32,
    pub para: Arc<Paragraph>,
    pub lines: Range<usize>,
    /// What these lines are in the article's structure; `None` for page furniture.
    pub tag: Option<Tag>,
    /// Whether its text ends in a space after the paragraph's last line: it shares a
    /// baseline with other text (a table row's cells, a list's or note's number beside
    /// its first line), which extractors that join text runs as they come (pdf.js)
    /// would otherwise run together (`2019.1.`, `۲۰۲۵–۲۶تبدیلی`).
    pub spaced: bool,
    /// Whether these lines are a table cell's.
    pub cell: bool,
}

impl Placed {
    /// The article's segment whose text these lines set, if any.
    pub fn segment(&self) -> Option<crate::article::SegmentRef> {
        match self.tag? {
            Tag {
                node: Node::Segment(s),
                part: Part::Text,
                ..
            } => Some(s),
            _ => None,
        }
    }
}

/// Where something placed belongs in the article's logical structure (the tagged PDF's
/// structure tree, [`crate::pdf::tags`]): a node, in one of the edition's columns, and
/// which part of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag {
    pub node: Node,
    /// 0: the edition's language (the parallel edition's left column); 1: the right.
    pub column: u8,
    pub part: Part,
}

impl Tag {
    /// The text of `node`, in the edition's first column.
    pub fn of(node: Node) -> Tag {
        Tag {
            node,
            column: 0,
            part: Part::Text,
        }
    }

    pub fn text(segment: crate::article::SegmentRef) -> Tag {
        Tag::of(Node::Segment(segment))
    }

    pub fn with_part(self, part: Part) -> Tag {
        Tag { part, ..self }
    }
}

/// What of the article a tag points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Segment(crate::article::SegmentRef),
    /// The byline under the summary.
    Byline,
    /// A footnote set at the foot of a page, its paragraphs as one, by its first
    /// paragraph's segment.
    Note(crate::article::SegmentRef),
    /// A code block, by the address of its text in the article (the same in the layout
    /// and in the structure tree, which walk one article).
    Code(usize),
}

/// Which part of a node: its text, the number or bullet beside it, its image, or the
/// words of its `n`-th link (counted over the whole paragraph, one per line a link is
/// broken across, as the link annotations are made).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Text,
    Label,
    Image,
    Link(u32),
}

impl Placed {
    /// Whether line `i` of the paragraph ends in a space: it was broken at one (not inside
    /// a word), or it ends a paragraph set [`spaced`](Placed::spaced).
    pub fn ends_in_space(&self, i: usize) -> bool {
        let lines = &self.para.lines;
        let Some(line) = lines.get(i) else {
            return false;
        };
        let end = line.units.iter().map(|u| u.logical + u.text.len()).max();
        let next = lines
            .get(i + 1)
            .and_then(|l| l.units.iter().map(|u| u.logical).min());
        end.is_some() && (next > end || (self.spaced && i + 1 == lines.len()))
    }

    /// The baseline of the `n`-th line placed, page coordinates (y growing downwards).
    pub fn baseline(&self, n: usize) -> f32 {
        self.top + self.para.baseline_from(self.lines.start, n)
    }
}

/// A straight line (rules, quote bars, table grid), page coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rule {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
    pub width: f32,
}

#[derive(Clone, Debug, Default)]
pub struct Page {
    pub placed: Vec<Placed>,
    pub rules: Vec<Rule>,
    /// Headings that start on this page, in order: the outline's entries.
    pub marks: Vec<Mark>,
    pub images: Vec<PlacedImage>,
}

/// An image on a page: its box (page coordinates, y growing downwards, `y` its top).
#[derive(Clone, Debug)]
pub struct PlacedImage {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
    pub image: Arc<crate::pdf::image::Image>,
    pub tag: Option<Tag>,
    /// Where the image links to (a linked figure), if anywhere.
    pub link: Option<Arc<str>>,
}

/// A heading where it starts: its level (0 for the title), text and top (page
/// coordinates, y growing downwards).
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub level: u8,
    pub title: Arc<str>,
    pub x: f32,
    pub y: f32,
}

/// A laid-out document, its pages handed out as they were made.
#[derive(Clone, Debug)]
pub struct Laid {
    /// How many pages.
    pub pages: usize,
    pub geometry: Geometry,
    pub rtl_book: bool,
    /// Tables set with words broken to fit their column.
    pub squeezed: Vec<super::set::TooWide>,
}

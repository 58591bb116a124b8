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
    /// The article's segment these lines set, if any.
    pub segment: Option<crate::article::SegmentRef>,
}

impl Placed {
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

/// A laid-out document.
#[derive(Clone, Debug)]
pub struct Laid {
    pub pages: Vec<Page>,
    pub geometry: Geometry,
    pub rtl_book: bool,
}

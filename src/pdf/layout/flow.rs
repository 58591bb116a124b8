//! Flows: what pagination places, a row of one or more sides that start level (one side
//! for a paragraph, two for a parallel pair, one per cell for a table row).

use std::sync::Arc;

use crate::l10n::{Dir, LocalizedArticle};
use safha_text::Paragraph;

/// One side of a flow: a paragraph at `x` (relative to the content box's left edge).
#[derive(Clone)]
pub(super) struct Side {
    pub(super) para: Arc<Paragraph>,
    pub(super) x: f32,
    /// A list marker placed beside the first line.
    pub(super) marker: Option<(Arc<Paragraph>, f32)>,
    /// A quote bar at this x, beside every line.
    pub(super) bar: Option<f32>,
    /// A heading's level (0 for the title) and text: an entry of the PDF's outline.
    pub(super) heading: Option<(u8, Arc<str>)>,
    /// An image drawn in the paragraph's box (the paragraph is one empty line as tall
    /// as the image), its width, and where it links to.
    pub(super) image: Option<(Arc<crate::pdf::image::Image>, f32, Option<Arc<str>>)>,
    /// Footnotes first referred to in this paragraph: each set at the foot of the page
    /// that holds its reference's line.
    pub(super) notes: Vec<FootNote>,
    /// What the paragraph is in the article's structure (what page holds a segment).
    pub(super) tag: Option<super::page::Tag>,
}

/// A footnote set at the foot of a page, in the column of its reference.
#[derive(Clone)]
pub(super) struct FootNote {
    pub(super) number: usize,
    pub(super) para: Arc<Paragraph>,
    pub(super) x: f32,
    /// Its number, placed beside the first line.
    pub(super) marker: (Arc<Paragraph>, f32),
    /// The column's left edge and width, and its direction: where the rule above the
    /// notes goes (the start side).
    pub(super) column: (f32, f32, bool),
    pub(super) tag: Option<super::page::Tag>,
    /// The line of the referring paragraph that holds the reference: the note goes to
    /// the foot of the page that line is on.
    pub(super) line: usize,
}

impl FootNote {
    /// The same note moved `dx` to the right (the parallel edition's right column).
    pub(super) fn shifted(&self, dx: f32) -> FootNote {
        FootNote {
            number: self.number,
            x: self.x + dx,
            marker: (self.marker.0.clone(), self.marker.1 + dx),
            column: (self.column.0 + dx, self.column.1, self.column.2),
            para: self.para.clone(),
            tag: self.tag.map(|t| super::page::Tag { column: 1, ..t }),
            line: self.line,
        }
    }
}

/// Sides that start level and flow together.
#[derive(Clone)]
pub(super) struct Flow {
    pub(super) sides: Vec<Side>,
    pub(super) before: f32,
    pub(super) after: f32,
    pub(super) keep_with_next: bool,
    pub(super) splittable: bool,
    pub(super) lines: Lines,
    /// Set again at the top of a page this flow starts: a table's header row, over
    /// the rows that run onto the next page.
    pub(super) repeat: Option<Arc<Flow>>,
}

/// The lines a flow draws besides its text.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Lines {
    None,
    /// A thematic break: a short rule centred in the content box, and nothing else.
    Break,
    /// A table row: each grid's rules above and below it and between its columns (the
    /// parallel edition pairs a row of a table in each language).
    Grid(Vec<Grid>),
}

/// A table row's rules: above and below it from `x0` to `x1`, column lines at `columns`.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Grid {
    pub(super) x0: f32,
    pub(super) x1: f32,
    pub(super) columns: Vec<f32>,
}

impl Grid {
    /// The same grid moved `dx` to the right.
    pub(super) fn shifted(&self, dx: f32) -> Grid {
        Grid {
            x0: self.x0 + dx,
            x1: self.x1 + dx,
            columns: self.columns.iter().map(|c| c + dx).collect(),
        }
    }
}

/// Space between a table row's text and its rules, above and below.
pub(super) const GRID_PAD: f32 = 3.0;

impl Flow {
    /// The height the flow's rules add to its lines where it is placed: a table row's
    /// padding above and below its text.
    pub(super) fn ruled(&self) -> f32 {
        match self.lines {
            Lines::Grid(_) => 2.0 * GRID_PAD,
            _ => 0.0,
        }
    }

    pub(super) fn height(&self) -> f32 {
        self.sides
            .iter()
            .map(|s| s.para.height())
            .fold(0.0, f32::max)
    }

    /// The height of the first `n` lines (a heading needs this much of what follows), or
    /// of all of them when pagination would not split the flow after `n`: a flow that
    /// cannot split, or one too short to leave `n` lines on each page.
    pub(super) fn head_height(&self, n: usize) -> f32 {
        self.sides
            .iter()
            .map(|s| s.para.lines_height(0..self.head_of(s, n)))
            .fold(0.0, f32::max)
    }

    /// How many lines [`head_height`](Self::head_height) counts, at most, on any side.
    pub(super) fn head_lines(&self, n: usize) -> usize {
        self.sides
            .iter()
            .map(|s| self.head_of(s, n))
            .max()
            .unwrap_or(0)
    }

    fn head_of(&self, side: &Side, n: usize) -> usize {
        let lines = side.para.lines.len();
        if !self.splittable || lines < 2 * n {
            lines
        } else {
            n
        }
    }
}

impl Flow {
    /// The same flow, its first side setting `segment`.
    pub(super) fn of(self, segment: crate::article::SegmentRef) -> Flow {
        self.tagged(super::page::Tag::text(segment))
    }

    /// The same flow, its first side tagged `tag`.
    pub(super) fn tagged(mut self, tag: super::page::Tag) -> Flow {
        if let Some(side) = self.sides.first_mut() {
            side.tag = Some(tag);
        }
        self
    }
}

/// A flow of one paragraph.
pub(super) fn single(para: Arc<Paragraph>, x: f32, before: f32, after: f32, keep: bool) -> Flow {
    Flow {
        sides: vec![Side {
            para,
            x,
            marker: None,
            bar: None,
            heading: None,
            image: None,
            notes: Vec::new(),
            tag: None,
        }],
        before,
        after,
        keep_with_next: keep,
        splittable: true,
        lines: Lines::None,
        repeat: None,
    }
}

/// Where a block is set: a column of `width` in `loc`'s language, `indent` from its start
/// edge, inside `quote` quotes and `lists` lists.
#[derive(Clone, Copy)]
pub(super) struct At<'a> {
    pub(super) loc: &'a LocalizedArticle,
    pub(super) width: f32,
    pub(super) indent: f32,
    pub(super) quote: usize,
    pub(super) lists: usize,
}

impl At<'_> {
    pub(super) fn rtl(&self) -> bool {
        self.loc.dir() == Dir::Rtl
    }

    /// The x (from the column's left edge) of something `start` from the start edge and
    /// `w` wide: mirrored in right-to-left text.
    pub(super) fn x_of(&self, start: f32, w: f32) -> f32 {
        if self.rtl() {
            self.width - start - w
        } else {
            start
        }
    }

    pub(super) fn deeper(self, indent: f32, quote: usize) -> Self {
        At {
            indent: self.indent + indent,
            quote: self.quote + quote,
            ..self
        }
    }

    /// Inside one more list's item, whose text starts `indent` further in.
    pub(super) fn in_item(self, indent: f32) -> Self {
        At {
            lists: self.lists + 1,
            ..self.deeper(indent, 0)
        }
    }
}

//! What the engine takes and gives: styled text and a paragraph style in, a paragraph of
//! placed glyphs and text units out.

use std::ops::Range;
use std::sync::Arc;

use crate::font::{FaceId, Variant};

/// Inline style of a stretch of text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub link: Option<Arc<str>>,
    /// Struck through (`~~…~~`): a rule is drawn through it.
    pub strike: bool,
}

/// A paragraph's text with its inline styles; `spans` cover the text in order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct StyledText {
    pub text: String,
    pub spans: Vec<(Range<usize>, Style)>,
}

impl StyledText {
    pub fn plain(text: &str) -> StyledText {
        StyledText {
            text: text.to_string(),
            spans: vec![(0..text.len(), Style::default())],
        }
    }

    pub fn push(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        match self.spans.last_mut() {
            Some((range, s)) if *s == style && range.end == start => range.end = self.text.len(),
            _ => self.spans.push((start..self.text.len(), style)),
        }
    }

    pub(crate) fn style_at(&self, byte: usize) -> &Style {
        static DEFAULT: std::sync::OnceLock<Style> = std::sync::OnceLock::new();
        // Spans are in order and do not overlap: a paragraph may have thousands.
        let i = self.spans.partition_point(|(r, _)| r.end <= byte);
        self.spans
            .get(i)
            .filter(|(r, _)| r.contains(&byte))
            .map(|(_, s)| s)
            .unwrap_or_else(|| DEFAULT.get_or_init(Style::default))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Both edges flush; the last line flush with the start edge.
    Justify,
    /// Both edges flush on every line, the last too: a misra of a couplet, spread to the
    /// width its pair shares.
    Full,
    Start,
    Center,
    End,
}

/// How a paragraph is set.
#[derive(Clone, Debug, PartialEq)]
pub struct ParaStyle {
    /// The paragraph's language as a BCP 47 tag (what the shaper is told).
    pub lang: String,
    /// Whether the paragraph's direction is right to left.
    pub rtl: bool,
    /// Font size in points.
    pub size: f32,
    pub align: Align,
    /// Break English words at syllables (never Urdu).
    pub hyphenate: bool,
    /// Minimum line height as a multiple of the size; the fonts' extents may ask for more.
    pub min_leading: f32,
    pub variant: Variant,
    /// Spaces are kept as typed, neither stretched nor dropped at a line's start (code).
    pub preserve_spaces: bool,
}

/// A glyph placed on a line. `x` runs left to right from the line's left edge, `dy` up
/// from the baseline, both in points.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedGlyph {
    pub face: FaceId,
    pub gid: u16,
    pub x: f32,
    pub dy: f32,
    pub advance: f32,
    pub size: f32,
    /// The text this glyph stands for when the glyphs themselves carry the text;
    /// `None` when the line's text is carried by its text units instead.
    pub text: Option<Arc<str>>,
}

impl PlacedGlyph {
    /// Where its ink starts and ends, in points from the paragraph's left edge; `None` for
    /// a glyph without an outline (a space).
    pub fn ink_x(&self, book: &crate::font::FontBook) -> Option<(f32, f32)> {
        let face = book.get(self.face);
        let [x0, _, x1, _] = face.ink_bounds(self.gid);
        let scale = self.size / face.upem;
        (x0 != x1).then(|| {
            (
                self.x + f32::from(x0) * scale,
                self.x + f32::from(x1) * scale,
            )
        })
    }
}

/// A stretch of a line's text with the box its glyphs cover: a word (one bidi level) or
/// a space. Right-to-left lines publish their text through these, in logical order.
#[derive(Clone, Debug, PartialEq)]
pub struct TextUnit {
    /// Spaces borrow their text: a line has nearly as many as words.
    pub text: std::borrow::Cow<'static, str>,
    pub x0: f32,
    pub x1: f32,
    pub rtl: bool,
    pub space: bool,
    /// Byte offset in the paragraph: sorts units into logical order.
    pub logical: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    /// Visual order, left to right.
    pub glyphs: Vec<PlacedGlyph>,
    /// Visual order, left to right.
    pub units: Vec<TextUnit>,
    /// Width actually covered (for ragged lines and tests).
    pub width: f32,
    /// Whether space was widened to fill the line.
    pub justified: bool,
    /// Whether the line ends in a hyphen the engine added (a word broken at a syllable).
    pub hyphenated: bool,
    /// Room added above and below the paragraph's line box for ink that rises or falls
    /// beyond it (ﷺ, stacked marks), in points.
    pub above: f32,
    pub below: f32,
    /// The room added to the lines before this one.
    pub extra_before: f32,
    /// The boxes of linked words, left to right.
    pub links: Vec<LinkSpan>,
    /// The stretches struck through, left to right (from the line's left edge).
    pub struck: Vec<(f32, f32)>,
    /// The stretches emphasised in a right-to-left paragraph, left to right: drawn in the
    /// accent colour, since Nastaliq has no italic (the web page colours its `em` so).
    pub accented: Vec<(f32, f32)>,
}

impl Line {
    /// Moves everything on the line `dx` points to the right (a turnover line's indent).
    pub fn shift(&mut self, dx: f32) {
        for g in &mut self.glyphs {
            g.x += dx;
        }
        for u in &mut self.units {
            u.x0 += dx;
            u.x1 += dx;
        }
        for l in &mut self.links {
            l.x0 += dx;
            l.x1 += dx;
        }
        for span in self.struck.iter_mut().chain(&mut self.accented) {
            span.0 += dx;
            span.1 += dx;
        }
    }
}

/// Linked words on a line: from `x0` to `x1` (points from the line's left edge), a run of
/// words with one address and the spaces between them.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkSpan {
    pub x0: f32,
    pub x1: f32,
    pub url: Arc<str>,
}

/// A set paragraph.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Paragraph {
    pub lines: Vec<Line>,
    /// Distance between baselines, in points.
    pub line_height: f32,
    /// From the top of a line box to its baseline.
    pub ascent: f32,
    /// Whether the text is carried by text units (right-to-left or complex script) rather
    /// than by the glyphs.
    pub text_layer: bool,
    pub rtl: bool,
}

impl Paragraph {
    pub fn height(&self) -> f32 {
        self.line_top(self.lines.len())
    }

    /// Room added to lines `..n` for their ink.
    fn extra_before(&self, n: usize) -> f32 {
        match self.lines.get(n) {
            Some(l) => l.extra_before,
            None => self
                .lines
                .last()
                .map_or(0.0, |l| l.extra_before + l.above + l.below),
        }
    }

    /// The top of line `n`'s box from the paragraph's top (its height past the last line).
    pub fn line_top(&self, n: usize) -> f32 {
        let n = n.min(self.lines.len());
        n as f32 * self.line_height + self.extra_before(n)
    }

    /// The height of lines `range`.
    pub fn lines_height(&self, range: Range<usize>) -> f32 {
        let k = range.end.saturating_sub(range.start);
        k as f32 * self.line_height
            + (self.extra_before(range.end) - self.extra_before(range.start))
    }

    /// The baseline of line `start + n`, from the top of line `start`'s box.
    pub fn baseline_from(&self, start: usize, n: usize) -> f32 {
        let above = self.lines.get(start + n).map_or(0.0, |l| l.above);
        n as f32 * self.line_height
            + (self.extra_before(start + n) - self.extra_before(start))
            + above
            + self.ascent
    }

    /// How many lines from line `start` fit in `room` points.
    pub fn lines_fitting(&self, start: usize, room: f32) -> usize {
        let left = self.lines.len().saturating_sub(start);
        if self.extra_before(self.lines.len()) == 0.0 {
            let fit = ((room + 0.01) / self.line_height).floor().max(0.0) as usize;
            return fit.min(left);
        }
        (0..left)
            .take_while(|&k| self.lines_height(start..start + k + 1) <= room + 0.01)
            .count()
    }
}

/// A character that no face in the chain can draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MissingGlyph {
    pub ch: char,
    /// Byte offset in the paragraph's text.
    pub offset: usize,
}

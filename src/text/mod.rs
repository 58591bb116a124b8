//! The text engine of the print layout: a paragraph of styled text in, justified lines of
//! positioned glyphs out.
//!
//! Modelled on Typst's inline layout, in four steps with one module each:
//! `prepare` (bidi levels, a face per character by coverage, pieces between break
//! opportunities), `shape` (each piece shaped once with harfrust and cached), `linebreak`
//! (UAX #14 opportunities, English hyphenation, optimal-fit breaking) and `finalize`
//! (visual order per line, justification by widening spaces, and the text units that make
//! right-to-left lines copy out of a PDF in logical order). Only the PDF layout uses it.

pub mod bidi;
mod finalize;
pub mod font;
mod linebreak;
mod overlong;
mod prepare;
pub mod shape;

use std::ops::Range;
use std::sync::Arc;

pub use font::{FaceId, FontBook, Variant, Writing};
pub use prepare::is_combining;
pub use shape::{ShapeCache, SharedShapes};

use crate::l10n::Lang;

/// Inline style of a stretch of text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub link: Option<Arc<str>>,
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

    fn style_at(&self, byte: usize) -> &Style {
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
    Start,
    Center,
    End,
}

/// How a paragraph is set.
#[derive(Clone, Debug, PartialEq)]
pub struct ParaStyle {
    pub lang: Lang,
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
    /// Room added above and below the paragraph's line box for ink that rises or falls
    /// beyond it (ﷺ, stacked marks), in points.
    pub above: f32,
    pub below: f32,
    /// The room added to the lines before this one.
    pub extra_before: f32,
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

/// A paragraph prepared and shaped, ready to be broken into lines of any width: the
/// parallel edition tries several column widths and shapes each paragraph once.
pub struct Shaped {
    prepared: Arc<prepare::Prepared>,
    runs: Arc<[Arc<shape::Run>]>,
    metrics: linebreak::Metrics,
    hyphen: Option<(FaceId, Arc<shape::Run>)>,
    style: ParaStyle,
}

/// Prepares and shapes `text`.
pub fn shape(
    book: &FontBook,
    cache: &mut ShapeCache,
    text: &StyledText,
    style: &ParaStyle,
) -> Result<Shaped, MissingGlyph> {
    let prepared = prepare::prepare(book, text, style)?;
    let runs = shape::shape_pieces(book, cache, &prepared, style)?;
    let hyphen = style.hyphenate.then(|| {
        let face = book.chain(Writing::Latin, style.variant)[0];
        let run = cache.shape(book, face, false, harfrust::Script::LATIN, "en", "-");
        (face, run)
    });
    let metrics = linebreak::metrics(&prepared, &runs, style, book);
    Ok(Shaped {
        prepared: Arc::new(prepared),
        runs: runs.into(),
        metrics,
        hyphen,
        style: style.clone(),
    })
}

impl Shaped {
    /// The same paragraph in `style`, which differs from its own at most in size: neither
    /// the preparation nor the shaping (in font units) depends on the size, only the
    /// widths line breaking measures. `None` for any other difference. The parallel edition
    /// sets each paragraph smaller than its own language's edition did.
    pub fn resized(&self, book: &FontBook, style: &ParaStyle) -> Option<Shaped> {
        let same = ParaStyle {
            size: style.size,
            ..self.style.clone()
        };
        (same == *style).then(|| Shaped {
            prepared: self.prepared.clone(),
            runs: self.runs.clone(),
            metrics: linebreak::metrics(&self.prepared, &self.runs, style, book),
            hyphen: self.hyphen.clone(),
            style: style.clone(),
        })
    }

    /// The line breaks at `width` points.
    fn breaks(&self, book: &FontBook, width: f32) -> Vec<linebreak::Break> {
        let hyphen_width = self.hyphen.as_ref().map_or(0.0, |(face, run)| {
            run.advance as f32 * self.style.size / book.get(*face).upem
        });
        linebreak::break_lines(
            &self.prepared,
            &self.metrics,
            &self.style,
            width,
            hyphen_width,
        )
    }

    /// The paragraph as set at `width`, if some word is wider than that: such words cut
    /// into pieces that fit (see [`overlong`]).
    fn fitted(&self, book: &FontBook, width: f32) -> Option<Shaped> {
        let (prepared, runs, metrics) = overlong::fit(
            book,
            &self.prepared,
            &self.runs,
            &self.metrics,
            &self.style,
            width,
        )?;
        Some(Shaped {
            prepared: Arc::new(prepared),
            runs: runs.into(),
            metrics,
            hyphen: self.hyphen.clone(),
            style: self.style.clone(),
        })
    }

    /// The paragraph's height at `width` without placing its glyphs: lines come back
    /// empty. For trying widths.
    pub fn measure(&self, book: &FontBook, width: f32) -> Paragraph {
        match self.fitted(book, width) {
            Some(fitted) => fitted.measure_as_is(book, width),
            None => self.measure_as_is(book, width),
        }
    }

    fn measure_as_is(&self, book: &FontBook, width: f32) -> Paragraph {
        let breaks = self.breaks(book, width);
        let (ascent, line_height) = finalize::vertical_metrics(book, &self.prepared, &self.style);
        let mut lines = vec![Line::default(); breaks.len()];
        finalize::stack(
            book,
            &self.prepared,
            &self.runs,
            &breaks,
            &self.style,
            (ascent, line_height),
            &mut lines,
        );
        Paragraph {
            lines,
            line_height,
            ascent,
            text_layer: self.prepared.text_layer,
            rtl: self.prepared.rtl,
        }
    }

    /// Breaks the shaped paragraph into lines of `width` points.
    pub fn lay_out(&self, book: &FontBook, width: f32) -> Paragraph {
        match self.fitted(book, width) {
            Some(fitted) => fitted.lay_out_as_is(book, width),
            None => self.lay_out_as_is(book, width),
        }
    }

    fn lay_out_as_is(&self, book: &FontBook, width: f32) -> Paragraph {
        let breaks = self.breaks(book, width);
        finalize::finalize(
            book,
            &self.prepared,
            &self.runs,
            &self.metrics,
            &breaks,
            &self.style,
            width,
            self.hyphen.as_ref(),
        )
    }
}

/// Sets `text` in lines of `width` points.
pub fn layout(
    book: &FontBook,
    cache: &mut ShapeCache,
    text: &StyledText,
    style: &ParaStyle,
    width: f32,
) -> Result<Paragraph, MissingGlyph> {
    Ok(shape(book, cache, text, style)?.lay_out(book, width))
}

/// Whether `c` needs a face to draw it: not white space a layout turns into room, not a
/// control character, not an invisible one.
pub fn needs_face(c: char) -> bool {
    !(c == ' ' || c.is_control() || is_invisible(c))
}

/// Whether `c` is part of the text a reader copies or searches: not an invisible control,
/// except the joiners that Urdu spelling keeps inside words (خوش‌قسمتی), and not the
/// tatweel, which only stretches what is drawn (a search types بہترین for بہتـــرین).
pub fn copied(c: char) -> bool {
    match c as u32 {
        0..0xAD => true,
        0x0600..=0x06FF => !matches!(c, '\u{061C}' | '\u{0640}'),
        _ => matches!(c, '\u{200C}' | '\u{200D}') || !is_invisible(c),
    }
}

/// Unicode's default-ignorable characters (bidi controls, joiners, variation selectors,
/// the soft hyphen, tags): never drawn by themselves, never reported as missing; the shaper
/// reads them where they matter (joining, emoji sequences).
pub fn is_invisible(c: char) -> bool {
    // Latin and the Arabic block, most of any text, answer at once.
    match c as u32 {
        0..0xAD => return false,
        0x0600..=0x06FF => return c == '\u{061C}',
        _ => {}
    }
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(lang: &str, size: f32) -> ParaStyle {
        let lang = Lang::parse(lang).unwrap();
        let rtl = lang.dir() == crate::l10n::Dir::Rtl;
        ParaStyle {
            lang,
            size,
            align: Align::Justify,
            hyphenate: !rtl,
            min_leading: 1.45,
            variant: Variant::default(),
            preserve_spaces: false,
        }
    }

    #[test]
    fn a_resized_paragraph_is_set_as_one_shaped_at_that_size() {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::default();
        for (lang, text) in [
            (
                "en",
                "In 2014 the TTP answered Zarb-e-Azb with attacks across the country.",
            ),
            (
                "ur",
                "۲۰۱۴ء میں TTP نے ضربِ عضب کا جواب ملک بھر میں حملوں سے دیا۔",
            ),
        ] {
            let text = StyledText::plain(text);
            let big = shape(&book, &mut cache, &text, &style(lang, 12.0)).unwrap();
            let small = style(lang, 8.5);
            let resized = big.resized(&book, &small).unwrap();
            let fresh = shape(&book, &mut cache, &text, &small).unwrap();
            for width in [90.0, 140.0] {
                assert_eq!(resized.lay_out(&book, width), fresh.lay_out(&book, width));
            }
            // Any other difference is not a resize.
            let other = ParaStyle {
                align: Align::Start,
                ..small
            };
            assert!(big.resized(&book, &other).is_none());
        }
    }
}

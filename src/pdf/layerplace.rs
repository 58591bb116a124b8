//! Placing the invisible text layer's glyphs: each unit's glyphs stretched (`Tz`) over
//! the box of what they stand for, and the pen that follows them, which pdf.js, skipping
//! the direction marks, falls behind.

use super::content::ContentStream;
use super::embed::w1000;
use super::layerfont::LayerFont;
use super::layout::Placed;
use safha_text::FontBook;

/// What every paragraph of a page's text layer is written with.
#[derive(Clone, Copy)]
pub struct LayerSetup<'a> {
    pub book: &'a FontBook,
    /// The layer's glyphs.
    pub glyphs: &'a LayerFont,
    /// The layer font's resource name on the page.
    pub resource: &'a str,
    /// The layer's glyph ids in the embedded subset.
    pub map: &'a super::embed::GlyphMap,
}

/// Where the layer's next glyph goes, and how far pdf.js's own pen is behind it.
///
/// pdf.js skips a glyph it takes for a format character (a lone direction mark, see
/// [`super::pdfjs::skips`]) without moving its pen, so it falls behind the other
/// extractors by that glyph's width. Within a direction run that does no harm (it sees
/// the gap to the next word as the others see the gap between the words' letters, which
/// word breaking relies on), but across a line's runs it added up: a line of star ratings
/// and numbers drifted so far that pdf.js dropped its last words as off the page. So the
/// pen is set again where it truly is at the start of each run, where the layer jumps
/// anyway.
pub(super) struct Pen {
    x: f32,
    y: f32,
    lag: f32,
}

impl Pen {
    /// Sets the text matrix to (`x`, `y`) and returns the pen there.
    pub(super) fn set(out: &mut ContentStream, x: f32, y: f32) -> Pen {
        let (x, y) = (round2(x), round2(y));
        out.text_matrix(x, y);
        Pen { x, y, lag: 0.0 }
    }

    /// Sets the text matrix where the pen is, if pdf.js's pen is behind it.
    pub(super) fn catch_up(&mut self, out: &mut ContentStream) {
        if self.lag > 0.0 {
            *self = Pen::set(out, self.x, self.y);
        }
    }
}

/// Places the layer's `gids` stretched over `span`, and moves the pen past them. Numbers
/// are rounded here as the content stream writes them, so the pen stays exact.
pub(super) fn place(
    out: &mut ContentStream,
    setup: &LayerSetup,
    size: f32,
    pen: &mut Pen,
    gids: &[u16],
    span: std::ops::Range<f32>,
) {
    let (x0, x1) = (span.start, span.end);
    let face = setup.glyphs.face;
    let natural: f32 = gids
        .iter()
        .map(|g| w1000(setup.book, face, *g))
        .sum::<f32>()
        * size
        / 1000.0;
    let tz = if natural > 0.0 {
        ((x1 - x0) / natural * 100.0).clamp(1.0, 2000.0)
    } else {
        100.0
    };
    let tz = round2(tz);
    out.hscale(tz);
    let kern = (-(x0 - pen.x) / (size * tz / 100.0) * 1000.0).round();
    out.kern(kern);
    let scale = size / 1000.0 * tz / 100.0;
    for &g in gids {
        if setup.glyphs.skipped(g) {
            pen.lag += w1000(setup.book, face, g) * scale;
        }
        out.glyph(setup.map.get(g));
    }
    out.end_text_run();
    pen.x = pen.x - kern / 1000.0 * size * tz / 100.0 + natural * tz / 100.0;
}

pub(super) fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// The size placed lines' text layer is written at: the paragraph's own, which its larger
/// Naskh (quoted Arabic) does not change, since extractors group lines by their text's
/// size.
///
/// Except in a table cell of more than one line set farther apart than poppler joins
/// lines into a block (Nastaliq's are 2.5 em apart), unless it is narrower than
/// [`MIN_JOINED_WIDTH`]: there the size is raised until they are [`JOINED_PITCH`] apart.
/// poppler made a block of every line, and read a row's cells a line of each at a time
/// (`”آپ کا BISP قرعہ اندازی میں` / `آپ کا CNIC نمبر حاصل` / …). Other lines keep their size, which also scales every gap the extractors
/// measure in em: raised in the parallel edition's body, or in cells of one line, it
/// lost punctuation between runs (`78، SR` read `، 78 SR`) more often than it joined.
pub fn layer_size(placed: &Placed) -> f32 {
    let para = &placed.para;
    let own = (para.lines.iter().flat_map(|l| &l.glyphs))
        .map(|g| g.size)
        .reduce(f32::min)
        .unwrap_or(10.0);
    let joined = para.line_height / JOINED_PITCH;
    let wide = || {
        para.lines
            .iter()
            .any(|l| l.width >= MIN_JOINED_WIDTH * joined)
    };
    if placed.cell
        && placed.lines.len() > 1
        && para.line_height > POPPLER_LINE_SPACING * own
        && wide()
    {
        joined
    } else {
        own
    }
}

/// The narrowest cell whose lines are joined, in em of the raised size. A narrower one
/// holds a word a line, and MuPDF ran its first into the cell before it (`۱۰:۱۵پیر،`).
const MIN_JOINED_WIDTH: f32 = 2.0;

/// poppler joins lines into a block whose baselines are at most this many em apart.
const POPPLER_LINE_SPACING: f32 = 1.5;
/// The distance between a joined cell's lines, in em of its layer: under poppler's limit,
/// as far apart as English body lines are set.
const JOINED_PITCH: f32 = 1.45;

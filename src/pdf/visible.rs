//! The drawn glyphs of a placed paragraph: one text matrix per line, glyphs following
//! the pen with kerning numbers for their x positions and text rise (`Ts`) for the
//! Nastaliq cascade's y offsets. Glyphs whose text the invisible layer carries (every
//! Nastaliq line's, the halves of a word broken across lines) are drawn from a silent
//! font resource inside an empty ActualText span; a broken word's whole text follows its
//! first half, invisibly ([`super::broken`]).

use std::collections::BTreeMap;

use super::broken::{broken_words, is_broken};
use super::content::ContentStream;
use super::embed::{self, Embedded, Res};
use super::layerplace;
use super::layout::{Part, Placed};
use super::links::{INK, LinkParts, part_at};
use super::marked::Marked;
use super::textlayer;
use safha_text::FontBook;

/// What every paragraph of a page is drawn with.
pub struct Drawing<'a> {
    pub book: &'a FontBook,
    pub fonts: &'a BTreeMap<Res, Embedded>,
    /// The invisible text of words broken across lines, by face.
    pub word_layers: &'a BTreeMap<safha_text::FaceId, layerplace::LayerSetup<'a>>,
    pub page_height: f32,
}

/// The visible glyphs of one placed paragraph: one text matrix per line, glyphs following
/// the pen with kerning numbers for their x positions and text rise (`Ts`) for the
/// Nastaliq cascade's y offsets. The words of a link are a marked stretch of their own
/// (in a paragraph whose drawing carries its text).
pub fn write(out: &mut ContentStream, marked: &mut Marked, placed: &Placed, drawing: &Drawing) {
    let Drawing {
        book,
        fonts,
        word_layers,
        page_height,
    } = *drawing;
    let para = &placed.para;
    // Words broken across lines, whole in the text layer (none without its font).
    let mut broken = broken_words(placed);
    broken.retain(|b| word_layers.contains_key(&b.face));
    let mut link_parts = LinkParts::new(placed);
    for (n, line) in para.lines[placed.lines.clone()].iter().enumerate() {
        // The followable links' spans: drawn in their colour, and (where the drawing
        // carries the text) marked stretches of their own.
        let spans = link_parts.line(line);
        let links = if para.text_layer { &[][..] } else { &spans[..] };
        let Some(first) = line.glyphs.first() else {
            continue;
        };
        // Whether the glyph before was silent inside a paragraph that is not (a broken
        // word's half): its empty ActualText span is open.
        let mut in_span = false;
        let baseline = round2(page_height - placed.baseline(n));
        if para.text_layer {
            out.begin_silent_span();
        }
        let origin = round2(placed.x + first.x);
        out.text_matrix(origin, baseline);
        let mut pen = origin;
        let mut rise = 0.0f32;
        let mut font: Option<(Res, f32)> = None;
        // The resource of the glyph before, looked up again only when the face changes.
        let mut looked_up: Option<(Res, Option<&Embedded>)> = None;
        let spaces = if para.text_layer {
            Vec::new()
        } else {
            word_spaces(book, placed, placed.lines.start + n)
        };
        let mut next_space = 0;
        // Whether the glyphs drawn are in the accent colour: a link's, or emphasis in
        // right-to-left text.
        let mut ink = false;
        for (gi, glyph) in line.glyphs.iter().enumerate() {
            // The spaces before this glyph, in the face and size of the glyph before them.
            while let Some(&space) = spaces.get(next_space).filter(|s| s.0 < glyph.x) {
                next_space += 1;
                // A space ends a broken word's half.
                if std::mem::take(&mut in_span) {
                    marked.end_silent(out);
                }
                marked.part(out, part_at(links, space.0 + 0.5, space.0 + 0.5));
                let size = font.map_or(glyph.size, |(_, size)| size);
                pen = write_space(out, drawing, space, placed.x, size, pen, &mut font);
            }
            // The part first, then the silent span of a broken word's half, which no
            // stretch holds (a part changes after it).
            marked.part(out, part_at(links, glyph.x, glyph.x + glyph.advance));
            let word = !para.text_layer && is_broken(&broken, n, gi);
            if word != in_span {
                // The pen stays where it is: spans do not move it.
                if word {
                    marked.begin_silent(out);
                } else {
                    marked.end_silent(out);
                }
                in_span = word;
            }
            let res = if para.text_layer || word {
                Res::Silent(glyph.face)
            } else {
                Res::Visible(glyph.face)
            };
            let embedded = match looked_up {
                Some((r, e)) if r == res => e,
                _ => {
                    let e = fonts.get(&res);
                    looked_up = Some((res, e));
                    e
                }
            };
            let Some(embedded) = embedded else {
                continue;
            };
            use_font(out, &mut font, (res, glyph.size), embedded);
            let dy = (glyph.dy * 10.0).round() / 10.0;
            if dy != rise {
                out.rise(dy);
                rise = dy;
            }
            if !spans.is_empty() || !line.accented.is_empty() {
                let mid = glyph.x + glyph.advance / 2.0;
                let link = part_at(&spans, glyph.x, glyph.x + glyph.advance) != Part::Text
                    || line.accented.iter().any(|&(x0, x1)| x0 <= mid && mid <= x1);
                if link != ink {
                    if link {
                        out.rgb_fill(INK);
                    } else {
                        out.gray_fill(0.0);
                    }
                    ink = link;
                }
            }
            let at = (placed.x + glyph.x, glyph.size);
            pen = show(out, book, embedded, (glyph.face, glyph.gid), at, pen);
        }
        if ink {
            out.gray_fill(0.0);
        }
        // The space the line ends in.
        for &space in spaces.get(next_space..).unwrap_or_default() {
            if let (false, Some((_, size))) = (in_span, font) {
                marked.part(out, part_at(links, space.0 + 0.5, space.0 + 0.5));
                pen = write_space(out, drawing, space, placed.x, size, pen, &mut font);
            }
        }
        out.end_text_run();
        if in_span {
            marked.end_silent(out);
        }
        // The broken word this line ends with, whole and invisible over its first half,
        // in reading order right where that half is.
        for b in broken
            .iter()
            .filter(|b| b.head_line == Some(n) && !b.text.is_empty())
        {
            if let Some(setup) = word_layers.get(&b.face) {
                out.render_mode(3);
                let span = placed.x + b.x0..placed.x + b.x1;
                textlayer::write_word(out, setup, &b.text, first.size, span, baseline);
                out.render_mode(0);
            }
        }
        if rise != 0.0 {
            out.rise(0.0);
        }
        if para.text_layer {
            out.op("EMC");
        }
    }
}

/// The spaces between the words of line `i` of `placed`'s paragraph (one whose drawing
/// carries its text), and the space it ends in when the next line starts after a space
/// or when it ends a paragraph set [`spaced`](Placed::spaced): where each starts (points
/// from the line's left edge), and the face and glyph that write it, the face of the
/// glyph before it. A real space glyph there, drawing nothing, puts the space in the
/// content itself, as read in content order (the structure tree's marked content,
/// `pdfinfo -struct-text`); extractors that infer spaces from gaps read one space there
/// as before.
pub fn word_spaces(
    book: &FontBook,
    placed: &Placed,
    i: usize,
) -> Vec<(f32, safha_text::FaceId, u16)> {
    let lines = &placed.para.lines;
    let Some(line) = lines.get(i) else {
        return Vec::new();
    };
    let mut at: Vec<f32> = (line.units.iter())
        .filter(|u| u.space && !u.rtl)
        .map(|u| u.x0)
        .collect();
    if let Some(last) = line.glyphs.last()
        && placed.ends_in_space(i)
    {
        at.push(last.x + last.advance);
    }
    let mut out = Vec::new();
    for x in at {
        let before = line.glyphs.iter().rev().find(|g| g.x < x + 0.01);
        let Some(g) = before else { continue };
        if let Some(space) = book.get(g.face).glyph(' ').filter(|&s| s != 0) {
            out.push((x, g.face, space));
        }
    }
    out.sort_by(|a, b| a.0.total_cmp(&b.0));
    out
}

/// Writes a space of [`word_spaces`] at its place in `size`; returns the new pen.
fn write_space(
    out: &mut ContentStream,
    drawing: &Drawing,
    (x, face, gid): (f32, safha_text::FaceId, u16),
    line_x: f32,
    size: f32,
    pen: f32,
    font: &mut Option<(Res, f32)>,
) -> f32 {
    let Some(embedded) = drawing.fonts.get(&Res::Visible(face)) else {
        return pen;
    };
    use_font(out, font, (Res::Visible(face), size), embedded);
    show(
        out,
        drawing.book,
        embedded,
        (face, gid),
        (line_x + x, size),
        pen,
    )
}

/// Sets `embedded` at `size` unless it is the font in use (`font`).
fn use_font(
    out: &mut ContentStream,
    font: &mut Option<(Res, f32)>,
    wanted: (Res, f32),
    embedded: &Embedded,
) {
    if *font != Some(wanted) {
        out.font(&embedded.name, wanted.1);
        *font = Some(wanted);
    }
}

/// Shows glyph `gid` of `face` at `x` (page coordinates) in the font in use, `size`
/// points, the pen at `pen`: a kerning number moves it there. Returns the new pen.
fn show(
    out: &mut ContentStream,
    book: &FontBook,
    embedded: &Embedded,
    (face, gid): (safha_text::FaceId, u16),
    (x, size): (f32, f32),
    pen: f32,
) -> f32 {
    let kern = ((x - pen) * 1000.0 / size).round();
    out.kern(-kern);
    out.glyph(embedded.map.get(gid));
    // The viewer advances by the /W width, in thousandths of an em.
    pen + (kern + embed::w1000(book, face, gid)) * size / 1000.0
}

/// Whether `placed` draws anything (an image's paragraph is an empty line).
pub fn draws(placed: &Placed) -> bool {
    placed.para.lines[placed.lines.clone()]
        .iter()
        .any(|l| !l.glyphs.is_empty())
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

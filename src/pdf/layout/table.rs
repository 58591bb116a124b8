//! Tables: column widths as browsers' automatic table layout gives them, then one flow
//! per row with a side per cell, ruled as a grid.

use super::flow::{At, Flow, Grid, Lines, Side};
use super::set::{Setter, TooWide, Unlaid};
use super::style::Role;
use crate::article::{Align, SegmentRef};

/// The smallest a table is scaled to fit its column.
const MIN_SCALE: f32 = 0.6;
/// Points added to every cell's content widths, so that rounding never cuts a word.
const SLACK: f32 = 0.5;
/// Space between a cell's text and its rules.
const PAD: f32 = 4.0;

/// The rows of a table, each a flow with a side per cell; a table too wide for its column
/// even at its narrowest (every cell's widest word on a line) is set smaller, down to
/// [`MIN_SCALE`]; a table wider than that is set there with words broken, [`TooWide`].
pub(super) fn flows(
    setter: &mut Setter<'_>,
    at: At<'_>,
    align: &[Align],
    head: &[Option<SegmentRef>],
    rows: &[Vec<Option<SegmentRef>>],
) -> Result<Vec<Flow>, Unlaid> {
    let At {
        loc, width, indent, ..
    } = at;
    let x_of = |start: f32, w: f32| at.x_of(start, w);
    let cols = column_count(head, rows);
    let w = width - indent;
    // Column widths as browsers' automatic table layout gives them: every column
    // gets at least its widest word, and what is left goes where text is longest.
    let (mut min, mut max) = cell_widths(setter, at, head, rows, cols)?;
    // A table too wide for its column even at its narrowest is set smaller, down to
    // 60 %; smaller than that is unreadable, so there its longest words are broken across
    // lines (as any word wider than its line is), and the editor is told. Only the text
    // scales; the cells' padding stays.
    let saved_scale = setter.scale;
    let pads = 2.0 * PAD * cols as f32;
    let sum_min: f32 = min.iter().sum();
    if sum_min > w {
        let mut f = ((w - pads) / (sum_min - pads)).max(0.0);
        if f < MIN_SCALE {
            let first = head.iter().chain(rows.iter().flatten()).flatten().next();
            if let Some(&segment) = first.filter(|_| !setter.measure) {
                setter.squeezed.push(TooWide {
                    segment,
                    lang: loc.segments[segment].lang.clone(),
                    needed: (sum_min - pads) * MIN_SCALE + pads,
                    width: w,
                });
            }
            f = MIN_SCALE;
        }
        setter.scale *= f;
        for m in min.iter_mut().chain(max.iter_mut()) {
            *m = (*m - 2.0 * PAD) * f + 2.0 * PAD;
        }
    }
    let col_ws = column_widths(&min, &max, w);
    let col_x: Vec<f32> = std::iter::once(0.0)
        .chain(col_ws.iter().scan(0.0, |at, cw| {
            *at += cw;
            Some(*at)
        }))
        .collect();
    // Each column's alignment: the author's; else a column of numbers lines its digits up
    // at the right, where their units are (the start edge of a right-to-left column). A
    // right-to-left table mirrors the author's right to its left edge, except for a column
    // of numbers, whose digits read left to right: at the left, ۶,۶۸۷ stood over ۵۳,۲۶۵
    // thousands over tens of thousands.
    let rtl = at.rtl();
    let roles: Vec<Role> = (0..cols)
        .map(|c| match align.get(c) {
            Some(Align::Center) => Role::CellCenter,
            Some(Align::Right) if rtl && setter.article.numeric_column(rows, c) => Role::Cell,
            Some(Align::Right) => Role::CellEnd,
            Some(Align::Left) => Role::Cell,
            _ if setter.article.numeric_column(rows, c) => {
                if rtl {
                    Role::Cell
                } else {
                    Role::CellEnd
                }
            }
            _ => Role::Cell,
        })
        .collect();
    let mut table_flows = Vec::new();
    for (r, row) in std::iter::once(head)
        .chain(rows.iter().map(Vec::as_slice))
        .enumerate()
    {
        if r == 0 && head.is_empty() {
            continue;
        }
        let mut sides = Vec::new();
        for (c, cell) in row.iter().enumerate() {
            let Some(seg) = cell else { continue };
            // Columns run from the start edge: mirrored in right-to-left text.
            let col_w = col_ws[c];
            let x = x_of(indent + col_x[c] + PAD, col_w - 2.0 * PAD);
            let mut text = setter.styled(loc, *seg);
            if r == 0 {
                for (_, s) in &mut text.spans {
                    s.bold = true;
                }
            }
            let (p, _, _) = setter.set(
                &text,
                roles[c],
                &loc.segments[*seg].lang,
                col_w - 2.0 * PAD,
                Some(*seg),
            )?;
            let x = x + ink_shift(setter.book, &p, col_w - 2.0 * PAD);
            sides.push(Side {
                heading: None,
                image: None,
                notes: setter.foot_notes(at, loc, *seg, &p)?,
                para: p,
                x,
                marker: None,
                bar: None,
                tag: Some(super::page::Tag::text(*seg)),
            });
        }
        align_first_baselines(&mut sides);
        let columns: Vec<f32> = col_x.iter().map(|cx| x_of(indent + cx, 0.0)).collect();
        table_flows.push(Flow {
            repeat: None,
            sides,
            before: if r == 0 { 6.0 } else { 0.0 },
            after: 0.0,
            // The header keeps with the first row, and the last row is never left alone
            // under a repeated header (a scorecard's total on a page of its own). A
            // table of four rows or more breaks with two rows at least on each side: a
            // market table left its header and one row at a page's foot.
            keep_with_next: r == 0
                || r + 1 == rows.len()
                || rows.len() > 4 && (r == 1 || r + 2 == rows.len()),
            splittable: false,
            lines: Lines::Grid(vec![Grid {
                x0: x_of(indent, w),
                x1: x_of(indent, w) + w,
                columns,
            }]),
        });
    }
    setter.scale = saved_scale;
    if let Some(last) = table_flows.last_mut() {
        last.after = 10.0;
    }
    // The header row again at the top of every page the rows run onto.
    if !head.is_empty()
        && let Some(first) = table_flows.first()
    {
        let header = std::sync::Arc::new(Flow {
            before: 0.0,
            keep_with_next: false,
            ..first.clone()
        });
        for row in table_flows.iter_mut().skip(1) {
            row.repeat = Some(header.clone());
        }
    }
    Ok(table_flows)
}

/// The cells of a row with their first lines on one baseline: a Latin cell in an Urdu
/// row (`JPMC` beside Nastaliq numbers) sat a dozen points higher, its ascent the Latin
/// face's. The lowest first baseline wins, as far as each cell has room in the row.
fn align_first_baselines(sides: &mut [Side]) {
    let first = |s: &Side| s.para.baseline_from(0, 0);
    let lowest = sides.iter().map(first).fold(0.0f32, f32::max);
    let row = sides.iter().map(|s| s.para.height()).fold(0.0f32, f32::max);
    for side in sides.iter_mut() {
        // Never past the row's bottom: a cell moves down only within the room it has.
        let shift = (lowest - first(side)).min(row - side.para.height());
        if shift > 0.01 {
            let mut para = (*side.para).clone();
            para.ascent += shift;
            side.para = std::sync::Arc::new(para);
        }
    }
}

/// Widths of table columns whose content needs at least `min` and at most `max` points,
/// sharing `width`: the natural widths if they fit (widened to fill), else each column's
/// minimum plus a share of the rest in proportion to how much more it could use, else the
/// minimums scaled down (the widest words then overrun; nothing can prevent that).
fn column_widths(min: &[f32], max: &[f32], width: f32) -> Vec<f32> {
    let (sum_min, sum_max): (f32, f32) = (min.iter().sum(), max.iter().sum());
    if sum_max <= 0.0 {
        return vec![width / min.len().max(1) as f32; min.len()];
    }
    if sum_max <= width {
        return max.iter().map(|m| m * width / sum_max).collect();
    }
    if sum_min <= width {
        let room = sum_max - sum_min;
        return min
            .iter()
            .zip(max)
            .map(|(lo, hi)| {
                lo + (width - sum_min) * if room > 0.0 { (hi - lo) / room } else { 0.0 }
            })
            .collect();
    }
    min.iter().map(|m| m * width / sum_min).collect()
}

/// Whether the table fits a column as `at` gives it without being set smaller.
pub(super) fn fits(
    setter: &mut Setter<'_>,
    at: At<'_>,
    head: &[Option<SegmentRef>],
    rows: &[Vec<Option<SegmentRef>>],
) -> Result<bool, Unlaid> {
    let cols = column_count(head, rows);
    let (min, _) = cell_widths(setter, at, head, rows, cols)?;
    Ok(min.iter().sum::<f32>() <= at.width - at.indent)
}

/// How far to move a cell's text (a paragraph set `width` wide) so that its ink stays
/// inside the width, where the cell has room on the other side. Nastaliq draws past the
/// advances it is set by: the stroke of a ک or گ starting a word reaches a point or more
/// beyond the line's start, and the tail of a final ے or ر beyond its end, so a cell of
/// Urdu touched or crossed its rule (`کراچی سے روانگی` against `نمبر`) where an English
/// one stands 4 points clear.
fn ink_shift(book: &safha_text::FontBook, para: &safha_text::Paragraph, width: f32) -> f32 {
    let (lo, hi) = (para.lines.iter().flat_map(|l| &l.glyphs))
        .filter_map(|g| g.ink_x(book))
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), (a, b)| {
            (lo.min(a), hi.max(b))
        });
    if lo > hi {
        return 0.0;
    }
    let (right, left) = ((hi - width).max(0.0), (-lo).max(0.0));
    if right > 0.0 && left == 0.0 {
        -right.min(lo)
    } else if left > 0.0 && right == 0.0 {
        left.min(width - hi)
    } else {
        0.0
    }
}

fn column_count(head: &[Option<SegmentRef>], rows: &[Vec<Option<SegmentRef>>]) -> usize {
    head.len()
        .max(rows.iter().map(Vec::len).max().unwrap_or(0))
        .max(1)
}

/// Each column's narrowest and widest width: its cells' widest word and longest line,
/// with their padding.
fn cell_widths(
    setter: &mut Setter<'_>,
    at: At<'_>,
    head: &[Option<SegmentRef>],
    rows: &[Vec<Option<SegmentRef>>],
    cols: usize,
) -> Result<(Vec<f32>, Vec<f32>), Unlaid> {
    let loc = at.loc;
    let (mut min, mut max) = (vec![0f32; cols], vec![0f32; cols]);
    for (r, row) in std::iter::once(head)
        .chain(rows.iter().map(Vec::as_slice))
        .enumerate()
    {
        for (c, cell) in row.iter().enumerate() {
            let Some(seg) = cell else { continue };
            let mut text = setter.styled(loc, *seg);
            if r == 0 {
                for (_, s) in &mut text.spans {
                    s.bold = true;
                }
            }
            let lang = &loc.segments[*seg].lang;
            let (narrowest, widest) = setter.content_widths(&text, Role::Cell, lang, Some(*seg))?;
            // A little slack: a word exactly as wide as its cell would be cut.
            min[c] = min[c].max(narrowest + SLACK + 2.0 * PAD);
            max[c] = max[c].max(widest + SLACK + 2.0 * PAD);
        }
    }
    Ok((min, max))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_rows_cells_share_their_first_baseline_within_the_row() {
        use super::align_first_baselines;
        let side = |ascent: f32, line_height: f32, lines: usize| {
            let para = safha_text::Paragraph {
                lines: vec![safha_text::Line::default(); lines],
                line_height,
                ascent,
                text_layer: false,
                rtl: false,
            };
            let flow = super::super::flow::single(std::sync::Arc::new(para), 0.0, 0.0, 0.0, false);
            flow.sides.into_iter().next().unwrap()
        };
        // A Latin cell (small ascent) beside a Nastaliq one (large).
        let mut row = vec![side(8.0, 12.0, 1), side(20.0, 26.0, 1)];
        align_first_baselines(&mut row);
        assert_eq!(
            row[0].para.baseline_from(0, 0),
            row[1].para.baseline_from(0, 0)
        );
        // A cell with no room left in the row stays where it is.
        let mut row = vec![side(8.0, 12.0, 3), side(20.0, 26.0, 1)];
        align_first_baselines(&mut row);
        assert_eq!(row[0].para.baseline_from(0, 0), 8.0);
    }

    #[test]
    fn urdu_ink_past_a_cells_edge_is_moved_back_in() {
        use safha_text::{Align, FontBook, ParaStyle, ShapeCache, StyledText, Variant};
        let book = FontBook::bundled();
        let style = |lang: &str, rtl: bool| ParaStyle {
            lang: lang.to_string(),
            rtl,
            size: 10.0,
            align: Align::Start,
            hyphenate: false,
            min_leading: 1.45,
            variant: Variant::default(),
            preserve_spaces: false,
        };
        let ink = |p: &safha_text::Paragraph, shift: f32| {
            (p.lines.iter().flat_map(|l| &l.glyphs))
                .filter_map(|g| g.ink_x(&book))
                .fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), (c, d)| {
                    (a.min(shift + c), b.max(shift + d))
                })
        };
        let mut cache = ShapeCache::default();
        // A ک starting the cell's line draws past its start, the right edge.
        let text = StyledText::plain("کراچی سے روانگی");
        let p = safha_text::layout(&book, &mut cache, &text, &style("ur", true), 120.0).unwrap();
        assert!(ink(&p, 0.0).1 > 120.0 + 0.5, "{:?}", ink(&p, 0.0));
        let shift = super::ink_shift(&book, &p, 120.0);
        assert!(shift < 0.0);
        let (lo, hi) = ink(&p, shift);
        assert!(lo >= 0.0 && hi <= 120.0 + 0.01, "{lo} {hi}");
        // With no room on the other side it moves no further than that room.
        let tight = ink(&p, 0.0);
        let width = tight.1 - tight.0 - 1.0;
        let p = safha_text::layout(&book, &mut cache, &text, &style("ur", true), width).unwrap();
        let shift = super::ink_shift(&book, &p, width);
        assert!(ink(&p, shift).0 >= -0.01);
        // English set inside its width stays where it is.
        let text = StyledText::plain("Leaves Karachi");
        let p = safha_text::layout(&book, &mut cache, &text, &style("en", false), 120.0).unwrap();
        assert_eq!(super::ink_shift(&book, &p, 120.0), 0.0);
    }

    #[test]
    fn table_columns_get_their_widest_word_and_share_the_rest() {
        let sum = |v: &[f32]| v.iter().sum::<f32>();
        // Everything fits on one line: natural widths, widened to fill.
        let w = super::column_widths(&[10.0, 20.0], &[30.0, 60.0], 180.0);
        assert_eq!(w, vec![60.0, 120.0]);
        // Not on one line: each at least its minimum, the rest where text is longest.
        let w = super::column_widths(&[10.0, 40.0, 10.0], &[20.0, 40.0, 110.0], 100.0);
        assert!((sum(&w) - 100.0).abs() < 1e-3, "{w:?}");
        assert!(w[0] >= 10.0 && w[1] >= 40.0 && w[2] >= 10.0, "{w:?}");
        assert!(w[2] > w[0] && (w[1] - 40.0).abs() < 1e-3, "{w:?}");
        // Not even the minimums fit: scaled down alike.
        let w = super::column_widths(&[50.0, 150.0], &[60.0, 200.0], 100.0);
        assert_eq!(w, vec![25.0, 75.0]);
    }
}

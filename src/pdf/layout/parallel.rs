//! The parallel edition's body: the source on the left, the target on the right, one row
//! per unit, at the column widths that make both languages run about equally tall.

use super::collect::{Column, Order};
use super::flow::{Flow, Grid, Lines, Side};
use super::set::{Setter, Unlaid};
use crate::l10n::LocalizedArticle;

/// Space between the two columns.
const GUTTER: f32 = 18.0;

/// Parallel flows, handed to `push` one by one: the source on the left, the target on the
/// right, one row per unit, with the column widths that make both languages about equally
/// tall.
pub(super) fn flows(
    setter: &mut Setter<'_>,
    left: &LocalizedArticle,
    right: &LocalizedArticle,
    width: f32,
    push: &mut dyn FnMut(Flow),
) -> Result<(), Unlaid> {
    let avail = width - GUTTER;
    // The left column's share: the left gets taller as it gets narrower. Each trial's
    // heights predict the share at which the columns meet (lines times width stays about
    // constant), and every trial narrows the bracket [lo, hi] that holds it; a prediction
    // outside the bracket falls back to its middle. Two or three trials land within a
    // point or two, where bisection needed six.
    let (mut lo, mut hi) = (0.3f32, 0.62f32);
    let mut share = 0.4f32;
    setter.measure = true;
    for _ in 0..MAX_TRIALS {
        // A column's height: lines, which scale about inversely with its width, and
        // spacing, which does not.
        let (ll, lg) = Column::new(setter, left, avail * share).heights(setter, Order::Forward)?;
        let (rl, rg) =
            Column::new(setter, right, avail * (1.0 - share)).heights(setter, Order::Backward)?;
        if ll + lg > rl + rg {
            lo = share;
        } else {
            hi = share;
        }
        let (al, ar) = (ll * share, rl * (1.0 - share));
        let next = meeting_share(al, lg, ar, rg, lo, hi);
        let settled = (next - share).abs() < SHARE_PRECISION;
        share = next;
        if settled || hi - lo < SHARE_PRECISION {
            break;
        }
    }
    setter.measure = false;
    let (wl, wr) = (avail * share, avail * (1.0 - share));
    let l = Column::new(setter, left, wl);
    let r = Column::new(setter, right, wr);
    for i in 0..l.parts(setter) {
        // A table too wide for its column (a scorecard's five columns in English) is set
        // across both, one language after the other, rather than shrunk to unreadable.
        if !(l.fits(setter, i)? && r.fits(setter, i)?) {
            for f in l.widened(width).part(setter, i)?.iter().flatten() {
                push(pair(Some(f), None, 0.0));
            }
            for f in r.widened(width).part(setter, i)?.iter().flatten() {
                push(pair(None, Some(f), 0.0));
            }
            continue;
        }
        let (lu, ru) = (l.part(setter, i)?, r.part(setter, i)?);
        // Parts hold the same segments in both languages; pair their units, and the
        // flows of each unit, in order.
        for k in 0..lu.len().max(ru.len()) {
            let (a, b) = (lu.get(k), ru.get(k));
            let n = a.map_or(0, Vec::len).max(b.map_or(0, Vec::len));
            for j in 0..n {
                push(pair(
                    a.and_then(|u| u.get(j)),
                    b.and_then(|u| u.get(j)),
                    wl + GUTTER,
                ));
            }
        }
    }
    Ok(())
}

/// One row of the parallel edition: the left flow's sides, then the right one's moved
/// `shift` to the right.
fn pair(a: Option<&Flow>, b: Option<&Flow>, shift: f32) -> Flow {
    let mut sides = Vec::new();
    if let Some(a) = a {
        sides.extend(a.sides.iter().cloned());
    }
    if let Some(b) = b {
        sides.extend(b.sides.iter().map(|s| Side {
            x: s.x + shift,
            marker: s.marker.clone().map(|(m, x)| (m, x + shift)),
            bar: s.bar.map(|x| x + shift),
            notes: s.notes.iter().map(|n| n.shifted(shift)).collect(),
            tag: s.tag.map(|t| super::page::Tag { column: 1, ..t }),
            ..s.clone()
        }));
    }
    let pick = |f: fn(&Flow) -> f32| a.map_or(0.0, f).max(b.map_or(0.0, f));
    let repeat = match (
        a.and_then(|f| f.repeat.as_deref()),
        b.and_then(|f| f.repeat.as_deref()),
    ) {
        (None, None) => None,
        (ra, rb) => Some(std::sync::Arc::new(pair(ra, rb, shift))),
    };
    Flow {
        sides,
        before: pick(|f| f.before),
        after: pick(|f| f.after),
        keep_with_next: a.is_some_and(|f| f.keep_with_next) || b.is_some_and(|f| f.keep_with_next),
        splittable: a.is_none_or(|f| f.splittable) && b.is_none_or(|f| f.splittable),
        lines: lines(a, b, shift),
        repeat,
    }
}

/// The rules of a pair: a break's, or the grids of the table rows beside each other (a
/// table's row in each language, or one language's row of a table set across both).
fn lines(a: Option<&Flow>, b: Option<&Flow>, shift: f32) -> Lines {
    if a.is_some_and(|f| f.lines == Lines::Break) {
        return Lines::Break;
    }
    let grids: Vec<Grid> = (grids(a).iter().cloned())
        .chain(grids(b).iter().map(|g| g.shifted(shift)))
        .collect();
    if grids.is_empty() {
        Lines::None
    } else {
        Lines::Grid(grids)
    }
}

/// A flow's grids: none if it is not a table row (or there is no flow).
fn grids(flow: Option<&Flow>) -> &[Grid] {
    match flow.map(|f| &f.lines) {
        Some(Lines::Grid(grids)) => grids,
        _ => &[],
    }
}

/// Column-width trials the parallel edition makes at most before laying out.
const MAX_TRIALS: usize = 5;
/// Share of the width within which a trial's prediction is taken as found (about 2 pt).
const SHARE_PRECISION: f32 = 0.004;

/// The share `s` in `lo..hi` at which a column of `al / s + lg` meets one of
/// `ar / (1 - s) + rg` (line heights times share held constant, gaps fixed): found by
/// bisection on the model, which costs nothing next to a trial layout. Falls back to the
/// middle of the bracket when the model has no meeting point inside it.
fn meeting_share(al: f32, lg: f32, ar: f32, rg: f32, lo: f32, hi: f32) -> f32 {
    let diff = |s: f32| al / s + lg - ar / (1.0 - s) - rg;
    if !(diff(lo) > 0.0 && diff(hi) < 0.0) {
        return (lo + hi) / 2.0;
    }
    let (mut a, mut b) = (lo, hi);
    for _ in 0..40 {
        let mid = (a + b) / 2.0;
        if diff(mid) > 0.0 {
            a = mid;
        } else {
            b = mid;
        }
    }
    (a + b) / 2.0
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_share_model_meets_where_heights_are_equal() {
        use super::meeting_share;
        // Left lines 100 pt at a share of 1, right 300 pt: equal at s = 0.25 without gaps.
        let s = meeting_share(100.0, 0.0, 300.0, 0.0, 0.1, 0.9);
        assert!((s - 0.25).abs() < 1e-4, "{s}");
        // Gaps on the left push it wider.
        let wider = meeting_share(100.0, 50.0, 300.0, 0.0, 0.1, 0.9);
        let (l, r) = (100.0 / wider + 50.0, 300.0 / (1.0 - wider));
        assert!(wider > 0.25 && (l - r).abs() < 0.1, "{wider}: {l} vs {r}");
        // No meeting point inside the bracket: its middle.
        assert_eq!(meeting_share(100.0, 0.0, 300.0, 0.0, 0.5, 0.7), 0.6);
    }
}

//! Flows → pages: headings keep with what follows, a paragraph split across pages leaves
//! at least two lines on each side of the break, and a parallel pair that does not fit
//! continues on the next page in both columns. x stays relative to the content box.

use std::collections::VecDeque;

use super::flow::{Flow, FootNote, Grid, Lines};
use super::foot::{Foot, place_marker};
use super::page::{Geometry, Mark, Page, Placed, PlacedImage, Rule};

/// Minimum lines on either side of a page break inside a paragraph.
const MIN_LINES: usize = 2;
/// The most flows a flow keeps with, one keeping with the next (a heading, a list item's
/// lead-in, its first sub-item, the misras of a six-line stanza): a longer chain could not
/// share a page anyway. Four let a stanza's first misra see only the next four: it stayed
/// at a page's foot, and the second, seeing the rest, went on to the next page alone.
const MAX_KEPT: usize = 6;

/// Flows onto pages, one flow at a time: each page goes to the sink as soon as nothing
/// more can land on it, so a long article's pages need not all be held at once. x stays
/// relative to the content box until the writer finishes the page
/// ([`Finisher`](super::furniture::Finisher)).
pub(super) struct Paginator<S: FnMut(Page)> {
    state: State<S>,
    /// The flows seen but not yet placed: a flow is placed once those it keeps with are
    /// known (a heading keeps with the list item after it, which keeps with its first
    /// sub-item; a picture is set smaller to stay with its caption).
    pending: VecDeque<Flow>,
}

/// Where pagination stands: the page being filled, the height used on it, and the notes
/// its foot holds so far.
struct State<S: FnMut(Page)> {
    g: Geometry,
    page: Page,
    y: f32,
    /// Where the page's text ends: `y` less the space after the last flow and before the
    /// next, which the foot's notes may take (a note was pushed to the next page by the
    /// space after the list item above it).
    text_bottom: f32,
    foot: Foot,
    /// Pages handed to the sink so far.
    done: usize,
    sink: S,
}

impl<S: FnMut(Page)> Paginator<S> {
    pub(super) fn new(g: &Geometry, sink: S) -> Self {
        Paginator {
            state: State {
                g: *g,
                page: Page::default(),
                y: 0.0,
                text_bottom: 0.0,
                foot: Foot::default(),
                done: 0,
                sink,
            },
            pending: VecDeque::new(),
        }
    }

    pub(super) fn push(&mut self, flow: Flow) {
        self.pending.push_back(flow);
        // The first flow waits until the chain of flows it keeps with has ended.
        while self.pending.len() > MAX_KEPT || self.pending.iter().skip(1).any(ends_chain) {
            self.lay_first();
        }
    }

    /// Places the first pending flow, followed by those it keeps with.
    fn lay_first(&mut self) {
        let Some(first) = self.pending.pop_front() else {
            return;
        };
        let kept = kept_with(&first, self.pending.make_contiguous());
        self.state.lay_flow(&first, kept);
    }

    /// Places the last flow and the notes still waiting, on pages of their own if need
    /// be; returns how many pages were made.
    pub(super) fn finish(mut self) -> usize {
        while !self.pending.is_empty() {
            self.lay_first();
        }
        let s = &mut self.state;
        let content_h = s.g.content_height();
        s.foot.lay(&mut s.page, s.text_bottom, content_h);
        while !s.foot.is_empty() {
            s.emit();
            s.foot.lay(&mut s.page, 0.0, content_h);
        }
        if s.done == 0 || !(s.page.placed.is_empty() && s.page.rules.is_empty()) {
            s.emit();
        }
        s.done
    }
}

impl<S: FnMut(Page)> State<S> {
    /// Hands the current page to the sink and starts a new one.
    fn emit(&mut self) {
        (self.sink)(std::mem::take(&mut self.page));
        self.done += 1;
    }

    /// Lays the foot of the current page and starts a new page.
    fn next_page(&mut self) {
        self.foot
            .lay(&mut self.page, self.text_bottom, self.g.content_height());
        self.text_bottom = 0.0;
        self.emit();
    }

    /// Places `take` lines of each side of `flow` from `start` at `y`; returns their height.
    fn place(&mut self, flow: &Flow, start: &[usize], take: &[usize], y: f32) -> f32 {
        let h = place(&mut self.page, flow, start, take, y);
        self.text_bottom = self.text_bottom.max(y + h);
        h
    }

    /// At the top of a new page, the header of the table whose row `flow` is, if any;
    /// where the page's free space then starts.
    fn repeat_header(&mut self, flow: &Flow) -> f32 {
        let Some(header) = &flow.repeat else {
            return 0.0;
        };
        let all: Vec<usize> = header.sides.iter().map(|s| s.para.lines.len()).collect();
        self.place(header, &vec![0; all.len()], &all, 0.0)
    }

    /// Places `flow`, followed by `next`: the flows it keeps with, each keeping with the
    /// one after it but the last.
    fn lay_flow(&mut self, flow: &Flow, next: &[Flow]) {
        let g = self.g;
        let content_h = g.content_height();
        let mut y = self.y;
        // The top of the page's free space: below a repeated table header.
        let mut top = 0.0f32;
        let at_top = |y: f32, top: f32| y <= top + 0.01;
        if !at_top(y, top) {
            y += flow.before;
        }
        if flow.lines == Lines::Break {
            // A short rule in the middle of the content box.
            let width = g.content_width();
            self.page.rules.push(Rule {
                x0: width * 0.35,
                y0: y,
                x1: width * 0.65,
                y1: y,
                width: 0.5,
            });
            self.text_bottom = y;
            self.y = y + flow.after;
            return;
        }
        // A picture a little too tall for the rest of the page is set smaller, down to
        // MIN_IMAGE_SHARE of its height, rather than leave that rest blank.
        let smaller;
        let flow = match image_share(flow, next, || {
            content_h - y - self.foot.height_with(&[], content_h)
        }) {
            Some(k) if !at_top(y, top) => {
                smaller = shrunk(flow, k);
                &smaller
            }
            _ => flow,
        };
        // A heading (or table head) keeps with the start of what follows.
        // Its own notes and those of the lines it keeps with count against the room:
        // a heading whose next paragraph had a long note was left alone at the foot.
        // A paragraph long enough to break instead keeps its last lines with it (a lead-in
        // ending in a colon and the quotation it introduces).
        let mut hold_back = false;
        if flow.keep_with_next && !at_top(y, top) {
            let need = flow.height() + flow.ruled() + flow.after + kept_height(next);
            let mut notes = notes_within(flow, &vec![0; flow.sides.len()], usize::MAX);
            notes.extend(kept_notes(next));
            if y + need > content_h - self.foot.height_with(&notes, content_h) {
                if can_break(flow) {
                    hold_back = true;
                } else {
                    self.next_page();
                    // A table's row moved whole to the next page: its header first
                    // (heldout7's fee schedule went on without one).
                    y = self.repeat_header(flow);
                    top = y;
                }
            }
        }
        let mut start: Vec<usize> = vec![0; flow.sides.len()];
        loop {
            let left: Vec<usize> = flow
                .sides
                .iter()
                .zip(&start)
                .map(|(s, st)| s.para.lines.len() - st)
                .collect();
            let fits = lines_fitting(&self.foot, content_h, flow, &start, y);
            let all_fit = left.iter().zip(&fits).all(|(l, f)| f >= l);
            let take: Vec<usize> = if all_fit {
                left.clone()
            } else if !flow.splittable {
                if at_top(y, top) {
                    left.clone()
                } else {
                    vec![0; left.len()]
                }
            } else {
                left.iter()
                    .zip(&fits)
                    .zip(&start)
                    .zip(&flow.sides)
                    .map(|(((&l, &f), &st), side)| {
                        let mut k = f.min(l);
                        // Leave at least two lines for the next page…
                        if l - k < MIN_LINES && l >= MIN_LINES && k < l {
                            k = l.saturating_sub(MIN_LINES);
                        }
                        // …and end this one on a whole word…
                        k = whole_word_end(&side.para.lines, st, k, l);
                        // …and put at least two at the bottom of this one.
                        if st == 0 && k < MIN_LINES && k < l {
                            k = 0;
                        }
                        k
                    })
                    .collect()
            };
            // The sides of a parallel row start on one page: one that cannot start here
            // holds the others back.
            let mut take = take;
            if hold_back && start.iter().all(|s| *s == 0) {
                for (k, l) in take.iter_mut().zip(&left) {
                    *k = (*k).min(l - MIN_LINES);
                }
            }
            let held = start
                .iter()
                .zip(&take)
                .zip(&left)
                .any(|((st, k), l)| *st == 0 && *k == 0 && *l > 0);
            if held && !at_top(y, top) {
                for (k, st) in take.iter_mut().zip(&start) {
                    if *st == 0 {
                        *k = 0;
                    }
                }
            }
            let nothing = take.iter().all(|k| *k == 0) && left.iter().any(|l| *l > 0);
            if nothing {
                if at_top(y, top) {
                    // A paragraph taller than the page at its top: put what fits.
                    let forced: Vec<usize> = left
                        .iter()
                        .zip(&fits)
                        .map(|(l, f)| (*f).max(1).min(*l))
                        .collect();
                    self.place(flow, &start, &forced, y);
                    for ((side, st), k) in flow.sides.iter().zip(&start).zip(&forced) {
                        self.foot.add(
                            side.notes
                                .iter()
                                .filter(|n| (*st..st + k).contains(&n.line)),
                        );
                    }
                    for (s, k) in start.iter_mut().zip(&forced) {
                        *s += k;
                    }
                }
                self.next_page();
                y = 0.0;
                if start
                    .iter()
                    .zip(&flow.sides)
                    .all(|(s, side)| *s >= side.para.lines.len())
                {
                    self.y = y;
                    return;
                }
                // A table row that starts a page: its header first.
                y = self.repeat_header(flow);
                top = y;
                continue;
            }
            let h = self.place(flow, &start, &take, y);
            for ((side, st), k) in flow.sides.iter().zip(&start).zip(&take) {
                self.foot.add(
                    side.notes
                        .iter()
                        .filter(|n| (*st..st + k).contains(&n.line)),
                );
            }
            for (s, k) in start.iter_mut().zip(&take) {
                *s += k;
            }
            let done = start
                .iter()
                .zip(&flow.sides)
                .all(|(s, side)| *s >= side.para.lines.len());
            if done {
                self.y = y + (h + flow.after);
                return;
            }
            self.next_page();
            y = 0.0;
        }
    }
}

/// How many of the `left` lines from `start` to put on this page, where `take` would fit:
/// one fewer if the last would end in a hyphen (`posi-` ended a page of heldout14's
/// manual, `tive` began the next) and a line fewer still leaves the page its share (two
/// lines of a paragraph it starts, one of one it goes on with).
fn whole_word_end(lines: &[safha_text::Line], start: usize, take: usize, left: usize) -> usize {
    let least = if start == 0 { MIN_LINES } else { 1 };
    let hyphenated = take
        .checked_sub(1)
        .and_then(|last| lines.get(start + last))
        .is_some_and(|line| line.hyphenated);
    if take < left && hyphenated && take > least {
        take - 1
    } else {
        take
    }
}

/// How many lines of each side of `flow`, from `start`, fit below `y` with the notes
/// they refer to: as many as fit together with their notes, a line at a time on each
/// side. Counting the notes of every line that fit without them, as this once did, left
/// room unused: a heading at a page's foot kept with the two lines after it, which then
/// went to the next page without it (heldout13's working paper, whose Urdu side fitted
/// one line beside the English's notes).
fn lines_fitting(foot: &Foot, content_h: f32, flow: &Flow, start: &[usize], y: f32) -> Vec<usize> {
    let fit = |take: &[usize]| {
        let notes: Vec<&FootNote> = (flow.sides.iter().zip(start).zip(take))
            .flat_map(|((side, st), k)| {
                (side.notes.iter()).filter(move |n| (*st..st + k).contains(&n.line))
            })
            .collect();
        let room = content_h - y - foot.height_with(&notes, content_h) - flow.ruled();
        (flow.sides.iter().zip(start).zip(take))
            .all(|((s, st), k)| s.para.lines_fitting(*st, room) >= *k)
    };
    let all: Vec<usize> = (flow.sides.iter().zip(start))
        .map(|(side, st)| side.para.lines.len() - st)
        .collect();
    if fit(&all) {
        return all;
    }
    let mut take = vec![0; flow.sides.len()];
    loop {
        let mut grew = false;
        for (i, (side, st)) in flow.sides.iter().zip(start).enumerate() {
            if st + take[i] < side.para.lines.len() {
                take[i] += 1;
                if fit(&take) {
                    grew = true;
                } else {
                    take[i] -= 1;
                }
            }
        }
        if !grew {
            return take;
        }
    }
}

/// The smallest share of its height a picture is set at to stay on the page it reached.
const MIN_IMAGE_SHARE: f32 = 0.6;

/// The share of its height a picture's flow must be set at to fit `room()` with what it
/// keeps with (its caption's first lines), if less than all of it and at least
/// [`MIN_IMAGE_SHARE`].
fn image_share(flow: &Flow, next: &[Flow], room: impl FnOnce() -> f32) -> Option<f32> {
    // The room is reckoned only for a picture: every other flow passes here too.
    if !flow.sides.iter().any(|s| s.image.is_some()) || !flow.keep_with_next {
        return None;
    }
    let kept = flow.after + kept_height(next);
    let k = (room() - kept) / flow.height();
    (MIN_IMAGE_SHARE..1.0).contains(&k).then_some(k * 0.999)
}

/// `flow` with its pictures set at share `k` of their size, each still centred where it
/// was.
fn shrunk(flow: &Flow, k: f32) -> Flow {
    let mut f = flow.clone();
    for side in &mut f.sides {
        if let Some((image, width, link)) = side.image.clone() {
            let h = side.para.line_height * k;
            side.x += width * (1.0 - k) / 2.0;
            side.image = Some((image, width * k, link));
            side.para = std::sync::Arc::new(safha_text::Paragraph {
                line_height: h,
                ascent: h,
                ..(*side.para).clone()
            });
        }
    }
    f
}

/// The flows of `pending` that `flow` keeps with: none if it keeps with none, else up to
/// and including the first that ends the chain (see [`ends_chain`]).
fn kept_with<'a>(flow: &Flow, pending: &'a [Flow]) -> &'a [Flow] {
    if !flow.keep_with_next {
        return &pending[..pending.len().min(1)];
    }
    let end = pending.iter().position(ends_chain);
    &pending[..end.map_or(pending.len(), |i| i + 1)]
}

/// Whether a flow ends a chain of flows that keep together: it keeps with none, or it can
/// break across pages and keep only its last lines with what follows.
fn ends_chain(flow: &Flow) -> bool {
    !flow.keep_with_next || can_break(flow)
}

/// Whether a page may break inside `flow` leaving [`MIN_LINES`] on either side.
fn can_break(flow: &Flow) -> bool {
    flow.splittable && (flow.sides.iter()).all(|s| s.para.lines.len() >= 2 * MIN_LINES)
}

/// The height a flow keeps below it for `next` (see [`kept_with`]): all of each flow but
/// the last, which needs only its first lines.
fn kept_height(next: &[Flow]) -> f32 {
    let Some((last, whole)) = next.split_last() else {
        return 0.0;
    };
    let whole: f32 = (whole.iter())
        .map(|f| f.before + f.height() + f.ruled() + f.after)
        .sum();
    whole + last.before + last.head_height(MIN_LINES) + last.ruled()
}

/// The notes referred to in what [`kept_height`] counts.
fn kept_notes(next: &[Flow]) -> Vec<&FootNote> {
    let Some((last, whole)) = next.split_last() else {
        return Vec::new();
    };
    let mut notes: Vec<&FootNote> = (whole.iter())
        .flat_map(|f| notes_within(f, &vec![0; f.sides.len()], usize::MAX))
        .collect();
    let start = vec![0; last.sides.len()];
    notes.extend(notes_within(last, &start, last.head_lines(MIN_LINES)));
    notes
}

/// The notes of `flow` referred to in its next `lines` lines, each side from `start`.
fn notes_within<'a>(flow: &'a Flow, start: &[usize], lines: usize) -> Vec<&'a FootNote> {
    flow.sides
        .iter()
        .zip(start)
        .flat_map(|(side, st)| {
            let end = st.saturating_add(lines);
            side.notes
                .iter()
                .filter(move |n| (*st..end).contains(&n.line))
        })
        .collect()
}

/// Places `take[i]` lines of each side starting at line `start[i]`; returns the height used.
fn place(page: &mut Page, flow: &Flow, start: &[usize], take: &[usize], y: f32) -> f32 {
    let mut height: f32 = 0.0;
    for ((side, &st), &k) in flow.sides.iter().zip(start).zip(take) {
        if k == 0 {
            continue;
        }
        // The number or bullet first: content order is reading order.
        if st == 0
            && let Some(marker) = &side.marker
        {
            let label = side.tag.map(|t| t.with_part(super::page::Part::Label));
            place_marker(page, &side.para, marker, y, label);
        }
        page.placed.push(Placed {
            x: side.x,
            top: y,
            para: side.para.clone(),
            lines: st..st + k,
            tag: side.tag,
            // A table row's cells, or a parallel pair, share baselines.
            spaced: flow.sides.len() > 1,
            cell: matches!(flow.lines, Lines::Grid(_)),
        });
        if st == 0
            && let Some((image, width, link)) = &side.image
        {
            page.images.push(PlacedImage {
                x: side.x,
                y,
                width: *width,
                height: side.para.line_height,
                image: image.clone(),
                tag: side.tag.map(|t| t.with_part(super::page::Part::Image)),
                link: link.clone(),
            });
        }
        if st == 0
            && let Some((level, title)) = &side.heading
        {
            page.marks.push(Mark {
                level: *level,
                title: title.clone(),
                x: side.x,
                y,
            });
        }
        let h = side.para.lines_height(st..st + k);
        height = height.max(h);
        if let Some(bx) = side.bar {
            page.rules.push(Rule {
                x0: bx,
                y0: y + 2.0,
                x1: bx,
                y1: y + h - 2.0,
                width: 1.5,
            });
        }
    }
    if let Lines::Grid(grids) = &flow.lines {
        let pad = super::flow::GRID_PAD;
        let bottom = y + height + pad;
        for Grid { x0, x1, columns } in grids {
            page.rules.push(Rule {
                x0: *x0,
                y0: y - pad,
                x1: *x1,
                y1: y - pad,
                width: 0.5,
            });
            page.rules.push(Rule {
                x0: *x0,
                y0: bottom,
                x1: *x1,
                y1: bottom,
                width: 0.5,
            });
            for c in columns {
                page.rules.push(Rule {
                    x0: *c,
                    y0: y - pad,
                    x1: *c,
                    y1: bottom,
                    width: 0.5,
                });
            }
        }
        height += 2.0 * pad;
    }
    height
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_ends_on_a_whole_word_where_it_can() {
        let lines: Vec<safha_text::Line> = [false, true, true, false, true, false]
            .into_iter()
            .map(|hyphenated| safha_text::Line {
                hyphenated,
                ..Default::default()
            })
            .collect();
        // Three lines would end in `posi-`: two go on this page.
        assert_eq!(whole_word_end(&lines, 0, 3, 6), 2);
        assert_eq!(whole_word_end(&lines, 3, 2, 3), 1);
        // A paragraph that starts here keeps its two lines, one it goes on with its one.
        assert_eq!(whole_word_end(&lines, 0, 2, 6), 2);
        assert_eq!(whole_word_end(&lines, 1, 1, 5), 1);
        // The whole rest fits: nothing is held back; a whole word ends the page as it is.
        assert_eq!(whole_word_end(&lines, 0, 6, 6), 6);
        assert_eq!(whole_word_end(&lines, 0, 4, 6), 4);
    }
}

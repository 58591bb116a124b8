//! The foot of a page: the footnotes first referred to on it, each column's under a short
//! rule on its start side. A note too long for the room left below the text continues at
//! the foot of the next page, as print does; no column's notes take more than half the page.

use std::sync::Arc;

use safha_text::Paragraph;

use super::flow::FootNote;
use super::page::{Page, Part, Placed, Rule, Tag};

/// Space between the text and the notes, where the short rule is.
const FOOT_GAP: f32 = 12.0;
/// Space between two notes.
const NOTE_GAP: f32 = 2.0;
/// The share of the content height one column's notes may claim from the text; the rest of
/// a longer note continues on the next page.
const MAX_SHARE: f32 = 0.5;

/// The notes waiting for a page's foot, with the first line of each still to be set.
#[derive(Default)]
pub(super) struct Foot {
    notes: Vec<(FootNote, usize)>,
}

impl Foot {
    /// The notes `notes` join this page's foot.
    pub(super) fn add<'a>(&mut self, notes: impl IntoIterator<Item = &'a FootNote>) {
        self.notes.extend(notes.into_iter().map(|n| (n.clone(), 0)));
    }

    pub(super) fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// The height the foot takes from a page `content_h` tall if `more` join it: the
    /// tallest column's notes (at most [`MAX_SHARE`] of the page) and the gap above them.
    pub(super) fn height_with(&self, more: &[&FootNote], content_h: f32) -> f32 {
        let mut columns: Vec<(f32, f32)> = Vec::new();
        let pending = self.notes.iter().map(|(n, from)| (n, *from));
        for (note, from) in pending.chain(more.iter().map(|n| (*n, 0))) {
            let h = note.para.lines_height(from..note.para.lines.len()) + NOTE_GAP;
            match columns
                .iter_mut()
                .find(|(x, _)| (*x - note.column.0).abs() < 0.5)
            {
                Some((_, total)) => *total += h,
                None => columns.push((note.column.0, h)),
            }
        }
        columns
            .iter()
            .map(|(_, h)| h.min(content_h * MAX_SHARE) + FOOT_GAP)
            .fold(0.0, f32::max)
    }

    /// Sets at the bottom of `page` (whose text ends at `text_bottom`) as many of the notes'
    /// lines as fit, in note order; what does not fit stays for the next page.
    pub(super) fn lay(&mut self, page: &mut Page, text_bottom: f32, content_h: f32) {
        let room = content_h - text_bottom - FOOT_GAP;
        let mut columns: Vec<(f32, f32, bool)> = Vec::new();
        for (note, _) in &self.notes {
            if !columns.iter().any(|c| (c.0 - note.column.0).abs() < 0.5) {
                columns.push(note.column);
            }
        }
        let mut carried = Vec::new();
        for (cx, cw, rtl) in columns {
            let (mut mine, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.notes)
                .into_iter()
                .partition(|(n, _)| (n.column.0 - cx).abs() < 0.5);
            self.notes = others;
            mine.sort_by_key(|(n, _)| n.number);
            // How many lines of each note this page takes.
            let mut used = 0.0f32;
            let mut blocked = false;
            let mut takes = Vec::new();
            for (note, from) in &mine {
                let left = note.para.lines.len() - from;
                // Notes keep their order: none starts before the one above it has ended.
                let mut k = if blocked {
                    0
                } else {
                    note.para
                        .lines_fitting(*from, room - used - NOTE_GAP)
                        .min(left)
                };
                // A page with no text and no room for one line still takes one, or the
                // note would wait forever.
                if k == 0 && takes.is_empty() && text_bottom <= 0.01 && left > 0 {
                    k = 1;
                }
                blocked |= k < left;
                used += note.para.lines_height(*from..from + k) + NOTE_GAP;
                takes.push(k);
            }
            let set: f32 = mine
                .iter()
                .zip(&takes)
                .filter(|(_, k)| **k > 0)
                .map(|((n, from), k)| n.para.lines_height(*from..from + k) + NOTE_GAP)
                .sum();
            let mut y = content_h - set;
            if set > 0.0 {
                let rule = cw * 0.3;
                let x0 = if rtl { cx + cw - rule } else { cx };
                page.rules.push(Rule {
                    x0,
                    y0: y - FOOT_GAP / 2.0,
                    x1: x0 + rule,
                    y1: y - FOOT_GAP / 2.0,
                    width: 0.5,
                });
            }
            for ((note, from), k) in mine.into_iter().zip(takes) {
                if k > 0 {
                    // The number first: content order is reading order.
                    if from == 0 {
                        let label = note.tag.map(|t| t.with_part(Part::Label));
                        place_marker(page, &note.para, &note.marker, y, label);
                    }
                    page.placed.push(Placed {
                        x: note.x,
                        top: y,
                        para: note.para.clone(),
                        lines: from..from + k,
                        tag: note.tag,
                        spaced: false,
                        cell: false,
                    });
                    y += note.para.lines_height(from..from + k) + NOTE_GAP;
                }
                if from + k < note.para.lines.len() {
                    carried.push((note, from + k));
                }
            }
        }
        self.notes = carried;
    }
}

/// Places `marker` (a list's bullet or number, a note's number at `x`) beside the first
/// line of `para`, whose box starts at `top`: on its baseline.
pub(super) fn place_marker(
    page: &mut Page,
    para: &Paragraph,
    (marker, x): &(Arc<Paragraph>, f32),
    top: f32,
    tag: Option<Tag>,
) {
    let dy = para.baseline_from(0, 0) - marker.baseline_from(0, 0);
    page.placed.push(Placed {
        x: *x,
        top: top + dy,
        para: marker.clone(),
        lines: 0..marker.lines.len().min(1),
        tag,
        spaced: true,
        cell: false,
    });
}

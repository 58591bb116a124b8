//! The labels set before list items and notes (`•`, `3.`, `(الف)`, `☑`, `۱۰۔`), and the
//! room each gets between its indent and the text it labels.

use super::flow::At;
use super::set::{Setter, Unlaid};
use super::style::Role;
use crate::article::note_lines::ItemLabel;
use crate::article::{ListItem, SegmentRef};
use crate::l10n::LocalizedArticle;
use safha_text::{Paragraph, StyledText};
use std::sync::Arc;

/// The least room between a label wider than its indent and the text it labels.
const LABEL_GAP: f32 = 4.0;

/// The labels of a list's `items` (empty where the author typed them), and the room they
/// get: `indent`, or as wide as the widest label and a gap, for every item alike. A label
/// wider than the indent reached back past it, to the margin at the top level and under
/// its parent's label in a nested list: the Urdu letters `(الف)` to `(ہ)` started where
/// `۱۔` did, each a different way in, where the English `a.` to `e.` stood in line, an
/// indent in.
pub(super) fn list_labels(
    setter: &mut Setter<'_>,
    at: At<'_>,
    start: Option<u64>,
    items: &[ListItem],
    indent: f32,
) -> Result<(Vec<String>, f32), Unlaid> {
    let typed = start.is_some() && setter.article.labels_typed(items);
    let labels: Vec<String> = (items.iter().enumerate())
        .map(|(i, item)| match ItemLabel::of(item.task, start, i) {
            ItemLabel::Number(_) if typed => String::new(),
            label => item_label(setter, label, at),
        })
        .collect();
    let mut room = indent;
    for (label, item) in labels.iter().zip(items) {
        if let Some(seg) = item.segment.filter(|_| !label.is_empty()) {
            room = room.max(label_width(setter, label, at.loc, seg)? + LABEL_GAP);
        }
    }
    Ok((labels, room))
}

/// A note's label (`3.`, `۱۰۔`), set in the `indent` that starts at `start` before its
/// text, and where that room starts and how wide it is. A label wider than the indent (`۱۰۔` in
/// Nastaliq) reaches out past the indent's start, so that it ends a gap short of the text
/// instead of running into it, as a web page's list numbers do.
pub(super) fn note_label(
    setter: &mut Setter<'_>,
    text: &str,
    loc: &LocalizedArticle,
    seg: SegmentRef,
    start: f32,
    indent: f32,
) -> Result<(Arc<Paragraph>, f32, f32), Unlaid> {
    let over = (label_width(setter, text, loc, seg)? + LABEL_GAP - indent).max(0.0);
    let m = set(setter, text, loc, seg, indent + over)?;
    Ok((m, start - over, indent + over))
}

/// `label` set `room` wide, for the segment `seg` it labels.
pub(super) fn set(
    setter: &mut Setter<'_>,
    label: &str,
    loc: &LocalizedArticle,
    seg: SegmentRef,
    room: f32,
) -> Result<Arc<Paragraph>, Unlaid> {
    let styled = StyledText::plain(label);
    Ok(setter
        .set(&styled, Role::Item, &loc.lang, room, Some(seg))?
        .0)
}

/// How wide `label` is set, on one line.
fn label_width(
    setter: &mut Setter<'_>,
    label: &str,
    loc: &LocalizedArticle,
    seg: SegmentRef,
) -> Result<f32, Unlaid> {
    let styled = StyledText::plain(label);
    Ok(setter
        .content_widths(&styled, Role::Item, &loc.lang, Some(seg))?
        .1)
}

/// A list item's label where `at` is (`•`, `3.`, `۳۔`, `b.`, `☑`): in a list, or in a
/// note at a page's foot.
pub(super) fn item_label(setter: &Setter<'_>, label: ItemLabel, at: At<'_>) -> String {
    match label {
        ItemLabel::Bullet => "•".to_string(),
        ItemLabel::Task(true) => "☑".to_string(),
        ItemLabel::Task(false) => "☐".to_string(),
        ItemLabel::Number(n) => numbered(setter, n, at),
    }
}

/// Item `n`'s label in a list `at` holds: `n.` in the digits and with the full stop of
/// the column's language, or the letter its language labels a nested list's items with.
fn numbered(setter: &Setter<'_>, n: u64, at: At<'_>) -> String {
    if at.lists + 1 == crate::l10n::list_labels::LETTERED_DEPTH
        && let Some(label) = setter.list_letter(n, &at.loc.lang)
    {
        return label;
    }
    let n = setter.digits(n, &at.loc.lang);
    if at.rtl() {
        format!("{n}۔")
    } else {
        format!("{n}.")
    }
}

//! Footnotes at the foot of the page: each note is set once per column, at the column's
//! width, small, with its number beside it, and travels with the paragraph that first
//! refers to it; pagination puts it at the foot of the page that holds the reference's line,
//! continuing at the next page's foot if it is long. Its paragraphs, quotes and list items
//! are lines of it (see [`crate::article::note_lines`]); a note holding more (code, a
//! table) is set where it is defined.

use std::collections::HashMap;

use super::flow::{At, FootNote};
use super::set::{Missing, Setter};
use super::style::Role;
use crate::article::note_lines::{self, NoteLine};
use crate::article::{Article, Block, SegmentRef};
use crate::l10n::LocalizedArticle;
use safha_text::{Paragraph, StyledText};

/// Room for a note's number before its text.
const NOTE_INDENT: f32 = 14.0;

impl Setter<'_> {
    /// The notes that segment `seg` of `loc` refers to and that its column has not set
    /// yet, set for the foot of the page.
    /// `para` is the segment as set: each note goes with the line of its reference.
    pub(super) fn foot_notes(
        &mut self,
        at: At<'_>,
        loc: &LocalizedArticle,
        seg: SegmentRef,
        para: &Paragraph,
    ) -> Result<Vec<FootNote>, Missing> {
        let text = &loc.segments[seg].text;
        if !text.contains("[^") {
            return Ok(Vec::new());
        }
        let (_, refs) = self.styled_noting(loc, seg);
        let mut out = Vec::new();
        for (n, offset) in refs {
            let key = (loc.lang.tag(), n);
            if self.noted.contains(&key) {
                continue;
            }
            let Some(lines) = self.note_lines.get(&n).cloned() else {
                continue;
            };
            let mut note = self.foot_note(at, loc, n, &lines)?;
            note.line = line_at(para, offset);
            self.noted.insert(key);
            out.push(note);
        }
        Ok(out)
    }

    fn foot_note(
        &mut self,
        at: At<'_>,
        loc: &LocalizedArticle,
        n: usize,
        lines: &[NoteLine],
    ) -> Result<FootNote, Missing> {
        // The note's lines as one paragraph, a line break between them.
        let mut text = StyledText::default();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                text.push("\n", Default::default());
            }
            if let Some(label) = line.label {
                text.push(
                    &super::labels::item_label(self, label, at),
                    Default::default(),
                );
                text.push(" ", Default::default());
            }
            let part = self.styled(loc, line.segment);
            for (range, style) in &part.spans {
                text.push(&part.text[range.clone()], style.clone());
            }
        }
        let width = at.width;
        let first = lines.first().map(|l| l.segment);
        let (para, _, _) = self.set(&text, Role::Note, &loc.lang, width - NOTE_INDENT, first)?;
        let number = self.note_number(n, &loc.lang);
        let (marker, _, _) = self.set(
            &StyledText::plain(&number),
            Role::Note,
            &loc.lang,
            NOTE_INDENT,
            first,
        )?;
        Ok(FootNote {
            number: n,
            para,
            x: at.x_of(NOTE_INDENT, width - NOTE_INDENT),
            marker: (marker, at.x_of(0.0, NOTE_INDENT)),
            column: (0.0, width, at.rtl()),
            tag: first.map(|s| super::page::Tag::of(super::page::Node::Note(s))),
            line: 0,
        })
    }
}

/// The line of `para` holding byte `offset` of its text: the last line starting at or
/// before it (0 for a paragraph only measured, whose lines are empty).
fn line_at(para: &Paragraph, offset: usize) -> usize {
    para.lines
        .iter()
        .rposition(|l| {
            l.units
                .iter()
                .map(|u| u.logical)
                .min()
                .is_some_and(|s| s <= offset)
        })
        .unwrap_or(0)
}

/// The lines of each note that can be set at a page's foot, by number: one walk of the
/// article, where a walk for each note made thousands of notes quadratic.
pub(super) fn note_lines(article: &Article) -> HashMap<usize, Vec<NoteLine>> {
    let mut out = HashMap::new();
    let mut stack: Vec<&Block> = article.blocks.iter().collect();
    while let Some(block) = stack.pop() {
        match block {
            Block::Footnote { label, blocks } => {
                if let (Some(n), Some(lines)) = (
                    article.note_number(label),
                    note_lines::note_lines(article, blocks),
                ) {
                    out.entry(n).or_insert(lines);
                }
                stack.extend(blocks);
            }
            Block::Quote { blocks } => stack.extend(blocks),
            Block::List { items, .. } => stack.extend(items.iter().flat_map(|i| &i.blocks)),
            _ => {}
        }
    }
    out
}

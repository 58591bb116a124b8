//! A footnote as the lines of one small paragraph, as print sets a note at a page's foot:
//! each paragraph a line, a quote's paragraphs lines of their own, a list's items lines
//! led by their labels. A note holding anything else (code, a table, a figure) has no
//! such lines and is set where it is defined.

use super::{Article, Block, SegmentRef};

/// One line of a note: a paragraph of it, or of a quote or list item in it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NoteLine {
    pub segment: SegmentRef,
    /// The label of the list item this line starts (`None` too for an item whose
    /// author typed its label, see [`Article::labels_typed`]).
    pub label: Option<ItemLabel>,
}

/// What leads a list item's line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ItemLabel {
    Bullet,
    Number(u64),
    /// A task's box, ticked or not.
    Task(bool),
}

impl ItemLabel {
    /// The label of item `i` (from 0) of a list starting at `start` (`None`: unordered).
    pub fn of(task: Option<bool>, start: Option<u64>, i: usize) -> ItemLabel {
        match (task, start) {
            (Some(ticked), _) => ItemLabel::Task(ticked),
            (None, Some(s)) => ItemLabel::Number(s.saturating_add(i as u64)),
            (None, None) => ItemLabel::Bullet,
        }
    }
}

/// The lines of a note of `article` made of `blocks`, or `None` if it holds more than
/// paragraphs, quotes and lists, or nothing.
pub fn note_lines(article: &Article, blocks: &[Block]) -> Option<Vec<NoteLine>> {
    let mut lines = Vec::new();
    push_lines(article, blocks, &mut lines)?;
    (!lines.is_empty()).then_some(lines)
}

fn push_lines(article: &Article, blocks: &[Block], lines: &mut Vec<NoteLine>) -> Option<()> {
    for block in blocks {
        match block {
            Block::Paragraph { segment } | Block::Text { segment } => lines.push(NoteLine {
                segment: *segment,
                label: None,
            }),
            Block::Quote { blocks } => push_lines(article, blocks, lines)?,
            Block::List { start, items } => {
                let typed = start.is_some() && article.labels_typed(items);
                for (i, item) in items.iter().enumerate() {
                    let label = (!typed).then(|| ItemLabel::of(item.task, *start, i));
                    let first = lines.len();
                    if let Some(segment) = item.segment {
                        lines.push(NoteLine {
                            segment,
                            label: None,
                        });
                    }
                    push_lines(article, &item.blocks, lines)?;
                    lines.get_mut(first)?.label = label;
                }
            }
            _ => return None,
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn lines(md: &str) -> Option<Vec<(String, Option<ItemLabel>)>> {
        let a = Article::parse(std::path::Path::new("a.md"), md).unwrap();
        let Some(Block::Footnote { blocks, .. }) = a.blocks.last() else {
            panic!("no note: {:?}", a.blocks);
        };
        let lines = note_lines(&a, blocks)?;
        Some(
            (lines.iter())
                .map(|l| (a.segments[l.segment].text.to_string(), l.label))
                .collect(),
        )
    }

    #[test]
    fn lists_and_quotes_become_lines() {
        let md = "---\ntitle: T\n---\n\nText.[^a]\n\n[^a]: Attendance:\n\n    - One: 6\n    - Two: 7\n\n    > Said.\n";
        let got = lines(md).unwrap();
        assert_eq!(
            got,
            [
                ("Attendance:".to_string(), None),
                ("One: 6".to_string(), Some(ItemLabel::Bullet)),
                ("Two: 7".to_string(), Some(ItemLabel::Bullet)),
                ("Said.".to_string(), None),
            ]
        );
        let numbered = "---\ntitle: T\n---\n\nText.[^a]\n\n[^a]: See:\n\n    3. x\n    4. y\n";
        assert_eq!(lines(numbered).unwrap()[2].1, Some(ItemLabel::Number(4)));
        // Labels the author typed are shown alone, as in the body: not `1. (a)`.
        let typed =
            "---\ntitle: T\n---\n\nText.[^a]\n\n[^a]: Reads:\n\n    1. (a) x\n    2. (b) y\n";
        let got = lines(typed).unwrap();
        assert_eq!(got[1], ("(a) x".to_string(), None));
        assert_eq!(got[2], ("(b) y".to_string(), None));
    }

    #[test]
    fn code_keeps_a_note_where_it_is_defined() {
        let md = "---\ntitle: T\n---\n\nText.[^a]\n\n[^a]: Run:\n\n        make\n";
        assert_eq!(lines(md), None);
    }
}

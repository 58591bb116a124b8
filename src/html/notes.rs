//! Footnotes on a web page: a reference is a numbered superscript link to its note, the
//! notes are a numbered list at the end of the article, each linking back to where it is
//! first referred to. Numbers are the article's (the order the text meets each note), in
//! the digits of the page's language (its `ui.ftl`'s `digits`).

use std::cell::RefCell;

use crate::article::{Article, Block};

/// How one text of a page writes its footnote references and notes.
pub struct NoteRefs<'a> {
    article: &'a Article,
    digits: [char; 10],
    /// Ids of this text's notes start with it: `fn-` alone on a page, `fn-<tag>-` in a
    /// parallel edition, where both languages' notes are on one page.
    prefix: String,
    /// How many references to each note (by number) this text has written.
    seen: RefCell<Vec<u32>>,
}

impl<'a> NoteRefs<'a> {
    /// `digits`: the ten digits numbers are written with, 0 to 9.
    pub fn new(article: &'a Article, digits: [char; 10], prefix: &str) -> NoteRefs<'a> {
        NoteRefs {
            article,
            digits,
            prefix: prefix.to_string(),
            seen: RefCell::new(vec![0; article.notes.len() + 1]),
        }
    }

    pub fn article(&self) -> &Article {
        self.article
    }

    /// `n` in this text's digits.
    pub fn number(&self, n: usize) -> String {
        crate::l10n::byline::in_digits(n as u64, &self.digits)
    }

    /// The element id of note `n`.
    pub fn note_id(&self, n: usize) -> String {
        format!("fn{}-{n}", self.prefix)
    }

    /// The element id of the first reference to note `n`, where its note links back to.
    pub fn first_ref_id(&self, n: usize) -> String {
        format!("fnref{}-{n}", self.prefix)
    }

    /// Note `n`'s number linking back to its first reference in this text (`attrs` are
    /// added to the link), or the number alone when the text never refers to it (a note
    /// defined but not referenced, a translation that dropped the reference): a link to
    /// an id no element has would lead nowhere. Asked after the text is written.
    pub fn back_link(&self, n: usize, attrs: &str) -> String {
        let referenced = self.seen.borrow().get(n).is_some_and(|k| *k > 0);
        if referenced {
            format!(
                "<a class=\"footnote-back\" href=\"#{}\" role=\"doc-backlink\"{attrs}>{}</a>",
                self.first_ref_id(n),
                self.number(n)
            )
        } else {
            format!("<span class=\"footnote-back\">{}</span>", self.number(n))
        }
    }

    /// The HTML of a reference to the note labelled `label`, or `None` for a label the
    /// article does not define.
    pub fn reference(&self, label: &str) -> Option<String> {
        let n = self.article.note_number(label)?;
        let k = {
            let mut seen = self.seen.borrow_mut();
            let slot = seen.get_mut(n)?;
            *slot += 1;
            *slot
        };
        let id = if k == 1 {
            self.first_ref_id(n)
        } else {
            format!("{}-{k}", self.first_ref_id(n))
        };
        Some(format!(
            "<sup class=\"footnote-ref\"><a href=\"#{}\" id=\"{id}\">{}</a></sup>",
            self.note_id(n),
            self.number(n)
        ))
    }

    /// The article's footnote definitions, wherever they stand, in number order.
    pub fn notes(&self) -> Vec<(usize, &'a [Block])> {
        let mut out = Vec::new();
        let mut stack: Vec<&'a Block> = self.article.blocks.iter().collect();
        while let Some(block) = stack.pop() {
            match block {
                Block::Footnote { label, blocks } => {
                    if let Some(n) = self.article.note_number(label)
                        && !out.iter().any(|(m, _)| *m == n)
                    {
                        out.push((n, blocks.as_slice()));
                    }
                    stack.extend(blocks);
                }
                Block::Quote { blocks } => stack.extend(blocks),
                Block::List { items, .. } => stack.extend(items.iter().flat_map(|i| &i.blocks)),
                _ => {}
            }
        }
        out.sort_by_key(|(n, _)| *n);
        out
    }
}

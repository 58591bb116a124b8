//! The parallel edition's article body: a row per segment, the source on the left and its
//! translation on the right, both starting at the row's top; tables hold both languages'
//! rows in one table.

use std::fmt::Write;

use super::body::{
    Around, Cells, Media, Shown, code, figure, heading_tag, segment_attrs, task_box,
};
use super::escape::escape;
use super::inline;
use super::notes::NoteRefs;
use crate::article::{Align, Article, Block, SegmentRef};
use crate::l10n::{Dir, LocalizedArticle};

/// The `<article>` of a parallel edition: a row per segment, `left` (source) on the left
/// and `right` (target) on the right, both starting at the row's top.
pub fn parallel(
    article: &Article,
    left: &LocalizedArticle,
    right: &LocalizedArticle,
    around: &Around,
) -> String {
    let meta = around.meta;
    let side_notes = |text: &LocalizedArticle| {
        around.notes(article, &text.lang, &format!("-{}", text.lang.tag()))
    };
    let mut w = Parallel {
        article,
        sides: [left, right],
        notes: [side_notes(left), side_notes(right)],
        media: around.media,
        out: String::with_capacity(article.source.text.len() * 4),
    };
    w.out.push_str("<article class=\"parallel\">\n<header>\n");
    w.pair(
        Unit::Plain {
            tag: "h1",
            class: "",
        },
        0,
    );
    if article.front.summary.is_some() {
        w.pair(
            Unit::Plain {
                tag: "p",
                class: "summary",
            },
            1,
        );
    }
    w.out.push_str(meta);
    w.out.push_str("</header>\n");
    w.blocks(&article.blocks, Nest::default());
    w.notes(around);
    w.out.push_str("</article>\n");
    w.out
}

#[derive(Clone, Copy, Default)]
struct Nest {
    quote: usize,
    list: usize,
    /// Inside a quote that is verse (see `Article::couplets`).
    verse: bool,
}

#[derive(Clone, Copy)]
enum Unit<'b> {
    Plain {
        tag: &'b str,
        class: &'b str,
    },
    Quote {
        depth: usize,
        verse: bool,
    },
    Item {
        ordered: Option<u64>,
        depth: usize,
        task: Option<bool>,
        /// Its label typed by the author (see `Article::labels_typed`).
        typed: bool,
    },
    Figure {
        shown: Shown<'b>,
        caption: Option<SegmentRef>,
    },
    /// A footnote's first paragraph, after its number (a link back to the reference).
    Note {
        number: usize,
    },
}

struct Parallel<'a> {
    article: &'a Article,
    sides: [&'a LocalizedArticle; 2],
    /// How each side writes its footnote references (each side's own ids).
    notes: [NoteRefs<'a>; 2],
    media: &'a Media,
    out: String,
}

impl Parallel<'_> {
    /// The footnotes, a pair of rows per paragraph like the text's, under a pair of
    /// headings.
    fn notes(&mut self, around: &Around) {
        let notes = self.notes[0].notes();
        if notes.is_empty() {
            return;
        }
        self.out
            .push_str("<section class=\"footnotes\">\n<div class=\"pair\" dir=\"ltr\">\n");
        for side in self.sides {
            let heading = around
                .word(&side.lang, "notes")
                .unwrap_or_else(|| "Notes".into());
            let _ = writeln!(
                self.out,
                "<h2 class=\"footnotes-heading\" lang=\"{}\" dir=\"{}\">{}</h2>",
                side.lang.tag(),
                side.dir().as_str(),
                escape(&heading)
            );
        }
        self.out.push_str("</div>\n");
        for (n, blocks) in notes {
            let mut rest = blocks;
            if let Some((Block::Paragraph { segment }, after)) = blocks.split_first() {
                self.pair(Unit::Note { number: n }, *segment);
                rest = after;
            }
            self.blocks(rest, Nest::default());
        }
        self.out.push_str("</section>\n");
    }

    fn blocks(&mut self, blocks: &[Block], nest: Nest) {
        for block in blocks {
            self.block(block, nest);
        }
    }

    fn block(&mut self, block: &Block, nest: Nest) {
        match block {
            Block::Heading { level, segment } => {
                let (tag, _) = heading_tag((*level).min(5));
                self.pair(
                    Unit::Plain {
                        tag: &tag,
                        class: "",
                    },
                    *segment,
                );
            }
            // Set together at the end (see `notes`).
            Block::Footnote { .. } => {}
            Block::Text { segment } => self.pair(
                Unit::Plain {
                    tag: "p",
                    class: "",
                },
                *segment,
            ),
            Block::Paragraph { segment } if nest.quote > 0 => self.pair(
                Unit::Quote {
                    depth: nest.quote,
                    verse: nest.verse,
                },
                *segment,
            ),
            Block::Paragraph { segment } => {
                let class = ["", "indent-1", "indent-2", "indent-3"][nest.list.min(3)];
                self.pair(Unit::Plain { tag: "p", class }, *segment);
            }
            Block::Quote { blocks } => self.blocks(
                blocks,
                Nest {
                    quote: nest.quote + 1,
                    verse: self.article.couplets(blocks).is_some(),
                    ..nest
                },
            ),
            Block::List { start, items } => {
                let typed = start.is_some() && self.article.labels_typed(items);
                let inner = Nest {
                    list: nest.list + 1,
                    ..nest
                };
                for (i, item) in items.iter().enumerate() {
                    if let Some(seg) = item.segment {
                        let ordered = start.map(|s| s + i as u64);
                        self.pair(
                            Unit::Item {
                                ordered,
                                depth: inner.list,
                                task: item.task,
                                typed,
                            },
                            seg,
                        );
                    }
                    self.blocks(&item.blocks, inner);
                }
            }
            Block::Table { align, head, rows } => {
                // One table holding both languages, a row of each beside the other, so a
                // cell and its translation share a row and start level however tall
                // either grows. Its box scrolls from the source's side, whatever the
                // page's direction.
                self.out.push_str("<div class=\"full\" dir=\"ltr\">\n");
                let t = parallel_table(self.article, &self.sides, &self.notes, align, head, rows);
                self.out.push_str(&t);
                self.out.push_str("</div>\n");
            }
            Block::Figure {
                src,
                alt,
                caption,
                link,
                ..
            } => self.pair(
                Unit::Figure {
                    shown: Shown {
                        src,
                        link: link.as_deref(),
                    },
                    caption: *caption,
                },
                *alt,
            ),
            Block::Code { info, text } => {
                let _ = writeln!(self.out, "<div class=\"full\">{}</div>", code(info, text));
            }
            Block::Rule => self.out.push_str("<hr>\n"),
        }
    }

    fn pair(&mut self, unit: Unit<'_>, seg: SegmentRef) {
        self.out.push_str("<div class=\"pair\" dir=\"ltr\">\n");
        for i in 0..2 {
            let html = self.side(unit, i, seg);
            self.out.push_str(&html);
        }
        self.out.push_str("</div>\n");
    }

    fn side(&self, unit: Unit<'_>, i: usize, seg: SegmentRef) -> String {
        let side = self.sides[i];
        let notes = &self.notes[i];
        let id = &self.article.segments[seg].id;
        let text = &side.segments[seg];
        let body = || inline::render_with(&text.text, Some(notes), text.dir() == Dir::Rtl);
        match unit {
            Unit::Plain { tag, class } => {
                let attrs = segment_attrs(id, text, None, class);
                format!("<{tag}{attrs}>{}</{tag}>\n", body())
            }
            Unit::Quote { depth, verse } => {
                let (quote, para) = if verse {
                    (" verse", "couplet")
                } else {
                    ("", "")
                };
                let attrs = segment_attrs(id, text, Some(&text.lang), para);
                format!(
                    "<blockquote class=\"depth-{depth}{quote}\" lang=\"{}\" dir=\"{}\"><p{attrs}>{}</p></blockquote>\n",
                    text.lang.tag(),
                    text.dir().as_str(),
                    body()
                )
            }
            Unit::Note { number } => {
                let attrs = segment_attrs(id, text, None, "footnote");
                // The note's text first: a reference in it counts before its back link.
                let body = body();
                format!(
                    "<p{attrs} id=\"{}\">{} {body}</p>\n",
                    notes.note_id(number),
                    notes.back_link(number, "")
                )
            }
            Unit::Item {
                ordered,
                depth,
                task,
                typed,
            } => {
                let attrs = segment_attrs(id, text, Some(&text.lang), "");
                let (open, close) = match ordered {
                    Some(n) => (format!("ol start=\"{n}\""), "ol"),
                    None => ("ul".to_string(), "ul"),
                };
                let typed = if typed { " typed" } else { "" };
                let body = match task {
                    Some(_) => format!("<label>{} {}</label>", task_box(task), body()),
                    None => body(),
                };
                format!(
                    "<{open} class=\"depth-{depth}{typed}\" lang=\"{}\" dir=\"{}\"><li{attrs}>{body}</li></{close}>\n",
                    text.lang.tag(),
                    text.dir().as_str(),
                )
            }
            Unit::Figure { shown, caption } => {
                figure(self.article, side, None, self.media, shown, seg, caption)
            }
        }
    }
}

/// The parallel edition's table: each row holds the source's cells (in its direction)
/// and then the translation's, every cell with its own language and direction. The
/// translation's cells are marked, and the table says how many columns a side has, so
/// that a phone can show the source's table above the translation's (the stylesheet's
/// `.parallel-table.cols-N` rules) instead of a table twice its width.
fn parallel_table(
    article: &Article,
    sides: &[&LocalizedArticle; 2],
    notes: &[NoteRefs; 2],
    align: &[Align],
    head: &[Option<SegmentRef>],
    rows: &[Vec<Option<SegmentRef>>],
) -> String {
    let columns = head.len().max(rows.iter().map(Vec::len).max().unwrap_or(0));
    let mut out = format!("<table class=\"parallel-table cols-{columns}\" dir=\"ltr\">\n");
    let aligns = sides.map(|side| super::body::aligned(article, align, rows, side.lang.dir()));
    let row = |out: &mut String, tag: &str, cells: &[Option<SegmentRef>]| {
        out.push_str("<tr>");
        for (n, (side, notes)) in sides.iter().zip(notes).enumerate() {
            let mut order: Vec<usize> = (0..cells.len()).collect();
            if side.lang.dir() == crate::l10n::Dir::Rtl {
                order.reverse();
            }
            let cells_of_side = Cells {
                article,
                text: side,
                parent: None,
                align: &aligns[n],
                notes: Some(notes),
                class: (n > 0).then_some("target"),
            };
            for i in order {
                cells_of_side.cell(out, tag, i, cells[i]);
            }
        }
        out.push_str("</tr>\n");
    };
    if !head.is_empty() {
        out.push_str("<thead>");
        row(&mut out, "th", head);
        out.push_str("</thead>\n");
    }
    if !rows.is_empty() {
        out.push_str("<tbody>\n");
        for r in rows {
            row(&mut out, "td", r);
        }
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n");
    out
}

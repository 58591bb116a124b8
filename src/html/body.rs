//! An edition's article body as HTML: nested elements for a single language, aligned rows
//! of pairs for the parallel edition.
//!
//! Every element that holds a segment carries `data-segment="<message id>"`; every element
//! whose language differs from its parent's carries `lang` and `dir`.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape::escape;
use super::inline;
use crate::article::{Align, Article, Block, ListItem, SegmentRef};
use crate::l10n::{Lang, LocalizedArticle, LocalizedSegment, Status};

/// Rewritten image sources (`src` as written → URL relative to the edition page).
pub type Media = BTreeMap<String, String>;

/// The `<article>` of a single-language edition.
/// `meta` is ready HTML (byline, date, reading time) placed at the end of the header.
pub fn single(article: &Article, text: &LocalizedArticle, media: &Media, meta: &str) -> String {
    let mut w = Single {
        article,
        text,
        media,
        out: String::with_capacity(article.source.text.len() * 2),
    };
    w.out.push_str("<article>\n<header>\n");
    w.segment("h1", 0, "");
    if article.front.summary.is_some() {
        w.segment("p", 1, "summary");
    }
    w.out.push_str(meta);
    w.out.push_str("</header>\n");
    for block in &article.blocks {
        w.block(block);
    }
    w.out.push_str("</article>\n");
    w.out
}

struct Single<'a> {
    article: &'a Article,
    text: &'a LocalizedArticle,
    media: &'a Media,
    out: String,
}

impl Single<'_> {
    fn attrs(&self, seg: SegmentRef, class: &str) -> String {
        segment_attrs(
            &self.article.segments[seg].id,
            &self.text.segments[seg],
            Some(&self.text.lang),
            class,
        )
    }

    fn segment(&mut self, tag: &str, seg: SegmentRef, class: &str) {
        let attrs = self.attrs(seg, class);
        let body = inline::render(&self.text.segments[seg].text);
        let _ = writeln!(self.out, "<{tag}{attrs}>{body}</{tag}>");
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, segment } => {
                // The article title is the page's h1; a body `#` heading is shown as h2.
                let tag = format!("h{}", level.clamp(&2, &6));
                self.segment(&tag, *segment, "");
            }
            Block::Paragraph { segment } => self.segment("p", *segment, ""),
            Block::Quote { blocks } => {
                self.out.push_str("<blockquote>\n");
                for b in blocks {
                    self.block(b);
                }
                self.out.push_str("</blockquote>\n");
            }
            Block::List { start, items } => {
                match start {
                    Some(1) => self.out.push_str("<ol>\n"),
                    Some(n) => {
                        let _ = writeln!(self.out, "<ol start=\"{n}\">");
                    }
                    None => self.out.push_str("<ul>\n"),
                }
                for item in items {
                    self.item(item);
                }
                self.out.push_str(if start.is_some() {
                    "</ol>\n"
                } else {
                    "</ul>\n"
                });
            }
            Block::Table { align, head, rows } => {
                let table = table(
                    self.article,
                    self.text,
                    Some(&self.text.lang),
                    align,
                    head,
                    rows,
                    "",
                );
                self.out.push_str(&table);
            }
            Block::Figure {
                src, title, alt, ..
            } => {
                let figure = figure(
                    self.article,
                    self.text,
                    Some(&self.text.lang),
                    self.media,
                    src,
                    title,
                    *alt,
                );
                self.out.push_str(&figure);
            }
            Block::Code { info, text } => self.out.push_str(&code(info, text)),
            Block::Rule => self.out.push_str("<hr>\n"),
        }
    }

    fn item(&mut self, item: &ListItem) {
        match item.segment {
            Some(seg) => {
                let attrs = self.attrs(seg, "");
                let body = inline::render(&self.text.segments[seg].text);
                let _ = write!(self.out, "<li{attrs}>{body}");
            }
            None => self.out.push_str("<li>"),
        }
        if !item.blocks.is_empty() {
            self.out.push('\n');
            for b in &item.blocks {
                self.block(b);
            }
        }
        self.out.push_str("</li>\n");
    }
}

/// `data-segment`, and `lang`/`dir`/class when the text is not in the parent's language.
/// `parent: None` means the element always states its language (parallel columns).
fn segment_attrs(id: &str, seg: &LocalizedSegment, parent: Option<&Lang>, class: &str) -> String {
    let mut classes: Vec<&str> = Vec::new();
    if !class.is_empty() {
        classes.push(class);
    }
    match seg.status {
        Status::Fallback => classes.push("fallback"),
        Status::Stale => classes.push("stale"),
        _ => {}
    }
    let mut a = String::new();
    if parent.is_none_or(|p| *p != seg.lang) {
        let _ = write!(
            a,
            " lang=\"{}\" dir=\"{}\"",
            seg.lang.tag(),
            seg.dir().as_str()
        );
    }
    if !classes.is_empty() {
        let _ = write!(a, " class=\"{}\"", classes.join(" "));
    }
    let _ = write!(a, " data-segment=\"{}\"", escape(id));
    a
}

/// The parallel edition's table: each row holds the source's cells (in its direction)
/// and then the translation's, every cell with its own language and direction.
fn parallel_table(
    article: &Article,
    sides: &[&LocalizedArticle; 2],
    align: &[Align],
    head: &[Option<SegmentRef>],
    rows: &[Vec<Option<SegmentRef>>],
) -> String {
    let mut out = String::from("<table class=\"parallel-table\" dir=\"ltr\">\n");
    let row = |out: &mut String, tag: &str, cells: &[Option<SegmentRef>]| {
        out.push_str("<tr>");
        for side in sides {
            let mut order: Vec<usize> = (0..cells.len()).collect();
            if side.lang.dir() == crate::l10n::Dir::Rtl {
                order.reverse();
            }
            let cells_of_side = Cells {
                article,
                text: side,
                parent: None,
                align,
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

/// What every cell of one table shares: the article, the text it is set in, the
/// language it inherits, and each column's alignment.
struct Cells<'a> {
    article: &'a Article,
    text: &'a LocalizedArticle,
    parent: Option<&'a Lang>,
    align: &'a [Align],
}

impl Cells<'_> {
    /// One cell: its alignment, and its segment's language, status and id.
    fn cell(&self, out: &mut String, tag: &str, col: usize, seg: Option<SegmentRef>) {
        let class = match self.align.get(col) {
            Some(Align::Left) => " class=\"align-start\"",
            Some(Align::Center) => " class=\"align-center\"",
            Some(Align::Right) => " class=\"align-end\"",
            _ => "",
        };
        match seg {
            Some(s) => {
                let attrs = segment_attrs(
                    &self.article.segments[s].id,
                    &self.text.segments[s],
                    self.parent,
                    "",
                );
                let body = inline::render(&self.text.segments[s].text);
                let _ = write!(out, "<{tag}{class}{attrs}>{body}</{tag}>");
            }
            None => {
                let _ = write!(out, "<{tag}{class}></{tag}>");
            }
        }
    }
}

fn table(
    article: &Article,
    text: &LocalizedArticle,
    parent: Option<&Lang>,
    align: &[Align],
    head: &[Option<SegmentRef>],
    rows: &[Vec<Option<SegmentRef>>],
    outer_attrs: &str,
) -> String {
    let mut out = format!("<table{outer_attrs}>\n");
    // Cells inherit the table's language unless their own text differs.
    let lang = parent.unwrap_or(&text.lang);
    let cells = Cells {
        article,
        text,
        parent: Some(lang),
        align,
    };
    let cell = |out: &mut String, tag: &str, col: usize, seg: Option<SegmentRef>| {
        cells.cell(out, tag, col, seg);
    };
    if !head.is_empty() {
        out.push_str("<thead><tr>");
        for (i, s) in head.iter().enumerate() {
            cell(&mut out, "th", i, *s);
        }
        out.push_str("</tr></thead>\n");
    }
    if !rows.is_empty() {
        out.push_str("<tbody>\n");
        for row in rows {
            out.push_str("<tr>");
            for (i, s) in row.iter().enumerate() {
                cell(&mut out, "td", i, *s);
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n");
    out
}

fn figure(
    article: &Article,
    text: &LocalizedArticle,
    parent: Option<&Lang>,
    media: &Media,
    src: &str,
    title: &str,
    alt: SegmentRef,
) -> String {
    let attrs = segment_attrs(&article.segments[alt].id, &text.segments[alt], parent, "");
    let alt_text = crate::article::plain::plain_text(&text.segments[alt].text);
    let mut out = format!("<figure{attrs}>");
    if let Some(url) = media.get(src) {
        let _ = write!(
            out,
            "<img src=\"{}\" alt=\"{}\"",
            escape(url),
            escape(&alt_text)
        );
        if !title.is_empty() {
            let _ = write!(out, " title=\"{}\"", escape(title));
        }
        out.push('>');
    }
    out.push_str("</figure>\n");
    out
}

fn code(info: &str, text: &str) -> String {
    let class = info
        .split_whitespace()
        .next()
        .filter(|l| {
            l.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .map(|l| format!(" class=\"language-{l}\""))
        .unwrap_or_default();
    format!(
        "<pre dir=\"ltr\" translate=\"no\"><code{class}>{}</code></pre>\n",
        escape(text)
    )
}

/// The `<article>` of a parallel edition: a row per segment, `left` (source) on the left
/// and `right` (target) on the right, both starting at the row's top.
pub fn parallel(
    article: &Article,
    left: &LocalizedArticle,
    right: &LocalizedArticle,
    media: &Media,
    meta: &str,
) -> String {
    let mut w = Parallel {
        article,
        sides: [left, right],
        media,
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
    w.out.push_str("</article>\n");
    w.out
}

#[derive(Clone, Copy, Default)]
struct Nest {
    quote: usize,
    list: usize,
}

#[derive(Clone, Copy)]
enum Unit<'b> {
    Plain { tag: &'b str, class: &'b str },
    Quote { depth: usize },
    Item { ordered: Option<u64>, depth: usize },
    Figure { src: &'b str, title: &'b str },
}

struct Parallel<'a> {
    article: &'a Article,
    sides: [&'a LocalizedArticle; 2],
    media: &'a Media,
    out: String,
}

impl Parallel<'_> {
    fn blocks(&mut self, blocks: &[Block], nest: Nest) {
        for block in blocks {
            self.block(block, nest);
        }
    }

    fn block(&mut self, block: &Block, nest: Nest) {
        match block {
            Block::Heading { level, segment } => {
                let tag = ["h2", "h2", "h3", "h4", "h5", "h6"][(*level as usize).clamp(1, 6) - 1];
                self.pair(Unit::Plain { tag, class: "" }, *segment);
            }
            Block::Paragraph { segment } if nest.quote > 0 => {
                self.pair(Unit::Quote { depth: nest.quote }, *segment)
            }
            Block::Paragraph { segment } => {
                let class = ["", "indent-1", "indent-2", "indent-3"][nest.list.min(3)];
                self.pair(Unit::Plain { tag: "p", class }, *segment);
            }
            Block::Quote { blocks } => self.blocks(
                blocks,
                Nest {
                    quote: nest.quote + 1,
                    ..nest
                },
            ),
            Block::List { start, items } => {
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
                // either grows.
                self.out.push_str("<div class=\"full\">\n");
                let t = parallel_table(self.article, &self.sides, align, head, rows);
                self.out.push_str(&t);
                self.out.push_str("</div>\n");
            }
            Block::Figure {
                src, title, alt, ..
            } => self.pair(Unit::Figure { src, title }, *alt),
            Block::Code { info, text } => {
                let _ = writeln!(self.out, "<div class=\"full\">{}</div>", code(info, text));
            }
            Block::Rule => self.out.push_str("<hr>\n"),
        }
    }

    fn pair(&mut self, unit: Unit<'_>, seg: SegmentRef) {
        self.out.push_str("<div class=\"pair\" dir=\"ltr\">\n");
        for side in self.sides {
            let html = self.side(unit, side, seg);
            self.out.push_str(&html);
        }
        self.out.push_str("</div>\n");
    }

    fn side(&self, unit: Unit<'_>, side: &LocalizedArticle, seg: SegmentRef) -> String {
        let id = &self.article.segments[seg].id;
        let text = &side.segments[seg];
        let body = || inline::render(&text.text);
        match unit {
            Unit::Plain { tag, class } => {
                let attrs = segment_attrs(id, text, None, class);
                format!("<{tag}{attrs}>{}</{tag}>\n", body())
            }
            Unit::Quote { depth } => {
                let attrs = segment_attrs(id, text, Some(&text.lang), "");
                format!(
                    "<blockquote class=\"depth-{depth}\" lang=\"{}\" dir=\"{}\"><p{attrs}>{}</p></blockquote>\n",
                    text.lang.tag(),
                    text.dir().as_str(),
                    body()
                )
            }
            Unit::Item { ordered, depth } => {
                let attrs = segment_attrs(id, text, Some(&text.lang), "");
                let (open, close) = match ordered {
                    Some(n) => (format!("ol start=\"{n}\""), "ol"),
                    None => ("ul".to_string(), "ul"),
                };
                format!(
                    "<{open} class=\"depth-{depth}\" lang=\"{}\" dir=\"{}\"><li{attrs}>{}</li></{close}>\n",
                    text.lang.tag(),
                    text.dir().as_str(),
                    body()
                )
            }
            Unit::Figure { src, title } => {
                figure(self.article, side, None, self.media, src, title, seg)
            }
        }
    }
}

//! A single-language edition's article body as HTML: nested elements, as the Markdown
//! has them (the parallel edition's rows are `parallel`'s), and the pieces both share.
//!
//! Every element that holds a segment carries `data-segment="<message id>"`; every element
//! whose language differs from its parent's carries `lang` and `dir`.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape::escape;
use super::inline;
use super::notes::NoteRefs;
use crate::article::{Align, Article, Block, ListItem, SegmentRef};
use crate::l10n::ui::Ui;
use crate::l10n::{Dir, Lang, LocalizedArticle, LocalizedSegment, Status};

/// Rewritten image sources (`src` as written → URL relative to the edition page); a
/// language's own version of an image under [`variant_key`].
pub type Media = BTreeMap<String, String>;

/// The [`Media`] key of `lang`'s own version of the image `src` (`chart.ur.png` beside
/// `chart.png`).
pub fn variant_key(src: &str, lang: &Lang) -> String {
    format!("{src}\u{0}{}", lang.tag())
}

/// What a body is set with besides its texts.
pub struct Around<'a> {
    pub media: &'a Media,
    /// Ready HTML (byline, date, reading time) placed at the end of the header.
    pub meta: &'a str,
    /// Each language's UI: its digits, the notes' heading.
    pub uis: &'a BTreeMap<Lang, Ui>,
}

impl Around<'_> {
    /// `id` in `lang`'s UI, `None` where it has none.
    pub(super) fn word(&self, lang: &Lang, id: &str) -> Option<String> {
        let ui = self.uis.get(lang)?;
        let text = ui.get(id);
        (text != id).then_some(text)
    }

    /// How `lang`'s text writes footnote references, with ids starting `fn<prefix>-`.
    pub(super) fn notes<'a>(
        &self,
        article: &'a Article,
        lang: &Lang,
        prefix: &str,
    ) -> NoteRefs<'a> {
        let digits = match self.uis.get(lang) {
            Some(ui) => crate::l10n::byline::digits(ui),
            None => ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
        };
        NoteRefs::new(article, digits, prefix)
    }
}

/// The tag and attributes of a heading at `level` under the title (1 = the body's top):
/// `h2`..`h6`, then a paragraph with the heading role, so no level is merged.
pub(super) fn heading_tag(level: u8) -> (String, String) {
    let rank = usize::from(level) + 1;
    if rank <= 6 {
        (format!("h{rank}"), String::new())
    } else {
        (
            "p".into(),
            format!(" role=\"heading\" aria-level=\"{rank}\""),
        )
    }
}

/// The `<article>` of a single-language edition.
pub fn single(article: &Article, text: &LocalizedArticle, around: &Around) -> String {
    let meta = around.meta;
    let mut w = Single {
        article,
        text,
        media: around.media,
        notes: around.notes(article, &text.lang, ""),
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
    w.notes(around);
    w.out.push_str("</article>\n");
    w.out
}

struct Single<'a> {
    article: &'a Article,
    text: &'a LocalizedArticle,
    media: &'a Media,
    notes: NoteRefs<'a>,
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
        self.segment_with(tag, seg, class, "");
    }

    fn segment_with(&mut self, tag: &str, seg: SegmentRef, class: &str, extra: &str) {
        let attrs = self.attrs(seg, class);
        let body = self.inline(seg);
        let _ = writeln!(self.out, "<{tag}{extra}{attrs}>{body}</{tag}>");
    }

    fn inline(&self, seg: SegmentRef) -> String {
        let seg = &self.text.segments[seg];
        inline::render_with(&seg.text, Some(&self.notes), seg.dir() == Dir::Rtl)
    }

    /// The footnotes, numbered, each linking back to its first reference.
    fn notes(&mut self, around: &Around) {
        let notes = self.notes.notes();
        if notes.is_empty() {
            return;
        }
        let heading = around
            .word(&self.text.lang, "notes")
            .unwrap_or_else(|| "Notes".into());
        let back = around
            .word(&self.text.lang, "note-back")
            .unwrap_or_else(|| "Back to the text".into());
        let _ = writeln!(
            self.out,
            "<section class=\"footnotes\" role=\"doc-endnotes\">\n<h2 class=\"footnotes-heading\">{}</h2>\n<ol class=\"footnotes-list\">",
            escape(&heading)
        );
        for (n, blocks) in notes {
            let _ = writeln!(
                self.out,
                "<li class=\"footnote\" id=\"{}\" data-number=\"{n}\">{}",
                self.notes.note_id(n),
                self.notes
                    .back_link(n, &format!(" aria-label=\"{}\"", escape(&back)))
            );
            for b in blocks {
                self.block(b);
            }
            self.out.push_str("</li>\n");
        }
        self.out.push_str("</ol>\n</section>\n");
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, segment } => {
                let (tag, extra) = heading_tag(*level);
                self.segment_with(&tag, *segment, "", &extra);
            }
            // Set together at the end (see `notes`).
            Block::Footnote { .. } => {}
            Block::Text { segment } => self.segment("span", *segment, ""),
            Block::Paragraph { segment } => self.segment("p", *segment, ""),
            // Verse: each couplet a paragraph whose two misras the stylesheet spreads to
            // the width of the longer, the pair centred.
            Block::Quote { blocks } if self.article.couplets(blocks).is_some() => {
                self.out.push_str("<blockquote class=\"verse\">\n");
                for segment in self.article.couplets(blocks).unwrap_or_default() {
                    self.segment("p", segment, "couplet");
                }
                self.out.push_str("</blockquote>\n");
            }
            Block::Quote { blocks } => {
                self.out.push_str("<blockquote>\n");
                for b in blocks {
                    self.block(b);
                }
                self.out.push_str("</blockquote>\n");
            }
            Block::List { start, items } => {
                // Labels the author typed (`(1)`, `(a)`) are the list's own.
                let typed = if self.article.labels_typed(items) {
                    " class=\"typed\""
                } else {
                    ""
                };
                match start {
                    Some(1) => {
                        let _ = writeln!(self.out, "<ol{typed}>");
                    }
                    Some(n) => {
                        let _ = writeln!(self.out, "<ol start=\"{n}\"{typed}>");
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
                let align = aligned(self.article, align, rows, self.text.lang.dir());
                let cells = Cells {
                    article: self.article,
                    text: self.text,
                    parent: Some(&self.text.lang),
                    align: &align,
                    notes: Some(&self.notes),
                    class: None,
                };
                let table = table(&cells, head, rows);
                self.out.push_str(&table);
            }
            Block::Figure {
                src,
                alt,
                caption,
                link,
                ..
            } => {
                let figure = figure(
                    self.article,
                    self.text,
                    Some(&self.text.lang),
                    self.media,
                    Shown {
                        src,
                        link: link.as_deref(),
                    },
                    *alt,
                    *caption,
                );
                self.out.push_str(&figure);
            }
            Block::Code { info, text } => self.out.push_str(&code(info, text)),
            Block::Rule => self.out.push_str("<hr>\n"),
        }
    }

    fn item(&mut self, item: &ListItem) {
        let task = task_box(item.task);
        match item.segment {
            Some(seg) => {
                let attrs = self.attrs(seg, "");
                let body = self.inline(seg);
                let body = match item.task {
                    Some(_) => format!("<label>{task} {body}</label>"),
                    None => body,
                };
                if item.loose {
                    let _ = write!(self.out, "<li><p{attrs}>{body}</p>");
                } else {
                    let _ = write!(self.out, "<li{attrs}>{body}");
                }
            }
            None => {
                let _ = write!(self.out, "<li>{task}");
            }
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

/// A task list item's box, ticked or not; nothing for an ordinary item.
pub(super) fn task_box(task: Option<bool>) -> &'static str {
    match task {
        Some(true) => "<input type=\"checkbox\" disabled checked>",
        Some(false) => "<input type=\"checkbox\" disabled>",
        None => "",
    }
}

/// `data-segment`, and `lang`/`dir`/class when the text is not in the parent's language.
/// `parent: None` means the element always states its language (parallel columns).
pub(super) fn segment_attrs(
    id: &str,
    seg: &LocalizedSegment,
    parent: Option<&Lang>,
    class: &str,
) -> String {
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

/// What every cell of one table shares: the article, the text it is set in, the
/// language it inherits, and each column's alignment.
pub(super) struct Cells<'a> {
    pub(super) article: &'a Article,
    pub(super) text: &'a LocalizedArticle,
    pub(super) parent: Option<&'a Lang>,
    pub(super) align: &'a [Align],
    /// How the text writes footnote references.
    pub(super) notes: Option<&'a NoteRefs<'a>>,
    /// A class every cell carries besides its alignment (the parallel table marks the
    /// translation's cells, so that a narrow screen can stack them under the source's).
    pub(super) class: Option<&'static str>,
}

impl Cells<'_> {
    /// One cell: its alignment, and its segment's language, status and id.
    pub(super) fn cell(&self, out: &mut String, tag: &str, col: usize, seg: Option<SegmentRef>) {
        let align = match self.align.get(col) {
            Some(Align::Left) => Some("align-start"),
            Some(Align::Center) => Some("align-center"),
            Some(Align::Right) => Some("align-end"),
            _ => None,
        };
        let class = match (align, self.class) {
            (Some(a), Some(c)) => format!(" class=\"{a} {c}\""),
            (Some(one), None) | (None, Some(one)) => format!(" class=\"{one}\""),
            (None, None) => String::new(),
        };
        match seg {
            Some(s) => {
                let attrs = segment_attrs(
                    &self.article.segments[s].id,
                    &self.text.segments[s],
                    self.parent,
                    "",
                );
                let seg = &self.text.segments[s];
                let body = inline::render_with(&seg.text, self.notes, seg.dir() == Dir::Rtl);
                let _ = write!(out, "<{tag}{class}{attrs}>{body}</{tag}>");
            }
            None => {
                let _ = write!(out, "<{tag}{class}></{tag}>");
            }
        }
    }
}

/// A table's column alignments as a text of direction `dir` sets them (the stylesheet's
/// `start`/`end` mirror them in right-to-left text), except that a right-aligned column of
/// numbers stays at the right in any direction: digits read left to right, and mirrored
/// to the left edge ۶,۶۸۷ stood over ۵۳,۲۶۵ thousands over tens of thousands (the PDF
/// does the same).
pub(super) fn aligned(
    article: &Article,
    align: &[Align],
    rows: &[Vec<Option<SegmentRef>>],
    dir: Dir,
) -> Vec<Align> {
    (align.iter().enumerate())
        .map(|(c, a)| match a {
            Align::Right if dir == Dir::Rtl && article.numeric_column(rows, c) => Align::Left,
            other => *other,
        })
        .collect()
}

fn table(cells: &Cells, head: &[Option<SegmentRef>], rows: &[Vec<Option<SegmentRef>>]) -> String {
    let mut out = String::from("<table>\n");
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

/// A figure's image and where it links to, if anywhere.
#[derive(Clone, Copy)]
pub(super) struct Shown<'a> {
    pub src: &'a str,
    pub link: Option<&'a str>,
}

pub(super) fn figure(
    article: &Article,
    text: &LocalizedArticle,
    parent: Option<&Lang>,
    media: &Media,
    Shown { src, link }: Shown<'_>,
    alt: SegmentRef,
    caption: Option<SegmentRef>,
) -> String {
    let attrs = segment_attrs(&article.segments[alt].id, &text.segments[alt], parent, "");
    let plain = |seg: SegmentRef| crate::article::plain::shown_text(&text.segments[seg].text);
    let alt_text = plain(alt);
    let title = caption.map(plain).unwrap_or_default();
    let mut out = format!("<figure{attrs}>");
    let own = media.get(&variant_key(src, &text.lang));
    // A link to an address a page may link to; another (`javascript:`) is dropped.
    let link = link.filter(|l| crate::article::targets::allowed(l));
    if let Some(href) = link {
        let _ = write!(out, "<a href=\"{}\">", escape(href));
    }
    if let Some(url) = own.or_else(|| media.get(src)) {
        let _ = write!(
            out,
            "<img src=\"{}\" alt=\"{}\"",
            escape(url),
            escape(&alt_text)
        );
        if !title.is_empty() {
            let _ = write!(out, " title=\"{}\"", escape(&title));
        }
        out.push('>');
    }
    if link.is_some() {
        out.push_str("</a>");
    }
    // The caption is the Markdown title, else the alt text; both are translated.
    let shown = caption.filter(|_| !title.is_empty()).unwrap_or(alt);
    if !text.segments[shown].text.is_empty() {
        let seg = &text.segments[shown];
        let caption = inline::render_with(&seg.text, None, seg.dir() == Dir::Rtl);
        let _ = write!(out, "<figcaption>{caption}</figcaption>");
    }
    out.push_str("</figure>\n");
    out
}

pub(super) fn code(info: &str, text: &str) -> String {
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

//! Markdown body → blocks and segments.
//!
//! pulldown-cmark gives the events and their source ranges; we keep each translatable run
//! as the author's own inline Markdown (a slice of the source with container prefixes such
//! as `> ` removed), because translators move `*emphasis*` and `[links](…)` where their
//! grammar wants them and the renderer parses the translated Markdown again.
//!
//! The tree is built with an explicit stack, never recursion, and nesting is capped so that
//! a hostile file (ten thousand nested quotes) gets a clear error instead of a stack overflow
//! downstream.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

mod frame;

pub use frame::is_inline;
mod source;

use super::line_break::is_line_break;
use super::model::{Block, ListItem, Segment, SegmentKind, SegmentRef};
use crate::diag::{Diagnostic, SourceFile};
pub use frame::MAX_NESTING;
use frame::{Capture, CaptureKind, Frame, align};
use source::{Reference, alt_range, inline_form};

/// The Markdown dialect: CommonMark with GitHub's tables, strikethrough, task lists and
/// footnotes, nothing that changes text.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
}

pub struct Body {
    pub blocks: Vec<Block>,
    /// Footnote labels in the order they are numbered (see [`Article::notes`]).
    ///
    /// [`Article::notes`]: super::model::Article::notes
    pub notes: Vec<String>,
    pub warnings: Vec<Diagnostic>,
}

struct Builder<'a> {
    source: &'a SourceFile,
    root: Vec<Block>,
    stack: Vec<Frame>,
    capture: Option<Capture>,
    segments: &'a mut Vec<Segment>,
    notes: Vec<String>,
    /// Notes numbered (`notes` as a set), notes referred to, and where each note is
    /// defined (its key, the definition).
    numbered: std::collections::HashSet<String>,
    referred: std::collections::HashSet<String>,
    defined: Vec<(String, Range<usize>)>,
    warnings: Vec<Diagnostic>,
}

pub fn parse(
    source: &SourceFile,
    body_offset: usize,
    segments: &mut Vec<Segment>,
) -> Result<Body, Diagnostic> {
    let text = &source.text[body_offset..];
    let mut b = Builder {
        source,
        root: Vec::new(),
        stack: Vec::new(),
        capture: None,
        segments,
        notes: Vec::new(),
        numbered: Default::default(),
        referred: Default::default(),
        defined: Vec::new(),
        warnings: Vec::new(),
    };
    let first_segment = b.segments.len();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        let range = (range.start + body_offset)..(range.end + body_offset);
        b.event(event, range)?;
    }
    let unmatched = super::notes::unmatched(
        source,
        &b.defined,
        &b.referred,
        &b.numbered,
        &b.segments[first_segment..],
        options(),
    );
    b.warnings.extend(unmatched);
    let mut blocks = b.root;
    super::model::rank_headings(&mut blocks);
    Ok(Body {
        blocks,
        notes: b.notes,
        warnings: b.warnings,
    })
}

impl Builder<'_> {
    fn event(&mut self, event: Event<'_>, range: Range<usize>) -> Result<(), Diagnostic> {
        if let Some(Frame::Verbatim { text, .. }) = self.stack.last_mut() {
            match event {
                Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    text.push_str(&t);
                    return Ok(());
                }
                Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock) => {}
                _ => return Ok(()),
            }
        }
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(end) => self.end(end, range),
            Event::Rule => {
                self.end_item_text();
                self.push_block(Block::Rule);
                Ok(())
            }
            Event::TaskListMarker(ticked) => {
                if let Some(Frame::Item { task, .. }) = self.stack.last_mut() {
                    *task = Some(ticked);
                }
                Ok(())
            }
            Event::FootnoteReference(ref label) => {
                self.note(label);
                self.referred.insert(super::model::note_key(label));
                self.inline(&event, &range);
                Ok(())
            }
            Event::InlineHtml(ref t) if is_line_break(t) => {
                self.inline(&event, &range);
                Ok(())
            }
            Event::InlineHtml(_) => {
                self.inline(&event, &range);
                match self.capture.as_mut() {
                    Some(c) => match &mut c.raw_html {
                        Some((_, n)) => *n += 1,
                        None => c.raw_html = Some((range, 1)),
                    },
                    None => self.raw_html(&range, 1),
                }
                Ok(())
            }
            // Everything else is inline content of the current segment.
            other => {
                self.inline(&other, &range);
                Ok(())
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) -> Result<(), Diagnostic> {
        if self.capture.is_some() && is_inline(&tag) {
            let reference = inline_form(&self.source.text, &tag, &range);
            if let Some(c) = self.capture.as_mut() {
                if let Some((range, inline)) = reference {
                    c.extend(&range);
                    c.references.push(Reference { range, inline });
                }
                c.extend(&range);
                if matches!(tag, Tag::Image { .. }) {
                    c.first_image.get_or_insert(range.start);
                }
                c.open_inline(&tag, range.start);
            }
            return Ok(());
        }
        if is_inline(&tag) {
            // Inline content directly in a tight list item.
            self.begin_item_text();
            return self.start(tag, range);
        }
        self.end_item_text();
        match tag {
            Tag::Paragraph => self.capture = Some(Capture::new(CaptureKind::Paragraph)),
            Tag::Heading { level, .. } => {
                self.capture = Some(Capture::new(CaptureKind::Heading(level as u8)))
            }
            Tag::TableCell => self.capture = Some(Capture::new(CaptureKind::Cell)),
            Tag::BlockQuote(_) => {
                frame::check_depth(&self.stack, self.source, &range)?;
                self.stack.push(Frame::Quote { blocks: Vec::new() });
            }
            Tag::List(start) => {
                frame::check_depth(&self.stack, self.source, &range)?;
                self.stack.push(Frame::List {
                    start,
                    items: Vec::new(),
                });
            }
            Tag::Item => self.stack.push(Frame::Item {
                segment: None,
                loose: false,
                task: None,
                blocks: Vec::new(),
            }),
            Tag::FootnoteDefinition(label) => {
                frame::check_depth(&self.stack, self.source, &range)?;
                self.note(&label);
                self.defined
                    .push((super::model::note_key(&label), range.clone()));
                self.stack.push(Frame::Footnote {
                    label: label.to_string(),
                    blocks: Vec::new(),
                });
            }
            Tag::Table(aligns) => self.stack.push(Frame::Table {
                align: aligns.iter().map(align).collect(),
                head: Vec::new(),
                rows: Vec::new(),
                row: Vec::new(),
            }),
            Tag::TableHead | Tag::TableRow => {
                if let Some(Frame::Table { row, .. }) = self.stack.last_mut() {
                    row.clear();
                }
            }
            Tag::CodeBlock(kind) => self.stack.push(Frame::Verbatim {
                info: match kind {
                    CodeBlockKind::Fenced(info) => info.to_string(),
                    CodeBlockKind::Indented => String::new(),
                },
                text: String::new(),
            }),
            Tag::HtmlBlock => {
                self.raw_html(&range, 1);
                self.stack.push(Frame::Verbatim {
                    info: "html".to_string(),
                    text: String::new(),
                });
            }
            // Not enabled in our dialect; nothing to do if they ever appear.
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, end: TagEnd, range: Range<usize>) -> Result<(), Diagnostic> {
        if let Some(c) = self.capture.as_mut()
            && c.depth > 0
        {
            c.extend(&range);
            c.depth -= 1;
            // A link that held no image is no figure.
            if c.depth == 0 && end == TagEnd::Link && c.lone_image.is_none() {
                c.other_content = true;
            }
            if c.depth == c.image_depth()
                && end == TagEnd::Image
                && let Some(img) = c.lone_image.as_mut()
            {
                // The alt text is the source between `![` and the closing `]`.
                img.alt = alt_range(&self.source.text, &range);
            }
            return Ok(());
        }
        match end {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell => self.finish_capture(),
            TagEnd::Item => {
                self.end_item_text();
                if let Some(Frame::Item {
                    segment,
                    loose,
                    task,
                    blocks,
                }) = self.stack.pop()
                    && let Some(Frame::List { items, .. }) = self.stack.last_mut()
                {
                    items.push(ListItem {
                        segment,
                        loose,
                        task,
                        blocks,
                    });
                }
            }
            TagEnd::FootnoteDefinition => {
                if let Some(Frame::Footnote { label, blocks }) = self.stack.pop() {
                    self.push_block(Block::Footnote { label, blocks });
                }
            }
            TagEnd::List(_) => {
                if let Some(Frame::List { start, items }) = self.stack.pop() {
                    self.push_block(Block::List { start, items });
                }
            }
            TagEnd::BlockQuote(_) => {
                if let Some(Frame::Quote { blocks }) = self.stack.pop() {
                    self.push_block(Block::Quote { blocks });
                }
            }
            TagEnd::TableHead => {
                if let Some(Frame::Table { head, row, .. }) = self.stack.last_mut() {
                    *head = std::mem::take(row);
                }
            }
            TagEnd::TableRow => {
                if let Some(Frame::Table { rows, row, .. }) = self.stack.last_mut() {
                    rows.push(std::mem::take(row));
                }
            }
            TagEnd::Table => {
                if let Some(Frame::Table {
                    align, head, rows, ..
                }) = self.stack.pop()
                {
                    self.push_block(Block::Table { align, head, rows });
                }
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                if let Some(Frame::Verbatim { info, text }) = self.stack.pop() {
                    self.push_block(Block::Code { info, text });
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn inline(&mut self, event: &Event<'_>, range: &Range<usize>) {
        if self.capture.is_none() {
            if matches!(event, Event::SoftBreak | Event::HardBreak) {
                return;
            }
            self.begin_item_text();
        }
        if let Some(c) = self.capture.as_mut() {
            let blank = matches!(event, Event::Text(t) if t.trim().is_empty())
                || matches!(event, Event::SoftBreak | Event::HardBreak);
            // Text beside the image, or beside it in its link.
            if c.depth <= c.image_depth() && !blank {
                c.other_content = true;
            }
            if matches!(event, Event::HardBreak) {
                c.hard_breaks.push(range.clone());
            }
            c.extend(range);
        }
    }

    fn begin_item_text(&mut self) {
        match self.stack.last() {
            Some(Frame::Item {
                segment: None,
                blocks,
                ..
            }) if self.capture.is_none() => {
                // Text after a nested block (a tight item's heading, then text) is a
                // paragraph of its own, in its place.
                let kind = if blocks.is_empty() {
                    CaptureKind::ItemText
                } else {
                    CaptureKind::Paragraph
                };
                self.capture = Some(Capture {
                    bare: true,
                    ..Capture::new(kind)
                });
            }
            Some(Frame::Item { .. }) if self.capture.is_none() => {
                self.capture = Some(Capture {
                    bare: true,
                    ..Capture::new(CaptureKind::Paragraph)
                });
            }
            _ => {}
        }
    }

    /// Numbers footnote `label` if the text has not met it yet.
    fn note(&mut self, label: &str) {
        let key = super::model::note_key(label);
        if self.numbered.insert(key.clone()) {
            self.notes.push(key);
        }
    }

    /// Raw HTML is published as text: said once per block, where it first is.
    fn raw_html(&mut self, range: &Range<usize>, pieces: usize) {
        let end = self.source.text[range.clone()]
            .find('\n')
            .map_or(range.end, |i| range.start + i.max(1))
            .min(range.start + 80);
        let message = match pieces {
            1 => "raw HTML is published as text, not markup".to_string(),
            n => format!("raw HTML is published as text, not markup ({n} tags here)"),
        };
        self.warnings.push(
            Diagnostic::warning("raw-html", message)
                .at(self.source, range.start..end)
                .with_hint("safha never passes HTML through; use Markdown instead"),
        );
    }

    fn end_item_text(&mut self) {
        if self.capture.as_ref().is_some_and(|c| c.bare) {
            self.finish_capture();
        }
    }

    fn finish_capture(&mut self) {
        let Some(capture) = self.capture.take() else {
            return;
        };
        if let Some((range, pieces)) = &capture.raw_html {
            self.raw_html(range, *pieces);
        }
        let Some(range) = capture.range.clone() else {
            // An empty paragraph or cell: nothing to translate. An empty heading is still a
            // heading (`#` alone).
            match capture.kind {
                CaptureKind::Cell => {
                    if let Some(Frame::Table { row, .. }) = self.stack.last_mut() {
                        row.push(None);
                    }
                }
                CaptureKind::Heading(level) => {
                    let offset = self.source.text.len();
                    let segment = self.add_segment(SegmentKind::Heading, String::new(), offset);
                    self.push_block(Block::Heading { level, segment });
                }
                _ => {}
            }
            return;
        };
        if let (Some(img), false) = (&capture.lone_image, capture.other_content)
            && capture.kind == CaptureKind::Paragraph
        {
            let alt_text = img
                .alt
                .clone()
                .map(|r| self.inline_text(r))
                .unwrap_or_default();
            let alt = self.add_segment(SegmentKind::ImageAlt, alt_text, img.offset);
            // The title is plain text; as a segment it is read as Markdown, so its
            // punctuation is escaped.
            let caption = (!img.title.is_empty()).then(|| {
                let text = source::escape_punctuation(&img.title);
                self.add_segment(SegmentKind::Caption, text, img.offset)
            });
            let block = Block::Figure {
                src: img.src.clone(),
                alt,
                caption,
                offset: img.offset,
                link: img.link.clone(),
            };
            self.push_block(block);
            return;
        }
        if let Some(at) = capture.first_image {
            self.warnings.push(frame::inline_image(self.source, at));
        }
        // A leading backslash escape (`\*not emphasis*`) belongs to the segment, though the
        // text event it gives starts after it.
        let mut range = range;
        let bytes = self.source.text.as_bytes();
        if range.start > 0
            && bytes[range.start - 1] == b'\\'
            && bytes.get(range.start).is_some_and(u8::is_ascii_punctuation)
        {
            range.start -= 1;
        }
        let mut text = self.capture_text(range.clone(), &capture);
        if capture.kind == CaptureKind::Cell {
            // GitHub's tables: `\|` is a pipe inside a cell, whatever it is in (code, a
            // link); the cell is rendered on its own, out of the table.
            text = text.replace("\\|", "|");
        }
        if text.is_empty() && !matches!(capture.kind, CaptureKind::Heading(_)) {
            return;
        }
        let in_quote = self
            .stack
            .iter()
            .rev()
            .find_map(|f| match f {
                Frame::Quote { .. } => Some(true),
                Frame::Item { .. } | Frame::List { .. } | Frame::Footnote { .. } => Some(false),
                _ => None,
            })
            .unwrap_or(false);
        let in_footnote = self
            .stack
            .iter()
            .any(|f| matches!(f, Frame::Footnote { .. }));
        match capture.kind {
            CaptureKind::Heading(level) => {
                let segment = self.add_segment(SegmentKind::Heading, text, range.start);
                self.push_block(Block::Heading { level, segment });
            }
            CaptureKind::Cell => {
                let segment = self.add_segment(SegmentKind::TableCell, text, range.start);
                if let Some(Frame::Table { row, .. }) = self.stack.last_mut() {
                    row.push(Some(segment));
                }
            }
            CaptureKind::ItemText => {
                let segment = self.add_segment(SegmentKind::ListItem, text, range.start);
                if let Some(Frame::Item { segment: s, .. }) = self.stack.last_mut() {
                    *s = Some(segment);
                }
            }
            CaptureKind::Paragraph => {
                // A loose list item's first paragraph is the item's own text.
                if let Some(Frame::Item {
                    segment: s @ None,
                    loose,
                    blocks,
                    ..
                }) = self.stack.last_mut()
                    && blocks.is_empty()
                {
                    let i = self.segments.len();
                    *s = Some(i);
                    *loose = !capture.bare;
                    self.add_segment(SegmentKind::ListItem, text, range.start);
                    return;
                }
                let kind = if in_footnote {
                    SegmentKind::Footnote
                } else if in_quote {
                    SegmentKind::Quote
                } else {
                    SegmentKind::Paragraph
                };
                let segment = self.add_segment(kind, text, range.start);
                if capture.bare {
                    self.push_block(Block::Text { segment });
                } else {
                    self.push_block(Block::Paragraph { segment });
                }
            }
        }
    }

    fn add_segment(&mut self, kind: SegmentKind, text: String, offset: usize) -> SegmentRef {
        self.segments.push(Segment {
            id: String::new(),
            kind,
            text: text.into(),
            offset,
        });
        self.segments.len() - 1
    }

    fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            None => self.root.push(block),
            Some(Frame::Quote { blocks })
            | Some(Frame::Item { blocks, .. })
            | Some(Frame::Footnote { blocks, .. }) => blocks.push(block),
            // A block directly in a list (cannot happen in CommonMark) or a table: keep it
            // at the nearest level that holds blocks rather than losing it.
            Some(_) => {
                for frame in self.stack.iter_mut().rev() {
                    if let Frame::Quote { blocks }
                    | Frame::Item { blocks, .. }
                    | Frame::Footnote { blocks, .. } = frame
                    {
                        blocks.push(block);
                        return;
                    }
                }
                self.root.push(block);
            }
        }
    }

    /// The inline Markdown of a source range, with the continuation lines' container
    /// prefixes (indentation, `>` of block quotes) removed.
    fn inline_text(&self, range: Range<usize>) -> String {
        let in_quote = self.stack.iter().any(|f| matches!(f, Frame::Quote { .. }));
        source::inline_source(&self.source.text, range, &[], &[], in_quote)
    }

    /// [`Self::inline_text`] of a capture, with its reference-style links written inline
    /// and its hard breaks as backslashes.
    fn capture_text(&self, range: Range<usize>, capture: &Capture) -> String {
        let in_quote = self.stack.iter().any(|f| matches!(f, Frame::Quote { .. }));
        let (references, breaks) = (&capture.references, &capture.hard_breaks);
        source::inline_source(&self.source.text, range, references, breaks, in_quote)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Align, Article, Block, SegmentKind};
    use std::path::Path;

    fn article(body: &str) -> Article {
        let text = format!("---\ntitle: T\n---\n{body}");
        Article::parse(Path::new("content/t.md"), &text).unwrap()
    }

    fn texts(a: &Article) -> Vec<(SegmentKind, &str)> {
        a.segments
            .iter()
            .skip(1)
            .map(|s| (s.kind, &*s.text))
            .collect()
    }

    #[test]
    fn segments_keep_inline_markdown() {
        let a = article(
            "## A *b*\n\nOne **two**\nthree [x](http://e.com).\n\n> quoted *q*\n> more\n\n- item `c`\n- [link](u) item\n\n![alt *text*](img.png)\n",
        );
        assert_eq!(
            texts(&a),
            vec![
                (SegmentKind::Heading, "A *b*"),
                (
                    SegmentKind::Paragraph,
                    "One **two**\nthree [x](http://e.com)."
                ),
                (SegmentKind::Quote, "quoted *q*\nmore"),
                (SegmentKind::ListItem, "item `c`"),
                (SegmentKind::ListItem, "[link](u) item"),
                (SegmentKind::ImageAlt, "alt *text*"),
            ]
        );
        assert!(matches!(a.blocks.last(), Some(Block::Figure { src, .. }) if src == "img.png"));
    }

    #[test]
    fn an_images_title_is_its_caption_shown_as_written() {
        let a = article("![A chart](c.png \"Rounds *1–3* <in days> & [more]\")\n");
        assert_eq!(
            texts(&a),
            vec![
                (SegmentKind::ImageAlt, "A chart"),
                (
                    SegmentKind::Caption,
                    "Rounds \\*1–3\\* \\<in days\\> \\& \\[more\\]"
                ),
            ]
        );
        let caption = a.segments.iter().find(|s| s.kind == SegmentKind::Caption);
        let html = crate::html::inline::render(&caption.unwrap().text);
        assert_eq!(html, "Rounds *1–3* &lt;in days&gt; &amp; [more]");
    }

    #[test]
    fn nested_lists_and_tables() {
        let a = article(
            "1. first\n   - inner\n2. second\n\n   loose para\n\n| h1 | h2 |\n|----|---:|\n| a  |    |\n",
        );
        let t = texts(&a);
        assert_eq!(
            t,
            vec![
                (SegmentKind::ListItem, "first"),
                (SegmentKind::ListItem, "inner"),
                (SegmentKind::ListItem, "second"),
                (SegmentKind::Paragraph, "loose para"),
                (SegmentKind::TableCell, "h1"),
                (SegmentKind::TableCell, "h2"),
                (SegmentKind::TableCell, "a"),
            ]
        );
        match &a.blocks[1] {
            Block::Table { head, rows, align } => {
                assert_eq!(head.len(), 2);
                assert_eq!(rows, &vec![vec![Some(7), None]]);
                assert_eq!(align[1], Align::Right);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reference_links_are_written_inline() {
        let a = article(
            "See [the report][r] and [Kabul][] or [Kabul], ![a map][m].\n\n\
             [r]: https://example.org/report \"The \\\"report\\\"\"\n\
             [kabul]: https://example.org/kabul\n[m]: map.png\n",
        );
        assert_eq!(
            texts(&a)[0].1,
            "See [the report](<https://example.org/report> \"The \\\"report\\\"\") and \
             [Kabul](<https://example.org/kabul>) or [Kabul](<https://example.org/kabul>), \
             ![a map](<map.png>)."
        );
        // The inline form renders to the same link.
        let html = crate::html::inline::render(texts(&a)[0].1);
        assert!(
            html.contains("href=\"https://example.org/report\""),
            "{html}"
        );
    }

    #[test]
    fn a_leading_escape_is_kept() {
        let a = article("\\*not emphasis* here\n");
        assert_eq!(texts(&a)[0].1, "\\*not emphasis* here");
    }

    #[test]
    fn hard_break_survives_as_backslash() {
        let a = article("line one  \nline two\n");
        assert_eq!(&*a.segments[1].text, "line one\\\nline two");
    }

    #[test]
    fn html_block_is_kept_as_text_with_warning() {
        let a = article("<div onclick=x>hi</div>\n\nPara\n");
        assert!(
            matches!(&a.blocks[0], Block::Code { info, text } if info == "html" && text.contains("<div"))
        );
        assert_eq!(a.warnings.len(), 1);
        assert_eq!(
            a.warnings[0].location().as_deref(),
            Some("content/t.md:4:1")
        );
    }

    #[test]
    fn raw_html_is_text_and_warned_once_each_block_or_inline() {
        let a = article("<!-- editor: check -->\n\nPara with <b>bold</b> and <!-- x -->.\n");
        assert!(matches!(&a.blocks[0], Block::Code { text, .. } if text.contains("<!--")));
        let at: Vec<_> = a.warnings.iter().map(|w| w.location()).collect();
        assert_eq!(a.warnings.len(), 2, "{at:?}");
        assert!(a.warnings.iter().all(|w| w.code == "raw-html"));
        assert_eq!(at[1].as_deref(), Some("content/t.md:6:11"));
        assert!(a.warnings[1].message.contains("3 tags"));
        assert!(texts(&a)[0].1.contains("<b>bold</b>"));
    }

    #[test]
    fn footnotes_are_numbered_in_the_order_the_text_meets_them() {
        let a = article(
            "Second[^b] and first[^A].\n\n[^a]: Note *a*.\n\n[^b]: Note b,\n    two lines.\n",
        );
        assert_eq!(a.notes, ["b", "a"]);
        assert_eq!(a.note_number("B"), Some(1));
        assert_eq!(a.note_number("a"), Some(2));
        let notes: Vec<_> = a
            .segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Footnote)
            .map(|s| &*s.text)
            .collect();
        assert_eq!(notes, ["Note *a*.", "Note b,\ntwo lines."]);
        assert!(
            matches!(&a.blocks[1], Block::Footnote { label, blocks } if label == "a" && blocks.len() == 1)
        );
    }

    #[test]
    fn headings_rank_from_the_articles_top_one_and_items_keep_their_kind() {
        let a = article("## A\n\n#### B\n\n- [x] done\n- [ ] open\n\n1. loose\n\n2. list\n");
        let levels: Vec<u8> = a
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, .. } => Some(*level),
                _ => None,
            })
            .collect();
        assert_eq!(levels, [1, 3]);
        let Block::List { items, .. } = &a.blocks[2] else {
            panic!("{:?}", a.blocks[2]);
        };
        assert_eq!(items[0].task, Some(true));
        assert_eq!(items[1].task, Some(false));
        assert!(!items[0].loose);
        assert!(matches!(&a.blocks[3], Block::List { items, .. } if items[0].loose));
        assert_eq!(texts(&a)[2].1, "done");
    }

    #[test]
    fn white_space_that_is_content_is_kept() {
        // Two spaces inside a code span are no hard break; a final backslash is text.
        let a = article("`code  \nspan` and\\\n");
        assert_eq!(texts(&a)[0].1, "`code  \nspan` and\\");
        // An image without alt text, a heading without words: empty, still segments.
        let a = article("#\n\n![](pic.png)\n");
        assert_eq!(
            texts(&a),
            [(SegmentKind::Heading, ""), (SegmentKind::ImageAlt, "")]
        );
    }

    #[test]
    fn deep_nesting_is_an_error_with_position() {
        let body = ">".repeat(100) + " deep\n";
        let text = format!("---\ntitle: T\n---\n{body}");
        let err = Article::parse(Path::new("content/t.md"), &text).unwrap_err();
        assert_eq!(err.code, "nesting-too-deep");
        assert_eq!(
            err.location().as_deref(),
            Some(format!("content/t.md:4:{}", MAX_NESTING + 1).as_str())
        );
    }
}

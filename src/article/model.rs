//! The article model: front matter plus a tree of blocks whose translatable runs are
//! [`Segment`]s with stable message ids. Blocks refer to their segments by index, so a
//! localized article is simply one text per segment index.

use std::sync::Arc;

use crate::diag::{Diagnostic, SourceFile};

use super::front_matter::FrontMatter;

/// What a segment is; decides its id prefix and how it is rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    Title,
    Summary,
    Heading,
    Paragraph,
    ListItem,
    Quote,
    TableCell,
    ImageAlt,
    /// An image's visible caption: the Markdown title (`![alt](src "caption")`).
    Caption,
    /// A paragraph of a footnote's text.
    Footnote,
}

impl SegmentKind {
    /// What a translator calls this kind of text.
    pub fn label(self) -> &'static str {
        match self {
            SegmentKind::Title => "Title",
            SegmentKind::Summary => "Summary",
            SegmentKind::Heading => "Heading",
            SegmentKind::Paragraph => "Paragraph",
            SegmentKind::ListItem => "List item",
            SegmentKind::Quote => "Quotation",
            SegmentKind::TableCell => "Table cell",
            SegmentKind::ImageAlt => "Image description",
            SegmentKind::Caption => "Image caption",
            SegmentKind::Footnote => "Footnote",
        }
    }

    /// The prefix of generated message ids, so a translator can tell `h-…` from `p-…`.
    pub fn id_prefix(self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Summary => "summary",
            SegmentKind::Heading => "h",
            SegmentKind::Paragraph => "p",
            SegmentKind::ListItem => "li",
            SegmentKind::Quote => "quote",
            SegmentKind::TableCell => "cell",
            SegmentKind::ImageAlt => "alt",
            SegmentKind::Caption => "caption",
            SegmentKind::Footnote => "note",
        }
    }
}

/// One translatable run of inline Markdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// The Fluent message id (assigned by [`assign`](super::ids::assign)).
    pub id: String,
    pub kind: SegmentKind,
    /// The inline Markdown, exactly as the author wrote it (container prefixes removed).
    pub text: Arc<str>,
    /// Byte offset of the segment in the article's source, for diagnostics.
    pub offset: usize,
}

/// A segment index into [`Article::segments`].
pub type SegmentRef = usize;

/// The title's segment: every article's first.
pub const TITLE: SegmentRef = 0;

/// The summary's segment, when the front matter has one: right after the title.
pub const SUMMARY: SegmentRef = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ListItem {
    /// The item's own text (a tight item's inline content, or a loose item's first paragraph).
    pub segment: Option<SegmentRef>,
    /// Whether the item's text is a paragraph: the items of a loose list (blank lines
    /// between them) are set as paragraphs, a tight list's as bare text.
    pub loose: bool,
    /// A task list item's box: `Some(true)` when it is ticked.
    pub task: Option<bool>,
    /// Nested lists, further paragraphs, quotes.
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading {
        level: u8,
        segment: SegmentRef,
    },
    Paragraph {
        segment: SegmentRef,
    },
    /// Text of a tight list item after a nested block (`- Heading\n  ---\n  text`): a
    /// paragraph set without a paragraph's spacing, as the item's own text is.
    Text {
        segment: SegmentRef,
    },
    Quote {
        blocks: Vec<Block>,
    },
    List {
        /// `Some(n)`: an ordered list starting at n.
        start: Option<u64>,
        items: Vec<ListItem>,
    },
    Table {
        align: Vec<Align>,
        head: Vec<Option<SegmentRef>>,
        rows: Vec<Vec<Option<SegmentRef>>>,
    },
    /// An image standing alone in its paragraph; its alt text (for those who cannot see
    /// it) and its caption (the Markdown title, shown under it) are translatable.
    Figure {
        src: String,
        alt: SegmentRef,
        caption: Option<SegmentRef>,
        offset: usize,
        /// Where the image links to, when the paragraph is a link holding only the image
        /// (`[![alt](photo.jpg)](full-size.jpg)`).
        link: Option<String>,
    },
    /// A footnote's text (`[^label]: …`), where the author defined it; editions set the
    /// notes together, numbered as [`Article::notes`] orders them.
    Footnote {
        /// The label as the author wrote it.
        label: String,
        blocks: Vec<Block>,
    },
    /// Code (and raw HTML, shown as text): never translated, always left to right.
    Code {
        info: String,
        text: String,
    },
    Rule,
}

/// A parsed article.
#[derive(Clone, Debug)]
pub struct Article {
    /// File stem of `content/<slug>.md`; names the output folder and the `.ftl` files.
    pub slug: String,
    pub source: SourceFile,
    pub front: FrontMatter,
    pub blocks: Vec<Block>,
    /// Title first, then the summary (if any), then the body's segments in reading order.
    pub segments: Vec<Segment>,
    /// Footnote labels (normalized: see [`note_key`]) in the order they are numbered:
    /// the order in which the text first meets each, as reference or definition.
    pub notes: Vec<String>,
    /// Each note's number by its key: [`Article::note_number`] is asked once per
    /// reference, and a search of `notes` made an article of thousands of notes cubic.
    pub note_numbers: std::collections::HashMap<String, usize>,
    /// Problems that did not stop parsing (raw HTML shown as text, …).
    pub warnings: Vec<Diagnostic>,
}

impl Segment {
    /// Whether the segment is translated through a message: not when it holds only
    /// numbers, codes, addresses or punctuation (see [`super::verbatim`]).
    pub fn has_message(&self) -> bool {
        !super::verbatim::nothing_to_translate(&self.text)
    }
}

impl Article {
    /// The outline rank of each heading of the body's top level (1 = the body's top), by
    /// its segment: one below the nearest heading before it of a higher level, so that no
    /// rank is skipped where the author skipped one (`####` under `##`, as a book review
    /// went H2, H4, H4, H2): the PDF's tags, since PDF/UA allows no gap (Matterhorn 14-003).
    /// The author's level still sets the heading's size in print, and its tag on the web
    /// pages, as CommonMark has it.
    pub fn heading_ranks(&self) -> std::collections::HashMap<SegmentRef, u8> {
        let mut above: Vec<u8> = Vec::new();
        let mut out = std::collections::HashMap::new();
        for block in &self.blocks {
            if let Block::Heading { level, segment } = block {
                while above.last().is_some_and(|l| l >= level) {
                    above.pop();
                }
                above.push(*level);
                out.insert(*segment, u8::try_from(above.len()).unwrap_or(u8::MAX));
            }
        }
        out
    }

    pub fn segment(&self, id: &str) -> Option<&Segment> {
        self.segments.iter().find(|s| s.id == id)
    }

    /// How many segments use each message id (equal English shares one).
    pub fn places(&self) -> std::collections::HashMap<&str, usize> {
        let mut out = std::collections::HashMap::new();
        for seg in &self.segments {
            *out.entry(seg.id.as_str()).or_default() += 1;
        }
        out
    }

    /// The segments translators translate, in reading order: each message once (segments
    /// with equal English share one), none that has nothing to translate.
    pub fn messages(&self) -> impl Iterator<Item = &Segment> {
        let mut seen = std::collections::HashSet::new();
        self.segments
            .iter()
            .filter(move |s| s.has_message() && seen.insert(s.id.as_str()))
    }

    /// Whether column `c` of a table's `rows` holds numbers (`61,904`, `29.8%`, `+7.0`,
    /// `۲۶٫۸٪`, a market's `▲ 4.45%` and `42.3m`, an account's `(1,250)`) in more than half of its cells that have
    /// text: digits read left to right in any language, so such a column lines its units
    /// up at the right, a word among them too (a fee schedule's "Nil", کوئی نہیں, beside
    /// ۱,۵۰۰ and ۱۰,۰۰۰).
    pub fn numeric_column(&self, rows: &[Vec<Option<SegmentRef>>], c: usize) -> bool {
        let (mut numbers, mut words) = (0usize, 0usize);
        for row in rows {
            let Some(Some(seg)) = row.get(c) else {
                continue;
            };
            // An arrow before the number, a scale's letters after it (`m`, `bn`).
            let text = self.segments[*seg].text.trim();
            let text = text.trim_start_matches(['▲', '▼', ' ']);
            // An accountant's negative in brackets (`(1,250)`), a total in bold.
            let text = text.trim_matches(['*', '_']);
            let text = (text.strip_prefix('('))
                .and_then(|t| t.strip_suffix(')'))
                .unwrap_or(text);
            let text = text
                .strip_suffix(|ch: char| ch.is_ascii_lowercase())
                .map_or(text, |t| {
                    t.strip_suffix(|ch: char| ch.is_ascii_lowercase())
                        .unwrap_or(t)
                });
            let number = text.chars().any(char::is_numeric)
                && text.chars().all(|ch| {
                    ch.is_numeric()
                        || matches!(
                            ch,
                            ',' | '.' | '%' | '+' | '-' | '−' | '٫' | '٬' | '٪' | ' '
                        )
                });
            if number {
                numbers += 1;
            } else {
                words += 1;
            }
        }
        numbers > words
    }

    /// The stanzas of a block quote that is verse: every block a paragraph of an even
    /// number of lines, each line ended by a hard line break (a trailing backslash or two
    /// spaces), its lines read two by two as couplets of two misras: a couplet a
    /// paragraph, or a whole ghazal typed as one paragraph of six lines. `None` for any
    /// other quote.
    pub fn couplets(&self, blocks: &[Block]) -> Option<Vec<SegmentRef>> {
        let mut out = Vec::new();
        for block in blocks {
            let Block::Paragraph { segment } = block else {
                return None;
            };
            let text = &self.segments[*segment].text;
            let lines: Vec<&str> = text.split('\n').collect();
            let breaks = lines.len() - 1;
            if breaks % 2 != 1 || !lines[..breaks].iter().all(|l| hard_break(l).is_some()) {
                return None;
            }
            // A line led by a dash is a quotation's source (`— Mehr Ali Nawaz, …`): an
            // epigraph over its attribution is no couplet.
            if misras(text).iter().any(|m| m.starts_with(['—', '―', '–'])) {
                return None;
            }
            // Misras share a script: an Arabic verse over its English translation is a
            // quotation, not a couplet.
            let mut rtl = misras(text).into_iter().map(mostly_rtl);
            let first = rtl.next().flatten();
            if rtl.any(|d| d.is_some_and(|d| Some(d) != first)) {
                return None;
            }
            out.push(*segment);
        }
        (!out.is_empty()).then_some(out)
    }

    /// Whether every item of a numbered list opens with a label its author typed, `(1)`,
    /// `(a)`, `(iii)`, as laws are quoted: the list then shows those labels alone, not
    /// `1. (1)` and `a. (a)`.
    pub fn labels_typed(&self, items: &[ListItem]) -> bool {
        !items.is_empty()
            && items.iter().all(|item| {
                item.segment.is_some_and(|seg| {
                    let text = self.segments[seg].text.trim_start();
                    text.strip_prefix('(')
                        .and_then(|rest| rest.split_once(')'))
                        .is_some_and(|(label, rest)| {
                            (1..=5).contains(&label.chars().count())
                                && label.chars().all(char::is_alphanumeric)
                                && rest.starts_with(char::is_whitespace)
                        })
                })
            })
    }

    /// The number of the footnote labelled `label` (1 for the first), if it is defined.
    pub fn note_number(&self, label: &str) -> Option<usize> {
        self.note_numbers.get(&note_key(label)).copied()
    }

    /// The numbers of `notes` (see [`Article::note_numbers`]).
    pub fn number_notes(notes: &[String]) -> std::collections::HashMap<String, usize> {
        (notes.iter().cloned()).zip(1..).collect()
    }
}

/// Whether most of `line`'s letters are written right to left (`None`: no letters).
fn mostly_rtl(line: &str) -> Option<bool> {
    let (mut ltr, mut rtl) = (0usize, 0usize);
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        if safha_text::bidi::is_rtl_letter(c) {
            rtl += 1;
        } else {
            ltr += 1;
        }
    }
    (ltr + rtl > 0).then_some(rtl > ltr)
}

/// The misras of a couplet's text (in any language): its lines, without the backslash
/// or `<br>` of a hard break.
pub fn misras(text: &str) -> Vec<&str> {
    text.split('\n')
        .map(|l| hard_break(l).unwrap_or(l).trim_end())
        .filter(|l| !l.is_empty())
        .collect()
}

/// A line of Markdown without the hard break that ends it (a backslash, or a `<br>` as
/// verse copied from a web page has), or `None` if none does. Trailing spaces are read as
/// a backslash before a segment's text is made.
fn hard_break(line: &str) -> Option<&str> {
    let line = line.trim_end();
    line.strip_suffix('\\').or_else(|| {
        let tag = line.rfind('<')?;
        super::line_break::is_line_break(&line[tag..]).then(|| &line[..tag])
    })
}

/// A footnote label as Markdown matches it: without regard to case or runs of white space.
pub fn note_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Heading levels counted from the article's top one: its highest heading becomes level 1,
/// and every other keeps its distance from it. An article written with `##` sections and
/// one written with `#` sections come out alike under the title, and no level is skipped
/// or merged.
pub(super) fn rank_headings(blocks: &mut [Block]) {
    fn walk(blocks: &mut [Block], f: &mut impl FnMut(&mut u8)) {
        let mut stack: Vec<&mut Block> = blocks.iter_mut().collect();
        while let Some(block) = stack.pop() {
            match block {
                Block::Heading { level, .. } => f(level),
                Block::Quote { blocks } | Block::Footnote { blocks, .. } => {
                    stack.extend(blocks.iter_mut())
                }
                Block::List { items, .. } => {
                    stack.extend(items.iter_mut().flat_map(|i| i.blocks.iter_mut()))
                }
                _ => {}
            }
        }
    }
    let mut top = u8::MAX;
    walk(blocks, &mut |level| top = top.min(*level));
    walk(blocks, &mut |level| *level = *level + 1 - top.min(*level));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote_of(body: &str) -> Option<usize> {
        let text = format!("---\ntitle: T\n---\n\n{body}\n");
        let article = Article::parse(std::path::Path::new("a.md"), &text).unwrap();
        let Some(Block::Quote { blocks }) = article.blocks.first() else {
            panic!("no quote: {:?}", article.blocks);
        };
        article.couplets(blocks).map(|c| c.len())
    }

    #[test]
    fn verse_is_couplets_of_hard_broken_lines_a_paragraph_or_a_stanza() {
        // A couplet a paragraph, with either hard break.
        assert_eq!(
            quote_of("> one line\\\n> two line\n>\n> three  \n> four"),
            Some(2)
        );
        // A ghazal of three couplets typed as one paragraph (it was prose).
        let ghazal = "> a  \n> b  \n> c  \n> d  \n> e  \n> f";
        assert_eq!(quote_of(ghazal), Some(1));
        // A stanza whose lines end in `<br>`, as verse copied from a web page is typed.
        assert_eq!(quote_of("> Ḍhol vajiyā<br>\n> sāḍiyāṅ pūriyāṅ"), Some(1));
        assert_eq!(
            misras("Ḍhol vajiyā <br/>\nsāḍiyāṅ"),
            ["Ḍhol vajiyā", "sāḍiyāṅ"]
        );
        // An epigraph over its source.
        assert_eq!(
            quote_of("> *The qawwal sings above them.*\\\n> — Mehr Ali Nawaz"),
            None
        );
        // Not verse: an odd number of lines, a soft break, prose.
        assert_eq!(quote_of("> a\\\n> b\\\n> c"), None);
        assert_eq!(quote_of("> a\\\n> b\n> c\\\n> d"), None);
        assert_eq!(quote_of("> Prose quoted whole."), None);
        // A verse of the Quran over its translation.
        assert_eq!(
            quote_of("> اقْرَأْ بِاسْمِ رَبِّكَ (العلق ۹۶:۱)\\\n> \"Read in the name of your Lord.\""),
            None
        );
    }

    #[test]
    fn a_list_whose_items_open_with_typed_labels_shows_those() {
        let typed = |body: &str| {
            let text = format!("---\ntitle: T\n---\n\n{body}\n");
            let article = Article::parse(std::path::Path::new("a.md"), &text).unwrap();
            let Some(Block::List { items, .. }) = article.blocks.first() else {
                panic!("no list");
            };
            article.labels_typed(items)
        };
        assert!(typed(
            "1. (1) Every child.\n2. (2) For the purposes of (1),—"
        ));
        assert!(typed("1. (a) no fee; and\n2. (iii) a record."));
        assert!(!typed("1. (1) Every child.\n2. For the purposes."));
        assert!(!typed("1. (see below) text\n2. (a) b"));
        assert!(!typed("1. (1)text"));
    }
}

//! The PDF renderer: an edition laid out on pages (`layout`) and written with printpdf
//! (`writer`), with inline Markdown turned into styled text (`inline`).

mod bidimarks;
mod broken;
mod content;
mod embed;
mod icc;
pub mod image;
pub mod inline;
mod layerfont;
pub mod layout;
mod links;
mod marked;
mod metadata;
mod outline;
pub mod tags;
mod textlayer;
mod visible;
pub mod writer;

use crate::article::{Article, SUMMARY, TITLE};
use crate::config::PdfConfig;
use crate::edition::Edition;
use crate::l10n::ui::Ui;
use safha_text::{FontBook, ShapeCache};

pub use layout::{Missing, Paragraphs};

/// Everything an edition's PDF needs besides its texts.
pub struct Input<'a> {
    pub article: &'a Article,
    pub edition: Edition<'a>,
    /// The UI of the page's language (page numbers).
    pub ui: &'a Ui,
    /// Every language's UI: the parallel edition's columns each give the byline in their
    /// own language.
    pub uis: &'a std::collections::BTreeMap<crate::l10n::Lang, Ui>,
    /// The article's images (JPEG and PNG), by source and language.
    pub images: &'a image::Images,
    pub book: &'a FontBook,
    pub config: &'a PdfConfig,
    /// Creation date, seconds since the Unix epoch.
    pub date: i64,
    /// Paragraphs shaped by the article's other editions.
    pub paragraphs: &'a layout::Paragraphs,
}

/// Why a PDF could not be made.
#[derive(Debug)]
pub enum Error {
    Missing(Missing),
    /// More characters than [`MAX_EDITION_CHARS`]: how many.
    TooLong(usize),
    Other(crate::diag::Diagnostic),
}

/// An edition's PDF, the first page (from 1) each segment it shows is on, and its tables
/// set with words broken to fit.
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: Vec<(crate::article::SegmentRef, usize)>,
    pub squeezed: Vec<layout::TooWide>,
}

/// Lays out and writes one edition.
pub fn render(input: &Input<'_>, cache: &mut ShapeCache) -> Result<Rendered, Error> {
    use crate::article::plain::plain_text;
    let chars = edition_chars(input.article, &input.edition);
    if chars > MAX_EDITION_CHARS {
        return Err(Error::TooLong(chars));
    }
    let common = layout::Common {
        paragraphs: input.paragraphs,
        uis: input.uis,
        images: input.images,
    };
    let mut laid = layout::layout(
        input.article,
        input.edition,
        input.book,
        cache,
        input.config,
        &common,
    )
    .map_err(|layout::Unlaid::Missing(m)| Error::Missing(m))?;
    let page = input.edition.page();
    let (header, title, subject) = match input.edition {
        Edition::Single(t) => {
            let title = plain_text(&t.segments[TITLE].text);
            (
                vec![(
                    title.clone(),
                    t.segments[TITLE].lang.clone(),
                    t.dir() == crate::l10n::Dir::Ltr,
                )],
                title,
                summary(input.article, t),
            )
        }
        Edition::Parallel { left, right } => {
            let l = plain_text(&left.segments[TITLE].text);
            let r = plain_text(&right.segments[TITLE].text);
            (
                vec![
                    (l.clone(), left.segments[TITLE].lang.clone(), true),
                    (r.clone(), right.segments[TITLE].lang.clone(), false),
                ],
                format!("{r} | {l}"),
                summary(input.article, right),
            )
        }
    };
    let ui = input.ui.clone();
    let lang = page.lang.clone();
    let urdu_digits = input.config.urdu_digits;
    let furniture = layout::Furniture {
        header,
        page_label: Box::new(move |n, total| {
            let label = ui.get_with(
                "page-number",
                &[
                    (
                        "page",
                        layout::localized_number(n as u64, &lang, urdu_digits).into(),
                    ),
                    (
                        "pages",
                        layout::localized_number(total as u64, &lang, urdu_digits).into(),
                    ),
                ],
            );
            // Fluent isolates the numbers; a page number needs no isolation, and the
            // text layer copies best without invisible controls around digits.
            let label: String = label
                .chars()
                .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                .collect();
            (label, lang.clone())
        }),
    };
    layout::finish_pages(&mut laid, &furniture, input.book, cache).map_err(|glyph| {
        Error::Missing(Missing {
            glyph,
            segment: None,
            lang: page.lang.clone(),
        })
    })?;
    let meta = writer::Meta {
        title,
        author: input.article.front.author.clone().unwrap_or_default(),
        translator: input.article.front.translator.clone(),
        subject,
        lang: page.lang.clone(),
        date: input.date,
        page_numbers: (1..=laid.pages.len())
            .map(|n| layout::localized_number(n as u64, &page.lang, urdu_digits))
            .collect(),
        structure: tags::tree(input.article, &input.edition, &|loc| {
            crate::l10n::byline::line(&input.article.front, input.uis, loc)
        }),
    };
    let bytes = writer::write(&laid, input.book, &meta).map_err(Error::Other)?;
    let mut pages: Vec<(crate::article::SegmentRef, usize)> = Vec::new();
    for (n, page) in laid.pages.iter().enumerate() {
        for seg in page.placed.iter().filter_map(|p| p.segment()) {
            if !pages.iter().any(|(s, _)| *s == seg) {
                pages.push((seg, n + 1));
            }
        }
    }
    Ok(Rendered {
        bytes,
        pages,
        squeezed: laid.squeezed,
    })
}

/// The most characters one PDF edition sets (its segments and the article's code). The
/// layout holds the whole edition, about 150 bytes a character (a million characters of
/// English: 178 MB at peak), so four million (some 700,000 words, 1,500 pages) stay under
/// a gigabyte, where the 64 MiB an article may be would take ten.
pub const MAX_EDITION_CHARS: usize = 4_000_000;

/// The characters an edition sets: its columns' segments, and the article's code in each.
pub fn edition_chars(article: &Article, edition: &Edition<'_>) -> usize {
    let code: usize = code_texts(article).map(|t| t.chars().count()).sum();
    let column = |loc: &crate::l10n::LocalizedArticle| {
        loc.segments
            .iter()
            .map(|s| s.text.chars().count())
            .sum::<usize>()
            + code
    };
    match edition {
        Edition::Single(loc) => column(loc),
        Edition::Parallel { left, right } => column(left) + column(right),
    }
}

/// The text of every code block in `article`, in quotes, lists and footnotes too.
fn code_texts(article: &Article) -> impl Iterator<Item = &str> {
    let mut stack: Vec<&crate::article::Block> = article.blocks.iter().collect();
    std::iter::from_fn(move || {
        use crate::article::Block;
        while let Some(block) = stack.pop() {
            match block {
                Block::Code { text, .. } => return Some(text.as_str()),
                Block::Quote { blocks } | Block::Footnote { blocks, .. } => stack.extend(blocks),
                Block::List { items, .. } => stack.extend(items.iter().flat_map(|i| &i.blocks)),
                _ => {}
            }
        }
        None
    })
}

/// Every character of `loc`'s text (its segments and the article's code) that no face of
/// `book` can draw, once each, where it first occurs: an edition showing it cannot be
/// made as PDF. Checked before layout, so the web pages link only the PDFs that exist.
pub fn undrawable(
    book: &FontBook,
    article: &Article,
    loc: &crate::l10n::LocalizedArticle,
) -> Vec<Missing> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    let mut check = |text: &str, segment: Option<usize>, lang: &crate::l10n::Lang| {
        for (offset, ch) in text.char_indices() {
            if safha_text::chars::needs_face(ch) && seen.insert(ch) && !book.can_draw(ch) {
                out.push(Missing {
                    glyph: safha_text::MissingGlyph { ch, offset },
                    segment,
                    lang: lang.clone(),
                });
            }
        }
    };
    for (i, seg) in loc.segments.iter().enumerate() {
        check(&seg.text, Some(i), &seg.lang);
    }
    for text in code_texts(article) {
        check(text, None, &loc.lang);
    }
    out
}

fn summary(article: &Article, t: &crate::l10n::LocalizedArticle) -> String {
    if article.front.summary.is_some() {
        crate::article::plain::plain_text(&t.segments[SUMMARY].text)
    } else {
        String::new()
    }
}

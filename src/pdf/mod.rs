//! The PDF renderer: an edition laid out on pages (`layout`) and written with printpdf
//! (`writer`), with inline Markdown turned into styled text (`inline`).

mod artifacts;
mod bidimarks;
mod broken;
mod content;
mod drawing;
mod embed;
mod glyphs;
mod icc;
pub mod image;
pub mod inline;
mod layerfont;
mod layerplace;
mod layertext;
pub mod layout;
mod links;
mod marked;
mod metadata;
mod outline;
mod pagetree;
mod pdfjs;
mod save;
mod stream;
pub mod tags;
mod textlayer;
mod visible;
pub mod writer;

use crate::article::{Article, SUMMARY, TITLE};
use crate::config::PdfConfig;
use crate::diag::Diagnostic;
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
    /// The article's images (JPEG, PNG, WebP and GIF), by source and language.
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
    Other(Diagnostic),
}

/// What writing an edition's PDF told: the first page (from 1) each segment it shows is
/// on, and its tables set with words broken to fit.
pub struct Rendered {
    pub pages: Vec<(crate::article::SegmentRef, usize)>,
    pub squeezed: Vec<layout::TooWide>,
}

/// Lays out one edition and writes its PDF to `out` as it is made. On an error, what
/// `out` was given is no PDF.
pub fn render(
    input: &Input<'_>,
    cache: &mut ShapeCache,
    out: &mut dyn std::io::Write,
) -> Result<Rendered, Error> {
    render_keeping(input, cache, KEEP_CHARS, out)
}

/// [`render`], keeping the pages of an edition of up to `keep_chars` characters.
pub(crate) fn render_keeping(
    input: &Input<'_>,
    cache: &mut ShapeCache,
    keep_chars: usize,
    out: &mut dyn std::io::Write,
) -> Result<Rendered, Error> {
    use crate::article::plain::plain_text;
    let common = layout::Common {
        paragraphs: input.paragraphs,
        uis: input.uis,
        images: input.images,
    };
    // The first layout: how many pages, which page each segment starts on, and the pages
    // themselves while the edition is short enough to keep them (see `Source`).
    let keep = edition_chars(input.article, &input.edition) <= keep_chars;
    let mut kept = Vec::new();
    let mut count = 0;
    let mut pages: Vec<(crate::article::SegmentRef, usize)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut laid = layout::layout(
        input.article,
        input.edition,
        input.book,
        cache,
        input.config,
        &common,
        &mut |page| {
            count += 1;
            for seg in page.placed.iter().filter_map(|p| p.segment()) {
                if seen.insert(seg) {
                    pages.push((seg, count));
                }
            }
            if keep {
                kept.push(page);
            }
        },
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
                        layout::localized_number(n as u64, &lang, urdu_digits, Some(&ui)).into(),
                    ),
                    (
                        "pages",
                        layout::localized_number(total as u64, &lang, urdu_digits, Some(&ui))
                            .into(),
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
    let missing = |glyph| {
        Error::Missing(Missing {
            glyph,
            segment: None,
            lang: page.lang.clone(),
        })
    };
    let finisher = layout::Finisher::new(furniture, &laid, input.book, cache).map_err(missing)?;
    let meta = writer::Meta {
        title,
        author: input.article.front.author.clone().unwrap_or_default(),
        translator: input.article.front.translator.clone(),
        subject,
        lang: page.lang.clone(),
        date: input.date,
        page_numbers: (1..=laid.pages)
            .map(|n| layout::localized_number(n as u64, &page.lang, urdu_digits, Some(input.ui)))
            .collect(),
        structure: Box::new(|each| {
            let byline = |loc: &crate::l10n::LocalizedArticle| {
                crate::l10n::byline::line(&input.article.front, input.uis, loc)
            };
            tags::each_child(input.article, &input.edition, &byline, each)
        }),
    };
    let squeezed = std::mem::take(&mut laid.squeezed);
    let mut source = Source {
        input,
        common,
        cache,
        laid,
        kept: keep.then_some(kept),
        finished: false,
        finisher,
        missing: None,
    };
    let written = writer::write(&mut source, input.book, &meta, out);
    if let Some(glyph) = source.missing {
        return Err(missing(glyph));
    }
    written.map_err(Error::Other)?;
    Ok(Rendered { pages, squeezed })
}

/// The most characters of an edition whose pages are kept from its first layout for the
/// writer's passes (about 150 bytes a character: some 75 MB). A longer edition is laid out
/// again for each pass, its pages made, written and dropped a batch at a time, so that its
/// memory is bounded by the pages being set, not by the article.
const KEEP_CHARS: usize = 500_000;

/// An edition's pages for the writer: kept from the first layout, or laid out again.
struct Source<'a, 'c> {
    input: &'a Input<'a>,
    common: layout::Common<'a>,
    cache: &'c mut ShapeCache,
    laid: layout::Laid,
    kept: Option<Vec<layout::Page>>,
    /// Whether the kept pages have their furniture yet.
    finished: bool,
    finisher: layout::Finisher,
    /// A page label no face can draw.
    missing: Option<safha_text::MissingGlyph>,
}

impl writer::Pages for Source<'_, '_> {
    fn laid(&self) -> &layout::Laid {
        &self.laid
    }

    fn each(&mut self, each: &mut dyn FnMut(layout::Page)) -> Result<(), Diagnostic> {
        let book = self.input.book;
        let unfinished = || Diagnostic::error("pdf-layout", "a page label cannot be set");
        if let Some(kept) = &mut self.kept {
            if !self.finished {
                for (i, page) in kept.iter_mut().enumerate() {
                    if let Err(glyph) = self.finisher.finish(page, i, book, self.cache) {
                        self.missing = Some(glyph);
                        return Err(unfinished());
                    }
                }
                self.finished = true;
            }
            kept.iter().cloned().for_each(each);
            return Ok(());
        }
        // Laid out again as the first time (layout depends only on its input), the
        // furniture's words shaped beside it with the same shared store.
        let mut labels = self.cache.sibling();
        let (finisher, mut i, mut missing) = (&self.finisher, 0, None);
        let input = self.input;
        let again = layout::layout(
            input.article,
            input.edition,
            book,
            self.cache,
            input.config,
            &self.common,
            &mut |mut page| {
                if missing.is_none() {
                    match finisher.finish(&mut page, i, book, &mut labels) {
                        Ok(()) => each(page),
                        Err(glyph) => missing = Some(glyph),
                    }
                }
                i += 1;
            },
        );
        if missing.is_some() {
            self.missing = missing;
            return Err(unfinished());
        }
        match again {
            Ok(laid) if laid.pages == self.laid.pages => Ok(()),
            _ => Err(Diagnostic::error(
                "pdf-layout",
                "the edition did not lay out the same way twice",
            )),
        }
    }

    fn release(&mut self) {
        // Asked again, the pages would be laid out again.
        self.kept = None;
    }
}

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

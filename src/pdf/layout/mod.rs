//! Article + edition → pages: every segment set as a paragraph by the text engine, then
//! flowed onto pages.
//!
//! The steps, one file each: [`style`] (what a paragraph of each role looks like), [`set`]
//! (a paragraph shaped once per article, broken at a column's width), [`collect`] (the
//! blocks of one column as [`flow`]s), [`table`], [`parallel`] (two columns of equal
//! height), [`paginate`] (flows onto pages) and [`furniture`] (headers and page numbers,
//! page positions). Margins are mirrored for right-to-left books (the binding is on the
//! right).

mod collect;
mod flow;
mod foot;
mod furniture;
mod labels;
mod notes;
mod page;
mod paginate;
mod parallel;
mod set;
mod style;
mod table;

pub use furniture::{Finisher, Furniture};
pub use page::{Geometry, Laid, Mark, Node, Page, Part, Placed, PlacedImage, Rule, Tag};
pub use set::{Missing, Paragraphs, TooWide, Unlaid};
pub use style::localized_number;

use collect::Column;
use paginate::Paginator;
use set::Setter;

use crate::article::Article;
use crate::config::{PageSize, PdfConfig};
use crate::edition::Edition;
use crate::l10n::Dir;
use safha_text::{FontBook, ShapeCache};

/// What an article's editions share while they are laid out.
pub struct Common<'a> {
    /// Paragraphs shaped by the article's other editions.
    pub paragraphs: &'a Paragraphs,
    /// Every language's UI (the byline).
    pub uis: &'a std::collections::BTreeMap<crate::l10n::Lang, crate::l10n::ui::Ui>,
    /// The article's images.
    pub images: &'a crate::pdf::image::Images,
}

/// Lays out an edition, handing each page to `sink` as soon as it is made (its positions
/// still relative to the content box, without furniture: see [`Finisher`]).
pub fn layout(
    article: &Article,
    edition: Edition<'_>,
    book: &FontBook,
    cache: &mut ShapeCache,
    config: &PdfConfig,
    common: &Common<'_>,
    sink: &mut dyn FnMut(Page),
) -> Result<Laid, Unlaid> {
    let Common {
        paragraphs,
        uis,
        images,
    } = *common;
    let geometry = Geometry::new(config.page);
    let scale = if config.page == PageSize::A5 {
        0.92
    } else {
        1.0
    };
    let mut setter = Setter {
        book,
        cache,
        shaped: paragraphs,
        measure: false,
        article,
        uis,
        scale,
        urdu_digits: config.urdu_digits,
        print_urls: config.print_urls,
        images,
        max_image_height: geometry.content_height() * 0.7,
        noted: Default::default(),
        squeezed: Vec::new(),
        note_lines: notes::note_lines(article),
    };
    let width = geometry.content_width();
    let mut pages = Paginator::new(&geometry, sink);
    let rtl_book = match edition {
        Edition::Single(loc) => {
            let column = Column::new(&mut setter, loc, width);
            for i in 0..column.parts(&setter) {
                for flow in column.part(&mut setter, i)?.into_iter().flatten() {
                    pages.push(flow);
                }
            }
            loc.dir() == Dir::Rtl
        }
        Edition::Parallel { left, right } => {
            parallel::flows(&mut setter, left, right, width, &mut |f| pages.push(f))?;
            false
        }
    };
    Ok(Laid {
        pages: pages.finish(),
        geometry,
        rtl_book,
        squeezed: setter.squeezed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Lang, LocalizedArticle};
    use collect::{Order, expand_tabs};
    #[test]
    fn margins_mirror_for_right_to_left_books() {
        let g = Geometry::new(PageSize::A4);
        assert_eq!(g.left_margin(0, false), g.inner);
        assert_eq!(g.left_margin(1, false), g.outer);
        assert_eq!(g.left_margin(0, true), g.outer);
        assert_eq!(g.left_margin(1, true), g.inner);
    }

    #[test]
    fn a_column_set_backward_equals_it_set_forward() {
        let markdown = "---\ntitle: Order\nsummary: Blocks set in either order.\n---\n\n\
            ## A heading\n\nA paragraph long enough to be broken into several lines of a \
            narrow column, with hyphenation candidates like extraordinary.\n\n\
            - an item\n- another item\n\n> quoted words\n\n\
            | a | b |\n| --- | --- |\n| one | two |\n\nThe last paragraph.\n";
        let mut article =
            Article::parse(std::path::Path::new("content/order.md"), markdown).expect("parses");
        crate::article::ids::assign(&mut article.segments, &[]);
        let en = Lang::parse("en").expect("en");
        let loc = LocalizedArticle::source(&article, &en);
        let book = FontBook::bundled();
        // Each order with caches of its own, as two editions on two cores start.
        let uis = Default::default();
        let images = crate::pdf::image::Images::default();
        let set = |order: Order, width: f32| {
            let (mut cache, paragraphs) = (ShapeCache::new(), Paragraphs::default());
            let mut setter = Setter {
                book: &book,
                cache: &mut cache,
                shaped: &paragraphs,
                measure: false,
                article: &article,
                uis: &uis,
                scale: 1.0,
                urdu_digits: None,
                print_urls: false,
                images: &images,
                max_image_height: 500.0,
                noted: Default::default(),
                squeezed: Vec::new(),
                note_lines: notes::note_lines(&article),
            };
            let column = Column::new(&mut setter, &loc, width);
            let count = column.parts(&setter);
            let mut parts: Vec<Vec<Vec<flow::Flow>>> = vec![Vec::new(); count];
            let indices: Vec<usize> = match order {
                Order::Forward => (0..count).collect(),
                Order::Backward => (0..count).rev().collect(),
            };
            for i in indices {
                parts[i] = column.part(&mut setter, i).expect("set");
            }
            let units: Vec<Vec<flow::Flow>> = parts.into_iter().flatten().collect();
            units
                .iter()
                .map(|u| {
                    u.iter()
                        .map(|f| {
                            let sides: Vec<(usize, f32)> =
                                f.sides.iter().map(|s| (s.para.lines.len(), s.x)).collect();
                            (sides, f.height(), f.before, f.after, f.keep_with_next)
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        };
        let forward = set(Order::Forward, 160.0);
        assert!(forward.len() >= 7, "{} units", forward.len());
        assert!(
            forward
                .iter()
                .flatten()
                .any(|f| f.0.iter().any(|s| s.0 > 2))
        );
        assert_eq!(set(Order::Backward, 160.0), forward);
    }

    #[test]
    fn tabs_reach_the_next_stop() {
        assert_eq!(
            expand_tabs("all:\n\tgo build\nab\tc"),
            "all:\n    go build\nab  c"
        );
        assert_eq!(expand_tabs("no tabs"), "no tabs");
    }

    #[test]
    fn urdu_digits_on_request() {
        let ur = Lang::parse("ur").unwrap();
        let en = Lang::parse("en").unwrap();
        assert_eq!(localized_number(2014, &ur, Some(true), None), "۲۰۱۴");
        assert_eq!(localized_number(2014, &ur, Some(false), None), "2014");
        assert_eq!(localized_number(12, &en, Some(true), None), "12");
        // Unset: the language's own digits, as its `ui.ftl` names them.
        let langs = vec![en.clone(), ur.clone()];
        let nowhere = std::path::Path::new("/nonexistent-safha-project");
        let (set, _) = crate::l10n::ui::UiSet::load(&nowhere.join("locales"), nowhere, &langs);
        let (ur_ui, en_ui) = (
            set.ui(&ur, &[ur.clone(), en.clone()]),
            set.ui(&en, std::slice::from_ref(&en)),
        );
        assert_eq!(localized_number(2014, &ur, None, Some(&ur_ui)), "۲۰۱۴");
        assert_eq!(localized_number(2014, &en, None, Some(&en_ui)), "2014");
        assert_eq!(
            localized_number(2014, &ur, Some(false), Some(&ur_ui)),
            "2014"
        );
    }
}

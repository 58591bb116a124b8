//! Page furniture: the running header with the title (from the second page on) and the
//! page number, added to each page as the writer takes it, once the number of pages is known; content-relative
//! positions become page positions here.

use std::sync::Arc;

use super::page::{Geometry, Laid, Page, Placed, Rule};
use super::style::{Role, para_style};
use crate::l10n::{Dir, Lang};
use safha_text::{self as text, Align, FontBook, MissingGlyph, Paragraph, ShapeCache, StyledText};

/// Page furniture: a running header with the title, and the page number.
pub struct Furniture {
    /// Header texts: (text, language, at the left edge?).
    pub header: Vec<(String, Lang, bool)>,
    /// "Page {page} of {pages}" in the page's language, with `{page}`/`{pages}` filled per
    /// page by the caller.
    pub page_label: Box<dyn Fn(usize, usize) -> (String, Lang)>,
}

/// What finishes each page of one laid-out edition: the running headers, set once, and
/// the page label of each page.
pub struct Finisher {
    furniture: Furniture,
    /// Each header's paragraph, whether it sits at the left edge, and its width.
    headers: Vec<(Arc<Paragraph>, bool, f32)>,
    geometry: Geometry,
    rtl_book: bool,
    total: usize,
}

impl Finisher {
    pub fn new(
        furniture: Furniture,
        laid: &Laid,
        book: &FontBook,
        cache: &mut ShapeCache,
    ) -> Result<Finisher, MissingGlyph> {
        let width = laid.geometry.content_width();
        let mut headers = Vec::new();
        for (text, lang, left) in &furniture.header {
            let (mut style, _, _) = para_style(Role::Furniture, lang, 1.0);
            style.align = if *left == (lang.dir() == Dir::Ltr) {
                Align::Start
            } else {
                Align::End
            };
            let half = if furniture.header.len() > 1 {
                width / 2.0 - 6.0
            } else {
                width
            };
            let mut p = text::layout(book, cache, &StyledText::plain(text), &style, half)?;
            // A title too long for the header is cut at a word and marked as cut, never
            // silently shortened to its first line.
            if p.lines.len() > 1 {
                let words: Vec<&str> = text.split_whitespace().collect();
                for n in (1..words.len()).rev() {
                    let cut = format!("{}…", words[..n].join(" "));
                    let q = text::layout(book, cache, &StyledText::plain(&cut), &style, half)?;
                    if q.lines.len() == 1 {
                        p = q;
                        break;
                    }
                }
            }
            headers.push((Arc::new(p), *left, half));
        }
        Ok(Finisher {
            furniture,
            headers,
            geometry: laid.geometry,
            rtl_book: laid.rtl_book,
            total: laid.pages,
        })
    }

    /// Turns the content-relative positions of page `i` (from 0) into page positions and
    /// adds its header and footer.
    pub fn finish(
        &self,
        page: &mut Page,
        i: usize,
        book: &FontBook,
        cache: &mut ShapeCache,
    ) -> Result<(), MissingGlyph> {
        let g = self.geometry;
        let width = g.content_width();
        let left = g.left_margin(i, self.rtl_book);
        for p in &mut page.placed {
            p.x += left;
            p.top += g.top;
        }
        for r in &mut page.rules {
            r.x0 += left;
            r.x1 += left;
            r.y0 += g.top;
            r.y1 += g.top;
        }
        for m in &mut page.marks {
            m.x += left;
            m.y += g.top;
        }
        for img in &mut page.images {
            img.x += left;
            img.y += g.top;
        }
        // The first page opens with the title itself: a running head repeating it there
        // is the one a book's opening page leaves out.
        let headers = if i == 0 { &[][..] } else { &self.headers[..] };
        let header_top = g.top - 34.0;
        for (p, at_left, half) in headers {
            let x = if *at_left { left } else { left + width - half };
            page.placed.push(Placed {
                x,
                top: header_top - p.ascent + 8.0,
                para: p.clone(),
                lines: 0..p.lines.len().min(1),
                tag: None,
                spaced: false,
                cell: false,
            });
        }
        if !headers.is_empty() {
            page.rules.push(Rule {
                x0: left,
                y0: g.top - 18.0,
                x1: left + width,
                y1: g.top - 18.0,
                width: 0.4,
            });
        }
        let (label, lang) = (self.furniture.page_label)(i + 1, self.total);
        let (mut style, _, _) = para_style(Role::Furniture, &lang, 1.0);
        style.align = Align::Center;
        let p = Arc::new(text::layout(
            book,
            cache,
            &StyledText::plain(&label),
            &style,
            width,
        )?);
        let top = g.height - g.bottom + 22.0;
        page.placed.push(Placed {
            x: left,
            top,
            para: p.clone(),
            lines: 0..p.lines.len(),
            tag: None,
            spaced: false,
            cell: false,
        });
        Ok(())
    }
}

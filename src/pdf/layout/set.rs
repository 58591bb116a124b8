//! Setting one paragraph: its style by role, shaped once per article and shared by its
//! editions, then broken into lines at a column's width.

use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex};

use super::style::{Role, localized_number, para_style};
use crate::article::{Article, SegmentRef};
use crate::l10n::{Lang, LocalizedArticle};
use safha_text::{self as text, FontBook, MissingGlyph, Paragraph, ShapeCache, StyledText};

/// A character no face covers, in segment `segment` (`None`: in a code block or the page
/// furniture).
#[derive(Clone, Debug, PartialEq)]
pub struct Missing {
    pub glyph: MissingGlyph,
    pub segment: Option<SegmentRef>,
    pub lang: Lang,
}

/// A table whose narrowest setting at 60 % still needs `needed` points where its column
/// has `width`: it is set at 60 % (smaller would be unreadable) with its longest words
/// broken across lines, and the editor is told.
#[derive(Clone, Debug, PartialEq)]
pub struct TooWide {
    /// The table's first cell.
    pub segment: SegmentRef,
    pub lang: Lang,
    pub needed: f32,
    pub width: f32,
}

/// Why an edition cannot be laid out.
#[derive(Clone, Debug, PartialEq)]
pub enum Unlaid {
    Missing(Missing),
}

impl From<Missing> for Unlaid {
    fn from(m: Missing) -> Unlaid {
        Unlaid::Missing(m)
    }
}

/// What a shaped paragraph is found by.
#[derive(Clone, PartialEq, Eq, Hash)]
struct ParagraphKey {
    role: Role,
    lang: Lang,
    text: StyledText,
    size: Size,
}

/// The size a paragraph was shaped at.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Size {
    /// Whatever size some edition set it at first: any other size is only measured again
    /// from it.
    First,
    /// The size scale, as bits (the scales are a handful of constants, never NaN).
    Scaled(u32),
}

/// Paragraphs already shaped, shared by the editions of an article (built in parallel):
/// the parallel edition and every column width it tries only break lines again. A
/// paragraph is prepared and shaped once at whatever size it is first set; at another
/// size it is only measured again (see [`Shaped::resized`](text::Shaped::resized)).
///
/// The store is bounded: once it holds [`SHAPED_BYTES`] of text, further paragraphs are
/// shaped where they are set and not kept, so that a long article's memory is bounded by
/// the pages being set (its paragraphs shaped again in every pass that sets them).
#[derive(Default)]
pub struct Paragraphs(Mutex<Store>);

#[derive(Default)]
struct Store {
    shaped: FxHashMap<ParagraphKey, Arc<text::Shaped>>,
    /// The bytes of text shaped in `shaped`.
    bytes: usize,
}

/// The most text the shared paragraphs hold, in bytes: a shaped paragraph takes about 40
/// bytes a character, so at most some 40 MB.
const SHAPED_BYTES: usize = 1 << 20;

/// Sets paragraphs for one column of one language.
pub(super) struct Setter<'a> {
    pub(super) book: &'a FontBook,
    pub(super) cache: &'a mut ShapeCache,
    pub(super) shaped: &'a Paragraphs,
    /// Only measure heights (lines come back empty).
    pub(super) measure: bool,
    pub(super) article: &'a Article,
    /// Every language's UI, for the byline.
    pub(super) uis: &'a std::collections::BTreeMap<Lang, crate::l10n::ui::Ui>,
    pub(super) scale: f32,
    pub(super) urdu_digits: Option<bool>,
    /// Links' addresses printed after their text.
    pub(super) print_urls: bool,
    /// The article's images, and the tallest an image may be set.
    pub(super) images: &'a crate::pdf::image::Images,
    pub(super) max_image_height: f32,
    /// Notes (language, number) a column has set, at a page's foot or where defined.
    pub(super) noted: std::collections::BTreeSet<(String, usize)>,
    /// Tables set with words broken to fit their column.
    pub(super) squeezed: Vec<TooWide>,
    /// The lines of each note set at a page's foot, by number.
    pub(super) note_lines:
        std::collections::HashMap<usize, Vec<crate::article::note_lines::NoteLine>>,
}

impl Setter<'_> {
    pub(super) fn set(
        &mut self,
        text: &StyledText,
        role: Role,
        lang: &Lang,
        width: f32,
        segment: Option<SegmentRef>,
    ) -> Result<(Arc<Paragraph>, f32, f32), Missing> {
        let (shaped, before, after) = self.shaped(text, role, lang, segment)?;
        let para = if self.measure {
            shaped.measure(self.book, width)
        } else {
            shaped.lay_out(self.book, width)
        };
        Ok((Arc::new(para), before, after))
    }

    /// The narrowest `text` can be set without cutting a word (its widest word, or
    /// syllable where hyphenation may break it), and the width it takes on as few lines as
    /// it has (CSS's min- and max-content widths).
    pub(super) fn content_widths(
        &mut self,
        text: &StyledText,
        role: Role,
        lang: &Lang,
        segment: Option<SegmentRef>,
    ) -> Result<(f32, f32), Missing> {
        let (shaped, _, _) = self.shaped(text, role, lang, segment)?;
        Ok((
            shaped.widest_unbreakable(self.book),
            shaped.widest_unbroken(),
        ))
    }

    /// `text` shaped in `role`'s style for `lang` at the setter's scale, and the space
    /// before and after it; shaped once per build, whichever edition asks first.
    fn shaped(
        &mut self,
        text: &StyledText,
        role: Role,
        lang: &Lang,
        segment: Option<SegmentRef>,
    ) -> Result<(Arc<text::Shaped>, f32, f32), Missing> {
        let (style, before, after) = para_style(role, lang, self.scale);
        let key = ParagraphKey {
            role,
            lang: lang.clone(),
            text: text.clone(),
            size: Size::Scaled(self.scale.to_bits()),
        };
        let first_key = ParagraphKey {
            size: Size::First,
            ..key.clone()
        };
        // The same text at the size some edition set it first, if any.
        let (known, first) = match self.shaped.0.lock() {
            Ok(m) => (
                m.shaped.get(&key).cloned(),
                m.shaped.get(&first_key).cloned(),
            ),
            Err(_) => (None, None),
        };
        if let Some(s) = known {
            return Ok((s, before, after));
        }
        let resized = first.and_then(|f| f.resized(self.book, &style));
        let s = match resized {
            Some(s) => s,
            None => text::shape(self.book, self.cache, text, &style).map_err(|glyph| Missing {
                glyph,
                segment,
                lang: lang.clone(),
            })?,
        };
        let s = Arc::new(s);
        if let Ok(mut m) = self.shaped.0.lock()
            && m.bytes < SHAPED_BYTES
        {
            m.bytes += text.text.len();
            m.shaped.entry(first_key).or_insert_with(|| s.clone());
            m.shaped.insert(key, s.clone());
        }
        Ok((s, before, after))
    }

    pub(super) fn segment(
        &mut self,
        loc: &LocalizedArticle,
        seg: SegmentRef,
        role: Role,
        width: f32,
    ) -> Result<(Arc<Paragraph>, f32, f32), Missing> {
        let text = self.styled(loc, seg);
        self.set(&text, role, &loc.segments[seg].lang, width, Some(seg))
    }

    /// Segment `seg` of `loc` as styled text, footnote references as their numbers.
    pub(super) fn styled(&self, loc: &LocalizedArticle, seg: SegmentRef) -> StyledText {
        self.styled_noting(loc, seg).0
    }

    /// [`styled`](Self::styled), and each footnote reference's (number, byte offset).
    pub(super) fn styled_noting(
        &self,
        loc: &LocalizedArticle,
        seg: SegmentRef,
    ) -> (StyledText, Vec<(usize, usize)>) {
        let s = &loc.segments[seg];
        let digits = |n: usize| self.note_number(n, &s.lang);
        crate::pdf::inline::styled_noting(&s.text, Some((self.article, &digits)), self.print_urls)
    }

    /// Item `n`'s letter label in a nested list of `lang`, if its `ui.ftl` letters lists.
    pub(super) fn list_letter(&self, n: u64, lang: &Lang) -> Option<String> {
        let ui = self.uis.get(lang)?;
        crate::l10n::list_labels::Letters::of(ui)?.label(n)
    }

    pub(super) fn digits(&self, n: u64, lang: &Lang) -> String {
        localized_number(n, lang, self.urdu_digits, self.uis.get(lang))
    }

    /// Note `n`'s number in the digits of `lang`'s `ui.ftl`, as its web page writes it.
    pub(super) fn note_number(&self, n: usize, lang: &Lang) -> String {
        let digits = self.uis.get(lang).map(crate::l10n::byline::digits);
        crate::l10n::byline::in_digits(
            n as u64,
            &digits.unwrap_or(crate::l10n::byline::ASCII_DIGITS),
        )
    }
}

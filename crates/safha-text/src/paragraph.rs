//! A paragraph set in lines: [`shape`] prepares and shapes it once (steps 1 and 2),
//! [`Shaped::lay_out`] breaks it at a width and places its glyphs (steps 3 and 4), and
//! [`Shaped::measure`] only measures, for trying widths.

use std::sync::Arc;

use crate::finalize;
use crate::font::{FaceId, FontBook, Writing};
use crate::linebreak;
use crate::model::{MissingGlyph, ParaStyle, Paragraph, StyledText};
use crate::overlong;
use crate::prepare;
use crate::shape::{self, ShapeCache};

/// A paragraph prepared and shaped, ready to be broken into lines of any width: the
/// parallel edition tries several column widths and shapes each paragraph once.
pub struct Shaped {
    prepared: Arc<prepare::Prepared>,
    runs: Arc<[Arc<shape::Run>]>,
    metrics: linebreak::Metrics,
    hyphen: Option<(FaceId, Arc<shape::Run>)>,
    style: ParaStyle,
}

/// Prepares and shapes `text`.
pub fn shape(
    book: &FontBook,
    cache: &mut ShapeCache,
    text: &StyledText,
    style: &ParaStyle,
) -> Result<Shaped, MissingGlyph> {
    let prepared = prepare::prepare(book, text, style)?;
    let runs = shape::shape_pieces(book, cache, &prepared, style)?;
    // A paragraph that is not hyphenated may still end a line with a hyphen: in a word
    // too wide for the line (see `overlong`).
    let hyphen = (style.hyphenate
        || !style.rtl && crate::syllables::dictionary(&style.lang).is_some())
    .then(|| {
        let face = book.chain(Writing::Latin, style.variant)[0];
        let run = cache.shape(book, face, false, harfrust::Script::LATIN, "en", "-");
        (face, run)
    });
    let metrics = linebreak::metrics(&prepared, &runs, style, book);
    Ok(Shaped {
        prepared: Arc::new(prepared),
        runs: runs.into(),
        metrics,
        hyphen,
        style: style.clone(),
    })
}

impl Shaped {
    /// The same paragraph in `style`, which differs from its own at most in size: neither
    /// the preparation nor the shaping (in font units) depends on the size, only the
    /// widths line breaking measures. `None` for any other difference. The parallel edition
    /// sets each paragraph smaller than its own language's edition did.
    pub fn resized(&self, book: &FontBook, style: &ParaStyle) -> Option<Shaped> {
        let same = ParaStyle {
            size: style.size,
            ..self.style.clone()
        };
        (same == *style).then(|| Shaped {
            prepared: self.prepared.clone(),
            runs: self.runs.clone(),
            metrics: linebreak::metrics(&self.prepared, &self.runs, style, book),
            hyphen: self.hyphen.clone(),
            style: style.clone(),
        })
    }

    /// The line breaks at `width` points.
    fn breaks(&self, book: &FontBook, width: f32) -> Vec<linebreak::Break> {
        linebreak::break_lines(
            &self.prepared,
            &self.metrics,
            &self.style,
            width,
            self.hyphen_width(book).unwrap_or(0.0),
        )
    }

    /// The width of the hyphen a line may end with, if it may end with one.
    fn hyphen_width(&self, book: &FontBook) -> Option<f32> {
        (self.hyphen.as_ref())
            .map(|(face, run)| run.advance as f32 * self.style.size / book.get(*face).upem)
    }

    /// The paragraph as set at `width`, if some word is wider than that: such words cut
    /// into pieces that fit (see [`overlong`]).
    fn fitted(&self, book: &FontBook, width: f32) -> Option<Shaped> {
        let (prepared, runs, metrics) = overlong::fit(
            book,
            &self.prepared,
            &self.runs,
            &self.metrics,
            &self.style,
            width,
            self.hyphen_width(book),
        )?;
        Some(Shaped {
            prepared: Arc::new(prepared),
            runs: runs.into(),
            metrics,
            hyphen: self.hyphen.clone(),
            style: self.style.clone(),
        })
    }

    /// The paragraph's height at `width` without placing its glyphs: lines come back
    /// empty. For trying widths.
    pub fn measure(&self, book: &FontBook, width: f32) -> Paragraph {
        match self.fitted(book, width) {
            Some(fitted) => fitted.measure_as_is(book, width),
            None => self.measure_as_is(book, width),
        }
    }

    fn measure_as_is(&self, book: &FontBook, width: f32) -> Paragraph {
        let breaks = self.breaks(book, width);
        finalize::measure(&self.setting(book, width), &breaks)
    }

    /// The widest line the paragraph has when every break it allows is taken and no word
    /// is cut: the narrowest width it can be set at without cutting a word.
    /// (CSS calls it the min-content width.)
    pub fn widest_unbreakable(&self, book: &FontBook) -> f32 {
        let hyphen_width = self.hyphen_width(book).unwrap_or(0.0);
        let (mut widest, mut run) = (0.0f32, 0.0f32);
        for (piece, width) in self.prepared.pieces.iter().zip(&self.metrics.width) {
            match (piece.break_after, piece.kind) {
                (prepare::BreakAfter::Never, _) => run += width,
                // A space a line may end at disappears there.
                (_, prepare::Kind::Space | prepare::Kind::Newline) => {
                    widest = widest.max(run);
                    run = 0.0;
                }
                (after, prepare::Kind::Word) => {
                    let hyphen = if after == prepare::BreakAfter::Hyphen {
                        hyphen_width
                    } else {
                        0.0
                    };
                    widest = widest.max(run + width + hyphen);
                    run = 0.0;
                }
            }
        }
        widest.max(run)
    }

    /// The widest line the paragraph has when only its hard breaks are taken: the
    /// narrowest width it can be set at on as few lines as it has. (CSS: max-content.)
    pub fn widest_unbroken(&self) -> f32 {
        let (mut widest, mut line, mut inked) = (0.0f32, 0.0f32, 0.0f32);
        for (piece, width) in self.prepared.pieces.iter().zip(&self.metrics.width) {
            if piece.kind != prepare::Kind::Newline {
                line += width;
                if piece.kind == prepare::Kind::Word {
                    // Trailing spaces take no room on a line.
                    inked = line;
                }
            }
            if piece.kind == prepare::Kind::Newline
                || piece.break_after == prepare::BreakAfter::Mandatory
            {
                widest = widest.max(inked);
                (line, inked) = (0.0, 0.0);
            }
        }
        widest.max(inked)
    }

    /// Breaks the shaped paragraph into lines of `width` points.
    pub fn lay_out(&self, book: &FontBook, width: f32) -> Paragraph {
        match self.fitted(book, width) {
            Some(fitted) => fitted.lay_out_as_is(book, width),
            None => self.lay_out_as_is(book, width),
        }
    }

    /// The paragraph as the last step reads it, set `width` wide.
    fn setting<'s>(&'s self, book: &'s FontBook, width: f32) -> finalize::Setting<'s> {
        finalize::Setting {
            book,
            prepared: &self.prepared,
            runs: &self.runs,
            metrics: &self.metrics,
            style: &self.style,
            width,
            hyphen: self.hyphen.as_ref(),
        }
    }

    fn lay_out_as_is(&self, book: &FontBook, width: f32) -> Paragraph {
        let breaks = self.breaks(book, width);
        finalize::finalize(&self.setting(book, width), &breaks)
    }
}

/// Sets `text` in lines of `width` points.
pub fn layout(
    book: &FontBook,
    cache: &mut ShapeCache,
    text: &StyledText,
    style: &ParaStyle,
    width: f32,
) -> Result<Paragraph, MissingGlyph> {
    Ok(shape(book, cache, text, style)?.lay_out(book, width))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::font::Variant;
    use crate::model::Align;

    fn style(lang: &str, size: f32) -> ParaStyle {
        let rtl = lang == "ur";
        ParaStyle {
            lang: lang.to_string(),
            rtl,
            size,
            align: Align::Justify,
            hyphenate: !rtl,
            min_leading: 1.45,
            variant: Variant::default(),
            preserve_spaces: false,
        }
    }

    #[test]
    fn nastaliq_ink_keeps_clear_of_the_latin_beside_it() {
        // The stroke of کی's ک reaches back over the space before it: beside `m³` it
        // touched. Start-aligned, so spaces keep their natural width.
        let book = FontBook::bundled();
        let mut cache = ShapeCache::default();
        let mut ur = style("ur", 12.0);
        ur.align = Align::Start;
        for text in ["حد ۱۵ µg/m³ کی ہے", "یہ CNIC کی تصدیق", "WHO کو خط"] {
            let para = layout(&book, &mut cache, &StyledText::plain(text), &ur, 400.0).unwrap();
            let line = &para.lines[0];
            let ink = |g: &crate::model::PlacedGlyph| g.ink_x(&book);
            let latin =
                |g: &&crate::model::PlacedGlyph| book.get(g.face).face.family == "Noto Serif";
            let latin_left = (line.glyphs.iter().filter(latin))
                .filter_map(ink)
                .map(|i| i.0)
                .fold(f32::INFINITY, f32::min);
            // The Urdu word after the Latin one, logically: to its left.
            let urdu_right = (line.glyphs.iter().filter(|g| !latin(g)))
                .filter(|g| g.x < latin_left)
                .filter_map(ink)
                .map(|i| i.1)
                .fold(f32::NEG_INFINITY, f32::max);
            let gap = latin_left - urdu_right;
            assert!(gap >= 0.12 * 12.0 - 0.01, "{text}: {gap}");
        }
    }

    #[test]
    fn a_resized_paragraph_is_set_as_one_shaped_at_that_size() {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::default();
        for (lang, text) in [
            (
                "en",
                "In 2014 the TTP answered Zarb-e-Azb with attacks across the country.",
            ),
            (
                "ur",
                "۲۰۱۴ء میں TTP نے ضربِ عضب کا جواب ملک بھر میں حملوں سے دیا۔",
            ),
        ] {
            let text = StyledText::plain(text);
            let big = shape(&book, &mut cache, &text, &style(lang, 12.0)).unwrap();
            let small = style(lang, 8.5);
            let resized = big.resized(&book, &small).unwrap();
            let fresh = shape(&book, &mut cache, &text, &small).unwrap();
            for width in [90.0, 140.0] {
                assert_eq!(resized.lay_out(&book, width), fresh.lay_out(&book, width));
            }
            // Any other difference is not a resize.
            let other = ParaStyle {
                align: Align::Start,
                ..small
            };
            assert!(big.resized(&book, &other).is_none());
        }
    }

    #[test]
    fn a_justified_line_never_holds_a_lone_word_where_words_could_share_it() {
        let texts = [
            "Inflation in Pakistan reached 25% in July, the statistics bureau said on Monday.",
            "After the 2015 heatwave, which killed more than a thousand people in a week, the city drew up a plan.",
        ];
        for (width, p) in english_at_widths(&texts, 100..=220) {
            let (last, rest) = p.lines.split_last().unwrap();
            assert!(!last.units.is_empty());
            for line in rest {
                let words: String = line.units.iter().map(|u| u.text.as_ref()).collect();
                assert!(
                    line.units.iter().any(|u| u.space),
                    "at {width} pt, a line of one word: {words:?}"
                );
            }
        }
    }

    /// Each of `texts` set in English at 9.5 pt at every other width of `widths` (points).
    fn english_at_widths(
        texts: &[&str],
        widths: std::ops::RangeInclusive<u32>,
    ) -> Vec<(u32, Paragraph)> {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::default();
        let mut out = Vec::new();
        for text in texts {
            let plain = StyledText::plain(text);
            let shaped = shape(&book, &mut cache, &plain, &style("en", 9.5)).unwrap();
            for width in widths.clone().step_by(2) {
                out.push((width, shaped.lay_out(&book, width as f32)));
            }
        }
        out
    }

    #[test]
    fn a_line_too_loose_to_justify_does_not_end_with_a_hyphen() {
        // An unbreakable stretch (`(1 cm = 10⁻² m)`, a long address) leaves a narrow
        // column's line breaker few good choices; a line it cannot justify is set ragged,
        // and a hyphen ending it (`Remember: always con-`) fills nothing.
        let texts = [
            "Remember: always convert centimetres to metres (1 cm = 10⁻² m) before you multiply.",
            "WASA Lahore, Annual Performance Report 2023–24, pp. 17–19. The report is published at https://wasa.punjab.gov.pk/reports.",
            "Comments are welcome at info@example.org. Pakistan's NDC and those of its neighbours are compared in Annex 2.",
        ];
        let mut hyphens = 0;
        for (width, p) in english_at_widths(&texts, 100..=180) {
            let (_, rest) = p.lines.split_last().unwrap();
            for line in rest {
                let words: String = line.units.iter().map(|u| u.text.as_ref()).collect();
                hyphens += usize::from(line.hyphenated);
                assert!(
                    line.justified || !line.hyphenated,
                    "at {width} pt, a ragged line ends with a hyphen: {words:?}"
                );
            }
        }
        // The sweep meets hyphens, so it tests something.
        assert!(hyphens > 0);
    }

    #[test]
    fn a_verse_quoted_in_arabic_is_set_ragged_the_urdu_around_it_justified() {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::default();
        let verse = "﴿يَا أَيُّهَا الَّذِينَ آمَنُوا اسْتَعِينُوا بِالصَّبْرِ وَالصَّلَاةِ ۚ إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾";
        let urdu = "قرآنِ مجید بار بار صبر کی طرف لوٹتا ہے؛ امام احمد بن حنبلؒ نے ایسے تقریباً نوے مقامات گنے ہیں جہاں صبر کا ذکر آیا ہے۔";
        let mut justified = |text: &str| {
            let shaped = shape(
                &book,
                &mut cache,
                &StyledText::plain(text),
                &style("ur", 10.5),
            )
            .unwrap();
            let p = shaped.lay_out(&book, 150.0);
            assert!(p.lines.len() >= 3, "{}", p.lines.len());
            p.lines.iter().filter(|l| l.justified).count()
        };
        assert_eq!(justified(verse), 0);
        assert!(justified(urdu) >= 2);
    }

    #[test]
    fn a_sign_from_another_face_grows_only_its_own_line() {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::new();
        let words = "and he listened to every word they said ".repeat(4);
        let mut lay = |text: &str| {
            layout(
                &book,
                &mut cache,
                &StyledText::plain(text),
                &style("en", 10.0),
                120.0,
            )
            .unwrap()
        };
        let plain = lay(&format!("The Prophet {words}"));
        // ﷺ is drawn by the Nastaliq face and 😀 by the emoji face: neither sets the
        // line height of an English paragraph.
        for sign in ["\u{FDFA}", "\u{1F600}"] {
            let signed = lay(&format!("The Prophet {sign} {words}"));
            assert_eq!(signed.line_height, plain.line_height, "{sign}");
            let grown: Vec<_> = signed
                .lines
                .iter()
                .map(|l| l.above + l.below > 0.0)
                .collect();
            assert!(grown.iter().skip(1).all(|g| !g), "{sign}: {grown:?}");
        }
        let tall = lay(&format!("The Prophet \u{FDFA} {words}"));
        assert!(tall.lines[0].above + tall.lines[0].below > 5.0);
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_and_every_character_kept() {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::new();
        for (lang, text) in [
            (
                "en",
                format!(
                    "see https://example.org/{}/index.html now",
                    "a1b2c3".repeat(40)
                ),
            ),
            ("ur", format!("یہ {} ہے", "پاکستان".repeat(60))),
            ("en", "x".repeat(5000)),
        ] {
            let para = layout(
                &book,
                &mut cache,
                &StyledText::plain(&text),
                &style(lang, 10.0),
                120.0,
            )
            .unwrap();
            assert!(para.lines.len() > 3, "{lang}: {} lines", para.lines.len());
            for line in &para.lines {
                assert!(line.width <= 120.5, "{lang}: a line {} wide", line.width);
            }
            // Every character is on some line, once.
            let kept: String = if para.text_layer {
                para.lines
                    .iter()
                    .flat_map(|l| {
                        let mut u: Vec<_> = l.units.iter().collect();
                        u.sort_by_key(|u| u.logical);
                        u.into_iter()
                            .map(|u| u.text.to_string())
                            .collect::<Vec<_>>()
                    })
                    .collect()
            } else {
                para.lines
                    .iter()
                    .flat_map(|l| l.glyphs.iter().filter_map(|g| g.text.as_deref()))
                    .collect()
            };
            let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(strip(&kept), strip(&text), "{lang}");
            // An address, a run of letters and Urdu are cut without a hyphen.
            assert!(para.lines.iter().all(|l| !l.hyphenated), "{lang}");
        }
    }

    #[test]
    fn a_word_wider_than_an_unhyphenated_line_breaks_at_a_syllable_with_a_hyphen() {
        // A title in the parallel edition's narrow column: set ragged, not hyphenated,
        // yet a word wider than the column takes a hyphen where its dictionary allows.
        let book = FontBook::bundled();
        let mut cache = ShapeCache::new();
        let text = "Decarbonization without deindustrialization: Pakistan's power sector";
        let mut heading = style("en", 19.0);
        heading.hyphenate = false;
        heading.align = Align::Start;
        heading.variant.bold = true;
        let para = layout(&book, &mut cache, &StyledText::plain(text), &heading, 140.0).unwrap();
        let words: Vec<String> = (para.lines.iter())
            .map(|l| l.glyphs.iter().filter_map(|g| g.text.as_deref()).collect())
            .collect();
        let broken: Vec<&String> = (para.lines.iter().zip(&words))
            .filter(|(l, _)| l.hyphenated)
            .map(|(_, w)| w)
            .collect();
        assert_eq!(broken.len(), 2, "{words:?}");
        for line in &para.lines {
            assert!(line.width <= 140.5, "a line {} wide: {words:?}", line.width);
        }
        // Each piece ends where the dictionary puts a syllable's end.
        for piece in broken {
            let last = piece.trim_end_matches('-').split(' ').next_back().unwrap();
            let word = text.split(' ').find(|w| w.starts_with(last)).unwrap();
            let word = word.trim_end_matches(':');
            let mut end = 0;
            let ends: Vec<usize> = hypher::hyphenate(word, hypher::Lang::English)
                .map(|s| {
                    end += s.len();
                    end
                })
                .collect();
            assert!(ends.contains(&last.len()), "{last} of {word}");
        }
        let kept: String = words.concat().replace('-', "");
        assert_eq!(kept.replace(' ', ""), text.replace(' ', ""));
    }

    /// Emphasis in right-to-left text is a stretch of the line to colour, over the
    /// emphasised words only, and is not slanted (Nastaliq has no italic; a Latin title in
    /// it stays upright, as on the web page); in English it is slanted and not coloured.
    #[test]
    fn right_to_left_emphasis_is_coloured_not_slanted() {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::default();
        let styled = |parts: &[(&str, bool)]| {
            let mut text = StyledText::default();
            for (part, italic) in parts {
                let style = crate::model::Style {
                    italic: *italic,
                    ..Default::default()
                };
                text.push(part, style);
            }
            text
        };
        let ur = styled(&[
            ("یہی مشہور ", false),
            ("تری Silent Spring", true),
            (" ہے اور بس۔", false),
        ]);
        let para = shape(&book, &mut cache, &ur, &style("ur", 12.0))
            .unwrap()
            .lay_out(&book, 400.0);
        let line = &para.lines[0];
        assert_eq!(line.accented.len(), 1, "{:?}", line.accented);
        let (x0, x1) = line.accented[0];
        let inside = |g: &crate::model::PlacedGlyph| {
            let mid = g.x + g.advance / 2.0;
            x0 <= mid && mid <= x1
        };
        let coloured = line.glyphs.iter().filter(|g| inside(g)).count();
        assert!(coloured >= 3 && coloured < line.glyphs.len() / 2 + 3);
        for g in &line.glyphs {
            assert!(
                !book.get(g.face).face.italic,
                "{}",
                book.get(g.face).face.file
            );
        }
        let en = styled(&[("It is ", false), ("tari", true), (" indeed.", false)]);
        let para = shape(&book, &mut cache, &en, &style("en", 12.0))
            .unwrap()
            .lay_out(&book, 400.0);
        assert!(para.lines[0].accented.is_empty());
        assert!(
            para.lines[0]
                .glyphs
                .iter()
                .any(|g| book.get(g.face).face.italic)
        );
    }

    /// An Urdu line that would need its spaces stretched by more than 0.6 em (before a long
    /// address that cannot break) is set ragged; an English one may stretch to an em.
    #[test]
    fn urdu_lines_stretch_less_than_english_ones() {
        let book = FontBook::bundled();
        let mut cache = ShapeCache::default();
        let address = "https://www.google.com/maps/search/?api=1&query=Johi";
        for (lang, words) in [("ur", "جوہی کیمپ کو پانی"), ("en", "Johi camp gets water")]
        {
            let style = style(lang, 12.0);
            let mut set = |text: &str, width: f32| {
                shape(&book, &mut cache, &StyledText::plain(text), &style)
                    .unwrap()
                    .lay_out(&book, width)
            };
            let natural = set(words, 1000.0).lines[0].width;
            // Room for the words with each space 0.8 em wider, not for the address too.
            let width = natural + 3.0 * 0.8 * 12.0;
            let para = set(&format!("{words} {address}"), width);
            assert!(para.lines.len() >= 2, "{lang}");
            let justified = para.lines[0].justified;
            assert_eq!(justified, lang == "en", "{lang}");
        }
    }
}

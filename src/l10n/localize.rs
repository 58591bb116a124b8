//! Article + translations → one text per segment in one language.
//!
//! The source language's text comes straight from the article's Markdown (so a build never
//! depends on `extract` having been run); other languages look each segment's id up along
//! their fallback chain. Every segment records where its text came from, so renderers can
//! mark fallbacks (`lang="en"` inside an Urdu page) and the build can report them.

use std::borrow::Cow;
use std::sync::Arc;

use super::bundle::Translations;
use super::lang::{Dir, Lang};
use crate::article::Article;
use crate::diag::Diagnostic;

/// Where a segment's text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The article's own (source-language) text.
    Source,
    /// A current translation.
    Translated,
    /// A translation made from English that has since changed.
    Stale,
    /// No translation: the text of a language further down the chain.
    Fallback,
}

#[derive(Clone, Debug)]
pub struct LocalizedSegment {
    /// Inline Markdown in `lang`.
    pub text: Arc<str>,
    pub lang: Lang,
    pub status: Status,
}

impl LocalizedSegment {
    /// A segment whose text is fit to publish (see [`crate::input::publishable`]) and in
    /// Unicode's composed form (NFC), as readers type it when they search: decomposed
    /// input (ا + ٓ for آ) would otherwise never be found.
    /// The text is shared, not copied, when it is both already (a source segment's).
    pub fn new(text: impl Into<Arc<str>>, lang: Lang, status: Status) -> LocalizedSegment {
        let text: Arc<str> = text.into();
        let text = match crate::input::publishable(&text) {
            Cow::Borrowed(_) => text,
            Cow::Owned(clean) => clean.into(),
        };
        let text = match composed(&text) {
            Cow::Borrowed(_) => text,
            Cow::Owned(composed) => composed.into(),
        };
        LocalizedSegment { text, lang, status }
    }

    pub fn dir(&self) -> Dir {
        self.lang.dir()
    }
}

/// The direction `text` is written in: that of its first letter, if most of its letters
/// go that way too (`None`: no letters, as many each way, or a first letter of the other
/// direction). An English sentence that ends in a long Arabic dua (`Between the Yemeni
/// Corner and the Black Stone, say: رَبَّنَا آتِنَا …`) has more Arabic letters than
/// English, but is English, read from its start: taken for Arabic's, it was set right to
/// left in the English edition and tagged Urdu for screen readers.
fn written_dir(text: &str) -> Option<Dir> {
    use unicode_bidi::BidiClass::{AL, L, R};
    let (mut ltr, mut rtl) = (0usize, 0usize);
    let mut first = None;
    for c in crate::article::plain::plain_text(text).chars() {
        let dir = match safha_text::bidi::class(c) {
            L => Dir::Ltr,
            R | AL => Dir::Rtl,
            _ => continue,
        };
        first.get_or_insert(dir);
        match dir {
            Dir::Ltr => ltr += 1,
            Dir::Rtl => rtl += 1,
        }
    }
    let most = match ltr.cmp(&rtl) {
        std::cmp::Ordering::Greater => Dir::Ltr,
        std::cmp::Ordering::Less => Dir::Rtl,
        std::cmp::Ordering::Equal => return None,
    };
    first.filter(|d| *d == most)
}

/// `text` in NFC; most text already is and is returned as it came.
pub fn nfc(text: String) -> String {
    match composed(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(composed) => composed,
    }
}

/// Whether `c` is one of Arabic's presentation forms (a letter in one of its joined shapes,
/// a ligature of letters: `ﺍ`, `ﻻ`), which text copied out of a PDF or an old program
/// carries, and which stands for letters (its compatibility decomposition differs from
/// it). Not the word ligatures written as signs on purpose (U+FDF0 to U+FDFF: ﷲ, ﷺ, ﷻ, ﷼,
/// ﷽, the Quranic stop signs ﷰ ﷱ), nor a vowel sign's isolated form (`ﹰ`), which stands
/// alone and decomposes to a space and a mark.
pub fn is_presentation_form(c: char) -> bool {
    use unicode_normalization::UnicodeNormalization;
    if !matches!(c as u32, 0xFB50..=0xFDEF | 0xFE70..=0xFEFC) {
        return false;
    }
    let mut letters = std::iter::once(c).nfkc();
    letters
        .next()
        .is_some_and(|first| first != c && !first.is_whitespace())
}

/// `text` with its presentation forms ([`is_presentation_form`]) as the letters they show
/// (`ﺍﺭﺩﻭ` is `اردو`): shaped from the letters, they are set in the language's own face
/// and join as the letters do, and a search for the word finds them.
pub fn unshaped(text: &str) -> Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    if !text.chars().any(is_presentation_form) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_presentation_form(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` in NFC, borrowed when it already is, with its presentation forms as letters
/// ([`unshaped`]).
fn composed(text: &str) -> Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if let Cow::Owned(letters) = unshaped(text) {
        return Cow::Owned(letters.nfc().collect());
    }
    // Latin below the combining marks and the Arabic block's letters, digits and signs
    // (not its marks, nor the madda and hamza that compose) are all composed already.
    let settled = |c: char| match c as u32 {
        0..0x300 => true,
        0x0600..=0x06FF => {
            !safha_text::chars::is_combining(c) && !matches!(c as u32, 0x653..=0x655)
        }
        _ => false,
    };
    if text.chars().all(settled) || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// An article in one language: `segments[i]` is the text of `article.segments[i]`.
#[derive(Clone, Debug)]
pub struct LocalizedArticle {
    pub lang: Lang,
    pub segments: Vec<LocalizedSegment>,
    /// Ids with no translation (shown in a fallback language).
    pub missing: Vec<String>,
    /// Ids whose translation was made from different English.
    pub stale: Vec<String>,
    /// Ids whose "translation" is the English copied as it is, not marked
    /// `# same-as-source`: shown as the English it is, and not counted as translated.
    pub copied: Vec<String>,
    pub warnings: Vec<Diagnostic>,
}

impl LocalizedArticle {
    pub fn dir(&self) -> Dir {
        self.lang.dir()
    }

    /// Whether this is the article's own text, not a translation.
    pub fn is_source(&self) -> bool {
        self.segments
            .first()
            .is_some_and(|s| s.status == Status::Source)
    }

    /// The article in its source language.
    pub fn source(article: &Article, lang: &Lang) -> LocalizedArticle {
        LocalizedArticle {
            lang: lang.clone(),
            segments: article
                .segments
                .iter()
                .map(|s| LocalizedSegment::new(s.text.clone(), lang.clone(), Status::Source))
                .collect(),
            missing: Vec::new(),
            stale: Vec::new(),
            copied: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Gives each source segment written mostly in the other direction (an Urdu couplet
    /// quoted in an English article) the first of `langs` that is written that way, so
    /// that it is set, tagged and read aloud as that language, not as English: right to
    /// left, in its own face, with its own language for screen readers.
    pub fn mark_quoted(&mut self, langs: &[Lang]) {
        for seg in &mut self.segments {
            let dir = written_dir(&seg.text);
            if seg.status != Status::Source || dir.is_none_or(|d| d == seg.lang.dir()) {
                continue;
            }
            if let Some(lang) = langs.iter().find(|l| Some(l.dir()) == dir) {
                seg.lang = lang.clone();
            }
        }
    }

    /// The article in `lang`. `chain` holds the translations to try, best first; the source
    /// text is the last resort.
    pub fn translate(
        article: &Article,
        lang: &Lang,
        chain: &[&Translations],
        source_lang: &Lang,
    ) -> LocalizedArticle {
        let mut out = LocalizedArticle {
            lang: lang.clone(),
            segments: Vec::with_capacity(article.segments.len()),
            missing: Vec::new(),
            stale: Vec::new(),
            copied: Vec::new(),
            warnings: Vec::new(),
        };
        for seg in &article.segments {
            // A segment with nothing to translate has no message: one under its id is
            // obsolete, as `check` says, and never shown.
            let found = seg.has_message().then(|| {
                chain.iter().find_map(|t| {
                    let (text, errors) = t.format(&seg.id, None)?;
                    Some((t, text, errors))
                })
            });
            let found = found.flatten();
            // A translation Fluent cannot fully format (a reference to nothing, a cycle)
            // would show `{???}` to readers: warn and show the source text instead.
            let usable = found.filter(|(t, _, errors)| {
                for e in errors {
                    out.warnings.push(t.format_warning(&seg.id, e));
                }
                errors.is_empty()
            });
            let Some((t, text, _)) = usable else {
                if !seg.has_message() {
                    // Numbers and codes read the same in every language.
                    out.segments.push(LocalizedSegment::new(
                        seg.text.clone(),
                        lang.clone(),
                        Status::Translated,
                    ));
                    continue;
                }
                out.missing.push(seg.id.clone());
                out.segments.push(LocalizedSegment::new(
                    seg.text.clone(),
                    source_lang.clone(),
                    Status::Fallback,
                ));
                continue;
            };
            let own_language = t.lang.same_language(lang);
            let message = t.file.get(&seg.id);
            let stale = message.is_some_and(|m| m.is_stale(&seg.text));
            if own_language && message.is_some_and(|m| m.is_copy_of(&seg.text)) {
                // The English under another language's name: a reader gets English, and
                // the page says so (`lang="en"`), as for a missing translation.
                out.copied.push(seg.id.clone());
                out.segments.push(LocalizedSegment::new(
                    text,
                    source_lang.clone(),
                    Status::Fallback,
                ));
                continue;
            }
            let status = match (own_language, stale) {
                (false, _) => Status::Fallback,
                (true, true) => Status::Stale,
                (true, false) => Status::Translated,
            };
            match status {
                Status::Fallback => out.missing.push(seg.id.clone()),
                Status::Stale => out.stale.push(seg.id.clone()),
                _ => {}
            }
            if own_language {
                out.warnings
                    .extend(added_links(t, &seg.id, &seg.text, &text));
            }
            out.segments
                .push(LocalizedSegment::new(text, t.lang.clone(), status));
        }
        once(&mut out.missing);
        once(&mut out.stale);
        once(&mut out.copied);
        out
    }

    /// Writes the numbers of segments with nothing to translate in `digits`, the ones the
    /// language asks for (`digits` in its `ui.ftl`).
    pub fn number_digits(&mut self, article: &Article, digits: &[char; 10]) {
        for (seg, out) in article.segments.iter().zip(&mut self.segments) {
            if !seg.has_message() {
                out.text = crate::article::verbatim::with_digits(&out.text, digits).into();
            }
        }
    }

    /// Shows the source text instead of every stale translation (`build --stale=fallback`).
    pub fn stale_to_fallback(&mut self, article: &Article, source_lang: &Lang) {
        for (seg, out) in article.segments.iter().zip(&mut self.segments) {
            if out.status == Status::Stale {
                *out =
                    LocalizedSegment::new(seg.text.clone(), source_lang.clone(), Status::Fallback);
            }
        }
    }

    /// Share of the source's words, in percent, whose segment is shown in this language's
    /// own translation (current or stale): what a reader of this edition gets translated.
    pub fn complete_percent(&self, article: &Article) -> f64 {
        use crate::article::plain::{plain_text, word_count};
        let (mut done, mut all) = (0usize, 0usize);
        for (seg, out) in article.segments.iter().zip(&self.segments) {
            let words = word_count(&plain_text(&seg.text));
            all += words;
            if matches!(out.status, Status::Translated | Status::Stale) {
                done += words;
            }
        }
        if all == 0 {
            100.0
        } else {
            done as f64 * 100.0 / all as f64
        }
    }

    /// Words of running text, for the reading time.
    pub fn word_count(&self) -> usize {
        self.segments
            .iter()
            .map(|s| crate::article::plain::word_count(&crate::article::plain::plain_text(&s.text)))
            .sum()
    }
}

/// Segments that share a message are missing (or stale) together: each id is kept once.
fn once(ids: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
}

/// A warning for each place a translation (`text` of message `id` in `t`) links to that
/// its English (`english`) does not: a build without `--strict` publishes it, and the
/// editor should know (`safha check` reports it as an error).
fn added_links(t: &Translations, id: &str, english: &str, text: &str) -> Vec<Diagnostic> {
    let mut theirs = crate::article::targets::targets(english);
    let mut out = Vec::new();
    for url in crate::article::targets::targets(text) {
        if let Some(i) = theirs.iter().position(|u| *u == url) {
            theirs.swap_remove(i);
            continue;
        }
        // An address no page may link to (`javascript:`) is published as text alone.
        let published = if crate::article::targets::allowed(&url) {
            "published as the translator wrote it"
        } else {
            "its text is published, not the link"
        };
        let d = Diagnostic::warning(
            "markup-link",
            format!("`{id}` links to {url}, which the English does not: {published}"),
        )
        .with_hint("`safha check` shows it; `safha build --strict` publishes no such translation");
        out.push(match t.file.get(id) {
            Some(m) => d.at(&t.file.source, m.span.clone()),
            None => d.at_path(&t.file.source.path),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::ftl::FtlFile;
    use std::path::Path;

    #[test]
    fn a_text_is_written_the_way_it_starts_and_mostly_goes() {
        // An Urdu couplet quoted in English.
        assert_eq!(
            written_dir("“دل ہی تو ہے نہ سنگ و خشت” (Ghalib)"),
            Some(Dir::Rtl)
        );
        // English ending in a longer Arabic dua stays English.
        let dua = "Between the corners, say: رَبَّنَا آتِنَا فِي الدُّنْيَا حَسَنَةً وَّفِي الْآخِرَةِ";
        assert_eq!(written_dir(dua), None);
        // English that opens with one Urdu word.
        assert_eq!(written_dir("کافی is a Sindhi form of verse"), None);
        assert_eq!(written_dir("Plain English."), Some(Dir::Ltr));
        assert_eq!(written_dir("2024"), None);
    }

    #[test]
    fn translated_stale_and_missing() {
        let mut article = Article::parse(
            Path::new("content/a.md"),
            "---\ntitle: Hello\n---\nFirst para.\n\nSecond para.\n",
        )
        .unwrap();
        crate::article::ids::assign(&mut article.segments, &[]);
        let ur = Lang::parse("ur").unwrap();
        let en = Lang::parse("en").unwrap();
        let file = FtlFile::from_bytes(
            Path::new("locales/ur/a.ftl"),
            "# en: Hello\ntitle = سلام\n# en: First paragraph.\np-first-para = پہلا پیرا۔\n"
                .as_bytes(),
        )
        .unwrap();
        let (t, _) = Translations::new(ur.clone(), file);
        let l = LocalizedArticle::translate(&article, &ur, &[&t], &en);
        assert_eq!(l.segments[0].status, Status::Translated);
        assert_eq!(l.segments[1].status, Status::Stale);
        assert_eq!(l.segments[2].status, Status::Fallback);
        assert_eq!(l.segments[2].lang, en);
        assert_eq!(l.missing, vec!["p-second-para".to_string()]);
        assert_eq!(l.stale, vec!["p-first-para".to_string()]);
    }

    #[test]
    fn decomposed_text_is_published_composed() {
        let mut article = Article::parse(
            Path::new("content/a.md"),
            "---\ntitle: Cafe\u{301}\n---\nText.\n",
        )
        .unwrap();
        crate::article::ids::assign(&mut article.segments, &[]);
        let (ur, en) = (Lang::parse("ur").unwrap(), Lang::parse("en").unwrap());
        let file = FtlFile::from_bytes(
            Path::new("locales/ur/a.ftl"),
            "title = \u{627}\u{653}\u{67E}\n".as_bytes(),
        )
        .unwrap();
        let (t, _) = Translations::new(ur.clone(), file);
        let l = LocalizedArticle::translate(&article, &ur, &[&t], &en);
        assert_eq!(&*l.segments[0].text, "\u{622}\u{67E}");
        assert_eq!(
            &*LocalizedArticle::source(&article, &en).segments[0].text,
            "Caf\u{E9}"
        );
    }

    #[test]
    fn presentation_forms_are_published_as_letters() {
        // `اردو` copied out of a PDF, a lam-alef ligature, beside the signs typed as such.
        let text = "\u{FE8D}\u{FEAD}\u{FEA9}\u{FEED} \u{FEFB} \u{FDF2} \u{FDFA} \u{FD3E}";
        assert_eq!(
            composed(text),
            "\u{627}\u{631}\u{62F}\u{648} \u{644}\u{627} \u{FDF2} \u{FDFA} \u{FD3E}"
        );
        // A Quranic stop sign, the Muhammad ligature and a vowel sign's isolated form
        // stand as they are.
        for sign in ['\u{FDF0}', '\u{FDF4}', '\u{FE70}', '\u{FC5E}', '\u{FD40}'] {
            assert!(!is_presentation_form(sign), "U+{:04X}", sign as u32);
        }
        assert!(matches!(composed("اردو ﷺ"), Cow::Borrowed(_)));
    }
}

//! Every edition of one article from text in memory: the whole pipeline without a project
//! on disk (bundled fonts, built-in theme, English and Urdu), for the fuzzer and for
//! programs that embed safha.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::article::Article;
use crate::config::PdfConfig;
use crate::diag::Diagnostic;
use crate::edition::{self, Edition, Kind};
use crate::html::Theme;
use crate::html::body::Media;
use crate::html::page::{PageInput, Site};
use crate::l10n::bundle::Translations;
use crate::l10n::ftl::FtlFile;
use crate::l10n::ui::{Ui, UiSet};
use crate::l10n::{Lang, LocalizedArticle};
use safha_text::{FontBook, ShapeCache};

/// One edition in both formats.
pub struct Rendered {
    pub stem: String,
    pub html: String,
    /// `Err` for an article no font can draw (a character is named).
    pub pdf: Result<Vec<u8>, Diagnostic>,
}

/// What does not change from one call to the next.
struct Fixed {
    book: FontBook,
    theme: Theme,
    uis: BTreeMap<Lang, Ui>,
    en: Lang,
    ur: Lang,
}

fn fixed() -> Result<&'static Fixed, Diagnostic> {
    static FIXED: OnceLock<Result<Fixed, Diagnostic>> = OnceLock::new();
    FIXED
        .get_or_init(|| {
            let lang = |t: &str| {
                Lang::parse(t).ok_or_else(|| Diagnostic::error("oneshot", "built-in tag"))
            };
            let (en, ur) = (lang("en")?, lang("ur")?);
            let langs = vec![en.clone(), ur.clone()];
            // No project: only safha's own UI strings and fonts.
            let nowhere = Path::new("/nonexistent-safha-project");
            let (set, _) = UiSet::load(&nowhere.join("locales"), nowhere, &langs);
            let uis = langs
                .iter()
                .map(|l| (l.clone(), set.ui(l, &[l.clone(), en.clone()])))
                .collect();
            Ok(Fixed {
                book: crate::fonts::book(nowhere)?,
                theme: Theme::builtin(),
                uis,
                en,
                ur,
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Renders `markdown` (an article with front matter) and `translation` (its Urdu Fluent
/// messages) into the English, Urdu and parallel editions. Bad input gives diagnostics.
pub fn render(markdown: &str, translation: &str) -> Result<Vec<Rendered>, Vec<Diagnostic>> {
    render_with(markdown, translation, crate::pdf::render)
}

/// [`render`], every PDF laid out again for each of the writer's passes, as a long
/// edition is: for the fuzzer, which checks that the PDFs are the same either way.
#[doc(hidden)]
pub fn render_laid_out_again(
    markdown: &str,
    translation: &str,
) -> Result<Vec<Rendered>, Vec<Diagnostic>> {
    render_with(markdown, translation, |input, cache, out| {
        crate::pdf::render_keeping(input, cache, 0, out)
    })
}

/// [`render`], the PDFs made by `pdf`.
fn render_with(
    markdown: &str,
    translation: &str,
    pdf: impl Fn(
        &crate::pdf::Input<'_>,
        &mut ShapeCache,
        &mut dyn std::io::Write,
    ) -> Result<crate::pdf::Rendered, crate::pdf::Error>,
) -> Result<Vec<Rendered>, Vec<Diagnostic>> {
    let f = fixed().map_err(|d| vec![d])?;
    let mut article =
        Article::parse(Path::new("content/article.md"), markdown).map_err(|d| vec![d])?;
    crate::article::ids::assign(&mut article.segments, &[]);
    let file = FtlFile::from_bytes(Path::new("locales/ur/article.ftl"), translation.as_bytes())?;
    let (t, _) = Translations::new(f.ur.clone(), file);
    let mut en = LocalizedArticle::source(&article, &f.en);
    en.mark_quoted(std::slice::from_ref(&f.ur));
    let ur = LocalizedArticle::translate(&article, &f.ur, &[&t], &f.en);
    let specs = edition::plan(&f.en, &[f.en.clone(), f.ur.clone()]);
    let media = Media::new();
    let site = Site::default();
    let paragraphs = crate::pdf::Paragraphs::default();
    let mut cache = ShapeCache::new();
    let mut out = Vec::new();
    for spec in &specs {
        let edition = match &spec.kind {
            Kind::Single if spec.lang == f.en => Edition::Single(&en),
            Kind::Single => Edition::Single(&ur),
            Kind::Parallel { .. } => Edition::Parallel {
                left: &en,
                right: &ur,
            },
        };
        let html = f
            .theme
            .edition(&PageInput {
                article: &article,
                spec,
                edition,
                specs: &specs,
                uis: &f.uis,
                media: &media,
                site: &site,
                pdf: true,
                inline_css: None,
            })
            .map_err(|d| vec![d])?;
        let ui = f
            .uis
            .get(&spec.lang)
            .ok_or_else(|| vec![Diagnostic::error("ui", "no UI strings")])?;
        let mut bytes = Vec::new();
        let pdf = pdf(
            &crate::pdf::Input {
                article: &article,
                edition,
                ui,
                uis: &f.uis,
                images: &Default::default(),
                book: &f.book,
                config: &PdfConfig::default(),
                date: 0,
                paragraphs: &paragraphs,
            },
            &mut cache,
            &mut bytes,
        )
        .map(|_| bytes)
        .map_err(|e| match e {
            crate::pdf::Error::Missing(m) => Diagnostic::error(
                "missing-glyph",
                format!("no font can draw U+{:04X}", m.glyph.ch as u32),
            ),
            crate::pdf::Error::Other(d) => d,
        });
        out.push(Rendered {
            stem: spec.stem.clone(),
            html,
            pdf,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_six_editions() {
        let out = super::render(
            "---\ntitle: A\n---\n\nB *c*.\n",
            "title = الف\np-b-c = ب *ج*۔\n",
        )
        .unwrap();
        assert_eq!(out.len(), 3);
        assert!(out[1].html.contains("lang=\"ur\""));
        assert!(
            out.iter()
                .all(|r| r.pdf.as_ref().is_ok_and(|p| p.starts_with(b"%PDF")))
        );
    }

    /// A long edition is laid out again for each of the writer's passes instead of kept
    /// whole: its PDF is the same, byte for byte, in every edition (notes at page feet,
    /// tables, lists, quotes, code, links, headings across several pages).
    #[test]
    fn an_edition_laid_out_again_for_each_pass_is_the_one_kept_whole() {
        use std::path::Path;
        let mut md = String::from(
            "---\ntitle: Long\nsummary: Pages made and dropped.\nauthor: A. Writer\n---\n\n",
        );
        for i in 1..=12 {
            md.push_str(&format!(
                "## Part {i}\n\nInflation reached {i}.5 per cent in Lahore and Karachi,[^n{i}] \
                 as [the bank](https://sbp.org.pk/{i}) reported on {i} August; prices of \
                 wheat, rice and extraordinary fuel rose faster than wages in every district.\n\n\
                 - first item {i}\n- second item with `code {i}`\n\n\
                 > a quoted line {i}\n\n\
                 | city | rate |\n| --- | --- |\n| Lahore | {i}.1 |\n| Karachi | {i}.2 |\n\n\
                 [^n{i}]: Note {i}: a footnote long enough to wrap onto a second line of the \
                 page foot in the narrow column of the parallel edition.\n\n"
            ));
        }
        // The Urdu: every message of the English, in Urdu words.
        let mut article =
            crate::article::Article::parse(Path::new("content/article.md"), &md).expect("parses");
        crate::article::ids::assign(&mut article.segments, &[]);
        assert!(article.segments.len() > 60, "{}", article.segments.len());
        let ftl: String = (article.segments.iter())
            .map(|s| format!("{} = اردو متن {} میں۔\n", s.id, s.id.len()))
            .collect();
        let pdfs = |made: Result<Vec<super::Rendered>, _>| -> Vec<Vec<u8>> {
            (made.expect("renders").into_iter())
                .map(|r| r.pdf.expect("a PDF"))
                .collect()
        };
        let kept = pdfs(super::render_with(&md, &ftl, |input, cache, out| {
            crate::pdf::render_keeping(input, cache, usize::MAX, out)
        }));
        let again = pdfs(super::render_laid_out_again(&md, &ftl));
        assert_eq!(kept.len(), 3);
        for (k, a) in kept.iter().zip(&again) {
            let pages = lopdf::Document::load_mem(k).map(|d| d.get_pages().len());
            assert!(pages.as_ref().is_ok_and(|n| *n >= 4), "{pages:?} pages");
            assert!(k == a, "{} bytes kept, {} laid out again", k.len(), a.len());
        }
    }
}

//! An article's editions, staged: its web pages on one core while its PDF editions are laid
//! out on the others, and the images its pages show. Nothing is committed here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::media;
use super::prepare::Prepared;
use super::schedule::Schedule;
use super::shared::Shared;
use crate::article::Article;
use crate::cache;
use crate::diag::Diagnostic;
use crate::edition::{self, Spec};
use crate::html::body::Media;
use crate::html::page::{FontUrls, PageInput};
use crate::html::webfonts;
use crate::l10n::Lang;
use crate::output::Output;
use crate::pdf;
use crate::project::Project;
use safha_text::{ShapeCache, SharedShapes};

use super::media::OutFile;

/// What making one article's editions staged.
pub struct Made {
    pub files: Vec<OutFile>,
    /// Images copied from the project.
    pub media: Vec<PathBuf>,
    /// Characters its pages show, for the site's web fonts.
    pub chars: BTreeSet<char>,
    /// PDF editions that could not be made (the others were).
    pub diagnostics: Vec<Diagnostic>,
}

/// What one article's committed editions are.
pub struct Committed {
    /// Files under the output folder, as they were left.
    pub outputs: Vec<cache::Made>,
    pub media: Vec<PathBuf>,
    pub chars: BTreeSet<char>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Stages every edition of the article named in `pdfs` (PDF) or published (HTML), and the
/// images its pages show. `pages_made` hears the characters of its web pages as soon as
/// they are made.
pub fn make(
    shared: &Shared<'_>,
    prepared: &Prepared,
    pdfs: &BTreeSet<String>,
    out: &Output,
    schedule: &dyn Schedule,
    pages_made: &(dyn Fn(&BTreeSet<char>) + Sync),
) -> Result<Made, Diagnostic> {
    let project = shared.project;
    let article = &prepared.article;
    let html = shared.options.formats.html;
    let self_contained = shared.options.self_contained;
    let (mut urls, copies) = media::sources(project, article)?;
    if self_contained && html {
        media::inline(project, &mut urls, &copies)?;
    }
    let (images, image_files, mut image_warnings) = if shared.options.formats.pdf {
        media::pdf_images(project, article)
    } else {
        Default::default()
    };
    let specs = prepared.specs(&shared.specs);
    // Announced before any page is made: nothing may count on the PDF editions being done
    // before they have started.
    schedule.expect_pdfs(specs.iter().filter(|s| pdfs.contains(&s.stem)).count());
    let (pages, pdf_files) = rayon::join(
        || {
            let pages = html_editions(shared, prepared, &specs, pdfs, &urls, out);
            if let Ok((_, chars)) = &pages {
                pages_made(chars);
            }
            pages
        },
        || pdf_editions(shared, prepared, pdfs, &images, out, schedule),
    );
    let (mut files, chars) = pages?;
    let (pdf_files, diagnostics) = pdf_files;
    image_warnings.extend(diagnostics);
    let diagnostics = image_warnings;
    files.extend(pdf_files);
    if html && !self_contained {
        files.extend(media::stage(project, article, &copies, out)?);
    }
    let mut media: Vec<PathBuf> = copies.into_iter().map(|(from, _)| from).collect();
    media.extend(image_files);
    media.sort();
    media.dedup();
    Ok(Made {
        files,
        media,
        chars,
        diagnostics,
    })
}

/// The article's web pages, with the characters they show.
fn html_editions(
    shared: &Shared<'_>,
    prepared: &Prepared,
    specs: &[Spec],
    pdfs: &BTreeSet<String>,
    media: &Media,
    out: &Output,
) -> Result<(Vec<OutFile>, BTreeSet<char>), Diagnostic> {
    let article = &prepared.article;
    let mut files = Vec::new();
    let mut chars = BTreeSet::new();
    if !shared.options.formats.html {
        return Ok((files, chars));
    }
    for spec in specs {
        let Some(edition) = spec.edition(&prepared.texts) else {
            continue;
        };
        let input = PageInput {
            article,
            spec,
            edition,
            specs,
            uis: &shared.uis,
            media,
            site: &shared.site,
            pdf: pdfs.contains(&spec.stem),
            inline_css: None,
        };
        let mut html = shared.theme.edition(&input)?;
        let mut page_chars = BTreeSet::new();
        webfonts::page_chars(&html, &mut page_chars);
        // The digits its lists are numbered in, which no text holds.
        let counters = crate::html::counters::list_counters(&shared.project.languages, &shared.uis);
        webfonts::page_chars(&counters, &mut page_chars);
        if shared.options.self_contained {
            // For e-mail: the stylesheet and fonts subset to this page, inside it.
            let faces = webfonts::faces_for_page(&html);
            let quoted_arabic = html.contains("lang=\"ar\"");
            let web =
                webfonts::subset_faces(&shared.project.root, &faces, &page_chars, quoted_arabic)?;
            let css = shared.theme.stylesheet(
                &web,
                FontUrls::Inline,
                &shared.project.languages,
                &shared.uis,
            )?;
            html = shared.theme.edition(&PageInput {
                inline_css: Some(&css),
                ..input
            })?;
        }
        chars.extend(page_chars);
        let rel = Path::new(&article.slug).join(format!("{}.html", spec.stem));
        let staged = out.stage(&rel, html.as_bytes())?;
        files.push((rel, staged));
    }
    Ok((files, chars))
}

/// A PDF edition's staged files, and its warnings.
type MadePdf = (Vec<OutFile>, Vec<Diagnostic>);

/// The article's PDF editions, laid out on all cores.
fn pdf_editions(
    shared: &Shared<'_>,
    prepared: &Prepared,
    pdfs: &BTreeSet<String>,
    images: &pdf::image::Images,
    out: &Output,
    schedule: &dyn Schedule,
) -> (Vec<OutFile>, Vec<Diagnostic>) {
    let project = shared.project;
    let article = &prepared.article;
    let Some(book) = &shared.book else {
        return (Vec::new(), Vec::new());
    };
    // Shared by the editions: each paragraph is shaped once for all of them.
    let paragraphs = pdf::Paragraphs::default();
    let shapes = std::sync::Arc::new(SharedShapes::default());
    let one = |cache: &mut ShapeCache, spec: &Spec| -> Result<MadePdf, Diagnostic> {
        let Some(edition) = spec.edition(&prepared.texts) else {
            return Ok(Default::default());
        };
        let ui = shared
            .uis
            .get(&spec.lang)
            .ok_or_else(|| Diagnostic::error("ui", format!("no UI strings for {}", spec.lang)))?;
        let input = pdf::Input {
            article,
            edition,
            ui,
            uis: &shared.uis,
            images,
            book,
            config: &project.config.pdf,
            date: pdf_date(article),
            paragraphs: &paragraphs,
        };
        let rel = Path::new(&article.slug).join(format!("{}.pdf", spec.stem));
        let (staged, rendered) = out.stage_written(&rel, |file| {
            pdf::render(&input, cache, file).map_err(|e| match e {
                pdf::Error::Missing(m) => {
                    missing_glyph(project, prepared, &m, &[format!("{}.pdf", spec.stem)])
                }
                pdf::Error::Other(d) => d,
            })
        })?;
        let notes: Vec<Diagnostic> = rendered
            .squeezed
            .iter()
            .map(|t| table_too_wide(project, prepared, t, &spec.stem))
            .collect();
        let mut files = vec![(rel, staged)];
        // The preview also says which page holds each segment: the translation studio
        // shows that page beside the segment being edited.
        if shared.options.live_reload {
            let pages: serde_json::Map<String, serde_json::Value> = rendered
                .pages
                .iter()
                .map(|(seg, page)| (article.segments[*seg].id.clone(), (*page).into()))
                .collect();
            let rel = Path::new(&article.slug).join(format!("{}.pages.json", spec.stem));
            let text = serde_json::Value::Object(pages).to_string();
            files.push((rel.clone(), out.stage(&rel, text.as_bytes())?));
        }
        Ok((files, notes))
    };
    let made: Vec<Result<MadePdf, Diagnostic>> = shared
        .specs
        .par_iter()
        .filter(|spec| pdfs.contains(&spec.stem) && spec.edition(&prepared.texts).is_some())
        .map_init(
            || ShapeCache::sharing(&shapes),
            |cache, spec| {
                schedule.pdf_started();
                let made = one(cache, spec);
                schedule.pdf_finished(shared.site_inputs(), out);
                made
            },
        )
        .collect();
    let (mut files, mut diagnostics) = (Vec::new(), Vec::new());
    for made in made {
        match made {
            Ok((made, notes)) => {
                files.extend(made);
                diagnostics.extend(notes);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    (files, diagnostics)
}

/// The PDF editions the article can have: those whose text every character of can be
/// drawn. An edition showing a character no face has is withheld with an error; its web
/// page and the others are still made.
pub fn pdf_plan(
    shared: &Shared<'_>,
    prepared: &Prepared,
) -> Result<(BTreeSet<String>, Vec<Diagnostic>), Diagnostic> {
    let Some(book) = &shared.book else {
        return Ok((BTreeSet::new(), Vec::new()));
    };
    let specs = prepared.specs(&shared.specs);
    let missing: BTreeMap<&Lang, Vec<pdf::Missing>> = prepared
        .texts
        .iter()
        .map(|(lang, loc)| (lang, pdf::undrawable(book, &prepared.article, loc)))
        .filter(|(_, m)| !m.is_empty())
        .collect();
    let shows = |spec: &Spec, lang: &Lang| match &spec.kind {
        edition::Kind::Single => spec.lang == *lang,
        edition::Kind::Parallel { source } => spec.lang == *lang || source == lang,
    };
    let mut diagnostics = Vec::new();
    for (lang, chars) in &missing {
        let withheld: Vec<String> = specs
            .iter()
            .filter(|s| shows(s, lang))
            .map(|s| format!("{}.pdf", s.stem))
            .collect();
        for m in chars {
            diagnostics.push(missing_glyph(shared.project, prepared, m, &withheld));
        }
    }
    let stems = specs
        .iter()
        .filter(|s| !missing.keys().any(|lang| shows(s, lang)))
        .map(|s| s.stem.clone())
        .collect();
    Ok((stems, diagnostics))
}

/// The PDF's date: the article's own, else `SOURCE_DATE_EPOCH`, else the epoch; never the
/// clock, so the same input gives the same bytes.
pub fn pdf_date(article: &Article) -> i64 {
    if let Some(date) = &article.front.date
        && let (Ok(y), Ok(m), Ok(d)) = (
            date[0..4].parse::<i64>(),
            date[5..7].parse::<i64>(),
            date[8..10].parse::<i64>(),
        )
    {
        return days_from_civil(y, m, d) * 86_400;
    }
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or(0)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A table too wide for an edition's column even at 60 %, set with words broken: where
/// it is, by how much, and what the author can do.
fn table_too_wide(
    project: &Project,
    prepared: &Prepared,
    t: &pdf::layout::TooWide,
    stem: &str,
) -> Diagnostic {
    let d = Diagnostic::warning(
        "table-too-wide",
        format!(
            "a table is too wide for {stem}.pdf: set at 60 % with every cell's longest word on \
             a line of its own it would need {:.0} pt where the column has {:.0} pt, so its \
             longest words are broken across lines",
            t.needed, t.width
        ),
    )
    .with_label("the table's first cell")
    .with_hint(
        "split the table into narrower ones, shorten its longest words (a link's text \
         instead of its bare address), or choose a larger page (`[pdf] page` in safha.toml)",
    );
    let article = &prepared.article;
    let Some(seg) = article.segments.get(t.segment) else {
        return d.at_path(project.display(&article.source.path));
    };
    if t.lang == project.source {
        return d.at(&article.source, seg.offset..seg.offset + 1);
    }
    match prepared.files.get(&t.lang) {
        Some(file) => {
            let span = file.get(&seg.id).map_or(0..0, |info| info.span.clone());
            d.at(&file.source, span)
        }
        None => d.at_path(project.display(&project.article_ftl(&t.lang, &article.slug))),
    }
}

/// A character no font covers: named, with the segment and the file it came from, and
/// the PDF editions it keeps from being made.
fn missing_glyph(
    project: &Project,
    prepared: &Prepared,
    m: &pdf::Missing,
    withheld: &[String],
) -> Diagnostic {
    let article = &prepared.article;
    let ch = m.glyph.ch;
    let name = unicode_names2::name(ch).map_or_else(String::new, |n| format!(" {n}"));
    let segment = m.segment.and_then(|i| article.segments.get(i));
    let place = match segment {
        Some(seg) => format!("in segment `{}` ({})", seg.id, m.lang),
        None => format!("in the article's code ({})", m.lang),
    };
    let d = Diagnostic::error(
        "missing-glyph",
        format!(
            "no font can draw U+{:04X}{name} {ch:?} {place}: {} not made (the web pages are)",
            ch as u32,
            match withheld {
                [one] => format!("{one} is"),
                many => format!("{} are", many.join(", ")),
            }
        ),
    )
    .with_label(format!(
        "U+{:04X} is not covered by any bundled font",
        ch as u32
    ))
    .with_hint(
        "replace or remove the character; safha's fonts cover Urdu, Arabic, Latin, Greek and \
         Cyrillic text, emoji, symbols, arrows and mathematics",
    );
    // Point at the character in the file it came from.
    let in_source = |d: Diagnostic, from: usize| {
        let src = &article.source;
        let from = from.min(src.text.len());
        let at = src.text[from..].find(ch).map_or(from, |i| from + i);
        d.at(src, at..at + ch.len_utf8())
    };
    let Some(seg) = segment else {
        return in_source(d, 0);
    };
    if m.lang == project.source {
        return in_source(d, seg.offset);
    }
    match prepared.files.get(&m.lang) {
        Some(file) => {
            let start = file.get(&seg.id).map_or(0, |info| info.span.start);
            let at = file.text()[start..].find(ch).map_or(start, |i| start + i);
            d.at(&file.source, at..at + ch.len_utf8())
        }
        None => d.at_path(project.display(&project.article_ftl(&m.lang, &article.slug))),
    }
}

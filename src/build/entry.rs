//! What an article shows on the site's index: its titles and summaries in every language
//! that has its own, and a link to each of its editions.

use std::collections::BTreeSet;

use super::prepare::Prepared;
use super::shared::Shared;
use crate::article::{SUMMARY, SegmentRef, TITLE};
use crate::edition;
use crate::html::page::{IndexEdition, IndexEntry, IndexText};

/// The article's entry on the index.
pub fn index_entry(
    shared: &Shared<'_>,
    prepared: &Prepared,
    pdfs: &BTreeSet<String>,
) -> IndexEntry {
    use crate::article::plain::shown_text;
    let (uis, project) = (&shared.uis, shared.project);
    let slug = &prepared.article.slug;
    let specs = &prepared.specs(&shared.specs);
    let mut titles = Vec::new();
    let mut summaries = Vec::new();
    for (lang, text) in &prepared.texts {
        // A language whose title is itself a fallback adds nothing to the index.
        if *lang != project.source && text.segments[TITLE].lang == project.source {
            continue;
        }
        let entry = |i: SegmentRef| IndexText {
            text: shown_text(&text.segments[i].text),
            lang: lang.tag(),
            dir: lang.dir().as_str().to_string(),
            href: format!("{slug}/{}.html", lang.tag()),
        };
        titles.push(entry(TITLE));
        if prepared.article.front.summary.is_some() {
            summaries.push(entry(SUMMARY));
        }
    }
    // Source language first.
    titles.sort_by_key(|t| t.lang != project.source.tag());
    summaries.sort_by_key(|t| t.lang != project.source.tag());
    let source_ui = uis.get(&project.source);
    let editions = specs
        .iter()
        .map(|s| {
            let (label, lang) = match (&s.kind, source_ui) {
                (edition::Kind::Single, _) => (
                    uis.get(&s.lang)
                        .map_or(s.lang.tag(), |u| u.own_name(&s.lang)),
                    s.lang.clone(),
                ),
                (edition::Kind::Parallel { source }, Some(ui)) => {
                    (ui.parallel_label(source, &s.lang), project.source.clone())
                }
                (edition::Kind::Parallel { .. }, None) => (s.stem.clone(), project.source.clone()),
            };
            IndexEdition {
                text: label.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], ""),
                lang: lang.tag(),
                dir: lang.dir().as_str().to_string(),
                page_lang: s.lang.tag(),
                href: format!("{slug}/{}.html", s.stem),
                pdf: pdfs
                    .contains(&s.stem)
                    .then(|| format!("{slug}/{}.pdf", s.stem)),
                parallel: s.is_parallel(),
            }
        })
        .collect();
    IndexEntry {
        slug: slug.clone(),
        titles,
        summaries,
        date: prepared.article.front.date.clone(),
        author: prepared.article.front.author.clone(),
        editions,
    }
}

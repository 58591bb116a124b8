//! The site's own files: the index, the feeds, the sitemap, the stylesheet and the web
//! fonts, made from every article's index entry and the characters its pages show.
//!
//! They depend on nothing else, so a build may make them ahead of its end (see
//! `build/schedule.rs`).

pub mod entry;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::html::IndexInput;
use crate::html::Theme;
use crate::html::page::{FontUrls, IndexEntry, Site};
use crate::html::webfonts;
use crate::l10n::Lang;
use crate::l10n::ui::Ui;
use crate::output::{Output, Staged};
use crate::project::{FONT_DIR, Project};
use safha_text::faces;

/// What the site's files are made with, besides the articles.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub project: &'a Project,
    pub theme: &'a Theme,
    pub uis: &'a BTreeMap<Lang, Ui>,
    pub site: &'a Site,
}

/// The site's files, staged (see [`Output::stage`]).
pub struct Files {
    pub staged: Vec<Staged>,
    /// Web-font subsets of earlier builds that the new stylesheet no longer names: the
    /// folder is safha's own, and they go once the new files are in place.
    pub stale_fonts: Vec<String>,
}

/// Makes and stages the site's files for `index` (in the order of the articles) and the
/// characters of the articles' pages.
pub fn files(
    inputs: &Inputs<'_>,
    index: &[IndexEntry],
    chars: &BTreeSet<char>,
    out: &Output,
) -> Result<Files, Diagnostic> {
    let Inputs {
        project,
        theme,
        uis,
        site,
    } = *inputs;
    let ui = uis
        .get(&project.source)
        .ok_or_else(|| Diagnostic::error("ui", "no UI strings for the source language"))?;
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let index_html = theme.index(&IndexInput {
        ui,
        entries: index,
        site,
    })?;
    let mut chars = chars.clone();
    webfonts::page_chars(&index_html, &mut chars);
    files.push(("index.html".into(), index_html.into_bytes()));
    for (lang, path) in &site.feeds {
        let lang_ui = uis.get(lang).unwrap_or(ui);
        let feed = theme.feed(lang, lang_ui, site, index)?;
        files.push((path.into(), feed.into_bytes()));
    }
    files.push((
        "sitemap.xml".into(),
        theme.sitemap(site, index)?.into_bytes(),
    ));
    // Self-contained editions carry their own fonts; the index still links the site's.
    webfonts::page_chars(
        &crate::html::counters::list_counters(&project.languages, uis),
        &mut chars,
    );
    // Whether any page quotes Arabic is not known here (a cached article's page is not
    // read again): the site's Naskh holds every Arabic-script character, fetched only by
    // the pages that quote Arabic.
    let all: Vec<faces::Face> = faces::ALL.into_iter().chain(faces::WEB_FALLBACK).collect();
    let web = webfonts::subset_faces(&project.root, &all, &chars, true)?;
    let css = theme.stylesheet(
        &web,
        FontUrls::Files(&format!("{FONT_DIR}/")),
        &project.languages,
        uis,
    )?;
    files.push(("style.css".into(), css.into_bytes()));

    let current: BTreeSet<String> = web.iter().map(|f| f.file.to_string()).collect();
    let stale_fonts = std::fs::read_dir(out.root().join(FONT_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| crate::html::webfonts::is_subset_file(name) && !current.contains(name))
        .collect();
    files.push((
        Path::new(FONT_DIR).join(faces::LICENSE_FILE),
        faces::LICENSE.to_vec(),
    ));
    let mut staged = files
        .iter()
        .map(|(rel, bytes)| out.stage(rel, bytes))
        .collect::<Result<Vec<_>, _>>()?;
    for f in &web {
        let rel = Path::new(FONT_DIR).join(&f.file);
        staged.push(out.stage_linked(&rel, &f.bytes, f.cached.as_deref())?);
    }
    Ok(Files {
        staged,
        stale_fonts,
    })
}

/// What an article shows on the index, and the characters of its pages.
pub type Report = (IndexEntry, BTreeSet<char>);

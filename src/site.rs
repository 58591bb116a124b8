//! The site's own files: the index, the feeds, the sitemap, the stylesheet and the web
//! fonts, made from every article's index entry and the characters its pages show.
//!
//! They depend on nothing else, so a build makes them early ([`Early`]): as soon as the
//! last article's web pages are made, on a core that would otherwise wait for the last PDF
//! edition. The build keeps them only if the articles end as they were reported (the same
//! entries, the same characters); otherwise it makes them again from what it did.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::build::FONT_DIR;
use crate::diag::Diagnostic;
use crate::fonts;
use crate::html::Theme;
use crate::html::page::{FontUrls, IndexEntry, IndexInput, Site};
use crate::html::webfonts;
use crate::l10n::Lang;
use crate::l10n::ui::Ui;
use crate::output::{Output, Staged};
use crate::project::Project;

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
    let web = webfonts::subset_faces(&project.root, &fonts::ALL, &chars)?;
    let css = theme.stylesheet(
        &web,
        FontUrls::Files(&format!("{FONT_DIR}/")),
        &project.languages,
    )?;
    files.push(("style.css".into(), css.into_bytes()));

    let current: BTreeSet<String> = web.iter().map(|f| f.file.to_string()).collect();
    let stale_fonts = std::fs::read_dir(out.root().join(FONT_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".woff2") && !current.contains(name))
        .collect();
    files.push((
        Path::new(FONT_DIR).join(fonts::LICENSE_FILE),
        fonts::LICENSE.to_vec(),
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

/// The site's files made before the build ends, from what each article reported.
///
/// They are made by a core that has finished a PDF edition while another is still being
/// laid out and none waits to start: the time that core would otherwise wait. Made as
/// soon as the last article reports, they would hold up the PDF editions still to come;
/// made at the end, they would add to the build's time.
pub struct Early {
    state: Mutex<State>,
    made: Mutex<Option<Made>>,
}

#[derive(Default)]
struct State {
    /// Articles yet to report.
    pending: usize,
    /// (article's place in the build, what it reported); `None` for an article that will
    /// not be on the index.
    reports: Vec<(usize, Option<Report>)>,
    /// Every article has reported and nobody has taken the reports to make the files.
    ready: bool,
    /// PDF editions announced, started and being laid out.
    expected: usize,
    started: usize,
    running: usize,
}

struct Made {
    index: Vec<IndexEntry>,
    chars: BTreeSet<char>,
    files: Result<Files, Diagnostic>,
}

impl Early {
    /// Waits for `articles` reports.
    pub fn new(articles: usize) -> Early {
        Early {
            state: Mutex::new(State {
                pending: articles,
                reports: Vec::with_capacity(articles),
                ..State::default()
            }),
            made: Mutex::new(None),
        }
    }

    /// What article `place` will show on the index, and the characters of its pages. An
    /// article that never reports (it stopped early) leaves the files to the end of the
    /// build.
    pub fn report(&self, inputs: &Inputs<'_>, out: &Output, place: usize, report: Option<Report>) {
        let reports = {
            let Ok(mut state) = self.state.lock() else {
                return;
            };
            state.reports.push((place, report));
            state.pending = state.pending.saturating_sub(1);
            if state.pending > 0 {
                return;
            }
            state.ready = true;
            // PDF editions still to lay out: the core that finishes one makes the files.
            if state.running > 0 || state.started < state.expected {
                return;
            }
            state.ready = false;
            std::mem::take(&mut state.reports)
        };
        self.make(inputs, out, reports);
    }

    /// An article is about to lay out `count` PDF editions.
    pub fn expect(&self, count: usize) {
        if let Ok(mut state) = self.state.lock() {
            state.expected += count;
        }
    }

    /// A PDF edition starts.
    pub fn started(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.started += 1;
            state.running += 1;
        }
    }

    /// A PDF edition is done: if every article has reported and no edition waits to
    /// start, this core makes the files.
    pub fn finished(&self, inputs: &Inputs<'_>, out: &Output) {
        let reports = {
            let Ok(mut state) = self.state.lock() else {
                return;
            };
            state.running = state.running.saturating_sub(1);
            if !state.ready || state.started < state.expected {
                return;
            }
            state.ready = false;
            std::mem::take(&mut state.reports)
        };
        self.make(inputs, out, reports);
    }

    fn make(&self, inputs: &Inputs<'_>, out: &Output, mut reports: Vec<(usize, Option<Report>)>) {
        reports.sort_by_key(|(place, _)| *place);
        let mut index = Vec::with_capacity(reports.len());
        let mut chars = BTreeSet::new();
        for (entry, page_chars) in reports.into_iter().filter_map(|(_, r)| r) {
            index.push(entry);
            chars.extend(page_chars);
        }
        let files = files(inputs, &index, &chars, out);
        if let Ok(mut made) = self.made.lock() {
            *made = Some(Made {
                index,
                chars,
                files,
            });
        }
    }

    /// The files made early, if they were made from exactly `index` and `chars`.
    pub fn take(&self, index: &[IndexEntry], chars: &BTreeSet<char>) -> Option<Files> {
        let made = self.made.lock().ok()?.take()?;
        (made.index == index && made.chars == *chars)
            .then_some(made.files)
            .and_then(Result::ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::page::IndexText;

    fn entry(slug: &str) -> IndexEntry {
        IndexEntry {
            slug: slug.to_string(),
            titles: vec![IndexText {
                text: format!("About {slug}"),
                lang: "en".to_string(),
                dir: "ltr".to_string(),
                href: format!("{slug}/en.html"),
            }],
            summaries: Vec::new(),
            date: None,
            author: None,
            editions: Vec::new(),
        }
    }

    #[test]
    fn early_files_are_made_by_the_last_report_and_kept_only_for_the_same_articles() {
        let dir = tempfile::tempdir().unwrap();
        crate::scaffold::init(&dir.path().join("p")).unwrap();
        let project = Project::open(&dir.path().join("p"), None).unwrap();
        let theme = Theme::load(&project.root).unwrap();
        let (uis, _) = crate::build::load_uis(&project);
        let site = Site {
            base_url: project.config.base_url(),
            name: project.config.site_name.clone(),
            feeds: Vec::new(),
            live_reload: false,
        };
        let inputs = Inputs {
            project: &project,
            theme: &theme,
            uis: &uis,
            site: &site,
        };
        let out = Output::new(&dir.path().join("dist")).unwrap();
        let chars = |s: &str| s.chars().collect::<BTreeSet<char>>();

        let early = Early::new(3);
        early.report(&inputs, &out, 2, Some((entry("b"), chars("b"))));
        early.report(&inputs, &out, 1, None);
        // Not every article has reported: nothing is made yet.
        assert!(
            early
                .take(&[entry("a"), entry("b")], &chars("ab"))
                .is_none()
        );
        early.report(&inputs, &out, 0, Some((entry("a"), chars("a"))));
        // Other articles than those reported: the early files are not used.
        assert!(early.take(&[entry("a")], &chars("a")).is_none());

        let early = Early::new(2);
        early.report(&inputs, &out, 1, Some((entry("b"), chars("b"))));
        early.report(&inputs, &out, 0, Some((entry("a"), chars("a"))));
        let files = early.take(&[entry("a"), entry("b")], &chars("ab")).unwrap();
        // Staged, not yet in place; committed, the index lists both articles in order.
        assert!(!dir.path().join("dist/index.html").exists());
        out.commit(files.staged).unwrap();
        let index = std::fs::read_to_string(dir.path().join("dist/index.html")).unwrap();
        let (a, b) = (
            index.find("About a").unwrap(),
            index.find("About b").unwrap(),
        );
        assert!(a < b, "{index}");
        assert!(dir.path().join("dist/style.css").exists());

        // PDF editions in the works: the files wait for a core that has finished one while
        // none waits to start.
        let early = Early::new(1);
        early.expect(2);
        early.started();
        early.report(&inputs, &out, 0, Some((entry("a"), chars("a"))));
        assert!(
            early.made.lock().unwrap().is_none(),
            "made ahead of an edition"
        );
        early.finished(&inputs, &out);
        assert!(
            early.made.lock().unwrap().is_none(),
            "made while one waits to start"
        );
        early.started();
        early.finished(&inputs, &out);
        assert!(early.take(&[entry("a")], &chars("a")).is_some());
    }
}

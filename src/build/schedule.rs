//! When things run, apart from what gets built. Every performance mechanism of a build sits
//! behind [`Schedule`], whose methods do nothing by default: the article code tells it what
//! happens (an article's index entry is known, a PDF edition starts or ends) and never
//! branches on its answers. [`InOrder`] is the schedule that does nothing ahead (tests and
//! the fuzz target); [`Ahead`] is the one `safha build` uses.
//!
//! Each mechanism stays only while it is measured outside the noise (interleaved A/B of
//! the sample's six editions, 100 pairs, `benches/ab.sh`):
//!
//! | mechanism                                   | saving (median)  | faster in  |
//! |---------------------------------------------|------------------|------------|
//! | the site's files made ahead ([`Early`])     | 0.5–0.7 ms       | 67 / 100   |
//! | the Nastaliq face warmed up while reading   | 1.2–1.3 ms       | 80 / 100   |
//!
//! Removed as inside the noise: the fonts read on a thread of their own (43–44 / 100,
//! +0.1–0.3 ms), the last article's paragraphs freed in the background (52–58 / 100), its
//! cache record stored beside the site's commit (53–62 / 100).

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use super::options::Formats;
use crate::diag::Diagnostic;
use crate::html::page::IndexEntry;
use crate::l10n::Dir;
use crate::output::Output;
use crate::project::Project;
use crate::site::{self, Files, Inputs, Report};

/// Events of a build, at article and edition granularity.
pub trait Schedule: Sync {
    /// The build starts.
    fn start(&self, _project: &Project) {}
    /// `count` articles are about to be built.
    fn expect_articles(&self, _count: usize) {}
    /// Article `place` will show `report` on the index (`None`: it will not be listed).
    fn reported(&self, _site: Inputs<'_>, _out: &Output, _place: usize, _report: Option<Report>) {}
    /// An article is about to lay out `count` PDF editions.
    fn expect_pdfs(&self, _count: usize) {}
    /// A PDF edition starts to be laid out.
    fn pdf_started(&self) {}
    /// A PDF edition is made (or failed).
    fn pdf_finished(&self, _site: Inputs<'_>, _out: &Output) {}
    /// The site's files made ahead, if they were made from exactly `index` and `chars`.
    /// Asked once, at the end: whatever was made ahead is given up then.
    fn site_files(&self, _index: &[IndexEntry], _chars: &BTreeSet<char>) -> Option<Files> {
        None
    }
}

/// Every step in its turn.
pub struct InOrder;

impl Schedule for InOrder {}

/// The Nastaliq face warmed up while the project is read, and the site's files made by a
/// core that would otherwise wait for the last PDF edition.
pub struct Ahead {
    formats: Formats,
    early: OnceLock<Early>,
}

impl Ahead {
    pub fn new(formats: Formats) -> Ahead {
        Ahead {
            formats,
            early: OnceLock::new(),
        }
    }
}

impl Schedule for Ahead {
    fn start(&self, project: &Project) {
        if !self.formats.pdf {
            return;
        }
        for lang in project.languages.iter().filter(|l| l.dir() == Dir::Rtl) {
            // A job of the pool, not a thread of its own: on two cores a third thread slows
            // the build's own (2.5 ms, 50 interleaved runs).
            if let Some(job) = safha_text::shape::nastaliq_warm_up(&lang.tag()) {
                rayon::spawn(job);
            }
        }
    }

    fn expect_articles(&self, count: usize) {
        // The site's files are web pages' business.
        if self.formats.html {
            let _ = self.early.set(Early::new(count));
        }
    }

    fn reported(&self, site: Inputs<'_>, out: &Output, place: usize, report: Option<Report>) {
        if let Some(early) = self.early.get() {
            early.report(&site, out, place, report);
        }
    }

    fn expect_pdfs(&self, count: usize) {
        if let Some(early) = self.early.get() {
            early.expect(count);
        }
    }

    fn pdf_started(&self) {
        if let Some(early) = self.early.get() {
            early.started();
        }
    }

    fn pdf_finished(&self, site: Inputs<'_>, out: &Output) {
        if let Some(early) = self.early.get() {
            early.finished(&site, out);
        }
    }

    fn site_files(&self, index: &[IndexEntry], chars: &BTreeSet<char>) -> Option<Files> {
        self.early.get()?.take(index, chars)
    }
}

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
        let files = site::files(inputs, &index, &chars, out);
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
    use crate::html::Theme;
    use crate::html::page::{IndexText, Site};

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

//! When things run, apart from what gets built. Every performance mechanism of a build sits
//! behind [`Schedule`], whose methods do nothing ahead by default: the article code tells it
//! what happens (an article's index entry is known, a PDF edition starts or ends) or asks it
//! for what it needs (an article's files, read), and never branches on its answers.
//! [`InOrder`] is the schedule that does nothing ahead (tests and the fuzz target); [`Ahead`]
//! is the one `safha build` uses.
//!
//! Each mechanism stays only while it is measured outside the noise (interleaved A/B of
//! the sample's six editions, 100 pairs, `benches/ab.sh`):
//!
//! | mechanism                                               | saving (median) | faster in |
//! |---------------------------------------------------------|-----------------|-----------|
//! | the site's files made ahead ([`Early`])                 | 0.5–0.7 ms      | 67 / 100  |
//! | the first articles read while fonts, theme and UI load  | 1.0 ms          | 78 / 100  |
//!
//! Removed as inside the noise: the fonts read on a thread of their own (43–44 / 100,
//! +0.1–0.3 ms), the last article's paragraphs freed in the background (52–58 / 100), its
//! cache record stored beside the site's commit (53–62 / 100), the Nastaliq face's lookups
//! read ahead by shaping a sample (1.2–1.3 ms, 80 / 100, until harfrust read them in 0.45
//! ms instead of 2.7: then 0.2 ms, 46–50 / 100).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use super::options::Formats;
use crate::diag::Diagnostic;
use crate::html::page::IndexEntry;
use crate::load;
use crate::output::Output;
use crate::project::Project;
use crate::site::{self, Files, Inputs, Report};

/// Events of a build, at article and edition granularity.
pub trait Schedule: Sync {
    /// The build of the articles at `paths` starts.
    fn start(&self, _project: &Project, _paths: &[PathBuf]) {}
    /// The files of the article at `path`, read.
    fn read(&self, project: &Project, path: &Path) -> load::Read {
        load::read(project, path)
    }
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

/// The first articles read while what they share is loaded, and the site's files made by a
/// core that would otherwise wait for the last PDF edition.
pub struct Ahead {
    formats: Formats,
    early: OnceLock<Early>,
    /// The articles being read ahead.
    reads: Mutex<Vec<(PathBuf, Arc<Mutex<Reading>>)>>,
}

/// An article read ahead.
enum Reading {
    Waiting,
    Read(Box<load::Read>),
    /// Taken by its build, or read by it when the job had not started.
    Gone,
}

impl Ahead {
    pub fn new(formats: Formats) -> Ahead {
        Ahead {
            formats,
            early: OnceLock::new(),
            reads: Mutex::new(Vec::new()),
        }
    }
}

impl Schedule for Ahead {
    fn start(&self, project: &Project, paths: &[PathBuf]) {
        // The articles the pool starts with, read while the fonts, theme and UI strings
        // are loaded; each job holds its article's slot while it reads, so a build that
        // asks meanwhile waits for it rather than reading twice.
        let first = paths.iter().take(rayon::current_num_threads());
        let project = Arc::new(project.clone());
        if let Ok(mut reads) = self.reads.lock() {
            for path in first {
                let slot = Arc::new(Mutex::new(Reading::Waiting));
                reads.push((path.clone(), slot.clone()));
                let (project, path) = (project.clone(), path.clone());
                rayon::spawn(move || {
                    if let Ok(mut slot) = slot.lock()
                        && matches!(*slot, Reading::Waiting)
                    {
                        *slot = Reading::Read(Box::new(load::read(&project, &path)));
                    }
                });
            }
        }
    }

    fn read(&self, project: &Project, path: &Path) -> load::Read {
        let slot = (self.reads.lock().ok()).and_then(|reads| {
            reads
                .iter()
                .find(|(p, _)| p == path)
                .map(|(_, s)| s.clone())
        });
        let ahead = slot.and_then(|slot| {
            let mut slot = slot.lock().ok()?;
            match std::mem::replace(&mut *slot, Reading::Gone) {
                Reading::Read(read) => Some(*read),
                Reading::Waiting | Reading::Gone => None,
            }
        });
        ahead.unwrap_or_else(|| load::read(project, path))
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
    fn an_article_read_ahead_is_the_article_read_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("p");
        crate::scaffold::init(&root).unwrap();
        // One article that cannot be read: its errors come ahead as they would now.
        std::fs::write(root.join("content/broken.md"), b"# Title\n\xff\xfe\n").unwrap();
        let project = Project::open(&root, None).unwrap();
        let paths = project.article_paths().unwrap();
        assert!(paths.len() >= 2);
        let shown = |read: &load::Read| {
            let source = match &read.source {
                Ok(s) => format!("{:?} {:?} {:?}", s.article, s.warnings, s.messages),
                Err(errors) => format!("{errors:?}"),
            };
            let (translations, broken) = &read.translations;
            let translations: Vec<String> = (translations.iter())
                .map(|(lang, (t, warnings))| format!("{lang} {:?} {warnings:?}", t.file))
                .collect();
            format!("{source} {translations:?} {broken:?}")
        };
        let ahead = Ahead::new(Formats {
            html: true,
            pdf: false,
        });
        ahead.start(&project, &paths);
        for path in &paths {
            let now = shown(&load::read(&project, path));
            assert_eq!(
                shown(&ahead.read(&project, path)),
                now,
                "{}",
                path.display()
            );
            // Taken once: asked again, it is read again.
            assert_eq!(
                shown(&ahead.read(&project, path)),
                now,
                "{}",
                path.display()
            );
        }
        let broken = paths.iter().find(|p| p.ends_with("broken.md")).unwrap();
        assert!(shown(&ahead.read(&project, broken)).contains("article-encoding"));
        let reads = ahead.reads.lock().unwrap();
        assert_eq!(reads.len(), paths.len().min(rayon::current_num_threads()));
        assert!(
            reads
                .iter()
                .all(|(_, slot)| matches!(*slot.lock().unwrap(), Reading::Gone))
        );
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

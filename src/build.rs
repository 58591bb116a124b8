//! `safha build` as a library call: every article, every language, every edition.
//!
//! The pipeline runs one way: read the article (ids carried over from the source-language
//! messages) → load its translations → localize per language → plan editions → render →
//! write atomically. An article whose inputs are broken is skipped with located errors and
//! its previous outputs stay as they were; the other articles still build.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::article::{Article, Block};
use crate::cache::{self, BuildCache};
use crate::diag::{Diagnostic, io_error};
use crate::edition::{self, Edition, Spec};
use crate::html::Theme;
use crate::html::body::Media;
use crate::html::page::{FontUrls, IndexEdition, IndexEntry, IndexText, PageInput, Site};
use crate::html::webfonts;
use crate::l10n::bundle::Translations;
use crate::l10n::ftl::FtlFile;
use crate::l10n::lang::fallback_chain;
use crate::l10n::ui::{Ui, UiSet};
use crate::l10n::{Lang, LocalizedArticle};
use crate::load;
use crate::output::{Output, Staged};
use crate::pdf;
use crate::project::Project;
use crate::site;
use crate::text::{FontBook, ShapeCache, SharedShapes};
use rayon::prelude::*;

/// How strict a build is, and what it makes.
#[derive(Clone, Debug)]
pub struct Options {
    /// Missing translations are errors, not warnings.
    pub strict: bool,
    pub formats: Formats,
    pub stale: StalePolicy,
    /// Every HTML edition one file, stylesheet, fonts and images inlined (for e-mail).
    pub self_contained: bool,
    /// Pages carry the live-reload script of `safha serve`.
    pub live_reload: bool,
    /// Show a progress bar when many articles build in a terminal.
    pub progress: bool,
    /// Skip articles whose inputs have not changed since the last build (`cache`).
    pub cache: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            strict: false,
            formats: Formats::all(),
            stale: StalePolicy::Use,
            self_contained: false,
            live_reload: false,
            progress: false,
            cache: true,
        }
    }
}

/// What a build does with a translation made from English that has since changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum StalePolicy {
    /// Publish it, with a warning.
    #[default]
    Use,
    /// Show the current English instead, marked as untranslated.
    Fallback,
}

/// Output formats to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Formats {
    pub html: bool,
    pub pdf: bool,
}

impl Formats {
    pub fn all() -> Formats {
        Formats {
            html: true,
            pdf: true,
        }
    }

    /// Parses `html,pdf`.
    pub fn parse(list: &str) -> Result<Formats, String> {
        let mut f = Formats {
            html: false,
            pdf: false,
        };
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match item.to_ascii_lowercase().as_str() {
                "html" => f.html = true,
                "pdf" => f.pdf = true,
                other => return Err(format!("unknown format `{other}` (expected html, pdf)")),
            }
        }
        if !f.html && !f.pdf {
            return Err("no format given (expected html, pdf or both)".to_string());
        }
        Ok(f)
    }
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// Articles taken from the cache, unchanged since the last build.
    pub cached: usize,
    /// Slugs of the articles built.
    pub built: Vec<String>,
    /// Slugs of the articles not built because of errors.
    pub failed: Vec<String>,
    pub files_changed: usize,
    pub files_unchanged: usize,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Folder (under the output folder) holding web fonts.
pub const FONT_DIR: &str = "fonts";

/// Folders of the site itself, which no article may take.
const RESERVED_SLUGS: &[&str] = &[FONT_DIR, "feeds"];

/// An article read from disk with everything needed to render it.
pub struct Prepared {
    pub article: Article,
    /// Localized text per published language (source included).
    pub texts: BTreeMap<Lang, LocalizedArticle>,
    /// The translation files, to locate problems found while rendering.
    pub files: BTreeMap<Lang, FtlFile>,
}

impl Prepared {
    /// The editions this article has: a language held back (below min_complete) has none.
    pub fn specs(&self, all: &[Spec]) -> Vec<Spec> {
        all.iter()
            .filter(|s| edition_of(s, &self.texts).is_some())
            .cloned()
            .collect()
    }
}

/// The fonts, read on a thread of their own from the start of a build, so that reading
/// several megabytes overlaps with reading the articles and making their web pages.
struct Fonts {
    pending: std::sync::Mutex<Option<std::thread::JoinHandle<Result<FontBook, Diagnostic>>>>,
    book: std::sync::OnceLock<Result<FontBook, Diagnostic>>,
}

impl Fonts {
    fn load(root: PathBuf) -> Fonts {
        let book = std::sync::OnceLock::new();
        let reader = {
            let root = root.clone();
            std::thread::Builder::new()
                .name("fonts".into())
                .spawn(move || FontBook::load(&root))
        };
        let pending = match reader {
            Ok(handle) => Some(handle),
            // No thread to be had: read them here and now.
            Err(_) => {
                let _ = book.set(FontBook::load(&root));
                None
            }
        };
        Fonts {
            pending: std::sync::Mutex::new(pending),
            book,
        }
    }

    /// The fonts, waiting for them if they are still being read.
    fn get(&self) -> Result<&FontBook, Diagnostic> {
        self.book
            .get_or_init(|| {
                let pending = self.pending.lock().ok().and_then(|mut p| p.take());
                match pending.map(std::thread::JoinHandle::join) {
                    Some(Ok(book)) => book,
                    _ => Err(Diagnostic::error(
                        "font-read",
                        "the fonts could not be read",
                    )),
                }
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// What rendering needs, shared by all articles of a build.
struct Renderers<'a> {
    project: &'a Project,
    specs: &'a [Spec],
    uis: &'a BTreeMap<Lang, Ui>,
    theme: &'a Theme,
    formats: Formats,
    fonts: Option<&'a Fonts>,
    site: &'a Site,
    self_contained: bool,
    cache: &'a BuildCache,
    /// The site's files, made ahead of the end of the build (HTML builds only; see
    /// [`site::Early`]).
    early: Option<&'a site::Early>,
    /// Articles not yet built (or taken from the cache, or failed).
    unfinished: AtomicUsize,
}

impl Renderers<'_> {
    fn site_inputs(&self) -> site::Inputs<'_> {
        site::Inputs {
            project: self.project,
            theme: self.theme,
            uis: self.uis,
            site: self.site,
        }
    }

    /// Tells the early site what article `place` will show on the index.
    fn report(&self, out: &Output, place: usize, entry: Option<site::Report>) {
        if let Some(early) = self.early {
            early.report(&self.site_inputs(), out, place, entry);
        }
    }
}

/// A PDF edition being laid out, counted by the early site: when it ends (made or
/// failed), its core may make the site's files.
struct Running<'a> {
    r: &'a Renderers<'a>,
    out: &'a Output,
}

impl<'a> Running<'a> {
    fn start(r: &'a Renderers<'a>, out: &'a Output) -> Running<'a> {
        if let Some(early) = r.early {
            early.started();
        }
        Running { r, out }
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        if let Some(early) = self.r.early {
            early.finished(&self.r.site_inputs(), self.out);
        }
    }
}

/// Builds every article of `project`, in parallel. `Err` only for problems that stop the
/// whole build.
pub fn build(project: &Project, options: &Options) -> Result<Report, Diagnostic> {
    let mut report = Report {
        diagnostics: project.warnings.clone(),
        ..Report::default()
    };
    // Only the PDF editions need the fonts: they are read while the rest is prepared.
    let fonts = options.formats.pdf.then(|| {
        // The Nastaliq face's lookups are read while the project is: see `warm_up`.
        for lang in project
            .languages
            .iter()
            .filter(|l| l.dir() == crate::l10n::Dir::Rtl)
        {
            crate::text::shape::warm_up_in_background(&lang.tag());
        }
        Fonts::load(project.root.clone())
    });
    let paths = project.article_paths()?;
    let (uis, ui_diags) = load_uis(project);
    report.diagnostics.extend(ui_diags);
    let theme = Theme::load(&project.root)?;
    let specs = edition::plan(&project.source, &project.languages);
    // The output may not overwrite or mix with the project's own files.
    // Compared resolved: a link named dist/ that leads into content/ is content/.
    let out_dir = crate::input::resolved(&project.out_dir);
    let root = crate::input::resolved(&project.root);
    if root.starts_with(&out_dir) {
        return Err(Diagnostic::error(
            "output-in-project-files",
            "the output folder would hold the project itself",
        )
        .at_path(project.display(&project.out_dir))
        .with_hint("choose a folder of its own for the output (the default is dist/)"));
    }
    for input in ["content", "locales", "fonts", "templates"] {
        if out_dir.starts_with(root.join(input)) {
            return Err(Diagnostic::error(
                if input == "content" {
                    "output-in-content"
                } else {
                    "output-in-project-files"
                },
                format!("the output folder is inside {input}/"),
            )
            .at_path(project.display(&project.out_dir))
            .with_hint(format!(
                "choose an output folder outside {input}/ (the default is dist/)"
            )));
        }
    }
    // A damaged font stops the build before anything is written.
    crate::fonts::check_project(&project.root)?;
    // --strict publishes nothing that `safha check` finds wrong in a language it would
    // publish (a translator's added link, a control character, a character no font has).
    if options.strict {
        let errors = strict_errors(project)?;
        if !errors.is_empty() {
            report.diagnostics.extend(errors);
            report.failed = paths.iter().map(|p| load::slug_of(p)).collect();
            return Ok(report);
        }
    }
    let out = Output::new(&project.out_dir)?;
    let site = Site {
        base_url: project.config.base_url(),
        name: project.config.site_name.clone(),
        feeds: project
            .languages
            .iter()
            .map(|l| (l.clone(), format!("feeds/{}.xml", l.tag())))
            .collect(),
        live_reload: options.live_reload,
    };
    let fingerprint = format!(
        "{:?} {:?} {} {} {} {:?}",
        options.formats,
        options.stale,
        options.self_contained,
        options.live_reload,
        options.strict,
        project
            .locale_langs
            .iter()
            .map(Lang::tag)
            .collect::<Vec<_>>()
    );
    let cache = BuildCache::new(project, &fingerprint, options.cache);
    let early = options.formats.html.then(|| site::Early::new(paths.len()));
    let renderers = Renderers {
        project,
        cache: &cache,
        specs: &specs,
        uis: &uis,
        theme: &theme,
        formats: options.formats,
        fonts: fonts.as_ref(),
        site: &site,
        self_contained: options.self_contained,
        early: early.as_ref(),
        unfinished: AtomicUsize::new(paths.len()),
    };

    let progress = progress_bar(options.progress, paths.len());
    let outcomes: Vec<Outcome> = paths
        .par_iter()
        .enumerate()
        .map(|(place, path)| {
            let outcome = build_article(&renderers, place, path, options, &out);
            renderers.unfinished.fetch_sub(1, Ordering::Relaxed);
            progress.inc(1);
            outcome
        })
        .collect();
    progress.finish_and_clear();
    if let Some(Err(e)) = fonts.as_ref().map(Fonts::get) {
        return Err(e);
    }

    let mut index = Vec::new();
    let mut chars = BTreeSet::new();
    // Failed articles with no earlier build on record: the site's own files cannot list
    // them, so the previous ones stay.
    let mut unrecorded = Vec::new();
    let mut records = Vec::new();
    for o in outcomes {
        report.diagnostics.extend(o.diagnostics);
        if let Some(record) = o.record {
            records.push((o.slug.clone(), record));
        }
        match o.built {
            Some(b) => {
                report.cached += usize::from(b.cached);
                report.files_changed += b.changed;
                report.files_unchanged += b.unchanged;
                chars.extend(b.chars);
                index.push(b.entry);
                report.built.push(o.slug);
            }
            None => {
                if let Some(last) = o.previous {
                    chars.extend(last.chars.chars());
                    index.push(last.entry);
                } else {
                    unrecorded.push(o.slug.clone());
                }
                report.failed.push(o.slug);
            }
        }
    }

    // Rewriting the index, feeds, sitemap and web fonts now would drop those articles from
    // the site and take their characters out of the fonts their kept pages still load.
    let keep_site = !unrecorded.is_empty() && out.root().join("index.html").exists();
    if keep_site && options.formats.html {
        report.diagnostics.push(
            Diagnostic::warning(
                "site-kept",
                format!(
                    "the index, feeds, sitemap and web fonts were not updated: {} failed and \
                     no earlier build of {} is on record",
                    unrecorded.join(", "),
                    if unrecorded.len() == 1 { "it" } else { "them" }
                ),
            )
            .with_hint("fix the errors above and build again"),
        );
    }
    let site_files = || -> Result<Vec<crate::output::Written>, Diagnostic> {
        if !options.formats.html || keep_site {
            return Ok(Vec::new());
        }
        let made = early.as_ref().and_then(|e| e.take(&index, &chars));
        let files = match made {
            Some(files) => files,
            None => site::files(&renderers.site_inputs(), &index, &chars, &out)?,
        };
        let written = out.commit(files.staged)?;
        for name in files.stale_fonts {
            let _ = std::fs::remove_file(out.root().join(FONT_DIR).join(name));
        }
        Ok(written)
    };
    let store = || {
        for (slug, record) in &records {
            cache.store(slug, record);
        }
    };
    let (written, ()) = rayon::join(site_files, store);
    for w in written? {
        count(&mut report, w);
    }
    // Site files made early and not used are staged files: they go before the staging
    // folder does.
    drop(early);
    out.finish();
    Ok(report)
}

/// What building one article gave.
struct Outcome {
    slug: String,
    diagnostics: Vec<Diagnostic>,
    built: Option<Built>,
    /// For an article that failed: its last good build, which stays on the site.
    previous: Option<cache::Record>,
    /// What the build cache should remember of the last article built, stored beside the
    /// commit of the site's files (both are mostly creating files).
    record: Option<cache::Record>,
}

struct Built {
    /// Taken from the cache.
    cached: bool,
    changed: usize,
    unchanged: usize,
    entry: IndexEntry,
    /// Characters of its pages, for the site's web fonts.
    chars: BTreeSet<char>,
}

fn build_article(
    r: &Renderers<'_>,
    place: usize,
    path: &Path,
    options: &Options,
    out: &Output,
) -> Outcome {
    let slug = load::slug_of(path);
    let key = r.cache.key(r.project, path, &slug);
    if let Some(record) = key
        .as_deref()
        .and_then(|k| r.cache.lookup(&slug, k, out.root()))
    {
        r.report(
            out,
            place,
            Some((record.entry.clone(), record.chars.chars().collect())),
        );
        return Outcome {
            slug,
            diagnostics: record
                .warnings
                .iter()
                .map(|w| w.restore(&r.project.root))
                .collect(),
            previous: None,
            record: None,
            built: Some(Built {
                cached: true,
                changed: 0,
                unchanged: record.outputs.len(),
                entry: record.entry,
                chars: record.chars.chars().collect(),
            }),
        };
    }
    let (prepared, mut diagnostics) = match prepare(r.project, path, options) {
        Ok(p) => p,
        Err(diags) => {
            let previous = r.cache.last(&slug, out.root());
            let kept = previous
                .as_ref()
                .map(|p| (p.entry.clone(), p.chars.chars().collect()));
            r.report(out, place, kept);
            return Outcome {
                previous,
                slug,
                diagnostics: diags,
                built: None,
                record: None,
            };
        }
    };
    let before = r.cache.last(&slug, out.root());
    let pdfs = match pdf_plan(r, &prepared) {
        Ok((stems, withheld)) => {
            diagnostics.extend(withheld);
            stems
        }
        Err(d) => {
            diagnostics.push(d);
            return Outcome {
                previous: r.cache.last(&slug, out.root()),
                slug,
                diagnostics,
                built: None,
                record: None,
            };
        }
    };
    let entry = index_entry(&prepared, r, &pdfs);
    match render_article(r, &prepared, out, place, &entry, &pdfs) {
        Ok(rendered) => {
            // Editions the article no longer has (a language held back, a language
            // dropped) go, so that no stale page stays reachable. Only files the last
            // build recorded as its own are touched.
            for rel in before.iter().flat_map(|b| &b.outputs).map(|m| &m.path) {
                if !rendered.outputs.iter().any(|now| &now.path == rel)
                    && rel.starts_with(&slug)
                    && rel
                        .components()
                        .all(|c| matches!(c, std::path::Component::Normal(_)))
                {
                    let _ = std::fs::remove_file(out.root().join(rel));
                }
            }
            let rendered_errors = rendered.diagnostics.iter().any(Diagnostic::is_error);
            let record = key.map(|key| cache::Record {
                key,
                outputs: rendered.outputs,
                media: rendered
                    .media
                    .iter()
                    .filter_map(|m| Some((m.clone(), cache::media_hash(m)?)))
                    .collect(),
                entry: entry.clone(),
                chars: rendered.chars.iter().collect(),
                reusable: !rendered_errors && !diagnostics.iter().any(Diagnostic::is_error),
                warnings: diagnostics
                    .iter()
                    .filter_map(cache::KeptWarning::keep)
                    .collect(),
            });
            // Stored now, unless this is the last article still being built: its record
            // waits to be stored beside the site's files (holding every article's record
            // until then would hold them all in memory).
            let record = match record {
                Some(record) if r.unfinished.load(Ordering::Relaxed) > 1 => {
                    r.cache.store(&slug, &record);
                    None
                }
                last => last,
            };
            diagnostics.extend(rendered.diagnostics);
            Outcome {
                previous: None,
                record,
                built: Some(Built {
                    cached: false,
                    changed: rendered.changed,
                    unchanged: rendered.unchanged,
                    entry,
                    chars: rendered.chars,
                }),
                slug,
                diagnostics,
            }
        }
        Err(d) => {
            diagnostics.push(d);
            Outcome {
                previous: r.cache.last(&slug, out.root()),
                slug,
                diagnostics,
                built: None,
                record: None,
            }
        }
    }
}

/// The errors `safha check` finds in the files of the languages the project publishes.
fn strict_errors(project: &Project) -> Result<Vec<Diagnostic>, Diagnostic> {
    let checked = crate::check::check(project, &crate::check::Options::default())?;
    let locales = project.display(&project.locales_dir()).to_path_buf();
    let published = |d: &Diagnostic| match d.path.as_deref() {
        Some(path) => match path.strip_prefix(&locales) {
            Ok(rest) => rest
                .components()
                .next()
                .and_then(|c| Lang::parse(&c.as_os_str().to_string_lossy()))
                .is_some_and(|l| project.languages.contains(&l)),
            Err(_) => true,
        },
        None => true,
    };
    Ok(checked
        .diagnostics
        .into_iter()
        .filter(|d| d.is_error() && published(d))
        .collect())
}

/// A bar on stderr while many articles build in a terminal; hidden otherwise.
fn progress_bar(wanted: bool, articles: usize) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !wanted || articles < 20 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(articles as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

fn count(report: &mut Report, w: crate::output::Written) {
    match w {
        crate::output::Written::Changed => report.files_changed += 1,
        crate::output::Written::Unchanged => report.files_unchanged += 1,
    }
}

/// The UI of every published language, each with its fallback chain.
pub fn load_uis(project: &Project) -> (BTreeMap<Lang, Ui>, Vec<Diagnostic>) {
    let (set, diags) = UiSet::load(&project.locales_dir(), &project.root, &project.languages);
    let uis = project
        .languages
        .iter()
        .map(|l| {
            let chain = fallback_chain(l, &project.languages, &project.source);
            (l.clone(), set.ui(l, &chain))
        })
        .collect();
    (uis, diags)
}

/// Reads an article and its translations and localizes it into every published language.
pub fn prepare(
    project: &Project,
    path: &Path,
    options: &Options,
) -> Result<(Prepared, Vec<Diagnostic>), Vec<Diagnostic>> {
    let load::Source {
        article,
        warnings: mut diags,
        ..
    } = load::article(project, path)?;
    let slug = article.slug.clone();
    if RESERVED_SLUGS.contains(&slug.as_str()) {
        return Err(vec![
            Diagnostic::error(
                "slug-reserved",
                format!("an article cannot be called `{slug}`: the site uses that folder"),
            )
            .at_path(project.display(path))
            .with_hint("rename the file (and its locales/*/ files)"),
        ]);
    }
    let translations = load::translations(project, &slug)?;
    for t in translations.values() {
        diags.extend(t.1.iter().cloned());
    }
    let files = translations
        .iter()
        .map(|(l, (t, _))| (l.clone(), t.file.clone()))
        .collect();
    let mut texts = BTreeMap::new();
    texts.insert(
        project.source.clone(),
        LocalizedArticle::source(&article, &project.source),
    );
    for lang in project.targets() {
        let chain_langs = fallback_chain(lang, &project.locale_langs, &project.source);
        let chain: Vec<&Translations> = chain_langs
            .iter()
            .filter_map(|l| translations.get(l).map(|(t, _)| t))
            .collect();
        let mut localized = LocalizedArticle::translate(&article, lang, &chain, &project.source);
        diags.extend(localized.warnings.iter().cloned());
        let file = project
            .display(&project.article_ftl(lang, &slug))
            .to_path_buf();
        if options.stale == StalePolicy::Fallback {
            localized.stale_to_fallback(&article, &project.source);
        }
        // po4a's rule: a language too little translated is not published for this article.
        let complete = localized.complete_percent(&article);
        let min = project.config.min_complete;
        if complete < min {
            // --strict publishes every language of every article or fails.
            let below = if options.strict {
                Diagnostic::error
            } else {
                Diagnostic::warning
            };
            diags.push(
                below(
                    "below-min-complete",
                    format!(
                        "{slug}: the {lang} editions are not built: {:.1} % of the words \
                         are translated, below min_complete = {min} %",
                        // Rounded down: never shown as reaching a threshold it misses.
                        (complete * 10.0).floor() / 10.0
                    ),
                )
                .at_path(&file)
                .with_hint(format!(
                    "translate more of {} (`safha status` lists what is missing), or lower \
                     min_complete in safha.toml",
                    file.display()
                )),
            );
            continue;
        }
        if !localized.stale.is_empty() {
            let n = localized.stale.len();
            diags.push(
                Diagnostic::warning(
                    "translation-stale",
                    format!(
                        "{slug}: {n} translation{} into {lang} {} made from English that has \
                         since changed{}: {}",
                        if n == 1 { "" } else { "s" },
                        if n == 1 { "was" } else { "were" },
                        match options.stale {
                            StalePolicy::Use => "; published anyway",
                            StalePolicy::Fallback => "; the English is shown instead",
                        },
                        localized.stale.join(", ")
                    ),
                )
                .at_path(&file)
                .with_hint(
                    "`safha status` shows what changed; update the translation, then run \
                     `safha check --accept`",
                ),
            );
        }
        if !localized.missing.is_empty() {
            let n = localized.missing.len();
            let d = if options.strict {
                Diagnostic::error("translation-missing", "")
            } else {
                Diagnostic::warning("translation-missing", "")
            };
            let mut d = d.at_path(&file).with_hint(format!(
                "translate them in {}; until then the {} text is shown",
                file.display(),
                project.source
            ));
            d.message = format!(
                "{slug}: {n} segment{} not translated into {lang}: {}",
                if n == 1 { " is" } else { "s are" },
                localized.missing.join(", ")
            );
            diags.push(d);
        }
        texts.insert(lang.clone(), localized);
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    Ok((
        Prepared {
            article,
            texts,
            files,
        },
        diags,
    ))
}

/// A file to write: path under the output folder, bytes.
/// An output written to the staging folder, by its path under the output folder.
type OutFile = (PathBuf, Staged);

/// Renders every edition of one article in memory, then writes them; returns
/// (changed, unchanged) file counts.
/// What rendering one article wrote.
struct Rendered {
    changed: usize,
    unchanged: usize,
    chars: BTreeSet<char>,
    /// Files under the output folder, with their sizes.
    outputs: Vec<cache::Made>,
    /// Images copied from the project.
    media: Vec<PathBuf>,
    /// PDF editions that could not be made (the others were).
    diagnostics: Vec<Diagnostic>,
}

/// The article's web pages, with the characters they show (for the site's web fonts).
fn html_editions(
    r: &Renderers<'_>,
    prepared: &Prepared,
    specs: &[Spec],
    pdfs: &BTreeSet<String>,
    media: &Media,
    out: &Output,
) -> Result<(Vec<OutFile>, BTreeSet<char>), Diagnostic> {
    let project = r.project;
    let article = &prepared.article;
    let mut files = Vec::new();
    let mut chars = BTreeSet::new();
    if !r.formats.html {
        return Ok((files, chars));
    }
    for spec in specs {
        let Some(edition) = edition_of(spec, &prepared.texts) else {
            continue;
        };
        let input = PageInput {
            article,
            spec,
            edition,
            specs,
            uis: r.uis,
            media,
            site: r.site,
            pdf: pdfs.contains(&spec.stem),
            inline_css: None,
        };
        let mut html = r.theme.edition(&input)?;
        let mut page_chars = BTreeSet::new();
        webfonts::page_chars(&html, &mut page_chars);
        if r.self_contained {
            // For e-mail: the stylesheet and fonts subset to this page, inside it.
            let faces = webfonts::faces_for_page(&html);
            let web = webfonts::subset_faces(&project.root, &faces, &page_chars)?;
            let css = r
                .theme
                .stylesheet(&web, FontUrls::Inline, &r.project.languages)?;
            html = r.theme.edition(&PageInput {
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

/// The article's PDF editions, laid out on all cores.
fn pdf_editions(
    r: &Renderers<'_>,
    prepared: &Prepared,
    pdfs: &BTreeSet<String>,
    out: &Output,
) -> (Vec<OutFile>, Vec<Diagnostic>) {
    let project = r.project;
    let article = &prepared.article;
    let (true, Some(fonts)) = (r.formats.pdf, r.fonts) else {
        return (Vec::new(), Vec::new());
    };
    let book = match fonts.get() {
        Ok(book) => book,
        Err(d) => return (Vec::new(), vec![d]),
    };
    // The PDF editions are independent: lay them out on all cores.
    let paragraphs = pdf::Paragraphs::default();
    let shapes = std::sync::Arc::new(SharedShapes::default());
    let pdfs: Vec<Result<Option<OutFile>, Diagnostic>> = r
        .specs
        .par_iter()
        .filter(|spec| pdfs.contains(&spec.stem) && edition_of(spec, &prepared.texts).is_some())
        .map_init(
            || ShapeCache::sharing(&shapes),
            |cache, spec| {
                let Some(edition) = edition_of(spec, &prepared.texts) else {
                    return Ok(None);
                };
                let _running = Running::start(r, out);
                let ui = r.uis.get(&spec.lang).ok_or_else(|| {
                    Diagnostic::error("ui", format!("no UI strings for {}", spec.lang))
                })?;
                let input = pdf::Input {
                    article,
                    edition,
                    ui,
                    book,
                    config: &project.config.pdf,
                    date: pdf_date(article),
                    paragraphs: &paragraphs,
                };
                let bytes = pdf::render(&input, cache).map_err(|e| match e {
                    pdf::Error::Missing(m) => {
                        missing_glyph(project, prepared, &m, &[format!("{}.pdf", spec.stem)])
                    }
                    pdf::Error::Other(d) => d,
                })?;
                let rel = Path::new(&article.slug).join(format!("{}.pdf", spec.stem));
                let staged = out.stage(&rel, &bytes)?;
                Ok(Some((rel, staged)))
            },
        )
        .collect();
    // The last article's shared paragraphs are freed by a job of the pool while its files
    // are committed, not before (0.6 ms of a one-article build, 80 interleaved runs). Any
    // other article frees them at once: its core goes on to the next article, and jobs
    // queued behind that would hold every article's paragraphs until the end.
    if r.unfinished.load(Ordering::Relaxed) == 1 {
        rayon::spawn(move || drop((paragraphs, shapes)));
    }
    let (mut files, mut diagnostics) = (Vec::new(), Vec::new());
    for made in pdfs {
        match made {
            Ok(Some(file)) => files.push(file),
            Ok(None) => {}
            Err(d) => diagnostics.push(d),
        }
    }
    (files, diagnostics)
}

/// The PDF editions the article can have: those whose text every character of can be
/// drawn. An edition showing a character no face has is withheld with a located error;
/// its web page and the others are still made.
fn pdf_plan(
    r: &Renderers<'_>,
    prepared: &Prepared,
) -> Result<(BTreeSet<String>, Vec<Diagnostic>), Diagnostic> {
    let (true, Some(fonts)) = (r.formats.pdf, r.fonts) else {
        return Ok((BTreeSet::new(), Vec::new()));
    };
    let book = fonts.get()?;
    let specs = prepared.specs(r.specs);
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
            diagnostics.push(missing_glyph(r.project, prepared, m, &withheld));
        }
    }
    let stems = specs
        .iter()
        .filter(|s| !missing.keys().any(|lang| shows(s, lang)))
        .map(|s| s.stem.clone())
        .collect();
    Ok((stems, diagnostics))
}

fn render_article(
    r: &Renderers<'_>,
    prepared: &Prepared,
    out: &Output,
    place: usize,
    entry: &IndexEntry,
    pdfs: &BTreeSet<String>,
) -> Result<Rendered, Diagnostic> {
    let project = r.project;
    let article = &prepared.article;
    let (mut media, copies) = media(project, article)?;
    if r.self_contained && r.formats.html {
        inline_media(project, &mut media, &copies)?;
    }
    let specs = prepared.specs(r.specs);
    // Announced before any page is made: the early site must not be made ahead of them.
    if let (Some(early), true, Some(_)) = (r.early, r.formats.pdf, r.fonts) {
        early.expect(specs.iter().filter(|s| pdfs.contains(&s.stem)).count());
    }
    let mut files: Vec<OutFile> = Vec::new();
    // The web pages take a core while the PDF editions are laid out on the others. Each
    // edition is staged as soon as it is made; they replace the old ones together below.
    // Once its pages are made, the article reports to the site's files, which the last
    // article to report makes while the PDF editions are still being laid out.
    let (html, pdfs) = rayon::join(
        || {
            let html = html_editions(r, prepared, &specs, pdfs, &media, out);
            if let Ok((_, chars)) = &html {
                r.report(out, place, Some((entry.clone(), chars.clone())));
            }
            html
        },
        || pdf_editions(r, prepared, pdfs, out),
    );
    let (html, chars) = html?;
    let (pdfs, diagnostics) = pdfs;
    files.extend(html);
    files.extend(pdfs);
    if r.formats.html && !r.self_contained {
        for (from, to) in &copies {
            let bytes = std::fs::read(from)
                .map_err(|e| io_error("media-read", "read", project.display(from), &e))?;
            let rel = Path::new(&article.slug).join(to);
            let staged = out.stage(&rel, &bytes)?;
            files.push((rel, staged));
        }
    }
    let made: Vec<(PathBuf, u64, String)> = files
        .iter()
        .map(|(rel, s)| (rel.clone(), s.size(), s.hash().to_string()))
        .collect();
    let written = out.commit(files.into_iter().map(|(_, s)| s).collect())?;
    let outputs = made
        .into_iter()
        .map(|(rel, len, hash)| cache::Made::after_commit(out.root(), rel, len, hash))
        .collect();
    let changed = written
        .iter()
        .filter(|w| **w == crate::output::Written::Changed)
        .count();
    let unchanged = written.len() - changed;
    Ok(Rendered {
        changed,
        unchanged,
        chars,
        outputs,
        media: copies.into_iter().map(|(from, _)| from).collect(),
        diagnostics,
    })
}

/// Points every copied image at a `data:` URL of its bytes (self-contained pages).
fn inline_media(
    project: &Project,
    media: &mut Media,
    copies: &[(PathBuf, PathBuf)],
) -> Result<(), Diagnostic> {
    use base64::Engine;
    for (from, to) in copies {
        let bytes = std::fs::read(from)
            .map_err(|e| io_error("media-read", "read", project.display(from), &e))?;
        let mime = match from
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .as_deref()
        {
            Some("png") => "image/png",
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("gif") => "image/gif",
            Some("webp") => "image/webp",
            Some("svg") => "image/svg+xml",
            Some("avif") => "image/avif",
            _ => "application/octet-stream",
        };
        let url = format!(
            "data:{mime};base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        );
        let rel = to.to_string_lossy().into_owned();
        for href in media.values_mut() {
            if *href == rel {
                *href = url.clone();
            }
        }
    }
    Ok(())
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

/// The texts an edition shows.
pub fn edition_of<'a>(
    spec: &Spec,
    texts: &'a BTreeMap<Lang, LocalizedArticle>,
) -> Option<Edition<'a>> {
    match &spec.kind {
        edition::Kind::Single => texts.get(&spec.lang).map(Edition::Single),
        edition::Kind::Parallel { source } => Some(Edition::Parallel {
            left: texts.get(source)?,
            right: texts.get(&spec.lang)?,
        }),
    }
}

/// Image sources of an article: web URLs are kept, files next to the article are copied
/// into `<slug>/media/`; anything else (other schemes, paths leaving the project, missing
/// files) is an error.
fn media(
    project: &Project,
    article: &Article,
) -> Result<(Media, Vec<(PathBuf, PathBuf)>), Diagnostic> {
    let mut map = Media::new();
    let mut copies = Vec::new();
    let mut stack: Vec<&Block> = article.blocks.iter().collect();
    let root = project
        .root
        .canonicalize()
        .unwrap_or_else(|_| project.root.clone());
    while let Some(block) = stack.pop() {
        match block {
            Block::Figure { src, offset, .. } => {
                let located = |msg: String, hint: &str| {
                    let end = article.source.text[*offset..]
                        .find('\n')
                        .map_or(article.source.text.len(), |i| offset + i);
                    Diagnostic::error("image-source", msg)
                        .at(&article.source, *offset..end)
                        .with_hint(hint.to_string())
                };
                let lower = src.to_ascii_lowercase();
                if lower.starts_with("https://") || lower.starts_with("http://") {
                    map.insert(src.clone(), src.clone());
                    continue;
                }
                if lower.contains(':') || src.starts_with('/') || src.is_empty() {
                    return Err(located(
                        format!("image source `{src}` is not allowed"),
                        "use a path relative to content/, or an http(s) URL",
                    ));
                }
                let file = project.content_dir().join(src);
                // Outside the project is refused whether or not the file exists.
                let lexical = lexical(&file);
                if !lexical.starts_with(&project.root) && !lexical.starts_with(&root) {
                    return Err(located(
                        format!("image `{src}` is outside the project"),
                        "keep images inside the project folder",
                    ));
                }
                let extension = Path::new(src)
                    .extension()
                    .map(|e| e.to_string_lossy().to_ascii_lowercase());
                if !matches!(
                    extension.as_deref(),
                    Some("png" | "jpg" | "jpeg" | "gif" | "webp" | "avif" | "svg")
                ) {
                    return Err(located(
                        format!("`{src}` is not an image safha publishes"),
                        "images are PNG, JPEG, GIF, WebP, AVIF or SVG files",
                    ));
                }
                let real = file.canonicalize().map_err(|_| {
                    located(
                        format!("image `{src}` does not exist"),
                        "image paths are relative to the content/ folder",
                    )
                })?;
                if !real.starts_with(&root) {
                    return Err(located(
                        format!("image `{src}` is outside the project"),
                        "keep images inside the project folder",
                    ));
                }
                if let Some(d) =
                    crate::input::refuse(&root, &real, Path::new(src), crate::input::MAX_IMAGE)
                {
                    return Err(located(d.message, d.hint.as_deref().unwrap_or_default()));
                }
                if extension.as_deref() == Some("svg")
                    && let Some(why) = crate::svg::unsafe_content(&real)
                {
                    return Err(located(
                        format!("the SVG image `{src}` {why}"),
                        "safha publishes no script: remove it from the drawing, or export a PNG",
                    ));
                }
                // Named by its path in the project (content/ left out), so two images of
                // one name in different folders stay two.
                let within = real.strip_prefix(&root).unwrap_or(&real);
                let within = within.strip_prefix("content").unwrap_or(within);
                let to = Path::new("media").join(within);
                let href = to
                    .components()
                    .map(|c| percent_encode(&c.as_os_str().to_string_lossy()))
                    .collect::<Vec<_>>()
                    .join("/");
                map.insert(src.clone(), href);
                copies.push((real, to));
            }
            Block::Quote { blocks } => stack.extend(blocks),
            Block::List { items, .. } => {
                for item in items {
                    stack.extend(&item.blocks);
                }
            }
            _ => {}
        }
    }
    copies.sort();
    copies.dedup();
    Ok((map, copies))
}

/// A path segment as a URL holds it: everything but unreserved characters as `%XX`.
fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `path` with `.` and `..` resolved by name, without asking the file system (the path
/// need not exist).
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

fn index_entry(prepared: &Prepared, r: &Renderers<'_>, pdfs: &BTreeSet<String>) -> IndexEntry {
    use crate::article::plain::plain_text;
    let (uis, project) = (r.uis, r.project);
    let slug = &prepared.article.slug;
    let specs = &prepared.specs(r.specs);
    let mut titles = Vec::new();
    let mut summaries = Vec::new();
    for (lang, text) in &prepared.texts {
        // A language whose title is itself a fallback adds nothing to the index.
        if *lang != project.source && text.segments[0].lang == project.source {
            continue;
        }
        let entry = |i: usize| IndexText {
            text: plain_text(&text.segments[i].text),
            lang: lang.tag(),
            dir: lang.dir().as_str().to_string(),
            href: format!("{slug}/{}.html", lang.tag()),
        };
        titles.push(entry(0));
        if prepared.article.front.summary.is_some() {
            summaries.push(entry(1));
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
                (edition::Kind::Parallel { source }, Some(ui)) => (
                    ui.get_with(
                        "edition-parallel",
                        &[
                            ("source", ui.language_name(source).into()),
                            ("target", ui.language_name(&s.lang).into()),
                        ],
                    ),
                    project.source.clone(),
                ),
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

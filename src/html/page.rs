//! Whole pages from the theme's templates (minijinja): edition pages, the index, the
//! stylesheet, the Atom feeds and the sitemap.
//!
//! minijinja rather than askama because a theme is data, not code: users override any
//! template by dropping a file of the same name under `templates/`, which askama's
//! compile-time templates cannot do without rebuilding safha.
//!
//! The templates only arrange page furniture; everything that came from an author or a
//! translator arrives already rendered and sanitized (`body`), and every other value is
//! auto-escaped by minijinja.

use std::collections::BTreeMap;
use std::path::Path;

use minijinja::{Environment, Value};
use serde::Serialize;

use super::body::{self, Media};
use super::webfonts::WebFont;
use crate::article::plain::shown_text;
use crate::article::{Article, SUMMARY, TITLE};
use crate::diag::{Diagnostic, SourceFile};
use crate::edition::{Edition, Kind, Spec};
use crate::l10n::{Lang, Status, ui::Ui};
use safha_text::faces;

/// The built-in theme. A project's `templates/<name>` replaces the file of that name.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("edition.html", include_str!("templates/edition.html")),
    ("index.html", include_str!("templates/index.html")),
    ("style.css", include_str!("templates/style.css")),
    ("feed.xml", include_str!("templates/feed.xml")),
    ("sitemap.xml", include_str!("templates/sitemap.xml")),
];

pub use crate::project::TEMPLATES_DIR;
pub use crate::site::entry::{IndexEdition, IndexEntry, IndexText};

/// Reading speed for the reading-time label, in words per minute.
const WORDS_PER_MINUTE: usize = 200;

/// The set of templates pages are rendered with.
pub struct Theme {
    env: Environment<'static>,
    /// The project's template files that replaced built-in ones (name, bytes), in name
    /// order: what a build cache must also key on.
    pub overrides: Vec<(String, Vec<u8>)>,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::builtin()
    }
}

impl Theme {
    pub fn builtin() -> Theme {
        let mut env = Environment::new();
        // Built-in templates are tested; a failure here is a bug in safha, not user input.
        for (name, source) in TEMPLATES {
            if let Err(e) = env.add_template(name, source) {
                panic!("built-in template {name} is invalid: {e}");
            }
        }
        env.add_filter("bdi", |s: String| {
            Value::from_safe_string(super::escape::escape_with_bdi(&s))
        });
        env.add_filter("isolate", |s: String, dir: String| {
            Value::from_safe_string(super::escape::escape_text(&s, &dir))
        });
        // minijinja's own HTML escaping also escapes `/`, which turns every URL into
        // `..&#x2f;style.css`; escape only what HTML and XML need.
        env.set_formatter(|out, state, value| {
            if *state.auto_escape() == minijinja::AutoEscape::Html
                && !value.is_safe()
                && let Some(s) = value.as_str()
            {
                return out.write_str(&super::escape::escape(s)).map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                });
            }
            minijinja::escape_formatter(out, state, value)
        });
        Theme {
            env,
            overrides: Vec::new(),
        }
    }

    /// The built-in theme with the project's `templates/` files laid over it. A template
    /// that does not parse is an error at its line.
    pub fn load(project_root: &Path) -> Result<Theme, Diagnostic> {
        let mut theme = Theme::builtin();
        let dir = project_root.join(TEMPLATES_DIR);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(theme);
        };
        // Anything but a folder is read (and a link out of the project or a special file
        // refused with a reason).
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
            .map(|e| e.path())
            .collect();
        files.sort();
        for path in files {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let shown = Path::new(TEMPLATES_DIR).join(&name);
            let bytes = crate::input::read(project_root, &path, &shown, crate::input::MAX_TEXT)?;
            let source = String::from_utf8(bytes.clone()).map_err(|_| {
                Diagnostic::error(
                    "template-encoding",
                    format!("{} is not UTF-8", shown.display()),
                )
                .at_path(&shown)
                .with_hint("save it as UTF-8")
            })?;
            if let Err(e) = theme.env.add_template_owned(name.clone(), source.clone()) {
                return Err(template_error(&shown, &source, &e));
            }
            theme.overrides.push((name, bytes));
        }
        Ok(theme)
    }

    pub(super) fn render(&self, name: &str, ctx: Value) -> Result<String, Diagnostic> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| {
                let shown = Path::new(TEMPLATES_DIR).join(e.name().unwrap_or(name));
                match self
                    .overrides
                    .iter()
                    .find(|(n, _)| Some(n.as_str()) == e.name())
                {
                    Some((_, bytes)) => template_error(&shown, &String::from_utf8_lossy(bytes), &e),
                    None => Diagnostic::error("template", format!("template {name} failed: {e}"))
                        .with_hint("check the template's syntax and the variables it uses"),
                }
            })
    }

    /// The stylesheet: line heights read from the fonts, `@font-face` rules for the web
    /// fonts (`url_prefix` before each file name, or the fonts inlined as data URLs).
    pub fn stylesheet(
        &self,
        fonts: &[WebFont],
        url_prefix: FontUrls<'_>,
        languages: &[Lang],
        uis: &std::collections::BTreeMap<Lang, crate::l10n::ui::Ui>,
    ) -> Result<String, Diagnostic> {
        // Right-to-left languages are set in Nastaliq (the bundled fonts cover only the
        // Arabic script among them), as the PDF editions set them.
        let rtl: Vec<String> = languages
            .iter()
            .filter(|l| l.dir() == crate::l10n::Dir::Rtl)
            .map(|l| format!(":lang({})", l.tag()))
            .collect();
        let nastaliq = match rtl.len() {
            0 => ":lang(ur)".to_string(),
            1 => rtl[0].clone(),
            _ => format!(":is({})", rtl.join(", ")),
        };
        let counters = super::counters::list_counters(languages, uis);
        let leading = |face: faces::Face, floor: f32| {
            let lh = faces::extents(face.bundled()).map_or(floor, |e| e.line_height());
            format!("{:.2}", lh.max(floor))
        };
        #[derive(Serialize)]
        struct FaceCss {
            family: &'static str,
            url: String,
            weight: u16,
            style: &'static str,
            range: String,
        }
        let faces: Vec<FaceCss> = fonts
            .iter()
            .map(|f| FaceCss {
                family: f.face.family,
                url: match url_prefix {
                    FontUrls::Files(prefix) => format!("{prefix}{}", f.file),
                    FontUrls::Inline => {
                        use base64::Engine;
                        format!(
                            "data:font/woff2;base64,{}",
                            base64::engine::general_purpose::STANDARD.encode(f.bytes.as_slice())
                        )
                    }
                },
                weight: f.face.weight,
                style: if f.face.italic { "italic" } else { "normal" },
                range: f.range.clone(),
            })
            .collect();
        self.render(
            "style.css",
            minijinja::context! {
                faces => Value::from(minijinja::value::Serde(&faces)),
                // Latin text reads best a little looser than its font's extents.
                latin_leading => leading(faces::SERIF, 1.6),
                nastaliq_leading => leading(faces::NASTALIQ, 2.0),
                nastaliq => nastaliq,
                counters => counters,
            },
        )
    }

    /// One edition page.
    pub fn edition(&self, input: &PageInput<'_>) -> Result<String, Diagnostic> {
        let page = input.edition.page();
        let lang = &page.lang;
        let ui = input.ui(lang);
        let site = input.site;
        let slug = &input.article.slug;
        let title = match input.edition {
            Edition::Single(text) => shown_text(&text.segments[TITLE].text),
            Edition::Parallel { left, right } => format!(
                "{} | {}",
                shown_text(&right.segments[TITLE].text),
                shown_text(&left.segments[TITLE].text)
            ),
        };
        let description = input
            .article
            .front
            .summary
            .as_ref()
            .map(|_| shown_text(&page.segments[SUMMARY].text));
        let meta = |text: &crate::l10n::LocalizedArticle, ui: &Ui| {
            let minutes = text.word_count().div_ceil(WORDS_PER_MINUTE).max(1);
            let mut meta = crate::l10n::byline::parts(&input.article.front, ui, !text.is_source());
            // In the page's digits, as its date is; without Fluent's isolation around the
            // number, which would make Urdu digits a left-to-right island of their own.
            let reading: String = ui
                .get_with("reading-time", &[("minutes", minutes.into())])
                .chars()
                .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                .collect();
            meta.push(crate::article::verbatim::with_digits(
                &reading,
                &crate::l10n::byline::digits(ui),
            ));
            // Each part kept whole where the line has room (an inline block): a narrow
            // screen breaks the byline between its parts, not inside a name.
            let parts: Vec<String> = (meta.iter())
                .map(|p| format!("<span>{}</span>", super::escape::escape_labelled(p)))
                .collect();
            parts.join(" · ")
        };
        let meta_html = match input.edition {
            Edition::Single(text) => format!("<p class=\"meta\">{}</p>\n", meta(text, &ui)),
            // Each column's byline in its own language, side by side as the title's are.
            Edition::Parallel { left, right } => {
                let side = |text: &crate::l10n::LocalizedArticle| {
                    format!(
                        "<p class=\"meta\" lang=\"{}\" dir=\"{}\">{}</p>\n",
                        text.lang.tag(),
                        text.dir().as_str(),
                        meta(text, &input.ui(&text.lang))
                    )
                };
                format!(
                    "<div class=\"pair\" dir=\"ltr\">\n{}{}</div>\n",
                    side(left),
                    side(right)
                )
            }
        };
        let around = body::Around {
            media: input.media,
            meta: &meta_html,
            uis: input.uis,
        };
        let body = match input.edition {
            Edition::Single(text) => body::single(input.article, text, &around),
            Edition::Parallel { left, right } => {
                super::parallel::parallel(input.article, left, right, &around)
            }
        };
        let notice = page
            .segments
            .iter()
            .any(|s| s.status == Status::Fallback)
            .then(|| ui.get("translation-missing"));
        let switcher: Vec<Link> = input
            .specs
            .iter()
            .map(|s| Link {
                label: input.label(s, &ui),
                href: format!("{}.html", s.stem),
                lang: link_lang(s, &ui).tag(),
                dir: link_lang(s, &ui).dir().as_str(),
                hreflang: s.lang.tag(),
                current: s.stem == input.spec.stem,
            })
            .collect();
        // Siblings in other languages, for search engines: absolute when the site's
        // address is known.
        let alternates: Vec<Link> = input
            .specs
            .iter()
            .filter(|s| !s.is_parallel())
            .map(|s| Link {
                label: String::new(),
                href: site.url(&format!("{slug}/{}.html", s.stem), "../"),
                lang: s.lang.tag(),
                dir: s.lang.dir().as_str(),
                hreflang: s.lang.tag(),
                current: s.stem == input.spec.stem,
            })
            .collect();
        let own = format!("{slug}/{}.html", input.spec.stem);
        let og_locale = |l: &Lang| match l.0.region {
            Some(r) => format!("{}_{}", l.0.language, r),
            None => l.0.language.as_str().to_string(),
        };
        let og = minijinja::context! {
            title => title.clone(),
            description => description.clone(),
            url => site.absolute(&own),
            locale => og_locale(lang),
            locale_alternates => input.specs.iter().filter(|s| !s.is_parallel() && s.lang != *lang).map(|s| og_locale(&s.lang)).collect::<Vec<_>>(),
            site_name => site.name.clone(),
            published => input.article.front.date.clone(),
            author => input.article.front.author.clone(),
        };
        let ctx = minijinja::context! {
                lang => lang.tag(),
                dir => lang.dir().as_str(),
                title => title,
                description => description,
                root => "../",
                body_class => if input.spec.is_parallel() { "parallel" } else { "single" },
                canonical => site.absolute(&own),
                og => og,
                alternates => Value::from(minijinja::value::Serde(&alternates)),
                x_default => site.url(&format!("{slug}/{}.html", input.source_stem()), "../"),
                feed => site.feed_link(lang, "../"),
                switcher => Value::from(minijinja::value::Serde(&switcher)),
                pdf => input.pdf.then(|| format!("{}.pdf", input.spec.stem)),
                notice => notice,
                inline_css => input.inline_css.map(|c| Value::from_safe_string(c.to_string())),
                live_reload => site.live_reload.then_some(LIVE_RELOAD),
                labels => labels(&ui),
        };
        self.render_around(ctx, body)
    }

    /// `edition.html` with `body` in it. The theme's own templates show the body once, as
    /// it is: the page is rendered around a placeholder and the body put in its place.
    /// Given to the template whole, a long article's body was copied into the template's
    /// value and again, growing, into its output (a 50 MB article's page held three times
    /// its size). A project's own templates may look into the body, so they are given it.
    fn render_around(&self, ctx: Value, body: String) -> Result<String, Diagnostic> {
        // Noncharacters: text reaching a page has them removed (`check::characters`).
        const PLACEHOLDER: &str = "\u{FDD0}safha-body\u{FDD1}";
        if !self.overrides.is_empty() {
            return self.render(
                "edition.html",
                minijinja::context! { body => Value::from_safe_string(body), ..ctx },
            );
        }
        let around = self.render(
            "edition.html",
            minijinja::context! { body => Value::from_safe_string(PLACEHOLDER.to_string()), ..ctx.clone() },
        )?;
        let mut at = around.match_indices(PLACEHOLDER).map(|(i, _)| i);
        let (Some(i), None) = (at.next(), at.next()) else {
            return self.render(
                "edition.html",
                minijinja::context! { body => Value::from_safe_string(body), ..ctx },
            );
        };
        // Around the body in place, which was made with room to spare: no second copy.
        let mut html = body;
        html.reserve(around.len() - PLACEHOLDER.len());
        html.insert_str(0, &around[..i]);
        html.push_str(&around[i + PLACEHOLDER.len()..]);
        Ok(html)
    }
}

/// Where the stylesheet's fonts are.
#[derive(Clone, Copy, Debug)]
pub enum FontUrls<'a> {
    /// Files, at this prefix relative to the stylesheet.
    Files(&'a str),
    /// Inlined as data URLs (self-contained pages).
    Inline,
}

/// The script `safha serve` adds to pages: reload on change, show build errors.
pub(super) const LIVE_RELOAD: &str = include_str!("templates/live-reload.js");

/// A build error as `file:line:col`-carrying text in a minijinja template.
fn template_error(shown: &Path, source: &str, e: &minijinja::Error) -> Diagnostic {
    let src = SourceFile::new(shown, source);
    let d = Diagnostic::error("template", format!("template error: {}", e.kind()))
        .with_label(e.detail().unwrap_or("here").to_string())
        .with_hint("fix the template, or delete it to use the built-in one");
    match (e.range(), e.line()) {
        (Some(r), _) => d.at(&src, r),
        (None, Some(line)) => {
            let at = crate::diag::offset_of(source, line, 1);
            d.at(&src, at..at)
        }
        _ => d.at_path(shown),
    }
}

/// What every page of the site shares: its address, name, feeds.
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// `https://example.org/articles/`, with the trailing slash.
    pub base_url: Option<String>,
    pub name: Option<String>,
    /// Languages with a feed, and the feed's path.
    pub feeds: Vec<(Lang, String)>,
    /// `safha serve`: pages carry the live-reload script.
    pub live_reload: bool,
}

impl Site {
    /// `rel` (a path from the site root) as an absolute URL, if the site's address is known.
    pub fn absolute(&self, rel: &str) -> Option<String> {
        self.base_url.as_ref().map(|b| format!("{b}{rel}"))
    }

    /// `rel` as absolute when possible, else relative to a page at `up` from the root.
    pub fn url(&self, rel: &str, up: &str) -> String {
        self.absolute(rel).unwrap_or_else(|| format!("{up}{rel}"))
    }

    /// A stable Atom id for `rel`: its URL, or a tag URI when the site has no address.
    pub(super) fn id(&self, rel: &str) -> String {
        self.absolute(rel)
            .unwrap_or_else(|| format!("tag:safha,2024:{rel}"))
    }

    /// Where the feed of `lang` is, from the site's root.
    pub fn feed_path(lang: &Lang) -> String {
        format!("feeds/{}.xml", lang.tag())
    }

    pub(super) fn feed_link(&self, lang: &Lang, up: &str) -> Option<Value> {
        self.feeds.iter().any(|(l, _)| l == lang).then(|| {
            minijinja::context! {
                href => self.url(&Site::feed_path(lang), up),
                local => format!("{up}{}", Site::feed_path(lang)),
                lang => lang.tag(),
            }
        })
    }
}

#[derive(Serialize)]
pub(super) struct Link {
    label: String,
    href: String,
    lang: String,
    dir: &'static str,
    /// The language of the page linked to.
    hreflang: String,
    current: bool,
}

/// The language a switcher link is labelled in: a single edition's own language (its
/// autonym), a parallel edition's page language.
fn link_lang<'a>(spec: &'a Spec, ui: &'a Ui) -> &'a Lang {
    match spec.kind {
        Kind::Single => &spec.lang,
        Kind::Parallel { .. } => &ui.lang,
    }
}

pub(super) fn labels(ui: &Ui) -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("skip", ui.get("skip-to-content")),
        ("choose_language", ui.get("choose-language")),
        ("made_with", ui.get("made-with")),
        ("articles", ui.get("articles")),
        ("editions", ui.get("editions")),
        ("pdf", ui.get("edition-pdf")),
        ("feed", ui.get("feed")),
    ])
}

/// What an edition page needs besides the templates.
pub struct PageInput<'a> {
    pub article: &'a Article,
    pub spec: &'a Spec,
    pub edition: Edition<'a>,
    /// Every edition of this article, for the switcher and `hreflang` links.
    pub specs: &'a [Spec],
    /// The UI of every published language.
    pub uis: &'a BTreeMap<Lang, Ui>,
    pub media: &'a Media,
    pub site: &'a Site,
    /// Whether the PDF editions are built (the page links to its own).
    pub pdf: bool,
    /// A self-contained page's stylesheet, fonts included.
    pub inline_css: Option<&'a str>,
}

impl PageInput<'_> {
    fn ui(&self, lang: &Lang) -> Ui {
        match self.uis.get(lang) {
            Some(ui) => ui.clone(),
            None => self
                .uis
                .values()
                .next()
                .cloned()
                .unwrap_or_else(|| panic!("no UI loaded for {lang}")),
        }
    }

    /// The source-language edition's file stem (`x-default`).
    fn source_stem(&self) -> &str {
        self.specs
            .iter()
            .find(|s| !s.is_parallel())
            .map_or("index", |s| s.stem.as_str())
    }

    /// A switcher label: a language's own name, or "English and Urdu, side by side".
    fn label(&self, spec: &Spec, page_ui: &Ui) -> String {
        match &spec.kind {
            Kind::Single => self.ui(&spec.lang).own_name(&spec.lang),
            Kind::Parallel { source } => page_ui.parallel_label(source, &spec.lang),
        }
    }
}

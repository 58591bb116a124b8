//! Whole pages from the theme's templates (minijinja): edition pages, the index, the
//! stylesheet.
//!
//! The templates only arrange page furniture; everything that came from an author or a
//! translator arrives already rendered and sanitized (`body`), and every other value is
//! auto-escaped by minijinja.

use std::collections::BTreeMap;

use minijinja::{Environment, Value};
use serde::Serialize;

use super::body::{self, Media};
use crate::article::Article;
use crate::article::plain::plain_text;
use crate::diag::Diagnostic;
use crate::edition::{Edition, Kind, Spec};
use crate::fonts::{self, Face};
use crate::l10n::{Lang, Status, ui::Ui};

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("edition.html", include_str!("templates/edition.html")),
    ("index.html", include_str!("templates/index.html")),
    ("style.css", include_str!("templates/style.css")),
];

/// Reading speed for the reading-time label, in words per minute.
const WORDS_PER_MINUTE: usize = 200;

/// The set of templates pages are rendered with.
pub struct Theme {
    env: Environment<'static>,
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
            Value::from_safe_string(super::escape_with_bdi(&s))
        });
        // minijinja's own HTML escaping also escapes `/`, which turns every URL into
        // `..&#x2f;style.css`; escape only what HTML needs.
        env.set_formatter(|out, state, value| {
            if *state.auto_escape() == minijinja::AutoEscape::Html
                && !value.is_safe()
                && let Some(s) = value.as_str()
            {
                return out.write_str(&super::escape(s)).map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                });
            }
            minijinja::escape_formatter(out, state, value)
        });
        Theme { env }
    }

    fn render(&self, name: &str, ctx: Value) -> Result<String, Diagnostic> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| {
                Diagnostic::error("template", format!("template {name} failed: {e}"))
                    .with_hint("check the template's syntax and the variables it uses")
            })
    }

    /// The stylesheet, with line heights read from the fonts.
    pub fn stylesheet(&self, faces: &[Face], font_dir: &str) -> Result<String, Diagnostic> {
        let leading = |face: Face, floor: f32| {
            let lh = fonts::extents(face.bundled()).map_or(floor, |e| e.line_height());
            format!("{:.2}", lh.max(floor))
        };
        #[derive(Serialize)]
        struct FaceCss {
            family: &'static str,
            url: String,
            format: &'static str,
            weight: u16,
            style: &'static str,
        }
        let faces: Vec<FaceCss> = faces
            .iter()
            .map(|f| FaceCss {
                family: f.family,
                url: format!("{font_dir}/{}", f.file),
                format: "truetype",
                weight: f.weight,
                style: if f.italic { "italic" } else { "normal" },
            })
            .collect();
        self.render(
            "style.css",
            minijinja::context! {
                faces => Value::from(minijinja::value::Serde(&faces)),
                // Latin text reads best a little looser than its font's extents.
                latin_leading => leading(fonts::SERIF, 1.6),
                nastaliq_leading => leading(fonts::NASTALIQ, 2.0),
            },
        )
    }

    /// One edition page.
    pub fn edition(&self, input: &PageInput<'_>) -> Result<String, Diagnostic> {
        let page = input.edition.page();
        let lang = &page.lang;
        let ui = input.ui(lang);
        let title = match input.edition {
            Edition::Single(text) => plain_text(&text.segments[0].text),
            Edition::Parallel { left, right } => format!(
                "{} | {}",
                plain_text(&right.segments[0].text),
                plain_text(&left.segments[0].text)
            ),
        };
        let description = input
            .article
            .front
            .summary
            .as_ref()
            .map(|_| plain_text(&page.segments[1].text));
        let minutes = page.word_count().div_ceil(WORDS_PER_MINUTE).max(1);
        let mut meta = Vec::new();
        if let Some(author) = &input.article.front.author {
            meta.push(ui.get_with("byline", &[("author", author.clone().into())]));
        }
        if let Some(date) = &input.article.front.date {
            meta.push(ui.get_with("published", &[("date", date.clone().into())]));
        }
        meta.push(ui.get_with("reading-time", &[("minutes", minutes.into())]));
        let meta_html = format!(
            "<p class=\"meta\">{}</p>\n",
            super::escape_with_bdi(&meta.join(" · "))
        );
        let body = match input.edition {
            Edition::Single(text) => body::single(input.article, text, input.media, &meta_html),
            Edition::Parallel { left, right } => {
                body::parallel(input.article, left, right, input.media, &meta_html)
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
                current: s.stem == input.spec.stem,
            })
            .collect();
        let alternates: Vec<Link> = input
            .specs
            .iter()
            .filter(|s| !s.is_parallel() && s.stem != input.spec.stem)
            .map(|s| Link {
                label: String::new(),
                href: format!("{}.html", s.stem),
                lang: s.lang.tag(),
                dir: s.lang.dir().as_str(),
                current: false,
            })
            .collect();
        self.render(
            "edition.html",
            minijinja::context! {
                lang => lang.tag(),
                dir => lang.dir().as_str(),
                title => title,
                description => description,
                root => "../",
                body_class => if input.spec.is_parallel() { "parallel" } else { "single" },
                alternates => Value::from(minijinja::value::Serde(&alternates)),
                switcher => Value::from(minijinja::value::Serde(&switcher)),
                body => Value::from_safe_string(body),
                notice => notice,
                labels => labels(&ui),
            },
        )
    }

    /// The index of all articles, in the source language.
    pub fn index(&self, input: &IndexInput<'_>) -> Result<String, Diagnostic> {
        let ui = input.ui;
        let lang = &ui.lang;
        self.render(
            "index.html",
            minijinja::context! {
                lang => lang.tag(),
                dir => lang.dir().as_str(),
                title => ui.get("articles"),
                heading => ui.get("articles"),
                root => "",
                body_class => "index",
                alternates => Value::from(minijinja::value::Serde(Vec::<Link>::new())),
                articles => Value::from(minijinja::value::Serde(input.entries)),
                labels => labels(ui),
            },
        )
    }
}

#[derive(Serialize)]
struct Link {
    label: String,
    href: String,
    lang: String,
    dir: &'static str,
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

fn labels(ui: &Ui) -> BTreeMap<&'static str, String> {
    BTreeMap::from([
        ("skip", ui.get("skip-to-content")),
        ("choose_language", ui.get("choose-language")),
        ("made_with", ui.get("made-with")),
        ("articles", ui.get("articles")),
        ("editions", ui.get("editions")),
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

    /// A switcher label: a language's own name, or "English and Urdu, side by side".
    fn label(&self, spec: &Spec, page_ui: &Ui) -> String {
        match &spec.kind {
            Kind::Single => self.ui(&spec.lang).get("language-name"),
            Kind::Parallel { source } => page_ui.get_with(
                "edition-parallel",
                &[
                    ("source", page_ui.language_name(source).into()),
                    ("target", page_ui.language_name(&spec.lang).into()),
                ],
            ),
        }
    }
}

/// One article on the index page.
#[derive(Serialize)]
pub struct IndexEntry {
    pub titles: Vec<IndexText>,
    pub summaries: Vec<IndexText>,
    pub date: Option<String>,
    pub editions: Vec<IndexText>,
}

#[derive(Serialize)]
pub struct IndexText {
    pub text: String,
    pub lang: String,
    pub dir: &'static str,
    pub href: String,
}

pub struct IndexInput<'a> {
    pub ui: &'a Ui,
    pub entries: &'a [IndexEntry],
}

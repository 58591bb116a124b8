//! The pages that list the articles: the index, one Atom feed per language, the sitemap.

use minijinja::Value;
use serde::Serialize;

use super::page::{IndexEntry, LIVE_RELOAD, Link, Site, Theme, labels};
use crate::diag::Diagnostic;
use crate::l10n::{Lang, ui::Ui};

/// What the index page needs besides the templates.
pub struct IndexInput<'a> {
    pub ui: &'a Ui,
    pub entries: &'a [IndexEntry],
    pub site: &'a Site,
}

impl Theme {
    /// The index of all articles, in the source language.
    pub fn index(&self, input: &IndexInput<'_>) -> Result<String, Diagnostic> {
        let ui = input.ui;
        let lang = &ui.lang;
        let site = input.site;
        self.render(
            "index.html",
            minijinja::context! {
                lang => lang.tag(),
                dir => lang.dir().as_str(),
                title => site.name.clone().unwrap_or_else(|| ui.get("articles")),
                heading => site.name.clone().unwrap_or_else(|| ui.get("articles")),
                root => "",
                body_class => "index",
                canonical => site.absolute("index.html"),
                og => minijinja::context! {
                    title => site.name.clone().unwrap_or_else(|| ui.get("articles")),
                    url => site.absolute("index.html"),
                    locale => lang.0.language.as_str(),
                    site_name => site.name.clone(),
                },
                alternates => Value::from(minijinja::value::Serde(Vec::<Link>::new())),
                feeds => site.feeds.iter().map(|(l, _)| site.feed_link(l, "")).collect::<Vec<_>>(),
                articles => Value::from(minijinja::value::Serde(input.entries)),
                live_reload => site.live_reload.then_some(LIVE_RELOAD),
                labels => labels(ui),
            },
        )
    }

    /// The Atom feed of one language: the articles published in it, newest first.
    pub fn feed(
        &self,
        lang: &Lang,
        ui: &Ui,
        site: &Site,
        entries: &[IndexEntry],
    ) -> Result<String, Diagnostic> {
        #[derive(Serialize)]
        struct FeedEntry {
            id: String,
            url: String,
            title: String,
            summary: Option<String>,
            updated: String,
            author: Option<String>,
        }
        let tag = lang.tag();
        let mut items: Vec<FeedEntry> = entries
            .iter()
            .filter_map(|e| {
                let title = e.titles.iter().find(|t| t.lang == tag)?;
                let rel = format!("{}/{tag}.html", e.slug);
                Some(FeedEntry {
                    id: site.id(&rel),
                    url: site.absolute(&rel).unwrap_or_else(|| format!("/{rel}")),
                    title: title.text.clone(),
                    summary: e
                        .summaries
                        .iter()
                        .find(|s| s.lang == tag)
                        .map(|s| s.text.clone()),
                    updated: atom_date(e.date.as_deref()),
                    author: e.author.clone(),
                })
            })
            .collect();
        items.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.url.cmp(&b.url)));
        let updated = items
            .iter()
            .map(|i| i.updated.clone())
            .max()
            .unwrap_or_else(|| atom_date(None));
        let own = Site::feed_path(lang);
        self.render(
            "feed.xml",
            minijinja::context! {
                lang => tag,
                title => site.name.clone().map_or_else(|| ui.get("articles"), |n| format!("{n} · {}", ui.get("articles"))),
                author => site.name.clone().unwrap_or_else(|| "safha".to_string()),
                id => site.id(&own),
                self_url => site.absolute(&own).unwrap_or_else(|| format!("/{own}")),
                home => site.absolute("index.html").unwrap_or_else(|| "/index.html".to_string()),
                updated => updated,
                entries => Value::from(minijinja::value::Serde(&items)),
            },
        )
    }

    /// `sitemap.xml`: the index and every edition page, with their language alternates.
    pub fn sitemap(&self, site: &Site, entries: &[IndexEntry]) -> Result<String, Diagnostic> {
        #[derive(Serialize)]
        struct Url {
            loc: String,
            lastmod: Option<String>,
            alternates: Vec<(String, String)>,
        }
        let mut urls = vec![Url {
            loc: site
                .absolute("index.html")
                .unwrap_or_else(|| "/index.html".to_string()),
            lastmod: None,
            alternates: Vec::new(),
        }];
        for e in entries {
            let alternates: Vec<(String, String)> = e
                .singles()
                .map(|(lang, href)| {
                    (
                        lang.to_string(),
                        site.absolute(href).unwrap_or_else(|| format!("/{href}")),
                    )
                })
                .collect();
            for ed in &e.editions {
                urls.push(Url {
                    loc: site
                        .absolute(&ed.href)
                        .unwrap_or_else(|| format!("/{}", ed.href)),
                    lastmod: e.date.clone(),
                    alternates: if ed.parallel {
                        Vec::new()
                    } else {
                        alternates.clone()
                    },
                });
            }
        }
        self.render(
            "sitemap.xml",
            minijinja::context! { urls => Value::from(minijinja::value::Serde(&urls)) },
        )
    }
}

/// `2024-05-01` → `2024-05-01T00:00:00Z`; no date: the epoch (never the clock).
fn atom_date(date: Option<&str>) -> String {
    match date {
        Some(d) if d.len() >= 10 => format!("{}T00:00:00Z", &d[..10]),
        _ => "1970-01-01T00:00:00Z".to_string(),
    }
}

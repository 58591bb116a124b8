//! What an article shows on the index, in the feeds and in the sitemap: its entry, made
//! when the article is built and kept by the build cache, so that an article that is not
//! rebuilt (or fails to) still has its place on the site.

use serde::Serialize;

/// One article on the index page, in the feeds and in the sitemap.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct IndexEntry {
    pub slug: String,
    pub titles: Vec<IndexText>,
    pub summaries: Vec<IndexText>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub editions: Vec<IndexEdition>,
}

impl IndexEntry {
    /// (language, page) of the single-language editions.
    pub(crate) fn singles(&self) -> impl Iterator<Item = (&str, &str)> {
        self.editions
            .iter()
            .filter(|e| !e.parallel)
            .map(|e| (e.page_lang.as_str(), e.href.as_str()))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct IndexText {
    pub text: String,
    pub lang: String,
    pub dir: String,
    pub href: String,
}

/// One edition on the index: its label, its page and its PDF.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct IndexEdition {
    pub text: String,
    /// The label's language.
    pub lang: String,
    pub dir: String,
    /// The page's language.
    pub page_lang: String,
    pub href: String,
    pub pdf: Option<String>,
    pub parallel: bool,
}

//! What a language publishes for an article: the translations it draws on (its own, then
//! its fallback chain's), what a stale translation shows, and whether enough is translated
//! to publish it at all (`min_complete`, po4a's rule). `build` and `status` both ask here,
//! so they cannot disagree (a regional `ur-IN` drawing on `ur` counts `ur`'s words).

use super::bundle::Translations;
use super::lang::{Lang, fallback_chain};
use super::localize::LocalizedArticle;
use crate::article::Article;

/// What a build does with a translation made from English that has since changed.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    clap::ValueEnum,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum StalePolicy {
    /// Publish it, with a warning.
    #[default]
    Use,
    /// Show the current English instead, marked as untranslated.
    Fallback,
}

/// The project's rules.
#[derive(Clone, Copy, Debug)]
pub struct Policy<'a> {
    pub source: &'a Lang,
    /// Languages with translations (a folder under `locales/`), for fallback chains.
    pub locale_langs: &'a [Lang],
    /// Percent of the source's words a language needs translated to be published.
    pub min_complete: f64,
    pub stale: StalePolicy,
}

/// One language of one article, localized.
pub struct Localized {
    pub text: LocalizedArticle,
    /// Share of the source's words shown in this language's own translations (current or
    /// stale, after the stale policy), in percent: what `min_complete` is compared with.
    pub complete: f64,
    /// Whether its editions are made.
    pub published: bool,
}

/// Localizes `article` into `lang` from the translations `files` has, following the
/// fallback chain, and decides whether it is published.
pub fn localize<'t>(
    policy: &Policy<'_>,
    article: &Article,
    lang: &Lang,
    files: impl Fn(&Lang) -> Option<&'t Translations>,
) -> Localized {
    let chain: Vec<&Translations> = fallback_chain(lang, policy.locale_langs, policy.source)
        .iter()
        .filter_map(&files)
        .collect();
    let mut text = LocalizedArticle::translate(article, lang, &chain, policy.source);
    if policy.stale == StalePolicy::Fallback {
        text.stale_to_fallback(article, policy.source);
    }
    let complete = text.complete_percent(article);
    Localized {
        text,
        complete,
        published: complete >= policy.min_complete,
    }
}

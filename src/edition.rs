//! Editions: which texts an output shows, independent of the output format.
//!
//! Every article gets one single-language edition per published language and one parallel
//! edition per target language (source on the left, target on the right). Renderers receive
//! an [`Edition`] and never decide which language goes where.

use crate::l10n::{Lang, LocalizedArticle};

/// What an edition shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One language.
    Single,
    /// Source and target, paragraph by paragraph.
    Parallel { source: Lang },
}

/// One edition of every article: its page language, kind and file stem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    pub kind: Kind,
    /// The page's language: the single language, or the parallel edition's target.
    pub lang: Lang,
    /// File name without extension: `en`, `ur`, `parallel` (`parallel-<tag>` for any target
    /// after the first).
    pub stem: String,
}

impl Spec {
    /// The texts this edition shows of an article localized into `texts`; `None` when a
    /// language it shows is not published.
    pub fn edition<'a>(
        &self,
        texts: &'a std::collections::BTreeMap<Lang, LocalizedArticle>,
    ) -> Option<Edition<'a>> {
        match &self.kind {
            Kind::Single => texts.get(&self.lang).map(Edition::Single),
            Kind::Parallel { source } => Some(Edition::Parallel {
                left: texts.get(source)?,
                right: texts.get(&self.lang)?,
            }),
        }
    }

    pub fn is_parallel(&self) -> bool {
        matches!(self.kind, Kind::Parallel { .. })
    }
}

/// The editions to build for languages `languages` (source first).
pub fn plan(source: &Lang, languages: &[Lang]) -> Vec<Spec> {
    let mut specs: Vec<Spec> = languages
        .iter()
        .map(|l| Spec {
            kind: Kind::Single,
            lang: l.clone(),
            stem: l.tag(),
        })
        .collect();
    for (i, target) in languages.iter().filter(|l| *l != source).enumerate() {
        specs.push(Spec {
            kind: Kind::Parallel {
                source: source.clone(),
            },
            lang: target.clone(),
            stem: if i == 0 {
                "parallel".to_string()
            } else {
                format!("parallel-{}", target.tag())
            },
        });
    }
    specs
}

/// An edition with its texts, ready for a renderer.
#[derive(Clone, Copy, Debug)]
pub enum Edition<'a> {
    Single(&'a LocalizedArticle),
    Parallel {
        left: &'a LocalizedArticle,
        right: &'a LocalizedArticle,
    },
}

impl<'a> Edition<'a> {
    /// The language of the page as a whole.
    pub fn page(&self) -> &'a LocalizedArticle {
        match self {
            Edition::Single(t) => t,
            Edition::Parallel { right, .. } => right,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editions_for_any_number_of_languages() {
        let l = |s: &str| Lang::parse(s).unwrap();
        let stems = |specs: Vec<Spec>| specs.into_iter().map(|s| s.stem).collect::<Vec<_>>();
        assert_eq!(stems(plan(&l("en"), &[l("en")])), ["en"]);
        assert_eq!(
            stems(plan(&l("en"), &[l("en"), l("ur")])),
            ["en", "ur", "parallel"]
        );
        assert_eq!(
            stems(plan(&l("en"), &[l("en"), l("ur"), l("pa")])),
            ["en", "ur", "pa", "parallel", "parallel-pa"]
        );
    }
}

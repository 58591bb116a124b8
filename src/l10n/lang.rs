//! Language tags, writing direction and fallback chains.
//!
//! Direction comes from the tag (`unic-langid`'s script data), never from a list of
//! right-to-left languages we would have to maintain; fallback chains come from
//! `fluent-langneg`, so `ur-IN` falls back to `ur` and then to the source language.

use std::fmt;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// A parsed language tag.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Lang(pub LanguageIdentifier);

/// Writing direction of a language, as HTML's `dir` attribute spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    pub fn parse(tag: &str) -> Option<Lang> {
        // unic-langid accepts `_` as a separator; a folder named `ur_PK` is still a mistake
        // worth reporting rather than guessing.
        if tag.is_empty() || tag.contains('_') {
            return None;
        }
        tag.parse::<LanguageIdentifier>().ok().map(Lang)
    }

    pub fn dir(&self) -> Dir {
        match self.0.character_direction() {
            CharacterDirection::RTL => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// The tag as written in `lang` attributes and file names (`ur`, `ur-PK`).
    pub fn tag(&self) -> String {
        self.0.to_string()
    }

    /// Same base language (`ur` and `ur-PK`).
    pub fn same_language(&self, other: &Lang) -> bool {
        self.0.language == other.0.language
    }
}

impl Ord for Lang {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.tag().cmp(&other.tag())
    }
}

impl PartialOrd for Lang {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The languages to try for `requested`, best first, ending with `source`.
pub fn fallback_chain(requested: &Lang, available: &[Lang], source: &Lang) -> Vec<Lang> {
    let available_ids: Vec<LanguageIdentifier> = available.iter().map(|l| l.0.clone()).collect();
    let negotiated = negotiate_languages(
        std::slice::from_ref(&requested.0),
        &available_ids,
        Some(&source.0),
        NegotiationStrategy::Filtering,
    );
    let mut chain: Vec<Lang> = negotiated.into_iter().map(|l| Lang(l.clone())).collect();
    if !chain.contains(source) {
        chain.push(source.clone());
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(s: &str) -> Lang {
        Lang::parse(s).unwrap()
    }

    #[test]
    fn directions_from_tags() {
        assert_eq!(l("ur").dir(), Dir::Rtl);
        assert_eq!(l("ur-PK").dir(), Dir::Rtl);
        assert_eq!(l("ar").dir(), Dir::Rtl);
        assert_eq!(l("en").dir(), Dir::Ltr);
        assert_eq!(l("hi").dir(), Dir::Ltr);
        assert!(Lang::parse("ur_PK").is_none());
        assert!(Lang::parse("not a tag").is_none());
    }

    #[test]
    fn chains_fall_back_through_base_language_to_source() {
        let avail = [l("en"), l("ur"), l("pa")];
        assert_eq!(
            fallback_chain(&l("ur-IN"), &avail, &l("en")),
            vec![l("ur"), l("en")]
        );
        assert_eq!(
            fallback_chain(&l("ur"), &avail, &l("en")),
            vec![l("ur"), l("en")]
        );
        assert_eq!(fallback_chain(&l("fr"), &avail, &l("en")), vec![l("en")]);
    }
}

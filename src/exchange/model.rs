//! What goes out to a translation tool and what comes back: units, their state, and
//! the file read back.

use crate::diag::SourceFile;

/// How far a unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Not translated yet.
    New,
    Translated,
    /// Translated from English that has changed since: to review.
    Stale,
}

/// One segment as a translation tool sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    /// What kind of text it is ("Paragraph", "Table cell"), for the translator.
    pub kind: &'static str,
    pub english: String,
    /// The translation as the studio edits it: plain text, or Fluent after `id =`.
    pub translation: Option<String>,
    pub state: State,
    /// The English the translation was made from, when it differs from the English now.
    pub previous: Option<String>,
    /// 1-based line of the segment in the article.
    pub line: usize,
    /// How many segments of the article share this English (and so this translation).
    pub places: usize,
}

/// One article's units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub slug: String,
    /// The article's file, as the project names it (`content/<slug>.md`).
    pub original: String,
    pub units: Vec<Unit>,
}

/// What an export holds: the articles of one target language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub source_lang: String,
    pub target_lang: String,
    pub articles: Vec<Article>,
}

/// One unit as a translated file gives it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Returned {
    pub original: String,
    pub id: String,
    /// The English the file carries for it (`<source>`, `msgid`): what the translator
    /// read, which may be older than the article's English now.
    pub source: Option<String>,
    /// The target text; `None` or empty when the unit is not translated.
    pub target: Option<String>,
    /// Whether the translator marked it done (XLIFF `translated` or later; PO not fuzzy).
    pub done: bool,
    /// Where the unit is in the file read, for errors.
    pub offset: usize,
}

/// A translated file read back.
#[derive(Debug)]
pub struct Imported {
    pub file: SourceFile,
    pub target_lang: String,
    pub units: Vec<Returned>,
}

/// What a context note adds for English used in more than one place.
pub fn elsewhere(places: usize) -> String {
    match places {
        0 | 1 => String::new(),
        2 => " (and 1 more place: translated once for both)".to_string(),
        n => format!(" (and {} more places: translated once for all)", n - 1),
    }
}

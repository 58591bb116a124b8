//! Localization: Fluent files in, one text per segment and language out.
//!
//! `ftl` reads files with located errors, `serialize` writes them, `lang` knows tags,
//! directions and fallback chains, `bundle` holds the runtime Fluent bundles, `ui` the
//! words around an article, `list_labels` how its lists are numbered, `localize` merges
//! an article with its translations, `publish` decides what a language publishes, and
//! `sync` and `placeholder` keep translation files in step with the English.

pub mod bundle;
pub mod byline;
pub mod edit;
pub mod ftl;
pub mod lang;
pub mod list_labels;
pub mod localize;
pub mod placeholder;
pub mod publish;
pub mod serialize;
pub mod sync;
pub mod syntax;
pub mod ui;

pub use lang::{Dir, Lang};
pub use localize::{LocalizedArticle, LocalizedSegment, Status};

//! The HTML renderer: editions as web pages, the index, the stylesheet and web fonts.
//!
//! `inline` turns one segment's Markdown into safe inline HTML, `body` lays out an
//! edition's article, `page` puts it in the theme's templates, and `counters` numbers its
//! lists in the stylesheet.

pub mod body;
pub mod counters;
mod escape;
pub mod inline;
mod listing;
pub mod notes;
pub mod page;
pub mod parallel;
pub mod webfonts;

pub use escape::{escape, escape_with_bdi};
pub use listing::IndexInput;
pub use page::Theme;

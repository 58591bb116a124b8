//! safha (صفحہ, "page") publishes an article in English and its translations (Urdu first),
//! as single-language and side-by-side parallel editions.
//!
//! The pipeline runs one way:
//!
//! ```text
//! content/*.md ──article──▶ Article (blocks + segments with stable ids)
//! locales/*/*.ftl ──l10n──▶ LocalizedArticle per language (text, lang, dir, status)
//!                 ──edition──▶ Edition: Single(lang) | Parallel(source, target)
//!                 ──html──▶ web pages      ──pdf (text engine: safha-text)──▶ PDF
//! ```
//!
//! `build` runs it for every article as a flat list of phases, `extract`, `check` and
//! `status` serve translators, `cli` is the command line (with `serve` and `watch`), and
//! `output` writes atomically. ARCHITECTURE.md at the repository's root is the map.

// Diagnostics are returned by value on cold error paths; boxing them everywhere would buy
// nothing measurable and cost readability.
#![allow(clippy::result_large_err)]

pub mod article;
pub mod build;
pub mod cache;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod edition;
pub mod exchange;
pub mod extract;
pub mod fonts;
#[cfg(test)]
mod generated;
pub mod html;
pub mod input;
pub mod l10n;
pub mod load;
pub mod oneshot;
pub mod output;
pub mod pdf;
pub mod project;
pub mod scaffold;
pub mod site;
pub mod stamps;
pub mod status;
pub mod studio;
pub mod svg;
pub mod xml;

//! `safha.toml`: the project's settings, all optional.
//!
//! ```toml
//! source = "en"              # the language articles are written in
//! languages = ["en", "ur"]   # languages to publish; default: source + every locales/ folder
//! out = "dist"               # output folder, relative to the project
//! min_complete = 80          # publish a language only when this % of the words is translated
//! base_url = "https://example.org/articles/"  # the site's address: canonical URLs, feeds
//! site_name = "Example"      # shown on the index and in Open Graph tags
//!
//! [pdf]
//! page = "A4"                # A4, A5 or Letter
//! urdu_digits = true         # page and list numbers of right-to-left editions as ۱۲۳
//!                            # (false: 123); default: the digits of the language's ui.ftl
//! print_urls = false         # links also printed, "text (https://…)", for paper
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::{Diagnostic, SourceFile};

pub const FILE_NAME: &str = "safha.toml";

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Language tag of the source language (the articles' Markdown).
    #[serde(default = "default_source")]
    pub source: String,
    /// Languages to publish, source included; `None` means the source plus every locale folder.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// Output folder relative to the project root.
    #[serde(default = "default_out")]
    pub out: PathBuf,
    /// Share of an article's words (percent) that must be translated for a language's
    /// editions of it to be built.
    #[serde(default = "default_min_complete")]
    pub min_complete: f64,
    /// Where the site is published; canonical URLs, feeds and the sitemap use it.
    #[serde(default)]
    pub base_url: Option<String>,
    /// The site's name.
    #[serde(default)]
    pub site_name: Option<String>,
    /// PDF settings.
    #[serde(default)]
    pub pdf: PdfConfig,
}

/// `[pdf]` in safha.toml.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PdfConfig {
    /// Paper size.
    #[serde(default)]
    pub page: PageSize,
    /// Page and list numbers of right-to-left editions in Extended Arabic-Indic digits
    /// (۱۲۳, `true`) or Western ones (`false`); unset, in the digits of the language's
    /// `ui.ftl`, as its notes' numbers and dates are.
    #[serde(default)]
    pub urdu_digits: Option<bool>,
    /// Print each link's address after its text, for readers of paper (the links are
    /// clickable either way).
    #[serde(default)]
    pub print_urls: bool,
}

#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
pub enum PageSize {
    #[default]
    A4,
    A5,
    Letter,
}

fn default_source() -> String {
    "en".to_string()
}

fn default_min_complete() -> f64 {
    80.0
}

fn default_out() -> PathBuf {
    PathBuf::from("dist")
}

impl Default for Config {
    fn default() -> Self {
        Config {
            source: default_source(),
            languages: None,
            out: default_out(),
            min_complete: default_min_complete(),
            base_url: None,
            site_name: None,
            pdf: PdfConfig::default(),
        }
    }
}

/// Why `url` cannot be the site's address (it is written into every page, feed and
/// sitemap): not an absolute http(s) URL with a host, or with white space, quotes, a query,
/// a fragment or a user name in it.
fn base_url_problem(url: &str) -> Option<&'static str> {
    if url.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
    }) {
        return Some("holds white space or a quote");
    }
    let Ok(parsed) = url::Url::parse(url) else {
        return Some("is not an address");
    };
    if !matches!(parsed.scheme(), "http" | "https") {
        return Some("is not an http(s) address");
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Some("has no host name");
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Some("has a query or a fragment (? or #)");
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Some("holds a user name or password");
    }
    None
}

impl Config {
    /// `base_url` with exactly one trailing slash.
    pub fn base_url(&self) -> Option<String> {
        self.base_url
            .as_ref()
            .map(|u| format!("{}/", u.trim().trim_end_matches('/')))
    }

    /// Reads `safha.toml` from the project root; a missing file means all defaults.
    pub fn load(root: &Path) -> Result<Config, Diagnostic> {
        let path = root.join(FILE_NAME);
        if !path.exists() && std::fs::symlink_metadata(&path).is_err() {
            return Ok(Config::default());
        }
        let bytes = crate::input::read(root, &path, Path::new(FILE_NAME), crate::input::MAX_TEXT)?;
        let text = String::from_utf8(bytes).map_err(|_| {
            Diagnostic::error("config-encoding", format!("{FILE_NAME} is not UTF-8"))
                .at_path(FILE_NAME)
                .with_hint("save it as UTF-8")
        })?;
        Config::parse(&SourceFile::new(FILE_NAME, text))
    }

    pub fn parse(source: &SourceFile) -> Result<Config, Diagnostic> {
        let config = toml::from_str::<Config>(&source.text).map_err(|e| {
            let d = Diagnostic::error("config-syntax", format!("invalid {FILE_NAME}"))
                .with_label(e.message().to_string())
                .with_hint("see the keys documented in README.md (source, languages, out, min_complete, [pdf])");
            match e.span() {
                Some(span) => d.at(source, span),
                None => d.at_path(&source.path),
            }
        })?;
        if let Some(url) = &config.base_url
            && let Some(why) = base_url_problem(url)
        {
            let at = source.text.find("base_url").unwrap_or(0);
            return Err(
                Diagnostic::error("config-base-url", format!("base_url = {url:?} {why}"))
                    .at(source, at..at + "base_url".len())
                    .with_hint(
                        "write the site's full address, e.g. \"https://example.org/articles/\"",
                    ),
            );
        }
        if !(0.0..=100.0).contains(&config.min_complete) {
            let at = source.text.find("min_complete").unwrap_or(0);
            return Err(Diagnostic::error(
                "config-min-complete",
                format!("min_complete = {} is not a percentage", config.min_complete),
            )
            .at(source, at..at + "min_complete".len())
            .with_hint(
                "use a number from 0 (publish anything) to 100 (only complete translations)",
            ));
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_whole_addresses() {
        for good in [
            "https://example.org/",
            "http://localhost:8000/a/b",
            "https://xn--mgbh0fb.example/",
        ] {
            assert_eq!(base_url_problem(good), None, "{good}");
        }
        for bad in [
            "https://",
            "https:// example.org/",
            "https://example.org/\"><script>",
            "https://example.org/?a=1",
            "https://example.org/#x",
            "ftp://example.org/",
            "example.org",
            "https://user:pw@example.org/",
        ] {
            assert!(base_url_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn unknown_key_is_located() {
        let src = SourceFile::new("safha.toml", "source = \"en\"\nlangauges = [\"ur\"]\n");
        let err = Config::parse(&src).unwrap_err();
        assert_eq!(err.location().as_deref(), Some("safha.toml:2:1"));
        assert!(err.label.unwrap_or_default().contains("langauges"));
    }

    #[test]
    fn defaults() {
        let src = SourceFile::new("safha.toml", "");
        assert_eq!(Config::parse(&src).unwrap(), Config::default());
    }
}

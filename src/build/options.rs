//! What a build is asked to do: its options, each of which the cache's fingerprint hashes
//! or names as changing no output (see [`Fingerprint`](super::fingerprint::Fingerprint)).

use crate::l10n::publish::StalePolicy;

/// How strict a build is, and what it makes.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Options {
    /// Missing translations are errors, not warnings.
    pub strict: bool,
    pub formats: Formats,
    pub stale: StalePolicy,
    /// Every HTML edition one file, stylesheet, fonts and images inlined (for e-mail).
    pub self_contained: bool,
    /// Pages carry the live-reload script of `safha serve`.
    pub live_reload: bool,
    /// Show a progress bar when many articles build in a terminal.
    pub progress: bool,
    /// Skip articles whose inputs have not changed since the last build (`cache`).
    pub cache: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            strict: false,
            formats: Formats::all(),
            stale: StalePolicy::Use,
            self_contained: false,
            live_reload: false,
            progress: false,
            cache: true,
        }
    }
}

/// Output formats to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Formats {
    pub html: bool,
    pub pdf: bool,
}

impl Formats {
    /// Whether this build makes the output at `rel`: PDFs are the PDF format's, pages and
    /// the files they show the web's.
    pub fn makes(&self, rel: &std::path::Path) -> bool {
        if rel.extension().is_some_and(|e| e == "pdf") {
            self.pdf
        } else {
            self.html
        }
    }

    pub fn all() -> Formats {
        Formats {
            html: true,
            pdf: true,
        }
    }

    /// Parses `html,pdf`.
    pub fn parse(list: &str) -> Result<Formats, String> {
        let mut f = Formats {
            html: false,
            pdf: false,
        };
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match item.to_ascii_lowercase().as_str() {
                "html" => f.html = true,
                "pdf" => f.pdf = true,
                other => return Err(format!("unknown format `{other}` (expected html, pdf)")),
            }
        }
        if !f.html && !f.pdf {
            return Err("no format given (expected html, pdf or both)".to_string());
        }
        Ok(f)
    }
}

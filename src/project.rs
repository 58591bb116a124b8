//! A safha project on disk: where its articles, locales and output live, and which
//! languages it publishes.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diag::{Diagnostic, io_error};
use crate::l10n::Lang;

pub const CONTENT_DIR: &str = "content";
pub const LOCALES_DIR: &str = "locales";
pub const FONTS_DIR: &str = "fonts";

/// The folder of a project's own templates.
pub const TEMPLATES_DIR: &str = "templates";

/// Folder (under the output folder) holding the site's web fonts.
pub const FONT_DIR: &str = "fonts";

/// The root of every cache: `$SAFHA_CACHE_DIR` or the project's `.safha-cache/`.
pub fn cache_root(project_root: &Path) -> PathBuf {
    std::env::var_os("SAFHA_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project_root.join(".safha-cache"))
}

#[derive(Clone, Debug)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    pub source: Lang,
    /// Languages to publish: the source first, then the targets in tag order.
    pub languages: Vec<Lang>,
    /// Languages that have a folder under `locales/`.
    pub locale_langs: Vec<Lang>,
    pub out_dir: PathBuf,
    /// Problems that do not stop work (an empty `locales/`, …).
    pub warnings: Vec<Diagnostic>,
}

impl Project {
    /// Opens the project at `root`; `out` overrides the configured output folder.
    pub fn open(root: &Path, out: Option<&Path>) -> Result<Project, Diagnostic> {
        if !root.is_dir() {
            return Err(Diagnostic::error(
                "project-missing",
                format!("{} is not a folder", root.display()),
            )
            .with_hint("pass the project folder with --project DIR"));
        }
        // Absolute, so that paths built from it compare with the output folder's.
        let root = &std::path::absolute(root).unwrap_or_else(|_| root.to_path_buf());
        let config = Config::load(root)?;
        let source = Lang::parse(&config.source).ok_or_else(|| {
            Diagnostic::error(
                "config-language",
                format!("`{}` is not a valid language tag", config.source),
            )
            .at_path(root.join(crate::config::FILE_NAME))
            .with_hint("use a BCP 47 tag such as `en` or `ur-PK`")
        })?;
        let mut warnings = Vec::new();
        let locale_langs = locale_languages(root, &mut warnings)?;
        let mut languages = vec![source.clone()];
        match &config.languages {
            Some(tags) => {
                for tag in tags {
                    let lang = Lang::parse(tag).ok_or_else(|| {
                        Diagnostic::error(
                            "config-language",
                            format!("`{tag}` is not a valid language tag"),
                        )
                        .at_path(root.join(crate::config::FILE_NAME))
                        .with_hint("use a BCP 47 tag such as `ur` or `ur-PK`")
                    })?;
                    if !languages.contains(&lang) {
                        languages.push(lang);
                    }
                }
            }
            None => {
                for lang in &locale_langs {
                    if !languages.contains(lang) {
                        languages.push(lang.clone());
                    }
                }
            }
        }
        let out_dir = match out {
            Some(o) if o.is_absolute() => o.to_path_buf(),
            Some(o) => std::env::current_dir()
                .map(|cwd| cwd.join(o))
                .unwrap_or_else(|_| o.to_path_buf()),
            None => root.join(&config.out),
        };
        Ok(Project {
            root: root.to_path_buf(),
            config,
            source,
            languages,
            locale_langs,
            out_dir,
            warnings,
        })
    }

    pub fn content_dir(&self) -> PathBuf {
        self.root.join(CONTENT_DIR)
    }

    pub fn locales_dir(&self) -> PathBuf {
        self.root.join(LOCALES_DIR)
    }

    /// `locales/<lang>/<slug>.ftl`
    pub fn article_ftl(&self, lang: &Lang, slug: &str) -> PathBuf {
        self.locales_dir()
            .join(lang.tag())
            .join(format!("{slug}.ftl"))
    }

    /// A path as diagnostics show it: relative to the project root when inside it.
    pub fn display<'a>(&self, path: &'a Path) -> &'a Path {
        path.strip_prefix(&self.root).unwrap_or(path)
    }

    /// The target languages (everything but the source).
    pub fn targets(&self) -> impl Iterator<Item = &Lang> {
        self.languages.iter().filter(|l| **l != self.source)
    }

    /// `content/*.md`, sorted by name so every machine builds in the same order.
    pub fn article_paths(&self) -> Result<Vec<PathBuf>, Diagnostic> {
        let dir = self.content_dir();
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Diagnostic::error("content-missing", "the project has no content/ folder")
                    .at_path(&dir)
                    .with_hint("put articles in content/<slug>.md, or run `safha init`")
            } else {
                io_error("content-read", "read", &dir, &e)
            }
        })?;
        let mut paths = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| io_error("content-read", "read", &dir, &e))?;
            let path = entry.path();
            // Anything but a folder: a link or a special file named *.md is read, and
            // refused with a reason, rather than skipped without one.
            let folder = entry.file_type().is_ok_and(|t| t.is_dir());
            if path.extension().is_some_and(|x| x == "md") && !folder {
                paths.push(path);
            }
        }
        paths.sort();
        Ok(paths)
    }
}

/// Languages with a folder under `locales/`, sorted by tag; invalid folder names are errors.
fn locale_languages(root: &Path, warnings: &mut Vec<Diagnostic>) -> Result<Vec<Lang>, Diagnostic> {
    let dir = root.join(LOCALES_DIR);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            warnings.push(
                Diagnostic::warning(
                    "locales-missing",
                    "the project has no locales/ folder; only the source language is published",
                )
                .at_path(LOCALES_DIR)
                .with_hint("run `safha extract`, then add translations under locales/<lang>/"),
            );
            return Ok(Vec::new());
        }
        Err(e) => return Err(io_error("locales-read", "read", &dir, &e)),
    };
    let mut langs = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| io_error("locales-read", "read", &dir, &e))?;
        if !entry.path().is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        match Lang::parse(&name) {
            Some(lang) if lang.tag() == name => langs.push(lang),
            Some(lang) => {
                return Err(Diagnostic::error(
                    "locale-tag",
                    format!("locale folder `{name}` is not written in canonical form"),
                )
                .at_path(Path::new(LOCALES_DIR).join(&name))
                .with_hint(format!("rename it to `{}`", lang.tag())));
            }
            None => {
                return Err(Diagnostic::error(
                    "locale-tag",
                    format!("locale folder `{name}` is not a valid language tag"),
                )
                .at_path(Path::new(LOCALES_DIR).join(&name))
                .with_hint("name locale folders by BCP 47 tag: `ur`, `ur-PK`, `pa-Arab`"));
            }
        }
    }
    langs.sort();
    Ok(langs)
}

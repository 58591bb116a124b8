//! Reading one article and its translation files from disk, with located errors: what
//! `build`, `status` and `check` all start from.

use std::collections::BTreeMap;
use std::path::Path;

use crate::article::Article;
use crate::diag::{Diagnostic, SourceFile};
use crate::l10n::Lang;
use crate::l10n::bundle::Translations;
use crate::l10n::ftl::FtlFile;
use crate::project::Project;

/// An article read with its ids carried over from the source-language messages.
pub struct Source {
    pub article: Article,
    /// `locales/<source>/<slug>.ftl` as it is on disk, if it exists.
    pub messages: Option<FtlFile>,
    pub warnings: Vec<Diagnostic>,
}

/// The file name of an article without `.md`: its slug.
pub fn slug_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads `content/<slug>.md` and gives its segments the ids they have in the
/// source-language file (see `article::ids`).
pub fn article(project: &Project, path: &Path) -> Result<Source, Vec<Diagnostic>> {
    let shown = project.display(path).to_path_buf();
    let bytes = crate::input::read(&project.root, path, &shown, crate::input::MAX_TEXT)
        .map_err(|d| vec![d])?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        let src = SourceFile::new(&shown, prefix.as_str());
        vec![
            Diagnostic::error("article-encoding", "the article is not valid UTF-8")
                .at(&src, valid..valid)
                .with_label("invalid byte here")
                .with_hint("save the file as UTF-8"),
        ]
    })?;
    let slug = slug_of(path);
    let mut warnings = Vec::new();
    let source_ftl = project.article_ftl(&project.source, &slug);
    let messages = if source_ftl.exists() {
        let file = FtlFile::load(&project.root, &source_ftl, project.display(&source_ftl))?;
        warnings.extend(file.warnings.iter().cloned());
        Some(file)
    } else {
        None
    };
    let article = Article::parse_with_ids(
        &shown,
        &text,
        &messages.as_ref().map(FtlFile::texts).unwrap_or_default(),
    )
    .map_err(|d| vec![d])?;
    warnings.extend(article.warnings.iter().cloned());
    if let Some(prev) = &messages {
        let current: Vec<(String, String)> = article
            .messages()
            .map(|s| (s.id.clone(), s.text.to_string()))
            .collect();
        if prev.texts() != current {
            warnings.push(
                Diagnostic::warning(
                    "extract-outdated",
                    format!("{} is older than the article", prev.source.path.display()),
                )
                .at_path(&prev.source.path)
                .with_hint("run `safha extract` so translators see the current English"),
            );
        }
    }
    Ok(Source {
        article,
        messages,
        warnings,
    })
}

/// An article's own files as read: the article (with its source-language messages) and
/// its translations. Reading them needs nothing but the project, so a build may read
/// them ahead (see `build::schedule`).
pub struct Read {
    pub source: Result<Source, Vec<Diagnostic>>,
    pub translations: (BTreeMap<Lang, Loaded>, Broken),
}

/// Reads the article at `path` and its translations.
pub fn read(project: &Project, path: &Path) -> Read {
    Read {
        source: article(project, path),
        translations: translations(project, &slug_of(path)),
    }
}

/// A translation file and the warnings loading it produced.
pub type Loaded = (Translations, Vec<Diagnostic>);

/// The errors of each translation file that could not be read or does not parse.
pub type Broken = BTreeMap<Lang, Vec<Diagnostic>>;

/// Every translation file of an article, by language, and the ones that are broken: a
/// broken file holds back its own language's editions, never the others'.
pub fn translations(project: &Project, slug: &str) -> (BTreeMap<Lang, Loaded>, Broken) {
    let mut out = BTreeMap::new();
    let mut broken = BTreeMap::new();
    for lang in &project.locale_langs {
        if *lang == project.source {
            continue;
        }
        let path = project.article_ftl(lang, slug);
        if !path.exists() {
            continue;
        }
        match FtlFile::load(&project.root, &path, project.display(&path)) {
            Ok(file) => {
                let mut warnings = file.warnings.clone();
                let (t, w) = Translations::new(lang.clone(), file);
                warnings.extend(w);
                out.insert(lang.clone(), (t, warnings));
            }
            Err(diags) => {
                broken.insert(lang.clone(), diags);
            }
        }
    }
    (out, broken)
}

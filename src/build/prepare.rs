//! An article read and localized: its Markdown and translations, and what each language
//! publishes (decided by [`publish`], as `status` decides it).

use std::collections::BTreeMap;
use std::path::Path;

use super::options::Options;
use crate::article::Article;
use crate::diag::Diagnostic;
use crate::edition::Spec;
use crate::l10n::ftl::FtlFile;
use crate::l10n::publish::{self, Policy, StalePolicy};
use crate::l10n::ui::Ui;
use crate::l10n::{Lang, LocalizedArticle};
use crate::load;
use crate::project::Project;

/// Folders of the site itself, which no article may take.
const RESERVED_SLUGS: &[&str] = &[crate::project::FONT_DIR, "feeds"];

/// An article read from disk with everything needed to render it.
pub struct Prepared {
    pub article: Article,
    /// Localized text per published language (source included).
    pub texts: BTreeMap<Lang, LocalizedArticle>,
    /// The translation files, to locate problems found while rendering.
    pub files: BTreeMap<Lang, FtlFile>,
}

impl Prepared {
    /// The editions this article has: a language held back (below min_complete) has none.
    pub fn specs(&self, all: &[Spec]) -> Vec<Spec> {
        all.iter()
            .filter(|s| s.edition(&self.texts).is_some())
            .cloned()
            .collect()
    }
}

/// Localizes the article at `path`, as read with its translations, into every language
/// it publishes.
pub fn prepare(
    project: &Project,
    path: &Path,
    read: load::Read,
    options: &Options,
    uis: &BTreeMap<Lang, Ui>,
) -> Result<(Prepared, Vec<Diagnostic>), Vec<Diagnostic>> {
    let load::Source {
        article,
        warnings: mut diags,
        ..
    } = read.source?;
    let slug = article.slug.clone();
    if RESERVED_SLUGS.contains(&slug.as_str()) {
        return Err(vec![
            Diagnostic::error(
                "slug-reserved",
                format!("an article cannot be called `{slug}`: the site uses that folder"),
            )
            .at_path(project.display(path))
            .with_hint("rename the file (and its locales/*/ files)"),
        ]);
    }
    let (translations, broken) = read.translations;
    for t in translations.values() {
        diags.extend(t.1.iter().cloned());
    }
    let files = translations
        .iter()
        .map(|(l, (t, _))| (l.clone(), t.file.clone()))
        .collect();
    let mut texts = BTreeMap::new();
    let mut source = LocalizedArticle::source(&article, &project.source);
    source.mark_quoted(&project.targets().cloned().collect::<Vec<_>>());
    texts.insert(project.source.clone(), source);
    let policy = Policy {
        source: &project.source,
        locale_langs: &project.locale_langs,
        min_complete: project.config.min_complete,
        stale: options.stale,
    };
    for lang in project.targets() {
        if broken.contains_key(lang) {
            continue;
        }
        let localized = publish::localize(&policy, &article, lang, |l| {
            translations.get(l).map(|(t, _)| t)
        });
        diags.extend(localized.text.warnings.iter().cloned());
        let file = project
            .display(&project.article_ftl(lang, &slug))
            .to_path_buf();
        if !localized.published {
            diags.push(held_back(
                &slug,
                lang,
                &file,
                localized.complete,
                policy.min_complete,
                options.strict,
            ));
            continue;
        }
        let mut localized = localized.text;
        if let Some(ui) = uis.get(lang) {
            localized.number_digits(&article, &crate::l10n::byline::digits(ui));
        }
        if !localized.stale.is_empty() {
            let n = localized.stale.len();
            diags.push(
                Diagnostic::warning(
                    "translation-stale",
                    format!(
                        "{slug}: {n} translation{} into {lang} {} made from English that has \
                         since changed{}: {}",
                        if n == 1 { "" } else { "s" },
                        if n == 1 { "was" } else { "were" },
                        match options.stale {
                            StalePolicy::Use => "; published anyway",
                            StalePolicy::Fallback => "; the English is shown instead",
                        },
                        localized.stale.join(", ")
                    ),
                )
                .at_path(&file)
                .with_hint(
                    "`safha status` shows what changed; update the translation, then run \
                     `safha check --accept --yes`",
                ),
            );
        }
        if !localized.missing.is_empty() {
            let n = localized.missing.len();
            let d = if options.strict {
                Diagnostic::error("translation-missing", "")
            } else {
                Diagnostic::warning("translation-missing", "")
            };
            let mut d = d.at_path(&file).with_hint(format!(
                "translate them in {}; until then the {} text is shown",
                file.display(),
                project.source
            ));
            d.message = format!(
                "{slug}: {n} segment{} not translated into {lang}: {}",
                if n == 1 { " is" } else { "s are" },
                localized.missing.join(", ")
            );
            diags.push(d);
        }
        texts.insert(lang.clone(), localized);
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    // A translation file that does not parse: its errors, and its language's editions are
    // not made; the other languages' are.
    for (lang, errors) in broken {
        diags.extend(errors);
        let file = project
            .display(&project.article_ftl(&lang, &slug))
            .to_path_buf();
        diags.push(
            Diagnostic::warning(
                "language-withheld",
                format!(
                    "{slug}: the {lang} editions are not made until {} parses; the other \
                     languages' editions are",
                    file.display()
                ),
            )
            .at_path(&file)
            .with_hint("fix the error above, then build again"),
        );
    }
    Ok((
        Prepared {
            article,
            texts,
            files,
        },
        diags,
    ))
}

/// A language too little translated to publish for this article; --strict publishes every
/// language of every article or fails.
fn held_back(
    slug: &str,
    lang: &Lang,
    file: &Path,
    complete: f64,
    min: f64,
    strict: bool,
) -> Diagnostic {
    let below = if strict {
        Diagnostic::error
    } else {
        Diagnostic::warning
    };
    below(
        "below-min-complete",
        format!(
            "{slug}: the {lang} editions are not built: {:.1} % of the words are translated, \
             below min_complete = {min} %",
            // Rounded down: never shown as reaching a threshold it misses.
            (complete * 10.0).floor() / 10.0
        ),
    )
    .at_path(file)
    .with_hint(format!(
        "translate more of {} (`safha status` lists what is missing), or lower min_complete \
         in safha.toml",
        file.display()
    ))
}

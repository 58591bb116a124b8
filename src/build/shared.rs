//! What every article of a build shares: the editions to make, the UI strings, the
//! theme, the site's settings, the fonts and the cache.

use std::collections::BTreeMap;

use super::fingerprint::Fingerprint;
use super::options::Options;
use crate::cache::BuildCache;
use crate::diag::Diagnostic;
use crate::edition::{self, Spec};
use crate::html::Theme;
use crate::html::page::Site;
use crate::l10n::Lang;
use crate::l10n::lang::fallback_chain;
use crate::l10n::ui::{Ui, UiSet};
use crate::project::Project;
use crate::site;
use safha_text::FontBook;

/// What every article of a build shares.
pub struct Shared<'a> {
    pub project: &'a Project,
    pub options: &'a Options,
    pub specs: Vec<Spec>,
    pub uis: BTreeMap<Lang, Ui>,
    pub theme: Theme,
    pub site: Site,
    /// The fonts, for PDF builds.
    pub book: Option<FontBook>,
    /// What every article's outputs depend on besides its own files.
    pub fingerprint: Fingerprint,
    pub cache: BuildCache,
}

impl Shared<'_> {
    pub fn site_inputs(&self) -> site::Inputs<'_> {
        site::Inputs {
            project: self.project,
            theme: &self.theme,
            uis: &self.uis,
            site: &self.site,
        }
    }
}

impl<'a> Shared<'a> {
    /// Reads them; the UI strings' warnings go to `diagnostics`.
    pub fn load(
        project: &'a Project,
        options: &'a Options,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<Shared<'a>, Diagnostic> {
        let (uis, ui_diags) = load_uis(project);
        diagnostics.extend(ui_diags);
        let theme = Theme::load(&project.root)?;
        let book = if options.formats.pdf {
            Some(crate::fonts::book(&project.root)?)
        } else {
            None
        };
        let site = Site {
            base_url: project.config.base_url(),
            name: project.config.site_name.clone(),
            feeds: project
                .languages
                .iter()
                .map(|l| (l.clone(), Site::feed_path(l)))
                .collect(),
            live_reload: options.live_reload,
        };
        let fingerprint = Fingerprint::of(project, options);
        Ok(Shared {
            project,
            options,
            specs: edition::plan(&project.source, &project.languages),
            uis,
            theme,
            site,
            book,
            fingerprint,
            cache: BuildCache::new(project, options.cache),
        })
    }
}

/// The UI of every published language, each with its fallback chain.
pub fn load_uis(project: &Project) -> (BTreeMap<Lang, Ui>, Vec<Diagnostic>) {
    let (set, diags) = UiSet::load(&project.locales_dir(), &project.root, &project.languages);
    let uis = project
        .languages
        .iter()
        .map(|l| {
            let chain = fallback_chain(l, &project.languages, &project.source);
            (l.clone(), set.ui(l, &chain))
        })
        .collect();
    (uis, diags)
}

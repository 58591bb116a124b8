//! The words around an article (`locales/<lang>/ui.ftl`): labels, language names, page
//! numbers, reading time.
//!
//! A project may leave these files out: safha carries the English and Urdu ones from its
//! own repository as defaults, and any label missing in a language falls back along the
//! language's chain.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::{FluentArgs, FluentValue};

use super::bundle::Translations;
use super::ftl::FtlFile;
use super::lang::Lang;
use crate::diag::Diagnostic;

/// The bundled defaults, by language tag.
const DEFAULTS: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/ui.ftl")),
    ("ur", include_str!("../../locales/ur/ui.ftl")),
];

pub const FILE_NAME: &str = "ui.ftl";

/// UI strings of one language, with its fallbacks.
#[derive(Clone)]
pub struct Ui {
    pub lang: Lang,
    chain: Vec<Arc<Translations>>,
}

/// Loads every language's `ui.ftl` once; shared by all articles.
pub struct UiSet {
    /// Per language: the project's file (if any), then the bundled default (if any).
    own: Vec<(Lang, Vec<Arc<Translations>>)>,
}

impl UiSet {
    pub fn load(
        locales_dir: &Path,
        project_root: &Path,
        langs: &[Lang],
    ) -> (UiSet, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut own = Vec::new();
        for lang in langs {
            let mut list = Vec::new();
            let path = locales_dir.join(lang.tag()).join(FILE_NAME);
            if path.exists() {
                let shown = path.strip_prefix(project_root).unwrap_or(&path);
                match FtlFile::load(project_root, &path, shown) {
                    Ok(file) => {
                        diags.extend(file.warnings.iter().cloned());
                        let (t, w) = Translations::new(lang.clone(), file);
                        diags.extend(w);
                        list.push(Arc::new(t));
                    }
                    Err(errors) => diags.extend(errors),
                }
            }
            if let Some(default) = default_for(lang) {
                list.push(default);
            }
            own.push((lang.clone(), list));
        }
        (UiSet { own }, diags)
    }

    /// The UI for `lang`, falling back along `chain` (best first, source last).
    pub fn ui(&self, lang: &Lang, chain: &[Lang]) -> Ui {
        let mut list = Vec::new();
        for l in std::iter::once(lang).chain(chain) {
            if let Some((_, ts)) = self.own.iter().find(|(x, _)| x == l) {
                list.extend(ts.iter().cloned());
            } else if let Some(d) = default_for(l) {
                list.push(d);
            }
        }
        if let Some(en) = Lang::parse("en").and_then(|en| default_for(&en)) {
            list.push(en);
        }
        Ui {
            lang: lang.clone(),
            chain: list,
        }
    }
}

/// The text of the bundled `ui.ftl` for `lang`, if safha carries one.
pub fn default_text(lang: &Lang) -> Option<&'static str> {
    DEFAULTS
        .iter()
        .find(|(tag, _)| Lang::parse(tag).is_some_and(|l| l.same_language(lang)))
        .map(|(_, text)| *text)
}

fn default_for(lang: &Lang) -> Option<Arc<Translations>> {
    static PARSED: OnceLock<Vec<(Lang, Arc<Translations>)>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        DEFAULTS
            .iter()
            .filter_map(|(tag, text)| {
                let lang = Lang::parse(tag)?;
                let file = FtlFile::from_bytes(Path::new(tag), text.as_bytes()).ok()?;
                let (t, _) = Translations::new(lang.clone(), file);
                Some((lang, Arc::new(t)))
            })
            .collect()
    });
    parsed
        .iter()
        .find(|(l, _)| l.same_language(lang))
        .map(|(_, t)| t.clone())
}

impl Ui {
    /// A label; the id itself if no language has it (visible, so it gets noticed and fixed).
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    pub fn get_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for t in &self.chain {
            if let Some((text, _errors)) = t.format(id, args) {
                return text;
            }
        }
        id.to_string()
    }

    /// `lang`'s own name, for switchers and the index: its `language-name` from its own
    /// ui.ftl only (another language's name for itself would be wrong), else a built-in
    /// autonym, else the tag.
    pub fn own_name(&self, lang: &Lang) -> String {
        self.own_in(lang, "language-name", &[])
            .or_else(|| autonym(lang).map(str::to_string))
            .unwrap_or_else(|| lang.tag())
    }

    /// A label from this UI's own language only (its file or safha's copy of it), never
    /// from a fallback: for what another language's words would get wrong.
    pub fn own(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        self.own_in(&self.lang, id, args)
    }

    fn own_in(&self, lang: &Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        let fa = (!args.is_empty()).then_some(&fa);
        self.chain
            .iter()
            .filter(|t| t.lang.same_language(lang))
            .find_map(|t| t.format(id, fa).map(|(text, _)| text))
    }

    /// The label of the parallel edition of `source` and `target` in this UI's language
    /// ("English and Urdu, side by side").
    pub fn parallel_label(&self, source: &Lang, target: &Lang) -> String {
        self.get_with(
            "edition-parallel",
            &[
                ("source", self.language_name(source).into()),
                ("target", self.language_name(target).into()),
            ],
        )
    }

    /// The name of `other` in this UI's language (`language-ur` → "Urdu" / "اردو").
    pub fn language_name(&self, other: &Lang) -> String {
        let id = format!("language-{}", other.0.language.as_str());
        let name = self.get(&id);
        if name == id {
            // Not named in this language: its own name reads better than a tag.
            autonym(other).map_or_else(|| other.tag(), str::to_string)
        } else {
            name
        }
    }
}

/// Languages' names for themselves, for languages that bring no ui.ftl of their own.
fn autonym(lang: &Lang) -> Option<&'static str> {
    let script = lang.0.script.map(|s| s.as_str().to_string());
    Some(match (lang.0.language.as_str(), script.as_deref()) {
        ("en", _) => "English",
        ("ur", _) => "اردو",
        ("ar", _) => "العربية",
        ("fa", _) => "فارسی",
        ("ps", _) => "پښتو",
        ("sd", _) => "سنڌي",
        ("pa", Some("Arab")) => "پنجابی",
        ("pa", _) => "ਪੰਜਾਬੀ",
        ("ks", _) => "کٲشُر",
        ("bal", _) => "بلوچی",
        ("skr", _) => "سرائیکی",
        ("hi", _) => "हिन्दी",
        ("bn", _) => "বাংলা",
        ("fr", _) => "Français",
        ("de", _) => "Deutsch",
        ("es", _) => "Español",
        ("tr", _) => "Türkçe",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_variants_and_fallback() {
        let en = Lang::parse("en").unwrap();
        let ur = Lang::parse("ur").unwrap();
        let set = UiSet {
            own: vec![
                (en.clone(), vec![default_for(&en).unwrap()]),
                (ur.clone(), vec![default_for(&ur).unwrap()]),
            ],
        };
        let ui = set.ui(&en, std::slice::from_ref(&en));
        let one = ui.get_with("reading-time", &[("minutes", 1.into())]);
        let many = ui.get_with("reading-time", &[("minutes", 7.into())]);
        assert!(
            one.contains("minute read") && !one.contains("minutes"),
            "{one}"
        );
        assert!(many.contains("minutes read"), "{many}");
        let ui = set.ui(&ur, &[ur.clone(), en.clone()]);
        assert_eq!(ui.language_name(&en), "انگریزی");
        // A language with no ui.ftl is never called by another language's own name.
        let fr = Lang::parse("fr").unwrap();
        let pa = Lang::parse("pa-Arab").unwrap();
        let xx = Lang::parse("tlh").unwrap();
        let fr_ui = set.ui(&fr, std::slice::from_ref(&en));
        assert_eq!(fr_ui.own_name(&fr), "Français");
        assert_eq!(fr_ui.own_name(&pa), "پنجابی");
        assert_eq!(fr_ui.own_name(&xx), "tlh");
        assert_eq!(fr_ui.own_name(&en), "English");
        assert!(
            ui.get_with("reading-time", &[("minutes", 7.into())])
                .contains("منٹ")
        );
        assert_eq!(ui.get("no-such-label"), "no-such-label");
    }
}

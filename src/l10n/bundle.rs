//! Runtime Fluent bundles: one per language and file, thread-safe so articles can build in
//! parallel.

use fluent_bundle::{FluentArgs, FluentError, FluentResource, concurrent::FluentBundle};

use super::ftl::FtlFile;
use super::lang::Lang;
use crate::diag::Diagnostic;

pub type Bundle = FluentBundle<FluentResource>;

/// A parsed `.ftl` file together with its runtime bundle.
pub struct Translations {
    pub lang: Lang,
    pub file: FtlFile,
    pub bundle: Bundle,
}

impl Translations {
    /// Builds the bundle; `file` has already passed the full parser, so the runtime parser
    /// can only add duplicate-id warnings.
    pub fn new(lang: Lang, file: FtlFile) -> (Translations, Vec<Diagnostic>) {
        let mut warnings = Vec::new();
        let resource = match FluentResource::try_new(file.text().to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let mut bundle = FluentBundle::new_concurrent(vec![lang.0.clone()]);
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                if let FluentError::Overriding { kind, id } = e {
                    let d = Diagnostic::warning(
                        "ftl-duplicate",
                        format!("{kind} `{id}` is defined twice; the first one is used"),
                    )
                    .with_hint("remove or rename one of them");
                    warnings.push(match second_span(&file, &id) {
                        Some(span) => d.at(&file.source, span),
                        None => d.at_path(&file.source.path),
                    });
                }
            }
        }
        (Translations { lang, file, bundle }, warnings)
    }

    /// Formats a message's value. `None` when the message or its value is absent.
    pub fn format(
        &self,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Option<(String, Vec<FluentError>)> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some((text.into_owned(), errors))
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|m| m.value().is_some())
    }

    /// A formatting problem in message `id`, located at the message.
    pub fn format_warning(&self, id: &str, error: &FluentError) -> Diagnostic {
        let d = Diagnostic::warning(
            "ftl-format",
            format!("message `{id}` cannot be fully formatted: {error}"),
        )
        .with_hint(
            "check the variables and message references it uses; until it is fixed the \
             source text is shown",
        );
        match self.file.get(id) {
            Some(m) => d.at(&self.file.source, m.span.clone()),
            None => d.at_path(&self.file.source.path),
        }
    }
}

fn second_span(file: &FtlFile, id: &str) -> Option<std::ops::Range<usize>> {
    let is_term = id.starts_with('-');
    let bare = id.trim_start_matches('-');
    file.messages
        .iter()
        .filter(|m| m.id == bare && m.is_term == is_term)
        .nth(1)
        .map(|m| m.span.clone())
}

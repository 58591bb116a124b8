//! A translation against its source, as compare-locales compares them: missing and
//! obsolete messages, terms, values, attributes, variables and references, with a "did you
//! mean" for a mistyped id.

use std::collections::BTreeMap;

use super::facts::Facts;
use crate::diag::{Diagnostic, SourceFile};

/// A translation's messages against its source's: what is missing, obsolete, or differs
/// in attributes and variables. `locate_missing` places a "missing" diagnostic (at the
/// source text, since the translation has no line for it); a message
/// `provided_elsewhere` is not missing.
pub fn pair_lints(
    source: &SourceFile,
    facts: &[Facts],
    reference: &[Facts],
    locate_missing: &dyn Fn(&str, Diagnostic) -> Diagnostic,
    provided_elsewhere: &dyn Fn(&str) -> bool,
    obsolete_hint: &str,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // Each list's first entry of an id, as a term or not: files of a hundred thousand
    // messages are compared in one pass each.
    fn index(list: &[Facts]) -> rustc_hash::FxHashMap<(&str, bool), usize> {
        let mut map: rustc_hash::FxHashMap<(&str, bool), usize> = Default::default();
        for (i, f) in list.iter().enumerate() {
            map.entry((f.id.as_str(), f.is_term)).or_insert(i);
        }
        map
    }
    let (in_facts, in_reference) = (index(facts), index(reference));
    let by_id = |list: &'_ [Facts], id: &str, term: bool| -> Option<usize> {
        let map = if std::ptr::eq(list, facts) {
            &in_facts
        } else {
            &in_reference
        };
        map.get(&(id, term)).copied()
    };
    for r in reference.iter().filter(|r| !r.is_term) {
        if by_id(facts, &r.id, false).is_none() && !provided_elsewhere(&r.id) {
            let d = Diagnostic::warning(
                "missing-message",
                format!("`{}` is not translated in {}", r.id, source.path.display()),
            )
            .with_label("no translation")
            .with_hint(format!(
                "add `{} = …` to {}; until then the source text is shown",
                r.id,
                source.path.display()
            ));
            out.push(locate_missing(&r.id, d));
        }
    }
    for r in reference.iter().filter(|r| r.is_term) {
        if by_id(facts, &r.id, true).is_none() && !provided_elsewhere(&format!("-{}", r.id)) {
            let d = Diagnostic::warning(
                "missing-term",
                format!(
                    "the term `-{}` is not translated in {}",
                    r.id,
                    source.path.display()
                ),
            )
            .with_label("no translation")
            .with_hint(format!(
                "add `-{} = …` to {}: messages that use it need it",
                r.id,
                source.path.display()
            ));
            out.push(locate_missing(&format!("-{}", r.id), d));
        }
    }
    // Source ids this file does not translate: where a mistyped id belongs.
    let untranslated: Vec<&str> = reference
        .iter()
        .filter(|r| !r.is_term && by_id(facts, &r.id, false).is_none())
        .map(|r| r.id.as_str())
        .collect();
    for f in facts.iter().filter(|f| !f.is_term) {
        let Some(ri) = by_id(reference, &f.id, false) else {
            let near = untranslated
                .iter()
                .map(|id| (edit_distance(id, &f.id), *id))
                .filter(|(d, _)| *d <= 2)
                .min();
            let d = match near {
                // A typo: renaming keeps the translation where it is.
                Some((_, id)) => Diagnostic::warning(
                    "obsolete-message",
                    format!("`{}` is not in the source: did you mean `{id}`?", f.id),
                )
                .with_label(format!("did you mean `{id}`?"))
                .with_hint(format!(
                    "`{id}` is in the source and not translated here: rename this message to \
                     `{id}` and its translation is used"
                )),
                None => Diagnostic::warning(
                    "obsolete-message",
                    format!("`{}` is not in the source any more", f.id),
                )
                .with_label("no source text")
                .with_hint(obsolete_hint),
            };
            out.push(d.at(source, f.id_span.clone()));
            continue;
        };
        let r = &reference[ri];
        // Empty where the source says something; an image without alt text is empty in
        // every language.
        let blank =
            |x: &Facts| x.has_value && x.text.as_deref().is_some_and(|t| t.trim().is_empty());
        if blank(f) && !blank(r) {
            out.push(
                Diagnostic::error("empty-value", format!("`{}` has an empty value", f.id))
                    .at(source, f.id_span.clone())
                    .with_label("nothing to show")
                    .with_hint(
                        "write the translation, or delete the message so the source text is shown",
                    ),
            );
        }
        if !r.has_value && f.has_value {
            out.push(
                Diagnostic::error(
                    "obsolete-value",
                    format!("`{}` has a value, but the source has only attributes", f.id),
                )
                .at(source, f.value_span.clone().unwrap_or(f.id_span.clone()))
                .with_label("not in the source")
                .with_hint("translate only the attributes (the indented `.name = …` lines)"),
            );
        }
        if r.has_value && !f.has_value {
            out.push(
                Diagnostic::error("empty-value", format!("`{}` has no value", f.id))
                    .at(source, f.id_span.clone())
                    .with_label("only attributes")
                    .with_hint("the source message has a value: translate it after `=`"),
            );
        }
        for name in r.attributes.keys() {
            if !f.attributes.contains_key(name) {
                out.push(
                    Diagnostic::error(
                        "missing-attribute",
                        format!("`{}` lacks the attribute `.{name}` of the source", f.id),
                    )
                    .at(source, f.id_span.clone())
                    .with_label(format!("no .{name}"))
                    .with_hint(format!(
                        "add an indented line `.{name} = …` under the message"
                    )),
                );
            }
        }
        for (name, span) in &f.attributes {
            if !r.attributes.contains_key(name) {
                out.push(
                    Diagnostic::error(
                        "obsolete-attribute",
                        format!("`{}` has an attribute `.{name}` the source does not", f.id),
                    )
                    .at(source, span.clone())
                    .with_label("not in the source")
                    .with_hint("remove it"),
                );
            }
        }
        out.extend(reference_lints(source, f, r));
        for (name, span) in &f.variables {
            if !r.variables.contains_key(name) {
                out.push(
                    Diagnostic::error(
                        "unknown-variable",
                        format!("`{}` uses `${name}`, which the source never passes", f.id),
                    )
                    .at(source, span.clone())
                    .with_label("unknown variable")
                    .with_hint(format!(
                        "the source uses: {}",
                        list_or_none(r.variables.keys())
                    )),
                );
            }
        }
        for name in &r.variables_everywhere {
            if !f.variables.contains_key(name) {
                out.push(
                    Diagnostic::error(
                        "missing-variable",
                        format!(
                            "`{}` never shows `${name}`, which the source always shows",
                            f.id
                        ),
                    )
                    .at(source, f.value_span.clone().unwrap_or(f.id_span.clone()))
                    .with_label(format!("no {{ ${name} }} in any variant"))
                    .with_hint(format!(
                        "place {{ ${name} }} where it belongs in the translation"
                    )),
                );
            }
        }
    }
    out
}

/// The message and term references of each part (value, attributes) against the
/// source's: one the source makes that the translation drops, or one the translation adds.
fn reference_lints(source: &SourceFile, f: &Facts, r: &Facts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let none = BTreeMap::new();
    let what = |name: &str| {
        if name.starts_with('-') {
            "term"
        } else {
            "message"
        }
    };
    let place = |part: &str| {
        if part.is_empty() {
            String::new()
        } else {
            format!(" (in `.{part}`)")
        }
    };
    for (part, refs) in &r.part_references {
        let ours = f.part_references.get(part).unwrap_or(&none);
        for name in refs.keys().filter(|n| !ours.contains_key(*n)) {
            out.push(
                Diagnostic::warning(
                    "missing-reference",
                    format!(
                        "`{}` drops the {} reference `{{ {name} }}` the source has{}",
                        f.id,
                        what(name),
                        place(part)
                    ),
                )
                .at(source, f.value_span.clone().unwrap_or(f.id_span.clone()))
                .with_label(format!("no {{ {name} }}"))
                .with_hint(format!(
                    "keep `{{ {name} }}` where it belongs: it shows text defined elsewhere"
                )),
            );
        }
    }
    for (part, refs) in &f.part_references {
        let theirs = r.part_references.get(part).unwrap_or(&none);
        for (name, span) in refs.iter().filter(|(n, _)| !theirs.contains_key(*n)) {
            out.push(
                Diagnostic::warning(
                    "obsolete-reference",
                    format!(
                        "`{}` has a {} reference `{{ {name} }}` the source does not{}",
                        f.id,
                        what(name),
                        place(part)
                    ),
                )
                .at(source, span.clone())
                .with_label("not in the source")
                .with_hint("use the references the source uses"),
            );
        }
    }
    out
}

fn list_or_none<'a>(names: impl Iterator<Item = &'a String>) -> String {
    let v: Vec<String> = names.map(|n| format!("${n}")).collect();
    if v.is_empty() {
        "no variables".to_string()
    } else {
        v.join(", ")
    }
}

/// How many single-character insertions, deletions or substitutions turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::facts::facts;

    /// The codes and severities `pair_lints` gives `translation` against `source`.
    fn lints(source: &str, translation: &str) -> Vec<(&'static str, bool)> {
        let file = SourceFile::new("locales/ur/t.ftl", translation);
        pair_lints(
            &file,
            &facts(translation),
            &facts(source),
            &|_, d| d,
            &|_| false,
            "",
        )
        .into_iter()
        .map(|d| (d.code, d.is_error()))
        .collect()
    }

    #[test]
    fn references_the_source_makes_must_stay_and_no_others_come() {
        let src = "-brand = Safha\nb = B\na = { b } and { -brand }\n    .title = { -brand } page\n";
        let ok = "-brand = صفحہ\nb = ب\na = { b } اور { -brand }\n    .title = { -brand } صفحہ\n";
        assert_eq!(lints(src, ok), vec![]);
        // A message reference dropped from the value, a term dropped from an attribute.
        let dropped = "-brand = صفحہ\nb = ب\na = اور { -brand }\n    .title = صفحہ\n";
        assert_eq!(
            lints(src, dropped),
            vec![("missing-reference", false), ("missing-reference", false)]
        );
        // A term the source does not use; the same term moved from the attribute to the value.
        let added = "-brand = صفحہ\n-other = x\nb = ب\na = { b } { -brand } { -other }\n    .title = { -brand }\n";
        let got = lints(src, added);
        assert!(got.contains(&("obsolete-reference", false)), "{got:?}");
        // A term's attribute is the language's own choice (a case): not compared.
        let cased = "-brand = صفحہ\n    .case = x\nb = ب\na = { -brand.case ->\n        [x] { b }\n       *[other] { b }\n    } { -brand }\n    .title = { -brand }\n";
        assert_eq!(lints(src, cased), vec![]);
    }

    #[test]
    fn values_attributes_and_terms_against_the_source() {
        let src = "-brand = Safha\na =\n    .title = T\n";
        // A value where the source has only attributes is an error, as in compare-locales.
        let value = "-brand = صفحہ\na = V\n    .title = ٹ\n";
        assert_eq!(lints(src, value), vec![("obsolete-value", true)]);
        // An attribute the source lacks is an error too; a missing term a warning.
        let extra = "a =\n    .title = ٹ\n    .label = ل\n";
        assert_eq!(
            lints(src, extra),
            vec![("missing-term", false), ("obsolete-attribute", true)]
        );
        let missing = "-brand = صفحہ\na =\n    .label = ل\n";
        let got = lints(src, missing);
        assert!(got.contains(&("missing-attribute", true)), "{got:?}");
    }
}

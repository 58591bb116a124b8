//! Fluent lints of one file on its own, compare-locales' ground: duplicate ids,
//! attributes and variant keys, references that lead nowhere or in a circle, plural
//! categories the language lacks or a plural select misses.

use std::collections::{BTreeMap, BTreeSet};

use super::facts::Facts;
use crate::diag::{Diagnostic, SourceFile};
use crate::l10n::Lang;

/// Lints of one file on its own: duplicate ids, empty values, references that lead
/// nowhere, plural categories the language does not have.
pub fn file_lints(source: &SourceFile, facts: &[Facts], lang: &Lang) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: BTreeMap<(bool, &str), &Facts> = BTreeMap::new();
    for f in facts {
        if let Some(first) = seen.get(&(f.is_term, f.id.as_str())) {
            let (l, c) = source.line_col(first.id_span.start);
            out.push(
                Diagnostic::error(
                    "duplicate-id",
                    format!(
                        "{} `{}{}` is defined twice",
                        if f.is_term { "term" } else { "message" },
                        if f.is_term { "-" } else { "" },
                        f.id
                    ),
                )
                .at(source, f.id_span.clone())
                .with_label(format!("first defined at line {l}, column {c}"))
                .with_hint("Fluent uses the first one; remove or rename this one"),
            );
        } else {
            seen.insert((f.is_term, f.id.as_str()), f);
        }
    }
    let defined: BTreeSet<String> = facts
        .iter()
        .map(|f| {
            if f.is_term {
                format!("-{}", f.id)
            } else {
                f.id.clone()
            }
        })
        .collect();
    for f in facts {
        for (r, span) in &f.references {
            if !defined.contains(r) {
                out.push(
                    Diagnostic::error(
                        "unknown-reference",
                        format!(
                            "`{}` refers to `{r}`, which this file does not define",
                            f.id
                        ),
                    )
                    .at(source, span.clone())
                    .with_label("not defined")
                    .with_hint(if r.starts_with('-') {
                        "define the term in this file (`-name = …`) or fix the name"
                    } else {
                        "define the message in this file or fix the name"
                    }),
                );
            }
        }
    }
    out.extend(cycles(source, facts));
    out.extend(duplicates(source, facts));
    let categories = plural_categories(lang);
    if !categories.is_empty() {
        for f in facts {
            for (key, span) in &f.plural_keys {
                let is_category =
                    ["zero", "one", "two", "few", "many", "other"].contains(&key.as_str());
                if is_category && !categories.contains(key.as_str()) {
                    out.push(
                        Diagnostic::warning(
                            "plural-category",
                            format!(
                                "`{}` has a `[{key}]` variant, but {} has no `{key}` plural form",
                                f.id,
                                lang.tag()
                            ),
                        )
                        .at(source, span.clone())
                        .with_label("never chosen")
                        .with_hint(format!(
                            "{} plural categories are: {}",
                            lang.tag(),
                            categories.iter().copied().collect::<Vec<_>>().join(", ")
                        )),
                    );
                }
            }
            // A plural select (one with a category of the language besides `other`)
            // should give every category its own wording, as compare-locales asks.
            for (keys, span) in &f.selects {
                if !categories
                    .iter()
                    .any(|c| *c != "other" && keys.contains(*c))
                {
                    continue;
                }
                let missing: Vec<&str> = categories
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(*c))
                    .collect();
                if !missing.is_empty() {
                    out.push(
                        Diagnostic::warning(
                            "plural-missing",
                            format!(
                                "`{}` has no variant for the {} plural form{} {}",
                                f.id,
                                lang.tag(),
                                if missing.len() == 1 { "" } else { "s" },
                                missing
                                    .iter()
                                    .map(|c| format!("`[{c}]`"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        )
                        .at(source, span.clone())
                        .with_label("a plural select")
                        .with_hint(format!(
                            "add {}: each is chosen for its own numbers",
                            missing
                                .iter()
                                .map(|c| format!("`[{c}] …`"))
                                .collect::<Vec<_>>()
                                .join(" and ")
                        )),
                    );
                }
            }
        }
    }
    out
}

/// Attributes defined twice in one message and variant keys given twice in one select:
/// Fluent uses the first, so the second is dead text.
fn duplicates(source: &SourceFile, facts: &[Facts]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in facts {
        for (name, span) in &f.duplicate_attributes {
            out.push(
                Diagnostic::warning(
                    "duplicate-attribute",
                    format!("`{}` defines the attribute `.{name}` twice", f.id),
                )
                .at(source, span.clone())
                .with_label("defined before")
                .with_hint("Fluent uses the first one: remove or merge this one"),
            );
        }
        for (key, span) in &f.duplicate_variants {
            out.push(
                Diagnostic::warning(
                    "duplicate-variant",
                    format!("`{}` has the variant `[{key}]` twice in one select", f.id),
                )
                .at(source, span.clone())
                .with_label("given before")
                .with_hint("Fluent uses the first one: remove or merge this one"),
            );
        }
    }
    out
}

/// Messages and terms that reach themselves through references (`a = { b }`, `b = { a }`):
/// Fluent cannot format them and shows their ids instead. Each one in a loop gets an error
/// at the reference that starts it.
fn cycles(source: &SourceFile, facts: &[Facts]) -> Vec<Diagnostic> {
    let key = |f: &Facts| {
        if f.is_term {
            format!("-{}", f.id)
        } else {
            f.id.clone()
        }
    };
    let mut graph: BTreeMap<String, &Facts> = BTreeMap::new();
    for f in facts {
        graph.entry(key(f)).or_insert(f);
    }
    let mut out = Vec::new();
    for (start, f) in &graph {
        for (first, span) in &f.references {
            // Breadth first from `first`, back to `start`, keeping the way.
            let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
            let mut queue = std::collections::VecDeque::from([first.as_str()]);
            came_from.insert(first.as_str(), start.as_str());
            let mut closed = false;
            while let Some(at) = queue.pop_front() {
                if at == start {
                    closed = true;
                    break;
                }
                for (next, _) in graph.get(at).map_or(&[][..], |g| &g.references[..]) {
                    if !came_from.contains_key(next.as_str()) {
                        came_from.insert(next.as_str(), at);
                        queue.push_back(next.as_str());
                    }
                }
            }
            if !closed {
                continue;
            }
            let mut way = vec![start.as_str()];
            let mut at = came_from.get(start.as_str()).copied().unwrap_or(start);
            while at != start && way.len() <= graph.len() {
                way.push(at);
                at = came_from.get(at).copied().unwrap_or(start);
            }
            way.push(start.as_str());
            way.reverse();
            out.push(
                Diagnostic::error(
                    "reference-cycle",
                    format!("`{start}` refers to itself: {}", way.join(" → ")),
                )
                .at(source, span.clone())
                .with_label("leads back here")
                .with_hint("a message cannot contain itself; write the text out instead"),
            );
            break;
        }
    }
    out
}

/// CLDR cardinal plural categories of `lang` (Urdu: one, other). intl_pluralrules only
/// selects, so the categories are what it selects over numbers that reach every rule
/// (integers, millions, and decimals with visible fraction digits).
pub fn plural_categories(lang: &Lang) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(rules) = PluralRules::create(lang.0.clone(), PluralRuleType::CARDINAL) else {
        return BTreeSet::new();
    };
    let name = |c: PluralCategory| match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    let mut out = BTreeSet::new();
    for n in (0..=200u64).chain([1000, 10_000, 100_000, 1_000_000, 10_000_000]) {
        if let Ok(c) = rules.select(n) {
            out.insert(name(c));
        }
    }
    for d in [
        "0.0", "0.1", "0.5", "1.0", "1.5", "2.0", "2.5", "3.5", "10.0", "11.5", "100.5",
    ] {
        if let Ok(c) = rules.select(d) {
            out.insert(name(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_only_on_numbers() {
        let text = "a = { PLATFORM() ->\n    [two] x\n   *[other] y\n}\n\
                    b = { $n ->\n    [two] x\n   *[other] y\n}\n\
                    c = { NUMBER($n) ->\n    [two] x\n   *[other] y\n}\n";
        let source = SourceFile::new("locales/ur/t.ftl", text);
        let ur = Lang::parse("ur").unwrap();
        let flagged: Vec<String> = file_lints(&source, &super::super::facts::facts(text), &ur)
            .into_iter()
            .filter(|d| d.code == "plural-category")
            .map(|d| d.message)
            .collect();
        assert_eq!(flagged.len(), 2, "{flagged:?}");
        assert!(flagged.iter().all(|m| !m.starts_with("`a`")), "{flagged:?}");
    }
}

#[cfg(test)]
mod duplicate_tests {
    use super::*;
    use crate::check::facts::facts;

    fn codes(text: &str, lang: &str) -> Vec<&'static str> {
        let source = SourceFile::new("locales/t.ftl", text);
        file_lints(&source, &facts(text), &Lang::parse(lang).unwrap())
            .into_iter()
            .map(|d| d.code)
            .collect()
    }

    #[test]
    fn attributes_and_variant_keys_given_twice_are_flagged_once_per_repeat() {
        assert_eq!(
            codes(
                "a = x\n    .title = one\n    .title = two\n    .title = three\n",
                "ur"
            ),
            vec!["duplicate-attribute", "duplicate-attribute"]
        );
        assert_eq!(
            codes("-t = x\n    .case = a\n    .case = b\n", "ur"),
            vec!["duplicate-attribute"]
        );
        // Identifier keys, number keys, and a select nested in a variant.
        assert_eq!(
            codes(
                "a = { $n ->\n    [one] x\n    [one] y\n   *[other] { $g ->\n        [1] a\n        [1] b\n       *[x] c\n    }\n}\n",
                "ur"
            ),
            vec!["duplicate-variant", "duplicate-variant"]
        );
        assert_eq!(
            codes("a = x\n    .title = one\n    .label = two\n", "ur"),
            vec![] as Vec<&str>
        );
    }

    #[test]
    fn a_plural_select_gives_every_category_of_the_language() {
        let select = "a = { $n ->\n    [one] x\n   *[other] y\n}\n";
        assert_eq!(codes(select, "ur"), vec![] as Vec<&str>);
        // Arabic has six categories: four are missing.
        assert_eq!(codes(select, "ar"), vec!["plural-missing"]);
        // Not a plural select: no category besides `other`.
        assert_eq!(
            codes("a = { $g ->\n    [male] x\n   *[other] y\n}\n", "ar"),
            vec![] as Vec<&str>
        );
    }
}

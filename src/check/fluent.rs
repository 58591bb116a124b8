//! Fluent-level lints, compare-locales' ground: duplicate ids, empty values, references,
//! plural categories, and a translation against its source (missing and obsolete messages
//! and attributes, variables).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};

use crate::diag::{Diagnostic, SourceFile};
use crate::l10n::Lang;
use crate::l10n::ftl::offset_in;

/// What a check needs to know of one message or term, with spans into its file.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub id: String,
    pub is_term: bool,
    pub id_span: Range<usize>,
    pub has_value: bool,
    /// The value as plain text, when it is only text (article segments are).
    pub text: Option<String>,
    /// Span of the value's first text, for pointing into it.
    pub value_span: Option<Range<usize>>,
    pub attributes: BTreeMap<String, Range<usize>>,
    /// Variables used anywhere in the message, with the span of their first use.
    pub variables: BTreeMap<String, Range<usize>>,
    /// Variables used in every variant of every select (what a translation must keep).
    pub variables_everywhere: BTreeSet<String>,
    /// Message and term references (`-name` for terms) with their spans.
    pub references: Vec<(String, Range<usize>)>,
    /// Variant keys of selects on a variable: (key, span).
    pub plural_keys: Vec<(String, Range<usize>)>,
}

/// The facts of every message and term in `text`, in file order (duplicates included).
pub fn facts(text: &str) -> Vec<Facts> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in &resource.body {
        let (id, is_term, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name, false, m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (t.id.name, true, Some(&t.value), &t.attributes),
            _ => continue,
        };
        let at = offset_in(text, id);
        let mut f = Facts {
            id: id.to_string(),
            is_term,
            id_span: at..at + id.len(),
            has_value: value.is_some(),
            text: value.and_then(crate::l10n::ftl::pattern_text),
            ..Facts::default()
        };
        if let Some(v) = value {
            f.value_span = first_text_span(text, v);
            walk_pattern(text, v, &mut f);
            f.variables_everywhere = everywhere(v);
        }
        for a in attributes {
            let at = offset_in(text, a.id.name);
            f.attributes
                .insert(a.id.name.to_string(), at..at + a.id.name.len());
            walk_pattern(text, &a.value, &mut f);
        }
        out.push(f);
    }
    out
}

fn first_text_span(text: &str, p: &ast::Pattern<&str>) -> Option<Range<usize>> {
    p.elements.iter().find_map(|el| match el {
        PatternElement::TextElement { value } if !value.trim().is_empty() => {
            let at = offset_in(text, value);
            Some(at..at + value.len())
        }
        _ => None,
    })
}

fn walk_pattern(text: &str, p: &ast::Pattern<&str>, f: &mut Facts) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(text, expression, f);
        }
    }
}

fn walk_expression(text: &str, e: &Expression<&str>, f: &mut Facts) {
    match e {
        Expression::Inline(i) => walk_inline(text, i, f),
        Expression::Select { selector, variants } => {
            walk_inline(text, selector, f);
            // Plural categories only mean something on a number: a variable (which may be
            // one) or NUMBER(); `PLATFORM()` and other functions choose by their own keys.
            let on_number = match selector {
                InlineExpression::VariableReference { .. } => true,
                InlineExpression::FunctionReference { id, .. } => id.name == "NUMBER",
                _ => false,
            };
            for v in variants {
                if on_number && let VariantKey::Identifier { name } = &v.key {
                    let at = offset_in(text, name);
                    f.plural_keys.push((name.to_string(), at..at + name.len()));
                }
                walk_pattern(text, &v.value, f);
            }
        }
    }
}

fn walk_inline(text: &str, i: &InlineExpression<&str>, f: &mut Facts) {
    let span = |s: &str| {
        let at = offset_in(text, s);
        at..at + s.len()
    };
    match i {
        InlineExpression::VariableReference { id } => {
            f.variables
                .entry(id.name.to_string())
                .or_insert_with(|| span(id.name));
        }
        InlineExpression::MessageReference { id, .. } => {
            f.references.push((id.name.to_string(), span(id.name)));
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            f.references.push((format!("-{}", id.name), span(id.name)));
            if let Some(args) = arguments {
                walk_arguments(text, args, f);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => walk_arguments(text, arguments, f),
        InlineExpression::Placeable { expression } => walk_expression(text, expression, f),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(text: &str, args: &ast::CallArguments<&str>, f: &mut Facts) {
    for a in &args.positional {
        walk_inline(text, a, f);
    }
    for a in &args.named {
        walk_inline(text, &a.value, f);
    }
}

/// Variables present in every variant of a pattern (so in whatever the reader sees).
fn everywhere(p: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            out.extend(everywhere_expr(expression));
        }
    }
    out
}

fn everywhere_expr(e: &Expression<&str>) -> BTreeSet<String> {
    match e {
        Expression::Inline(i) => everywhere_inline(i),
        Expression::Select { selector, variants } => {
            // The selector alone does not show the variable to the reader.
            let _ = selector;
            let mut sets = variants.iter().map(|v| everywhere(&v.value));
            let first = sets.next().unwrap_or_default();
            sets.fold(first, |acc, s| acc.intersection(&s).cloned().collect())
        }
    }
}

fn everywhere_inline(i: &InlineExpression<&str>) -> BTreeSet<String> {
    match i {
        InlineExpression::VariableReference { id } => BTreeSet::from([id.name.to_string()]),
        InlineExpression::Placeable { expression } => everywhere_expr(expression),
        InlineExpression::FunctionReference { arguments, .. } => arguments
            .positional
            .iter()
            .flat_map(everywhere_inline)
            .collect(),
        _ => BTreeSet::new(),
    }
}

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
        }
    }
    out
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
                    Diagnostic::warning(
                        "obsolete-attribute",
                        format!("`{}` has an attribute `.{name}` the source does not", f.id),
                    )
                    .at(source, span.clone())
                    .with_label("not in the source")
                    .with_hint("remove it"),
                );
            }
        }
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

fn list_or_none<'a>(names: impl Iterator<Item = &'a String>) -> String {
    let v: Vec<String> = names.map(|n| format!("${n}")).collect();
    if v.is_empty() {
        "no variables".to_string()
    } else {
        v.join(", ")
    }
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
        let flagged: Vec<String> = file_lints(&source, &facts(text), &ur)
            .into_iter()
            .filter(|d| d.code == "plural-category")
            .map(|d| d.message)
            .collect();
        assert_eq!(flagged.len(), 2, "{flagged:?}");
        assert!(flagged.iter().all(|m| !m.starts_with("`a`")), "{flagged:?}");
    }
}

//! What the Fluent checks read of each message or term: its value, attributes, variables,
//! references (per value and attribute), plural keys and selects, with spans into its file.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};

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
    /// Attributes defined again after their first definition: (name, span).
    pub duplicate_attributes: Vec<(String, Range<usize>)>,
    /// Variant keys repeated within one select: (key, span of the repeat).
    pub duplicate_variants: Vec<(String, Range<usize>)>,
    /// The keys of each select, with the span of its first key.
    pub selects: Vec<(BTreeSet<String>, Range<usize>)>,
    /// Message (`id` or `id.attr`) and term (`-id`) references of the value (part `""`)
    /// and of each attribute (part = its name), with the span of the first.
    pub part_references: BTreeMap<String, BTreeMap<String, Range<usize>>>,
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
            walk_pattern(text, v, &mut f, "");
            f.variables_everywhere = everywhere(v);
        }
        for a in attributes {
            let at = offset_in(text, a.id.name);
            let span = at..at + a.id.name.len();
            if f.attributes.contains_key(a.id.name) {
                f.duplicate_attributes.push((a.id.name.to_string(), span));
            } else {
                f.attributes.insert(a.id.name.to_string(), span);
            }
            walk_pattern(text, &a.value, &mut f, a.id.name);
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

/// Walks a pattern of `part` (`""`: the value; else the attribute's name).
fn walk_pattern(text: &str, p: &ast::Pattern<&str>, f: &mut Facts, part: &str) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(text, expression, f, part);
        }
    }
}

fn walk_expression(text: &str, e: &Expression<&str>, f: &mut Facts, part: &str) {
    match e {
        Expression::Inline(i) => walk_inline(text, i, f, part),
        Expression::Select { selector, variants } => {
            walk_inline(text, selector, f, part);
            // Plural categories only mean something on a number: a variable (which may be
            // one) or NUMBER(); `PLATFORM()` and other functions choose by their own keys.
            let on_number = match selector {
                InlineExpression::VariableReference { .. } => true,
                InlineExpression::FunctionReference { id, .. } => id.name == "NUMBER",
                _ => false,
            };
            let mut keys = BTreeSet::new();
            let mut first = None;
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name,
                    VariantKey::NumberLiteral { value } => value,
                };
                let at = offset_in(text, key);
                let span = at..at + key.len();
                first.get_or_insert(span.clone());
                if !keys.insert(key.to_string()) {
                    f.duplicate_variants.push((key.to_string(), span.clone()));
                }
                if on_number && let VariantKey::Identifier { name } = &v.key {
                    f.plural_keys.push((name.to_string(), span));
                }
                walk_pattern(text, &v.value, f, part);
            }
            if let Some(first) = first {
                f.selects.push((keys, first));
            }
        }
    }
}

fn walk_inline(text: &str, i: &InlineExpression<&str>, f: &mut Facts, part: &str) {
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
        InlineExpression::MessageReference { id, attribute } => {
            f.references.push((id.name.to_string(), span(id.name)));
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            };
            f.part_references
                .entry(part.to_string())
                .or_default()
                .entry(name)
                .or_insert_with(|| span(id.name));
        }
        InlineExpression::TermReference {
            id,
            arguments,
            attribute,
        } => {
            f.references.push((format!("-{}", id.name), span(id.name)));
            // A term's attribute is chosen by the language (a grammatical case): not
            // compared, as compare-locales does not.
            if attribute.is_none() {
                f.part_references
                    .entry(part.to_string())
                    .or_default()
                    .entry(format!("-{}", id.name))
                    .or_insert_with(|| span(id.name));
            }
            if let Some(args) = arguments {
                walk_arguments(text, args, f, part);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(text, arguments, f, part)
        }
        InlineExpression::Placeable { expression } => walk_expression(text, expression, f, part),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(text: &str, args: &ast::CallArguments<&str>, f: &mut Facts, part: &str) {
    for a in &args.positional {
        walk_inline(text, a, f, part);
    }
    for a in &args.named {
        walk_inline(text, &a.value, f, part);
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

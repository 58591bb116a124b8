//! Segments → `.ftl` text, through `fluent-syntax`'s AST and serializer.
//!
//! The serializer writes text elements verbatim, so the escaping Fluent needs is done here
//! while building the AST: `{` and `}` anywhere, a space at the start of a line, and `[`, `*`
//! or `.` at the start of a line of a value written as a block (of several lines) become
//! string-literal placeables (`{ "[" }`), which every Fluent parser reads back as the same
//! characters. Text elements end at newlines, because the serializer
//! indents continuation lines only at the start of an element.

use fluent_syntax::ast::{
    Comment, Entry, Expression, Identifier, InlineExpression, Message, Pattern, PatternElement,
    Resource,
};
use fluent_syntax::serializer;

use crate::article::Article;

/// A pattern whose value is exactly `text`.
pub fn pattern_of(text: &str) -> Pattern<String> {
    let mut elements = Vec::new();
    let mut buf = String::new();
    let mut line_start = true;
    // White space that ends a line or the value, which Fluent and editors drop.
    let chars: Vec<char> = text.chars().collect();
    let mut trailing = vec![false; chars.len()];
    let mut at_end = true;
    for (i, &c) in chars.iter().enumerate().rev() {
        match c {
            ' ' | '\t' => trailing[i] = at_end,
            '\n' => at_end = true,
            _ => at_end = false,
        }
    }
    // A value of one line is written inline after `=`, where `[`, `*` and `.` are text (the
    // spec's special_chars fixture): `**Q:** …` and `[NDMA](…) said` stay as typed for the
    // translator. A value of several lines starts on a line of its own, where they are not.
    let block = text.contains('\n');
    for (i, &c) in chars.iter().enumerate() {
        let special = matches!(c, '{' | '}')
            || trailing[i]
            || (line_start && matches!(c, ' ' | '\t'))
            || (line_start && block && matches!(c, '[' | '*' | '.'));
        if special {
            if !buf.is_empty() {
                elements.push(PatternElement::TextElement {
                    value: std::mem::take(&mut buf),
                });
            }
            elements.push(PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral {
                    value: literal_escape(c),
                }),
            });
        } else {
            buf.push(c);
            // The serializer indents only at the start of an element: end each line's
            // element at its newline.
            if c == '\n' {
                elements.push(PatternElement::TextElement {
                    value: std::mem::take(&mut buf),
                });
            }
        }
        line_start = c == '\n';
    }
    if !buf.is_empty() {
        elements.push(PatternElement::TextElement { value: buf });
    }
    // Nothing at all (an image without alt text, a heading without words) is an empty
    // string literal: `id =` alone is no message.
    if elements.is_empty() {
        elements.push(PatternElement::Placeable {
            expression: Expression::Inline(InlineExpression::StringLiteral {
                value: String::new(),
            }),
        });
    }
    Pattern { elements }
}

fn literal_escape(c: char) -> String {
    match c {
        '"' => "\\\"".to_string(),
        '\\' => "\\\\".to_string(),
        '\t' => "\\u0009".to_string(),
        c => c.to_string(),
    }
}

/// A message entry with an optional comment (one comment line per element of `comment`).
pub fn message(id: &str, text: &str, comment: Vec<String>) -> Entry<String> {
    Entry::Message(Message {
        id: Identifier {
            name: id.to_string(),
        },
        value: Some(pattern_of(text)),
        attributes: Vec::new(),
        comment: (!comment.is_empty()).then_some(Comment { content: comment }),
    })
}

pub fn resource_comment(lines: Vec<String>) -> Entry<String> {
    Entry::ResourceComment(Comment { content: lines })
}

pub fn to_string(body: Vec<Entry<String>>) -> String {
    serializer::serialize(&Resource { body })
}

/// The source-language file for an article: one message per segment that has one
/// ([`Article::messages`]), in reading order.
pub fn source_resource(article: &Article) -> String {
    let mut body = vec![resource_comment(vec![
        format!(
            "Source messages of {}, written by `safha extract`.",
            article.source.path.display()
        ),
        "Edit the Markdown, not this file; translations use the same ids.".to_string(),
    ])];
    let notes = note_context(article);
    let mut seen = std::collections::HashSet::new();
    for (i, seg) in article.segments.iter().enumerate() {
        if !seg.has_message() || !seen.insert(seg.id.as_str()) {
            continue;
        }
        let comment = notes.get(&i).cloned().into_iter().collect();
        body.push(message(&seg.id, &seg.text, comment));
    }
    to_string(body)
}

/// How many of the segments referring to a note its comment names.
const MAX_NAMED: usize = 3;

/// For each segment of a footnote's text, a comment saying which note it is and where the
/// text refers to it, so a translator sees what the note belongs to.
fn note_context(article: &Article) -> std::collections::HashMap<usize, String> {
    use crate::article::{Block, note_key};
    let mut out = std::collections::HashMap::new();
    // The segments outside the notes that refer to each note, in order, each once: one
    // pass (a search of every segment for each note made thousands of notes cubic).
    let mut referring: std::collections::HashMap<String, Vec<&str>> = Default::default();
    for s in (article.segments.iter()).filter(|s| s.kind != crate::article::SegmentKind::Footnote) {
        for label in crate::article::notes::labels(&s.text) {
            let ids = referring.entry(note_key(label)).or_default();
            if !ids.contains(&s.id.as_str()) && ids.len() <= MAX_NAMED {
                ids.push(&s.id);
            }
        }
    }
    let mut stack: Vec<&Block> = article.blocks.iter().collect();
    while let Some(block) = stack.pop() {
        match block {
            Block::Footnote { label, blocks } => {
                let number = article.note_number(label).unwrap_or(0);
                let comment = match referring.get(&note_key(label)).map(Vec::as_slice) {
                    Some([]) | None => format!("Footnote {number} ([^{label}])"),
                    Some(ids) if ids.len() > MAX_NAMED => format!(
                        "Footnote {number} ([^{label}]), referred to in {} and more",
                        ids[..MAX_NAMED].join(", ")
                    ),
                    Some(ids) => format!(
                        "Footnote {number} ([^{label}]), referred to in {}",
                        ids.join(", ")
                    ),
                };
                let mut inner: Vec<&Block> = blocks.iter().collect();
                while let Some(b) = inner.pop() {
                    match b {
                        Block::Paragraph { segment }
                        | Block::Text { segment }
                        | Block::Heading { segment, .. } => {
                            out.insert(*segment, comment.clone());
                        }
                        Block::Quote { blocks } | Block::Footnote { blocks, .. } => {
                            inner.extend(blocks)
                        }
                        Block::List { items, .. } => {
                            for item in items {
                                if let Some(s) = item.segment {
                                    out.insert(s, comment.clone());
                                }
                                inner.extend(&item.blocks);
                            }
                        }
                        _ => {}
                    }
                }
            }
            Block::Quote { blocks } => stack.extend(blocks),
            Block::List { items, .. } => stack.extend(items.iter().flat_map(|i| &i.blocks)),
            _ => {}
        }
    }
    out
}

/// The comment lines that record the source text a translation was made from.
pub fn source_note_lines(source_text: &str) -> Vec<String> {
    source_text
        .split('\n')
        .map(|line| format!("{}{line}", super::ftl::SOURCE_NOTE))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::ftl::FtlFile;
    use std::path::Path;

    #[test]
    fn a_notes_comment_names_every_place_that_refers_to_it() {
        let md =
            "---\ntitle: T\n---\n\nFirst.[^a]\n\n| x |\n|---|\n| cell[^a] |\n\n[^a]: The note.\n";
        let mut article =
            crate::article::Article::parse(std::path::Path::new("content/t.md"), md).unwrap();
        crate::article::ids::assign(&mut article.segments, &[]);
        let ftl = source_resource(&article);
        assert!(
            ftl.contains("# Footnote 1 ([^a]), referred to in p-first-a, cell-cell-a\n"),
            "{ftl}"
        );
    }

    #[test]
    fn tricky_values_round_trip() {
        let cases = [
            "[link](http://x) at the start",
            "*emphasis* first",
            ".dot first",
            "braces { and } inside {{x}}",
            "two lines\n[second] starts with a bracket",
            "line one\\\n* star line\n. dot line",
            "quotes \" and backslash \\ stay",
            "اردو *زور* [ربط](u) {x}",
            "plain first line\nplain second line\n  indented third",
            "",
            " ",
            "trailing space \nand tab\t",
            "\t",
        ];
        let body = cases
            .iter()
            .enumerate()
            .map(|(i, t)| message(&format!("m{i}"), t, vec![]))
            .collect();
        let text = to_string(body);
        let file = FtlFile::from_bytes(Path::new("t.ftl"), text.as_bytes()).unwrap();
        for (i, case) in cases.iter().enumerate() {
            let m = file.get(&format!("m{i}")).unwrap();
            assert_eq!(m.text.as_deref(), Some(*case), "in:\n{text}");
        }
    }
}

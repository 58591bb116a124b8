//! Footnote references in a segment's text, for everything that reads a segment on its
//! own (renderers, check, extract): the labels it refers to, and a parse in which its
//! `[^label]`s are references although the definitions live elsewhere in the article.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::diag::{Diagnostic, SourceFile};

use super::model::{Segment, note_key};

/// The labels of the footnote references written in `text`, in order, as written.
pub fn labels(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("[^").filter_map(move |(at, _)| {
        let (label, _) = text[at + 2..].split_once(']')?;
        (!label.trim().is_empty() && !label.contains(['[', '\n'])).then_some(label)
    })
}

/// A warning for each note no text refers to (`defined` less `referred`: printed where
/// it is defined, where it reads as a stray paragraph), and for each reference in
/// `segments` to a note no definition has (not among `notes`, the numbered keys: printed
/// as written).
pub fn unmatched(
    source: &SourceFile,
    defined: &[(String, Range<usize>)],
    referred: &HashSet<String>,
    notes: &HashSet<String>,
    segments: &[Segment],
    options: pulldown_cmark::Options,
) -> Vec<Diagnostic> {
    let text = &source.text;
    let mut out = Vec::new();
    for (key, range) in defined.iter().filter(|(k, _)| !referred.contains(k)) {
        let end = text[range.clone()]
            .find('\n')
            .map_or(range.end, |i| range.start + i);
        out.push(
            Diagnostic::warning(
                "note-unreferenced",
                "this footnote is defined but no text refers to it",
            )
            .at(source, range.start..end)
            .with_hint(format!(
                "refer to it with `[^{key}]` where it belongs, or delete it; it is printed \
                 where it is defined"
            )),
        );
    }
    for seg in segments {
        for label in unresolved(&seg.text, options) {
            if notes.contains(&note_key(&label)) {
                continue;
            }
            let written = format!("[^{label}]");
            let at = text
                .get(seg.offset..)
                .and_then(|t| t.find(&written))
                .map_or(seg.offset, |i| seg.offset + i);
            out.push(
                Diagnostic::warning(
                    "note-undefined",
                    format!("`{written}` refers to a footnote the article does not define"),
                )
                .at(source, at..(at + written.len()).min(text.len()))
                .with_hint(format!(
                    "add `{written}: …` on a line of its own; until then it is printed as written"
                )),
            );
        }
    }
    out
}

/// The labels of the `[^label]`s that `text`, parsed on its own with `options` (no
/// definitions), shows
/// as written: those outside code. The article defines some of them; the others are
/// references to nothing.
pub fn unresolved(text: &str, options: pulldown_cmark::Options) -> Vec<String> {
    if !text.contains("[^") {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut run = String::new();
    let parser = pulldown_cmark::Parser::new_ext(text, options);
    for event in parser.chain(std::iter::once(Event::HardBreak)) {
        match event {
            Event::Text(t) => run.push_str(&t),
            _ => {
                out.extend(labels(&run).map(str::to_string));
                run.clear();
            }
        }
    }
    out
}

/// Appends a definition for each note of `keys` to `text`, so that a parse of `text`
/// reads its references as the article does; [`WithoutDefinitions`] drops them again.
pub fn append_definitions(text: &mut String, keys: &[String]) {
    text.push('\n');
    for key in keys {
        text.push_str(&format!("\n[^{key}]: .\n"));
    }
}

/// A parse's events without those of footnote definitions.
pub struct WithoutDefinitions<I> {
    events: I,
    depth: usize,
}

impl<I> WithoutDefinitions<I> {
    pub fn new(events: I) -> Self {
        WithoutDefinitions { events, depth: 0 }
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for WithoutDefinitions<I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let event = self.events.next()?;
            match event {
                Event::Start(Tag::FootnoteDefinition(_)) => self.depth += 1,
                Event::End(TagEnd::FootnoteDefinition) => self.depth = self.depth.saturating_sub(1),
                _ if self.depth == 0 => return Some(event),
                _ => {}
            }
        }
    }
}

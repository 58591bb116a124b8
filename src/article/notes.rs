//! Footnote references in a segment's text, for everything that reads a segment on its
//! own (renderers, check, extract): the labels it refers to, and a parse in which its
//! `[^label]`s are references although the definitions live elsewhere in the article.

use pulldown_cmark::{Event, Tag, TagEnd};

/// The labels of the footnote references written in `text`, in order, as written.
pub fn labels(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("[^").filter_map(move |(at, _)| {
        let (label, _) = text[at + 2..].split_once(']')?;
        (!label.trim().is_empty() && !label.contains(['[', '\n'])).then_some(label)
    })
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

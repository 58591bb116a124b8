//! A segment's inline Markdown → styled text for the text engine.
//!
//! Emphasis, strong, code and links become styles; raw HTML is kept as the text it is
//! (nothing is ever interpreted); soft line breaks become spaces and hard breaks newlines.
//! Fluent's isolation marks stay in the text: the bidi algorithm needs them.

use std::sync::Arc;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::text::{Style, StyledText};

pub fn styled(markdown: &str) -> StyledText {
    let mut out = StyledText::default();
    let mut style = Style::default();
    let mut emphasis = 0usize;
    let mut strong = 0usize;
    let mut paragraphs = 0usize;
    for event in Parser::new_ext(markdown, crate::article::markdown_options()) {
        match event {
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis = emphasis.saturating_sub(1),
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                style.link = Some(Arc::from(dest_url.as_ref()));
            }
            Event::End(TagEnd::Link) => style.link = None,
            Event::Start(Tag::Paragraph) => {
                if paragraphs > 0 {
                    out.push("\n", style.clone());
                }
                paragraphs += 1;
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                style.italic = emphasis > 0;
                style.bold = strong > 0;
                out.push(&t, style.clone());
            }
            Event::Code(t) => {
                let mut s = style.clone();
                s.code = true;
                out.push(&t, s);
            }
            Event::SoftBreak => out.push(" ", style.clone()),
            Event::HardBreak => out.push("\n", style.clone()),
            // Block markers at a line start were written by a translator as text.
            Event::Start(Tag::Item) => out.push("- ", style.clone()),
            Event::Start(Tag::Heading { level, .. }) => {
                out.push(&"#".repeat(level as usize), style.clone());
                out.push(" ", style.clone());
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_and_breaks() {
        let t = styled("a *b* **c**\n`d` [e](http://x)");
        assert_eq!(t.text, "a b c d e");
        let italic: Vec<&str> = t
            .spans
            .iter()
            .filter(|(_, s)| s.italic)
            .map(|(r, _)| &t.text[r.clone()])
            .collect();
        assert_eq!(italic, ["b"]);
        assert!(
            t.spans
                .iter()
                .any(|(r, s)| s.link.is_some() && &t.text[r.clone()] == "e")
        );
    }
}

//! A segment's inline Markdown → styled text for the text engine.
//!
//! Emphasis, strong, code and links become styles; raw HTML is kept as the text it is
//! (nothing is ever interpreted); soft line breaks become spaces and hard breaks newlines.
//! White space is collapsed as a browser collapses it (a run of spaces, tabs and line ends
//! is one space; none at a paragraph's or a line's start or end; no-break spaces stay), so
//! the PDF shows the gaps the web page shows. Fluent's isolation marks stay in the text:
//! the bidi algorithm needs them.

use std::sync::Arc;

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use crate::article::{Article, line_start};
use safha_text::{Style, StyledText};

pub fn styled(markdown: &str) -> StyledText {
    styled_with(markdown, None, false)
}

/// [`styled`], with each footnote reference of `notes`' article written as its number in
/// brackets, in the digits `notes` gives; with `print_urls`, each link's web address
/// after its text (unless the text is the address).
pub fn styled_with(
    markdown: &str,
    notes: Option<(&Article, &dyn Fn(usize) -> String)>,
    print_urls: bool,
) -> StyledText {
    styled_noting(markdown, notes, print_urls).0
}

/// [`styled_with`], and where each footnote reference is: (note number, byte offset of
/// its number in the styled text), in text order.
pub fn styled_noting(
    markdown: &str,
    notes: Option<(&Article, &dyn Fn(usize) -> String)>,
    print_urls: bool,
) -> (StyledText, Vec<(usize, usize)>) {
    let mut refs = Vec::new();
    // The notes' definitions, after the text, make its references parse as references.
    let mut text = line_start::guard(markdown);
    if let Some((article, _)) = notes.filter(|_| markdown.contains("[^")) {
        crate::article::notes::append_definitions(&mut text, &article.notes);
    }
    let mut out = StyledText::default();
    let mut style = Style::default();
    let mut emphasis = 0usize;
    let mut strong = 0usize;
    let mut struck = 0usize;
    let mut paragraphs = 0usize;
    let mut link_start = 0;
    let parser = Parser::new_ext(&text, crate::article::markdown_options());
    for event in crate::article::notes::WithoutDefinitions::new(parser) {
        match event {
            Event::FootnoteReference(label) => {
                let number = notes.and_then(|(article, digits)| {
                    let n = article.note_number(&label)?;
                    refs.push((n, out.text.len()));
                    Some(format!("[{}]", digits(n)))
                });
                out.push(
                    &number.unwrap_or_else(|| format!("[^{label}]")),
                    style.clone(),
                );
            }
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis = emphasis.saturating_sub(1),
            Event::Start(Tag::Strong) => strong += 1,
            // Struck text keeps its meaning only with its rule: "~~An OTP by SMS is safe
            // enough~~" printed plain says the opposite of what the article says.
            Event::Start(Tag::Strikethrough) => {
                struck += 1;
                style.strike = true;
            }
            Event::End(TagEnd::Strikethrough) => {
                struck = struck.saturating_sub(1);
                style.strike = struck > 0;
            }
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => {
                // An autolinked address (`<support@example.pk>`) is written without its
                // scheme; a web page adds `mailto:`, and so does the PDF's link.
                style.link = Some(if link_type == LinkType::Email {
                    Arc::from(format!("mailto:{dest_url}"))
                } else {
                    Arc::from(dest_url.as_ref())
                });
                link_start = out.text.len();
            }
            Event::End(TagEnd::Link) => {
                if let Some(url) = style.link.take().filter(|_| print_urls)
                    && (url.starts_with("http://") || url.starts_with("https://"))
                    && out.text[link_start..].trim() != url.as_ref()
                {
                    let shown = Style {
                        link: Some(url.clone()),
                        ..style.clone()
                    };
                    out.push(" (", style.clone());
                    out.push(&url, shown);
                    out.push(")", style.clone());
                }
            }
            Event::Start(Tag::Paragraph) => {
                if paragraphs > 0 {
                    out.push("\n", style.clone());
                }
                paragraphs += 1;
            }
            Event::InlineHtml(t) if crate::article::is_line_break(&t) => {
                trim_end_space(&mut out);
                out.push("\n", style.clone());
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                style.italic = emphasis > 0;
                style.bold = strong > 0;
                push_collapsed(&mut out, line_start::strip(&t), style.clone());
            }
            Event::Code(t) => {
                let mut s = style.clone();
                s.code = true;
                push_collapsed(&mut out, &t, s);
            }
            Event::SoftBreak => push_collapsed(&mut out, " ", style.clone()),
            Event::HardBreak => {
                trim_end_space(&mut out);
                out.push("\n", style.clone());
            }
            _ => {}
        }
    }
    trim_end_space(&mut out);
    (out, refs)
}

/// White space a browser collapses: spaces, tabs and line ends (not the no-break space).
fn collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// Appends `text` with each run of collapsible white space as one space, and none after
/// a space, a line break or at the start.
fn push_collapsed(out: &mut StyledText, text: &str, style: Style) {
    if !text.contains(|c: char| collapsible(c) && c != ' ') && !text.contains("  ") {
        let at_start = out.text.is_empty() || out.text.ends_with([' ', '\n']);
        let text = if at_start {
            text.trim_start_matches(' ')
        } else {
            text
        };
        out.push(text, style);
        return;
    }
    let mut collapsed = String::with_capacity(text.len());
    let mut space = out.text.is_empty() || out.text.ends_with([' ', '\n']);
    for c in text.chars() {
        if collapsible(c) {
            if !space {
                collapsed.push(' ');
            }
            space = true;
        } else {
            collapsed.push(c);
            space = false;
        }
    }
    out.push(&collapsed, style);
}

/// Drops a space at the end of the text (before a line break or the paragraph's end).
fn trim_end_space(out: &mut StyledText) {
    if out.text.ends_with(' ') {
        out.text.pop();
        let end = out.text.len();
        if let Some((range, _)) = out.spans.last_mut() {
            range.end = range.end.min(end);
        }
        out.spans.retain(|(range, _)| !range.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_collapses_as_in_a_browser() {
        let t = styled("  two   spaces\tand a tab \nnext\u{a0}\u{a0}kept  ");
        assert_eq!(t.text, "two spaces and a tab next\u{a0}\u{a0}kept");
        let t = styled("line one  \nline two");
        assert_eq!(t.text, "line one\nline two");
        let t = styled("a *b*   `c  d`");
        assert_eq!(t.text, "a b c d");
        assert!(t.spans.iter().all(|(r, _)| !r.is_empty()));
    }

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
        // An autolinked address leads to its mail, as on the web page.
        let t = styled("write to <support@hisaab.pk> or <https://x.pk>");
        let links: Vec<&str> = (t.spans.iter())
            .filter_map(|(_, s)| s.link.as_deref())
            .collect();
        assert_eq!(links, ["mailto:support@hisaab.pk", "https://x.pk"]);
    }

    #[test]
    fn block_syntax_stays_as_typed() {
        assert_eq!(
            styled("1. The problem in brief").text,
            "1. The problem in brief"
        );
        assert_eq!(styled("## 2) Second").text, "## 2) Second");
        assert_eq!(
            styled("verse\n- a dash\n> quoted").text,
            "verse - a dash > quoted"
        );
    }
}

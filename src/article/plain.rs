//! Plain text of inline Markdown: for message ids, word counts and search, never for output.

use pulldown_cmark::{Event, Parser};
use safha_text::chars::{alphanumeric, is_mark};

/// The text a reader sees, markup removed, line breaks as spaces.
pub fn plain_text(inline_markdown: &str) -> String {
    let mut out = String::with_capacity(inline_markdown.len());
    for event in Parser::new_ext(inline_markdown, super::markdown::options()) {
        match event {
            Event::InlineHtml(t) if super::line_break::is_line_break(&t) => out.push(' '),
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// The text a reader sees of a segment, as [`plain_text`] but with what was typed at a
/// line's start kept as typed (`1. The problem in brief`, see [`super::line_start`]): for
/// titles, outlines and captions. Message ids keep [`plain_text`], which they were made
/// from.
pub fn shown_text(inline_markdown: &str) -> String {
    let guarded = super::line_start::guard(inline_markdown);
    super::line_start::strip(&plain_text(&guarded)).to_string()
}

/// Words as a reader counts them: runs of letters, marks and digits.
pub fn word_count(text: &str) -> usize {
    text.split(|c: char| !(alphanumeric(c) || is_mark(c) || c == '’' || c == '\''))
        .filter(|w| w.chars().any(alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup() {
        assert_eq!(plain_text("A *b* [c](u) `d`\ne"), "A b c d e");
        assert_eq!(shown_text("1. A *b*\n- c"), "1. A b - c");
    }

    #[test]
    fn counts_urdu_words_with_marks() {
        assert_eq!(word_count("ضربِ عضب، 2014 میں۔"), 4);
        assert_eq!(word_count("It won’t be ‘this’"), 4);
    }
}

//! One segment's inline Markdown → safe inline HTML.
//!
//! Authors and translators write Markdown, never HTML: raw HTML is turned into text before
//! rendering, the result is sanitized by `ammonia` with a short allow-list (links only to
//! http, https, mailto or relative URLs), and Fluent's bidi isolation marks become `<bdi>`.

use std::sync::OnceLock;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd};

use super::notes::NoteRefs;
use crate::article::line_start;

/// Safe inline HTML for a segment's inline Markdown.
pub fn render(markdown: &str) -> String {
    render_with(markdown, None, false)
}

/// [`render`], with footnote references (`[^label]`) written as `notes` writes them; in
/// right-to-left text (`rtl`), Latin tokens with digits or signs (`52°C`, `5G`) are
/// isolated left to right with the run they sit in, as the PDF editions set them (see
/// [`safha_text::bidi::ltr_isolates`]).
pub fn render_with(markdown: &str, notes: Option<&NoteRefs>, rtl: bool) -> String {
    let mut guarded = line_start::guard(markdown);
    // A segment is parsed on its own, apart from the footnotes' definitions: name each
    // note once after the text, so its references parse as they did in the article.
    if let Some(notes) = notes.filter(|_| markdown.contains("[^")) {
        crate::article::notes::append_definitions(&mut guarded, &notes.article().notes);
    }
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut paragraphs = 0;
    // Whether each open link was kept: one whose URL is refused loses its tag
    // (an `<a>` without `href` is invalid HTML) and keeps its text.
    let mut kept: Vec<bool> = Vec::new();
    let parser = Parser::new_ext(&guarded, crate::article::markdown_options());
    for event in crate::article::notes::WithoutDefinitions::new(parser) {
        match event {
            Event::FootnoteReference(label) => match notes.and_then(|n| n.reference(&label)) {
                Some(html) => events.push(Event::InlineHtml(CowStr::from(html))),
                None => events.push(Event::Text(CowStr::from(format!("[^{label}]")))),
            },
            Event::Text(t) if events.is_empty() && t.starts_with(line_start::LINE_START) => {
                let rest = line_start::strip(&t);
                if !rest.is_empty() {
                    push_text(&mut events, CowStr::from(rest.to_string()));
                }
            }
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                kept.push(crate::article::targets::allowed(dest_url));
                if kept.last() == Some(&true) {
                    events.push(event);
                }
            }
            Event::End(TagEnd::Link) => {
                if kept.pop().unwrap_or(false) {
                    events.push(event);
                }
            }
            // An image in running text is its alt text, as in print: only a figure's
            // image is checked, copied into the site and published.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            Event::Start(Tag::Paragraph) => {
                // A translator's blank line: keep the break, not a second paragraph.
                if paragraphs > 0 {
                    events.push(Event::HardBreak);
                }
                paragraphs += 1;
            }
            Event::Start(tag) if crate::article::is_inline_tag(&tag) => {
                events.push(Event::Start(tag))
            }
            Event::End(end) if is_inline_end(end) => events.push(Event::End(end)),
            // Block structure cannot occur after `line_start::guard`; drop any wrapper.
            Event::Start(_) | Event::End(_) => {}
            Event::InlineHtml(t) if crate::article::is_line_break(&t) => {
                events.push(Event::HardBreak)
            }
            Event::Html(t) | Event::InlineHtml(t) => push_text(&mut events, t),
            Event::Text(t) => push_text(&mut events, t),
            Event::Rule => {}
            // Code reads left to right in right-to-left text (`*#06#`), as in the PDF.
            Event::Code(code) if rtl && !code.chars().any(safha_text::bidi::is_rtl_letter) => {
                let mut html = String::from("<code dir=\"ltr\">");
                for c in code.chars() {
                    match c {
                        '&' => html.push_str("&amp;"),
                        '<' => html.push_str("&lt;"),
                        '>' => html.push_str("&gt;"),
                        c => html.push(c),
                    }
                }
                html.push_str("</code>");
                events.push(Event::InlineHtml(CowStr::from(html)));
            }
            other => events.push(other),
        }
    }
    events = running_text(events, if rtl { "rtl" } else { "ltr" });
    let mut html = String::with_capacity(markdown.len() + markdown.len() / 4);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitizer().clean(&html).to_string()
}

fn is_inline_end(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

const FSI: char = '\u{2068}';
const LRI: char = '\u{2066}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

/// Text, with isolates (`FSI … PDI`, which Fluent puts around variables) as balanced `<bdi>`
/// elements.
fn push_text<'a>(events: &mut Vec<Event<'a>>, text: CowStr<'a>) {
    if !text.contains([FSI, LRI, RLI, PDI]) {
        events.push(Event::Text(text));
        return;
    }
    let mut open = 0usize;
    let mut buf = String::new();
    let flush = |buf: &mut String, events: &mut Vec<Event<'a>>| {
        if !buf.is_empty() {
            events.push(Event::Text(CowStr::from(std::mem::take(buf))));
        }
    };
    for c in text.chars() {
        match c {
            FSI | LRI | RLI => {
                flush(&mut buf, events);
                let tag = match c {
                    LRI => "<bdi dir=\"ltr\">",
                    RLI => "<bdi dir=\"rtl\">",
                    _ => "<bdi>",
                };
                events.push(Event::InlineHtml(CowStr::Borrowed(tag)));
                open += 1;
            }
            PDI if open > 0 => {
                flush(&mut buf, events);
                events.push(Event::InlineHtml(CowStr::Borrowed("</bdi>")));
                open -= 1;
            }
            // An isolate closing none that is open.
            PDI => {}
            c => buf.push(c),
        }
    }
    flush(&mut buf, events);
    for _ in 0..open {
        events.push(Event::InlineHtml(CowStr::Borrowed("</bdi>")));
    }
}

/// The text between markup, escaped by [`escape_text`](super::escape::escape_text): in
/// right-to-left text its Latin tokens with digits or signs isolated left to right, in
/// any text what the PDFs never break across lines kept on one (the index's titles are
/// written by the same function). Runs of text are joined first, since raw HTML turned
/// into text comes as several (`<b>` `x` `</b>`); markup and alt text stay apart.
fn running_text<'a>(events: Vec<Event<'a>>, dir: &str) -> Vec<Event<'a>> {
    let mut out = Vec::with_capacity(events.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<Event<'_>>| {
        if !run.is_empty() {
            let html = super::escape::escape_text(&std::mem::take(run), dir);
            out.push(Event::InlineHtml(CowStr::from(html)));
        }
    };
    for event in events {
        match event {
            Event::Text(t) => run.push_str(&t),
            other => {
                flush(&mut run, &mut out);
                out.push(other);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = ammonia::Builder::empty();
        b.add_tags([
            "a", "em", "strong", "code", "del", "sub", "sup", "br", "bdi", "img",
        ])
        .add_tag_attributes("a", ["href", "title", "id"])
        .add_allowed_classes("sup", ["footnote-ref"])
        .add_tag_attributes("img", ["src", "alt", "title"])
        .add_tag_attributes("bdi", ["dir"])
        .add_tag_attributes("code", ["dir"])
        .add_tags(["span"])
        .add_allowed_classes("span", ["nowrap"])
        .add_tag_attributes("span", ["lang", "dir"])
        .add_url_schemes(["http", "https", "mailto"])
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer"));
        b
    })
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn code_in_right_to_left_text_reads_left_to_right() {
        let html = super::render_with("`*#06#` ڈائل کریں اور `<b>` لکھیں", None, true);
        assert!(html.contains("<code dir=\"ltr\">*#06#</code>"), "{html}");
        assert!(
            html.contains("<code dir=\"ltr\">&lt;b&gt;</code>"),
            "{html}"
        );
        // Left-to-right text needs nothing; code in Urdu letters keeps the text's direction.
        assert!(super::render_with("dial `*#06#`", None, false).contains("<code>*#06#</code>"));
        assert!(super::render_with("`نام` لکھیں", None, true).contains("<code>نام</code>"));
    }

    #[test]
    fn inline_markup_is_rendered() {
        assert_eq!(
            render("*a* **b** [c](https://e.com/x) `d`"),
            "<em>a</em> <strong>b</strong> <a href=\"https://e.com/x\" rel=\"noopener noreferrer\">c</a> <code>d</code>"
        );
    }

    #[test]
    fn html_and_script_never_survive() {
        let out = render(
            "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        );
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("javascript:"), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        let out = render("[d](data:text/html;base64,PHNjcmlwdD4=)");
        assert!(!out.contains("data:"), "{out}");
        // A refused link keeps its text and loses its tag: no `<a>` without `href`.
        assert_eq!(
            render("see [x *y*](JavaScript:alert(1)) z"),
            "see x <em>y</em> z"
        );
        assert_eq!(render("![alt](data:image/png;base64,AAAA)"), "alt");
        assert_eq!(
            render("[a](mailto:x@y.org) [b](../b.html#c) [c](HTTPS://e.org)"),
            "<a href=\"mailto:x@y.org\" rel=\"noopener noreferrer\">a</a> \
             <a href=\"../b.html#c\" rel=\"noopener noreferrer\">b</a> \
             <a href=\"HTTPS://e.org\" rel=\"noopener noreferrer\">c</a>"
        );
    }

    #[test]
    fn latin_tokens_in_right_to_left_text_are_isolated() {
        let md = "نے **52°C** دکھایا، (°C) اور 5G۔ ![5G](i.png)";
        assert_eq!(
            super::render_with(md, None, true),
            "نے <strong><bdi dir=\"ltr\">52°C</bdi></strong> دکھایا، (<bdi dir=\"ltr\">°C</bdi>) \
             اور <bdi dir=\"ltr\">5G</bdi>۔ <bdi dir=\"ltr\">5G</bdi>"
        );
        assert!(!render(md).contains("bdi"));
        // The isolate holds the whole left-to-right run around a token, as the PDF sets
        // it: `C.P` alone would send `. No. 1234/2023` to its other side. `No.` keeps its
        // number on the line, inside the isolate, which may wrap where the PDF's line may.
        assert_eq!(
            super::render_with(
                "بینچ نے C.P. No. 1234/2023 خارج کی، Article 63-A",
                None,
                true
            ),
            "بینچ نے <bdi dir=\"ltr\">C.P. <span class=\"nowrap\">No. 1234/2023</span></bdi> \
             خارج کی، <bdi dir=\"ltr\">Article <span class=\"nowrap\">63-A</span></bdi>"
        );
    }

    #[test]
    fn isolates_become_bdi() {
        assert_eq!(
            render("a \u{2068}5\u{2069} b \u{2069}"),
            "a <bdi>5</bdi> b "
        );
        // An image in running text is its alt text.
        assert_eq!(render("![a \u{2068}x\u{2069}](i.png)"), "a <bdi>x</bdi>");
    }

    #[test]
    fn line_starts_stay_text() {
        assert_eq!(render("# not a heading"), "# not a heading");
        assert_eq!(
            render("1990. A year\n- dash\n> quote"),
            "1990. A year\n- dash\n&gt; quote"
        );
    }
}

//! Markup parity of an article segment and its translation: the same links to the same
//! places, emphasis, strong and code kept, and no `*` or `_` left over from emphasis that
//! does not close.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use crate::diag::{Diagnostic, SourceFile};

/// What an inline Markdown text holds.
#[derive(Debug, Default, PartialEq, Eq)]
struct Markup {
    /// Link targets, and image targets (a link's target given to an image, and the
    /// image's to the link, is no parity), counted.
    links: BTreeMap<String, usize>,
    images: BTreeMap<String, usize>,
    /// Backticks the parser left as text: one that opens no code span.
    ticks: usize,
    emphasis: usize,
    strong: usize,
    code: usize,
    /// The code spans' text, counted: code is copied, never translated.
    codes: BTreeMap<String, usize>,
    /// Literal emphasis markers in the text: (byte offset in the Markdown, marker).
    stray: Vec<(usize, String)>,
    /// HTML tags, which are published as text.
    html: Vec<String>,
    /// Footnote references (`[^label]`, by normalized label), counted.
    notes: BTreeMap<String, usize>,
}

fn markup(md: &str) -> Markup {
    let mut m = Markup::default();
    // A segment is parsed apart from the notes' definitions, so its references are text:
    // found as written.
    for label in crate::article::notes::labels(md) {
        *m.notes.entry(crate::article::note_key(label)).or_default() += 1;
    }
    let parser = Parser::new_ext(md, crate::article::markdown_options()).into_offset_iter();
    for (event, range) in parser {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                *m.links.entry(dest_url.to_string()).or_default() += 1;
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                *m.images.entry(dest_url.to_string()).or_default() += 1;
            }
            Event::Start(Tag::Emphasis) => m.emphasis += 1,
            Event::Start(Tag::Strong) => m.strong += 1,
            Event::Code(t) => {
                m.code += 1;
                *m.codes.entry(t.to_string()).or_default() += 1;
            }
            Event::InlineHtml(t) if crate::article::is_line_break(&t) => {}
            Event::InlineHtml(t) | Event::Html(t) => m.html.push(t.to_string()),
            Event::Text(t) => {
                m.ticks += t.matches('`').count();
                // A marker the parser left as text opened or closed nothing.
                let marker = t
                    .char_indices()
                    .find(|&(i, c)| c == '*' || (c == '_' && is_marker_underscore(&t, i)));
                if let Some((_, c)) = marker {
                    let at = md[range.clone()]
                        .find(c)
                        .map_or(range.start, |k| range.start + k);
                    m.stray.push((at, c.to_string()));
                }
            }
            _ => {}
        }
    }
    m
}

/// `_` inside a word (snake_case) is not an emphasis marker.
fn is_marker_underscore(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
}

/// Compares `translation` (found at `span` in `file`, as message `id`) with `english`.
pub fn parity(
    file: &SourceFile,
    id: &str,
    span: Range<usize>,
    english: &str,
    translation: &str,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let en = markup(english);
    let tr = markup(translation);
    let locate = |needle: &str| -> Range<usize> {
        let hay = &file.text[span.clone()];
        hay.find(needle).map_or(span.clone(), |i| {
            span.start + i..span.start + i + needle.len()
        })
    };
    for tag in &tr.html {
        if en.html.contains(tag) {
            continue;
        }
        out.push(
            Diagnostic::warning(
                "raw-html",
                format!(
                    "`{id}` holds HTML ({}), which is published as text",
                    tag.trim()
                ),
            )
            .at(file, locate(tag.trim()))
            .with_label(format!("shown as `{}`", tag.trim()))
            .with_hint("use Markdown: *emphasis*, **strong**, [text](url)"),
        );
    }
    // (what, English's targets, translation's, how it is written, lost, added)
    type Says = fn(&str) -> String;
    let kinds: [(&str, _, _, &str, Says, Says); 2] = [
        (
            "link",
            &en.links,
            &tr.links,
            "[translated link text]",
            |url| format!("lost a link: the English links to {url}"),
            |url| format!("links to {url}, which the English does not"),
        ),
        (
            "image",
            &en.images,
            &tr.images,
            "![translated description]",
            |url| format!("lost an image: the English shows {url}"),
            |url| format!("shows the image {url}, which the English does not"),
        ),
    ];
    for (what, en_links, tr_links, form, lost, added) in kinds {
        for (url, n) in en_links {
            if tr_links.get(url).copied().unwrap_or(0) < *n {
                out.push(
                    Diagnostic::error("markup-link", format!("`{id}` {}", lost(url)))
                        .at(file, span.start..span.start)
                        .with_label(format!("no {what} to it here"))
                        .with_hint(format!("keep it: {form}({url})")),
                );
            }
        }
        for (url, n) in tr_links {
            if *n > en_links.get(url).copied().unwrap_or(0) {
                out.push(
                    Diagnostic::error("markup-link", format!("`{id}` {}", added(url)))
                        .at(file, locate(url))
                        .with_label("not in the English")
                        .with_hint(if en_links.is_empty() {
                            format!("the English has no {what} here; remove this one")
                        } else {
                            format!(
                                "the English has: {}",
                                en_links.keys().cloned().collect::<Vec<_>>().join(", ")
                            )
                        }),
                );
            }
        }
    }
    // Code the translation changed (the count of spans is the emphasis check's).
    if tr.code == en.code
        && let Some((code, _)) = tr
            .codes
            .iter()
            .find(|(c, n)| en.codes.get(*c).is_none_or(|e| e < n))
    {
        out.push(
            Diagnostic::warning(
                "code-translated",
                format!("`{id}` has the code `{code}`, which the English does not"),
            )
            .at(file, locate(code))
            .with_label("not the English's code")
            .with_hint(format!(
                "code is copied as written: the English has {}",
                en.codes
                    .keys()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        );
    }
    if tr.ticks > en.ticks {
        out.push(
            Diagnostic::error(
                "markup-code",
                format!("`{id}` has a backtick that opens or closes no code span"),
            )
            .at(file, locate("`"))
            .with_label("unmatched")
            .with_hint("code is written between two backticks, as in the English: `code`"),
        );
    }
    for (label, n) in &en.notes {
        if tr.notes.get(label).copied().unwrap_or(0) < *n {
            out.push(
                Diagnostic::error(
                    "markup-note",
                    format!("`{id}` lost the reference to footnote [^{label}]"),
                )
                .at(file, span.start..span.start)
                .with_label("no reference to it here")
                .with_hint(format!(
                    "keep [^{label}] after the words it belongs to, wherever they stand"
                )),
            );
        }
    }
    for (label, n) in &tr.notes {
        if *n > en.notes.get(label).copied().unwrap_or(0) {
            out.push(
                Diagnostic::error(
                    "markup-note",
                    format!("`{id}` refers to footnote [^{label}], which the English does not"),
                )
                .at(file, locate(&format!("[^{label}")))
                .with_label("not in the English")
                .with_hint("refer to the notes the English refers to, each as often"),
            );
        }
    }
    for (what, e, t, example) in [
        ("emphasis", en.emphasis, tr.emphasis, "*text*"),
        ("strong emphasis", en.strong, tr.strong, "**text**"),
        ("code", en.code, tr.code, "`code`"),
    ] {
        if e != t {
            out.push(
                Diagnostic::warning(
                    "markup-emphasis",
                    format!(
                        "`{id}` has {what} {t} time{} where the English has it {e}",
                        if t == 1 { "" } else { "s" }
                    ),
                )
                .at(file, span.start..span.start)
                .with_label(format!("{what}: {t}, English: {e}"))
                .with_hint(format!(
                    "mark the same words as the English does, with {example}"
                )),
            );
        }
    }
    let en_stray = en.stray.len();
    if tr.stray.len() > en_stray
        && let Some((at, marker)) = tr.stray.get(en_stray).or(tr.stray.first())
    {
        // The value's lines are indented in the file: find the marker by what precedes it
        // on its line.
        let line = translation[..*at].rfind('\n').map_or(0, |i| i + 1);
        let needle = format!("{}{marker}", &translation[line..*at]);
        let at = file.text[span.clone()]
            .find(&needle)
            .map_or(span.start, |i| span.start + i + needle.len() - marker.len());
        out.push(
            Diagnostic::error(
                "markup-unbalanced",
                format!("`{id}` has a `{marker}` that opens or closes no emphasis"),
            )
            .at(file, at..at + marker.len())
            .with_label("unbalanced")
            .with_hint(format!(
                "emphasis needs a pair: {marker}word{marker}, with no space inside the markers"
            )),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(en: &str, tr: &str) -> Vec<&'static str> {
        let text = format!("p = {tr}\n");
        let file = SourceFile::new("t.ftl", text.as_str());
        parity(&file, "p", 4..4 + tr.len(), en, tr)
            .into_iter()
            .map(|d| d.code)
            .collect()
    }

    #[test]
    fn parity_cases() {
        assert!(codes("a *b* [c](http://x)", "الف *ب* [ج](http://x)").is_empty());
        assert_eq!(
            codes("a [c](http://x)", "الف [ج](http://y)"),
            ["markup-link", "markup-link"]
        );
        assert_eq!(codes("a *b*", "الف ب"), ["markup-emphasis"]);
        assert_eq!(
            codes("a **b**", "الف **ب"),
            ["markup-emphasis", "markup-unbalanced"]
        );
        assert!(codes("snake_case *x*", "snake_case *ب*").is_empty());
        // A footnote marker may move; it may not go, nor another come.
        assert!(codes("a[^n] b.[^M]", "[^m]ب الف[^n]۔").is_empty());
        assert_eq!(codes("a[^n] b", "الف ب"), ["markup-note"]);
        assert_eq!(codes("a[^n]", "الف[^n] [^x]"), ["markup-note"]);
        // A link's target given to the image and the image's to the link.
        let en = "![a picture](https://x.org/p.png) and [a page](https://x.org/r)";
        let tr = "![تصویر](https://x.org/r) اور [صفحہ](https://x.org/p.png)";
        assert_eq!(codes(en, tr).len(), 4, "{:?}", codes(en, tr));
        // Code translated.
        assert_eq!(
            codes("run `safha build` now", "ابھی `صفحہ بلڈ` چلائیں"),
            ["code-translated"]
        );
        // A code span whose closing backtick was dropped.
        let en = "run ``code with ` backtick`` and `quoted`";
        assert!(codes(en, "چلائیں ``code with ` backtick`` اور `quoted`").is_empty());
        assert!(
            codes(en, "چلائیں ``code with ` backtick اور `quoted`").contains(&"markup-code"),
            "{:?}",
            codes(en, "چلائیں ``code with ` backtick اور `quoted`")
        );
    }
}

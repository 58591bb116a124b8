//! Where a segment's links and images lead: their targets, as its inline Markdown writes
//! them (autolinks too). Localization compares a translation's with its English's.

use pulldown_cmark::{Event, Parser, Tag};

/// The targets of the links and images of `markdown`, in order.
pub fn targets(markdown: &str) -> Vec<String> {
    // Only text that could hold one is parsed.
    if !markdown.contains("](") && !markdown.contains('<') && !markdown.contains("]:") {
        return Vec::new();
    }
    Parser::new_ext(markdown, super::markdown::options())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect()
}

/// Whether a link may go to `url` on a published page: an http, https or mailto URL, or a
/// relative one (no scheme: what comes before the first `:` is not a scheme's name, as in
/// `foo):`). Any other (`javascript:`, `data:`) is published as the link's text alone.
pub fn allowed(url: &str) -> bool {
    let url = url.trim_start();
    match url.find([':', '/', '?', '#']) {
        Some(i) if url.as_bytes()[i] == b':' => {
            let scheme = url[..i].to_ascii_lowercase();
            let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            !is_scheme || matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn links_images_and_autolinks() {
        assert_eq!(
            super::targets("a [b](https://x.org/b) ![c](c.png) <https://y.org> d"),
            ["https://x.org/b", "c.png", "https://y.org"]
        );
        assert!(super::targets("no links [here] at all").is_empty());
        assert!(super::allowed("HTTPS://e.org") && super::allowed("../b.html#c"));
        assert!(!super::allowed(" javascript:alert(1)") && !super::allowed("data:text/html,x"));
    }
}

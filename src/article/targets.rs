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

#[cfg(test)]
mod tests {
    #[test]
    fn links_images_and_autolinks() {
        assert_eq!(
            super::targets("a [b](https://x.org/b) ![c](c.png) <https://y.org> d"),
            ["https://x.org/b", "c.png", "https://y.org"]
        );
        assert!(super::targets("no links [here] at all").is_empty());
    }
}

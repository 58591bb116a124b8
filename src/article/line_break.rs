//! The one HTML tag safha reads: a line break.

/// Whether raw HTML `html` is a line break (`<br>`, `<br/>`, `<br />`, in any case): read
/// as a hard line break, since a table cell has no other way to break a line and tables
/// typed on GitHub or in a CMS use it. Any other tag is shown as text.
pub fn is_line_break(html: &str) -> bool {
    let t = html.trim();
    ["<br>", "<br/>", "<br />"]
        .iter()
        .any(|b| t.eq_ignore_ascii_case(b))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_break_tag_is_the_one_tag_read() {
        for t in ["<br>", "<br/>", "<br />", "<BR>", " <br> "] {
            assert!(super::is_line_break(t), "{t}");
        }
        for t in [
            "<br onclick=\"x()\">",
            "<b>",
            "<brr>",
            "<br",
            "br",
            "<script>",
        ] {
            assert!(!super::is_line_break(t), "{t}");
        }
    }
}

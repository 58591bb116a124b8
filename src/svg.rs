//! SVG images are copied into the site as they are, so one that carries active content
//! (script, event handlers, embedded HTML, links to other documents) would run in the
//! site's origin: such a file is refused, as raw HTML in an article is never passed on.

use std::path::Path;

/// Elements that run or embed documents.
const ACTIVE: &[&str] = &[
    "script",
    "foreignObject",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
    "audio",
    "video",
    "animate",
    "set",
];

/// Why the SVG at `path` cannot be published, or `None` when it can: a drawing that
/// references nothing but itself and embedded images.
pub fn unsafe_content(path: &Path) -> Option<String> {
    let text = match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(t)) => t,
        _ => return Some("is not a UTF-8 text file".into()),
    };
    check(&text)
}

fn check(text: &str) -> Option<String> {
    // A document type naming the SVG DTD is common (matplotlib writes one) and harmless:
    // the DTD is never fetched. One with entities of its own is refused: an entity can
    // spell out a link or a script that no search of the file finds.
    if let Some(at) = text.find("<!DOCTYPE")
        && text[at..]
            .split('>')
            .next()
            .is_some_and(|d| d.contains('['))
    {
        return Some("declares entities of its own (<!DOCTYPE … [ … ]>)".into());
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(d) => d,
        Err(e) => return Some(format!("cannot be read as SVG ({e})")),
    };
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        if ACTIVE.iter().any(|a| a.eq_ignore_ascii_case(name)) {
            return Some(format!("holds a <{name}> element"));
        }
        for attr in node.attributes() {
            let key = attr.name().to_ascii_lowercase();
            let value = attr.value().trim().to_ascii_lowercase();
            if key.starts_with("on") {
                return Some(format!("holds an event handler ({})", attr.name()));
            }
            let reference = matches!(key.as_str(), "href" | "src" | "action" | "formaction")
                || value.contains("url(") && !value.contains("url(#");
            if reference
                && !(value.starts_with('#') || value.starts_with("data:image/") || value.is_empty())
            {
                return Some(format!("links to `{}`", attr.value()));
            }
            if value.contains("javascript:") {
                return Some("holds a javascript: address".into());
            }
        }
    }
    // Style sheets can fetch and run things too; a CSS escape (`u\72l(`) can spell any
    // of that so that no search finds it, and drawings have no use for one.
    let styled = doc.descendants().any(|n| n.tag_name().name() == "style");
    let loads = ["@import", "image-set(", "src("]
        .iter()
        .any(|f| text.contains(f))
        || text.contains("url(") && !text.contains("url(#");
    if styled && loads {
        return Some("has a style sheet that loads other files".into());
    }
    let escaped = doc.descendants().any(|n| {
        (n.tag_name().name() == "style" && n.text().is_some_and(|t| t.contains('\\')))
            || n.attribute("style").is_some_and(|v| v.contains('\\'))
    });
    if escaped {
        return Some("has a CSS escape (\\), which can hide a link".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn drawings_pass_and_active_content_does_not() {
        let ok = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use xlink:href="#g"/><text>Chart ۲۰۲۴</text></svg>"##;
        assert_eq!(check(ok), None);
        // As matplotlib writes it.
        let doctype = r#"<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
  "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#;
        assert_eq!(check(doctype), None);
        for bad in [
            r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://tracker.example/p.png"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>"#,
            r#"<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>"#,
            r#"<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd" [<!ENTITY s "<script>alert(1)</script>">]><svg xmlns="http://www.w3.org/2000/svg">&s;</svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:u\72l(https://x.example/p)}</style><rect/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\72l(https://x.example/p)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:image-set("https://x.example/p")}</style></svg>"#,
            "not svg at all",
        ] {
            assert!(check(bad).is_some(), "passed: {bad}");
        }
    }
}

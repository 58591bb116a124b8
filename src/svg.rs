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
            let reference = matches!(key.as_str(), "href" | "src" | "action" | "formaction");
            if reference
                && !(value.starts_with('#') || value.starts_with("data:image/") || value.is_empty())
                || loads_elsewhere(&value)
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
    // The sheets as the parser reads them, character references (`&#117;rl(`) expanded.
    let sheets: String = (doc.descendants())
        .filter(|n| n.tag_name().name() == "style")
        .flat_map(|n| n.descendants().filter_map(|t| t.text()))
        .collect::<Vec<_>>()
        .join("\n")
        .to_ascii_lowercase();
    let loads = ["@import", "image-set(", "src("]
        .iter()
        .any(|f| sheets.contains(f))
        || loads_elsewhere(&sheets);
    if loads {
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

/// Whether CSS `css` (lower case) has a `url(…)` of anything but a fragment of the drawing
/// itself (`url(#gradient)`) or data it carries (`url(data:font/woff2;…)`): every one is
/// looked at, so a gradient's `url(#g)` cannot vouch for a tracker's `url(https://…)`.
fn loads_elsewhere(css: &str) -> bool {
    css.match_indices("url(").any(|(at, _)| {
        let target =
            css[at + 4..].trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'');
        !(target.starts_with('#') || target.starts_with("data:"))
    })
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
        // A font or picture the drawing carries, and its own gradients.
        let carried = r##"<svg xmlns="http://www.w3.org/2000/svg"><style>@font-face{font-family:F;src:url( "data:font/woff2;base64,AAAA")} rect{fill:url(#g)}</style><rect style="fill:url('#g')"/></svg>"##;
        assert_eq!(check(carried), None);
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
            // A gradient's fragment beside a tracker's address, in an attribute and a
            // sheet; an address spelled with a character reference.
            r##"<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(#g);stroke:url(https://x.example/p)"/></svg>"##,
            r##"<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url(#g)} circle{fill:url(https://x.example/p)}</style></svg>"##,
            r##"<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:&#117;rl(https://x.example/p)}</style></svg>"##,
            "not svg at all",
        ] {
            assert!(check(bad).is_some(), "passed: {bad}");
        }
    }
}

//! Characters a message puts into the text through an escape (a Fluent string literal such
//! as `{"\u0001"}`, a Markdown entity such as `&#x202E;`) or types directly, that change
//! what a reader sees: control characters and noncharacters are removed from what is
//! published (an error here, since the translator wrote something that will not appear),
//! and embedding and override controls, which can reverse the words around them, are
//! removed too (a warning of their own).

use std::ops::Range;

use crate::diag::{Diagnostic, SourceFile};
use crate::input::{is_bidi_override, unpublishable};

/// Problems in `source.text[value]`, the text of one message.
pub fn lints(source: &SourceFile, id: &str, value: Range<usize>) -> Vec<Diagnostic> {
    let Some(text) = source.text.get(value.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut report = |c: char, span: Range<usize>, how: &str| {
        let span = value.start + span.start..value.start + span.end;
        if unpublishable(c) {
            out.push(
                Diagnostic::error(
                    "control-character",
                    format!(
                        "`{id}` puts the control character U+{:04X} into the text {how}",
                        c as u32
                    ),
                )
                .at(source, span)
                .with_label("never published")
                .with_hint("remove it: no web page or PDF can show it, so it is left out"),
            );
        } else if is_bidi_override(c) {
            out.push(
                Diagnostic::warning(
                    "bidi-override",
                    format!(
                        "`{id}` holds the bidi control U+{:04X} {}{how}",
                        c as u32,
                        unicode_names2::name(c).map_or_else(String::new, |n| format!("({n}) "))
                    ),
                )
                .at(source, span)
                .with_label("reorders the text around it")
                .with_hint(
                    "remove it; safha keeps each language's words in order by itself (it is \
                     left out of what is published)",
                ),
            );
        }
    };
    for (i, c) in text.char_indices() {
        report(c, i..i + c.len_utf8(), "");
    }
    for (span, c) in escapes(text) {
        report(c, span, "through an escape");
    }
    out
}

/// Characters written as Fluent `\uXXXX` / `\UXXXXXX` escapes or Markdown numeric
/// entities, with where they are written.
fn escapes(text: &str) -> Vec<(Range<usize>, char)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let found = match bytes[i] {
            b'\\' if matches!(bytes.get(i + 1), Some(b'u' | b'U')) => {
                let n = if bytes[i + 1] == b'u' { 4 } else { 6 };
                text.get(i + 2..i + 2 + n)
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .and_then(char::from_u32)
                    .map(|c| (i..i + 2 + n, c))
            }
            b'&' if bytes.get(i + 1) == Some(&b'#') => text[i + 2..].find(';').and_then(|end| {
                let digits = &text[i + 2..i + 2 + end];
                let code = match digits.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => digits.parse().ok(),
                };
                code.and_then(char::from_u32).map(|c| (i..i + 3 + end, c))
            }),
            _ => None,
        };
        match found {
            Some((span, c)) => {
                i = span.end;
                out.push((span, c));
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_of_controls_and_overrides_are_located() {
        let text = "m = ok {\"\\u0001\"} and &#x202E;x and \u{202B}y &#38; {\"\\u00e9\"}\n";
        let src = SourceFile::new("locales/ur/a.ftl", text);
        let d = lints(&src, "m", 4..text.len() - 1);
        let codes: Vec<(&str, String)> = d
            .iter()
            .map(|d| (d.code, d.location().unwrap_or_default()))
            .collect();
        assert_eq!(
            codes,
            [
                ("bidi-override", "locales/ur/a.ftl:1:37".to_string()),
                ("control-character", "locales/ur/a.ftl:1:10".to_string()),
                ("bidi-override", "locales/ur/a.ftl:1:23".to_string()),
            ]
        );
    }
}

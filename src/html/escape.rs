//! Text made safe for HTML: nothing a translator writes can open an element.

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text and turns Fluent's isolation marks (FSI/LRI/RLI … PDI) into balanced
/// `<bdi>` elements: for UI strings such as "{ $minutes } minutes read".
pub fn escape_with_bdi(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut open = 0usize;
    for c in s.chars() {
        match c {
            '\u{2068}' => {
                out.push_str("<bdi>");
                open += 1;
            }
            '\u{2066}' => {
                out.push_str("<bdi dir=\"ltr\">");
                open += 1;
            }
            '\u{2067}' => {
                out.push_str("<bdi dir=\"rtl\">");
                open += 1;
            }
            '\u{2069}' => {
                if open > 0 {
                    out.push_str("</bdi>");
                    open -= 1;
                }
            }
            c => out.push_str(&escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    for _ in 0..open {
        out.push_str("</bdi>");
    }
    out
}

/// Escapes text and, in right-to-left text (`dir` "rtl"), isolates each Latin token with
/// digits or signs (`52°C`) left to right, as the article's own pages and PDFs set it (see
/// [`safha_text::bidi::ltr_isolates`]): for titles and summaries the index shows as text.
pub fn escape_isolating(s: &str, dir: &str) -> String {
    if dir != "rtl" {
        return escape(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut at = 0;
    for t in safha_text::bidi::ltr_isolates(s) {
        out.push_str(&escape(&s[at..t.start]));
        out.push_str("<bdi dir=\"ltr\">");
        out.push_str(&escape(&s[t.clone()]));
        out.push_str("</bdi>");
        at = t.end;
    }
    out.push_str(&escape(&s[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_tokens_isolated_in_right_to_left_text() {
        assert_eq!(
            escape_isolating("گرمی 52°C <تک>", "rtl"),
            "گرمی <bdi dir=\"ltr\">52°C</bdi> &lt;تک&gt;"
        );
        assert_eq!(
            escape_isolating("Heat 52°C <b>", "ltr"),
            "Heat 52°C &lt;b&gt;"
        );
    }

    #[test]
    fn bdi_from_isolates() {
        assert_eq!(
            escape_with_bdi("\u{2068}7\u{2069} <minutes>\u{2069}"),
            "<bdi>7</bdi> &lt;minutes&gt;"
        );
        assert_eq!(escape_with_bdi("\u{2068}open"), "<bdi>open</bdi>");
    }
}

//! A segment's Markdown read as inline text, whatever a writer or translator typed at the
//! start of a line: a heading's `1. The problem in brief`, a verse line's `- dash` or `>`,
//! a `#` stay the text they are, in the web page and the PDF alike, never a list, quote or
//! heading of their own (the PDF once printed `- The problem in brief`).

/// Put before a segment's first line so that it is read as a paragraph's text, never as a
/// heading, list, quote, fence or HTML block: a character no one types (EN QUAD) that is
/// Unicode white space, so inline syntax after it reads as at the start of a line. It is
/// dropped from the output.
pub const LINE_START: char = '\u{2000}';

/// Makes a segment parse as inline text, whatever a translator typed at the start of a
/// line: the first line after [`LINE_START`]; on later lines, what would start a block
/// that can interrupt a paragraph (heading, list, quote, fence, setext underline, an HTML
/// block) is escaped.
pub fn guard(md: &str) -> String {
    let mut out = String::with_capacity(md.len() + 8);
    out.push(LINE_START);
    for (i, line) in md.split('\n').enumerate() {
        let line = line.trim_start_matches([' ', '\t']);
        if i == 0 {
            out.push_str(line);
        } else {
            out.push('\n');
            out.push_str(&escape_line_start(line));
        }
    }
    out
}

fn escape_line_start(line: &str) -> String {
    let bytes = line.as_bytes();
    let Some(&first) = bytes.first() else {
        return String::new();
    };
    let followed_by_space = |n: usize| bytes.get(n).is_none_or(|b| *b == b' ' || *b == b'\t');
    let escape_at = match first {
        b'#' => {
            let hashes = bytes.iter().take_while(|&&b| b == b'#').count();
            (hashes <= 6 && followed_by_space(hashes)).then_some(0)
        }
        b'>' => Some(0),
        b'-' | b'+' | b'*' if followed_by_space(1) => Some(0),
        b'`' if line.starts_with("```") => Some(0),
        b'~' if line.starts_with("~~~") => Some(0),
        b'=' | b'-' | b'_' | b'*' | b'|' | b':'
            if line.trim_end().bytes().all(|b| b" =-_*|:".contains(&b)) =>
        {
            Some(0)
        }
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            match bytes.get(digits) {
                Some(b'.' | b')') if digits <= 9 && followed_by_space(digits + 1) => Some(digits),
                _ => None,
            }
        }
        // An HTML block can interrupt a paragraph; an autolink or an inline tag cannot
        // be one, so only what reads as a tag or comment opening is escaped.
        b'<' if bytes
            .get(1)
            .is_some_and(|b| b.is_ascii_alphabetic() || b"/!?".contains(b))
            && !is_autolink(line) =>
        {
            Some(0)
        }
        _ => None,
    };
    match escape_at {
        Some(at) => format!("{}\\{}", &line[..at], &line[at..]),
        None => line.to_string(),
    }
}

/// Whether `line` starts with an autolink (`<https://…>`, `<name@host>`).
fn is_autolink(line: &str) -> bool {
    let Some(end) = line.find('>') else {
        return false;
    };
    let inner = &line[1..end];
    !inner.contains([' ', '<', '\t'])
        && (inner.contains('@')
            || inner.split_once(':').is_some_and(|(scheme, _)| {
                (2..=32).contains(&scheme.len())
                    && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            }))
}

/// `text` without the [`LINE_START`] that [`guard`] put before it.
pub fn strip(text: &str) -> &str {
    text.strip_prefix(LINE_START).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_syntax_at_a_line_start_is_escaped() {
        assert_eq!(guard("1. The problem"), "\u{2000}1. The problem");
        assert_eq!(
            guard("a\n2) b\n- c\n> d\n# e"),
            "\u{2000}a\n2\\) b\n\\- c\n\\> d\n\\# e"
        );
        assert_eq!(
            guard("a\n1990 was\n<https://x.org> ok"),
            "\u{2000}a\n1990 was\n<https://x.org> ok"
        );
        assert_eq!(strip(&guard("x")), "x");
    }
}

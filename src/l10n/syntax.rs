//! What a Fluent syntax error means, in a translator's words, and where to point: the
//! parser's error kinds name tokens ("Expected one of \"\n | \r\n\""); a translator needs the
//! cause (a brace never closed, words inside braces, a variant on the same line, a variable
//! name typed in Urdu, a line starting with `[`) and the fix. Also the guard that keeps
//! the recursive parser off absurdly nested placeables, counted per entry.

use fluent_syntax::parser::{self, ErrorKind};

use crate::diag::{Diagnostic, SourceFile};

/// Deepest placeable nesting we let the parser see (it recurses; hostile files must not
/// overflow the stack).
pub const MAX_PLACEABLE_DEPTH: usize = 16;

/// The diagnostic for one parser error.
pub fn diagnostic(source: &SourceFile, e: &parser::ParserError) -> Diagnostic {
    let text: &str = &source.text;
    let start = e.pos.start.min(text.len());
    let end = e.pos.end.clamp(start, text.len());
    let entry_start = e.slice.as_ref().map_or(0, |s| s.start.min(start));
    let line_at = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_at(start)..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let error = |message: &str, label: &str, hint: &str, span: std::ops::Range<usize>| {
        Diagnostic::error("ftl-syntax", format!("Fluent syntax error: {message}"))
            .at(source, span)
            .with_label(label.to_string())
            .with_hint(hint.to_string())
    };

    // A continuation line indented with a tab: Fluent indents with spaces only, and a
    // translator sees an indented line.
    if line.starts_with('\t') {
        let at = line_at(start);
        return error(
            "a line is indented with a tab",
            "a tab, not spaces",
            "Fluent indents continuation lines with spaces: replace the tab with four spaces",
            at..at + 1,
        );
    }
    // A continuation line that starts with a character Fluent reads as syntax.
    let first = line.trim_start().chars().next();
    if line.starts_with([' ', '\t'])
        && let Some(c @ ('[' | '*' | '.')) = first
        && !matches!(e.kind, ErrorKind::MissingDefaultVariant)
        && !inside_select(&text[entry_start..start])
    {
        let at = line_at(start) + (line.len() - line.trim_start().len());
        return error(
            &format!("a line of text may not start with `{c}`"),
            &format!("`{c}` here starts a variant or an attribute"),
            &format!("write {{\"{c}\"}} for a `{c}` at the start of a line"),
            at..at + 1,
        );
    }

    match &e.kind {
        ErrorKind::ExpectedToken('}') | ErrorKind::ExpectedInlineExpression => {
            if let Some(open) = text[entry_start..start].rfind('{').map(|i| entry_start + i) {
                let line_of_open = line_at(open);
                let rest = &text[line_of_open..];
                let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
                // The first `{` on that line left open, if any.
                let mut depth = Vec::new();
                for (i, c) in rest.char_indices() {
                    match c {
                        '{' => depth.push(line_of_open + i),
                        '}' => {
                            depth.pop();
                        }
                        _ => {}
                    }
                }
                return match depth.first() {
                    None if e.kind == ErrorKind::ExpectedToken('}') => {
                        let close = open + text[open..].find('}').unwrap_or(1);
                        let from = if start > open && start < close {
                            start
                        } else {
                            open + 1
                        };
                        error(
                            "more than one thing inside `{ … }`",
                            "this part belongs outside the braces",
                            "inside `{ }` goes exactly one variable (`{ $name }`), message, term \
                             or quoted text; move the words out of the braces, and write a \
                             brace meant as text as {\"{\"}",
                            from..close.max(next_char_end(text, from)),
                        )
                    }
                    unclosed => {
                        let open = unclosed.copied().unwrap_or(open);
                        error(
                            "a placeable is never closed",
                            "this `{` has no matching `}`",
                            "close it with `}`; write a brace meant as text as {\"{\"}",
                            open..open + 1,
                        )
                    }
                };
            }
        }
        ErrorKind::UnbalancedClosingBrace => {
            return error(
                "a `}` closes nothing",
                "no `{` before it",
                "write a brace meant as text as {\"}\"}",
                start..next_char_end(text, start),
            );
        }
        ErrorKind::ExpectedCharRange { range } if range.contains('\n') => {
            return error(
                "a line end is expected here",
                "starts on the same line",
                if text[entry_start..start].contains("->") {
                    "each variant of a select starts on its own line after `->`: \
                     `{ $n ->` then `[one] …` and `*[other] …` below, then `}`"
                } else {
                    "start what follows on a new, indented line"
                },
                start..next_char_end(text, start),
            );
        }
        ErrorKind::ExpectedCharRange { .. } => {
            let after_dollar = text[..start].ends_with('$');
            let non_latin = text[start..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() && !c.is_ascii());
            if after_dollar && non_latin {
                return error(
                    "a variable name must stay in Latin letters",
                    "translated variable name",
                    "keep `$name` exactly as the English has it: the program passes it by that name",
                    start..word_end(text, start),
                );
            }
            if line_at(start) == start && non_latin {
                return error(
                    "a message id must be in Latin letters",
                    "not an id",
                    "keep the id (`p-…`) exactly as the English file has it, then ` = ` and the translation",
                    start..word_end(text, start),
                );
            }
        }
        _ => {}
    }
    // The parser notices what is missing at the end of a line where the next line starts:
    // point at the line that needs the fix.
    let start = if start > entry_start && line_at(start) == start {
        let before = text[entry_start..start].trim_end();
        // The last character before the line end.
        entry_start + before.char_indices().last().map_or(0, |(i, _)| i)
    } else {
        start
    };
    let end = if end <= start {
        next_char_end(text, start)
    } else {
        end
    };
    let hint = match e.kind {
        ErrorKind::ExpectedToken('=') => {
            "a message is `id = value`; ids are ASCII letters, digits, `-` and `_`"
        }
        ErrorKind::UnterminatedStringLiteral => "close the quoted text with `\"` on the same line",
        ErrorKind::ExpectedMessageField { .. } => {
            "a message needs a value on the same line or on indented lines below it"
        }
        ErrorKind::MissingDefaultVariant => "mark one variant as the default with `*`",
        _ => {
            "continuation lines must be indented; a line may not start with `[`, `*`, `.` or `}` \
             (write {\"[\"}); see https://projectfluent.org/fluent/guide/"
        }
    };
    let what = plain(&e.kind.to_string());
    error(&what, &what, hint, start..end)
}

/// Whether `before` (an entry up to the error) is inside a select's variants, where a
/// line may start with `[` or `*`.
fn inside_select(before: &str) -> bool {
    before.rfind("->")
        > before
            .rfind('}')
            .or(Some(0))
            .filter(|_| before.contains('}'))
}

fn next_char_end(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(at, |c| at + c.len_utf8())
}

fn word_end(text: &str, at: usize) -> usize {
    at + text[at..]
        .find(|c: char| !c.is_alphanumeric() && c != '_' && c != '-')
        .unwrap_or(text.len() - at)
}

/// A parser message with its line ends and other control characters written out.
fn plain(message: &str) -> String {
    message
        .replace('\n', "\\n")
        .replace('\r', "\\r")
        .replace('\t', "\\t")
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

/// Rejects placeables nested deeper than [`MAX_PLACEABLE_DEPTH`] before the recursive parser
/// sees them. The count starts again at every entry, so one message that forgets a `}`
/// never hides the next.
pub fn check_nesting(source: &SourceFile) -> Result<(), Vec<Diagnostic>> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut in_comment = false;
    let mut line_start = true;
    for (i, c) in source.text.char_indices() {
        if line_start {
            in_comment = c == '#';
            // An id, a term or a comment at the start of a line begins a new entry.
            if c.is_ascii_alphabetic() || c == '-' || c == '#' {
                depth = 0;
                in_string = false;
            }
        }
        line_start = c == '\n';
        if in_comment {
            continue;
        }
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' | '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' if depth > 0 => in_string = true,
            '{' => {
                depth += 1;
                if depth > MAX_PLACEABLE_DEPTH {
                    return Err(vec![
                        Diagnostic::error(
                            "ftl-nesting",
                            format!("placeables are nested more than {MAX_PLACEABLE_DEPTH} deep"),
                        )
                        .at(source, i..i + 1)
                        .with_label("too deep")
                        .with_hint("simplify the message; no translation needs this"),
                    ]);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The messages and 1-based lines of the syntax errors in `text`.
    fn errors(text: &str) -> Vec<(usize, String, String)> {
        let source = SourceFile::new("t.ftl", text);
        match fluent_syntax::parser::parse(text) {
            Ok(_) => Vec::new(),
            Err((_, errs)) => errs
                .iter()
                .map(|e| {
                    let d = diagnostic(&source, e);
                    (
                        d.line_col().map_or(0, |(l, _)| l),
                        d.message,
                        d.hint.unwrap_or_default(),
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn each_cause_is_named_in_plain_words() {
        for (text, says) in [
            ("a = {1x}\n", "more than one thing inside"),
            ("a = {0FUN()}\n", "more than one thing inside"),
            ("a = { $language ایڈیشن }\n", "more than one thing inside"),
            ("a = {msg[case]}\n", "more than one thing inside"),
            ("a = { $n\n", "never closed"),
            ("a = first\n\tsecond\n", "indented with a tab"),
            ("a = x }\n", "closes nothing"),
            (
                "a = { $n -> [one] x *[other] y }\n",
                "a line end is expected",
            ),
            ("a = { $مصنف }\n", "variable name must stay in Latin"),
            ("a = one\n    [two] three\n", "may not start with `[`"),
            ("a = one\n    .two three\n", "may not start with `.`"),
        ] {
            let got = errors(text);
            assert!(!got.is_empty(), "{text:?}: no error");
            assert!(got[0].1.contains(says), "{text:?}: {got:?}");
            assert!(
                !got[0].1.chars().any(char::is_control),
                "{text:?}: {:?}",
                got[0].1
            );
        }
        // A `{` typed as text is told how to write one.
        assert!(errors("a = a { b\n")[0].2.contains("{\"{\"}"));
        // A select on one line names the fix.
        assert!(
            errors("a = { $n -> [one] x *[other] y }\n")[0]
                .2
                .contains("own line")
        );
    }

    #[test]
    fn any_mix_of_braces_scripts_and_line_ends_gets_a_diagnostic_that_renders() {
        let pieces = [
            "a", " ", "=", "{", "}", "$", "ب", "ﷺ", "\n", "\n    ", "[", "*", ".", "->", "\"", "-",
            "1", "\r\n", "#", "😀", "\t",
        ];
        for body in crate::generated::texts(0x2545_F491_4F6C_DD1D, &pieces, 3000, 24) {
            let text = format!("m = {body}");
            let source = SourceFile::new("t.ftl", text.as_str());
            if let Err((_, errs)) = fluent_syntax::parser::parse(text.as_str()) {
                for e in &errs {
                    let d = diagnostic(&source, e);
                    assert!(!d.render(false).is_empty());
                    assert!(!d.message.chars().any(char::is_control), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn the_nesting_limit_counts_each_message_on_its_own() {
        let forgetful: String = (0..17).map(|i| format!("m{i} = {{ x\n")).collect();
        let source = SourceFile::new("t.ftl", forgetful.as_str());
        assert!(check_nesting(&source).is_ok());
        let deep = format!("a = {}x{}\n", "{ ".repeat(17), " }".repeat(17));
        assert!(check_nesting(&SourceFile::new("t.ftl", deep.as_str())).is_err());
    }
}

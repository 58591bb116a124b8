//! Slices of the author's Markdown as segments keep them: continuation lines without their
//! container prefixes, reference-style links written inline, alt texts and comments found
//! by their source ranges; plain text (an image's title) written as Markdown.

use std::ops::Range;

use pulldown_cmark::Tag;

/// A reference-style link or image (`[text][label]`) at `range`, and its inline form.
pub(super) struct Reference {
    pub(super) range: Range<usize>,
    pub(super) inline: String,
}

/// The inline Markdown of `range` in `text`, with the continuation lines' container
/// prefixes (indentation, and `>` of block quotes when `in_quote`) removed, the
/// reference-style links among `references` written inline, and each hard line break
/// made of trailing spaces (`hard_breaks`, source ranges) written as a backslash, a form
/// that survives editors and Fluent, which both drop trailing white space. Any other white
/// space at a line's end is kept: in a code span it is content.
pub(super) fn inline_source(
    text: &str,
    range: Range<usize>,
    references: &[Reference],
    hard_breaks: &[Range<usize>],
    in_quote: bool,
) -> String {
    // Edits in source order: (what they replace, the replacement).
    let mut edits: Vec<(Range<usize>, &str)> = references
        .iter()
        .map(|r| (r.range.clone(), r.inline.as_str()))
        .collect();
    for hb in hard_breaks {
        let Some(spaces) = text.get(hb.clone()) else {
            continue;
        };
        let run = spaces
            .trim_end_matches(['\n', '\r'])
            .trim_start_matches([' ', '\t']);
        if run.is_empty() && spaces.starts_with([' ', '\t']) {
            let end = hb.start + spaces.trim_end_matches(['\n', '\r']).len();
            edits.push((hb.start..end, "\\"));
        }
    }
    edits.sort_by_key(|(r, _)| r.start);
    let mut spliced = String::new();
    let mut at = range.start;
    for (r, replacement) in edits {
        if r.start < at || r.end > range.end {
            continue;
        }
        spliced.push_str(&text[at..r.start]);
        spliced.push_str(replacement);
        at = r.end;
    }
    spliced.push_str(&text[at..range.end]);
    let mut out = String::with_capacity(spliced.len());
    for (i, line) in spliced.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = if i == 0 {
            line
        } else {
            out.push('\n');
            if in_quote {
                line.trim_start_matches([' ', '\t', '>'])
            } else {
                line.trim_start_matches([' ', '\t'])
            }
        };
        out.push_str(line);
    }
    // The paragraph's own end: its final white space is no part of it.
    let end = out.trim_end_matches(['\n', ' ', '\t']).len();
    out.truncate(end);
    out.trim_start().to_string()
}

/// `[text](<url> "title")` for a reference-style link or image at `range`, with the
/// source range it replaces; `None` for one written inline already.
pub(super) fn inline_form(
    source: &str,
    tag: &Tag<'_>,
    range: &Range<usize>,
) -> Option<(Range<usize>, String)> {
    use pulldown_cmark::LinkType::{Collapsed, Reference, Shortcut};
    let (link_type, dest, title, bang) = match tag {
        Tag::Link {
            link_type,
            dest_url,
            title,
            ..
        } => (link_type, dest_url, title, ""),
        Tag::Image {
            link_type,
            dest_url,
            title,
            ..
        } => (link_type, dest_url, title, "!"),
        _ => return None,
    };
    let mut range = range.clone();
    // pulldown-cmark's range of a collapsed reference leaves out its `[]`.
    if *link_type == Collapsed && !source.get(range.clone())?.ends_with("[]") {
        range.end += usize::from(source.get(range.end..)?.starts_with("[]")) * 2;
    }
    let written = source.get(range.clone())?;
    let open = bang.len() + 1;
    let close = match link_type {
        // `[text][label]`: the text ends at the `]` before the label's `[`.
        Reference => written.rfind("][")?,
        Collapsed => written.len().checked_sub(3)?,
        Shortcut => written.len().checked_sub(1)?,
        _ => return None,
    };
    let text = written.get(open..close)?;
    let dest = dest.replace('<', "%3C").replace('>', "%3E");
    let title = if title.is_empty() {
        String::new()
    } else {
        format!(" \"{}\"", title.replace('\\', "\\\\").replace('"', "\\\""))
    };
    Some((range, format!("{bang}[{text}](<{dest}>{title})")))
}

/// The alt text's byte range inside `![alt](src)`: from after `![` to the `]` that closes it.
pub(super) fn alt_range(text: &str, image: &Range<usize>) -> Option<Range<usize>> {
    let s = &text[image.clone()];
    if !s.starts_with("![") {
        return None;
    }
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(2) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => depth += 1,
            ']' if depth == 0 => return Some(image.start + 2..image.start + i),
            ']' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `text` with every ASCII punctuation character that inline Markdown could read as
/// syntax escaped by a backslash, so that it shows as written.
pub(super) fn escape_punctuation(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '~' | '!' | '|' | '^'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

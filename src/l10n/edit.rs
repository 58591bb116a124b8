//! One message of a translation file changed, and nothing else: the studio's save and
//! `safha import`. The
//! value is written by the Fluent serializer (a translator types plain text and Markdown;
//! `{`, a leading `[`, `*` or `.` are escaped for them), every comment and the order of
//! the file stay as they are, and a placeholder becomes the message in its place.

use crate::l10n::ftl::{EntryKind, FtlFile};
use crate::l10n::placeholder::UNTRANSLATED;
use crate::l10n::serialize;

/// What the translator wrote for one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Plain text with inline Markdown, as the English is written; empty: not translated.
    Plain(String),
    /// A Fluent pattern as written after `id =` (variables, selectors), checked to parse.
    Fluent(String),
}

/// Why a save could not be made.
#[derive(Debug, PartialEq, Eq)]
pub enum EditError {
    /// The file on disk does not parse: it must be mended in an editor first.
    FileBroken(String),
    /// The Fluent the translator wrote does not parse as one message.
    Invalid(String),
}

/// `file`'s text with message `id` holding `value`; its comment (the `# en:` note) kept.
/// An empty plain value turns the message back into a placeholder. A message the file
/// neither has nor holds a placeholder for is added at the end of its live messages.
pub fn set(file: &FtlFile, id: &str, value: &Value, english: &str) -> Result<String, EditError> {
    set_all(file, &[(id, value, english)]).map_err(|(_, e)| e)
}

/// [`set`] for many messages at once, in one pass over the file (an import of thousands
/// of edits); the error names the index of the edit that failed.
pub fn set_all(
    file: &FtlFile,
    edits: &[(&str, &Value, &str)],
) -> Result<String, (usize, EditError)> {
    let text = file.text();
    // Two edits of one message would overlap in the file.
    let mut ids = std::collections::HashSet::new();
    if let Some(i) = edits.iter().position(|(id, _, _)| !ids.insert(*id)) {
        return Err((i, EditError::Invalid("the message is edited twice".into())));
    }
    let placeholders = placeholders(file);
    // Replacements of existing bytes, and new entries for the end of the live messages.
    let mut changes: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut added = String::new();
    for (i, (id, value, english)) in edits.iter().enumerate() {
        let entry = match value {
            Value::Plain(t) if t.trim().is_empty() => format!("# {UNTRANSLATED}{id}\n"),
            Value::Plain(t) => serialize::to_string(vec![serialize::message(id, t, Vec::new())]),
            Value::Fluent(raw) => fluent_entry(id, raw).map_err(|e| (i, e))?,
        };
        // From the id (the comment above stays), or the placeholder, to the end of the
        // entry and its line end.
        let taken = match file.get(id) {
            Some(m) => Some(m.span.start..m.range.end),
            None => placeholders.get(*id).cloned(),
        };
        match taken {
            Some(range) => {
                let end = range.end;
                let tail =
                    usize::from(!text[..end].ends_with('\n') && text[end..].starts_with('\n'));
                changes.push((range.start..end + tail, entry));
            }
            None => {
                if !added.is_empty() {
                    added.push('\n');
                }
                added.push_str(&crate::l10n::sync::note_block(english));
                added.push_str(&entry);
            }
        }
    }
    changes.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len() + added.len());
    let mut from = 0;
    let obsolete = crate::l10n::sync::OBSOLETE_HEADER
        .lines()
        .next()
        .unwrap_or("##");
    let at = text.find(obsolete).unwrap_or(text.len());
    let mut insert = |out: &mut String, from: &mut usize, upto: usize| {
        if !added.is_empty() && *from <= at && at <= upto {
            out.push_str(&text[*from..at]);
            // A new entry with its note, before any obsolete section.
            if !out.is_empty() && !out.ends_with("\n\n") {
                out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
            }
            out.push_str(&added);
            if at < text.len() {
                out.push('\n');
            }
            *from = at;
            added.clear();
        }
    };
    for (range, entry) in changes {
        insert(&mut out, &mut from, range.start);
        out.push_str(&text[from..range.start]);
        out.push_str(&entry);
        from = range.end;
    }
    insert(&mut out, &mut from, text.len());
    out.push_str(&text[from..]);
    Ok(out)
}

/// Where each `# untranslated: <id>` placeholder of `file` is: the bytes from its line
/// to the end of its comment.
fn placeholders(file: &FtlFile) -> std::collections::HashMap<&str, std::ops::Range<usize>> {
    let text = file.text();
    let mut out = std::collections::HashMap::new();
    for (kind, range) in &file.entries {
        if *kind != EntryKind::Comment {
            continue;
        }
        let comment = &text[range.clone()];
        let prefix = format!("# {UNTRANSLATED}");
        for (at, _) in comment.match_indices(&prefix) {
            let rest = &comment[at + prefix.len()..];
            let id = rest.split_whitespace().next().unwrap_or("");
            // The placeholder is the comment's last line.
            if !id.is_empty()
                && rest[rest.find(id).unwrap_or(0) + id.len()..]
                    .trim()
                    .is_empty()
            {
                out.insert(id, range.start + at..range.end);
            }
        }
    }
    out
}

/// `id = raw` as one entry, continuation lines indented, checked to be exactly one message.
fn fluent_entry(id: &str, raw: &str) -> Result<String, EditError> {
    let raw = raw.trim_end();
    let mut entry = format!("{id} =");
    for (i, line) in raw.split('\n').enumerate() {
        if i == 0 && !line.trim().is_empty() {
            entry.push(' ');
            entry.push_str(line.trim_start());
        } else if i > 0 {
            entry.push('\n');
            // Indented under the id, as `current` gave it without.
            if !line.trim().is_empty() {
                entry.push_str("    ");
                entry.push_str(line);
            }
        }
    }
    entry.push('\n');
    let parsed = FtlFile::from_bytes(std::path::Path::new("message.ftl"), entry.as_bytes())
        .map_err(|d| EditError::Invalid(d.iter().map(|d| d.message.clone()).collect()))?;
    let only = parsed.messages.len() == 1 && parsed.messages[0].id == id;
    if !only || parsed.entries.len() != 1 {
        return Err(EditError::Invalid(format!(
            "this is not one message `{id}`: write only what comes after `{id} =`"
        )));
    }
    Ok(entry)
}

/// The text the translator edits for message `id`: its plain text, or the Fluent after
/// `id =` when it holds more than text. `None` when the file does not translate it.
pub fn current(file: &FtlFile, id: &str) -> Option<Value> {
    let m = file.get(id)?;
    if let Some(t) = &m.text {
        return Some(Value::Plain(t.clone()));
    }
    let text = file.text();
    let rest = &text[m.span.end..m.range.end];
    let body = rest.trim_start_matches([' ', '\t']).strip_prefix('=')?;
    // Continuation lines lose the indentation the entry gives them.
    let lines: Vec<&str> = body.split('\n').collect();
    let indent = lines
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = lines[0].trim().to_string();
    for l in &lines[1..] {
        out.push('\n');
        out.push_str(l.get(indent..).unwrap_or(l.trim_start()));
    }
    Some(Value::Fluent(out.trim_matches('\n').to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn parse(text: &str) -> FtlFile {
        FtlFile::from_bytes(Path::new("t.ftl"), text.as_bytes()).unwrap()
    }

    const FILE: &str = "\
### Header comment.

# a translator's remark
# en: One.
p-one = ایک

# en: Two.
# untranslated: p-two

# en: Three.
p-three = { $n ->
        [one] ایک
       *[other] کئی
    }
";

    #[test]
    fn a_save_changes_that_message_only() {
        let out = set(
            &parse(FILE),
            "p-one",
            &Value::Plain("نیا {x} [ربط](u)".into()),
            "One.",
        )
        .unwrap();
        assert_eq!(
            out,
            FILE.replace("p-one = ایک", "p-one = نیا { \"{\" }x{ \"}\" } [ربط](u)")
        );
        let m = parse(&out);
        assert_eq!(
            m.get("p-one").unwrap().text.as_deref(),
            Some("نیا {x} [ربط](u)")
        );
        assert_eq!(m.get("p-one").unwrap().source_note.as_deref(), Some("One."));
    }

    #[test]
    fn a_placeholder_becomes_the_message_under_its_note() {
        let out = set(&parse(FILE), "p-two", &Value::Plain("* دو".into()), "Two.").unwrap();
        assert!(
            out.contains("# en: Two.\np-two = * دو\n\n# en: Three."),
            "{out}"
        );
        let m = parse(&out);
        assert_eq!(m.get("p-two").unwrap().text.as_deref(), Some("* دو"));
        assert_eq!(m.get("p-two").unwrap().source_note.as_deref(), Some("Two."));
        // Cleared again: a placeholder once more, the file as it was.
        let back = set(&m, "p-two", &Value::Plain(String::new()), "Two.").unwrap();
        assert_eq!(back, FILE);
    }

    #[test]
    fn fluent_values_are_edited_as_fluent_and_checked() {
        let file = parse(FILE);
        let Some(Value::Fluent(raw)) = current(&file, "p-three") else {
            panic!()
        };
        assert_eq!(raw, "{ $n ->\n    [one] ایک\n   *[other] کئی\n}");
        let out = set(
            &file,
            "p-three",
            &Value::Fluent(raw.replace("کئی", "بہت")),
            "Three.",
        )
        .unwrap();
        assert_eq!(out, FILE.replace("کئی", "بہت"));
        let bad = set(&file, "p-three", &Value::Fluent("{ $n ->".into()), "Three.");
        assert!(matches!(bad, Err(EditError::Invalid(_))), "{bad:?}");
        let two = set(&file, "p-three", &Value::Fluent("a } b".into()), "Three.");
        assert!(matches!(two, Err(EditError::Invalid(_))), "{two:?}");
    }

    #[test]
    fn a_message_the_file_lacks_is_added_with_its_note() {
        let out = set(&parse(FILE), "p-four", &Value::Plain("چار".into()), "Four.").unwrap();
        assert!(
            out.ends_with("    }\n\n# en: Four.\np-four = چار\n"),
            "{out}"
        );
    }
}

//! What a translator with a text editor needs to see in a translation file, after `sync`:
//! every segment of the article in source order, the untranslated ones as placeholders,
//! and, above a stale translation, the English as it is now beside the English it was
//! made from.
//!
//! A placeholder is a comment, so the file stays valid Fluent and `status` counts the
//! segment as missing:
//!
//! ```ftl
//! # en: The English of the segment.
//! # untranslated: p-the-english-of
//! ```
//!
//! The translator replaces the last line with `p-the-english-of = …`; the `# en:` lines
//! then sit directly above the message and become its note. A stale translation gets the
//! current English as `# now:` lines under its `# en:` note, until `check --accept` (or a
//! later sync, once the English is back to the note) removes them.

use std::collections::{HashMap, HashSet};

use super::ftl::{CURRENT_NOTE, EntryKind, FtlFile, SOURCE_NOTE};
use super::sync::{OBSOLETE_HEADER, note_block};
use crate::article::ids::same_words;

/// The comment line that stands for an untranslated segment: `# untranslated: <id>`.
pub const UNTRANSLATED: &str = "untranslated: ";

/// The first lines of a translation file that extract creates, in English (translators
/// read the source language).
pub fn header(lang: &str, article: &str) -> String {
    format!(
        "### {lang} translation of {article}.\n\
         ### Each segment's English is in the `# en:` lines above it. To translate one, replace\n\
         ### its `# untranslated: <id>` line with `<id> = ` and the translation.\n\n"
    )
}

/// A new translation file of `article` in `lang`: the header and every segment of
/// `segments` a placeholder, in source order; and the ids given one.
pub fn new_file(lang: &str, article: &str, segments: &[(String, String)]) -> (String, Vec<String>) {
    let header = header(lang, article);
    match FtlFile::from_bytes(std::path::Path::new("new.ftl"), header.as_bytes()) {
        Ok(empty) => complete(&empty, segments),
        Err(_) => (header, Vec::new()),
    }
}

/// `file`'s text with a placeholder for every segment of `segments` (id, English, in
/// source order) that it neither translates nor holds one for, placed after the entry of
/// the segment before it; placeholders of translated or vanished segments removed; and
/// `# now:` notes above stale translations. Returns the text and the ids given a
/// placeholder.
pub fn complete(file: &FtlFile, segments: &[(String, String)]) -> (String, Vec<String>) {
    let text = file.text();
    let english: HashMap<&str, &str> = segments
        .iter()
        .map(|(id, t)| (id.as_str(), t.as_str()))
        .collect();
    let translated: HashSet<&str> = file
        .messages
        .iter()
        .filter(|m| !m.is_term)
        .map(|m| m.id.as_str())
        .collect();
    let live_end = file
        .entries
        .iter()
        .position(|(kind, range)| {
            *kind == EntryKind::GroupComment
                && text[range.clone()].starts_with(OBSOLETE_HEADER.lines().next().unwrap_or("##"))
        })
        .unwrap_or(file.entries.len());

    // The live entries, each with the segment it stands for and the gap after it.
    struct Piece {
        segment: Option<String>,
        text: String,
        gap: String,
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut held: HashSet<String> = HashSet::new();
    for (e, (kind, range)) in file.entries.iter().enumerate().take(live_end) {
        let next = file.entries.get(e + 1).map_or(text.len(), |(_, r)| r.start);
        let gap = text[range.end..next].to_string();
        let piece = &text[range.clone()];
        let (segment, entry) = match kind {
            EntryKind::Message(i) if !file.messages[*i].is_term => {
                let m = &file.messages[*i];
                let now = english.get(m.id.as_str()).copied();
                let entry = with_current_note(piece, m.span.start - range.start, m, now);
                (now.map(|_| m.id.clone()), entry)
            }
            EntryKind::Comment => match placeholder_id(piece) {
                Some(id) => {
                    let wanted = english.contains_key(id)
                        && !translated.contains(id)
                        && held.insert(id.to_string());
                    if !wanted {
                        // Keep the blank lines as they were around it.
                        if let Some(last) = pieces.last_mut()
                            && gap.len() > last.gap.len()
                        {
                            last.gap = gap;
                        }
                        continue;
                    }
                    (Some(id.to_string()), placeholder(id, english[id]))
                }
                None => (None, piece.to_string()),
            },
            _ => (None, piece.to_string()),
        };
        pieces.push(Piece {
            segment,
            text: entry,
            gap,
        });
    }

    // New placeholders, each after the nearest segment before it that the file has.
    let mut after: HashMap<Option<String>, Vec<String>> = HashMap::new();
    let mut added = Vec::new();
    let present: HashSet<&str> = pieces.iter().filter_map(|p| p.segment.as_deref()).collect();
    let mut anchor: Option<String> = None;
    for (id, en) in segments {
        if present.contains(id.as_str()) {
            anchor = Some(id.clone());
            continue;
        }
        after
            .entry(anchor.clone())
            .or_default()
            .push(placeholder(id, en));
        added.push(id.clone());
    }

    let first_segment = pieces.iter().position(|p| p.segment.is_some());
    let live_start = file.entries.first().map_or(text.len(), |(_, r)| r.start);
    let rest = file
        .entries
        .get(live_end)
        .map_or(text.len(), |(_, r)| r.start);
    let mut out = String::with_capacity(text.len() + 256 * added.len());
    out.push_str(&text[..live_start]);
    let emit = |out: &mut String, blocks: &[String]| {
        for block in blocks {
            if !out.is_empty() && !out.ends_with("\n\n") {
                out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
            }
            out.push_str(block);
        }
    };
    let leading = after.remove(&None).unwrap_or_default();
    let n = pieces.len();
    for (i, piece) in pieces.into_iter().enumerate() {
        if Some(i) == first_segment {
            emit(&mut out, &leading);
            if !leading.is_empty() {
                out.push('\n');
            }
        }
        out.push_str(&piece.text);
        let mine = piece
            .segment
            .as_ref()
            .and_then(|s| after.remove(&Some(s.clone())))
            .unwrap_or_default();
        emit(&mut out, &mine);
        // A placeholder must not touch the entry after it, or it would become its comment.
        if !mine.is_empty() && piece.gap.is_empty() && i + 1 < n {
            out.push('\n');
        }
        out.push_str(&piece.gap);
    }
    if first_segment.is_none() {
        emit(&mut out, &leading);
        if !leading.is_empty() && live_end < file.entries.len() {
            out.push('\n');
        }
    }
    out.push_str(&text[rest..]);
    (out, added)
}

/// The placeholder of segment `id` whose English is `english`.
fn placeholder(id: &str, english: &str) -> String {
    format!("{}# {UNTRANSLATED}{id}\n", note_block(english))
}

/// The id a comment stands in for, if it is a placeholder (its last line).
fn placeholder_id(comment: &str) -> Option<&str> {
    comment
        .trim_end_matches('\n')
        .lines()
        .last()?
        .strip_prefix("# ")?
        .strip_prefix(UNTRANSLATED)
        .map(str::trim)
}

/// A message's entry with `# now:` lines giving the current English `now` under its
/// `# en:` note when the two differ, and without them when they agree.
fn with_current_note(
    entry: &str,
    id_at: usize,
    m: &super::ftl::MessageInfo,
    now: Option<&str>,
) -> String {
    let id_line = entry[..id_at].rfind('\n').map_or(0, |i| i + 1);
    let stale = match (&m.source_note, now) {
        (Some(note), Some(now)) => !same_words(note, now),
        _ => false,
    };
    let has_now = entry[..id_line].lines().any(|l| {
        l.strip_prefix("# ")
            .is_some_and(|b| b.starts_with(CURRENT_NOTE))
    });
    if !stale && !has_now {
        return entry.to_string();
    }
    let mut head = String::new();
    let mut last_note_end = None;
    for line in entry[..id_line].split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let comment = body.strip_prefix("# ");
        if comment.is_some_and(|b| b.starts_with(CURRENT_NOTE)) {
            continue;
        }
        head.push_str(line);
        if comment.is_some_and(|b| b.starts_with(SOURCE_NOTE)) || body == "# en:" {
            last_note_end = Some(head.len());
        }
    }
    if stale && let Some(now) = now {
        let lines: String = now
            .split('\n')
            .map(|l| format!("# {CURRENT_NOTE}{l}\n"))
            .collect();
        head.insert_str(last_note_end.unwrap_or(head.len()), &lines);
    }
    head + &entry[id_line..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn parse(text: &str) -> FtlFile {
        FtlFile::from_bytes(Path::new("t.ftl"), text.as_bytes()).unwrap()
    }

    fn segs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn untranslated_segments_get_placeholders_in_source_order() {
        let file = parse("# en: Title\ntitle = عنوان\n\n# en: Third.\np-third = تیسرا۔\n");
        let segments = segs(&[
            ("title", "Title"),
            ("p-second", "Second."),
            ("p-third", "Third."),
            ("p-fourth", "Fourth."),
        ]);
        let (text, added) = complete(&file, &segments);
        assert_eq!(added, ["p-second", "p-fourth"]);
        assert_eq!(
            text,
            "# en: Title\ntitle = عنوان\n\n# en: Second.\n# untranslated: p-second\n\n\
             # en: Third.\np-third = تیسرا۔\n\n# en: Fourth.\n# untranslated: p-fourth\n"
        );
        let again = parse(&text);
        assert_eq!(again.messages.len(), 2, "placeholders are comments");
        // Idempotent.
        assert_eq!(complete(&again, &segments), (text.clone(), vec![]));
        // Translated in an editor by replacing the placeholder line: the note attaches.
        let edited = text.replace("# untranslated: p-second", "p-second = دوسرا۔");
        let (done, _) = complete(&parse(&edited), &segments);
        let m = parse(&done);
        assert_eq!(
            m.get("p-second").unwrap().source_note.as_deref(),
            Some("Second.")
        );
        assert!(!done.contains("untranslated: p-second"));
    }

    #[test]
    fn a_file_of_messages_without_blank_lines_keeps_them_apart() {
        let file = parse("title = الفا\np-b = ب\n");
        let segments = segs(&[("title", "Alpha"), ("p-a", "A."), ("p-b", "B.")]);
        let (text, _) = complete(&file, &segments);
        let parsed = parse(&text);
        assert!(parsed.get("p-b").unwrap().source_note.is_none(), "{text}");
        assert!(text.contains("# untranslated: p-a\n"), "{text}");
    }

    #[test]
    fn stale_translations_show_the_english_as_it_is_now() {
        let file = parse("# a translator's comment\n# en: Old text.\np-x = پرانا۔\n");
        let segments = segs(&[("p-x", "New text.")]);
        let (text, _) = complete(&file, &segments);
        assert_eq!(
            text,
            "# a translator's comment\n# en: Old text.\n# now: New text.\np-x = پرانا۔\n"
        );
        assert_eq!(complete(&parse(&text), &segments).0, text);
        // Once the English is what the note says, the `now` lines go.
        let back = segs(&[("p-x", "Old text.")]);
        assert_eq!(
            complete(&parse(&text), &back).0,
            "# a translator's comment\n# en: Old text.\np-x = پرانا۔\n"
        );
    }

    #[test]
    fn placeholders_of_vanished_segments_go_and_their_english_follows_edits() {
        let file =
            parse("# en: Gone.\n# untranslated: p-gone\n\n# en: Old.\n# untranslated: p-y\n");
        let segments = segs(&[("p-y", "New.")]);
        let (text, added) = complete(&file, &segments);
        assert!(added.is_empty());
        assert_eq!(text, "# en: New.\n# untranslated: p-y\n");
    }
}

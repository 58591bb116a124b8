//! Keeping a translation file attached to its English when `extract` runs: msgmerge for
//! Fluent articles.
//!
//! Translations are keyed by message id, and `article::ids` keeps ids stable, so most
//! translations simply stay where they are. This module handles the rest, editing the file
//! as text so that everything it does not need to touch (the translator's comments, blank
//! lines, layout) stays byte for byte:
//! - a translation whose `# en:` note is exactly the English of another segment follows
//!   that text to its id (match by fingerprint first, then by id);
//! - a translation whose English is gone is commented out into an obsolete section at the
//!   end of the file, never deleted, and comes back when its English does;
//! - a translation without a `# en:` note gets one, holding the English it was made from
//!   (the previous source text), so that a later change of the English shows as stale.

use std::collections::{HashMap, HashSet};

use super::ftl::{EntryKind, FtlFile};
use super::serialize::source_note_lines;
use crate::article::ids::{normalize, same_words};

/// First line of a commented-out translation: `# obsolete: <id>`.
pub const OBSOLETE_MARK: &str = "obsolete: ";

/// The group comment that opens the obsolete section.
pub const OBSOLETE_HEADER: &str = "\
## Obsolete: translations whose English is no longer in the article, kept by `safha extract`.
## One whose English comes back is restored; delete the others once they are of no use.
";

/// What syncing did to one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Synced {
    /// The new file text.
    pub text: String,
    /// (old id, new id) of translations that followed their English to a new id.
    pub rekeyed: Vec<(String, String)>,
    /// Ids of translations moved to the obsolete section.
    pub obsoleted: Vec<String>,
    /// Ids of obsolete translations restored.
    pub revived: Vec<String>,
    /// Ids of translations that were given a `# en:` note.
    pub noted: Vec<String>,
    /// Ids of segments given a placeholder (see [`super::placeholder`]).
    pub placeholders: Vec<String>,
}

impl Synced {
    pub fn changed(&self, old: &str) -> bool {
        self.text != old
    }
}

/// Brings `file` (a translation of one article) in line with `segments` (the article's
/// current `(id, English)` in order). `previous` maps ids to the English they had before
/// this extract, for translations that carry no note.
pub fn sync(
    file: &FtlFile,
    segments: &[(String, String)],
    previous: &HashMap<String, String>,
) -> Synced {
    let text = file.text();
    let mut out = Synced::default();

    // Which translation belongs to which segment.
    let current: HashMap<&str, &str> = segments
        .iter()
        .map(|(id, t)| (id.as_str(), t.as_str()))
        .collect();
    let messages: Vec<usize> = (0..file.messages.len())
        .filter(|&i| !file.messages[i].is_term)
        .collect();
    let note_of = |i: usize| -> Option<String> {
        let m = &file.messages[i];
        m.source_note
            .clone()
            .or_else(|| previous.get(&m.id).cloned())
    };
    let mut owner: HashMap<String, usize> = HashMap::new(); // segment id -> message
    let mut taken: HashSet<usize> = HashSet::new();
    let claim =
        |seg: &str, i: usize, owner: &mut HashMap<String, usize>, taken: &mut HashSet<usize>| {
            if !owner.contains_key(seg) && !taken.contains(&i) {
                taken.insert(i);
                owner.insert(seg.to_string(), i);
            }
        };
    // 1. Same id, and made from exactly this English.
    for &i in &messages {
        let id = file.messages[i].id.as_str();
        if let (Some(now), Some(note)) = (current.get(id), note_of(i))
            && same_words(&note, now)
        {
            claim(id, i, &mut owner, &mut taken);
        }
    }
    // 2. Made from exactly the English of another segment: follow the text.
    let mut by_text: HashMap<String, Vec<&str>> = HashMap::new();
    for (id, t) in segments {
        by_text.entry(normalize(t)).or_default().push(id);
    }
    for &i in &messages {
        if taken.contains(&i) {
            continue;
        }
        if let Some(note) = note_of(i)
            && let Some(ids) = by_text.get(&normalize(&note))
            && let Some(seg) = ids.iter().find(|s| !owner.contains_key(**s))
        {
            claim(seg, i, &mut owner, &mut taken);
        }
    }
    // 3. Same id, different English: kept (and shown as stale).
    for &i in &messages {
        let id = file.messages[i].id.as_str();
        if !taken.contains(&i) && current.contains_key(id) {
            claim(id, i, &mut owner, &mut taken);
        }
    }
    let assigned: HashMap<usize, &str> = owner.iter().map(|(s, &i)| (i, s.as_str())).collect();
    // Messages other messages refer to stay, whatever they are.
    let referenced = referenced_ids(text);

    // Obsolete translations whose English came back.
    let mut revive: Vec<(usize, String, String)> = Vec::new(); // (entry, segment id, text)
    for (e, (kind, range)) in file.entries.iter().enumerate() {
        if *kind != EntryKind::Comment {
            continue;
        }
        let Some((old_id, body)) = obsolete_body(&text[range.clone()]) else {
            continue;
        };
        let Ok(parsed) = FtlFile::from_bytes(&file.source.path, body.as_bytes()) else {
            continue;
        };
        let Some(m) = parsed
            .messages
            .iter()
            .find(|m| m.id == old_id && !m.is_term)
        else {
            continue;
        };
        let Some(note) = &m.source_note else { continue };
        let Some(ids) = by_text.get(&normalize(note)) else {
            continue;
        };
        let Some(seg) = ids
            .iter()
            .find(|s| !owner.contains_key(**s) && !revive.iter().any(|r| r.1 == **s))
        else {
            continue;
        };
        let restored = format!("{}{}{}", &body[..m.span.start], seg, &body[m.span.end..]);
        revive.push((e, seg.to_string(), restored));
    }

    // Reassemble the file entry by entry, keeping the blank lines between entries.
    let first_start = file.entries.first().map_or(text.len(), |(_, r)| r.start);
    let mut main: Vec<(String, String)> = Vec::new(); // (entry text, gap after it)
    let mut obsolete_blocks: Vec<String> = Vec::new();
    let mut obsolete_section_at: Option<usize> = None;
    for (e, (kind, range)) in file.entries.iter().enumerate() {
        let next = file.entries.get(e + 1).map_or(text.len(), |(_, r)| r.start);
        let gap = text[range.end..next].to_string();
        let piece = &text[range.clone()];
        match kind {
            EntryKind::Message(i) if !file.messages[*i].is_term => {
                let m = &file.messages[*i];
                match assigned.get(i) {
                    Some(seg) => {
                        let mut entry = piece.to_string();
                        let id_at = m.span.start - range.start;
                        if m.source_note.is_none() {
                            let made_from = previous
                                .get(&m.id)
                                .map(String::as_str)
                                .or_else(|| current.get(seg).copied())
                                .unwrap_or_default();
                            let line = id_line_start(piece, id_at);
                            entry.insert_str(line, &note_block(made_from));
                            out.noted.push(seg.to_string());
                        }
                        if *seg != m.id {
                            let id_at = entry.len() - (piece.len() - id_at);
                            entry.replace_range(id_at..id_at + m.id.len(), seg);
                            out.rekeyed.push((m.id.clone(), seg.to_string()));
                        }
                        main.push((entry, gap));
                    }
                    None if referenced.contains(m.id.as_str()) => {
                        main.push((piece.to_string(), gap));
                    }
                    None => {
                        let mut entry = piece.to_string();
                        if m.source_note.is_none()
                            && let Some(made_from) = previous.get(&m.id)
                        {
                            let line = id_line_start(piece, m.span.start - range.start);
                            entry.insert_str(line, &note_block(made_from));
                        }
                        obsolete_blocks.push(comment_out(&m.id, &entry));
                        out.obsoleted.push(m.id.clone());
                        // Keep one gap where the entry was.
                        if let Some(last) = main.last_mut()
                            && gap.len() > last.1.len()
                        {
                            last.1 = gap;
                        }
                    }
                }
            }
            EntryKind::GroupComment
                if piece.starts_with(OBSOLETE_HEADER.lines().next().unwrap_or("##")) =>
            {
                obsolete_section_at.get_or_insert(main.len());
                main.push((piece.to_string(), gap));
            }
            EntryKind::Comment if revive.iter().any(|r| r.0 == e) => {
                if let Some(last) = main.last_mut()
                    && gap.len() > last.1.len()
                {
                    last.1 = gap;
                }
            }
            _ => main.push((piece.to_string(), gap)),
        }
    }
    for (_, seg, restored) in &revive {
        out.revived.push(seg.clone());
        let at = obsolete_section_at.unwrap_or(main.len());
        // A restored translation goes at the end of the live messages, after a blank line.
        if at > 0
            && let Some(prev) = main.get_mut(at - 1)
            && prev.1.is_empty()
        {
            prev.1 = "\n".to_string();
        }
        main.insert(at, (restored.clone(), "\n".to_string()));
        if let Some(s) = obsolete_section_at.as_mut() {
            *s += 1;
        }
    }

    // An obsolete section left empty goes.
    let kept_obsolete = file.entries.iter().enumerate().any(|(e, (kind, range))| {
        *kind == EntryKind::Comment
            && obsolete_body(&text[range.clone()]).is_some()
            && !revive.iter().any(|r| r.0 == e)
    });
    if let Some(at) = obsolete_section_at
        && !kept_obsolete
        && obsolete_blocks.is_empty()
    {
        main.remove(at);
        obsolete_section_at = None;
        if at == main.len()
            && let Some(last) = main.last_mut()
        {
            last.1.clear();
        }
    }

    let mut text_out = String::with_capacity(text.len() + 256);
    text_out.push_str(&text[..first_start]);
    for (entry, gap) in &main {
        text_out.push_str(entry);
        text_out.push_str(gap);
    }
    if !obsolete_blocks.is_empty() {
        if !text_out.is_empty() && !text_out.ends_with('\n') {
            text_out.push('\n');
        }
        if obsolete_section_at.is_none() {
            if !text_out.is_empty() && !text_out.ends_with("\n\n") {
                text_out.push('\n');
            }
            text_out.push_str(OBSOLETE_HEADER);
        }
        for block in &obsolete_blocks {
            if !text_out.ends_with("\n\n") {
                text_out.push('\n');
            }
            text_out.push_str(block);
        }
    }
    out.text = text_out;
    out
}

/// Records the current source text as what each translation was made from: the
/// translator's "this is up to date" (`safha check --accept`). Only messages that `wanted`
/// accepts and whose note differs (or is missing) are touched; returns the new text and
/// their ids.
pub fn accept(
    file: &FtlFile,
    current: &HashMap<String, String>,
    wanted: &dyn Fn(&str) -> bool,
) -> (String, Vec<String>) {
    let text = file.text();
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut ids = Vec::new();
    for m in file.messages.iter().filter(|m| !m.is_term) {
        let Some(now) = current.get(&m.id) else {
            continue;
        };
        if !wanted(&m.id) || m.source_note.as_deref().is_some_and(|n| same_words(n, now)) {
            continue;
        }
        let id_line =
            m.range.start + id_line_start(&text[m.range.clone()], m.span.start - m.range.start);
        // The comment above the id, without its old note lines, then the new note.
        let mut head = String::new();
        for line in text[m.range.start..id_line].split_inclusive('\n') {
            let body = line.trim_end_matches('\n');
            // The old note, and the current English shown beside it while stale.
            let is_note = body.strip_prefix("# ").is_some_and(|b| {
                b.starts_with(super::ftl::SOURCE_NOTE)
                    || b == super::ftl::SOURCE_NOTE.trim_end()
                    || b.starts_with(super::ftl::CURRENT_NOTE)
            });
            if !is_note {
                head.push_str(line);
            }
        }
        head.push_str(&note_block(now));
        edits.push((m.range.start..id_line, head));
        ids.push(m.id.clone());
    }
    let mut out = text.to_string();
    for (range, with) in edits.into_iter().rev() {
        out.replace_range(range, &with);
    }
    (out, ids)
}

/// Where the line holding the id starts, within an entry.
fn id_line_start(entry: &str, id_at: usize) -> usize {
    entry[..id_at].rfind('\n').map_or(0, |i| i + 1)
}

/// The `# en: …` comment lines recording `english` as a translation's source.
pub fn note_block(english: &str) -> String {
    source_note_lines(english)
        .iter()
        .map(|l| format!("# {l}\n"))
        .collect()
}

/// `# obsolete: <id>` followed by the entry's lines, each behind `# `.
fn comment_out(id: &str, entry: &str) -> String {
    let mut out = format!("# {OBSOLETE_MARK}{id}\n");
    for line in entry.trim_end_matches('\n').split('\n') {
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The id and the uncommented entry of an obsolete block.
fn obsolete_body(comment: &str) -> Option<(String, String)> {
    let mut lines = comment.lines();
    let id = lines
        .next()?
        .strip_prefix("# ")?
        .strip_prefix(OBSOLETE_MARK)?;
    let mut body = String::new();
    for line in lines {
        let line = line
            .strip_prefix("# ")
            .or_else(|| (line == "#").then_some(""))?;
        body.push_str(line);
        body.push('\n');
    }
    Some((id.trim().to_string(), body))
}

/// Ids that some message or term refers to (`{ other-id }`, `{ -term }`).
fn referenced_ids(text: &str) -> HashSet<&str> {
    use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};
    fn walk<'s>(p: &ast::Pattern<&'s str>, out: &mut HashSet<&'s str>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    fn expr<'s>(e: &Expression<&'s str>, out: &mut HashSet<&'s str>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    walk(&v.value, out);
                }
            }
        }
    }
    fn inline<'s>(i: &InlineExpression<&'s str>, out: &mut HashSet<&'s str>) {
        match i {
            InlineExpression::MessageReference { id, .. } => {
                out.insert(id.name);
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r,
    };
    let mut out = HashSet::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            if let Some(v) = &m.value {
                walk(v, &mut out);
            }
            for a in &m.attributes {
                walk(&a.value, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn file(text: &str) -> FtlFile {
        FtlFile::from_bytes(Path::new("locales/ur/a.ftl"), text.as_bytes()).unwrap()
    }

    fn segs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn untouched_file_stays_byte_for_byte() {
        let text = "### header\n\n# translator: keep\n# en: One.\np-one = ایک۔\n\n# en: Two.\np-two = دو۔\n";
        let s = sync(
            &file(text),
            &segs(&[("p-one", "One."), ("p-two", "Two.")]),
            &HashMap::new(),
        );
        assert_eq!(s.text, text);
        assert!(!s.changed(text));
    }

    #[test]
    fn follows_text_obsoletes_and_revives() {
        let text = "# en: One.\np-one = ایک۔\n\n# my note\n# en: Two.\np-two = دو۔\n";
        // "Two." moved to a new id; "One." deleted.
        let s = sync(&file(text), &segs(&[("p-new", "Two.")]), &HashMap::new());
        assert_eq!(s.rekeyed, vec![("p-two".to_string(), "p-new".to_string())]);
        assert_eq!(s.obsoleted, vec!["p-one".to_string()]);
        assert!(
            s.text.starts_with("# my note\n# en: Two.\np-new = دو۔\n"),
            "{}",
            s.text
        );
        assert!(
            s.text
                .contains("# obsolete: p-one\n# # en: One.\n# p-one = ایک۔\n"),
            "{}",
            s.text
        );
        let parsed = file(&s.text);
        assert!(parsed.get("p-one").is_none());
        // "One." comes back under another id: the translation is restored.
        let s2 = sync(
            &parsed,
            &segs(&[("p-again", "One."), ("p-new", "Two.")]),
            &HashMap::new(),
        );
        assert_eq!(s2.revived, vec!["p-again".to_string()]);
        let back = file(&s2.text);
        assert_eq!(
            back.get("p-again").and_then(|m| m.text.as_deref()),
            Some("ایک۔")
        );
        assert!(!s2.text.contains("obsolete: p-one"), "{}", s2.text);
    }

    #[test]
    fn adds_notes_from_the_previous_english() {
        let text = "p-one = ایک۔\n";
        let prev = HashMap::from([("p-one".to_string(), "One".to_string())]);
        let s = sync(&file(text), &segs(&[("p-one", "One, edited.")]), &prev);
        assert_eq!(s.text, "# en: One\np-one = ایک۔\n");
        assert_eq!(s.noted, vec!["p-one".to_string()]);
    }

    #[test]
    fn accept_rewrites_only_stale_notes() {
        let text = "# mine\n# en: Old.\np-a = الف۔\n\n# en: Same.\np-b = ب۔\np-c = ج۔\n";
        let now = HashMap::from([
            ("p-a".to_string(), "New.".to_string()),
            ("p-b".to_string(), "Same.".to_string()),
            ("p-c".to_string(), "C.".to_string()),
        ]);
        let (out, ids) = accept(&file(text), &now, &|_| true);
        assert_eq!(ids, ["p-a", "p-c"]);
        assert_eq!(
            out,
            "# mine\n# en: New.\np-a = الف۔\n\n# en: Same.\np-b = ب۔\n# en: C.\np-c = ج۔\n"
        );
        let (_, ids) = accept(&file(text), &now, &|id| id == "p-c");
        assert_eq!(ids, ["p-c"]);
    }

    #[test]
    fn swapped_ids_follow_their_text() {
        let text = "# en: A.\np-a = الف۔\n# en: B.\np-b = ب۔\n";
        let s = sync(
            &file(text),
            &segs(&[("p-a", "B."), ("p-b", "A.")]),
            &HashMap::new(),
        );
        let f = file(&s.text);
        assert_eq!(f.get("p-a").and_then(|m| m.text.as_deref()), Some("ب۔"));
        assert_eq!(f.get("p-b").and_then(|m| m.text.as_deref()), Some("الف۔"));
    }
}

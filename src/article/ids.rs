//! Stable, readable message ids for segments.
//!
//! A new segment's id is its kind's prefix plus its first words (`p-with-the-united-states`),
//! so inserting a paragraph never renumbers the others. When the article is re-read, ids
//! are carried over from the previous source-language messages: first by identical text,
//! then by identical generated id, then by similar wording (an edited sentence keeps its id,
//! which is what lets its translation be flagged stale rather than lost). An id that was
//! ever used for other text is never handed to a new segment.

use std::collections::{HashMap, HashSet};

use super::model::{Segment, SegmentKind};
use super::plain::plain_text;

/// Words taken from the text for a generated id.
const ID_WORDS: usize = 4;
/// Longest generated id, before a `-2` suffix.
const ID_MAX_LEN: usize = 40;
/// Share of common words above which an edited segment keeps its old id.
const SIMILAR: f64 = 0.5;
/// Comparisons of wording that matching edited segments may make (about a second's work).
const SIMILARITY_BUDGET: usize = 20_000_000;

/// Assigns `segment.id` for every segment. `previous` is the source-language resource as it
/// was (`id`, `text`), in file order.
pub fn assign(segments: &mut [Segment], previous: &[(String, String)]) {
    let mut used: HashSet<String> = HashSet::new();
    let mut taken_prev = vec![false; previous.len()];
    let reserved: HashSet<&str> = previous.iter().map(|(id, _)| id.as_str()).collect();

    for seg in segments.iter_mut() {
        seg.id.clear();
        if let SegmentKind::Title | SegmentKind::Summary = seg.kind {
            seg.id = seg.kind.id_prefix().to_string();
            used.insert(seg.id.clone());
        }
    }
    // A segment whose English equals an earlier one's shares its message: it is set aside
    // (an id no step below looks at) and takes the earlier segment's id at the end.
    let mut first_with: HashMap<String, usize> = HashMap::new();
    let mut copies: Vec<(usize, usize)> = Vec::new();
    for (i, seg) in segments.iter_mut().enumerate() {
        if !seg.has_message() {
            continue;
        }
        match first_with.entry(normalize(&seg.text)) {
            std::collections::hash_map::Entry::Occupied(e) if seg.id.is_empty() => {
                copies.push((i, *e.get()));
                seg.id = COPY.to_string();
            }
            std::collections::hash_map::Entry::Occupied(_) => {}
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
        }
    }
    let fixed = |id: &str| id == "title" || id == "summary";
    for (i, (id, _)) in previous.iter().enumerate() {
        if fixed(id) {
            taken_prev[i] = true;
        }
    }

    // 1. Identical text: the translation certainly belongs to it.
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (_, text)) in previous.iter().enumerate().rev() {
        by_text.entry(normalize(text)).or_default().push(i);
    }
    for seg in segments.iter_mut().filter(|s| s.id.is_empty()) {
        if let Some(candidates) = by_text.get_mut(&normalize(&seg.text)) {
            while let Some(i) = candidates.pop() {
                if !taken_prev[i] && !used.contains(&previous[i].0) {
                    taken_prev[i] = true;
                    seg.id = previous[i].0.clone();
                    used.insert(seg.id.clone());
                    break;
                }
            }
        }
    }

    // 2. Same opening words: a segment's generated id names a family of earlier messages,
    // that id and its numbered siblings (`-2`, `-3`…). Of those still unclaimed, the most
    // alike takes it: the family's own id at any likeness (the opening words did not
    // change), a sibling only as alike as step 3 asks. Taking the family's own id first
    // handed an edited paragraph the translation of a deleted sibling opening alike.
    let index_of: HashMap<&str, usize> = previous
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (id.as_str(), i))
        .collect();
    let mut family: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (id, _)) in previous.iter().enumerate() {
        family.entry(id.as_str()).or_default().push(i);
        if let Some(stem) = sibling_stem(id) {
            family.entry(stem).or_default().push(i);
        }
    }
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut words_of: HashMap<usize, HashSet<String>> = HashMap::new();
    let mut compared = 0usize;
    for (s, seg) in segments.iter().enumerate().filter(|(_, s)| s.id.is_empty()) {
        let base = base_id(seg.kind, &seg.text);
        let Some(members) = family.get(base.as_str()) else {
            continue;
        };
        // Past the budget, only the family's own id is looked at, unscored.
        compared = compared.saturating_add(members.len());
        if compared > SIMILARITY_BUDGET {
            let own = index_of.get(base.as_str()).filter(|&&i| !taken_prev[i]);
            pairs.extend(own.map(|&i| (0.0, s, i)));
            continue;
        }
        let words = word_set(&seg.text);
        for &i in members.iter().filter(|&&i| !taken_prev[i]) {
            let own = previous[i].0 == base;
            let theirs = words_of
                .entry(i)
                .or_insert_with(|| word_set(&previous[i].1));
            let score = overlap(&words, theirs);
            if own || score >= SIMILAR {
                pairs.push((score, s, i));
            }
        }
    }
    // Most alike first; ties in document order, then file order.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, s, i) in pairs {
        let seg = &mut segments[s];
        if seg.id.is_empty() && !taken_prev[i] && !used.contains(&previous[i].0) {
            taken_prev[i] = true;
            seg.id = previous[i].0.clone();
            used.insert(seg.id.clone());
        }
    }

    // 3. Similar wording: an edited segment keeps its id (and so its translation, now stale).
    // Each unmatched segment is compared with each unclaimed earlier text: within a budget,
    // so that a file of a hundred thousand rewritten paragraphs stays linear (beyond it,
    // edited segments get new ids, and their translations go to the Obsolete section).
    let unmatched = segments.iter().filter(|s| s.id.is_empty()).count();
    let unclaimed = taken_prev.iter().filter(|t| !**t).count();
    let within_budget = unmatched.saturating_mul(unclaimed) <= SIMILARITY_BUDGET;
    let prev_words: Vec<HashSet<String>> = if within_budget {
        previous.iter().map(|(_, text)| word_set(text)).collect()
    } else {
        Vec::new()
    };
    for seg in segments
        .iter_mut()
        .filter(|s| s.id.is_empty() && within_budget)
    {
        let words = word_set(&seg.text);
        let best = (0..previous.len())
            .filter(|&i| !taken_prev[i])
            .map(|i| (i, overlap(&words, &prev_words[i])))
            .filter(|&(_, score)| score >= SIMILAR)
            .fold(None::<(usize, f64)>, |best, cur| match best {
                Some(b) if b.1 >= cur.1 => Some(b),
                _ => Some(cur),
            });
        if let Some((i, _)) = best
            && !used.contains(&previous[i].0)
        {
            taken_prev[i] = true;
            seg.id = previous[i].0.clone();
            used.insert(seg.id.clone());
        }
    }

    // 4. New segments: a fresh id that no earlier text ever had. Each base remembers the
    // suffix it reached, so ten thousand segments opening alike do not search from -2.
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    for seg in segments.iter_mut().filter(|s| s.id.is_empty()) {
        let base = base_id(seg.kind, &seg.text);
        let mut id = base.clone();
        let n = next_suffix.entry(base.clone()).or_insert(2);
        while used.contains(&id) || reserved.contains(id.as_str()) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        used.insert(id.clone());
        seg.id = id;
    }
    for (copy, of) in copies {
        segments[copy].id = segments[of].id.clone();
    }
}

/// `p-foo` for `p-foo-2`: the id a numbered sibling was made from.
fn sibling_stem(id: &str) -> Option<&str> {
    let (stem, n) = id.rsplit_once('-')?;
    (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !stem.is_empty()).then_some(stem)
}

/// The id a copy holds while the others are assigned: no id can be empty or start with `#`.
const COPY: &str = "#copy";

/// `p-with-the-united-states`: the kind's prefix and the first words, ASCII kebab-case.
pub fn base_id(kind: SegmentKind, text: &str) -> String {
    let prefix = kind.id_prefix();
    if let SegmentKind::Title | SegmentKind::Summary = kind {
        return prefix.to_string();
    }
    // A soft hyphen or a direction mark inside a word leaves it one word: `govern\u{AD}ment`
    // gives `government`, not `govern` and `ment`.
    let plain: String = (plain_text(text).to_lowercase().chars())
        .filter(|c| !safha_text::chars::is_invisible(*c))
        .collect();
    let mut id = prefix.to_string();
    let words = plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(ID_WORDS);
    let mut any = false;
    for w in words {
        if id.len() + 1 + w.len() > ID_MAX_LEN && any {
            break;
        }
        id.push('-');
        id.extend(w.chars().take(ID_MAX_LEN));
        any = true;
    }
    if !any {
        // Text without ASCII words (numbers in another script, symbols): a short fingerprint.
        id.push('-');
        id.push_str(&format!("{:08x}", fingerprint(text) as u32));
    }
    id
}

/// FNV-1a over the whitespace-normalized text: stable across runs, platforms and versions.
pub fn fingerprint(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in normalize(text).bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Whitespace runs collapsed to one space, trimmed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether a text holds a word to translate: three or more letters, not all capitals
/// (acronyms such as "PDF" or "TTP", numbers and names in capitals stay as they are).
pub fn has_words_to_translate(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 3 && w.chars().any(char::is_lowercase))
}

/// Whether `translation` is `source` copied as it is, where `source` has words a
/// translator would translate (not a number, a code or an acronym).
pub fn is_copy(source: &str, translation: &str) -> bool {
    has_words_to_translate(source) && same_words(source, translation)
}

/// Whether `a` and `b` are the same text once normalized, without building either.
pub fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

fn word_set(text: &str) -> HashSet<String> {
    plain_text(text)
        .to_lowercase()
        .split(|c: char| !safha_text::chars::alphanumeric(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Dice coefficient of two word sets: 1.0 for the same words, 0.0 for none in common.
fn overlap(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let common = a.intersection(b).count() as f64;
    common / (a.len() + b.len()) as f64 * 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(kind: SegmentKind, text: &str) -> Segment {
        Segment {
            id: String::new(),
            kind,
            text: text.into(),
            offset: 0,
        }
    }

    /// `segs` as extract writes them: the previous messages of the next reading.
    fn as_previous(segs: &[Segment]) -> Vec<(String, String)> {
        segs.iter()
            .map(|s| (s.id.clone(), s.text.to_string()))
            .collect()
    }

    fn ids(segs: &[Segment]) -> Vec<&str> {
        segs.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn equal_english_shares_one_id_and_takes_no_other() {
        use SegmentKind::{Paragraph as P, TableCell as C};
        let mut segs = vec![
            seg(C, "Yes"),
            seg(P, "Yes we go"),
            seg(C, "Yes"),
            seg(C, "42"),
        ];
        assign(&mut segs, &[]);
        assert_eq!(
            ids(&segs),
            ["cell-yes", "p-yes-we-go", "cell-yes", "cell-42"]
        );
        // Read again against what extract wrote (each message once): nothing moves, and
        // the repeat never claims the similar paragraph's id.
        let previous = vec![
            ("cell-yes".to_string(), "Yes".to_string()),
            ("p-yes-we-go".to_string(), "Yes we go".to_string()),
        ];
        let mut again: Vec<Segment> = segs.iter().map(|s| seg(s.kind, &s.text)).collect();
        assign(&mut again, &previous);
        assert_eq!(ids(&again), ids(&segs));
    }

    /// A CMS's soft hyphens and an editor's direction marks are no word breaks.
    #[test]
    fn invisible_characters_inside_words_do_not_split_them() {
        assert_eq!(
            base_id(
                SegmentKind::Paragraph,
                "LAHORE: The Punjab govern\u{AD}ment an\u{AD}nounced"
            ),
            "p-lahore-the-punjab-government"
        );
        assert_eq!(
            base_id(SegmentKind::Paragraph, "Rs\u{200F} 500 and 1,200"),
            "p-rs-500-and-1"
        );
    }

    #[test]
    fn same_words_agrees_with_normalize() {
        let texts = [
            "",
            "  ",
            "one two",
            " one\ttwo\n",
            "one  two three",
            "onetwo",
            "ایک  دو\u{00A0}تین",
            "ایک دو تین",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(
                    same_words(a, b),
                    normalize(a) == normalize(b),
                    "{a:?} {b:?}"
                );
            }
        }
        assert_eq!(normalize(" one\ttwo\n three "), "one two three");
    }

    #[test]
    fn readable_ids_with_dedup() {
        let mut s = vec![
            seg(SegmentKind::Title, "T"),
            seg(SegmentKind::Heading, "Rise of *suicide* attacks"),
            seg(
                SegmentKind::Paragraph,
                "The United States’ departure, 2014.",
            ),
            seg(SegmentKind::Paragraph, "The United States’ departure again"),
            seg(SegmentKind::Paragraph, "۱۲۳ اردو"),
        ];
        assign(&mut s, &[]);
        assert_eq!(
            ids(&s)[..4],
            [
                "title",
                "h-rise-of-suicide-attacks",
                "p-the-united-states-departure",
                "p-the-united-states-departure-2"
            ]
        );
        assert!(
            s[4].id.starts_with("p-") && s[4].id.len() == 10,
            "{}",
            s[4].id
        );
    }

    #[test]
    fn ids_survive_insertion_edit_and_move() {
        let mut old = vec![
            seg(SegmentKind::Paragraph, "Alpha beta gamma delta epsilon."),
            seg(SegmentKind::Paragraph, "Second paragraph stays put."),
            seg(SegmentKind::Paragraph, "Third one moves away."),
        ];
        assign(&mut old, &[]);
        let previous = as_previous(&old);

        let mut new = vec![
            seg(SegmentKind::Paragraph, "Third one moves away."),
            seg(SegmentKind::Paragraph, "A brand new first paragraph."),
            // Edited: first word changed, most words kept.
            seg(SegmentKind::Paragraph, "Omega beta gamma delta epsilon!"),
            seg(SegmentKind::Paragraph, "Second paragraph stays put."),
        ];
        assign(&mut new, &previous);
        assert_eq!(new[0].id, old[2].id);
        assert_eq!(new[1].id, "p-a-brand-new-first");
        assert_eq!(new[2].id, old[0].id);
        assert_eq!(new[3].id, old[1].id);
    }

    #[test]
    fn an_edited_sibling_keeps_its_own_id_when_another_is_deleted() {
        use SegmentKind::Paragraph as P;
        let mut old = vec![
            seg(P, "Alpha beta gamma delta one."),
            seg(P, "Alpha beta gamma delta two."),
            seg(P, "Alpha beta gamma delta three."),
        ];
        assign(&mut old, &[]);
        let previous = as_previous(&old);
        // The first deleted, the second edited; and the first deleted, the third edited.
        let mut new = vec![
            seg(P, "Alpha beta gamma delta two, edited."),
            seg(P, "Alpha beta gamma delta three."),
        ];
        assign(&mut new, &previous);
        assert_eq!(ids(&new), [old[1].id.as_str(), old[2].id.as_str()]);
        let mut new = vec![
            seg(P, "Alpha beta gamma delta two."),
            seg(P, "Alpha beta gamma delta three, edited."),
        ];
        assign(&mut new, &previous);
        assert_eq!(ids(&new), [old[1].id.as_str(), old[2].id.as_str()]);
        // Only the first edited: it keeps the family's own id.
        let mut new = vec![
            seg(P, "Alpha beta gamma delta one, edited."),
            seg(P, "Alpha beta gamma delta two."),
            seg(P, "Alpha beta gamma delta three."),
        ];
        assign(&mut new, &previous);
        assert_eq!(ids(&new), ids(&old));
    }

    #[test]
    fn deleted_ids_are_not_reused_for_other_text() {
        let previous = vec![
            ("p-foo".to_string(), "Foo".to_string()),
            (
                "p-foo-2".to_string(),
                "Foo bar baz qux, since deleted".to_string(),
            ),
        ];
        // Two texts opening alike (equal ones would share one id).
        let mut new = vec![
            seg(SegmentKind::Paragraph, "Foo"),
            seg(SegmentKind::Paragraph, "Foo!"),
        ];
        assign(&mut new, &previous);
        assert_eq!(ids(&new), ["p-foo", "p-foo-3"]);
    }
}

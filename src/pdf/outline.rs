//! The PDF's outline (bookmarks): the title, then every heading nested by its level, each
//! opening its page where the heading starts, in the edition's language (the parallel
//! edition's entries name both languages' headings); and page labels, so a viewer numbers
//! pages as the page footers do.

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use super::layout::Mark;

/// One entry: its level, text, page and position (PDF coordinates).
struct Entry {
    level: u8,
    title: String,
    page: ObjectId,
    x: f32,
    y: f32,
}

/// Adds the outline of the headings starting on each page (`marks[i]` those of page i,
/// whose object is `ids[i]`) and page labels to `doc`: `numbers[i]` is page i's number as
/// its footer writes it.
pub fn add(
    doc: &mut Document,
    made: &mut super::save::Early<'_>,
    marks: &[Vec<Mark>],
    ids: &[ObjectId],
    page_height: f32,
    numbers: &[String],
) {
    let mut entries: Vec<Entry> = Vec::new();
    for (page, &id) in marks.iter().zip(ids) {
        for mark in page {
            let y = page_height - mark.y;
            // The parallel edition's two headings of one row: one entry naming both.
            if let Some(last) = entries.last_mut()
                && last.page == id
                && last.level == mark.level
                && (last.y - y).abs() < 0.5
            {
                last.title = format!("{} / {}", last.title, mark.title);
                last.x = last.x.min(mark.x);
                continue;
            }
            entries.push(Entry {
                level: mark.level,
                title: mark.title.to_string(),
                page: id,
                x: mark.x,
                y,
            });
        }
    }
    let catalog = doc.trailer.get(b"Root").and_then(|r| r.as_reference()).ok();
    if let Some(catalog) = catalog {
        let mut page_labels = Dictionary::new();
        page_labels.set("Nums", Object::Array(label_ranges(numbers)));
        if let Ok(dict) = doc.get_object_mut(catalog).and_then(|o| o.as_dict_mut()) {
            dict.set("PageLabels", Object::Dictionary(page_labels));
        }
    }
    if entries.is_empty() {
        return;
    }
    let root = doc.new_object_id();
    let item_ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    // Each entry's parent: the nearest entry before it of a lower level, or the root.
    let mut parents: Vec<Option<usize>> = Vec::with_capacity(entries.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        while stack.last().is_some_and(|&j| entries[j].level >= e.level) {
            stack.pop();
        }
        parents.push(stack.last().copied());
        stack.push(i);
    }
    // Children of each entry (the root's at the end), and how many entries each holds:
    // a parent always comes before its children, so one pass from the end counts them.
    let n = entries.len();
    let mut kids: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    let mut place = vec![0usize; n];
    for (i, p) in parents.iter().enumerate() {
        let list = &mut kids[p.unwrap_or(n)];
        place[i] = list.len();
        list.push(i);
    }
    let mut held = vec![0usize; n];
    for i in (0..n).rev() {
        if let Some(p) = parents[i] {
            held[p] += 1 + held[i];
        }
    }
    for (i, e) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&e.title));
        let parent = parents[i].map_or(root, |p| item_ids[p]);
        d.set("Parent", Object::Reference(parent));
        let siblings = &kids[parents[i].unwrap_or(n)];
        let at = place[i];
        if at > 0 {
            d.set("Prev", Object::Reference(item_ids[siblings[at - 1]]));
        }
        if let Some(&next) = siblings.get(at + 1) {
            d.set("Next", Object::Reference(item_ids[next]));
        }
        if let (Some(&first), Some(&last)) = (kids[i].first(), kids[i].last()) {
            d.set("First", Object::Reference(item_ids[first]));
            d.set("Last", Object::Reference(item_ids[last]));
            // Open: every heading shows.
            d.set("Count", held[i] as i64);
        }
        d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(e.page),
                Object::Name(b"XYZ".to_vec()),
                Object::Real(round2(e.x)),
                Object::Real(round2(e.y)),
                Object::Null,
            ]),
        );
        made.add(item_ids[i], Object::Dictionary(d));
    }
    let top = &kids[n];
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    if let (Some(&first), Some(&last)) = (top.first(), top.last()) {
        outlines.set("First", Object::Reference(item_ids[first]));
        outlines.set("Last", Object::Reference(item_ids[last]));
    }
    outlines.set("Count", entries.len() as i64);
    doc.objects.insert(root, Object::Dictionary(outlines));
    if let Some(catalog) = catalog
        && let Ok(dict) = doc.get_object_mut(catalog).and_then(|o| o.as_dict_mut())
    {
        dict.set("Outlines", Object::Reference(root));
    }
}

/// The page label ranges: one decimal range when the footers count 1, 2, 3…; otherwise
/// (digits PDF has no numbering style for, such as ۱۲۳) each page labelled as written.
fn label_ranges(numbers: &[String]) -> Vec<Object> {
    let decimal = numbers
        .iter()
        .enumerate()
        .all(|(i, n)| *n == (i + 1).to_string());
    if decimal {
        let mut d = Dictionary::new();
        d.set("S", Object::Name(b"D".to_vec()));
        return vec![0.into(), Object::Dictionary(d)];
    }
    numbers
        .iter()
        .enumerate()
        .flat_map(|(i, n)| {
            let mut d = Dictionary::new();
            d.set("P", text_string(n));
            [(i as i64).into(), Object::Dictionary(d)]
        })
        .collect()
}

/// A PDF text string: UTF-16BE with its byte order mark, which every viewer reads.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_labels_are_decimal_or_written_out() {
        let ascii: Vec<String> = (1..=3).map(|n| n.to_string()).collect();
        let ranges = label_ranges(&ascii);
        assert_eq!(ranges.len(), 2);
        let urdu: Vec<String> = ["۱", "۲", "۳"].map(String::from).to_vec();
        let ranges = label_ranges(&urdu);
        assert_eq!(ranges.len(), 6);
        let Object::Dictionary(d) = &ranges[3] else {
            panic!("{ranges:?}")
        };
        assert_eq!(d.get(b"P").unwrap(), &text_string("۲"));
        assert_eq!(ranges[2], Object::Integer(1));
    }
}

//! The tagged PDF's logical structure: what a screen reader walks and what copying and
//! reflow follow.
//!
//! [`tree`] builds it from the article's blocks (headings, paragraphs, quotes, lists,
//! tables, figures, notes, code), one element per segment, in reading order: the
//! parallel edition gives each top-level block's element in the left column's language,
//! then in the right's. The layout tags what it places with the same [`Tag`]s, the writer
//! numbers each tagged stretch of a page's content (its MCID) and marks everything else
//! as an artifact (running heads, page numbers, rules, the visible Nastaliq whose text the
//! invisible layer carries), and [`write`] joins the two: structure elements pointing at
//! marked content, and the parent tree pointing back.

use std::collections::BTreeMap;

use super::save::Early;
use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use super::layout::{Node, Part, Tag};
use crate::article::plain::plain_text;
use crate::article::{Article, Block, SUMMARY, TITLE};
use crate::edition::Edition;
use crate::l10n::LocalizedArticle;

/// A structure element before it is written.
#[derive(Debug, Default)]
pub struct Elem {
    /// The standard structure type: `Document`, `H1`, `P`, `L`, `TD`…
    pub kind: &'static str,
    /// Its language, when it differs from the document's.
    pub lang: Option<String>,
    /// A figure's alternative text.
    pub alt: Option<String>,
    /// Its text as written (`/ActualText`): the content stream holds right-to-left words
    /// in visual order, so what it holds is not what is read.
    pub actual: Option<String>,
    /// The marked content it holds.
    pub tags: Vec<Tag>,
    /// A header cell of its column (`/Scope /Column`).
    pub column_header: bool,
    /// Its identifier (`/ID`), unique in the document: PDF/UA asks one of every note.
    pub id: Option<String>,
    pub children: Vec<Elem>,
}

impl Elem {
    fn new(kind: &'static str) -> Elem {
        Elem {
            kind,
            ..Elem::default()
        }
    }

    fn holding(kind: &'static str, tag: Tag) -> Elem {
        Elem {
            tags: vec![tag],
            ..Elem::new(kind)
        }
    }
}

/// One column of an edition: its text and the tags' column number.
#[derive(Clone, Copy)]
struct Column<'a> {
    article: &'a Article,
    loc: &'a LocalizedArticle,
    index: u8,
    /// The document's language.
    page_lang: &'a str,
}

impl Column<'_> {
    fn tag(&self, node: Node) -> Tag {
        Tag {
            node,
            column: self.index,
            part: Part::Text,
        }
    }

    fn segment(&self, kind: &'static str, seg: usize) -> Elem {
        let mut e = Elem::holding(kind, self.tag(Node::Segment(seg)));
        let text = plain_text(&self.loc.segments[seg].text);
        let lang = if all_quoted_arabic(&text) {
            safha_text::arabic::LANGUAGE.to_string()
        } else {
            self.loc.segments[seg].lang.tag()
        };
        e.lang = self.lang_of(&lang);
        e.actual = Some(text);
        e
    }

    /// `lang`, unless the document is in it already.
    fn lang_of(&self, lang: &str) -> Option<String> {
        (lang != self.page_lang).then(|| lang.to_string())
    }

    /// A container in this column's language.
    fn container(&self, kind: &'static str) -> Elem {
        Elem {
            lang: self.lang_of(&self.loc.lang.tag()),
            ..Elem::new(kind)
        }
    }
}

/// A structure tree's top elements, made on request: the function hands each to its
/// argument as it is made.
pub type Children<'a> = dyn Fn(&mut dyn FnMut(Elem)) + 'a;

/// The structure of `edition` of `article`: the children of its `Document` element, each
/// handed to `each` as it is made (a long article's tree is never held whole).
pub fn each_child(
    article: &Article,
    edition: &Edition<'_>,
    byline: &dyn Fn(&LocalizedArticle) -> Option<String>,
    each: &mut dyn FnMut(Elem),
) {
    let page_lang = edition.page().lang.tag();
    let columns: Vec<Column> = match edition {
        Edition::Single(t) => vec![Column {
            loc: t,
            index: 0,
            page_lang: &page_lang,
            article,
        }],
        Edition::Parallel { left, right } => vec![
            Column {
                loc: left,
                index: 0,
                page_lang: &page_lang,
                article,
            },
            Column {
                loc: right,
                index: 1,
                page_lang: &page_lang,
                article,
            },
        ],
    };
    for c in &columns {
        each(c.segment("H1", TITLE));
    }
    if article.front.summary.is_some() {
        for c in &columns {
            each(c.segment("P", SUMMARY));
        }
    }
    for c in &columns {
        let mut line = Elem::holding("P", c.tag(Node::Byline));
        line.lang = c.lang_of(&c.loc.lang.tag());
        line.actual = byline(c.loc);
        each(line);
    }
    // PDF/UA allows no skipped heading level (Matterhorn 14-003): a heading is tagged at
    // its outline rank, though set at the author's level.
    let ranks = article.heading_ranks();
    for block in &article.blocks {
        let heading = match block {
            Block::Heading { segment, .. } => ranks
                .get(segment)
                .map(|rank| (LEVELS[usize::from(*rank).min(5)], *segment)),
            _ => None,
        };
        for c in &columns {
            let e = match heading {
                Some((kind, segment)) => Some(c.segment(kind, segment)),
                None => element(*c, block),
            };
            if let Some(e) = e {
                each(e);
            }
        }
    }
}

/// The heading tags, the title's first.
const LEVELS: [&str; 6] = ["H1", "H2", "H3", "H4", "H5", "H6"];

/// Whether every letter of `text` is in Arabic it quotes (a verse set as a paragraph of
/// its own, in either column): a screen reader reads it in an Arabic voice, not an Urdu or
/// English one. Quoted Arabic inside a paragraph of Urdu is left in the paragraph's
/// language.
fn all_quoted_arabic(text: &str) -> bool {
    let quoted = safha_text::arabic::quotations(text);
    let mut letters = text
        .char_indices()
        .filter(|(_, c)| c.is_alphabetic())
        .peekable();
    letters.peek().is_some() && letters.all(|(i, _)| quoted.iter().any(|r| r.contains(&i)))
}

/// The element of one block in one column (none for a thematic break).
fn element(c: Column<'_>, block: &Block) -> Option<Elem> {
    Some(match block {
        // The title is the H1; the body's levels follow, as the layout sets them.
        Block::Heading { level, segment } => {
            let kind = LEVELS[usize::from(*level).clamp(1, 5)];
            c.segment(kind, *segment)
        }
        Block::Paragraph { segment } | Block::Text { segment } => c.segment("P", *segment),
        Block::Quote { blocks } => {
            let mut q = c.container("BlockQuote");
            q.children = blocks.iter().filter_map(|b| element(c, b)).collect();
            q
        }
        Block::List { items, .. } => {
            let mut list = c.container("L");
            for item in items {
                let mut li = Elem::new("LI");
                let mut body = Elem::new("LBody");
                if let Some(seg) = item.segment {
                    li.children.push(Elem::holding(
                        "Lbl",
                        c.tag(Node::Segment(seg)).with_part(Part::Label),
                    ));
                    body.children.push(c.segment("P", seg));
                }
                body.children
                    .extend(item.blocks.iter().filter_map(|b| element(c, b)));
                li.children.push(body);
                list.children.push(li);
            }
            list
        }
        Block::Table { head, rows, .. } => {
            let mut table = c.container("Table");
            let cells = |kind: &'static str, row: &[Option<usize>]| {
                let mut tr = Elem::new("TR");
                for cell in row {
                    let mut e = match cell {
                        Some(seg) => c.segment(kind, *seg),
                        None => Elem::new(kind),
                    };
                    e.column_header = kind == "TH";
                    tr.children.push(e);
                }
                tr
            };
            if !head.is_empty() {
                table.children.push(cells("TH", head));
            }
            for row in rows {
                table.children.push(cells("TD", row));
            }
            table
        }
        Block::Figure { alt, caption, .. } => {
            let mut figure = c.container("Figure");
            figure.tags = vec![c.tag(Node::Segment(*alt)).with_part(Part::Image)];
            figure.alt = Some(plain_text(&c.loc.segments[*alt].text));
            // The caption shown under it: the Markdown title, else the alt text, which
            // the figure's /Alt already says.
            match caption.filter(|s| !c.loc.segments[*s].text.is_empty()) {
                Some(shown) => figure.children.push(c.segment("Caption", shown)),
                None => figure.tags.push(c.tag(Node::Segment(*alt))),
            }
            figure
        }
        // A note is set at the foot of the page that refers to it, its lines as one
        // paragraph (tagged by the note), or else where it is defined, block by block: both
        // are described, and only the one the layout placed is written.
        Block::Footnote { label, blocks } => {
            let mut note = c.container("Note");
            // By its number and the column's language: unique in both columns of the
            // parallel edition (a label defined twice is told apart when written).
            let number = c.article.note_number(label).unwrap_or(0);
            note.id = Some(format!("note-{number}-{}", c.loc.lang.tag()));
            let lines =
                crate::article::note_lines::note_lines(c.article, blocks).unwrap_or_default();
            let paragraphs: Vec<usize> = lines.iter().map(|l| l.segment).collect();
            if let Some(&first) = paragraphs.first() {
                for node in [Node::Note(first), Node::Segment(first)] {
                    note.children
                        .push(Elem::holding("Lbl", c.tag(node).with_part(Part::Label)));
                }
                let mut joined = c.segment("P", first);
                joined.tags = vec![c.tag(Node::Note(first))];
                let texts: Vec<String> = paragraphs
                    .iter()
                    .map(|s| plain_text(&c.loc.segments[*s].text))
                    .collect();
                joined.actual = Some(texts.join("\n"));
                note.children.push(joined);
            }
            note.children
                .extend(blocks.iter().filter_map(|b| element(c, b)));
            note
        }
        Block::Code { text, .. } => {
            let mut code = Elem::holding("Code", c.tag(Node::Code(text.as_ptr() as usize)));
            code.lang = c.lang_of("en");
            code.actual = Some(text.trim_end().to_string());
            code
        }
        Block::Rule => return None,
    })
}

/// Where the pages' content and annotations belong: each page's MCIDs' tags, and each
/// link annotation's page, object and tag (its paragraph's, with the link's part).
struct Placement<'a, 'w> {
    pages: &'a [ObjectId],
    /// Where the elements go as they are made.
    made: &'a mut Early<'w>,
    /// Every marked stretch as (tag, page, MCID), sorted: one flat array, since a long
    /// edition has millions (as a map of vectors they took a third more).
    marks: Vec<(Tag, u32, u32)>,
    links: BTreeMap<Tag, Vec<(usize, ObjectId)>>,
    /// The element of each page's MCIDs (the parent tree's arrays).
    parents: Vec<Vec<Option<ObjectId>>>,
    /// The `Link` element of each annotation, by its `/StructParent` key.
    link_parents: Vec<(ObjectId, ObjectId)>,
    /// Each identified element (the ID tree).
    ids: BTreeMap<String, ObjectId>,
}

impl Placement<'_, '_> {
    /// Where the marked stretches whose tags are in `range` are in `marks`.
    fn marked(&self, range: &std::ops::RangeInclusive<Tag>) -> std::ops::Range<usize> {
        let from = self.marks.partition_point(|(t, _, _)| t < range.start());
        let to = self.marks.partition_point(|(t, _, _)| t <= range.end());
        from..to.max(from)
    }
}

/// Writes `root` as the document's structure tree: `marks[p]` lists the tag of each MCID
/// of page `p` (`pages[p]`), `links` each link annotation (page index, object, tag).
/// Elements that hold nothing placed (an empty cell, a figure whose image is missing)
/// are left out.
pub fn write(
    doc: &mut Document,
    made: &mut Early<'_>,
    children: &Children<'_>,
    pages: &[ObjectId],
    marks: Vec<Vec<Tag>>,
    links: &[(usize, ObjectId, Option<Tag>)],
) {
    let mut at = Placement {
        pages,
        made,
        marks: Vec::with_capacity(marks.iter().map(Vec::len).sum()),
        links: BTreeMap::new(),
        parents: marks.iter().map(|m| vec![None; m.len()]).collect(),
        link_parents: Vec::new(),
        ids: BTreeMap::new(),
    };
    for (p, page) in marks.into_iter().enumerate() {
        for (mcid, tag) in page.into_iter().enumerate() {
            at.marks.push((tag, p as u32, mcid as u32));
        }
    }
    // Stable: each tag's stretches stay in page and MCID order.
    at.marks.sort_by_key(|(tag, _, _)| *tag);
    for (p, annot, tag) in links {
        if let Some(tag) = tag {
            at.links.entry(*tag).or_default().push((*p, *annot));
        }
    }
    // The `Document` element over everything, its children written as they are made.
    let tree_id = doc.new_object_id();
    let doc_elem = doc.new_object_id();
    // Ids until the end, not objects: a long edition's Document has hundreds of thousands
    // of children, and an id is a sixth of an object's size.
    let mut kids: Vec<ObjectId> = Vec::new();
    children(&mut |child| {
        if let Some(c) = write_elem(doc, &child, doc_elem, &mut at) {
            kids.push(c);
        }
    });
    if kids.is_empty() {
        return;
    }
    let mut dict = Dictionary::new();
    dict.set("S", Object::Name(b"Document".to_vec()));
    dict.set("P", Object::Reference(tree_id));
    dict.set(
        "K",
        Object::Array(kids.into_iter().map(Object::Reference).collect()),
    );
    at.made.add(doc_elem, Object::Dictionary(dict));
    // Each page's array of parents an object of its own, made and handed over one at a
    // time: as one array the parent tree held a reference per marked stretch of the
    // whole document.
    let mut nums: Vec<Object> = Vec::with_capacity(2 * at.parents.len());
    for (p, refs) in std::mem::take(&mut at.parents).into_iter().enumerate() {
        let refs = (refs.into_iter())
            .map(|r| r.map_or(Object::Null, Object::Reference))
            .collect();
        let id = doc.new_object_id();
        at.made.add(id, Object::Array(refs));
        nums.extend([Object::Integer(p as i64), Object::Reference(id)]);
    }
    // Annotations follow the pages in the parent tree.
    for (k, (annot, link)) in at.link_parents.iter().enumerate() {
        let key = (pages.len() + k) as i64;
        nums.extend([Object::Integer(key), Object::Reference(*link)]);
        if let Ok(a) = doc.get_object_mut(*annot).and_then(|o| o.as_dict_mut()) {
            a.set("StructParent", Object::Integer(key));
        }
    }
    let next_key = pages.len() + at.link_parents.len();
    let mut parent_tree = Dictionary::new();
    parent_tree.set("Nums", Object::Array(nums));
    let mut tree = Dictionary::new();
    tree.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
    tree.set("K", Object::Reference(doc_elem));
    tree.set("ParentTree", Object::Dictionary(parent_tree));
    tree.set("ParentTreeNextKey", Object::Integer(next_key as i64));
    if !at.ids.is_empty() {
        let names = at
            .ids
            .iter()
            .flat_map(|(id, elem)| [text(id), Object::Reference(*elem)])
            .collect();
        let mut id_tree = Dictionary::new();
        id_tree.set("Names", Object::Array(names));
        tree.set("IDTree", Object::Dictionary(id_tree));
    }
    at.made.add(tree_id, Object::Dictionary(tree));
    if let Ok(root_id) = doc.trailer.get(b"Root").and_then(|r| r.as_reference())
        && let Ok(catalog) = doc.get_object_mut(root_id).and_then(|o| o.as_dict_mut())
    {
        catalog.set("StructTreeRoot", Object::Reference(tree_id));
        let mut mark_info = Dictionary::new();
        mark_info.set("Marked", Object::Boolean(true));
        catalog.set("MarkInfo", Object::Dictionary(mark_info));
    }
}

/// Writes `e` and its children under `parent`; `None` when it holds nothing placed.
fn write_elem(
    doc: &mut Document,
    e: &Elem,
    parent: ObjectId,
    at: &mut Placement<'_, '_>,
) -> Option<ObjectId> {
    let id = doc.new_object_id();
    // Each kid with where its content starts (page, MCID), to be put in content order.
    let mut kids: Vec<((usize, usize), Object)> = Vec::new();
    for tag in &e.tags {
        kids.extend(marked_content(tag, id, at));
    }
    // The links in its text: a `Link` element for each annotation, holding the link's
    // words and the annotation.
    // (A figure's link is its image's; a figure without a caption is tagged by both.)
    let texts: std::collections::BTreeSet<Tag> = (e.tags.iter())
        .filter(|t| matches!(t.part, Part::Text | Part::Image))
        .map(|t| t.with_part(Part::Text))
        .collect();
    for tag in &texts {
        let range = tag.with_part(Part::Link(0))..=tag.with_part(Part::Link(u32::MAX));
        let parts: std::collections::BTreeSet<Tag> =
            (at.marks[at.marked(&range)].iter().map(|(t, _, _)| *t))
                .chain(at.links.range(range).map(|(t, _)| *t))
                .collect();
        for part in parts {
            let link = doc.new_object_id();
            let mut link_kids = marked_content(&part, link, at);
            let annotations = at.links.get(&part).cloned().unwrap_or_default();
            for &(p, annot) in &annotations {
                let mut objr = Dictionary::new();
                objr.set("Type", Object::Name(b"OBJR".to_vec()));
                objr.set("Obj", Object::Reference(annot));
                objr.set("Pg", Object::Reference(at.pages[p]));
                link_kids.push(((p, usize::MAX), Object::Dictionary(objr)));
                at.link_parents.push((annot, link));
            }
            let Some(&(start, _)) = link_kids.first() else {
                continue;
            };
            let mut dict = Dictionary::new();
            dict.set("S", Object::Name(b"Link".to_vec()));
            dict.set("P", Object::Reference(id));
            dict.set(
                "K",
                Object::Array(link_kids.into_iter().map(|(_, k)| k).collect()),
            );
            at.made.add(link, Object::Dictionary(dict));
            kids.push((start, Object::Reference(link)));
        }
    }
    kids.sort_by_key(|(at, _)| *at);
    let mut kids: Vec<Object> = kids.into_iter().map(|(_, k)| k).collect();
    for child in &e.children {
        if let Some(c) = write_elem(doc, child, id, at) {
            kids.push(Object::Reference(c));
        }
    }
    if kids.is_empty() && e.kind != "TD" && e.kind != "TH" {
        return None;
    }
    let mut dict = Dictionary::new();
    dict.set("S", Object::Name(e.kind.as_bytes().to_vec()));
    dict.set("P", Object::Reference(parent));
    dict.set("K", Object::Array(kids));
    if let Some(lang) = &e.lang {
        dict.set("Lang", text(lang));
    }
    if let Some(alt) = &e.alt {
        // Within PDF/A's limit on a string: an alternative text that long is cut, as a
        // figure needs one.
        let mut alt = alt.as_str();
        while 2 + 2 * alt.encode_utf16().count() > super::metadata::MAX_STRING {
            let mut end = alt.len() * 9 / 10;
            while !alt.is_char_boundary(end) {
                end -= 1;
            }
            alt = &alt[..end];
        }
        dict.set("Alt", text(alt));
    }
    if let Some(actual) = &e.actual {
        // Fluent's isolation marks around placeables are for rendering; read aloud or
        // copied they are noise.
        let actual: String = actual
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        // PDF/A's limit on a string (32,767 bytes): a longer paragraph is read from its
        // content instead, which the text layer keeps in reading order.
        let actual = text(&actual);
        if actual
            .as_str()
            .is_ok_and(|b| b.len() <= super::metadata::MAX_STRING)
        {
            dict.set("ActualText", actual);
        }
    }
    if let Some(ident) = &e.id {
        let mut unique = ident.clone();
        for n in 2.. {
            if !at.ids.contains_key(&unique) {
                break;
            }
            unique = format!("{ident}-{n}");
        }
        dict.set("ID", text(&unique));
        at.ids.insert(unique, id);
    }
    if e.column_header {
        let mut a = Dictionary::new();
        a.set("O", Object::Name(b"Table".to_vec()));
        a.set("Scope", Object::Name(b"Column".to_vec()));
        dict.set("A", Object::Dictionary(a));
    }
    at.made.add(id, Object::Dictionary(dict));
    Some(id)
}

/// Marked-content references to what `tag` marks, each with where it is (page, MCID),
/// recording `parent` as their element in the parent tree. Always a marked-content
/// reference, never a bare MCID: MuPDF 1.26 replaces the content it reaches through a bare
/// MCID with the element's /ActualText, then reorders that logical Urdu as if it were
/// visual (Urdu recall 1.00 -> 0.05 on the corpora).
fn marked_content(
    tag: &Tag,
    parent: ObjectId,
    at: &mut Placement<'_, '_>,
) -> Vec<((usize, usize), Object)> {
    let marked = at.marked(&(*tag..=*tag));
    let mut out = Vec::with_capacity(marked.len());
    for i in marked {
        let (_, p, mcid) = at.marks[i];
        let (p, mcid) = (p as usize, mcid as usize);
        let mut mcr = Dictionary::new();
        mcr.set("Type", Object::Name(b"MCR".to_vec()));
        mcr.set("Pg", Object::Reference(at.pages[p]));
        mcr.set("MCID", Object::Integer(mcid as i64));
        out.push(((p, mcid), Object::Dictionary(mcr)));
        at.parents[p][mcid] = Some(parent);
    }
    out
}

/// A text string: PDFDocEncoding's ASCII as it is, anything else as UTF-16BE with a BOM,
/// written as bytes (half the size of hexadecimal before compression).
fn text(s: &str) -> Object {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, StringFormat::Literal)
    }
}

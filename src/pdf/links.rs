//! Links a reader can follow: a URI link annotation over each run of linked words, one
//! rectangle per line a link is broken across, in every edition and direction. Only
//! addresses a web page would link (http, https, mailto) become annotations; a relative
//! address points nowhere from a PDF.

use super::layout::{Page, Part, Placed, Tag};
use safha_text::LinkSpan;

/// A link annotation: its rectangle (PDF coordinates, y up) and address, and its tag:
/// its paragraph's, with the link's part ([`LinkParts`]), which its words share.
pub struct Link {
    pub rect: [f32; 4],
    pub url: String,
    pub tag: Option<Tag>,
}

/// The links of one page.
pub fn links(page: &Page, page_height: f32) -> Vec<Link> {
    let mut out = Vec::new();
    // A linked figure: the image's box, tagged as its segment's last possible link, apart
    // from any in the caption (the alt text, when the image has no title) counted from 0.
    for img in &page.images {
        if let Some(url) = img.link.as_deref().filter(|u| followable(u)) {
            let top = page_height - img.y;
            out.push(Link {
                rect: [
                    round2(img.x),
                    round2(top - img.height),
                    round2(img.x + img.width),
                    round2(top),
                ],
                url: url.to_string(),
                tag: img.tag.map(|t| t.with_part(Part::Link(u32::MAX))),
            });
        }
    }
    for placed in &page.placed {
        let para = &placed.para;
        let mut parts = LinkParts::new(placed);
        for (n, line) in para.lines[placed.lines.clone()].iter().enumerate() {
            if line.links.is_empty() {
                continue;
            }
            // The line's box: from its top (the baseline less the ascent) one line down.
            let top = page_height - (placed.baseline(n) - para.ascent - line.above);
            let bottom = top - para.line_height - line.above - line.below;
            for (span, part) in parts.line(line) {
                out.push(Link {
                    rect: [
                        round2(placed.x + span.x0),
                        round2(bottom),
                        round2(placed.x + span.x1),
                        round2(top),
                    ],
                    url: span.url.to_string(),
                    tag: placed.tag.map(|t| t.with_part(part)),
                });
            }
        }
    }
    out
}

/// Numbers a placed paragraph's followable link spans as [`Part::Link`]s, counting from
/// the paragraph's first line (a paragraph broken across pages keeps one count), line by
/// line: what ties a link annotation to the marked content of its words.
pub struct LinkParts {
    next: u32,
}

impl LinkParts {
    pub fn new(placed: &Placed) -> LinkParts {
        let before = &placed.para.lines[..placed.lines.start];
        let next = before
            .iter()
            .flat_map(|l| &l.links)
            .filter(|s| followable(&s.url))
            .count();
        LinkParts {
            next: u32::try_from(next).unwrap_or(u32::MAX),
        }
    }

    /// The followable spans of `line` (the paragraph's next line) and their parts.
    pub fn line<'a>(&mut self, line: &'a safha_text::Line) -> Vec<(&'a LinkSpan, Part)> {
        let mut out = Vec::new();
        for span in line.links.iter().filter(|s| followable(&s.url)) {
            out.push((span, Part::Link(self.next)));
            self.next = self.next.saturating_add(1);
        }
        out
    }
}

/// The colour a link's words are drawn in: the web pages' accent (#0a5c78), so that a
/// reader of the PDF on screen sees what can be followed, as on the web.
pub const INK: [f32; 3] = [10.0 / 255.0, 92.0 / 255.0, 120.0 / 255.0];

/// The part of a line that a glyph or word from `x0` to `x1` (from the line's left edge)
/// belongs to: the link whose span holds its middle, else the text.
pub fn part_at(spans: &[(&LinkSpan, Part)], x0: f32, x1: f32) -> Part {
    let mid = (x0 + x1) / 2.0;
    spans
        .iter()
        .find(|(s, _)| s.x0 <= mid && mid <= s.x1)
        .map_or(Part::Text, |(_, p)| *p)
}

fn followable(url: &str) -> bool {
    // An address longer than PDF/A allows a string to be is left as words.
    if url.len() > super::metadata::MAX_STRING {
        return false;
    }
    let lower = url.trim_start().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
}

fn round2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// Adds `links` to `doc` as link annotations: the page's `/Annots`, and each one's object
/// with its tag, for the structure tree.
pub fn annotate(
    doc: &mut lopdf::Document,
    links: &[Link],
) -> (Vec<lopdf::Object>, Vec<(lopdf::ObjectId, Option<Tag>)>) {
    use lopdf::{Dictionary, Object, StringFormat};
    let mut made = Vec::with_capacity(links.len());
    let mut annots = Vec::with_capacity(links.len());
    for link in links {
        let mut action = Dictionary::new();
        action.set("S", Object::Name(b"URI".to_vec()));
        action.set(
            "URI",
            Object::String(link.url.as_bytes().to_vec(), StringFormat::Literal),
        );
        let mut annot = Dictionary::new();
        annot.set("Type", Object::Name(b"Annot".to_vec()));
        annot.set("Subtype", Object::Name(b"Link".to_vec()));
        annot.set(
            "Rect",
            Object::Array(link.rect.iter().map(|v| Object::Real(*v)).collect()),
        );
        annot.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
        annot.set("F", 4);
        annot.set("A", Object::Dictionary(action));
        // What assistive technology announces for it.
        annot.set(
            "Contents",
            Object::String(link.url.as_bytes().to_vec(), StringFormat::Literal),
        );
        let id = doc.add_object(annot);
        annots.push(Object::Reference(id));
        made.push((id, link.tag));
    }
    (annots, made)
}

//! The marked content of one page: each tagged stretch of it numbered (its MCID) and
//! remembered with its tag, what the structure tree points at; everything else an
//! artifact. A paragraph's words of a link are a stretch of their own, so that the
//! tree's `Link` element holds them beside the link annotation.

use super::content::ContentStream;
use super::layout::{Part, Tag};

#[derive(Default)]
pub struct Marked {
    /// The tag of each MCID of the page, in order.
    tags: Vec<Tag>,
    /// The tag of the stretch open now (`None` in an artifact or outside any).
    open: Option<Tag>,
    /// The stretch a silent span interrupts, to be taken up again after it.
    paused: Option<Tag>,
}

impl Marked {
    /// Opens `tag`'s content, or an artifact for `None`.
    pub fn begin(&mut self, out: &mut ContentStream, tag: Option<Tag>) {
        debug_assert!(
            self.paused.is_none(),
            "a stretch begun inside a silent span"
        );
        match tag {
            Some(t) => self.number(out, t),
            None => {
                out.begin_artifact();
                self.open = None;
            }
        }
    }

    /// Moves between a paragraph's text and its links' words (`part`): a new stretch when
    /// the part changes. Nothing in an artifact, a silent span, a label or an image, which
    /// hold no links. Whether a stretch was started.
    pub fn part(&mut self, out: &mut ContentStream, part: Part) -> bool {
        let linkable = |p: Part| matches!(p, Part::Text | Part::Link(_));
        match self.open {
            Some(t) if t.part != part && linkable(t.part) && linkable(part) => {
                out.end_marked();
                self.number(out, t.with_part(part));
                true
            }
            _ => false,
        }
    }

    /// Opens a silent span (`/Span <</ActualText ()>>`: glyphs that yield no text),
    /// outside the stretch open now, in an artifact: poppler's reading of a structure
    /// element's content counts the span's end as the end of the stretch around it (it
    /// ignores the start of marked content without an MCID, not its end), and read the
    /// English paragraphs of the parallel edition only up to their first hyphenated word.
    pub fn begin_silent(&mut self, out: &mut ContentStream) {
        if let Some(t) = self.open.take() {
            out.end_marked();
            out.begin_artifact();
            self.paused = Some(t);
        }
        out.begin_silent_span();
    }

    /// Closes the silent span, and takes up the stretch it interrupted in a new one.
    pub fn end_silent(&mut self, out: &mut ContentStream) {
        out.end_marked();
        if let Some(t) = self.paused.take() {
            out.end_marked();
            self.number(out, t);
        }
    }

    pub fn end(&mut self, out: &mut ContentStream) {
        debug_assert!(
            self.paused.is_none(),
            "a stretch ended inside a silent span"
        );
        out.end_marked();
        self.open = None;
    }

    pub fn into_tags(self) -> Vec<Tag> {
        self.tags
    }

    fn number(&mut self, out: &mut ContentStream, tag: Tag) {
        out.begin_marked(self.tags.len());
        self.tags.push(tag);
        self.open = Some(tag);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::layout::{Node, Tag};

    fn ops(out: ContentStream) -> String {
        String::from_utf8(out.into_bytes()).unwrap()
    }

    #[test]
    fn stretches_and_silent_spans_balance_and_never_nest() {
        let text = Tag::of(Node::Byline);
        let mut out = ContentStream::new();
        let mut m = Marked::default();
        m.begin(&mut out, Some(text));
        assert!(m.part(&mut out, Part::Link(0)));
        m.begin_silent(&mut out);
        assert!(
            !m.part(&mut out, Part::Text),
            "no switch inside a silent span"
        );
        m.end_silent(&mut out);
        assert!(m.part(&mut out, Part::Text));
        m.end(&mut out);
        m.begin(&mut out, Some(text.with_part(Part::Label)));
        assert!(!m.part(&mut out, Part::Text), "a label stays a label");
        m.end(&mut out);
        m.begin(&mut out, None);
        m.begin_silent(&mut out);
        m.end_silent(&mut out);
        m.end(&mut out);
        let s = ops(out);
        let (mut depth, mut mcid_depth) = (0i32, 0i32);
        for line in s.lines() {
            if line.ends_with("BDC") || line.ends_with("BMC") {
                depth += 1;
                if line.contains("MCID") {
                    assert_eq!(
                        mcid_depth, 0,
                        "marked content nested in marked content:\n{s}"
                    );
                    mcid_depth = depth;
                }
            }
            if line == "EMC" {
                if depth == mcid_depth {
                    mcid_depth = 0;
                }
                depth -= 1;
                assert!(depth >= 0, "unbalanced:\n{s}");
            }
        }
        assert_eq!(depth, 0, "unbalanced:\n{s}");
        let tags = m.into_tags();
        let parts: Vec<Part> = tags.iter().map(|t| t.part).collect();
        assert_eq!(
            parts,
            [
                Part::Text,
                Part::Link(0),
                Part::Link(0),
                Part::Text,
                Part::Label
            ]
        );
    }
}

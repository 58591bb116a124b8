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
        match tag {
            Some(t) => self.number(out, t),
            None => {
                out.begin_artifact();
                self.open = None;
            }
        }
    }

    /// Moves on to `part` of the tag open now: a new stretch when the part changes;
    /// nothing in an artifact. Whether a stretch was started.
    pub fn part(&mut self, out: &mut ContentStream, part: Part) -> bool {
        match self.open {
            Some(t) if t.part != part => {
                out.end_marked();
                self.number(out, t.with_part(part));
                true
            }
            _ => false,
        }
    }

    /// The part of the tag open now.
    pub fn current(&self) -> Option<Part> {
        self.open.map(|t| t.part)
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

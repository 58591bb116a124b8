//! The pieces a paragraph is prepared into: words (or a word's syllables), spaces and
//! hard line breaks, each in one face, direction level and style, with whether a line may
//! end after it.

use std::ops::Range;

use crate::font::{FaceId, FontBook};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Space,
    /// A hard line break.
    Newline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakAfter {
    Never,
    /// A line may end after this piece (after a space piece: before the space, which
    /// disappears).
    Allowed,
    /// A line may end after this syllable, with a hyphen.
    Hyphen,
    Mandatory,
}

#[derive(Clone, Debug)]
pub struct Piece {
    pub range: Range<usize>,
    pub kind: Kind,
    pub level: u8,
    pub face: FaceId,
    pub link: Option<std::sync::Arc<str>>,
    pub break_after: BreakAfter,
    /// The piece's size as a multiple of the paragraph's: quoted Arabic's Naskh is set
    /// larger (see [`crate::prepare::NASKH_SIZE`]).
    pub size: f32,
    /// Whether it is struck through.
    pub strike: bool,
    /// Whether it is emphasised in a right-to-left paragraph, shown in the accent colour:
    /// Nastaliq has no italic (see [`crate::Line::accented`]).
    pub accent: bool,
}

impl Piece {
    pub fn rtl(&self) -> bool {
        self.level % 2 == 1
    }

    /// Whether the piece is quoted Arabic, the one text set at a size of its own (see
    /// [`NASKH_SIZE`]).
    pub fn quotes_arabic(&self) -> bool {
        self.size != 1.0
    }

    /// Points per font unit of the piece's face at the paragraph's `size`.
    pub fn scale(&self, book: &FontBook, size: f32) -> f32 {
        size * self.size / book.get(self.face).upem
    }
}

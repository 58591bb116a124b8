//! safha's text engine: a paragraph of styled text in, justified lines of positioned glyphs
//! out, with the text each stretch of glyphs stands for (so right-to-left lines copy out of
//! a PDF in logical order). No I/O: fonts come in as bytes ([`font::FontBook::with_copies`])
//! or from the catalogue compiled in ([`faces`]).
//!
//! Modelled on Typst's inline layout, in four steps with one module each: [`prepare`] (bidi
//! levels, a face per character by coverage, pieces between break opportunities),
//! [`shape`] (each piece shaped once with harfrust and cached), `linebreak` (UAX #14
//! opportunities, English hyphenation, optimal-fit breaking) and `finalize` (visual order
//! per line, justification by widening spaces, text units). `overlong` cuts words wider
//! than a line between steps 2 and 3; [`paragraph`] runs the steps.

pub mod arabic;
pub mod bidi;
pub mod chars;
pub mod faces;
mod finalize;
pub mod font;
mod linebreak;
pub mod model;
mod overlong;
pub mod paragraph;
mod pieces;
pub mod prepare;
pub mod shape;
mod syllables;
pub mod ties;
mod wholeword;

pub use font::{FaceId, FontBook, Variant, Writing};
pub use model::{
    Align, Line, LinkSpan, MissingGlyph, ParaStyle, Paragraph, PlacedGlyph, Style, StyledText,
    TextUnit,
};
pub use paragraph::{Shaped, layout, shape};
pub use shape::{ShapeCache, SharedShapes};

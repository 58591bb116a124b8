//! What pdf.js (the engine of Firefox's viewer and find bar) makes of a piece of text, as
//! far as the text layer has to know it. pdf.js takes the direction of each piece it reads
//! as one (glyphs written in a run, without a jump back) from its share of right-to-left
//! letters, with a table of its own, and reverses a right-to-left piece whole.

/// Whether pdf.js would read `glyphs` (the texts of one piece, in content order) left to
/// right: it skips a glyph it takes for a format character (see [`skips`]), counts a
/// right-to-left mark as a left-to-right letter, and reads a piece right to left when it holds a Hebrew or
/// Arabic letter or Arabic number and is at most four characters long, or when those
/// make up 30% of it (pdf.js 4, `src/core/bidi.js`).
pub fn reads_ltr<'a>(glyphs: impl Iterator<Item = &'a str>) -> bool {
    let (mut len, mut rtl) = (0usize, 0usize);
    for text in glyphs {
        if skips(text) {
            continue;
        }
        for c in text.chars() {
            len += c.len_utf16();
            let arabic_block = ('\u{600}'..='\u{6FF}').contains(&c);
            rtl += usize::from(match c as u32 {
                0x0590..=0x05F4 | 0x0700..=0x08AC | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => true,
                _ if arabic_block => {
                    use unicode_bidi::BidiClass::{AL, AN};
                    matches!(safha_text::bidi::class(c), AL | AN)
                }
                _ => false,
            });
        }
    }
    rtl == 0 || (len > 4 && rtl * 10 < len * 3)
}

/// Whether pdf.js takes `c` for a format character (general category Cf): it skips a
/// glyph whose text ends in one, without moving its pen.
pub fn is_format(c: char) -> bool {
    unicode_general_category::get_general_category(c)
        == unicode_general_category::GeneralCategory::Format
}

/// Whether pdf.js skips a glyph whose text is `text`, without moving its pen: it sorts a
/// glyph by the first match of `^(\s)|(\p{Mn})|(\p{Cf})$` in its text (white space, a
/// mark of no width, or a format character it skips), so a text that starts with a
/// space, or holds a combining mark, is not skipped even when it ends in a mark.
pub fn skips(text: &str) -> bool {
    !text.starts_with(char::is_whitespace)
        && !text.chars().any(|c| {
            unicode_general_category::get_general_category(c)
                == unicode_general_category::GeneralCategory::NonspacingMark
        })
        && text.chars().last().is_some_and(is_format)
}

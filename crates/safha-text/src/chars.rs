//! Character tables the engine and its callers share: which characters are Arabic script,
//! letters, combining marks, invisible, drawn or copied. Latin and the Arabic block (most of
//! any text) answer from a match or a table, without Unicode's slower lookups.

/// A character of the Arabic script's blocks (letters, marks, presentation forms).
pub fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// A combining mark (general category Mn, Mc or Me): it belongs to the character before it,
/// even a space (an honorific typed after one), and a line never breaks before it.
pub fn is_combining(c: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    match c as u32 {
        0..=0x02FF => false,
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 => true,
        0x06E7 | 0x06E8 | 0x06EA..=0x06ED => true,
        0x0600..=0x06FF => false,
        _ => matches!(
            get_general_category(c),
            G::NonspacingMark | G::SpacingMark | G::EnclosingMark
        ),
    }
}

/// No-break spaces: kept as typed in the text, a space in what is copied.
pub fn is_no_break_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

/// Whether `c` is a decimal digit of the three systems Urdu text is typed in: European,
/// Arabic-Indic (٠–٩) or Extended Arabic-Indic (۰–۹).
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Whether `c` needs a face to draw it: not white space a layout turns into room, not a
/// control character, not an invisible one.
pub fn needs_face(c: char) -> bool {
    !(c == ' ' || c.is_control() || is_invisible(c) || is_faceless_space(c))
}

/// Spaces no bundled face has (the ideographic space an East Asian keyboard types, the
/// Ogham space): set as an em space, never a reason to withhold an edition.
pub fn is_faceless_space(c: char) -> bool {
    matches!(c, '\u{1680}' | '\u{3000}')
}

/// Whether `c` is part of the text a reader copies or searches: not an invisible control,
/// except the joiners that Urdu spelling keeps inside words (خوش‌قسمتی), and not the
/// tatweel, which only stretches what is drawn (a search types بہترین for بہتـــرین).
pub fn copied(c: char) -> bool {
    match c as u32 {
        0..0xAD => true,
        0x0600..=0x06FF => !matches!(c, '\u{061C}' | '\u{0640}'),
        _ => matches!(c, '\u{200C}' | '\u{200D}') || !is_invisible(c),
    }
}

/// Unicode's default-ignorable characters (bidi controls, joiners, variation selectors,
/// the soft hyphen, tags): never drawn by themselves, never reported as missing; the shaper
/// reads them where they matter (joining, emoji sequences).
pub fn is_invisible(c: char) -> bool {
    // Latin and the Arabic block, most of any text, answer at once.
    match c as u32 {
        0..0xAD => return false,
        0x0600..=0x06FF => return c == '\u{061C}',
        _ => {}
    }
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFF8 | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
        | 0xE0000..=0xE0FFF)
}

/// `char::is_alphanumeric`, with the Arabic block read from a table: it is most of an Urdu
/// text, and the standard library looks each of its letters up the slow way.
pub fn alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        n @ 0x0600..=0x06FF => arabic_block()[(n - 0x0600) as usize] & ALPHANUMERIC != 0,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphabetic`, with the Arabic block read from the same table.
pub fn alphabetic(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        n @ 0x0600..=0x06FF => arabic_block()[(n - 0x0600) as usize] & ALPHABETIC != 0,
        _ => c.is_alphabetic(),
    }
}

const ALPHABETIC: u8 = 1;
const ALPHANUMERIC: u8 = 2;

/// U+0600-06FF: each character's [`ALPHABETIC`] and [`ALPHANUMERIC`] bits.
fn arabic_block() -> &'static [u8; 256] {
    static TABLE: std::sync::LazyLock<[u8; 256]> = std::sync::LazyLock::new(|| {
        std::array::from_fn(|i| match char::from_u32(0x0600 + i as u32) {
            Some(c) => {
                (u8::from(c.is_alphabetic()) * ALPHABETIC)
                    | (u8::from(c.is_alphanumeric()) * ALPHANUMERIC)
            }
            None => 0,
        })
    });
    &TABLE
}

/// Combining marks (Arabic harakat, izafat, superscript alef) belong to the word they sit on.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED
        | 0x08D3..=0x08FF | 0x200C | 0x200D)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphanumeric_and_alphabetic_agree_with_the_standard_library() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
            assert_eq!(alphabetic(c), c.is_alphabetic(), "U+{:04X}", c as u32);
        }
    }
}

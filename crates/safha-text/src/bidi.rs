//! Bidi classes with a table for the first 2,048 code points (Latin, punctuation, Arabic
//! and its marks), where nearly every character safha sets lives. unicode-bidi finds a
//! class by binary search over its ranges; the table is built once from the same data.

use std::sync::LazyLock;

use unicode_bidi::{BidiClass, BidiDataSource};

const TABLE_LEN: usize = 0x800;

static TABLE: LazyLock<[BidiClass; TABLE_LEN]> = LazyLock::new(|| {
    std::array::from_fn(|i| char::from_u32(i as u32).map_or(BidiClass::L, unicode_bidi::bidi_class))
});

/// The bidi class of `c`, as `unicode_bidi::bidi_class` gives it.
pub fn class(c: char) -> BidiClass {
    match TABLE.get(c as usize) {
        Some(class) => *class,
        None => unicode_bidi::bidi_class(c),
    }
}

/// The same classes as a data source for `BidiInfo`.
pub struct Classes;

impl BidiDataSource for Classes {
    fn bidi_class(&self, c: char) -> BidiClass {
        class(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_agrees_with_unicode_bidi() {
        // Every code point of the table, and a sample beyond it.
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(class(c), unicode_bidi::bidi_class(c), "U+{:04X}", c as u32);
        }
    }
}

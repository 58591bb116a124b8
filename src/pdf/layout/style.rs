//! What each kind of paragraph looks like on the page: size, weight, alignment and
//! spacing by role and language, and numbers in the reader's digits.

use crate::l10n::{Dir, Lang};
use safha_text::{Align, ParaStyle, Variant};

/// Paragraph roles: each has its size, weight, alignment and spacing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Role {
    Title,
    Summary,
    Byline,
    /// A misra measured on its own, and set spread to its couplet's width.
    Misra,
    Verse,
    /// A footnote at the foot of the page.
    Note,
    Heading(u8),
    Body,
    Quote,
    Item,
    Cell,
    /// A table cell set flush with its column's end edge (a right-aligned column, a
    /// column of numbers), or centred.
    CellEnd,
    CellCenter,
    Code,
    Furniture,
}

pub(super) fn para_style(role: Role, lang: &Lang, scale: f32) -> (ParaStyle, f32, f32) {
    let rtl = lang.dir() == Dir::Rtl;
    // Nastaliq looks about 15 % smaller than Latin at the same size.
    let k = if rtl { 1.18 } else { 1.0 } * scale;
    let (size, align, bold, italic, leading, before, after) = match role {
        Role::Title => (19.0, Align::Start, true, false, 1.22, 0.0, 10.0),
        Role::Summary => (11.5, Align::Start, false, !rtl, 1.4, 0.0, 6.0),
        Role::Byline => (9.0, Align::Start, false, false, 1.35, 0.0, 6.0),
        Role::Misra => (10.5, Align::Start, false, false, 1.5, 0.0, 0.0),
        Role::Verse => (10.5, Align::Full, false, false, 1.5, 0.0, 0.0),
        Role::Note => (8.5, Align::Justify, false, false, 1.3, 0.0, 0.0),
        Role::Heading(2) | Role::Heading(1) => (13.5, Align::Start, true, false, 1.25, 14.0, 4.0),
        Role::Heading(_) => (11.5, Align::Start, true, false, 1.25, 10.0, 3.0),
        Role::Body => (10.5, Align::Justify, false, false, 1.45, 0.0, 7.0),
        Role::Quote => (10.5, Align::Justify, false, !rtl, 1.45, 4.0, 10.0),
        Role::Item => (10.5, Align::Justify, false, false, 1.45, 0.0, 3.0),
        Role::Cell => (9.5, Align::Start, false, false, 1.3, 0.0, 0.0),
        Role::CellEnd => (9.5, Align::End, false, false, 1.3, 0.0, 0.0),
        Role::CellCenter => (9.5, Align::Center, false, false, 1.3, 0.0, 0.0),
        Role::Code => (9.0, Align::Start, false, false, 1.35, 0.0, 0.0),
        Role::Furniture => (8.0, Align::Start, false, false, 1.2, 0.0, 0.0),
    };
    (
        ParaStyle {
            lang: lang.tag(),
            rtl,
            size: size * k,
            align,
            hyphenate: !rtl && lang.0.language.as_str() == "en" && align == Align::Justify,
            min_leading: leading,
            // Nastaliq is set in one weight: headings stand out by size, as in Urdu print
            // (and the PDF carries one Nastaliq subset instead of two).
            variant: Variant {
                bold: bold && !rtl,
                italic,
                mono: role == Role::Code,
            },
            preserve_spaces: role == Role::Code,
        },
        before * scale,
        after * scale,
    )
}

/// `n` in the digits a reader of `lang` expects: those of its `ui.ftl` (`digits`), unless
/// the project asks for Extended Arabic-Indic (۱۲۳) or Western ones in right-to-left
/// editions (`[pdf] urdu_digits`).
pub fn localized_number(
    n: u64,
    lang: &Lang,
    urdu_digits: Option<bool>,
    ui: Option<&crate::l10n::ui::Ui>,
) -> String {
    use crate::l10n::byline::{ASCII_DIGITS, digits, in_digits};
    const EXTENDED: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
    let set = match urdu_digits {
        Some(true) if lang.dir() == Dir::Rtl => EXTENDED,
        Some(_) => ASCII_DIGITS,
        None => ui.map_or(ASCII_DIGITS, digits),
    };
    in_digits(n, &set)
}

//! How a language labels the items of a numbered list at each depth: a list in the text
//! counts in the language's digits, a list nested one level in counts in its letters
//! (`list-letters` and `list-letter` in its `ui.ftl`: a, b, c in English; الف، ب، ج in
//! Urdu, as Urdu laws and textbooks number clauses), and deeper lists in digits again.
//! The PDF sets these labels; the web page's counter styles draw the same ones.

use super::ui::Ui;

/// The list depth (a list in the text is 1) whose numbered items are lettered.
pub const LETTERED_DEPTH: usize = 2;

/// A language's letters for list items and what surrounds each.
#[derive(Debug, Clone, PartialEq)]
pub struct Letters {
    pub symbols: Vec<String>,
    pub prefix: String,
    pub suffix: String,
}

impl Letters {
    /// The letters `ui`'s language names in its own `ui.ftl`, if it names any: a language
    /// that names none keeps its digits at every depth rather than borrow another
    /// script's letters.
    pub fn of(ui: &Ui) -> Option<Letters> {
        let symbols: Vec<String> = ui
            .own("list-letters", &[])?
            .split_whitespace()
            .map(str::to_string)
            .collect();
        if symbols.is_empty() {
            return None;
        }
        // The label's pattern, split around where the letter goes.
        const SLOT: &str = "\u{E000}";
        let pattern = ui
            .own("list-letter", &[("letter", SLOT.into())])
            .filter(|p| p.contains(SLOT))
            .unwrap_or_else(|| format!("{SLOT}."));
        let pattern: String = pattern
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        let (prefix, suffix) = pattern.split_once(SLOT)?;
        Some(Letters {
            symbols,
            prefix: prefix.to_string(),
            suffix: suffix.to_string(),
        })
    }

    /// Item `n`'s label (from 1), or `None` past the last letter: the list goes on in
    /// digits, as a web page's fixed counter style falls back.
    pub fn label(&self, n: u64) -> Option<String> {
        let i = usize::try_from(n).ok()?.checked_sub(1)?;
        let letter = self.symbols.get(i)?;
        Some(format!("{}{letter}{}", self.prefix, self.suffix))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::lang::Lang;
    use crate::l10n::ui::UiSet;

    fn ui(tag: &str) -> Ui {
        let lang = Lang::parse(tag).unwrap();
        let (set, _) = UiSet::load(
            std::path::Path::new("/nonexistent"),
            std::path::Path::new("/nonexistent"),
            std::slice::from_ref(&lang),
        );
        set.ui(&lang, &[])
    }

    #[test]
    fn english_and_urdu_letter_their_nested_items() {
        let en = Letters::of(&ui("en")).unwrap();
        assert_eq!(en.label(1).as_deref(), Some("a."));
        assert_eq!(en.label(26).as_deref(), Some("z."));
        assert_eq!(en.label(27), None);
        assert_eq!(en.label(0), None);
        let ur = Letters::of(&ui("ur")).unwrap();
        assert_eq!(ur.label(1).as_deref(), Some("(الف)"));
        assert_eq!(ur.label(3).as_deref(), Some("(ج)"));
        // The abjad order, not the alphabet's: the fifth is ہ, the tenth ی.
        assert_eq!(ur.label(5).as_deref(), Some("(ہ)"));
        assert_eq!(ur.label(10).as_deref(), Some("(ی)"));
    }

    #[test]
    fn a_language_without_letters_of_its_own_borrows_none() {
        // Arabic has no bundled ui.ftl: its UI falls back to English words, but its
        // lists must not be lettered a, b, c.
        assert_eq!(Letters::of(&ui("ar")), None);
    }
}

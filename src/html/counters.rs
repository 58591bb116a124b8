//! The stylesheet's counter styles: each language's lists numbered on the web as its PDF
//! numbers them (its digits, its letters one level down), built from its `ui.ftl`, whose
//! text is escaped so that it stays text.

use crate::l10n::Lang;

/// The stylesheet's rules that number each language's lists as its PDF numbers them: a
/// right-to-left language's in its digits (`digits` in its `ui.ftl`), as its notes are
/// numbered; a list nested in another in the language's letters (`list-letters`), and
/// lists nested deeper in digits again. The web fonts must hold these digits and letters
/// too: they are in no page's text.
pub fn list_counters(
    languages: &[Lang],
    uis: &std::collections::BTreeMap<Lang, crate::l10n::ui::Ui>,
) -> String {
    use crate::l10n::list_labels::{LETTERED_DEPTH, Letters};
    let mut counters = String::new();
    for lang in languages {
        let ui = uis.get(lang);
        let rtl = lang.dir() == crate::l10n::Dir::Rtl;
        let tag = lang.tag();
        let name = format!("safha-{}", tag.to_ascii_lowercase());
        let digits = ui
            .map(crate::l10n::byline::digits)
            .filter(|d| *d != crate::l10n::byline::ASCII_DIGITS);
        let numbers = match digits {
            Some(digits) if rtl => {
                let symbols: Vec<String> =
                    digits.iter().map(|d| css_string(&d.to_string())).collect();
                counters += &format!(
                    "@counter-style {name} {{ system: numeric; symbols: {}; suffix: \"۔ \"; }}\n\
                     ol:lang({tag}):not(.footnotes-list) {{ list-style-type: {name}; }}\n",
                    symbols.join(" "),
                );
                name.clone()
            }
            _ if rtl => "rtl-decimal".to_string(),
            _ => "decimal".to_string(),
        };
        let Some(letters) = ui.and_then(Letters::of) else {
            continue;
        };
        let symbols: Vec<String> = letters.symbols.iter().map(|l| css_string(l)).collect();
        // Nested `ol`s in a single edition; in the parallel one each item is an `ol` of
        // its own, marked with its depth.
        let nested = ":is(ul, ol) ol";
        let deeper = ":is(ul, ol) :is(ul, ol) ol";
        counters += &format!(
            "@counter-style {name}-letters {{ system: fixed; symbols: {}; prefix: {}; suffix: {}; fallback: {numbers}; }}\n\
             {nested}:lang({tag}):not(.footnotes-list), ol.depth-{LETTERED_DEPTH}:lang({tag}) {{ list-style-type: {name}-letters; }}\n\
             {deeper}:lang({tag}):not(.footnotes-list) {{ list-style-type: {numbers}; }}\n",
            symbols.join(" "),
            css_string(&letters.prefix),
            css_string(&format!("{} ", letters.suffix)),
        );
    }
    counters
}

/// `text` as a CSS string: quoted, with every character that could end the string, the
/// rule or the `<style>` element holding it written as an escape, so that what a
/// translator writes in `ui.ftl` stays text.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' || !(c.is_ascii() || c.is_control()) {
            out.push(c);
        } else {
            // The space ends the escape; a space after it is the text's own.
            out += &format!("\\{:x} ", u32::from(c));
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_translator_writes_stays_inside_its_string() {
        assert_eq!(css_string("الف"), "\"الف\"");
        assert_eq!(css_string("(a)"), "\"\\28 a\\29 \"");
        let hostile = css_string("\"; } </style><script>alert(1)</script>");
        let inner = &hostile[1..hostile.len() - 1];
        assert!(
            !inner.contains(['"', '<', '>', ';', '}', '\n']),
            "{hostile}"
        );
    }

    #[test]
    fn nested_lists_are_lettered_in_each_language_with_letters() {
        let langs: Vec<Lang> = ["en", "ur"].iter().filter_map(|t| Lang::parse(t)).collect();
        let (set, _) = crate::l10n::ui::UiSet::load(
            std::path::Path::new("/nonexistent"),
            std::path::Path::new("/nonexistent"),
            &langs,
        );
        let uis = langs.iter().map(|l| (l.clone(), set.ui(l, &[]))).collect();
        let css = list_counters(&langs, &uis);
        assert!(
            css.contains(
                "@counter-style safha-ur-letters { system: fixed; symbols: \"الف\" \"ب\" \"ج\""
            ),
            "{css}"
        );
        assert!(css.contains("fallback: safha-ur;"), "{css}");
        assert!(
            css.contains("ol.depth-2:lang(ur) { list-style-type: safha-ur-letters; }"),
            "{css}"
        );
        assert!(css.contains(":is(ul, ol) :is(ul, ol) ol:lang(en):not(.footnotes-list) { list-style-type: decimal; }"), "{css}");
    }
}

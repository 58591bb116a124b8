//! Writing-system lints for a translation: Arabic letters where the language has its own
//! (Urdu ی ک ہ, not ي ك ه), Latin punctuation closing a sentence of Arabic script, and
//! text left identical to the source (probably untranslated).
//!
//! The rules are data, per language; Urdu is the first entry. Persian, for one, writes ه
//! and would get its own row rather than Urdu's.

use std::ops::Range;

use crate::diag::{Diagnostic, SourceFile};
use crate::l10n::Lang;

/// One language's expectations.
struct Orthography {
    /// ISO 639 language subtag.
    language: &'static str,
    /// Letters from another orthography: (wrong, right, how to name them).
    letters: &'static [(char, &'static str, &'static str)],
    /// Latin punctuation and the language's own: (Latin, own).
    punctuation: &'static [(char, char)],
}

const RULES: &[Orthography] = &[Orthography {
    language: "ur",
    letters: &[
        (
            '\u{064A}',
            "ی",
            "Arabic yeh ي (U+064A); Urdu writes ی (U+06CC)",
        ),
        (
            '\u{0649}',
            "ی",
            "Arabic alef maksura ى (U+0649); Urdu writes ی (U+06CC)",
        ),
        (
            '\u{0643}',
            "ک",
            "Arabic kaf ك (U+0643); Urdu writes ک (U+06A9)",
        ),
        (
            '\u{0647}',
            "ہ",
            "Arabic heh ه (U+0647); Urdu writes ہ (U+06C1), or ھ (U+06BE) in aspirates such as بھ",
        ),
    ],
    punctuation: &[('.', '۔'), (',', '،'), ('?', '؟'), (';', '؛')],
}];

fn rules_for(lang: &Lang) -> Option<&'static Orthography> {
    RULES
        .iter()
        .find(|r| r.language == lang.0.language.as_str())
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06D5 | 0x06EE..=0x06FF)
        || safha_text::chars::is_mark(c) && (c as u32) >= 0x0600
}

/// Lints of one translated message whose value is at `span` in `file`.
pub fn lints(file: &SourceFile, lang: &Lang, id: &str, span: Range<usize>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let value = &file.text[span.clone()];
    if let Some(rules) = rules_for(lang) {
        // Quoted Arabic's letters are Arabic's own, never Urdu's misspelt.
        let quoted = safha_text::arabic::quotations(value);
        let own = |i: usize| !quoted.iter().any(|q| q.contains(&i));
        for &(wrong, right, name) in rules.letters {
            let found: Vec<usize> = value
                .match_indices(wrong)
                .map(|(i, _)| i)
                .filter(|&i| own(i))
                .collect();
            if let Some(&i) = found.first() {
                let count = found.len();
                let at = span.start + i;
                out.push(
                    Diagnostic::warning(
                        "arabic-letter",
                        format!(
                            "`{id}` has {count} Arabic letter{} {wrong} where {} expects {right}",
                            if count == 1 { "" } else { "s" },
                            lang.tag()
                        ),
                    )
                    .at(file, at..at + wrong.len_utf8())
                    .with_label(format!("U+{:04X}", wrong as u32))
                    .with_fix(right.to_string())
                    .with_hint(format!(
                        "{name}; an Urdu keyboard layout types the right one"
                    )),
                );
            }
        }
        let chars: Vec<(usize, char)> = value.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let Some(&(_, own)) = rules.punctuation.iter().find(|(latin, _)| *latin == c) else {
                continue;
            };
            // After a letter of the script (closing quotes and brackets may sit between),
            // and ending the sentence or clause: followed by a space, a closing mark or
            // the end. "2.0", "U.S." and "TTP." are left alone.
            let before = chars[..k]
                .iter()
                .rev()
                .map(|(_, c)| *c)
                .find(|c| !matches!(c, '”' | '’' | '"' | '\'' | ')' | '*' | '_'));
            let after = chars.get(k + 1).map(|(_, c)| *c);
            let ends = after.is_none_or(|a| {
                a.is_whitespace() || matches!(a, '”' | '’' | '"' | ')' | '*' | '_')
            });
            if before.is_some_and(is_arabic_letter) && ends {
                let at = span.start + i;
                out.push(
                    Diagnostic::warning(
                        "latin-punctuation",
                        format!("`{id}` uses the Latin `{c}` after {} text", lang.tag()),
                    )
                    .at(file, at..at + c.len_utf8())
                    .with_label(format!("write {own}"))
                    .with_fix(own.to_string())
                    .with_hint(format!(
                        "{} punctuation: {own} (U+{:04X}) instead of {c}",
                        lang.tag(),
                        own as u32
                    )),
                );
            }
        }
    }
    // Letters in their joined shapes, as a PDF or an old program stored them: published
    // as the letters, and written as the letters here with the fix, one per run of them
    // (spaces between), so that no other check's fix falls inside it.
    let forms = crate::l10n::localize::is_presentation_form;
    let mut at = 0;
    while let Some(first) = value[at..].find(forms).map(|i| at + i) {
        let mut end = first;
        for (i, c) in value[first..].char_indices() {
            if forms(c) {
                end = first + i + c.len_utf8();
            } else if !c.is_whitespace() {
                break;
            }
        }
        at = end;
        let written = &value[first..end];
        let count = written.chars().filter(|c| forms(*c)).count();
        out.push(
            Diagnostic::warning(
                "presentation-form",
                format!(
                    "`{id}` has {count} Arabic presentation form{} (letters in a joined shape, \
                     as text copied out of a PDF has them)",
                    if count == 1 { "" } else { "s" }
                ),
            )
            .at(file, span.start + first..span.start + end)
            .with_label(format!(
                "U+{:04X} …",
                written.chars().next().map_or(0, |c| c as u32)
            ))
            .with_fix(crate::l10n::localize::unshaped(written).into_owned())
            .with_hint(
                "they are published as the letters they show; `safha check --fix` writes the \
                 letters here too",
            ),
        );
    }
    out
}

/// A translation identical to its source text: probably never translated.
pub fn untranslated(
    file: &SourceFile,
    id: &str,
    span: Range<usize>,
    source: &str,
    translation: &str,
) -> Option<Diagnostic> {
    crate::article::ids::is_copy(source, translation).then(|| {
        Diagnostic::warning(
            "untranslated",
            format!("`{id}` is the same as the source text: probably not translated"),
        )
        .at(file, span)
        .with_label("identical to the source")
        .with_hint(format!(
            "translate it; until then it counts as untranslated. If it is meant to read the \
             same (a name, a title in English), put `# {}` above it",
            crate::l10n::ftl::SAME_AS_SOURCE
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(value: &str) -> Vec<(&'static str, String)> {
        let text = format!("p = {value}\n");
        let file = SourceFile::new("locales/ur/a.ftl", text.as_str());
        let ur = Lang::parse("ur").unwrap();
        lints(&file, &ur, "p", 4..4 + value.len())
            .into_iter()
            .map(|d| (d.code, d.location().unwrap_or_default()))
            .collect()
    }

    #[test]
    fn urdu_rules() {
        assert!(run("طالبان 2.0 اور TTP. یہ ٹھیک ہے۔").is_empty());
        assert_eq!(
            run("يہ"),
            [("arabic-letter", "locales/ur/a.ftl:1:5".to_string())]
        );
        // Arabic quoted as Arabic keeps its letters: a verse in ornate brackets, a
        // vocalized phrase; the Urdu around it is still read.
        assert!(run("ارشاد ہے: ﴿فَإِنَّ مَعَ الْعُسْرِ يُسْرًا﴾ یعنی").is_empty());
        assert!(run("حدیث: عَلَيْكُمْ بِالصِّدْقِ").is_empty());
        assert_eq!(
            run("﴿يُسْرًا﴾ اور يہ"),
            [("arabic-letter", "locales/ur/a.ftl:1:19".to_string())]
        );
        assert_eq!(
            run("ہم آئے."),
            [("latin-punctuation", "locales/ur/a.ftl:1:11".to_string())]
        );
        assert_eq!(run("کیا?")[0].0, "latin-punctuation");
        // Letters copied out of a PDF in their joined shapes: one warning for the message,
        // its fix the letters; the signs typed as such are none.
        let text = "p = یہ ﺍﺭﺩﻭ ﻻ ہے\n";
        let file = SourceFile::new("locales/ur/a.ftl", text);
        let ur = Lang::parse("ur").unwrap();
        let found = lints(&file, &ur, "p", 4..text.len() - 1);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, "presentation-form");
        assert_eq!(found[0].fix.as_deref(), Some("اردو لا"));
        assert!(run("آپ ﷺ نے فرمایا، ﷲ").is_empty());
        // Two runs apart, with an Arabic letter between: each its own fix, none over the
        // letter's.
        let text = "p = ﺍﺭﺩﻭ ي ﻻ\n";
        let file = SourceFile::new("locales/ur/a.ftl", text);
        let found = lints(&file, &ur, "p", 4..text.len() - 1);
        let fixes: Vec<Option<&str>> = (found.iter())
            .filter(|d| d.code == "presentation-form")
            .map(|d| d.fix.as_deref())
            .collect();
        assert_eq!(fixes, [Some("اردو"), Some("لا")]);
        let file = SourceFile::new("a.ftl", "p = Hello there\n");
        assert!(untranslated(&file, "p", 4..15, "Hello  there", "Hello there").is_some());
        assert!(untranslated(&file, "p", 4..15, "PDF", "PDF").is_none());
    }
}

//! `safha check --fix`: the fixes that are certain (an Arabic letter where the language has
//! its own, a Latin full stop or comma closing Urdu text), found by the checks themselves
//! (a diagnostic's `fix`), shown line by line and written only with `--write`.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use crate::diag::Diagnostic;
use crate::l10n::ftl::FtlFile;

/// One file's fixes.
pub struct Fixed {
    /// The file as diagnostics show it (relative to the project).
    pub file: PathBuf,
    pub before: String,
    pub after: String,
    /// How many characters were replaced.
    pub count: usize,
}

impl Fixed {
    /// The changed lines: (line number from 1, before, after).
    pub fn lines(&self) -> Vec<(usize, &str, &str)> {
        self.before
            .lines()
            .zip(self.after.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| (i + 1, a, b))
            .collect()
    }
}

/// A replacement: this range of a file's text by this text.
type Edit = (Range<usize>, String);

/// The fixes `diagnostics` offer, by file. An Arabic letter is replaced throughout its
/// message (the check names it once with a count); anything else where it was found.
pub fn fixes(diagnostics: &[Diagnostic]) -> Vec<Fixed> {
    let mut by_file: BTreeMap<PathBuf, (String, Vec<Edit>)> = BTreeMap::new();
    for d in diagnostics {
        let (Some(with), Some((src, span))) = (&d.fix, &d.span) else {
            continue;
        };
        let entry = by_file
            .entry(src.path.clone())
            .or_insert_with(|| (src.text.to_string(), Vec::new()));
        let text = &entry.0;
        let Some(wrong) = text.get(span.clone()).map(str::to_string) else {
            continue;
        };
        let mut ranges = vec![span.clone()];
        if d.code == "arabic-letter"
            && let Ok(file) = FtlFile::from_bytes(&src.path, text.as_bytes())
            && let Some(m) = file
                .messages
                .iter()
                .find(|m| m.range.start <= span.start && span.end <= m.range.end)
        {
            let value = m.span.end..m.range.end;
            // Not inside Arabic quoted as Arabic (a verse, a vocalized phrase).
            let quoted = safha_text::arabic::quotations(&text[value.clone()]);
            ranges = text[value.clone()]
                .match_indices(wrong.as_str())
                .filter(|(i, _)| !quoted.iter().any(|q| q.contains(i)))
                .map(|(i, w)| value.start + i..value.start + i + w.len())
                .collect();
        }
        entry
            .1
            .extend(ranges.into_iter().map(|r| (r, with.clone())));
    }
    let mut out = Vec::new();
    for (file, (before, mut edits)) in by_file {
        edits.sort_by_key(|(r, _)| (r.start, r.end));
        edits.dedup_by(|a, b| a.0 == b.0);
        let mut after = before.clone();
        let mut count = 0;
        let mut last_start = usize::MAX;
        for (range, with) in edits.iter().rev() {
            // Overlapping edits cannot both be certain: the first one found wins.
            if range.end > last_start {
                continue;
            }
            after.replace_range(range.clone(), with);
            last_start = range.start;
            count += 1;
        }
        if count > 0 {
            out.push(Fixed {
                file,
                before,
                after,
                count,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceFile;
    use crate::l10n::Lang;

    #[test]
    fn letters_throughout_their_message_and_marks_where_they_are() {
        let text = "title = علي کي کتاب\np-a = ہم آئے.\np-b = علي\n";
        let file = SourceFile::new("locales/ur/a.ftl", text);
        let ur = Lang::parse("ur").unwrap();
        let mut found = Vec::new();
        for (id, line) in [("title", 0), ("p-a", 1), ("p-b", 2)] {
            let start: usize = text.lines().take(line).map(|l| l.len() + 1).sum();
            let value = start + id.len() + 3..start + text.lines().nth(line).unwrap().len();
            found.extend(crate::check::orthography::lints(&file, &ur, id, value));
        }
        let fixed = fixes(&found);
        assert_eq!(fixed.len(), 1);
        assert_eq!(
            fixed[0].after,
            "title = علی کی کتاب\np-a = ہم آئے۔\np-b = علی\n"
        );
        assert_eq!(fixed[0].lines().len(), 3);
    }
}

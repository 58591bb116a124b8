//! GNU gettext PO, as Poedit, Weblate and Pootle read it: one entry per segment with
//! `msgctxt` = `<article file>#<id>` (so equal English in two places stays two entries),
//! the kind and the English's line as comments, a stale translation `fuzzy` with the
//! English it was made from as the previous `#| msgid`, and an empty `msgstr` for what is
//! not translated yet.

use super::model::{Export, Imported, Returned, State};
use crate::diag::{Diagnostic, SourceFile};

/// `export` as a PO file.
pub fn write(export: &Export) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# Translations of safha articles from {} into {}.\n",
        export.source_lang, export.target_lang
    ));
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for field in [
        "Project-Id-Version: safha\\n".to_string(),
        "PO-Revision-Date: 1970-01-01 00:00+0000\\n".to_string(),
        "Last-Translator: \\n".to_string(),
        "Language-Team: \\n".to_string(),
        format!("Language: {}\\n", export.target_lang),
        "MIME-Version: 1.0\\n".to_string(),
        "Content-Type: text/plain; charset=UTF-8\\n".to_string(),
        "Content-Transfer-Encoding: 8bit\\n".to_string(),
        format!("X-Source-Language: {}\\n", export.source_lang),
    ] {
        out.push_str(&format!("\"{field}\"\n"));
    }
    for article in &export.articles {
        for unit in &article.units {
            out.push('\n');
            out.push_str(&format!(
                "#. {}{}\n",
                unit.kind,
                super::model::elsewhere(unit.places)
            ));
            out.push_str(&format!("#: {}:{}\n", article.original, unit.line));
            if unit.state == State::Stale {
                out.push_str("#, fuzzy\n");
            }
            if let Some(previous) = &unit.previous {
                out.push_str(&string("#| msgid", previous));
            }
            out.push_str(&string(
                "msgctxt",
                &format!("{}#{}", article.original, unit.id),
            ));
            out.push_str(&string("msgid", &unit.english));
            out.push_str(&string(
                "msgstr",
                unit.translation.as_deref().unwrap_or_default(),
            ));
        }
    }
    out
}

/// `keyword "text"`, split after each newline as gettext writes long strings.
fn string(keyword: &str, text: &str) -> String {
    let prefix = keyword.strip_suffix("msgid").unwrap_or("");
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.len() <= 1 {
        return format!("{keyword} \"{}\"\n", escape(text));
    }
    let mut out = format!("{keyword} \"\"\n");
    for line in lines {
        out.push_str(&format!("{prefix}\"{}\"\n", escape(line)));
    }
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The entries of a PO file.
pub fn read(file: SourceFile) -> Result<Imported, Diagnostic> {
    let text = file.text.clone();
    let mut units = Vec::new();
    let mut target_lang = None;
    let mut entry = Entry::default();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let at = offset;
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']).trim_start();
        if line.is_empty() {
            finish(&mut entry, &mut units, &mut target_lang, &file)?;
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            entry.start.get_or_insert(at);
            entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            continue;
        }
        if line.starts_with('#') {
            entry.start.get_or_insert(at);
            continue;
        }
        let (field, rest) = match line.split_once(char::is_whitespace) {
            Some((k, rest)) if !line.starts_with('"') => (Some(k), rest.trim()),
            _ => (None, line),
        };
        let value = unquote(rest).ok_or_else(|| {
            Diagnostic::error(
                "import-po",
                "expected a string in double quotes on this line",
            )
            .at(&file, at..at + line.len())
        })?;
        match field {
            Some(k @ ("msgctxt" | "msgid" | "msgstr")) => {
                entry.start.get_or_insert(at);
                if k == "msgctxt" && entry.msgid.is_some() {
                    finish(&mut entry, &mut units, &mut target_lang, &file)?;
                    entry.start = Some(at);
                }
                entry.field = match k {
                    "msgctxt" => "msgctxt",
                    "msgid" => "msgid",
                    _ => "msgstr",
                };
                entry.get(k).replace(value);
            }
            Some(other) => {
                return Err(Diagnostic::error(
                    "import-po",
                    format!("`{other}` is not a PO keyword (msgctxt, msgid, msgstr)"),
                )
                .at(&file, at..at + other.len()));
            }
            None => match entry.get(entry.field) {
                Some(s) => s.push_str(&value),
                None => {
                    return Err(Diagnostic::error(
                        "import-po",
                        "a continued string with nothing before it",
                    )
                    .at(&file, at..at + line.len()));
                }
            },
        }
    }
    finish(&mut entry, &mut units, &mut target_lang, &file)?;
    Ok(Imported {
        target_lang: target_lang.ok_or_else(|| {
            Diagnostic::error(
                "import-format",
                "the PO file does not say its language (no `Language:` in its header)",
            )
            .at_path(&file.path)
        })?,
        units,
        file,
    })
}

#[derive(Default)]
struct Entry {
    start: Option<usize>,
    fuzzy: bool,
    field: &'static str,
    msgctxt: Option<String>,
    msgid: Option<String>,
    msgstr: Option<String>,
}

impl Entry {
    fn get(&mut self, field: &str) -> &mut Option<String> {
        match field {
            "msgctxt" => &mut self.msgctxt,
            "msgid" => &mut self.msgid,
            _ => &mut self.msgstr,
        }
    }
}

fn finish(
    entry: &mut Entry,
    units: &mut Vec<Returned>,
    lang: &mut Option<String>,
    file: &SourceFile,
) -> Result<(), Diagnostic> {
    let e = std::mem::take(entry);
    let Some(msgid) = e.msgid else {
        return Ok(());
    };
    let at = e.start.unwrap_or(0);
    if msgid.is_empty() && e.msgctxt.is_none() {
        // The header.
        *lang = e
            .msgstr
            .unwrap_or_default()
            .lines()
            .find_map(|l| l.strip_prefix("Language:").map(|v| v.trim().to_string()));
        return Ok(());
    }
    let Some((original, id)) = e.msgctxt.as_deref().and_then(|c| c.rsplit_once('#')) else {
        return Err(Diagnostic::error(
            "import-po",
            "an entry without `msgctxt \"<article>#<id>\"`: which segment is it?",
        )
        .at(file, at..at)
        .with_hint("export again with `safha export --format po`"));
    };
    units.push(Returned {
        original: original.to_string(),
        id: id.to_string(),
        source: Some(msgid),
        target: e.msgstr,
        done: !e.fuzzy,
        offset: at,
    });
    Ok(())
}

/// The value of `"…"` with its escapes undone.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                c @ ('"' | '\\') => out.push(c),
                _ => return None,
            },
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::model::{Article, Unit};

    #[test]
    fn what_is_written_reads_back_the_same() {
        let export = Export {
            source_lang: "en".into(),
            target_lang: "ur".into(),
            articles: vec![Article {
                slug: "a".into(),
                original: "content/a.md".into(),
                units: vec![
                    Unit {
                        id: "p-one".into(),
                        kind: "Paragraph",
                        english: "Say \"hi\"\\\nback\\slash".into(),
                        translation: Some("کہو \"ہیلو\"\\\nواپس".into()),
                        state: State::Stale,
                        previous: Some("Old".into()),
                        line: 3,
                        places: 1,
                    },
                    Unit {
                        id: "p-two".into(),
                        kind: "Paragraph",
                        english: "Two".into(),
                        translation: None,
                        state: State::New,
                        previous: None,
                        line: 5,
                        places: 1,
                    },
                ],
            }],
        };
        let po = write(&export);
        assert!(po.contains("#, fuzzy\n#| msgid \"Old\"\n"), "{po}");
        let back = read(SourceFile::new("x.po", po.as_str())).unwrap();
        assert_eq!(back.target_lang, "ur");
        let got: Vec<_> = back
            .units
            .iter()
            .map(|u| (u.original.as_str(), u.id.as_str(), u.target.clone(), u.done))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "content/a.md",
                    "p-one",
                    export.articles[0].units[0].translation.clone(),
                    false
                ),
                ("content/a.md", "p-two", Some(String::new()), true),
            ]
        );
    }

    #[test]
    fn any_text_is_read_or_refused_without_a_panic() {
        let pieces = [
            "msgid ",
            "msgstr ",
            "msgctxt ",
            "\"",
            "\\",
            "\n",
            "#, fuzzy\n",
            "#| ",
            "ب",
            "a#b",
            "Language: ur\\n",
            " ",
            "\r\n",
            "😀",
            "\\n",
            "msgid \"\"\nmsgstr \"\"\n",
        ];
        for text in crate::generated::texts(0x9E37_79B9_7F4A_7C15, &pieces, 3000, 30) {
            if let Err(d) = read(SourceFile::new("x.po", text.as_str())) {
                assert!(!d.render(false).is_empty());
            }
        }
    }

    #[test]
    fn a_broken_line_is_located() {
        let err = read(SourceFile::new(
            "x.po",
            "msgid \"\"\nmsgstr \"Language: ur\\n\"\n\nmsgctxt \"a#b\"\nmsgid \"x\nmsgstr \"\"\n",
        ))
        .unwrap_err();
        assert_eq!(err.line_col().map(|(l, _)| l), Some(5));
    }
}

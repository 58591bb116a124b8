//! XLIFF 2.0 (OASIS, 2014), the exchange format of OmegaT, Trados, memoQ and Weblate: one
//! `<file>` per article, one `<unit>` per segment with its kind and place as a note, the
//! English the translation was made from as a second note when it is stale, and the
//! segment's `state`: `initial` (new, or stale with `subState="safha:stale"`) or
//! `translated`. Only core elements are written, so the file validates against the core
//! schema; segment text is plain (Markdown stays as the translator sees it in the studio).

use super::model::{Export, Imported, Returned, State};
use crate::diag::{Diagnostic, SourceFile};
use crate::xml::escape;

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// `export` as an XLIFF 2.0 document.
pub fn write(export: &Export) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        escape(&export.source_lang),
        escape(&export.target_lang)
    ));
    for (n, article) in export.articles.iter().enumerate() {
        out.push_str(&format!(
            "  <file id=\"f{}\" original=\"{}\" canResegment=\"no\">\n",
            n + 1,
            escape(&article.original)
        ));
        for unit in &article.units {
            out.push_str(&format!(
                "    <unit id=\"{}\" name=\"{}\">\n",
                escape(&unit.id),
                escape(&unit.id)
            ));
            out.push_str("      <notes>\n");
            out.push_str(&format!(
                "        <note category=\"context\">{}, {} line {}{}</note>\n",
                unit.kind,
                escape(&article.original),
                unit.line,
                super::model::elsewhere(unit.places)
            ));
            if let Some(previous) = &unit.previous {
                out.push_str(&format!(
                    "        <note category=\"previous-source\">Translated from: {}</note>\n",
                    escape(previous)
                ));
            }
            out.push_str("      </notes>\n");
            let state = match unit.state {
                State::New => "state=\"initial\"",
                State::Stale => "state=\"initial\" subState=\"safha:stale\"",
                State::Translated => "state=\"translated\"",
            };
            out.push_str(&format!("      <segment {state}>\n"));
            out.push_str(&format!(
                "        <source xml:space=\"preserve\">{}</source>\n",
                escape(&unit.english)
            ));
            if let Some(t) = &unit.translation {
                out.push_str(&format!(
                    "        <target xml:space=\"preserve\">{}</target>\n",
                    escape(t)
                ));
            }
            out.push_str("      </segment>\n    </unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// An XLIFF 2.0 document's units.
pub fn read(file: SourceFile) -> Result<Imported, Diagnostic> {
    let text = file.text.clone();
    let doc = roxmltree::Document::parse(&text).map_err(|e| {
        let pos = e.pos();
        // A file cut short: the parser names no place, and the place is its end.
        let offset = match e {
            roxmltree::Error::UnclosedRootNode | roxmltree::Error::UnexpectedEndOfStream => {
                text.trim_end().len()
            }
            _ => crate::diag::offset_of(&text, pos.row as usize, pos.col as usize),
        };
        Diagnostic::error("import-xml", format!("not well-formed XML: {e}"))
            .at(&file, offset..offset)
    })?;
    let root = doc.root_element();
    let located = |node: roxmltree::Node, code: &'static str, message: String| {
        let at = node.range().start;
        Diagnostic::error(code, message).at(&file, at..at)
    };
    if root.tag_name().name() != "xliff" || root.tag_name().namespace() != Some(NAMESPACE) {
        return Err(located(
            root,
            "import-format",
            "this is not an XLIFF 2.0 document (its root is not `<xliff>` in the XLIFF 2.0 namespace)".into(),
        ));
    }
    let Some(target_lang) = root.attribute("trgLang") else {
        return Err(located(
            root,
            "import-format",
            "the document does not say its target language (`trgLang`)".into(),
        ));
    };
    let mut units = Vec::new();
    for f in root
        .children()
        .filter(|n| n.has_tag_name((NAMESPACE, "file")))
    {
        let Some(original) = f.attribute("original") else {
            return Err(located(
                f,
                "import-format",
                "a `<file>` without `original`: which article is it?".into(),
            ));
        };
        for unit in f
            .descendants()
            .filter(|n| n.has_tag_name((NAMESPACE, "unit")))
        {
            let Some(id) = unit.attribute("id") else {
                continue;
            };
            let segments: Vec<_> = unit
                .children()
                .filter(|n| n.has_tag_name((NAMESPACE, "segment")))
                .collect();
            let [segment] = segments.as_slice() else {
                return Err(located(
                    unit,
                    "import-format",
                    format!(
                        "unit `{id}` has {} segments: safha's units have one (split or merged by the tool?)",
                        segments.len()
                    ),
                ));
            };
            let target_node = segment
                .children()
                .find(|n| n.has_tag_name((NAMESPACE, "target")));
            // safha's units are plain text (their Markdown is text): an inline code a tool
            // put in a target would lose what it stands for, silently.
            if let Some(code) =
                target_node.and_then(|t| t.descendants().find(|n| n.is_element() && *n != t))
            {
                return Err(located(
                    code,
                    "import-format",
                    format!(
                        "the translation of `{id}` holds an inline code (<{}>) that safha's units never have: its text would be lost",
                        code.tag_name().name()
                    ),
                ));
            }
            let target = target_node.map(plain_text);
            let source = segment
                .children()
                .find(|n| n.has_tag_name((NAMESPACE, "source")))
                .map(plain_text);
            let done = matches!(
                segment.attribute("state"),
                Some("translated" | "reviewed" | "final")
            );
            units.push(Returned {
                original: original.to_string(),
                id: id.to_string(),
                source,
                target,
                done,
                offset: unit.range().start,
            });
        }
    }
    Ok(Imported {
        target_lang: target_lang.to_string(),
        units,
        file,
    })
}

/// The text of a `<target>`, inline codes a tool may have added reduced to their text.
fn plain_text(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::model::{Article, Unit};

    fn sample() -> Export {
        Export {
            source_lang: "en".into(),
            target_lang: "ur".into(),
            articles: vec![Article {
                slug: "a".into(),
                original: "content/a.md".into(),
                units: vec![
                    Unit {
                        id: "title".into(),
                        kind: "Title",
                        english: "Tom & \"Jerry\" <b>".into(),
                        translation: Some("ٹام اور جیری".into()),
                        state: State::Translated,
                        previous: None,
                        line: 2,
                        places: 1,
                    },
                    Unit {
                        id: "p-one".into(),
                        kind: "Paragraph",
                        english: "Line one\\\nline two".into(),
                        translation: Some("{ $n ->\n    [one] ایک\n   *[other] کئی\n}".into()),
                        state: State::Stale,
                        previous: Some("Old one".into()),
                        line: 5,
                        places: 1,
                    },
                    Unit {
                        id: "p-two".into(),
                        kind: "Paragraph",
                        english: "Two".into(),
                        translation: None,
                        state: State::New,
                        previous: None,
                        line: 7,
                        places: 1,
                    },
                ],
            }],
        }
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let xml = write(&sample());
        let back = read(SourceFile::new("x.xlf", xml.as_str())).unwrap();
        assert_eq!(back.target_lang, "ur");
        let got: Vec<_> = back
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.target.as_deref(), u.done))
            .collect();
        let units = &sample().articles[0].units;
        assert_eq!(
            got,
            vec![
                ("title", units[0].translation.as_deref(), true),
                ("p-one", units[1].translation.as_deref(), false),
                ("p-two", None, false),
            ]
        );
        assert!(back.units.iter().all(|u| u.original == "content/a.md"));
    }

    #[test]
    fn a_broken_file_is_located() {
        let err = read(SourceFile::new("x.xlf", "<xliff>\n  <file>\n</xliff>")).unwrap_err();
        assert_eq!(err.code, "import-xml");
        assert_eq!(err.line_col().map(|(l, _)| l), Some(3));
        // Cut short: located at its end, not at 1:1.
        let cut = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n  <file>\n    <unit>";
        let err = read(SourceFile::new("x.xlf", cut)).unwrap_err();
        assert_eq!(err.line_col().map(|(l, _)| l), Some(3), "{}", err.message);
    }

    #[test]
    fn an_inline_code_a_tool_added_is_an_error_not_lost_text() {
        let xml = write(&sample()).replacen(
            "ٹام اور جیری</target>",
            "ٹام <ph id=\"1\"/> <pc id=\"2\">اور</pc> جیری</target>",
            1,
        );
        assert!(xml.contains("<ph"), "{xml}");
        let err = read(SourceFile::new("x.xlf", xml.as_str())).unwrap_err();
        assert_eq!(err.code, "import-format");
        assert!(err.message.contains("<ph>"), "{}", err.message);
    }
}

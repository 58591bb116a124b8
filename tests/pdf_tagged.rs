//! Tagged PDF: every edition carries a structure tree whose elements are the article's
//! segments in reading order, each in its own language, with the text a screen reader
//! reads (`/ActualText`) equal to the segment's; everything drawn is either marked content
//! of an element or an artifact (running heads, page numbers, rules, the visible Nastaliq
//! whose text the invisible layer carries), so each word is read exactly once.

mod common;

use common::*;
use lopdf::{Document, Object, ObjectId};
use std::path::Path;

/// A structure element as the test sees it.
#[derive(Debug)]
struct Elem {
    kind: String,
    lang: Option<String>,
    text: Option<String>,
    depth: usize,
    /// Marked content it holds: (page object, MCID).
    marks: Vec<(ObjectId, i64)>,
}

fn name(o: &Object) -> String {
    String::from_utf8_lossy(o.as_name().unwrap()).into_owned()
}

fn string(o: &Object) -> String {
    lopdf::decode_text_string(o).unwrap()
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(r) => doc.get_object(*r).unwrap(),
        o => o,
    }
}

fn walk(doc: &Document, o: &Object, depth: usize, out: &mut Vec<Elem>) {
    let dict = deref(doc, o).as_dict().unwrap();
    let e = Elem {
        kind: name(dict.get(b"S").unwrap()),
        lang: dict.get(b"Lang").ok().map(string),
        // What is read: the text as written, or a figure's alternative text.
        text: (dict.get(b"ActualText").or_else(|_| dict.get(b"Alt")).ok()).map(string),
        depth,
        marks: Vec::new(),
    };
    let kids: Vec<Object> = match dict.get(b"K") {
        Ok(Object::Array(a)) => a.clone(),
        Ok(o) => vec![o.clone()],
        Err(_) => Vec::new(),
    };
    let at = out.len();
    out.push(e);
    let own_page = dict.get(b"Pg").ok().map(|p| p.as_reference().unwrap());
    for kid in &kids {
        let k = deref(doc, kid);
        if let Ok(mcid) = k.as_i64() {
            out[at]
                .marks
                .push((own_page.expect("an MCID without /Pg"), mcid));
            continue;
        }
        match k.as_dict() {
            Ok(d) if d.get(b"Type").is_ok_and(|t| name(t) == "MCR") => {
                let page = d.get(b"Pg").unwrap().as_reference().unwrap();
                let mcid = d.get(b"MCID").unwrap().as_i64().unwrap();
                out[at].marks.push((page, mcid));
            }
            // A link annotation, reached through its `Link` element.
            Ok(d) if d.get(b"Type").is_ok_and(|t| name(t) == "OBJR") => {}
            Ok(_) => walk(doc, kid, depth + 1, out),
            Err(_) => panic!("unexpected kid {k:?}"),
        }
    }
}

/// The structure elements of `pdf`, depth first, and the document's language.
fn structure(doc: &Document) -> (Vec<Elem>, String) {
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let catalog = doc.get_object(root).unwrap().as_dict().unwrap();
    let marked = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(marked.get(b"Marked").unwrap().as_bool().unwrap());
    let lang = string(catalog.get(b"Lang").unwrap());
    let tree = deref(doc, catalog.get(b"StructTreeRoot").unwrap())
        .as_dict()
        .unwrap();
    let mut out = Vec::new();
    walk(doc, tree.get(b"K").unwrap(), 0, &mut out);
    (out, lang)
}

/// Every text-showing operator of every page is inside an element's marked content or
/// an artifact; returns each page's MCIDs in order.
fn marked_content(doc: &Document) -> Vec<(ObjectId, Vec<i64>)> {
    let mut pages = Vec::new();
    for (_, id) in doc.get_pages() {
        let content = lopdf::content::Content::decode(&doc.get_page_content(id)).unwrap();
        let mut stack: Vec<Option<i64>> = Vec::new();
        let mut artifact_depth = 0;
        let mut mcids = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    let tag = name(&op.operands[0]);
                    let mcid = op
                        .operands
                        .get(1)
                        .and_then(|o| o.as_dict().ok())
                        .and_then(|d| d.get(b"MCID").ok())
                        .and_then(|m| m.as_i64().ok());
                    if tag == "Artifact" {
                        artifact_depth += 1;
                    }
                    if let Some(m) = mcid {
                        assert!(
                            !stack.iter().any(Option::is_some),
                            "marked content nested in marked content"
                        );
                        mcids.push(m);
                    }
                    stack.push(if tag == "Artifact" { Some(-1) } else { mcid });
                }
                "EMC" => {
                    let closed_artifact = stack.pop().flatten() == Some(-1);
                    artifact_depth -= i32::from(closed_artifact);
                }
                "Tj" | "TJ" | "'" | "\"" | "Do" | "S" => {
                    assert!(
                        artifact_depth > 0 || stack.iter().any(|m| m.is_some_and(|m| m >= 0)),
                        "`{}` outside marked content and artifacts",
                        op.operator
                    );
                }
                _ => {}
            }
        }
        assert!(stack.is_empty(), "unbalanced marked content");
        pages.push((id, mcids));
    }
    pages
}

/// The first line under each element of `kind` in `pdfinfo -struct-text` output, unquoted:
/// the first text it holds.
fn first_texts<'a>(tree: &'a str, kind: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = tree.lines().map(str::trim).collect();
    lines
        .windows(2)
        .filter(|w| w[0].starts_with(kind))
        .map(|w| w[1].trim_matches('"'))
        .collect()
}

/// Letters and digits only, so that spacing and punctuation around note numbers do not
/// decide a comparison; in NFC, as safha publishes text (an author's shadda before a
/// fatha is stored after it).
fn letters(s: &str) -> String {
    safha::l10n::localize::nfc(s.to_string())
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The messages of `lang` in reading order (the order `extract` writes them).
fn messages(dir: &Path, lang: &str, slug: &str) -> Vec<(String, String)> {
    let order = ftl_messages(&dir.join(format!("locales/en/{slug}.ftl")));
    let have = ftl_messages(&dir.join(format!("locales/{lang}/{slug}.ftl")));
    order
        .into_iter()
        .map(|(id, en)| {
            let text = have
                .iter()
                .find(|(i, _)| *i == id)
                .map_or(en, |(_, t)| t.clone());
            (id, plain(&text))
        })
        .collect()
}

/// Every message of `lang` is read, in order, by exactly one element of `column`'s
/// language; an element that reads none holds no letters (a number, a bullet) or is the
/// byline.
fn reads_in_order(elems: &[&Elem], expected: &[(String, String)], what: &str) {
    let mut next = 0;
    let mut byline = false;
    for e in elems {
        let Some(text) = &e.text else { continue };
        let got = letters(text);
        if got.is_empty() || got.chars().all(|c| c.is_numeric()) {
            continue;
        }
        assert!(
            !text.contains([
                '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{202A}', '\u{202B}', '\u{202E}'
            ]),
            "{what}: bidi controls in {text:?}"
        );
        // A code block, and a cell or item with nothing to translate (`PML-N`, `۵۳٬۲۶۵`),
        // is set as written: no message holds it.
        if e.kind == "Code" || safha::article::verbatim::nothing_to_translate(text) {
            continue;
        }
        // One message, or (a footnote set as one paragraph, its list's items lines of it)
        // several in a row.
        let reads = |from: usize| {
            let mut run = String::new();
            for (k, (_, t)) in expected.iter().enumerate().skip(from) {
                run.push_str(&letters(t));
                if run == got {
                    return Some(k + 1 - from);
                }
                if run.len() >= got.len() {
                    return None;
                }
            }
            None
        };
        // The byline (who wrote it, when: `Published on 12 January 2024`) is made of UI
        // strings, not messages; it is the one paragraph after the title and summary.
        if e.kind == "P"
            && !byline
            && next <= 2
            && (next..expected.len()).all(|p| reads(p).is_none())
        {
            byline = true;
            continue;
        }
        // A text read before (`Party` heading two tables; a struck row's `2 hours`, whose
        // own message `~~2 hours~~` reads the same and comes later) is that message read
        // again, unless the next message reads it too.
        if reads(next).is_none() && (0..next).any(|p| reads(p).is_some()) {
            continue;
        }
        let Some((at, k)) = (next..expected.len()).find_map(|p| reads(p).map(|k| (p, k))) else {
            // A text said twice (`Party` heading two tables) is one message, read again.
            assert!(
                (0..next).any(|p| reads(p).is_some()),
                "{what}: {} {text:?} is no message, or out of order",
                e.kind
            );
            continue;
        };
        if let Some((id, _)) = expected[next..at].first() {
            panic!(
                "{what}: `{id}` is never read ({} {text:?} reads past it)",
                e.kind
            );
        }
        next = at + k;
    }
    if let Some((id, _)) = expected.get(next) {
        panic!("{what}: `{id}` and what follows are never read");
    }
}

#[test]
fn every_edition_is_tagged_in_reading_order_and_language() {
    for fixture_name in ["notes", "features"] {
        let (project, slug) = built_pdfs(fixture_name);
        let en = messages(project.path(), "en", &slug);
        assert!(en.len() >= 10, "{fixture_name}: {en:?}");
        tagged_in_reading_order(project.path(), &slug, fixture_name);
    }
}

/// The same walk over every article of the corpora of real Urdu (news with tables, live
/// blogs, columns quoting the Quran, verse, explainers with figures and notes).
#[test]
fn corpus_editions_are_tagged_in_reading_order_and_language() {
    let (mut articles, mut arabic) = (0, 0);
    for corpus in ["realtext", "heldout"].into_iter().chain(common::HELD_OUT) {
        let project = common::built_corpus_as(corpus, "pdf");
        for entry in std::fs::read_dir(project.path().join("dist")).unwrap() {
            let dir = entry.unwrap().path();
            if !dir.join("ur.pdf").exists() {
                continue;
            }
            let slug = dir.file_name().unwrap().to_string_lossy().into_owned();
            arabic += tagged_in_reading_order(project.path(), &slug, &format!("{corpus}/{slug}"));
            articles += 1;
        }
    }
    assert!(articles >= 30, "{articles}");
    // The Quran's verses and the basmala set as paragraphs of their own (two articles, in
    // all three editions) are read in Arabic.
    assert!(arabic >= 8, "{arabic}");
}

/// Every edition of `slug` built in `dir` is tagged; its elements read every message of
/// their language once, in order; every marked stretch of its pages belongs to one element.
/// Returns how many elements are read in Arabic.
fn tagged_in_reading_order(dir: &Path, slug: &str, name: &str) -> usize {
    let mut arabic = 0;
    let en = messages(dir, "en", slug);
    let ur = messages(dir, "ur", slug);
    for stem in ["en", "ur", "parallel"] {
        let pdf = dir.join(format!("dist/{slug}/{stem}.pdf"));
        let info = std::process::Command::new("pdfinfo")
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&info.stdout).contains("Tagged:          yes"),
            "{name}/{stem}.pdf is not tagged"
        );
        let doc = Document::load(&pdf).unwrap();
        let (elems, doc_lang) = structure(&doc);
        assert_eq!(elems[0].kind, "Document");
        assert_eq!(
            elems[1].kind, "H1",
            "{name}/{stem}.pdf: the title comes first"
        );
        let what = format!("{name}/{stem}.pdf");
        // An element's language: its own, or its nearest ancestor's, or the document's.
        // Its column (parallel edition): the tree gives each block's element in the left
        // column, then in the right, so top-level elements alternate.
        let mut langs: Vec<String> = Vec::new();
        let mut top = 0usize;
        let mut columns: [Vec<&Elem>; 2] = Default::default();
        let mut urdu = false;
        for e in &elems {
            langs.truncate(e.depth);
            let lang = e
                .lang
                .clone()
                .or_else(|| langs.last().cloned())
                .unwrap_or_else(|| doc_lang.clone());
            langs.push(lang.clone());
            if e.depth == 1 {
                top += 1;
            }
            let column = usize::from(stem == "parallel" && top.is_multiple_of(2));
            if e.text.is_some() {
                if stem == "parallel" {
                    // Each column in its own language, the English marked as such; a
                    // verse quoted whole in either is Arabic's, code is English.
                    let own = ["en", "ur"][column];
                    assert!(
                        lang == own || lang == "ar" || e.kind == "Code",
                        "{what}: {} {:?} in {lang}, in the {own} column",
                        e.kind,
                        e.text
                    );
                }
                urdu |= lang == "ur";
                arabic += usize::from(lang == "ar");
                columns[column].push(e);
            }
        }
        match stem {
            "en" => reads_in_order(&columns[0], &en, &what),
            "ur" => {
                reads_in_order(&columns[0], &ur, &what);
                assert!(urdu, "{what}: nothing in Urdu");
            }
            _ => {
                reads_in_order(&columns[0], &en, &what);
                reads_in_order(&columns[1], &ur, &what);
            }
        }
        // No heading level is skipped in either column (PDF/UA-1, Matterhorn 14-003):
        // heldout8's book review is written `##` then `####`.
        for column in &columns {
            let mut level = 0;
            for e in column.iter().filter(|e| e.kind.starts_with('H')) {
                let Ok(n) = e.kind[1..].parse::<usize>() else {
                    continue;
                };
                assert!(n <= level + 1, "{what}: {} after H{level}", e.kind);
                level = n;
            }
        }
        // Every marked stretch of every page belongs to exactly one element.
        let pages = marked_content(&doc);
        let mut held: Vec<(ObjectId, i64)> =
            elems.iter().flat_map(|e| e.marks.iter().copied()).collect();
        held.sort();
        let mut drawn: Vec<(ObjectId, i64)> = pages
            .iter()
            .flat_map(|(id, m)| m.iter().map(move |m| (*id, *m)))
            .collect();
        drawn.sort();
        assert_eq!(held, drawn, "{what}: MCIDs and structure elements differ");
    }
    arabic
}

#[test]
fn tables_lists_figures_and_notes_have_their_structure() {
    let (project, slug) = built_pdfs("notes");
    let doc = Document::load(project.path().join(format!("dist/{slug}/ur.pdf"))).unwrap();
    let (elems, _) = structure(&doc);
    let kinds: Vec<&str> = elems.iter().map(|e| e.kind.as_str()).collect();
    for kind in [
        "H2",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "Table",
        "TR",
        "TH",
        "TD",
        "Figure",
        "Caption",
        "BlockQuote",
        "Note",
    ] {
        assert!(kinds.contains(&kind), "no {kind} in {kinds:?}");
    }
    // Every figure has its alternative text.
    let figures = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"S").is_ok_and(|s| name(s) == "Figure"))
        .collect::<Vec<_>>();
    assert!(!figures.is_empty());
    for f in figures {
        let alt = string(f.get(b"Alt").unwrap());
        assert!(alt.chars().any(char::is_alphabetic), "{alt:?}");
    }
}

/// What PDF/UA-1 asks of the document as a whole, checked here and by the `pdfua`
/// package's machine-checkable rules: links reachable from the structure, the title
/// shown, the PDF/UA identification in the XMP metadata, structure tab order.
#[test]
fn editions_meet_the_machine_checkable_rules_of_pdf_ua() {
    let (project, slug) = built_pdfs("notes");
    for stem in ["en", "ur", "parallel"] {
        let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
        let doc = Document::load(&pdf).unwrap();
        let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
        let catalog = doc.get_object(root).unwrap().as_dict().unwrap();
        let prefs = deref(&doc, catalog.get(b"ViewerPreferences").unwrap())
            .as_dict()
            .unwrap();
        assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
        let meta = deref(&doc, catalog.get(b"Metadata").unwrap())
            .as_stream()
            .unwrap();
        let xmp = String::from_utf8(meta.content.clone()).unwrap();
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
        let tree = deref(&doc, catalog.get(b"StructTreeRoot").unwrap())
            .as_dict()
            .unwrap();
        let nums = deref(&doc, tree.get(b"ParentTree").unwrap())
            .as_dict()
            .unwrap()
            .get(b"Nums")
            .unwrap()
            .as_array()
            .unwrap()
            .clone();
        // Every note has an identifier, unique, that the ID tree maps back to it (PDF/UA-1
        // 7.9; ISO 32000-1 14.7.2).
        let id_tree: Vec<Object> = tree
            .get(b"IDTree")
            .map(|t| {
                deref(&doc, t)
                    .as_dict()
                    .unwrap()
                    .get(b"Names")
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .clone()
            })
            .unwrap_or_default();
        let mut notes = 0;
        for (oid, o) in &doc.objects {
            let Ok(d) = o.as_dict() else { continue };
            if d.get(b"S").is_ok_and(|s| s.as_name().ok() == Some(b"Note")) {
                notes += 1;
                let ident = d
                    .get(b"ID")
                    .unwrap_or_else(|_| panic!("{stem}.pdf: a Note without /ID"));
                let ident = ident.as_str().unwrap();
                let mapped: Vec<&[Object]> = id_tree
                    .chunks(2)
                    .filter(|kv| kv[0].as_str().unwrap() == ident)
                    .collect();
                assert_eq!(
                    mapped.len(),
                    1,
                    "{stem}.pdf: note ID {ident:?} mapped {} times",
                    mapped.len()
                );
                assert_eq!(mapped[0][1].as_reference().unwrap(), *oid);
            }
        }
        assert!(notes >= 2, "{stem}.pdf: {notes} notes");
        let mut links = 0;
        for (_, page) in doc.get_pages() {
            let page = doc.get_object(page).unwrap().as_dict().unwrap();
            assert_eq!(name(page.get(b"Tabs").unwrap()), "S");
            let Ok(annots) = page.get(b"Annots") else {
                continue;
            };
            for a in deref(&doc, annots).as_array().unwrap() {
                let a = deref(&doc, a).as_dict().unwrap();
                let key = a.get(b"StructParent").unwrap().as_i64().unwrap();
                let at = nums
                    .chunks(2)
                    .find(|kv| kv[0].as_i64().unwrap() == key)
                    .unwrap_or_else(|| {
                        panic!("{stem}.pdf: annotation {key} not in the parent tree")
                    });
                let elem = deref(&doc, &at[1]).as_dict().unwrap();
                assert_eq!(name(elem.get(b"S").unwrap()), "Link");
                assert!(!string(a.get(b"Contents").unwrap()).is_empty());
                links += 1;
            }
        }
        assert!(links >= 2, "{stem}.pdf: {links} links");
        // A link's words are inside its `Link` element where the drawing carries the text
        // (the left-to-right editions; the Urdu layer keeps its words in its paragraph, as
        // pdf.js drops the spaces at the edges of a marked stretch): poppler reads the
        // element's marked content.
        if stem != "ur" {
            let tree = struct_text(&pdf);
            let link_texts = first_texts(&tree, "Link");
            // (In the parallel edition's narrow column the address is broken across
            // lines: its halves are drawn silent and the whole follows invisibly.)
            let expected: &[&str] = match stem {
                "en" => &["statement", "https://example.org/observers"],
                _ => &["statement"],
            };
            for &words in expected {
                assert!(
                    link_texts.contains(&words),
                    "{stem}.pdf: no Link holds `{words}`: {link_texts:?}"
                );
            }
        }
        let python = std::env::var_os("SAFHA_PYTHON")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| repo().join(".tools/venv/bin/python"));
        let run = std::process::Command::new(python)
            .args(["-m", "pdfua", "check"])
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{stem}.pdf: pdfua finds\n{}{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
    }
}

/// `pdfinfo -struct-text` (poppler reading each element's marked content in content
/// order) gives every English message as written: words with their spaces (real space
/// glyphs, where extractors infer spaces from gaps), also across line ends, and words
/// hyphenated across lines once and whole (poppler ended an element's content at the
/// first hyphenated word while its silent halves' span sat inside it).
#[test]
fn english_structure_text_reads_as_written_in_poppler() {
    let messages: Vec<String> = ftl_messages(&repo().join(format!("locales/en/{SLUG}.ftl")))
        .into_iter()
        .map(|(_, md)| collapse(&plain(&md)))
        .collect();
    assert!(messages.len() >= 20);
    for stem in ["en", "parallel"] {
        let pdf = sample_build().join(SLUG).join(format!("{stem}.pdf"));
        let tree = struct_text(&pdf);
        // Each element's pieces of text (one per marked stretch), joined.
        let mut texts: Vec<String> = Vec::new();
        let mut current: Option<String> = None;
        for line in tree.lines().map(str::trim) {
            if let Some(piece) = line.strip_prefix('"') {
                let piece = piece.strip_suffix('"').unwrap_or(piece);
                current.get_or_insert_with(String::new).push_str(piece);
            } else if let Some(done) = current.take() {
                texts.push(collapse(&done.replace('\u{200B}', "")));
            }
        }
        texts.extend(current.map(|t| collapse(&t)));
        let missing: Vec<&String> = messages.iter().filter(|m| !texts.contains(m)).collect();
        assert!(
            missing.is_empty(),
            "{stem}.pdf: {} of {} messages not read as written, e.g. {:?}",
            missing.len(),
            messages.len(),
            &missing[..missing.len().min(3)]
        );
    }
}

/// Every label (a list's bullet or box, a note's number) holds its mark in poppler's
/// reading of the structure, and no label's mark is read as part of its item's text.
#[test]
fn labels_hold_their_marks() {
    let (project, slug) = built_pdfs("notes");
    for stem in ["en", "parallel"] {
        let pdf = project.path().join(format!("dist/{slug}/{stem}.pdf"));
        let tree = struct_text(&pdf);
        // A label ends in a space, which keeps it apart from its item when copied.
        let labels: Vec<&str> = (first_texts(&tree, "Lbl").into_iter())
            .map(str::trim_end)
            .collect();
        for mark in ["☑", "☐", "1", "2"] {
            assert!(
                labels.contains(&mark),
                "{stem}.pdf: no label `{mark}` in {labels:?}"
            );
        }
        assert!(
            labels.iter().all(|l| !l.is_empty()),
            "{stem}.pdf: an empty label in {labels:?}"
        );
        let texts: Vec<&str> = (tree.lines().map(str::trim))
            .filter(|l| l.starts_with('"'))
            .collect();
        assert!(
            !texts.iter().any(|t| t.contains("basin") && t.contains('☑')),
            "{stem}.pdf: a box read with its item"
        );
    }
}

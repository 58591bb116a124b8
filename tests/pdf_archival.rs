//! PDF/A-2u (ISO 19005-2, level U), rule by rule. No validator can be installed here
//! (veraPDF is on none of crates.io, PyPI, npm or Debian), so every machine-checkable
//! rule the editions could break is checked by hand, on the sample and on fixtures with
//! images, links, footnotes and tables:
//! - the file header's binary comment, the trailer's /ID, no encryption (6.1.2, 6.1.3);
//! - no external streams, no LZW (6.1.7);
//! - the sRGB output intent and its ICC profile (6.2.2, 6.2.3);
//! - fonts: composite with Identity-H and a matching CIDSystemInfo, a CIDToGIDMap, the
//!   program embedded, every glyph shown defined (not .notdef), its width in the font
//!   dictionary that of the program, and mapped to Unicode (6.2.11);
//! - annotations printable and never hidden, no actions but links (6.3, 6.5, 6.6.1);
//! - images without interpolation or alternates (6.2.8);
//! - the XMP packet: uncompressed, well-formed, identifying PDF/A-2u, describing the
//!   PDF/UA property it uses in an extension schema, and agreeing with every entry of the
//!   information dictionary (6.6.2, 6.6.3).

mod common;

use common::*;
use lopdf::{Dictionary, Document, Object};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(r) => doc.get_object(*r).unwrap(),
        o => o,
    }
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> &'a Dictionary {
    match deref(doc, o) {
        Object::Stream(s) => &s.dict,
        o => o.as_dict().unwrap(),
    }
}

fn name(o: &Object) -> String {
    String::from_utf8_lossy(o.as_name().unwrap()).into_owned()
}

/// The Unicode text of each code of a ToUnicode CMap (`bfchar` and `bfrange`).
fn to_unicode(cmap: &str) -> BTreeMap<u32, String> {
    let hex = |s: &str| -> Vec<u8> {
        let s = s.trim().trim_start_matches('<').trim_end_matches('>');
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
            .collect()
    };
    let code = |s: &str| hex(s).iter().fold(0u32, |a, b| a << 8 | u32::from(*b));
    let text = |bytes: Vec<u8>| {
        let units: Vec<u16> = bytes
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).unwrap()
    };
    let tokens: Vec<&str> = cmap
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = BTreeMap::new();
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            "beginbfchar" => {
                i += 1;
                while tokens[i] != "endbfchar" {
                    out.insert(code(tokens[i]), text(hex(tokens[i + 1])));
                    i += 2;
                }
            }
            "beginbfrange" => {
                i += 1;
                while tokens[i] != "endbfrange" {
                    let (lo, hi) = (code(tokens[i]), code(tokens[i + 1]));
                    assert!(
                        tokens[i + 2].starts_with('<'),
                        "array ranges are not written"
                    );
                    let first = hex(tokens[i + 2]);
                    for c in lo..=hi {
                        let mut t = first.clone();
                        let n = t.len();
                        let last = u16::from_be_bytes([t[n - 2], t[n - 1]]) + (c - lo) as u16;
                        t[n - 2..].copy_from_slice(&last.to_be_bytes());
                        out.insert(c, text(t));
                    }
                    i += 3;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// A font of a page as shown: its codes' widths and texts, and its program's widths.
struct Font {
    widths: BTreeMap<u32, f64>,
    default_width: f64,
    unicode: BTreeMap<u32, String>,
    /// Advance of each glyph in thousandths of an em, from the embedded program.
    program: Vec<f64>,
}

fn font(doc: &Document, f: &Object, problems: &mut Vec<String>, what: &str) -> Option<Font> {
    let f = dict(doc, f);
    if name(f.get(b"Subtype").unwrap()) != "Type0"
        || name(f.get(b"Encoding").unwrap()) != "Identity-H"
    {
        // Not a PDF/A rule: what safha writes, and what the checks below read.
        problems.push(format!(
            "{what}: not a composite font with Identity-H (safha's own)"
        ));
        return None;
    }
    let cid = dict(
        doc,
        &f.get(b"DescendantFonts").unwrap().as_array().unwrap()[0],
    );
    let info = dict(doc, cid.get(b"CIDSystemInfo").unwrap());
    let s = |k: &[u8]| lopdf::decode_text_string(info.get(k).unwrap()).unwrap();
    if s(b"Registry") != "Adobe" || s(b"Ordering") != "Identity" {
        problems.push(format!(
            "{what}: CIDSystemInfo is not Adobe-Identity (safha's own; PDF/A-2 allows any with Identity-H)"
        ));
    }
    if name(cid.get(b"Subtype").unwrap()) != "CIDFontType2" || cid.get(b"CIDToGIDMap").is_err() {
        problems.push(format!(
            "{what}: a CIDFontType2 without CIDToGIDMap (6.2.11.3.2)"
        ));
    }
    let descriptor = dict(doc, cid.get(b"FontDescriptor").unwrap());
    let Ok(file) = descriptor.get(b"FontFile2") else {
        problems.push(format!("{what}: font program not embedded (6.2.11.4.1)"));
        return None;
    };
    let Object::Stream(file) = deref(doc, file) else {
        panic!("FontFile2 is not a stream");
    };
    let program_bytes = file
        .decompressed_content()
        .unwrap_or_else(|_| file.content.clone());
    let program = {
        use read_fonts::{FontRef, TableProvider, types::GlyphId};
        let font = FontRef::new(&program_bytes).expect("the embedded program parses");
        let upem = f64::from(font.head().unwrap().units_per_em());
        let hmtx = font.hmtx().unwrap();
        let glyphs = font.maxp().unwrap().num_glyphs();
        (0..glyphs)
            .map(|g| {
                f64::from(hmtx.advance(GlyphId::new(u32::from(g))).unwrap_or(0)) * 1000.0 / upem
            })
            .collect()
    };
    let mut widths = BTreeMap::new();
    if let Ok(w) = cid.get(b"W") {
        let w = deref(doc, w).as_array().unwrap();
        let num = |o: &Object| match deref(doc, o) {
            Object::Integer(i) => *i as f64,
            Object::Real(r) => f64::from(*r),
            o => panic!("width {o:?}"),
        };
        let mut i = 0;
        while i < w.len() {
            let first = num(&w[i]) as u32;
            match deref(doc, &w[i + 1]) {
                Object::Array(list) => {
                    for (k, v) in list.iter().enumerate() {
                        widths.insert(first + k as u32, num(v));
                    }
                    i += 2;
                }
                _ => {
                    let (last, v) = (num(&w[i + 1]) as u32, num(&w[i + 2]));
                    for c in first..=last {
                        widths.insert(c, v);
                    }
                    i += 3;
                }
            }
        }
    }
    let default_width = cid
        .get(b"DW")
        .map_or(1000.0, |o| o.as_i64().unwrap() as f64);
    let unicode = match f.get(b"ToUnicode") {
        Ok(o) => match deref(doc, o) {
            Object::Stream(s) => to_unicode(&String::from_utf8_lossy(
                &s.decompressed_content()
                    .unwrap_or_else(|_| s.content.clone()),
            )),
            _ => BTreeMap::new(),
        },
        Err(_) => {
            problems.push(format!("{what}: no ToUnicode CMap (6.2.11.7.2)"));
            BTreeMap::new()
        }
    };
    Some(Font {
        widths,
        default_width,
        unicode,
        program,
    })
}

/// Every rule above that `pdf` breaks, one line each, and how many distinct glyphs (font
/// and code) its pages show.
fn pdf_a_problems(pdf: &Path) -> (Vec<String>, usize) {
    let bytes = std::fs::read(pdf).unwrap();
    let mut problems = Vec::new();
    // 6.1.2: `%PDF-1.n`, then a comment of at least four bytes above 127.
    let second = bytes.split(|b| *b == b'\n').nth(1).unwrap_or_default();
    if !bytes.starts_with(b"%PDF-1.")
        || second.first() != Some(&b'%')
        || second.iter().skip(1).take(4).filter(|b| **b > 127).count() < 4
    {
        problems.push("header: no binary comment after %PDF-1.n (6.1.2)".into());
    }
    let doc = Document::load_mem(&bytes).unwrap();
    if !matches!(doc.trailer.get(b"ID"), Ok(Object::Array(a)) if a.len() == 2) {
        problems.push("trailer: no /ID (6.1.3)".into());
    }
    if doc.trailer.get(b"Encrypt").is_ok() {
        problems.push("trailer: encrypted (6.1.3)".into());
    }
    // 6.1.13: no string longer than 32,767 bytes (the structure tree's /ActualText of a
    // long paragraph would be).
    fn long_strings(o: &Object, out: &mut usize) {
        match o {
            Object::String(s, _) if s.len() > 32_767 => *out += 1,
            Object::Array(a) => a.iter().for_each(|o| long_strings(o, out)),
            Object::Dictionary(d) => d.iter().for_each(|(_, o)| long_strings(o, out)),
            Object::Stream(s) => s.dict.iter().for_each(|(_, o)| long_strings(o, out)),
            _ => {}
        }
    }
    let mut long = 0;
    for o in doc.objects.values() {
        long_strings(o, &mut long);
    }
    if long > 0 {
        problems.push(format!("{long} strings over 32,767 bytes (6.1.13)"));
    }
    for (id, o) in &doc.objects {
        if let Ok(d) = o.as_dict()
            && d.get(b"Type")
                .is_ok_and(|t| t.as_name().ok() == Some(b"ExtGState"))
        {
            for key in [b"TR".as_slice(), b"HTP", b"HTO"] {
                if d.get(key).is_ok() {
                    problems.push(format!(
                        "{id:?}: a graphics state with /{} (6.2.5)",
                        String::from_utf8_lossy(key)
                    ));
                }
            }
        }
        if let Object::Stream(s) = o {
            for key in [b"F".as_slice(), b"FFilter", b"FDecodeParms"] {
                if s.dict.get(key).is_ok() {
                    problems.push(format!("{id:?}: an external stream (6.1.7.1)"));
                }
            }
            if let Ok(f) = s.dict.get(b"Filter") {
                let names: Vec<String> = match f {
                    Object::Array(a) => a.iter().map(name).collect(),
                    o => vec![name(o)],
                };
                if names.iter().any(|n| n == "LZWDecode" || n == "Crypt") {
                    problems.push(format!("{id:?}: filter {names:?} (6.1.7.2)"));
                }
            }
        }
    }
    let catalog = dict(&doc, doc.trailer.get(b"Root").unwrap());
    // 6.5.1: no document actions; 6.6.1: no JavaScript in the name dictionary.
    if catalog.get(b"AA").is_ok() {
        problems.push("catalog: /AA (6.5.1)".into());
    }
    if let Ok(names) = catalog.get(b"Names")
        && dict(&doc, names).get(b"JavaScript").is_ok()
    {
        problems.push("catalog: JavaScript in the name dictionary (6.6.1)".into());
    }

    // 6.2.2, 6.2.3: the output intent.
    match catalog.get(b"OutputIntents").map(|o| deref(&doc, o)) {
        Ok(Object::Array(intents)) if !intents.is_empty() => {
            for intent in intents {
                let intent = dict(&doc, intent);
                if name(intent.get(b"S").unwrap()) != "GTS_PDFA1" {
                    problems.push("output intent: /S is not /GTS_PDFA1".into());
                }
                let Ok(Object::Stream(profile)) =
                    intent.get(b"DestOutputProfile").map(|o| deref(&doc, o))
                else {
                    problems.push("output intent: no DestOutputProfile".into());
                    continue;
                };
                let icc = profile
                    .decompressed_content()
                    .unwrap_or_else(|_| profile.content.clone());
                let size = u32::from_be_bytes([icc[0], icc[1], icc[2], icc[3]]) as usize;
                let n = profile.dict.get(b"N").unwrap().as_i64().unwrap();
                if size != icc.len()
                    || &icc[36..40] != b"acsp"
                    || icc[8] > 4
                    || !matches!(&icc[12..16], b"mntr" | b"prtr")
                    || !(&icc[16..20] == b"RGB " && n == 3 || &icc[16..20] == b"GRAY" && n == 1)
                {
                    problems.push("output intent: the ICC profile is not a display or printer profile of its /N (6.2.3)".into());
                }
            }
        }
        _ => problems.push(
            "catalog: no output intent, yet DeviceGray and DeviceRGB are used (6.2.4.3)".into(),
        ),
    }

    // 6.2.11: fonts, and every glyph shown.
    let mut glyphs = 0;
    for (p, (_, page_id)) in doc.get_pages().into_iter().enumerate() {
        let page = doc.get_object(page_id).unwrap().as_dict().unwrap();
        let resources = dict(&doc, page.get(b"Resources").unwrap());
        let mut fonts: BTreeMap<Vec<u8>, Option<Font>> = BTreeMap::new();
        if let Ok(f) = resources.get(b"Font") {
            for (key, f) in dict(&doc, f).iter() {
                let what = format!("page {}, font {}", p + 1, String::from_utf8_lossy(key));
                fonts.insert(key.clone(), font(&doc, f, &mut problems, &what));
            }
        }
        if let Ok(x) = resources.get(b"XObject") {
            for (key, x) in dict(&doc, x).iter() {
                let x = dict(&doc, x);
                let what = format!("page {}, image {}", p + 1, String::from_utf8_lossy(key));
                if x.get(b"Interpolate")
                    .is_ok_and(|i| i.as_bool().unwrap_or(false))
                {
                    problems.push(format!("{what}: /Interpolate true (6.2.8)"));
                }
                for k in [b"Alternates".as_slice(), b"OPI"] {
                    if x.get(k).is_ok() {
                        problems.push(format!("{what}: /{} (6.2.8)", String::from_utf8_lossy(k)));
                    }
                }
            }
        }
        let content = lopdf::content::Content::decode(&doc.get_page_content(page_id)).unwrap();
        let mut current: Option<Vec<u8>> = None;
        let mut seen = std::collections::BTreeSet::new();
        for op in &content.operations {
            let strings: Vec<&[u8]> = match op.operator.as_str() {
                "Tf" => {
                    current = Some(op.operands[0].as_name().unwrap().to_vec());
                    continue;
                }
                "Tj" | "'" => vec![op.operands[0].as_str().unwrap()],
                "TJ" => op.operands[0]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|o| o.as_str().ok())
                    .collect(),
                _ => continue,
            };
            let key = current.clone().expect("text shown before a font is set");
            let Some(Some(f)) = fonts.get(&key) else {
                continue;
            };
            for s in strings {
                for pair in s.chunks(2) {
                    let code = u32::from(u16::from_be_bytes([pair[0], pair[1]]));
                    if !seen.insert((key.clone(), code)) {
                        continue;
                    }
                    let what = format!(
                        "page {}, font {}, glyph {code}",
                        p + 1,
                        String::from_utf8_lossy(&key)
                    );
                    if code == 0 {
                        problems.push(format!("{what}: .notdef shown (6.2.11.8)"));
                    }
                    match f.unicode.get(&code) {
                        Some(t)
                            if !t.is_empty()
                                && !t
                                    .chars()
                                    .any(|c| matches!(c, '\0' | '\u{FEFF}' | '\u{FFFE}')) => {}
                        other => problems
                            .push(format!("{what}: no Unicode value ({other:?}) (6.2.11.7.2)")),
                    }
                    let w = f.widths.get(&code).copied().unwrap_or(f.default_width);
                    match f.program.get(code as usize) {
                        Some(adv) if (adv - w).abs() <= 1.0 => {}
                        other => problems.push(format!("{what}: width {w} in the dictionary, {other:?} in the program (6.2.11.5)")),
                    }
                }
            }
        }
        glyphs += seen.len();
        // 6.3.2, 6.5: annotations.
        if let Ok(annots) = page.get(b"Annots") {
            for a in deref(&doc, annots).as_array().unwrap() {
                let a = dict(&doc, a);
                let flags = a.get(b"F").map_or(0, |f| f.as_i64().unwrap());
                if flags & 4 == 0 || flags & (1 | 2 | 32 | 256) != 0 {
                    problems.push(format!(
                        "page {}: an annotation not printed, or hidden (6.3.2)",
                        p + 1
                    ));
                }
                if a.get(b"AA").is_ok() {
                    problems.push(format!("page {}: an annotation with /AA (6.5.2)", p + 1));
                }
                if let Ok(action) = a.get(b"A") {
                    let s = name(dict(&doc, action).get(b"S").unwrap());
                    if !matches!(s.as_str(), "URI" | "GoTo") {
                        problems.push(format!("page {}: a {s} action (6.5.1)", p + 1));
                    }
                }
            }
        }
    }

    // 6.6: metadata.
    let Ok(Object::Stream(meta)) = catalog.get(b"Metadata").map(|o| deref(&doc, o)) else {
        problems.push("catalog: no XMP metadata (6.6.2.1)".into());
        return (problems, glyphs);
    };
    if meta.dict.get(b"Filter").is_ok() {
        problems.push("XMP: compressed (6.6.2.1)".into());
    }
    let xmp = String::from_utf8(meta.content.clone()).unwrap();
    let tree = roxmltree::Document::parse(&xmp).expect("the XMP packet is well-formed XML");
    let prop = |ns: &str, local: &str| -> Option<String> {
        let node = tree
            .descendants()
            .find(|n| n.tag_name().namespace() == Some(ns) && n.tag_name().name() == local)?;
        // The first list item (an x-default alternative comes first), or the text.
        let li = node.descendants().find(|n| n.tag_name().name() == "li");
        Some(li.unwrap_or(node).text().unwrap_or("").to_string())
    };
    const DC: &str = "http://purl.org/dc/elements/1.1/";
    const XMP: &str = "http://ns.adobe.com/xap/1.0/";
    const PDF: &str = "http://ns.adobe.com/pdf/1.3/";
    const PDFAID: &str = "http://www.aiim.org/pdfa/ns/id/";
    if prop(PDFAID, "part").as_deref() != Some("2")
        || prop(PDFAID, "conformance").as_deref() != Some("U")
    {
        problems.push("XMP: not identified as PDF/A-2u (6.6.4)".into());
    }
    // Every schema outside those PDF/A-2 predefines is described (6.6.2.3.1).
    let described: Vec<String> = tree
        .descendants()
        .filter(|n| n.tag_name().name() == "namespaceURI")
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    let predefined = [
        DC,
        XMP,
        PDF,
        PDFAID,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "adobe:ns:meta/",
        "http://www.aiim.org/pdfa/ns/extension/",
        "http://www.aiim.org/pdfa/ns/schema#",
        "http://www.aiim.org/pdfa/ns/property#",
        "http://www.w3.org/XML/1998/namespace",
    ];
    for n in tree.descendants().filter(|n| n.is_element()) {
        let ns = n.tag_name().namespace().unwrap_or("");
        if !predefined.contains(&ns) && !described.iter().any(|d| d == ns) {
            problems.push(format!(
                "XMP: property {ns}{} has no extension schema (6.6.2.3.1)",
                n.tag_name().name()
            ));
        }
    }
    // 6.6.3: the information dictionary agrees with the packet.
    if let Ok(info) = doc.trailer.get(b"Info") {
        let info = dict(&doc, info);
        for (key, value) in info.iter() {
            let key = String::from_utf8_lossy(key).into_owned();
            let value = lopdf::decode_text_string(value).unwrap_or_default();
            let date = |s: &str| {
                s.chars()
                    .filter(char::is_ascii_digit)
                    .take(14)
                    .collect::<String>()
            };
            let twin = match key.as_str() {
                "Title" => prop(DC, "title"),
                // One creator, equal to the author (6.6.3's mapping for /Author).
                "Author" => {
                    let items = tree
                        .descendants()
                        .filter(|n| {
                            n.tag_name().namespace() == Some(DC) && n.tag_name().name() == "creator"
                        })
                        .flat_map(|n| n.descendants().filter(|d| d.tag_name().name() == "li"))
                        .count();
                    if items != 1 {
                        problems.push(format!(
                            "XMP: dc:creator has {items} entries for one /Author (6.6.3)"
                        ));
                    }
                    prop(DC, "creator")
                }
                "Subject" => prop(DC, "description"),
                "Keywords" => prop(PDF, "Keywords"),
                "Creator" => prop(XMP, "CreatorTool"),
                "Producer" => prop(PDF, "Producer"),
                "CreationDate" => prop(XMP, "CreateDate").map(|d| date(&d)),
                "ModDate" => prop(XMP, "ModifyDate").map(|d| date(&d)),
                "Trapped" => {
                    problems.push("Info: /Trapped, which has no twin in the packet (6.6.3)".into());
                    continue;
                }
                // PDF/A relates only the standard entries to the packet.
                _ => continue,
            };
            let value = if key.ends_with("Date") {
                date(&value)
            } else {
                value
            };
            if twin.as_deref() != Some(value.as_str()) {
                problems.push(format!(
                    "Info /{key} {value:?} against the packet's {twin:?} (6.6.3)"
                ));
            }
        }
    }
    (problems, glyphs)
}

fn pdfs(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(pdfs(&p));
        } else if p.extension().is_some_and(|e| e == "pdf") {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn every_edition_meets_the_machine_checkable_rules_of_pdf_a_2u() {
    let mut checked = pdfs(&sample_build().join(SLUG));
    let projects: Vec<_> = ["notes", "features", "chart"]
        .iter()
        .map(|f| built_pdfs(f))
        .collect();
    for (project, _) in &projects {
        checked.extend(pdfs(&project.path().join("dist")));
    }
    assert!(checked.len() >= 9, "{checked:?}");
    let mut problems = Vec::new();
    for pdf in &checked {
        let (found, glyphs) = pdf_a_problems(pdf);
        assert!(
            glyphs >= 50,
            "{}: only {glyphs} glyphs shown",
            pdf.display()
        );
        for p in found {
            problems.push(format!("{}: {p}", pdf.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checks_catch_what_they_look_for() {
    // A file that breaks rules: PDF/A-3 claimed, printpdf's /Trapped, no output intent, a
    // font without its widths.
    let good = sample_build().join(SLUG).join("ur.pdf");
    let mut doc = Document::load(&good).unwrap();
    let catalog = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let meta = doc
        .get_object(catalog)
        .unwrap()
        .as_dict()
        .unwrap()
        .get(b"Metadata")
        .unwrap()
        .as_reference()
        .unwrap();
    if let Ok(Object::Stream(s)) = doc.get_object_mut(meta) {
        let text = String::from_utf8(s.content.clone()).unwrap();
        s.set_content(
            text.replace(
                "<pdfaid:part>2</pdfaid:part>",
                "<pdfaid:part>3</pdfaid:part>",
            )
            .into_bytes(),
        );
    }
    let c = doc.get_object_mut(catalog).unwrap().as_dict_mut().unwrap();
    c.remove(b"OutputIntents");
    // A font's widths taken away: every glyph then has the default width, 1000.
    let type0: Vec<lopdf::ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict().is_ok_and(|d| {
                d.get(b"Subtype")
                    .is_ok_and(|s| s.as_name().ok() == Some(b"Type0"))
            })
        })
        .map(|(id, _)| *id)
        .collect();
    assert!(!type0.is_empty());
    for id in type0 {
        // The descendant font, written inline in its Type0 font's array.
        let font = doc.get_object_mut(id).unwrap().as_dict_mut().unwrap();
        let Ok(Object::Array(descendants)) = font.get_mut(b"DescendantFonts") else {
            panic!("descendant fonts not inline");
        };
        descendants[0].as_dict_mut().unwrap().remove(b"W");
    }
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    doc.get_object_mut(info)
        .unwrap()
        .as_dict_mut()
        .unwrap()
        .set("Trapped", Object::Name(b"False".to_vec()));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.pdf");
    doc.save(&bad).unwrap();
    let found = pdf_a_problems(&bad).0.join("\n");
    for rule in ["6.6.4", "6.2.4.3", "Trapped", "6.2.11.5"] {
        assert!(found.contains(rule), "{rule} not found in:\n{found}");
    }
}

/// An alternative text and an address longer than PDF/A lets a string be: the alt text is
/// cut to fit, the address stays words without an annotation, and the file keeps every
/// rule.
#[test]
fn strings_too_long_for_pdf_a_are_kept_within_its_limit() {
    let project = tempfile::tempdir().unwrap();
    let dir = project.path();
    std::fs::create_dir_all(dir.join("content/media")).unwrap();
    std::fs::copy(
        fixture("notes").join("content/media/river.jpg"),
        dir.join("content/media/river.jpg"),
    )
    .unwrap();
    std::fs::write(dir.join("safha.toml"), "languages = [\"en\"]\n").unwrap();
    let alt = "a river ".repeat(5_000);
    let url = format!("https://example.org/{}", "a".repeat(40_000));
    std::fs::write(
        dir.join("content/long.md"),
        format!("---\ntitle: Long strings\n---\n\n![{alt}](media/river.jpg)\n\nSee [the source]({url}) here.\n"),
    )
    .unwrap();
    let run = safha(dir, &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = dir.join("dist/long/en.pdf");
    let (problems, _) = pdf_a_problems(&pdf);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let doc = Document::load(&pdf).unwrap();
    let alts: Vec<usize> = doc
        .objects
        .values()
        .filter_map(|o| {
            o.as_dict()
                .ok()?
                .get(b"Alt")
                .ok()?
                .as_str()
                .ok()
                .map(<[u8]>::len)
        })
        .collect();
    assert!(
        alts.iter().any(|&n| (10_000..=32_767).contains(&n)),
        "the alt text is kept, cut: {alts:?}"
    );
}

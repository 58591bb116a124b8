//! CommonMark 0.31.2 and the GFM / pulldown-cmark extension specs, through the whole trip:
//! every example becomes an article, `extract` writes its messages, a translator copies
//! every message unchanged into `ur`, and the English and Urdu article bodies must match the
//! spec's HTML after the normalization below. What safha does differently on purpose is the
//! short list in [`departure`]; any other difference fails the test, which names each one
//! with its example number and both HTML forms.
//!
//! Normalization (both sides): whitespace collapsed outside `<pre>` and dropped around block
//! elements; attributes other than `href`, `src`, `alt`, `title`, `start`, `type`,
//! `checked`, `disabled` dropped (`lang`, `dir`, `class`, `data-*`, `id`), a cell's
//! `align-*` class read as its `align`; wrapper elements (`article`, `header`, `section`,
//! `div`, `span`, `bdi`) unwrapped; a lone image's `<figure>` read as a paragraph; heading
//! levels taken relative to the article's top heading (safha sets the title as `h1` and the
//! body's headings under it); footnotes compared as (number → note) pairs and numbered
//! references, wherever the notes are placed.

use std::path::Path;

use safha::article::{Article, Block};
use safha::html::body::{self, Around, Media};
use safha::l10n::bundle::Translations;
use safha::l10n::ftl::FtlFile;
use safha::l10n::{Lang, LocalizedArticle};
use scraper::{ElementRef, Html, Node};

fn specs() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/specs/commonmark")
}

struct Example {
    file: &'static str,
    number: usize,
    section: String,
    markdown: String,
    html: String,
}

fn examples(file: &'static str) -> Vec<Example> {
    let text = std::fs::read_to_string(specs().join(file)).expect("the shared spec files");
    let fence = "`".repeat(32);
    let mut out = Vec::new();
    let mut section = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if let Some(h) = line.strip_prefix('#') {
            section = h.trim_start_matches('#').trim().to_string();
            continue;
        }
        if !(line.starts_with(&fence) && line[32..].trim_start().starts_with("example")) {
            continue;
        }
        let (mut markdown, mut html) = (String::new(), String::new());
        let mut in_html = false;
        for l in lines.by_ref() {
            if l == fence {
                break;
            }
            if l == "." && !in_html {
                in_html = true;
                continue;
            }
            let target = if in_html { &mut html } else { &mut markdown };
            target.push_str(&l.replace('→', "\t"));
            target.push('\n');
        }
        out.push(Example {
            file,
            number: out.len() + 1,
            section: section.clone(),
            markdown,
            html,
        });
    }
    out
}

/// The English and Urdu bodies of `markdown` after extract → identical translation →
/// build, with the warnings of each step; `Err` when an edition cannot be made.
fn trip(markdown: &str) -> Result<(String, String, Vec<String>), String> {
    let en = Lang::parse("en").unwrap();
    let ur = Lang::parse("ur").unwrap();
    let text = format!("---\ntitle: Conformance\n---\n{markdown}");
    let mut article = Article::parse(Path::new("content/example.md"), &text)
        .map_err(|d| format!("parse: {}", d.message))?;
    safha::article::ids::assign(&mut article.segments, &[]);
    let mut warnings: Vec<String> = article
        .warnings
        .iter()
        .map(|d| d.code.to_string())
        .collect();
    let ftl = safha::l10n::serialize::source_resource(&article);
    let file = FtlFile::from_bytes(Path::new("locales/ur/example.ftl"), ftl.as_bytes())
        .map_err(|d| format!("extract wrote an invalid file: {}\n{ftl}", d[0].message))?;
    let (t, w) = Translations::new(ur.clone(), file);
    warnings.extend(w.iter().map(|d| d.code.to_string()));
    let source = LocalizedArticle::source(&article, &en);
    let translated = LocalizedArticle::translate(&article, &ur, &[&t], &en);
    if !translated.missing.is_empty() {
        return Err(format!("untranslated in ur: {:?}", translated.missing));
    }
    warnings.extend(translated.warnings.iter().map(|d| d.code.to_string()));
    // Images keep the address the example gives (a build copies project files and
    // refuses root-relative paths, which are no files of the project).
    let mut media = Media::new();
    let mut stack: Vec<&Block> = article.blocks.iter().collect();
    while let Some(b) = stack.pop() {
        match b {
            Block::Figure { src, .. } => {
                media.insert(src.clone(), src.clone());
            }
            Block::Quote { blocks } => stack.extend(blocks),
            Block::List { items, .. } => stack.extend(items.iter().flat_map(|i| &i.blocks)),
            _ => {}
        }
    }
    // The title and its header are safha's, not the example's.
    let uis = Default::default();
    let around = Around {
        media: &media,
        meta: "",
        uis: &uis,
    };
    let body = |text: &LocalizedArticle| {
        let page = body::single(&article, text, &around);
        match page.split_once("</header>") {
            Some((_, body)) => body.to_string(),
            None => page,
        }
    };
    Ok((body(&source), body(&translated), warnings))
}

/// What safha does differently on purpose, or `None`:
/// - raw HTML, block or inline, is shown as text, with a `raw-html` warning;
/// - a link to a scheme other than http, https and mailto is shown as its text (what a
///   reader could not follow safely: `javascript:`, and with it `irc:` and made-up ones);
/// - an article whose body shows nothing (only link definitions) is refused
///   (`article-empty`): it is a mistake, never a publication;
/// - an image in running text (not alone in its paragraph, or alone in a link alone in
///   it, which makes a figure) is
///   shown as its alt text, with an `image-inline` warning: only a figure's image is
///   checked, copied into the site and published, on the web as in print.
fn departure(e: &Example) -> Option<&'static str> {
    use pulldown_cmark::{Event, Parser, Tag};
    let events: Vec<Event> =
        Parser::new_ext(&e.markdown, safha::article::markdown_options()).collect();
    if events
        .iter()
        .any(|ev| matches!(ev, Event::Html(_) | Event::InlineHtml(_)))
    {
        return Some(RAW_HTML);
    }
    let other_scheme = |url: &str| {
        url.split_once(':').is_some_and(|(scheme, _)| {
            let s = scheme.to_ascii_lowercase();
            s.starts_with(|c: char| c.is_ascii_alphabetic())
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                && !matches!(s.as_str(), "http" | "https" | "mailto")
        })
    };
    if events
        .iter()
        .any(|ev| matches!(ev, Event::Start(Tag::Link { dest_url, .. }) if other_scheme(dest_url)))
    {
        return Some(OTHER_SCHEME);
    }
    // An image in running text: anywhere but alone in its paragraph (a figure).
    let (mut para, mut images, mut other, mut depth) = (false, 0, false, 0usize);
    let mut inline_image = false;
    for ev in &events {
        match ev {
            Event::Start(Tag::Paragraph) => (para, images, other) = (true, 0, false),
            Event::End(pulldown_cmark::TagEnd::Paragraph) => {
                inline_image |= images > 1 || (images == 1 && other);
                para = false;
            }
            Event::Start(Tag::Image { .. }) => {
                inline_image |= !para;
                images += usize::from(depth == 0);
                depth += 1;
            }
            Event::End(pulldown_cmark::TagEnd::Image) => depth = depth.saturating_sub(1),
            Event::Text(t) if depth == 0 && !t.trim().is_empty() => other = true,
            // A link holding the lone image (`[![moon](moon.jpg)](/uri)`) is a figure too.
            Event::Start(Tag::Link { .. }) if depth == 0 => {}
            Event::Start(_) | Event::Code(_) | Event::FootnoteReference(_) if depth == 0 => {
                other = true
            }
            _ => {}
        }
    }
    if inline_image {
        return Some(INLINE_IMAGE);
    }
    let shows_something = events.iter().any(|ev| {
        !matches!(
            ev,
            Event::Start(Tag::Paragraph) | Event::End(_) | Event::SoftBreak | Event::Text(_)
        ) || matches!(ev, Event::Text(t) if !t.trim().is_empty())
    });
    if !shows_something {
        return Some(NO_BODY);
    }
    None
}

const RAW_HTML: &str = "raw HTML is shown as text, with a warning";
const OTHER_SCHEME: &str = "links to other schemes than http, https and mailto are text";
const NO_BODY: &str = "an article that shows nothing is refused";
const INLINE_IMAGE: &str = "an image in running text is its alt text, with a warning";

const KEEP: [&str; 8] = [
    "href", "src", "alt", "title", "start", "type", "checked", "disabled",
];
const UNWRAP: [&str; 9] = [
    "html", "body", "article", "header", "section", "div", "span", "bdi", "label",
];
const BLOCK: [&str; 21] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "figure",
    "footnote",
];

struct Canon {
    out: String,
    top_heading: u8,
    notes: Vec<(String, String)>,
    in_pre: usize,
}

fn canonical(html: &str) -> (String, Vec<(String, String)>) {
    let doc = Html::parse_fragment(html);
    let top_heading = doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter_map(|e| heading_level(&e))
        .min()
        .unwrap_or(1);
    let mut c = Canon {
        out: String::new(),
        top_heading,
        notes: Vec::new(),
        in_pre: 0,
    };
    for child in doc.root_element().children() {
        c.node(child);
    }
    let mut notes = c.notes;
    notes.sort();
    (tidy(&c.out), notes)
}

fn heading_level(e: &ElementRef) -> Option<u8> {
    let name = e.value().name();
    if name.len() == 2 && name.starts_with('h') {
        return name[1..].parse().ok();
    }
    if e.value().attr("role") == Some("heading") {
        return e.value().attr("aria-level").and_then(|l| l.parse().ok());
    }
    None
}

fn has_class(e: &ElementRef, class: &str) -> bool {
    e.value()
        .attr("class")
        .is_some_and(|c| c.split_whitespace().any(|k| k == class))
}

impl Canon {
    fn node(&mut self, node: ego_tree::NodeRef<'_, Node>) {
        match node.value() {
            Node::Text(t) => {
                let text = escape(t);
                if self.in_pre > 0 {
                    self.out.push_str(&text);
                } else {
                    let mut last_space = false;
                    for ch in text.chars() {
                        if ch.is_ascii_whitespace() {
                            if !last_space {
                                self.out.push(' ');
                            }
                            last_space = true;
                        } else {
                            self.out.push(ch);
                            last_space = false;
                        }
                    }
                }
            }
            Node::Element(_) => {
                if let Some(e) = ElementRef::wrap(node) {
                    self.element(e);
                }
            }
            _ => {}
        }
    }

    fn children(&mut self, e: ElementRef) {
        for child in e.children() {
            self.node(child);
        }
    }

    fn element(&mut self, e: ElementRef) {
        let el = e.value();
        let mut name = el.name().to_string();
        // Footnotes: a reference is its number; a definition is set aside as (number, note).
        if name == "sup" && (has_class(&e, "footnote-reference") || has_class(&e, "footnote-ref")) {
            let n: String = e.text().collect();
            self.out.push_str(&format!("[^{}]", n.trim()));
            return;
        }
        if has_class(&e, "footnote-definition") || (name == "li" && has_class(&e, "footnote")) {
            let mut inner = Canon {
                out: String::new(),
                top_heading: self.top_heading,
                notes: Vec::new(),
                in_pre: 0,
            };
            let mut label = String::new();
            for child in e.children() {
                if let Some(c) = ElementRef::wrap(child)
                    && (has_class(&c, "footnote-definition-label")
                        || has_class(&c, "footnote-back"))
                {
                    if label.is_empty() {
                        label = c.text().collect::<String>().trim().to_string();
                    }
                    continue;
                }
                inner.node(child);
            }
            if let Some(n) = el.attr("data-number") {
                label = n.to_string();
            }
            self.notes.push((label, tidy(&inner.out)));
            self.notes.extend(inner.notes);
            return;
        }
        if has_class(&e, "footnotes-heading") {
            return;
        }
        if name == "ol" && has_class(&e, "footnotes-list") {
            for child in e.children() {
                self.node(child);
            }
            return;
        }
        if UNWRAP.contains(&name.as_str()) {
            self.children(e);
            return;
        }
        if name == "figure" {
            name = "p".into();
        }
        if name == "figcaption" {
            return;
        }
        if let Some(level) = heading_level(&e) {
            name = format!("h{}", level + 1 - self.top_heading.min(level));
        }
        let mut attrs: Vec<(String, String)> = el
            .attrs()
            .filter(|(k, _)| KEEP.contains(k))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        for (class, align) in [
            ("align-start", "left"),
            ("align-center", "center"),
            ("align-end", "right"),
        ] {
            if has_class(&e, class) {
                attrs.push(("align".into(), align.into()));
            }
        }
        if let Some(a) = el.attr("align") {
            attrs.push(("align".into(), a.into()));
        }
        if let Some(a) = el
            .attr("style")
            .and_then(|s| s.strip_prefix("text-align: "))
        {
            attrs.push(("align".into(), a.trim_end_matches(';').into()));
        }
        attrs.sort();
        attrs.dedup();
        self.out.push('<');
        self.out.push_str(&name);
        for (k, v) in &attrs {
            self.out.push_str(&format!(" {k}=\"{}\"", escape(v)));
        }
        self.out.push('>');
        if matches!(name.as_str(), "img" | "br" | "hr" | "input") {
            return;
        }
        if name == "pre" {
            self.in_pre += 1;
        }
        self.children(e);
        if name == "pre" {
            self.in_pre -= 1;
        }
        self.out.push_str(&format!("</{name}>"));
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Whitespace next to a block element's tags goes.
fn tidy(s: &str) -> String {
    let mut out = s.to_string();
    for tag in BLOCK {
        for form in [format!("<{tag}>"), format!("</{tag}>"), format!("<{tag} ")] {
            out = out.replace(&format!(" {form}"), &form);
            if !form.ends_with(' ') {
                out = out.replace(&format!("{form} "), &form);
            }
        }
    }
    while out.contains("  ") && !out.contains("<pre>") {
        out = out.replace("  ", " ");
    }
    for tag in BLOCK {
        for form in [format!("<{tag}>"), format!("</{tag}>")] {
            out = out.replace(&format!(" {form}"), &form);
            out = out.replace(&format!("{form} "), &form);
        }
    }
    out.replace("<br> ", "<br>")
        .replace("<tbody></tbody>", "")
        .trim()
        .to_string()
}

/// Checks every example of `files`; returns the differences as `file:number` with a
/// description, how many examples were compared, and how many depart on purpose.
fn differences(files: &[&'static str]) -> (Vec<(String, String)>, usize, usize) {
    let mut out = Vec::new();
    let mut compared = 0;
    let mut departed = 0;
    for &file in files {
        for e in examples(file) {
            let key = format!("{}:{}", e.file, e.number);
            compared += 1;
            let departure = departure(&e);
            departed += usize::from(departure.is_some());
            let result = std::panic::catch_unwind(|| trip(&e.markdown));
            if departure == Some(NO_BODY) {
                if !matches!(&result, Ok(Err(why)) if why.contains("no body")) {
                    out.push((key, format!("[{}] an empty body was published", e.section)));
                }
                continue;
            }
            let (en, ur, warnings) = match result {
                Ok(Ok(r)) => r,
                Ok(Err(why)) => {
                    out.push((key, format!("[{}] not published: {why}", e.section)));
                    continue;
                }
                Err(_) => {
                    out.push((key, format!("[{}] panicked", e.section)));
                    continue;
                }
            };
            if departure == Some(RAW_HTML) {
                if !warnings.iter().any(|w| w == "raw-html") {
                    out.push((key, format!("[{}] raw HTML without a warning", e.section)));
                }
                continue;
            }
            if departure == Some(INLINE_IMAGE) {
                if !warnings.iter().any(|w| w == "image-inline") {
                    out.push((
                        key,
                        format!("[{}] an inline image without a warning", e.section),
                    ));
                }
                continue;
            }
            if departure == Some(OTHER_SCHEME) {
                if en.contains("href=\"irc:") || en.contains("href=\"localhost:") {
                    out.push((key, format!("[{}] a link to another scheme", e.section)));
                }
                continue;
            }
            let want = canonical(&e.html);
            for (lang, got) in [("en", &en), ("ur", &ur)] {
                let got = canonical(got);
                if got != want {
                    out.push((
                        key.clone(),
                        format!(
                            "[{}] {lang}\n  markdown: {:?}\n  want: {:?} {:?}\n  got:  {:?} {:?}",
                            e.section, e.markdown, want.0, want.1, got.0, got.1
                        ),
                    ));
                    break;
                }
            }
        }
    }
    (out, compared, departed)
}

fn check(files: &[&'static str]) {
    let (diffs, compared, departed) = differences(files);
    eprintln!(
        "{}: {} of {compared} examples differ; {departed} depart on purpose",
        files.join(", "),
        diffs.len(),
    );
    assert!(
        diffs.is_empty(),
        "{} differences from the spec:\n{}",
        diffs.len(),
        diffs
            .iter()
            .map(|(k, d)| format!("{k} {d}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn commonmark_spec() {
    check(&["spec.txt"]);
}

#[test]
fn gfm_and_pulldown_cmark_extensions() {
    check(&[
        "gfm_table.txt",
        "gfm_strikethrough.txt",
        "gfm_tasklist.txt",
        "table.txt",
        "strikethrough.txt",
        "footnotes.txt",
    ]);
}

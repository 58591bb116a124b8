//! The web site around the editions: index, canonical and alternate links, Open Graph,
//! Atom feeds, sitemap, WOFF2 web-font subsets, theme overrides, self-contained pages.

mod common;

use common::*;
use std::collections::BTreeSet;

const BASE: &str = "https://safha.example.org/";

fn attr(doc: &scraper::Html, selector: &str, name: &str) -> Vec<String> {
    doc.select(&sel(selector))
        .filter_map(|e| e.value().attr(name).map(str::to_string))
        .collect()
}

#[test]
fn index_lists_every_article_in_both_languages_with_every_edition() {
    let out = sample_build();
    let doc = html(&out.join("index.html"));
    let entry = doc.select(&sel("li.entry")).next().expect("one entry");
    let titles: Vec<(Option<String>, String)> = entry
        .select(&sel("h2"))
        .map(|h| {
            (
                h.value().attr("lang").map(str::to_string),
                h.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        titles[0].1,
        "New wave of Terrorism and Pakistan’s Foreign Policy Towards Afghanistan"
    );
    assert_eq!(titles[1].0.as_deref(), Some("ur"));
    assert!(titles[1].1.starts_with("دہشت گردی کی نئی لہر"));
    assert_eq!(entry.select(&sel("p.summary")).count(), 2);
    let links: Vec<String> = entry
        .select(&sel(".editions a"))
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    for stem in ["en", "ur", "parallel"] {
        for ext in ["html", "pdf"] {
            let href = format!("{SLUG}/{stem}.{ext}");
            assert!(links.contains(&href), "{href} not linked: {links:?}");
            assert!(out.join(&href).is_file(), "{href} does not exist");
        }
    }
    // Feeds are announced.
    let feeds = attr(&doc, "link[type=\"application/atom+xml\"]", "href");
    assert_eq!(
        feeds,
        [format!("{BASE}feeds/en.xml"), format!("{BASE}feeds/ur.xml")]
    );
}

#[test]
fn editions_carry_canonical_alternates_and_open_graph() {
    let out = sample_build();
    for stem in ["en", "ur", "parallel"] {
        let doc = html(&out.join(SLUG).join(format!("{stem}.html")));
        let own = format!("{BASE}{SLUG}/{stem}.html");
        assert_eq!(
            attr(&doc, "link[rel=canonical]", "href"),
            std::slice::from_ref(&own),
            "{stem}"
        );
        assert_eq!(attr(&doc, "meta[property=\"og:url\"]", "content"), [own]);
        let hreflang: Vec<(String, String)> = doc
            .select(&sel("link[rel=alternate][hreflang]:not([type])"))
            .map(|l| {
                (
                    l.value().attr("hreflang").unwrap().to_string(),
                    l.value().attr("href").unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(
            hreflang,
            [
                ("en".to_string(), format!("{BASE}{SLUG}/en.html")),
                ("ur".to_string(), format!("{BASE}{SLUG}/ur.html")),
                ("x-default".to_string(), format!("{BASE}{SLUG}/en.html")),
            ],
            "{stem}"
        );
        let locale = attr(&doc, "meta[property=\"og:locale\"]", "content");
        assert_eq!(locale, [if stem == "en" { "en" } else { "ur" }]);
        let title = attr(&doc, "meta[property=\"og:title\"]", "content");
        assert!(!title[0].is_empty());
        let feed = attr(&doc, "link[type=\"application/atom+xml\"]", "href");
        assert_eq!(
            feed,
            [format!(
                "{BASE}feeds/{}.xml",
                if stem == "en" { "en" } else { "ur" }
            )]
        );
        // The language switcher links every edition and this edition's PDF.
        let switch = attr(&doc, "nav .switcher a", "href");
        for target in [
            "en.html",
            "ur.html",
            "parallel.html",
            &format!("{stem}.pdf"),
        ] {
            assert!(
                switch.iter().any(|h| h == target),
                "{stem}: {target} in {switch:?}"
            );
        }
    }
}

#[test]
fn atom_feeds_and_sitemap_are_well_formed_and_complete() {
    let out = sample_build();
    for (lang, title) in [
        (
            "en",
            "New wave of Terrorism and Pakistan’s Foreign Policy Towards Afghanistan",
        ),
        (
            "ur",
            "دہشت گردی کی نئی لہر اور افغانستان کے بارے میں پاکستان کی خارجہ پالیسی",
        ),
    ] {
        let text = read(&out.join(format!("feeds/{lang}.xml")));
        let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().name(), "feed");
        assert_eq!(
            feed.tag_name().namespace(),
            Some("http://www.w3.org/2005/Atom")
        );
        let child = |n: roxmltree::Node, name: &str| {
            n.children()
                .find(|c| c.tag_name().name() == name)
                .and_then(|c| c.text())
                .map(str::to_string)
        };
        for required in ["id", "title", "updated"] {
            assert!(
                child(feed, required).is_some(),
                "feed {lang} lacks {required}"
            );
        }
        let entries: Vec<_> = feed
            .children()
            .filter(|c| c.tag_name().name() == "entry")
            .collect();
        assert_eq!(entries.len(), 1);
        assert_eq!(child(entries[0], "title").as_deref(), Some(title));
        let link = entries[0]
            .children()
            .find(|c| c.tag_name().name() == "link")
            .and_then(|l| l.attribute("href"));
        assert_eq!(link, Some(format!("{BASE}{SLUG}/{lang}.html").as_str()));
    }
    let text = read(&out.join("sitemap.xml"));
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let locs: BTreeSet<String> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    let expected: BTreeSet<String> = [
        "index.html",
        &format!("{SLUG}/en.html"),
        &format!("{SLUG}/ur.html"),
        &format!("{SLUG}/parallel.html"),
    ]
    .iter()
    .map(|p| format!("{BASE}{p}"))
    .collect();
    assert_eq!(locs, expected);
    let alternates = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "link" && n.attribute("hreflang").is_some())
        .count();
    assert_eq!(alternates, 4, "en and ur pages list each other");
}

/// `@font-face` blocks of a stylesheet: (family, weight, style, url, unicode-range).
fn font_faces(css: &str) -> Vec<(String, String, String, String, String)> {
    let field = |block: &str, name: &str| {
        block
            .split(';')
            .find_map(|d| {
                d.trim()
                    .strip_prefix(name)
                    .map(|v| v.trim_start_matches(':').trim().to_string())
            })
            .unwrap_or_default()
    };
    css.split("@font-face")
        .skip(1)
        .map(|b| {
            let block = &b[b.find('{').unwrap() + 1..b.find('}').unwrap()];
            let src = field(block, "src");
            let url = src.split('"').nth(1).unwrap_or_default().to_string();
            (
                field(block, "font-family").trim_matches('"').to_string(),
                field(block, "font-weight"),
                field(block, "font-style"),
                url,
                field(block, "unicode-range"),
            )
        })
        .collect()
}

fn in_range(range: &str, c: char) -> bool {
    range.split(',').any(|r| {
        let r = r.trim().trim_start_matches("U+");
        let (a, b) = r.split_once('-').unwrap_or((r, r));
        let (a, b) = (
            u32::from_str_radix(a, 16).unwrap(),
            u32::from_str_radix(b, 16).unwrap(),
        );
        (a..=b).contains(&(c as u32))
    })
}

#[test]
fn web_fonts_are_small_woff2_subsets_covering_every_character() {
    let out = sample_build();
    let css = read(&out.join("style.css"));
    let faces = font_faces(&css);
    assert!(!faces.is_empty());
    let ur_page = read(&out.join(SLUG).join("ur.html"));
    let doc = scraper::Html::parse_document(&ur_page);
    let text: String = doc.root_element().text().collect();
    let nastaliq = faces
        .iter()
        .find(|f| f.0 == "Noto Nastaliq Urdu" && f.1 == "400")
        .expect("a Nastaliq face");
    for c in text.chars().filter(|c| is_arabic(*c) && !c.is_whitespace()) {
        assert!(
            in_range(&nastaliq.4, c),
            "U+{:04X} not in the Nastaliq subset",
            c as u32
        );
    }
    for (_, _, _, url, _) in &faces {
        assert!(url.ends_with(".woff2"), "{url}");
        let bytes = std::fs::read(out.join(url)).unwrap();
        assert_eq!(&bytes[..4], b"wOF2", "{url}");
        let ttf = std::fs::metadata(repo().join("fonts").join(ttf_name(url)))
            .unwrap()
            .len();
        assert!(
            (bytes.len() as u64) * 3 < ttf,
            "{url}: {} bytes vs {ttf}",
            bytes.len()
        );
    }
    // What a reader of ur.html downloads: the page, the stylesheet and the regular faces
    // its text needs (Nastaliq, and the Latin face for TTP and digits).
    let latin = faces
        .iter()
        .find(|f| f.0 == "Noto Serif" && f.1 == "400" && f.2 == "normal")
        .unwrap();
    let bytes = ur_page.len()
        + css.len()
        + std::fs::metadata(out.join(&nastaliq.3)).unwrap().len() as usize
        + std::fs::metadata(out.join(&latin.3)).unwrap().len() as usize;
    eprintln!("a reader of ur.html downloads {bytes} bytes");
    assert!(bytes < 200_000, "{bytes} bytes");
    assert!(
        !out.join("fonts")
            .join("NotoNastaliqUrdu-Regular.ttf")
            .exists()
    );
    assert!(
        out.join("fonts/OFL.txt").is_file(),
        "the licence travels with the fonts"
    );
}

/// `fonts/NotoSerif-Bold.0123456789.woff2` → `NotoSerif-Bold.ttf`
fn ttf_name(url: &str) -> String {
    let stem = url.trim_start_matches("fonts/");
    format!("{}.ttf", stem.split('.').next().unwrap())
}

/// The fixture project `two` with `templates/edition.html` holding `template`.
fn with_edition_template(template: &str) -> tempfile::TempDir {
    let project = temp_project(&fixture("two"));
    std::fs::create_dir(project.path().join("templates")).unwrap();
    std::fs::write(project.path().join("templates/edition.html"), template).unwrap();
    project
}

#[test]
fn a_projects_template_may_look_into_the_body() {
    // The theme's own page is rendered around a placeholder for the body; a project's
    // template gets the body itself.
    let project = with_edition_template(
        "{% extends \"base.html\" %}{% block main %}{% if body|length > 40 %}<p class=\"long\">long</p>{% endif %}{{ body|safe }}{% endblock %}",
    );
    let dir = project.path();
    let run = safha(dir, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = html(&dir.join("dist/alpha/ur.html"));
    assert_eq!(page.select(&sel("article")).count(), 1);
    assert_eq!(
        page.select(&sel("p.long")).count(),
        1,
        "the template saw the body"
    );
    assert!(!read(&dir.join("dist/alpha/ur.html")).contains('\u{FDD0}'));
}

#[test]
fn templates_in_the_project_override_the_theme_and_errors_are_located() {
    let project = with_edition_template(
        "{% extends \"base.html\" %}{% block main %}<p class=\"house-banner\">{{ title }}</p>{{ body|safe }}{% endblock %}",
    );
    let dir = project.path();
    let run = safha(dir, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = html(&dir.join("dist/alpha/ur.html"));
    assert_eq!(page.select(&sel("p.house-banner")).count(), 1);
    assert!(
        page.select(&sel("article")).count() == 1,
        "the body is still there"
    );
    // A broken template stops the build at its line, and the pages already built stay.
    let before = read(&dir.join("dist/alpha/ur.html"));
    std::fs::write(
        dir.join("templates/base.html"),
        "<!DOCTYPE html>\n<html>\n{% if %}\n</html>\n",
    )
    .unwrap();
    let run = safha(dir, &["build", "--format", "html"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[template]"), "{}", run.stderr);
    assert!(
        run.stderr.contains("--> templates/base.html:3:"),
        "{}",
        run.stderr
    );
    assert_eq!(read(&dir.join("dist/alpha/ur.html")), before);
}

#[test]
fn self_contained_pages_need_no_other_file() {
    let project = temp_project(&repo());
    let dir = project.path();
    let run = safha(dir, &["build", "--format", "html", "--self-contained"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for stem in ["en", "ur", "parallel"] {
        let text = read(&dir.join("dist").join(SLUG).join(format!("{stem}.html")));
        let doc = scraper::Html::parse_document(&text);
        assert_eq!(
            doc.select(&sel("link[rel=stylesheet]")).count(),
            0,
            "{stem}"
        );
        assert_eq!(doc.select(&sel("style")).count(), 1, "{stem}");
        assert!(
            text.contains("src: url(\"data:font/woff2;base64,"),
            "{stem}: fonts inlined"
        );
        assert!(
            !text.contains("url(\"fonts/") && !text.contains("../fonts/"),
            "{stem}"
        );
        for el in doc.select(&sel("[src]")) {
            assert!(
                el.value().attr("src").unwrap().starts_with("data:"),
                "{stem}"
            );
        }
        // Small enough to mail: subset to this page's characters.
        assert!(text.len() < 400_000, "{stem}: {} bytes", text.len());
    }
    // The index links the site's stylesheet, which is there.
    let index = html(&dir.join("dist/index.html"));
    for link in index.select(&sel("link[rel=stylesheet]")) {
        let href = link.value().attr("href").unwrap();
        assert!(dir.join("dist").join(href).is_file(), "{href}");
    }
}

#[test]
fn the_stylesheet_serves_both_directions_and_print() {
    let css = read(&sample_build().join("style.css"));
    // Logical properties only: nothing physical that would need a mirrored copy.
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align: left",
        "text-align: right",
        "float:",
        "border-left",
        "border-right",
    ] {
        assert!(!css.contains(physical), "style.css uses {physical}");
    }
    let print = &css[css.find("@media print").expect("a print stylesheet")..];
    assert!(print.contains(".site-header") && print.contains("display: none"));
    // A language's rules select the elements in that language, never every descendant
    // of one: the parallel page's root is Urdu, and `:lang(ur) em` made its English
    // column's emphasis upright and coloured, `:lang(ur) .summary` its summary larger.
    for rule in css.split('}') {
        let selectors = rule.split('{').next().unwrap_or("");
        for selector in selectors.split(',') {
            let selector = selector.trim();
            if let Some(at) = selector.find(":lang(ur)") {
                let after = &selector[at + ":lang(ur)".len()..];
                assert!(
                    !after.starts_with(' ') || after.trim().is_empty(),
                    "`{selector}` styles whatever an Urdu element holds"
                );
            }
        }
    }
}

#[test]
fn a_slug_the_site_needs_is_refused() {
    let project = temp_project(&fixture("two"));
    let dir = project.path();
    std::fs::rename(dir.join("content/alpha.md"), dir.join("content/fonts.md")).unwrap();
    let run = safha(dir, &["build", "--format", "html"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("error[slug-reserved]: an article cannot be called `fonts`"),
        "{}",
        run.stderr
    );
    assert!(
        dir.join("dist/beta/en.html").exists(),
        "the other article still builds"
    );
}

#[test]
fn a_third_language_gets_its_name_its_links_and_nastaliq() {
    let project = temp_project(&fixture("two"));
    let p = project.path();
    let pa = p.join("locales/pa-Arab");
    std::fs::create_dir_all(&pa).unwrap();
    for slug in ["alpha", "beta"] {
        std::fs::copy(
            p.join(format!("locales/ur/{slug}.ftl")),
            pa.join(format!("{slug}.ftl")),
        )
        .unwrap();
    }
    let run = safha(p, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Punjabi in Shahmukhi is set in Nastaliq on the web, as in its PDF.
    let css = read(&p.join("dist/style.css"));
    assert!(css.contains(":lang(pa-Arab)"), "{css}");
    let page = html(&p.join("dist/alpha/ur.html"));
    let links: Vec<(String, String, String)> = page
        .select(&sel("nav a[hreflang]"))
        .map(|a| {
            let v = a.value();
            (
                v.attr("href").unwrap_or_default().to_string(),
                v.attr("hreflang").unwrap_or_default().to_string(),
                a.text().collect::<String>(),
            )
        })
        .collect();
    // Each link's hreflang is the language of the page it leads to, and a language with no
    // ui.ftl of its own is called by its own name, never by another language's.
    let find = |href: &str| links.iter().find(|l| l.0 == href).cloned();
    assert_eq!(
        find("pa-Arab.html").map(|l| l.1),
        Some("pa-Arab".into()),
        "{links:?}"
    );
    assert_eq!(
        find("pa-Arab.html").map(|l| l.2),
        Some("پنجابی".into()),
        "{links:?}"
    );
    // Two parallel editions: one is parallel.html (the first target), the other is named
    // by its language.
    let parallels: Vec<_> = links
        .iter()
        .filter(|l| l.0.starts_with("parallel"))
        .collect();
    assert_eq!(parallels.len(), 2, "{links:?}");
    for (href, hreflang, label) in parallels {
        if let Some(tag) = href
            .strip_prefix("parallel-")
            .and_then(|h| h.strip_suffix(".html"))
        {
            assert_eq!(hreflang, tag, "{links:?}");
        }
        assert!(!label.contains("pa-Arab"), "a name, not a tag: {label}");
    }
    assert_eq!(find("en.html").map(|l| l.1), Some("en".into()), "{links:?}");
}

#[test]
fn editions_and_fonts_a_build_no_longer_makes_are_removed() {
    let project = temp_project(&fixture("two"));
    let p = project.path();
    let run = safha(p, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(p.join("dist/beta/ur.html").is_file());
    // New characters make new font subsets; beta's Urdu falls below min_complete.
    let alpha = p.join("locales/ur/alpha.ftl");
    std::fs::write(
        &alpha,
        read(&alpha).replace("الفا کا متن", "الفا کا نیا متن ژ"),
    )
    .unwrap();
    std::fs::write(p.join("locales/ur/beta.ftl"), "title = بیٹا\n").unwrap();
    let run = safha(p, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !p.join("dist/beta/ur.html").exists(),
        "a held-back edition stays reachable"
    );
    assert!(!p.join("dist/beta/parallel.html").exists());
    assert!(p.join("dist/beta/en.html").is_file());
    assert!(p.join("dist/alpha/ur.html").is_file());
    // Every font file left is one the stylesheet names.
    let css = read(&p.join("dist/style.css"));
    for e in std::fs::read_dir(p.join("dist/fonts")).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".woff2") {
            assert!(css.contains(&name), "{name} is not in style.css");
        }
    }
}

#[test]
fn a_build_of_one_format_leaves_the_others_files_in_place() {
    let project = temp_project(&fixture("notes"));
    let p = project.path();
    assert_eq!(safha(p, &["build"]).code, 0);
    let pages = ["en.html", "ur.html", "parallel.html"].map(|f| p.join("dist/report").join(f));
    let pdfs = ["en.pdf", "ur.pdf", "parallel.pdf"].map(|f| p.join("dist/report").join(f));
    let run = safha(p, &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for f in pages.iter().chain(&pdfs) {
        assert!(f.exists(), "{} went", f.display());
    }
    let run = safha(p, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for f in pages.iter().chain(&pdfs) {
        assert!(f.exists(), "{} went", f.display());
    }
    // A language held back still loses its editions, of the formats the build makes.
    std::fs::remove_file(p.join("locales/ur/report.ftl")).unwrap();
    let run = safha(p, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!pages[1].exists() && !pages[2].exists());
    assert!(pages[0].exists() && pdfs[1].exists());
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!pdfs[1].exists() && !pdfs[2].exists() && pdfs[0].exists());
}

//! A handout with everything real articles carry (tests/fixtures/notes): footnotes, task
//! lists, a GitHub table, links, images (with an Urdu version of a chart), verse and a
//! byline, through extract, translation and build. Each note is a message of its own
//! with a comment saying where it is referred to; the Urdu translation moves the markers
//! within its sentences and they still work; every reference links to its note and back,
//! numbered in Urdu digits on the Urdu page; the parallel edition pairs the notes like
//! paragraphs. The PDFs carry the images, the links as annotations, bookmarks, the byline
//! and couplets set as Urdu print sets them.

mod common;

use common::*;
use scraper::Html;

fn built() -> tempfile::TempDir {
    let project = temp_project(&fixture("notes"));
    let run = safha(project.path(), &["extract"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = safha(project.path(), &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("markup-note"), "{}", run.stderr);
    let run = safha(project.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    project
}

/// Three attributes or texts of a link.
type Link = (String, String, String);

/// (href, id, text) of every reference; (id, back href, number) of every note.
fn refs_and_notes(page: &Html) -> (Vec<Link>, Vec<Link>) {
    let refs = page
        .select(&sel("sup.footnote-ref > a"))
        .map(|a| {
            (
                a.attr("href").unwrap().to_string(),
                a.attr("id").unwrap().to_string(),
                a.text().collect(),
            )
        })
        .collect();
    let notes = page
        .select(&sel(".footnote"))
        .map(|n| {
            let back = n.select(&sel("a.footnote-back")).next().unwrap();
            (
                n.attr("id").unwrap().to_string(),
                back.attr("href").unwrap().to_string(),
                back.text().collect(),
            )
        })
        .collect();
    (refs, notes)
}

#[test]
fn notes_are_messages_that_say_where_they_belong() {
    let project = built();
    let en = read(&project.path().join("locales/en/report.ftl"));
    assert!(
        en.contains("# Footnote 1 ([^talks]), referred to in p-negotiators-met-in-kabul\nnote-reported-by-the-ministry ="),
        "{en}"
    );
    assert!(en.contains("# Footnote 2 ([^rounds])"), "{en}");
}

#[test]
fn references_and_notes_link_both_ways_in_each_language() {
    let project = built();
    let dist = project.path().join("dist/report");
    for (page, digits) in [("en.html", ["1", "2"]), ("ur.html", ["۱", "۲"])] {
        let html = html(&dist.join(page));
        let (refs, notes) = refs_and_notes(&html);
        // English: talks, rounds, talks again, and the table's rounds. Urdu moved the
        // markers: rounds first, then talks twice; the table's as before.
        assert_eq!(refs.len(), 4, "{page}: {refs:?}");
        assert_eq!(notes.len(), 2, "{page}: {notes:?}");
        for (n, (id, back, number)) in notes.iter().enumerate() {
            assert_eq!(*id, format!("fn-{}", n + 1), "{page}");
            assert_eq!(number, digits[n], "{page}");
            // The back link goes to a reference that exists and points here.
            let target = refs.iter().find(|(_, rid, _)| format!("#{rid}") == *back);
            let (href, _, text) = target.unwrap_or_else(|| panic!("{page}: {back} missing"));
            assert_eq!(*href, format!("#{id}"), "{page}");
            assert_eq!(text, digits[n], "{page}");
        }
        // Ids are unique however often a note is referred to.
        let mut ids: Vec<&String> = refs.iter().map(|(_, id, _)| id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), refs.len(), "{page}");
        // The note's own text is there, second paragraph and link included.
        let text: String = html.root_element().text().collect();
        assert!(
            text.contains("Islamabad") || text.contains("اسلام آباد"),
            "{page}"
        );
        assert_eq!(
            html.select(&sel(".footnote a[href='https://example.org/ministry']"))
                .count(),
            1,
            "{page}"
        );
    }
    let ur = read(&dist.join("ur.html"));
    // The Urdu sentence starts with the second note's marker: order as translated.
    let first = ur.find("footnote-ref").unwrap();
    assert!(
        ur[first..].starts_with("footnote-ref\"><a href=\"#fn-2\""),
        "{}",
        &ur[first..first + 80]
    );
}

#[test]
fn tasks_and_aligned_cells_are_what_github_shows() {
    let project = built();
    let page = html(&project.path().join("dist/report/en.html"));
    let boxes: Vec<bool> = page
        .select(&sel("li input[type=checkbox][disabled]"))
        .map(|i| i.attr("checked").is_some())
        .collect();
    assert_eq!(boxes, [true, false]);
    assert_eq!(page.select(&sel("td.align-center")).count(), 2);
    assert_eq!(page.select(&sel("td.align-end")).count(), 2);
    // `###` under `##` is one level down, under the page's own `h1`.
    assert_eq!(
        page.select(&sel("article h2")).count(),
        2,
        "What was agreed; Notes"
    );
    assert_eq!(page.select(&sel("article h3")).count(), 1);
    // The autolink at a line's start is a link.
    assert_eq!(
        page.select(&sel("a[href='https://example.org/observers']"))
            .count(),
        1
    );
}

#[test]
fn the_parallel_edition_pairs_the_notes_like_paragraphs() {
    let project = built();
    let page = html(&project.path().join("dist/report/parallel.html"));
    let pairs: Vec<Vec<String>> = page
        .select(&sel(".footnotes .pair"))
        .map(|p| {
            p.select(&sel(":scope > *"))
                .map(|c| c.attr("lang").unwrap_or("").to_string())
                .collect()
        })
        .collect();
    // The headings, then each note's paragraphs: English left, Urdu right.
    assert_eq!(pairs.len(), 4, "{pairs:?}");
    assert!(pairs.iter().all(|p| p == &["en", "ur"]), "{pairs:?}");
    // Each side's references go to that side's notes.
    for side in ["en", "ur"] {
        let refs = page
            .select(&sel(&format!("[lang={side}] sup.footnote-ref > a")))
            .count();
        let notes = page.select(&sel(&format!("[id^=fn-{side}-]"))).count();
        assert_eq!((refs > 0, notes), (true, 2), "{side}");
    }
}

#[test]
fn the_pdf_keeps_every_note_with_its_number() {
    let project = built();
    let text = extract("poppler", &project.path().join("dist/report/en.pdf"));
    assert!(text.contains("[1]") && text.contains("[2]"), "{text}");
    assert!(text.contains("Islamabad") && text.contains("joint statement"));
    let ur = extract("poppler", &project.path().join("dist/report/ur.pdf"));
    assert!(ur.contains("اسلام آباد"), "{ur}");
}

#[test]
fn the_byline_credits_author_translator_and_date_in_each_language() {
    let project = built();
    let dist = project.path().join("dist/report");
    let en = extract("poppler", &dist.join("en.pdf"));
    assert!(
        en.contains("By Staff reporter · Published on 30 November 2026"),
        "{en}"
    );
    assert!(
        !en.contains("عائشہ"),
        "the source edition credits no translator"
    );
    let ur = extract("poppler", &dist.join("ur.pdf"));
    let ur: String = ur
        .chars()
        .filter(|c| !('\u{200e}'..='\u{202e}').contains(c))
        .collect();
    assert!(ur.contains("ترجمہ: عائشہ خان"), "{ur}");
    // Day, month, year in that order (poppler moves the colons next to an isolate).
    assert!(ur.contains("۳۰ نومبر ۲۰۲۶"), "{ur}");
    let page = read(&dist.join("ur.html"));
    // The label an element of its own, apart from the isolated name: each element's own
    // text in one script (a font check met `تحریر:` under a Latin author's name).
    assert!(
        page.contains("<span>ترجمہ:</span> <bdi>عائشہ خان</bdi>"),
        "{page}"
    );
    assert!(page.contains("<bdi>۳۰ نومبر ۲۰۲۶</bdi>"), "{page}");
    let parallel = extract("poppler", &dist.join("parallel.pdf"));
    assert!(parallel.contains("By Staff reporter"), "{parallel}");
}

/// (page, rect, URI) of every link annotation.
fn link_annotations(pdf: &std::path::Path) -> Vec<(u32, [f64; 4], String)> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let mut out = Vec::new();
    for (n, page) in doc.get_pages() {
        let page = doc.get_object(page).unwrap().as_dict().unwrap();
        let Ok(annots) = page.get(b"Annots").and_then(|a| a.as_array()) else {
            continue;
        };
        out.extend(annots.iter().map(|a| {
            let a = doc.dereference(a).unwrap().1.as_dict().unwrap();
            let r: Vec<f64> = a
                .get(b"Rect")
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_float().unwrap() as f64)
                .collect();
            let uri = a.get(b"A").unwrap().as_dict().unwrap().get(b"URI").unwrap();
            let uri = String::from_utf8(uri.as_str().unwrap().to_vec()).unwrap();
            (n, [r[0], r[1], r[2], r[3]], uri)
        }));
    }
    out
}

/// Words on page `page` with their boxes (y down), as pdftotext finds them.
fn words(pdf: &std::path::Path, page: u32) -> Vec<([f64; 4], String)> {
    let page = page.to_string();
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox", "-f", &page, "-l", &page])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout);
    let num = |s: &str, key: &str| -> f64 {
        let at = s.find(key).unwrap() + key.len();
        s[at..].split('"').next().unwrap().parse().unwrap()
    };
    html.split("<word ")
        .skip(1)
        .map(|w| {
            let text = w.split('>').nth(1).unwrap().split('<').next().unwrap();
            (
                [
                    num(w, "xMin=\""),
                    num(w, "yMin=\""),
                    num(w, "xMax=\""),
                    num(w, "yMax=\""),
                ],
                text.to_string(),
            )
        })
        .collect()
}

#[test]
fn links_are_annotations_over_their_words_on_every_line() {
    let project = built();
    let dist = project.path().join("dist/report");
    for stem in ["en", "ur", "parallel"] {
        let pdf = dist.join(format!("{stem}.pdf"));
        let links = link_annotations(&pdf);
        let height = 841.89;
        for url in [
            "https://example.org/observers",
            "https://example.org/ministry",
        ] {
            let rects: Vec<(u32, &[f64; 4])> = links
                .iter()
                .filter(|(_, _, u)| u == url)
                .map(|(p, r, _)| (*p, r))
                .collect();
            assert!(!rects.is_empty(), "{stem}: no link to {url}");
            // Whatever the line breaks, the words inside the rectangles spell the address
            // (the address is the link's text here).
            let mut inside = String::new();
            for (page, r) in &rects {
                assert!(r[0] < r[2] && r[1] < r[3], "{stem}: {r:?}");
                for (b, w) in &words(&pdf, *page) {
                    let (top, bottom) = (height - r[3], height - r[1]);
                    let cx = (b[0] + b[2]) / 2.0;
                    let cy = (b[1] + b[3]) / 2.0;
                    if cx > r[0] && cx < r[2] && cy > top && cy < bottom {
                        inside.push_str(w);
                    }
                }
            }
            let bare: String = url.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            let got: String = inside
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect();
            assert!(
                got.contains(&bare),
                "{stem}: {url} covers {inside:?} in {rects:?}"
            );
            // And nothing else: the address once per column.
            let columns = if stem == "parallel" { 2 } else { 1 };
            assert!(
                got.len() <= bare.len() * columns,
                "{stem}: {url} covers {inside:?}"
            );
        }
    }
}

/// Page `page` of `pdf` rendered at 72 dpi (a pixel a point): width, height and RGB bytes.
fn rendered(pdf: &std::path::Path, page: u32) -> (usize, usize, Vec<u8>) {
    let out = std::process::Command::new("pdftoppm")
        .args(["-r", "72", "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .output()
        .expect("pdftoppm (poppler-utils)");
    assert!(
        out.status.success(),
        "pdftoppm {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    // Binary PPM: "P6", width, height, 255, then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let end = at
            + out.stdout[at..]
                .iter()
                .position(u8::is_ascii_whitespace)
                .unwrap();
        if end > at {
            fields.push(String::from_utf8_lossy(&out.stdout[at..end]).into_owned());
        }
        at = end + 1;
    }
    let (w, h) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, out.stdout[at..].to_vec())
}

/// A link's words are drawn in the accent colour (as on the web), other words in black:
/// a reader of the PDF on screen sees what can be followed. Checked on the rendered page:
/// every link rectangle holds tinted pixels, and no word outside a link does, but
/// emphasis in Urdu (`*مفید*`): Nastaliq has no italic, and the web page colours it (it
/// was printed plain, the emphasis lost). The English `*useful*` is slanted, not tinted.
#[test]
fn links_and_urdu_emphasis_are_drawn_in_the_accent_colour() {
    let project = built();
    let dist = project.path().join("dist/report");
    let tinted = |p: &[u8]| i32::from(p[2]) - i32::from(p[0]) > 40;
    for stem in ["en", "ur", "parallel"] {
        let pdf = dist.join(format!("{stem}.pdf"));
        let links = link_annotations(&pdf);
        assert!(!links.is_empty(), "{stem}: no links");
        let mut stressed = 0;
        for page in 1..=2 {
            let (w, h, px) = rendered(&pdf, page);
            let pixel = |x: usize, y: usize| &px[(y * w + x) * 3..(y * w + x) * 3 + 3];
            let count = |[x0, y0, x1, y1]: [f64; 4]| {
                let (x0, x1) = (x0.max(0.0) as usize, (x1 as usize).min(w - 1));
                let (y0, y1) = (y0.max(0.0) as usize, (y1 as usize).min(h - 1));
                (y0..=y1)
                    .flat_map(|y| (x0..=x1).map(move |x| (x, y)))
                    .filter(|&(x, y)| tinted(pixel(x, y)))
                    .count()
            };
            let on_page: Vec<[f64; 4]> = (links.iter())
                .filter(|(p, _, _)| *p == page)
                .map(|(_, r, _)| [r[0], h as f64 - r[3], r[2], h as f64 - r[1]])
                .collect();
            assert!(page > 1 || !on_page.is_empty(), "{stem}: no links on p1");
            for r in &on_page {
                assert!(
                    count(*r) > 3,
                    "{stem}: a link drawn without its colour at {r:?}"
                );
            }
            let inside = |b: &[f64; 4]| {
                let (cx, cy) = ((b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0);
                on_page
                    .iter()
                    .any(|r| cx > r[0] && cx < r[2] && cy > r[1] && cy < r[3])
            };
            // poppler gives an Urdu word's letters in either order.
            let emphasis = |t: &str| t == "مفید" || t == "دیفم";
            let (emphasised, plain): (Vec<_>, Vec<_>) = (words(&pdf, page).into_iter())
                .filter(|(b, _)| !inside(b))
                .partition(|(_, t)| emphasis(t));
            for (b, word) in &emphasised {
                assert!(count(*b) > 3, "{stem}: `{word}` drawn without its colour");
                stressed += 1;
            }
            assert!(plain.len() > 20, "{stem} p{page}: {} words", plain.len());
            for (b, word) in &plain {
                // A pixel in from each side: the box of an Urdu word with the marks after
                // its space can touch the link that starts there.
                let inner = [b[0] + 1.0, b[1], b[2] - 1.0, b[3]];
                assert_eq!(count(inner), 0, "{stem} p{page}: `{word}` is tinted");
            }
        }
        assert_eq!(stressed, usize::from(stem != "en"), "{stem}");
    }
}

#[test]
fn print_urls_prints_each_address_after_its_text() {
    let project = built();
    let dist = project.path().join("dist/report");
    let en = extract("poppler", &dist.join("en.pdf"));
    assert!(!en.contains("(https://example.org/statement)"), "{en}");
    std::fs::write(
        project.path().join("safha.toml"),
        "[pdf]\nprint_urls = true\n",
    )
    .unwrap();
    let run = safha(project.path(), &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let en = extract("poppler", &dist.join("en.pdf"));
    let flat = en.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("statement (https://example.org/statement)"),
        "{flat}"
    );
    // An autolink's text is its address already: not printed twice.
    assert_eq!(flat.matches("example.org/observers").count(), 1, "{flat}");
    let ur = extract("poppler", &dist.join("ur.pdf"));
    assert!(ur.contains("https://example.org/statement"), "{ur}");
    // The printed address is a link too.
    let links = link_annotations(&dist.join("en.pdf"));
    let statement = links
        .iter()
        .filter(|(_, _, u)| u == "https://example.org/statement")
        .count();
    assert!(statement >= 2, "{links:?}");
}

/// The outline as (depth, title), in order.
fn outline(pdf: &std::path::Path) -> Vec<(usize, String)> {
    let doc = lopdf::Document::load(pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let root = catalog.get(b"Outlines").unwrap().as_reference().unwrap();
    let mut out = Vec::new();
    let mut stack = vec![(
        0usize,
        doc.get_object(root)
            .unwrap()
            .as_dict()
            .unwrap()
            .get(b"First")
            .ok()
            .and_then(|f| f.as_reference().ok()),
    )];
    while let Some((depth, Some(id))) = stack.pop() {
        let item = doc.get_object(id).unwrap().as_dict().unwrap();
        let title = lopdf::decode_text_string(item.get(b"Title").unwrap()).unwrap();
        let dest = item.get(b"Dest").unwrap().as_array().unwrap();
        assert!(dest[0].as_reference().is_ok(), "{title}: no page");
        out.push((depth, title));
        let next = item.get(b"Next").ok().and_then(|n| n.as_reference().ok());
        stack.push((depth, next));
        let first = item.get(b"First").ok().and_then(|n| n.as_reference().ok());
        stack.push((depth + 1, first));
    }
    out
}

#[test]
fn bookmarks_follow_the_headings_in_each_language() {
    let project = built();
    let dist = project.path().join("dist/report");
    let own = |depth: usize, t: &str| (depth, t.to_string());
    assert_eq!(
        outline(&dist.join("en.pdf")),
        [
            own(0, "Water talks in Kabul"),
            own(1, "What was agreed"),
            own(2, "Reactions"),
        ]
    );
    assert_eq!(
        outline(&dist.join("ur.pdf")),
        [
            own(0, "کابل میں پانی پر مذاکرات"),
            own(1, "کیا طے پایا"),
            own(2, "ردِعمل"),
        ]
    );
    let parallel = outline(&dist.join("parallel.pdf"));
    assert_eq!(parallel[1], own(1, "What was agreed / کیا طے پایا"));
    let doc = lopdf::Document::load(dist.join("en.pdf")).unwrap();
    assert!(doc.catalog().unwrap().get(b"PageLabels").is_ok());
}

/// `pdfimages -list` rows: (page, type, encoding, x-ppi).
fn images_in(pdf: &std::path::Path) -> Vec<(usize, String, String, f64)> {
    let out = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (
                f[0].parse().unwrap(),
                f[2].to_string(),
                f[8].to_string(),
                f[12].parse().unwrap(),
            )
        })
        .collect()
}

#[test]
fn figures_are_in_every_pdf_sharp_whole_and_with_their_caption() {
    let project = built();
    let dist = project.path().join("dist/report");
    for (stem, images) in [("en", 2), ("ur", 2), ("parallel", 4)] {
        let pdf = dist.join(format!("{stem}.pdf"));
        let list = images_in(&pdf);
        let shown: Vec<_> = list.iter().filter(|r| r.1 == "image").collect();
        assert_eq!(shown.len(), images, "{stem}: {list:?}");
        // The PNG's transparency is a soft mask; the JPEG stays a JPEG.
        assert!(list.iter().any(|r| r.1 == "smask"), "{stem}");
        assert!(shown.iter().any(|r| r.2 == "jpeg"), "{stem}");
        // Never enlarged past 150 pixels per inch.
        assert!(list.iter().all(|r| r.3 >= 149.0), "{stem}: {list:?}");
        // Each image on the page of its caption: the Markdown title, translated.
        let caption = if stem == "ur" {
            "اسد آباد میں دریا"
        } else {
            "The river at Asadabad"
        };
        let jpeg_page = shown.iter().find(|r| r.2 == "jpeg").unwrap().0;
        let page = std::process::Command::new("pdftotext")
            .args(["-f", &jpeg_page.to_string(), "-l", &jpeg_page.to_string()])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&page.stdout).contains(caption),
            "{stem}: the caption is not on page {jpeg_page}"
        );
    }
    // The JPEG is embedded as it is, not re-encoded.
    let tmp = tempfile::tempdir().unwrap();
    let run = std::process::Command::new("pdfimages")
        .args(["-all"])
        .arg(dist.join("en.pdf"))
        .arg(tmp.path().join("img"))
        .status()
        .unwrap();
    assert!(run.success());
    let original = std::fs::read(fixture("notes").join("content/media/river.jpg")).unwrap();
    let jpegs: Vec<Vec<u8>> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "jpg"))
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    assert_eq!(jpegs, [original]);
    // On the web: the title is the caption, the alt text stays the image's description.
    let ur = read(&dist.join("ur.html"));
    assert!(
        ur.contains(
            "alt=\"سرحد کے قریب دریائے کنڑ\" title=\"اسد آباد میں دریا، جہاں سروے شروع ہوگا\">"
        ),
        "{ur}"
    );
    assert!(ur.contains("<figcaption>اسد آباد میں دریا، جہاں سروے شروع ہوگا</figcaption>"));
    // An image without a title is captioned by its alt text.
    assert!(ur.contains("<figcaption>مذاکرات کے ہر دور کی طوالت، دنوں میں</figcaption>"));
}

#[test]
fn an_urdu_chart_beside_the_chart_is_the_urdu_editions() {
    let project = built();
    let dist = project.path().join("dist/report");
    let en = read(&dist.join("en.html"));
    let ur = read(&dist.join("ur.html"));
    assert!(en.contains("chart.png\"") && !en.contains("chart.ur.png"));
    assert!(ur.contains("chart.ur.png\""));
    assert!(ur.contains("<figcaption>مذاکرات کے ہر دور کی طوالت، دنوں میں</figcaption>"));
    // In the PDFs: the Urdu edition's chart (its samples and mask) is not the English
    // one's.
    let pngs = |stem: &str| -> Vec<u8> {
        let tmp = tempfile::tempdir().unwrap();
        std::process::Command::new("pdfimages")
            .args(["-png", "-f", "1", "-l", "1"])
            .arg(dist.join(format!("{stem}.pdf")))
            .arg(tmp.path().join("i"))
            .status()
            .unwrap();
        let mut all = std::fs::read(tmp.path().join("i-000.png")).unwrap();
        all.extend(std::fs::read(tmp.path().join("i-001.png")).unwrap());
        all
    };
    assert_ne!(pngs("en"), pngs("ur"));
}

#[test]
fn couplets_are_spread_to_one_width_and_centred() {
    let project = built();
    let dist = project.path().join("dist/report");
    let page = read(&dist.join("ur.html"));
    assert_eq!(page.matches("<p class=\"couplet\"").count(), 2, "{page}");
    assert!(page.contains("<blockquote class=\"verse\">"));
    // In the Urdu PDF: each misra's words span the same width as its pair's, and the pair
    // sits in the middle of the column.
    let pdf = dist.join("ur.pdf");
    let pages = lopdf::Document::load(&pdf).unwrap().get_pages().len() as u32;
    let misras = [
        "ستاروں سے آگے جہاں اور بھی ہیں",
        "ابھی عشق کے امتحاں اور بھی ہیں",
        "قناعت نہ کر عالمِ رنگ و بو پر",
        "چمن اور بھی آشیاں اور بھی ہیں",
    ];
    let mut spans = Vec::new();
    for p in 1..=pages {
        let words = words(&pdf, p);
        for misra in misras {
            let first = misra.split(' ').next().unwrap();
            let last = misra.split(' ').next_back().unwrap();
            // The line's words: those on the baseline of the misra's first word.
            // pdftotext's boxes give right-to-left words in drawing order, reversed.
            let is = |w: &str, want: &str| w == want || w.chars().rev().collect::<String>() == want;
            let Some((b0, _)) = words.iter().find(|(_, w)| is(w, first)) else {
                continue;
            };
            if !words
                .iter()
                .any(|(b, w)| is(w, last) && (b[3] - b0[3]).abs() < 2.0)
            {
                continue;
            }
            let line: Vec<&[f64; 4]> = words
                .iter()
                .filter(|(b, _)| (b[3] - b0[3]).abs() < 2.0)
                .map(|(b, _)| b)
                .collect();
            let x0 = line.iter().map(|b| b[0]).fold(f64::MAX, f64::min);
            let x1 = line.iter().map(|b| b[2]).fold(0.0, f64::max);
            spans.push((x0, x1));
        }
    }
    assert_eq!(spans.len(), 4, "{spans:?}");
    for pair in spans.chunks(2) {
        let ((a0, a1), (b0, b1)) = (pair[0], pair[1]);
        assert!((a0 - b0).abs() < 3.0 && (a1 - b1).abs() < 3.0, "{pair:?}");
        // Centred on the page's text column (A4, margins mirrored on facing pages).
        let centre = (a0 + a1) / 2.0;
        assert!((centre - 297.6).abs() < 45.0, "{pair:?}");
    }
    // English verse keeps its line breaks, and its word spaces: ragged, as English print
    // sets it (spread like Urdu, its gaps would open twice as wide).
    let en = extract("poppler", &dist.join("en.pdf"));
    assert!(en.contains("other worlds;\nand love has"), "{en}");
    let en_pdf = dist.join("en.pdf");
    let pages = lopdf::Document::load(&en_pdf).unwrap().get_pages().len() as u32;
    let words = (1..=pages)
        .map(|p| words(&en_pdf, p))
        .find(|ws| ws.iter().any(|(_, w)| w == "trials"))
        .expect("the English verse");
    let (line, _) = words.iter().find(|(_, w)| w == "trials").unwrap();
    let mut on_line: Vec<&[f64; 4]> = (words.iter())
        .filter(|(b, _)| (b[3] - line[3]).abs() < 1.0)
        .map(|(b, _)| b)
        .collect();
    on_line.sort_by(|a, b| a[0].total_cmp(&b[0]));
    let widest = on_line
        .windows(2)
        .map(|w| w[1][0] - w[0][2])
        .fold(0.0, f64::max);
    assert!(on_line.len() >= 6 && widest < 5.0, "{on_line:?}");
}

#[test]
fn a_table_running_onto_the_next_page_repeats_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("content")).unwrap();
    let rows: String = (1..=90)
        .map(|i| format!("| {} | {} |\n", 1930 + i, i * i * 37))
        .collect();
    std::fs::write(
        p.join("content/long.md"),
        format!("---\ntitle: A long table\n---\n\nFigures by year.\n\n| Year | Attacks |\n|---|---|\n{rows}"),
    )
    .unwrap();
    let run = safha(p, &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = p.join("dist/long/en.pdf");
    let pages = lopdf::Document::load(&pdf).unwrap().get_pages().len();
    assert!(pages >= 3, "{pages} pages");
    for page in 2..=pages {
        let n = page.to_string();
        let out = std::process::Command::new("pdftotext")
            .args(["-f", &n, "-l", &n, "-layout"])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        // Under the running header, the table's own header comes first.
        let first_row = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && *l != "A long table")
            .unwrap_or_default()
            .to_string();
        assert!(
            first_row.starts_with("Year") && first_row.ends_with("Attacks"),
            "page {page} starts with {first_row:?}"
        );
    }
    // A column of numbers lines its digits up at the right, whatever their count.
    let ends: Vec<f64> = words(&pdf, 1)
        .iter()
        .filter(|(b, w)| w.chars().all(|c| c.is_ascii_digit()) && b[0] > 300.0 && b[1] < 780.0)
        .map(|(b, _)| b[2])
        .collect();
    assert!(ends.len() > 20, "{ends:?}");
    assert!(
        ends.iter().all(|e| (e - ends[0]).abs() < 0.5),
        "right edges {ends:?}"
    );
}

#[test]
fn every_rule_drawn_is_straight_and_on_the_page() {
    let project = built();
    let dist = project.path().join("dist/report");
    for stem in ["en", "ur", "parallel"] {
        let doc = lopdf::Document::load(dist.join(format!("{stem}.pdf"))).unwrap();
        let mut rules = 0;
        for (n, page) in doc.get_pages() {
            let content = doc.get_page_content(page);
            let ops = lopdf::content::Content::decode(&content)
                .unwrap()
                .operations;
            let num = |o: &lopdf::Object| o.as_float().map(f64::from).unwrap_or(f64::NAN);
            let mut from: Option<(f64, f64)> = None;
            for op in &ops {
                match op.operator.as_str() {
                    "m" => from = Some((num(&op.operands[0]), num(&op.operands[1]))),
                    "l" => {
                        let (x0, y0) = from.unwrap();
                        let (x1, y1) = (num(&op.operands[0]), num(&op.operands[1]));
                        assert!(
                            (x0 - x1).abs() < 0.01 || (y0 - y1).abs() < 0.01,
                            "{stem} page {n}: a slanted line ({x0}, {y0}) – ({x1}, {y1})"
                        );
                        for v in [x0, x1] {
                            assert!((0.0..=595.3).contains(&v), "{stem} page {n}: x {v}");
                        }
                        for v in [y0, y1] {
                            assert!((0.0..=841.9).contains(&v), "{stem} page {n}: y {v}");
                        }
                        rules += 1;
                    }
                    _ => {}
                }
            }
        }
        assert!(rules > 0, "{stem}: no rules at all");
    }
}

#[test]
fn notes_sit_at_the_foot_of_the_page_of_their_reference() {
    let project = built();
    let dist = project.path().join("dist/report");
    for (stem, note, reference_page) in [
        ("en", "Islamabad.", 1),
        ("ur", "آباد", 1),
        ("parallel", "Islamabad.", 1),
    ] {
        let pdf = dist.join(format!("{stem}.pdf"));
        let words = words(&pdf, reference_page);
        let is = |w: &str| w == note || w.chars().rev().collect::<String>() == note;
        let found: Vec<f64> = words
            .iter()
            .filter(|(_, w)| is(w))
            .map(|(b, _)| b[1])
            .collect();
        assert!(
            !found.is_empty(),
            "{stem}: the note is not on page {reference_page}"
        );
        // In the bottom part of the page, below the page's text.
        let body_bottom = words
            .iter()
            .filter(|(b, _)| b[1] < 700.0)
            .map(|(b, _)| b[3])
            .fold(0.0, f64::max);
        for y in found {
            assert!(y > 600.0, "{stem}: note at y {y}");
            assert!(
                y >= body_bottom - 40.0,
                "{stem}: note at {y}, text to {body_bottom}"
            );
        }
    }
}

#[test]
fn a_note_too_long_for_its_page_continues_at_the_foot_of_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("content")).unwrap();
    // A note of 900 numbered words (more than a page) and a body of two pages.
    let note: String = (1..=900).map(|i| format!("n{i:03} ")).collect();
    let body: String = (1..=14)
        .map(|i| format!("Paragraph {i} of the report says what was found in the field and what it means for the valley's farms and towns this year and next.\n\n"))
        .collect();
    std::fs::write(
        p.join("content/long.md"),
        format!("---\ntitle: A long note\n---\n\nThe claim.[^long]\n\n{body}[^long]: {note}\n"),
    )
    .unwrap();
    let run = safha(p, &["build", "--format", "pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = p.join("dist/long/en.pdf");
    let pages = lopdf::Document::load(&pdf).unwrap().get_pages().len() as u32;
    let mut seen = Vec::new();
    let mut note_pages = Vec::new();
    for page in 1..=pages {
        let words = words(&pdf, page);
        let text_bottom = words
            .iter()
            .filter(|(_, w)| w.starts_with("Paragraph") || w == "claim.")
            .map(|(b, _)| b[3])
            .fold(0.0, f64::max);
        let mine: Vec<&([f64; 4], String)> = words
            .iter()
            .filter(|(_, w)| w.len() == 4 && w.starts_with('n') && w[1..].parse::<u32>().is_ok())
            .collect();
        for (b, w) in &mine {
            // Below the page's text and inside the bottom margin (A4: 842 − 62).
            assert!(
                b[1] > text_bottom,
                "page {page}: {w} at {} above text {text_bottom}",
                b[1]
            );
            assert!(
                b[3] < 780.5,
                "page {page}: {w} runs off the page at {}",
                b[3]
            );
            seen.push(w.clone());
        }
        if !mine.is_empty() {
            note_pages.push(page);
        }
    }
    // Every word once, in order, over two pages or more (page 1 first).
    let expected: Vec<String> = (1..=900).map(|i| format!("n{i:03}")).collect();
    assert_eq!(seen, expected);
    assert!(
        note_pages.len() >= 2 && note_pages[0] == 1,
        "{note_pages:?}"
    );
    // The note takes at most about half of page 1: the text still fills its top half.
    let first = words(&pdf, 1);
    assert!(
        first
            .iter()
            .any(|(b, w)| w.starts_with("Paragraph") && b[1] > 300.0),
        "page 1 gave all its room to the note"
    );
}

#[test]
fn a_table_too_wide_even_at_60_percent_is_set_with_its_words_broken_and_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("content")).unwrap();
    let head: String = (0..12).map(|i| format!("| Characteristic{i} ")).collect();
    let row: String = (0..12).map(|i| format!("| Representation{i} ")).collect();
    std::fs::write(
        p.join("content/wide.md"),
        format!(
            "---\ntitle: Wide\n---\n\nA wide table.\n\n{head}|\n{}|\n{row}|\n\nAfter.\n",
            "|---".repeat(12)
        ),
    )
    .unwrap();
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning[table-too-wide]"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("content/wide.md:7:"), "{}", run.stderr);
    // Made, linked, and every letter of every cell in its text.
    let pdf = p.join("dist/wide/en.pdf");
    assert!(pdf.is_file());
    let html = std::fs::read_to_string(p.join("dist/wide/en.html")).unwrap();
    assert!(html.contains("href=\"en.pdf\""), "{html}");
    let letters: String = extract("poppler", &pdf)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    for i in 0..12 {
        for word in [format!("Characteristic{i}"), format!("Representation{i}")] {
            assert!(letters.contains(&word), "{word} lost: {letters}");
        }
    }
}

#[test]
fn table_cells_in_a_narrow_column_keep_their_words_whole() {
    let project = built();
    let pdf = project.path().join("dist/report/parallel.pdf");
    let words: Vec<String> = words(&pdf, 1).into_iter().map(|(_, w)| w).collect();
    for word in ["Round", "Month", "Outcome[2]"] {
        assert!(words.iter().any(|w| w == word), "{word} is cut: {words:?}");
    }
}

#[test]
fn urdu_note_numbers_are_in_the_digits_of_its_ui_in_pdf_as_on_the_web() {
    let project = built();
    let pdf = project.path().join("dist/report/ur.pdf");
    // The foot, above the page number.
    let foot: Vec<String> = words(&pdf, 1)
        .into_iter()
        .filter(|(b, _)| b[1] > 600.0 && b[1] < 760.0)
        .map(|(_, w)| w)
        .collect();
    assert!(foot.iter().any(|w| w.contains('۱')), "{foot:?}");
    assert!(!foot.iter().any(|w| w == "1" || w == "2"), "{foot:?}");
}

#[test]
fn self_contained_pages_embed_each_languages_own_image() {
    use base64::Engine;
    let project = temp_project(&fixture("notes"));
    let run = safha(project.path(), &["build", "--self-contained"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let media = fixture("notes").join("content/media");
    let uri = |file: &str| {
        let bytes = std::fs::read(media.join(file)).unwrap();
        format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        )
    };
    let (chart, chart_ur) = (uri("chart.png"), uri("chart.ur.png"));
    let page = |stem: &str| read(&project.path().join(format!("dist/report/{stem}.html")));
    let (en, ur, parallel) = (page("en"), page("ur"), page("parallel"));
    assert!(en.contains(&chart) && !en.contains(&chart_ur));
    assert!(ur.contains(&chart_ur) && !ur.contains(&chart));
    assert!(parallel.contains(&chart) && parallel.contains(&chart_ur));
    assert!(!project.path().join("dist/report/media").exists());
}

/// The text of each page of `pdf` (poppler), direction marks left out.
fn page_texts(pdf: &std::path::Path) -> Vec<String> {
    extract("poppler", pdf)
        .split('\u{c}')
        .map(|p| {
            p.chars()
                .filter(|c| {
                    !matches!(
                        c,
                        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}'
                    )
                })
                .collect()
        })
        .collect()
}

/// The first page (from 0) whose text holds `needle`.
fn page_of(pages: &[String], needle: &str) -> usize {
    pages
        .iter()
        .position(|p| p.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} is on no page: {pages:?}"))
}

#[test]
fn headings_notes_and_parallel_rows_stay_with_their_text_wherever_the_page_breaks() {
    // The same blocks after 0 to 23 paragraphs of filler: somewhere the heading, the long
    // note of the paragraph after it, the reference at the end of a long paragraph and each
    // parallel row meet a page's foot.
    let filler = "the canals run low in the plains and the farmers wait for the monsoon to \
        reach the fields before they sow the next crop of wheat and cotton, as they have \
        done for as long as anyone can remember";
    let urdu = "میدانوں میں نہریں کم بہتی ہیں اور کسان مون سون کا انتظار کرتے ہیں کہ بارش \
        کھیتوں تک پہنچے تو گندم اور کپاس کی اگلی فصل بوئیں، جیسا کہ وہ ہمیشہ سے کرتے آئے ہیں";
    let mut checked = 0;
    for n in 0..24 {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        std::fs::create_dir_all(p.join("content")).unwrap();
        let mut md = String::from("---\ntitle: Sweep\n---\n\n");
        for i in 0..n {
            md += &format!("Filler {i}: {filler}.\n\n");
        }
        md += "## Key findings\n\nStorage capacity covers only thirty days of flow.[^s]\n\n";
        md += &format!("Closing words: {filler}, {filler}, and that closes the brief.[^t]\n\n");
        // A reference before a list whose lead-in keeps with its points: the space below
        // the lead-in once took the note's room at the foot.
        md += &format!("Plans: {filler}, until a plan was agreed at last.[^u]\n\n");
        md += "## Recommendations\n\n- Grid and storage:\n    - build storage next to the solar \
            parks;\n    - let companies buy power from plants near them.\n- Finance.\n\n";
        // A lead-in ending in a colon keeps with the quotation it introduces; a table's
        // last row is never alone under a repeated header.
        md += &format!("Lead-in: {filler}, {filler}, and then the minister said:\n\n");
        md += "> The quoted words begin here and run on for a while.\n\n";
        md += "| Item | Amount |\n|---|---|\n";
        for row in ["Canals", "Barrages", "Dams", "Pumps", "Wells", "Drains"] {
            md += &format!("| {row} | 12 |\n");
        }
        md += "| Grand total | 72 |\n\n";
        md += &format!("[^s]: Storage note: {filler}; {filler}; {filler}.\n\n");
        md += "[^t]: The closing note says where the figures come from.\n\n";
        md += "[^u]: The plan's note names the ministry.\n";
        std::fs::write(p.join("content/sweep.md"), md).unwrap();
        assert_eq!(safha(p, &["extract"]).code, 0);
        // Urdu for every message, its note references kept.
        let en = std::fs::read_to_string(p.join("locales/en/sweep.ftl")).unwrap();
        let mut ur = String::new();
        for line in en.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            let refs: String = ["[^s]", "[^t]", "[^u]"]
                .iter()
                .filter(|r| value.contains(*r))
                .copied()
                .collect();
            let text = match value.split_once(':') {
                Some((head, _)) if head.starts_with("Filler ") => {
                    format!("بھرتی {}: {urdu}۔", &head[7..])
                }
                _ if id.starts_with("h-") => "اہم نتائج".to_string(),
                _ if value.starts_with("Storage capacity") => {
                    "ذخیرے کی گنجائش صرف تیس دن کے بہاؤ کے برابر ہے۔".to_string()
                }
                _ if id.starts_with("li-") => "بجلی کا نظام اور ذخیرہ:".to_string(),
                _ if id.starts_with("cell-") => "خانہ".to_string(),
                _ if value.starts_with("Lead-in") => format!("{urdu}، اور پھر وزیر نے کہا:"),
                _ => format!("{urdu}۔"),
            };
            ur += &format!("{id} = {text}{refs}\n");
        }
        std::fs::create_dir_all(p.join("locales/ur")).unwrap();
        std::fs::write(p.join("locales/ur/sweep.ftl"), ur).unwrap();
        let run = safha(p, &["build", "--format", "pdf"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let en = page_texts(&p.join("dist/sweep/en.pdf"));
        assert_eq!(
            page_of(&en, "Key findings"),
            page_of(&en, "Storage capacity"),
            "{n} fillers: the heading left alone"
        );
        assert_eq!(
            page_of(&en, "closes the brief.[2]"),
            page_of(&en, "closing note says"),
            "{n} fillers: the note not on its reference's page"
        );
        assert_eq!(
            page_of(&en, "agreed at last.[3]"),
            page_of(&en, "note names the ministry"),
            "{n} fillers: the note not on its reference's page"
        );
        assert_eq!(
            page_of(&en, "the minister said:"),
            page_of(&en, "The quoted words begin"),
            "{n} fillers: the lead-in left alone"
        );
        assert_eq!(
            page_of(&en, "Grand total"),
            page_of(&en, "Drains"),
            "{n} fillers: the table's last row alone"
        );
        assert_eq!(
            page_of(&en, "Recommendations"),
            page_of(&en, "build storage"),
            "{n} fillers: the heading or the lead-in left alone"
        );
        let par = page_texts(&p.join("dist/sweep/parallel.pdf"));
        assert_eq!(
            page_of(&par, "Key findings"),
            page_of(&par, "Storage capacity")
        );
        for i in 0..n {
            assert_eq!(
                page_of(&par, &format!("Filler {i}:")),
                page_of(&par, &format!("بھرتی {i}")),
                "{n} fillers: row {i} starts on two pages"
            );
        }
        checked += en.len();
    }
    assert!(checked > 30, "{checked} pages");
}

#[test]
fn every_link_within_a_page_leads_to_an_element_even_for_notes_nobody_refers_to() {
    // The translator dropped the second reference.
    let project = translated(
        "notes",
        "---\ntitle: Notes\n---\n\nOne reference.[^a] Another.[^b]\n\n\
         [^a]: The first note.\n\n[^b]: The second note.\n\n[^unused]: Never referred to.\n",
        |_, v| match v {
            v if v.starts_with("One reference") => "ایک حوالہ۔[^a] ایک اور۔".into(),
            _ => "ایک حاشیہ۔".into(),
        },
    );
    let p = project.path();
    let run = safha(p, &["build", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in ["en", "ur", "parallel"] {
        let html = Html::parse_document(&read(&p.join(format!("dist/notes/{page}.html"))));
        let ids: std::collections::HashSet<&str> = html
            .select(&sel("[id]"))
            .filter_map(|e| e.attr("id"))
            .collect();
        let mut back = 0;
        for a in html.select(&sel("a[href^='#']")) {
            let target = &a.attr("href").unwrap()[1..];
            assert!(ids.contains(target), "{page}.html: #{target} leads nowhere");
            back += usize::from(a.attr("class") == Some("footnote-back"));
        }
        assert!(back >= 1, "{page}.html has no back link");
    }
}

#[test]
fn urdu_pages_write_every_number_of_their_own_in_urdu_digits() {
    // A note holding a list (set at the page's foot, its items lines of it, once set
    // where it was defined, numbered `1۔`); the reading time is the web page's. Both were
    // in ASCII digits beside a date and references in Urdu ones.
    let project = translated(
        "digits",
        "---\ntitle: Digits\ndate: 2024-08-14\n---\n\nSee the list.[^l]\n\n\
         [^l]: The list:\n\n    - one item\n    - another item\n",
        |_, v| {
            let refs = if v.contains("[^l]") { "[^l]" } else { "" };
            format!("اردو متن۔{refs}")
        },
    );
    let p = project.path();
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = page_texts(&p.join("dist/digits/ur.pdf")).concat();
    assert!(pdf.contains("[۱]") && pdf.contains("• "), "{pdf}");
    assert!(!pdf.contains(|c: char| c.is_ascii_digit()), "{pdf}");
    let html = read(&p.join("dist/digits/ur.html"));
    let meta = &html[html.find("class=\"meta\"").unwrap()..];
    let meta = &meta[..meta.find("</p>").unwrap()];
    assert!(meta.contains('۱'), "{meta}");
    assert!(!meta.chars().any(|c| c.is_ascii_digit()), "{meta}");
}

#[test]
fn a_picture_a_little_too_tall_for_the_rest_of_a_page_is_set_smaller_not_moved() {
    // A portrait photo after 0 to 13 paragraphs: somewhere it meets a page's foot. There
    // it is set smaller (down to 60 %) with its caption rather than leave the page blank.
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("content/media")).unwrap();
    let (w, h) = (600u32, 900u32);
    let mut bytes = Vec::new();
    {
        let mut e = png::Encoder::new(&mut bytes, w, h);
        e.set_color(png::ColorType::Grayscale);
        let mut writer = e.write_header().unwrap();
        let pixels: Vec<u8> = (0..w * h).map(|i| (i % 251) as u8).collect();
        writer.write_image_data(&pixels).unwrap();
    }
    std::fs::write(p.join("content/media/tall.png"), bytes).unwrap();
    let filler = "The city waited for the rain through the longest week of the summer, and \
        the hospitals counted the cost of every hour without shade or water.";
    let mut ppis = Vec::new();
    for n in 0..14 {
        let mut md = String::from("---\ntitle: Photo\n---\n\n");
        for i in 0..n {
            md += &format!("Paragraph {i}. {filler} {filler}\n\n");
        }
        md += "![A street](media/tall.png \"The street at noon\")\n\nAfter the photo.\n";
        std::fs::write(p.join("content/photo.md"), md).unwrap();
        let run = safha(p, &["build", "--format", "pdf"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let pdf = p.join("dist/photo/en.pdf");
        let images = images_in(&pdf);
        assert_eq!(images.len(), 1, "{n}: {images:?}");
        let (page, _, _, ppi) = images[0].clone();
        let pages = page_texts(&pdf);
        assert_eq!(
            page,
            page_of(&pages, "The street at noon") + 1,
            "{n}: caption apart"
        );
        ppis.push(ppi);
    }
    let full = ppis.iter().copied().fold(f64::MAX, f64::min);
    assert!(ppis.iter().all(|p| *p <= full / 0.6 + 1.0), "{ppis:?}");
    assert!(
        ppis.iter().any(|p| *p > full + 1.0),
        "never set smaller: {ppis:?}"
    );
}

/// A project of one article `md` (as `content/<slug>.md`), extracted, with an Urdu file
/// whose every message is `urdu(id, english)`.
fn translated(slug: &str, md: &str, urdu: impl Fn(&str, &str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("content")).unwrap();
    std::fs::write(p.join(format!("content/{slug}.md")), md).unwrap();
    assert_eq!(safha(p, &["extract"]).code, 0);
    let en = std::fs::read_to_string(p.join(format!("locales/en/{slug}.ftl"))).unwrap();
    let ur: String = en
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .map(|(id, v)| format!("{id} = {}\n", urdu(id, v)))
        .collect();
    std::fs::create_dir_all(p.join("locales/ur")).unwrap();
    std::fs::write(p.join(format!("locales/ur/{slug}.ftl")), ur).unwrap();
    dir
}

#[test]
fn the_parallel_page_has_each_columns_byline_in_its_language() {
    // It had the Urdu byline alone, under both titles.
    let project = built();
    let page = Html::parse_document(&read(&project.path().join("dist/report/parallel.html")));
    let metas: Vec<_> = page.select(&sel(".pair > p.meta")).collect();
    assert_eq!(metas.len(), 2, "{}", page.html());
    let text = |i: usize| metas[i].text().collect::<String>();
    assert_eq!(metas[0].attr("lang"), Some("en"));
    assert!(
        text(0).contains("Staff reporter") && text(0).contains("2026"),
        "{}",
        text(0)
    );
    assert!(!text(0).contains("عائشہ"), "{}", text(0));
    // Each part (author, date, reading time) an inline block, so that a phone breaks the
    // byline between parts rather than inside a name.
    let parts: Vec<String> = (metas[0].select(&sel(":scope > span")))
        .map(|s| s.text().collect())
        .collect();
    assert!(parts.len() >= 2, "{parts:?}");
    assert!(
        parts.iter().any(|p| p.contains("Staff reporter")),
        "{parts:?}"
    );
    let css = read(&project.path().join("dist/style.css"));
    assert!(
        css.contains(".meta > span { display: inline-block; }"),
        "{css}"
    );
    assert_eq!(metas[1].attr("lang"), Some("ur"));
    assert_eq!(metas[1].attr("dir"), Some("rtl"));
    assert!(
        text(1).contains("عائشہ خان") && text(1).contains("۲۰۲۶"),
        "{}",
        text(1)
    );
}

/// An SVG chart, as matplotlib writes one (a document type, a style sheet, a gradient,
/// text in fonts safha does not have, Urdu among them), is drawn in every PDF edition:
/// at 300 pixels per inch of its own size (432 pt wide), in its colours, its words set.
/// It is a link to its data, which makes it no less a figure, and a link in print too.
#[test]
fn an_svg_chart_is_drawn_in_the_pdfs() {
    let project = temp_project(&fixture("chart"));
    let p = project.path();
    let run = safha(p, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("image-pdf"), "{}", run.stderr);
    // A figure that is a link (`[![alt](chart.svg)](data)`), as GitHub shows it.
    for stem in ["en", "ur", "parallel"] {
        let html = read(&p.join(format!("dist/rain/{stem}.html")));
        assert!(
            html.contains(
                "<a href=\"https://example.org/rainfall-data\"><img src=\"media/img/rainfall.svg\""
            ),
            "{html}"
        );
        assert!(html.contains("<figcaption>"), "{stem}");
        // A `javascript:` link around a figure is dropped, its image kept.
        assert!(!html.to_ascii_lowercase().contains("javascript:"), "{stem}");
        assert_eq!(
            html.matches("<img src=\"media/img/rainfall.svg\"").count(),
            if stem == "parallel" { 4 } else { 2 },
            "{stem}"
        );
    }
    for stem in ["en", "ur", "parallel"] {
        let pdf = p.join(format!("dist/rain/{stem}.pdf"));
        let list = images_in(&pdf);
        assert!(!list.is_empty(), "{stem}: no image");
        // Its own size in the single-column editions; the parallel edition's narrow
        // column sets the English one smaller, so sharper still.
        assert!(list.iter().all(|r| r.3 >= 299.0), "{stem}: {list:?}");
        let (w, h, rgb) = rendered(&pdf, 1);
        let has = |c: [u8; 3]| {
            rgb.chunks(3)
                .any(|px| px.iter().zip(c).all(|(a, b)| a.abs_diff(b) <= 6))
        };
        // The blue bars, the gradient's orange top, the green circle.
        for colour in [[0x1f, 0x77, 0xb4], [0xff, 0x7f, 0x0e], [0x2c, 0xa0, 0x2c]] {
            assert!(has(colour), "{stem}: no {colour:?} in the {w} × {h} page");
        }
    }
    // In print, the linked figure's image is a link annotation over it (the other,
    // linking to javascript:, none), 432 pt wide as the image.
    let links = link_annotations(&p.join("dist/rain/en.pdf"));
    assert_eq!(links.len(), 1, "{links:?}");
    let (_, r, url) = &links[0];
    assert_eq!(url, "https://example.org/rainfall-data");
    assert!(((r[2] - r[0]) - 432.0).abs() < 0.5 && r[3] > r[1], "{r:?}");
    // The chart's words are part of its picture, not text of the page.
    let text = extract("poppler", &p.join("dist/rain/en.pdf"));
    assert!(!text.contains("Karachi"), "{text}");
}

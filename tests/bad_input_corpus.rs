//! The bad-input corpus: what editors and translators will feed safha, one case per test.
//! Every case starts from a built project (fixture `two`: articles alpha and beta in
//! English and Urdu), breaks one thing, and asserts the exact diagnostic (with
//! `file:line:col` wherever there is a position), the exit status, that no temporary
//! file is left among the outputs, and, where the input is refused, that every edition
//! built before is still there byte for byte.

mod common;

use common::*;
use std::path::Path;

fn write(dir: &Path, rel: &str, text: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// Whether previous outputs must survive the bad input untouched.
#[derive(PartialEq)]
enum Outputs {
    Kept,
    MayChange,
    /// Alpha's Urdu editions (and the parallel one) are held back; its English is built.
    UrduWithheld,
}

struct Case {
    dir: tempfile::TempDir,
    run: Run,
}

fn case(
    setup: impl FnOnce(&Path),
    args: &[&str],
    code: i32,
    expect: &[&str],
    outputs: Outputs,
) -> Case {
    let dir = temp_project(&fixture("two"));
    let p = dir.path();
    let first = safha(p, &["build"]);
    assert_eq!(first.code, 0, "baseline build: {}", first.stderr);
    let before = snapshot(&p.join("dist"));
    setup(p);
    let args = if args.is_empty() {
        &["build"][..]
    } else {
        args
    };
    let run = safha(p, args);
    assert_eq!(run.code, code, "exit status; stderr:\n{}", run.stderr);
    for e in expect {
        assert!(run.stderr.contains(e), "expected {e:?} in:\n{}", run.stderr);
    }
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let after = snapshot(&p.join("dist"));
    for rel in after.keys() {
        let name = rel.to_string_lossy();
        assert!(
            !name.contains(".tmp") && !name.contains(".safha-"),
            "temporary file left: {name}"
        );
    }
    assert!(!p.join(".safha-tmp-dist").exists(), "staging folder left");
    if outputs == Outputs::UrduWithheld {
        assert!(p.join("dist/alpha/en.html").is_file(), "{}", run.stderr);
        assert!(run.stderr.contains("language-withheld"), "{}", run.stderr);
        for rel in after.keys() {
            let name = rel.to_string_lossy();
            assert!(
                !(name.starts_with("alpha/ur") || name.starts_with("alpha/parallel")),
                "{name} was published"
            );
        }
        assert!(!read(&p.join("dist/index.html")).contains("alpha/ur.html"));
    }
    if outputs == Outputs::Kept {
        for (rel, bytes) in &before {
            assert!(
                after.get(rel) == Some(bytes),
                "{} changed or vanished",
                rel.display()
            );
        }
    }
    Case { dir, run }
}

const ALPHA_UR: &str = "locales/ur/alpha.ftl";
const ALPHA_MD: &str = "content/alpha.md";
const BODY_UR: &str = "p-alpha-body = الفا کا متن۔\n";

// ---- Fluent files ----------------------------------------------------------------------

#[test]
fn ftl_unterminated_placeable() {
    case(
        |p| write(p, ALPHA_UR, format!("title = {{ $x\n{BODY_UR}")),
        &[],
        1,
        &[
            "error[ftl-syntax]: Fluent syntax error: a placeable is never closed",
            "--> locales/ur/alpha.ftl:1:9",
        ],
        Outputs::UrduWithheld,
    );
}

#[test]
fn ftl_bad_indentation() {
    case(
        |p| write(p, ALPHA_UR, format!("title =\nالفا\n{BODY_UR}")),
        &[],
        1,
        &[
            "error[ftl-syntax]: Fluent syntax error: Expected a message field for \"title\"",
            "--> locales/ur/alpha.ftl:1:1",
        ],
        Outputs::UrduWithheld,
    );
}

#[test]
fn ftl_junk_between_messages() {
    case(
        |p| write(p, ALPHA_UR, format!("title = الفا\n@@@ junk\n{BODY_UR}")),
        &[],
        1,
        &["error[ftl-syntax]", "--> locales/ur/alpha.ftl:2:1"],
        Outputs::UrduWithheld,
    );
}

#[test]
fn markdown_byte_order_mark_is_ignored_with_a_warning() {
    let c = case(
        |p| {
            let md = std::fs::read_to_string(p.join(ALPHA_MD)).unwrap();
            write(p, ALPHA_MD, format!("\u{feff}{md}"))
        },
        &[],
        0,
        &[
            "warning[md-bom]: the file starts with a byte order mark",
            "content/alpha.md",
        ],
        Outputs::MayChange,
    );
    let page = html(&c.dir.path().join("dist/alpha/en.html"));
    assert!(page.select(&sel("h1")).next().is_some());
}

#[test]
fn ftl_byte_order_mark_is_ignored_with_a_warning() {
    let c = case(
        |p| write(p, ALPHA_UR, format!("\u{feff}title = الفا\n{BODY_UR}")),
        &[],
        0,
        &[
            "warning[ftl-bom]: the file starts with a byte order mark",
            "locales/ur/alpha.ftl",
        ],
        Outputs::MayChange,
    );
    let page = html(&c.dir.path().join("dist/alpha/ur.html"));
    let h1: String = page.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, "الفا", "the BOM is not part of the text");
}

#[test]
fn ftl_crlf_line_ends_read_like_lf() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_UR,
                format!("title = الفا\r\n{}", BODY_UR.replace('\n', "\r\n")),
            )
        },
        &[],
        0,
        &[],
        Outputs::Kept,
    );
    assert!(!c.run.stderr.contains("warning"), "{}", c.run.stderr);
}

#[test]
fn ftl_invalid_utf8() {
    case(
        |p| write(p, ALPHA_UR, b"title = \xd8\xa7\xff\xfe\n"),
        &[],
        1,
        &[
            "error[ftl-encoding]: the file is not valid UTF-8 (line 1, column 10)",
            "--> locales/ur/alpha.ftl:1:10",
        ],
        Outputs::UrduWithheld,
    );
}

#[test]
fn ftl_duplicate_ids() {
    case(
        |p| {
            write(
                p,
                ALPHA_UR,
                format!("title = الفا\ntitle = دوسرا\n{BODY_UR}"),
            )
        },
        &[],
        0,
        &[
            "warning[ftl-duplicate]: message `title` is defined twice; the first one is used",
            "--> locales/ur/alpha.ftl:2:1",
        ],
        Outputs::MayChange,
    );
}

#[test]
fn ftl_message_referencing_itself() {
    let c = case(
        |p| {
            write(p, "safha.toml", "min_complete = 0\n");
            write(p, ALPHA_UR, format!("title = {{ title }}\n{BODY_UR}"));
        },
        &[],
        0,
        &[
            "warning[ftl-format]: message `title` cannot be fully formatted: Resolver error: Cyclical dependency detected",
            "--> locales/ur/alpha.ftl:1:1",
        ],
        Outputs::MayChange,
    );
    let page = html(&c.dir.path().join("dist/alpha/ur.html"));
    let h1 = page.select(&sel("h1")).next().unwrap();
    assert_eq!(
        h1.value().attr("lang"),
        Some("en"),
        "the English is shown instead"
    );
    assert_eq!(h1.text().collect::<String>(), "Alpha");
    assert!(!read(&c.dir.path().join("dist/alpha/ur.html")).contains("???"));
}

#[test]
fn ftl_deeply_nested_placeables() {
    case(
        |p| {
            write(
                p,
                ALPHA_UR,
                format!("title = {}x{}\n", "{ ".repeat(5000), " }".repeat(5000)),
            )
        },
        &[],
        1,
        &[
            "error[ftl-nesting]: placeables are nested more than 16 deep",
            "--> locales/ur/alpha.ftl:1:41",
        ],
        Outputs::UrduWithheld,
    );
}

#[test]
fn ftl_variable_the_source_never_passes() {
    case(
        |p| write(p, ALPHA_UR, format!("title = الفا {{ $who }}\n{BODY_UR}")),
        &[],
        0,
        &[
            "warning[ftl-format]: message `title` cannot be fully formatted",
            "Unknown variable: $who",
        ],
        Outputs::MayChange,
    );
}

#[test]
fn ftl_missing_term() {
    case(
        |p| write(p, ALPHA_UR, format!("title = {{ -brand }} الفا\n{BODY_UR}")),
        &[],
        0,
        &["warning[ftl-format]", "Unknown term: -brand"],
        Outputs::MayChange,
    );
}

#[test]
fn ftl_empty_file() {
    let c = case(
        |p| write(p, ALPHA_UR, ""),
        &[],
        0,
        &[
            "warning[below-min-complete]: alpha: the ur editions are not built: 0.0 % of the words are translated, below min_complete = 80 %",
        ],
        Outputs::MayChange,
    );
    // The English edition no longer offers an Urdu one.
    assert!(!read(&c.dir.path().join("dist/alpha/en.html")).contains("href=\"ur.html\""));
}

#[test]
fn ftl_control_character() {
    // Fluent allows it; it is shown where it is and taken out of what is published.
    let c = case(
        |p| write(p, ALPHA_UR, format!("title = ال\u{0}فا\n{BODY_UR}")),
        &[],
        0,
        &[
            "warning[control-character]: the file holds the control character U+0000",
            "--> locales/ur/alpha.ftl:1:11",
        ],
        Outputs::MayChange,
    );
    let page = read(&c.dir.path().join("dist/alpha/ur.html"));
    assert!(page.contains("<title>الفا"), "{page}");
    assert!(!page.contains('\u{0}'));
}

#[test]
fn ftl_megabyte_value() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_UR,
                format!("title = الفا\np-alpha-body = {}۔\n", "لفظ ".repeat(250_000)),
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    assert!(
        std::fs::metadata(c.dir.path().join("dist/alpha/ur.pdf"))
            .unwrap()
            .len()
            > 100_000
    );
}

#[test]
fn ftl_script_in_a_translation_is_text() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_UR,
                "title = الفا\np-alpha-body = <script>alert(1)</script> <img src=x onerror=alert(2)>\n",
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    let page = read(&c.dir.path().join("dist/alpha/ur.html"));
    assert!(
        !page.contains("<script>alert") && !page.contains("<img src=x"),
        "{page}"
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn ftl_javascript_and_data_links_are_dropped() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_UR,
                "title = الفا\np-alpha-body = [یہ](javascript:alert(1)) اور [وہ](data:text/html;base64,PHNjcmlwdD4=)\n",
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    let page = read(&c.dir.path().join("dist/alpha/ur.html"));
    assert!(
        !page.contains("javascript:") && !page.contains("data:text/html"),
        "{page}"
    );
    // The warning says what the page shows: the words, not the link.
    assert!(
        c.run.stderr.contains(
            "javascript:alert(1), which the English does not: its text is published, not the link"
        ),
        "{}",
        c.run.stderr
    );
}

// ---- Articles -------------------------------------------------------------------------

#[test]
fn front_matter_unterminated() {
    case(
        |p| write(p, ALPHA_MD, "---\ntitle: Alpha\n\nAlpha body.\n"),
        &[],
        1,
        &[
            "error[front-matter-unterminated]: the front matter is never closed",
            "--> content/alpha.md:1:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn front_matter_invalid_yaml() {
    case(
        |p| write(p, ALPHA_MD, "---\ntitle: [Alpha\n---\n\nAlpha body.\n"),
        &[],
        1,
        &[
            "error[front-matter-invalid]: invalid front matter",
            "--> content/alpha.md:2:8",
        ],
        Outputs::Kept,
    );
}

#[test]
fn front_matter_wrong_type() {
    case(
        |p| write(p, ALPHA_MD, "---\ntitle: [1, 2]\n---\n\nAlpha body.\n"),
        &[],
        1,
        &["error[front-matter-invalid]", "--> content/alpha.md:2:8"],
        Outputs::Kept,
    );
}

#[test]
fn front_matter_unknown_key() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\ncolour: red\n---\n\nAlpha body.\n",
            )
        },
        &[],
        1,
        &[
            "error[front-matter-invalid]",
            "--> content/alpha.md:3:1",
            "colour",
        ],
        Outputs::Kept,
    );
}

#[test]
fn front_matter_without_title() {
    case(
        |p| write(p, ALPHA_MD, "---\nsummary: no title\n---\n\nAlpha body.\n"),
        &[],
        1,
        &[
            "error[front-matter-invalid]",
            "--> content/alpha.md:2:1",
            "title",
        ],
        Outputs::Kept,
    );
}

#[test]
fn front_matter_impossible_date() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\ndate: 2024-13-45\n---\n\nAlpha body.\n",
            )
        },
        &[],
        1,
        &[
            "error[front-matter-invalid]: `2024-13-45` is not a date",
            "--> content/alpha.md:3:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_empty() {
    case(
        |p| write(p, ALPHA_MD, ""),
        &[],
        1,
        &[
            "error[article-empty]: the article is empty",
            "--> content/alpha.md:1:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_only_front_matter() {
    case(
        |p| write(p, ALPHA_MD, "---\ntitle: Alpha\n---\n"),
        &[],
        1,
        &[
            "error[article-empty]: the article has no body",
            "--> content/alpha.md:4:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_without_front_matter() {
    case(
        |p| write(p, ALPHA_MD, "Alpha body.\n"),
        &[],
        1,
        &[
            "error[front-matter-missing]: the article does not start with front matter",
            "--> content/alpha.md:1:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_invalid_utf8() {
    case(
        |p| write(p, ALPHA_MD, b"---\ntitle: Alpha\n---\n\nAl\xffpha.\n"),
        &[],
        1,
        &[
            "error[article-encoding]: the article is not valid UTF-8",
            "--> content/alpha.md:5:3",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_control_character() {
    case(
        |p| write(p, ALPHA_MD, "---\ntitle: Alpha\n---\n\nAlpha\u{7}body.\n"),
        &[],
        1,
        &[
            "error[control-character]: the file holds the control character U+0007",
            "--> content/alpha.md:5:6",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_file_name_that_is_no_slug() {
    let c = case(
        |p| std::fs::rename(p.join(ALPHA_MD), p.join("content/My Alpha.md")).unwrap(),
        &[],
        1,
        &["error[article-slug]: `My Alpha` is not a valid article slug"],
        Outputs::MayChange,
    );
    assert!(c.dir.path().join("dist/beta/en.html").is_file());
}

#[test]
fn article_slug_the_site_uses() {
    let c = case(
        |p| std::fs::rename(p.join(ALPHA_MD), p.join("content/feeds.md")).unwrap(),
        &[],
        1,
        &["error[slug-reserved]: an article cannot be called `feeds`"],
        Outputs::MayChange,
    );
    assert!(
        c.dir.path().join("dist/feeds/en.xml").is_file(),
        "the site's feeds are intact"
    );
}

#[test]
fn article_megabyte_paragraph() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_MD,
                format!("---\ntitle: Alpha\n---\n\n{}\n", "word ".repeat(200_000)),
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    assert!(read(&c.dir.path().join("dist/alpha/en.html")).len() > 1_000_000);
}

#[test]
fn article_ten_thousand_item_list() {
    let items: String = (0..10_000).map(|i| format!("- item {i}\n")).collect();
    let c = case(
        |p| write(p, ALPHA_MD, format!("---\ntitle: Alpha\n---\n\n{items}")),
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    assert_eq!(
        html(&c.dir.path().join("dist/alpha/en.html"))
            .select(&sel("li[data-segment]"))
            .count(),
        10_000
    );
}

#[test]
fn article_quotes_nested_ten_thousand_deep() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                format!("---\ntitle: Alpha\n---\n\n{} deep\n", ">".repeat(10_000)),
            )
        },
        &[],
        1,
        &[
            "error[nesting-too-deep]: block quotes and lists are nested more than 32 deep",
            "--> content/alpha.md:5:33",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_lists_nested_three_thousand_deep() {
    // 3,000 levels (9 MB of indentation; 10,000 would pass the 64 MB cap on inputs).
    let list: String = (0..3_000)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect();
    case(
        |p| write(p, ALPHA_MD, format!("---\ntitle: Alpha\n---\n\n{list}")),
        &[],
        1,
        &[
            "error[nesting-too-deep]: block quotes and lists are nested more than 32 deep",
            "--> content/alpha.md:37:",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_script_and_raw_html_are_text() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\n<script>alert(1)</script>\n\nAlpha <b onclick=\"x()\">body</b>.\n",
            )
        },
        &["build", "--format", "html"],
        0,
        &[],
        Outputs::MayChange,
    );
    let page = html(&c.dir.path().join("dist/alpha/en.html"));
    assert_eq!(page.select(&sel("script, [onclick], main b")).count(), 0);
    let text: String = page.select(&sel("main")).next().unwrap().text().collect();
    assert!(
        text.contains("<script>alert(1)</script>") && text.contains("<b onclick=\"x()\">"),
        "shown as text"
    );
}

#[test]
fn article_javascript_and_data_links_are_dropped() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\n[one](javascript:alert(1)) [two](data:text/html,x) [three](JaVaScRiPt:alert(3)).\n",
            )
        },
        &["build", "--format", "html"],
        0,
        &[],
        Outputs::MayChange,
    );
    let page = read(&c.dir.path().join("dist/alpha/en.html")).to_lowercase();
    assert!(
        !page.contains("javascript:") && !page.contains("data:text"),
        "{page}"
    );
}

#[test]
fn article_image_leaving_the_project() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\n![secret](../../../../etc/passwd)\n",
            )
        },
        &[],
        1,
        &[
            "error[image-source]: image `../../../../etc/passwd` is outside the project",
            "--> content/alpha.md:5:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_image_just_outside_the_project() {
    // Two levels up from content/ leaves the project even where no such file exists.
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\n![secret](../../etc/passwd)\n",
            )
        },
        &[],
        1,
        &["error[image-source]: image `../../etc/passwd` is outside the project"],
        Outputs::Kept,
    );
}

#[test]
fn article_image_that_is_not_an_image() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\n![settings](../safha.toml)\n",
            )
        },
        &[],
        1,
        &["error[image-source]: `../safha.toml` is not an image safha publishes"],
        Outputs::Kept,
    );
}

#[test]
fn article_image_missing() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\n![chart](chart.png)\n",
            )
        },
        &[],
        1,
        &[
            "error[image-source]: image `chart.png` does not exist",
            "--> content/alpha.md:5:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn article_character_no_font_covers() {
    // U+E000, private use: no font has it. Only the PDF editions that show it are withheld;
    // the web pages are published and link no PDF that was not made.
    let c = case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\nAlpha body \u{E000}.\n",
            )
        },
        &[],
        1,
        &[
            "error[missing-glyph]: no font can draw U+E000",
            "segment `p-alpha-body",
            "en.pdf",
            "--> content/alpha.md:5:12",
        ],
        Outputs::MayChange,
    );
    let dist = c.dir.path().join("dist/alpha");
    assert!(!dist.join("en.pdf").exists(), "en.pdf shows the character");
    let html = read(&dist.join("en.html"));
    assert!(
        html.contains("Alpha body \u{E000}"),
        "the web page is published"
    );
    assert!(
        !html.contains("en.pdf"),
        "the web page links a PDF that was not made"
    );
}

// ---- The project --------------------------------------------------------------------

#[test]
fn project_without_content() {
    case(
        |p| std::fs::remove_dir_all(p.join("content")).unwrap(),
        &[],
        1,
        &["error[content-missing]: the project has no content/ folder"],
        Outputs::Kept,
    );
}

#[test]
fn project_without_locales() {
    let c = case(
        |p| std::fs::remove_dir_all(p.join("locales")).unwrap(),
        &[],
        0,
        &[
            "warning[locales-missing]: the project has no locales/ folder; only the source language is published",
        ],
        Outputs::MayChange,
    );
    assert!(c.run.stderr.contains("built 2 articles"));
}

#[test]
fn locale_folder_with_an_invalid_tag() {
    case(
        |p| std::fs::create_dir(p.join("locales/not a language!")).unwrap(),
        &[],
        1,
        &["error[locale-tag]: locale folder `not a language!` is not a valid language tag"],
        Outputs::Kept,
    );
}

#[test]
fn locale_folder_not_in_canonical_form() {
    case(
        |p| std::fs::rename(p.join("locales/ur"), p.join("locales/UR")).unwrap(),
        &[],
        1,
        &[
            "error[locale-tag]: locale folder `UR` is not written in canonical form",
            "rename it to `ur`",
        ],
        Outputs::Kept,
    );
}

#[test]
fn config_that_is_not_toml() {
    case(
        |p| write(p, "safha.toml", "source = \"en\"\nlanguages = [\"en\", \n"),
        &[],
        1,
        &[
            "error[config-syntax]: invalid safha.toml",
            "--> safha.toml:",
        ],
        Outputs::Kept,
    );
}

#[test]
fn config_unknown_key() {
    case(
        |p| write(p, "safha.toml", "source = \"en\"\nlangauges = [\"ur\"]\n"),
        &[],
        1,
        &[
            "error[config-syntax]: invalid safha.toml",
            "--> safha.toml:2:1",
            "langauges",
        ],
        Outputs::Kept,
    );
}

#[test]
fn config_threshold_out_of_range() {
    case(
        |p| write(p, "safha.toml", "min_complete = 150\n"),
        &[],
        1,
        &[
            "error[config-min-complete]: min_complete = 150 is not a percentage",
            "--> safha.toml:1:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn config_base_url_without_scheme() {
    case(
        |p| write(p, "safha.toml", "base_url = \"example.org\"\n"),
        &[],
        1,
        &["error[config-base-url]", "--> safha.toml:1:1"],
        Outputs::Kept,
    );
}

#[test]
fn corrupt_font_file() {
    case(
        |p| {
            write(
                p,
                "fonts/NotoNastaliqUrdu-Regular.ttf",
                b"not a font at all",
            )
        },
        &[],
        1,
        &["error[font-corrupt]: fonts/NotoNastaliqUrdu-Regular.ttf is not a usable font"],
        Outputs::Kept,
    );
}

#[test]
fn missing_font_file_uses_the_bundled_copy() {
    // A project keeps only one of its fonts under fonts/: the others come from safha.
    let c = case(
        |p| {
            write(
                p,
                "fonts/NotoSerif-Regular.ttf",
                crate_font("NotoSerif-Regular.ttf"),
            )
        },
        &[],
        0,
        &[],
        Outputs::Kept,
    );
    assert!(!c.run.stderr.contains("error"));
}

fn crate_font(name: &str) -> Vec<u8> {
    std::fs::read(repo().join("fonts").join(name)).unwrap()
}

#[test]
fn output_folder_inside_content() {
    case(
        |_| {},
        &["build", "--out", "content/site"],
        1,
        &["error[output-in-content]: the output folder is inside content/"],
        Outputs::Kept,
    );
}

#[test]
fn output_folder_over_the_projects_own_files() {
    for (out, message) in [
        (
            "locales",
            "error[output-in-project-files]: the output folder is inside locales/",
        ),
        (
            "fonts/web",
            "error[output-in-project-files]: the output folder is inside fonts/",
        ),
        (
            ".",
            "error[output-in-project-files]: the output folder would hold the project itself",
        ),
        (
            "..",
            "error[output-in-project-files]: the output folder would hold the project itself",
        ),
    ] {
        case(
            |_| {},
            &["build", "--out", out],
            1,
            &[message],
            Outputs::Kept,
        );
    }
}

#[test]
fn read_only_output_folder() {
    // Root ignores permission bits, so the folder is made immutable where possible.
    let immutable = |p: &Path, on: bool| {
        std::process::Command::new("chattr")
            .arg(if on { "+i" } else { "-i" })
            .arg(p.join("dist/alpha"))
            .status()
            .is_ok_and(|s| s.success())
    };
    let dir = temp_project(&fixture("two"));
    let p = dir.path();
    assert_eq!(safha(p, &["build"]).code, 0);
    let before = snapshot(&p.join("dist"));
    let locked = if is_root() {
        immutable(p, true)
    } else {
        let mut perm = std::fs::metadata(p.join("dist/alpha"))
            .unwrap()
            .permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o555);
        std::fs::set_permissions(p.join("dist/alpha"), perm).is_ok()
    };
    if !locked {
        eprintln!("cannot make a folder read-only here; skipped");
        return;
    }
    write(
        p,
        ALPHA_MD,
        "---\ntitle: Alpha, edited\n---\n\nAlpha body.\n",
    );
    let run = safha(p, &["build"]);
    if is_root() {
        immutable(p, false);
    } else {
        let mut perm = std::fs::metadata(p.join("dist/alpha"))
            .unwrap()
            .permissions();
        std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
        std::fs::set_permissions(p.join("dist/alpha"), perm).unwrap();
    }
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error[output-write]: cannot replace "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("dist/alpha/en.html: Operation not permitted"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("not built: alpha"), "{}", run.stderr);
    let after = snapshot(&p.join("dist"));
    for (rel, bytes) in &before {
        if rel.starts_with("alpha") {
            assert!(after.get(rel) == Some(bytes), "{} changed", rel.display());
        }
    }
    for rel in after.keys() {
        assert!(!rel.to_string_lossy().contains(".tmp"), "{}", rel.display());
    }
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn broken_template() {
    case(
        |p| {
            write(
                p,
                "templates/index.html",
                "{% extends \"base.html\" %}\n{% block main %}\n{% for %}\n{% endblock %}\n",
            )
        },
        &[],
        1,
        &["error[template]", "--> templates/index.html:3:"],
        Outputs::Kept,
    );
}

#[test]
fn broken_ui_strings() {
    case(
        |p| write(p, "locales/ur/ui.ftl", "page-number = صفحہ { $page\n"),
        &[],
        1,
        &["error[ftl-syntax]", "--> locales/ur/ui.ftl:1:"],
        Outputs::Kept,
    );
}

#[test]
fn unknown_format() {
    let dir = temp_project(&fixture("two"));
    let run = safha(dir.path(), &["build", "--format", "docx"]);
    assert_eq!(run.code, 2, "bad usage");
    assert!(
        run.stderr
            .contains("unknown format `docx` (expected html, pdf)"),
        "{}",
        run.stderr
    );
}

// ---- Hostile files: what outside contributors and downloads can hold --------------------

/// A file outside every project, with lines no diagnostic may echo.
fn secret() -> std::path::PathBuf {
    use std::sync::OnceLock;
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DIR.get_or_init(|| tempfile::tempdir().unwrap());
    let path = dir.path().join("secret");
    std::fs::write(&path, "SECRET-1 = x\nroot:x:0:0:SECRET-2\n").unwrap();
    path
}

#[cfg(unix)]
fn replace_with_link(p: &Path, rel: &str, target: &Path) {
    let at = p.join(rel);
    let _ = std::fs::remove_file(&at);
    std::fs::create_dir_all(at.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(target, at).unwrap();
}

/// A link out of the project at `rel`: refused by name, nothing of the file echoed.
#[cfg(unix)]
fn link_out(rel: &'static str, not_built: &str, outputs: Outputs) {
    let c = case(
        |p| replace_with_link(p, rel, &secret()),
        &[],
        1,
        &["error[input-outside-project]", rel, not_built],
        outputs,
    );
    assert!(!c.run.stderr.contains("SECRET"), "{}", c.run.stderr);
}

#[cfg(unix)]
#[test]
fn hostile_ftl_linked_out_of_the_project() {
    link_out(ALPHA_UR, "", Outputs::UrduWithheld);
}

#[cfg(unix)]
#[test]
fn hostile_article_linked_out_of_the_project() {
    link_out(ALPHA_MD, "not built: alpha", Outputs::Kept);
}

#[cfg(unix)]
#[test]
fn hostile_ui_strings_linked_out_of_the_project() {
    link_out("locales/ur/ui.ftl", "", Outputs::Kept);
}

#[cfg(unix)]
#[test]
fn hostile_template_linked_out_of_the_project() {
    link_out("templates/style.css", "", Outputs::Kept);
}

#[cfg(unix)]
#[test]
fn hostile_settings_linked_out_of_the_project() {
    link_out("safha.toml", "", Outputs::Kept);
}

#[cfg(unix)]
#[test]
fn hostile_article_linked_to_the_environment() {
    let c = case(
        |p| replace_with_link(p, "content/gamma.md", Path::new("/proc/self/environ")),
        &[],
        1,
        &["error[input-outside-project]", "content/gamma.md"],
        Outputs::Kept,
    );
    assert!(!c.run.stderr.contains("PATH="), "{}", c.run.stderr);
}

#[cfg(unix)]
#[test]
fn hostile_article_linked_to_an_endless_device() {
    case(
        |p| replace_with_link(p, "content/gamma.md", Path::new("/dev/zero")),
        &[],
        1,
        &["error[input-outside-project]", "content/gamma.md"],
        Outputs::Kept,
    );
}

#[cfg(unix)]
fn pipe_at(p: &Path, rel: &str) {
    let at = p.join(rel);
    let _ = std::fs::remove_file(&at);
    std::fs::create_dir_all(at.parent().unwrap()).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(&at)
        .status()
        .unwrap();
    assert!(made.success());
}

#[cfg(unix)]
#[test]
fn hostile_article_that_is_a_pipe() {
    case(
        |p| pipe_at(p, "content/gamma.md"),
        &[],
        1,
        &["error[input-not-a-file]: content/gamma.md is not a regular file"],
        Outputs::Kept,
    );
}

#[cfg(unix)]
#[test]
fn hostile_translation_that_is_a_pipe() {
    case(
        |p| pipe_at(p, ALPHA_UR),
        &[],
        1,
        &["error[input-not-a-file]: locales/ur/alpha.ftl is not a regular file"],
        Outputs::UrduWithheld,
    );
}

#[cfg(unix)]
#[test]
fn hostile_template_that_is_a_pipe() {
    case(
        |p| pipe_at(p, "templates/base.html"),
        &[],
        1,
        &["error[input-not-a-file]: templates/base.html is not a regular file"],
        Outputs::Kept,
    );
}

#[test]
fn hostile_translation_above_the_size_cap() {
    case(
        |p| {
            let f = std::fs::File::create(p.join(ALPHA_UR)).unwrap();
            f.set_len((64 << 20) + 1).unwrap();
        },
        &[],
        1,
        &["error[input-too-large]: locales/ur/alpha.ftl is larger than 64 MB"],
        Outputs::UrduWithheld,
    );
}

/// The bundled Nastaliq, damaged by `damage`, as the project's own copy.
fn damaged_nastaliq(p: &Path, damage: fn(&mut Vec<u8>)) {
    let mut bytes = std::fs::read(repo().join("fonts/NotoNastaliqUrdu-Regular.ttf")).unwrap();
    damage(&mut bytes);
    write(p, "fonts/NotoNastaliqUrdu-Regular.ttf", &bytes);
}

#[test]
fn hostile_font_cut_in_half() {
    case(
        |p| damaged_nastaliq(p, |b| b.truncate(b.len() / 2)),
        &[],
        1,
        &[
            "error[font-corrupt]: fonts/NotoNastaliqUrdu-Regular.ttf is not a usable font",
            "cut short",
        ],
        Outputs::Kept,
    );
}

#[test]
fn hostile_font_first_kilobyte() {
    case(
        |p| damaged_nastaliq(p, |b| b.truncate(1024)),
        &[],
        1,
        &["error[font-corrupt]: fonts/NotoNastaliqUrdu-Regular.ttf"],
        Outputs::Kept,
    );
}

#[test]
fn hostile_font_table_directory_zeroed() {
    case(
        |p| damaged_nastaliq(p, |b| b[12..12 + 16 * 20].fill(0)),
        &[],
        1,
        &["error[font-corrupt]: fonts/NotoNastaliqUrdu-Regular.ttf"],
        Outputs::Kept,
    );
}

#[test]
fn hostile_font_of_another_script() {
    case(
        |p| {
            let serif = std::fs::read(repo().join("fonts/NotoSerif-Regular.ttf")).unwrap();
            write(p, "fonts/NotoNastaliqUrdu-Regular.ttf", serif);
        },
        &[],
        1,
        &[
            "error[font-corrupt]",
            "lacks characters Noto Nastaliq Urdu must draw",
        ],
        Outputs::Kept,
    );
}

#[test]
fn hostile_yaml_escape_of_a_control_character() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: \"Alpha\\u0001\"\n---\n\nAlpha body.\n",
            )
        },
        &[],
        1,
        &[
            "error[control-character]: `title` holds the control character U+0001",
            "--> content/alpha.md:2:1",
            "not built: alpha",
        ],
        Outputs::Kept,
    );
}

#[test]
fn hostile_fluent_literal_of_a_control_character_is_left_out() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_UR,
                format!("title = الفا {{\"\\u0007\"}}\n{BODY_UR}"),
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    let page = read(&c.dir.path().join("dist/alpha/ur.html"));
    assert!(page.contains("الفا") && !page.contains('\u{7}'));
    let run = safha(c.dir.path(), &["check"]);
    assert!(
        run.stderr
            .contains("error[control-character]: `title` puts the control character U+0007"),
        "{}",
        run.stderr
    );
}

#[test]
fn hostile_markdown_entity_of_a_control_character_is_left_out() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\nAlpha &#x1B;[31m body.\n",
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    let page = read(&c.dir.path().join("dist/alpha/en.html"));
    assert!(
        page.contains("Alpha [31m body") && !page.contains('\u{1B}'),
        "{page}"
    );
}

#[test]
fn hostile_bidi_override_in_a_title_is_neutralized() {
    let c = case(
        |p| {
            write(
                p,
                ALPHA_UR,
                format!("title = الفا \u{202E}ابتدا\n{BODY_UR}"),
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
    for file in ["dist/alpha/ur.html", "dist/index.html", "dist/feeds/ur.xml"] {
        assert!(
            !read(&c.dir.path().join(file)).contains('\u{202E}'),
            "{file}"
        );
    }
    let run = safha(c.dir.path(), &["check"]);
    assert!(
        run.stderr.contains("warning[bidi-override]"),
        "{}",
        run.stderr
    );
}

#[test]
fn hostile_date_of_year_zero() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\ndate: 0000-01-01\n---\n\nAlpha body.\n",
            )
        },
        &[],
        1,
        &[
            "error[front-matter-invalid]: `0000-01-01` is not a date",
            "--> content/alpha.md:3:1",
        ],
        Outputs::Kept,
    );
}

#[test]
fn hostile_date_with_a_sign() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\ndate: \"+999-01-01\"\n---\n\nAlpha body.\n",
            )
        },
        &[],
        1,
        &["error[front-matter-invalid]: `+999-01-01` is not a date"],
        Outputs::Kept,
    );
}

/// A `base_url` the build refuses, with the words that say why.
fn bad_base_url(url: &'static str, why: &str) {
    case(
        |p| write(p, "safha.toml", format!("base_url = {url:?}\n")),
        &[],
        1,
        &["error[config-base-url]", why, "--> safha.toml:1:1"],
        Outputs::Kept,
    );
}

#[test]
fn hostile_base_url_without_host() {
    bad_base_url("https://", "is not an address");
}

#[test]
fn hostile_base_url_with_space() {
    bad_base_url(
        "https://example.org/my site/",
        "holds white space or a quote",
    );
}

#[test]
fn hostile_base_url_with_quote() {
    bad_base_url(
        "https://example.org/\"onmouseover=x",
        "holds white space or a quote",
    );
}

#[test]
fn hostile_base_url_with_query() {
    bad_base_url("https://example.org/?utm=x", "has a query or a fragment");
}

/// An article showing `svg` (written as content/chart.svg): refused, and not published.
fn unsafe_svg(svg: &'static str, why: &str) {
    let c = case(
        |p| {
            write(p, "content/chart.svg", svg);
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\nAlpha body.\n\n![chart](chart.svg)\n",
            );
        },
        &[],
        1,
        &[
            "error[image-source]",
            why,
            "--> content/alpha.md:7:1",
            "not built: alpha",
        ],
        Outputs::Kept,
    );
    assert!(!c.dir.path().join("dist/alpha/media").exists());
}

#[test]
fn hostile_svg_with_a_script() {
    unsafe_svg(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#,
        "holds a <script> element",
    );
}

#[test]
fn hostile_svg_with_an_event_handler() {
    unsafe_svg(
        r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#,
        "holds an event handler (onload)",
    );
}

#[test]
fn hostile_svg_with_a_remote_image() {
    unsafe_svg(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>"#,
        "links to `https://tracker.example/p.png`",
    );
}

#[test]
fn hostile_svg_with_embedded_html() {
    unsafe_svg(
        r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>"#,
        "holds a <foreignObject> element",
    );
}

#[test]
fn hostile_private_use_character_withholds_only_the_pdf() {
    let c = case(
        |p| write(p, ALPHA_UR, format!("title = الفا \u{F8FF}\n{BODY_UR}")),
        &[],
        1,
        &[
            "error[missing-glyph]: no font can draw U+F8FF",
            "ur.pdf, parallel.pdf are not made",
            "--> locales/ur/alpha.ftl:1:",
        ],
        Outputs::MayChange,
    );
    let dist = c.dir.path().join("dist/alpha");
    assert!(dist.join("en.pdf").exists() && dist.join("ur.html").exists());
    assert!(!dist.join("ur.pdf").exists());
}

#[test]
fn hostile_emoji_and_arrows_are_drawn() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha 😀\n---\n\nAlpha body → ★ ✓ 👍🏽 🇵🇰.\n",
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
}

#[test]
fn hostile_honorific_after_a_space_is_drawn() {
    case(
        |p| {
            write(
                p,
                ALPHA_UR,
                format!("title = الفا صدیق ؓ اور بخش ؒ\n{BODY_UR}"),
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
}

#[test]
fn hostile_tab_in_code_is_drawn() {
    case(
        |p| {
            write(
                p,
                ALPHA_MD,
                "---\ntitle: Alpha\n---\n\nAlpha body.\n\n```\nall:\n\tgo build\n```\n",
            )
        },
        &[],
        0,
        &[],
        Outputs::MayChange,
    );
}

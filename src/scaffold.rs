//! `safha new` and `safha init`: a new article, a new project that builds out of the box.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, io_error};
use crate::l10n::serialize;
use crate::output::write_atomic;
use crate::project::{CONTENT_DIR, LOCALES_DIR, Project};

/// Whether `slug` can name an article: lowercase ASCII letters, digits and single hyphens.
pub fn valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 80
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Writes `content/<slug>.md` from a template, and its source messages.
pub fn new_article(
    project: &Project,
    slug: &str,
    title: Option<&str>,
) -> Result<PathBuf, Diagnostic> {
    if !valid_slug(slug) {
        return Err(
            Diagnostic::error("slug", format!("`{slug}` cannot name an article"))
                .with_hint("use lowercase letters, digits and hyphens, e.g. `budget-2025`"),
        );
    }
    let path = project.content_dir().join(format!("{slug}.md"));
    if path.exists() {
        return Err(Diagnostic::error(
            "article-exists",
            format!("{} already exists", project.display(&path).display()),
        )
        .at_path(project.display(&path))
        .with_hint("choose another slug, or edit the existing article"));
    }
    let title = title.map_or_else(|| title_of(slug), str::to_string);
    let text = format!(
        "---\n\
         title: {}\n\
         summary: \"One sentence that says what the article is about.\"\n\
         author: \"\"\n\
         ---\n\n\
         The first paragraph. Write in Markdown: *emphasis*, **strong**, [links](https://example.org).\n\n\
         ## A section heading\n\n\
         Every paragraph, heading, list item and quote becomes one message for translators.\n",
        yaml_string(&title)
    );
    std::fs::create_dir_all(project.content_dir())
        .map_err(|e| io_error("content-write", "create", &project.content_dir(), &e))?;
    write_atomic(&path, text.as_bytes())?;
    crate::extract::extract_article(project, &path).map_err(|mut d| d.remove(0))?;
    Ok(path)
}

/// "budget-2025" → "Budget 2025"
fn title_of(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn yaml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The welcome article of a new project: (English Markdown segment, Urdu translation).
const WELCOME: &[(&str, &str)] = &[
    ("Welcome to safha", "صفحہ میں خوش آمدید"),
    (
        "A first article that shows how safha publishes English and Urdu side by side.",
        "ایک پہلا مضمون جو دکھاتا ہے کہ صفحہ انگریزی اور اردو کو ساتھ ساتھ کیسے شائع کرتا ہے۔",
    ),
    (
        "This is the first paragraph of your new project. Edit it in *content/welcome.md*, then run `safha build` to publish it in English and Urdu.",
        "یہ آپ کے نئے پروجیکٹ کا پہلا پیراگراف ہے۔ اسے *content/welcome.md* میں بدلیں، پھر اسے انگریزی اور اردو میں شائع کرنے کے لیے `safha build` چلائیں۔",
    ),
    ("How it works", "یہ کیسے کام کرتا ہے"),
    (
        "Every paragraph becomes a message in *locales/en/welcome.ftl*. Translators write the Urdu under the same ids in *locales/ur/welcome.ftl*.",
        "ہر پیراگراف *locales/en/welcome.ftl* میں ایک پیغام بن جاتا ہے۔ مترجم انہی شناختوں کے تحت اردو متن *locales/ur/welcome.ftl* میں لکھتے ہیں۔",
    ),
    (
        "Good translation keeps the meaning, not the words.",
        "اچھا ترجمہ الفاظ کو نہیں، معنی کو برقرار رکھتا ہے۔",
    ),
    (
        "Run `safha status` to see what is missing and `safha check` to find mistakes before you publish.",
        "اشاعت سے پہلے یہ دیکھنے کے لیے کہ کیا باقی ہے `safha status` چلائیں، اور غلطیاں ڈھونڈنے کے لیے `safha check`۔",
    ),
];

const CONFIG: &str = "\
# safha settings; every key is optional.
source = \"en\"              # the language articles are written in
languages = [\"en\", \"ur\"]   # languages to publish
out = \"dist\"               # output folder
min_complete = 80          # publish a language only when this % of an article's words is translated

[pdf]
page = \"A4\"                # A4, A5 or Letter
# urdu_digits = false      # page and list numbers in 123 (true: ۱۲۳); default: ui.ftl's digits
";

/// Creates a project in `dir` (made if missing; it must not hold a project already).
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    for taken in [crate::config::FILE_NAME, CONTENT_DIR, LOCALES_DIR] {
        if dir.join(taken).exists() {
            return Err(Diagnostic::error(
                "init-exists",
                format!("{} already holds a project ({taken} exists)", dir.display()),
            )
            .at_path(dir.join(taken))
            .with_hint("run `safha init` in a new or empty folder"));
        }
    }
    let (title, summary) = (WELCOME[0].0, WELCOME[1].0);
    let body: Vec<String> = WELCOME[2..].iter().map(|(en, _)| en.to_string()).collect();
    let article = format!(
        "---\ntitle: {}\nsummary: {}\n---\n\n{}\n\n## {}\n\n{}\n\n> {}\n\n{}\n",
        yaml_string(title),
        yaml_string(summary),
        body[0],
        body[1],
        body[2],
        body[3],
        body[4]
    );
    let mut written = Vec::new();
    let mut write = |rel: &str, bytes: &[u8]| -> Result<(), Diagnostic> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| io_error("init-write", "create", parent, &e))?;
        }
        write_atomic(&path, bytes)?;
        written.push(PathBuf::from(rel));
        Ok(())
    };
    write(crate::config::FILE_NAME, CONFIG.as_bytes())?;
    write(".gitignore", b"/dist/\n")?;
    write("content/welcome.md", article.as_bytes())?;
    // The Urdu file by the ids extract gives the English, each with its `# en:` note.
    std::fs::create_dir_all(dir.join("locales/ur"))
        .map_err(|e| io_error("init-write", "create", &dir.join("locales/ur"), &e))?;
    let project = Project::open(dir, None)?;
    let path = project.content_dir().join("welcome.md");
    crate::extract::extract_article(&project, &path).map_err(|mut d| d.remove(0))?;
    let source = crate::load::article(&project, &path).map_err(|mut d| d.remove(0))?;
    let mut entries = vec![serialize::resource_comment(vec![
        "Urdu translation of content/welcome.md. Above each message, `# en:` records the English it was translated from.".to_string(),
    ])];
    for seg in source.article.messages() {
        if let Some((_, ur)) = WELCOME.iter().find(|(en, _)| *en == &*seg.text) {
            entries.push(serialize::message(
                &seg.id,
                ur,
                serialize::source_note_lines(&seg.text),
            ));
        }
    }
    write(
        "locales/ur/welcome.ftl",
        serialize::to_string(entries).as_bytes(),
    )?;
    written.insert(3, PathBuf::from("locales/en/welcome.ftl"));
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(valid_slug("budget-2025"));
        for bad in ["", "Budget", "a--b", "-a", "a-", "a b", "ü", "../x"] {
            assert!(!valid_slug(bad), "{bad}");
        }
        assert_eq!(title_of("budget-2025"), "Budget 2025");
    }
}

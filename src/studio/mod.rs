//! The translation studio: `safha serve`'s `/_translate/`, where a translator works in the
//! browser instead of a terminal and a bidi-scrambled text file. Per article and language,
//! the segments in document order, the English beside an editable right-to-left field set
//! in Nastaliq, missing / stale / problem filters, a phrase diff and "accept" for stale
//! ones, checks as they type, and the preview beside it (the serve rebuild reloads it).
//!
//! The studio is a pure request → reply function (`handle`); `cli/serve` puts it on the
//! wire. Saves go through `edit` (one message rewritten by the Fluent serializer) and are
//! refused when the file changed on disk since the page loaded it. Everything that writes
//! needs the page's token in a header, which no other site's page can send (a custom
//! header needs a CORS preflight this server never answers), and the page's content
//! security policy lets no script but the studio's own run: translator text is only ever
//! set as text.

pub mod model;

use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use serde_json::{Value as Json, json};

use crate::diag::Diagnostic;
use crate::l10n::edit::{self, EditError, Value};
use crate::l10n::{Dir, Lang};
use crate::project::Project;
use model::Translation;

/// Where the studio lives on the preview server.
pub const PREFIX: &str = "/_translate";
/// The largest request body the studio reads.
pub const MAX_BODY: usize = 4 << 20;

const PAGE: &str = include_str!("assets/studio.html");
const SCRIPT: &str = include_str!("assets/studio.js");
const STYLE: &str = include_str!("assets/studio.css");

/// A request, as much of it as the studio reads.
pub struct Request<'a> {
    pub method: &'a str,
    /// The URL path, without query.
    pub path: &'a str,
    pub header: &'a dyn Fn(&str) -> Option<String>,
    pub body: &'a [u8],
}

/// What the studio answers.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Reply {
    fn json(status: u16, value: &Json) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: value.to_string().into_bytes(),
        }
    }

    fn text(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            content_type,
            body: body.into(),
        }
    }

    fn error(status: u16, message: impl Into<String>) -> Reply {
        Reply::json(status, &json!({ "error": message.into() }))
    }
}

/// The headers every studio reply carries: no script but its own, no framing by others.
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; \
         connect-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; \
         form-action 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
];

pub struct Studio {
    root: PathBuf,
    /// Whether the preview makes PDFs (`serve --format html` does not: no PDF view then).
    pdf: bool,
    token: String,
    book: OnceLock<Option<safha_text::FontBook>>,
    /// One save at a time: the check that the file is unchanged and the write are one step.
    writing: Mutex<()>,
}

impl Studio {
    pub fn new(root: PathBuf, pdf: bool) -> Studio {
        Studio {
            root,
            pdf,
            token: token(),
            book: OnceLock::new(),
            writing: Mutex::new(()),
        }
    }

    pub fn handle(&self, request: &Request<'_>) -> Reply {
        let Some(rest) = request.path.strip_prefix(PREFIX) else {
            return Reply::error(404, "not found");
        };
        let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
        let get = request.method == "GET" || request.method == "HEAD";
        match (get, parts.as_slice()) {
            (true, []) => self.index(),
            (true, ["studio.js"]) => Reply::text(200, "text/javascript; charset=utf-8", SCRIPT),
            (true, ["studio.css"]) => Reply::text(200, "text/css; charset=utf-8", STYLE),
            (true, ["fonts", "nastaliq.ttf"]) => Reply::text(
                200,
                "font/ttf",
                safha_text::faces::NASTALIQ.bundled().to_vec(),
            ),
            (true, ["fonts", "serif.ttf"]) => {
                Reply::text(200, "font/ttf", safha_text::faces::SERIF.bundled().to_vec())
            }
            (true, [slug, lang]) => self.page(slug, lang),
            (true, ["api", slug, lang]) => self.view(slug, lang),
            (false, ["api", slug, lang, action]) if request.method == "POST" => {
                if let Err(why) = self.allowed(request) {
                    return Reply::error(403, why);
                }
                let Ok(body) = serde_json::from_slice::<Json>(request.body) else {
                    return Reply::error(400, "the request is not JSON");
                };
                self.act(slug, lang, action, &body)
            }
            _ => Reply::error(404, "not found"),
        }
    }

    /// Whether a request that writes comes from the studio's own page.
    fn allowed(&self, request: &Request<'_>) -> Result<(), &'static str> {
        if (request.header)("X-Safha-Token").as_deref() != Some(self.token.as_str()) {
            return Err("this request does not come from the studio's page (reload it)");
        }
        let json = (request.header)("Content-Type")
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/json"));
        if !json {
            return Err("only JSON is accepted");
        }
        if let (Some(origin), Some(host)) = ((request.header)("Origin"), (request.header)("Host"))
            && origin != format!("http://{host}")
        {
            return Err("a request from another site");
        }
        Ok(())
    }

    fn project(&self) -> Result<Project, Diagnostic> {
        Project::open(&self.root, None)
    }

    fn book(&self) -> Option<&safha_text::FontBook> {
        self.book
            .get_or_init(|| crate::fonts::book(&self.root).ok())
            .as_ref()
    }

    fn index(&self) -> Reply {
        let list = match self.project().and_then(|p| model::index(&p)) {
            Ok(l) => l,
            Err(d) => return Reply::error(500, d.render(false)),
        };
        let mut items = String::new();
        for a in &list {
            let (slug, lang) = (a["slug"].as_str(), a["lang"].as_str());
            let (Some(slug), Some(lang)) = (slug, lang) else {
                continue;
            };
            let title = a["title"].as_str().unwrap_or(slug);
            let c = &a["counts"];
            let state = if c["broken"] == true {
                "the file does not parse".to_string()
            } else {
                format!(
                    "{} missing, {} stale, {} of {} done",
                    c["missing"], c["stale"], c["done"], a["segments"]
                )
            };
            items.push_str(&format!(
                "<li><a href=\"{PREFIX}/{}/{}/\"><span lang=\"en\">{}</span> → {}</a> \
                 <span class=\"counts\">{}</span></li>\n",
                esc(slug),
                esc(lang),
                esc(title),
                esc(lang),
                esc(&state)
            ));
        }
        let body = format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>Translation studio</title><link rel=\"stylesheet\" href=\"{PREFIX}/studio.css\">\
             </head><body class=\"index\"><main><h1>Translation studio</h1>\
             <p>Choose an article and a language.</p><ul class=\"articles\">\n{items}</ul>\
             </main></body></html>\n"
        );
        Reply::text(200, "text/html; charset=utf-8", body)
    }

    fn page(&self, slug: &str, lang: &str) -> Reply {
        let Some((project, lang)) = self.target(slug, lang) else {
            return Reply::error(404, "no such article or language");
        };
        let title = model::article(&project, slug)
            .ok()
            .and_then(|s| s.article.segments.first().map(|s| s.text.to_string()))
            .unwrap_or_else(|| slug.to_string());
        let rtl = lang.dir() == Dir::Rtl;
        let page = PAGE
            .replace("{{token}}", &esc(&self.token))
            .replace("{{slug}}", &esc(slug))
            .replace("{{lang}}", &esc(&lang.tag()))
            .replace("{{dir}}", if rtl { "rtl" } else { "ltr" })
            .replace("{{title}}", &esc(&title))
            .replace("{{preview}}", &esc(&model::preview_page(slug, &lang)))
            .replace("{{pdf}}", &esc(&format!("/{slug}/{}.pdf", lang.tag())))
            .replace("{{no_pdf}}", if self.pdf { "" } else { " hidden" })
            .replace("{{prefix}}", PREFIX);
        Reply::text(200, "text/html; charset=utf-8", page)
    }

    /// The project and the target language, if `slug` and `lang` name them.
    fn target(&self, slug: &str, lang: &str) -> Option<(Project, Lang)> {
        if !model::plain_name(slug) || !model::plain_name(lang) {
            return None;
        }
        let project = self.project().ok()?;
        let lang = project.targets().find(|l| l.tag() == lang)?.clone();
        Some((project, lang))
    }

    fn view(&self, slug: &str, lang: &str) -> Reply {
        let Some((project, lang)) = self.target(slug, lang) else {
            return Reply::error(404, "no such article or language");
        };
        let source = match model::article(&project, slug) {
            Ok(s) => s,
            Err(d) => return Reply::error(not_found_or(&d), d.render(false)),
        };
        let t = match Translation::read(&project, slug, &lang) {
            Ok(t) => t,
            Err(d) => return Reply::error(422, d.render(false)),
        };
        let file = match t.parse() {
            Ok(f) => f,
            Err(d) => {
                let text: Vec<String> = d.iter().map(|d| d.render(false)).collect();
                return Reply::json(
                    200,
                    &json!({ "broken": text.join("\n"), "file": t.shown, "base": t.base() }),
                );
            }
        };
        let problems = match self.book() {
            Some(book) => model::problems(&project, book, &lang, &file, &source),
            None => Default::default(),
        };
        Reply::json(
            200,
            &json!({
                "file": t.shown,
                "base": t.base(),
                "lang": lang.tag(),
                "dir": if lang.dir() == Dir::Rtl { "rtl" } else { "ltr" },
                "segments": model::segments(&source, &file, &problems),
            }),
        )
    }

    fn act(&self, slug: &str, lang: &str, action: &str, body: &Json) -> Reply {
        let Some((project, lang)) = self.target(slug, lang) else {
            return Reply::error(404, "no such article or language");
        };
        let Some(id) = body["id"].as_str() else {
            return Reply::error(400, "which message?");
        };
        let source = match model::article(&project, slug) {
            Ok(s) => s,
            Err(d) => return Reply::error(not_found_or(&d), d.render(false)),
        };
        let Some(seg) = source.article.segments.iter().find(|s| s.id == id) else {
            return Reply::error(404, format!("the article has no segment `{id}`"));
        };
        let english = seg.text.to_string();
        let value = match (body["text"].as_str(), body["fluent"].as_bool()) {
            (Some(t), Some(true)) => Some(Value::Fluent(t.to_string())),
            (Some(t), _) => Some(Value::Plain(t.to_string())),
            (None, _) => None,
        };
        let _one_at_a_time = self.writing.lock();
        let t = match Translation::read(&project, slug, &lang) {
            Ok(t) => t,
            Err(d) => return Reply::error(422, d.render(false)),
        };
        // A file extract has not made yet: the header and every segment's placeholder.
        let created;
        let file_text = if t.text.is_empty() {
            let segments: Vec<(String, String)> = source
                .article
                .messages()
                .map(|s| (s.id.clone(), s.text.to_string()))
                .collect();
            let article = format!("content/{slug}.md");
            created = crate::l10n::placeholder::new_file(&lang.tag(), &article, &segments).0;
            &created
        } else {
            &t.text
        };
        let file = match crate::l10n::ftl::FtlFile::from_bytes(&t.shown, file_text.as_bytes()) {
            Ok(f) => f,
            Err(_) => {
                return Reply::error(
                    409,
                    format!(
                        "{} does not parse: mend it in an editor first",
                        t.shown.display()
                    ),
                );
            }
        };
        let new_text = match (action, &value) {
            ("check" | "save", Some(v)) => match edit::set(&file, id, v, &english) {
                Ok(text) => text,
                Err(EditError::Invalid(why) | EditError::FileBroken(why)) => {
                    return Reply::json(200, &json!({ "invalid": why, "problems": [] }));
                }
            },
            ("accept", _) => {
                let current = std::collections::HashMap::from([(id.to_string(), english.clone())]);
                crate::l10n::sync::accept(&file, &current, &|x| x == id).0
            }
            _ => return Reply::error(400, "unknown action"),
        };
        let checked = crate::l10n::ftl::FtlFile::from_bytes(&t.shown, new_text.as_bytes());
        let problems = match (&checked, self.book()) {
            (Ok(f), Some(book)) => model::problems(&project, book, &lang, f, &source)
                .remove(id)
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        if action == "check" {
            return Reply::json(200, &json!({ "problems": problems }));
        }
        // Fluent syntax is the page's to offer, not the request's to claim: a pattern
        // with an error (a variable the English does not have) would publish as
        // untranslated, so it is not saved; plain text is, errors and all, as work to go on.
        let errors = problems.iter().any(|p| p["severity"] == "error");
        if matches!(value, Some(Value::Fluent(_))) && errors {
            return Reply::json(
                422,
                &json!({ "saved": false, "invalid": "this Fluent has errors: mend them to save it", "problems": problems }),
            );
        }
        if body["base"].as_str() != Some(t.base().as_str()) {
            let disk = checked
                .ok()
                .and(crate::l10n::ftl::FtlFile::from_bytes(&t.shown, t.text.as_bytes()).ok())
                .and_then(|f| edit::current(&f, id))
                .map(|v| match v {
                    Value::Plain(s) | Value::Fluent(s) => s,
                });
            return Reply::json(
                409,
                &json!({
                    "conflict": true,
                    "disk": disk,
                    "base": t.base(),
                    "error": format!("{} changed on disk since this page loaded it", t.shown.display()),
                }),
            );
        }
        if let Err(d) = crate::output::write_atomic(&t.path, new_text.as_bytes()) {
            return Reply::error(500, d.render(false));
        }
        let saved = Translation {
            text: new_text,
            ..t
        };
        Reply::json(
            200,
            &json!({ "saved": true, "base": saved.base(), "problems": problems }),
        )
    }
}

/// A token no other page can guess: 128 bits from the standard library's per-process
/// random hash keys.
fn token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for i in 0..2u8 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u8(i);
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

/// 404 for an article that does not exist, 422 for one that does not read.
fn not_found_or(d: &Diagnostic) -> u16 {
    if d.code == model::NO_ARTICLE {
        404
    } else {
        422
    }
}

fn esc(s: &str) -> String {
    crate::html::escape(s)
}

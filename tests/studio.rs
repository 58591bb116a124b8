//! The translation studio (`safha serve`'s `/_translate/`): over HTTP, what it refuses and
//! what a save, an accept and a conflict do to the file; in headless Chromium
//! (tests/tools/studio_check.mjs), translating as a translator would, with axe-core's
//! accessibility check and screenshots at 1280 and 375 px (target/screenshots/).

mod common;

use common::*;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;

const PAGE: &str = "/_translate/new-wave-of-terrorism/ur/";
const API: &str = "/_translate/api/new-wave-of-terrorism/ur";

/// (status, headers, body) of one request.
fn request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    write!(s, "{head}\r\n{body}").unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (
        head[9..12].parse().unwrap(),
        head.to_string(),
        body.to_string(),
    )
}

/// A copy of the sample whose Urdu has one missing segment, one stale and one Arabic yeh.
fn project() -> tempfile::TempDir {
    let project = temp_project(&repo());
    let dir = project.path();
    let md = dir.join(format!("content/{SLUG}.md"));
    std::fs::write(
        &md,
        read(&md).replace("It is high time that we change", "It is time we change")
            + "\nA brand new closing paragraph.\n",
    )
    .unwrap();
    assert_eq!(safha(dir, &["extract"]).code, 0);
    let ftl = ur_file(dir);
    std::fs::write(
        &ftl,
        read(&ftl).replacen("title = دہشت گردی", "title = دہشت گردي", 1),
    )
    .unwrap();
    project
}

fn ur_file(dir: &Path) -> std::path::PathBuf {
    dir.join(format!("locales/ur/{SLUG}.ftl"))
}

fn token(port: u16) -> String {
    let (status, _, page) = request(port, "GET", PAGE, &[], "");
    assert_eq!(status, 200, "{page}");
    let at = page.find("name=\"safha-token\" content=\"").unwrap() + 28;
    page[at..].split('"').next().unwrap().to_string()
}

fn post(port: u16, token: &str, action: &str, body: &Value) -> (u16, Value) {
    let (status, _, text) = request(
        port,
        "POST",
        &format!("{API}/{action}"),
        &[
            ("Content-Type", "application/json"),
            ("X-Safha-Token", token),
        ],
        &body.to_string(),
    );
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn the_studio_writes_one_message_at_a_time_and_only_for_its_page() {
    let project = project();
    let dir = project.path();
    let server = start_server(dir);
    let port = server.port;
    let (status, head, page) = request(port, "GET", PAGE, &[], "");
    assert_eq!(status, 200);
    assert!(
        head.contains("Content-Security-Policy: default-src 'none'; script-src 'self'"),
        "{head}"
    );
    assert!(page.contains("dir=\"rtl\"") || page.contains("data-dir=\"rtl\""));
    // The preview makes no PDF (`--format html`): the page offers no PDF view.
    assert!(
        page.contains("data-view=\"pdf\" aria-pressed=\"false\" hidden"),
        "{page}"
    );
    let token = token(port);
    let (_, _, view) = request(port, "GET", API, &[], "");
    let view: Value = serde_json::from_str(&view).unwrap();
    let base = view["base"].as_str().unwrap().to_string();
    let status_of = |id: &str| {
        view["segments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status_of("p-a-brand-new-closing"), "missing");
    assert_eq!(status_of("p-with-the-united-states"), "stale");

    // Writes without the page's token, from another site or as a form: refused.
    let before = read(&ur_file(dir));
    let save = serde_json::json!({"id": "title", "text": "x", "base": base});
    for headers in [
        vec![("Content-Type", "application/json")],
        vec![
            ("Content-Type", "application/json"),
            ("X-Safha-Token", "guess"),
        ],
        vec![
            ("Content-Type", "text/plain"),
            ("X-Safha-Token", token.as_str()),
        ],
        vec![
            ("Content-Type", "application/json"),
            ("X-Safha-Token", token.as_str()),
            ("Origin", "http://evil.example"),
        ],
    ] {
        let (status, _, _) = request(
            port,
            "POST",
            &format!("{API}/save"),
            &headers,
            &save.to_string(),
        );
        assert_eq!(status, 403, "{headers:?}");
    }
    assert_eq!(read(&ur_file(dir)), before);
    // Paths that are no article.
    for path in [
        "/_translate/api/..%2f..%2fetc/ur",
        "/_translate/api/nope/ur",
        "/_translate/new-wave-of-terrorism/xx/",
    ] {
        assert_eq!(request(port, "GET", path, &[], "").0, 404, "{path}");
    }

    // A save rewrites that message only; its comment stays; text is escaped for Fluent.
    let text = "{ نیا } پیراگراف۔ [ربط](https://example.org)";
    let (status, reply) = post(
        port,
        &token,
        "save",
        &serde_json::json!({"id": "p-a-brand-new-closing", "text": text, "base": base}),
    );
    assert_eq!(status, 200, "{reply}");
    let after = read(&ur_file(dir));
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].0, "# untranslated: p-a-brand-new-closing");
    assert_eq!(before.lines().count(), after.lines().count());
    let file = ftl_messages(&ur_file(dir));
    assert!(
        file.iter()
            .any(|(id, t)| id == "p-a-brand-new-closing" && t == text),
        "{after}"
    );
    assert!(after.contains("# en: A brand new closing paragraph.\np-a-brand-new-closing = "));

    // The page's base is now old: the next save is refused, with the version on disk.
    let (status, reply) = post(
        port,
        &token,
        "save",
        &serde_json::json!({"id": "p-a-brand-new-closing", "text": "دوسرا", "base": base}),
    );
    assert_eq!(status, 409, "{reply}");
    assert_eq!(reply["disk"], text);
    assert_eq!(read(&ur_file(dir)), after);

    // Accept: the note becomes the current English; nothing else changes.
    let base = reply["base"].as_str().unwrap().to_string();
    let (status, reply) = post(
        port,
        &token,
        "accept",
        &serde_json::json!({"id": "p-with-the-united-states", "base": base}),
    );
    assert_eq!(status, 200, "{reply}");
    let accepted = read(&ur_file(dir));
    assert!(accepted.contains("# en: With the United States’ departure from Afghanistan, the country has once again succumbed to Taliban rule. While the incumbent regime continues to subjugate civil rights and curb freedom in Afghanistan, this side of the border isn’t shielded from militancy either. It is time we change"));
    assert!(!accepted.contains("# now:"));
    assert_eq!(accepted.lines().count(), after.lines().count() - 1);

    // Checks as you type, without writing: the Arabic yeh named, and its fix.
    let (status, reply) = post(
        port,
        &token,
        "check",
        &serde_json::json!({"id": "summary", "text": "علي"}),
    );
    assert_eq!(status, 200);
    assert_eq!(reply["problems"][0]["code"], "arabic-letter", "{reply}");
    assert_eq!(reply["problems"][0]["fixed"], "علی");
    assert_eq!(read(&ur_file(dir)), accepted);
    // Fluent that does not parse is refused before anything is written.
    let (_, reply) = post(
        port,
        &token,
        "check",
        &serde_json::json!({"id": "summary", "text": "a } b", "fluent": true}),
    );
    assert!(reply["invalid"].is_string(), "{reply}");
    // Fluent the request claims, with a variable the English does not have: not saved
    // (it would publish as untranslated).
    let base = reply_base(port);
    let (status, reply) = post(
        port,
        &token,
        "save",
        &serde_json::json!({"id": "summary", "text": "پرانی { $x } شرح", "fluent": true, "base": base}),
    );
    assert_eq!(status, 422, "{reply}");
    assert_eq!(reply["saved"], false, "{reply}");
    assert_eq!(read(&ur_file(dir)), accepted);
}

/// The base of the translation file as the page's view gives it now.
fn reply_base(port: u16) -> String {
    let (_, _, view) = request(port, "GET", API, &[], "");
    let view: Value = serde_json::from_str(&view).unwrap();
    view["base"].as_str().unwrap().to_string()
}

#[test]
fn translating_in_the_browser() {
    let project = project();
    let dir = project.path();
    let server = start_server_making(dir, "html,pdf");
    let ftl = ur_file(dir);
    let before = read(&ftl);
    let shots = repo().join("target/screenshots");
    let out = std::process::Command::new("node")
        .arg(repo().join("tests/tools/studio_check.mjs"))
        .arg(format!("http://127.0.0.1:{}{PAGE}", server.port))
        .arg(&ftl)
        .arg(&shots)
        .output()
        .expect("node: run scripts/test.sh (it installs Node.js, chromium and playwright-core)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["errors"], serde_json::json!([]), "{r}");
    assert_eq!(r["segments"], 27);
    // Nastaliq, served by the studio, in a right-to-left Urdu field.
    assert!(
        r["font"]["family"]
            .as_str()
            .unwrap()
            .contains("Studio Nastaliq"),
        "{r}"
    );
    assert_eq!(r["font"]["loaded"], true);
    assert_eq!(r["font"]["lang"], "ur");
    // The structure: headings, paragraphs, the title.
    let kinds: Vec<&str> = r["structure"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(kinds[0], "Title");
    assert!(
        kinds.contains(&"Heading") && kinds.contains(&"Paragraph"),
        "{kinds:?}"
    );
    assert_eq!(
        (
            r["missingShown"].as_u64(),
            r["staleShown"].as_u64(),
            r["problemsShown"].as_u64()
        ),
        (Some(1), Some(1), Some(1)),
        "{r}"
    );
    assert_eq!(r["diff"]["del"], serde_json::json!(["high time that"]));
    assert_eq!(r["diff"]["ins"], serde_json::json!(["time"]));
    assert_eq!(r["fixes"], serde_json::json!(["Fix: write ی"]));
    // No serious accessibility violations; nothing wider than a phone.
    let serious: Vec<&Value> = r["axe"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    assert!(serious.is_empty(), "{serious:?}");
    assert_eq!(r["overflow375"], false);
    // Saved from the keyboard; shown as text, never run; the preview reloaded with it.
    assert!(
        r["savedStatus"]
            .as_str()
            .unwrap()
            .starts_with("Saved p-a-brand-new-closing"),
        "{r}"
    );
    assert_eq!(r["badgeAfterSave"], "translated");
    assert_eq!(
        r["injected"],
        serde_json::json!({"pwned": false, "imgs": 0, "previewImgs": 0}),
        "{r}"
    );
    assert_eq!(r["previewReloaded"], true);
    assert_eq!(r["previewHasText"], true);
    assert_eq!(r["staleAfter"], "done");
    // The PDF page beside a segment is the one that holds it: the title on page 1, the
    // article's last paragraph on its last page.
    assert_eq!(r["pdfPageOfTitle"], "1", "{r}");
    let pages = lopdf::Document::load(dir.join(".safha-cache/serve/new-wave-of-terrorism/ur.pdf"))
        .unwrap()
        .get_pages()
        .len();
    assert!(pages > 1);
    assert_eq!(r["pdfPageOfLast"], pages.to_string(), "{r}");
    assert!(r["liveProblem"].as_str().unwrap().contains("ي"), "{r}");
    assert!(r["afterFix"].as_str().unwrap().ends_with(" علی"), "{r}");
    // The conflict: refused, both versions shown, the file as the other writer left it.
    let conflict = r["conflict"].as_str().unwrap();
    assert!(
        conflict.contains("changed on disk")
            && conflict.contains("(disk)")
            && conflict.contains("(mine)"),
        "{conflict}"
    );
    let after = r["fileAfterConflict"].as_str().unwrap();
    assert!(after.contains("(disk)") && !after.contains("(mine)"));
    // In the file: the new message under its note, the accepted note, every comment kept.
    assert!(after.contains("# en: A brand new closing paragraph.\np-a-brand-new-closing = نیا <img src=x onerror=\"window.pwned=1\"> پیراگراف۔\n"), "{after}");
    let comments = |t: &str| {
        t.lines()
            .filter(|l| {
                l.starts_with('#') && !l.starts_with("# untranslated") && !l.starts_with("# now")
            })
            .count()
    };
    assert_eq!(comments(after), comments(&before));
    assert!(!after.contains("# now:") && !after.contains("# untranslated:"));
    for name in ["studio-1280.png", "studio-375.png"] {
        assert!(shots.join(name).is_file());
    }
}

#[test]
fn the_studio_answers_only_this_machine() {
    // An address of this machine that is not loopback, if it has one.
    let out = std::process::Command::new("hostname").arg("-I").output();
    let Some(ip) = out
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| {
            s.split_whitespace()
                .find(|a| {
                    a.parse::<std::net::Ipv4Addr>()
                        .is_ok_and(|a| !a.is_loopback())
                })
                .map(str::to_string)
        })
    else {
        eprintln!("no non-loopback address here: not checked");
        return;
    };
    let project = temp_project(&fixture("two"));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_safha"))
        .args(["serve", "--port", "0", "--format", "html", "--host", &ip])
        .current_dir(project.path())
        .env("SAFHA_CACHE_DIR", test_cache())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let prefix = format!("serving http://{ip}:");
    let port: u16 = std::io::BufRead::lines(std::io::BufReader::new(stderr))
        .map_while(Result::ok)
        .find_map(|l| {
            l.strip_prefix(&prefix)
                .and_then(|r| r.split('/').next()?.parse().ok())
        })
        .unwrap();
    let get = |path: &str| {
        let mut s = TcpStream::connect((ip.as_str(), port)).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {ip}:{port}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).unwrap();
        text[9..12].parse::<u16>().unwrap()
    };
    assert_eq!(get("/_translate/"), 403);
    assert_eq!(get("/"), 200, "the preview itself is served as asked");
    let _ = child.kill();
    let _ = child.wait();
}

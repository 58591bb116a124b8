//! `safha serve`: serves the preview on loopback, rebuilds on changes, tells pages to
//! reload or shows them the error, keeps running after a bad build, and never serves a
//! file outside the preview. The in-browser overlay is tested in web_browser.rs.

mod common;

use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    let status = text[9..12].parse().unwrap();
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Reads server-sent events until one named `name` arrives; returns its data.
fn next_event(stream: &mut BufReader<TcpStream>, name: &str, within: Duration) -> String {
    let deadline = Instant::now() + within;
    let mut event = String::new();
    let mut line = String::new();
    while Instant::now() < deadline {
        line.clear();
        match stream.read_line(&mut line) {
            Ok(0) => panic!("the event stream closed"),
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                continue;
            }
            Err(e) => panic!("{e}"),
        }
        let l = line.trim_end();
        if let Some(n) = l.strip_prefix("event: ") {
            event = n.to_string();
        } else if let Some(d) = l.strip_prefix("data: ")
            && event == name
        {
            return d.to_string();
        }
    }
    panic!("no `{name}` event within {within:?}");
}

#[test]
fn serve_rebuilds_reports_errors_and_keeps_running() {
    let project = temp_project(&fixture("two"));
    let dir = project.path();
    let server = start_server(dir);
    let (status, index) = get(server.port, "/");
    assert_eq!(status, 200);
    assert!(
        index.contains("new EventSource('/__safha/events')"),
        "pages carry the live-reload script"
    );
    let (status, page) = get(server.port, "/alpha/ur.html");
    assert_eq!(status, 200);
    assert!(page.contains("lang=\"ur\""));
    // Nothing outside the preview is reachable.
    assert_eq!(get(server.port, "/../../../etc/passwd").0, 404);
    assert_eq!(get(server.port, "/%2e%2e/%2e%2e/etc/passwd").0, 404);
    // The preview is not the published output.
    assert!(!dir.join("dist").exists());

    let mut events = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        events,
        "GET /__safha/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let mut events = BufReader::new(events);
    next_event(&mut events, "ok", Duration::from_secs(10));

    // A translation that does not parse: the pages hear about it, with file:line:col.
    let ftl = dir.join("locales/ur/alpha.ftl");
    let good = read(&ftl);
    std::fs::write(&ftl, format!("{good}broken = {{ $x\n")).unwrap();
    let data = next_event(&mut events, "failed", Duration::from_secs(20));
    let text: String = serde_json::from_str(&data).unwrap();
    let line = good.lines().count() + 1;
    assert!(
        text.contains(&format!("locales/ur/alpha.ftl:{line}:10")),
        "{text}"
    );
    assert!(
        server.log.lock().unwrap().contains("error[ftl-syntax]"),
        "and in the terminal"
    );
    // The server keeps serving; the article's English is still built.
    assert_eq!(get(server.port, "/alpha/en.html").0, 200);

    // Fixed: the pages reload, with the new text.
    std::fs::write(&ftl, good.replace("title = ", "title = نیا ")).unwrap();
    next_event(&mut events, "reload", Duration::from_secs(20));
    let (_, page) = get(server.port, "/alpha/ur.html");
    assert!(page.contains("نیا "), "the rebuilt page is served");

    // A templates/ folder made while serving is watched too: a broken template in it is
    // reported, and fixing it reloads.
    let templates = dir.join("templates");
    std::fs::create_dir(&templates).unwrap();
    next_event(&mut events, "reload", Duration::from_secs(20));
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(templates.join("index.html"), "{% if %}\n").unwrap();
    let data = next_event(&mut events, "failed", Duration::from_secs(20));
    let text: String = serde_json::from_str(&data).unwrap();
    assert!(text.contains("templates/index.html"), "{text}");
    std::fs::remove_file(templates.join("index.html")).unwrap();
    next_event(&mut events, "reload", Duration::from_secs(20));
}

fn get_with_host(port: u16, path: &str, host: &str) -> u16 {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).unwrap();
    text[9..12].parse().unwrap()
}

#[test]
fn only_loopback_host_names_are_answered() {
    let project = temp_project(&fixture("two"));
    let server = start_server(project.path());
    for host in [
        "localhost",
        "127.0.0.1",
        &format!("localhost:{}", server.port),
        "[::1]:80",
    ] {
        assert_eq!(get_with_host(server.port, "/", host), 200, "{host}");
    }
    // A page of another site whose domain resolves here (DNS rebinding) gets nothing,
    // neither the pages nor the event stream.
    for host in [
        "evil.example",
        "evil.example:8000",
        "localhost.evil.example",
    ] {
        assert_eq!(get_with_host(server.port, "/", host), 403, "{host}");
        assert_eq!(
            get_with_host(server.port, "/__safha/events", host),
            403,
            "{host}"
        );
    }
    // Two Host headers, in either order: which one a proxy read cannot be known.
    for hosts in [
        "localhost\r\nHost: evil.example",
        "evil.example\r\nHost: localhost",
    ] {
        assert_eq!(get_with_host(server.port, "/", hosts), 403, "{hosts}");
    }
}

#[test]
fn localhost_is_a_host_and_other_addresses_warn() {
    let project = temp_project(&fixture("two"));
    let run = |host: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_safha"))
            .args(["serve", "--port", "0", "--format", "html", "--host", host])
            .current_dir(project.path())
            .env("SAFHA_CACHE_DIR", test_cache())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let mut lines = BufReader::new(stderr).lines();
        let mut seen = String::new();
        while let Some(Ok(line)) = lines.next() {
            seen.push_str(&line);
            seen.push('\n');
            if line.starts_with("serving") {
                break;
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        seen
    };
    let local = run("localhost");
    assert!(local.contains("serving http://127.0.0.1:"), "{local}");
    assert!(!local.contains("warning"), "{local}");
    let open = run("0.0.0.0");
    assert!(open.contains("warning: serving on 0.0.0.0"), "{open}");
}

#[test]
fn a_link_planted_in_the_preview_serves_nothing_outside_it() {
    let project = temp_project(&fixture("two"));
    // Outside the project: a file no request may read.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    let preview = project.path().join(".safha-cache/serve");
    std::fs::create_dir_all(&preview).unwrap();
    std::os::unix::fs::symlink(outside.path(), preview.join("leak")).unwrap();
    let server = start_server(project.path());
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), preview.join("late.html"))
        .unwrap_or(());
    for path in ["/leak/secret.txt", "/late.html"] {
        let (status, body) = get(server.port, path);
        assert_eq!(status, 404, "{path}: {body}");
        assert!(!body.contains("secret"), "{path}");
    }
    // The preview's own pages are still served.
    assert_eq!(get(server.port, "/").0, 200);
}

//! `safha serve`: a local preview that rebuilds when the sources change
//! and tells open pages to reload, or shows them the build's errors.
//!
//! The preview is built into `.safha-cache/serve/` (never into the published output) with
//! the live-reload script in every page. Pages listen on `/__safha/events` (server-sent
//! events): `reload` after a good build, `failed` with the diagnostics after a bad one, which
//! leaves the previous pages in place. The server keeps running either way.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::print::print_diagnostics;
use super::watch;
use crate::build::{self, Formats, Options};
use crate::diag::Diagnostic;
use crate::project::Project;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Port to listen on (0: any free port).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Address to listen on: an IP address or `localhost`. The default serves only this
    /// machine; any other address lets other machines read the preview.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1", value_parser = parse_host)]
    pub host: IpAddr,
    /// Output formats of the preview, comma-separated.
    #[arg(long, value_name = "LIST", default_value = "html,pdf", value_parser = Formats::parse)]
    pub format: Formats,
}

fn parse_host(s: &str) -> Result<IpAddr, String> {
    match s {
        "localhost" => Ok(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        "ip6-localhost" => Ok(IpAddr::V6(Ipv6Addr::LOCALHOST)),
        _ => s
            .trim_matches(['[', ']'])
            .parse()
            .map_err(|_| "an IP address (such as 127.0.0.1) or `localhost`".to_string()),
    }
}

pub fn run(project_dir: &Path, args: Args) -> Result<bool, Diagnostic> {
    if !args.host.is_loopback() {
        eprintln!(
            "warning: serving on {}: other machines on the network can read the preview \
             (and its drafts); use --host 127.0.0.1 to keep it to this one",
            args.host
        );
    }
    let options = ServeOptions {
        addr: SocketAddr::new(args.host, args.port),
        formats: args.format,
    };
    serve(project_dir, &options, &|addr| {
        eprintln!("serving http://{addr}/ (rebuilds on changes; Ctrl-C stops)");
    })?;
    Ok(true)
}

/// Where the preview is built, under the project.
pub const PREVIEW_DIR: &str = ".safha-cache/serve";

/// The event stream pages listen on.
pub const EVENTS_PATH: &str = "/__safha/events";

#[derive(Clone, Debug)]
pub struct ServeOptions {
    pub addr: SocketAddr,
    pub formats: Formats,
}

/// What the last build gave: a generation number that every build bumps, and its error
/// text if it failed.
#[derive(Default)]
struct State {
    generation: u64,
    failed: Option<String>,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

/// Runs the preview until the process is stopped. `ready` receives the address the server
/// listens on (useful with port 0).
pub fn serve(
    project_dir: &Path,
    options: &ServeOptions,
    ready: &dyn Fn(SocketAddr),
) -> Result<(), Diagnostic> {
    // File events carry absolute paths.
    let project_dir = &project_dir
        .canonicalize()
        .map_err(|e| crate::diag::io_error("project-missing", "open", project_dir, &e))?;
    let out = project_dir.join(PREVIEW_DIR);
    let shared = Arc::new(Shared::default());
    rebuild(project_dir, &out, options.formats, &shared);

    let server = tiny_http::Server::http(options.addr).map_err(|e| {
        Diagnostic::error(
            "serve-bind",
            format!("cannot listen on {}: {e}", options.addr),
        )
        .with_hint("choose another port with --port")
    })?;
    let addr = server.server_addr().to_ip().unwrap_or(options.addr);
    ready(addr);

    let watcher = {
        let (root, out, shared) = (project_dir.clone(), out.clone(), shared.clone());
        let formats = options.formats;
        watch::watch(project_dir, &out.clone(), move || {
            rebuild(&root, &out, formats, &shared)
        })?
    };
    let studio = Arc::new(crate::studio::Studio::new(
        project_dir.clone(),
        options.formats.pdf,
    ));
    for request in server.incoming_requests() {
        let shared = shared.clone();
        let out = out.clone();
        let studio = studio.clone();
        std::thread::spawn(move || respond(request, &out, &shared, &studio));
    }
    drop(watcher);
    Ok(())
}

/// Builds the preview and publishes the outcome to the pages.
fn rebuild(project_dir: &Path, out: &Path, formats: Formats, shared: &Shared) {
    let options = Options {
        formats,
        live_reload: true,
        ..Options::default()
    };
    let result = Project::open(project_dir, Some(out)).and_then(|p| build::build(&p, &options));
    let failed = match result {
        Ok(report) => {
            print_diagnostics(&report.diagnostics);
            let errors: Vec<String> = report
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.render(false))
                .collect();
            eprintln!(
                "rebuilt {} article{}{}",
                report.built.len(),
                if report.built.len() == 1 { "" } else { "s" },
                if errors.is_empty() {
                    ""
                } else {
                    " (with errors)"
                }
            );
            (!errors.is_empty()).then(|| errors.join("\n"))
        }
        Err(d) => {
            print_diagnostics(std::slice::from_ref(&d));
            Some(d.render(false))
        }
    };
    if let Ok(mut state) = shared.state.lock() {
        state.generation += 1;
        state.failed = failed;
    }
    shared.changed.notify_all();
}

/// Whether a request's `Host` may be answered: a loopback name or an IP address. A page on
/// another site that points its own domain name at this machine (DNS rebinding) sends that
/// name, and is refused: it cannot read the preview or its event stream.
fn host_allowed(request: &tiny_http::Request) -> bool {
    // Exactly one: with two, a proxy and this server may each read another (RFC 9112
    // answers such a request with 400).
    let mut hosts = request.headers().iter().filter(|h| h.field.equiv("Host"));
    let (Some(host), None) = (hosts.next(), hosts.next()) else {
        return false;
    };
    let host = host.value.as_str().to_ascii_lowercase();
    // Without the port: `[::1]:8000`, `localhost:8000`.
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host.as_str(), |(h, _)| h),
    };
    matches!(name, "localhost" | "ip6-localhost") || name.parse::<std::net::IpAddr>().is_ok()
}

fn respond(
    request: tiny_http::Request,
    out: &Path,
    shared: &Arc<Shared>,
    studio: &crate::studio::Studio,
) {
    if !host_allowed(&request) {
        let _ = request.respond(
            tiny_http::Response::from_string("this preview answers only localhost")
                .with_status_code(403)
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        );
        return;
    }
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    if url == crate::studio::PREFIX || url.starts_with(&format!("{}/", crate::studio::PREFIX)) {
        translate(request, &url, studio);
        return;
    }
    if url == EVENTS_PATH {
        // tiny_http buffers streamed bodies; events must go out as they happen, so this
        // response is written on the connection directly.
        let mut events = Events {
            shared: shared.clone(),
            seen: None,
            pending: Vec::new(),
        };
        let mut w = request.into_writer();
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n\
                    Cache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
        if w.write_all(head.as_bytes())
            .and_then(|_| w.flush())
            .is_err()
        {
            return;
        }
        let mut buf = [0u8; 4096];
        // Ends when the page goes away and a write fails.
        while let Ok(n) = events.read(&mut buf) {
            if w.write_all(&buf[..n]).and_then(|_| w.flush()).is_err() {
                return;
            }
        }
        return;
    }
    let Some(path) = resolve(out, &url) else {
        let _ = request.respond(
            tiny_http::Response::from_string("not found")
                .with_status_code(404)
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        );
        return;
    };
    // Streamed from the file, never read whole: a slow reader of a large PDF holds a
    // buffer, not the file.
    match std::fs::File::open(&path) {
        Ok(file) => {
            let response = tiny_http::Response::from_file(file)
                .with_header(header("Content-Type", content_type(&path)))
                .with_header(header("Cache-Control", "no-store"));
            let _ = request.respond(response);
        }
        Err(_) => {
            let _ = request
                .respond(tiny_http::Response::from_string("not found").with_status_code(404));
        }
    }
}

/// A request to the translation studio, answered with its security headers.
fn translate(mut request: tiny_http::Request, url: &str, studio: &crate::studio::Studio) {
    // The studio writes the project's files: it answers this machine only, whatever
    // address the preview is served on.
    if !request.remote_addr().is_some_and(|a| a.ip().is_loopback()) {
        let _ = request.respond(
            tiny_http::Response::from_string("the translation studio answers only this machine")
                .with_status_code(403),
        );
        return;
    }
    let mut body = Vec::new();
    let limit = crate::studio::MAX_BODY as u64;
    if request
        .as_reader()
        .take(limit + 1)
        .read_to_end(&mut body)
        .is_err()
        || body.len() as u64 > limit
    {
        let _ =
            request.respond(tiny_http::Response::from_string("too large").with_status_code(413));
        return;
    }
    let headers: Vec<(String, String)> = request
        .headers()
        .iter()
        .map(|h| (h.field.as_str().to_string(), h.value.to_string()))
        .collect();
    let find = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    let method = request.method().to_string();
    let reply = studio.handle(&crate::studio::Request {
        method: &method,
        path: url,
        header: &find,
        body: &body,
    });
    let mut response = tiny_http::Response::from_data(reply.body)
        .with_status_code(reply.status)
        .with_header(header("Content-Type", reply.content_type));
    for (k, v) in crate::studio::SECURITY_HEADERS {
        response.add_header(header(k, v));
    }
    let _ = request.respond(response);
}

/// The file a URL path names inside the preview; `None` for anything leaving it.
fn resolve(out: &Path, url: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url)?;
    let mut path = out.to_path_buf();
    for c in Path::new(decoded.trim_start_matches('/')).components() {
        match c {
            Component::Normal(part) => path.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if path.is_dir() {
        path.push("index.html");
    }
    // Only a file of the preview itself: a link planted in it (a cloned repository can
    // carry one) must not serve the machine's files.
    let real = path.canonicalize().ok()?;
    let root = out.canonicalize().ok()?;
    (real.starts_with(&root) && real.is_file()).then_some(real)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("xml") => "application/xml; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("svg") => "image/svg+xml",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    // Both are ASCII constants or our own content types.
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|_| unreachable!("ASCII header"))
}

/// One page's event stream: blocks until the next build, then yields its event.
struct Events {
    shared: Arc<Shared>,
    /// The generation this page has been told about.
    seen: Option<u64>,
    pending: Vec<u8>,
}

impl Read for Events {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.pending.is_empty() {
            let state = self
                .shared
                .state
                .lock()
                .map_err(|_| std::io::Error::other("state poisoned"))?;
            let (state, timeout) = self
                .shared
                .changed
                .wait_timeout_while(state, Duration::from_secs(15), |s| {
                    self.seen.is_some_and(|g| g == s.generation)
                })
                .map_err(|_| std::io::Error::other("state poisoned"))?;
            if timeout.timed_out() {
                // A comment keeps proxies and the browser from closing an idle stream.
                self.pending.extend_from_slice(b": keep-alive\n\n");
                break;
            }
            let first = self.seen.is_none();
            self.seen = Some(state.generation);
            let event = match (&state.failed, first) {
                (Some(text), _) => format!(
                    "event: failed\ndata: {}\n\n",
                    serde_json::to_string(text).unwrap_or_default()
                ),
                (None, true) => "event: ok\ndata: {}\n\n".to_string(),
                (None, false) => "event: reload\ndata: {}\n\n".to_string(),
            };
            self.pending.extend_from_slice(event.as_bytes());
        }
        let n = buf.len().min(self.pending.len());
        buf[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_stay_inside_the_preview() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("a/b c.html"), "y").unwrap();
        assert_eq!(
            resolve(dir.path(), "/a/"),
            Some(dir.path().join("a/index.html"))
        );
        assert_eq!(
            resolve(dir.path(), "/a/b%20c.html"),
            Some(dir.path().join("a/b c.html"))
        );
        assert_eq!(resolve(dir.path(), "/../etc/passwd"), None);
        assert_eq!(resolve(dir.path(), "/a/%2e%2e/%2e%2e/x"), None);
    }
}

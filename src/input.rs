//! What every reader of the project's files goes through: the file must lie inside the
//! project (a link may point elsewhere in it, never out of it), be a regular file (not a
//! folder, pipe or device, which would hang or never end) and stay under a size cap; and
//! the characters no output may carry are refused where they stand.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::diag::{Diagnostic, SourceFile, io_error};

/// The largest Markdown, Fluent, template or settings file safha reads: far above any
/// article (the longest novels are a few megabytes), below what would exhaust memory.
pub const MAX_TEXT: u64 = 64 << 20;
/// The largest font file (Noto's largest faces are about 20 MB).
pub const MAX_FONT: u64 = 64 << 20;
/// The largest image.
pub const MAX_IMAGE: u64 = 64 << 20;

/// `path` with every link and `..` resolved, also when it does not exist yet (its nearest
/// existing folder is resolved and the rest appended).
pub fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut rest = Vec::new();
    let mut at = absolute.as_path();
    loop {
        if let Ok(real) = at.canonicalize() {
            let mut out = real;
            for part in rest.iter().rev() {
                match part {
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    std::path::Component::Normal(p) => out.push(p),
                    _ => {}
                }
            }
            return out;
        }
        match (at.parent(), at.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                at = parent;
            }
            _ => return absolute,
        }
    }
}

/// [`resolved`] for a folder, remembered: a build reads many files from a handful of
/// folders (the project's root, `content/`, `locales/<lang>/`, `fonts/`).
fn resolved_root(dir: &Path) -> PathBuf {
    static KNOWN: Mutex<Vec<(PathBuf, PathBuf)>> = Mutex::new(Vec::new());
    if let Ok(known) = KNOWN.lock()
        && let Some((_, real)) = known.iter().find(|(r, _)| r == dir)
    {
        return real.clone();
    }
    let real = resolved(dir);
    if let Ok(mut known) = KNOWN.lock() {
        known.push((dir.to_path_buf(), real.clone()));
    }
    real
}

/// [`resolved`] for a file: its folder resolved once per build, the file itself only when
/// it is a link.
fn resolved_file(path: &Path) -> PathBuf {
    let link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match (link, path.parent(), path.file_name()) {
        (false, Some(dir), Some(name)) => resolved_root(dir).join(name),
        _ => resolved(path),
    }
}

/// Why a project file cannot be read, if it cannot: outside the project, not a regular
/// file, or larger than `limit`. Reads only metadata.
pub fn refuse(root: &Path, path: &Path, shown: &Path, limit: u64) -> Option<Diagnostic> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return Some(io_error("input-read", "read", shown, &e)),
    };
    if !resolved_file(path).starts_with(resolved_root(root)) {
        return Some(
            Diagnostic::error(
                "input-outside-project",
                format!("{} leads out of the project", shown.display()),
            )
            .at_path(shown)
            .with_hint(
                "it is a link to a file outside the project folder: copy the file in instead",
            ),
        );
    }
    if !meta.is_file() {
        return Some(
            Diagnostic::error(
                "input-not-a-file",
                format!("{} is not a regular file", shown.display()),
            )
            .at_path(shown)
            .with_hint("a folder, pipe or device cannot be read as a document; remove it"),
        );
    }
    (meta.len() > limit).then(|| too_large(shown, limit))
}

fn too_large(shown: &Path, limit: u64) -> Diagnostic {
    Diagnostic::error(
        "input-too-large",
        format!(
            "{} is larger than {} MB, the most safha reads",
            shown.display(),
            limit >> 20
        ),
    )
    .at_path(shown)
    .with_hint("split it, or check that it is the file you meant")
}

/// Reads a file of the project at `root` (see [`refuse`]).
pub fn read(root: &Path, path: &Path, shown: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    if let Some(d) = refuse(root, path, shown, limit) {
        return Err(d);
    }
    let size = std::fs::metadata(path).map_or(0, |m| m.len()).min(limit);
    let mut bytes = Vec::with_capacity(size as usize + 1);
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| io_error("input-read", "read", shown, &e))?;
    // A file that grew since its size was read.
    if bytes.len() as u64 > limit {
        return Err(too_large(shown, limit));
    }
    Ok(bytes)
}

/// A control character (other than tab and line ends) or a noncharacter: invalid in HTML
/// and XML, meaningless in a PDF.
pub fn unpublishable(c: char) -> bool {
    matches!(c as u32, 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F..=0x9F | 0xFDD0..=0xFDEF)
        || (c as u32) & 0xFFFE == 0xFFFE
}

/// The embedding and override controls (LRE, RLE, PDF, LRO, RLO): they reorder the text
/// around them, beyond the words a translator meant; isolates do the same job safely.
pub fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}')
}

/// `text` (inline Markdown) as it may be published: without characters no output may carry
/// (which escapes in YAML and Fluent string literals produce, and Markdown numeric entities
/// such as `&#x1;` decode to), without embedding and override controls, and with every
/// isolate (U+2066-2068 … U+2069) closed where it was opened.
pub fn publishable(text: &str) -> std::borrow::Cow<'_, str> {
    // Every character it changes starts with one of these bytes (a control, U+0080-009F,
    // U+2000-2FFF, U+F000-FFFF, a plane beyond the first, or a Markdown entity's `&`): most
    // text has none and is returned after one look at its bytes.
    let suspect = |b: &u8| {
        *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')
            || matches!(b, 0x7F | 0xC2 | 0xE2 | 0xEF | 0xF0..=0xF4 | b'&')
    };
    if !text.as_bytes().iter().any(suspect) {
        return std::borrow::Cow::Borrowed(text);
    }
    let isolates = |c: char| matches!(c, '\u{2066}'..='\u{2069}');
    if !text
        .chars()
        .any(|c| unpublishable(c) || is_bidi_override(c) || isolates(c))
        && !text.contains("&#")
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut open = 0usize;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '&'
            && let Some(len) = forbidden_entity(rest)
        {
            rest = &rest[len..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if unpublishable(c) || is_bidi_override(c) {
            continue;
        }
        match c {
            '\u{2066}'..='\u{2068}' => open += 1,
            // A closing isolate that closes nothing.
            '\u{2069}' if open == 0 => continue,
            '\u{2069}' => open -= 1,
            _ => {}
        }
        out.push(c);
    }
    out.extend(std::iter::repeat_n('\u{2069}', open));
    std::borrow::Cow::Owned(out)
}

/// The length of a numeric character reference at the start of `text` (`&#1;`,
/// `&#x202E;`) that decodes to a character no output may carry, if it is one.
fn forbidden_entity(text: &str) -> Option<usize> {
    let body = text.strip_prefix("&#")?;
    let end = body.find(';')?;
    let digits = &body[..end];
    let code = match digits.strip_prefix(['x', 'X']) {
        Some(hex) if (1..=6).contains(&hex.len()) => u32::from_str_radix(hex, 16).ok()?,
        None if (1..=7).contains(&digits.len()) => digits.parse().ok()?,
        _ => return None,
    };
    // Code 0 and surrogates decode to U+FFFD, which is fine to publish.
    let c = char::from_u32(code)?;
    (code != 0 && (unpublishable(c) || is_bidi_override(c))).then_some(2 + end + 1)
}

/// A control character (other than tab and line ends) or a noncharacter typed into a file
/// is an error at its position, never passed through.
pub fn check_characters(source: &SourceFile) -> Result<(), Diagnostic> {
    // Lines ended by a carriage return alone (classic Mac OS): Fluent reads such a file as
    // one comment line, so it would be silently empty.
    let bytes = source.text.as_bytes();
    if let Some(at) =
        (0..bytes.len()).find(|&i| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
    {
        return Err(Diagnostic::error(
            "line-endings",
            "a line here ends with a carriage return alone (old Mac line endings)",
        )
        .at(source, at..at + 1)
        .with_label("CR without LF")
        .with_hint("save the file with Unix (LF) or Windows (CRLF) line endings"));
    }
    match source.text.char_indices().find(|(_, c)| unpublishable(*c)) {
        None => Ok(()),
        Some((at, c)) => Err(Diagnostic::error(
            "control-character",
            format!("the file holds the control character U+{:04X}", c as u32),
        )
        .at(source, at..at + c.len_utf8())
        .with_label("invisible, and not allowed in a web page")
        .with_hint("delete it; it usually comes from copying text out of another program")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_project_and_special_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let root = dir.path().join("p");
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::fs::write(outside.path().join("secret.md"), "top secret").unwrap();
        std::fs::write(root.join("content/real.md"), "fine").unwrap();
        let link = |from: &Path, to: &str| std::os::unix::fs::symlink(from, root.join(to)).unwrap();
        link(&outside.path().join("secret.md"), "content/out.md");
        link(&root.join("content/real.md"), "content/in.md");
        link(Path::new("/dev/zero"), "content/zero.md");
        let shown = Path::new("content/x.md");
        let code = |rel: &str| {
            read(&root, &root.join(rel), shown, 1 << 20)
                .err()
                .map(|d| d.code)
        };
        assert_eq!(code("content/real.md"), None);
        assert_eq!(code("content/in.md"), None);
        assert_eq!(code("content/out.md"), Some("input-outside-project"));
        assert_eq!(code("content/zero.md"), Some("input-outside-project"));
        assert_eq!(code("content"), Some("input-not-a-file"));
        std::fs::write(root.join("content/big.md"), vec![b'a'; 2 << 20]).unwrap();
        assert_eq!(code("content/big.md"), Some("input-too-large"));
        // A path that does not exist yet resolves through its existing folders.
        assert_eq!(
            resolved(&root.join("dist/../dist/x")),
            resolved(&root).join("dist/x")
        );
    }

    #[test]
    fn publishable_text_drops_controls_and_overrides_and_balances_isolates() {
        assert_eq!(publishable("plain"), "plain");
        assert_eq!(publishable("a\u{1}b\u{FFFE}c\u{202E}d"), "abcd");
        assert_eq!(publishable("x\u{2069}y\u{2067}z"), "xy\u{2067}z\u{2069}");
        assert_eq!(publishable("\u{2068}ok\u{2069}"), "\u{2068}ok\u{2069}");
        assert_eq!(
            publishable("a&#x1;b&#1;c&#X202e;d &#38; &#x41;"),
            "abcd &#38; &#x41;"
        );
    }

    #[test]
    fn controls_are_located() {
        let src = SourceFile::new("a.ftl", "ok = fine\nbad = x\u{0}y\n");
        let e = check_characters(&src).unwrap_err();
        assert_eq!(e.location().as_deref(), Some("a.ftl:2:8"));
        assert!(check_characters(&SourceFile::new("b", "tab\there\r\nاردو\u{200F}")).is_ok());
        assert!(check_characters(&SourceFile::new("c", "x\u{FFFF}")).is_err());
        let e = check_characters(&SourceFile::new("d", "a = 1\rb = 2\r")).unwrap_err();
        assert_eq!(
            (e.code, e.location().as_deref()),
            ("line-endings", Some("d:1:6"))
        );
    }
}

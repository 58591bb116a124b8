//! The images an article shows: web URLs kept as they are, files inside the project copied
//! beside its pages (or inlined as `data:` URLs in self-contained pages); anything else is
//! refused with a located error.

use std::path::{Path, PathBuf};

use crate::article::{Article, Block};
use crate::diag::{Diagnostic, io_error};
use crate::html::body::Media;
use crate::output::{Output, Staged};
use crate::project::Project;

/// An output staged, by its path under the output folder.
pub type OutFile = (PathBuf, Staged);

/// Image sources of an article: web URLs are kept, files next to the article are copied
/// into `<slug>/media/`; anything else (other schemes, paths leaving the project, missing
/// files) is an error.
pub fn sources(
    project: &Project,
    article: &Article,
) -> Result<(Media, Vec<(PathBuf, PathBuf)>), Diagnostic> {
    let mut map = Media::new();
    let mut copies = Vec::new();
    let mut stack: Vec<&Block> = article.blocks.iter().collect();
    let root = project
        .root
        .canonicalize()
        .unwrap_or_else(|_| project.root.clone());
    while let Some(block) = stack.pop() {
        match block {
            Block::Figure { src, offset, .. } => {
                let located = |msg: String, hint: &str| {
                    let end = article.source.text[*offset..]
                        .find('\n')
                        .map_or(article.source.text.len(), |i| offset + i);
                    Diagnostic::error("image-source", msg)
                        .at(&article.source, *offset..end)
                        .with_hint(hint.to_string())
                };
                let lower = src.to_ascii_lowercase();
                if lower.starts_with("https://") || lower.starts_with("http://") {
                    map.insert(src.clone(), src.clone());
                    continue;
                }
                if lower.contains(':') || src.starts_with('/') || src.is_empty() {
                    return Err(located(
                        format!("image source `{src}` is not allowed"),
                        "use a path relative to content/, or an http(s) URL",
                    ));
                }
                let file = project.content_dir().join(src);
                // Outside the project is refused whether or not the file exists.
                let lexical = lexical(&file);
                if !lexical.starts_with(&project.root) && !lexical.starts_with(&root) {
                    return Err(located(
                        format!("image `{src}` is outside the project"),
                        "keep images inside the project folder",
                    ));
                }
                let extension = Path::new(src)
                    .extension()
                    .map(|e| e.to_string_lossy().to_ascii_lowercase());
                if !matches!(
                    extension.as_deref(),
                    Some("png" | "jpg" | "jpeg" | "gif" | "webp" | "avif" | "svg")
                ) {
                    return Err(located(
                        format!("`{src}` is not an image safha publishes"),
                        "images are PNG, JPEG, GIF, WebP, AVIF or SVG files",
                    ));
                }
                let real = file.canonicalize().map_err(|_| {
                    located(
                        format!("image `{src}` does not exist"),
                        "image paths are relative to the content/ folder",
                    )
                })?;
                if !real.starts_with(&root) {
                    return Err(located(
                        format!("image `{src}` is outside the project"),
                        "keep images inside the project folder",
                    ));
                }
                if let Some(d) =
                    crate::input::refuse(&root, &real, Path::new(src), crate::input::MAX_IMAGE)
                {
                    return Err(located(d.message, d.hint.as_deref().unwrap_or_default()));
                }
                if extension.as_deref() == Some("svg")
                    && let Some(why) = crate::svg::unsafe_content(&real)
                {
                    return Err(located(
                        format!("the SVG image `{src}` {why}"),
                        "safha publishes no script: remove it from the drawing, or export a PNG",
                    ));
                }
                // Named by its path in the project (content/ left out), so two images of
                // one name in different folders stay two.
                let within = real.strip_prefix(&root).unwrap_or(&real);
                let within = within.strip_prefix("content").unwrap_or(within);
                let to = Path::new("media").join(within);
                let href = to
                    .components()
                    .map(|c| percent_encode(&c.as_os_str().to_string_lossy()))
                    .collect::<Vec<_>>()
                    .join("/");
                map.insert(src.clone(), href);
                // Each language's own version beside it (`chart.ur.png`), for its pages.
                if let (Some(stem), Some(ext)) = (real.file_stem(), real.extension()) {
                    for lang in &project.languages {
                        let tag = lang.tag();
                        let name =
                            format!("{}.{tag}.{}", stem.to_string_lossy(), ext.to_string_lossy());
                        let Ok(variant) = real.with_file_name(&name).canonicalize() else {
                            continue;
                        };
                        if !variant.starts_with(&root) || !variant.is_file() {
                            continue;
                        }
                        let to = to.with_file_name(&name);
                        let href = to
                            .components()
                            .map(|c| percent_encode(&c.as_os_str().to_string_lossy()))
                            .collect::<Vec<_>>()
                            .join("/");
                        map.insert(crate::html::body::variant_key(src, lang), href);
                        copies.push((variant, to));
                    }
                }
                copies.push((real, to));
            }
            Block::Quote { blocks } | Block::Footnote { blocks, .. } => stack.extend(blocks),
            Block::List { items, .. } => {
                for item in items {
                    stack.extend(&item.blocks);
                }
            }
            _ => {}
        }
    }
    copies.sort();
    copies.dedup();
    Ok((map, copies))
}

/// The article's images as the PDF editions set them: each project file decoded once
/// (JPEG kept as it is, PNG, WebP and GIF to samples), with every language variant beside it
/// (`chart.ur.png` for `chart.png` in the Urdu editions). Returns the images, the files
/// read (the build cache watches them) and a warning for each image the PDFs show only by
/// its caption: a web address (safha downloads nothing) or a format PDFs do not take.
pub fn pdf_images(
    project: &Project,
    article: &Article,
) -> (crate::pdf::image::Images, Vec<PathBuf>, Vec<Diagnostic>) {
    use crate::pdf::image::{Images, decode};
    let mut images = Images::default();
    let mut read = Vec::new();
    let mut warnings = Vec::new();
    let mut stack: Vec<&Block> = article.blocks.iter().collect();
    let mut seen = std::collections::BTreeSet::new();
    while let Some(block) = stack.pop() {
        let (src, offset) = match block {
            Block::Figure { src, offset, .. } => (src, *offset),
            Block::Quote { blocks } | Block::Footnote { blocks, .. } => {
                stack.extend(blocks);
                continue;
            }
            Block::List { items, .. } => {
                stack.extend(items.iter().flat_map(|i| &i.blocks));
                continue;
            }
            _ => continue,
        };
        if !seen.insert(src.clone()) {
            continue;
        }
        let warn = |why: String| {
            let end = article.source.text[offset..]
                .find('\n')
                .map_or(article.source.text.len(), |i| offset + i);
            Diagnostic::warning(
                "image-pdf",
                format!("the PDF editions show `{src}` by its caption only: {why}"),
            )
            .at(&article.source, offset..end)
            .with_hint("keep a PNG, JPEG, WebP, GIF or SVG copy of the image in the project")
        };
        let lower = src.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            warnings.push(warn("safha does not download images".into()));
            continue;
        }
        let file = project.content_dir().join(src);
        // The image, then a variant for each language.
        let mut variants = vec![(String::new(), file.clone())];
        if let (Some(stem), Some(ext)) = (file.file_stem(), file.extension()) {
            for lang in &project.languages {
                let name = format!(
                    "{}.{}.{}",
                    stem.to_string_lossy(),
                    lang.tag(),
                    ext.to_string_lossy()
                );
                variants.push((lang.tag(), file.with_file_name(name)));
            }
        }
        for (tag, path) in variants {
            if !tag.is_empty() && !path.is_file() {
                continue;
            }
            let shown = path
                .strip_prefix(&project.root)
                .unwrap_or(&path)
                .to_path_buf();
            let bytes =
                match crate::input::read(&project.root, &path, &shown, crate::input::MAX_IMAGE) {
                    Ok(b) => b,
                    Err(d) => {
                        warnings.push(warn(d.message));
                        continue;
                    }
                };
            read.push(path.clone());
            match decode(&bytes) {
                Ok(image) => images.insert(src, &tag, std::sync::Arc::new(image)),
                Err(why) => warnings.push(warn(why)),
            }
        }
    }
    (images, read, warnings)
}

/// A path segment as a URL holds it: everything but unreserved characters as `%XX`.
fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `path` with `.` and `..` resolved by name, without asking the file system (the path
/// need not exist).
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// Points every copied image at a `data:` URL of its bytes (self-contained pages).
pub fn inline(
    project: &Project,
    media: &mut Media,
    copies: &[(PathBuf, PathBuf)],
) -> Result<(), Diagnostic> {
    use base64::Engine;
    for (from, to) in copies {
        let bytes = std::fs::read(from)
            .map_err(|e| io_error("media-read", "read", project.display(from), &e))?;
        let mime = match from
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .as_deref()
        {
            Some("png") => "image/png",
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("gif") => "image/gif",
            Some("webp") => "image/webp",
            Some("svg") => "image/svg+xml",
            Some("avif") => "image/avif",
            _ => "application/octet-stream",
        };
        let url = format!(
            "data:{mime};base64,{}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        );
        let rel = to.to_string_lossy().into_owned();
        for href in media.values_mut() {
            if *href == rel {
                *href = url.clone();
            }
        }
    }
    Ok(())
}

/// Stages the copies of the article's images, under its folder.
pub fn stage(
    project: &Project,
    article: &Article,
    copies: &[(PathBuf, PathBuf)],
    out: &Output,
) -> Result<Vec<OutFile>, Diagnostic> {
    let mut files = Vec::new();
    for (from, to) in copies {
        let bytes = std::fs::read(from)
            .map_err(|e| io_error("media-read", "read", project.display(from), &e))?;
        let rel = Path::new(&article.slug).join(to);
        let staged = out.stage(&rel, &bytes)?;
        files.push((rel, staged));
    }
    Ok(files)
}

//! Markdown + Fluent → every edition, HTML and PDF, in memory (`safha::oneshot`). The input
//! is an article and its Urdu translation separated by a NUL byte; whatever they hold,
//! safha must render them or return diagnostics, never panic, hang or overflow its stack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (markdown, translation) = text.split_once('\0').unwrap_or((text, ""));
    let _ = safha::oneshot::render(markdown, translation);
});

//! Markdown + Fluent → every edition, HTML and PDF, in memory (`safha::oneshot`). The input
//! is an article and its Urdu translation separated by a NUL byte; whatever they hold,
//! safha must render them or return diagnostics, never panic, hang or overflow its stack;
//! and each PDF must be the same, byte for byte, when its pages are laid out again for
//! each of the writer's passes (as a long edition's are) as when they are kept.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (markdown, translation) = text.split_once('\0').unwrap_or((text, ""));
    let kept = safha::oneshot::render(markdown, translation);
    let again = safha::oneshot::render_laid_out_again(markdown, translation);
    if let (Ok(kept), Ok(again)) = (kept, again) {
        for (k, a) in kept.iter().zip(&again) {
            assert!(
                k.pdf.as_ref().ok() == a.pdf.as_ref().ok(),
                "{}.pdf differs when laid out again",
                k.stem
            );
        }
    }
});

//! Checks every reader applies to raw input text: characters that no output may carry.

use crate::diag::{Diagnostic, SourceFile};

/// A control character (other than tab and line ends) or a noncharacter is invalid in
/// HTML and meaningless in a PDF: an error at its position, never passed through.
pub fn check_characters(source: &SourceFile) -> Result<(), Diagnostic> {
    let forbidden = |c: char| {
        matches!(c as u32, 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F..=0x9F | 0xFDD0..=0xFDEF)
            || (c as u32) & 0xFFFE == 0xFFFE
    };
    match source.text.char_indices().find(|(_, c)| forbidden(*c)) {
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

    #[test]
    fn controls_are_located() {
        let src = SourceFile::new("a.ftl", "ok = fine\nbad = x\u{0}y\n");
        let e = check_characters(&src).unwrap_err();
        assert_eq!(e.location().as_deref(), Some("a.ftl:2:8"));
        assert!(check_characters(&SourceFile::new("b", "tab\there\r\nاردو\u{200F}")).is_ok());
        assert!(check_characters(&SourceFile::new("c", "x\u{FFFF}")).is_err());
    }
}

//! The text of one glyph of the invisible text layer (see `textlayer`): a character, or a
//! character with the direction mark that leads it, kept inline so that writing a line
//! allocates nothing per character.

/// The text of one layer glyph: a character, a joiner with the character after it, or a
/// space with a right-to-left mark; at most eight bytes, kept inline so that writing a line
/// allocates nothing per character.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct LayerText {
    bytes: [u8; 8],
    len: u8,
}

impl LayerText {
    pub(super) fn of(parts: &[char]) -> LayerText {
        let empty = LayerText {
            bytes: [0; 8],
            len: 0,
        };
        // Every text built here fits (a character, a joiner and a character, or RLM and a
        // space).
        parts.iter().fold(empty, |t, c| t.with(*c))
    }

    /// Whether it holds a zero-width joiner.
    pub(super) fn joins(&self) -> bool {
        self.as_str().contains('\u{200D}')
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// The text led by a right-to-left mark if it starts with a space (which pdf.js
    /// drops as the first glyph of a piece of text), else the text itself.
    pub fn led(self) -> LayerText {
        if !self.as_str().starts_with(' ') {
            return self;
        }
        self.led_by('\u{200F}')
    }

    /// This text led by an Arabic letter mark (see [`super::textlayer::signs_lead`]).
    pub fn arabic_led(self) -> LayerText {
        self.led_by('\u{061C}')
    }

    fn led_by(self, mark: char) -> LayerText {
        // At most eight characters fit (one byte each at least), the mark first.
        let mut parts = [mark; 9];
        let mut n = 1;
        for c in self.as_str().chars() {
            parts[n] = c;
            n += 1;
        }
        LayerText::of(&parts[..n])
    }

    /// A right-to-left mark with a space, written with an Arabic letter mark instead;
    /// any other text as it is.
    pub fn arabic_marked(self) -> LayerText {
        if self.as_str() == "\u{200F} " {
            LayerText::of(&['\u{061C}', ' '])
        } else {
            self
        }
    }

    /// This text as a run of signs writes it (see [`super::textlayer::write`]): a sign led by an Arabic
    /// letter mark, a mark with a space written with one; a lone mark or space as it is
    /// (pdf.js skips the one and counts no direction in the other).
    pub fn arabic_signed(self) -> LayerText {
        let text = self.as_str();
        if text.starts_with(['\u{200F}', '\u{061C}']) || text.chars().all(char::is_whitespace) {
            let mut parts = ['\u{061C}'; 8];
            for (part, c) in parts.iter_mut().zip(text.chars()) {
                if c != '\u{200F}' {
                    *part = c;
                }
            }
            LayerText::of(&parts[..self.len()])
        } else {
            self.arabic_led()
        }
    }

    /// This text and `c` after it (this text alone if `c` does not fit).
    pub(super) fn with(self, c: char) -> LayerText {
        let mut t = self;
        let n = c.len_utf8();
        if usize::from(t.len) + n <= t.bytes.len() {
            c.encode_utf8(&mut t.bytes[usize::from(t.len)..]);
            t.len += n as u8;
        }
        t
    }

    /// Its number of characters.
    pub(super) fn len(&self) -> usize {
        self.as_str().chars().count()
    }

    pub(super) fn first(&self) -> char {
        self.as_str().chars().next().unwrap_or(' ')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_of_signs_leads_each_sign_with_an_arabic_letter_mark() {
        let signed = |t: &str| {
            let parts: Vec<char> = t.chars().collect();
            LayerText::of(&parts).arabic_signed().as_str().to_string()
        };
        assert_eq!(signed("]"), "\u{061C}]");
        assert_eq!(signed("۲"), "\u{061C}۲");
        // Marks become Arabic letter marks; a space stays bare.
        assert_eq!(signed("\u{200F}"), "\u{061C}");
        assert_eq!(signed("\u{200F} "), "\u{061C} ");
        assert_eq!(signed(" "), " ");
        // pdf.js reads the pieces right to left, and skips none of them.
        let run = ["]", "،", "\u{200F} ", "["].map(signed);
        assert!(!super::super::pdfjs::reads_ltr(
            run.iter().map(String::as_str)
        ));
        assert!(run.iter().all(|t| !super::super::pdfjs::skips(t)));
    }
}

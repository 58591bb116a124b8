//! A page's content stream, written directly and without spaces PDF's syntax does not
//! need: text state, glyph runs as `TJ` arrays with shared binary strings (`Tj` for a run
//! without kerning), and rules.
//!
//! Nastaliq places nearly every glyph with its own offsets, so the stream is most of a
//! page's weight and most of the writer's time: positions are rounded to a hundredth of a
//! point (text rise to a tenth) and kerning to a thousandth of an em, and adjacent glyphs
//! share one string.

#[derive(Default)]
pub struct ContentStream {
    buf: Vec<u8>,
    /// Inside a `TJ` array / inside a string of it.
    in_array: bool,
    in_string: bool,
    /// Where the open array starts, and whether it holds a number: an array of one
    /// string is written as a plain `Tj`.
    array_start: usize,
    array_kerned: bool,
}

impl ContentStream {
    pub fn new() -> ContentStream {
        ContentStream {
            buf: Vec::with_capacity(64 * 1024),
            ..ContentStream::default()
        }
    }

    pub fn into_bytes(mut self) -> Vec<u8> {
        self.end_text_run();
        self.buf
    }

    /// An operator without operands (`BT`, `ET`, `EMC`, `S`).
    pub fn op(&mut self, op: &str) {
        self.end_text_run();
        self.buf.extend_from_slice(op.as_bytes());
        self.buf.push(b'\n');
    }

    /// Writes `v` rounded to `1 / scale` (a power of ten), without trailing zeros.
    fn num(&mut self, v: f32, scale: f32) {
        let n = (v * scale).round() as i64;
        let scale = scale as i64;
        if n < 0 {
            self.buf.push(b'-');
        }
        let (int, frac) = (
            n.unsigned_abs() / scale as u64,
            n.unsigned_abs() % scale as u64,
        );
        let mut digits = itoa::Buffer::new();
        self.buf.extend_from_slice(digits.format(int).as_bytes());
        if frac != 0 {
            // Fraction digits, left-padded to the scale's width, trailing zeros dropped.
            let width = scale.ilog10() as usize;
            let text = digits.format(frac);
            self.buf.push(b'.');
            self.buf
                .extend(std::iter::repeat_n(b'0', width.saturating_sub(text.len())));
            self.buf
                .extend_from_slice(text.trim_end_matches('0').as_bytes());
        }
    }

    fn op_nums(&mut self, nums: &[f32], scale: f32, op: &str) {
        self.end_text_run();
        for v in nums {
            self.num(*v, scale);
            self.buf.push(b' ');
        }
        self.buf.extend_from_slice(op.as_bytes());
        self.buf.push(b'\n');
    }

    pub fn font(&mut self, name: &str, size: f32) {
        self.end_text_run();
        self.buf.push(b'/');
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(b' ');
        self.num(size, 100.0);
        self.buf.extend_from_slice(b" Tf\n");
    }

    pub fn text_matrix(&mut self, x: f32, y: f32) {
        self.op_nums(&[1.0, 0.0, 0.0, 1.0, x, y], 100.0, "Tm");
    }

    /// Text rise (`Ts`), in points, to a tenth: a twentieth of a point off is far below
    /// what print or screen can show, and the Nastaliq cascade writes one for nearly every
    /// other glyph.
    pub fn rise(&mut self, v: f32) {
        self.op_nums(&[v], 10.0, "Ts");
    }

    /// Horizontal scaling (`Tz`), in percent.
    pub fn hscale(&mut self, percent: f32) {
        self.op_nums(&[percent], 100.0, "Tz");
    }

    /// Text rendering mode (`Tr`): 0 fill, 3 invisible.
    pub fn render_mode(&mut self, mode: u8) {
        self.op_nums(&[f32::from(mode)], 1.0, "Tr");
    }

    /// Opens `/Span <</ActualText ()>> BDC`: what follows yields no text when copied.
    pub fn begin_silent_span(&mut self) {
        self.op("/Span <</ActualText ()>> BDC");
    }

    /// Opens marked content `n` of the page (`/P <</MCID n>> BDC`), what a structure
    /// element of the tagged PDF points at.
    pub fn begin_marked(&mut self, mcid: usize) {
        self.end_text_run();
        self.buf.extend_from_slice(b"/P <</MCID ");
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(mcid).as_bytes());
        self.buf.extend_from_slice(b">> BDC\n");
    }

    /// Opens an artifact (`/Artifact BMC`): drawn, but not part of the text read aloud.
    pub fn begin_artifact(&mut self) {
        self.op("/Artifact BMC");
    }

    /// Closes the marked content opened last.
    pub fn end_marked(&mut self) {
        self.op("EMC");
    }

    pub fn gray_fill(&mut self, g: f32) {
        self.op_nums(&[g], 1000.0, "g");
    }

    /// Fill colour (`rg`), red, green and blue from 0 to 1 (sRGB, the output intent).
    pub fn rgb_fill(&mut self, [r, g, b]: [f32; 3]) {
        self.op_nums(&[r, g, b], 1000.0, "rg");
    }

    pub fn gray_stroke(&mut self, g: f32) {
        self.op_nums(&[g], 1000.0, "G");
    }

    pub fn line_width(&mut self, w: f32) {
        self.op_nums(&[w], 100.0, "w");
    }

    pub fn line(&mut self, x0: f32, y0: f32, x1: f32, y1: f32) {
        self.op_nums(&[x0, y0], 100.0, "m");
        self.op_nums(&[x1, y1], 100.0, "l");
        self.op("S");
    }

    /// Moves the pen by `kern` thousandths of an em (a `TJ` number, sign included).
    pub fn kern(&mut self, kern: f32) {
        let k = kern.round();
        if k == 0.0 {
            return;
        }
        self.open_array();
        if self.in_string {
            self.buf.push(b')');
            self.in_string = false;
        } else if self.buf.last().is_some_and(u8::is_ascii_digit) {
            self.buf.push(b' ');
        }
        self.array_kerned = true;
        self.num(k, 1.0);
    }

    /// Shows one glyph of the current font at the pen: its id as two bytes of a literal
    /// string (half the size of hexadecimal, so less to compress), with the three bytes
    /// a literal string must escape escaped, and a carriage return, which readers would
    /// take for a line end, written as `\r`.
    pub fn glyph(&mut self, gid: u16) {
        self.open_array();
        if !self.in_string {
            self.buf.push(b'(');
            self.in_string = true;
        }
        for byte in gid.to_be_bytes() {
            match byte {
                b'(' | b')' | b'\\' => self.buf.extend_from_slice(&[b'\\', byte]),
                b'\r' => self.buf.extend_from_slice(b"\\r"),
                _ => self.buf.push(byte),
            }
        }
    }

    fn open_array(&mut self) {
        if !self.in_array {
            self.array_start = self.buf.len();
            self.array_kerned = false;
            self.buf.push(b'[');
            self.in_array = true;
        }
    }

    /// Closes the open `TJ` array, if any.
    pub fn end_text_run(&mut self) {
        if self.in_string {
            self.buf.push(b')');
            self.in_string = false;
        }
        if self.in_array {
            if self.array_kerned {
                self.buf.extend_from_slice(b"]TJ\n");
            } else {
                // One string: `(...)Tj` says the same in three bytes less.
                self.buf.remove(self.array_start);
                self.buf.extend_from_slice(b"Tj\n");
            }
            self.in_array = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs_share_strings_and_numbers_are_short() {
        let mut c = ContentStream::new();
        c.font("F0", 12.419_999);
        c.glyph(1);
        c.glyph(0x1a2);
        c.kern(-12.4);
        c.glyph(3);
        c.hscale(61.194_94);
        c.rise(-0.5);
        assert_eq!(
            c.into_bytes(),
            b"/F0 12.42 Tf\n[(\x00\x01\x01\xa2)-12(\x00\x03)]TJ\n61.19 Tz\n-0.5 Ts\n"
        );
    }

    #[test]
    fn runs_without_numbers_are_plain_strings() {
        let mut c = ContentStream::new();
        c.font("F0", 10.0);
        c.glyph(1);
        c.glyph(2);
        c.rise(1.0);
        c.kern(5.0);
        c.kern(7.0);
        c.glyph(3);
        c.end_text_run();
        c.kern(-3.0);
        c.glyph(4);
        assert_eq!(
            c.into_bytes(),
            b"/F0 10 Tf\n(\x00\x01\x00\x02)Tj\n1 Ts\n[5 7(\x00\x03)]TJ\n[-3(\x00\x04)]TJ\n"
        );
    }

    #[test]
    fn string_delimiters_and_carriage_returns_in_glyph_ids_are_escaped() {
        let mut c = ContentStream::new();
        c.font("F0", 10.0);
        // ( ) \ and CR as the low byte, and as the high byte.
        for gid in [0x0028, 0x0029, 0x005c, 0x000d, 0x2800, 0x0d0a] {
            c.glyph(gid);
        }
        assert_eq!(
            c.into_bytes(),
            b"/F0 10 Tf\n(\x00\\(\x00\\)\x00\\\\\x00\\r\\(\x00\\r\x0a)Tj\n"
        );
    }
}

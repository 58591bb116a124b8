//! The sRGB colour profile a PDF/A file names as its output intent: the colour space its
//! device-dependent colours (the gray of the text and rules, the RGB and gray of the
//! images) are meant in. Written out here (ICC version 2.1, 480 bytes) rather than
//! shipped as a file: primaries and white point of IEC 61966-2-1, adapted to the
//! profile connection space's D50 as ICC requires, and its tone curve approximated by a
//! gamma of 2.2, as small sRGB profiles do.

/// The profile's bytes; the same on every run.
pub fn srgb() -> Vec<u8> {
    // Tag data, each 4-byte aligned: (signature, bytes); equal bytes are stored once.
    let desc = text_description("sRGB IEC61966-2.1");
    let cprt = text("No copyright, use freely");
    let d50 = xyz(0.9642, 1.0, 0.8249);
    let red = xyz(0.4361, 0.2225, 0.0139);
    let green = xyz(0.3851, 0.7169, 0.0971);
    let blue = xyz(0.1431, 0.0606, 0.7141);
    // One gamma value, 2.2 as u8Fixed8Number, padded to four bytes.
    let trc: Vec<u8> = [
        b"curv".as_slice(),
        &[0; 4],
        &1u32.to_be_bytes(),
        &[0x02, 0x33, 0, 0],
    ]
    .concat();
    let tags: [(&[u8; 4], &[u8]); 9] = [
        (b"desc", &desc),
        (b"cprt", &cprt),
        (b"wtpt", &d50),
        (b"rXYZ", &red),
        (b"gXYZ", &green),
        (b"bXYZ", &blue),
        (b"rTRC", &trc),
        (b"gTRC", &trc),
        (b"bTRC", &trc),
    ];
    let table_len = 4 + 12 * tags.len();
    let mut data: Vec<u8> = Vec::new();
    let mut entries: Vec<u8> = Vec::with_capacity(table_len);
    entries.extend_from_slice(&(tags.len() as u32).to_be_bytes());
    let mut stored: Vec<(&[u8], usize)> = Vec::new();
    for (sig, bytes) in tags {
        let offset = match stored.iter().find(|(b, _)| *b == bytes) {
            Some((_, at)) => *at,
            None => {
                let at = 128 + table_len + data.len();
                data.extend_from_slice(bytes);
                while !data.len().is_multiple_of(4) {
                    data.push(0);
                }
                stored.push((bytes, at));
                at
            }
        };
        entries.extend_from_slice(sig);
        entries.extend_from_slice(&(offset as u32).to_be_bytes());
        entries.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    }
    let size = 128 + entries.len() + data.len();
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(&(size as u32).to_be_bytes());
    out.extend_from_slice(&[0; 4]); // preferred CMM: none
    out.extend_from_slice(&[0x02, 0x10, 0, 0]); // version 2.1
    out.extend_from_slice(b"mntr");
    out.extend_from_slice(b"RGB ");
    out.extend_from_slice(b"XYZ ");
    // Creation date: fixed, so that the same input gives the same bytes.
    for v in [2026u16, 1, 1, 0, 0, 0] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    out.extend_from_slice(b"acsp");
    out.extend_from_slice(&[0; 4 + 4 + 4 + 4 + 8]); // platform, flags, maker, model, attributes
    out.extend_from_slice(&0u32.to_be_bytes()); // rendering intent: perceptual
    out.extend_from_slice(&d50[8..20]); // the connection space's illuminant
    out.extend_from_slice(&[0; 4 + 16 + 28]); // creator, profile ID, reserved
    out.extend_from_slice(&entries);
    out.extend_from_slice(&data);
    out
}

fn s15_16(v: f64) -> [u8; 4] {
    ((v * 65536.0).round() as i32).to_be_bytes()
}

fn xyz(x: f64, y: f64, z: f64) -> Vec<u8> {
    [
        b"XYZ ".as_slice(),
        &[0; 4],
        &s15_16(x),
        &s15_16(y),
        &s15_16(z),
    ]
    .concat()
}

fn text(s: &str) -> Vec<u8> {
    [b"text".as_slice(), &[0; 4], s.as_bytes(), &[0]].concat()
}

/// ICC 2's textDescriptionType: ASCII, then empty Unicode and ScriptCode descriptions.
fn text_description(s: &str) -> Vec<u8> {
    let mut out = [b"desc".as_slice(), &[0; 4]].concat();
    out.extend_from_slice(&(s.len() as u32 + 1).to_be_bytes());
    out.extend_from_slice(s.as_bytes());
    out.push(0);
    out.extend_from_slice(&[0; 4 + 4]); // Unicode language code and count
    out.extend_from_slice(&[0; 2 + 1 + 67]); // ScriptCode code, count and its 67 bytes
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_is_a_well_formed_icc_2_display_profile() {
        let p = srgb();
        let u32_at = |i: usize| u32::from_be_bytes([p[i], p[i + 1], p[i + 2], p[i + 3]]);
        assert_eq!(u32_at(0) as usize, p.len());
        assert_eq!(&p[8..12], &[2, 0x10, 0, 0]);
        assert_eq!(&p[12..24], b"mntrRGB XYZ ");
        assert_eq!(&p[36..40], b"acsp");
        let count = u32_at(128) as usize;
        assert_eq!(count, 9);
        for k in 0..count {
            let at = 132 + 12 * k;
            let (offset, len) = (u32_at(at + 4) as usize, u32_at(at + 8) as usize);
            assert_eq!(offset % 4, 0);
            assert!(offset + len <= p.len());
            let kind = &p[offset..offset + 4];
            let sig = &p[at..at + 4];
            let expected: &[u8] = match sig {
                b"desc" => b"desc",
                b"cprt" => b"text",
                b"rTRC" | b"gTRC" | b"bTRC" => b"curv",
                _ => b"XYZ ",
            };
            assert_eq!(kind, expected, "{}", String::from_utf8_lossy(sig));
        }
        assert_eq!(srgb(), p);
    }
}

//! Images as a PDF embeds them: a JPEG as it is (DCTDecode, never re-encoded), a PNG, WebP
//! or GIF (its first frame) decoded, and an SVG drawn ([`super::drawing`]), to 8-bit gray
//! or RGB samples with its transparency as a soft mask. AVIF is not set in PDFs; the
//! build says so.

use std::collections::BTreeMap;
use std::sync::Arc;

/// A decoded image.
#[derive(Debug, PartialEq)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    pub data: Data,
    /// Pixels for each pixel of the size it is set at: 1 for a photo, 2 for a drawing
    /// drawn sharper than its size (less if it was too large to draw so).
    pub density: f32,
}

#[derive(Debug, PartialEq)]
pub enum Data {
    /// A JPEG file and its number of colour components (1 gray, 3 RGB, 4 CMYK).
    Jpeg { bytes: Vec<u8>, components: u8 },
    /// 8-bit samples, 1 (gray) or 3 (RGB) per pixel, and an 8-bit alpha channel.
    Samples {
        color: Vec<u8>,
        components: u8,
        alpha: Option<Vec<u8>>,
    },
}

/// Pixels a PNG, WebP or GIF may have, whatever its file size says: 40 megapixels.
const MAX_PIXELS: u64 = 40_000_000;

/// Decodes a JPEG, PNG, WebP or GIF file.
pub fn decode(bytes: &[u8]) -> Result<Image, String> {
    if bytes.starts_with(&[0xFF, 0xD8]) {
        return jpeg(bytes);
    }
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return png(bytes);
    }
    // News sites serve their photos as WebP, charts still come as GIF and as SVG: decoded
    // or drawn by crates that are not safha's, a panic on a hostile file is one more error
    // (the panic's own message still reaches the terminal; a quiet hook would be
    // process-wide).
    let other = if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        webp as fn(&[u8]) -> Result<Image, String>
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        gif
    } else if super::drawing::is_svg(bytes) {
        svg
    } else {
        return Err("PDF editions take PNG, JPEG, WebP, GIF and SVG images".into());
    };
    std::panic::catch_unwind(|| other(bytes))
        .unwrap_or_else(|_| Err("an image its decoder could not read".into()))
}

/// Refuses a picture larger than a page needs (see [`MAX_PIXELS`]).
fn within_limit(kind: &str, width: u32, height: u32) -> Result<(), String> {
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(format!(
            "a {kind} of {width} × {height} pixels is larger than a page needs"
        ));
    }
    if width == 0 || height == 0 {
        return Err(format!("a {kind} with no size"));
    }
    Ok(())
}

/// 8-bit RGBA pixels as samples: RGB, and an alpha channel unless every pixel is opaque.
fn from_rgba(width: u32, height: u32, rgba: &[u8]) -> Image {
    let mut color = Vec::with_capacity(rgba.len() / 4 * 3);
    let mut alpha = Vec::with_capacity(rgba.len() / 4);
    for px in rgba.chunks_exact(4) {
        color.extend_from_slice(&px[..3]);
        alpha.push(px[3]);
    }
    let alpha = alpha.iter().any(|a| *a != 255).then_some(alpha);
    Image {
        density: 1.0,
        width,
        height,
        data: Data::Samples {
            color,
            components: 3,
            alpha,
        },
    }
}

/// An SVG drawn to pixels, twice as many as its size (see [`super::drawing`]).
fn svg(bytes: &[u8]) -> Result<Image, String> {
    let (width, height, rgba, density) = super::drawing::draw(bytes, MAX_PIXELS)?;
    Ok(Image {
        density,
        ..from_rgba(width, height, &rgba)
    })
}

fn webp(bytes: &[u8]) -> Result<Image, String> {
    let mut decoder = image_webp::WebPDecoder::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable WebP ({e})"))?;
    let (width, height) = decoder.dimensions();
    within_limit("WebP", width, height)?;
    let size = decoder
        .output_buffer_size()
        .ok_or("a WebP too large to decode")?;
    let mut buf = vec![0; size];
    decoder
        .read_image(&mut buf)
        .map_err(|e| format!("a WebP that cannot be decoded ({e})"))?;
    if decoder.has_alpha() {
        Ok(from_rgba(width, height, &buf))
    } else {
        Ok(Image {
            density: 1.0,
            width,
            height,
            data: Data::Samples {
                color: buf,
                components: 3,
                alpha: None,
            },
        })
    }
}

/// A GIF's first frame, placed on its screen (transparent where the frame does not reach).
fn gif(bytes: &[u8]) -> Result<Image, String> {
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options
        .read_info(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable GIF ({e})"))?;
    let (width, height) = (u32::from(decoder.width()), u32::from(decoder.height()));
    within_limit("GIF", width, height)?;
    let frame = decoder
        .read_next_frame()
        .map_err(|e| format!("a GIF that cannot be decoded ({e})"))?
        .ok_or("a GIF without a picture")?;
    let mut canvas = vec![0u8; width as usize * height as usize * 4];
    let (left, top, w) = (
        usize::from(frame.left),
        usize::from(frame.top),
        usize::from(frame.width),
    );
    for (y, row) in frame.buffer.chunks_exact(w.max(1) * 4).enumerate() {
        let y = top + y;
        if y >= height as usize || left >= width as usize {
            continue;
        }
        let n = w.min(width as usize - left) * 4;
        let at = (y * width as usize + left) * 4;
        canvas[at..at + n].copy_from_slice(&row[..n]);
    }
    Ok(from_rgba(width, height, &canvas))
}

fn jpeg(bytes: &[u8]) -> Result<Image, String> {
    // The frame header (SOFn) holds the size: walk the markers to it.
    let mut at = 2;
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return Err("not a readable JPEG".into());
        }
        let marker = bytes[at + 1];
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        let sof = matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF);
        if sof {
            let f = bytes.get(at + 4..at + 10).ok_or("a JPEG cut short")?;
            let height = u32::from(u16::from_be_bytes([f[1], f[2]]));
            let width = u32::from(u16::from_be_bytes([f[3], f[4]]));
            let components = f[5];
            if width == 0 || height == 0 || !matches!(components, 1 | 3 | 4) {
                return Err("a JPEG with no size or an unknown colour model".into());
            }
            // A header may claim any size: a viewer decodes what the PDF says, so a
            // picture larger than a page needs, or one with no picture data after its
            // header, would cost a reader minutes for nothing.
            if u64::from(width) * u64::from(height) > MAX_PIXELS {
                return Err(format!(
                    "a JPEG of {width} × {height} pixels is larger than a page needs"
                ));
            }
            if !has_scan(bytes, at + 2 + len) {
                return Err("a JPEG with no picture data after its header".into());
            }
            return Ok(Image {
                density: 1.0,
                width,
                height,
                data: Data::Jpeg {
                    bytes: bytes.to_vec(),
                    components,
                },
            });
        }
        at += 2 + len;
    }
    Err("a JPEG without a frame header".into())
}

/// Whether the markers from `at` reach a start of scan (SOS) with data after it.
fn has_scan(bytes: &[u8], mut at: usize) -> bool {
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        let len = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if marker == 0xDA {
            // At least a byte of entropy-coded data before the end.
            return bytes.len() > at + 2 + len + 2;
        }
        at += 2 + len;
    }
    false
}

fn png(bytes: &[u8]) -> Result<Image, String> {
    use png::{ColorType, Transformations};
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(Transformations::EXPAND | Transformations::STRIP_16);
    let mut reader = decoder
        .read_info()
        .map_err(|e| format!("not a readable PNG ({e})"))?;
    let info = reader.info();
    if u64::from(info.width) * u64::from(info.height) > MAX_PIXELS {
        return Err(format!(
            "a PNG of {} × {} pixels is larger than a page needs",
            info.width, info.height
        ));
    }
    let size = reader
        .output_buffer_size()
        .ok_or("a PNG too large to decode")?;
    let mut buf = vec![0; size];
    let out = reader
        .next_frame(&mut buf)
        .map_err(|e| format!("a PNG that cannot be decoded ({e})"))?;
    buf.truncate(out.line_size * out.height as usize);
    let (components, has_alpha) = match out.color_type {
        ColorType::Grayscale => (1, false),
        ColorType::GrayscaleAlpha => (1, true),
        ColorType::Rgb => (3, false),
        ColorType::Rgba => (3, true),
        ColorType::Indexed => return Err("a palette PNG that could not be expanded".into()),
    };
    let (color, alpha) = if has_alpha {
        let step = usize::from(components) + 1;
        let mut color = Vec::with_capacity(buf.len() / step * usize::from(components));
        let mut alpha = Vec::with_capacity(buf.len() / step);
        for px in buf.chunks_exact(step) {
            color.extend_from_slice(&px[..step - 1]);
            alpha.push(px[step - 1]);
        }
        // Fully opaque: no mask.
        let alpha = alpha.iter().any(|a| *a != 255).then_some(alpha);
        (color, alpha)
    } else {
        (buf, None)
    };
    Ok(Image {
        density: 1.0,
        width: out.width,
        height: out.height,
        data: Data::Samples {
            color,
            components,
            alpha,
        },
    })
}

/// An article's images, by source as written and language tag ("" for the image every
/// language shows; `chart.ur.png` beside `chart.png` is the Urdu editions' chart).
#[derive(Default)]
pub struct Images(BTreeMap<(String, String), Arc<Image>>);

impl Images {
    pub fn insert(&mut self, src: &str, lang: &str, image: Arc<Image>) {
        self.0.insert((src.to_string(), lang.to_string()), image);
    }

    /// The image `src` shows in `lang`: its own variant, else the common one.
    pub fn get(&self, src: &str, lang: &str) -> Option<&Arc<Image>> {
        self.0
            .get(&(src.to_string(), lang.to_string()))
            .or_else(|| self.0.get(&(src.to_string(), String::new())))
    }
}

/// Adds `image` to `doc` as an image XObject (with its soft mask); returns its id.
pub fn embed(doc: &mut lopdf::Document, image: &Image) -> lopdf::ObjectId {
    use lopdf::{Dictionary, Object, Stream};
    let base = |components: u8| {
        let mut d = Dictionary::new();
        d.set("Type", Object::Name(b"XObject".to_vec()));
        d.set("Subtype", Object::Name(b"Image".to_vec()));
        d.set("Width", i64::from(image.width));
        d.set("Height", i64::from(image.height));
        d.set("BitsPerComponent", 8);
        let space: &[u8] = match components {
            1 => b"DeviceGray",
            4 => b"DeviceCMYK",
            _ => b"DeviceRGB",
        };
        d.set("ColorSpace", Object::Name(space.to_vec()));
        d
    };
    match &image.data {
        Data::Jpeg { bytes, components } => {
            let mut d = base(*components);
            d.set("Filter", Object::Name(b"DCTDecode".to_vec()));
            if *components == 4 {
                // Adobe's CMYK JPEGs store their samples inverted.
                d.set(
                    "Decode",
                    Object::Array([1, 0, 1, 0, 1, 0, 1, 0].map(Object::from).to_vec()),
                );
            }
            doc.add_object(Stream::new(d, bytes.clone()).with_compression(false))
        }
        Data::Samples {
            color,
            components,
            alpha,
        } => {
            let mut d = base(*components);
            if let Some(alpha) = alpha {
                let mask = doc.add_object(Stream::new(base(1), alpha.clone()));
                d.set("SMask", Object::Reference(mask));
            }
            doc.add_object(Stream::new(d, color.clone()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_file(color: png::ColorType, pixels: &[u8], w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(color);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().unwrap();
        writer.write_image_data(pixels).unwrap();
        drop(writer);
        out
    }

    #[test]
    fn png_with_alpha_gets_a_mask_and_an_opaque_one_none() {
        let rgba = png_file(
            png::ColorType::Rgba,
            &[255, 0, 0, 128, 0, 255, 0, 255],
            2,
            1,
        );
        let img = decode(&rgba).unwrap();
        assert_eq!((img.width, img.height), (2, 1));
        assert_eq!(
            img.data,
            Data::Samples {
                color: vec![255, 0, 0, 0, 255, 0],
                components: 3,
                alpha: Some(vec![128, 255]),
            }
        );
        let gray = png_file(png::ColorType::Grayscale, &[7, 9], 1, 2);
        assert!(matches!(
            decode(&gray).unwrap().data,
            Data::Samples {
                components: 1,
                alpha: None,
                ..
            }
        ));
    }

    #[test]
    fn webp_and_gif_are_decoded_with_their_transparency() {
        // A lossless WebP of 3 × 2 pixels, one of them transparent.
        let mut rgba = [200u8, 10, 20, 255].repeat(6);
        rgba[7] = 0;
        let mut file = Vec::new();
        image_webp::WebPEncoder::new(&mut file)
            .encode(&rgba, 3, 2, image_webp::ColorType::Rgba8)
            .unwrap();
        let image = decode(&file).unwrap();
        assert_eq!((image.width, image.height), (3, 2));
        let Data::Samples { color, alpha, .. } = &image.data else {
            panic!("{:?}", image.data);
        };
        assert_eq!(&color[..3], &[200, 10, 20]);
        assert_eq!(alpha.as_deref(), Some(&[255, 0, 255, 255, 255, 255][..]));
        // A GIF whose 2 × 1 frame covers part of its 3 × 2 screen, at (1, 1).
        let mut file = Vec::new();
        {
            let palette = [0, 0, 0, 10, 200, 30];
            let mut e = gif::Encoder::new(&mut file, 3, 2, &palette).unwrap();
            let mut frame = gif::Frame::from_indexed_pixels(2, 1, vec![1, 1], None);
            (frame.left, frame.top) = (1, 1);
            e.write_frame(&frame).unwrap();
        }
        let image = decode(&file).unwrap();
        assert_eq!((image.width, image.height), (3, 2));
        let Data::Samples { color, alpha, .. } = &image.data else {
            panic!("{:?}", image.data);
        };
        assert_eq!(&color[12..15], &[10, 200, 30]);
        assert_eq!(alpha.as_deref(), Some(&[0, 0, 0, 0, 255, 255][..]));
        // Cut short or garbage after the signature: an error, not a panic.
        for bad in [&file[..20], b"RIFF\0\0\0\0WEBPVP8 xxxx".as_slice()] {
            assert!(decode(bad).is_err());
        }
        assert!(decode(b"II*\0").unwrap_err().contains("GIF and SVG"));
        assert!(decode(b"<svg><rect").unwrap_err().contains("SVG"));
    }

    #[test]
    fn jpeg_is_kept_whole_with_its_size() {
        // SOI, an APP0 of 2 bytes of payload, SOF0 for 3 × 2 pixels, 3 components.
        // Then a start of scan and a byte of data.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00,
            0x02, 0x00, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01,
            0x00, 0x00, 0x3F, 0x00, 0x55, 0xFF, 0xD9,
        ];
        let img = decode(&jpeg).unwrap();
        assert_eq!((img.width, img.height), (3, 2));
        assert!(
            matches!(img.data, Data::Jpeg { components: 3, ref bytes } if bytes.len() == jpeg.len())
        );
        assert!(decode(b"GIF89a").is_err());
        assert!(decode(&jpeg[..12]).is_err());
        // A header alone, or one claiming 65535 × 65535 pixels: refused.
        assert!(decode(&[&jpeg[..27], &[0xFF, 0xD9][..]].concat()).is_err());
        let mut huge = jpeg;
        huge[13..17].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
        assert!(
            decode(&huge)
                .unwrap_err()
                .contains("larger than a page needs")
        );
    }
}

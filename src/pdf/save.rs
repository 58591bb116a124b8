//! The document to bytes with object and cross-reference streams, each object as
//! lopdf's `save_with_options` writes it, but written out as it is made rather than
//! held: the file is started before the pages are written ([`Early::start`]), each
//! page's content stream goes to it as soon as it is made, and objects made in great
//! numbers (the pages' and the structure tree's) are gathered in object streams of
//! their own, each deflated as soon as it is full; the rest of the document follows at
//! the end ([`save`]). Neither the pages' content nor the file's bytes are ever all in
//! memory: for a 67 MB edition they were twice that at the save.

use std::io::Write;

use lopdf::xref::{Xref, XrefEntry, XrefSection, XrefType};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

/// Objects per object stream, lopdf's default. They are deflated at libdeflate's level 6
/// ([`OBJECT_STREAM_LEVEL`]): the structure tree's text needs more than the pages' level
/// (zlib's fast level left the sample's Urdu edition 2.5 KB larger).
const PER_STREAM: usize = 100;

/// The file being written, and the objects handed over before the save, as they are
/// made: streams written at once, the others gathered in object streams of their own in
/// the order they come (an element after its children), each deflated as soon as it is
/// full, so that only their compressed bytes wait for the save.
pub struct Early<'w> {
    sink: Sink<'w>,
    /// Where each object written so far is.
    xref: Vec<(u32, XrefEntry)>,
    packed: Vec<(Vec<u32>, Stream)>,
    filling: Vec<(u32, Vec<u8>)>,
    failed: Option<std::io::Error>,
}

impl<'w> Early<'w> {
    /// Starts the file for `doc` (its header) in `out`.
    pub fn start(doc: &mut Document, out: &'w mut dyn Write) -> std::io::Result<Early<'w>> {
        if doc.version.as_str() < "1.5" {
            doc.version = "1.5".to_string();
        }
        let mut sink = Sink {
            buf: Vec::with_capacity(2 * FLUSH_AT),
            written: 0,
            out,
        };
        writeln!(sink.buf, "%PDF-{}", doc.version)?;
        write_binary_mark(&mut sink.buf, &doc.binary_mark)?;
        Ok(Early {
            sink,
            xref: Vec::new(),
            packed: Vec::new(),
            filling: Vec::new(),
            failed: None,
        })
    }

    /// Object `id` of the document, made.
    pub fn add(&mut self, id: ObjectId, object: Object) {
        if self.failed.is_some() {
            return;
        }
        if id.1 != 0 || !packable(&object) {
            let written = write_indirect(&mut self.sink, id.0, id.1, &object, &mut self.xref);
            self.failed = written.err();
            return;
        }
        let mut bytes = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = write_object(&mut bytes, &object);
        self.filling.push((id.0, bytes));
        if self.filling.len() >= PER_STREAM {
            match object_stream(&self.filling) {
                Ok(made) => self.packed.push(made),
                Err(e) => self.failed = Some(e),
            }
            self.filling.clear();
        }
    }
}

/// Writes the rest of `doc` (consumed) after the objects handed over early, and the
/// cross-reference stream, ending the file.
pub fn save(mut doc: Document, early: Early<'_>) -> std::io::Result<()> {
    let Early {
        mut sink,
        xref: mut entries,
        packed: mut early_packed,
        filling: mut early_filling,
        failed,
    } = early;
    if let Some(e) = failed {
        return Err(e);
    }
    let objects = std::mem::take(&mut doc.objects);
    // The object streams, each made (and its objects dropped) once full; written after
    // the objects written directly, as lopdf orders them.
    let mut packed: Vec<(Vec<u32>, Stream)> = Vec::new();
    let mut filling: Vec<(u32, Vec<u8>)> = Vec::with_capacity(PER_STREAM);
    let close = |filling: &mut Vec<(u32, Vec<u8>)>, packed: &mut Vec<_>| {
        let made = object_stream(filling);
        filling.clear();
        made.map(|m| packed.push(m))
    };
    for ((id, generation), object) in objects {
        if is_object_stream(&object) {
            continue;
        }
        if generation == 0 && packable(&object) {
            let mut b = Vec::new();
            write_object(&mut b, &object)?;
            filling.push((id, b));
            if filling.len() >= PER_STREAM {
                close(&mut filling, &mut packed)?;
            }
        } else {
            write_indirect(&mut sink, id, generation, &object, &mut entries)?;
        }
    }
    // The early objects' streams after the document's own.
    for filled in [&mut filling, &mut early_filling] {
        if !filled.is_empty() {
            close(filled, &mut packed)?;
        }
        packed.append(&mut early_packed);
    }
    let count = packed.len() as u32;
    for (k, (ids, stream)) in packed.into_iter().enumerate() {
        let stream_id = doc.max_id + 1 + k as u32;
        for (index, id) in ids.iter().enumerate() {
            entries.push((
                *id,
                XrefEntry::Compressed {
                    container: stream_id,
                    index: index as u16,
                },
            ));
        }
        let stream = Object::Stream(stream);
        write_indirect(&mut sink, stream_id, 0, &stream, &mut entries)?;
    }
    doc.max_id += count;
    let xref_start = sink.at();
    // The cross-reference stream, one more object.
    doc.max_id += 1;
    let id = doc.max_id;
    // An object written twice would leave the first unreachable, and no reader says so.
    let mut ids: Vec<u32> = entries.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        let twice = format!("object {} written twice", w[0]);
        return Err(std::io::Error::other(twice));
    }
    let mut xref = Xref::new(doc.max_id + 1, XrefType::CrossReferenceStream);
    for (at, entry) in entries {
        xref.insert(at, entry);
    }
    xref.insert(
        id,
        XrefEntry::Normal {
            offset: xref_start as u32,
            generation: 0,
        },
    );
    let trailer = &mut doc.trailer;
    trailer.set("Type", Object::Name(b"XRef".to_vec()));
    trailer.set("Size", i64::from(doc.max_id + 1));
    trailer.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(4),
            Object::Integer(2),
        ]),
    );
    let (content, index) = xref_stream(&xref);
    trailer.set("Index", index);
    trailer.remove(b"Filter");
    trailer.set("Length", content.len() as i64);
    let stream = Object::Stream(Stream {
        dict: trailer.clone(),
        allows_compression: true,
        content,
        start_position: None,
    });
    let mut last = Vec::new();
    write_indirect(&mut sink, id, 0, &stream, &mut last)?;
    write!(sink.buf, "\nstartxref\n{xref_start}\n%%EOF")?;
    sink.finish()
}

/// An object stream holding `objects` (serialized), as lopdf's
/// `ObjectStream::to_stream_object` makes it: an offset table, the objects each followed
/// by a space, deflated.
fn object_stream(objects: &[(u32, Vec<u8>)]) -> std::io::Result<(Vec<u32>, Stream)> {
    let mut table = String::new();
    let mut offset = 0;
    for (i, (id, bytes)) in objects.iter().enumerate() {
        if i > 0 {
            table.push(' ');
        }
        table.push_str(&format!("{id} {offset}"));
        offset += bytes.len() + 1;
    }
    table.push(' ');
    let mut content = Vec::with_capacity(table.len() + offset);
    content.extend_from_slice(table.as_bytes());
    for (_, bytes) in objects {
        content.extend_from_slice(bytes);
        content.push(b' ');
    }
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"ObjStm".to_vec()));
    dict.set("N", objects.len() as i64);
    dict.set("First", table.len() as i64);
    let mut stream = Stream::new(dict, Vec::new());
    let level = libdeflater::CompressionLvl::new(OBJECT_STREAM_LEVEL).unwrap_or_default();
    let mut packer = libdeflater::Compressor::new(level);
    let mut packed = vec![0; packer.zlib_compress_bound(content.len())];
    let n = (packer.zlib_compress(&content, &mut packed))
        .map_err(|e| std::io::Error::other(format!("deflate: {e:?}")))?;
    packed.truncate(n);
    stream.dict.set("Filter", "FlateDecode");
    stream.set_content(packed);
    Ok((objects.iter().map(|(id, _)| *id).collect(), stream))
}

/// libdeflate's level for the object streams: smaller than zlib's default level, which
/// lopdf uses (the sample's editions by 16–157 bytes), and faster (0.2–0.4 ms of the
/// sample's 21 ms build, faster in 58–60 % of 200 interleaved pairs).
const OBJECT_STREAM_LEVEL: i32 = 6;

/// How much the file's writer is given at a time.
const FLUSH_AT: usize = 1 << 16;

/// The file: what is written, and a buffer of what is not yet.
struct Sink<'w> {
    buf: Vec<u8>,
    written: usize,
    out: &'w mut dyn Write,
}

impl Sink<'_> {
    /// The offset the next byte will have in the file.
    fn at(&self) -> usize {
        self.written + self.buf.len()
    }

    /// Hands the buffer to the file once it holds enough.
    fn drain(&mut self, at_least: usize) -> std::io::Result<()> {
        if self.buf.len() >= at_least {
            self.out.write_all(&self.buf)?;
            self.written += self.buf.len();
            self.buf.clear();
        }
        Ok(())
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.drain(0)?;
        self.out.flush()
    }
}

fn is_object_stream(object: &Object) -> bool {
    matches!(object, Object::Stream(s)
        if s.dict.get(b"Type").and_then(Object::as_name).is_ok_and(|n| n == b"ObjStm"))
}

/// What may go into an object stream: neither a stream nor a cross-reference or object
/// stream dictionary (the document is neither encrypted nor linearized).
fn packable(object: &Object) -> bool {
    match object {
        Object::Stream(_) => false,
        Object::Dictionary(dict) => !dict
            .get(b"Type")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"XRef" || n == b"ObjStm"),
        _ => true,
    }
}

/// The cross-reference stream's content (entries of widths 1, 4, 2) and its `/Index`.
fn xref_stream(xref: &Xref) -> (Vec<u8>, Object) {
    let mut sections = Vec::new();
    let mut section = XrefSection::new(0);
    for id in 1..xref.size {
        if section.is_empty() {
            section = XrefSection::new(id);
        }
        if let Some(entry) = xref.get(id) {
            section.add_entry(entry.clone());
        } else if !section.is_empty() {
            sections.push(section);
            section = XrefSection::new(id);
        }
    }
    if !section.is_empty() {
        sections.push(section);
    }
    let (mut bytes, mut index) = (Vec::new(), Vec::new());
    for section in sections {
        index.push(Object::Integer(i64::from(section.starting_id)));
        index.push(Object::Integer(section.entries.len() as i64));
        for (id, entry) in (section.starting_id..).zip(section.entries) {
            match entry {
                XrefEntry::Free => {
                    bytes.push(0);
                    bytes.extend(id.to_be_bytes());
                    bytes.extend([0, 0]);
                }
                XrefEntry::UnusableFree => {
                    bytes.push(0);
                    bytes.extend(id.to_be_bytes());
                    bytes.extend(65535_u16.to_be_bytes());
                }
                XrefEntry::Normal { offset, generation } => {
                    bytes.push(1);
                    bytes.extend(offset.to_be_bytes());
                    bytes.extend(generation.to_be_bytes());
                }
                XrefEntry::Compressed { container, index } => {
                    bytes.push(2);
                    bytes.extend(container.to_be_bytes());
                    bytes.extend(index.to_be_bytes());
                }
            }
        }
    }
    (bytes, Object::Array(index))
}

fn write_binary_mark(out: &mut Vec<u8>, mark: &[u8]) -> std::io::Result<()> {
    if !mark.iter().all(|&b| b >= 128) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "invalid binary mark",
        ));
    }
    out.write_all(b"%")?;
    out.write_all(mark)?;
    out.write_all(b"\n")
}

/// Objects a space separates from what comes before them.
fn needs_space(object: &Object) -> bool {
    matches!(
        object,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    )
}

fn write_indirect(
    sink: &mut Sink<'_>,
    id: u32,
    generation: u16,
    object: &Object,
    xref: &mut Vec<(u32, XrefEntry)>,
) -> std::io::Result<()> {
    let offset = sink.at() as u32;
    xref.push((id, XrefEntry::Normal { offset, generation }));
    let out = &mut sink.buf;
    let before = if needs_space(object) { " " } else { "" };
    write!(out, "{id} {generation} obj\n{before}")?;
    write_object(out, object)?;
    let after = needs_space(object) || matches!(object, Object::Name(_) | Object::Stream(_));
    writeln!(out, "{}\nendobj", if after { " " } else { "" })?;
    sink.drain(FLUSH_AT)
}

fn write_object(out: &mut Vec<u8>, object: &Object) -> std::io::Result<()> {
    match object {
        Object::Null => out.write_all(b"null"),
        Object::Boolean(true) => out.write_all(b"true"),
        Object::Boolean(false) => out.write_all(b"false"),
        Object::Integer(v) => write!(out, "{v}"),
        Object::Real(v) => write!(out, "{v}"),
        Object::Name(name) => write_name(out, name),
        Object::String(text, format) => write_string(out, text, format),
        Object::Array(items) => {
            out.write_all(b"[")?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 && needs_space(item) {
                    out.write_all(b" ")?;
                }
                write_object(out, item)?;
            }
            out.write_all(b"]")
        }
        Object::Dictionary(dict) => write_dictionary(out, dict),
        Object::Stream(stream) => {
            write_dictionary(out, &stream.dict)?;
            out.write_all(b"stream\n")?;
            out.write_all(&stream.content)?;
            out.write_all(b"\nendstream")
        }
        Object::Reference((id, generation)) => write!(out, "{id} {generation} R"),
    }
}

fn write_dictionary(out: &mut Vec<u8>, dict: &Dictionary) -> std::io::Result<()> {
    out.write_all(b"<<")?;
    for (key, value) in dict {
        write_name(out, key)?;
        if needs_space(value) {
            out.write_all(b" ")?;
        }
        write_object(out, value)?;
    }
    out.write_all(b">>")
}

fn write_name(out: &mut Vec<u8>, name: &[u8]) -> std::io::Result<()> {
    out.write_all(b"/")?;
    for &byte in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&byte) || !(33..=126).contains(&byte) {
            write!(out, "#{byte:02X}")?;
        } else {
            out.write_all(&[byte])?;
        }
    }
    Ok(())
}

/// A string as lopdf writes it: literal strings escape backslashes, carriage returns and
/// unbalanced parentheses.
fn write_string(out: &mut Vec<u8>, text: &[u8], format: &StringFormat) -> std::io::Result<()> {
    match format {
        StringFormat::Literal => {
            let mut escaped = Vec::new();
            let mut open = Vec::new();
            for (i, &b) in text.iter().enumerate() {
                match b {
                    b'(' => open.push(i),
                    b')' if open.pop().is_none() => escaped.push(i),
                    b'\\' | b'\r' => escaped.push(i),
                    _ => {}
                }
            }
            escaped.append(&mut open);
            escaped.sort_unstable();
            out.write_all(b"(")?;
            for (i, &b) in text.iter().enumerate() {
                if escaped.binary_search(&i).is_ok() {
                    out.write_all(&[b'\\', if b == b'\r' { b'r' } else { b }])?;
                } else {
                    out.write_all(&[b])?;
                }
            }
            out.write_all(b")")
        }
        StringFormat::Hexadecimal => {
            out.write_all(b"<")?;
            for &b in text {
                write!(out, "{b:02X}")?;
            }
            out.write_all(b">")
        }
    }
}

//! Document-level metadata: the catalog's language and viewer preferences, the
//! information dictionary, and the XMP metadata packet: title (in the edition's
//! language), author and translator, language, dates and producer, as archives and
//! assistive technology read them, and the PDF/UA-1 identification (`pdfuaid:part`) for
//! a document that is tagged as PDF/UA asks. The packet repeats the information
//! dictionary, which must agree with it (the summary stays there alone: the packet is
//! kept uncompressed, as archives expect).

use lopdf::{Dictionary, Document, Object, Stream};

use crate::xml::escape;

/// What the packet says.
pub struct Xmp<'a> {
    pub title: &'a str,
    pub lang: &'a str,
    pub author: &'a str,
    pub translator: Option<&'a str>,
    /// Seconds since the Unix epoch.
    pub date: i64,
}

/// Adds the packet to the catalog, and asks viewers to show the title, not the file name.
pub fn add_xmp(doc: &mut Document, xmp: &Xmp<'_>) {
    let mut stream = Stream::new(Dictionary::new(), packet(xmp).into_bytes());
    stream.dict.set("Type", Object::Name(b"Metadata".to_vec()));
    stream.dict.set("Subtype", Object::Name(b"XML".to_vec()));
    // Left uncompressed, as archives and simple readers expect to find it.
    stream.allows_compression = false;
    let id = doc.add_object(Object::Stream(stream));
    let Ok(root) = doc.trailer.get(b"Root").and_then(|r| r.as_reference()) else {
        return;
    };
    let Ok(catalog) = doc.get_object_mut(root).and_then(|o| o.as_dict_mut()) else {
        return;
    };
    catalog.set("Metadata", Object::Reference(id));
    let mut prefs = match catalog.get(b"ViewerPreferences") {
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    };
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
}

fn packet(x: &Xmp<'_>) -> String {
    let date = iso_date(x.date);
    let creators: String = [Some(x.author), x.translator]
        .into_iter()
        .flatten()
        .filter(|name| !name.trim().is_empty())
        .map(|name| format!("<rdf:li>{}</rdf:li>", escape(name)))
        .collect();
    let lang = escape(x.lang);
    format!(
        concat!(
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n",
            "<rdf:Description rdf:about=\"\"",
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"",
            " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"",
            " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n",
            "<dc:format>application/pdf</dc:format>\n",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li>",
            "<rdf:li xml:lang=\"{lang}\">{title}</rdf:li></rdf:Alt></dc:title>\n",
            "<dc:creator><rdf:Seq>{creators}</rdf:Seq></dc:creator>\n",
            "<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n",
            "<xmp:CreateDate>{date}</xmp:CreateDate>\n",
            "<xmp:ModifyDate>{date}</xmp:ModifyDate>\n",
            "<xmp:MetadataDate>{date}</xmp:MetadataDate>\n",
            "<xmp:CreatorTool>safha</xmp:CreatorTool>\n",
            "<pdf:Producer>safha (printpdf)</pdf:Producer>\n",
            "<pdfuaid:part>1</pdfuaid:part>\n",
            "</rdf:Description>\n",
            "</rdf:RDF>\n",
            "</x:xmpmeta>\n",
            "<?xpacket end=\"r\"?>"
        ),
        title = escape(x.title),
        lang = lang,
        creators = creators,
        date = date,
    )
}

/// `seconds` as an XMP date in UTC (`2024-08-14T00:00:00Z`); the epoch if out of range.
fn iso_date(seconds: i64) -> String {
    let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(seconds) else {
        return "1970-01-01T00:00:00Z".to_string();
    };
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Drops what printpdf writes into the document information dictionary empty: an empty
/// `/GTS_PDFXVersion` makes preflight tools (and `pdfinfo`) take the file for PDF/X, which
/// it is not, and empty `/Identifier` and `/Keywords` say nothing.
pub fn clean_info(doc: &mut lopdf::Document) {
    let info = doc.trailer.get(b"Info").and_then(|r| r.as_reference());
    if let Ok(id) = info
        && let Ok(dict) = doc.get_object_mut(id).and_then(|o| o.as_dict_mut())
    {
        dict.remove(b"GTS_PDFXVersion");
        let empty: Vec<Vec<u8>> = dict
            .iter()
            .filter(|(_, v)| matches!(v, lopdf::Object::String(s, _) if s.is_empty()))
            .map(|(k, _)| k.clone())
            .collect();
        for key in empty {
            dict.remove(&key);
        }
    }
}

pub fn set_language(doc: &mut lopdf::Document, lang: &crate::l10n::Lang) {
    let root = doc.trailer.get(b"Root").and_then(|r| r.as_reference());
    if let Ok(id) = root
        && let Ok(catalog) = doc.get_object_mut(id).and_then(|o| o.as_dict_mut())
    {
        catalog.set(
            "Lang",
            lopdf::Object::String(lang.tag().into_bytes(), lopdf::StringFormat::Literal),
        );
        // Open with the binding on the right for right-to-left documents.
        if lang.dir() == crate::l10n::Dir::Rtl {
            let mut prefs = lopdf::Dictionary::new();
            prefs.set("Direction", lopdf::Object::Name(b"R2L".to_vec()));
            catalog.set("ViewerPreferences", lopdf::Object::Dictionary(prefs));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc_calendar_dates() {
        assert_eq!(iso_date(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_date(1_723_593_600), "2024-08-14T00:00:00Z");
        assert_eq!(iso_date(951_782_400 + 3661), "2000-02-29T01:01:01Z");
        assert_eq!(iso_date(-86_400), "1969-12-31T00:00:00Z");
    }

    #[test]
    fn text_is_escaped_and_the_packet_is_well_formed() {
        let p = packet(&Xmp {
            title: "A <b> & \"c\"\u{1}",
            lang: "ur",
            author: "عائشہ",
            translator: Some("X"),
            date: 0,
        });
        assert!(p.contains("A &lt;b&gt; &amp; &quot;c&quot;<"), "{p}");
        assert!(!p.contains('\u{1}'));
        assert!(p.contains("<rdf:li>عائشہ</rdf:li><rdf:li>X</rdf:li>"));
        assert!(p.contains("<pdfuaid:part>1</pdfuaid:part>"));
    }
}

//! Document-level metadata: the catalog's language and viewer preferences, the
//! information dictionary, the XMP metadata packet (title in the edition's language,
//! summary, author, translator, language, dates and producer, as archives and assistive
//! technology read them), and the identification as PDF/A-2u and PDF/UA-1 with what
//! PDF/A asks for besides: the sRGB output intent, and an extension schema describing
//! the PDF/UA property, which PDF/A-2 does not know. The packet repeats the information
//! dictionary, which must agree with it; it is kept uncompressed, as PDF/A requires.

use lopdf::{Dictionary, Document, Object, Stream};

use crate::xml::escape;

/// The longest string a PDF/A file may hold, in bytes (ISO 19005-2, 6.1.13).
pub const MAX_STRING: usize = 32_767;

/// What the packet says.
pub struct Xmp<'a> {
    pub title: &'a str,
    /// The summary (the information dictionary's `/Subject`).
    pub subject: &'a str,
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
    let lang = escape(x.lang);
    let alt = |text: &str| {
        let text = escape(text);
        format!(
            "<rdf:Alt><rdf:li xml:lang=\"x-default\">{text}</rdf:li>\
             <rdf:li xml:lang=\"{lang}\">{text}</rdf:li></rdf:Alt>"
        )
    };
    let seq = |name: Option<&str>| {
        name.filter(|n| !n.trim().is_empty())
            .map(|n| format!("<rdf:Seq><rdf:li>{}</rdf:li></rdf:Seq>", escape(n)))
    };
    let mut dc = format!("<dc:title>{}</dc:title>\n", alt(x.title));
    if !x.subject.is_empty() {
        // Once: every byte of the packet is stored uncompressed.
        dc += &format!(
            "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt>\
             </dc:description>\n",
            escape(x.subject)
        );
    }
    // The information dictionary's /Author, which PDF/A holds equal to the creator; the
    // translator contributed.
    if let Some(author) = seq(Some(x.author)) {
        dc += &format!("<dc:creator>{author}</dc:creator>\n");
    }
    if let Some(translator) = seq(x.translator) {
        dc += &format!("<dc:contributor>{translator}</dc:contributor>\n");
    }
    format!(
        concat!(
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n",
            "<rdf:Description rdf:about=\"\"",
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"",
            " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"",
            " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
            " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n",
            "<dc:format>application/pdf</dc:format>\n",
            "{dc}",
            "<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>\n",
            "<xmp:CreateDate>{date}</xmp:CreateDate>\n",
            "<xmp:ModifyDate>{date}</xmp:ModifyDate>\n",
            "<xmp:MetadataDate>{date}</xmp:MetadataDate>\n",
            "<xmp:CreatorTool>safha</xmp:CreatorTool>\n",
            "<pdf:Producer>safha (printpdf)</pdf:Producer>\n",
            "<pdfaid:part>2</pdfaid:part>\n",
            "<pdfaid:conformance>U</pdfaid:conformance>\n",
            "<pdfuaid:part>1</pdfuaid:part>\n",
            "</rdf:Description>\n",
            "{extension}",
            "</rdf:RDF>\n",
            "</x:xmpmeta>\n",
            "<?xpacket end=\"r\"?>"
        ),
        dc = dc,
        lang = lang,
        date = date,
        extension = PDFUA_EXTENSION,
    )
}

/// The PDF/UA identification described as PDF/A-2 asks of every property outside the
/// schemas it predefines (ISO 19005-2, 6.6.2.3).
const PDFUA_EXTENSION: &str = concat!(
    "<rdf:Description rdf:about=\"\"",
    " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"",
    " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"",
    " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n",
    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">",
    "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>",
    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
    "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">",
    "<pdfaProperty:name>part</pdfaProperty:name>",
    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>",
    "<pdfaProperty:category>internal</pdfaProperty:category>",
    "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>",
    "</rdf:li></rdf:Seq></pdfaSchema:property>",
    "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n",
    "</rdf:Description>\n",
);

/// Names the colour space the document's device colours are meant in: sRGB, as PDF/A
/// requires of a file that paints in DeviceGray or DeviceRGB.
pub fn add_output_intent(doc: &mut Document) {
    let mut profile = Stream::new(Dictionary::new(), super::icc::srgb());
    profile.dict.set("N", Object::Integer(3));
    let profile = doc.add_object(Object::Stream(profile));
    let name = |s: &str| Object::String(s.as_bytes().to_vec(), lopdf::StringFormat::Literal);
    let mut intent = Dictionary::new();
    intent.set("Type", Object::Name(b"OutputIntent".to_vec()));
    intent.set("S", Object::Name(b"GTS_PDFA1".to_vec()));
    intent.set("OutputConditionIdentifier", name("sRGB IEC61966-2.1"));
    intent.set("RegistryName", name("http://www.color.org"));
    intent.set("Info", name("sRGB IEC61966-2.1"));
    intent.set("DestOutputProfile", Object::Reference(profile));
    if let Ok(root) = doc.trailer.get(b"Root").and_then(|r| r.as_reference())
        && let Ok(catalog) = doc.get_object_mut(root).and_then(|o| o.as_dict_mut())
    {
        catalog.set(
            "OutputIntents",
            Object::Array(vec![Object::Dictionary(intent)]),
        );
    }
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
        // printpdf's `/Trapped /False` would need its twin in the XMP packet (PDF/A);
        // unknown is what it means here anyway.
        dict.remove(b"Trapped");
        // Blank as the packet's twins count blank (an author of spaces writes no creator).
        let empty: Vec<Vec<u8>> = dict
            .iter()
            .filter(|(_, v)| {
                lopdf::decode_text_string(v).is_ok_and(|t| t.trim().is_empty())
                    || matches!(v, lopdf::Object::String(s, _) if s.is_empty())
            })
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
            subject: "S",
            lang: "ur",
            author: "عائشہ",
            translator: Some("X"),
            date: 0,
        });
        assert!(p.contains("A &lt;b&gt; &amp; &quot;c&quot;<"), "{p}");
        assert!(!p.contains('\u{1}'));
        assert!(p.contains("<dc:creator><rdf:Seq><rdf:li>عائشہ</rdf:li></rdf:Seq>"));
        assert!(p.contains("<dc:contributor><rdf:Seq><rdf:li>X</rdf:li></rdf:Seq>"));
        assert!(p.contains("<pdfuaid:part>1</pdfuaid:part>"));
    }
}

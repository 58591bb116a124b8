//! Text made safe for HTML: nothing a translator writes can open an element.

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text and turns Fluent's isolation marks (FSI/LRI/RLI … PDI) into balanced
/// `<bdi>` elements: for UI strings such as "{ $minutes } minutes read".
pub fn escape_with_bdi(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut open = 0usize;
    for c in s.chars() {
        match c {
            '\u{2068}' => {
                out.push_str("<bdi>");
                open += 1;
            }
            '\u{2066}' => {
                out.push_str("<bdi dir=\"ltr\">");
                open += 1;
            }
            '\u{2067}' => {
                out.push_str("<bdi dir=\"rtl\">");
                open += 1;
            }
            '\u{2069}' => {
                if open > 0 {
                    out.push_str("</bdi>");
                    open -= 1;
                }
            }
            c => out.push_str(&escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    for _ in 0..open {
        out.push_str("</bdi>");
    }
    out
}

/// Escapes running text the way the PDFs set it: quoted Arabic (a Quranic verse, a
/// hadith; see [`safha_text::arabic::quotations`]) is marked as Arabic, in a `<span
/// lang="ar" dir="rtl">`, so that a screen reader reads it in an Arabic voice; in
/// right-to-left text (`dir` "rtl") each Latin token with digits or signs (`52°C`) is
/// isolated left to right (see [`safha_text::bidi::ltr_isolates`]), and in left-to-right
/// text a hashtag in Urdu right to left ([`safha_text::bidi::rtl_tokens`]); and in any text what
/// the PDF's lines never part stays on one line (`Rs 25,000`, `2,000 MW`, `۵۰–۱۰۰ ml`; see
/// [`safha_text::ties::unbreakable`]) in a `<span class="nowrap">`. For segments and for
/// the titles and summaries the index shows as text.
pub fn escape_text(s: &str, dir: &str) -> String {
    use std::ops::Range;
    let arabic = safha_text::arabic::quotations(s);
    // Inside the Arabic or outside it, so that the elements nest.
    let apart = |r: &Range<usize>| {
        (arabic.iter())
            .all(|a| r.end <= a.start || a.end <= r.start || a.start <= r.start && r.end <= a.end)
    };
    let (isolates, isolate) = match dir {
        "rtl" => (safha_text::bidi::ltr_isolates(s), "<bdi dir=\"ltr\">"),
        _ => (safha_text::bidi::rtl_tokens(s), "<bdi dir=\"rtl\">"),
    };
    let isolates: Vec<Range<usize>> = isolates.into_iter().filter(|i| apart(i)).collect();
    // A stretch kept on one line inside an isolate nests in it; one that crosses an
    // isolate's edge takes in the isolate whole, so that the elements nest.
    let inside = |k: &Range<usize>| {
        (isolates.iter()).any(|i| i.start <= k.start && k.end <= i.end && i != k)
    };
    let (inner, crossing): (Vec<Range<usize>>, Vec<Range<usize>>) =
        safha_text::ties::unbreakable(s)
            .into_iter()
            .partition(|k| inside(k));
    let mut keeps: Vec<Range<usize>> = Vec::new();
    for mut k in crossing {
        for i in &isolates {
            if i.start < k.end && k.start < i.end {
                k = k.start.min(i.start)..k.end.max(i.end);
            }
        }
        match keeps.last_mut() {
            Some(last) if k.start <= last.end => last.end = last.end.max(k.end),
            _ => keeps.push(k),
        }
    }
    keeps.retain(|k| apart(k));
    // An inner stretch inside an isolate that a crossing one took in is in that one too.
    let inner: Vec<Range<usize>> = inner
        .into_iter()
        .filter(|k| apart(k) && !keeps.iter().any(|o| o.start <= k.start && k.end <= o.end))
        .collect();
    // Where each tag goes; at one position, closing before opening, inner before outer.
    let mut tags: Vec<(usize, u8, &str)> = Vec::new();
    for a in &arabic {
        tags.push((a.start, 4, "<span lang=\"ar\" dir=\"rtl\">"));
        tags.push((a.end, 3, "</span>"));
    }
    for k in &keeps {
        tags.push((k.start, 5, "<span class=\"nowrap\">"));
        tags.push((k.end, 2, "</span>"));
    }
    for i in &isolates {
        tags.push((i.start, 6, isolate));
        tags.push((i.end, 1, "</bdi>"));
    }
    for k in &inner {
        tags.push((k.start, 7, "<span class=\"nowrap\">"));
        tags.push((k.end, 0, "</span>"));
    }
    tags.sort_by_key(|&(at, rank, _)| (at, rank));
    let mut out = String::with_capacity(s.len() + 16 * tags.len());
    let mut at = 0;
    for (pos, _, tag) in tags {
        out.push_str(&escape(&s[at..pos]));
        out.push_str(tag);
        at = pos;
    }
    out.push_str(&escape(&s[at..]));
    out
}

/// [`escape_with_bdi`], with the words outside the isolates (a byline's `تحریر:`) in a
/// `<span>` of their own: each element's own text is then in one script, so that what
/// reads an element's text and fonts (a screen reader, a font check) meets the Urdu label
/// as Urdu and not under the Latin name isolated beside it.
pub fn escape_labelled(s: &str) -> String {
    if !s.contains(|c| matches!(c, '\u{2066}'..='\u{2069}')) {
        return escape(s);
    }
    let mut out = String::with_capacity(s.len() + 32);
    let (mut depth, mut from) = (0usize, 0usize);
    let label = |out: &mut String, words: &str| {
        // A closing isolate with no opening one is dropped, as `escape_with_bdi` drops it.
        let words: String = words.chars().filter(|c| *c != '\u{2069}').collect();
        let words = words.as_str();
        let inner = words.trim();
        if inner.chars().any(char::is_alphabetic) {
            let lead = &words[..words.len() - words.trim_start().len()];
            let trail = &words[words.trim_end().len()..];
            out.push_str(&format!(
                "{}<span>{}</span>{}",
                escape(lead),
                escape(inner),
                escape(trail)
            ));
        } else {
            out.push_str(&escape(words));
        }
    };
    for (i, c) in s.char_indices() {
        match c {
            '\u{2066}'..='\u{2068}' => {
                if depth == 0 {
                    label(&mut out, &s[from..i]);
                    from = i;
                }
                depth += 1;
            }
            '\u{2069}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push_str(&escape_with_bdi(&s[from..i + c.len_utf8()]));
                    from = i + c.len_utf8();
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        out.push_str(&escape_with_bdi(&s[from..]));
    } else {
        label(&mut out, &s[from..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_tokens_isolated_in_right_to_left_text() {
        assert_eq!(
            escape_text("گرمی 52°C <تک>", "rtl"),
            "گرمی <bdi dir=\"ltr\">52°C</bdi> &lt;تک&gt;"
        );
        assert_eq!(escape_text("Heat 52°C <b>", "ltr"), "Heat 52°C &lt;b&gt;");
    }

    #[test]
    fn what_a_line_never_parts_stays_on_one() {
        assert_eq!(
            escape_text("paid Rs 25,000 & 2,000 MW.", "ltr"),
            "paid <span class=\"nowrap\">Rs 25,000</span> &amp; <span class=\"nowrap\">2,000 MW.</span>"
        );
        // In Urdu the isolate of a Latin token nests inside the stretch it belongs to.
        assert_eq!(
            escape_text("خوراک ۵۰۰ mg اور 5G فون", "rtl"),
            "خوراک <span class=\"nowrap\">۵۰۰ mg</span> اور <bdi dir=\"ltr\">5G</bdi> فون"
        );
        assert_eq!(
            escape_text("بخار 38.5 °C ہو", "rtl"),
            "بخار <span class=\"nowrap\">38.5 <bdi dir=\"ltr\">°C</bdi></span> ہو"
        );
        // A section's word keeps its number (and the token's isolate) on its line.
        assert_eq!(
            escape_text("دفعہ 63-A کے", "rtl"),
            "<span class=\"nowrap\">دفعہ <bdi dir=\"ltr\">63-A</bdi></span> کے"
        );
        // A stretch inside a long isolate nests in it: the isolate still wraps.
        assert_eq!(
            escape_text("Performance Audit of Pakistan Railways 2022–23", "rtl"),
            "<bdi dir=\"ltr\">Performance Audit of Pakistan Railways <span class=\"nowrap\">2022–23</span></bdi>"
        );
    }

    #[test]
    fn quoted_arabic_is_marked_arabic() {
        assert_eq!(
            escape_text("فرمایا: ﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾ (البقرہ: ۱۵۳)", "rtl"),
            "فرمایا: <span lang=\"ar\" dir=\"rtl\">﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾</span> (البقرہ: ۱۵۳)"
        );
        assert_eq!(
            escape_text(
                "He said: «إِنَّمَا الصَّبْرُ عِنْدَ الصَّدْمَةِ الْأُولَى» (Bukhari 1283)",
                "ltr"
            ),
            "He said: «<span lang=\"ar\" dir=\"rtl\">إِنَّمَا الصَّبْرُ عِنْدَ الصَّدْمَةِ الْأُولَى</span>» (Bukhari 1283)"
        );
    }

    #[test]
    fn bdi_from_isolates() {
        assert_eq!(
            escape_with_bdi("\u{2068}7\u{2069} <minutes>\u{2069}"),
            "<bdi>7</bdi> &lt;minutes&gt;"
        );
        assert_eq!(escape_with_bdi("\u{2068}open"), "<bdi>open</bdi>");
        assert_eq!(
            escape_labelled("تحریر: \u{2068}A & B\u{2069}"),
            "<span>تحریر:</span> <bdi>A &amp; B</bdi>"
        );
        assert_eq!(
            escape_labelled("\u{2068}7\u{2069} min <read>"),
            "<bdi>7</bdi> <span>min &lt;read&gt;</span>"
        );
        assert_eq!(escape_labelled("\u{2068}x"), "<bdi>x</bdi>");
        assert_eq!(escape_labelled("۵ منٹ"), "۵ منٹ");
        assert_eq!(
            escape_labelled("a\u{2069} \u{2068}b\u{2069}"),
            "<span>a</span> <bdi>b</bdi>"
        );
    }
}

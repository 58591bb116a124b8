//! The byline: who wrote an article, who translated it, and when it was published, in the
//! words and digits of an edition's language (`ui.ftl`: `byline`, `translated-by`,
//! `published`, `date`, `month-1`…`month-12`, `digits`). The web pages and the PDFs say the
//! same.

use super::ui::Ui;
use crate::article::FrontMatter;

/// The byline's parts in `ui`'s language: author, translator (only for a `translated`
/// text), publication date.
pub fn parts(front: &FrontMatter, ui: &Ui, translated: bool) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(author) = &front.author {
        out.push(ui.get_with("byline", &[("author", author.clone().into())]));
    }
    if let Some(translator) = front.translator.as_ref().filter(|_| translated) {
        out.push(ui.get_with(
            "translated-by",
            &[("translator", translator.clone().into())],
        ));
    }
    if let Some(date) = &front.date {
        out.push(ui.get_with("published", &[("date", format_date(date, ui).into())]));
    }
    out
}

/// The byline of `text` as one line, in its language's words (`uis`), parts joined by a
/// middle dot; `None` when the article names no author, translator or date.
pub fn line(
    front: &FrontMatter,
    uis: &std::collections::BTreeMap<super::lang::Lang, Ui>,
    text: &super::localize::LocalizedArticle,
) -> Option<String> {
    let parts = parts_of(front, uis, text);
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The byline's [`parts`] for `text`, in its language's words (`uis`).
pub fn parts_of(
    front: &FrontMatter,
    uis: &std::collections::BTreeMap<super::lang::Lang, Ui>,
    text: &super::localize::LocalizedArticle,
) -> Vec<String> {
    uis.get(&text.lang)
        .map(|ui| parts(front, ui, !text.is_source()))
        .unwrap_or_default()
}

/// `YYYY-MM-DD` as `ui`'s language writes a date (`30 November 2026`, `۳۰ نومبر ۲۰۲۶`);
/// the text as written if it is not such a date.
pub fn format_date(iso: &str, ui: &Ui) -> String {
    let mut fields = iso.splitn(3, '-').map(|f| f.parse::<u32>().ok());
    let (Some(Some(year)), Some(Some(month)), Some(Some(day))) =
        (fields.next(), fields.next(), fields.next())
    else {
        return iso.to_string();
    };
    if !(1..=12).contains(&month) {
        return iso.to_string();
    }
    let month_name = ui.get(&format!("month-{month}"));
    let digits = digits(ui);
    let number = |n: u32| in_digits(u64::from(n), &digits);
    let date = ui.get_with(
        "date",
        &[
            ("day", number(day).into()),
            ("month", month_name.into()),
            ("year", number(year).into()),
        ],
    );
    // The date is all in the page's language: isolating its parts would leave the whole
    // with no strong letter of its own, and a right-to-left page would show it reversed
    // (۲۰۲۶ نومبر ۳۰).
    date.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The ten digits `ui`'s language writes numbers with (`digits` in `ui.ftl`), ASCII if
/// it names no ten.
pub fn digits(ui: &Ui) -> [char; 10] {
    let chars: Vec<char> = ui
        .get("digits")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    <[char; 10]>::try_from(chars).unwrap_or(ASCII_DIGITS)
}

/// The digits of a language whose `ui.ftl` names none.
pub const ASCII_DIGITS: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/// `n` written with `digits` (0 to 9).
pub fn in_digits(n: u64, digits: &[char; 10]) -> String {
    n.to_string()
        .chars()
        .map(|c| c.to_digit(10).map_or(c, |d| digits[d as usize]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::lang::Lang;
    use crate::l10n::ui::UiSet;

    fn ui(tag: &str) -> Ui {
        let langs = vec![Lang::parse("en").unwrap(), Lang::parse(tag).unwrap()];
        let nowhere = std::path::Path::new("/nonexistent-safha-project");
        let (set, _) = UiSet::load(&nowhere.join("locales"), nowhere, &langs);
        set.ui(&langs[1], &[langs[1].clone(), langs[0].clone()])
    }

    #[test]
    fn dates_in_each_languages_words_and_digits() {
        assert_eq!(format_date("2026-11-30", &ui("en")), "30 November 2026");
        assert_eq!(format_date("2026-03-07", &ui("ur")), "۷ مارچ ۲۰۲۶");
        assert_eq!(format_date("someday", &ui("en")), "someday");
    }

    #[test]
    fn the_translator_is_credited_in_translations_only() {
        let front = FrontMatter {
            author: Some("A. Writer".into()),
            translator: Some("T. Ranslator".into()),
            date: Some("2026-01-02".into()),
            ..FrontMatter::default()
        };
        let en = parts(&front, &ui("en"), false).join(" · ");
        assert!(!en.contains("Ranslator"), "{en}");
        let ur = parts(&front, &ui("ur"), true).join(" · ");
        assert!(ur.contains("ترجمہ:") && ur.contains("T. Ranslator"), "{ur}");
        assert!(ur.contains("۲ جنوری ۲۰۲۶"), "{ur}");
    }
}

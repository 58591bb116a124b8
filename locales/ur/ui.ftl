### مضمون کے گرد کے الفاظ: عنوانات، رہنمائی، صفحے کی سجاوٹ۔

# en: English
language-name = اردو
# en: English
language-en = انگریزی
# en: Urdu
language-ur = اردو

# en: { $language } edition
edition-single = { $language } ایڈیشن
# en: { $source } and { $target }, side by side
edition-parallel = { $source } اور { $target } ساتھ ساتھ
# en: Editions
editions = ایڈیشن
# en: PDF
edition-pdf = PDF
# en: Read in another language
choose-language = کسی اور زبان میں پڑھیں
# en: Skip to the article
skip-to-content = مضمون پر جائیں
# en: Contents
contents = فہرست
# en: Articles
articles = مضامین
# en: By { $author }
byline = تحریر: { $author }
# en: Published on { $date }
published = اشاعت: { $date }
# en: { $minutes } minutes read
reading-time =
    { $minutes ->
        [one] پڑھنے کا وقت: { $minutes } منٹ
       *[other] پڑھنے کا وقت: { $minutes } منٹ
    }
# en: Not yet translated; shown in the original language.
translation-missing = ابھی ترجمہ نہیں ہوا؛ اصل زبان میں دکھایا گیا ہے۔
# en: The original has changed since this was translated.
translation-stale = ترجمے کے بعد اصل متن بدل چکا ہے۔
# en: Page { $page } of { $pages }
page-number = صفحہ { $page } از { $pages }
# en: Published with safha
made-with = صفحہ کے ذریعے شائع کیا گیا
# en: Atom feed
feed = ایٹم فیڈ

# en: Notes
notes = حواشی
# en: Back to the text
note-back = متن پر واپس جائیں
# en: 0123456789
digits = ۰۱۲۳۴۵۶۷۸۹
# en: a b c d e f g h i j k l m n o p q r s t u v w x y z
list-letters = الف ب ج د ہ و ز ح ط ی ک ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ
# en: { $letter }.
list-letter = ({ $letter })

# en: Translated by { $translator }
translated-by = ترجمہ: { $translator }
# en: { $day } { $month } { $year }
date = { $day } { $month } { $year }
# en: January
month-1 = جنوری
# en: February
month-2 = فروری
# en: March
month-3 = مارچ
# en: April
month-4 = اپریل
# en: May
month-5 = مئی
# en: June
month-6 = جون
# en: July
month-7 = جولائی
# en: August
month-8 = اگست
# en: September
month-9 = ستمبر
# en: October
month-10 = اکتوبر
# en: November
month-11 = نومبر
# en: December
month-12 = دسمبر

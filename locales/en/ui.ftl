### The words around an article: labels, navigation, page furniture.
### Each language has its own ui.ftl with the same ids.

# The language's own name, shown in the language switcher.
language-name = English
# Names of other languages, as this language calls them.
language-en = English
language-ur = Urdu

edition-single = { $language } edition
edition-parallel = { $source } and { $target }, side by side
editions = Editions
# Shown next to each PDF link.
edition-pdf = PDF
choose-language = Read in another language
skip-to-content = Skip to the article
contents = Contents
articles = Articles
byline = By { $author }
published = Published on { $date }
reading-time =
    { $minutes ->
        [one] { $minutes } minute read
       *[other] { $minutes } minutes read
    }
translation-missing = Not yet translated; shown in the original language.
translation-stale = The original has changed since this was translated.
page-number = Page { $page } of { $pages }
made-with = Published with safha
feed = Atom feed

# Heading of an article's footnotes.
notes = Notes
# Label of the link from a footnote back to where the text refers to it.
note-back = Back to the text
# The ten digits numbers are written with, 0 to 9 (footnote numbers).
digits = 0123456789
# The letters the items of a numbered list nested in another are labelled with, in order,
# separated by spaces (a language without them numbers every list in its digits).
list-letters = a b c d e f g h i j k l m n o p q r s t u v w x y z
# How such an item is labelled: a., b., c.
list-letter = { $letter }.

# Credits the translator in the editions of other languages.
translated-by = Translated by { $translator }
# A date: { $day } and { $year } are numbers, { $month } is the month's name below.
date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

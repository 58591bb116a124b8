### Urdu translation of content/abdus-salam-biography.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, dates, quotes-punct
# en: Abdus Salam (1926-1996): the physicist from Jhang who won the Nobel Prize
title = عبدالسلام (۱۹۲۶ء - ۱۹۹۶ء): جھنگ کا طبیعیات دان جس نے نوبل انعام جیتا

# features: none
# en: The life of Pakistan's first Nobel laureate, from a village school in the Punjab to Cambridge, Trieste and Stockholm.
summary = پاکستان کے پہلے نوبل انعام یافتہ سائنس دان کی زندگی، پنجاب کے ایک گاؤں کے اسکول سے کیمبرج، ٹریسٹ اور اسٹاک ہوم تک۔

# features: digits-urdu, dates, footnote
# en: **Mohammad Abdus Salam** (29 January 1926 – 21 November 1996) was a Pakistani theoretical physicist. He shared the 1979 Nobel Prize in Physics with Sheldon Glashow and Steven Weinberg for the theory that unites the electromagnetic and the weak nuclear force.[^1]
p-mohammad-abdus-salam-29 = **محمد عبد السلام** (۲۹ جنوری ۱۹۲۶ء – ۲۱ نومبر ۱۹۹۶ء) ایک پاکستانی نظریاتی طبیعیات دان تھے۔ انہیں ۱۹۷۹ء میں شیلڈن گلاشو اور اسٹیون وائن برگ کے ساتھ مشترکہ طور پر طبیعیات کا نوبل انعام دیا گیا۔ یہ انعام اُس نظریے پر ملا جو برقی مقناطیسی قوت اور کمزور نیوکلیائی قوت کو یکجا کرتا ہے۔[^1]

# features: none
# en: Early life and education
h-early-life-and-education = ابتدائی زندگی اور تعلیم

# features: digits-urdu
# en: Salam was born in Santokdas, a village near Sahiwal in the Punjab of British India. His father, Chaudhry Muhammad Hussain, worked in the education department of Jhang district. At the age of 14 he scored the highest marks ever recorded in the matriculation examination of the University of the Punjab.
p-salam-was-born-in = عبدالسلام برطانوی ہند کے صوبہ پنجاب میں ساہیوال کے قریب ایک گاؤں سنتوکداس میں پیدا ہوئے۔ ان کے والد چودھری محمد حسین ضلع جھنگ کے محکمۂ تعلیم میں ملازم تھے۔ ۱۴ برس کی عمر میں انہوں نے جامعہ پنجاب کے میٹرک کے امتحان میں اب تک کے سب سے زیادہ نمبر حاصل کیے۔

# features: digits-urdu, dates, footnote
# en: In 1946 he won a scholarship to St John's College, Cambridge, where he took a double first in mathematics and physics. He was in Cambridge when Pakistan came into being on 14 August 1947.[^2]
p-in-1946-he-won = ۱۹۴۶ء میں انہیں سینٹ جانز کالج، کیمبرج کا وظیفہ ملا جہاں انہوں نے ریاضی اور طبیعیات دونوں میں اول درجہ (ڈبل فرسٹ) حاصل کیا۔ ۱۴ اگست ۱۹۴۷ء کو جب پاکستان معرضِ وجود میں آیا تو وہ کیمبرج ہی میں تھے۔[^2]

# features: image-alt
# en: A black and white portrait of a man in glasses and a dark suit
alt-a-black-and-white = عینک اور گہرے رنگ کے سوٹ میں ملبوس ایک شخص کی بلیک اینڈ وائٹ تصویر

# features: image-caption, digits-urdu, dates
# en: Abdus Salam in Trieste in the 1960s (illustration)
caption-abdus-salam-in-trieste = ۱۹۶۰ء کی دہائی میں ٹریسٹ میں عبدالسلام (خاکہ)

# features: none
# en: Career
h-career = پیشہ ورانہ زندگی

# features: digits-urdu, dates, quotes-punct
# en: 1951–1954: Professor of Mathematics at Government College, Lahore
li-1951-1954-professor-of = ۱۹۵۱ء–۱۹۵۴ء: گورنمنٹ کالج لاہور میں ریاضی کے پروفیسر

# features: digits-urdu, dates, quotes-punct
# en: 1957: Professor of Theoretical Physics at Imperial College London
li-1957-professor-of-theoretical = ۱۹۵۷ء: امپیریل کالج لندن میں نظریاتی طبیعیات کے پروفیسر

# features: digits-urdu, dates, quotes-punct
# en: 1961–1974: Chief Scientific Adviser to the President of Pakistan
li-1961-1974-chief-scientific = ۱۹۶۱ء تا ۱۹۷۴ء: صدرِ پاکستان کے چیف سائنٹفک ایڈوائزر (مشیرِ اعلیٰ برائے سائنس)

# features: digits-urdu, dates, latin-in-parens, quotes-punct
# en: 1964: founder and first director of the International Centre for Theoretical Physics (ICTP) in Trieste
li-1964-founder-and-first = ۱۹۶۴ء: ٹریسٹ (اٹلی) میں بین الاقوامی مرکز برائے نظری طبیعیات (ICTP) کے بانی اور پہلے ڈائریکٹر

# features: digits-urdu
# en: In the 19th century physicists learned that electricity and magnetism are two faces of one force. In the 20th century Salam, Glashow and Weinberg showed that at very high energies the weak nuclear force joins them too.
p-in-the-19th-century = ۱۹ویں صدی میں طبیعیات دانوں نے جان لیا تھا کہ بجلی اور مقناطیسیت ایک ہی قوت کے دو رُخ ہیں۔ ۲۰ویں صدی میں سلام، گلاشو اور وائن برگ نے دکھایا کہ بہت زیادہ توانائی پر کمزور نیوکلیائی قوت بھی ان سے آ ملتی ہے۔

# features: digits-urdu, dates, quotes-punct
# en: "Scientific thought and its creation is the common and shared heritage of mankind." (Abdus Salam, Nobel banquet speech, 10 December 1979)
quote-scientific-thought-and-its = “سائنسی فکر اور اس کی تخلیق بنی نوع انسان کا مشترکہ ورثہ ہے۔” (عبدالسلام، نوبل ضیافت سے خطاب، ۱۰ دسمبر ۱۹۷۹ء)

# features: none
# en: Death and legacy
h-death-and-legacy = وفات اور ورثہ

# features: digits-urdu, dates, quotes-punct, footnote
# en: Salam died in Oxford on 21 November 1996, at the age of 70, and was buried in Rabwah. In 1997 the centre in Trieste was renamed the Abdus Salam International Centre for Theoretical Physics.[^3]
p-salam-died-in-oxford = عبدالسلام کا انتقال ۲۱ نومبر ۱۹۹۶ء کو ۷۰ برس کی عمر میں آکسفورڈ میں ہوا اور انہیں ربوہ میں دفن کیا گیا۔ ۱۹۹۷ء میں ٹریسٹ کے مرکز کا نام بدل کر ”عبدالسلام انٹرنیشنل سینٹر فار تھیوریٹیکل فزکس“ رکھ دیا گیا۔[^3]

# features: digits-western, url-email, link
# en: He wrote more than 250 scientific papers. The [Nobel Prize website](https://www.nobelprize.org/prizes/physics/1979/salam/facts/) has a short biography.
p-he-wrote-more-than = انہوں نے 250 سے زائد تحقیقی مقالے لکھے۔ ان کا مختصر سوانحی خاکہ [نوبل انعام کی ویب سائٹ](https://www.nobelprize.org/prizes/physics/1979/salam/facts/) پر موجود ہے۔

# features: digits-urdu, digits-western, isbn
# en: *Nobel Lectures in Physics 1971–1980*, World Scientific, 1992, p. 513. ISBN 978-981-02-0726-7.
note-nobel-lectures-in-physics = *Nobel Lectures in Physics 1971–1980*، ورلڈ سائنٹفک، ۱۹۹۲ء، ص ۵۱۳۔ ISBN 978-981-02-0726-7

# features: digits-urdu, page-cite
# en: Abdus Salam, *Ideals and Realities*, vol. 2, p. 77.
note-abdus-salam-ideals-and = عبدالسلام، *آئیڈیلز اینڈ ریئلٹیز*، ص ۷۷، جلد ۲۔

# features: digits-western, page-cite
# en: ICTP, *Annual Report 1997*, p. 7.
note-ictp-annual-report-1997 = آئی سی ٹی پی، *سالانہ رپورٹ 1997*، ص 7۔

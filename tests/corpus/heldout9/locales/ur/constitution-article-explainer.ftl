### Urdu translation of content/constitution-article-explainer.md. Above each message, `# en:` records the English it was translated from.

# features: article-number, digits-western, quotes-punct
# en: Article 25-A explained: the right to go to school, and the right to ask why not
title = آرٹیکل 25-A کی وضاحت: اسکول جانے کا حق، اور یہ پوچھنے کا حق کہ کیوں نہیں

# features: article-number, sub-clauses, digits-western, digits-urdu, dates, quotes-punct
# en: What Articles 25-A and 19-A of the Constitution of Pakistan promise, how the education laws of 2012–2017 spell the promise out clause by clause, and how a parent can go to court under Article 199 or 184(3).
summary = پاکستان کے آئین کے آرٹیکل 25-A اور 19-A کیا وعدہ کرتے ہیں، ۲۰۱۲ء سے ۲۰۱۷ء تک کے تعلیمی قوانین اس وعدے کو شق بہ شق کیسے واضح کرتے ہیں، اور والدین آرٹیکل ۱۹۹ یا 184(3) کے تحت عدالت سے کیسے رجوع کر سکتے ہیں۔

# features: article-number, roman-numeral, izafat, sub-clauses, latin-in-parens, digits-urdu, dates, reversed-quotes, quotes-punct
# en: In April 2010 the Constitution (Eighteenth Amendment) Act, 2010 added two short articles to Chapter 1 of Part II of the Constitution of Pakistan, the chapter of Fundamental Rights: Article 19-A, on the right to information, and Article 25-A, on the right to education. Before 2010, education appeared in the Constitution only as a Principle of Policy: Article 37(b) asks the State to "remove illiteracy and provide free and compulsory secondary education within minimum possible period", but no court can enforce a Principle of Policy. Since 2010, schooling is a right that a citizen can take to court.
p-in-april-2010-the = اپریل ۲۰۱۰ء میں آئین (اٹھارہویں ترمیم) ایکٹ، ۲۰۱۰ء کے ذریعے پاکستان کے آئین کے حصہ دوم (Part II) کے باب ۱ میں، یعنی بنیادی حقوق کے باب میں، دو مختصر آرٹیکلز کا اضافہ کیا گیا: آرٹیکل 19-A، معلومات کے حق کے بارے میں، اور آرٹیکل 25-A، تعلیم کے حق کے بارے میں۔ ۲۰۱۰ء سے پہلے آئین میں تعلیم کا ذکر صرف حکمتِ عملی کے اصولوں میں تھا: آرٹیکل ۳۷(ب) ریاست سے کہتا ہے کہ وہ ”ناخواندگی کا خاتمہ کرے اور کم سے کم ممکنہ مدت کے اندر مفت اور لازمی ثانوی تعلیم مہیا کرے“، لیکن حکمتِ عملی کے کسی اصول پر کوئی عدالت عمل نہیں کروا سکتی۔ ۲۰۱۰ء کے بعد سے اسکول کی تعلیم ایک ایسا حق ہے جس کے لیے شہری عدالت کا دروازہ کھٹکھٹا سکتا ہے۔

# features: crore-lakh, latin-in-parens, digits-western, digits-urdu, quotes-punct
# en: Fifteen years later, about 22.8 million children between the ages of 5 and 16 are still out of school, by UNICEF's estimate. This explainer sets out what the two articles say, how the laws made under them work, and what a parent can do.
p-fifteen-years-later-about = پندرہ برس بعد بھی، یونیسیف (UNICEF) کے اندازے کے مطابق، 5 سے 16 سال کی عمر کے تقریباً ۲ کروڑ ۲۸ لاکھ بچے اسکول سے باہر ہیں۔ یہ تحریر بتاتی ہے کہ یہ دونوں آرٹیکل کیا کہتے ہیں، ان کے تحت بنائے گئے قوانین کیسے کام کرتے ہیں، اور والدین کیا کر سکتے ہیں۔

# features: none
# en: What the Constitution says
h-what-the-constitution-says = آئین کیا کہتا ہے

# features: article-number, digits-western, quotes-punct
# en: Article 25-A is a single sentence:
p-article-25-a-is = آرٹیکل 25-A صرف ایک جملے پر مشتمل ہے:

# features: article-number, bold-term, dashes, digits-urdu, quotes-punct
# en: **25-A. Right to education.**— The State shall provide free and compulsory education to all children of the age of five to sixteen years in such manner as may be determined by law.
quote-25-a-right-to = **۲۵-الف۔ تعلیم کا حق۔**— ریاست پانچ سے سولہ سال تک کی عمر کے تمام بچوں کے لیے مفت اور لازمی تعلیم کا اس طریقے سے انتظام کرے گی جو قانون کے ذریعے مقرر کیا جائے۔

# features: quotes-punct
# en: Three phrases carry its weight. "Free" means that the State may not charge for the schooling it owes. "Compulsory" binds both sides: the State must provide a place, and parents must send their children. And "in such manner as may be determined by law" means that the right needs a law to work: the Article says what must be done, and the legislatures say how.
p-three-phrases-carry-its = اس آرٹیکل کا سارا وزن تین فقروں پر ہے۔ “مفت” کا مطلب ہے کہ ریاست جس تعلیم کی ذمہ دار ہے اس کی فیس نہیں لے سکتی۔ “لازمی” دونوں فریقوں کو پابند کرتا ہے: ریاست کو اسکول میں جگہ فراہم کرنی ہے اور والدین کو بچے بھیجنے ہیں۔ اور “جو قانون کے ذریعے مقرر کیا جائے” کا مطلب ہے کہ اس حق پر عمل کے لیے قانون درکار ہے: آرٹیکل بتاتا ہے کہ کیا کرنا ہے، اور مقننہ بتاتی ہے کہ کیسے۔

# features: article-number, digits-western, quotes-punct
# en: Article 19-A, added by the same amendment, reads:
p-article-19-a-added = اسی ترمیم کے ذریعے شامل کیا گیا آرٹیکل 19-A یہ ہے:

# features: article-number, bold-term, dashes, digits-urdu, quotes-punct
# en: **19-A. Right to information.**— Every citizen shall have the right to have access to information in all matters of public importance subject to regulation and reasonable restrictions imposed by law.
quote-19-a-right-to = **۱۹-الف۔ معلومات کا حق۔**— ہر شہری کو قانون کے ذریعے عائد کردہ ضوابط اور معقول پابندیوں کے تابع، عوامی اہمیت کے حامل تمام معاملات میں معلومات تک رسائی کا حق حاصل ہوگا۔

# features: quotes-punct
# en: The two articles are often read together. A right to a school means little if a parent cannot find out whether the school has teachers, and the budget that pays for them is a matter of public importance if anything is.
p-the-two-articles-are = یہ دونوں آرٹیکل اکثر ایک ساتھ پڑھے جاتے ہیں۔ اگر والدین یہ معلوم ہی نہ کر سکیں کہ اسکول میں اساتذہ ہیں یا نہیں تو اسکول کے حق کا کوئی خاص مطلب نہیں رہ جاتا؛ اور جس بجٹ سے ان اساتذہ کو تنخواہ ملتی ہے، اگر کوئی چیز عوامی اہمیت کی ہے تو وہ یہی ہے۔

# features: none
# en: How the laws spell it out
h-how-the-laws-spell = قوانین اسے کیسے واضح کرتے ہیں

# features: roman-numeral, act-number, digits-urdu, digits-western, dates, quotes-punct
# en: Since education is a provincial subject after the Eighteenth Amendment, there is not one law but several. Parliament passed the Right to Free and Compulsory Education Act, 2012 (Act No. XXIV of 2012) for the Islamabad Capital Territory; Sindh followed in 2013, Punjab and Balochistan in 2014, and Khyber Pakhtunkhwa in 2017.
p-since-education-is-a = اٹھارہویں ترمیم کے بعد تعلیم صوبائی معاملہ ہے، اس لیے قانون ایک نہیں، کئی ہیں۔ پارلیمنٹ نے اسلام آباد کیپیٹل ٹیریٹری کے لیے مفت اور لازمی تعلیم کے حق کا ایکٹ، ۲۰۱۲ء (ایکٹ نمبر XXIV بابت 2012ء) منظور کیا؛ سندھ نے ۲۰۱۳ء میں، پنجاب اور بلوچستان نے ۲۰۱۴ء میں، اور خیبر پختونخوا نے ۲۰۱۷ء میں اپنے قوانین بنائے۔

# features: digits-urdu, quotes-punct
# en: Lawyers read such a law clause by clause. Section 3 of a typical Act is built like this (we paraphrase; the wording differs from one province to the next):
p-lawyers-read-such-a = وکلا ایسے قانون کو شق بہ شق پڑھتے ہیں۔ ایک عام صوبائی ایکٹ کی دفعہ ۳ کی ساخت کچھ یوں ہوتی ہے (الفاظ ہمارے ہیں؛ اصل عبارت ہر صوبے میں کچھ مختلف ہے):

# features: clause-label, nested-list, digits-urdu, quotes-punct
# en: (1) Every child of the age of five to sixteen years shall have a right to free and compulsory education in a neighbourhood school.
li-1-every-child-of = (۱) پانچ سے سولہ سال تک کی عمر کے ہر بچے کو کسی قریبی اسکول میں مفت اور لازمی تعلیم کا حق حاصل ہوگا۔

# features: clause-label, nested-list, sub-clauses, digits-urdu, dashes, quotes-punct
# en: (2) For the purposes of sub-section (1),—
li-2-for-the-purposes = (۲) ذیلی دفعہ (۱) کی اغراض کے لیے،—

# features: clause-label, nested-list, quotes-punct
# en: (a) no child shall be liable to pay any fee, charge or expense which may prevent him or her from pursuing and completing education; and
li-a-no-child-shall = (الف) کوئی بچہ ایسی فیس، چارج یا خرچ ادا کرنے کا ذمہ دار نہیں ہوگا جو اسے تعلیم حاصل کرنے اور مکمل کرنے سے روک سکے؛ اور

# features: clause-label, nested-list, dashes
# en: (b) the Government shall—
li-b-the-government-shall = (ب) حکومت—

# features: clause-label, nested-list, quotes-punct
# en: (i) establish a school within a neighbourhood where there is none, within three years of the commencement of this Act;
li-i-establish-a-school = (i) اس ایکٹ کے نفاذ سے تین سال کے اندر ہر اس محلے میں اسکول قائم کرے گی جہاں کوئی اسکول موجود نہیں؛

# features: clause-label, nested-list, quotes-punct
# en: (ii) ensure that no child is held back, expelled or required to pass a board examination before completing elementary education; and
li-ii-ensure-that-no = (ii) یقینی بنائے گی کہ ابتدائی تعلیم مکمل کرنے سے پہلے کسی بچے کو نہ کسی جماعت میں روکا جائے، نہ اسکول سے نکالا جائے اور نہ ہی بورڈ کا امتحان پاس کرنے پر مجبور کیا جائے؛ اور

# features: clause-label, nested-list, quotes-punct
# en: (iii) maintain a record of every child residing within its area up to the age of sixteen years.
li-iii-maintain-a-record = (iii) اپنے علاقے میں رہنے والے سولہ سال تک کی عمر کے ہر بچے کا ریکارڈ رکھے گی۔

# features: clause-label, nested-list, quotes-punct
# en: (3) A private school shall admit in class I, and keep until the completion of elementary education, children of disadvantaged families to the extent of at least ten per cent of the strength of that class.
li-3-a-private-school = (۳) ہر نجی اسکول پہلی جماعت میں پسماندہ خاندانوں کے بچوں کو اس جماعت کی کل تعداد کے کم از کم دس فیصد کی حد تک داخلہ دے گا، اور ابتدائی تعلیم کی تکمیل تک انہیں رکھے گا۔

# features: sub-clauses, section-sign, roman-numeral, latin-in-parens, digits-urdu, digits-western, repeated-spaces, quotes-punct
# en: In a petition, the last duty of the Government is cited as section 3(2)(b)(iii) of the Act, or simply § 3(2)(b)(iii). Sub-clause (ii) is the one most often broken, by schools that expel a weak student before the Class IX board examination to keep their pass rate high; sub-section (3) is the one most often argued about, by private schools that say ten per cent of free places is more than they can afford.
p-in-a-petition-the = رِٹ پٹیشن میں حکومت کی آخری ذمہ داری کا حوالہ یوں دیا جاتا ہے: ایکٹ کی دفعہ ۳(۲)(ب)(iii)، یا مختصراً § 3(2)(b)(iii)۔  ذیلی شق (ii) کی خلاف ورزی سب سے زیادہ ہوتی ہے، ان اسکولوں کے ہاتھوں جو اپنا نتیجہ اچھا دکھانے کے لیے کمزور طالب علم کو نویں جماعت (Class IX) کے بورڈ امتحان سے پہلے ہی نکال دیتے ہیں؛ اور ذیلی دفعہ (۳) پر سب سے زیادہ بحث ہوتی ہے، کیونکہ نجی اسکول کہتے ہیں کہ دس فیصد مفت نشستیں ان کی استطاعت سے باہر ہیں۔

# features: quotes-punct
# en: Can a citizen go to court?
h-can-a-citizen-go = کیا شہری عدالت جا سکتا ہے؟

# features: article-number, sub-clauses, zwnj-zwj, digits-urdu, digits-western, quotes-punct
# en: A Fundamental Right can be enforced in two ways. Under Article 199, an aggrieved person may ask a High Court to direct a government or an official "to do anything he is required by law to do". Under Article 184(3), the Supreme Court itself may act when "a question of public importance with reference to the enforcement of any of the Fundamental Rights" is involved, whether or not anyone has petitioned it.
p-a-fundamental-right-can = کسی بنیادی حق پر عمل‌درآمد دو طریقوں سے کروایا جا سکتا ہے۔ آرٹیکل ۱۹۹ کے تحت کوئی بھی متاثرہ شخص ہائی کورٹ سے درخواست کر سکتا ہے کہ وہ کسی حکومت یا سرکاری اہلکار کو ہدایت دے کہ “وہ کام کرے جو قانوناً اس پر لازم ہے”۔ آرٹیکل 184(3) کے تحت سپریم کورٹ اس وقت خود بھی کارروائی کر سکتی ہے جب “بنیادی حقوق میں سے کسی کے نفاذ کے حوالے سے عوامی اہمیت کا کوئی سوال” درپیش ہو، خواہ کسی نے درخواست دی ہو یا نہیں۔

# features: footnote, partial-harakat, quotes-punct
# en: Courts have used both. They have asked provincial governments for the number of schools without a building, a boundary wall, drinking water or a toilet, and for lists of "ghost schools" that exist only on paper, and they have set deadlines for filling teachers' posts.[^1] What a court cannot easily do is build a school; its orders work best when a petitioner brings facts.
p-courts-have-used-both = عدالتوں نے دونوں راستے استعمال کیے ہیں۔ انہوں نے صوبائی حکومتوں سے ان اسکولوں کی تعداد طلب کی ہے جن کی عمارت، چار دیواری، پینے کا پانی یا بیت الخلا نہیں، اور ان “گھوسٹ اسکولوں” کی فہرستیں مانگی ہیں جو صرف کاغذوں میں موجود ہیں، اور اساتذہ کی خالی اسامیاں پُر کرنے کے لیے ڈیڈ لائنیں مقرر کی ہیں۔[^1] عدالت کے لیے اسکول بنانا آسان نہیں؛ اس کے احکامات اس وقت سب سے اچھا کام کرتے ہیں جب درخواست گزار حقائق لے کر آئے۔

# features: article-number, izafat, digits-western, dates, latin-in-parens, quotes-punct
# en: This is where Article 19-A helps. A parent who writes to the district education office to ask how many teachers are posted at her child's school, and how many of them attend, is exercising a right under Article 19-A. For federal bodies, the Right of Access to Information Act, 2017 gives an official ten working days to reply, and each province has an information commission of its own.
p-this-is-where-article = یہاں آرٹیکل 19-A کام آتا ہے۔ جو ماں ضلعی محکمۂ تعلیم کو خط لکھ کر پوچھتی ہے کہ اس کے بچے کے اسکول میں کتنے اساتذہ تعینات ہیں اور ان میں سے کتنے حاضر رہتے ہیں، وہ آرٹیکل 19-A کے تحت اپنا حق استعمال کر رہی ہے۔ وفاقی اداروں کے لیے معلومات تک رسائی کے حق کا ایکٹ، 2017 کسی افسر کو جواب دینے کے لیے دس ورکنگ ڈیز (کام کے دن) دیتا ہے، اور ہر صوبے کا اپنا انفارمیشن کمیشن ہے۔

# features: none
# en: A right older than the Constitution
h-a-right-older-than = آئین سے پرانا حق

# features: article-number, salawat, digits-western, quotes-punct
# en: Supporters of Article 25-A like to recall that the first word revealed to the Prophet Muhammad ﷺ was an order to read:
p-supporters-of-article-25 = آرٹیکل 25-A کے حامی یاد دلاتے ہیں کہ نبی کریم حضرت محمد ﷺ پر نازل ہونے والا پہلا لفظ پڑھنے کا حکم تھا:

# features: arabic-quote, stacked-marks, verse-ref, digits-urdu, digits-western, quotes-punct
# en: اقْرَأْ بِاسْمِ رَبِّكَ الَّذِي خَلَقَ (العلق ۹۶:۱)\
# en: "Read in the name of your Lord who created." (Al-Alaq 96:1)
quote-read-in-the-name =
    اقْرَأْ بِاسْمِ رَبِّكَ الَّذِي خَلَقَ (العلق ۹۶:۱)\
    “پڑھ اپنے رب کے نام سے جس نے پیدا کیا۔” (سورۃ العلق، آیت 1)

# features: sub-clauses, izafat, article-number, digits-urdu, digits-western, quotes-punct
# en: The Constitution itself points the same way: Article 31(2)(a) asks the State to make the teaching of the Holy Quran and Islamiat compulsory and to encourage the learning of Arabic. Article 25-A is broader. It promises every child, of every faith, a school.
p-the-constitution-itself-points = خود آئین بھی یہی راستہ دکھاتا ہے: آرٹیکل ۳۱(۲)(الف) ریاست سے کہتا ہے کہ قرآنِ پاک اور اسلامیات کی تعلیم کو لازمی قرار دے اور عربی زبان سیکھنے کی حوصلہ افزائی کرے۔ آرٹیکل 25-A کا دائرہ اس سے وسیع ہے: یہ ہر مذہب کے ہر بچے سے اسکول کا وعدہ کرتا ہے۔

# features: none
# en: What to remember
h-what-to-remember = یاد رکھنے کی باتیں

# features: article-number, digits-western, quotes-punct
# en: Article 25-A is a Fundamental Right, not a promise: it can be enforced in court.
li-article-25-a-is = آرٹیکل 25-A ایک بنیادی حق ہے، محض وعدہ نہیں: اس پر عدالت کے ذریعے عمل کروایا جا سکتا ہے۔

# features: latin-in-parens, quotes-punct
# en: It covers every child from five to sixteen, that is, up to Class X.
li-it-covers-every-child = یہ پانچ سے سولہ سال تک کے ہر بچے پر لاگو ہوتا ہے، یعنی دسویں جماعت (Class X) تک۔

# features: arabic-letters, digits-urdu, digits-western, dates, quotes-punct
# en: The details are in the Acts of 2012 to 2017, section by section.
li-the-details-are-in = تفصيلات ۲۰۱۲ء سے 2017ء تك كے قوانين ميں دفعہ وار موجود ہيں۔

# features: article-number, digits-urdu, quotes-punct
# en: Article 19-A lets you ask for the facts you need to make your case.
li-article-19-a-lets = آرٹیکل ۱۹-الف آپ کو وہ حقائق مانگنے کا حق دیتا ہے جو اپنا مقدمہ بنانے کے لیے ضروری ہیں۔

# features: italic-latin, case-citation, digits-western, quotes-punct
# en: See, for example, *Human Rights Case regarding out-of-school children*, PLD 2014 SC 1, and the orders made in it on the provinces' reports.
note-see-for-example-human = مثال کے طور پر دیکھیے *Human Rights Case regarding out-of-school children*، PLD 2014 SC 1، اور اس مقدمے میں صوبوں کی رپورٹوں پر جاری ہونے والے احکامات۔

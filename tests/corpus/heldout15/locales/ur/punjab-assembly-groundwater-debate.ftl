### ur translation of content/punjab-assembly-groundwater-debate.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: Provincial Assembly of the Punjab: debate on the Groundwater (Regulation) Bill, 2024 — unofficial transcript
title = صوبائی اسمبلی پنجاب: زیرِ زمین پانی (ریگولیشن) بل 2024ء پر بحث — غیر سرکاری روداد

# en: The sitting of 14 May 2024 from the Speaker's ruling on the point of order to the vote on the motions, as taken down in the press gallery.
summary = 14 مئی 2024ء کے اجلاس کی کارروائی، نکتۂ اعتراض پر اسپیکر کی رولنگ سے تحاریک پر رائے شماری تک، جیسی پریس گیلری میں قلم بند کی گئی۔

# en: *Unofficial transcript prepared from the press gallery and the Assembly's audio feed. Speeches in Urdu and Punjabi are given in translation in the English edition; words spoken in English are marked as such in the Urdu edition. Times are Pakistan Standard Time.*
p-unofficial-transcript-prepared-from = *یہ غیر سرکاری روداد پریس گیلری اور اسمبلی کی آڈیو فیڈ سے تیار کی گئی ہے۔ انگریزی ایڈیشن میں اردو اور پنجابی تقاریر کا ترجمہ دیا گیا ہے؛ اردو ایڈیشن میں انگریزی میں کہے گئے الفاظ کی نشاندہی کی گئی ہے۔ اوقات پاکستان اسٹینڈرڈ ٹائم کے مطابق ہیں۔*

# en: Sitting of Tuesday, 14 May 2024
h-sitting-of-tuesday-14 = اجلاس بروز منگل، 14 مئی 2024ء

# en: **[11:02]** The Assembly met at the Assembly Chambers, Lahore, with **Mr Speaker (Malik Sarfraz Ahmad Joiya)** in the Chair. After recitation from the Holy Quran and the national anthem, the Chair took up item 4 of the Orders of the Day.
p-11-02-the-assembly = **[11:02]** ایوان کا اجلاس اسمبلی چیمبرز، لاہور میں **جناب اسپیکر (ملک سرفراز احمد جوئیہ)** کی صدارت میں منعقد ہوا۔ تلاوتِ کلامِ پاک اور قومی ترانے کے بعد صدرِ نشین نے ایجنڈے (Orders of the Day) کا آئٹم نمبر 4 لیا۔

# en: **Mr Speaker:** The Honourable Minister for Irrigation will move the bill.
p-mr-speaker-the-honourable = **جناب اسپیکر:** معزز وزیرِ آبپاشی بل پیش کریں گے۔

# en: **Minister for Irrigation (Syed Mansoor Ali Gardezi):** Thank you, Mr Speaker. Sir, I beg to move that the Punjab Groundwater (Regulation) Bill, 2024, as reported by the Standing Committee, be taken into consideration at once. Sir, our water table in Lahore is falling by almost one metre a year; in some union councils of Multan it has fallen by — I will give the exact figure — 2.7 metres since 2019. This bill does three things —
p-minister-for-irrigation-syed = **وزیرِ آبپاشی (سید منصور علی گردیزی):** شکریہ جناب اسپیکر۔ جناب والا، میں تحریک پیش کرتا ہوں کہ پنجاب گراؤنڈ واٹر (ریگولیشن) بل 2024ء، جیسا کہ مجلسِ قائمہ (Standing Committee) نے رپورٹ کیا ہے، فی الفور زیرِ غور لایا جائے۔ جناب، لاہور میں ہمارا واٹر ٹیبل تقریباً ایک میٹر سالانہ نیچے جا رہا ہے؛ ملتان کی بعض یونین کونسلوں میں یہ — میں آپ کو صحیح عدد بتاتا ہوں — 2019ء سے اب تک 2.7 میٹر گر چکا ہے۔ یہ بل تین کام کرتا ہے —

# en: **Rana Shahid Iqbal (PP-158):** Point of order, Sir!
p-rana-shahid-iqbal-pp = **رانا شاہد اقبال (پی پی-158):** پوائنٹ آف آرڈر، جناب!

# en: **Mr Speaker:** Let the Minister finish… Yes, briefly.
p-mr-speaker-let-the = **جناب اسپیکر:** وزیر صاحب کو بات مکمل کرنے دیں… جی، مختصراً۔

# en: **Rana Shahid Iqbal:** Sir, under rule 209 of the Rules of Procedure, a bill reported by a committee must be circulated two clear days before it is taken up. The report was put on our tables *this morning* at 9:40. How can we debate a bill we have not read?
p-rana-shahid-iqbal-sir = **رانا شاہد اقبال:** جناب، قواعدِ انضباطِ کار (Rules of Procedure) کے rule 209 کے تحت کمیٹی کی رپورٹ شدہ بل کو زیرِ غور لانے سے دو پورے دن پہلے ارکان میں تقسیم کرنا لازم ہے۔ رپورٹ ہماری میزوں پر *آج صبح* 9:40 پر رکھی گئی۔ جو بل ہم نے پڑھا ہی نہیں اس پر بحث کیسے کریں؟

# en: **[11:09]** *[Interruption]*
p-11-09-interruption = **[11:09]** *[قطع کلامی]*

# en: **Mr Speaker:** Order, order! Please take your seats. The Honourable Member is right that the report was circulated late. But the Chair has the power under rule 234 to dispense with the requirement, and I have done so, because the House itself asked on 7 May for the bill to be passed before the budget session. Ruling given. The Minister may continue.
p-mr-speaker-order-order = **جناب اسپیکر:** آرڈر، آرڈر! براہِ کرم اپنی نشستوں پر تشریف رکھیں۔ معزز رکن کی یہ بات درست ہے کہ رپورٹ تاخیر سے تقسیم ہوئی۔ لیکن rule 234 کے تحت کرسیِ صدارت کو اس شرط سے استثنا دینے کا اختیار ہے، اور میں نے یہ اختیار استعمال کیا ہے، کیونکہ خود ایوان نے 7 مئی کو کہا تھا کہ بل بجٹ اجلاس سے پہلے منظور کیا جائے۔ رولنگ دے دی گئی۔ وزیر صاحب اپنی بات جاری رکھیں۔

# en: **Minister for Irrigation:** Sir, as I was saying… The bill does three things. First, every tube well deeper than 60 metres will need a licence from the Punjab Water Authority. Second, industry will pay an abstraction charge of Rs 2 per 1,000 litres — not the farmer, Sir, the farmer pays nothing. Third —
p-minister-for-irrigation-sir = **وزیرِ آبپاشی:** جناب، میں عرض کر رہا تھا… یہ بل تین کام کرتا ہے۔ اوّل، 60 میٹر سے زیادہ گہرے ہر ٹیوب ویل کے لیے پنجاب واٹر اتھارٹی سے لائسنس لینا ہو گا۔ دوم، صنعتیں فی 1,000 لیٹر 2 روپے abstraction charge ادا کریں گی — کسان نہیں جناب، کسان کچھ ادا نہیں کرے گا۔ سوم —

# en: **Ms Farzana Bhatti (reserved seat W-305):** What about the housing societies? They are the biggest —
p-ms-farzana-bhatti-reserved = **محترمہ فرزانہ بھٹی (مخصوص نشست ڈبلیو-305):** اور ہاؤسنگ سوسائٹیوں کا کیا؟ وہ تو سب سے بڑی —

# en: **Minister for Irrigation:** I am coming to that, madam. Third, housing schemes above 25 kanals will have to recharge what they extract.
p-minister-for-irrigation-i = **وزیرِ آبپاشی:** اسی طرف آ رہا ہوں محترمہ۔ سوم، 25 کنال سے بڑی ہاؤسنگ اسکیموں کو جتنا پانی نکالیں گی اتنا ہی زمین میں واپس ری چارج کرنا ہو گا۔

# en: **[11:42]** **Ch. Irfan Ullah Cheema (PP-41):** Mr Speaker, my constituency is in Sialkot. My farmers ask me one thing, and I will say it in their words: *"پانی ساڈا، لائسنس تہاڈا؟"* — "The water is ours, and the licence is yours?" Who will go to the Water Authority's office in Lahore for a licence? The patwari? The … the *numberdar*? Sir, this bill is written in Lahore for Lahore.
p-11-42-ch-irfan = **[11:42]** **چودھری عرفان اللہ چیمہ (پی پی-41):** جناب اسپیکر، میرا حلقہ سیالکوٹ میں ہے۔ میرے کسان مجھ سے ایک ہی بات پوچھتے ہیں، اور میں انھی کے الفاظ میں کہوں گا: *”پانی ساڈا، لائسنس تہاڈا؟“* لائسنس لینے لاہور میں واٹر اتھارٹی کے دفتر کون جائے گا؟ پٹواری؟ یا … یا *نمبردار*؟ جناب، یہ بل لاہور میں بیٹھ کر لاہور ہی کے لیے لکھا گیا ہے۔

# en: *[Desk thumping]*
p-desk-thumping = *[ڈیسک بجائے گئے]*

# en: **Mr Speaker:** Please address the Chair, Chaudhry sahib.
p-mr-speaker-please-address = **جناب اسپیکر:** چودھری صاحب، کرسیِ صدارت کو مخاطب کریں۔

# en: **Ch. Irfan Ullah Cheema:** I am addressing the Chair, Sir. I am only saying what every farmer says: *"جتنا پانی، اتنا فصل"*.
p-ch-irfan-ullah-cheema = **چودھری عرفان اللہ چیمہ:** میں کرسی ہی کو مخاطب کر رہا ہوں جناب۔ میں تو بس وہی کہہ رہا ہوں جو ہر کسان کہتا ہے: *”جتنا پانی، اتنا فصل“*۔

# en: **[12:15]** **Mr Speaker:** The debate is closed. I will now put the motions to the House in the order in which they were received:
p-12-15-mr-speaker = **[12:15]** **جناب اسپیکر:** بحث ختم ہوئی۔ اب میں تحاریک اسی ترتیب سے ایوان کے سامنے رکھتا ہوں جس ترتیب سے موصول ہوئیں:

# en: That the Punjab Groundwater (Regulation) Bill, 2024, be taken into consideration at once.
li-that-the-punjab-groundwater = کہ پنجاب گراؤنڈ واٹر (ریگولیشن) بل 2024ء کو فی الفور زیرِ غور لایا جائے۔

# en: That in clause 3(1)(a), for the words "60 metres" the words "90 metres" be substituted. *(Moved by Rana Shahid Iqbal.)*
li-that-in-clause-3 = کہ شق 3(1)(a) میں الفاظ ”60 میٹر“ کی جگہ الفاظ ”90 میٹر“ رکھے جائیں۔ *(محرک: رانا شاہد اقبال)*

# en: That in clause 7, after sub-clause (2), the following new sub-clause be added: "(3) No charge shall be levied on water drawn for agriculture, drinking or a place of worship."
li-that-in-clause-7 = کہ شق 7 میں ذیلی شق (2) کے بعد درج ذیل نئی ذیلی شق کا اضافہ کیا جائے: ”(3) زراعت، پینے یا کسی عبادت گاہ کے لیے نکالے گئے پانی پر کوئی چارج عائد نہیں کیا جائے گا۔“

# en: That the bill be referred back to the Standing Committee on Irrigation for report within 30 days. *(Moved by Ch. Irfan Ullah Cheema.)*
li-that-the-bill-be = کہ بل کو 30 دن کے اندر رپورٹ کے لیے مجلسِ قائمہ برائے آبپاشی کو واپس بھیجا جائے۔ *(محرک: چودھری عرفان اللہ چیمہ)*

# en: That the bill, as amended, be passed.
li-that-the-bill-as = کہ بل، ترمیم شدہ صورت میں، منظور کیا جائے۔

# en: **[12:31]** Motion 1 was carried by voice vote. Motion 2 was lost: 61 ayes, 187 noes. Motion 3 was carried without a division. Motion 4 was withdrawn by the mover. Motion 5 was carried: 203 ayes, 39 noes, 2 abstentions.
p-12-31-motion-1 = **[12:31]** تحریک نمبر 1 زبانی رائے شماری (voice vote) سے منظور ہو گئی۔ تحریک نمبر 2 مسترد ہو گئی: حق میں 61، مخالفت میں 187 ووٹ۔ تحریک نمبر 3 بغیر division کے منظور ہوئی۔ تحریک نمبر 4 محرک نے واپس لے لی۔ تحریک نمبر 5 منظور ہو گئی: حق میں 203، مخالفت میں 39 ووٹ، جبکہ 2 ارکان غیر جانبدار رہے۔

# en: **Mr Speaker:** The bill is passed. The House stands adjourned till Wednesday, 15 May 2024, at 2:00 p.m.
p-mr-speaker-the-bill = **جناب اسپیکر:** بل منظور ہو گیا۔ ایوان کا اجلاس بدھ، 15 مئی 2024ء، سہ پہر 2:00 بجے تک ملتوی کیا جاتا ہے۔

### ur translation of content/roshan-raah-annual-report-2024.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: Roshan Raah Foundation: Annual Report 2023–24 (excerpt)
title = روشن راہ فاؤنڈیشن: سالانہ رپورٹ 2023–24ء (اقتباس)

# en: How a Multan charity spent Rs 63.3 million in its fifteenth year: who it reached, where the money came from, and what went wrong with the clean-water programme.
summary = ملتان کی ایک فلاحی تنظیم نے اپنے پندرھویں سال میں 6 کروڑ 33 لاکھ روپے کیسے خرچ کیے: کن لوگوں تک پہنچی، پیسہ کہاں سے آیا، اور صاف پانی کے منصوبے میں کیا غلط ہوا۔

# en: *This excerpt reproduces sections 2, 4 and 5 of the report as presented to the Board of Governors on 28 September 2024. All amounts are in thousands of Pakistani rupees (PKR '000) unless stated otherwise; figures in brackets are negative.*
p-this-excerpt-reproduces-sections = *یہ اقتباس رپورٹ کے حصہ ۲، ۴ اور ۵ پر مشتمل ہے، جیسا کہ یہ 28 ستمبر 2024ء کو بورڈ آف گورنرز کے سامنے پیش کی گئی۔ جب تک الگ سے نہ لکھا ہو، تمام رقوم ہزار پاکستانی روپوں (PKR '000) میں ہیں؛ قوسین میں دیے گئے اعداد منفی ہیں۔*

# en: 2. The year at a glance
h-the-year-at-a = ۲۔ سال ایک نظر میں

# en: In 2023–24 Roshan Raah reached **26,675 people** in Multan, Muzaffargarh and Lodhran, up from 19,402 the year before.[^1] Most of the growth came from the clean-water programme, which installed 38 hand pumps and 4 solar-powered filtration plants in villages along the Chenab, where arsenic levels in shallow wells exceed 50 µg/L — five times the WHO guideline.[^2]
p-in-2023-24-roshan = 2023–24ء میں روشن راہ ملتان، مظفرگڑھ اور لودھراں میں **26,675 افراد** تک پہنچی، جبکہ گزشتہ برس یہ تعداد 19,402 تھی۔[^1] زیادہ تر اضافہ صاف پانی کے پروگرام کی بدولت ہوا، جس کے تحت دریائے چناب کے کنارے آباد دیہات میں 38 ہینڈ پمپ اور شمسی توانائی سے چلنے والے 4 فلٹریشن پلانٹ لگائے گئے۔ ان دیہات کے کم گہرے کنوؤں میں آرسینک کی مقدار 50 µg/L سے زیادہ ہے — یعنی عالمی ادارۂ صحت (WHO) کی حد سے پانچ گنا۔[^2]

# en: Bar chart of people reached in 2023–24 by programme: clean water 12,600; mother and child health 7,310; literacy centres 4,820; vocational training 1,945
alt-bar-chart-of-people = 2023–24ء میں پروگرام وار مستفید افراد کا بار چارٹ: صاف پانی 12,600؛ ماں اور بچے کی صحت 7,310؛ خواندگی مراکز 4,820؛ فنی تربیت 1,945

# en: Figure 1. People reached by programme, July 2023 – June 2024 (total 26,675)
caption-figure-1-people-reached = شکل ۱۔ پروگرام وار مستفید افراد، جولائی 2023ء تا جون 2024ء (کل 26,675)

# en: The literacy centres, our oldest programme, grew more slowly. Two of the nine centres in Lodhran closed for four months after the floods of August 2023 damaged their buildings; classes continued under a *shamiana* (canopy) in the courtyard of a school in Dunyapur, but attendance fell by a third.
p-the-literacy-centres-our = ہمارا سب سے پرانا پروگرام، یعنی خواندگی مراکز، نسبتاً آہستہ بڑھا۔ اگست 2023ء کے سیلاب سے عمارتوں کو نقصان پہنچنے کے بعد لودھراں کے نو میں سے دو مراکز چار ماہ بند رہے؛ دنیاپور کے ایک اسکول کے صحن میں *شامیانے* تلے کلاسیں جاری رہیں، لیکن حاضری ایک تہائی کم ہو گئی۔

# en: "I learnt to read the bus number myself. Now nobody has to tell me which bus goes to Nishtar Hospital."
quote-i-learnt-to-read = ”میں نے بس کا نمبر خود پڑھنا سیکھ لیا ہے۔ اب کسی کو مجھے یہ بتانے کی ضرورت نہیں کہ نشتر ہسپتال کون سی بس جاتی ہے۔“

# en: — Naseem Bibi, 52, learner at the Basti Malook centre
quote-naseem-bibi-52-learner = — نسیم بی بی، عمر 52 سال، بستی ملوک مرکز کی طالبہ

# en: A dozen women sit on a mat in a courtyard, writing on slates, while a young teacher points at a blackboard
alt-a-dozen-women-sit = ایک صحن میں درجن بھر خواتین چٹائی پر بیٹھی تختیوں پر لکھ رہی ہیں، جبکہ ایک نوجوان استانی بلیک بورڈ کی طرف اشارہ کر رہی ہے

# en: An evening class at the Basti Malook literacy centre, March 2024. Photo: Sadia Bhatti / Roshan Raah
caption-an-evening-class-at = بستی ملوک خواندگی مرکز میں شام کی ایک کلاس، مارچ 2024ء۔ تصویر: سعدیہ بھٹی / روشن راہ

# en: 4. Financial statement
h-financial-statement = ۴۔ مالیاتی گوشوارہ

# en: The statement below is summarised from the audited accounts (auditors: Haider Qureshi & Co., Chartered Accountants).[^3] Income rose by 26.4 %, mainly because of a three-year grant from the Punjab Education Endowment Fund; expenses rose by 22.4 %.
p-the-statement-below-is = ذیل کا گوشوارہ آڈٹ شدہ حسابات (آڈیٹرز: حیدر قریشی اینڈ کمپنی، چارٹرڈ اکاؤنٹنٹس) سے خلاصہ کیا گیا ہے۔[^3] آمدن میں 26.4 فیصد اضافہ ہوا، جس کی بڑی وجہ پنجاب ایجوکیشن انڈوومنٹ فنڈ کی تین سالہ گرانٹ ہے؛ اخراجات 22.4 فیصد بڑھے۔

# en: Item
cell-item = مد

# en: Change
cell-change = تبدیلی

# en: Grants received
cell-grants-received = موصولہ گرانٹس

# en: Individual donations[^4]
cell-individual-donations-4 = انفرادی عطیات[^4]

# en: Zakat fund
cell-zakat-fund = زکوٰۃ فنڈ

# en: Programme expenses
cell-programme-expenses = پروگرام کے اخراجات

# en: Administration
cell-administration = انتظامی اخراجات

# en: Exchange loss[^5]
cell-exchange-loss-5 = زرِ مبادلہ کا نقصان[^5]

# en: **Net surplus**
cell-net-surplus = **خالص بچت**

# en: Administration fell from 11.9% to 10.9% of total spending. The surplus has been placed in the reserve fund, which the Board has set at six months of running costs (about Rs 32 million) by June 2026.
p-administration-fell-from-11 = کل اخراجات میں انتظامی اخراجات کا حصہ 11.9% سے کم ہو کر 10.9% رہ گیا۔ بچت ریزرو فنڈ میں رکھ دی گئی ہے، جس کا ہدف بورڈ نے جون 2026ء تک چھ ماہ کے جاری اخراجات (تقریباً 3 کروڑ 20 لاکھ روپے) مقرر کیا ہے۔

# en: 5. What did not work
h-what-did-not-work = ۵۔ کیا کامیاب نہیں ہوا

# en: Of the 38 hand pumps installed, 7 (18%) gave water above the arsenic limit when retested after three months.[^6] We had drilled them to 120 feet on the advice of a contractor; the Public Health Engineering Department's own survey, which we obtained only in February, recommends at least 250 feet in these *mauzas*. The seven pumps have been sealed and the families supplied from the filtration plant at Shujabad until the wells are re-bored in 2024–25, at an estimated cost of Rs 2.1 million.[^7]
p-of-the-38-hand = نصب کیے گئے 38 ہینڈ پمپوں میں سے 7 (18%) کا پانی تین ماہ بعد دوبارہ ٹیسٹ کرنے پر آرسینک کی حد سے زیادہ نکلا۔[^6] ہم نے ایک ٹھیکیدار کے مشورے پر انھیں 120 فٹ تک کھدوایا تھا؛ پبلک ہیلتھ انجینئرنگ ڈیپارٹمنٹ کا اپنا سروے، جو ہمیں فروری میں جا کر ملا، ان *موضعات* میں کم از کم 250 فٹ گہرائی تجویز کرتا ہے۔ ساتوں پمپ سِیل کر دیے گئے ہیں، اور جب تک 2024–25ء میں تقریباً 21 لاکھ روپے کی لاگت سے کنوئیں دوبارہ نہیں کھودے جاتے، ان گھرانوں کو شجاع آباد کے فلٹریشن پلانٹ سے پانی فراہم کیا جا رہا ہے۔[^7]

# en: We also underspent the vocational-training budget by Rs 1.4 million, because the sewing-machine supplier in Lahore failed to deliver on time. We have changed the supplier, and added a penalty clause to our purchase contracts.[^8]
p-we-also-underspent-the = فنی تربیت کے بجٹ میں سے بھی 14 لاکھ روپے خرچ نہ ہو سکے، کیونکہ لاہور کا سلائی مشینیں فراہم کرنے والا سپلائر وقت پر مال نہ پہنچا سکا۔ ہم نے سپلائر تبدیل کر دیا ہے، اور اپنے خریداری کے معاہدوں میں جرمانے کی شق شامل کر دی ہے۔[^8]

# en: Counted once per person per programme. A mother who attended a health session and a literacy class is counted twice; the number of distinct individuals is about 23,900.
note-counted-once-per-person = ہر فرد کو ہر پروگرام میں ایک بار شمار کیا گیا ہے۔ جو ماں صحت کے سیشن اور خواندگی کلاس دونوں میں شریک ہوئی وہ دو بار شمار ہوئی؛ الگ الگ افراد کی تعداد تقریباً 23,900 ہے۔

# en: World Health Organization, *Guidelines for Drinking-water Quality*, 4th ed., Geneva, 2022: 10 µg/L. Pakistan's national standard (PSQCA) allows 50 µg/L.
note-world-health-organization = عالمی ادارۂ صحت، *Guidelines for Drinking-water Quality*، چوتھا ایڈیشن، جنیوا، 2022ء: 10 µg/L۔ پاکستان کا قومی معیار (PSQCA) 50 µg/L کی اجازت دیتا ہے۔

# en: The full audited statements, with the auditors' report, are available at <https://roshanraah.org.pk/reports/2024-audit.pdf>.
note-the-full-audited-statements = آڈیٹرز کی رپورٹ سمیت مکمل آڈٹ شدہ گوشوارے <https://roshanraah.org.pk/reports/2024-audit.pdf> پر دستیاب ہیں۔

# en: Including Rs 3.2 million raised at the Ramazan iftar dinner in Multan on 24 March 2024.
note-including-rs-3-2 = اس میں 24 مارچ 2024ء کو ملتان میں رمضان افطار ڈنر پر جمع ہونے والے 32 لاکھ روپے شامل ہیں۔

# en: On a grant paid in US dollars and converted after the rupee appreciated from Rs 307 to Rs 278 per dollar.
note-on-a-grant-paid = امریکی ڈالر میں ملنے والی ایک گرانٹ پر، جو روپے کی قدر 307 سے بڑھ کر 278 روپے فی ڈالر ہو جانے کے بعد تبدیل کرائی گئی۔

# en: Tested by the PCRWR laboratory, Multan (report No. PCRWR/MLN/2024/0316).
note-tested-by-the-pcrwr = ٹیسٹ PCRWR لیبارٹری، ملتان نے کیا (رپورٹ نمبر PCRWR/MLN/2024/0316)۔

# en: Contractor's quotation of 12 July 2024; the Board approved the expense on 28 September.
note-contractor-s-quotation-of = ٹھیکیدار کا کوٹیشن بتاریخ 12 جولائی 2024ء؛ بورڈ نے 28 ستمبر کو اس خرچ کی منظوری دی۔

# en: Five per cent of the order's value for every week of delay, up to 20%.
note-five-per-cent-of = تاخیر کے ہر ہفتے پر آرڈر کی مالیت کا پانچ فیصد، زیادہ سے زیادہ 20%۔

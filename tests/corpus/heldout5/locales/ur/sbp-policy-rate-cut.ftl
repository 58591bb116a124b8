### Urdu translation of content/sbp-policy-rate-cut.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, latin-words
# en: SBP cuts policy rate by 250 basis points to 15%, the fourth cut in a row
title = اسٹیٹ بینک نے شرح سود ۲۵۰ بیسس پوائنٹس کم کر کے ۱۵ فیصد کر دی، مسلسل چوتھی کمی

# features: digits-urdu, decimals-percent, quotes-punct
# en: Inflation has fallen from 26.8% to 7.2% in a year; businesses want deeper cuts, but the central bank says the budget targets must hold.
summary = ایک سال میں مہنگائی ۲۶٫۸ فیصد سے کم ہو کر ۷٫۲ فیصد پر آ گئی؛ کاروباری حلقے مزید کمی چاہتے ہیں، مگر مرکزی بینک کا کہنا ہے کہ بجٹ کے اہداف پر قائم رہنا ہو گا۔

# features: digits-urdu, latin-in-parens, quotes-punct, footnote
# en: KARACHI: The State Bank of Pakistan (SBP) on Monday cut its key policy rate by 250 basis points to 15%, the fourth reduction since June and more than most analysts had expected. Governor Jameel Ahmad announced the decision at a press conference after a meeting of the Monetary Policy Committee (MPC), which said that inflation had come down "faster than anticipated".[^1]
p-karachi-the-state-bank = کراچی: اسٹیٹ بینک آف پاکستان (SBP) نے پیر کے روز اپنی بنیادی شرح سود (پالیسی ریٹ) میں ۲۵۰ بیسس پوائنٹس کی کمی کر کے اسے ۱۵ فیصد کر دیا، جو جون کے بعد سے مسلسل چوتھی کمی ہے اور زیادہ تر تجزیہ کاروں کی توقع سے بڑھ کر ہے۔ گورنر جمیل احمد نے زری پالیسی کمیٹی (MPC) کے اجلاس کے بعد پریس کانفرنس میں فیصلے کا اعلان کیا۔ کمیٹی کا کہنا تھا کہ مہنگائی ”توقع سے زیادہ تیزی سے“ کم ہوئی ہے۔[^1]

# features: digits-urdu, decimals-percent, latin-in-parens, footnote
# en: Consumer price inflation stood at 7.2% in October, up slightly from 6.9% in September but far below the 26.8% of October last year.[^2] The rate had been held at a record 22% for a full year until June, when the first cut of 150 basis points was made.
p-consumer-price-inflation-stood = صارف قیمتوں کے اشاریے (CPI) کے مطابق اکتوبر میں مہنگائی کی شرح ۷٫۲ فیصد رہی، جو ستمبر کے ۶٫۹ فیصد سے معمولی زیادہ مگر گزشتہ برس اکتوبر کے ۲۶٫۸ فیصد سے کہیں کم ہے۔[^2] شرح سود جون تک پورا ایک سال ۲۲ فیصد کی ریکارڈ سطح پر برقرار رکھی گئی تھی، جب پہلی بار اس میں ۱۵۰ بیسس پوائنٹس کی کمی کی گئی۔

# features: none
# en: The figures at a glance
h-the-figures-at-a = اہم اعداد و شمار ایک نظر میں

# features: table-cell
# en: Indicator
cell-indicator = اشاریہ

# features: table-cell
# en: A year ago
cell-a-year-ago = ایک سال پہلے

# features: table-cell
# en: Now
cell-now = اب

# features: table-cell
# en: Policy rate
cell-policy-rate = پالیسی ریٹ

# features: table-cell, latin-words
# en: CPI inflation, year on year
cell-cpi-inflation-year-on = CPI مہنگائی، سال بہ سال

# features: table-cell, digits-urdu, decimals-percent, dates
# en: 26.8% (Oct 2023)
cell-26-8-oct-2023 = ۲۶٫۸٪ (اکتوبر ۲۰۲۳ء)

# features: table-cell, digits-urdu, decimals-percent, dates
# en: 7.2% (Oct 2024)
cell-7-2-oct-2024 = ۷٫۲٪ (اکتوبر ۲۰۲۴ء)

# features: table-cell, izafat
# en: SBP foreign exchange reserves
cell-sbp-foreign-exchange-reserves = اسٹیٹ بینک کے زرِمبادلہ کے ذخائر

# features: table-cell, digits-urdu, decimals-percent
# en: $7.5 billion
cell-7-5-billion = ۷٫۵ ارب ڈالر

# features: table-cell, digits-urdu, decimals-percent
# en: $11.2 billion
cell-11-2-billion = ۱۱٫۲ ارب ڈالر

# features: table-cell, quotes-punct
# en: Current account, July–September
cell-current-account-july-september = کرنٹ اکاؤنٹ، جولائی تا ستمبر

# features: table-cell, digits-urdu, decimals-percent
# en: deficit of $1.5 billion
cell-deficit-of-1-5 = ۱٫۵ ارب ڈالر خسارہ

# features: table-cell, digits-urdu
# en: surplus of $98 million
cell-surplus-of-98-million = ۹۸ ملین ڈالر سرپلس

# features: table-cell
# en: Interest payments in the federal budget
cell-interest-payments-in-the = وفاقی بجٹ میں سود کی ادائیگیاں

# features: table-cell, digits-urdu, decimals-percent, quotes-punct
# en: Rs 8,345 billion (2023-24, revised)
cell-rs-8-345-billion = ۸٬۳۴۵ ارب روپے (۲۰۲۳-۲۴، نظرثانی شدہ)

# features: table-cell, digits-urdu, decimals-percent
# en: Rs 9,775 billion (2024-25)
cell-rs-9-775-billion = ۹٬۷۷۵ ارب روپے (۲۰۲۴-۲۵)

# features: table-cell
# en: Interest as a share of current spending
cell-interest-as-a-share = جاری اخراجات میں سود کا حصہ

# features: digits-urdu, decimals-percent
# en: Lower rates matter most for the government itself. The federal budget for 2024-25 sets aside Rs 9,775 billion for interest payments, more than half of all current spending. Analysts at a Karachi brokerage estimate that every cut of 100 basis points saves the government about Rs 250 billion a year once its short-term debt has been rolled over.
p-lower-rates-matter-most = شرح سود میں کمی کا سب سے زیادہ فائدہ خود حکومت کو ہو گا۔ مالی سال ۲۰۲۴-۲۵ کے وفاقی بجٹ میں سود کی ادائیگیوں کے لیے ۹٬۷۷۵ ارب روپے رکھے گئے ہیں، جو تمام جاری اخراجات کے نصف سے بھی زیادہ ہیں۔ کراچی کی ایک بروکریج فرم کے تجزیہ کاروں کا اندازہ ہے کہ قلیل مدتی قرضوں کی تجدید کے بعد شرح سود میں ہر ۱۰۰ بیسس پوائنٹس کی کمی سے حکومت کو سالانہ تقریباً ۲۵۰ ارب روپے کی بچت ہو گی۔

# features: quotes-punct
# en: Who gains, and how
h-who-gains-and-how = کس کو فائدہ ہو گا، اور کیسے؟

# features: quotes-punct
# en: Borrowers:
li-borrowers = قرض لینے والے:

# features: latin-words, quotes-punct
# en: car and home loans, which are priced on KIBOR, should become cheaper within weeks;
li-car-and-home-loans = گاڑی اور گھر کے قرضے، جن کی شرح KIBOR سے منسلک ہوتی ہے، چند ہفتوں میں سستے ہو جانے چاہئیں؛

# features: none
# en: businesses that use running finance will pay less interest from the next quarter.
li-businesses-that-use-running = رننگ فنانس استعمال کرنے والے کاروبار اگلی سہ ماہی سے کم سود ادا کریں گے۔

# features: quotes-punct
# en: Savers:
li-savers = بچت کرنے والے:

# features: digits-urdu, decimals-percent, quotes-punct
# en: the minimum profit rate on savings accounts falls with the policy rate, to 13.5%;
li-the-minimum-profit-rate = بچت کھاتوں پر کم از کم منافع کی شرح بھی پالیسی ریٹ کے ساتھ کم ہو کر ۱۳٫۵ فیصد ہو جائے گی؛

# features: none
# en: National Savings schemes are expected to cut their rates as well.
li-national-savings-schemes-are = توقع ہے کہ قومی بچت کی اسکیمیں بھی اپنی شرحیں کم کر دیں گی۔

# features: quotes-punct
# en: The government:
li-the-government = حکومت:

# features: quotes-punct
# en: lower interest payments leave more room for development spending;
li-lower-interest-payments-leave = سود کی ادائیگیاں کم ہونے سے ترقیاتی اخراجات کے لیے زیادہ گنجائش نکلے گی؛

# features: digits-urdu, latin-words
# en: but the IMF programme still requires a primary surplus of 1% of GDP this year.
li-but-the-imf-programme = تاہم IMF پروگرام کے تحت اس سال بھی جی ڈی پی کے ۱ فیصد کے برابر پرائمری سرپلس دکھانا لازم ہے۔

# features: digits-urdu, quotes-punct
# en: The business community welcomed the cut but asked for more. The Karachi Chamber of Commerce and Industry said that a rate of 15% was still "double the inflation rate" and called for single digits by March. Exporters said that high borrowing costs and electricity prices had made them uncompetitive against Bangladesh and Vietnam.
p-the-business-community-welcomed = کاروباری برادری نے اس کمی کا خیرمقدم کیا لیکن مزید کمی کا مطالبہ بھی کیا۔ کراچی چیمبر آف کامرس اینڈ انڈسٹری کا کہنا تھا کہ ۱۵ فیصد کی شرح اب بھی ”مہنگائی کی شرح سے دگنی“ ہے، اور مطالبہ کیا کہ مارچ تک اسے سنگل ڈیجٹ میں لایا جائے۔ برآمد کنندگان کا کہنا تھا کہ قرضوں کی بلند لاگت اور بجلی کی قیمتوں نے انہیں بنگلہ دیش اور ویتنام کے مقابلے میں غیر مسابقتی بنا دیا ہے۔

# features: digits-urdu, dates, quotes-punct
# en: The governor was cautious. "Real interest rates are still positive, and they must remain so," he told reporters. "If the budget goes off track or oil prices rise again, inflation can come back quickly." He said that the next meeting of the MPC would be held on 16 December.
p-the-governor-was-cautious = گورنر نے محتاط رویہ اختیار کیا۔ انہوں نے صحافیوں سے کہا: ”حقیقی شرح سود اب بھی مثبت ہے، اور اسے مثبت ہی رہنا چاہیے۔ اگر بجٹ اپنے راستے سے ہٹ گیا یا تیل کی قیمتیں دوبارہ بڑھ گئیں تو مہنگائی تیزی سے واپس آ سکتی ہے۔“ ان کا کہنا تھا کہ زری پالیسی کمیٹی کا آئندہ اجلاس ۱۶ دسمبر کو ہو گا۔

# features: digits-urdu, decimals-percent, latin-words, izafat
# en: The markets took the news well. The KSE-100 index of the Pakistan Stock Exchange rose 1.4% to close at a record 91,600 points, and the rupee was steady at Rs 277.80 to the dollar in the interbank market. Yields on three-month treasury bills fell to 13.9% at the auction on Wednesday.
p-the-markets-took-the = بازارِ حصص نے خبر کا اچھا استقبال کیا۔ پاکستان اسٹاک ایکسچینج کا KSE-100 انڈیکس ۱٫۴ فیصد اضافے کے ساتھ ۹۱ ہزار ۶۰۰ پوائنٹس کی ریکارڈ سطح پر بند ہوا، جبکہ انٹربینک مارکیٹ میں روپیہ ڈالر کے مقابلے میں ۲۷۷٫۸۰ روپے پر مستحکم رہا۔ بدھ کو ہونے والی نیلامی میں تین ماہ کے ٹریژری بلز پر منافع کی شرح کم ہو کر ۱۳٫۹ فیصد ہو گئی۔

# features: quotes-punct
# en: Not everyone will feel the cut at once. Shopkeepers in Saddar said that their bank had not yet lowered the rate on their running finance, and a retired teacher in Hyderabad complained that the profit on her Behbood certificates, her only income, was likely to fall again.
p-not-everyone-will-feel = ہر کسی کو اس کمی کا فائدہ فوراً نہیں پہنچے گا۔ صدر کے دکانداروں کا کہنا تھا کہ ان کے بینک نے ابھی تک رننگ فنانس کی شرح کم نہیں کی، جبکہ حیدرآباد کی ایک ریٹائرڈ استانی نے شکایت کی کہ ان کے بہبود سرٹیفکیٹس کا منافع، جو ان کی واحد آمدنی ہے، ایک بار پھر کم ہونے کا امکان ہے۔

# features: link
# en: The full monetary policy statement, with the committee's projections, is on the [State Bank's website](https://www.sbp.org.pk/m_policy/index.htm).
p-the-full-monetary-policy = کمیٹی کے تخمینوں سمیت زری پالیسی کا مکمل بیان [اسٹیٹ بینک کی ویب سائٹ](https://www.sbp.org.pk/m_policy/index.htm) پر دستیاب ہے۔

# features: digits-urdu, dates, page-cite
# en: State Bank of Pakistan, *Monetary Policy Statement*, 4 November 2024, paras 1–3.
note-state-bank-of-pakistan = اسٹیٹ بینک آف پاکستان، *زری پالیسی بیان*، ۴ نومبر ۲۰۲۴ء، پیرا ۱–۳۔

# features: digits-urdu, dates, izafat, latin-words
# en: Pakistan Bureau of Statistics, *Monthly Review on Price Indices*, October 2024, Table 1.
note-pakistan-bureau-of-statistics = ادارۂ شماریات پاکستان، *Monthly Review on Price Indices*، اکتوبر ۲۰۲۴ء، جدول ۱۔

### Urdu translation of content/psx-market-wrap.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, latin-words, latin-comma-urdu-digits, quotes-punct
# en: KSE-100 gains 1,234 points to close at 114,235.67 as banks and E&Ps lead the rally
title = اسٹاک مارکیٹ: KSE-100 انڈیکس ۱۲۳۴ پوائنٹس اضافے سے ۱۱۴,۲۳۵.۶۷ پر بند، بینک اور ای اینڈ پی شعبے سب سے آگے

# features: latin-words, digits-urdu, decimals-percent, izafat, quotes-punct
# en: Stocks rose for a third straight session on hopes of another rate cut; OGDC and HBL topped the gainers while Lucky Cement and ENGRO slipped. The rupee closed at Rs 278.45/$.
summary = شرح سود میں ایک اور کمی کی امید پر حصص بازار میں مسلسل تیسرے روز تیزی رہی؛ OGDC اور HBL سب سے زیادہ بڑھنے والے حصص میں سرِفہرست رہے جبکہ Lucky Cement اور ENGRO کے بھاؤ گر گئے۔ انٹربینک میں ڈالر ۲۷۸٫۴۵ روپے پر بند ہوا۔

# features: latin-in-parens, latin-words, digits-urdu, latin-comma-urdu-digits, signed-number, zwnj-zwj, quotes-punct
# en: **KARACHI:** The Pakistan Stock Exchange (PSX) extended its winning streak to a third session on Wednesday, with the benchmark KSE-100 index gaining 1,234.56 points, or +1.09%, to close at 114,235.67, as investors bet that the State Bank of Pakistan would cut its policy rate again at its March meeting.
p-karachi-the-pakistan-stock = **کراچی:** پاکستان اسٹاک ایکسچینج (PSX) میں بدھ کے روز مسلسل تیسرے سیشن میں بھی تیزی کا رجحان برقرار رہا اور بینچ مارک KSE-100 انڈیکس ۱,۲۳۴.۵۶ پوائنٹس یعنی +۱.۰۹ فیصد اضافے کے بعد ۱۱۴,۲۳۵.۶۷ پوائنٹس پر بند ہوا، کیونکہ سرمایہ‌کاروں کو توقع ہے کہ اسٹیٹ بینک آف پاکستان مارچ کے اجلاس میں پالیسی ریٹ میں ایک بار پھر کمی کر دے گا۔

# features: line-breaks, arrows, signed-number, digits-western, digits-urdu, crore-lakh, latin-words, quotes-punct
# en: **Market at a glance**\
# en: KSE-100: 114,235.67 ▲ 1,234.56 (+1.09%)\
# en: KSE-30: 35,372.40 ▲ 402.18 (+1.15%)\
# en: Volume: 512.6m shares (Tuesday: 431.2m)\
# en: Value traded: Rs 24.8bn
p-market-at-a-glance =
    { "*" }*مارکیٹ ایک نظر میں**\
    KSE-100: 114,235.67 ▲ 1,234.56 (+1.09%)\
    KSE-30: 35,372.40 ▲ 402.18 (+1.15%)\
    حجم: ۵۱ کروڑ ۲۶ لاکھ حصص (منگل: ۴۳ کروڑ ۱۲ لاکھ)\
    کاروباری مالیت: ۲۴ ارب ۸۰ کروڑ روپے

# features: digits-urdu, time, decimals-percent, latin-comma-urdu-digits, ratio, quotes-punct
# en: The index traded in a range of 1,529.82 points between 9:30am and 3:30pm, touching an intraday high of 114,480.12 and a low of 112,950.30. Market breadth was strongly positive: of 452 companies traded, 312 advanced, 104 declined and 36 were unchanged, a ratio of 1:3 between decliners and advancers.
p-the-index-traded-in = انڈیکس میں صبح ۹:۳۰ سے سہ پہر ۳:۳۰ بجے تک ۱۵۲۹٫۸۲ پوائنٹس کے دائرے میں کاروبار ہوا؛ دن کی بلند ترین سطح ۱۱۴,۴۸۰.۱۲ اور کم ترین سطح ۱۱۲,۹۵۰.۳۰ رہی۔ مارکیٹ کا مجموعی رجحان واضح طور پر مثبت رہا: ۴۵۲ کمپنیوں کے حصص کا کاروبار ہوا، جن میں سے ۳۱۲ کے بھاؤ بڑھے، ۱۰۴ کے کم ہوئے اور ۳۶ میں کوئی تبدیلی نہیں ہوئی، یعنی گرنے اور بڑھنے والے حصص کا تناسب ۱:۳ رہا۔

# features: latin-in-parens
# en: Banks and E&Ps lead
h-banks-and-e-ps = بینک اور ای اینڈ پی (E&P) شعبے سب سے آگے

# features: none
# en: Oil and gas
h-oil-and-gas = تیل و گیس

# features: latin-in-parens, latin-words, digits-urdu, decimals-percent, signed-number, dashes, quotes-punct
# en: Exploration and production (E&P) stocks added the most points to the index after Brent crude rose 1.4% to $76.20 a barrel overnight and the government said it would clear Rs 80–100bn of the sector's circular debt before June. OGDC rose Rs 9.87 to Rs 231.45 (+4.45%) and PPL gained 3.88%. Mari Petroleum hit its upper circuit in the first hour but gave up part of its gains before the close.
p-exploration-and-production-e = تیل و گیس کی تلاش اور پیداوار (E&P) کرنے والی کمپنیوں نے انڈیکس میں سب سے زیادہ پوائنٹس کا اضافہ کیا، کیونکہ رات کو برینٹ خام تیل ۱٫۴ فیصد بڑھ کر ۷۶٫۲۰ ڈالر فی بیرل ہو گیا اور حکومت نے اعلان کیا کہ وہ جون سے پہلے اس شعبے کے گردشی قرضے میں سے ۸۰–۱۰۰ ارب روپے ادا کر دے گی۔ OGDC کے حصص ۹٫۸۷ روپے بڑھ کر ۲۳۱٫۴۵ روپے (+۴٫۴۵٪) پر بند ہوئے، جبکہ PPL میں ۳٫۸۸ فیصد اضافہ ہوا۔ ماری پیٹرولیم پہلے ہی گھنٹے میں اپر سرکٹ پر پہنچ گیا لیکن کاروبار کے اختتام سے پہلے اس کا کچھ اضافہ ختم ہو گیا۔

# features: none
# en: Banks
h-banks = بینک

# features: digits-urdu, decimals-percent, signed-number, dates, dashes, latin-words, repeated-spaces, quotes-punct
# en: Banks contributed 412 points. HBL closed at Rs 148.20, up Rs 6.15 (+4.33%), after announcing a final cash dividend of Rs 4.50 per share for 2024, while MCB and UBL gained 2–3%.
p-banks-contributed-412-points = بینکوں نے انڈیکس میں ۴۱۲ پوائنٹس کا حصہ ڈالا۔  HBL کا حصص ۶٫۱۵ روپے (+۴٫۳۳ فیصد) اضافے سے ۱۴۸٫۲۰ روپے پر بند ہوا، بینک نے ۲۰۲۴ء کے لیے ۴٫۵۰ روپے فی حصص حتمی نقد منافع (ڈیویڈنڈ) کا اعلان کیا ہے، جبکہ MCB اور UBL میں ۲–۳ فیصد اضافہ ہوا۔

# features: none
# en: Cement and fertiliser
h-cement-and-fertiliser = سیمنٹ اور کھاد

# features: latin-words, digits-urdu, digits-western, decimals-percent, signed-number, latin-in-parens, quotes-punct
# en: Cement and fertiliser stocks were the main drag. Lucky Cement fell Rs 8.12 (-0.85%) to Rs 948.75 after January despatches came in 6.2% lower year on year, and ENGRO lost Rs 3.75 (−0.90%) to Rs 412.30 on profit-taking.
p-cement-and-fertiliser-stocks = سیمنٹ اور کھاد کے شعبے مارکیٹ پر دباؤ کا باعث بنے۔ جنوری میں سیمنٹ کی ترسیلات گزشتہ سال کے مقابلے میں ۶٫۲ فیصد کم رہنے پر Lucky Cement کا حصص ۸٫۱۲ روپے (-0.85%) کمی سے ۹۴۸٫۷۵ روپے پر آ گیا، جبکہ منافع کی وصولی (profit-taking) کے باعث ENGRO ۳٫۷۵ روپے (−۰٫۹۰ فیصد) گر کر ۴۱۲٫۳۰ روپے پر بند ہوا۔

# features: none
# en: Top gainers and losers
h-top-gainers-and-losers = سب سے زیادہ بڑھنے اور گھٹنے والے حصص

# features: table-cell
# en: Company
cell-company = کمپنی

# features: table-cell
# en: Close (Rs)
cell-close-rs = بند بھاؤ (روپے)

# features: table-cell
# en: Change (Rs)
cell-change-rs = تبدیلی (روپے)

# features: table-cell
# en: Change (%)
cell-change = تبدیلی (%)

# features: table-cell
# en: Volume
cell-volume = حجم

# features: table-cell, latin-words
# en: TRG Pakistan
# same-as-source
cell-trg-pakistan = TRG Pakistan

# features: table-cell, latin-words
# en: Lucky Cement
# same-as-source
cell-lucky-cement = Lucky Cement

# features: latin-words, quotes-punct
# en: *Source: PSX. Volume in millions of shares.*
p-source-psx-volume-in = *ماخذ: PSX۔ حجم ملین حصص میں۔*

# features: latin-in-parens, crore-lakh, digits-urdu, decimals-percent, quotes-punct
# en: WorldCall Telecom was the volume leader with 61.2m shares, closing unchanged at Rs 1.38.
p-worldcall-telecom-was-the = ورلڈ کال ٹیلی کام (WorldCall Telecom) ۶ کروڑ ۱۲ لاکھ حصص کے ساتھ حجم کے لحاظ سے سرِفہرست رہا اور ۱٫۳۸ روپے پر بغیر کسی تبدیلی کے بند ہوا۔

# features: none
# en: Market movers
h-market-movers = مارکیٹ پر اثر انداز ہونے والے عوامل

# features: latin-in-parens, digits-urdu, dates
# en: Reports that the IMF's review mission will arrive in Islamabad on 3 March
li-reports-that-the-imf = آئی ایم ایف (IMF) کے جائزہ مشن کی ۳ مارچ کو اسلام آباد آمد کی اطلاعات

# features: digits-urdu, decimals-percent
# en: Brent crude up 1.4% to $76.20 a barrel
li-brent-crude-up-1 = برینٹ خام تیل ۱٫۴ فیصد اضافے سے ۷۶٫۲۰ ڈالر فی بیرل

# features: latin-in-parens, digits-urdu, dates, crore-lakh, izafat
# en: SBP's foreign exchange reserves up $112m to $11.22bn in the week to 14 February
li-sbp-s-foreign-exchange = ۱۴ فروری کو ختم ہونے والے ہفتے میں اسٹیٹ بینک (SBP) کے زرِمبادلہ کے ذخائر ۱۱ کروڑ ۲۰ لاکھ ڈالر بڑھ کر ۱۱ ارب ۲۲ کروڑ ڈالر

# features: crore-lakh, digits-urdu, quotes-punct
# en: Foreign investors net buyers of $3.6m; mutual funds net sellers of $2.1m
li-foreign-investors-net-buyers = غیر ملکی سرمایہ کار ۳۶ لاکھ ڈالر کے خالص خریدار؛ میوچل فنڈز ۲۱ لاکھ ڈالر کے خالص فروخت کنندہ

# features: none
# en: The rupee
h-the-rupee = روپیہ

# features: digits-urdu, digits-western, decimals-percent, latin-words, dashes, izafat, quotes-punct
# en: In the interbank market the rupee gained 12 paisa to close at Rs 278.45/$, according to the State Bank. In the open market it was quoted at Rs 279.20–280.10 for buying and selling.
p-in-the-interbank-market = انٹربینک مارکیٹ میں روپے کی قدر میں ۱۲ پیسے کا اضافہ ہوا اور اسٹیٹ بینک کے مطابق ڈالر Rs 278.45/$ پر بند ہوا۔ اوپن مارکیٹ میں ڈالر کی قیمتِ خرید و فروخت ۲۷۹٫۲۰–۲۸۰٫۱۰ روپے رہی۔

# features: none
# en: Outlook
h-outlook = آئندہ کا منظرنامہ

# features: reversed-quotes, digits-urdu, dashes, latin-comma-urdu-digits, decimals-percent, quotes-punct
# en: "The market has already priced in a cut of 100–150 basis points. Anything more in March is a bonus; anything less, and you will see profit-taking at the 115,000 level. Banks still look cheap at 0.9 times book value, but the easy money has been made."
quote-the-market-has-already = ”مارکیٹ ۱۰۰–۱۵۰ بیسس پوائنٹس کی کمی کو پہلے ہی قیمتوں میں شامل کر چکی ہے۔ مارچ میں اس سے زیادہ کمی ہوئی تو وہ بونس ہو گی؛ کم ہوئی تو ۱۱۵,۰۰۰ کی سطح پر منافع کی وصولی دیکھنے کو ملے گی۔ بینک اب بھی بک ویلیو کے ۰٫۹ گنا پر سستے ہیں، لیکن آسان کمائی ہو چکی۔“

# features: digits-urdu, latin-comma-urdu-digits, dashes, quotes-punct
# en: Sana Tariq, head of research at a Karachi brokerage, expects the index to trade in the 113,500–116,000 range next week, with support at 112,800.
p-sana-tariq-head-of = کراچی کی ایک بروکریج فرم کی ہیڈ آف ریسرچ ثناء طارق کو توقع ہے کہ اگلے ہفتے انڈیکس ۱۱۳,۵۰۰–۱۱۶,۰۰۰ کے درمیان رہے گا، جبکہ ۱۱۲,۸۰۰ پر اسے سہارا ملے گا۔

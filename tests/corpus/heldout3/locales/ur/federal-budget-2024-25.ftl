### Urdu translation of content/federal-budget-2024-25.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, quotes-punct
# en: Budget 2024-25: a Rs 18,877 billion outlay, and IMF targets drive new taxes
title = بجٹ ۲۰۲۴-۲۵: ۱۸ ہزار ۸۷۷ ارب روپے کا حجم، آئی ایم ایف کے اہداف نئے ٹیکسوں کی بنیاد

# features: digits-urdu, decimals-percent, quotes-punct
# en: The government has set a GDP growth target of 3.6 percent and raised the tax target by about 40 percent; the opposition walked out.
summary = حکومت نے جی ڈی پی کی شرحِ نمو کا ہدف ۳٫۶ فیصد مقرر کیا ہے اور ٹیکس وصولی کے ہدف میں تقریباً ۴۰ فیصد اضافہ کیا ہے؛ اپوزیشن نے واک آؤٹ کیا۔

# features: digits-urdu, decimals-percent, latin-in-parens
# en: Finance Minister Muhammad Aurangzeb on Wednesday presented the federal budget for the fiscal year 2024-25 in the National Assembly, with a total outlay of Rs 18,877 billion. The budget sets a GDP growth target of 3.6 percent and an inflation target of 12 percent.
p-finance-minister-muhammad-aurangzeb = وفاقی وزیرِ خزانہ محمد اورنگزیب نے بدھ کو قومی اسمبلی میں مالی سال ۲۰۲۴-۲۵ کا وفاقی بجٹ پیش کیا جس کا مجموعی حجم ۱۸٬۸۷۷ ارب روپے ہے۔ بجٹ میں جی ڈی پی (GDP) کی شرحِ نمو کا ہدف ۳٫۶ فیصد اور مہنگائی کا ہدف ۱۲ فیصد رکھا گیا ہے۔

# features: digits-urdu, decimals-percent, latin-in-parens
# en: The Federal Board of Revenue (FBR) will have to collect Rs 12,970 billion, about 40% more than last year. The government agreed this target with the International Monetary Fund (IMF) ahead of talks on a new loan of $6 to $8 billion.
p-the-federal-board-of = فیڈرل بورڈ آف ریونیو (FBR) کو ۱۲ ہزار ۹۷۰ ارب روپے جمع کرنا ہوں گے جو گزشتہ سال سے تقریباً ۴۰٪ زیادہ ہے۔ حکومت نے یہ ہدف عالمی مالیاتی فنڈ (IMF) کے ساتھ ۶ سے ۸ ارب ڈالر کے نئے قرض پروگرام پر مذاکرات سے پہلے طے کیا۔

# features: quotes-punct
# en: Where the money goes
h-where-the-money-goes = پیسہ کہاں جائے گا؟

# features: table-cell
# en: Head
cell-head = مد

# features: table-cell
# en: Change
cell-change = فرق

# features: table-cell
# en: Interest on debt
cell-interest-on-debt = قرضوں پر سود

# features: table-cell, digits-urdu, decimals-percent
# en: Rs 7,303 billion
cell-rs-7-303-billion = ۷٬۳۰۳ ارب روپے

# features: table-cell, digits-urdu, decimals-percent
# en: Rs 9,775 billion
cell-rs-9-775-billion = ۹٬۷۷۵ ارب روپے

# features: table-cell
# en: Defence
cell-defence = دفاع

# features: table-cell, digits-urdu, decimals-percent
# en: Rs 1,804 billion
cell-rs-1-804-billion = ۱٬۸۰۴ ارب روپے

# features: table-cell, digits-urdu, decimals-percent
# en: Rs 2,122 billion
cell-rs-2-122-billion = ۲٬۱۲۲ ارب روپے

# features: table-cell, latin-in-parens
# en: Development (PSDP)
cell-development-psdp = ترقیاتی بجٹ (PSDP)

# features: table-cell, digits-urdu
# en: Rs 950 billion
cell-rs-950-billion = ۹۵۰ ارب روپے

# features: table-cell, digits-urdu
# en: Rs 1,400 billion
cell-rs-1-400-billion = ۱۴۰۰ ارب روپے

# features: table-cell
# en: Benazir Income Support Programme
cell-benazir-income-support-programme = بینظیر انکم سپورٹ پروگرام

# features: table-cell, digits-urdu
# en: Rs 466 billion
cell-rs-466-billion = ۴۶۶ ارب روپے

# features: table-cell, digits-urdu
# en: Rs 593 billion
cell-rs-593-billion = ۵۹۳ ارب روپے

# features: none
# en: More than half of the money the federal government will keep after paying the provinces their share will go on interest alone.
p-more-than-half-of = صوبوں کو ان کا حصہ دینے کے بعد وفاقی حکومت کے پاس جو رقم بچے گی اس کا نصف سے زیادہ صرف سود کی ادائیگی میں چلا جائے گا۔

# features: none
# en: New taxes
h-new-taxes = نئے ٹیکس

# features: digits-urdu
# en: General sales tax stays at 18 percent, but the exemptions on medicines and stationery end.
li-general-sales-tax-stays = جنرل سیلز ٹیکس ۱۸ فیصد ہی رہے گا، تاہم ادویات اور اسٹیشنری پر دی گئی چھوٹ ختم کر دی گئی ہے۔

# features: digits-western, decimals-percent, latin-in-parens
# en: Salaried people earning more than Rs 100,000 a month will pay up to 5% more.
li-salaried-people-earning-more = ماہانہ ایک لاکھ روپے (Rs 100,000) سے زائد تنخواہ لینے والوں کو 5% تک زیادہ ٹیکس دینا ہو گا۔

# features: digits-western
# en: Mobile phones that cost more than $500, including 5G handsets, will pay a fixed tax.
li-mobile-phones-that-cost = $500 سے مہنگے موبائل فونز پر، بشمول 5G سیٹس، فکسڈ ٹیکس عائد ہو گا۔

# features: digits-urdu, latin-in-parens
# en: NADRA data will be used to reach 3.2 million people who do not file tax returns.
li-nadra-data-will-be = نادرا (NADRA) کے ڈیٹا کی مدد سے اُن ۳۲ لاکھ افراد تک پہنچا جائے گا جو ٹیکس گوشوارے جمع نہیں کراتے۔

# features: quotes-punct
# en: "We cannot keep borrowing to pay back old loans. Every rupee we save now is a rupee our children will not have to repay."
quote-we-cannot-keep-borrowing = «ہم پرانے قرض اتارنے کے لیے مزید قرض نہیں لے سکتے۔ آج بچایا گیا ہر روپیہ وہ روپیہ ہے جو ہمارے بچوں کو نہیں لوٹانا پڑے گا۔»

# features: latin-in-parens
# en: Members of Pakistan Tehreek-e-Insaf (PTI) chanted slogans throughout the speech and then walked out. The Pakistan Peoples Party (PPP), an ally of the government, said it would decide how to vote after consulting its leadership.
p-members-of-pakistan-tehreek = بجٹ تقریر کے دوران پاکستان تحریکِ انصاف (PTI) کے ارکان مسلسل نعرے بازی کرتے رہے اور پھر ایوان سے واک آؤٹ کر گئے۔ حکومت کی اتحادی پاکستان پیپلز پارٹی (پی پی پی) کا کہنا ہے کہ وہ ووٹ کا فیصلہ قیادت سے مشاورت کے بعد کرے گی۔

# features: quotes-punct
# en: What happens next
h-what-happens-next = آگے کیا ہو گا؟

# features: digits-urdu, digits-western, dates, url-email, link, quotes-punct
# en: The National Assembly has to pass the Finance Bill by 28 June; the new fiscal year begins on 1 July. Taxpayers with questions can call the FBR helpline on 051-111-772-772 or read the full documents on the [Finance Division website](https://www.finance.gov.pk/budget/budget_2024_25.html).
p-the-national-assembly-has = قومی اسمبلی کو ۲۸ جون تک فنانس بل منظور کرنا ہے؛ نیا مالی سال یکم جولائی سے شروع ہو گا۔ ٹیکس دہندگان اپنے سوالات کے لیے ایف بی آر کی ہیلپ لائن 051-111-772-772 پر رابطہ کر سکتے ہیں یا مکمل دستاویزات [فنانس ڈویژن کی ویب سائٹ](https://www.finance.gov.pk/budget/budget_2024_25.html) پر دیکھ سکتے ہیں۔

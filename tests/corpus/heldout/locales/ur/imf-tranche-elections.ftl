### Urdu translation of content/imf-tranche-elections.md. Above each message, `# en:` records the English it was translated from.

# features: digits-western
# en: IMF approves $700 million for Pakistan, but the hard conditions stay
title = آئی ایم ایف نے پاکستان کے لیے 70 کروڑ ڈالر کی منظوری دے دی، مگر سخت شرائط برقرار

# features: none
# en: The government calls it a vote of confidence; economists warn that gas and electricity prices will rise again before the June budget.
summary = حکومت اسے اعتماد کا ووٹ قرار دے رہی ہے جبکہ ماہرینِ معیشت خبردار کر رہے ہیں کہ جون کے بجٹ سے پہلے گیس اور بجلی کی قیمتیں ایک بار پھر بڑھیں گی۔

# features: digits-western, dates, latin-in-parens
# en: The executive board of the International Monetary Fund (IMF) on Thursday, 11 January 2024, approved the release of about $700 million to Pakistan, the second tranche of the $3 billion Stand-By Arrangement (SBA) agreed in the summer of 2023.
p-the-executive-board-of = عالمی مالیاتی فنڈ (IMF) کے ایگزیکٹو بورڈ نے جمعرات 11 جنوری 2024 کو پاکستان کے لیے تقریباً 70 کروڑ ڈالر کی قسط جاری کرنے کی منظوری دے دی ہے۔ یہ تین ارب ڈالر کے اُس سٹینڈ بائی ارینجمنٹ (SBA) کی دوسری قسط ہے جس پر 2023 کی گرمیوں میں اتفاق ہوا تھا۔

# features: digits-western, quotes-punct
# en: "This is proof that the world trusts our reforms," the Ministry of Finance said in a statement. "Foreign exchange reserves will cross $8 billion by the end of this month."
p-this-is-proof-that = وزارتِ خزانہ نے ایک بیان میں کہا ہے کہ “یہ اس بات کا ثبوت ہے کہ دنیا ہماری اصلاحات پر اعتماد کرتی ہے۔” بیان کے مطابق “اس مہینے کے آخر تک زرِمبادلہ کے ذخائر 8 ارب ڈالر سے تجاوز کر جائیں گے۔”

# features: digits-western, decimals-percent, latin-in-parens, latin-stop
# en: According to the State Bank of Pakistan (SBP), inflation in December was 29.7 percent, while the policy rate has stayed at a record 22 percent since June.
p-according-to-the-state = سٹیٹ بینک آف پاکستان (State Bank of Pakistan) کے مطابق دسمبر میں مہنگائی کی شرح 29.7 فیصد رہی، جبکہ شرحِ سود جون سے 22 فیصد کی ریکارڈ سطح پر برقرار ہے.

# features: quotes-punct
# en: What are the conditions?
h-what-are-the-conditions = شرائط کیا ہیں؟

# features: digits-western, repeated-spaces, quotes-punct
# en: Under the agreement, the government must collect Rs 9,415 billion in taxes in this fiscal year and may not announce any new subsidy on electricity or gas. Among the conditions:
p-under-the-agreement-the = معاہدے کے تحت حکومت کو رواں مالی سال میں 9415 ارب روپے ٹیکس جمع کرنا ہے اور وہ بجلی یا گیس پر کوئی نئی سبسڈی  نہیں دے سکتی۔ شرائط میں یہ بھی شامل ہے:

# features: digits-western, decimals-percent, quotes-punct
# en: gas prices for domestic users will rise by up to 45 percent from 1 February;
li-gas-prices-for-domestic = یکم فروری سے گھریلو صارفین کے لیے گیس کی قیمت میں 45 فیصد تک اضافہ ہو گا؛

# features: quotes-punct
# en: there will be no tax amnesty scheme before the elections;
li-there-will-be-no = انتخابات سے پہلے ٹیکس ایمنسٹی کی کوئی سکیم نہیں آئے گی؛

# features: latin-in-parens, arabic-letters
# en: the Federal Board of Revenue (FBR) will bring traders and retailers into the tax net.
li-the-federal-board-of = فیڈرل بورڈ آف ریونیو (FBR) تاجروں اور ریٹیلرز كو ٹیکس نیٹ میں لائے گا۔

# features: digits-western, decimals-percent, latin-in-parens, repeated-spaces, quotes-punct
# en: "This money buys time, not growth," said Dr Ayesha Malik, who teaches economics at the Lahore University of Management Sciences (LUMS). "Growth this year will be around 2 percent, and with the population growing at 2.55 percent, income per head is actually falling."
p-this-money-buys-time = لاہور یونیورسٹی آف مینجمنٹ سائنسز (LUMS) میں معاشیات پڑھانے والی ڈاکٹر عائشہ ملک کا کہنا ہے کہ “یہ پیسہ وقت خریدتا ہے، ترقی نہیں۔”  ان کے مطابق “اس سال شرحِ نمو 2 فیصد کے لگ بھگ رہے گی، اور جب آبادی 2.55 فیصد کی رفتار سے بڑھ رہی ہو تو فی کس آمدنی دراصل کم ہو رہی ہوتی ہے۔”

# features: none
# en: Elections and the next programme
h-elections-and-the-next = انتخابات اور اگلا پروگرام

# features: digits-western, dates, latin-in-parens
# en: Both the Pakistan Muslim League-Nawaz (PML-N) and the Pakistan Peoples Party (PPP) have promised relief on electricity bills in their manifestos for the elections of 8 February 2024, but the IMF has made it clear that any new government will have to stick to the programme.
p-both-the-pakistan-muslim = پاکستان مسلم لیگ ن (PML-N) اور پاکستان پیپلز پارٹی (PPP) دونوں نے 8 فروری 2024 کے انتخابات کے لیے اپنے منشور میں بجلی کے بلوں میں ریلیف کا وعدہ کیا ہے، لیکن آئی ایم ایف واضح کر چکا ہے کہ نئی حکومت جس کی بھی ہو، اسے اسی پروگرام پر عمل کرنا ہو گا۔

# features: digits-western, dates, latin-in-parens, url-email, link, quotes-punct
# en: The current arrangement ends in April 2024. Talks on a new, longer programme of $6 to $8 billion are expected after the elections. The full text of the Fund's statement is on [the IMF website](https://www.imf.org/en/News).
p-the-current-arrangement-ends = موجودہ معاہدہ اپریل 2024 میں ختم ہو رہا ہے۔ توقع ہے کہ انتخابات کے بعد 6 سے 8 ارب ڈالر کے ایک نئے اور طویل پروگرام پر بات چیت شروع ہو گی۔ فنڈ کے بیان کا مکمل متن [آئی ایم ایف کی ویب سائٹ](https://www.imf.org/en/News) پر دیکھا جا سکتا ہے۔

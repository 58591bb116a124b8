### ur translation of content/shehr-card-faq-terms.md.

# en: Shehr Card: frequently asked questions and terms of use
title = شہر کارڈ: اکثر پوچھے جانے والے سوالات اور شرائطِ استعمال

# en: How to get, top up and use the Shehr Card on Multan's buses and feeder vans, what to do when a gate shows an error or a card is lost, and the terms that apply to every card.
summary = ملتان کی بسوں اور فیڈر ویگنوں پر شہر کارڈ کیسے حاصل کریں، اس میں بیلنس کیسے ڈلوائیں اور اسے کیسے استعمال کریں، گیٹ پر ایرر آنے یا کارڈ گم ہونے کی صورت میں کیا کریں، اور وہ شرائط جو ہر کارڈ پر لاگو ہوتی ہیں۔

# en: The Shehr Card is a contactless card for the buses, feeder vans and bicycle stands run by the Multan Urban Transport Company (MUTC). These questions and answers explain how to use it. The **Terms &amp; Conditions** at the end form part of your agreement with MUTC.
p-the-shehr-card-is = شہر کارڈ ایک کانٹیکٹ‌لیس (contactless) کارڈ ہے جو ملتان اربن ٹرانسپورٹ کمپنی (MUTC) کی بسوں، فیڈر ویگنوں اور سائیکل اسٹینڈز کے لیے ہے۔ یہ سوال و جواب بتاتے ہیں کہ اسے کیسے استعمال کیا جائے۔ آخر میں دی گئی **شرائط و ضوابط (Terms &amp; Conditions)** MUTC کے ساتھ آپ کے معاہدے کا حصہ ہیں۔

# en: Get the Shehr Card app on Google Play
alt-get-the-shehr-card = شہر کارڈ ایپ Google Play سے حاصل کریں

# en: Getting a card
h-getting-a-card = کارڈ کا حصول

# en: Where can I buy a Shehr Card?
h-where-can-i-buy = شہر کارڈ کہاں سے خریدا جا سکتا ہے؟

# en: At the ticket office of any of the 21 bus stations, and at the customer centre at Chowk Kumharanwala. A new card costs Rs&nbsp;150, which is not refundable, and must be loaded with at least Rs&nbsp;100.
p-at-the-ticket-office = 21 بس اسٹیشنوں میں سے کسی کے بھی ٹکٹ آفس سے، اور چوک کمہارانوالہ کے کسٹمر سینٹر سے۔ نئے کارڈ کی قیمت 150&nbsp;روپے ہے جو ناقابلِ واپسی ہے، اور اس میں کم از کم 100&nbsp;روپے کا بیلنس ڈلوانا لازمی ہے۔

# en: The front of a blue Shehr Card with a bus, a rickshaw and the Ghanta Ghar clock tower
alt-the-front-of-a = نیلے رنگ کا شہر کارڈ جس پر ایک بس، ایک رکشہ اور گھنٹہ گھر بنا ہے

# en: The standard card, front
caption-the-standard-card-front = عام کارڈ، سامنے کا رخ

# en: Do children and students pay less?
h-do-children-and-students = کیا بچوں اور طلبہ کو رعایت ملتی ہے؟

# en: Yes. There are three concession cards:
p-yes-there-are-three = جی ہاں۔ تین رعایتی کارڈ ہیں:

# en: **Student card**, for students of a school, college or university in Multan Division
li-student-card-for-students = **اسٹوڈنٹ کارڈ**، ملتان ڈویژن کے کسی اسکول، کالج یا یونیورسٹی کے طلبہ کے لیے

# en: apply at the customer centre with:
li-apply-at-the-customer = کسٹمر سینٹر پر درخواست دیں، ساتھ لائیں:

# en: your institution's ID card, or
li-your-institution-s-id = اپنے ادارے کا شناختی کارڈ، یا

# en: a letter from the principal, signed and stamped;
li-a-letter-from-the = پرنسپل کا دستخط شدہ اور مہر لگا خط؛

# en: it gives 50% off every fare on weekdays.
li-it-gives-50-off = اس پر ورکنگ ڈیز میں ہر کرائے پر ۵۰٪ رعایت ملتی ہے۔

# en: **Senior citizen card**, for people aged 60 or over
li-senior-citizen-card-for = **سینئر سٹیزن کارڈ**، 60 سال یا زائد عمر کے افراد کے لیے

# en: bring your CNIC; no photograph is needed.
li-bring-your-cnic-no = اپنا شناختی کارڈ (CNIC) لائیں؛ تصویر کی ضرورت نہیں۔

# en: **Special person card**, for holders of a disability CNIC
li-special-person-card-for = **اسپیشل پرسن کارڈ**، معذوری والے شناختی کارڈ کے حاملین کے لیے

# en: travel is free, and a companion pays half fare.
li-travel-is-free-and = سفر مفت ہے، اور ساتھ جانے والا ایک فرد آدھا کرایہ دیتا ہے۔

# en: Children shorter than 3 feet (about 91 cm) travel free with an adult and need no card.
p-children-shorter-than-3 = 3 فٹ (تقریباً 91 cm) سے کم قد کے بچے کسی بڑے کے ساتھ مفت سفر کرتے ہیں اور انہیں كارڈ کی ضرورت نہیں۔

# en: Using your card
h-using-your-card = کارڈ کا استعمال

# en: What does *tap in, tap out* mean?
h-what-does-tap-in = *ٹیپ اِن، ٹیپ آؤٹ* کا کیا مطلب ہے؟

# en: Touch your card on the reader at the gate when you enter a station (*tap in*) and again when you leave (*tap out*). The fare depends on how far you travel. If you forget to tap out, you are charged the highest fare on that route, Rs&nbsp;80.
p-touch-your-card-on = اسٹیشن میں داخل ہوتے وقت گیٹ پر لگے ریڈر سے اپنا کارڈ چھوئیں (*ٹیپ اِن*) اور نکلتے وقت دوبارہ (*ٹیپ آؤٹ*)۔ کرایہ اس بات پر منحصر ہے کہ آپ نے کتنا فاصلہ طے کیا۔ اگر آپ ٹیپ آؤٹ کرنا بھول جائیں تو آپ سے اس روٹ کا سب سے زیادہ کرایہ، 80&nbsp;روپے، وصول کیا جائے گا۔

# en: What does the error `E-204` on the gate mean?
h-what-does-the-error = گیٹ پر ایرر `E-204` کا کیا مطلب ہے؟

# en: It means your balance is lower than the minimum fare of Rs&nbsp;30. Top up at the ticket office or in the app and tap again. Other messages you may see:
p-it-means-your-balance = اس کا مطلب ہے کہ آپ کا بیلنس کم از کم کرائے، یعنی ۳۰ روپے، سے کم ہے۔ ٹکٹ آفس یا ایپ سے بیلنس ڈلوائیں اور دوبارہ ٹیپ کریں۔ دیگر پیغامات جو نظر آ سکتے ہیں:

# en: `E-101`: the card was not read; hold it flat and still for one second.
li-e-101-the-card = `E-101`: کارڈ پڑھا نہیں جا سکا؛ اسے سیدھا اور ایک سیکنڈ کے لیے بغیر ہلائے رکھیں۔

# en: `E-330`: the card has been blocked (see "What should I do if my card is lost?").
li-e-330-the-card = `E-330`: کارڈ بلاک کر دیا گیا ہے (دیکھیے "کارڈ گم ہو جائے تو کیا کروں؟")۔

# en: How do I top up from my phone?
h-how-do-i-top = فون سے بیلنس کیسے ڈلواؤں؟

# en: Open the app, choose **Top up**, and pay from JazzCash, Easypaisa or any bank app through Raast. The new balance reaches the card the next time you tap it on any reader, usually within 10 minutes of payment.
p-open-the-app-choose = ایپ کھولیں، **Top up** منتخب کریں، اور JazzCash، Easypaisa یا کسی بھی بینک ایپ سے Raast کے ذریعے ادائیگی کریں۔ نیا بیلنس اگلی بار کسی بھی ریڈر پر ٹیپ کرنے پر کارڈ میں آ جاتا ہے، عموماً ادائیگی کے 10 منٹ کے اندر۔

# en: Where is the [fare table](https://mutc.gov.pk/fares) for each route?
h-where-is-the-fare = ہر روٹ کا [کرایہ نامہ](https://mutc.gov.pk/fares) کہاں ملے گا؟

# en: The fares are shown at every station and on the MUTC website. The highest fare, from Kumharanwala to Bahauddin Zakariya University, is Rs&nbsp;80.
p-the-fares-are-shown = کرائے ہر اسٹیشن پر اور MUTC کی ویب سائٹ پر درج ہیں۔ سب سے زیادہ کرایہ، کمہارانوالہ سے بہاء الدین زکریا یونیورسٹی تک، 80&nbsp;روپے ہے۔

# en: Problems
h-problems = مسائل

# en: What should I do if my card is lost?
h-what-should-i-do = کارڈ گم ہو جائے تو کیا کروں؟

# en: Block it at once, so that no one else can use your balance:
p-block-it-at-once = فوراً اسے بلاک کروائیں، تاکہ کوئی اور آپ کا بیلنس استعمال نہ کر سکے:

# en: call the helpline on 061-111-688-247 (8 am to 10 pm), or
li-call-the-helpline-on = ہیلپ‌لائن 061-111-688-247 پر کال کریں (صبح 8 سے رات 10 بجے تک)، یا

# en: send BLOCK and your card number by SMS to 8247.
li-send-block-and-your = BLOCK اور اپنا کارڈ نمبر لکھ کر 8247 پر SMS کریں۔

# en: Your balance will be moved to a new card within 3 working days if the card was registered in your name. Fill in the form at <https://mutc.gov.pk/support/lost-or-stolen-card/balance-transfer-request?lang=en&channel=web&ref=faq>, or bring your CNIC to the customer centre.
p-your-balance-will-be = اگر کارڈ آپ کے نام پر رجسٹرڈ تھا تو آپ کا بیلنس ۳ ورکنگ دنوں کے اندر نئے کارڈ میں منتقل کر دیا جائے گا۔ <https://mutc.gov.pk/support/lost-or-stolen-card/balance-transfer-request?lang=en&channel=web&ref=faq> پر فارم پُر کریں، یا اپنا شناختی کارڈ لے کر کسٹمر سینٹر آئیں۔

# en: Who do I write to with a complaint?
h-who-do-i-write = شکایت کس کو لکھوں؟

# en: Write to the Complaints Officer at this address, or e-mail complaints@mutc.gov.pk:
p-write-to-the-complaints = اس پتے پر کمپلینٹس آفیسر کو لکھیں، یا complaints@mutc.gov.pk پر ای میل کریں:

# en: Complaints Officer\
# en: Multan Urban Transport Company\
# en: Nishtar Road, Multan 60000
p-complaints-officer-multan-urban =
    کمپلینٹس آفیسر\
    ملتان اربن ٹرانسپورٹ کمپنی\
    نشتر روڈ، ملتان 60000

# en: Terms &amp; Conditions
h-terms-conditions = شرائط و ضوابــط

# en: The card remains the property of MUTC. The balance on it is not a bank deposit and earns no profit.
li-the-card-remains-the = کارڈ MUTC کی ملکیت رہتا ہے۔ اس میں موجود بیلنس بینک ڈپازٹ نہیں اور اس پر کوئی منافع نہیں ملتا۔

# en: A balance left unused for 24 months may be moved to an inactive account. It will be restored on request.
li-a-balance-left-unused = جو بیلنس 24 ماہ تک استعمال نہ ہو، اسے غیر فعال اکاؤنٹ میں منتقل کیا جا سکتا ہے۔ درخواست پر اسے بحال کر دیا جائے گا۔

# en: MUTC may change the fares with 15 days' notice on its website and at the stations.
li-mutc-may-change-the = MUTC اپنی ویب سائٹ اور اسٹیشنوں پر 15 دن کے نوٹس کے ساتھ کرایوں میں تبدیلی کر سکتی ہے۔

# en: Misuse of a concession card, or travel without tapping in, can be fined up to Rs&nbsp;1,000 under the company's by-laws.
li-misuse-of-a-concession = رعایتی کارڈ کے غلط استعمال، یا ٹیپ اِن کیے بغیر سفر پر کمپنی کے ضمنی قوانین (by-laws) کے تحت 1,000&nbsp;روپے تک جرمانہ ہو سکتا ہے۔

# en: *Last updated: 1 April 2025. In case of any difference between the English and the Urdu text, the English text prevails.*
p-last-updated-1-april = *آخری تجدید: یکم اپریل 2025ء۔ انگریزی اور اردو متن میں کسی اختلاف کی صورت میں انگریزی متن معتبر ہو گا۔*

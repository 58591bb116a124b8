# en: Who pays for Karachi's water? The tanker economy, explained
title = کراچی کے پانی کی قیمت کون چکاتا ہے؟ ٹینکر معیشت کی وضاحت
# en: Karachi needs about 1,200 million gallons a day (MGD) and gets roughly half. This brief follows the water from the Indus to the hydrant, the tanker and the household, and sets out five reforms.
summary = کراچی کو روزانہ تقریباً ۱٬۲۰۰ ملین گیلن (MGD) پانی درکار ہے اور اسے اس کا لگ بھگ آدھا ملتا ہے۔ یہ بریف پانی کا سفر دریائے سندھ سے ہائیڈرنٹ، ٹینکر اور گھر تک بیان کرتا ہے، اور پانچ اصلاحات تجویز کرتا ہے۔
# en: Every morning in Orangi Town, a queue of blue plastic drums forms beside a road that a water tanker may, or may not, reach. A **1,000-gallon** tanker costs a household Rs. 4,500 in summer, about *a fifth* of a labourer's monthly wage of Rs. 37,000.[^wage] In Clifton, three kilometres from the sea, the same water costs less than half as much, because the pipes work.
p-every-morning-in-orangi = اورنگی ٹاؤن میں ہر صبح ایک سڑک کے کنارے نیلے پلاسٹک کے ڈرموں کی قطار لگ جاتی ہے، جہاں پانی کا ٹینکر پہنچ بھی سکتا ہے اور نہیں بھی۔ گرمیوں میں **۱٬۰۰۰ گیلن** کا ایک ٹینکر ایک گھرانے کو ۴٬۵۰۰ روپے کا پڑتا ہے، جو ایک مزدور کی ۳۷٬۰۰۰ روپے ماہانہ اجرت کا *تقریباً پانچواں حصہ* ہے۔[^wage] کلفٹن میں، جو سمندر سے تین کلومیٹر دور ہے، یہی پانی آدھی سے بھی کم قیمت پر ملتا ہے، کیونکہ وہاں پائپ کام کرتے ہیں۔
# en: Where the water comes from
h-where-the-water-comes = پانی کہاں سے آتا ہے
# en: Karachi draws almost all of its water from two sources:
p-karachi-draws-almost-all = کراچی اپنا تقریباً سارا پانی دو ذرائع سے لیتا ہے:
# en: The **Indus**, through Kotri Barrage and the Kalri Baghar (KB) Feeder to Keenjhar Lake, about 150 km east of the city.
li-the-indus-through-kotri = **دریائے سندھ**، کوٹری بیراج اور کلری بگھار (KB) فیڈر کے راستے کینجھر جھیل تک، جو شہر سے تقریباً ۱۵۰ کلومیٹر مشرق میں ہے۔
# en: Design capacity: 650 MGD.
li-design-capacity-650-mgd = ڈیزائن گنجائش: 650 MGD۔
# en: Real delivery in 2024: 550–580 MGD, because of leaks and theft.
li-real-delivery-in-2024 = 2024 میں اصل فراہمی: 550–580 MGD، رساؤ اور چوری کی وجہ سے۔
# en: The **Hub Dam**, on the Balochistan border, which gives up to 100 MGD in a good monsoon and ~~nothing~~ as little as 25 MGD in a drought year.
li-the-hub-dam-on = **حب ڈیم**، بلوچستان کی سرحد پر، جو اچھے مون سون میں 100 MGD تک پانی دیتا ہے اور خشک سالی کے سال میں ~~کچھ نہیں~~ صرف 25 MGD۔
# en: The city's own estimate of its need, **1,200 MGD**, is contested. The Karachi Water and Sewerage Corporation ([KWSC](<https://www.kwsc.gos.pk> "Karachi Water and Sewerage Corporation")) uses 54 gallons per person per day; the World Bank's 2018 diagnostic used 45.[^wb]
p-the-city-s-own = شہر کا اپنی ضرورت کا تخمینہ، **1,200 MGD**، متنازع ہے۔ کراچی واٹر اینڈ سیوریج کارپوریشن ([KWSC](<https://www.kwsc.gos.pk> "کراچی واٹر اینڈ سیوریج کارپوریشن")) فی کس یومیہ 54 گیلن فرض کرتی ہے؛ عالمی بینک کے 2018ء کے جائزے نے 45 گیلن فرض کیے تھے۔[^wb]
# en: The K-IV project
h-the-k-iv-project = کے فور (K-IV) منصوبہ
# en: The Greater Karachi Bulk Water Supply Scheme, known as K-IV, was first approved in 2007 at a cost of Rs. 25.5 billion. Its first phase, 260 MGD, is now expected in **June 2027**, at a revised cost of Rs. 126.4 billion (≈ US$ 450 million).
p-the-greater-karachi-bulk = گریٹر کراچی بلک واٹر سپلائی اسکیم، جسے K-IV کہا جاتا ہے، پہلی بار ۲۰۰۷ء میں ۲۵٫۵ ارب روپے کی لاگت سے منظور ہوئی۔ اب اس کا پہلا مرحلہ، ۲۶۰ MGD، **جون ۲۰۲۷ء** میں متوقع ہے، اور نظرثانی شدہ لاگت ۱۲۶٫۴ ارب روپے (≈ ۴۵۰ ملین امریکی ڈالر) ہے۔
# en: "We were promised K-IV when my son was born. He is now in Class 10."
quote-we-were-promised-k = ”جب میرا بیٹا پیدا ہوا تھا تب ہم سے K-IV کا وعدہ کیا گیا تھا۔ اب وہ دسویں جماعت میں ہے۔“
# en: — Shamim Akhtar, resident of Baldia Town, 14 March 2025
quote-shamim-akhtar-resident-of = — شمیم اختر، رہائشی بلدیہ ٹاؤن، ۱۴ مارچ ۲۰۲۵ء
# en: The tanker market
h-the-tanker-market = ٹینکر کی منڈی
# en: About 60 % of the city's households get piped water for a few hours, on some days of the week. The rest buy from three kinds of sellers:
p-about-60-of-the = شہر کے تقریباً ۶۰٪ گھرانوں کو ہفتے کے کچھ دنوں میں چند گھنٹوں کے لیے نلکوں کا پانی ملتا ہے۔ باقی تین قسم کے فروخت کنندگان سے خریدتے ہیں:
# en: Seller
cell-seller = فروخت کنندہ
# en: Source
cell-source = ذریعہ
# en: Price per 1,000 gal (summer)
cell-price-per-1-000 = فی ۱٬۰۰۰ گیلن قیمت (گرمیوں میں)
# en: Licensed?
cell-licensed = لائسنس یافتہ؟
# en: KWSC "online" tanker[^online]
cell-kwsc-online-tanker-online = KWSC کا ”آن لائن“ ٹینکر[^online]
# en: official hydrant
cell-official-hydrant = سرکاری ہائیڈرنٹ
# en: Rs. 1,850
cell-rs-1-850 = ۱٬۸۵۰ روپے
# en: yes
cell-yes = ہاں
# en: Commercial tanker
cell-commercial-tanker = کمرشل ٹینکر
# en: Rs. 3,000–4,500
cell-rs-3-000-4 = ۳٬۰۰۰–۴٬۵۰۰ روپے
# en: Private supplier
cell-private-supplier = نجی سپلائر
# en: sub-soil well or illegal hydrant
cell-sub-soil-well-or = زیرِ زمین کنواں یا غیر قانونی ہائیڈرنٹ
# en: Rs. 2,500–6,000
cell-rs-2-500-6 = ۲٬۵۰۰–۶٬۰۰۰ روپے
# en: no
cell-no = نہیں
# en: Donkey cart (`gadha gari`)
cell-donkey-cart-gadha-gari = گدھا گاڑی (`gadha gari`)
# en: street tap
cell-street-tap = گلی کا نلکا
# en: Rs. 150 per 40-litre can
cell-rs-150-per-40 = ۴۰ لیٹر کی کین کے ۱۵۰ روپے
# en: In 2023 the Sindh High Court ordered all illegal hydrants closed; a survey by the Urban Resource Centre counted **43** still working a year later.
p-in-2023-the-sindh = ۲۰۲۳ء میں سندھ ہائی کورٹ نے تمام غیر قانونی ہائیڈرنٹ بند کرنے کا حکم دیا؛ ایک سال بعد اربن ریسورس سینٹر کے ایک سروے میں **۴۳** ہائیڈرنٹ اب بھی چلتے پائے گئے۔
# en: What a household pays, month by month
h-what-a-household-pays = ایک گھرانہ ہر مہینے کیا ادا کرتا ہے
# en: Piped water bill (flat rate): Rs. 400
li-piped-water-bill-flat = نلکے کے پانی کا بل (مقررہ شرح): ۴۰۰ روپے
# en: Two tankers a month in summer: Rs. 9,000
li-two-tankers-a-month = گرمیوں میں مہینے کے دو ٹینکر: ۹٬۰۰۰ روپے
# en: Bottled drinking water, 19-litre: Rs. 250 each, 8 a month
li-bottled-drinking-water-19 = پینے کا بوتل بند پانی، ۱۹ لیٹر: ۲۵۰ روپے فی بوتل، مہینے میں ۸
# en: Five reforms
h-five-reforms = پانچ اصلاحات
# en: **Meter the bulk supply.** Put flow meters at Dhabeji and Gharo pumping stations and publish the readings daily at <https://www.kwsc.gos.pk/water-supply>.
li-meter-the-bulk-supply = **بلک سپلائی پر میٹر لگائیں۔** دھابیجی اور گھارو پمپنگ اسٹیشنوں پر فلو میٹر لگائے جائیں اور ان کی ریڈنگ روزانہ <https://www.kwsc.gos.pk/water-supply> پر شائع کی جائے۔
# en: **Close the gap between the official and the real tariff** — a household that buys tankers pays 10 to 15 times the piped rate.
li-close-the-gap-between = **سرکاری اور اصل نرخ کا فرق ختم کریں** — جو گھرانہ ٹینکر خریدتا ہے وہ نلکے کے نرخ سے ۱۰ سے ۱۵ گنا زیادہ ادا کرتا ہے۔
# en: **License every hydrant**, and publish the list with GPS coordinates (e.g. 24.8607° N, 67.0011° E).
li-license-every-hydrant-and = **ہر ہائیڈرنٹ کو لائسنس دیں**، اور ان کی فہرست GPS کوآرڈینیٹس کے ساتھ شائع کریں (مثلاً 24.8607° N, 67.0011° E)۔
# en: **Fix the leaks first.** Non-revenue water is estimated at 35–40 %; every 10 % saved is about 60 MGD, half of K-IV's first phase.
li-fix-the-leaks-first = **پہلے رساؤ ٹھیك كریں۔** بغیر آمدنی والے پانی کا تخمینہ 35–40 % ہے؛ ہر 10 % بچت تقریباً 60 MGD کے برابر ہے، یعنی K-IV کے پہلے مرحلے کا آدھا۔
# en: **Give the poorest areas a lifeline block**: the first 6,000 litres a month free, as Johannesburg did in 2001.[^lifeline]
li-give-the-poorest-areas = **غریب ترین علاقوں کو لائف لائن بلاک دیں**: ہر مہینے پہلے ۶٬۰۰۰ لیٹر مفت، جیسا کہ جوہانسبرگ نے ۲۰۰۱ء میں کیا تھا۔[^lifeline]
# en: Questions or data? Write to research@urckarachi.org or call +92 21 3455 1234 (10:00 am – 5:00 pm, Monday to Friday).
p-questions-or-data-write = سوالات یا اعداد و شمار؟ research@urckarachi.org پر لکھیں یا +92 21 3455 1234 پر فون کریں (صبح ۱۰ بجے سے شام ۵ بجے تک، پیر تا جمعہ)۔
# en: A sketch map of Karachi with the Keenjhar Lake in the east, a blue line for the K-II and K-III conduits running west to the city, and red dots for 43 illegal hydrants clustered in the north-west
alt-a-sketch-map-of = کراچی کا ایک خاکہ نما نقشہ: مشرق میں کینجھر جھیل، شہر کی طرف مغرب کو جاتی K-II اور K-III نالیوں کی نیلی لکیر، اور شمال مغرب میں جمع ۴۳ غیر قانونی ہائیڈرنٹس کے سرخ نقطے
# en: Where the water comes from, and where it leaks
caption-where-the-water-comes = پانی کہاں سے آتا ہے، اور کہاں رستا ہے
# en: Sindh's minimum wage for unskilled workers was set at Rs. 37,000 a month in July 2024.
note-sindh-s-minimum-wage = جولائی ۲۰۲۴ء میں سندھ میں غیر ہنرمند مزدوروں کی کم از کم اجرت ۳۷،۰۰۰ روپے ماہانہ مقرر کی گئی۔
# en: World Bank, *Revitalizing Karachi's Water and Sanitation Services* (Washington, DC, 2018), pp. 23–27.
note-world-bank-revitalizing-karachi = عالمی بینک، *Revitalizing Karachi's Water and Sanitation Services* (واشنگٹن ڈی سی، ۲۰۱۸ء)، ص ۲۳–۲۷۔
# en: The report's lower figure assumes that leaks are repaired first.
note-the-report-s-lower = رپورٹ کا کم تر تخمینہ یہ فرض کرتا ہے کہ رساؤ پہلے ٹھیک کر دیا جائے گا۔
# en: "Online" means the tanker is ordered through KWSC's call centre, 1339, and paid for at a bank.
note-online-means-the-tanker = ”آن لائن“ کا مطلب ہے کہ ٹینکر KWSC کے کال سینٹر، 1339، کے ذریعے منگوایا جاتا ہے اور اس کی ادائیگی بینک میں ہوتی ہے۔
# en: The City of Johannesburg gave every household 6 kl (6,000 litres) of free water a month from July 2001.
note-the-city-of-johannesburg = جوہانسبرگ شہر نے جولائی ۲۰۰۱ء سے ہر گھرانے کو ماہانہ ۶ کلو لیٹر (۶٬۰۰۰ لیٹر) مفت پانی دیا۔

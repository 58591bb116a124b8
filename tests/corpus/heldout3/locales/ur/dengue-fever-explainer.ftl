### Urdu translation of content/dengue-fever-explainer.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: Dengue fever: what to do when the fever comes
title = ڈینگی بخار: بخار ہو جائے تو کیا کریں؟

# features: none
# en: How the virus spreads, which signs mean hospital, and why you should take paracetamol but not aspirin.
summary = وائرس کیسے پھیلتا ہے، کن علامات پر فوراً ہسپتال جانا ہے، اور پیراسیٹامول کیوں لیں مگر اسپرین کیوں نہیں۔

# features: latin-in-parens, footnote
# en: Dengue is a viral infection spread by the bite of the female Aedes mosquito (*Aedes aegypti*), and less often of the Asian tiger mosquito (*Aedes albopictus*). After the monsoon rains, cases in Lahore, Rawalpindi and Karachi peak between September and November.[^1]
p-dengue-is-a-viral = ڈینگی ایک وائرل انفیکشن ہے جو مادہ ایڈیز مچھر (*Aedes aegypti*) کے کاٹنے سے پھیلتا ہے، اور بعض صورتوں میں ایشین ٹائیگر مچھر (*Aedes albopictus*) سے۔ مون سون کی بارشوں کے بعد لاہور، راولپنڈی اور کراچی میں ستمبر سے نومبر کے دوران کیسز عروج پر ہوتے ہیں۔[^1]

# features: digits-western
# en: The mosquito bites mostly in the early morning and before sunset. It rarely flies more than 400 m from where it hatched, so the water standing in your own house matters most.
p-the-mosquito-bites-mostly = یہ مچھر زیادہ تر صبح سویرے اور غروبِ آفتاب سے پہلے کاٹتا ہے۔ یہ جہاں پیدا ہوتا ہے وہاں سے عموماً 400 میٹر سے زیادہ دور نہیں جاتا، اس لیے سب سے اہم آپ کے اپنے گھر میں کھڑا پانی ہے۔

# features: none
# en: Symptoms
h-symptoms = علامات

# features: digits-western, decimals-percent, units, quotes-punct
# en: A temperature above 38.5°C (normal is about 37°C), a severe headache, pain behind the eyes, pain in the joints and muscles (hence the old name "breakbone fever") and, after 3–4 days, a rash.
p-a-temperature-above-38 = 38.5°C سے زیادہ بخار (نارمل درجہ حرارت تقریباً 37°C ہوتا ہے)، شدید سر درد، آنکھوں کے پیچھے درد، جوڑوں اور پٹھوں میں درد (اسی لیے اسے پرانے زمانے میں ”ہڈی توڑ بخار“ کہا جاتا تھا) اور 3 سے 4 دن بعد جسم پر دانے۔

# features: quotes-punct
# en: What to do
h-what-to-do = کیا کریں؟

# features: digits-western
# en: Measure the temperature every 4 to 6 hours and write it down.
li-measure-the-temperature-every = ہر 4 سے 6 گھنٹے بعد بخار چیک کریں اور لکھ لیں۔

# features: digits-western, units, quotes-punct
# en: Take paracetamol for the fever: 500 mg to 1 g for adults, and no more than 4 g in 24 hours.
li-take-paracetamol-for-the = بخار کے لیے پیراسیٹامول لیں: بالغ افراد 500mg سے 1 گرام تک، اور 24 گھنٹوں میں 4 گرام سے زیادہ نہیں۔

# features: latin-in-parens, quotes-punct
# en: Do not take aspirin or ibuprofen; they raise the risk of bleeding.
li-do-not-take-aspirin = اسپرین یا آئبوپروفین (ibuprofen) ہرگز نہ لیں؛ ان سے خون بہنے کا خطرہ بڑھ جاتا ہے۔

# features: digits-western, decimals-percent, latin-in-parens
# en: Drink at least 2.5 to 3 litres a day: water, ORS, fresh juice.
li-drink-at-least-2 = دن میں کم از کم 2.5 سے 3 لیٹر پانی، او آر ایس (ORS) اور تازہ جوس پئیں۔

# features: digits-western, units, latin-in-parens, quotes-punct
# en: Have a CBC test done; if the platelets fall below 100,000 per µL (thrombocytopenia), see a doctor the same day.
li-have-a-cbc-test = سی بی سی (CBC) ٹیسٹ کروائیں؛ اگر پلیٹ لیٹس 100,000 فی µL سے کم ہو جائیں (thrombocytopenia) تو اسی دن ڈاکٹر کو دکھائیں۔

# features: digits-western, quotes-punct
# en: For children the dose depends on weight, about 15 mg per kg:
p-for-children-the-dose = بچوں کے لیے خوراک وزن کے حساب سے ہوتی ہے، تقریباً 15 ملی گرام فی کلو:

# features: table-cell
# en: Weight
cell-weight = وزن

# features: table-cell
# en: One dose
cell-one-dose = ایک خوراک

# features: table-cell, digits-western
# en: Most in 24 hours
cell-most-in-24-hours = 24 گھنٹے میں زیادہ سے زیادہ

# features: table-cell, digits-western
# en: 10 kg
cell-10-kg = 10 کلو

# features: table-cell, digits-western
# en: 150 mg
cell-150-mg = 150 ملی گرام

# features: table-cell, digits-western
# en: 600 mg
cell-600-mg = 600 ملی گرام

# features: table-cell, digits-western
# en: 20 kg
cell-20-kg = 20 کلو

# features: table-cell, digits-western
# en: 300 mg
cell-300-mg = 300 ملی گرام

# features: table-cell, digits-western
# en: 1,200 mg
cell-1-200-mg = 1200 ملی گرام

# features: table-cell, digits-western
# en: 30 kg
cell-30-kg = 30 کلو

# features: table-cell, digits-western
# en: 450 mg
cell-450-mg = 450 ملی گرام

# features: table-cell, digits-western
# en: 1,800 mg
cell-1-800-mg = 1800 ملی گرام

# features: table-cell, digits-western
# en: 40 kg
cell-40-kg = 40 کلو

# features: table-cell, digits-western
# en: 500 mg
cell-500-mg = 500 ملی گرام

# features: table-cell, digits-western, decimals-percent
# en: 2,400 mg
cell-2-400-mg = 2,400 ملی گرام

# features: digits-western, units
# en: There is no proof that papaya leaf extract raises the platelet count, and supplements such as 400 µg of folic acid do not treat dengue.
p-there-is-no-proof = اس بات کا کوئی ثبوت نہیں کہ پپیتے کے پتوں کا عرق پلیٹ لیٹس بڑھاتا ہے، اور فولک ایسڈ کے 400µg جیسے سپلیمنٹس ڈینگی کا علاج نہیں ہیں۔

# features: quotes-punct
# en: Severe stomach pain, vomiting that does not stop, bleeding from the gums or nose, black stools or sudden drowsiness: go to a hospital at once.
quote-severe-stomach-pain-vomiting = پیٹ میں شدید درد، نہ رکنے والی الٹیاں، مسوڑھوں یا ناک سے خون آنا، کالے رنگ کا پاخانہ یا اچانک غنودگی: ان میں سے کوئی بھی علامت ہو تو فوراً ہسپتال جائیں!

# features: none
# en: Prevention
h-prevention = بچاؤ

# features: digits-western, units, url-email, link, quotes-punct
# en: Empty coolers, flower pots and old tyres once a week; the eggs survive for months in a dry pot and hatch within 24-48 hours of getting wet. Even a ceiling fan helps: the mosquito is a weak flier and struggles in a breeze of a few km/h. The Punjab dengue helpline is 0800-99000, and the [WHO fact sheet](https://www.who.int/news-room/fact-sheets/detail/dengue-and-severe-dengue) has more.
p-empty-coolers-flower-pots = ہفتے میں ایک بار کولر، گملے اور پرانے ٹائر خالی کریں؛ مچھر کے انڈے خشک برتن میں مہینوں زندہ رہتے ہیں اور گیلے ہونے کے 24-48 گھنٹوں میں ان سے لاروا نکل آتا ہے۔ چھت کا پنکھا بھی مددگار ہے: یہ مچھر کمزور اڑان والا ہے اور چند km/h کی ہوا میں بھی مشکل سے اڑتا ہے۔ پنجاب کی ڈینگی ہیلپ لائن 0800-99000 ہے، اور مزید معلومات کے لیے [عالمی ادارۂ صحت کی فیکٹ شیٹ](https://www.who.int/news-room/fact-sheets/detail/dengue-and-severe-dengue) دیکھیں۔

# features: latin-in-parens, digits-western, dates
# en: World Health Organization, *Dengue and severe dengue*, fact sheet, 2023.
note-world-health-organization-dengue = عالمی ادارۂ صحت (World Health Organization)، *Dengue and severe dengue*، فیکٹ شیٹ، 2023ء۔

### Urdu translation of content/heatwave-science-explainer.md. Above each message, `# en:` records the English it was translated from.

# features: digits-western, units, dashes, izafat, quotes-punct
# en: Why heatwaves are getting deadlier — and what 45°C really does to the body
title = گرمی کی لہریں کیوں زیادہ جان لیوا ہوتی جا رہی ہیں — اور 45°C درجۂ حرارت جسم کے ساتھ دراصل کیا کرتا ہے؟

# features: subscript, latin-in-parens, latin-diacritics, quotes-punct
# en: Humidity, concrete, CO₂ and El Niño: a plain guide to the science of extreme heat in Pakistan, with the numbers behind it and seven steps to stay safe.
summary = نمی، کنکریٹ، CO₂ اور ال نینو (El Niño): پاکستان میں شدید گرمی کی سائنس پر ایک آسان رہنما، اس کے پیچھے کے اعداد و شمار اور محفوظ رہنے کے سات طریقوں کے ساتھ۔

# features: digits-urdu, izafat, quotes-punct
# en: Every May the thermometers in upper Sindh climb past 50°C. Jacobabad, Dadu and Mohenjo-daro take turns at the top of the national table, and the Pakistan Meteorological Department's bulletins read like a fever chart. But the number on the thermometer tells only half the story. What kills in a heatwave is not the air temperature alone; it is what the heat, the humidity and the lack of relief at night do to a body that can no longer cool itself.
p-every-may-the-thermometers = ہر سال مئی میں بالائی سندھ میں تھرمامیٹر کا پارہ ۵۰ ڈگری سینٹی گریڈ سے اوپر چلا جاتا ہے۔ جیکب آباد، دادو اور موئن جو دڑو باری باری ملک کے گرم ترین شہروں کی فہرست میں سب سے اوپر آتے ہیں، اور محکمۂ موسمیات کے بلیٹن کسی بخار کے چارٹ جیسے لگتے ہیں۔ لیکن تھرمامیٹر پر لکھا عدد آدھی کہانی ہی سناتا ہے۔ ہیٹ ویو میں جان صرف ہوا کا درجۂ حرارت نہیں لیتا؛ جان لیتا ہے وہ اثر جو گرمی، نمی اور راتوں کو بھی سکون نہ ملنے سے اس جسم پر ہوتا ہے جو خود کو مزید ٹھنڈا نہیں کر سکتا۔

# features: izafat
# en: Heat is not just temperature
h-heat-is-not-just = گرمی صرف درجۂ حرارت کا نام نہیں

# features: digits-western, units, subscript, decimals-percent, latin-in-parens, quotes-punct
# en: The human body is a machine that runs at about 37°C and has to get rid of its own heat all the time. On a hot day it does this almost entirely by sweating: every gram of water (H₂O) that evaporates from the skin takes about 2.4 kJ of heat with it. When the air is dry, sweat evaporates quickly and a person can survive 45°C in the shade for hours. When the air is humid, sweat drips off instead of evaporating, and the cooling stops.
p-the-human-body-is = انسانی جسم ایک مشین ہے جو تقریباً 37°C پر چلتی ہے اور اسے ہر وقت اپنی پیدا کردہ حرارت سے چھٹکارا پانا ہوتا ہے۔ گرم دن میں یہ کام تقریباً مکمل طور پر پسینے کے ذریعے ہوتا ہے: جلد سے بخارات بن کر اڑنے والے پانی (H₂O) کا ہر گرام اپنے ساتھ تقریباً 2.4 kJ حرارت لے جاتا ہے۔ جب ہوا خشک ہو تو پسینہ جلدی اڑ جاتا ہے اور انسان سائے میں گھنٹوں 45°C برداشت کر سکتا ہے۔ جب ہوا میں نمی ہو تو پسینہ بخارات بننے کے بجائے ٹپکنے لگتا ہے، اور جسم ٹھنڈا ہونا بند ہو جاتا ہے۔

# features: digits-western, units, latin-in-parens, izafat, footnote
# en: Scientists measure this with the *wet-bulb temperature*, the temperature a thermometer shows when it is wrapped in a wet cloth. For years a wet-bulb temperature of 35°C was thought to be the limit of human survival. Laboratory tests on healthy young volunteers now put the real limit lower, at about 31°C,[^1] and for the elderly, for children and for labourers working in the sun it is lower still. Jacobabad is one of the few places on Earth where a wet-bulb temperature of 35°C has already been recorded, if only for an hour or two.
p-scientists-measure-this-with = سائنس دان اسے *ویٹ بلب درجۂ حرارت* (wet-bulb temperature) سے ناپتے ہیں، یعنی وہ درجۂ حرارت جو گیلے کپڑے میں لپٹا تھرمامیٹر دکھاتا ہے۔ برسوں تک یہ سمجھا جاتا رہا کہ 35°C ویٹ بلب درجۂ حرارت انسانی بقا کی آخری حد ہے۔ صحت مند نوجوان رضاکاروں پر لیبارٹری تجربات اب اصل حد کو اس سے کم، تقریباً 31°C، بتاتے ہیں،[^1] اور بزرگوں، بچوں اور دھوپ میں کام کرنے والے مزدوروں کے لیے یہ اس سے بھی کم ہے۔ جیکب آباد دنیا کے ان چند مقامات میں سے ایک ہے جہاں 35°C ویٹ بلب درجۂ حرارت ریکارڈ کیا جا چکا ہے، چاہے ایک دو گھنٹے کے لیے ہی سہی۔

# features: image-alt, digits-western, units, izafat, quotes-punct
# en: A bar chart of the highest temperatures recorded in seven Pakistani cities in May 2024; Mohenjo-daro, Jacobabad, Dadu and Turbat are all above 50°C
alt-a-bar-chart-of = مئی 2024 میں پاکستان کے سات شہروں میں ریکارڈ کیے گئے زیادہ سے زیادہ درجۂ حرارت کا بار چارٹ؛ موئن جو دڑو، جیکب آباد، دادو اور تربت سب 50°C سے اوپر ہیں

# features: image-caption, digits-urdu, dates, units, izafat, quotes-punct
# en: Figure 1: Highest temperature in May 2024, °C (illustrative data)
caption-figure-1-highest-temperature = شکل ۱: مئی ۲۰۲۴ء میں زیادہ سے زیادہ درجۂ حرارت، °C (مثالی اعداد و شمار)

# features: quotes-punct
# en: Why cities are hotter than villages
h-why-cities-are-hotter = شہر دیہات سے زیادہ گرم کیوں ہوتے ہیں؟

# features: digits-western, units, superscript, dashes, latin-in-parens
# en: Cities make their own heat. Asphalt and concrete absorb sunlight all day — an asphalt road in Lahore can reach 60–70°C in the afternoon — and release it slowly all night, so the city never cools down. Every km² of trees and fields that is covered with buildings adds to this *urban heat island*, and air-conditioners pump still more heat into the streets. On a still night, the centre of Karachi or Lahore can be 3–5°C warmer than the countryside around it.
p-cities-make-their-own = شہر اپنی گرمی خود پیدا کرتے ہیں۔ اسفالٹ اور کنکریٹ دن بھر دھوپ جذب کرتے ہیں — لاہور کی کوئی تارکول کی سڑک دوپہر کو 60–70°C تک گرم ہو سکتی ہے — اور رات بھر آہستہ آہستہ یہ گرمی خارج کرتے رہتے ہیں، اس لیے شہر کبھی ٹھنڈا نہیں ہو پاتا۔ درختوں اور کھیتوں کا ہر وہ km² جس پر عمارتیں کھڑی ہو جاتی ہیں اس *اربن ہیٹ آئی لینڈ* (urban heat island) میں اضافہ کرتا ہے، اور ایئر کنڈیشنر گلیوں میں مزید گرمی پھینکتے ہیں۔ کسی حبس زدہ رات کو کراچی یا لاہور کا مرکز آس پاس کے دیہی علاقوں سے 3–5°C زیادہ گرم ہو سکتا ہے۔

# features: digits-urdu, digits-western, units, superscript, decimals-percent, latin-in-parens, quotes-punct
# en: Trees work in the opposite direction. A large neem or peepal tree can evaporate more than 100 litres (0.1 m³) of water on a hot day, cooling the air around it the way sweat cools the skin, and its shade keeps the ground beneath it up to 20°C cooler than bare road. This is why the deadliest heatwave in Pakistan's recent history, in June 2015, killed more than 1,200 people in Karachi, a city of concrete and little shade, where the sea breeze failed for several days.
p-trees-work-in-the = درخت اس کے الٹ کام کرتے ہیں۔ نیم یا پیپل کا ایک بڑا درخت گرم دن میں ۱۰۰ لیٹر (0.1 m³) سے زیادہ پانی بخارات بنا کر اڑا سکتا ہے، اور یوں اپنے اردگرد کی ہوا کو اسی طرح ٹھنڈا کرتا ہے جیسے پسینہ جلد کو، جبکہ اس کا سایہ نیچے کی زمین کو کھلی سڑک کے مقابلے میں ۲۰ ڈگری تک ٹھنڈا رکھتا ہے۔ یہی وجہ ہے کہ پاکستان کی حالیہ تاریخ کی سب سے جان لیوا ہیٹ ویو نے، جون 2015 میں، کراچی میں 1,200 سے زیادہ افراد کی جان لے لی: کنکریٹ کا ایک شہر جہاں سایہ کم ہے، اور جہاں کئی دن تک سمندری ہوا بند رہی۔

# features: image-alt
# en: A sketch map of Pakistan's provinces and northern areas, shaded from pale yellow in the far north to dark red in Sindh, with dots for Karachi and Lahore
alt-a-sketch-map-of = پاکستان کے صوبوں اور شمالی علاقوں کا ایک خاکہ نما نقشہ، جس میں رنگ انتہائی شمال میں ہلکے زرد سے سندھ میں گہرے سرخ تک جاتا ہے، اور کراچی اور لاہور کے لیے نقطے لگے ہیں

# features: image-caption, digits-western, dashes, quotes-punct
# en: Figure 2: Heatwave days by region in 2024 — the darker the red, the more days (illustration)
caption-figure-2-heatwave-days = شکل 2: 2024 میں علاقہ وار ہیٹ ویو کے دن — سرخ رنگ جتنا گہرا، دن اتنے زیادہ (خاکہ)

# features: subscript
# en: The role of CO₂ and El Niño
h-the-role-of-co = CO₂ اور ال نینو کا کردار

# features: digits-western, subscript, units, decimals-percent, latin-in-parens, latin-diacritics, dashes, izafat, footnote
# en: Behind the local heat lies a global trend. The amount of carbon dioxide (CO₂) in the atmosphere has passed 420 parts per million (ppm), up from about 280 ppm before the industrial age, and the extra CO₂ traps heat that would otherwise escape into space. The World Meteorological Organization (WMO) has confirmed 2024 as the warmest year on record, about 1.55°C above the 1850–1900 average.[^2] On top of this trend, El Niño — a periodic warming of the surface of the Pacific Ocean — added heat to the whole planet in 2023–24.
p-behind-the-local-heat = مقامی گرمی کے پیچھے ایک عالمی رجحان ہے۔ فضا میں کاربن ڈائی آکسائیڈ (CO₂) کی مقدار 420 پارٹس فی ملین (ppm) سے تجاوز کر چکی ہے، جو صنعتی دور سے پہلے تقریباً 280 ppm تھی، اور یہ اضافی CO₂ وہ حرارت روک لیتی ہے جو بصورتِ دیگر خلا میں نکل جاتی۔ عالمی موسمیاتی تنظیم (WMO) نے تصدیق کی ہے کہ 2024 اب تک کا گرم ترین سال تھا، جب درجۂ حرارت 1850–1900 کے اوسط سے تقریباً 1.55°C زیادہ رہا۔[^2] اس رجحان کے اوپر ال نینو (El Niño) — بحرالکاہل کی سطح کے وقفے وقفے سے گرم ہونے کا عمل — نے 2023–24 میں پورے کرۂ ارض کی گرمی میں اضافہ کیا۔

# features: digits-western, digits-urdu, units, decimals-percent, hamza-forms
# en: Warming of 1.5°C sounds small, but averages hide extremes. A shift of the average by one or two degrees makes days above 45°C, which were once rare, several times more common. Pakistan produces less than 1% of the world's greenhouse gases, yet it is among the ten countries most affected by climate change.
p-warming-of-1-5 = 1.5°C کی گرمی سننے میں معمولی لگتی ہے، لیکن اوسط انتہاؤں کو چھپا لیتی ہے۔ اوسط میں ایک دو ڈگری کا فرق ۴۵ ڈگری سے زیادہ گرم دنوں کو، جو کبھی کبھار آتے تھے، کئی گنا عام کر دیتا ہے۔ دنیا کی گرین ہاؤس گیسوں میں پاکستان کا حصہ ۱ فیصد سے بھی کم ہے، پھر بھی یہ موسمیاتی تبدیلی سے سب سے زیادہ متاثر ہونے والے دس ممالک میں شامل ہے۔

# features: digits-urdu, dates, quotes-punct
# en: May 2024 in seven cities
h-may-2024-in-seven = مئی ۲۰۲۴ء: سات شہروں کا حال

# features: table-cell
# en: City
cell-city = شہر

# features: table-cell, digits-western, units
# en: Highest, May 2024 (°C)
cell-highest-may-2024-c = زیادہ سے زیادہ، مئی 2024 (°C)

# features: table-cell, units
# en: Normal May maximum (°C)
cell-normal-may-maximum-c = مئی کا معمول کا زیادہ سے زیادہ (°C)

# features: table-cell
# en: Difference
cell-difference = فرق

# features: table-cell
# en: Mohenjo-daro
cell-mohenjo-daro = موئن جو دڑو

# features: table-cell
# en: Jacobabad
cell-jacobabad = جیکب آباد

# features: table-cell
# en: Dadu
cell-dadu = دادو

# features: table-cell
# en: Turbat
cell-turbat = تربت

# features: table-cell
# en: Lahore
cell-lahore = لاہور

# features: table-cell
# en: Islamabad
cell-islamabad = اسلام آباد

# features: table-cell
# en: Karachi
cell-karachi = کراچی

# features: hamza-forms
# en: Seven steps in a heatwave
h-seven-steps-in-a = ہیٹ ویو میں بچاؤ کے سات طریقے

# features: digits-urdu, dashes, quotes-punct
# en: Drink water before you feel thirsty: an adult working outdoors needs 3–4 litres a day, more if sweating heavily.
li-drink-water-before-you = پیاس لگنے سے پہلے پانی پئیں: باہر کام کرنے والے کسی بالغ کو روزانہ ۳–۴ لیٹر پانی کی ضرورت ہوتی ہے، اور پسینہ زیادہ آئے تو اس سے بھی زیادہ۔

# features: digits-urdu, time
# en: Stay out of the sun between 11 a.m. and 4 p.m., the hottest hours of the day.
li-stay-out-of-the = دن کے گرم ترین اوقات، یعنی صبح ۱۱ بجے سے شام ۴ بجے تک، دھوپ سے دور رہیں۔

# features: none
# en: Wear loose, light-coloured cotton, and cover your head with a cap or a wet cloth.
li-wear-loose-light-coloured = ڈھیلے ڈھالے، ہلکے رنگ کے سوتی کپڑے پہنیں، اور سر کو ٹوپی یا گیلے کپڑے سے ڈھانپ کر رکھیں۔

# features: digits-urdu, digits-western, units, izafat, quotes-punct
# en: Never leave a child or an old person in a parked car; inside a closed car the temperature can rise by 10°C in 10 minutes.
li-never-leave-a-child = کسی بچے یا بزرگ کو کبھی کھڑی گاڑی میں اکیلا نہ چھوڑیں؛ بند گاڑی کے اندر درجۂ حرارت ۱۰ منٹ میں 10°C تک بڑھ سکتا ہے۔

# features: latin-words
# en: Keep ORS at home, and give it to anyone who has been vomiting or has diarrhoea in the heat.
li-keep-ors-at-home = گھر میں ORS رکھیں، اور گرمی میں قے یا دست کا شکار ہونے والے ہر فرد کو پلائیں۔

# features: digits-western, units, izafat
# en: Learn the signs of heatstroke (a body temperature above 40°C, confusion, hot and dry skin) and call 1122 at once if you see them.
li-learn-the-signs-of = ہیٹ اسٹروک کی علامات پہچانیں (جسم کا درجۂ حرارت 40°C سے زیادہ، ذہنی الجھن، گرم اور خشک جلد)، اور یہ علامات نظر آئیں تو فوراً 1122 پر کال کریں۔

# features: none
# en: Check on neighbours who live alone, especially the elderly, at least once a day.
li-check-on-neighbours-who = اکیلے رہنے والے پڑوسیوں، خصوصاً بزرگوں، کی دن میں کم از کم ایک بار خبر لیں۔

# features: latin-in-parens, quotes-punct
# en: The National Disaster Management Authority (NDMA) and the provincial disaster authorities issue heatwave advisories a few days in advance; they are worth reading, and worth passing on to those who do not read them.
p-the-national-disaster-management = نیشنل ڈیزاسٹر مینجمنٹ اتھارٹی (NDMA) اور صوبائی ڈیزاسٹر مینجمنٹ اتھارٹیز چند دن پہلے ہیٹ ویو کی وارننگ جاری کر دیتی ہیں؛ انہیں پڑھنا چاہیے، اور ان لوگوں تک پہنچانا بھی چاہیے جو انہیں نہیں پڑھتے۔

# features: latin-words, digits-western, units, dashes, page-cite, quotes-punct
# en: Vecellio and others, "Evaluating the 35°C wet-bulb temperature adaptability threshold for young, healthy subjects", *Journal of Applied Physiology*, vol. 132, 2022, pp. 340–345.
note-vecellio-and-others-evaluating = ویسیلیو اور دیگر، "Evaluating the 35°C wet-bulb temperature adaptability threshold for young, healthy subjects"، *Journal of Applied Physiology*، جلد 132، 2022، ص 340–345۔

# features: url-email, latin-words, digits-western, dates, quotes-punct
# en: WMO press release, 10 January 2025: https://wmo.int/news/media-centre/wmo-confirms-2024-warmest-year-record-about-155degc-above-pre-industrial-level
note-wmo-press-release-10 = WMO کی پریس ریلیز، 10 جنوری 2025: https://wmo.int/news/media-centre/wmo-confirms-2024-warmest-year-record-about-155degc-above-pre-industrial-level

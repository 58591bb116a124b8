# en: Multan: the City of Saints
title = ملتان: اولیاء کا شہر

# en: Multan, in southern Punjab, is one of the oldest living cities of South Asia. An encyclopedia-style overview.
summary = جنوبی پنجاب کا شہر ملتان جنوبی ایشیا کے قدیم ترین آباد شہروں میں سے ایک ہے۔ ایک دائرۃ المعارف طرز کا جائزہ۔

# en: **Multan** is a city in the Punjab province of Pakistan, on the eastern bank of the Chenab River. With a population of 2,215,381 (2023 census), it is the 7th largest city of Pakistan and the administrative centre of Multan District.[^census]
p-multan-is-a-city = **ملتان** پاکستان کے صوبہ پنجاب کا ایک شہر ہے جو دریائے چناب کے مشرقی کنارے پر واقع ہے۔ ‏22,15,381‏ کی آبادی کے ساتھ ‏(مردم شماری 2023ء)‏ یہ پاکستان کا ساتواں بڑا شہر اور ضلع ملتان کا انتظامی مرکز ہے۔[^census]

# en: Multan is known as the *City of Saints* because of the many Sufi shrines in and around it. It is also famous for its blue pottery, its mangoes and its heat: in June the temperature often passes 45 °C.
p-multan-is-known-as = ملتان کو بہت سے صوفی مزارات کی وجہ سے *اولیاء کا شہر* کہا جاتا ہے۔ یہ اپنی نیلی​کاشی کاری، آموں اور گرمی کے لیے بھی مشہور ہے: جون میں درجۂ حرارت اکثر ‏45 °C‏ سے بڑھ جاتا ہے۔

# en: History
h-history = تاریخ

# en: The city is mentioned in the accounts of Alexander the Great's campaign of 326 BC. Muhammad bin Qasim conquered it in 712 AD, and for centuries it was a centre of trade on the route between Persia and Delhi.[^history]
p-the-city-is-mentioned = اس شہر کا ذکر سکندرِ اعظم کی ‏326 ق م‏ کی مہم کے احوال میں ملتا ہے۔ محمد بن قاسم نے اسے ‏712ء‏ میں فتح کیا، اور صدیوں تک یہ فارس اور دہلی کے درمیان تجارتی راستے کا ایک مرکز رہا۔[^history]

# en: Population
h-population = آبادی

# en: Census
cell-census = مردم شماری

# en: Growth (per year)
cell-growth-per-year = اضافہ (سالانہ)

# en: Famous shrines
h-famous-shrines = مشہور مزارات

# en: The tomb of Shah Rukn-e-Alam (1320–1324)
li-the-tomb-of-shah = شاہ رکنِ عالمؒ کا مقبرہ ‏(1320ء–1324ء)‏

# en: The shrine of Bahauddin Zakariya (13th century)
li-the-shrine-of-bahauddin = حضرت بہاء الدین زکریاؒ کا مزار ‏(تیرھویں صدی)‏

# en: The shrine of Shams Tabrez, near the old fort
li-the-shrine-of-shams = شاہ شمس تبریزؒ کا مزار، پرانے قلعے کے قریب

# en: See also
h-see-also = مزید دیکھیے

# en: For more, see the article on the Multan Cricket Stadium, which can seat 35,000 people, and the Bahauddin Zakariya University (BZU), founded in 1975.
p-for-more-see-the = مزید کے لیے ملتان کرکٹ اسٹیڈیم پر مضمون دیکھیے، جس میں ‏35,000‏ افراد کے بیٹھنے کی گنجائش ہے، اور بہاء الدین زکریا یونیورسٹی ‎(BZU)‎ جو ‏1975ء‏ میں قائم ہوئی۔

# en: Pakistan Bureau of Statistics, *7th Population and Housing Census 2023*, p. 14.
note-pakistan-bureau-of-statistics = پاکستان بیورو آف شماریات، *ساتویں مردم و خانہ شماری 2023ء*، ص ‏14‏۔

# en: Ahmad Nabi Khan, *Multan: History and Architecture* (Islamabad, 1983), pp. 21–35.
note-ahmad-nabi-khan-multan = احمد نبی خان، *ملتان: تاریخ اور فنِ تعمیر* (اسلام آباد، 1983ء)، ص ‏21–35‏۔

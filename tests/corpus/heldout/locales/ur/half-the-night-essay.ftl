### Urdu translation of content/half-the-night-essay.md. Above each message, `# en:` records the English it was translated from.

# features: zwnj-zwj, quotes-punct
# en: At midnight: the night in Arabic, Persian and Urdu poetry
title = نیم‌شب: عربی، فارسی اور اردو شاعری میں رات

# features: quotes-punct
# en: An essay on how three poetic traditions have spent the night: as a trial, as a secret, and as a long wait.
summary = ایک مضمون اس بارے میں کہ تین شعری روایتوں نے رات کیسے بسر کی: آزمائش کے طور پر، راز کے طور پر، اور ایک طویل انتظار کے طور پر۔

# features: none
# en: Every classical poet has a night of his own. In Arabic poetry the night is a trial, in Persian it is a secret, and in Urdu it is very often simply waiting.
p-every-classical-poet-has = ہر کلاسیکی شاعر کی اپنی ایک رات ہوتی ہے۔ عربی شاعری میں رات آزمائش ہے، فارسی میں راز، اور اردو میں اکثر محض انتظار۔

# features: stacked-marks, verse-breaks, quotes-punct, arabic-quote
# en: Imru' al-Qais, long before Islam, compared the night to the waves of the sea:\
# en: "Many a night, like the waves of the sea, has let down its curtains over me\
# en: with every kind of sorrow, to test me."
p-imru-al-qais-long =
    امرؤ القیس نے، اسلام سے بہت پہلے، رات کو سمندر کی موجوں سے تشبیہ دی:\
    وَلَيْلٍ كَمَوْجِ الْبَحْرِ أَرْخٰى سُدُوْلَهُ\
    عَلَيَّ بِأَنْوَاعِ الْهُمُوْمِ لِيَبْتَلِيْ

# features: stacked-marks, zwnj-zwj, quotes-punct, arabic-quote
# en: Al-Mutanabbi, by contrast, claims the night as a companion: "The horses, the night and the desert know me, and the sword, the spear, the paper and the pen."
p-al-mutanabbi-by-contrast = اس کے برعکس متنبی رات کو اپنا ہم‌راز ساتھی کہتا ہے: «اَلْخَيْلُ وَاللَّيْلُ وَالْبَيْدَاءُ تَعْرِفُنِيْ ... وَالسَّيْفُ وَالرُّمْحُ وَالْقِرْطَاسُ وَالْقَلَمُ»

# features: quotes-punct
# en: Persian: the night that passes
h-persian-the-night-that = فارسی: گزر جانے والی رات

# features: zwnj-zwj, verse-breaks, quotes-punct
# en: For Hafez the night is a storm at sea that people on the shore cannot understand:\
# en: "A dark night, the fear of the waves and a whirlpool so terrible:\
# en: how would those travelling light on the shores know our state?"
p-for-hafez-the-night =
    حافظ کے ہاں رات سمندر کا طوفان ہے جسے ساحل پر کھڑے لوگ نہیں سمجھ سکتے:\
    شب تاریک و بیم موج و گردابی چنین هایل\
    کجا دانند حال ما سبکباران ساحل‌ها

# features: zwnj-zwj, quotes-punct
# en: In another ghazal the beloved comes at midnight, hair dishevelled, flushed and laughing, a song on the lips and a flask in hand, and "at midnight last night came to my pillow and sat down".
p-in-another-ghazal-the = ایک اور غزل میں محبوب آدھی رات کو آتا ہے، زلف‌آشفته و خوی‌کرده و خندان‌لب و مست، غزل‌خوان، ہاتھ میں صراحی لیے، اور «نیم‌شب دوش به بالین من آمد بنشست»۔

# features: zwnj-zwj, quotes-punct
# en: Saadi's night is the night of the caravan leaving before dawn: "O camel driver, go slowly, for the peace of my soul is leaving; the heart I had with me is leaving with the one who stole it."
p-saadi-s-night-is = سعدی کی رات اُس قافلے کی رات ہے جو پو پھٹنے سے پہلے کوچ کر جاتا ہے: «ای ساربان آهسته ران کآرام جانم می‌رود / وان دل که با خود داشتم با دلستانم می‌رود»

# features: quotes-punct
# en: Urdu: the night of waiting
h-urdu-the-night-of = اردو: انتظار کی رات

# features: poetry-signs, zwnj-zwj, verse-breaks, quotes-punct
# en: Urdu inherited all these nights, but made them more domestic. Ghalib's night is a sleepless one:\
# en: "There is a day appointed for death;\
# en: why then does sleep not come all night?"
p-urdu-inherited-all-these =
    اردو کو یہ ساری راتیں ورثے میں ملیں، مگر اس نے انہیں زیادہ گھریلو بنا دیا۔ غالبؔ کی رات بے‌خوابی کی رات ہے:\
    ؎ موت کا ایک دن معین ہے\
    نیند کیوں رات بھر نہیں آتی

# features: zwnj-zwj, quotes-punct
# en: The poets of our own age, Nasir Kazmi, Parveen Shakir and others, wrote the night of the city: the empty street, the late bus, the light left on in one window.
p-the-poets-of-our = ہمارے ہم‌عصر شاعروں، ناصر کاظمی، پروین شاکر اور دیگر نے شہر کی رات لکھی: خالی سڑک، دیر سے آنے والی بس، کسی ایک کھڑکی میں جلتی رہ جانے والی روشنی۔

# features: nfd, quotes-punct
# en: When, at the end of the night, the muezzin's call comes and the sky begins to change colour, the poet's night is over; but the echo of the song of the night remains. Perhaps that is why every generation looks for its own midnight, and says: let whoever comes, come, and whoever goes, go; this night will remain a dream.
p-when-at-the-end = جب رات کے آخری پہر مؤذن کی آواز آتی ہے اور آسمان کا رنگ بدلنے لگتا ہے تو شاعر کی رات تمام ہو جاتی ہے، مگر نغمۂ شب کی بازگشت باقی رہتی ہے۔ شاید اسی لیے ہر نسل اپنی آدھی رات خود ڈھونڈتی ہے اور کہتی ہے: جو آۓ سو آۓ، جو جاۓ سو جاۓ، یہ رات تو ایک خواب ہی رہے گی۔

# features: zwnj-zwj
# en: The night ends, but poetry keeps it. Read these lines aloud, late at night, and decide for yourself which night is yours.
p-the-night-ends-but = رات ختم ہو جاتی ہے، مگر شاعری اسے محفوظ رکھتی ہے۔ یہ سطریں نیم‌شب، بلند آواز سے پڑھیے، اور خود فیصلہ کیجیے کہ کون سی رات آپ کی ہے۔

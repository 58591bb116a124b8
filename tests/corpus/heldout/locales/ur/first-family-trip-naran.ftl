### Urdu translation of content/first-family-trip-naran.md. Above each message, `# en:` records the English it was translated from.

# features: emoji, zwj-emoji
# en: Our first family trip to Naran 👨‍👩‍👧🏔️
title = ہماری پہلی فیملی ٹرپ، ناران 👨‍👩‍👧🏔️

# features: digits-urdu, digits-western, decimals-percent, quotes-punct
# en: Seven hours for 80 km, a carsick four-year-old, and then Saif-ul-Malook at sunrise. Worth it? 100%!!!
summary = ۸۰ کلومیٹر کیلئے سات گھنٹے، گاڑی میں الٹیاں کرتی چار سال کی بیٹی، اور پھر طلوعِ آفتاب کے وقت سیف الملوک۔ worth it تھا؟ 100%!!!

# features: emoji, quotes-punct
# en: Salam everyone!!! 👋 Finally back from Naran and yaar, what a trip it was 😍😍
p-salam-everyone-finally-back = سلام سب کو!!! 👋 آخرکار ناران سے واپس آ گئے اور یار، کیا زبردست ٹرپ تھا 😍😍

# features: digits-urdu, emoji, zwj-emoji, roman-urdu
# en: It was our first family trip 👨‍👩‍👧 — me, my husband and our 4-year-old Zara. For three years hubby had been saying "next year pakka" 😂
p-it-was-our-first = یہ ہماری پہلی فیملی ٹرپ تھی 👨‍👩‍👧 — میں، میرے میاں اور ہماری ۴ سال کی زارا۔ میاں صاحب تین سال سے کہہ رہے تھے "agle saal pakka" 😂

# features: digits-urdu, emoji, roman-urdu
# en: We left Lahore at 4 in the morning. Empty motorway, chai at Bhera, parathas in Abbottabad... life set thi 👍🏽
p-we-left-lahore-at = ہم صبح ۴ بجے لاہور سے نکلے۔ خالی موٹروے، بھیرہ پر چائے، ایبٹ آباد میں پراٹھے... life set thi 👍🏽

# features: digits-western, quotes-punct
# en: But after Balakot, the road!!! Jeeps, trucks, tourists everywhere... 7 hours for 80 km?? Seriously??
p-but-after-balakot-the = لیکن بالاکوٹ کے بعد روڈ!!! جیپیں، ٹرک،، ہر طرف ٹورسٹ ہی ٹورسٹ... 80 کلومیٹر کیلئے 7 گھنٹے؟؟ سیریسلی؟؟

# features: emoji
# en: Zara was carsick twice 🤢 and I was thinking, why did we even come 😩
p-zara-was-carsick-twice = زارا کو دو بار گاڑی میں الٹی آئی 🤢 اور میں سوچ رہی تھی کہ آخر ہم آئے ہی کیوں 😩

# features: emoji, tatweel
# en: But then... Lake Saif-ul-Malook at sunrise 🏔️❤️ Honestly, no photo can show that colour. MashAllah MashAllah 🤲
p-but-then-lake-saif = لیکن پھر... طلوعِ آفتاب کے وقت جھیل سیف الملوک 🏔️❤️ سچ میں، کوئی تصویر وہ رنگ نہیں دکھا سکتی۔ ماشاءاللـــــہ ماشاءاللہ 🤲

# features: digits-urdu, digits-western, emoji, quotes-punct
# en: Tip 1: book the jeep a day before, it cost Rs 8,000 for the return trip. Tip 2: take warm clothes, even in June it was 9°C at night 🥶
p-tip-1-book-the = ٹپ نمبر 1: جیپ ایک دن پہلے بک کروا لیں، آنے جانے کے ۸۰۰۰ روپے لگے۔ ٹپ نمبر 2: گرم کپڑے ضرور لے جائیں، جون میں بھی رات کو 9°C تھا 🥶

# features: emoji
# en: The hotel was just okay 👎 the geyser didn't work and the wifi was only "for name" 😂
p-the-hotel-was-just = ہوٹل بس ٹھیک ٹھاک تھا 👎 گیزر خراب تھا اور وائی فائی صرف "نام کا" تھا 😂

# features: emoji, tatweel
# en: The local people are sooo nice ❤️ A shopkeeper uncle gave Zara free apricots and said "beti, phir aana" 🥹
p-the-local-people-are = وہاں کے لوگ بہـــــــت اچھے ہیں ❤️ ایک دکاندار انکل نے زارا کو مفت خوبانیاں دیں اور کہا "بیٹی، پھر آنا" 🥹

# features: emoji, repeated-spaces, quotes-punct
# en: Pakistan is so beautiful 🇵🇰🇵🇰 we really need to look after it. Please don't throw wrappers in the rivers!!!
p-pakistan-is-so-beautiful = پاکستان کتنا خوبصورت ہے 🇵🇰🇵🇰 ہمیں واقعی اس کا خیال رکھنا چاہیے۔  پلیز دریاؤں میں ریپر مت پھینکیں!!!

# features: emoji, quotes-punct, roman-urdu
# en: Have you been to Naran? Any tips for Hunza next year?? Comment karein 👇👇
p-have-you-been-to = آپ ناران گئے ہیں؟ اگلے سال ہنزہ کیلئے کوئی ٹپس؟؟ Comment karein 👇👇

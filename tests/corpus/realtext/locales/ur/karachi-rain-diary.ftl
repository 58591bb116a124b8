### Urdu translation of content/karachi-rain-diary.md. Above each message, `# en:` records the English it was translated from.

# features: emoji
# en: That rainy day in Karachi... 😔
title = کراچی کی بارش اور وہ دن... 😔

# features: digits-urdu, decimals-percent
# en: Six hours stuck on Shahrah-e-Faisal, a phone on 3% and one cup of tea that saved the day.
summary = شاہراہِ فیصل پر چھ گھنٹے، ۳٪ بیٹری والا فون اور ایک کپ چائے جس نے دن بچا لیا۔

# features: emoji, quotes-punct
# en: Assalam o alaikum friends!! 😀 I'm writing here after ages... sorry sorry, life got busy 🙏
p-assalam-o-alaikum-friends = السلام علیکم دوستو!! 😀 بڑے دنوں بعد یہاں کچھ لکھ رہی ہوں... سوری سوری، زندگی بہت مصروف ہو گئی تھی 🙏

# features: emoji, repeated-spaces
# en: So yesterday it rained in Karachi.  And when it rains in Karachi, you all know what happens 😭😭
p-so-yesterday-it-rained = تو جناب کل کراچی میں بارش ہوئی۔   اور جب کراچی میں بارش ہوتی ہے تو آپ سب کو پتہ ہے کیا ہوتا ہے 😭😭

# features: mark-at-start, digits-urdu, repeated-spaces, quotes-punct
# en: I left the office at half past 2. I thought I'd be home in forty minutes, just like every day. Big mistake!!!
p-i-left-the-office = میں ساڑھے ۲ّ بجے آفس سے نکلی۔ سوچا تھا روز کی طرح چالیس منٹ میں گھر پہنچ جاؤں گی۔  بہت بڑی غلطی!!!

# features: digits-urdu, decimals-percent, emoji, quotes-punct
# en: Six hours!!! Six whole hours on Shahrah-e-Faisal 🚗🚗🚗 The water was up to the knees, the bikes had switched off, and my phone battery was at 3% 💔
p-six-hours-six-whole = چھ گھنٹے!!! پورے چھ گھنٹے شاہراہِ فیصل پر 🚗🚗🚗 گھٹنوں تک پانی، بائیکیں بند، اور میرے فون کی بیٹری ۳٪ پر 💔💔

# features: emoji, tatweel, zwnj-zwj
# en: Then an uncle with a tea stall handed me a cup through the car window and refused to take any money. Honestly, the best tea of my life ☕ Uncle ji, may you live long ❤️
p-then-an-uncle-with = پھر خوش‌قسمتی سے ایک چائے والے انکل نے گاڑی کی کھڑکی سے ایک کپ پکڑایا اور پیسے لینے سے صاف انکار کر دیا۔ سچ میں، زندگی کی بہتـــــــــرین چائے ☕ انکل جی، اللہ آپ کو لمبی عمر دے ❤️

# features: digits-western, decimals-percent, emoji, quotes-punct
# en: Lessons learnt: ✓ keep a power bank in the car ✓ keep a bottle of water ✓ never trust the weather app → it said 20% chance of rain 😂
p-lessons-learnt-keep-a = سبق: ✓ گاڑی میں پاور بینک رکھیں ✓ پانی کی بوتل ساتھ رکھیں ✓ ویدر ایپ پر کبھی بھروسہ نہ کریں → اس نے بارش کا صرف 20% امکان بتایا تھا 😂

# features: emoji
# en: Karachi, I love you, but please fix your drains... 🇵🇰
p-karachi-i-love-you = کراچی، آئی لو یو، لیکن پلیز اپنے نالے تو ٹھیک کر لو… 🇵🇰

# features: emoji, tatweel, quotes-punct
# en: What's your rain story? Write it in the comments 👇 And thank you for reading ★★★★★
p-what-s-your-rain = آپ کی بارش والی کہانی کیا ہے؟؟ کمنٹس میں ضرور لکھیں 👇 اور پڑھنے کا بہت بہت شکریـــــہ ★★★★★

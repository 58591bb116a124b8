### Urdu translation of content/karachi-kings-beat-qalandars.md. Above each message, `# en:` records the English it was translated from.

# features: digits-western
# en: Karachi Kings post 245/7 and beat Lahore Qalandars by 24 runs
title = کراچی کنگز کے 245/7، لاہور قلندرز کو 24 رنز سے شکست

# features: digits-western, decimals-percent, quotes-punct
# en: Vince's hundred and a 9-ball 31 from Pollard; Fakhar Zaman fought alone as Lahore were all out in 19.4 overs.
summary = ونس کی سنچری اور پولارڈ کے 9 گیندوں پر 31 رنز؛ فخر زمان اکیلے لڑتے رہے، لاہور کی پوری ٹیم 19.4 اوورز میں آؤٹ۔

# features: digits-western, arabic-letters
# en: Karachi Kings beat Lahore Qalandars by 24 runs in a high-scoring PSL match at the National Stadium on Saturday night and kept their hopes of the playoffs alive.
p-karachi-kings-beat-lahore = كراچی كنگز نے ہفتے کی رات نیشنل سٹیڈیم میں کھیلے گئے پی ایس ایل کے ہائی سکورنگ میچ میں لاہور قلندرز کو 24 رنز سے ہرا کر پلے آف میں پہنچنے کی امیدیں زندہ رکھیں۔

# features: digits-western
# en: Sent in to bat, Karachi made 245/7, the second-highest total of the season. James Vince scored 101 off 52 balls, with 11 fours and 4 sixes.
p-sent-in-to-bat = ٹاس ہارنے کے بعد بیٹنگ کرتے ہوئے کراچی نے 7 وکٹوں کے نقصان پر 245 رنز بنائے، جو اس سیزن کا دوسرا سب سے بڑا سکور ہے۔ جیمز ونس نے 52 گیندوں پر 101 رنز بنائے جن میں 11 چوکے اور 4 چھکے شامل تھے۔

# features: digits-urdu
# en: At the end, Kieron Pollard hit 31 off just 9 balls, including three sixes in a row off Haris Rauf in the 19th over.
p-at-the-end-kieron = آخر میں کیرون پولارڈ نے صرف ۹ گیندوں پر ۳۱ رنز بنائے، جن میں ۱۹ویں اوور میں حارث رؤف کو لگاتار تین چھکے بھی شامل تھے۔

# features: digits-western
# en: Shaheen Shah Afridi took 3/38 in his four overs, but the other bowlers went for more than 12 an over.
p-shaheen-shah-afridi-took = شاہین شاہ آفریدی نے اپنے چار اوورز میں 38 رنز دے کر 3 وکٹیں (3/38) لیں، لیکن باقی بولرز کو 12 رنز فی اوور سے بھی زیادہ کی مار پڑی۔

# features: none
# en: Lahore's chase
h-lahore-s-chase = لاہور کا تعاقب

# features: digits-western, decimals-percent, repeated-spaces
# en: Lahore needed 246 at a required rate of 12.30. After 8 overs they were 66/2, a run rate of 8.25, while the required rate had climbed to 15.00.
p-lahore-needed-246-at = لاہور کو جیت کیلئے 246 رنز درکار تھے، یعنی مطلوبہ رن ریٹ 12.30۔  8 اوورز کے بعد سکور 66/2 تھا اور رن ریٹ 8.25، جبکہ مطلوبہ رن ریٹ بڑھ کر 15.00 ہو چکا تھا۔

# features: digits-western, latin-stop
# en: Fakhar Zaman fought alone with 88 off 41 balls, but when he was caught at long-on in the 16th over (score 172/6), the match was as good as over.
p-fakhar-zaman-fought-alone = فخر زمان نے 41 گیندوں پر 88 رنز کی اننگز کھیل کر تنہا مقابلہ کیا، مگر جب وہ 16ویں اوور میں لانگ آن پر کیچ ہوئے (سکور 172/6) تو میچ عملاً ختم ہو چکا تھا.

# features: digits-western, decimals-percent
# en: Lahore were all out for 221 in 19.4 overs. Hasan Ali took 4/41 for Karachi, and Mir Hamza 2/33.
p-lahore-were-all-out = لاہور کی پوری ٹیم 19.4 اوورز میں 221 رنز بنا کر آؤٹ ہو گئی۔ کراچی کی جانب سے حسن علی نے 41 رنز کے عوض 4 اور میر حمزہ نے 33 رنز دے کر 2 وکٹیں حاصل کیں (4/41، 2/33)۔

# features: digits-western, quotes-punct
# en: Karachi captain Shan Masood said: "On this pitch even 245 is never safe, but the boys held their nerve. Full credit to Vince!"
p-karachi-captain-shan-masood = کراچی کے کپتان شان مسعود نے کہا: “اس پچ پر 245 بھی کبھی محفوظ نہیں ہوتے، لیکن لڑکوں نے اعصاب قابو میں رکھے۔ ونس کو پورا کریڈٹ!”

# features: digits-western, latin-in-parens, quotes-punct
# en: James Vince was named player of the match. Karachi now have 8 points from 8 matches; their next match is against Islamabad United on Tuesday at 7:00 pm (PST).
p-james-vince-was-named = جیمز ونس کو میچ کا بہترین کھلاڑی قرار دیا گیا۔ کراچی کے اب 8 میچوں میں 8 پوائنٹس ہیں؛ اس کا اگلا میچ منگل کو شام 7:00 بجے (PST) اسلام آباد یونائیٹڈ کے خلاف ہو گا۔

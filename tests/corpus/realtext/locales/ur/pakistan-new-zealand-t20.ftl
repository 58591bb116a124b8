### Urdu translation of content/pakistan-new-zealand-t20.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu
# en: Pakistan beat New Zealand by four wickets in a Rawalpindi thriller
title = راولپنڈی میں سنسنی خیز مقابلہ، پاکستان نے نیوزی لینڈ کو ۴ وکٹوں سے ہرا دیا

# features: digits-urdu, digits-western, decimals-percent, quotes-punct
# en: Chasing 179, Pakistan got home in 19.4 overs; Babar Azam made 68 off 44 balls.
summary = ۱۷۹ رنز کے ہدف کے تعاقب میں پاکستان نے 19.4 اوورز میں میچ جیت لیا؛ بابر اعظم نے ۴۴ گیندوں پر ۶۸ رنز بنائے۔

# features: digits-western, quotes-punct
# en: RAWALPINDI: Pakistan beat New Zealand by four wickets in the second T20 International on Saturday, reaching the target of 179 with two balls to spare.
p-rawalpindi-pakistan-beat-new = راولپنڈی: پاکستان نے ہفتے کو دوسرے ٹی ٹوئنٹی انٹرنیشنل میں نیوزی لینڈ کو چار وکٹوں سے شکست دے دی اور 179 رنز کا ہدف دو گیندیں قبل حاصل کر لیا۔

# features: digits-urdu, digits-western
# en: Put in to bat, New Zealand made 178/7 in their 20 overs. Mark Chapman top-scored with 57 off 38 balls, including 4 sixes.
p-put-in-to-bat = پہلے بیٹنگ کی دعوت ملنے پر نیوزی لینڈ نے مقررہ ۲۰ اوورز میں ۱۷۸/۷ رنز بنائے۔ مارک چیپمین 38 گیندوں پر 57 رنز کے ساتھ نمایاں رہے جن میں 4 چھکے شامل تھے۔

# features: mark-at-start, digits-urdu, decimals-percent
# en: Shaheen Shah Afridi took 3 wickets for 31 runs at an economy rate of 7.75, while Naseem Shah took 2 for 29.
p-shaheen-shah-afridi-took = شاہین شاہ آفریدی نے ۳۱ رنز دے کر ۳ وکٹیں حاصل کیں اور ان کا اکانومی ریٹ ۷٫۷۵ رہا، جبکہ نسیم شاہ نے ۲۹ رنز کے عوض ۲ّ وکٹیں لیں۔

# features: digits-western, decimals-percent, quotes-punct
# en: Pakistan's start was poor: at 45/3 after 6.2 overs, the required run rate had climbed to 9.5 an over.
p-pakistan-s-start-was = پاکستان کا آغاز اچھا نہیں تھا: 6.2 اوورز کے بعد اسکور 45/3 تھا اور مطلوبہ رن ریٹ 9.5 فی اوور تک جا پہنچا۔

# features: digits-urdu, digits-western, decimals-percent
# en: Then Babar Azam (68 off 44 balls, strike rate 154.54) and Iftikhar Ahmed added 92 runs for the fifth wicket.
p-then-babar-azam-68 = پھر بابر اعظم (۴۴ گیندوں پر ۶۸ رنز، اسٹرائیک ریٹ 154.54) اور افتخار احمد نے پانچویں وکٹ کے لیے ۹۲ رنز کی شراکت قائم کی۔

# features: digits-urdu, digits-western, decimals-percent, emoji, tatweel, quotes-punct
# en: With 8 needed off the last over, Iftikhar hit a six off the fourth ball and the match ended at 19.4 overs. 🇵🇰👍 What a finish!!
p-with-8-needed-off = آخری اوور میں ۸ رنز درکار تھے، افتخار نے چوتھی گیند پر چھکا لگایا اور میچ 19.4 اوورز میں ختم ہو گیا۔ 🇵🇰👍 زبردســـــت!!

# features: digits-western, dates, quotes-punct
# en: Babar Azam was named player of the match. The five-match series is now level at 1-1; the third match is in Lahore on 2024-04-25.
p-babar-azam-was-named = بابر اعظم کو پلیئر آف دی میچ قرار دیا گیا۔ پانچ میچوں کی سیریز اب 1-1 سے برابر ہے؛ تیسرا میچ 2024-04-25 کو لاہور میں کھیلا جائے گا۔

# features: digits-urdu, decimals-percent, latin-in-parens
# en: The Pakistan Cricket Board (PCB) said ticket sales for the series were up 35% on last year.
p-the-pakistan-cricket-board = پاکستان کرکٹ بورڈ (PCB) کے مطابق سیریز کے ٹکٹوں کی فروخت میں گزشتہ سال کے مقابلے میں ۳۵٪ اضافہ ہوا۔

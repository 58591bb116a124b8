### Urdu translation of content/walled-city-lahore.md. Above each message, `# en:` records the English it was translated from.

# features: none
# en: A morning in the Walled City of Lahore
title = اندرونِ لاہور میں ایک صبح

# features: nfd, quotes-punct
# en: From Delhi Gate to Wazir Khan Mosque: the old city's lanes, sounds and stories, as a visitor sees them today.
summary = دہلی دروازے سے مسجد وزیر خان تک: پرانے شہر کی گلیاں، آوازیں اور کہانیاں، جیسے آج کا سیاح انہیں دیکھتا ہے۔

# features: nfd
# en: I entered the Walled City through Delhi Gate at seven in the morning. The sky was clear, the shops were still closed, and the only sound was the call to prayer from the mosque.
p-i-entered-the-walled = میں صبح سات بجے دہلی دروازے سے اندرونِ شہر میں داخل ہوا۔ آسمان صاف تھا، دکانیں ابھی بند تھیں، اور مسجد سے مؤذن کی اذان کے سوا کوئی آواز نہ تھی۔

# features: none
# en: Wazir Khan Mosque
h-wazir-khan-mosque = مسجد وزیر خان

# features: digits-urdu, dates, nfd, zwnj-zwj
# en: Wazir Khan Mosque was built in 1634-35, in the reign of Shah Jahan. Its tile work has a colour and an effect that photographs cannot capture. A historian friend says that no other building in the subcontinent has tiles like these.
p-wazir-khan-mosque-was = مسجد وزیر خان ۱۶۳۴-۳۵ء (۱۰۴۴ہ‍) میں شاہ جہاں کے دور میں تعمیر ہوئی۔ اس کی کاشی کاری کے رنگ اور تأثیر کو تصویریں قید نہیں کر سکتیں۔ ایک مؤرخ دوست کہتے ہیں کہ برصغیر میں کسی اور عمارت میں ایسی ٹائلیں نہیں۔

# features: latin-in-parens, nfd, quotes-punct
# en: The restoration by the Walled City of Lahore Authority (WCLA) and the Aga Khan Trust for Culture has brought back the original face of the square in front of the mosque. Come, sit on the steps for a while, and you will forget the time.
p-the-restoration-by-the = والڈ سٹی آف لاہور اتھارٹی (WCLA) اور آغا خان ٹرسٹ فار کلچر کی بحالی کے کام نے مسجد کے سامنے والے چوک کا اصل چہرہ واپس لوٹا دیا ہے۔ آئیے، کچھ دیر سیڑھیوں پر بیٹھیے، وقت کا پتہ ہی نہیں چلے گا؛ جو بھی آۓ یہیں کا ہو جاۓ۔

# features: none
# en: Shahi Hammam and the lanes
h-shahi-hammam-and-the = شاہی حمام اور گلیاں

# features: nfd, quotes-punct
# en: Next to it is the Shahi Hammam, the royal bath. Its frescoes had almost disappeared under the whitewash of later centuries; now the ceiling looks as if it had been painted yesterday.
p-next-to-it-is = اس کے ساتھ ہی شاہی حمام ہے۔ بعد کی صدیوں کی سفیدی کے نیچے اس کے نقش و نگار تقریباً مٹ چکے تھے؛ اب چھت ایسی لگتی ہے جیسے کل ہی رنگی گئی ہو۔ یہ بحالی واقعی ایک نقطۂ آغاز ہے۔

# features: nfd, quotes-punct
# en: In the narrow lanes every step brings a new smell: fresh *kulchas*, rosewater, new cloth. A shopkeeper in Kashmiri Bazaar said: "Come again, sir, in the evening; then you will see the real Lahore."
p-in-the-narrow-lanes = تنگ گلیوں میں ہر قدم پر نئی خوشبو آتی ہے: تازہ *کلچے*، عرقِ گلاب، نیا کپڑا۔ کشمیری بازار کے ایک دکاندار نے کہا: ”صاحب، شام کو دوبارہ آئیے گا؛ تب آپ اصل لاہور دیکھیں گے۔“

# features: digits-urdu, dates, nfd, quotes-punct
# en: A neighbourhood elder told me that his family has lived in the same house since Independence Day, 14 August 1947, and that every generation has argued about whether to sell it. "How can you sell a house where your grandmother prayed?" he asked.
p-a-neighbourhood-elder-told = محلے کے ایک بزرگ نے بتایا کہ ان کا خاندان یومِ آزادی، ۱۴ اگست ۱۹۴۷ء سے اسی گھر میں آباد ہے، اور ہر نسل میں اسے بیچنے پر بحث ہوتی آئی ہے۔ ”جس گھر میں دادی اماں نے نماز پڑھی ہو، وہ کیسے بیچا جاۓ؟“ انہوں نے پوچھا۔

# features: honorific-detached, nfd
# en: On the way back I stopped at the shrine of Data Ganj Bakhsh (may Allah have mercy on him). Whoever comes to Lahore does not leave without going there.
p-on-the-way-back = واپسی پر میں داتا گنج بخش ؒ کے مزار پر رکا۔ جو لاہور آتا ہے، وہاں حاضری دیے بغیر نہیں جاتا۔

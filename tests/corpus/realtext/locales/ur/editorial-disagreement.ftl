### Urdu translation of content/editorial-disagreement.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: Editorial: the lost etiquette of disagreement
title = اداریہ: اختلاف کے وہ آداب جو ہم بھول گئے

# features: quotes-punct
# en: Our great scholars differed on hundreds of questions without calling each other names. Why can we not?
summary = ہمارے اکابر نے سینکڑوں مسائل پر اختلاف کیا مگر ایک دوسرے کو برا بھلا نہیں کہا۔ ہم ایسا کیوں نہیں کر سکتے؟

# features: repeated-spaces, quotes-punct
# en: Turn on any television talk show in the evening and you will see the same scene: raised voices, interruptions, accusations. Disagreement has become a contest in our society, not a conversation.
p-turn-on-any-television = شام کو کوئی بھی ٹی وی ٹاک شو لگا لیجیے، ایک ہی منظر دکھائی دے گا: اونچی آوازیں، بات کاٹنا، الزامات۔  ہمارے معاشرے میں اختلاف گفتگو نہیں، مقابلہ بن چکا ہے۔

# features: stacked-marks, digits-arabic, quotes-punct, arabic-quote
# en: The Quran sets the principle in four words: "There is no compulsion in religion; the right way has become distinct from the wrong." (Al-Baqarah 2:256)
p-the-quran-sets-the = قرآنِ مجید نے اصول چار لفظوں میں طے کر دیا ہے: «لَا إِكْرَاهَ فِي الدِّينِ ۖ قَد تَّبَيَّنَ الرُّشْدُ مِنَ الْغَيِّ ۚ» یعنی ”دین میں کوئی زبردستی نہیں؛ ہدایت گمراہی سے واضح ہو چکی ہے۔“ (البقرۃ: ٢٥٦)

# features: stacked-marks, digits-arabic, quotes-punct, arabic-quote
# en: And for debate it commands: "Argue with them in the way that is best." (An-Nahl 16:125)
p-and-for-debate-it = اور بحث کے لیے حکم دیا: «وَجَادِلْهُم بِالَّتِي هِيَ أَحْسَنُ ۚ» یعنی ”اُن سے بہترین طریقے سے بحث کرو۔“ (النحل: ١٢٥)

# features: stacked-marks, salawat, digits-arabic, quotes-punct, arabic-quote
# en: The Prophet Muhammad ﷺ, the Messenger of Allah, listened even to his fiercest opponents to the end. When Utbah ibn Rabi'ah came to him with an offer, he heard him out in silence and only then recited his answer.
p-the-prophet-muhammad-the = «مُحَمَّدٌ رَّسُوْلُ اللّٰهِ» (الفتح: ٢٩) — اللہ کے رسول حضرت محمد ﷺ اپنے سخت ترین مخالفین کی بات بھی آخر تک سنتے تھے۔ جب عتبہ بن ربیعہ ایک پیشکش لے کر آیا تو آپ ﷺ نے خاموشی سے اس کی پوری بات سنی، اور اس کے بعد ہی جواب میں تلاوت فرمائی۔

# features: honorific-attached, stacked-marks, quotes-punct, arabic-quote
# en: Imam Shafi'i (may Allah have mercy on him) is reported to have said: "My opinion is right but may be wrong; the opinion of others is wrong but may be right."
p-imam-shafi-i-may = امام شافعیؒ سے منقول ہے: «رَأْيِي صَوَابٌ يَحْتَمِلُ الْخَطَأَ، وَرَأْيُ غَيْرِي خَطَأٌ يَحْتَمِلُ الصَّوَابَ» یعنی ”میری رائے درست ہے مگر اس میں غلطی کا احتمال ہے؛ دوسروں کی رائے غلط ہے مگر اس میں درستی کا احتمال ہے۔“

# features: honorific-attached, honorific-detached, stacked-marks, quotes-punct, arabic-quote
# en: Imam Abu Hanifa and Imam Malik (may Allah have mercy on them both) differed on many questions, yet each spoke of the other with the greatest respect. Hazrat Umar (may Allah be pleased with him) would say: "May Allah have mercy on the one who shows me my faults."
p-imam-abu-hanifa-and = امام ابو حنیفہ ؒ اور امام مالکؒ نے بہت سے مسائل پر اختلاف کیا، حتی ٰ کہ بعض اوقات ایک ہی مسئلے پر ان کی رائے بالکل مختلف ہوتی، مگر ہر ایک نے دوسرے کا ذکر انتہائی احترام سے کیا۔ حضرت عمر ؓ فرمایا کرتے تھے: «رَحِمَ اللّٰهُ امْرَأً أَهْدٰى إِلَيَّ عُيُوْبِيْ» یعنی ”اللہ اُس شخص پر رحم کرے جو مجھے میرے عیب دکھائے۔“

# features: digits-urdu, zwnj-zwj, quotes-punct
# en: That is the tradition we claim as ours. Our schools teach *Islamiat* from class 3 to class 12; perhaps it is time the lessons also taught how to disagree.
p-that-is-the-tradition = یہی وہ روایت ہے جسے ہم اپنی کہتے ہیں۔ ہمارے اسکولوں میں جماعت ۳ سے جماعت ۱۲ تک *اسلامیات* پڑھائی جاتی ہے؛ شاید اب وقت آ گیا ہے کہ ان اسباق میں اختلاف کرنے کا سلیقہ بھی سکھایا جائے۔ یہ ہم سب کی ذمہ‌داری ہے۔

# features: quotes-punct
# en: We do not ask anyone to give up their views. We only ask: listen first; answer with an argument, not an insult; and remember that the person in front of you may also be right.
p-we-do-not-ask = ہم کسی سے اپنے نظریات چھوڑنے کو نہیں کہتے۔ ہماری گزارش صرف اتنی ہے: پہلے سنیے؛ جواب دلیل سے دیجیے، گالی سے نہیں؛ اور یاد رکھیے کہ سامنے والا بھی درست ہو سکتا ہے۔

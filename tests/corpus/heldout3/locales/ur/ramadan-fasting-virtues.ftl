### Urdu translation of content/ramadan-fasting-virtues.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, dates, quotes-punct
# en: Ramadan 1445 AH: why Muslims fast, and what the fast asks of us
title = رمضان المبارک ۱۴۴۵ھ: مسلمان روزہ کیوں رکھتے ہیں، اور روزہ ہم سے کیا مانگتا ہے؟

# features: salawat, honorific-attached
# en: What the Quran, the Prophet (peace be upon him) and his companions said about the month of fasting.
summary = ماہِ صیام کے بارے میں قرآنِ مجید، نبی کریم ﷺ اور صحابہ کرامؓ نے کیا فرمایا۔

# features: digits-urdu, dates, quotes-punct, nfd
# en: The month of Ramadan 1445 AH begins in Pakistan on Tuesday, 12 March 2024: the Central Ruet-e-Hilal Committee announced on Monday evening that the moon had been sighted.
p-the-month-of-ramadan = پاکستان میں رمضان المبارک ۱۴۴۵ھ کا آغاز منگل ۱۲ مارچ ۲۰۲۴ء سے ہو رہا ہے؛ مرکزی رؤیتِ ہلال کمیٹی نے پیر کی شام چاند نظر آنے کا اعلان کیا۔

# features: none
# en: The command to fast
h-the-command-to-fast = روزے کا حکم

# features: quotes-punct
# en: Allah says in the Quran:
p-allah-says-in-the = اللہ تعالیٰ قرآنِ مجید میں فرماتا ہے:

# features: arabic-quote, stacked-marks, digits-urdu, quotes-punct, nfd
# en: O you who believe, fasting is prescribed for you as it was prescribed for those before you, so that you may become mindful of God. (Al-Baqarah 2:183)
quote-o-you-who-believe = ﴿يَا أَيُّهَا الَّذِينَ آمَنُوا كُتِبَ عَلَيْكُمُ الصِّيَامُ كَمَا كُتِبَ عَلَى الَّذِينَ مِن قَبْلِكُمْ لَعَلَّكُمْ تَتَّقُونَ﴾ ترجمہ: اے ایمان والو! تم پر روزے فرض کیے گئے جیسے تم سے پہلے لوگوں پر فرض کیے گئے تھے، تاکہ تم پرہیزگار بن جاؤ۔ (البقرہ: ۱۸۳)

# features: salawat, honorific-detached, digits-urdu
# en: Fasting was made obligatory in Sha'ban of the second year after the Hijrah. Before that, the Prophet Muhammad (peace be upon him) used to fast on the day of Ashura, the day on which Allah saved Moses (peace be upon him) from Pharaoh.
p-fasting-was-made-obligatory = روزہ ہجرت کے دوسرے سال (۲ھ) شعبان کے مہینے میں فرض ہوا۔ اس سے پہلے نبی کریم ﷺ عاشورہ کا روزہ رکھا کرتے تھے، یعنی وہ دن جب اللہ تعالیٰ نے حضرت موسیٰ ؑ کو فرعون سے نجات دی تھی۔

# features: salawat
# en: In the words of the Prophet (peace be upon him)
h-in-the-words-of = نبی کریم ﷺ کے ارشادات

# features: salawat, arabic-quote, stacked-marks, quotes-punct, footnote
# en: Abu Hurairah (may Allah be pleased with him) narrated that the Messenger of Allah (peace be upon him) said: "Whoever fasts in Ramadan out of faith and in hope of reward, his past sins will be forgiven."[^1]
p-abu-hurairah-may-allah = حضرت ابو ہریرہ رضی اللہ عنہ سے روایت ہے کہ رسول اللہ صلی اللہ علیہ وسلم نے فرمایا: «مَنْ صَامَ رَمَضَانَ إِيمَانًا وَاحْتِسَابًا غُفِرَ لَهُ مَا تَقَدَّمَ مِنْ ذَنْبِهِ» یعنی جس نے ایمان کے ساتھ اور ثواب کی نیت سے رمضان کے روزے رکھے، اس کے پچھلے گناہ معاف کر دیے جاتے ہیں۔[^1]

# features: salawat, honorific-attached, arabic-quote, stacked-marks, quotes-punct, footnote
# en: In another hadith he said: "Fasting is a shield."[^2] Umar ibn al-Khattab (may Allah be pleased with him) used to say that the fast is not only from food and drink, but from lying and idle talk.
p-in-another-hadith-he = ایک اور حدیث میں آپ ﷺ نے فرمایا: “اَلصِّيَامُ جُنَّةٌ” یعنی روزہ ڈھال ہے۔[^2] حضرت عمر فاروقؓ فرمایا کرتے تھے کہ روزہ صرف کھانے پینے سے نہیں بلکہ جھوٹ اور فضول باتوں سے بھی ہے۔

# features: quotes-punct
# en: Who is excused
h-who-is-excused = کن لوگوں کو رخصت ہے؟

# features: digits-urdu, quotes-punct
# en: the sick and travellers, who make up the missed days later (Al-Baqarah 2:184);
li-the-sick-and-travellers = بیمار اور مسافر، جو چھوٹے ہوئے روزے بعد میں قضا کریں گے (البقرہ: ۱۸۴)؛

# features: quotes-punct
# en: the very old who cannot fast at all, who instead feed one poor person for each day (*fidya*);
li-the-very-old-who = وہ بہت بوڑھے افراد جو روزہ رکھ ہی نہیں سکتے، وہ ہر روزے کے بدلے ایک مسکین کو کھانا کھلائیں (*فدیہ*)؛

# features: quotes-punct
# en: women who are pregnant or nursing, if they fear for their own health or the child's;
li-women-who-are-pregnant = حاملہ یا دودھ پلانے والی خواتین، اگر انہیں اپنی یا بچے کی صحت کا اندیشہ ہو؛

# features: none
# en: children who have not yet reached puberty.
li-children-who-have-not = وہ بچے جو ابھی بالغ نہیں ہوئے۔

# features: digits-urdu, decimals-percent
# en: This year the Council of Islamic Ideology has set the minimum *sadaqat-ul-fitr* at Rs 320 per person, the price of 2.25 kg of wheat flour. It should be paid before the Eid prayer so that the poor can celebrate too.
p-this-year-the-council = اس سال اسلامی نظریاتی کونسل نے *صدقۂ فطر* کی کم از کم شرح ۳۲۰ روپے فی کس مقرر کی ہے، جو ۲٫۲۵ کلو آٹے کی قیمت ہے۔ اسے نمازِ عید سے پہلے ادا کرنا چاہیے تاکہ غریب بھی عید کی خوشیوں میں شریک ہو سکیں۔

# features: digits-urdu, dates
# en: If the moon is sighted on the 29th, Eid al-Fitr, 1 Shawwal 1445 AH, will fall on Wednesday, 10 April 2024.
p-if-the-moon-is = اگر ۲۹ویں روزے کو چاند نظر آ گیا تو عید الفطر یکم شوال ۱۴۴۵ھ بمطابق بدھ ۱۰ اپریل ۲۰۲۴ء کو ہو گی۔

# features: digits-arabic, quotes-punct
# en: Sahih al-Bukhari, Book of Faith, hadith 38; Sahih Muslim, hadith 760.
note-sahih-al-bukhari-book = صحیح بخاری، کتاب الایمان، حدیث ٣٨؛ صحیح مسلم، حدیث ٧٦٠۔

# features: digits-arabic, arabic-letters
# en: Sahih al-Bukhari, Book of Fasting, chapter on the virtue of fasting, hadith 1894.
note-sahih-al-bukhari-book-2 = صحيح البخاري، كتاب الصوم، باب فضل الصوم، رقم الحديث ١٨٩٤

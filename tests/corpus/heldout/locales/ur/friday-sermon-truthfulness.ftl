### Urdu translation of content/friday-sermon-truthfulness.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: Friday sermon: truthfulness, the mark of a believer
title = خطبۂ جمعہ: سچائی، مومن کی پہچان

# features: salawat
# en: What the Quran, the Prophet ﷺ and the righteous teach about speaking the truth, in trade and in everyday life.
summary = تجارت اور روزمرہ زندگی میں سچ بولنے کے بارے میں قرآنِ مجید، نبی کریم ﷺ اور صالحین کی تعلیمات۔

# features: stacked-marks, quotes-punct, arabic-quote
# en: Praise be to Allah, Lord of the worlds, and blessings and peace upon His noble Messenger. To proceed:
quote-praise-be-to-allah = اَلْحَمْدُ لِلّٰهِ رَبِّ الْعٰلَمِيْنَ، وَالصَّلٰوةُ وَالسَّلَامُ عَلٰى رَسُوْلِهِ الْكَرِيْمِ، اَمَّا بَعْدُ!

# features: stacked-marks, digits-urdu, quotes-punct, arabic-quote
# en: Dear brothers, today's topic is truthfulness (*sidq*). Allah commands in the Holy Quran: "O you who believe, fear Allah and be with the truthful." (At-Tawbah 9:119)
p-dear-brothers-today-s = محترم بھائیو! آج کا موضوع ہے سچائی (*صدق*)۔ اللہ تعالیٰ قرآنِ مجید میں حکم فرماتا ہے: ﴿يٰٓاَيُّهَا الَّذِيْنَ اٰمَنُوا اتَّقُوا اللّٰهَ وَكُوْنُوْا مَعَ الصّٰدِقِيْنَ﴾ ”اے ایمان والو! اللہ سے ڈرو اور سچوں کے ساتھ ہو جاؤ۔“ (التوبہ: ۱۱۹)

# features: stacked-marks, digits-urdu, quotes-punct, arabic-quote
# en: And He says: "Do not mix the truth with falsehood, and do not hide the truth when you know it." (Al-Baqarah 2:42)
p-and-he-says-do = اور فرمایا: ﴿وَلَا تَلْبِسُوا الْحَقَّ بِالْبَاطِلِ وَتَكْتُمُوا الْحَقَّ وَاَنْتُمْ تَعْلَمُوْنَ﴾ ”اور حق کو باطل کے ساتھ نہ ملاؤ اور جانتے بوجھتے حق کو نہ چھپاؤ۔“ (البقرہ: ۴۲)

# features: stacked-marks, salawat, digits-arabic, quotes-punct, arabic-quote
# en: Even before prophethood, the people of Makkah called the Prophet ﷺ *al-Sadiq al-Amin*, the truthful, the trustworthy. He ﷺ said: "Hold on to truthfulness, for truthfulness leads to righteousness, and righteousness leads to Paradise." (Sahih Muslim, 2607)
p-even-before-prophethood-the = نبوت سے پہلے ہی اہلِ مکہ حضور نبی کریم ﷺ کو *الصادق الامین* یعنی سچا اور امانت دار کہتے تھے۔ آپ ﷺنے فرمایا: «عَلَيْكُمْ بِالصِّدْقِ، فَإِنَّ الصِّدْقَ يَهْدِي إِلَى الْبِرِّ، وَإِنَّ الْبِرَّ يَهْدِي إِلَى الْجَنَّةِ» یعنی ”سچ کو لازم پکڑو، کیونکہ سچ نیکی کی طرف لے جاتا ہے اور نیکی جنت کی طرف لے جاتی ہے۔“ (صحیح مسلم، ٢٦٠٧)

# features: honorific-detached, stacked-marks, digits-urdu, nfd, quotes-punct, arabic-quote
# en: In another hadith he (peace be upon him) said: "The truthful and trustworthy merchant will be with the prophets, the truthful and the martyrs." (Jami al-Tirmidhi, 1209)
p-in-another-hadith-he = ایک اور حدیث میں آپ ؐ نے ارشاد فرمایا: «التَّاجِرُ الصَّدُوقُ الْأَمِينُ مَعَ النَّبِيِّينَ وَالصِّدِّيقِينَ وَالشُّهَدَاءِ» یعنی ”سچا اور امانت دار تاجر انبیاء، صدیقین اور شہداء کے ساتھ ہو گا۔“ (جامع ترمذی، ۱۲۰۹)

# features: honorific-attached, honorific-detached, salawat, latin-stop
# en: Hazrat Abu Bakr (may Allah be pleased with him) was given the title *al-Siddiq* because on the morning after the Night Journey he affirmed the Prophet ﷺ without a moment's doubt. Hazrat Ali (may Allah be pleased with him) used to say that the tongue is a lion: let it loose and it will devour.
p-hazrat-abu-bakr-may = حضرت ابوبکرؓ کو *صدیق* کا لقب اس لیے ملا کہ واقعۂ معراج کی صبح انہوں نے ایک لمحے کے تردد کے بغیر نبی کریم صلی اللہ علیہ وسلم کی تصدیق کی۔ حضرت علی ؓ فرمایا کرتے تھے کہ زبان ایک درندہ ہے، اسے کھلا چھوڑ دو تو چیر پھاڑ کر رکھ دے.

# features: honorific-attached, stacked-marks, digits-arabic, quotes-punct, arabic-quote
# en: The Quran calls Hazrat Yusuf (peace be upon him) "the truthful one": "Yusuf, O truthful one!" (Yusuf 12:46)
p-the-quran-calls-hazrat = قرآنِ کریم حضرت یوسفؑ کو ”صدیق“ کہہ کر پکارتا ہے: ﴿يُوْسُفُ اَيُّهَا الصِّدِّيْقُ﴾ (سورۃ یوسف، آیت ٤٦)

# features: honorific-attached, honorific-detached
# en: Imam Abu Hanifa (may Allah have mercy on him) was a cloth merchant. Once his partner sold a piece of cloth with a defect without telling the buyer; the Imam gave that whole day's earnings away in charity.
p-imam-abu-hanifa-may = امام ابو حنیفہ ؒ کپڑے کے تاجر تھے۔ ایک بار ان کے شریک نے ایک عیب دار تھان خریدار کو بتائے بغیر بیچ دیا تو امام صاحبؒ نے اُس پورے دن کی آمدنی صدقہ کر دی۔

# features: none
# en: Speaking the truth with wisdom
h-speaking-the-truth-with = حکمت کے ساتھ حق بات کہنا

# features: honorific-attached, honorific-detached, stacked-marks, digits-arabic, quotes-punct, arabic-quote
# en: The truth must be spoken gently. When Allah sent Hazrat Musa and Hazrat Harun (peace be upon them) to Pharaoh, He said: "Speak to him gently, so that perhaps he may take heed or fear." (Ta-Ha 20:44)
p-the-truth-must-be = سچ نرمی سے کہنا چاہیے۔ اللہ تعالیٰ نے حضرت موسیٰؑ اور حضرت ہارون ؑ کو فرعون کے پاس بھیجا تو فرمایا: ﴿فَقُوْلَا لَهٗ قَوْلًا لَّيِّنًا لَّعَلَّهٗ يَتَذَكَّرُ اَوْ يَخْشٰى﴾ ”اُس سے نرمی سے بات کرنا، شاید وہ نصیحت قبول کرے یا ڈر جائے۔“ (سورۃ طٰہٰ، آیت ٤٤)

# features: stacked-marks, digits-urdu, quotes-punct, arabic-quote
# en: And: "O you who believe, fear Allah and speak words that are straight." (Al-Ahzab 33:70)
p-and-o-you-who = اور فرمایا: ﴿يٰٓاَيُّهَا الَّذِيْنَ اٰمَنُوا اتَّقُوا اللّٰهَ وَقُوْلُوْا قَوْلًا سَدِيْدًا﴾ ”اے ایمان والو! اللہ سے ڈرو اور سیدھی سچی بات کہا کرو۔“ (الاحزاب: ۷۰)

# features: none
# en: May Allah make us among the truthful, in our homes, our shops and our offices. Ameen.
p-may-allah-make-us = اللہ تعالیٰ ہمیں اپنے گھروں، دکانوں اور دفتروں میں سچوں میں شامل فرمائے۔ آمین ثم آمین یا رب العالمین۔

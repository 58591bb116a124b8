### Urdu translation of content/ramadan-mercy.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: Ramadan: the month of mercy, forgiveness and patience
title = رمضان المبارک: رحمت، مغفرت اور صبر کا مہینہ

# features: honorific-attached, salawat, quotes-punct
# en: What the Prophet ﷺ, his Companions and the saints taught about fasting, charity and the last ten nights.
summary = روزے، صدقے اور آخری عشرے کے بارے میں نبی کریم ﷺ، صحابۂ کرامؓ اور اولیائے کرام نے کیا سکھایا؟

# features: stacked-marks, arabic-quote
# en: In the name of Allah, the Most Gracious, the Most Merciful.
quote-in-the-name-of = بِسْمِ اللّٰهِ الرَّحْمٰنِ الرَّحِيْمِ

# features: stacked-marks, digits-arabic, quotes-punct, arabic-quote
# en: Allah says in the Holy Quran: "O you who believe, fasting has been prescribed for you as it was prescribed for those before you, so that you may become mindful of God." (Al-Baqarah 2:183)
p-allah-says-in-the = اللہ تعالیٰ قرآنِ مجید میں ارشاد فرماتا ہے: ﴿يٰٓاَيُّهَا الَّذِيْنَ اٰمَنُوْا كُتِبَ عَلَيْكُمُ الصِّيَامُ كَمَا كُتِبَ عَلَى الَّذِيْنَ مِنْ قَبْلِكُمْ لَعَلَّكُمْ تَتَّقُوْنَ﴾ ”اے ایمان والو! تم پر روزے فرض کیے گئے جیسے تم سے پہلے لوگوں پر فرض کیے گئے تھے، تاکہ تم پرہیزگار بن جاؤ۔“ (البقرۃ: ١٨٣)

# features: stacked-marks, salawat, digits-urdu, quotes-punct, arabic-quote
# en: The Holy Prophet ﷺ said: "Whoever fasts in Ramadan out of faith and in the hope of reward, his past sins are forgiven." (Sahih Bukhari, hadith 38)
p-the-holy-prophet-said = نبی کریم ﷺ نے ارشاد فرمایا: «مَنْ صَامَ رَمَضَانَ إِيمَانًا وَاحْتِسَابًا غُفِرَ لَهُ مَا تَقَدَّمَ مِنْ ذَنْبِهِ» یعنی ”جس نے ایمان کے ساتھ اور ثواب کی نیت سے رمضان کے روزے رکھے، اس کے پچھلے گناہ معاف کر دیے جاتے ہیں۔“ (صحیح بخاری، حدیث نمبر ۳۸)

# features: honorific-attached, honorific-detached
# en: Hazrat Abu Bakr Siddiq and Hazrat Umar Farooq (may Allah be pleased with them) would spend the nights of Ramadan in prayer, and in the day they would look for the poor of Madinah themselves.
p-hazrat-abu-bakr-siddiq = حضرت ابوبکر صدیقؓ اور حضرت عمر فاروق ؓ رمضان کی راتیں عبادت میں گزارتے، اور دن میں مدینہ منورہ کے غریبوں کو خود ڈھونڈ ڈھونڈ کر ان کی مدد کرتے تھے۔

# features: honorific-attached, honorific-detached
# en: Imam Hussain (peace be upon him) learned generosity from his mother Sayyida Fatima al-Zahra (may Allah be pleased with her), who would give away her own food at the time of breaking the fast.
p-imam-hussain-peace-be = امام حسینؑ نے سخاوت اپنی والدہ سیدہ فاطمۃ الزہرا ؓ سے سیکھی، جو افطار کے وقت اپنا کھانا بھی دوسروں کو دے دیا کرتی تھیں۔

# features: honorific-attached, honorific-detached
# en: Hazrat Ali Hujwiri, known as Data Ganj Bakhsh (may Allah have mercy on him), writes in *Kashf al-Mahjub* that the real fast is keeping the whole body away from sin, not only the stomach from food. Imam Ghazali (may Allah have mercy on him) says the same thing.
p-hazrat-ali-hujwiri-known = حضرت علی ہجویری المعروف داتا گنج بخش ؒ اپنی کتاب *کشف المحجوب* میں لکھتے ہیں کہ اصل روزہ صرف پیٹ کو کھانے سے نہیں بلکہ پورے جسم کو گناہ سے بچانا ہے۔ امام غزالیؒ بھی یہی فرماتے ہیں۔

# features: honorific-detached, salawat, digits-urdu, quotes-punct
# en: The Prophet (peace be upon him) would devote himself to worship in the last ten nights and would wake his family too. Seek Laylat al-Qadr in the odd nights: the 21st, 23rd, 25th, 27th and 29th.
p-the-prophet-peace-be = حضور اکرم صلی اللہ علیہ وسلم آخری عشرے میں عبادت کے لیے کمر کس لیتے، اور آپ ؐ اپنے گھر والوں کو بھی جگاتے تھے۔ شبِ قدر کو طاق راتوں یعنی ۲۱، ۲۳، ۲۵، ۲۷ اور ۲۹ ویں رات میں تلاش کرو؛ ﷲ تعالیٰ ہم سب کو توفیق دے، آمین!

# features: mark-at-start, salawat, verse-breaks, quotes-punct
# en: Hazrat Khwaja Moinuddin Chishti (may Allah have mercy on him) said:\
# en: "Whoever feeds a hungry person, God will feed him on the Day when no one has food."
p-hazrat-khwaja-moinuddin-chishti =
    حضرت خواجہ معین الدین چشتی\
    ؒ نے فرمایا:\
    ”جو کسی بھوکے کو کھانا کھلائے، ﷲ اسے اُس دن کھلائے گا جس دن کسی کے پاس کھانا نہ ہو گا۔“

# features: quotes-punct
# en: A note on the signs: the small marks after holy names
h-a-note-on-the = علامات کی وضاحت: مقدس ناموں کے بعد لکھے جانے والے چھوٹے نشان

# features: mark-at-start, salawat, quotes-punct
# en: ؐ after the Prophet's name: *sallallahu alaihi wa sallam*, "peace and blessings of Allah be upon him" (also written ﷺ).
li-after-the-prophet-s = ؐ نبی کریم کے نام کے بعد: *صلی اللہ علیہ وسلم*، یعنی ”آپ پر اللہ کی رحمت اور سلامتی ہو“ (اسے ﷺ بھی لکھا جاتا ہے)۔

# features: mark-at-start, quotes-punct
# en: ؓ after a Companion's name: *radi Allahu anhu*, "may Allah be pleased with him".
li-after-a-companion-s = ؓ کسی صحابی کے نام کے بعد: *رضی اللہ عنہ*، یعنی ”اللہ اُن سے راضی ہو“۔

# features: mark-at-start, quotes-punct
# en: ؒ after a saint's or scholar's name: *rahmatullah alaih*, "may Allah have mercy on him".
li-after-a-saint-s = ؒ کسی ولی یا عالم کے نام کے بعد: *رحمۃ اللہ علیہ*، یعنی ”اللہ اُن پر رحم فرمائے“۔

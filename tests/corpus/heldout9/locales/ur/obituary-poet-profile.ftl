### Urdu translation of content/obituary-poet-profile.md. Above each message, `# en:` records the English it was translated from.

# features: poetry-signs, digits-urdu, dates, dashes, quotes-punct
# en: Riaz Ahmad Sahar (1939–2023): the poet of the Rohi is gone
title = ریاض احمد سحرؔ (۱۹۳۹ء–۲۰۲۳ء): روہی کا شاعر رخصت ہوا

# features: hijri-date, dates, digits-urdu, digits-western, izafat, quotes-punct
# en: The Urdu and Saraiki poet, who taught at Sadiq Egerton College for 37 years, died in Bahawalpur on 12 Rabi al-Awwal 1445 AH (29 September 2023), aged 84. An appreciation.
summary = اردو اور سرائیکی کے شاعر، جنہوں نے صادق ایجرٹن کالج میں 37 برس پڑھایا، ۱۲ ربیع الاول ۱۴۴۵ھ / 29 ستمبر 2023ء کو بہاولپور میں انتقال کر گئے۔ ان کی عمر ۸۴ برس تھی۔ ایک خراجِ عقیدت۔

# features: hijri-date, dates, poetry-signs, izafat, arabic-quote, stacked-marks, digits-urdu, digits-western, quotes-punct
# en: Riaz Ahmad Sahar, the poet who gave the Cholistan desert a voice in Urdu, died in Bahawalpur on Friday, 12 Rabi al-Awwal 1445 AH (29 September 2023), after a long illness. He was 84. His funeral prayer was offered after Isha at the Eidgah, and he was buried in his family's graveyard in Ahmadpur East, beside his father. Inna lillahi wa inna ilayhi raji'un.
p-riaz-ahmad-sahar-the = چولستان کے صحرا کو اردو میں زبان دینے والے شاعر ریاض احمد سحرؔ طویل علالت کے بعد جمعۃ المبارک، ۱۲ ربیع الاول ۱۴۴۵ھ بمطابق 29 ستمبر 2023ء کو بہاولپور میں انتقال کر گئے۔ ان کی عمر ۸۴ برس تھی۔ ان کی نمازِ جنازہ عشا کے بعد عیدگاہ میں ادا کی گئی، اور انہیں احمد پور شرقیہ میں ان کے خاندانی قبرستان میں والد کے پہلو میں سپردِ خاک کیا گیا۔ إِنَّا لِلَّٰهِ وَإِنَّا إِلَيْهِ رَاجِعُونَ۔

# features: poetry-signs, repeated-spaces, quotes-punct
# en: He leaves his wife, Zubaida Khanum, two sons and a daughter, and several generations of students who will remember him reading Ghalib aloud in a voice that filled the old hall of Sadiq Egerton College without a microphone.
p-he-leaves-his-wife = پسماندگان میں بیوہ زبیدہ خانم، دو بیٹے اور ایک بیٹی،  اور شاگردوں کی کئی نسلیں شامل ہیں جو انہیں صادق ایجرٹن کالج کے پرانے ہال میں غالبؔ کو بلند آواز میں پڑھتے ہوئے یاد رکھیں گی، ایسی آواز میں جو مائیکروفون کے بغیر پورے ہال میں گونجتی تھی۔

# features: none
# en: A schoolmaster's son
h-a-schoolmaster-s-son = ایک استاد کا بیٹا

# features: poetry-signs, izafat, digits-urdu, dates, quotes-punct
# en: Sahar was born on 5 March 1939 in Ahmadpur East, then in the princely state of Bahawalpur, where his father taught Persian at the state high school. He learned Persian before English, and his father made him copy out a ghazal of Hafiz every evening before he was allowed to play. Seventy years later he could still recite pages of the *Diwan* from memory. His favourite couplet, which he quoted at every wedding, every mushaira and, his family says, on his last evening, was this:
p-sahar-was-born-on = سحرؔ صاحب ۵ مارچ ۱۹۳۹ء کو احمد پور شرقیہ میں پیدا ہوئے، جو اس وقت ریاست بہاولپور کا حصہ تھا، جہاں ان کے والد ریاستی ہائی اسکول میں فارسی پڑھاتے تھے۔ انہوں نے انگریزی سے پہلے فارسی سیکھی، اور والد صاحب کھیلنے کی اجازت دینے سے پہلے ہر شام ان سے حافظؔ کی ایک غزل نقل کرواتے تھے۔ ستر برس بعد بھی انہیں «دیوانِ حافظ» کے صفحوں کے صفحے زبانی یاد تھے۔ ان کا پسندیدہ شعر، جو وہ ہر شادی اور ہر مشاعرے میں سناتے تھے، اور گھر والوں کے بقول اپنی آخری شام بھی سنایا، یہ تھا:

# features: persian, verse-breaks, zwnj-zwj, arabic-letters
# en: ما در پیاله عکس رخ یار دیده‌ایم\
# en: ای بی‌خبر ز لذت شرب مدام ما
# same-as-source
quote-6649d535 =
    ما در پیاله عکس رخ یار دیده‌ایم\
    ای بی‌خبر ز لذت شرب مدام ما

# features: reversed-quotes, zwnj-zwj, izafat, poetry-signs, quotes-punct
# en: "We have seen the face of the Beloved reflected in the cup; you who know nothing of the joy of our endless drinking!" He liked to add that Hafiz was not talking about wine, and then to wink.
p-we-have-seen-the = ”ہم نے پیالے میں یار کے رخ کا عکس دیکھا ہے؛ اے ہماری دائمی مے نوشی کی لذت سے بے‌خبر!“ وہ یہ اضافہ کرنا پسند کرتے تھے کہ حافظؔ شراب کی بات نہیں کر رہے، اور پھر شرارت سے آنکھ دبا دیتے۔

# features: poetry-signs, izafat, digits-urdu, dates, quotes-punct
# en: He took his pen name, Sahar ("dawn"), at sixteen, after his first poem was printed in a Bahawalpur weekly. He studied at the University of the Punjab in Lahore, where he took his MA in Urdu in 1961, and in 1962 he joined the Urdu department of Government Sadiq Egerton College, Bahawalpur, which he did not leave until he retired as its head in 1999.
p-he-took-his-pen = سولہ برس کی عمر میں، جب ان کی پہلی نظم بہاولپور کے ایک ہفت روزہ میں چھپی، انہوں نے “سحرؔ” تخلص اختیار کیا۔ انہوں نے لاہور میں پنجاب یونیورسٹی سے ۱۹۶۱ء میں اردو میں ایم اے کیا، اور ۱۹۶۲ء میں گورنمنٹ صادق ایجرٹن کالج بہاولپور کے شعبۂ اردو سے وابستہ ہو گئے، جہاں سے ۱۹۹۹ء میں صدرِ شعبہ کی حیثیت سے ریٹائر ہونے تک وہ کہیں نہیں گئے۔

# features: none
# en: The poet of the Rohi
h-the-poet-of-the = روہی کا شاعر

# features: honorific-attached, quotes-punct
# en: Lahore wanted him to stay, and for a few years in the sixties his ghazals appeared in *Funoon* and *Auraq* beside those of poets who became far more famous. But he went home, and home became his subject. The Rohi, as the people of Bahawalpur call the Cholistan desert, runs through all his books: its sand, its wells, its camels, its cattle herders who move with the rain, and the silence of its nights. He was devoted to Khwaja Ghulam Farid, the Sufi poet of the Rohi, and translated a hundred of his Saraiki *kafis* into Urdu.
p-lahore-wanted-him-to = لاہور چاہتا تھا کہ وہ وہیں رہیں، اور ساٹھ کی دہائی میں کچھ برس ان کی غزلیں «فنون» اور «اوراق» میں ان شاعروں کے ساتھ چھپتی رہیں جو بعد میں ان سے کہیں زیادہ مشہور ہوئے۔ مگر وہ گھر لوٹ آئے، اور گھر ہی ان کا موضوع بن گیا۔ روہی، جیسا کہ بہاولپور کے لوگ چولستان کو کہتے ہیں، ان کی ہر کتاب میں بہتی ہے: اس کی ریت، اس کے کنویں، اس کے اونٹ، بارش کے پیچھے نقل مکانی کرنے والے اس کے چرواہے، اور اس کی راتوں کا سناٹا۔ وہ روہی کے صوفی شاعر خواجہ غلام فریدؒ کے عقیدت مند تھے، اور انہوں نے ان کی سو سرائیکی کافیوں کا اردو میں ترجمہ کیا۔

# features: quotes-punct
# en: His best-known ghazal, from his first book, is on the lips of every student in south Punjab:
p-his-best-known-ghazal = ان کی سب سے مشہور غزل، جو ان کی پہلی کتاب میں شامل ہے، جنوبی پنجاب کے ہر طالب علم کی زبان پر ہے:

# features: ghazal, verse-breaks, poetry-signs, quotes-punct
# en: A name written on the sand is all that is left,\
# en: a broken cup in the desert is all that is left.\
# en: The people of the city have all gone home;\
# en: only my unfinished work is left.\
# en: All night Sahar stayed up talking to the stars,\
# en: but when dawn came, only the blame was left.
quote-a-name-written-on =
    ریت پر لکھا ہوا اک نام باقی رہ گیا\
    دشت میں ٹوٹا ہوا اک جام باقی رہ گیا\
    شہر کے سب لوگ اپنے اپنے گھر کو جا چکے\
    بس مرا اک نامکمل کام باقی رہ گیا\
    رات بھر جاگا سحرؔ، تاروں سے باتیں کیں مگر\
    صبح آئی تو فقط الزام باقی رہ گیا

# features: honorific-attached, honorific-detached, reversed-quotes, quotes-punct
# en: He was a religious man without being a pious bore. He often quoted a saying attributed to Hazrat Ali (RA), "People are the enemies of what they do not know", and every Muharram he wrote a *salam* for Imam Hussain (AS), which was recited at the majlis in the old city.
p-he-was-a-religious = وہ دین دار آدمی تھے مگر خشک واعظ نہیں۔ وہ اکثر حضرت علیؓ سے منسوب یہ قول دہراتے تھے کہ ”لوگ اس چیز کے دشمن ہوتے ہیں جسے وہ نہیں جانتے“، اور ہر محرم میں امام حسین ؑ کے حضور ایک سلام لکھتے جو اندرونِ شہر کی مجلس میں پڑھا جاتا تھا۔

# features: none
# en: His books
h-his-books = ان کی کتابیں

# features: book-year, digits-urdu, dates, quotes-punct
# en: *Rait Par Likha Naam* (1968), ghazals
li-rait-par-likha-naam = «ریت پر لکھا نام» (۱۹۶۸ء)، غزلیں

# features: book-year, digits-urdu, dates, quotes-punct
# en: *Rohi de Dohray* (1976), Saraiki verse
li-rohi-de-dohray-1976 = «روہی دے دوہڑے» (۱۹۷۶ء)، سرائیکی شاعری

# features: book-year, izafat, digits-urdu, dates, quotes-punct
# en: *Chiragh-e-Sahra* (1985), ghazals and nazms
li-chiragh-e-sahra-1985 = «چراغِ صحرا» (۱۹۸۵ء)، غزلیں اور نظمیں

# features: book-year, honorific-written, digits-urdu, dates, quotes-punct
# en: *Farid Nama* (1995), a study of Khwaja Ghulam Farid, in prose
li-farid-nama-1995-a = «فرید نامہ» (۱۹۹۵ء)، خواجہ غلام فرید رحمۃ اللہ علیہ کی شاعری کا مطالعہ، نثر میں

# features: book-year, izafat, digits-western, dates, quotes-punct
# en: *Harf-e-Akhir* (2008), ghazals
li-harf-e-akhir-2008 = «حرفِ آخر» (2008ء)، غزلیں

# features: book-year, izafat, poetry-signs, digits-urdu, digits-western, dates, quotes-punct
# en: *Kulliyat-e-Sahar* (2019), collected poems, 1,184 pages
li-kulliyat-e-sahar-2019 = «کلیاتِ سحرؔ» (۲۰۱۹ء)، مجموعۂ کلام، 1,184 صفحات

# features: none
# en: In numbers, and beyond them
h-in-numbers-and-beyond = اعداد میں، اور اعداد سے آگے

# features: digits-mixed, digits-urdu, digits-western, dates, izafat, quotes-punct
# en: In his 37 years at the college he taught, by his own count, more than 9,000 students, and he supervised 14 MPhil theses after he retired. He published six books and about 1,200 ghazals, but he kept no copies of many poems he gave away on scraps of paper. He received the Pride of Performance in 2004, and said at the ceremony that the Rohi had written the poems, and he had only held the pen.
p-in-his-37-years = کالج میں اپنے 37 برسوں میں، خود ان کے حساب سے، انہوں نے ۹۰۰۰ سے زیادہ طلبہ کو پڑھایا، اور ریٹائرمنٹ کے بعد 14 ایم فل مقالوں کی نگرانی کی۔ ان کی ۶ کتابیں چھپیں اور لگ بھگ 1,200 غزلیں، مگر بہت سی نظمیں جو انہوں نے کاغذ کے پرزوں پر لکھ کر دوستوں کو دے دیں، ان کی کوئی نقل ان کے پاس نہیں تھی۔ 2004ء میں انہیں تمغۂ حسنِ کارکردگی ملا، اور تقریب میں انہوں نے کہا کہ نظمیں تو روہی نے لکھی ہیں، میں نے تو صرف قلم تھاما تھا۔

# features: quotes-punct
# en: "He was the last of them"
h-he-was-the-last = “وہ اس مکتب کے آخری آدمی تھے”

# features: digits-urdu, dates, quotes-punct
# en: Friends and students gathered at his house all of Saturday. The poet Professor Shahida Parveen, who was his student in 1975, said:
p-friends-and-students-gathered = ہفتے کا پورا دن دوست اور شاگرد ان کے گھر جمع ہوتے رہے۔ شاعرہ پروفیسر شاہدہ پروین، جو ۱۹۷۵ء میں ان کی شاگرد تھیں، نے کہا:

# features: quotes-punct
# en: "He taught us that a ghazal is not a decoration. Every couplet must carry something, like a camel in the Rohi carries water: nothing extra, and nothing spilled. He was the last of that school, and the desert is quieter today."
quote-he-taught-us-that = “انہوں نے ہمیں سکھایا کہ غزل سجاوٹ کی چیز نہیں۔ ہر شعر کچھ اٹھا کر چلے، جیسے روہی میں اونٹ پانی اٹھا کر چلتا ہے: نہ کچھ فالتو، نہ کچھ چھلکا ہوا۔ وہ اس مکتب کے آخری آدمی تھے، اور آج صحرا کچھ زیادہ خاموش ہے۔”

# features: arabic-letters, izafat, time, digits-urdu, digits-western, dates, quotes-punct
# en: The Chief Minister of Punjab and the Vice-Chancellor of the Islamia University of Bahawalpur also sent condolences to the family. A reference will be held at the Bahawalpur Arts Council on 8 October at 4 pm.
p-the-chief-minister-of = وزیرِ اعلیٰ پنجاب اور اسلاميہ يونيورسٹی بہاولپور كے وائس چانسلر نے بھی اہلِ خانہ سے تعزیت کی۔ ۸ اکتوبر کو سہ پہر 4 بجے بہاولپور آرٹس کونسل میں ان کی یاد میں تعزیتی ریفرنس منعقد ہوگا۔

# features: izafat, quotes-punct
# en: May God grant him a place in Paradise, and give his family patience.
p-may-god-grant-him = اللہ تعالیٰ مرحوم کو جنت الفردوس میں جگہ دے اور پسماندگان کو صبرِ جمیل عطا فرمائے۔ آمین۔

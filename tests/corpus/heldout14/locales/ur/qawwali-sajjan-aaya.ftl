### ur translation of content/qawwali-sajjan-aaya.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: Sajjan Aaya: the words of a Saraiki qawwali, with a commentary
title = سڄݨ آیا: ایک سرائیکی قوالی کے بول، شرح کے ساتھ

# en: The qawwali that closes the urs of Sain Sohna Bakhsh at Chowk Azam every year: its words with a translation, the Persian couplet the qawwals tie into it, and how the refrain is repeated.
summary = وہ قوالی جس پر ہر سال چوک اعظم میں سائیں سوہنا بخش کا عرس اختتام کو پہنچتا ہے: اس کے بول اور ان کا ترجمہ، وہ فارسی شعر جو قوال اس میں گرہ کے طور پر لگاتے ہیں، اور یہ کہ ٹیپ کے بول کس طرح دہرائے جاتے ہیں۔

# en: *A qawwal does not sing to the audience. He sings over its head, to the one the poem is addressed to.*\
# en: — Mehr Ali Nawaz, in conversation, 2019
quote-a-qawwal-does-not =
    { "*" }قوال سامعین کے لیے نہیں گاتا۔ وہ ان کے سروں کے اوپر سے، اُس کے لیے گاتا ہے جس سے کلام مخاطب ہے۔*\
    — مہر علی نواز، ایک گفتگو میں، 2019ء

# en: Every year on the 3<sup>rd</sup> and 4th of Rajab, the shrine of Sain Sohna Bakhsh (d. 1211 AH / 1796) at Chowk Azam, in Layyah District, fills with pilgrims for the saint's *urs*, the anniversary of his death. The last night belongs to the qawwals, and for twenty-two years it has ended with the same song: *Sajjaṇ āyā*, "The beloved has come", a Saraiki *kafi* by Sohna Bakhsh himself, sung by Mehr Ali Nawaz Qawwal and his party of eleven.
p-every-year-on-the = ہر سال ۳ اور ۴ رجب کو چوک اعظم، ضلع لیہ میں سائیں سوہنا بخش (وفات ۱۲۱۱ھ / 1796ء) کا مزار اُن کے *عرس*، یعنی برسی، پر آنے والے زائرین سے بھر جاتا ہے۔ آخری رات قوالوں کی ہوتی ہے، اور بائیس برس سے یہ رات ایک ہی کلام پر ختم ہوتی آ رہی ہے: *سڄݨ آیا*، یعنی ”محبوب آ گیا“، جو خود سوہنا بخش کی ایک سرائیکی *کافی* ہے اور جسے مہر علی نواز قوال اور ان کی گیارہ رکنی پارٹی گاتی ہے۔

# en: The words
h-the-words = کلام

# en: Below is the text as the party sings it, with the refrain (*asthāī*) written out each time it returns. The translation is ours; it follows the sense, not the metre.
p-below-is-the-text = ذیل میں کلام اسی طرح درج ہے جیسے پارٹی اسے گاتی ہے، اور ٹیپ (*استھائی*) جتنی بار لوٹتی ہے، ہر بار پوری لکھی گئی ہے۔ ترجمہ ہمارا ہے؛ یہ وزن کا نہیں، مفہوم کا پابند ہے۔

# en: Sajjaṇ āyā, vehṛā vasiyā\
# en: dil dā ḍīvā bal bal hasiyā
quote-sajja-y-veh-vasiy =
    سڄݨ آیا، ویہڑا وسیا\
    دل دا ݙیوا بل بل ہسیا

# en: *The beloved has come, and the courtyard lives again;*\
# en: *the little lamp of my heart burns, and laughs.*
p-the-beloved-has-come =
    { "*" }محبوب آ گیا، اور آنگن پھر سے آباد ہو گیا؛*\
    { "*" }میرے دل کا ننھا سا دیا جل جل کر ہنس رہا ہے۔*

# en: Kālī rāt te lammiyāṅ rāhwāṅ\
# en: kaṇḍe chuṇ chuṇ sej sajāwāṅ
quote-k-l-r-t =
    کالی رات تے لمیاں راہواں\
    کنڈے چُݨ چُݨ سیج سجاواں

# en: *A black night and long roads;*\
# en: *I pick out the thorns one by one, and make the bed ready.*
p-a-black-night-and =
    { "*" }کالی رات اور لمبے راستے؛*\
    { "*" }میں ایک ایک کانٹا چن کر سیج سجاتی ہوں۔*

# en: Ṭuṭṭī wang te sunjay vehṛe\
# en: kauṇ ā pucche hāl meḍe
quote-u-wang-te-sunjay =
    ٹُٹّی ونگ تے سُنڄے ویہڑے\
    کوݨ آ پُچھے حال میݙے

# en: *A broken bangle, and empty courtyards;*\
# en: *who will come and ask how I am?*
p-a-broken-bangle-and =
    { "*" }ٹوٹی ہوئی چوڑی، اور سونے آنگن؛*\
    { "*" }کون آ کر میرا حال پوچھے گا؟*

# en: Before the last verse the lead singer stops the party with a raised hand and sings a *girah*, a couplet from another poem "tied" into the song. Mehr Ali Nawaz always ties in this Persian couplet, which is attributed to Amir Khusrau:
p-before-the-last-verse = آخری بند سے پہلے مرکزی گائیک ہاتھ اٹھا کر پارٹی کو روکتا ہے اور ایک *گرہ* لگاتا ہے، یعنی کسی دوسرے کلام کا شعر جو اس گیت میں ”باندھ“ دیا جاتا ہے۔ مہر علی نواز ہمیشہ یہی فارسی شعر گرہ میں لگاتے ہیں، جو امیر خسرو سے منسوب ہے:

# en: نمی‌دانم چہ منزل بود، شب جائے کہ من بودم\
# en: بہ ہر سو رقصِ بسمل بود، شب جائے کہ من بودم
# same-as-source: Persian couplet, quoted as written
quote-35b0fb09 =
    نمی‌دانم چہ منزل بود، شب جائے کہ من بودم\
    بہ ہر سو رقصِ بسمل بود، شب جائے کہ من بودم

# en: *I do not know what place it was, where I was last night;*\
# en: *all around me the wounded were dancing, where I was last night.*
p-i-do-not-know =
    { "*" }میں نہیں جانتا کہ وہ کون سی منزل تھی جہاں کل رات میں تھا؛*\
    { "*" }ہر طرف بسمل رقص کر رہے تھے، جہاں کل رات میں تھا۔*

# en: Ḍhol vajiyā, chhaṇkiyāṅ vangāṅ<br>
# en: sāḍiyāṅ pūriyāṅ hoiyāṅ mangāṅ
quote-hol-vajiy-chha-kiy =
    ڈھول وڄیا، چھݨکیاں ونگاں<br>
    ساݙیاں پوریاں ہوئیاں منگاں

# en: *The drum has sounded, and the bangles ring;*\
# en: *every one of our prayers has been answered.*
p-the-drum-has-sounded =
    { "*" }ڈھول بج اٹھا، اور چوڑیاں کھنکنے لگیں؛*\
    { "*" }ہماری ساری دعائیں قبول ہو گئیں۔*

# en: How it is sung
h-how-it-is-sung = یہ کیسے گائی جاتی ہے

# en: A performance lasts between 25 and 40 minutes, and the words above take less than three of them. The rest is repetition (*takrār*), and it is the repetition that the audience has come for:
p-a-performance-lasts-between = ایک پیشکش 25 سے 40 منٹ تک جاری رہتی ہے، اور اوپر درج بول ان میں سے تین منٹ بھی نہیں لیتے۔ باقی وقت *تکرار* کا ہے، اور سامعین اسی تکرار کے لیے آتے ہیں:

# en: The harmonium plays the tune alone, slowly, in *rāg* Pīlū.
li-the-harmonium-plays-the = ہارمونیم اکیلا، دھیمی لے میں، *راگ* پیلو میں دُھن بجاتا ہے۔

# en: The lead singer sings the refrain once, unaccompanied; the chorus answers it, and the *tabla* and the clapping begin in *tīntāl*, a cycle of 16 beats with claps on beats 1, 5 and 13.
li-the-lead-singer-sings = مرکزی گائیک ساز کے بغیر ایک بار ٹیپ گاتا ہے؛ کورس اس کا جواب دیتا ہے، اور *طبلہ* اور تالیاں *تین تال* میں شروع ہو جاتی ہیں، جو 16 ماتراؤں کا ایک چکر ہے جس میں ماترا 1، 5 اور 13 پر تالی پڑتی ہے۔

# en: Each verse is sung twice, first by the lead singer and then by the second singer, and is followed by the refrain.
li-each-verse-is-sung = ہر بند دو بار گایا جاتا ہے، پہلے مرکزی گائیک اور پھر دوسرا گائیک گاتا ہے، اور اس کے بعد ٹیپ آتی ہے۔

# en: After the *girah*, the last verse and the refrain are sung faster and faster, the refrain nine times or more, until the phrase *bal bal* ("burning, burning") is repeated on its own, sometimes for ten minutes.
li-after-the-girah-the = *گرہ* کے بعد آخری بند اور ٹیپ تیز سے تیز تر گائے جاتے ہیں، ٹیپ نو بار یا اس سے بھی زیادہ، یہاں تک کہ صرف *بل بل* (”جل جل کر“) کے الفاظ اکیلے دہرائے جاتے ہیں، بعض اوقات دس منٹ تک۔

# en: Listeners show what moves them with money: a note held over the singer's head and then handed to the party is a *vel*. At the 2024 *urs* the vels for this one song came to Rs 46,500, which the party shares with the shrine's kitchen.
p-listeners-show-what-moves = سامعین اپنی کیفیت کا اظہار پیسوں سے کرتے ہیں: گائیک کے سر پر وار کر پارٹی کو دیا جانے والا نوٹ *ویل* کہلاتا ہے۔ 2024ء کے *عرس* میں صرف اس ایک کلام پر ویلوں کی رقم 46,500 روپے بنی، جو پارٹی مزار کے لنگر خانے کے ساتھ بانٹتی ہے۔

# en: A note on the spelling
h-a-note-on-the = املا کے بارے میں

# en: The words are in the Thali dialect of Saraiki, which has sounds that Urdu spelling cannot show. We write the implosive *j* of *sajjaṇ* with ڄ, the nasal *ṇ* with ݨ and the implosive *ḍ* of *ḍīvā* with ݙ, as Saraiki books do today. The printed song-book of 1962, *Kalam-e-Sohna Bakhsh*, uses only Urdu letters, so its refrain begins سجن آیا.
p-the-words-are-in = یہ بول سرائیکی کی تھلی بولی میں ہیں، جس میں ایسی آوازیں ہیں جو اردو املا میں ظاہر نہیں کی جا سکتیں۔ ہم نے *سڄݨ* کی مخصوص سرائیکی ”ج“ (implosive j) کو ڄ سے، معکوسی نون (ṇ) کو ݨ سے، اور *ݙیوا* کی مخصوص ”ڈ“ (implosive ḍ) کو ݙ سے لکھا ہے، جیسا کہ آج کل سرائیکی کتابوں میں لکھا جاتا ہے۔ 1962ء کی مطبوعہ بیاض *کلامِ سوہنا بخش* میں صرف اردو حروف استعمال ہوئے ہیں، اس لیے اس میں ٹیپ یوں شروع ہوتی ہے: سجن آیا۔

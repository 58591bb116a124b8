### Urdu translation of content/column-on-patience.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: Where has our patience gone?
title = ہمارا صبر کہاں گیا؟

# features: digits-urdu, dates, quotes-punct
# en: A columnist stands in a queue at a NADRA office and wonders why a nation that survived 1947 cannot wait ten minutes for a token.
summary = نادرا کے دفتر کی قطار میں کھڑا ایک کالم نگار سوچتا ہے کہ جو قوم ۱۹۴۷ء جھیل گئی، وہ ایک ٹوکن کے لیے دس منٹ انتظار کیوں نہیں کر سکتی؟

# features: quotes-punct, ellipsis
# en: Last Tuesday I spent forty minutes in a queue at a NADRA office in Rawalpindi. Within the first ten, two young men had come to blows over a token number, a mother had been shouted at because her baby would not stop crying, and a clerk behind the glass had told a man of seventy to "come back tomorrow" without once looking up. Nobody in that hall was in danger, and nobody was starving. We were simply waiting, and somewhere along the way we have forgotten how to wait.
p-last-tuesday-i-spent = پچھلے منگل مجھے راولپنڈی میں نادرا کے ایک دفتر میں چالیس منٹ قطار میں کھڑا رہنا پڑا۔ پہلے دس منٹ کے اندر ہی دو نوجوان ٹوکن نمبر پر گتھم گتھا ہو چکے تھے، ایک ماں کو اس لیے جھڑکیاں سننا پڑیں کہ اس کا بچہ چپ نہیں ہو رہا تھا، اور شیشے کے پیچھے بیٹھے ایک کلرک نے ستر برس کے ایک بزرگ سے سر اٹھائے بغیر کہہ دیا: ”کل آنا“۔ اس ہال میں کسی کی جان خطرے میں نہیں تھی، کوئی بھوکا نہیں مر رہا تھا۔ ہم بس انتظار کر رہے تھے… اور کہیں راستے میں ہم انتظار کرنا بھول چکے ہیں۔

# features: digits-urdu, dates, quotes-punct
# en: Is this the same nation whose grandparents crossed a new border on foot in 1947, buried their dead along the road and started again in tents and refugee camps? We tell ourselves that inflation, load-shedding and politics have worn us down, and that is true. But were our grandparents' lives easier than ours? They had less money, less medicine and far less information; what they had more of was patience. Why, then, do we who have so much more have so much less of it?
p-is-this-the-same = کیا یہ وہی قوم ہے جس کے دادا دادی ۱۹۴۷ء میں پیدل ایک نئی سرحد پار کر کے آئے، راستے میں اپنے پیاروں کو دفنایا اور خیموں اور مہاجر کیمپوں میں زندگی نئے سرے سے شروع کی؟ ہم خود کو تسلی دیتے ہیں کہ مہنگائی، لوڈشیڈنگ اور سیاست نے ہمیں تھکا دیا ہے، اور یہ بات سچ بھی ہے۔ لیکن کیا ہمارے بزرگوں کی زندگی ہم سے آسان تھی؟ ان کے پاس پیسہ کم تھا، دوا کم تھی اور معلومات تو نہ ہونے کے برابر تھیں؛ جو چیز ان کے پاس زیادہ تھی وہ صبر تھا۔ تو پھر ہم، جن کے پاس سب کچھ اتنا زیادہ ہے، صبر کے معاملے میں اتنے کنگال کیوں ہیں؟

# features: nested-quotes, quotes-punct
# en: My grandfather, who walked from Amritsar to Lahore with a tin trunk on his head, never raised his voice. When I complained as a boy that something was taking too long, he would say: "Patience is not sitting still. As your grandmother used to say, 'A pot on a slow fire cooks best,' and in sixty years I never once saw her proved wrong." Then he would laugh, and I would go on complaining.
p-my-grandfather-who-walked = میرے دادا، جو سر پر ٹین کا ایک صندوق اٹھائے امرتسر سے لاہور پیدل آئے تھے، کبھی اونچی آواز میں نہیں بولے۔ بچپن میں جب میں شکایت کرتا کہ فلاں کام میں بہت دیر لگ رہی ہے تو وہ کہتے: «صبر ہاتھ پر ہاتھ دھرے بیٹھنے کا نام نہیں۔ تمہاری دادی کہا کرتی تھیں، ‘دھیمی آنچ پر پکی ہانڈی ہی مزے کی ہوتی ہے’، اور ساٹھ برس میں میں نے انہیں کبھی غلط ثابت ہوتے نہیں دیکھا۔» پھر وہ ہنس دیتے، اور میں شکایت کرتا رہتا۔

# features: izafat
# en: What the Quran says
h-what-the-quran-says = قرآنِ حکیم کیا کہتا ہے

# features: honorific-attached, izafat, quotes-punct, footnote
# en: The Quran returns to patience again and again; Imam Ahmad ibn Hanbal counted some ninety places where it is mentioned.[^1] In Surah Al-Baqarah the believers are told where to find strength, and the verse ends with a promise:
p-the-quran-returns-to = قرآنِ مجید بار بار صبر کی طرف لوٹتا ہے؛ امام احمد بن حنبلؒ نے ایسے تقریباً نوے مقامات گنے ہیں جہاں صبر کا ذکر آیا ہے۔[^1] سورۃ البقرہ میں اہلِ ایمان کو بتایا گیا ہے کہ طاقت کہاں سے حاصل کریں، اور آیت ایک وعدے پر ختم ہوتی ہے:

# features: arabic-quote, stacked-marks
# en: ﴿يَا أَيُّهَا الَّذِينَ آمَنُوا اسْتَعِينُوا بِالصَّبْرِ وَالصَّلَاةِ ۚ إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾
# same-as-source
quote-e3c8eed4 = ﴿يَا أَيُّهَا الَّذِينَ آمَنُوا اسْتَعِينُوا بِالصَّبْرِ وَالصَّلَاةِ ۚ إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾

# features: digits-urdu, quotes-punct
# en: "O you who believe, seek help through patience and prayer. Indeed, Allah is with the patient." (Al-Baqarah 2:153)
quote-o-you-who-believe = ”اے ایمان والو! صبر اور نماز سے مدد لو۔ بے شک اللہ صبر کرنے والوں کے ساتھ ہے۔“ (البقرہ: ۱۵۳)

# features: arabic-quote, quotes-punct
# en: Notice what the verse does not say. It does not say that Allah will reward the patient one day, or that patience is the virtue of the weak who have no other choice. It says that He is *with* them, here and now. Patience, in this sense, is not helplessness; it is a kind of strength, the strength to hold on to what is right when everything around you is in a hurry.
p-notice-what-the-verse = غور کیجیے کہ آیت کیا نہیں کہتی۔ یہ نہیں کہتی کہ اللہ کسی دن صبر کرنے والوں کو اجر دے گا، نہ یہ کہ صبر ان کمزوروں کی خوبی ہے جن کے پاس کوئی اور راستہ نہیں۔ یہ کہتی ہے: «إِنَّ اللَّهَ مَعَ الصَّابِرِينَ»، یعنی اللہ ان کے *ساتھ* ہے، یہیں اور ابھی۔ اس معنی میں صبر بے بسی نہیں؛ یہ ایک طرح کی طاقت ہے، وہ طاقت جو اس وقت بھی حق پر قائم رکھے جب آس پاس کی ہر چیز جلدی میں ہو۔

# features: salawat, honorific-attached, arabic-quote, dashes, quotes-punct, footnote
# en: Anas ibn Malik (may Allah be pleased with him) narrated that the Prophet (peace be upon him) once passed a woman weeping at a grave and told her to fear Allah and be patient. Not recognising him, she said: "Leave me alone; you have not suffered what I have suffered." When she was told who he was, she went to his door to apologise, and he said to her: "Patience is at the first blow."[^2]
p-anas-ibn-malik-may = حضرت انس بن مالک رضی اللہ عنہ روایت کرتے ہیں کہ نبی کریم ﷺ ایک عورت کے پاس سے گزرے جو ایک قبر پر رو رہی تھی، اور اسے اللہ سے ڈرنے اور صبر کرنے کی تلقین فرمائی۔ وہ آپؐ کو پہچان نہ سکی اور بولی: ”مجھ سے دور رہو؛ تم پر وہ مصیبت نہیں پڑی جو مجھ پر پڑی ہے۔“ جب اسے بتایا گیا کہ یہ کون تھے تو وہ معذرت کے لیے آپؐ کے دروازے پر حاضر ہوئی، اور آپؐ نے فرمایا: «إِنَّمَا الصَّبْرُ عِنْدَ الصَّدْمَةِ الْأُولَى» — ”صبر تو صدمے کی پہلی چوٹ پر ہی ہوتا ہے۔“[^2]

# features: none
# en: The first blow
h-the-first-blow = پہلی چوٹ

# features: ellipsis, latin-words, izafat, partial-harakat, quotes-punct
# en: That hadith has stayed with me for years, because it puts patience exactly where we find it hardest: in the first moment. Anyone can be calm a week later… The test is the moment the car cuts in front of you on Murree Road, the moment the electricity goes at the start of the match, the moment a forwarded message on WhatsApp tells you that the other side has done something unforgivable. We honk before the light has changed; we share the rumour before we have read it; we demand a verdict before the trial has begun. And then we wonder why nothing in this country ever gets better!
p-that-hadith-has-stayed = یہ حدیث برسوں سے میرے ساتھ ہے، کیونکہ یہ صبر کو ٹھیک وہاں رکھتی ہے جہاں وہ ہمارے لیے سب سے مشکل ہے: پہلے لمحے میں۔ ایک ہفتے بعد تو کوئی بھی پُرسکون ہو سکتا ہے… امتحان تو اس لمحے کا ہے جب مری روڈ پر کوئی گاڑی آپ کے آگے آ کر کٹ مارتی ہے، جب میچ شروع ہوتے ہی بجلی چلی جاتی ہے، جب WhatsApp پر آیا ہوا کوئی فارورڈ پیغام آپ کو بتاتا ہے کہ دوسرے فریق نے کوئی ناقابلِ معافی حرکت کر دی ہے۔ ہم بتی سبز ہونے سے پہلے ہارن بجا دیتے ہیں؛ افواہ پڑھنے سے پہلے آگے بڑھا دیتے ہیں؛ مقدمہ شروع ہونے سے پہلے فیصلہ مانگتے ہیں۔ اور پھر حیران ہوتے ہیں کہ اس ملک میں کچھ بہتر کیوں نہیں ہوتا!

# features: poetry-signs, quotes-punct
# en: A Persian couplet, usually attributed to Hafez, says it better than any columnist can:
p-a-persian-couplet-usually = ایک فارسی شعر، جو عام طور پر حافظؔ سے منسوب کیا جاتا ہے، یہ بات کسی بھی کالم نگار سے بہتر کہتا ہے:

# features: verse-breaks, persian, izafat
# en: They say a stone becomes a ruby if it waits in patience;\
# en: yes, it does, but it becomes one with the blood of the heart.
quote-they-say-a-stone =
    گویند سنگ لعل شود در مقام صبر\
    آری شود ولیک بہ خونِ جگر شود

# features: quotes-punct
# en: The stone does not become a ruby by sitting in the dark doing nothing. It becomes one by enduring, slowly and at great cost, what a hurried world cannot. Our fathers knew this; our sons, raised on thirty-second videos, may never learn it unless we show them.
p-the-stone-does-not = پتھر اندھیرے میں ہاتھ پر ہاتھ دھرے بیٹھے رہنے سے لعل نہیں بنتا۔ وہ لعل بنتا ہے برداشت سے، آہستہ آہستہ اور بڑی قیمت چکا کر، وہ سب سہہ کر جو ایک جلد باز دنیا نہیں سہہ سکتی۔ ہمارے باپ دادا یہ بات جانتے تھے؛ ہمارے بیٹے، جو تیس تیس سیکنڈ کی ویڈیوز پر پلے بڑھے ہیں، شاید یہ کبھی نہ سیکھ پائیں، جب تک ہم انہیں کر کے نہ دکھائیں۔

# features: link, latin-words, ellipsis, quotes-punct
# en: So here is my request, for what a columnist's request is worth. The next time you are in a queue, at a signal or in an argument, count to ten before the first blow lands. If you want to read the verse of Surah Al-Baqarah in full, with its translations, it is [on Quran.com](https://quran.com/2/153). And if you find that ten is not enough… count to twenty.
p-so-here-is-my = تو ایک کالم نگار کی درخواست کی جتنی بھی وقعت ہو، میری درخواست یہ ہے: اگلی بار جب آپ کسی قطار میں ہوں، کسی سگنل پر یا کسی بحث میں، تو پہلی چوٹ پڑنے سے پہلے دس تک گن لیجیے۔ اگر آپ سورۃ البقرہ کی یہ آیت مکمل، تراجم کے ساتھ پڑھنا چاہیں تو وہ [Quran.com پر](https://quran.com/2/153) موجود ہے۔ اور اگر دس تک گننا کافی نہ لگے… تو بیس تک گن لیجیے۔

# features: honorific-attached, arabic-unvocalized, quotes-punct
# en: Quoted by Ibn al-Qayyim in *Madarij al-Salikin*, in the chapter on patience.
note-quoted-by-ibn-al = امام احمدؒ کا یہ قول ابن قیمؒ نے *مدارج السالکین* میں صبر کے باب میں نقل کیا ہے: «الصبر في القرآن في نحو تسعين موضعا»۔

# features: digits-urdu, page-cite, quotes-punct
# en: Sahih al-Bukhari, Book of Funerals, hadith 1283; also Sahih Muslim, hadith 926.
note-sahih-al-bukhari-book = صحیح بخاری، کتاب الجنائز، حدیث ۱۲۸۳؛ نیز صحیح مسلم، حدیث ۹۲۶۔

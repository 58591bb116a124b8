### ur translation of content/musaddas-e-noor.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: Musaddas-e-Noor: four stanzas of a forgotten naat, with a commentary
title = مسدسِ نور: ایک فراموش شدہ نعت کے چار بند، شرح کے ساتھ

# en: Hakeem Anwar Saharanpuri's musaddas in praise of the Prophet ﷺ, written in 1932 and never reprinted: the text of stanzas 1, 7, 12 and 41, a translation, and a note on its metre.
summary = حکیم انور سہارنپوری کا نبی کریم ﷺ کی مدح میں لکھا گیا مسدس، جو 1932ء میں لکھا گیا اور پھر کبھی شائع نہ ہوا: بند ۱، ۷، ۱۲ اور ۴۱ کا متن، ان کا مفہوم، اور اس کی بحر پر ایک نوٹ۔

# en: بَلَغَ الْعُلٰى بِكَمَالِهٖ\
# en: كَشَفَ الدُّجٰى بِجَمَالِهٖ\
# en: حَسُنَتْ جَمِيْعُ خِصَالِهٖ\
# en: صَلُّوْا عَلَيْهِ وَآلِهٖ\
# en: — Saʿdī Shīrāzī
quote-sa-d-sh-r =
    بَلَغَ الْعُلٰى بِكَمَالِهٖ\
    كَشَفَ الدُّجٰى بِجَمَالِهٖ\
    حَسُنَتْ جَمِيْعُ خِصَالِهٖ\
    صَلُّوْا عَلَيْهِ وَآلِهٖ\
    — شیخ سعدی شیرازیؒ

# en: Hakeem Anwar Saharanpuri (1894–1961) was a physician of the Unani school who spent most of his life in Bahawalpur. His *Musaddas-e-Noor* ("The Musaddas of Light"), 41 stanzas in the manner of Hali's *Madd-o-Jazr-e-Islam*, was printed once, by the Matba-e-Mujtabai of Bahawalpur, in Rabi' al-Awwal 1351 AH (July 1932).[^1] The only copy we know of belongs to the poet's grandson, Mr Shahid Anwar of Ahmedpur East, who allowed us to photograph it.
p-hakeem-anwar-saharanpuri-1894 = حکیم انور سہارنپوری (1894ء–1961ء) طبِ یونانی کے معالج تھے جنھوں نے عمر کا بیشتر حصہ بہاولپور میں گزارا۔ ان کا *مسدسِ نور*، حالی کے *مدّ و جزرِ اسلام* کے انداز میں 41 بندوں پر مشتمل، صرف ایک بار مطبعِ مجتبائی بہاولپور سے ربیع الاول ۱۳۵۱ھ (جولائی 1932ء) میں چھپا۔[^1] ہمارے علم میں اس کا واحد نسخہ شاعر کے پوتے جناب شاہد انور (احمد پور شرقیہ) کے پاس ہے، جنھوں نے ہمیں اس کی تصویریں لینے کی اجازت دی۔

# en: A musaddas is a poem in stanzas of six lines: the first four rhyme together (*aaaa*), and the last two, the *tip* or *ṭīp*, carry a rhyme of their own (*bb*) that closes the stanza like a couplet. In a naat, a poem in praise of the Prophet Muhammad ﷺ, the form suits a story told in stages: the darkness before him, his coming, his companions, and the state of his community now.
p-a-musaddas-is-a = مسدس چھ مصرعوں کے بندوں پر مشتمل نظم ہے: پہلے چار مصرعے ہم قافیہ ہوتے ہیں (*الف الف الف الف*)، اور آخری دو مصرعے، جنھیں *ٹیپ* کہتے ہیں، اپنا الگ قافیہ رکھتے ہیں (*ب ب*) اور ایک شعر کی طرح بند کو مکمل کرتے ہیں۔ نعت میں، یعنی حضور نبی اکرم صلی اللہ علیہ وسلم کی مدح میں کہی گئی نظم میں، یہ ہیئت مرحلہ وار بیان کی جانے والی داستان کے لیے موزوں ہے: آپ ﷺ سے پہلے کی تاریکی، آپؐ کی آمد، آپ کے اصحاب، اور آج آپ کی امت کا حال۔

# en: The text
h-the-text = متن

# en: We give the Urdu as printed, with its spelling modernised (the original writes *ٹوٹا* as *ٹُوٹا* and *یے* for *ہے* in places), followed by our translation. The translation follows the sense, not the metre.
p-we-give-the-urdu = ہم اردو متن کو مطبوعہ نسخے کے مطابق دے رہے ہیں، البتہ املا جدید کر دیا گیا ہے (اصل میں بعض جگہ *ٹوٹا* کو *ٹُوٹا* اور *ہے* کو *یے* لکھا گیا ہے)، اور ہر بند کے بعد اس کا مفہوم دیا گیا ہے۔ مفہوم میں معنی کی پیروی کی گئی ہے، وزن کی نہیں۔

# en: جہاں تیرگی تھی، وہاں روشنی کی\
# en: جہاں پیاس تھی، واں نمی زندگی کی\
# en: غلاموں نے آقا کی آنکھوں میں دیکھی\
# en: حقیقت بشر کی، اَنا آدمی کی\
# en: وہ آیا تو بدلا جہاں کا نظارا\
# en: ہر اک ڈوبتے کو ملا اک کنارا
quote-7d76d8c1 =
    جہاں تیرگی تھی، وہاں روشنی کی\
    جہاں پیاس تھی، واں نمی زندگی کی\
    غلاموں نے آقا کی آنکھوں میں دیکھی\
    حقیقت بشر کی، اَنا آدمی کی\
    وہ آیا تو بدلا جہاں کا نظارا\
    ہر اک ڈوبتے کو ملا اک کنارا

# en: *Where there was darkness, he brought light;*\
# en: *where there was thirst, the moisture of life;*\
# en: *in the master's eyes the slaves saw*\
# en: *the truth of mankind, the dignity of man.*\
# en: *He came, and the face of the world was changed:*\
# en: *each one who was drowning found a shore.*
p-where-there-was-darkness = *مفہوم:* جہاں اندھیرا تھا وہاں آپ نے روشنی کی، اور جہاں پیاس تھی وہاں زندگی کی نمی پہنچائی۔ غلاموں نے اپنے آقا کی آنکھوں میں انسان کی حقیقت اور آدمی کی عزتِ نفس دیکھی۔ آپ آئے تو دنیا کا منظر ہی بدل گیا، اور ہر ڈوبنے والے کو کنارا مل گیا۔

# en: Stanza 7 turns from the darkness to the man himself. Its fourth line recalls that even the Quraysh, who fought him, left their valuables in his keeping: he was *al-Amīn*, the trustworthy.
p-stanza-7-turns-from = ساتواں بند تاریکی سے ہٹ کر خود آپ ﷺ کی ذات کی طرف آتا ہے۔ اس کا چوتھا مصرع یاد دلاتا ہے کہ قریش، جو آپ سے برسرِ پیکار تھے، وہ بھی اپنی امانتیں آپ ہی کے پاس رکھواتے تھے: آپ *الامین* تھے۔

# en: نہ تلوار اُس کی، نہ لشکر کی طاقت\
# en: فقط اُس کا اخلاق، اُس کی صداقت\
# en: دلوں پر تھی قائم اُسی کی حکومت\
# en: کہ دشمن بھی رکھتے تھے اُس پاس امانت\
# en: محمد ﷺ کی سیرت ہے آئینہ سب کا\
# en: یہی درس ہے آج بھی اپنے رب کا
quote-bac167ea =
    نہ تلوار اُس کی، نہ لشکر کی طاقت\
    فقط اُس کا اخلاق، اُس کی صداقت\
    دلوں پر تھی قائم اُسی کی حکومت\
    کہ دشمن بھی رکھتے تھے اُس پاس امانت\
    محمد ﷺ کی سیرت ہے آئینہ سب کا\
    یہی درس ہے آج بھی اپنے رب کا

# en: *Not his sword, nor the strength of an army,*\
# en: *only his character, only his truthfulness:*\
# en: *his was the rule that held over hearts,*\
# en: *so that even his enemies left their trust with him.*\
# en: *The life of Muhammad ﷺ is a mirror for all;*\
# en: *this is our Lord's lesson still today.*
p-not-his-sword-nor = *مفہوم:* آپ کی طاقت نہ تلوار تھی نہ لشکر، بلکہ صرف آپ کا اخلاق اور آپ کی سچائی۔ دلوں پر آپ ہی کی حکمرانی تھی، یہاں تک کہ دشمن بھی اپنی امانتیں آپ کے پاس رکھتے تھے۔ محمد ﷺ کی سیرت سب کے لیے آئینہ ہے، اور ہمارے رب کا سبق آج بھی یہی ہے۔

# en: Stanza 12 names the four companions who became the first four caliphs: Abu Bakr al-Siddiq, Umar al-Faruq, Uthman and Ali (may God be pleased with them), each with the virtue tradition gives him. The poet's note in the margin says he wrote the stanza on the night of 21 Ramazan, the anniversary of Ali's death.[^2]
p-stanza-12-names-the = بارھواں بند ان چار صحابۂ کرام کا ذکر کرتا ہے جو پہلے چار خلفا ہوئے: حضرت ابوبکر صدیق، حضرت عمر فاروق، حضرت عثمان اور حضرت علی رضی اللہ عنہم، اور ہر ایک کے ساتھ وہ صفت جو روایت ان سے منسوب کرتی ہے۔ حاشیے پر شاعر کا نوٹ بتاتا ہے کہ یہ بند انھوں نے ۲۱ رمضان کی شب، حضرت علی رضی اللہ عنہ کے یومِ شہادت پر لکھا۔[^2]

# en: وہ صدیقؓ جس نے سبھی کچھ لٹایا\
# en: وہ فاروقؓ جس نے عدل کر دکھایا\
# en: وہ عثمانؓ جس نے حیا کو نبھایا\
# en: وہ حیدرؓ، جسے علم کا در بتایا\
# en: یہ تارے اُسی ماہِ کامل سے چمکے\
# en: اُسی نور سے اُن کے دامن بھی دمکے
quote-d382994c =
    وہ صدیقؓ جس نے سبھی کچھ لٹایا\
    وہ فاروقؓ جس نے عدل کر دکھایا\
    وہ عثمانؓ جس نے حیا کو نبھایا\
    وہ حیدرؓ، جسے علم کا در بتایا\
    یہ تارے اُسی ماہِ کامل سے چمکے\
    اُسی نور سے اُن کے دامن بھی دمکے

# en: *The Truthful, who gave away all he had;*\
# en: *the Distinguisher, who showed what justice is;*\
# en: *Uthman, who kept modesty all his life;*\
# en: *Haidar, who was called the gate of knowledge.*\
# en: *These stars shone from that one full moon;*\
# en: *from the same light their robes were bright.*
p-the-truthful-who-gave = *مفہوم:* صدیقِ اکبرؓ، جنھوں نے اپنا سب کچھ راہِ حق میں لٹا دیا؛ فاروقِ اعظمؓ، جنھوں نے عدل کر کے دکھایا؛ عثمانِ غنیؓ، جنھوں نے عمر بھر حیا کا دامن نہ چھوڑا؛ اور حیدرِ کرارؓ، جنھیں علم کا دروازہ کہا گیا۔ یہ سب ستارے اسی ایک ماہِ کامل سے روشن ہوئے، اور اسی نور سے ان کے دامن جگمگائے۔

# en: The last stanza is a prayer, and its complaint is Hali's: why has the community that once led now fallen behind? The image of the strings (*dhāge*) in the hands of others is the poet's own.
p-the-last-stanza-is = آخری بند دعا ہے، اور اس کا شکوہ وہی ہے جو حالی کا تھا: جو امت کبھی سب سے آگے تھی وہ آج پیچھے کیوں رہ گئی؟ دوسروں کے ہاتھوں میں *دھاگوں* کا استعارہ شاعر کا اپنا ہے۔

# en: الٰہی! وہ اُمّت جو تھی سب سے آگے\
# en: وہ کیوں آج سوئی ہے، کیوں کر نہ جاگے\
# en: وہ کیوں دوسروں کے ہے پیچھے ہی بھاگے\
# en: ہیں کیوں اُس کے ہاتھوں میں غیروں کے دھاگے\
# en: ہمیں پھر وہی درس دے دے دوبارہ\
# en: وہی عدل و اخلاص کا نور سارا
quote-78a381cc =
    الٰہی! وہ اُمّت جو تھی سب سے آگے\
    وہ کیوں آج سوئی ہے، کیوں کر نہ جاگے\
    وہ کیوں دوسروں کے ہے پیچھے ہی بھاگے\
    ہیں کیوں اُس کے ہاتھوں میں غیروں کے دھاگے\
    ہمیں پھر وہی درس دے دے دوبارہ\
    وہی عدل و اخلاص کا نور سارا

# en: *O God! That community which was ahead of all,*\
# en: *why does it sleep today, why does it not wake?*\
# en: *Why does it run only behind others?*\
# en: *Why are the strings in its hands held by strangers?*\
# en: *Teach us that lesson once again:*\
# en: *all that light of justice and sincerity.*
p-o-god-that-community = *مفہوم:* اے اللہ! وہ امت جو سب سے آگے تھی، آج کیوں سو رہی ہے اور جاگتی کیوں نہیں؟ وہ دوسروں کے پیچھے ہی کیوں دوڑتی ہے، اور اس کی ڈوریں غیروں کے ہاتھ میں کیوں ہیں؟ ہمیں پھر سے وہی سبق دے، عدل اور اخلاص کا وہی سارا نور۔

# en: The metre
h-the-metre = بحر

# en: The poem is in *mutaqārib muthamman sālim*, the metre of Hali's musaddas and of Firdausi's *Shahnama*: four feet of *faʿūlun* (short, long, long) to the line. Here is the first line divided into its feet (*taqṭīʿ*):
p-the-poem-is-in = یہ نظم *بحرِ متقارب مثمن سالم* میں ہے، جو حالی کے مسدس اور فردوسی کے *شاہنامہ* کی بحر ہے: ہر مصرعے میں *فعولن* (ہجائے کوتاہ، بلند، بلند) چار بار۔ ذیل میں پہلے مصرعے کی تقطیع دی گئی ہے:

# en: Foot
cell-foot = رکن نمبر

# en: Rukn
cell-rukn = رکن

# en: Weight
cell-weight = وزن

# en: Stanza 1, line 1
cell-stanza-1-line-1 = بند ۱، مصرع ۱

# en: فعولن
cell-f6c368af = فعولن

# en: جہاں تی
cell-9d00f005 = جہاں تی

# en: رگی تھی
cell-a80823f7 = رگی تھی

# en: وہاں رو
cell-d0350181 = وہاں رو

# en: شنی کی
cell-3fa9c565 = شنی کی

# en: The poet is strict with the metre, but like most poets of his time he lets a final long vowel count short (*ke*, *ko*, *se*), and the sign ﷺ is not read in the scansion.
p-the-poet-is-strict = شاعر وزن کا سخت پابند ہے، لیکن اپنے عہد کے اکثر شعرا کی طرح وہ آخری طویل مصوّتے کو مختصر گن لیتا ہے (*کے*، *کو*، *سے*)، اور تقطیع میں ﷺ کی علامت نہیں پڑھی جاتی۔

# en: A Persian echo
h-a-persian-echo = ایک فارسی گونج

# en: The opening of stanza 41 borrows its mood from a couplet of Jami that every madrasa student in Bahawalpur would have known, and which the poet quotes in his preface:
p-the-opening-of-stanza = اکتالیسویں بند کا آغاز اپنی کیفیت جامیؒ کے اس شعر سے لیتا ہے جو بہاولپور کے ہر مدرسے کے طالب علم کو یاد ہوتا تھا، اور جسے شاعر نے دیباچے میں نقل کیا ہے:

# en: نسیما جانبِ بطحا گذر کن\
# en: ز احوالم محمد را خبر کن
quote-8e0da3bb =
    نسیما جانبِ بطحا گذر کن\
    ز احوالم محمد را خبر کن

# en: "O breeze, pass by the valley of Mecca, and tell Muhammad how I am."[^3]
p-o-breeze-pass-by = ”اے صبا! بطحا کی جانب سے گزر، اور محمد ﷺ کو میرے حال کی خبر دے۔“[^3]

# en: The title page gives both dates: "۱۲ ربیع الاول ۱۳۵۱ھ، مطابق جولائی ۱۹۳۲ء". The print run is not stated.
note-the-title-page-gives = سرورق پر دونوں تاریخیں درج ہیں: ”۱۲ ربیع الاول ۱۳۵۱ھ، مطابق جولائی ۱۹۳۲ء“۔ تعدادِ اشاعت درج نہیں۔

# en: 21 Ramazan 40 AH (January 661). The note reads *"شبِ ۲۱ رمضان"*.
note-21-ramazan-40-ah = ۲۱ رمضان ۴۰ھ (جنوری 661ء)۔ نوٹ کے الفاظ ہیں: *”شبِ ۲۱ رمضان“*۔

# en: ʿAbd al-Raḥmān Jāmī (1414–1492). The couplet is often sung as a naat in Pakistan.
note-abd-al-ra-m = عبدالرحمٰن جامی (1414ء–1492ء)۔ پاکستان میں یہ شعر اکثر نعت کے طور پر پڑھا جاتا ہے۔

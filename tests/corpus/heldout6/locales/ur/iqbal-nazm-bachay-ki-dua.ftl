### Urdu translation of content/iqbal-nazm-bachay-ki-dua.md. Above each message, `# en:` records the English it was translated from.

# features: poetry-signs, quotes-punct
# en: "A prayer comes to my lips": Iqbal's Bachche ki Dua
title = ”لب پہ آتی ہے دعا بن کے تمنا میری“: اقبالؔ کی نظم ”بچے کی دعا“

# features: quotes-punct
# en: The six couplets that Pakistani schoolchildren recite at morning assembly, in a plain English version, and why a poem written for children has lasted more than a century.
summary = وہ چھ اشعار جو پاکستان کے اسکولوں میں بچے صبح کی اسمبلی میں پڑھتے ہیں، سادہ انگریزی ترجمے کے ساتھ؛ اور یہ کہ بچوں کے لیے لکھی گئی ایک نظم ایک صدی سے زیادہ عرصے تک کیسے زندہ رہی۔

# features: honorific-attached, digits-urdu, dates, dashes, izafat, quotes-punct, footnote
# en: Muhammad Iqbal (1877–1938) was born in Sialkot and is remembered today as the poet who first gave shape to the idea of Pakistan. But long before the philosophy, the Persian masnavis and the Allahabad address of 1930, he wrote a short poem for children. *Bachche ki Dua*, "A Child's Prayer", is usually dated to 1902, when Iqbal was a young teacher in Lahore. It was collected in his first Urdu book, *Bang-e-Dra* (1924), where it carries the note "adapted", because its idea was taken from an English poem.[^1]
p-muhammad-iqbal-1877-1938 = علامہ محمد اقبالؒ (۱۸۷۷ء–۱۹۳۸ء) سیالکوٹ میں پیدا ہوئے اور آج انہیں اس شاعر کے طور پر یاد کیا جاتا ہے جس نے سب سے پہلے تصورِ پاکستان کو شکل دی۔ لیکن فلسفے، فارسی مثنویوں اور ۱۹۳۰ء کے خطبۂ الٰہ آباد سے بہت پہلے انہوں نے بچوں کے لیے ایک مختصر نظم لکھی تھی۔ *بچے کی دعا* عموماً ۱۹۰۲ء کی تصنیف بتائی جاتی ہے، جب اقبالؒ لاہور میں ایک نوجوان استاد تھے۔ یہ ان کے پہلے اردو مجموعے *بانگِ درا* (۱۹۲۴ء) میں شامل ہوئی، جہاں اس کے عنوان کے ساتھ ”ماخوذ“ لکھا ہے، کیونکہ اس کا خیال ایک انگریزی نظم سے لیا گیا تھا۔[^1]

# features: quotes-punct
# en: Unlike a ghazal, whose couplets each stand alone and may speak of anything from wine to death, *Bachche ki Dua* is a nazm: a poem on one subject, whose six couplets follow one another like the steps of an argument. Each couplet has a rhyme of its own, and each ends on a refrain-like word: *meri* ("mine"), *ho jaye* ("may it become"), *zeenat* ("beauty"), *ya Rab* ("O Lord"), *karna* ("to do") and *mujh ko* ("me").
p-unlike-a-ghazal-whose = غزل کے برعکس، جس کا ہر شعر اپنی جگہ مکمل ہوتا ہے اور شراب سے لے کر موت تک کسی بھی موضوع پر بات کر سکتا ہے، *بچے کی دعا* ایک نظم ہے: ایک ہی موضوع پر لکھی گئی نظم، جس کے چھ اشعار کسی دلیل کے مراحل کی طرح ایک دوسرے کے پیچھے آتے ہیں۔ ہر شعر کا قافیہ الگ ہے، اور ہر شعر ردیف جیسے ایک لفظ پر ختم ہوتا ہے: *میری*، *ہو جائے*، *زینت*، *یا رب*، *کرنا* اور *مجھ کو*۔

# features: none
# en: The poem
h-the-poem = نظم

# features: verse-breaks
# en: My longing comes to my lips as a prayer:\
# en: O God, may my life be like a candle.
quote-my-longing-comes-to =
    لب پہ آتی ہے دعا بن کے تمنا میری\
    زندگی شمع کی صورت ہو خدایا میری

# features: verse-breaks
# en: May the darkness of the world be gone because of me;\
# en: may every place be lit by my shining.
quote-may-the-darkness-of =
    دور دنیا کا مرے دم سے اندھیرا ہو جائے\
    ہر جگہ میرے چمکنے سے اجالا ہو جائے

# features: verse-breaks
# en: May I bring beauty to my homeland\
# en: as a flower brings beauty to a garden.
quote-may-i-bring-beauty =
    ہو مرے دم سے یونہی میرے وطن کی زینت\
    جس طرح پھول سے ہوتی ہے چمن کی زینت

# features: verse-breaks
# en: May my life be like a moth's, O Lord;\
# en: may I love the candle of knowledge, O Lord.
quote-may-my-life-be =
    زندگی ہو مری پروانے کی صورت یا رب\
    علم کی شمع سے ہو مجھ کو محبت یا رب

# features: verse-breaks
# en: May my work be to stand by the poor,\
# en: and to love those in pain and the weak.
quote-may-my-work-be =
    ہو مرا کام غریبوں کی حمایت کرنا\
    درد مندوں سے ضعیفوں سے محبت کرنا

# features: verse-breaks, quotes-punct
# en: My God, keep me away from evil;\
# en: lead me on whatever path is good.
quote-my-god-keep-me =
    مرے اللہ! برائی سے بچانا مجھ کو\
    نیک جو راہ ہو اس رہ پہ چلانا مجھ کو

# features: none
# en: Reading the poem
h-reading-the-poem = نظم پر ایک نظر

# features: poetry-signs, quotes-punct
# en: The first and the fourth couplets seem to contradict each other. In the first, the child wants to be a candle, the thing that gives light; in the fourth, he wants to be a moth, the thing that is drawn to light and burns in it. Iqbal does not resolve the contradiction, and he does not need to: a child who learns will one day teach, and the moth of today is the candle of tomorrow.
p-the-first-and-the = پہلا اور چوتھا شعر بظاہر ایک دوسرے کی نفی کرتے ہیں۔ پہلے شعر میں بچہ شمع بننا چاہتا ہے، یعنی وہ چیز جو روشنی دیتی ہے؛ چوتھے میں وہ پروانہ بننا چاہتا ہے، یعنی وہ جو روشنی کی طرف کھنچا چلا آتا ہے اور اسی میں جل جاتا ہے۔ اقبالؔ اس تضاد کو حل نہیں کرتے، اور انہیں اس کی ضرورت بھی نہیں: جو بچہ آج سیکھتا ہے وہ کل سکھائے گا، اور آج کا پروانہ کل کی شمع ہے۔

# features: poetry-signs, digits-urdu, dates, izafat, quotes-punct
# en: The third couplet speaks of the *watan*, the homeland. In 1902 Iqbal's homeland was undivided India, and two years later he would write *Tarana-e-Hind*, "Saare jahan se achha Hindustan hamara". Today the same couplet is recited in Pakistan, in India and in Urdu schools from Birmingham to Dubai, and every child who recites it thinks of a different homeland.
p-the-third-couplet-speaks = تیسرا شعر *وطن* کی بات کرتا ہے۔ ۱۹۰۲ء میں اقبالؔ کا وطن غیر منقسم ہندوستان تھا، اور دو سال بعد انہوں نے *ترانۂ ہندی* لکھا: ”سارے جہاں سے اچھا ہندوستاں ہمارا“۔ آج یہی شعر پاکستان میں، ہندوستان میں، اور برمنگھم سے دبئی تک اردو اسکولوں میں پڑھا جاتا ہے، اور اسے پڑھنے والا ہر بچہ ایک مختلف وطن کا تصور کرتا ہے۔

# features: quotes-punct
# en: The fifth couplet is the heart of the poem. Before he asks for anything for himself, the child asks to be useful: to stand by the poor, to love the suffering and the weak. For a poem that millions of children learn before they can read it, this is a remarkable thing to put in their mouths.
p-the-fifth-couplet-is = پانچواں شعر اس نظم کا دل ہے۔ اپنے لیے کچھ مانگنے سے پہلے بچہ کارآمد ہونے کی دعا کرتا ہے: غریبوں کی حمایت کی، دکھی اور کمزور لوگوں سے محبت کی۔ ایک ایسی نظم کے لیے جو لاکھوں بچے پڑھنا سیکھنے سے پہلے ہی زبانی یاد کر لیتے ہیں، یہ ان کی زبان پر رکھنے کے لیے ایک غیر معمولی بات ہے۔

# features: none
# en: A prayer that outlived its century
h-a-prayer-that-outlived = ایک دعا جو اپنی صدی سے آگے نکل گئی

# features: partial-harakat, quotes-punct
# en: For most Pakistanis the poem is not a text but a sound: five hundred voices in a dusty school courtyard, a harmonium that is slightly out of tune, and a headmistress watching from the steps. A retired teacher from Sialkot, Nasreen Akhtar, described those mornings to us:
p-for-most-pakistanis-the = زیادہ تر پاکستانیوں کے لیے یہ نظم کوئی تحریر نہیں بلکہ ایک آواز ہے: اسکول کے گرد آلود صحن میں پانچ سو آوازیں، ایک ہارمونیم جو ذرا سا بےسُرا ہے، اور سیڑھیوں پر کھڑی دیکھتی ہوئی ہیڈ مسٹریس۔ سیالکوٹ کی ایک ریٹائرڈ استانی، نسرین اختر، نے ہمیں ان صبحوں کا حال یوں سنایا:

# features: partial-harakat, quotes-punct
# en: For thirty-one years I stood in front of the girls while they sang it. Most of them did not know what a moth had to do with knowledge, and I did not explain it to them; I knew that one day they would understand. Some of them are teachers themselves now, and they tell me that their pupils sing it in the same tune, slightly out of tune, exactly as we did.
quote-for-thirty-one-years = اکتیس برس تک میں لڑکیوں کے سامنے کھڑی رہی اور وہ یہ دعا پڑھتی رہیں۔ ان میں سے اکثر کو معلوم نہیں تھا کہ پروانے کا علم سے کیا تعلق ہے، اور میں نے انہیں سمجھایا بھی نہیں؛ مجھے یقین تھا کہ ایک دن وہ خود سمجھ جائیں گی۔ ان میں سے کچھ آج خود استانیاں ہیں، اور بتاتی ہیں کہ ان کی شاگرد بھی اسی دھن میں، اسی طرح ذرا بےسُری، ہو بہو ہماری طرح پڑھتی ہیں۔

# features: honorific-attached, digits-urdu, dates
# en: More than a hundred and twenty years after it was written, and more than eighty-five years after Iqbal's death in Lahore on 21 April 1938, *Bachche ki Dua* is still the first poem many of us ever knew by heart. It may be the most widely recited Urdu poem in the world, and it asks for nothing more than a life like a candle.
p-more-than-a-hundred = لکھے جانے کے ایک سو بیس برس سے زیادہ بعد، اور ۲۱ اپریل ۱۹۳۸ء کو لاہور میں اقبالؒ کی وفات کے پچاسی برس سے زیادہ بعد بھی، *بچے کی دعا* ہم میں سے بہت سوں کی وہ پہلی نظم ہے جو ہمیں زبانی یاد ہوئی۔ شاید یہ دنیا میں سب سے زیادہ پڑھی جانے والی اردو نظم ہو، اور یہ شمع جیسی ایک زندگی سے زیادہ کچھ نہیں مانگتی۔

# features: izafat, digits-urdu, dates, page-cite
# en: *Kulliyat-e-Iqbal (Urdu)*, Iqbal Academy Pakistan, Lahore, 1990, p. 66. The text of the poem given here follows this edition.
note-kulliyat-e-iqbal-urdu = *کلیاتِ اقبال (اردو)*، اقبال اکادمی پاکستان، لاہور، ۱۹۹۰ء، ص ۶۶۔ یہاں نظم کا متن اسی اشاعت کے مطابق ہے۔

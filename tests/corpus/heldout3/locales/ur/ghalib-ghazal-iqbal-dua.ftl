### Urdu translation of content/ghalib-ghazal-iqbal-dua.md. Above each message, `# en:` records the English it was translated from.

# features: poetry-signs, honorific-attached, quotes-punct
# en: Ghalib's "Thousands of desires" and Iqbal's "A child's prayer"
title = غالبؔ کی ”ہزاروں خواہشیں ایسی“ اور اقبالؒ کی ”بچے کی دعا“

# features: none
# en: A ghazal that every Urdu reader knows by heart, and the prayer that schoolchildren in Pakistan still recite every morning.
summary = ایک غزل جو ہر اردو قاری کو زبانی یاد ہے، اور وہ دعا جو پاکستان کے اسکولوں میں بچے آج بھی ہر صبح پڑھتے ہیں۔

# features: poetry-signs, digits-urdu, dates, quotes-punct
# en: Mirza Asadullah Khan Ghalib (27 December 1797 – 15 February 1869) died in Delhi 155 years ago today. His ghazals are still quoted in parliament, in films and on Twitter; here is the one that almost everyone knows, with a plain English translation.
p-mirza-asadullah-khan-ghalib = مرزا اسد اللہ خان غالبؔ (۲۷ دسمبر ۱۷۹۷ء – ۱۵ فروری ۱۸۶۹ء) آج سے ۱۵۵ برس پہلے دہلی میں فوت ہوئے۔ ان کی غزلیں آج بھی پارلیمان میں، فلموں میں اور ٹوئٹر پر دہرائی جاتی ہیں؛ پیش ہے وہ غزل جو تقریباً ہر کسی کو یاد ہے، سادہ انگریزی ترجمے کے ساتھ۔

# features: quotes-punct
# en: Ghazal: "Thousands of desires"
h-ghazal-thousands-of-desires = غزل: ”ہزاروں خواہشیں ایسی“

# features: verse-breaks
# en: Thousands of desires, each one worth dying for;\
# en: many of my longings came true, and yet they were too few.
quote-thousands-of-desires-each =
    ہزاروں خواہشیں ایسی کہ ہر خواہش پہ دم نکلے\
    بہت نکلے مرے ارمان لیکن پھر بھی کم نکلے

# features: verse-breaks, quotes-punct
# en: Why should my killer fear? What will stay upon her neck,\
# en: the blood that all my life has flowed so from my wet eyes?
quote-why-should-my-killer =
    ڈرے کیوں میرا قاتل؟ کیا رہے گا اس کی گردن پر\
    وہ خوں جو چشمِ تر سے عمر بھر یوں دم بہ دم نکلے

# features: verse-breaks
# en: We have long heard of Adam's exit from paradise, but\
# en: in far greater disgrace did I leave your street.
quote-we-have-long-heard =
    نکلنا خلد سے آدم کا سنتے آئے ہیں لیکن\
    بہت بے آبرو ہو کر ترے کوچے سے ہم نکلے

# features: verse-breaks
# en: In love there is no difference between living and dying;\
# en: we live by looking at the very infidel for whom we die.
quote-in-love-there-is =
    محبت میں نہیں ہے فرق جینے اور مرنے کا\
    اسی کو دیکھ کر جیتے ہیں جس کافر پہ دم نکلے

# features: verse-breaks, poetry-signs
# en: How far is the tavern's door, Ghalib, and how far the preacher!\
# en: Yet this much I know: he was going in as I came out.
quote-how-far-is-the =
    کہاں مے خانہ کا دروازہ غالبؔ اور کہاں واعظ\
    پر اتنا جانتے ہیں کل وہ جاتا تھا کہ ہم نکلے

# features: poetry-signs, footnote
# en: In the last couplet, the *maqta*, Ghalib names himself and teases the preacher who warns everyone against wine.[^1]
p-in-the-last-couplet = آخری شعر یعنی *مقطع* میں غالبؔ اپنا تخلص لاتے ہیں اور شراب سے ڈرانے والے واعظ پر چوٹ کرتے ہیں۔[^1]

# features: quotes-punct
# en: Nazm: "A child's prayer"
h-nazm-a-child-s = نظم: ”بچے کی دعا“

# features: verse-breaks
# en: My longing comes to my lips as a prayer:\
# en: O God, may my life be like a candle.
quote-my-longing-comes-to =
    لب پہ آتی ہے دعا بن کے تمنا میری\
    زندگی شمع کی صورت ہو خدایا میری

# features: verse-breaks
# en: May the darkness of the world vanish through me;\
# en: may every place be lit by my shining.
quote-may-the-darkness-of =
    دور دنیا کا مرے دم سے اندھیرا ہو جائے\
    ہر جگہ میرے چمکنے سے اجالا ہو جائے

# features: verse-breaks
# en: May my country be adorned by me\
# en: as a garden is adorned by a flower.
quote-may-my-country-be =
    ہو مرے دم سے یونہی میرے وطن کی زینت\
    جس طرح پھول سے ہوتی ہے چمن کی زینت

# features: honorific-attached, digits-urdu, dates
# en: Allama Muhammad Iqbal (1877–1938) wrote this poem for children in 1902, and it was collected in *Bang-e-Dra* in 1924. More than 120 years later it is still sung in the morning assembly of schools across Pakistan.
p-allama-muhammad-iqbal-1877 = علامہ محمد اقبالؒ (۱۸۷۷ء–۱۹۳۸ء) نے یہ نظم ۱۹۰۲ء میں بچوں کے لیے لکھی، اور یہ ۱۹۲۴ء میں *بانگِ درا* میں شامل ہوئی۔ ۱۲۰ سال سے زیادہ گزرنے کے بعد بھی یہ پاکستان بھر کے اسکولوں کی صبح کی اسمبلی میں پڑھی جاتی ہے۔

# features: poetry-signs, verse-breaks, quotes-punct
# en: To close, one more couplet by Ghalib:\
# en: I know the truth about paradise, but\
# en: to keep the heart happy, Ghalib, it is a fine thought.
p-to-close-one-more =
    آخر میں غالبؔ کا ایک اور شعر:\
    ؎ ہم کو معلوم ہے جنت کی حقیقت لیکن\
    دل کے خوش رکھنے کو غالبؔ یہ خیال اچھا ہے

# features: link, url-email, quotes-punct
# en: The full ghazal and its variant readings are on [Rekhta](https://www.rekhta.org/poets/mirza-ghalib). Which couplet do you know by heart?
p-the-full-ghazal-and = مکمل غزل اور اس کی مختلف قرأتیں [ریختہ](https://www.rekhta.org/poets/mirza-ghalib) پر موجود ہیں۔ آپ کو کون سا شعر زبانی یاد ہے؟

# features: none
# en: The text follows the common Nizami Press edition of *Diwan-e-Ghalib*.
note-the-text-follows-the = متن نظامی پریس کے عام نسخۂ *دیوانِ غالب* کے مطابق ہے۔

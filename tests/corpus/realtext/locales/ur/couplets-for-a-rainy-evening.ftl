### Urdu translation of content/couplets-for-a-rainy-evening.md. Above each message, `# en:` records the English it was translated from.

# features: poetry-signs, quotes-punct
# en: Six couplets for a rainy evening: Ghalib, Iqbal and Faiz
title = بارش کی شام کے لیے چھ اشعار: غالبؔ، اقبالؔ اور فیضؔ

# features: none
# en: Some verses stay with you for a lifetime. These are my favourites, with a few words about each.
summary = کچھ اشعار عمر بھر ساتھ رہتے ہیں۔ یہ میرے پسندیدہ ہیں، ہر ایک کے بارے میں دو چار باتوں کے ساتھ۔

# features: none
# en: It has been raining since the afternoon, the tea is ready, and as always on such evenings I have opened the old *Diwan-e-Ghalib*. Here are six couplets I keep coming back to.
p-it-has-been-raining = دوپہر سے بارش ہو رہی ہے، چائے تیار ہے، اور ایسی شاموں میں ہمیشہ کی طرح میں نے پرانا *دیوانِ غالب* کھول لیا ہے۔ یہ رہے وہ چھ شعر جن کی طرف میں بار بار لوٹتی ہوں۔

# features: poetry-signs, verse-breaks
# en: Thousands of desires, each one worth dying for;\
# en: many of my longings were fulfilled, and yet too few.
p-thousands-of-desires-each =
    ؎ ہزاروں خواہشیں ایسی کہ ہر خواہش پہ دم نکلے\
    بہت نکلے مرے ارمان لیکن پھر بھی کم نکلے

# features: poetry-signs, verse-breaks
# en: There are many other fine poets in the world,\
# en: but they say Ghalib's way of saying things is something else.
p-there-are-many-other =
    ؎ ہیں اور بھی دنیا میں سخن ور بہت اچھے\
    کہتے ہیں کہ غالبؔ کا ہے اندازِ بیاں اور

# features: honorific-detached, poetry-signs, quotes-punct
# en: Mirza Ghalib wrote this *maqta* (the closing couplet, in which the poet names himself) with a pride no one has ever held against him. When you read it aloud, mind the marks: the shadda ( ّ ), the jazm ( ْ ) and the standing zabar ( ٰ ) change the metre, and so does the hamza of the izafat ( ٔ ), as in “jalwa-e-yaar”.
p-mirza-ghalib-wrote-this = مرزا غالبؔ نے یہ *مقطع* (غزل کا آخری شعر، جس میں شاعر اپنا تخلص لاتا ہے) ایسے فخر سے کہا جس کا کبھی کسی نے بُرا نہیں مانا۔ اسے بلند آواز سے پڑھیں تو اعراب کا خیال رکھیں: تشدید ( ّ )، جزم ( ْ ) اور کھڑی زبر ( ٰ ) وزن بدل دیتے ہیں، اور اضافت کا ہمزہ ( ٔ ) بھی، جیسے ”جلوۂ یار“ میں۔

# features: verse-breaks
# en: Raise your selfhood so high that before every decree of fate\
# en: God himself asks His servant: tell me, what is your wish?
quote-raise-your-selfhood-so =
    خودی کو کر بلند اتنا کہ ہر تقدیر سے پہلے\
    خدا بندے سے خود پوچھے بتا تیری رضا کیا ہے

# features: verse-breaks
# en: There are worlds beyond the stars;\
# en: there are still more trials of love to come.
quote-there-are-worlds-beyond =
    ستاروں سے آگے جہاں اور بھی ہیں\
    ابھی عشق کے امتحاں اور بھی ہیں

# features: honorific-detached, poetry-signs, digits-urdu, dates
# en: From Allama Iqbal's *Bal-e-Jibril*, 1935. Iqbal wrote these couplets for the young, and they still live on the walls of every college.
p-from-allama-iqbal-s = علامہ اقبالؔ کی *بالِ جبریل* (۱۹۳۵ء) سے۔ اقبال ؔ نے یہ اشعار نوجوانوں کے لیے کہے تھے، اور یہ آج بھی ہر کالج کی دیواروں پر زندہ ہیں۔

# features: poetry-signs, verse-breaks
# en: There are other sorrows in the world besides love,\
# en: other comforts besides the comfort of union.
p-there-are-other-sorrows =
    ؎ اور بھی دکھ ہیں زمانے میں محبت کے سوا\
    راحتیں اور بھی ہیں وصل کی راحت کے سوا

# features: poetry-signs, verse-breaks
# en: Let colour fill the flowers, let the new spring breeze blow;\
# en: do come, so that the garden's business may go on.
p-let-colour-fill-the =
    ؎ گلوں میں رنگ بھرے بادِ نوبہار چلے\
    چلے بھی آؤ کہ گلشن کا کاروبار چلے

# features: honorific-detached, poetry-signs, digits-urdu, dates, quotes-punct
# en: Both couplets are by Faiz Ahmed Faiz. The first is from *Naqsh-e-Faryadi* (1943); the second was sung by Mehdi Hassan and became immortal.
p-both-couplets-are-by = دونوں اشعار فیض احمد فیض ؔ کے ہیں۔ پہلا *نقشِ فریادی* (۱۹۴۳ء) سے ہے؛ دوسرا مہدی حسن نے گایا اور امر ہو گیا۔

# features: mark-at-start, poetry-signs, emoji, tatweel, quotes-punct
# en: ؔ — this small sign above a poet's name is the *takhallus* mark. It tells you that "Ghalib", "Iqbal" or "Faiz" is the poet's pen name, not an ordinary word. Which couplet is your favourite? Tell me in the comments ❤️
p-this-small-sign-above = ؔ — شاعر کے نام کے اوپر لگا یہ ننھا سا نشان *تخلص* کی علامت ہے۔ یہ بتاتا ہے کہ ‘غالب’، ‘اقبال’ یا ‘فیض’ شاعر کا قلمی نام ہے، کوئی عام لفظ نہیں۔ آپ کا پسندیدہ شعر کون سا ہے؟ کمنٹس میں ضرور بتائیں ❤️ واہ واہـــــــــ!

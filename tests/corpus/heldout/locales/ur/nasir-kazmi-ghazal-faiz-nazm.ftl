### Urdu translation of content/nasir-kazmi-ghazal-faiz-nazm.md. Above each message, `# en:` records the English it was translated from.

# features: poetry-signs
# en: A ghazal by Nasir Kazmi and a nazm by Faiz, for a restless heart
title = ناصر کاظمیؔ کی غزل اور فیضؔ کی نظم، دلِ بےچین کے نام

# features: poetry-signs
# en: Five couplets about a sudden wave in the heart, and the opening of the nazm in which Faiz turns from the beloved to the world.
summary = دل میں اچانک اٹھنے والی لہر پر پانچ اشعار، اور اُس نظم کا آغاز جس میں فیضؔ محبوب سے دنیا کی طرف مڑتے ہیں۔

# features: none
# en: For some days my heart has been restless for no reason. On such days I do not want long books, only a few lines. So here is a ghazal by Nasir Kazmi and the beginning of one of Faiz's most famous nazms.
p-for-some-days-my = کچھ دنوں سے دل بلاوجہ بےچین ہے۔ ایسے دنوں میں لمبی کتابیں نہیں، بس چند سطریں چاہییں۔ تو لیجیے، ناصر کاظمی کی ایک غزل اور فیض کی مشہور ترین نظموں میں سے ایک کا آغاز۔

# features: poetry-signs, quotes-punct
# en: Ghazal: Nasir Kazmi
h-ghazal-nasir-kazmi = غزل: ناصر کاظمیؔ

# features: poetry-signs, verse-breaks
# en: A wave of some kind has just risen in my heart;\
# en: some fresh wind has just begun to blow.
p-a-wave-of-some =
    ؎ دل میں اک لہر سی اٹھی ہے ابھی\
    کوئی تازہ ہوا چلی ہے ابھی

# features: verse-breaks
# en: There is an uproar in the house of my heart;\
# en: as if a wall has just fallen somewhere.
p-there-is-an-uproar =
    شور برپا ہے خانۂ دل میں\
    کوئی دیوار سی گری ہے ابھی

# features: verse-breaks
# en: I am somewhat delicate by nature,\
# en: and this wound, too, is still new.
p-i-am-somewhat-delicate =
    کچھ تو نازک مزاج ہیں ہم بھی\
    اور یہ چوٹ بھی نئی ہے ابھی

# features: verse-breaks
# en: In a world so full, my heart does not settle;\
# en: who knows what is still missing.
p-in-a-world-so =
    بھری دنیا میں جی نہیں لگتا\
    جانے کس چیز کی کمی ہے ابھی

# features: poetry-signs, verse-breaks, repeated-spaces
# en: Good times will come too, Nasir;\
# en: do not grieve, there is a whole life still ahead.
p-good-times-will-come =
    ؎  وقت اچھا بھی آئے گا ناصرؔ\
    غم نہ کر زندگی پڑی ہے ابھی

# features: honorific-detached, poetry-signs, digits-urdu, dates, quotes-punct
# en: Nasir Kazmi (1925-1972) wrote in the plainest words, and that is why his couplets are so hard to forget. In the last couplet, the *maqta*, he speaks to himself by his pen name.
p-nasir-kazmi-1925-1972 = ناصر کاظمی (۱۹۲۵ء - ۱۹۷۲ء) نے سادہ ترین لفظوں میں شعر کہے، اور یہی وجہ ہے کہ اُن کے اشعار بھلائے نہیں بھولتے۔ آخری شعر یعنی *مقطع* میں وہ اپنے تخلص ”ناصر ؔ“ سے خود کو مخاطب کرتے ہیں۔

# features: quotes-punct
# en: Nazm: "Do not ask me for that first love again"
h-nazm-do-not-ask = نظم: ”مجھ سے پہلی سی محبت مِری محبوب نہ مانگ“

# features: verse-breaks, quotes-punct
# en: Do not ask me, my beloved, for that first love again.\
# en: I had thought that if you were there, life would be radiant;\
# en: that with your sorrow, what quarrel was there with the sorrows of the world?\
# en: Your face gave the springs of the world their permanence;\
# en: what is there in the world besides your eyes?\
# en: If I found you, fate itself would bow its head.\
# en: It was not so; I had only wished it would be so.
quote-do-not-ask-me =
    مجھ سے پہلی سی محبت مِری محبوب نہ مانگ\
    میں نے سمجھا تھا کہ تُو ہے تو درخشاں ہے حیات\
    تیرا غم ہے تو غمِ دہر کا جھگڑا کیا ہے\
    تیری صورت سے ہے عالم میں بہاروں کو ثبات\
    تیری آنکھوں کے سِوا دنیا میں رکھا کیا ہے؟\
    تُو جو مل جائے تو تقدیر نگوں ہو جائے\
    یوں نہ تھا، مَیں نے فقط چاہا تھا یوں ہو جائے

# features: poetry-signs
# en: In these lines Faiz's poetry turns from the beloved to the world outside. Madam Noor Jehan later sang this nazm, and after that Faiz himself used to say it was no longer his.
p-in-these-lines-faiz = ان سطروں میں فیضؔ کی شاعری محبوب سے ہٹ کر باہر کی دنیا کی طرف مڑتی ہے۔ بعد میں ملکۂ ترنم نور جہاں نے یہ نظم گائی، اور اس کے بعد فیض صاحب خود کہا کرتے تھے کہ اب یہ نظم میری نہیں رہی۔

# features: poetry-signs, verse-breaks, quotes-punct
# en: To close, a couplet by Ahmad Faraz:\
# en: If we part this time, perhaps we shall meet in dreams,\
# en: the way dried flowers are found in books.
p-to-close-a-couplet =
    آخر میں احمد فرازؔ کا ایک شعر:\
    ؎ اب کے ہم بچھڑے تو شاید کبھی خوابوں میں ملیں\
    جس طرح سوکھے ہوئے پھول کتابوں میں ملیں

# features: emoji, quotes-punct
# en: Which of these lines stayed with you? Write it in the comments. 🌙
p-which-of-these-lines = ان میں سے کون سا شعر آپ کے دل میں رہ گیا؟ کمنٹ میں ضرور لکھیں۔ 🌙

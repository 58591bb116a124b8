### Urdu translation of content/faiz-nazm-and-essay.md. Above each message, `# en:` records the English it was translated from.

# features: poetry-signs, quotes-punct
# en: "Speak, for your lips are free": Faiz, forty years on
title = ”بول کہ لب آزاد ہیں تیرے“: فیضؔ، چالیس برس بعد

# features: digits-urdu, dates, izafat
# en: Twelve lines written in 1941, a fragrance from Parveen Shakir, and why plain words still frighten those in power.
summary = ۱۹۴۱ء میں لکھی گئی بارہ سطریں، پروین شاکر کی خوشبو، اور یہ کہ سیدھے سادے لفظ آج بھی اہلِ اقتدار کو کیوں ڈراتے ہیں۔

# features: poetry-signs, digits-urdu, dates, hamza-forms
# en: Faiz Ahmed Faiz (13 February 1911 – 20 November 1984) died in Lahore forty years ago today. He was born in Sialkot, studied English and Arabic in Lahore, taught, edited a newspaper, served in the army during the Second World War, and spent more than four years in prison after 1951. Through all of it he wrote poems that people learned by heart without meaning to.
p-faiz-ahmed-faiz-13 = فیض احمد فیضؔ (۱۳ فروری ۱۹۱۱ء – ۲۰ نومبر ۱۹۸۴ء) آج سے چالیس برس پہلے لاہور میں انتقال کر گئے تھے۔ وہ سیالکوٹ میں پیدا ہوۓ، لاہور میں انگریزی اور عربی کی تعلیم حاصل کی، پڑھایا، ایک اخبار کی ادارت کی، دوسری عالمی جنگ کے دوران فوج میں خدمات انجام دیں، اور ۱۹۵۱ء کے بعد چار برس سے زیادہ جیل میں گزارے۔ ان تمام برسوں میں وہ ایسی نظمیں لکھتے رہے جو لوگوں کو بغیر کوشش کے زبانی یاد ہو گئیں۔

# features: tashdid, izafat, quotes-punct
# en: His best-known lines are about love and about the world, and usually about both at once. In the poems of his youth the beloved stands at the centre; later the sorrow of the beloved, *gham-e-janan*, and the sorrow of the age, *gham-e-dauran*, become one sorrow.
p-his-best-known-lines = ان کے مشہور ترین اشعار محبّت کے بارے میں بھی ہیں اور دنیا کے بارے میں بھی، اور اکثر بیک وقت دونوں کے بارے میں۔ جوانی کی نظموں میں محبوب مرکز میں کھڑا ہے؛ بعد میں محبوب کا غم، *غمِ جاناں*، اور زمانے کا غم، *غمِ دوراں*، ایک ہی غم بن جاتے ہیں۔

# features: quotes-punct
# en: The nazm: "Speak"
h-the-nazm-speak = نظم: ”بول“

# features: digits-urdu, dates, izafat
# en: *Bol*, "Speak", appeared in his first collection, *Naqsh-e-Faryadi*, in 1941. It has only twelve short lines, and it says one thing twelve times.
p-bol-speak-appeared-in = *بول* ان کے پہلے مجموعۂ کلام *نقشِ فریادی* میں ۱۹۴۱ء میں شائع ہوئی۔ اس میں صرف بارہ مختصر مصرعے ہیں، اور یہ ایک ہی بات بارہ بار کہتی ہے۔

# features: verse-breaks
# en: Speak, for your lips are free;\
# en: speak, your tongue is still your own.
quote-speak-for-your-lips =
    بول کہ لب آزاد ہیں تیرے\
    بول زباں اب تک تیری ہے

# features: verse-breaks
# en: Your upright body is your own;\
# en: speak, your life is still your own.
quote-your-upright-body-is =
    تیرا ستواں جسم ہے تیرا\
    بول کہ جاں اب تک تیری ہے

# features: verse-breaks
# en: See how in the blacksmith's shop\
# en: the flames are fierce, the iron is red;
quote-see-how-in-the =
    دیکھ کہ آہن گر کی دکاں میں\
    تند ہیں شعلے سرخ ہے آہن

# features: verse-breaks
# en: the mouths of the locks have begun to open,\
# en: the hem of every chain has spread.
quote-the-mouths-of-the =
    کھلنے لگے قفلوں کے دہانے\
    پھیلا ہر اک زنجیر کا دامن

# features: verse-breaks
# en: Speak, this little time is plenty\
# en: before the death of body and tongue;
quote-speak-this-little-time =
    بول یہ تھوڑا وقت بہت ہے\
    جسم و زباں کی موت سے پہلے

# features: verse-breaks
# en: speak, for the truth is still alive;\
# en: speak, say whatever you have to say.
quote-speak-for-the-truth =
    بول کہ سچ زندہ ہے اب تک\
    بول جو کچھ کہنا ہے کہہ لے

# features: izafat
# en: Notice how little decoration there is. There is no rose, no nightingale, no cup of wine. The only workshop is a blacksmith's, and the only beloved is the truth. The poem is written in the second person, but the reader soon understands that the poet is speaking to himself as much as to anyone.
p-notice-how-little-decoration = دیکھیے اس میں سجاوٹ کتنی کم ہے۔ نہ گلاب ہے، نہ بلبل، نہ جام۔ واحد کارخانہ ایک لوہار کی دکان ہے، اور واحد محبوب سچائی ہے۔ نظم صیغۂ حاضر میں لکھی گئی ہے، لیکن پڑھنے والا جلد سمجھ جاتا ہے کہ شاعر کسی اور سے زیادہ خود سے مخاطب ہے۔

# features: poetry-signs, digits-urdu, dates, izafat
# en: Ten years later Faiz was arrested in the Rawalpindi Conspiracy case, and the poems of *Dast-e-Saba* (1952) and *Zindan-Nama* (1956) were written behind bars. Read after those years, *Bol* sounds less like advice and more like a promise he kept. Students have chanted it at protests from Lahore to Delhi, and musicians have set it to new tunes in every decade since.
p-ten-years-later-faiz = دس برس بعد فیضؔ کو راولپنڈی سازش کیس میں گرفتار کر لیا گیا، اور *دستِ صبا* (۱۹۵۲ء) اور *زنداں نامہ* (۱۹۵۶ء) کی نظمیں سلاخوں کے پیچھے لکھی گئیں۔ ان برسوں کے بعد پڑھی جائے تو *بول* نصیحت کم اور ایک ایسا وعدہ زیادہ لگتی ہے جو انہوں نے نبھایا۔ طلبہ نے لاہور سے دہلی تک احتجاجی مظاہروں میں اسے نعرے کی طرح دہرایا ہے، اور موسیقاروں نے اس کے بعد ہر دہائی میں اسے نئی دھنوں میں ڈھالا ہے۔

# features: poetry-signs, persian, zwnj-zwj, izafat, quotes-punct
# en: Faiz also grew up with Persian, as every educated Punjabi of his generation did, and the old masters never left his verse. Hafez, for one, had joined love and danger long before him, in a line whose lover cries out: "My heart slips from my hands; O you who have hearts, for God's sake!"
p-faiz-also-grew-up = فیضؔ بھی اپنی نسل کے ہر پڑھے لکھے پنجابی کی طرح فارسی کے ساتھ پلے بڑھے، اور پرانے اساتذہ ان کے کلام سے کبھی جدا نہیں ہوئے۔ حافظؔ نے تو ان سے بہت پہلے عشق اور خطرے کو ایک ایسے مصرعے میں یکجا کر دیا تھا جس میں عاشق پکار اٹھتا ہے: «دل می‌رود ز دستم صاحب‌دلان خدا را» (میرا دل ہاتھ سے نکلا جا رہا ہے، اے اہلِ دل، خدا کے لیے!)

# features: quotes-punct
# en: A fragrance: Parveen Shakir
h-a-fragrance-parveen-shakir = ایک خوشبو: پروین شاکر

# features: poetry-signs, digits-urdu, dates, quotes-punct
# en: If Faiz taught Urdu poetry to speak of the street, Parveen Shakir (1952–1994) taught it to speak in a woman's voice, without borrowing a man's. Her first collection, *Khushbu* ("Fragrance"), came out in 1976, when she was twenty-four, and made her famous overnight. Here are two of her best-known couplets:
p-if-faiz-taught-urdu = اگر فیضؔ نے اردو شاعری کو گلی کوچے کی بات کرنا سکھایا، تو پروین شاکر (۱۹۵۲ء–۱۹۹۴ء) نے اسے کسی مرد کی آواز مستعار لیے بغیر عورت کی آواز میں بولنا سکھایا۔ ان کا پہلا مجموعہ *خوشبو* ۱۹۷۶ء میں شائع ہوا، جب ان کی عمر چوبیس برس تھی، اور وہ راتوں رات مشہور ہو گئیں۔ پیش ہیں ان کے دو مشہور ترین شعر:

# features: verse-breaks, partial-harakat
# en: From lane to lane the news of our acquaintance spread;\
# en: he welcomed me the way one welcomes a fragrance.
quote-from-lane-to-lane =
    کُو بہ کُو پھیل گئی بات شناسائی کی\
    اس نے خوشبو کی طرح میری پذیرائی کی

# features: verse-breaks, hamza-forms
# en: He is only a fragrance; he will scatter on the wind.\
# en: The trouble is the flower's: where will the flower go?
quote-he-is-only-a =
    وہ تو خوشبو ہے ہواؤں میں بکھر جائے گا\
    مسئلہ پھول کا ہے پھول کدھر جائے گا

# features: poetry-signs, digits-urdu, dates
# en: She died in a road accident in Islamabad on 26 December 1994, at the age of forty-two. Like Faiz, she is quoted today by people who have never opened one of her books.
p-she-died-in-a = وہ ۲۶ دسمبر ۱۹۹۴ء کو اسلام آباد میں ایک سڑک حادثے میں بیالیس برس کی عمر میں جاں بحق ہو گئیں۔ فیضؔ کی طرح آج انہیں بھی وہ لوگ دہراتے ہیں جنہوں نے ان کی کوئی کتاب کبھی کھول کر نہیں دیکھی۔

# features: quotes-punct
# en: Why plain words last
h-why-plain-words-last = سادہ لفظ کیوں زندہ رہتے ہیں؟

# features: poetry-signs, tashdid, quotes-punct
# en: What joins these two poets is plainness. Faiz's nazm uses the words of everyday speech: lips, tongue, body, iron, lock, chain. Parveen Shakir's couplets turn on a single word, *khushbu*. Neither needs a dictionary, and that is why both travel so far.
p-what-joins-these-two = ان دونوں شاعروں کو جو چیز جوڑتی ہے وہ سادگی ہے۔ فیضؔ کی نظم روزمرّہ بول چال کے الفاظ استعمال کرتی ہے: لب، زباں، جسم، آہن، قفل، زنجیر۔ پروین شاکر کے اشعار ایک ہی لفظ *خوشبو* کے گرد گھومتے ہیں۔ کسی کو لغت کی ضرورت نہیں، اور اسی لیے دونوں اتنی دور تک سفر کرتے ہیں۔

# features: poetry-signs, quotes-punct
# en: In the last couplet of a ghazal, the *maqta*, an Urdu poet names himself by his pen name, and Faiz signs his with the word that means "grace" or "bounty". Forty years after his death the grace remains, and so does the instruction: speak, while there is still time.
p-in-the-last-couplet = غزل کے آخری شعر یعنی *مقطع* میں اردو شاعر اپنا تخلص لاتا ہے، اور فیضؔ اپنے مقطع پر جس لفظ سے دستخط کرتے ہیں اس کا مطلب ہے ”عطا“ یا ”بخشش“۔ ان کی وفات کے چالیس برس بعد بھی یہ فیض باقی ہے، اور وہ ہدایت بھی: بول، کہ ابھی وقت ہے۔

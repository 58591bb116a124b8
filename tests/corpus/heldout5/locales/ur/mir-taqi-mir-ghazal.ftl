### Urdu translation of content/mir-taqi-mir-ghazal.md. Above each message, `# en:` records the English it was translated from.

# features: poetry-signs, quotes-punct
# en: "Love, Mir, is a heavy stone": a ghazal of Mir Taqi Mir
title = ”عشق اک میرؔ بھاری پتھر ہے“: میر تقی میرؔ کی ایک غزل

# features: poetry-signs, quotes-punct
# en: Five couplets from one of Mir's best-known ghazals in a plain English version, and a short essay on the poet whom Ghalib called a master.
summary = میرؔ کی مشہور ترین غزلوں میں سے ایک کے پانچ اشعار، سادہ انگریزی ترجمے کے ساتھ، اور اس شاعر پر ایک مختصر مضمون جسے غالبؔ نے استاد مانا۔

# features: poetry-signs, digits-urdu, dates, hamza-forms, footnote
# en: Mir Taqi Mir (1723–1810) was born in Agra, grew up in the house of a Sufi father, and spent most of his life in Delhi while the Mughal capital was plundered by Nadir Shah in 1739 and, again and again, by Ahmad Shah Abdali in the years that followed. In 1782 he left the ruined city for Lucknow, where he died at the age of eighty-seven, poor and proud to the end. His six divans of Urdu verse, collected in the *Kulliyat-e-Mir*, hold close to two thousand ghazals.[^1]
p-mir-taqi-mir-1723 = میر تقی میرؔ (۱۷۲۳ء–۱۸۱۰ء) آگرہ میں پیدا ہوئے، ایک صوفی باپ کے گھر میں پلے بڑھے، اور عمر کا بیشتر حصہ دہلی میں گزارا، جب مغلوں کا دارالحکومت ۱۷۳۹ء میں نادر شاہ کے ہاتھوں اور اس کے بعد کے برسوں میں احمد شاہ ابدالی کے ہاتھوں بار بار لُٹا۔ ۱۷۸۲ء میں وہ اجڑی ہوئی دلّی چھوڑ کر لکھنؤ چلے گئے، جہاں ستاسی برس کی عمر میں ان کا انتقال ہوا؛ وہ آخر دم تک مفلس بھی رہے اور خوددار بھی۔ ان کے اردو کلام کے چھ دیوان، جو *کلیاتِ میر* میں یکجا ہیں، لگ بھگ دو ہزار غزلوں پر مشتمل ہیں۔[^1]

# features: poetry-signs, quotes-punct
# en: Generations of poets have bowed to him. Ghalib, who was not given to praising others, admitted in one of his couplets that Rekhta, the old name for Urdu poetry, had a master before him: "You are not the only master of Rekhta, Ghalib; they say that in an earlier age there was also a Mir."
p-generations-of-poets-have = نسل در نسل شاعروں نے ان کے آگے سر جھکایا ہے۔ غالبؔ، جو دوسروں کی تعریف میں فیاض نہیں تھے، اپنے ایک شعر میں مان گئے کہ ریختہ، یعنی اردو شاعری کے پرانے نام، کا ایک استاد ان سے پہلے بھی گزرا ہے: ”ریختے کے تمہی استاد نہیں ہو غالبؔ / کہتے ہیں اگلے زمانے میں کوئی میرؔ بھی تھا“

# features: none
# en: The ghazal
h-the-ghazal = غزل

# features: quotes-punct
# en: The ghazal below is written in one of the shortest and plainest metres of Urdu. Its refrain, *uthta hai* ("rises"), closes every second line. Only five of its couplets are given here.
p-the-ghazal-below-is = ذیل کی غزل اردو کی مختصر ترین اور سادہ ترین بحروں میں سے ایک میں ہے۔ اس کی ردیف *اٹھتا ہے* ہر شعر کے دوسرے مصرعے کے آخر میں آتی ہے۔ یہاں اس کے صرف پانچ اشعار دیے گئے ہیں۔

# features: verse-breaks
# en: Look: is it from the heart or from the soul that it rises?\
# en: Where does this thing like smoke rise from?
quote-look-is-it-from =
    دیکھ تو دل کہ جاں سے اٹھتا ہے\
    یہ دھواں سا کہاں سے اٹھتا ہے

# features: verse-breaks
# en: Whose grave is this, O sky, of which burnt heart,\
# en: that every dawn a flame rises from here?
quote-whose-grave-is-this =
    گور کس دل جلے کی ہے یہ فلک\
    شعلہ اک صبح یاں سے اٹھتا ہے

# features: verse-breaks, izafat
# en: Do not, whatever you do, leave the house of the heart;\
# en: does anyone rise and leave a dwelling such as this?
quote-do-not-whatever-you =
    خانۂ دل سے زینہار نہ جا\
    کوئی ایسے مکاں سے اٹھتا ہے

# features: verse-breaks
# en: I rose from that lane with such a sigh\
# en: as one who rises and leaves the world.
quote-i-rose-from-that =
    یوں اٹھے آہ اس گلی سے ہم\
    جیسے کوئی جہاں سے اٹھتا ہے

# features: verse-breaks, poetry-signs
# en: Love, Mir, is a heavy stone;\
# en: when could a weakling like you lift it?
quote-love-mir-is-a =
    عشق اک میرؔ بھاری پتھر ہے\
    کب یہ تجھ ناتواں سے اٹھتا ہے

# features: none
# en: Reading the ghazal
h-reading-the-ghazal = غزل کی قرأت

# features: quotes-punct, hamza-forms
# en: Everything in this ghazal turns on a single verb, *uthna*, "to rise". Smoke rises, a flame rises, a guest rises to leave, a dying man rises from the world, and in the end a stone refuses to rise. The refrain is the same word every time, and Mir makes it mean something new every time.
p-everything-in-this-ghazal = یہ پوری غزل ایک ہی فعل *اٹھنا* کے گرد گھومتی ہے۔ دھواں اٹھتا ہے، شعلہ اٹھتا ہے، مہمان رخصت ہونے کو اٹھتا ہے، مرنے والا دنیا سے اٹھتا ہے، اور آخر میں ایک پتھر ہے جو اٹھنے سے انکار کر دیتا ہے۔ ردیف ہر بار وہی لفظ ہے، مگر میرؔ ہر بار اسے ایک نیا مطلب دے دیتے ہیں۔

# features: poetry-signs, tashdid, quotes-punct, footnote
# en: The first couplet is a question that the speaker cannot answer. He sees smoke and does not know whether it comes from the heart or from the soul; he knows only that something inside him is burning. Critics have often pointed to this couplet as an example of what Urdu calls *saadgi*, simplicity: there is not one difficult word in it, and yet it cannot be paraphrased.[^2]
p-the-first-couplet-is = مطلع ایک ایسا سوال ہے جس کا جواب کہنے والے کے پاس نہیں۔ اسے دھواں نظر آتا ہے اور وہ نہیں جانتا کہ یہ دل سے اٹھ رہا ہے یا جان سے؛ بس اتنا جانتا ہے کہ اس کے اندر کچھ جل رہا ہے۔ نقّاد اکثر اس شعر کو اس خوبی کی مثال کے طور پر پیش کرتے ہیں جسے اردو میں *سادگی* کہا جاتا ہے: اس میں ایک بھی مشکل لفظ نہیں، اور پھر بھی اس کی نثر نہیں کی جا سکتی۔[^2]

# features: none
# en: The second couplet moves from the body to the sky. The speaker looks at the red of dawn and asks whose grave it is, as if the whole horizon were a burial ground for lovers who burned to death. The image is extravagant, but the voice stays calm, almost curious.
p-the-second-couplet-moves = دوسرا شعر بدن سے آسمان کی طرف چلا جاتا ہے۔ کہنے والا صبح کی سرخی کو دیکھ کر پوچھتا ہے کہ یہ کس کی قبر ہے، گویا پورا افق ان عاشقوں کا قبرستان ہو جو جل کر مر گئے۔ تصویر مبالغہ آمیز ہے، مگر لہجہ پُرسکون رہتا ہے، بلکہ کچھ تجسس بھرا۔

# features: poetry-signs, digits-urdu, dates, izafat
# en: The fourth couplet is the saddest. To leave the beloved's lane is to die, and Mir says this without any ornament, only with a comparison. Muhammad Husain Azad, writing in *Aab-e-Hayat* (1880), described Mir's verse as full of sorrow and pain, and much of that reputation rests on lines like these.
p-the-fourth-couplet-is = چوتھا شعر سب سے زیادہ اداس ہے۔ محبوب کی گلی چھوڑنا مر جانے کے برابر ہے، اور میرؔ یہ بات کسی آرائش کے بغیر، صرف ایک تشبیہ کے ذریعے کہہ دیتے ہیں۔ محمد حسین آزاد نے *آبِ حیات* (۱۸۸۰ء) میں میرؔ کے کلام کو درد و الم سے بھرا ہوا بتایا ہے، اور ان کی یہ شہرت بڑی حد تک اسی طرح کے اشعار پر قائم ہے۔

# features: poetry-signs, quotes-punct
# en: The maqta, the last couplet, turns the ghazal into a joke at the poet's own expense. Love is a heavy stone, and Mir, who has spent four couplets burning and dying, is too weak to lift it. It is the lightness of this last line that makes the weight of the others bearable.
p-the-maqta-the-last = مقطع، یعنی آخری شعر، پوری غزل کو شاعر کے اپنے اوپر ایک لطیفے میں بدل دیتا ہے۔ عشق ایک بھاری پتھر ہے، اور میرؔ، جو چار شعروں تک جلتے اور مرتے رہے ہیں، اتنے ناتواں ہیں کہ اسے اٹھا نہیں سکتے۔ اسی آخری مصرعے کا ہلکا پن باقی اشعار کے بوجھ کو قابلِ برداشت بناتا ہے۔

# features: poetry-signs, quotes-punct
# en: Why Mir still matters
h-why-mir-still-matters = میرؔ آج بھی کیوں اہم ہیں؟

# features: poetry-signs, quotes-punct
# en: Two hundred years after his death, Mir is read less than Ghalib or Iqbal, and his archaic grammar (*jane hai* for "knows", *karo ho* for "you do") can sound strange to a student in Lahore or Karachi today. But poets keep going back to him. Nasir Kazmi, who brought the short, sad ghazal back to life after Partition, named Mir as his teacher, and singers from Mehdi Hassan to Abida Parveen have set his verse to music.
p-two-hundred-years-after = اپنی وفات کے دو سو برس بعد میرؔ، غالبؔ یا اقبالؒ کے مقابلے میں کم پڑھے جاتے ہیں، اور ان کی پرانی زبان (”جانتا ہے“ کی جگہ *جانے ہے*، ”کرتے ہو“ کی جگہ *کرو ہو*) آج لاہور یا کراچی کے کسی طالب علم کو اجنبی لگ سکتی ہے۔ لیکن شاعر بار بار ان کی طرف لوٹتے ہیں۔ ناصر کاظمی نے، جنہوں نے تقسیم کے بعد مختصر اور اداس غزل کو نئی زندگی دی، میرؔ کو اپنا استاد کہا، اور مہدی حسن سے عابدہ پروین تک گلوکاروں نے ان کا کلام گایا ہے۔

# features: quotes-punct
# en: Perhaps the best tribute is the simplest. Read the five couplets above aloud, once in Urdu and once in any translation, and notice which of the two you remember the next morning.
p-perhaps-the-best-tribute = شاید سب سے اچھا خراجِ عقیدت سب سے سادہ ہے۔ اوپر کے پانچ اشعار بلند آواز سے پڑھیے، ایک بار اردو میں اور ایک بار کسی بھی ترجمے میں، اور دیکھیے کہ اگلی صبح ان دونوں میں سے کون سا آپ کو یاد رہتا ہے۔

# features: digits-urdu, dates, izafat, page-cite
# en: *Kulliyat-e-Mir*, ed. Kalb-e-Ali Khan Faiq, vol. 1, Majlis Taraqqi-e-Adab, Lahore, 1965, pp. 1–40.
note-kulliyat-e-mir-ed = *کلیاتِ میر*، مرتبہ کلبِ علی خان فائق، جلد ۱، مجلسِ ترقیِ ادب، لاہور، ۱۹۶۵ء، ص ۱–۴۰۔

# features: digits-urdu, dates, izafat, page-cite
# en: Shamsur Rahman Faruqi, *Sher-e-Shor-Angez*, vol. 1, Qaumi Council for Promotion of Urdu, New Delhi, 1990, p. 212.
note-shamsur-rahman-faruqi-sher = شمس الرحمٰن فاروقی، *شعرِ شور انگیز*، جلد ۱، قومی کونسل برائے فروغِ اردو زبان، نئی دہلی، ۱۹۹۰ء، ص ۲۱۲۔

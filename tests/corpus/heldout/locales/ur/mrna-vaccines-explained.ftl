### Urdu translation of content/mrna-vaccines-explained.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: How do mRNA vaccines work? Five questions, five answers
title = mRNA ویکسین کیسے کام کرتی ہے؟ پانچ سوال، پانچ جواب

# features: quotes-punct
# en: From COVID-19 to cancer research: what messenger RNA does in the body, what it does not do, and where to check the facts.
summary = COVID-19 سے کینسر کی تحقیق تک: میسنجر آر این اے جسم میں کیا کرتا ہے، کیا نہیں کرتا، اور حقائق کہاں سے جانچیں۔

# features: digits-western, latin-in-parens
# en: During the COVID-19 pandemic, vaccines based on mRNA (messenger RNA) were used on a large scale for the first time. According to the World Health Organization (WHO), more than 13 billion doses of COVID-19 vaccines of all kinds have been given worldwide.
p-during-the-covid-19 = کووڈ-19 (COVID-19) کی وبا کے دوران پہلی بار بڑے پیمانے پر mRNA (میسنجر آر این اے) پر مبنی ویکسینز استعمال ہوئیں۔ عالمی ادارۂ صحت (WHO) کے مطابق دنیا بھر میں اب تک ہر قسم کی کووڈ ویکسین کی 13 ارب سے زیادہ خوراکیں دی جا چکی ہیں۔

# features: quotes-punct
# en: What is mRNA?
h-what-is-mrna = mRNA کیا ہے؟

# features: latin-in-parens, quotes-punct
# en: mRNA is a molecule that carries a gene's instructions to the cell's protein-making machinery, the ribosome. The vaccine carries the instructions for just one protein: the **spike protein** on the surface of the SARS-CoV-2 virus. The immune system learns to recognise it and makes antibodies.
p-mrna-is-a-molecule = mRNA ایک مالیکیول ہے جو جین کی ہدایات خلیے کی پروٹین بنانے والی مشینری یعنی رائبوسوم (ribosome) تک پہنچاتا ہے۔ ویکسین صرف ایک پروٹین کی ہدایات لے کر جاتی ہے: SARS-CoV-2 وائرس کی سطح پر موجود **سپائیک پروٹین**۔ مدافعتی نظام اسے پہچاننا سیکھ لیتا ہے اور اینٹی باڈیز بناتا ہے۔

# features: quotes-punct
# en: Does it change our DNA?
h-does-it-change-our = کیا یہ ہمارا DNA بدل دیتی ہے؟

# features: latin-in-parens
# en: No. mRNA never enters the nucleus of the cell, where DNA is kept, and it breaks down within a few days. The lipid nanoparticle (LNP) that carries it is also broken down by the body.
p-no-mrna-never-enters = نہیں۔ mRNA کبھی خلیے کے مرکزے (nucleus) میں داخل نہیں ہوتا جہاں DNA محفوظ ہوتا ہے، اور چند دنوں میں ٹوٹ کر ختم ہو جاتا ہے۔ اسے لے جانے والا لپڈ نینو پارٹیکل (LNP) بھی جسم خود توڑ دیتا ہے۔

# features: quotes-punct
# en: How much is in one dose?
h-how-much-is-in = ایک خوراک میں کتنی مقدار ہوتی ہے؟

# features: digits-western, decimals-percent, latin-in-parens, nbsp
# en: One dose of the Pfizer-BioNTech vaccine contains 30 micrograms of mRNA, and a dose of Moderna's 100 micrograms (50 micrograms for the booster). A common paracetamol tablet contains 500 mg, more than 15,000 times as much.
p-one-dose-of-the = فائزر-بائیو این ٹیک (Pfizer-BioNTech) ویکسین کی ایک خوراک میں 30 مائیکرو گرام (µg) mRNA ہوتا ہے، اور موڈرنا (Moderna) کی ایک خوراک میں 100 مائیکرو گرام (بوسٹر میں 50 مائیکرو گرام)۔ پیراسیٹامول کی ایک عام گولی میں 500 ملی گرام دوا ہوتی ہے، یعنی 15,000 گنا سے بھی زیادہ۔

# features: digits-western, quotes-punct, nbsp
# en: After vaccination, some people have pain in the arm, tiredness or fever for 1-2 days. For a child's fever, doctors usually prescribe paracetamol syrup, for example 5 ml (120 mg) at a time; do not give more than 4 doses in 24 hours. Inflammation of the heart (*myocarditis*) is a rare side effect, seen mostly in young men.
p-after-vaccination-some-people = ویکسین کے بعد کچھ لوگوں کو بازو میں درد، تھکاوٹ یا 1-2 دن بخار ہو سکتا ہے۔ بچے کے بخار کیلئے ڈاکٹر عموماً پیراسیٹامول سیرپ تجویز کرتے ہیں، مثلاً ایک وقت میں 5 ملی لیٹر (120 ملی گرام)؛ 24 گھنٹے میں 4 سے زیادہ خوراکیں نہ دیں۔ دل کی سوزش (*myocarditis*) ایک نایاب سائیڈ ایفیکٹ ہے جو زیادہ تر نوجوان مردوں میں دیکھا گیا ہے۔

# features: quotes-punct
# en: What next?
h-what-next = آگے کیا؟

# features: digits-western, latin-in-parens
# en: Researchers are now testing mRNA against influenza, RSV (respiratory syncytial virus) and some cancers. Katalin Karikó and Drew Weissman received the 2023 Nobel Prize in Physiology or Medicine for the discoveries that made these vaccines possible.
p-researchers-are-now-testing = محققین اب انفلوئنزا، آر ایس وی (RSV - respiratory syncytial virus) اور بعض اقسام کے کینسر کے خلاف بھی mRNA کو آزما رہے ہیں۔ کیٹالن کاریکو (Katalin Karikó) اور ڈریو وائزمین (Drew Weissman) کو اُن دریافتوں پر 2023 کا فزیالوجی یا میڈیسن کا نوبل انعام ملا جنہوں نے یہ ویکسینز ممکن بنائیں۔

# features: latin-in-parens, url-email, link, quotes-punct
# en: For reliable information, read [the WHO's questions and answers on vaccines](https://www.who.int/news-room/questions-and-answers/item/vaccines-and-immunization-what-is-vaccination), or visit the National Institute of Health (NIH), Islamabad, at https://www.nih.org.pk. Readers can send their questions to health.desk@example.pk.
p-for-reliable-information-read = مستند معلومات کیلئے [ویکسین کے بارے میں WHO کے سوال و جواب](https://www.who.int/news-room/questions-and-answers/item/vaccines-and-immunization-what-is-vaccination) پڑھیں، یا قومی ادارۂ صحت (NIH) اسلام آباد کی ویب سائٹ https://www.nih.org.pk دیکھیں۔ قارئین اپنے سوالات health.desk@example.pk پر بھیج سکتے ہیں۔

# features: quotes-punct
# en: *This article is for general information; consult your doctor about any medicine.*
p-this-article-is-for = {"*"}یہ مضمون عمومی معلومات کیلئے ہے؛ کسی بھی دوا کے بارے میں اپنے ڈاکٹر سے مشورہ کریں۔*

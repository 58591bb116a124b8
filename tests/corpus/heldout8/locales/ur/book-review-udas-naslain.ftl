### Urdu translation of content/book-review-udas-naslain.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: Sixty years of «Udas Naslain»: the novel of a weary generation
title = «اداس نسلیں» کے ساٹھ برس: ایک تھکی ہوئی نسل کا ناول

# features: izafat, quotes-punct
# en: Abdullah Hussain's first novel, which follows a family and a country from the First World War to Partition, is back in a new edition. It is long, uneven and indispensable.
summary = عبداللہ حسین کا پہلا ناول، جو پہلی جنگِ عظیم سے تقسیمِ ہند تک ایک خاندان اور ایک ملک کی کہانی سناتا ہے، نئے ایڈیشن میں پھر سے آیا ہے۔ یہ طویل ہے، ناہموار ہے، اور ناگزیر ہے۔

# features: pipes, italic-latin, izafat, isbn, digits-urdu, digits-western, dates
# en: **Udas Naslain** (*The Weary Generations*) | Abdullah Hussain | Sang-e-Meel Publications, Lahore | first published 1963, this edition 2023 | 520 pages | ISBN 978-969-35-3219-7 | Rs 1,200
p-udas-naslain-the-weary = **اداس نسلیں** (*The Weary Generations*) | عبداللہ حسین | سنگِ میل پبلی کیشنز، لاہور | پہلی اشاعت ۱۹۶۳ء، موجودہ ایڈیشن ۲۰۲۳ء | ۵۲۰ صفحات | ISBN 978-969-35-3219-7 | قیمت: ۱۲۰۰ روپے

# features: star-rating
# en: Our rating: ★★★★☆
p-our-rating = ہماری ریٹنگ: ★★★★☆

# features: italic-latin, izafat, digits-urdu, dates, quotes-punct
# en: Abdullah Hussain was a young chemist at a cement factory in Dandot, in the Salt Range, when he began writing the novel in his spare hours. When it appeared in 1963, it won the Adamjee Prize, and it has not been out of print since. Thirty-six years later he translated it himself as *The Weary Generations*, and it is one of the few Urdu novels that an English reader can find in a bookshop abroad.
p-abdullah-hussain-was-a = عبداللہ حسین کوہستانِ نمک میں ڈنڈوت کی ایک سیمنٹ فیکٹری میں نوجوان کیمسٹ تھے جب انہوں نے فرصت کے اوقات میں یہ ناول لکھنا شروع کیا۔ ۱۹۶۳ء میں شائع ہوا تو اسے آدم جی ادبی انعام ملا، اور تب سے یہ کبھی بازار سے غائب نہیں ہوا۔ چھتیس برس بعد انہوں نے خود اس کا انگریزی ترجمہ *The Weary Generations* کے نام سے کیا، اور یہ ان گنے چنے اردو ناولوں میں سے ہے جو کوئی انگریزی قاری بیرونِ ملک کسی کتاب کی دکان پر ڈھونڈ سکتا ہے۔

# features: quotes-punct
# en: A new edition is a good excuse to ask an old question: does the book still deserve its place at the top of every list of the best Urdu novels?
p-a-new-edition-is = نیا ایڈیشن ایک پرانا سوال پوچھنے کا اچھا بہانہ ہے: کیا یہ کتاب آج بھی اردو کے بہترین ناولوں کی ہر فہرست میں سب سے اوپر رہنے کی حق دار ہے؟

# features: none
# en: The story
h-the-story = کہانی

# features: izafat, digits-urdu, dates, quotes-punct
# en: The novel begins in Delhi on the eve of the First World War and ends in the riots of 1947. Between the two, it follows one man through the history of a subcontinent, and asks what that history does to the people who live through it.
p-the-novel-begins-in = ناول پہلی جنگِ عظیم سے ذرا پہلے دلی میں شروع ہوتا ہے اور ۱۹۴۷ء کے فسادات پر ختم ہوتا ہے۔ ان دونوں کے بیچ یہ ایک شخص کے ساتھ ساتھ ایک برِصغیر کی تاریخ سے گزرتا ہے، اور پوچھتا ہے کہ وہ تاریخ ان لوگوں کے ساتھ کیا کرتی ہے جو اس میں سے گزرتے ہیں۔

# features: none
# en: Naim
h-naim = نعیم

# features: quotes-punct
# en: Naim, the son of a small farmer from the village of Roshanpur, goes to France with the Indian Army, comes back without an arm, and spends the rest of the book looking for a cause worth what he has lost: the Congress, the peasants' movement, prison, and finally nothing at all.
p-naim-the-son-of = روشن پور گاؤں کے ایک چھوٹے کسان کا بیٹا نعیم ہندوستانی فوج کے ساتھ فرانس جاتا ہے، ایک بازو گنوا کر لوٹتا ہے، اور باقی کتاب میں کسی ایسے مقصد کی تلاش میں رہتا ہے جو اس کے نقصان کے برابر ہو: کانگریس، کسان تحریک، جیل، اور آخر میں کچھ بھی نہیں۔

# features: none
# en: Azra
h-azra = عذرا

# features: quotes-punct
# en: Azra, who marries him against her rich family's wishes, is the more interesting of the two. She is the one who watches, remembers and, in the end, refuses to be consoled.
p-azra-who-marries-him = عذرا، جو اپنے امیر خاندان کی مرضی کے خلاف اس سے شادی کرتی ہے، دونوں میں زیادہ دلچسپ کردار ہے۔ وہی ہے جو دیکھتی ہے، یاد رکھتی ہے، اور آخر میں کسی تسلی کو قبول کرنے سے انکار کر دیتی ہے۔

# features: none
# en: The style
h-the-style = اسلوب

# features: dashes, digits-urdu, dates, quotes-punct
# en: Hussain's prose — plain, unhurried, almost stubborn in its refusal to decorate — was a shock in 1963, when Urdu fiction still liked its sentences embroidered. He writes a village the way a farmer would describe it to a stranger:
p-hussain-s-prose-plain = عبداللہ حسین کی نثر — سادہ، ٹھہری ہوئی، آرائش سے انکار میں تقریباً ضدی — ۱۹۶۳ء میں ایک دھچکا تھی، جب اردو فکشن کو اپنے جملے کڑھے ہوئے پسند تھے۔ وہ گاؤں کو اس طرح لکھتے ہیں جیسے کوئی کسان کسی اجنبی کو اس کا حال سنا رہا ہو:

# features: page-cite, digits-western, quotes-punct
# en: The wheat stood waist-high that year, and nobody in Roshanpur had heard of France. The men went to the well in the morning and came back at dusk, and the only news that reached the village came on the back of the postman's bicycle, a week late and already old. (p. 45)
quote-the-wheat-stood-waist = اس سال گندم کمر تک اونچی کھڑی تھی، اور روشن پور میں کسی نے فرانس کا نام تک نہیں سنا تھا۔ مرد صبح کنویں پر جاتے اور شام ڈھلے لوٹتے، اور گاؤں تک جو خبر پہنچتی وہ ڈاکیے کی سائیکل کے پیچھے بندھی آتی، ایک ہفتہ دیر سے اور پہلے ہی باسی۔ (صفحہ 45)

# features: quotes-punct
# en: The war chapters are the best in the book. Naim comes home with a medal and an empty sleeve, and the novel does not raise its voice:
p-the-war-chapters-are = جنگ والے ابواب کتاب کا بہترین حصہ ہیں۔ نعیم ایک تمغہ اور ایک خالی آستین لے کر گھر لوٹتا ہے، اور ناول اپنی آواز اونچی نہیں کرتا:

# features: page-cite, digits-urdu, quotes-punct
# en: He looked at the sleeve pinned to his shoulder and thought: I gave them an arm, and they have given me a piece of metal the size of a coin. Somewhere a clerk has written my name in a ledger, and the ledger is already closed. (p. 123)
quote-he-looked-at-the = اس نے کندھے پر پن سے اٹکی آستین کو دیکھا اور سوچا: میں نے انہیں ایک بازو دیا، اور انہوں نے مجھے سکے جتنا دھات کا ایک ٹکڑا دے دیا۔ کہیں کسی کلرک نے میرا نام کسی رجسٹر میں لکھ دیا ہے، اور وہ رجسٹر بند بھی ہو چکا ہے۔ (ص ۱۲۳)

# features: nested-emphasis, digits-urdu, quotes-punct
# en: *This is not a novel about **history**; it is a novel about what history does to people who never asked for it.* That is its strength, and in the long middle section, where Naim drifts from one movement to the next, also its weakness: at 520 pages, a reader's patience is tested more than once.
p-this-is-not-a = *یہ **تاریخ** کے بارے میں ناول نہیں؛ یہ اس بارے میں ہے کہ تاریخ ان لوگوں کے ساتھ کیا کرتی ہے جنہوں نے اسے کبھی مانگا ہی نہیں تھا۔* یہی اس کی طاقت ہے، اور طویل درمیانی حصے میں، جہاں نعیم ایک تحریک سے دوسری تحریک کی طرف بھٹکتا رہتا ہے، یہی اس کی کمزوری بھی: ۵۲۰ صفحات میں قاری کے صبر کا امتحان ایک سے زیادہ بار ہوتا ہے۔

# features: digits-urdu, dates, quotes-punct
# en: The ending, on a railway platform in 1947, is among the most restrained passages in Urdu prose:
p-the-ending-on-a = ۱۹۴۷ء میں ایک ریلوے پلیٹ فارم پر ناول کا اختتام اردو نثر کے سب سے ضبط سے لکھے گئے ٹکڑوں میں سے ہے:

# features: page-cite, digits-urdu, quotes-punct
# en: The train stood in the station for three hours. Nobody got off and nobody got on. When it moved again, the platform was empty except for a child's shoe, and an old man swept it into the drain as if it were a leaf. (p. 498)
quote-the-train-stood-in = گاڑی تین گھنٹے اسٹیشن پر کھڑی رہی۔ نہ کوئی اترا، نہ کوئی چڑھا۔ جب وہ پھر چلی تو پلیٹ فارم پر ایک بچے کے جوتے کے سوا کچھ نہ تھا، اور ایک بوڑھے نے اسے یوں جھاڑو سے نالی میں سرکا دیا جیسے وہ کوئی پتا ہو۔ (ص ۴۹۸)

# features: poetry-signs, quotes-punct
# en: It is hard to read those last pages without remembering Mir's couplet about Delhi:
p-it-is-hard-to = ان آخری صفحات کو پڑھتے ہوئے دلی کے بارے میں میرؔ کا یہ شعر یاد نہ آئے، یہ مشکل ہے:

# features: verse-breaks
# en: Why speak of the desolation of the heart?\
# en: This city has been plundered a hundred times.
quote-why-speak-of-the =
    دل کی ویرانی کا کیا مذکور ہے\
    یہ نگر سو مرتبہ لوٹا گیا

# features: none
# en: The verdict
h-the-verdict = فیصلہ

# features: quotes-punct
# en: What works
h-what-works = کیا اچھا ہے؟

# features: quotes-punct
# en: The war, the village, Azra, and a sense of time passing that few Urdu novels have matched.
p-the-war-the-village = جنگ، گاؤں، عذرا، اور وقت گزرنے کا وہ احساس جس کا مقابلہ کم ہی اردو ناول کر پائے ہیں۔

# features: quotes-punct
# en: What does not
h-what-does-not = کیا کمزور ہے؟

# features: zwnj-zwj, quotes-punct
# en: The politics of the middle chapters, which read like a summary, and an edition with too many misprints for a book of this importance.
p-the-politics-of-the = درمیانی ابواب کی سیاست، جو خلاصے کی طرح پڑھی جاتی ہے، اور ایسا ایڈیشن جس میں اتنی اہم کتاب کے لحاظ سے کتابت کی غلطیاں بے‌شمار ہیں۔

# features: link, link-title, digits-urdu, dates, dashes, quotes-punct
# en: Read it, and then read Hussain's own translation, to see what a writer keeps and what he gives up when he carries his book into another language. For more on his life and work, see [Abdullah Hussain's page on Wikipedia](https://en.wikipedia.org/wiki/Abdullah_Hussain "Abdullah Hussain (1931–2015)").
p-read-it-and-then = اسے پڑھیے، اور پھر عبداللہ حسین کا اپنا انگریزی ترجمہ پڑھیے، تاکہ دیکھ سکیں کہ ایک ادیب اپنی کتاب کو دوسری زبان میں لے جاتے ہوئے کیا ساتھ رکھتا ہے اور کیا چھوڑ دیتا ہے۔ ان کی زندگی اور کام کے بارے میں مزید جاننے کے لیے [وکی پیڈیا پر عبداللہ حسین کا صفحہ](https://en.wikipedia.org/wiki/Abdullah_Hussain "عبداللہ حسین (۱۹۳۱ء–۲۰۱۵ء)") دیکھیے۔

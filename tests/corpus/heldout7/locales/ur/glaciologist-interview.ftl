### Urdu translation of content/glaciologist-interview.md. Above each message, `# en:` records the English it was translated from.

# features: reversed-quotes, quotes-punct
# en: "The ice is not silent": a conversation with glaciologist Dr. Zarmina Karim
title = ”برف خاموش نہیں ہوتی“: گلیشیالوجسٹ ڈاکٹر زرمینہ کریم سے گفتگو

# features: latin-in-parens, quotes-punct
# en: The first woman from upper Hunza to earn a doctorate in glaciology talks about surging glaciers, her mother's letter, her students, and the Parveen Shakir couplet on the first page of her field diary.
summary = بالائی ہنزہ سے گلیشیالوجی (glaciology) میں ڈاکٹریٹ کرنے والی پہلی خاتون سے سرکتے گلیشیئرز، ماں کے خط، اپنے طلبہ اور پروین شاکر کے اس شعر کے بارے میں بات چیت جو ان کی فیلڈ ڈائری کے پہلے صفحے پر لکھا ہے۔

# features: digits-urdu, digits-western, dates, latin-in-parens, quotes-punct
# en: Dr. Zarmina Karim was born in 1986 in a village above the Hunza river, within sight of the Passu and Batura glaciers. She studied physics in Karachi, finished her doctorate in glaciology in Switzerland in 2016, and now leads a team of seven at a research institute in Islamabad that monitors 40 glaciers in the Karakoram. We met in her office, where a 1:50,000 map of the Shisper glacier covers one wall and a pair of crampons hangs behind the door.
p-dr-zarmina-karim-was = ڈاکٹر زرمینہ کریم ۱۹۸۶ء میں دریائے ہنزہ کے اوپر ایک گاؤں میں پیدا ہوئیں، جہاں سے پسو اور بتورا گلیشیئر صاف نظر آتے ہیں۔ انہوں نے کراچی سے فزکس پڑھی، ۲۰۱۶ء میں سوئٹزرلینڈ سے گلیشیالوجی میں ڈاکٹریٹ مکمل کی، اور آج کل اسلام آباد کے ایک تحقیقی ادارے میں سات افراد کی اس ٹیم کی سربراہ ہیں جو قراقرم کے ۴۰ گلیشیئرز کی نگرانی کرتی ہے۔ ہماری ملاقات ان کے دفتر میں ہوئی، جہاں ایک دیوار پر ششپر گلیشیئر کا 1:50,000 کا نقشہ لگا ہے اور دروازے کے پیچھے کرمپون (crampons) کا ایک جوڑا لٹک رہا ہے۔

# features: image-alt, latin-words, quotes-punct
# en: A woman in a red jacket and a woollen cap stands on a grey glacier, holding a GPS pole, with snow peaks behind her
alt-a-woman-in-a = سرخ جیکٹ اور اونی ٹوپی پہنے ایک خاتون سرمئی گلیشیئر پر GPS پول تھامے کھڑی ہیں، پیچھے برف پوش چوٹیاں ہیں

# features: image-caption, digits-urdu, dates, quotes-punct
# en: Dr. Zarmina Karim at the Shisper glacier, August 2023 (photo: courtesy of the institute)
caption-dr-zarmina-karim-at = ڈاکٹر زرمینہ کریم ششپر گلیشیئر پر، اگست ۲۰۲۳ء (تصویر: بشکریہ ادارہ)

# features: bold-label, quotes-punct
# en: **Q:** When did you first see a glacier up close?
p-q-when-did-you = **سوال:** آپ نے پہلی بار گلیشیئر قریب سے کب دیکھا؟

# features: bold-label, dashes, ellipsis, quotes-punct
# en: **A:** I grew up with one outside the window, so in a way I always saw one. But the first time I actually walked on the ice — I was nine, my uncle took me to Passu — no, wait, it was Batura, Passu came later — what I remember is being frightened by the sound. People think ice is silent. It is not... it creaks, it cracks, it gurgles under your feet. At night, in a tent, it sounds like someone moving furniture in the room upstairs.
p-a-i-grew-up = **جواب:** میں تو کھڑکی کے باہر ایک گلیشیئر دیکھتے ہوئے بڑی ہوئی، اس لیے ایک لحاظ سے ہمیشہ ہی دیکھا۔ لیکن پہلی بار جب میں واقعی برف پر چلی — میں نو سال کی تھی، ماموں مجھے پسو لے گئے تھے — نہیں، رکیے، وہ بتورا تھا، پسو بعد میں گئے — تو مجھے جو یاد ہے وہ آواز کا خوف ہے۔ لوگ سمجھتے ہیں برف خاموش ہوتی ہے۔ ایسا نہیں ہے… وہ چرچراتی ہے، چٹختی ہے، پاؤں کے نیچے گڑگڑاتی ہے۔ رات کو خیمے میں یوں لگتا ہے جیسے اوپر والے کمرے میں کوئی فرنیچر کھسکا رہا ہو۔

# features: bold-label, quotes-punct
# en: **Q:** Your family was not happy when you chose this field, I have read.
p-q-your-family-was = **سوال:** میں نے پڑھا ہے کہ جب آپ نے یہ شعبہ چنا تو آپ کے گھر والے خوش نہیں تھے۔

# features: bold-label, ellipsis, reversed-quotes, digits-urdu, dates, quotes-punct
# en: **A:** My father was proud. My grandmother was... let us say, worried. She said, "A girl does not sleep in a tent on the ice." My mother said nothing at all, and then packed my bag herself. When I got my first field grant, in 2011, she put a letter in that bag. I still have it. May I read you a few lines?
p-a-my-father-was = **جواب:** والد کو فخر تھا۔ دادی... یوں کہہ لیجیے کہ پریشان تھیں۔ وہ کہتی تھیں: ”لڑکی برف پر خیمے میں نہیں سوتی۔“ امی نے کچھ نہیں کہا، اور پھر خود میرا بیگ تیار کیا۔ ۲۰۱۱ء میں جب مجھے پہلی فیلڈ گرانٹ ملی تو انہوں نے اسی بیگ میں ایک خط رکھ دیا۔ وہ خط آج بھی میرے پاس ہے۔ کیا میں آپ کو اس کی چند سطریں سناؤں؟

# features: nested-blockquote, latin-in-parens, quotes-punct
# en: Do not be afraid of the cold. Your grandmother crossed the Kilik pass on foot in winter, with your father on her back, and she used to tell me:
quote-do-not-be-afraid = سردی سے مت ڈرنا۔ تمہاری دادی سردیوں میں تمہارے ابو کو پیٹھ پر اٹھائے پیدل کلک درہ (Kilik pass) پار کر کے آئی تھیں، اور وہ مجھ سے کہا کرتی تھیں:

# features: nested-blockquote, reversed-quotes, quotes-punct
# en: "The mountain is not our enemy; it is our neighbour. You do not fight a neighbour. You learn his habits."
quote-the-mountain-is-not = ”پہاڑ ہمارا دشمن نہیں؛ ہمارا ہمسایہ ہے۔ ہمسائے سے لڑا نہیں جاتا۔ اس کی عادتیں سیکھی جاتی ہیں۔“

# features: quotes-punct
# en: That is still the best definition of my job that I know.
p-that-is-still-the = میرے کام کی اس سے بہتر تعریف میں آج تک نہیں جانتی۔

# features: bold-label, latin-in-parens, quotes-punct
# en: **Q:** What exactly is a glacier surge, and why did Shisper make headlines?
p-q-what-exactly-is = **سوال:** گلیشیئر کا سرج (surge) آخر ہوتا کیا ہے، اور ششپر خبروں میں کیوں آیا؟

# features: bold-label, digits-urdu, dates, izafat, footnote, quotes-punct
# en: **A:** Most glaciers move slowly, a few metres a year. A surging glacier suddenly speeds up, sometimes a hundred times faster, for a year or two, and then goes quiet again for decades. In 2019 the Shisper glacier advanced so fast that it blocked the meltwater coming from the Muchuhar glacier and made a lake. In May 2022 that lake burst and washed away the Karakoram Highway bridge at Hassanabad.[^1] Nobody died, thank God, because we had been watching it for three years and the families below had moved in time.
p-a-most-glaciers-move = **جواب:** زیادہ تر گلیشیئر بہت آہستہ سرکتے ہیں، سال میں چند میٹر۔ سرج کرنے والا گلیشیئر اچانک تیز ہو جاتا ہے، کبھی کبھی سو گنا تیز، ایک دو سال کے لیے، اور پھر دہائیوں کے لیے خاموش ہو جاتا ہے۔ ۲۰۱۹ء میں ششپر گلیشیئر اتنی تیزی سے آگے بڑھا کہ اس نے مچوہر گلیشیئر سے آنے والے پگھلے پانی کا راستہ روک دیا اور ایک جھیل بن گئی۔ مئی ۲۰۲۲ء میں وہ جھیل پھٹی اور حسن آباد کے مقام پر شاہراہِ قراقرم کا پل بہا لے گئی۔[^1] اللہ کا شکر ہے کوئی جان نہیں گئی، کیونکہ ہم تین سال سے اس پر نظر رکھے ہوئے تھے اور نیچے رہنے والے خاندان وقت پر نکل چکے تھے۔

# features: bold-label, quotes-punct
# en: **Q:** What would you tell a young woman who wants to do what you do?
p-q-what-would-you = **سوال:** جو نوجوان لڑکی آپ جیسا کام کرنا چاہے، اسے آپ کیا کہیں گی؟

# features: bold-label, quotes-punct
# en: **A:** Three things, and I tell them to my students every year:
p-a-three-things-and = **جواب:** تین باتیں، اور یہ میں ہر سال اپنے طلبہ سے کہتی ہوں:

# features: latin-in-parens, quotes-punct
# en: Learn the mathematics. The romance of the mountains will not get you through a thesis.
li-learn-the-mathematics-the = ریاضی سیکھیے۔ پہاڑوں کا رومانس آپ کو تھیسس (thesis) پار نہیں کروائے گا۔

# features: quotes-punct
# en: Keep a field diary by hand, every single day, even when you are tired. Especially when you are tired.
li-keep-a-field-diary = فیلڈ ڈائری ہاتھ سے لکھیے، ہر روز، تب بھی جب آپ تھکی ہوئی ہوں۔ خاص طور پر تب جب آپ تھکی ہوئی ہوں۔

# features: quotes-punct
# en: Find the people who already live with the ice, and listen to them before you tell them anything.
li-find-the-people-who = ان لوگوں کو ڈھونڈیے جو پہلے سے برف کے ساتھ جی رہے ہیں، اور انہیں کچھ بتانے سے پہلے ان کی بات سنیے۔

# features: bold-label, quotes-punct
# en: **Q:** Which books shaped you?
p-q-which-books-shaped = **سوال:** کن کتابوں نے آپ کو بنایا؟

# features: bold-label, italic-latin, latin-words, quotes-punct
# en: **A:** As a student I read *The Physics of Glaciers* until the cover fell off. But the book I give to everyone is Rachel Carson's *Silent Spring*, because it taught me that a scientist can write for ordinary people without lying to them. And every winter I read Parveen Shakir again.
p-a-as-a-student = **جواب:** طالب علمی کے زمانے میں میں نے *The Physics of Glaciers* اتنی پڑھی کہ اس کی جلد اتر گئی۔ لیکن جو کتاب میں ہر ایک کو تحفے میں دیتی ہوں وہ ریچل کارسن کی *Silent Spring* ہے، کیونکہ اس نے مجھے سکھایا کہ سائنس دان عام لوگوں کے لیے جھوٹ بولے بغیر بھی لکھ سکتا ہے۔ اور ہر سردی میں پروین شاکر کو دوبارہ پڑھتی ہوں۔

# features: bold-label, quotes-punct
# en: **Q:** Parveen Shakir, in a glacier lab?
p-q-parveen-shakir-in = **سوال:** گلیشیئر لیب میں پروین شاکر؟

# features: bold-label, digits-urdu, dates, quotes-punct
# en: **A:** Why not? Science and poetry ask the same question: what stays, and what goes. There is one couplet of hers that I wrote on the first page of my diary in 2011:
p-a-why-not-science = **جواب:** کیوں نہیں؟ سائنس اور شاعری ایک ہی سوال پوچھتی ہیں: کیا رہ جاتا ہے اور کیا چلا جاتا ہے۔ ان کا ایک شعر ہے جو میں نے ۲۰۱۱ء میں اپنی ڈائری کے پہلے صفحے پر لکھا تھا:

# features: verse-breaks, hamza-forms
# en: He is a fragrance; he will scatter on the winds.\
# en: The trouble is the flower's: where will the flower go?
quote-he-is-a-fragrance =
    وہ تو خوشبو ہے ہواؤں میں بکھر جائے گا\
    مسئلہ پھول کا ہے پھول کدھر جائے گا

# features: ellipsis, quotes-punct
# en: When the ice melts, the water goes on: to the plains, to the cities, to the sea. That is its nature. But the village that lived beside the ice for five hundred years... where does the village go?
p-when-the-ice-melts = جب برف پگھلتی ہے تو پانی آگے چلا جاتا ہے: میدانوں کی طرف، شہروں کی طرف، سمندر کی طرف۔ یہ اس کی فطرت ہے۔ لیکن وہ گاؤں جو پانچ سو سال سے برف کے پہلو میں آباد تھا… وہ گاؤں کدھر جائے؟

# features: bold-label, partial-harakat, quotes-punct
# en: **Q:** Are you hopeful?
p-q-are-you-hopeful = **سوال:** کیا آپ پُر امید ہیں؟

# features: bold-label, reversed-quotes, latin-in-parens, digits-urdu, footnote, quotes-punct
# en: **A:** I am stubborn, which is more useful. For decades the Karakoram glaciers held steady while most of the world's shrank, the so-called "Karakoram anomaly",[^2] but that will not last for ever. We need more weather stations above 4,000 metres, and we need the data to be open, across every border. The glacier does not care where the border is. Our data should not care either.
p-a-i-am-stubborn = **جواب:** میں ضدی ہوں، جو زیادہ کام کی چیز ہے۔ دہائیوں تک جب دنیا کے بیشتر گلیشیئر سکڑتے رہے، قراقرم کے گلیشیئر اپنی جگہ قائم رہے، جسے ”قراقرم انامولی“ (Karakoram anomaly) کہا جاتا ہے؛[^2] لیکن یہ ہمیشہ نہیں رہے گا۔ ہمیں ۴۰۰۰ میٹر سے اوپر مزید موسمیاتی اسٹیشن چاہییں، اور ہمیں ڈیٹا کھلا چاہیے، ہر سرحد کے آر پار۔ گلیشیئر کو اس سے کوئی غرض نہیں کہ سرحد کہاں ہے۔ ہمارے ڈیٹا کو بھی نہیں ہونی چاہیے۔

# features: digits-urdu, dates, izafat, latin-in-parens, quotes-punct
# en: The bridge on the Karakoram Highway at Hassanabad, near Karimabad, collapsed on 7 May 2022 in a glacial lake outburst flood (GLOF) from the lake dammed by the Shisper glacier.
note-the-bridge-on-the = حسن آباد کے مقام پر، کریم آباد کے قریب، شاہراہِ قراقرم کا پل ۷ مئی ۲۰۲۲ء کو ششپر گلیشیئر سے بننے والی جھیل کے پھٹنے سے آنے والے سیلاب (GLOF) میں بہہ گیا تھا۔

# features: link, latin-words, latin-in-parens, italic-latin, digits-western, dashes, page-cite, quotes-punct
# en: The term is Kenneth Hewitt's: "The Karakoram Anomaly? Glacier Expansion and the 'Elevation Effect,' Karakoram Himalaya", *Mountain Research and Development*, vol. 25, no. 4, 2005, pp. 332–340, [online at doi.org](https://doi.org/10.1659/0276-4741(2005)025[0332:TKAGEA]2.0.CO;2).
note-the-term-is-kenneth = یہ اصطلاح کینتھ ہیوٹ (Kenneth Hewitt) کی ہے: "The Karakoram Anomaly? Glacier Expansion and the 'Elevation Effect,' Karakoram Himalaya"، *Mountain Research and Development*، جلد 25، شمارہ 4، 2005ء، ص 332–340، [doi.org پر آن لائن](https://doi.org/10.1659/0276-4741(2005)025[0332:TKAGEA]2.0.CO;2)۔

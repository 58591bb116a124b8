### Urdu translation of content/nihari-at-home-recipe.md. Above each message, `# en:` records the English it was translated from.

# features: emoji, latin-in-parens, quotes-punct
# en: Nihari at home, no restaurant needed 🍲: my overnight beef nihari (stovetop, oven or pressure cooker)
title = گھر پر نہاری، ریسٹورنٹ جانے کی ضرورت نہیں 🍲: میری رات بھر پکنے والی بیف نہاری (چولہے، اوون یا پریشر ککر میں)

# features: digits-western, dashes, quotes-punct
# en: Soft beef shank in a thick, spicy gravy, with my own nihari masala. Serves 6–8; 20 minutes of work and 5–6 hours of waiting.
summary = گاڑھے، مصالحے دار شوربے میں گلی ہوئی بیف کی نلی بوٹی، میرے اپنے نہاری مصالحے کے ساتھ۔ 6–8 افراد کے لیے؛ 20 منٹ کا کام اور 5–6 گھنٹے کا انتظار۔

# features: repeated-spaces, quotes-punct
# en: Winter is here, the first fog has rolled into Lahore, and every weekend my husband asks the same question: "Are we going to Waris tonight?" Well, not anymore! After two years of trying (and a few disasters that even the cat would not eat), I finally have a nihari that tastes like the old city, and I am sharing every single secret with you today.
p-winter-is-here-the = سردیاں آ گئی ہیں، لاہور میں پہلی دھند اتر چکی ہے، اور ہر ویک اینڈ پر میرے میاں ایک ہی سوال پوچھتے ہیں: ”آج رات وارث چلیں؟“ جی نہیں، اب نہیں! دو سال کی کوششوں کے بعد (اور چند ایسی ناکامیوں کے بعد جنہیں بلی نے بھی منہ نہ لگایا)، آخرکار میرے پاس ایسی نہاری ہے جس کا ذائقہ بالکل اندرون شہر  جیسا ہے، اور آج میں اس کا ایک ایک راز آپ کے ساتھ شیئر کر رہی ہوں۔

# features: latin-in-parens, quotes-punct
# en: Nihari was once a breakfast for labourers in Delhi, cooked all night in huge pots and eaten at dawn with hot naan. You do not need a huge pot, though. A heavy Dutch oven, a slow oven or even a pressure cooker will do the job. The only ingredient you cannot skip is patience.
p-nihari-was-once-a = نہاری کبھی دلی کے مزدوروں کا ناشتہ ہوا کرتی تھی، جو بڑی بڑی دیگوں میں رات بھر پکتی اور فجر کے وقت گرم نان کے ساتھ کھائی جاتی۔ لیکن آپ کو بڑی دیگ کی ضرورت نہیں۔ ایک بھاری ڈچ اوون (Dutch oven)، دھیمی آنچ والا اوون یا پریشر ککر بھی یہ کام کر دے گا۔ بس ایک چیز ایسی ہے جسے آپ چھوڑ نہیں سکتے: صبر۔

# features: image-alt, quotes-punct
# en: A bowl of dark red nihari topped with ginger, green chillies and coriander, with a lemon wedge and a naan beside it
alt-a-bowl-of-dark = گہرے سرخ رنگ کی نہاری کا پیالہ جس پر ادرک، ہری مرچیں اور ہرا دھنیا ڈالا گیا ہے، ساتھ لیموں کی ایک قاش اور نان رکھا ہے

# features: image-caption, quotes-punct
# en: My Sunday nihari, with all the toppings
caption-my-sunday-nihari-with = میری اتوار والی نہاری، تمام لوازمات کے ساتھ

# features: emoji, quotes-punct
# en: What you need 🛒
h-what-you-need = کیا چاہیے؟ 🛒

# features: quotes-punct
# en: **For the meat:**
p-for-the-meat = **گوشت کے لیے:**

# features: digits-western, units, latin-in-parens, quotes-punct
# en: 2 lbs (about 900 g) beef shank, in large pieces, with the bone
li-2-lbs-about-900 = 2 پاؤنڈ (lbs) یعنی تقریباً 900 گرام بیف کی نلی کا گوشت، بڑی بوٹیاں، ہڈی سمیت

# features: digits-urdu, units, quotes-punct
# en: 250 g nalli (marrow bones), optional but highly recommended
li-250-g-nalli-marrow = ۲۵۰ گرام نلیاں (گودے والی ہڈیاں)، اختیاری لیکن ضرور ڈالیں

# features: fractions
# en: ½ cup cooking oil or ghee
li-cup-cooking-oil-or = ½ کپ کوکنگ آئل یا گھی

# features: digits-western, quotes-punct
# en: 1 large onion, thinly sliced
li-1-large-onion-thinly = 1 بڑی پیاز، باریک کٹی ہوئی

# features: fractions, digits-western
# en: 1½ tbsp ginger-garlic paste
li-1-tbsp-ginger-garlic = 1½ کھانے کا چمچ ادرک لہسن کا پیسٹ

# features: digits-western, izafat, quotes-punct
# en: 1 tsp salt, or to taste
li-1-tsp-salt-or = 1 چائے کا چمچ نمک، یا حسبِ ذائقہ

# features: digits-western, dashes
# en: 8–10 cups of water
li-8-10-cups-of = 8–10 کپ پانی

# features: quotes-punct
# en: **For the homemade nihari masala:**
p-for-the-homemade-nihari = **گھر کے بنے نہاری مصالحے کے لیے:**

# features: digits-western
# en: 1 tbsp fennel seeds (saunf)
li-1-tbsp-fennel-seeds = 1 کھانے کا چمچ سونف

# features: digits-western
# en: 2 tsp cumin seeds
li-2-tsp-cumin-seeds = 2 چائے کے چمچ زیرہ

# features: digits-western
# en: 1 tsp black peppercorns
li-1-tsp-black-peppercorns = 1 چائے کا چمچ کالی مرچ (ثابت)

# features: digits-western
# en: 4 cloves and 2 black cardamoms
li-4-cloves-and-2 = 4 لونگ اور 2 بڑی الائچی

# features: fractions, digits-western
# en: ½ nutmeg and 2 blades of mace (javitri)
li-nutmeg-and-2-blades = ½ جائفل اور 2 جاوتری کے پھول

# features: fractions
# en: ¼ tsp dried ginger powder (sonth)
li-tsp-dried-ginger-powder = ¼ چائے کا چمچ سونٹھ (خشک ادرک کا پاؤڈر)

# features: digits-western, quotes-punct
# en: 1 tbsp Kashmiri red chilli powder, for the colour
li-1-tbsp-kashmiri-red = 1 کھانے کا چمچ کشمیری لال مرچ پاؤڈر، رنگ کے لیے

# features: quotes-punct
# en: **For thickening:**
p-for-thickening = **گاڑھا کرنے کے لیے:**

# features: fractions, digits-western, quotes-punct
# en: ⅓ cup atta (whole wheat flour), dissolved in 1 cup of water
li-cup-atta-whole-wheat = ⅓ کپ آٹا، 1 کپ پانی میں گھلا ہوا

# features: quotes-punct
# en: **For the toppings:** julienned ginger, green chillies, fresh coriander, lemon wedges and fried onions.
p-for-the-toppings-julienned = **اوپر ڈالنے کے لیے:** ادرک کی لمبی باریک کترن، ہری مرچیں، تازہ ہرا دھنیا، لیموں کی قاشیں اور تلی ہوئی پیاز۔

# features: fractions, latin-in-parens, quotes-punct
# en: **A note on the masala:** You can of course use a packet of Shan or National nihari masala. If you do, use only ¾ of the packet, and leave out the extra salt, because the packets are very salty. But grind it fresh just once and you will never go back!
quote-a-note-on-the = **مصالحے کے بارے میں ایک بات:** آپ بےشک شان (Shan) یا نیشنل (National) کا نہاری مصالحہ بھی استعمال کر سکتے ہیں۔ اگر ایسا کریں تو پیکٹ کا صرف ¾ حصہ ڈالیں اور الگ سے نمک نہ ڈالیں، کیونکہ پیکٹ والے مصالحے بہت نمکین ہوتے ہیں۔ لیکن ایک بار تازہ پیس کر دیکھیں، پھر آپ کبھی پیکٹ کی طرف واپس نہیں جائیں گے!

# features: emoji
# en: Method 🔥
h-method = ترکیب 🔥

# features: digits-western, dashes, quotes-punct
# en: Dry-roast the whole spices for the masala on a low flame for 2–3 minutes, until they smell fragrant. Let them cool, then grind them to a fine powder.
li-dry-roast-the-whole = مصالحے کی تمام ثابت چیزوں کو ہلکی آنچ پر 2–3 منٹ خشک بھون لیں، یہاں تک کہ خوشبو آنے لگے۔ ٹھنڈا کر کے باریک پیس لیں۔

# features: quotes-punct
# en: Wash the meat and the marrow bones and pat them dry.
li-wash-the-meat-and = گوشت اور نلیوں کو دھو کر خشک کر لیں۔

# features: digits-urdu, dashes, quotes-punct
# en: Heat the oil in a heavy pot and fry the onion until golden brown, about 8–10 minutes. Take out half of it for the toppings.
li-heat-the-oil-in = ایک بھاری دیگچی میں تیل گرم کریں اور پیاز سنہری ہونے تک تلیں، تقریباً ۸–۱۰ منٹ۔ آدھی پیاز نکال کر اوپر ڈالنے کے لیے رکھ لیں۔

# features: digits-western, quotes-punct
# en: Add the ginger-garlic paste and fry for 1 minute.
li-add-the-ginger-garlic = ادرک لہسن کا پیسٹ ڈال کر 1 منٹ بھونیں۔

# features: digits-western, quotes-punct
# en: Add the meat and fry on high heat for 5 minutes, until it changes colour on all sides.
li-add-the-meat-and = گوشت ڈالیں اور تیز آنچ پر 5 منٹ بھونیں، یہاں تک کہ ہر طرف سے رنگ بدل جائے۔

# features: digits-western, quotes-punct
# en: Add 2 tbsp of your masala, the chilli powder and the salt, and fry for another 2 minutes. Splash in a little water if the spices start to stick.
li-add-2-tbsp-of = اپنے مصالحے کے 2 کھانے کے چمچ، لال مرچ پاؤڈر اور نمک ڈال کر مزید 2 منٹ بھونیں۔ اگر مصالحہ چپکنے لگے تو تھوڑا سا پانی چھڑک دیں۔

# features: digits-western, quotes-punct
# en: Pour in 8 cups of water and bring it to a boil.
li-pour-in-8-cups = 8 کپ پانی ڈالیں اور ابال آنے دیں۔

# features: digits-western, units, dashes, latin-in-parens, quotes-punct
# en: Now the long wait. On the stove: cover tightly and cook on the lowest flame for 5–6 hours. In the oven: put the covered pot in at 150°C (300°F) for 5 hours. In a pressure cooker: cook for 45–50 minutes after the first whistle.
li-now-the-long-wait = اب لمبا انتظار۔ چولہے پر: ڈھکن اچھی طرح بند کر کے سب سے ہلکی آنچ پر 5–6 گھنٹے پکائیں۔ اوون میں: ڈھکی ہوئی دیگچی کو 150°C (300°F) پر 5 گھنٹے کے لیے رکھ دیں۔ پریشر ککر میں: پہلی سیٹی کے بعد 45–50 منٹ پکائیں۔

# features: quotes-punct
# en: When the meat falls off the bone, take out the marrow bones and keep them aside.
li-when-the-meat-falls = جب گوشت ہڈی چھوڑ دے تو نلیاں نکال کر الگ رکھ لیں۔

# features: quotes-punct
# en: Stir the dissolved atta into the pot slowly, stirring all the time so that no lumps form.
li-stir-the-dissolved-atta = گھلا ہوا آٹا آہستہ آہستہ دیگچی میں ڈالیں اور مسلسل چمچ چلاتے رہیں تاکہ گٹھلیاں نہ بنیں۔

# features: digits-urdu, dashes, quotes-punct
# en: Cook on a low flame for 20–25 minutes more, until the gravy is thick and glossy and the oil rises to the top.
li-cook-on-a-low = ہلکی آنچ پر مزید ۲۰–۲۵ منٹ پکائیں، یہاں تک کہ شوربہ گاڑھا اور چمکدار ہو جائے اور تیل اوپر آ جائے۔

# features: digits-western, quotes-punct
# en: Switch off the heat, add the marrow back, and let the nihari rest for 10 minutes.
li-switch-off-the-heat = چولہا بند کر دیں، نلیاں واپس ڈالیں اور نہاری کو 10 منٹ دم پر رہنے دیں۔

# features: digits-western, quotes-punct
# en: **Tip:** Take out some of the oil that rises to the top after step 11 and mix it with a pinch of chilli powder. Pour it back over each bowl just before serving. This is the famous *tari*, and it is what makes restaurant nihari look so red!
p-tip-take-out-some = **ٹپ:** قدم نمبر 11 کے بعد اوپر آنے والا کچھ تیل نکال لیں اور اس میں ایک چٹکی لال مرچ ملا لیں۔ پیش کرنے سے ذرا پہلے ہر پیالے پر یہ تیل ڈالیں۔ یہی مشہور *تری* ہے، اور اسی سے ریسٹورنٹ کی نہاری اتنی سرخ نظر آتی ہے!

# features: digits-western, quotes-punct
# en: **Tip:** Nihari tastes even better the next day. Keep it in the fridge for up to 3 days, or freeze it for a month.
p-tip-nihari-tastes-even = **ٹپ:** نہاری اگلے دن اور بھی مزے کی لگتی ہے۔ فریج میں 3 دن تک رکھ سکتے ہیں، یا ایک مہینے کے لیے فریز کر لیں۔

# features: emoji
# en: Serving 🥖
h-serving = پیش کیسے کریں 🥖

# features: quotes-punct
# en: Serve it hot with naan or khamiri roti, with the toppings in small bowls so that everybody can add their own. In our house the children want only lemon, my husband wants a mountain of green chillies, and I want everything!
p-serve-it-hot-with = گرم گرم نان یا خمیری روٹی کے ساتھ پیش کریں، اور لوازمات چھوٹی پیالیوں میں رکھیں تاکہ ہر کوئی اپنی مرضی سے ڈالے۔ ہمارے گھر میں بچوں کو صرف لیموں چاہیے، میاں صاحب کو ہری مرچوں کا پہاڑ، اور مجھے سب کچھ!

# features: emoji, latin-in-parens, quotes-punct
# en: Some people add a spoonful of brain masala (maghaz) on top, as they do in the old city. I have not tried it yet. Have you? And what is your secret: marrow or no marrow, atta or no atta? Tell me in the comments below, and don't forget to send a photo if you make it! 😋
p-some-people-add-a = کچھ لوگ اندرون شہر کی طرح اوپر ایک چمچ مغز مصالحہ (maghaz) بھی ڈالتے ہیں۔ میں نے ابھی تک نہیں آزمایا۔ آپ نے آزمایا ہے؟ اور آپ کا راز کیا ہے: نلی کے ساتھ یا بغیر، آٹا یا بغیر آٹے کے؟ نیچے کمنٹس میں ضرور بتائیں، اور اگر آپ بنائیں تو تصویر بھیجنا مت بھولیے گا! 😋

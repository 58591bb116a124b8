### Urdu translation of content/recipe-biryani.md. Above each message, `# en:` records the English it was translated from.

# features: emoji, quotes-punct
# en: Karachi-style chicken biryani: my mother's Sunday recipe, step by step
title = کراچی اسٹائل چکن بریانی: امی کی سنڈے اسپیشل ریسپی، مرحلہ وار 🍛

# features: fractions, digits-western, quotes-punct
# en: Spicy, fragrant and layered, with potatoes of course! Serves six and takes about 1½ hours.
summary = مصالحے دار، خوشبودار اور تہہ دار، اور ہاں آلو کے ساتھ!! چھ افراد کے لیے، تیاری میں تقریباً 1½ گھنٹہ لگتا ہے۔

# features: emoji, quotes-punct
# en: Eid is over, the guests have gone home, and so many of you asked for the recipe in the comments!!! So here it is: the biryani my mother has made every Sunday for thirty years. I have made it at least fifty times myself, and it still makes the whole street hungry.
p-eid-is-over-the = عید گزر گئی، مہمان گھر چلے گئے، اور آپ میں سے اتنے لوگوں نے کمنٹس میں ریسپی مانگی!!! تو لیجیے حاضر ہے: وہ بریانی جو میری امی تیس سال سے ہر اتوار کو بناتی ہیں 🍛 میں خود بھی اسے کم از کم پچاس بار بنا چکی ہوں، اور آج بھی اس کی خوشبو سے پوری گلی کو بھوک لگ جاتی ہے 😋

# features: emoji, quotes-punct
# en: Karachi biryani is not Hyderabadi and not Lahori. It is spicy, it is a little sour from the yoghurt and tomatoes, and it has potatoes. Yes, potatoes! Anyone who says biryani does not have potatoes has never eaten it in Burns Road.
p-karachi-biryani-is-not = کراچی کی بریانی نہ حیدرآبادی ہے نہ لاہوری۔ یہ تیز مصالحے والی ہوتی ہے، دہی اور ٹماٹر کی وجہ سے ہلکی سی کھٹی ہوتی ہے، اور اس میں آلو ہوتے ہیں۔ جی ہاں، آلو!!! جو کہتا ہے کہ بریانی میں آلو نہیں ہوتے اس نے کبھی برنس روڈ کی بریانی کھائی ہی نہیں 😂😂

# features: image-alt
# en: A plate of biryani with a boiled egg, raita and sliced onion
alt-a-plate-of-biryani = ابلے ہوئے انڈے، رائتے اور کٹی ہوئی پیاز کے ساتھ بریانی کی ایک پلیٹ

# features: image-caption, emoji
# en: Sunday biryani, served with raita and kachumar salad
caption-sunday-biryani-served-with = اتوار کی بریانی، رائتے اور کچومر سلاد کے ساتھ 👌

# features: quotes-punct
# en: Ingredients
h-ingredients = کیا کیا چاہیے؟

# features: table-cell
# en: Ingredient
cell-ingredient = اجزاء

# features: table-cell
# en: Quantity
cell-quantity = مقدار

# features: table-cell, digits-western
# en: Basmati rice, soaked for 30 minutes
cell-basmati-rice-soaked-for = باسمتی چاول، 30 منٹ بھگوئے ہوئے

# features: table-cell, digits-western
# en: 1 kg
cell-1-kg = 1 کلو

# features: table-cell
# en: Chicken, with bones
cell-chicken-with-bones = چکن، ہڈی والا

# features: table-cell, fractions, digits-western
# en: 1½ kg
cell-1-kg-2 = 1½ کلو

# features: table-cell
# en: Onions, thinly sliced
cell-onions-thinly-sliced = پیاز، باریک کٹی ہوئی

# features: table-cell, digits-western
# en: 4 large
cell-4-large = 4 بڑی

# features: table-cell
# en: Tomatoes, chopped
cell-tomatoes-chopped = ٹماٹر، کٹے ہوئے

# features: table-cell, digits-western
# en: 4 medium
cell-4-medium = 4 درمیانے

# features: table-cell
# en: Plain yoghurt, beaten
cell-plain-yoghurt-beaten = سادہ دہی، پھینٹا ہوا

# features: table-cell, digits-western
# en: 1 cup
cell-1-cup = 1 کپ

# features: table-cell
# en: Ginger-garlic paste
cell-ginger-garlic-paste = ادرک لہسن کا پیسٹ

# features: table-cell, digits-western
# en: 2 tbsp
cell-2-tbsp = 2 کھانے کے چمچ

# features: table-cell
# en: Biryani masala
cell-biryani-masala = بریانی مصالحہ

# features: table-cell, fractions, digits-western
# en: ½ packet (about 25 g)
cell-packet-about-25-g = ½ پیکٹ (تقریباً 25 گرام)

# features: table-cell
# en: Red chilli powder
cell-red-chilli-powder = لال مرچ پاؤڈر

# features: table-cell, digits-western
# en: 1 tsp
cell-1-tsp = 1 چائے کا چمچ

# features: table-cell
# en: Turmeric
cell-turmeric = ہلدی

# features: table-cell, fractions
# en: ¼ tsp
cell-tsp = ¼ چائے کا چمچ

# features: table-cell
# en: Potatoes, halved
cell-potatoes-halved = آلو، آدھے کٹے ہوئے

# features: table-cell
# en: Cooking oil
cell-cooking-oil = کوکنگ آئل

# features: table-cell, fractions
# en: ¾ cup
cell-cup = ¾ کپ

# features: table-cell
# en: Kewra water
cell-kewra-water = کیوڑہ

# features: table-cell, digits-western
# en: 1 tbsp
cell-1-tbsp = 1 کھانے کا چمچ

# features: table-cell
# en: Yellow food colour
cell-yellow-food-colour = زردے کا پیلا رنگ

# features: table-cell, fractions
# en: a pinch, in ½ cup of milk
cell-a-pinch-in-cup = ½ کپ دودھ میں ایک چٹکی

# features: table-cell
# en: Mint, green chillies, lemon
cell-mint-green-chillies-lemon = پودینہ، ہری مرچیں، لیموں

# features: table-cell, digits-western
# en: a handful, 6, 1
cell-a-handful-6-1 = ایک مٹھی، 6، 1

# features: none
# en: Method
h-method = ترکیب

# features: digits-western
# en: Wash the rice three or four times until the water runs clear, then soak it for 30 minutes.
li-wash-the-rice-three = چاولوں کو تین چار بار دھوئیں جب تک پانی صاف نہ ہو جائے، پھر 30 منٹ کے لیے بھگو دیں۔

# features: digits-western
# en: Heat the oil in a heavy pot and fry the onions on medium heat until golden brown, about 12-15 minutes. Take out half of them for the layers.
li-heat-the-oil-in = ایک بھاری پتیلی میں تیل گرم کریں اور درمیانی آنچ پر پیاز سنہری ہونے تک تلیں، تقریباً 12-15 منٹ۔ آدھی پیاز تہہ لگانے کے لیے نکال لیں۔

# features: digits-western, arabic-letters
# en: Add the ginger-garlic paste and fry for 1 minute, until the raw smell goes.
li-add-the-ginger-garlic = ادرك لہسن کا پيسٹ ڈال کر 1 منٹ بھونيں، جب تک کچی بو ختم نہ ہو جائے۔

# features: digits-western
# en: Add the chicken and cook on high heat for 5 minutes, until it changes colour.
li-add-the-chicken-and = چکن ڈالیں اور تیز آنچ پر 5 منٹ پکائیں، جب تک اس کا رنگ نہ بدل جائے۔

# features: none
# en: Add the biryani masala, the red chilli powder, the turmeric and salt, then the tomatoes. Cook until the oil separates.
li-add-the-biryani-masala = بریانی مصالحہ، لال مرچ، ہلدی اور نمک ڈالیں، پھر ٹماٹر۔ تیل الگ ہونے تک بھونیں۔

# features: digits-western
# en: Stir in the yoghurt and the potatoes, cover, and cook on low heat for 20 minutes.
li-stir-in-the-yoghurt = دہی اور آلو ڈال کر مکس کریں، ڈھکن ڈھانپ دیں اور ہلکی آنچ پر 20 منٹ پکائیں۔

# features: digits-western
# en: Meanwhile bring 4 litres of water to the boil with 2 tbsp of salt, a few cloves and a bay leaf.
li-meanwhile-bring-4-litres = اس دوران 4 لیٹر پانی میں 2 کھانے کے چمچ نمک، چند لونگیں اور ایک تیز پات ڈال کر ابال لیں۔

# features: digits-western, quotes-punct
# en: Add the soaked rice and boil until it is three-quarters done, about 6-7 minutes. Drain it at once!
li-add-the-soaked-rice = بھیگے ہوئے چاول ڈالیں اور تین چوتھائی گلنے تک ابالیں، تقریباً 6-7 منٹ۔ پھر فوراً چھان لیں!!

# features: none
# en: Spread half the rice over the chicken, then the fried onions, mint, sliced lemon and green chillies, then the rest of the rice.
li-spread-half-the-rice = آدھے چاول چکن کے اوپر پھیلائیں، پھر تلی ہوئی پیاز، پودینہ، لیموں کے ٹکڑے اور ہری مرچیں، اور پھر باقی چاول۔

# features: quotes-punct
# en: Sprinkle the colour in milk and the kewra water over the top. Do not mix!
li-sprinkle-the-colour-in = دودھ میں گھلا ہوا رنگ اور کیوڑہ اوپر سے چھڑک دیں۔ مکس نہیں کرنا!!!

# features: digits-western
# en: Seal the lid with dough or foil and put the pot on a tawa on the lowest heat for 15 minutes. This is the *dum*.
li-seal-the-lid-with = ڈھکن کو آٹے یا فوائل سے بند کریں اور پتیلی کو توے پر رکھ کر سب سے ہلکی آنچ پر 15 منٹ کے لیے چھوڑ دیں۔ اسی کو *دم* کہتے ہیں۔

# features: digits-western, units, quotes-punct
# en: No tawa? Put the covered pot in the oven at 180°C for 20 minutes instead.
li-no-tawa-put-the = توا نہیں ہے؟ کوئی بات نہیں! ڈھکی ہوئی پتیلی کو 180°C پر اوون میں 20 منٹ کے لیے رکھ دیں۔

# features: emoji
# en: Mix gently from the side with a flat spoon, so that every plate gets white and yellow rice.
li-mix-gently-from-the = چپٹے چمچ سے کنارے کی طرف سے ہلکے ہاتھ سے مکس کریں تاکہ ہر پلیٹ میں سفید اور پیلے دونوں چاول آئیں 👌

# features: digits-western
# en: From the moment the chicken goes in until the dum is done, it is about 45 minutes of cooking.
p-from-the-moment-the = چکن ڈالنے سے لے کر دم پورا ہونے تک تقریباً 45 منٹ لگتے ہیں۔

# features: none
# en: My tips
h-my-tips = میرے مشورے

# features: emoji, quotes-punct
# en: Do not skimp on the oil. Biryani with too little oil is just pulao with a temper!
li-do-not-skimp-on = تیل میں کنجوسی مت کریں۔ کم تیل والی بریانی بس غصے والا پلاؤ ہے!!! 😅

# features: quotes-punct
# en: Use old basmati if you can find it: the grains stay long and separate.
li-use-old-basmati-if = اگر مل جائے تو پرانا باسمتی استعمال کریں: اس کے دانے لمبے اور الگ الگ رہتے ہیں۔

# features: digits-western, hamza-forms
# en: Soak the potatoes in salted water for 10 minutes so they hold their shape.
li-soak-the-potatoes-in = آلوؤں کو 10 منٹ نمک والے پانی میں بھگو دیں تاکہ وہ ٹوٹیں نہیں۔

# features: emoji, latin-words, quotes-punct
# en: Serve it with raita, kachumar and a cold bottle of something fizzy. If you try it, send me a photo on Instagram, and tell me in the comments: potatoes or no potatoes?
p-serve-it-with-raita = رائتے، کچومر اور ٹھنڈی ٹھار بوتل کے ساتھ پیش کریں۔ اگر آپ بنائیں تو مجھے Instagram پر تصویر ضرور بھیجیں، اور کمنٹس میں بتائیں: آلو کے ساتھ یا آلو کے بغیر؟ 🍛👌❤️

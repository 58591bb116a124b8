### Urdu translation of content/chemistry-lesson-acids.md. Above each message, `# en:` records the English it was translated from.

# features: latin-words, quotes-punct
# en: Acids, bases and salts: what the pH scale tells us
title = تیزاب، اساس اور نمک: pH اسکیل ہمیں کیا بتاتا ہے

# features: superscript-charge, latin-words, digits-urdu, quotes-punct
# en: A Class 9 chemistry lesson: H⁺ and OH⁻ ions, the pH scale from 0 to 14, indicators and their colours, neutralisation, and a red-cabbage experiment you can do at home.
summary = نویں جماعت کا کیمسٹری کا سبق: H⁺ اور OH⁻ آئن، ۰ سے ۱۴ تک pH اسکیل، انڈیکیٹر اور ان کے رنگ، تعدیل، اور لال بند گوبھی کا ایک تجربہ جو آپ گھر پر کر سکتے ہیں۔

# features: quotes-punct
# en: Lemon juice tastes sour, soap feels slippery, and a spoonful of baking soda in a glass of vinegar fizzes over the top. All three are everyday chemistry. Lemon juice and vinegar are acids, soap and baking soda are bases, and the fizz is what happens when the two meet. In this lesson we will learn what makes a substance an acid or a base, how chemists measure how strong it is, and why a farmer in Punjab and a doctor in Karachi both care about the answer.
p-lemon-juice-tastes-sour = لیموں کا رس کھٹا ہوتا ہے، صابن پھسلواں محسوس ہوتا ہے، اور سرکے کے گلاس میں ایک چمچ میٹھا سوڈا ڈالیں تو جھاگ اُبل کر باہر آ جاتا ہے۔ یہ تینوں روزمرہ کی کیمسٹری ہیں۔ لیموں کا رس اور سرکہ تیزاب ہیں، صابن اور میٹھا سوڈا اساس ہیں، اور جھاگ وہ ہے جو ان دونوں کے ملنے پر بنتا ہے۔ اس سبق میں ہم سیکھیں گے کہ کوئی مادہ تیزاب یا اساس کیوں ہوتا ہے، کیمیا دان اس کی طاقت کیسے ناپتے ہیں، اور پنجاب کے کسان اور کراچی کے ڈاکٹر دونوں کو اس کے جواب سے کیوں غرض ہے۔

# features: quotes-punct
# en: What makes an acid an acid?
h-what-makes-an-acid = تیزاب کو تیزاب کیا چیز بناتی ہے؟

# features: superscript-charge, latin-words, bold-term, digits-urdu, dates, quotes-punct
# en: In 1884 the Swedish chemist Svante Arrhenius gave a simple answer. An **acid** is a substance that gives hydrogen ions, H⁺, when it dissolves in water. A **base** is a substance that gives hydroxide ions, OH⁻. Hydrochloric acid, for example, splits completely into ions:
p-in-1884-the-swedish = ۱۸۸۴ء میں سویڈن کے کیمیا دان سوانتے ارہینیئس (Svante Arrhenius) نے اس کا سادہ جواب دیا۔ **تیزاب** وہ مادہ ہے جو پانی میں حل ہو کر ہائیڈروجن آئن، یعنی H⁺، دیتا ہے۔ **اساس** وہ مادہ ہے جو ہائیڈرو آکسائیڈ آئن، یعنی OH⁻، دیتا ہے۔ مثال کے طور پر ہائیڈروکلورک ایسڈ (نمک کا تیزاب) پوری طرح آئنوں میں ٹوٹ جاتا ہے:

# features: chem-equation, superscript-charge, reaction-arrow
# en: HCl(aq) → H⁺(aq) + Cl⁻(aq)
# same-as-source
p-hcl-aq-h-aq = HCl(aq) → H⁺(aq) + Cl⁻(aq)

# features: subscript, latin-words, quotes-punct
# en: Sulphuric acid, H₂SO₄, gives two hydrogen ions for each molecule, and sodium hydroxide, NaOH, gives one hydroxide ion. Some acids are weak: only a small part of them splits into ions, and the rest stays as whole molecules. When carbon dioxide dissolves in water it forms carbonic acid, and the reaction goes both ways, which we show with a double arrow:
p-sulphuric-acid-h-so = سلفیورک ایسڈ (گندھک کا تیزاب)، H₂SO₄، کا ہر سالمہ دو ہائیڈروجن آئن دیتا ہے، اور سوڈیم ہائیڈرو آکسائیڈ، NaOH، ایک ہائیڈرو آکسائیڈ آئن۔ کچھ تیزاب کمزور ہوتے ہیں: ان کا صرف تھوڑا سا حصہ آئنوں میں ٹوٹتا ہے اور باقی پورے سالموں کی صورت میں رہتا ہے۔ جب کاربن ڈائی آکسائیڈ پانی میں حل ہوتی ہے تو کاربونک ایسڈ بنتا ہے، اور یہ تعامل دونوں سمتوں میں چلتا ہے، جسے ہم دوہرے تیر سے ظاہر کرتے ہیں:

# features: subscript, latin-words, quotes-punct
# en: That is why soda water is slightly sour. Rain, too, dissolves CO₂ from the air, so even clean rain is a little acidic.
p-that-is-why-soda = یہی وجہ ہے کہ سوڈا واٹر ہلکا سا کھٹا ہوتا ہے۔ بارش بھی ہوا سے CO₂ جذب کرتی ہے، اس لیے صاف بارش کا پانی بھی تھوڑا سا تیزابی ہوتا ہے۔

# features: superscript-charge, subscript, reversed-quotes, quotes-punct
# en: Ions can carry more than one charge. The calcium ion Ca²⁺ and the magnesium ion Mg²⁺ make water "hard": they stop soap from lathering and leave white scale in kettles. The sulphate ion, SO₄²⁻, carries two negative charges.
p-ions-can-carry-more = آئنوں پر ایک سے زیادہ چارج بھی ہو سکتا ہے۔ کیلشیم آئن Ca²⁺ اور میگنیشیم آئن Mg²⁺ پانی کو ”بھاری“ بنا دیتے ہیں: ان کی وجہ سے صابن جھاگ نہیں دیتا اور کیتلی میں سفید تہہ جم جاتی ہے۔ سلفیٹ آئن، SO₄²⁻، پر دو منفی چارج ہوتے ہیں۔

# features: latin-words
# en: The pH scale
h-the-ph-scale = pH اسکیل

# features: chem-formula-plain, sci-notation, superscript-charge, temperature, units, minus-sign, latin-words, latin-diacritics, digits-western, digits-urdu, dates, quotes-punct
# en: Pure water, H2O, is neutral. A very small number of its molecules split into ions, and at 25 °C the concentration of H⁺ is 1 × 10⁻⁷ mol/L, exactly equal to the concentration of OH⁻. Writing such small numbers is clumsy, so in 1909 the Danish chemist Søren Sørensen proposed the pH scale: pH = −log[H⁺]. For pure water, −log(10⁻⁷) = 7.
p-pure-water-h2o-is = خالص پانی، H2O، تعدیلی (نیوٹرل) ہوتا ہے۔ اس کے بہت تھوڑے سے سالمے آئنوں میں ٹوٹتے ہیں، اور 25 °C پر H⁺ کا ارتکاز 1 × 10⁻⁷ mol/L ہوتا ہے، جو OH⁻ کے ارتکاز کے عین برابر ہے۔ اتنے چھوٹے اعداد لکھنا مشکل ہے، اس لیے ۱۹۰۹ء میں ڈنمارک کے کیمیا دان سورین سورینسن (Søren Sørensen) نے pH اسکیل تجویز کیا: pH = −log[H⁺]۔ خالص پانی کے لیے −log(10⁻⁷) = 7۔

# features: sci-notation, latin-words, digits-western, quotes-punct
# en: Remember that a mole is a very large number of particles, 6.02 × 10²³. Even at pH 7, a litre of water holds about 6 × 10¹⁶ hydrogen ions.
p-remember-that-a-mole = یاد رکھیں کہ ایک مول میں ذرات کی تعداد بہت بڑی ہوتی ہے، یعنی 6.02 × 10²³۔ pH 7 پر بھی ایک لیٹر پانی میں تقریباً 6 × 10¹⁶ ہائیڈروجن آئن ہوتے ہیں۔

# features: code, latin-words, digits-urdu, digits-western, quotes-punct
# en: The scale usually runs from 0 to 14. Below 7 a solution is acidic, above 7 it is basic (or alkaline), and each step is ten times stronger than the next: a solution of pH 3 has ten times more H⁺ than one of pH 4, and a thousand times more than one of pH 6. On a calculator you press "log" and change the sign; in a spreadsheet the same formula is `=-LOG10(A2)`, with the concentration in cell A2.
p-the-scale-usually-runs = یہ اسکیل عام طور پر ۰ سے ۱۴ تک ہوتا ہے۔ ۷ سے کم pH والا محلول تیزابی ہے، ۷ سے زیادہ والا اساسی (یا القلی)، اور ہر درجہ اگلے سے دس گنا طاقتور ہوتا ہے: pH 3 والے محلول میں pH 4 والے محلول سے دس گنا زیادہ H⁺ ہوتا ہے، اور pH 6 والے سے ہزار گنا زیادہ۔ کیلکولیٹر پر آپ “log” دبا کر علامت بدل دیتے ہیں؛ اسپریڈ‌شیٹ میں یہی فارمولا `=-LOG10(A2)` ہے، جس میں ارتکاز سیل A2 میں لکھا ہو۔

# features: image-alt, digits-urdu, quotes-punct
# en: A strip of fifteen coloured squares numbered 0 to 14, from red at 0 through orange, yellow and green at 7 to blue and purple at 14, with a red arrow pointing left under the acids and a blue arrow pointing right under the bases
alt-a-strip-of-fifteen = پندرہ رنگین خانوں کی ایک پٹی جن پر ۰ سے ۱۴ تک نمبر لکھے ہیں: ۰ پر سرخ، پھر نارنجی، پیلا اور ۷ پر سبز، اور ۱۴ تک نیلا اور جامنی؛ نیچے تیزابوں کی طرف بائیں جانب اشارہ کرتا سرخ تیر اور اساسوں کی طرف دائیں جانب اشارہ کرتا نیلا تیر

# features: image-caption, latin-words, digits-urdu, quotes-punct
# en: The pH scale: acids below 7, bases above 7
caption-the-ph-scale-acids = pH اسکیل: ۷ سے نیچے تیزاب، ۷ سے اوپر اساس

# features: dashes, decimals-percent, temperature, latin-words, digits-western, digits-urdu, quotes-punct
# en: Some values to remember: stomach acid 1.5–3.5, lemon juice about 2, vinegar about 3, clean rain 5.6, blood 7.4, baking soda solution 8.3, soap 9–10 and household bleach 12–13. Neutral is exactly 7 only at 25 °C: at 100°C pure water has a pH of about 6.1, and it is still neutral, because H⁺ and OH⁻ are still equal.
p-some-values-to-remember = کچھ قدریں یاد رکھیں: معدے کا تیزاب 1.5–3.5، لیموں کا رس تقریباً 2، سرکہ تقریباً 3، صاف بارش 5.6، خون 7.4، میٹھے سوڈے کا محلول 8.3، صابن 9–10 اور گھریلو بلیچ 12–13۔ نیوٹرل pH ٹھیک ۷ صرف 25 °C پر ہوتا ہے: 100°C پر خالص پانی کا pH تقریباً 6.1 ہوتا ہے، اور وہ پھر بھی نیوٹرل ہی ہوتا ہے، کیونکہ H⁺ اور OH⁻ اب بھی برابر ہوتے ہیں۔

# features: none
# en: Indicators
h-indicators = انڈیکیٹر (نما)

# features: latin-words, quotes-punct
# en: An indicator is a dye whose colour depends on the pH. The oldest is litmus, made from lichens: blue litmus paper turns red in an acid, and red litmus paper turns blue in a base.
p-an-indicator-is-a = انڈیکیٹر ایک ایسا رنگ دار مادہ ہے جس کا رنگ pH کے ساتھ بدلتا ہے۔ سب سے پرانا انڈیکیٹر litmus ہے جو کائی نما پودوں (لائکن) سے بنتا ہے: نیلا litmus کاغذ تیزاب میں سرخ ہو جاتا ہے، اور سرخ litmus کاغذ اساس میں نیلا۔

# features: table-cell
# en: Indicator
cell-indicator = انڈیکیٹر

# features: table-cell
# en: Colour in acid
cell-colour-in-acid = تیزاب میں رنگ

# features: table-cell
# en: Colour in base
cell-colour-in-base = اساس میں رنگ

# features: table-cell, latin-words
# en: Changes between pH
cell-changes-between-ph = کس pH کے درمیان بدلتا ہے

# features: table-cell, latin-words
# en: Litmus
cell-litmus = litmus

# features: table-cell
# en: red
cell-red = سرخ

# features: table-cell
# en: blue
cell-blue = نیلا

# features: table-cell, latin-in-parens
# en: Phenolphthalein
cell-phenolphthalein = فینول فتھیلین (Phenolphthalein)

# features: table-cell
# en: colourless
cell-colourless = بے رنگ

# features: table-cell
# en: pink
cell-pink = گلابی

# features: table-cell
# en: Methyl orange
cell-methyl-orange = میتھائل اورنج

# features: table-cell
# en: yellow
cell-yellow = پیلا

# features: table-cell
# en: Red cabbage juice
cell-red-cabbage-juice = لال بند گوبھی کا رس

# features: table-cell
# en: green to yellow
cell-green-to-yellow = سبز سے پیلا

# features: table-cell
# en: Universal indicator
cell-universal-indicator = یونیورسل انڈیکیٹر

# features: table-cell
# en: violet
cell-violet = بنفشی

# features: latin-words, quotes-punct
# en: A universal indicator is a mixture of several dyes, and its colour tells you the pH to within about one unit. For an exact value, laboratories use a pH meter.
p-a-universal-indicator-is = یونیورسل انڈیکیٹر کئی رنگ دار مادوں کا آمیزہ ہوتا ہے، اور اس کا رنگ تقریباً ایک درجے کی درستی سے pH بتا دیتا ہے۔ ٹھیک ٹھیک قدر کے لیے تجربہ گاہوں میں pH میٹر استعمال ہوتا ہے۔

# features: none
# en: Neutralisation
h-neutralisation = تعدیل

# features: superscript-charge, bold-term, quotes-punct
# en: When an acid and a base react, the H⁺ of the acid and the OH⁻ of the base join to form water, and the rest of the two makes a **salt**:
p-when-an-acid-and = جب تیزاب اور اساس آپس میں تعامل کرتے ہیں تو تیزاب کا H⁺ اور اساس کا OH⁻ مل کر پانی بناتے ہیں، اور دونوں کا باقی حصہ **نمک** بناتا ہے:

# features: word-equation, reaction-arrow
# en: acid + base → salt + water
p-acid-base-salt-water = تیزاب + اساس ← نمک + پانی

# features: chem-equation, subscript, reaction-arrow
# en: HCl + NaOH → NaCl + H₂O
# same-as-source
p-hcl-naoh-nacl-h = HCl + NaOH → NaCl + H₂O

# features: subscript, chem-equation, temperature, minus-sign, latin-words, quotes-punct
# en: Neutralisation is everywhere. An antacid tablet with sodium bicarbonate, NaHCO₃, neutralises extra stomach acid, and the gas that makes you burp is carbon dioxide: NaHCO₃ + HCl → NaCl + H₂O + CO₂. Farmers spread lime, Ca(OH)₂, on soil that is too acidic; most soils in Punjab are alkaline instead, and farmers add gypsum to them. In winter, salt water stays liquid at −5 °C, which is why salt is spread on icy roads in the north.
p-neutralisation-is-everywhere-an = تعدیل ہر جگہ ہے۔ میٹھے سوڈے (سوڈیم بائی کاربونیٹ، NaHCO₃) والی اینٹی ایسڈ گولی معدے کے زائد تیزاب کو نیوٹرل کر دیتی ہے، اور جو گیس ڈکار کی صورت میں نکلتی ہے وہ کاربن ڈائی آکسائیڈ ہے: NaHCO₃ + HCl → NaCl + H₂O + CO₂۔ کسان زیادہ تیزابی مٹی میں بجھا ہوا چونا، Ca(OH)₂، ڈالتے ہیں؛ لیکن پنجاب کی زیادہ تر زمینیں اس کے برعکس القلی ہیں، اور کسان ان میں جپسم ڈالتے ہیں۔ سردیوں میں نمکین پانی −5 °C پر بھی مائع رہتا ہے، اسی لیے شمالی علاقوں میں برف جمی سڑکوں پر نمک چھڑکا جاتا ہے۔

# features: quotes-punct
# en: Experiment: a red-cabbage indicator
h-experiment-a-red-cabbage = تجربہ: لال بند گوبھی کا انڈیکیٹر

# features: quotes-punct
# en: You will need a quarter of a red cabbage, water, a strainer, six clear glasses, and small amounts of lemon juice, vinegar, baking soda, washing soda, soap and tap water.
p-you-will-need-a = آپ کو چاہیے: لال بند گوبھی کا چوتھائی حصہ، پانی، ایک چھلنی، چھ شفاف گلاس، اور تھوڑا تھوڑا لیموں کا رس، سرکہ، میٹھا سوڈا، کپڑے دھونے کا سوڈا، صابن اور نلکے کا پانی۔

# features: digits-western, quotes-punct
# en: Chop the cabbage finely and boil it in two cups of water for 10 minutes.
li-chop-the-cabbage-finely = بند گوبھی کو باریک کاٹ کر دو کپ پانی میں 10 منٹ تک اُبالیں۔

# features: quotes-punct
# en: Let it cool, then strain it. Keep the purple liquid; this is your indicator.
li-let-it-cool-then = ٹھنڈا ہونے دیں، پھر چھان لیں۔ جامنی مائع رکھ لیں؛ یہی آپ کا انڈیکیٹر ہے۔

# features: fractions, quotes-punct
# en: Fill each glass ½ full with the indicator.
li-fill-each-glass-full = ہر گلاس ½ حصے تک انڈیکیٹر سے بھریں۔

# features: quotes-punct
# en: Add a few drops of lemon juice to the first glass and vinegar to the second.
li-add-a-few-drops = پہلے گلاس میں لیموں کے رس کے چند قطرے ڈالیں اور دوسرے میں سرکے کے۔

# features: slash-fraction, digits-western, quotes-punct
# en: Dissolve 3/4 of a teaspoon of baking soda in the third glass, and the same amount of washing soda in the fourth.
li-dissolve-3-4-of = تیسرے گلاس میں 3/4 چائے کا چمچ میٹھا سوڈا حل کریں، اور چوتھے میں اتنا ہی کپڑے دھونے کا سوڈا۔

# features: quotes-punct
# en: Add a little soap to the fifth glass and tap water to the sixth.
li-add-a-little-soap = پانچویں گلاس میں تھوڑا سا صابن اور چھٹے میں نلکے کا پانی ڈالیں۔

# features: quotes-punct
# en: Note each colour in your notebook and arrange the glasses from the most acidic to the most basic.
li-note-each-colour-in = ہر رنگ اپنی کاپی میں لکھیں اور گلاسوں کو سب سے زیادہ تیزابی سے سب سے زیادہ اساسی کی ترتیب میں رکھیں۔

# features: emoji, bold-term, subscript, digits-urdu, quotes-punct
# en: ⚠️ **Safety first:** never taste or smell chemicals in the laboratory. Wear goggles when you work with acids or bases, and always add acid to water, never water to acid: concentrated H₂SO₄ gives off so much heat that the water can boil and splash. If an acid touches your skin, wash it under running water for at least 10 minutes and tell your teacher.
quote-safety-first-never-taste = ⚠️ **حفاظت سب سے پہلے:** تجربہ گاہ میں کبھی کوئی کیمیکل نہ چکھیں نہ سونگھیں۔ تیزاب یا اساس کے ساتھ کام کرتے وقت حفاظتی عینک پہنیں، اور ہمیشہ تیزاب کو پانی میں ڈالیں، پانی کو تیزاب میں کبھی نہیں: گاڑھا H₂SO₄ اتنی حرارت خارج کرتا ہے کہ پانی اُبل کر چھینٹے اڑا سکتا ہے۔ اگر تیزاب جلد پر لگ جائے تو کم از کم ۱۰ منٹ تک بہتے پانی سے دھوئیں اور اپنے استاد کو بتائیں۔

# features: none
# en: Check yourself
h-check-yourself = اپنی جانچ کیجیے

# features: superscript-charge, latin-words, digits-western, quotes-punct
# en: Why does a solution of pH 2 have 100 times more H⁺ than one of pH 4?
li-why-does-a-solution = pH 2 والے محلول میں pH 4 والے محلول سے 100 گنا زیادہ H⁺ کیوں ہوتا ہے؟

# features: latin-words, quotes-punct
# en: Write the equation for the neutralisation of HCl by NaOH, and name the salt.
li-write-the-equation-for = NaOH کے ذریعے HCl کی تعدیل کی مساوات لکھیں، اور بننے والے نمک کا نام بتائیں۔

# features: latin-words, digits-western, quotes-punct
# en: Which indicator would you choose to see the end of a reaction at pH 9?
li-which-indicator-would-you = pH 9 پر تعامل کا اختتام دیکھنے کے لیے آپ کون سا انڈیکیٹر چنیں گے؟

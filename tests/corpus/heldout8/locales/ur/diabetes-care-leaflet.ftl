### Urdu translation of content/diabetes-care-leaflet.md. Above each message, `# en:` records the English it was translated from.

# features: digits-western
# en: Type 2 diabetes: a guide for patients and their families
title = ٹائپ 2 ذیابیطس: مریضوں اور ان کے گھر والوں کے لیے رہنمائی

# features: latin-in-parens, quotes-punct
# en: What your sugar numbers mean, how to take your medicines, what to eat, and when to come to hospital at once. Patient information leaflet, Diabetes & Endocrine Clinic.
summary = آپ کی شوگر کی ریڈنگز کا کیا مطلب ہے، دوائیں کیسے لیں، کیا کھائیں، اور کب فوراً ہسپتال آئیں۔ معلوماتی پرچہ برائے مریض، شعبہ ذیابیطس و اینڈوکرائن (Diabetes & Endocrine Clinic)۔

# features: digits-western, footnote, quotes-punct
# en: You have been told that you have type 2 diabetes. You are not alone: about one in four adults in Pakistan has diabetes, and many of them do not know it.[^1] Diabetes cannot yet be cured, but it can be controlled. People who keep their sugar, blood pressure and weight in check live long and active lives.
p-you-have-been-told = آپ کو بتایا گیا ہے کہ آپ کو ٹائپ 2 ذیابیطس (شوگر) ہے۔ آپ اکیلے نہیں ہیں: پاکستان میں تقریباً ہر چار میں سے ایک بالغ فرد کو ذیابیطس ہے، اور ان میں سے بہت سوں کو اس کا علم ہی نہیں۔[^1] ذیابیطس کا ابھی تک کوئی مستقل علاج نہیں، لیکن اسے قابو میں رکھا جا سکتا ہے۔ جو لوگ اپنی شوگر، بلڈ پریشر اور وزن قابو میں رکھتے ہیں وہ لمبی اور بھرپور زندگی گزارتے ہیں۔

# features: quotes-punct
# en: This leaflet explains what your numbers mean, how to take your medicines, and when you must see a doctor. Bring it to every clinic visit, together with your sugar diary.
p-this-leaflet-explains-what = اس پرچے میں بتایا گیا ہے کہ آپ کی ریڈنگز کا کیا مطلب ہے، دوائیں کیسے لینی ہیں، اور کب ڈاکٹر کو لازماً دکھانا ہے۔ ہر بار کلینک آتے وقت یہ پرچہ اور اپنی شوگر ڈائری ساتھ لائیں۔

# features: digits-western, quotes-punct
# en: What is type 2 diabetes?
h-what-is-type-2 = ٹائپ 2 ذیابیطس کیا ہے؟

# features: digits-western, quotes-punct
# en: Insulin is a hormone that moves sugar from the blood into the cells of the body. In type 2 diabetes the body makes insulin but does not use it well, and after some years it also makes less of it. The sugar then stays in the blood. Over the years, high sugar damages the eyes, kidneys, nerves, heart and feet.
p-insulin-is-a-hormone = انسولین ایک ہارمون ہے جو شوگر کو خون سے جسم کے خلیوں تک پہنچاتا ہے۔ ٹائپ 2 ذیابیطس میں جسم انسولین بناتا تو ہے لیکن اسے ٹھیک طرح استعمال نہیں کر پاتا، اور کچھ سال بعد انسولین کم بھی بننے لگتی ہے۔ یوں شوگر خون ہی میں رہ جاتی ہے۔ برسوں تک زیادہ شوگر رہنے سے آنکھیں، گردے، اعصاب، دل اور پاؤں خراب ہو جاتے ہیں۔

# features: digits-urdu, quotes-punct
# en: The risk is higher if you are overweight, if a parent, brother or sister has diabetes, if you had diabetes during a pregnancy, or if you are over 40. South Asians get diabetes at a lower weight and a younger age than Europeans.
p-the-risk-is-higher = اگر آپ کا وزن زیادہ ہے، والدین یا بہن بھائیوں میں سے کسی کو ذیابیطس ہے، حمل کے دوران آپ کو شوگر ہوئی تھی، یا آپ کی عمر ۴۰ سال سے زیادہ ہے تو خطرہ بڑھ جاتا ہے۔ جنوبی ایشیا کے لوگوں کو یورپی لوگوں کے مقابلے میں کم وزن اور کم عمر میں ذیابیطس ہو جاتی ہے۔

# features: none
# en: Your numbers
h-your-numbers = آپ کی ریڈنگز

# features: quotes-punct
# en: Your doctor will check these numbers and write them on your clinic card:
p-your-doctor-will-check = آپ کا ڈاکٹر یہ ریڈنگز چیک کر کے آپ کے کلینک کارڈ پر لکھے گا:

# features: definition-list, units, math-signs, digits-western, latin-in-parens, quotes-punct
# en: **Fasting blood sugar**\
# en: Your sugar after 8 hours without food. Normal: below 100 mg/dL (5.6 mmol/L). Diabetes: ≥ 126 mg/dL (7.0 mmol/L) on two separate days.
li-fasting-blood-sugar-your =
    { "*" }*فاسٹنگ بلڈ شوگر (نہار منہ شوگر)**\
    کم از کم 8 گھنٹے کچھ نہ کھانے کے بعد آپ کی شوگر۔ نارمل: 100 mg/dL (5.6 mmol/L) سے کم۔ ذیابیطس: دو الگ الگ دنوں میں ≥ 126 mg/dL (7.0 mmol/L)۔

# features: definition-list, subscript, units, digits-western, dashes, decimals-percent, latin-words, quotes-punct
# en: **HbA₁c**\
# en: Your average sugar over the last 2–3 months. For most adults the target is an HbA1c below 7% (53 mmol/mol). Every 1% fall lowers the risk of eye, kidney and nerve damage.
li-hba-c-your-average =
    { "*" }*HbA₁c (تین مہینے کی اوسط شوگر)**\
    پچھلے 2–3 مہینوں کی آپ کی اوسط شوگر۔ زیادہ تر بالغ افراد کے لیے ہدف یہ ہے کہ HbA1c سات فیصد (7%) یعنی 53 mmol/mol سے کم رہے۔ اس میں ہر 1% کمی سے آنکھوں، گردوں اور اعصاب کو نقصان کا خطرہ کم ہو جاتا ہے۔

# features: definition-list, units, math-signs, digits-western, quotes-punct
# en: **Blood pressure**\
# en: Keep it ≤ 130/80 mmHg. High blood pressure and diabetes together damage the kidneys faster.
li-blood-pressure-keep-it =
    { "*" }*بلڈ پریشر**\
    اسے ≤ 130/80 mmHg رکھیں۔ ہائی بلڈ پریشر اور ذیابیطس مل کر گردوں کو زیادہ تیزی سے نقصان پہنچاتے ہیں۔

# features: definition-list, units, superscript, digits-western, dashes, latin-in-parens, latin-words, quotes-punct
# en: **Body mass index (BMI)**\
# en: Your weight in kg divided by the square of your height in metres. For South Asians a healthy BMI is 18.5–22.9 kg/m²; a BMI of 25 kg/m² or more counts as obesity.
li-body-mass-index-bmi =
    { "*" }*باڈی ماس انڈیکس (BMI)**\
    کلوگرام میں آپ کا وزن، تقسیم میٹر میں آپ کے قد کا مربع۔ جنوبی ایشیائی لوگوں کے لیے صحت مند BMI 18.5–22.9 kg/m² ہے؛ 25 kg/m² یا اس سے زیادہ BMI موٹاپا شمار ہوتا ہے۔

# features: math-signs, digits-western, decimals-percent, quotes-punct
# en: A home glucometer is accurate to about ±15%, so do not worry if two readings taken a few minutes apart are not the same.
p-a-home-glucometer-is = گھر میں استعمال ہونے والا گلوکومیٹر تقریباً ±15% تک درست ہوتا ہے، اس لیے اگر چند منٹ کے فرق سے لی گئی دو ریڈنگز ایک جیسی نہ ہوں تو پریشان نہ ہوں۔

# features: none
# en: Food and exercise
h-food-and-exercise = کھانا اور ورزش

# features: quotes-punct, dashes
# en: You do not need special "diabetic" food. Eat what your family eats, but change the amounts. Fill half your plate with vegetables (*sabzi*), a quarter with *roti* or *chawal*, and a quarter with *daal*, chicken, fish or eggs. One small *roti* is better than two, and brown *atta* is better than white. Avoid *mithai*, sweet *lassi*, soft drinks and fruit juice; one piece of fruit a day is fine. Drink your *chai* without sugar — after two weeks you will not miss it.
p-you-do-not-need = آپ کو “شوگر والے” خاص کھانے کی ضرورت نہیں۔ وہی کھائیں جو آپ کے گھر والے کھاتے ہیں، بس مقدار بدل دیں۔ آدھی پلیٹ سبزی سے بھریں، ایک چوتھائی روٹی یا چاول سے، اور ایک چوتھائی دال، مرغی، مچھلی یا انڈے سے۔ ایک چھوٹی روٹی دو سے بہتر ہے، اور چوکر والا آٹا سفید آٹے سے بہتر ہے۔ مٹھائی، میٹھی لسی، کولڈ ڈرنکس اور پھلوں کے جوس سے پرہیز کریں؛ دن میں ایک پھل کھانے میں کوئی حرج نہیں۔ چائے چینی کے بغیر پئیں — دو ہفتے بعد آپ کو چینی یاد بھی نہیں آئے گی۔

# features: image-alt, quotes-punct
# en: A round dinner plate divided into three parts: half of it green vegetables, a quarter a roti and a little rice, and a quarter lentils and chicken, with a glass of water beside it
alt-a-round-dinner-plate = کھانے کی ایک گول پلیٹ جو تین حصوں میں بٹی ہے: آدھے حصے میں ہری سبزیاں، ایک چوتھائی میں روٹی اور تھوڑے سے چاول، اور ایک چوتھائی میں دال اور مرغی، ساتھ پانی کا ایک گلاس

# features: image-caption, quotes-punct
# en: The plate method: half vegetables, a quarter roti or rice, a quarter protein
caption-the-plate-method-half = پلیٹ کا طریقہ: آدھی سبزی، چوتھائی روٹی یا چاول، چوتھائی پروٹین

# features: digits-western, dashes, decimals-percent, quotes-punct
# en: Walk for 30 minutes a day, at least 5 days a week, fast enough that you can talk but not sing. If you are overweight, losing 5–10% of your weight can lower your sugar as much as a tablet does.
p-walk-for-30-minutes = روزانہ 30 منٹ پیدل چلیں، ہفتے میں کم از کم 5 دن، اتنی تیز رفتار سے کہ آپ بات تو کر سکیں لیکن گا نہ سکیں۔ اگر آپ کا وزن زیادہ ہے تو اپنا وزن 5–10% کم کرنے سے شوگر اتنی ہی کم ہو سکتی ہے جتنی ایک گولی سے ہوتی ہے۔

# features: none
# en: Your medicines
h-your-medicines = آپ کی دوائیں

# features: quotes-punct
# en: Take your medicines every day, even when you feel well. Do not stop a medicine or change a dose on your own.
p-take-your-medicines-every = اپنی دوائیں ہر روز لیں، اس وقت بھی جب آپ ٹھیک محسوس کر رہے ہوں۔ کوئی دوا اپنی مرضی سے بند نہ کریں اور نہ ہی خوراک بدلیں۔

# features: table-cell
# en: Medicine
cell-medicine = دوا

# features: table-cell
# en: Dose
cell-dose = خوراک

# features: table-cell
# en: When
cell-when = کب لیں

# features: table-cell, latin-words, units
# en: Metformin 500 mg
# same-as-source
cell-metformin-500-mg = Metformin 500 mg

# features: table-cell, fractions, digits-western, quotes-punct
# en: ½ tablet for the first week, then 1 tablet
cell-tablet-for-the-first = پہلے ہفتے ½ گولی، پھر 1 گولی

# features: table-cell, quotes-punct
# en: With breakfast and dinner, after eating
cell-with-breakfast-and-dinner = ناشتے اور رات کے کھانے کے ساتھ، کھانے کے بعد

# features: table-cell, latin-words, units
# en: Glimepiride 2 mg
# same-as-source
cell-glimepiride-2-mg = Glimepiride 2 mg

# features: table-cell, digits-western
# en: 1 tablet
cell-1-tablet = 1 گولی

# features: table-cell, quotes-punct
# en: With breakfast; never if you skip the meal
cell-with-breakfast-never-if = ناشتے کے ساتھ؛ اگر ناشتہ نہ کریں تو ہرگز نہ لیں

# features: table-cell, latin-words, units
# en: Sitagliptin 50 mg
# same-as-source
cell-sitagliptin-50-mg = Sitagliptin 50 mg

# features: table-cell, quotes-punct
# en: Once a day, at any time
cell-once-a-day-at = دن میں ایک بار، کسی بھی وقت

# features: table-cell, latin-in-parens
# en: Insulin glargine
cell-insulin-glargine = انسولین گلارجین (glargine)

# features: table-cell, math-signs, digits-western, quotes-punct
# en: 10 units, changed by ±2 units as your doctor tells you
cell-10-units-changed-by = 10 یونٹ، ڈاکٹر کی ہدایت کے مطابق ±2 یونٹ کمی بیشی کے ساتھ

# features: table-cell, quotes-punct
# en: At bedtime, at the same time every night
cell-at-bedtime-at-the = سوتے وقت، ہر رات ایک ہی وقت پر

# features: quotes-punct
# en: Your own doses are written on your prescription. If you miss a dose of tablets, take it when you remember, unless it is nearly time for the next one. Never take two doses together.
p-your-own-doses-are = آپ کی اپنی خوراک آپ کے نسخے پر لکھی ہے۔ اگر گولی کی کوئی خوراک رہ جائے تو یاد آنے پر لے لیں، سوائے اس کے کہ اگلی خوراک کا وقت قریب ہو۔ دو خوراکیں کبھی ایک ساتھ نہ لیں۔

# features: none
# en: Warning signs
h-warning-signs = خطرے کی علامات

# features: quotes-punct
# en: Learn these signs, and teach them to your family:
p-learn-these-signs-and = یہ علامات یاد کر لیں، اور اپنے گھر والوں کو بھی سکھائیں:

# features: nested-list, bold-term, units, digits-western, quotes-punct
# en: **Low sugar (hypoglycaemia):** a reading below 70 mg/dL (3.9 mmol/L). Signs:
li-low-sugar-hypoglycaemia-a = **شوگر کم ہونا (ہائپوگلائیسیمیا):** ریڈنگ 70 mg/dL (3.9 mmol/L) سے کم۔ علامات:

# features: nested-list, quotes-punct
# en: shaking, sweating and a fast heartbeat
li-shaking-sweating-and-a = کپکپی، پسینہ اور دل کی دھڑکن تیز ہونا

# features: nested-list, quotes-punct
# en: sudden hunger, headache or blurred vision
li-sudden-hunger-headache-or = اچانک بھوک، سر درد یا نظر دھندلانا

# features: nested-list, quotes-punct
# en: confusion, strange behaviour or fainting
li-confusion-strange-behaviour-or = ذہنی الجھن، عجیب رویہ یا بےہوشی

# features: nested-list, bold-term, units, digits-western, quotes-punct
# en: **Very high sugar:** a reading above 300 mg/dL (16.7 mmol/L). Signs:
li-very-high-sugar-a = **شوگر بہت زیادہ ہونا:** ریڈنگ 300 mg/dL (16.7 mmol/L) سے زیادہ۔ علامات:

# features: nested-list
# en: great thirst and passing urine very often
li-great-thirst-and-passing = شدید پیاس اور بار بار پیشاب آنا

# features: nested-list
# en: vomiting, stomach pain or fast breathing
li-vomiting-stomach-pain-or = الٹی، پیٹ میں درد یا سانس تیز چلنا

# features: nested-list
# en: unusual sleepiness
li-unusual-sleepiness = غیر معمولی غنودگی

# features: bold-term, quotes-punct
# en: **A foot problem:** a cut, blister or black spot on the foot that has not healed in a week.
li-a-foot-problem-a = **پاؤں کا مسئلہ:** پاؤں پر کوئی کٹ، چھالا یا کالا دھبہ جو ایک ہفتے میں ٹھیک نہ ہوا ہو۔

# features: bold-term, quotes-punct
# en: **Chest pain or breathlessness**, even if mild: people with diabetes can have a heart attack without much pain.
li-chest-pain-or-breathlessness = **سینے میں درد یا سانس پھولنا**، چاہے ہلکا ہی ہو: ذیابیطس کے مریضوں کو زیادہ درد کے بغیر بھی دل کا دورہ پڑ سکتا ہے۔

# features: digits-western, digits-urdu, units, quotes-punct
# en: If your sugar is low, take 3 teaspoons of sugar or glucose (15 g) in half a glass of water, check again after 15 minutes, and repeat if it is still below 70 mg/dL. Then eat a meal or a snack.
p-if-your-sugar-is = اگر شوگر کم ہو جائے تو آدھے گلاس پانی میں 3 چائے کے چمچ چینی یا گلوکوز (15 گرام) گھول کر پئیں، ۱۵ منٹ بعد دوبارہ چیک کریں، اور اگر پھر بھی 70 mg/dL سے کم ہو تو یہی عمل دہرائیں۔ اس کے بعد کھانا یا کوئی ہلکی غذا (اسنیک) کھائیں۔

# features: emoji, units, digits-western, footnote, quotes-punct
# en: ⚠️ **When to see a doctor at once:** come to the Emergency Department, or call Rescue 1122, if your sugar stays below 70 mg/dL after two doses of sugar, if it is above 300 mg/dL twice in a row, if you vomit and cannot keep water down, or if the person with diabetes cannot be woken. In Ramadan, break your fast at once if your sugar falls below 70 mg/dL or rises above 300 mg/dL; scholars agree that this is allowed.[^2]
quote-when-to-see-a = ⚠️ **فوراً ڈاکٹر کو کب دکھائیں:** اگر چینی کی دو خوراکوں کے بعد بھی شوگر 70 mg/dL سے کم رہے، لگاتار دو بار 300 mg/dL سے زیادہ آئے، الٹیاں ہوں اور پانی بھی نہ ٹھہرے، یا ذیابیطس کا مریض جگانے پر بھی نہ جاگے، تو فوراً ایمرجنسی آئیں یا ریسکیو 1122 پر کال کریں۔ رمضان میں اگر شوگر 70 mg/dL سے کم یا 300 mg/dL سے زیادہ ہو جائے تو فوراً روزہ کھول دیں؛ علمائے کرام کا اس پر اتفاق ہے کہ اس کی اجازت ہے۔[^2]

# features: quotes-punct
# en: Questions?
h-questions = کوئی سوال؟

# features: phone, digits-western, time, quotes-punct
# en: Call the diabetes educator on 041-9201234 (ext. 215), Monday to Saturday, 8 am to 2 pm, or ask at counter 4 of the Outpatient Block. In an emergency, call 1122.
p-call-the-diabetes-educator = ذیابیطس ایجوکیٹر سے 041-9201234 (ایکسٹینشن 215) پر پیر سے ہفتہ، صبح 8 بجے سے دوپہر 2 بجے تک رابطہ کریں، یا آؤٹ پیشنٹ بلاک کے کاؤنٹر نمبر 4 پر پوچھیں۔ ایمرجنسی کی صورت میں 1122 پر کال کریں۔

# features: italic-latin, digits-western, dates, decimals-percent, quotes-punct
# en: International Diabetes Federation, *IDF Diabetes Atlas*, 10th edition, Brussels, 2021: 26.7% of adults aged 20–79 in Pakistan.
note-international-diabetes-federation = انٹرنیشنل ڈائبیٹیز فیڈریشن، *IDF Diabetes Atlas*، دسواں ایڈیشن، برسلز، 2021ء: پاکستان میں 20 سے 79 سال کی عمر کے 26.7 فیصد بالغ افراد۔

# features: latin-in-parens, italic-latin, url-email, digits-western, dates, quotes-punct
# en: M. Hassanein and others, "Diabetes and Ramadan: Practical guidelines 2021", *Diabetes Research and Clinical Practice*, vol. 185, 2022, article 109185, https://doi.org/10.1016/j.diabres.2021.109185.
note-m-hassanein-and-others = ایم حسنین (M. Hassanein) و دیگر، "Diabetes and Ramadan: Practical guidelines 2021"، *Diabetes Research and Clinical Practice*، جلد 185، 2022ء، مقالہ 109185، https://doi.org/10.1016/j.diabres.2021.109185۔

### ur translation of content/physics-lesson-moments.md.

# en: Class 9 Physics, Unit 4: the turning effect of a force
title = جماعت نہم طبیعیات، یونٹ 4: قوت کا گھمانے والا اثر

# en: Moments, the principle of moments and levers, with worked examples from a see-saw, a spanner and a wheelbarrow; a lesson for Matric students, with exercises and a short Python program.
summary = معیارِ اثر (moment)، اصولِ معیارِ اثر اور لیور، سی سا، اسپینر اور ہتھ ریڑھی کی حل شدہ مثالوں کے ساتھ؛ میٹرک کے طلبہ کے لیے ایک سبق، مشقوں اور ایک مختصر Python پروگرام سمیت۔

# en: Push a door near its hinges and it hardly moves; push it at the handle and it swings open. The force is the same, but its **turning effect** is not. In this lesson we learn how to measure that turning effect, which physicists call the *moment* of a force (or its *torque*).
p-push-a-door-near = دروازے کو اس کے قبضوں کے پاس سے دھکیلیں تو وہ مشکل سے ہلتا ہے؛ ہینڈل سے دھکیلیں تو فوراً کھل جاتا ہے۔ قوت وہی ہے، لیکن اس کا **گھمانے والا اثر** مختلف ہے۔ اس سبق میں ہم سیکھیں گے کہ اس اثر کو کیسے ناپا جائے، جسے ماہرینِ طبیعیات قوت کا *معیارِ اثر* (moment) یا *ٹارک* (torque) کہتے ہیں۔

# en: 4.1 The moment of a force
h-4-1-the-moment = 4.1 قوت کا معیارِ اثر

# en: The moment of a force about a point is the force multiplied by the perpendicular distance from the point to the line of the force:
p-the-moment-of-a = کسی نقطے کے گرد قوت کا معیارِ اثر، قوت اور اس نقطے سے قوت کے خطِ عمل تک عمودی فاصلے کا حاصلِ ضرب ہے:

# en: **moment = force × perpendicular distance**, or τ = F × d
p-moment-force-perpendicular-distance = **معیارِ اثر = قوت × عمودی فاصلہ**، یا τ = F × d

# en: The unit of moment is the newton-metre (N m). A force of 20 N applied 0.5 m from a hinge has a moment of 20 × 0.5 = 10 N m. The same force at 3/4 of a metre has a moment of 20 × 3/4 = 15 N m, 50% more.
p-the-unit-of-moment = معیارِ اثر کی اکائی نیوٹن میٹر (N m) ہے۔ قبضے سے 0.5 m کے فاصلے پر لگائی گئی 20 N کی قوت کا معیارِ اثر 20 × 0.5 = 10 N m ہے۔ یہی قوت 3/4 میٹر کے فاصلے پر ہو تو معیارِ اثر 20 × 3/4 = 15 N m ہو گا، یعنی 50% زیادہ۔

# en: By convention, an anticlockwise moment is positive and a clockwise moment is negative. So if a clockwise force of 12 N acts 2 m from the pivot, its moment is −24 N m, and a total of +10 N m and −24 N m is −14 N m: the object turns clockwise.
p-by-convention-an-anticlockwise = روایت کے مطابق خلافِ گھڑی (anticlockwise) معیارِ اثر مثبت اور گھڑی وار (clockwise) معیارِ اثر منفی لیا جاتا ہے۔ چنانچہ اگر 12 N کی گھڑی وار قوت محور سے 2 m پر عمل کرے تو اس کا معیارِ اثر −24 N m ہے، اور +10 N m اور −24 N m کا مجموعہ −14 N m ہے: جسم گھڑی وار گھومے گا۔

# en: If the force is not at right angles to the lever, only part of it turns the lever. At an angle θ, the moment is τ = F × d × sin θ. Since sin 30° = 1/2, a force of 40 N pulling at 30° to a spanner 0.25 m long gives 40 × 0.25 × 0.5 = 5 N m, only half of what it gives at 90°.
p-if-the-force-is = اگر قوت لیور پر زاویۂ قائمہ بناتے ہوئے نہ لگے تو اس کا صرف ایک حصہ لیور کو گھماتا ہے۔ زاویہ θ پر معیارِ اثر τ = F × d × sin θ ہے۔ چونکہ sin 30° = 1/2، اس لیے 0.25 m لمبے اسپینر کو 30° کے زاویے پر کھینچنے والی 40 N کی قوت 40 × 0.25 × 0.5 = 5 N m دیتی ہے، جو 90° پر ملنے والے اثر کا صرف نصف ہے۔

# en: 4.2 The principle of moments
h-4-2-the-principle = ۴.۲ اصولِ معیارِ اثر

# en: When a body is in equilibrium, the sum of the clockwise moments about any point equals the sum of the anticlockwise moments about the same point:
p-when-a-body-is = جب کوئی جسم توازن میں ہو تو کسی بھی نقطے کے گرد تمام گھڑی وار معیارِ اثر کا مجموعہ اسی نقطے کے گرد تمام خلافِ گھڑی معیارِ اثر کے مجموعے کے برابر ہوتا ہے:

# en: **Example.** Ali (weight 480 N) sits 1.5 m from the middle of a see-saw. Where must his sister Hina (weight 360 N) sit to balance him?
p-example-ali-weight-480 = **مثال۔** علی (وزن 480 N) سی سا کے درمیان سے 1.5 m پر بیٹھا ہے۔ اس کی بہن حنا (وزن 360 N) کہاں بیٹھے کہ توازن قائم ہو جائے؟

# en: 360 × d = 480 × 1.5, so d = 720 ÷ 360 = 2 m.
p-360-d-480-1 = 360 × d = 480 × 1.5، لہٰذا d = 720 ÷ 360 = 2 m۔

# en: The ratio of their distances, 1.5 : 2 or 3:4, is the inverse of the ratio of their weights, 480 : 360 or 4:3. The lighter child must sit further out.
p-the-ratio-of-their = ان کے فاصلوں کی نسبت، 1.5 : 2 یعنی 3:4، ان کے وزنوں کی نسبت 480 : 360 یعنی 4:3 کی الٹ ہے۔ ہلکے بچے کو زیادہ دور بیٹھنا پڑتا ہے۔

# en: 4.3 Levers
h-4-3-levers = ۴.۳ لیور

# en: A lever lets a small effort move a large load. Its **mechanical advantage** (MA) is load ÷ effort. A crowbar with an MA of 5 turns an effort of 100 N into a force of 500 N, at the price of moving 5 times as far.
p-a-lever-lets-a = لیور کی مدد سے تھوڑی سی کوشش (effort) بڑے بوجھ (load) کو ہلا سکتی ہے۔ اس کا **میکانکی فائدہ** (MA) بوجھ ÷ کوشش ہے۔ MA = 5 والا سبل (crowbar) 100 N کی کوشش کو 500 N کی قوت میں بدل دیتا ہے، مگر اس کی قیمت یہ ہے کہ کوشش کو 5 گنا زیادہ فاصلہ طے کرنا پڑتا ہے۔

# en: Levers are put in three classes by where the pivot (fulcrum) is:
p-levers-are-put-in = محور (fulcrum) کے مقام کے لحاظ سے لیور تین اقسام کے ہوتے ہیں:

# en: **First class**: the pivot is between the effort and the load, as in a see-saw, a pair of scissors or a *dhenkli*, the old well-sweep of Punjab's villages.
li-first-class-the-pivot = **پہلی قسم**: محور کوشش اور بوجھ کے درمیان ہوتا ہے، جیسے سی سا، قینچی یا *ڈھینکلی*، یعنی پنجاب کے دیہات میں کنویں سے پانی نکالنے کا پرانا ڈنڈا۔

# en: Its MA can be greater or less than 1, depending on which arm is longer.
p-its-ma-can-be = اس کا MA ایک سے زیادہ یا کم ہو سکتا ہے، اس پر منحصر ہے کہ کون سا بازو لمبا ہے۔

# en: **Second class**: the load is between the pivot and the effort, as in a wheelbarrow or a nutcracker.
li-second-class-the-load = **دوسری قسم**: بوجھ محور اور کوشش کے درمیان ہوتا ہے، جیسے ہتھ‌ریڑھی (wheelbarrow) یا سروتا۔

# en: Its MA is always greater than 1. A wheelbarrow with the load 0.4 m from the wheel and the handles 1.6 m from it has an MA of 1.6 ÷ 0.4 = 4, in the ratio 1:4.
p-its-ma-is-always = اس کا MA ہمیشہ 1 سے زیادہ ہوتا ہے۔ جس ہتھ ریڑھی میں بوجھ پہیے سے 0.4 m اور دستے پہیے سے 1.6 m پر ہوں، اس کا MA = 1.6 ÷ 0.4 = 4 ہے، یعنی نسبت 1:4۔

# en: **Third class**: the effort is between the pivot and the load, as in a pair of tongs or your own forearm.
li-third-class-the-effort = **تیسری قسم**: کوشش محور اور بوجھ کے درمیان ہوتی ہے، جیسے چمٹا یا آپ کا اپنا بازو۔

# en: Its MA is always less than 1, but the load moves further and faster than the effort.
p-its-ma-is-always-2 = اس کا MA ہمیشہ 1 سے کم ہوتا ہے، لیکن بوجھ کوشش سے زیادہ فاصلہ اور زیادہ تیزی سے طے کرتا ہے۔

# en: No real machine is perfect. A lever's **efficiency** is the work it puts out divided by the work put in, times 100%. A rusty hand pump that puts out 360 J for every 450 J of effort has an efficiency of 360/450 × 100% = 80%.
p-no-real-machine-is = کوئی حقیقی مشین کامل نہیں ہوتی۔ لیور کی **کارکردگی** (efficiency) اس سے حاصل ہونے والے کام کو اس پر کیے گئے کام سے تقسیم کر کے 100% سے ضرب دینے سے ملتی ہے۔ زنگ آلود  ہینڈ پمپ جو ہر 450 J کی کوشش پر 360 J کام دیتا ہے، اس کی کارکردگی 360/450 × 100% = 80% ہے۔

# en: 4.4 Check with a computer
h-4-4-check-with = 4.4 کمپیوٹر سے جانچ کیجیے

# en: You can check your answers with a few lines of Python. The function `balance_distance()` returns where the second weight must sit:
p-you-can-check-your = آپ Python کی چند سطروں سے اپنے جوابات جانچ سکتے ہیں۔ فنکشن `balance_distance()` بتاتا ہے کہ دوسرا وزن کہاں رکھا جائے:

# en: Type `python3 moments.py` in a terminal to run it. Change the numbers and see what happens when `w2` is 0.
p-type-python3-moments-py = اسے چلانے کے لیے ٹرمینل میں `python3 moments.py` لکھیے۔ اعداد بدل کر دیکھیے کہ جب `w2` صفر ہو تو کیا ہوتا ہے۔

# en: Exercises
h-exercises = مشقیں

# en: Questions 1 to 4 are in the textbook, on page 87. Do these as well:
p-questions-1-to-4 = سوال ۱ تا ۴ درسی کتاب کے صفحہ ۸۷ پر ہیں۔ یہ سوال بھی حل کیجیے:

# en: A spanner 30 cm long is used to turn a nut. If a force of 50 N is applied at the end, at right angles, what is the moment? (Answer: 15 N m.)
li-a-spanner-30-cm = 30 cm لمبا اسپینر ایک نٹ کو گھمانے کے لیے استعمال ہوتا ہے۔ اگر اس کے سرے پر زاویۂ قائمہ پر 50 N کی قوت لگائی جائے تو معیارِ اثر کتنا ہو گا؟ (جواب: 15 N m۔)

# en: A metre rule is balanced at its 50 cm mark. A 2 N weight hangs at the 20 cm mark. Where must a 3 N weight hang to balance it?
li-a-metre-rule-is = ایک میٹر رول اپنے 50 cm کے نشان پر متوازن ہے۔ 20 cm کے نشان پر 2 N کا وزن لٹکا ہے۔ 3 N کا وزن کہاں لٹکایا جائے کہ توازن برقرار رہے؟

# en: In Sargodha on a January morning the temperature was −2 °C at 6 am and 14 °C at 2 pm. By how many degrees did it rise? Why has this question got nothing to do with moments?
li-in-sargodha-on-a = جنوری کی ایک صبح سرگودھا میں درجۂ حرارت صبح 6 بجے −2 °C اور دوپہر 2 بجے 14 °C تھا۔ یہ کتنے درجے بڑھا؟ اس سوال کا معیارِ اثر سے کوئی تعلق کیوں نہیں؟

# en: Show that a lever with MA = 2.5 and an effort of 2 × 10² N can lift a load of 5 × 10² N.
li-show-that-a-lever = ثابت کیجیے کہ MA = 2.5 والا لیور 2 × 10² N کی کوشش سے 5 × 10² N کا بوجھ اٹھا سکتا ہے۔

# en: *Remember: always convert centimetres to metres (1 cm = 10⁻² m) before you multiply.*
p-remember-always-convert-centimetres = *یاد رکھیے: ضرب دینے سے پہلے ہمیشہ سینٹی میٹر کو میٹر میں تبدیل کیجیے (1 cm = 10⁻² m)۔*

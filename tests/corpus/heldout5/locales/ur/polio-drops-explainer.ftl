### Urdu translation of content/polio-drops-explainer.md. Above each message, `# en:` records the English it was translated from.

# features: quotes-punct
# en: Two drops, every time: what parents should know before the polio team knocks
title = ہر بار دو قطرے: پولیو ٹیم کے دروازے پر آنے سے پہلے والدین کو کیا معلوم ہونا چاہیے؟

# features: digits-urdu, quotes-punct
# en: Why Pakistan still has wild poliovirus, what is in the oral vaccine, and 14 steps for a safe campaign day at home.
summary = پاکستان میں جنگلی پولیو وائرس اب تک کیوں موجود ہے، منہ کے ذریعے پلائی جانے والی ویکسین میں کیا ہوتا ہے، اور مہم کے دن گھر پر حفاظت کے ۱۴ مراحل۔

# features: digits-urdu, dates
# en: Pakistan and Afghanistan are the last two countries in the world where wild poliovirus still paralyses children. In 2024 Pakistan reported 74 cases, most of them in Balochistan, Sindh and Khyber Pakhtunkhwa, and the virus was found in sewage samples from more than 80 districts. This week another nationwide campaign begins, and about 45 million children under five are to be given the drops.
p-pakistan-and-afghanistan-are = پاکستان اور افغانستان دنیا کے وہ آخری دو ملک ہیں جہاں جنگلی پولیو وائرس آج بھی بچوں کو معذور کر رہا ہے۔ ۲۰۲۴ء میں پاکستان میں پولیو کے ۷۴ کیس رپورٹ ہوئے، جن میں سے زیادہ تر بلوچستان، سندھ اور خیبر پختونخوا میں تھے، اور ۸۰ سے زائد اضلاع کے سیوریج کے نمونوں میں وائرس پایا گیا۔ اس ہفتے ملک گیر انسدادِ پولیو مہم کا ایک اور مرحلہ شروع ہو رہا ہے جس میں پانچ سال سے کم عمر کے تقریباً ساڑھے چار کروڑ بچوں کو قطرے پلائے جائیں گے۔

# features: digits-urdu, units
# en: Polio spreads through faeces and contaminated water. Most infected children show no symptoms at all, or only a mild fever of about 38°C and a sore throat, but roughly one infection in 200 leads to paralysis that cannot be reversed. There is no cure. There is only prevention.
p-polio-spreads-through-faeces = پولیو فضلے اور آلودہ پانی کے ذریعے پھیلتا ہے۔ وائرس سے متاثر ہونے والے زیادہ تر بچوں میں کوئی علامت ظاہر نہیں ہوتی، یا صرف ۳۸°C کے قریب ہلکا بخار اور گلے میں خراش ہوتی ہے، لیکن تقریباً ہر ۲۰۰ میں سے ایک انفیکشن ایسے فالج کا باعث بنتا ہے جو کبھی ٹھیک نہیں ہوتا۔ اس کا کوئی علاج نہیں۔ صرف بچاؤ ہے۔

# features: quotes-punct
# en: What is in the two drops?
h-what-is-in-the = دو قطروں میں کیا ہوتا ہے؟

# features: digits-urdu, decimals-percent, units, latin-in-parens
# en: The oral polio vaccine (OPV) is given as two drops, about 0.1 ml, into the child's mouth. It contains a weakened virus that teaches the gut to fight the real one. The vaccine must be kept between 2°C and 8°C in cold boxes, and every vial carries a vaccine vial monitor (VVM), a small square that darkens if the vaccine has been exposed to too much heat.
p-the-oral-polio-vaccine = منہ کے ذریعے دی جانے والی پولیو ویکسین (OPV) کے دو قطرے، یعنی تقریباً ۰٫۱ ml، بچے کے منہ میں ڈالے جاتے ہیں۔ اس میں کمزور کیا ہوا وائرس ہوتا ہے جو آنتوں کو اصل وائرس سے لڑنا سکھاتا ہے۔ ویکسین کو کولڈ باکس میں ۲°C سے ۸°C کے درمیان رکھنا ضروری ہے، اور ہر شیشی پر ویکسین وائل مانیٹر (VVM) لگا ہوتا ہے، یعنی ایک چھوٹا سا چوکور نشان جو ویکسین کے زیادہ گرمی میں رہنے پر گہرا ہو جاتا ہے۔

# features: digits-urdu, latin-in-parens
# en: Children under five should get the drops in every campaign, even if they were vaccinated a month ago. Each extra dose adds protection, and there is no such thing as an overdose. Routine immunisation also includes an injectable vaccine (IPV) at 14 weeks, which is given at the health centre, not at the door.
p-children-under-five-should = پانچ سال سے کم عمر بچوں کو ہر مہم میں قطرے پلوانے چاہئیں، چاہے انہیں ایک مہینہ پہلے ہی ویکسین کیوں نہ دی گئی ہو۔ ہر اضافی خوراک تحفظ میں اضافہ کرتی ہے، اور ”زیادہ خوراک“ جیسی کوئی چیز نہیں ہوتی۔ حفاظتی ٹیکوں کے معمول کے کورس میں ۱۴ ہفتے کی عمر میں انجیکشن والی ویکسین (IPV) بھی شامل ہے، جو مرکزِ صحت پر لگائی جاتی ہے، دروازے پر نہیں۔

# features: image-alt
# en: A health worker in a blue vest giving polio drops to a small child held by her mother at the door of a house
alt-a-health-worker-in = نیلی جیکٹ پہنے ایک ہیلتھ ورکر گھر کے دروازے پر ماں کی گود میں ایک چھوٹی بچی کو پولیو کے قطرے پلا رہی ہے

# features: image-caption
# en: A vaccinator marks the child's finger after the drops (illustration)
caption-a-vaccinator-marks-the = قطرے پلانے کے بعد ویکسینیٹر بچی کی انگلی پر نشان لگا رہی ہے (خاکہ)

# features: none
# en: A doctor's view
h-a-doctor-s-view = ایک ڈاکٹر کی رائے

# features: quotes-punct
# en: Dr Sana Baloch, a paediatrician at a public hospital in Quetta, says that the hardest part of her work is not medicine but trust:
p-dr-sana-baloch-a = کوئٹہ کے ایک سرکاری اسپتال میں بچوں کی ماہر ڈاکٹر ثنا بلوچ کہتی ہیں کہ ان کے کام کا سب سے مشکل حصہ علاج نہیں بلکہ اعتماد ہے:

# features: none
# en: Parents ask me whether the drops cause infertility or contain something haram. They do not. The same vaccine is used in Saudi Arabia, Egypt and Indonesia, and scholars here and abroad have approved it. What I see in my ward is the other side: a healthy two-year-old who cannot stand a week after a fever. I have never seen a child harmed by the drops, and I have seen far too many harmed by polio.
quote-parents-ask-me-whether = والدین مجھ سے پوچھتے ہیں کہ کیا ان قطروں سے بانجھ پن ہوتا ہے یا ان میں کوئی حرام چیز ہے۔ ایسا کچھ نہیں۔ یہی ویکسین سعودی عرب، مصر اور انڈونیشیا میں استعمال ہوتی ہے، اور ملک کے اندر اور باہر کے علما اسے جائز قرار دے چکے ہیں۔ میں اپنے وارڈ میں اس کا دوسرا رخ دیکھتی ہوں: ایک صحت مند دو سال کا بچہ جو بخار کے ایک ہفتے بعد کھڑا نہیں ہو سکتا۔ میں نے آج تک کسی بچے کو قطروں سے نقصان پہنچتے نہیں دیکھا، اور پولیو سے متاثر بچے بہت زیادہ دیکھے ہیں۔

# features: digits-urdu, quotes-punct
# en: Campaign day: 14 steps for parents
h-campaign-day-14-steps = مہم کا دن: والدین کے لیے ۱۴ ہدایات

# features: none
# en: Check the campaign dates for your union council on television, on the radio or from the mosque loudspeaker.
li-check-the-campaign-dates = اپنی یونین کونسل میں مہم کی تاریخیں ٹی وی، ریڈیو یا مسجد کے لاؤڈ اسپیکر سے معلوم کریں۔

# features: none
# en: Keep every child under five at home on the first day, including newborns.
li-keep-every-child-under = پہلے دن پانچ سال سے کم عمر ہر بچے کو، نومولود سمیت، گھر پر رکھیں۔

# features: quotes-punct
# en: Ask the team for their identity cards; real vaccinators carry a card from the district health office.
li-ask-the-team-for = ٹیم سے ان کا شناختی کارڈ دکھانے کو کہیں؛ اصل ویکسینیٹرز کے پاس ضلعی محکمۂ صحت کا جاری کردہ کارڈ ہوتا ہے۔

# features: latin-words
# en: Make sure the vial comes out of a cold box, and ask to see the VVM square if you are unsure.
li-make-sure-the-vial = یقین کر لیں کہ شیشی کولڈ باکس سے نکالی گئی ہے، اور شک ہو تو VVM کا چوکور نشان دکھانے کو کہیں۔

# features: digits-urdu
# en: If the child has just been fed, wait about 30 minutes so that the drops are not spat out.
li-if-the-child-has = اگر بچے نے ابھی دودھ پیا یا کھانا کھایا ہے تو تقریباً ۳۰ منٹ انتظار کریں تاکہ وہ قطرے باہر نہ نکال دے۔

# features: none
# en: Hold the child's head slightly back and let the vaccinator put exactly two drops in the mouth.
li-hold-the-child-s = بچے کا سر ہلکا سا پیچھے کی طرف رکھیں اور ویکسینیٹر کو منہ میں ٹھیک دو قطرے ڈالنے دیں۔

# features: digits-urdu
# en: If the child spits out the drops or vomits within 5 minutes, ask for another dose.
li-if-the-child-spits = اگر بچہ قطرے تھوک دے یا ۵ منٹ کے اندر قے کر دے تو دوبارہ خوراک پلانے کا کہیں۔

# features: none
# en: Check that the little finger of the left hand has been marked with ink.
li-check-that-the-little = دیکھ لیں کہ بائیں ہاتھ کی چھوٹی انگلی پر سیاہی کا نشان لگا دیا گیا ہے۔

# features: none
# en: Make sure the team writes the date and the number of children on the door or wall of your house.
li-make-sure-the-team = یقینی بنائیں کہ ٹیم آپ کے گھر کے دروازے یا دیوار پر تاریخ اور بچوں کی تعداد لکھ دے۔

# features: quotes-punct
# en: If a child was away or asleep, tell the team; they come back on the fourth day for missed children.
li-if-a-child-was = اگر کوئی بچہ گھر سے باہر تھا یا سو رہا تھا تو ٹیم کو بتائیں؛ رہ جانے والے بچوں کے لیے ٹیم چوتھے دن دوبارہ آتی ہے۔

# features: quotes-punct
# en: A child with a mild fever, a cold or diarrhoea can still be given the drops; ask your doctor if in doubt.
li-a-child-with-a = ہلکے بخار، نزلے یا دست میں مبتلا بچے کو بھی قطرے پلائے جا سکتے ہیں؛ شک ہو تو اپنے ڈاکٹر سے پوچھ لیں۔

# features: digits-urdu, decimals-percent, units
# en: For a fever above 38.5°C, give paracetamol syrup at 15 mg per kg of body weight, not more than four times a day, and never give aspirin to children.
li-for-a-fever-above = اگر بخار ۳۸٫۵°C سے زیادہ ہو تو جسم کے ہر کلو وزن کے حساب سے ۱۵ mg پیراسیٹامول سیرپ دیں، دن میں چار بار سے زیادہ نہیں، اور بچوں کو اسپرین ہرگز نہ دیں۔

# features: digits-urdu, units, latin-words
# en: For diarrhoea, dissolve one packet of ORS in 1 litre (1,000 ml) of boiled and cooled water, and give 50–100 ml after every loose stool.
li-for-diarrhoea-dissolve-one = دست کی صورت میں ORS کا ایک پیکٹ ۱ لیٹر (۱٬۰۰۰ ml) ابال کر ٹھنڈے کیے گئے پانی میں گھولیں، اور ہر پتلے پاخانے کے بعد ۵۰–۱۰۰ ml پلائیں۔

# features: none
# en: Keep the child's vaccination card safe and bring it to every visit to the health centre.
li-keep-the-child-s = بچے کا حفاظتی ٹیکوں کا کارڈ سنبھال کر رکھیں اور مرکزِ صحت جاتے وقت ہر بار ساتھ لے جائیں۔

# features: digits-urdu, digits-western, time, latin-words
# en: If a team has not reached your house by the third day, call the Sehat Tahaffuz helpline at 1166. The line is free and open from 8 AM to 8 PM, and complaints can also be sent by WhatsApp.
p-if-a-team-has = اگر تیسرے دن تک کوئی ٹیم آپ کے گھر نہ پہنچے تو صحت تحفظ ہیلپ لائن 1166 پر کال کریں۔ یہ کال مفت ہے اور ہیلپ لائن صبح ۸ بجے سے رات ۸ بجے تک (8 AM تا 8 PM) کھلی رہتی ہے، جبکہ شکایت WhatsApp پر بھی بھیجی جا سکتی ہے۔

# features: quotes-punct
# en: Why the campaigns keep coming back
h-why-the-campaigns-keep = مہمیں بار بار کیوں چلتی ہیں؟

# features: digits-urdu, decimals-percent, dates
# en: Health officials say that the programme now reaches more than 95% of children in most districts, but the virus survives in the few places where it does not: in crowded parts of Karachi, Quetta and Peshawar, among families who move between Pakistan and Afghanistan, and in areas where teams cannot work because of insecurity. Vaccinators, most of them women, are paid about Rs 1,500 a day, and more than 200 workers and police officers guarding them have been killed since 2012.
p-health-officials-say-that = محکمۂ صحت کے حکام کا کہنا ہے کہ زیادہ تر اضلاع میں پروگرام اب ۹۵٪ سے زیادہ بچوں تک پہنچ رہا ہے، لیکن وائرس ان چند جگہوں پر زندہ رہتا ہے جہاں ٹیمیں نہیں پہنچ پاتیں: کراچی، کوئٹہ اور پشاور کے گنجان علاقوں میں، پاکستان اور افغانستان کے درمیان آنے جانے والے خاندانوں میں، اور ان علاقوں میں جہاں بدامنی کی وجہ سے ٹیمیں کام نہیں کر سکتیں۔ ویکسینیٹرز، جن میں اکثریت خواتین کی ہے، کو روزانہ تقریباً ۱۵۰۰ روپے ملتے ہیں، اور ۲۰۱۲ء سے اب تک ۲۰۰ سے زائد پولیو ورکرز اور ان کی حفاظت پر مامور پولیس اہلکار جاں بحق ہو چکے ہیں۔

# features: none
# en: Every missed child is a gap in a wall. Open the door, and let them give the two drops.
p-every-missed-child-is = ہر رہ جانے والا بچہ ایک دیوار میں شگاف کی طرح ہے۔ دروازہ کھولیے، اور انہیں دو قطرے پلانے دیجیے۔

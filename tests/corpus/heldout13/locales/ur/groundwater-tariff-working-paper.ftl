### ur translation of content/groundwater-tariff-working-paper.md.

# en: Paying for the water table: a volumetric tariff for Lahore's groundwater
title = زیرِ زمین پانی کی قیمت: لاہور کے لیے استعمال کے حساب سے پانی کا ٹیرف

# en: Lahore's aquifer falls by about a metre a year while most households pay a flat water charge. An excerpt from a working paper that proposes a three-slab tariff with 6,000 free litres a month for every home.
summary = لاہور میں زیرِ زمین پانی کی سطح ہر سال تقریباً ایک میٹر گر رہی ہے، جبکہ بیشتر گھرانے پانی کا یکساں ماہانہ بل ادا کرتے ہیں۔ ایک ورکنگ پیپر کا اقتباس، جس میں تین سلیب والے ٹیرف کی تجویز دی گئی ہے اور ہر گھر کو ماہانہ 6,000 لیٹر مفت ملیں گے۔

# en: *Working Paper No. 2025/03. This excerpt omits sections 4 to 6 and the annexes; the views are the authors' own.*
p-working-paper-no-2025 = *ورکنگ پیپر نمبر 2025/03۔ اس اقتباس میں حصہ ۴ تا ۶ اور ضمیمے شامل نہیں؛ آراء مصنفین کی ذاتی ہیں۔*

# en: 1. The problem in brief
h-the-problem-in-brief = ۱۔ مسئلہ، مختصراً

# en: Lahore draws almost all of its drinking water from the ground. The Water and Sanitation Agency (WASA) runs about 600 tubewells,[^wasa] and private housing schemes, factories and hospitals pump at least as much again.[^estimates] The water table under the old city has fallen from about 20 metres below the surface in 2003 to more than 40 metres in many neighbourhoods today, and in Johar Town and Wapda Town it drops by a metre or more every year.[^estimates]
p-lahore-draws-almost-all = لاہور اپنے پینے کے پانی کا تقریباً سارا حصہ زمین سے حاصل کرتا ہے۔ واٹر اینڈ سینی ٹیشن ایجنسی (WASA) لگ بھگ 600 ٹیوب‌ویل چلاتی ہے،[^wasa] اور نجی ہاؤسنگ اسکیمیں، کارخانے اور اسپتال کم از کم اتنا ہی پانی مزید نکالتے ہیں۔[^estimates] اندرونِ شہر کے نیچے پانی کی سطح 2003ء میں سطحِ زمین سے تقریباً 20 میٹر نیچے تھی، جو آج کئی علاقوں میں 40 میٹر سے بھی زیادہ گہری ہو چکی ہے، اور جوہر ٹاؤن اور واپڈا ٹاؤن میں یہ ہر سال ایک میٹر یا اس سے زیادہ نیچے جا رہی ہے۔[^estimates]

# en: Yet a household on a 5-marla plot pays a flat charge of Rs 300 a month, whether it uses 300 litres a day or 3,000. The charge has not changed since 2011, and it covers less than half of what the agency spends on electricity for its pumps alone.[^wasa]
p-yet-a-household-on = اس کے باوجود ۵ مرلہ کے پلاٹ پر رہنے والا گھرانہ ہر ماہ 300 روپے کا یکساں بل ادا کرتا ہے، چاہے وہ روزانہ 300 لیٹر پانی استعمال کرے یا 3,000 لیٹر۔ یہ ریٹ 2011ء سے تبدیل نہیں ہوا، اور اس سے ایجنسی کے صرف پمپوں کی بجلی کا آدھا خرچ بھی پورا نہیں ہوتا۔[^wasa]

# en: This paper argues for a **volumetric tariff in three slabs**, read from a meter at each connection, with the first 6,000 litres a month free for every household. We estimate that it would cut domestic use by 12–18% within three years and, for the first time in more than a decade, cover the agency's operating costs.
p-this-paper-argues-for = یہ مقالہ **تین سلیبوں پر مشتمل حجمی ٹیرف (volumetric tariff)** کی حمایت کرتا ہے، جس کی ریڈنگ ہر کنکشن پر لگے میٹر سے لی جائے، اور ہر گھرانے کو ماہانہ پہلے 6,000 لیٹر مفت ملیں۔ ہمارے اندازے کے مطابق اس سے تین سال کے اندر گھریلو استعمال میں 12–18% کمی آئے گی اور ایک دہائی سے زائد عرصے میں پہلی بار ایجنسی کے آپریٹنگ اخراجات پورے ہو سکیں گے۔

# en: 2. What we heard
h-what-we-heard = ۲۔ ہم نے کیا سنا

# en: Before drafting the proposal we held four public hearings, in Shadman, Samanabad, Township and Bahria Town, between October and December 2024.[^hearings] The most common objection was not to paying more, but to paying for a service that does not arrive. The record of the Shadman hearing captures it:
p-before-drafting-the-proposal = تجویز کا مسودہ تیار کرنے سے پہلے ہم نے اکتوبر سے دسمبر 2024ء کے دوران شادمان، سمن آباد، ٹاؤن شپ اور بحریہ ٹاؤن میں چار عوامی سماعتیں منعقد کیں۔[^hearings] سب سے عام اعتراض زیادہ ادائیگی پر نہیں تھا، بلکہ ایسی سروس کی ادائیگی پر تھا جو پہنچتی ہی نہیں۔ شادمان کی سماعت کی روداد میں یہ بات یوں درج ہے:

# en: A retired schoolteacher, who said she had lived on the same street for forty years, told the panel:
quote-a-retired-schoolteacher-who = ایک ریٹائرڈ اسکول ٹیچر نے، جنہوں نے بتایا کہ وہ چالیس برس سے اسی گلی میں رہ رہی ہیں، پینل سے کہا:

# en: My tap runs for two hours in the morning. For the rest of the day I buy water from the tanker, and nobody asks me what *that* costs.
quote-my-tap-runs-for = میرا نل صبح صرف دو گھنٹے چلتا ہے۔ باقی دن میں ٹینکر سے پانی خریدتی ہوں، اور کوئی مجھ سے نہیں پوچھتا کہ *اُس* کی کیا قیمت ہے۔

# en: The chair of the panel, a former WASA engineer, answered that a tariff was "a question of fairness before it is a question of money".
quote-the-chair-of-the = پینل کے سربراہ نے، جو WASA کے سابق انجینئر ہیں، جواب دیا کہ ٹیرف ”پیسے کا سوال بننے سے پہلے انصاف کا سوال ہے“۔

# en: Traders and industry were more cautious. Their written submissions accepted metering in principle but asked that it apply to everyone who draws from the aquifer, not only to WASA's customers.[^lcci]
p-traders-and-industry-were = تاجر اور صنعت کار زیادہ محتاط تھے۔ ان کی تحریری گزارشات میں میٹرنگ کو اصولی طور پر تسلیم کیا گیا، لیکن مطالبہ کیا گیا کہ اس کا اطلاق ہر اس فریق پر ہو جو آبی ذخیرے (aquifer) سے پانی نکالتا ہے، نہ کہ صرف WASA کے صارفین پر۔[^lcci]

# en: 3. The proposed tariff
h-the-proposed-tariff = ۳۔ مجوزہ ٹیرف

# en: We propose three slabs, applied to each household's monthly reading. The lifeline slab is free whatever the size of the house, so that no family pays for the water it needs to drink, cook and wash.
p-we-propose-three-slabs = ہم تین سلیب تجویز کرتے ہیں جو ہر گھرانے کی ماہانہ ریڈنگ پر لاگو ہوں گے۔ لائف لائن سلیب  گھر کے رقبے سے قطع نظر مفت ہے، تاکہ کسی خاندان کو پینے، کھانا پکانے اور نہانے دھونے کے لیے ضروری پانی کی قیمت ادا نہ کرنی پڑے۔

# en: Slab
cell-slab = سلیب

# en: Monthly use (litres)
cell-monthly-use-litres = ماہانہ استعمال (لیٹر)

# en: Price per 1,000 litres
cell-price-per-1-000 = فی 1,000 لیٹر قیمت

# en: Typical household
cell-typical-household = عام گھرانہ

# en: Households (%)
cell-households = گھرانے (٪)

# en: Lifeline
cell-lifeline = لائف لائن

# en: free
cell-free = مفت

# en: one room, shared tap
cell-one-room-shared-tap = ایک کمرہ، مشترکہ نل

# en: Basic
cell-basic = بنیادی

# en: Rs 35
cell-rs-35 = 35 روپے

# en: 5-marla house, family of six
cell-5-marla-house-family = ۵ مرلہ کا گھر، چھ افراد کا خاندان

# en: High
cell-high = زیادہ

# en: above 20,000
cell-above-20-000 = 20,000 سے زائد

# en: Rs 110
cell-rs-110 = 110 روپے

# en: 1-kanal house with a lawn
cell-1-kanal-house-with = ایک کنال کا گھر، لان کے ساتھ

# en: A family of six using 450 litres a day, or 13,500 litres a month, would pay Rs 262.50: less than today's flat charge.[^bill] A 1-kanal house using 2,500 litres a day would pay about Rs 6,540, roughly what such a household now spends in a month on bottled water and tankers combined.
p-a-family-of-six = چھ افراد کا خاندان جو روزانہ 450 لیٹر، یعنی ماہانہ 13,500 لیٹر پانی استعمال کرے، 262.50 روپے ادا کرے گا: یعنی آج کے یکساں بل سے کم۔[^bill] ایک کنال کا گھر جو روزانہ 2,500 لیٹر استعمال کرے، تقریباً 6,540 روپے ادا کرے گا، جو لگ بھگ اتنا ہی ہے جتنا ایسا گھرانہ آج بوتل بند پانی اور ٹینکروں پر ملا کر ایک مہینے میں خرچ کرتا ہے۔

# en: Commercial and industrial connections would pay the High rate from the first litre. Private tubewells above a capacity of 1 cusec would need a licence from the Punjab Water Regulatory Authority and a meter, as the Punjab Water Act 2019 already requires.[^act]
p-commercial-and-industrial-connections = تجارتی اور صنعتی کنکشن پہلے لیٹر سے ہی "زیادہ" سلیب کا ریٹ ادا کریں گے۔ ۱ کیوسک سے زائد گنجائش والے نجی ٹیوب‌ویلوں کے لیے پنجاب واٹر ریگولیٹری اتھارٹی سے لائسنس اور میٹر لازمی ہو گا، جیسا کہ پنجاب واٹر ایکٹ 2019ء پہلے ہی تقاضا کرتا ہے۔[^act]

# en: The full model, with the assumptions behind every figure, is on the institute's [data portal](<https://data.ravipolicy.org.pk/groundwater> "Ravi Institute data portal"), and the questionnaire used at the hearings is in [Annex B](<https://ravipolicy.org.pk/wp/2025-03/annex-b.pdf>). For comparison, see the [tariff schedules of Karachi](<https://www.kwsc.gos.pk/tariff>), which adopted slabs for bulk consumers in 2023.
p-the-full-model-with = مکمل ماڈل، ہر عدد کے پیچھے موجود مفروضوں سمیت، ادارے کے [ڈیٹا پورٹل](<https://data.ravipolicy.org.pk/groundwater> "Ravi Institute data portal") پر دستیاب ہے، اور سماعتوں میں استعمال ہونے والا سوالنامہ [ضمیمہ ب](<https://ravipolicy.org.pk/wp/2025-03/annex-b.pdf>) میں ہے۔ موازنے کے لیے [کراچی کے ٹیرف شیڈول](<https://www.kwsc.gos.pk/tariff>) دیکھیے، جہاں 2023ء میں بڑے صارفین کے لیے سلیب متعارف کرائے گئے۔

# en: 7. Recommendations
h-recommendations = ۷۔ سفارشات

# en: Install meters on all 5-marla and larger connections over three years, starting with the areas where the water table falls fastest.
li-install-meters-on-all = تین سال کے دوران ۵ مرلہ اور اس سے بڑے تمام کنکشنوں پر میٹر لگائے جائیں، اور آغاز اُن علاقوں سے کیا جائے جہاں پانی کی سطح سب سے تیزی سے گر رہی ہے۔

# en: Keep the first 6,000 litres a month free for every household, metered or not.
li-keep-the-first-6 = ہر گھرانے کے لیے ماہانہ پہلے 6,000 لیٹر مفت رکھے جائیں، خواہ میٹر لگا ہو یا نہیں۔

# en: Publish each tubewell's monthly output and the water-table readings on the portal, so that residents can see what the tariff pays for.
li-publish-each-tubewell-s = ہر ٹیوب ویل کی ماہانہ پیداوار اور پانی کی سطح کی ریڈنگز پورٹل پر شائع کی جائیں، تاکہ شہری دیکھ سکیں کہ ٹیرف سے کس چیز کی ادائیگی ہو رہی ہے۔

# en: Ring-fence the revenue from the High slab for repairing leaks, which waste an estimated 35% of the water pumped.[^estimates]
li-ring-fence-the-revenue = ”زیادہ“ سلیب سے حاصل ہونے والی آمدنی رِساؤ (leakage) کی مرمت کے لیے مختص کی جائے، جس سے اندازاً پمپ کیے گئے پانی کا 35% ضائع ہو جاتا ہے۔[^estimates]

# en: Metering alone will not refill the aquifer. But a city that does not know how much water it uses cannot decide how much it can afford to lose.
p-metering-alone-will-not = صرف میٹر لگانے سے آبی ذخیرہ دوبارہ نہیں بھرے گا۔ لیکن جو شہر یہ نہیں جانتا کہ وہ کتنا پانی استعمال کرتا ہے، وہ یہ فیصلہ بھی نہیں کر سکتا کہ وہ کتنا کھونے کا متحمل ہے۔

# en: WASA Lahore, *Annual Performance Report 2023–24*, pp. 17–19. The report is published at <https://wasa.punjab.gov.pk/reports>.
note-wasa-lahore-annual-performance = WASA لاہور، *Annual Performance Report 2023–24*، صفحات ۱۷–۱۹۔ رپورٹ <https://wasa.punjab.gov.pk/reports> پر شائع کی گئی ہے۔

# en: Authors' estimates from the piezometer readings of the [Punjab Irrigation Department](https://irrigation.punjab.gov.pk) and from interviews with WASA's operations staff; see Annex A for the method.
note-authors-estimates-from-the = مصنفین کے تخمینے، جو [محکمۂ آبپاشی پنجاب](https://irrigation.punjab.gov.pk) کی پیزومیٹر ریڈنگز اور WASA کے آپریشنز عملے سے انٹرویوز پر مبنی ہیں؛ طریقۂ کار کے لیے ضمیمہ الف دیکھیے۔

# en: The hearings were open to the public and were announced in two Urdu newspapers and on the institute's website. Attendance was:
note-the-hearings-were-open = سماعتیں عوام کے لیے کھلی تھیں اور ان کا اعلان دو اردو اخبارات اور ادارے کی ویب سائٹ پر کیا گیا تھا۔ حاضری یہ رہی:

# en: Shadman: 64
li-shadman-64 = شادمان: 64

# en: Samanabad: 112
li-samanabad-112 = سمن آباد: 112

# en: Township: 87
li-township-87 = ٹاؤن شپ: 87

# en: Bahria Town: 41
li-bahria-town-41 = بحریہ ٹاؤن: 41

# en: From the submission of a traders' association, 14 November 2024:
note-from-the-submission-of = تاجروں کی ایک تنظیم کی گزارش سے، 14 نومبر 2024ء:

# en: Industry accepts metering, provided that the same meter reads the same for a factory and for a housing society.
note-industry-accepts-metering-provided = صنعت میٹرنگ کو قبول کرتی ہے، بشرطیکہ ایک ہی میٹر فیکٹری اور ہاؤسنگ سوسائٹی کے لیے ایک جیسی ریڈنگ دے۔

# en: The first 6,000 litres are free; the next 7,500 litres at Rs 35 per 1,000 litres cost Rs 262.50. There is no meter rent in the first year.
note-the-first-6-000 = پہلے 6,000 لیٹر مفت ہیں؛ اگلے 7,500 لیٹر، 35 روپے فی 1,000 لیٹر کے حساب سے، 262.50 روپے کے ہیں۔ پہلے سال میٹر کا کرایہ نہیں لیا جائے گا۔

# en: The Punjab Water Act 2019, sections 10 and 24. The authority had issued no licence by the end of 2024.
note-the-punjab-water-act = پنجاب واٹر ایکٹ 2019ء، دفعات ۱۰ اور ۲۴۔ 2024ء کے اختتام تک اتھارٹی نے کوئی لائسنس جاری نہیں کیا تھا۔

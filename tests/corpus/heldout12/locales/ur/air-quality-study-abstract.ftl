### ur translation of content/air-quality-study-abstract.md.

# en: Winter smog and asthma admissions in Lahore: a time-series study, 2019–2024
title = لاہور میں سردیوں کی اسموگ اور دمے کے مریضوں کا اسپتال داخلہ: ٹائم سیریز مطالعہ، 2019–2024

# en: Each rise of 10 µg/m³ in daily PM2.5 was followed by 2.3% more emergency admissions for asthma over the next three days. A plain-language summary of a study in Environmental Pollution.
summary = روزانہ PM2.5 میں ہر 10 µg/m³ اضافے کے بعد اگلے تین دنوں میں دمے کے ہنگامی داخلوں میں 2.3٪ اضافہ ہوا۔ جریدے Environmental Pollution میں شائع ہونے والے ایک مطالعے کا عام فہم خلاصہ۔

# en: Lahore has ranked among the most polluted cities in the world almost every November since 2017. Fine particles smaller than 2.5 micrometres (PM2.5) reach deep into the lungs, and earlier studies in South Asia have linked them to asthma attacks [1], [2–4]. This study asked how quickly, and how strongly, hospital admissions in Lahore follow the smog.
p-lahore-has-ranked-among = 2017ء سے تقریباً ہر نومبر میں لاہور دنیا کے آلودہ ترین شہروں میں شامل رہا ہے۔ ۲.۵ مائیکرو میٹر سے چھوٹے باریک ذرات (PM2.5) پھیپھڑوں کی گہرائی تک پہنچ جاتے ہیں، اور جنوبی ایشیا میں پہلے کیے گئے مطالعات انہیں دمے کے حملوں سے جوڑ چکے ہیں [1]، [2–4]۔ اس مطالعے میں یہ دیکھا گیا کہ لاہور کے اسپتالوں میں داخلے اسموگ کے بعد کتنی جلدی اور کتنی شدت سے بڑھتے ہیں۔

# en: Methods
h-methods = طریقۂ کار

# en: We took daily PM2.5 and PM₁₀ readings from the five monitors of the Environment Protection Department, Punjab, for 1 October 2019 to 31 March 2024, and daily emergency admissions for asthma (ICD-10 codes J45–J46) from Mayo Hospital, Services Hospital and Jinnah Hospital.[^data] Days with readings from fewer than three monitors were dropped (4.1% of days).
p-we-took-daily-pm2 = ہم نے یکم اکتوبر 2019ء سے 31 مارچ 2024ء تک محکمۂ تحفظِ ماحولیات پنجاب (EPD) کے پانچ مانیٹرز سے روزانہ PM2.5 اور PM₁₀ کی ریڈنگز، اور میو اسپتال، سروسز اسپتال اور جناح اسپتال سے دمے کے روزانہ ہنگامی داخلوں (ICD-10 کوڈ J45–J46) کا ڈیٹا لیا۔[^data] جن دنوں میں تین سے کم مانیٹرز کی ریڈنگ دستیاب تھی انہیں نکال دیا گیا (کل دنوں کا 4.1٪)۔

# en: We fitted a quasi-Poisson regression with a distributed lag of 0–7 days, adjusting for temperature, relative humidity, day of the week and public holidays. Effects are given as the relative risk (RR) per 10 µg/m³, with 95% confidence intervals (CI); a result was called significant at p < 0.05.
p-we-fitted-a-quasi = ہم نے 0–7 دن کے distributed lag کے ساتھ quasi-Poisson ریگریشن ماڈل استعمال کیا، جس میں درجۂ حرارت، اضافی نمی (relative humidity)، ہفتے کے دن اور عام تعطیلات کو مدِنظر رکھا گیا۔ نتائج فی 10 µg/m³ اضافی خطرے (relative risk، RR) کی صورت میں ۹۵٪ اعتماد کے وقفے (CI) کے ساتھ دیے گئے ہیں؛ p < 0.05 پر نتیجے کو معنی خیز (significant) مانا گیا۔

# en: Results
h-results = نتائج

# en: Over 1,643 days the mean PM2.5 was 118.6 ± 71.2 µg/m³, more than 23 times the WHO guideline of 5 µg/m³ for the annual mean. The winter months were far worse:
p-over-1-643-days = 1,643 دنوں میں PM2.5 کا اوسط 118.6 ± 71.2 µg/m³ رہا، جو سالانہ اوسط کے لیے عالمی ادارۂ صحت (WHO) کی 5 µg/m³ کی رہنما حد سے 23 گنا سے بھی زیادہ ہے۔ سردیوں کے مہینے اس سے کہیں بدتر تھے:

# en: Month
cell-month = مہینہ

# en: PM2.5 (µg/m³)
cell-pm2-5-g-m = PM2.5 (µg/m³)

# en: PM₁₀ (µg/m³)
cell-pm-g-m = PM₁₀ (µg/m³)

# en: Asthma admissions per day
cell-asthma-admissions-per-day = دمے کے یومیہ داخلے

# en: October
cell-october = اکتوبر

# en: November
cell-november = نومبر

# en: December
cell-december = دسمبر

# en: January
cell-january = جنوری

# en: February
cell-february = فروری

# en: March
cell-march = مارچ

# en: A rise of 10 µg/m³ in PM2.5 was followed by 2.3% more admissions over lags 0–3 (RR 1.023, 95% CI 1.016–1.031). Comparing the worst days (above 300 µg/m³) with days below 75 µg/m³, the risk of admission was 1.29 times as high (95% CI 1.12–1.48). In children under 12, the slope of log-admissions on PM2.5 was steeper (β = 0.34, SE 0.07, p < 0.001) than in adults (β = 0.19, SE 0.05).
p-a-rise-of-10 = PM2.5 میں 10 µg/m³ اضافے کے بعد lag 0–3 کے دوران داخلوں میں 2.3٪ اضافہ ہوا (RR 1.023، 95% CI 1.016–1.031)۔ بدترین دنوں (300 µg/m³ سے زیادہ) کا موازنہ 75 µg/m³ سے کم والے دنوں سے کیا جائے تو داخلے کا خطرہ 1.29 گنا تھا (95% CI 1.12–1.48)۔ ۱۲ سال سے کم عمر بچوں میں PM2.5 کے مقابلے میں log-داخلوں کا ڈھلان بالغوں (β = 0.19، SE 0.05) کی نسبت زیادہ تیز تھا (β = 0.34، SE 0.07، p < 0.001)۔

# en: The effect of PM₁₀ was weaker and lost significance once PM2.5 was in the model (p = 0.21). Days with a temperature inversion below 200 m, a condition of low mixing height, carried most of the effect.[^inversion]
p-the-effect-of-pm = PM₁₀ کا اثر کمزور تھا اور ماڈل میں PM2.5 شامل کرنے پر اس کی معنویت ختم ہو گئی (p = 0.21)۔ اثر کا بڑا حصہ ان دنوں میں تھا جب 200 میٹر سے نیچے درجۂ حرارت کا انقلاب (temperature inversion) موجود تھا، یعنی جب ہوا کے اختلاط کی بلندی کم ہوتی ہے۔[^inversion]

# en: A bar chart of mean monthly PM2.5 in Lahore from October to March, rising from about 100 µg/m³ in October to a peak of about 250 in December and falling to under 90 in March; a dashed line marks Pakistan's 24-hour standard of 35 µg/m³
alt-a-bar-chart-of = لاہور میں اکتوبر سے مارچ تک ماہانہ اوسط PM2.5 کا بار چارٹ: اکتوبر میں تقریباً 100 μg/m³ سے بڑھ کر دسمبر میں تقریباً 250 کی بلند ترین سطح تک، اور مارچ میں 90 سے نیچے؛ ایک ٹوٹی ہوئی لکیر پاکستان کے 24 گھنٹے کے معیار 35 μg/m³ کو ظاہر کرتی ہے

# en: What it means
h-what-it-means = اس کا مطلب کیا ہے

# en: The smog season costs Lahore's three largest hospitals roughly 1,900 extra asthma admissions each winter. The greatest gains would come from cutting the peaks: crop-residue burning in October and November, brick kilns running on old technology, and diesel traffic. Measures such as the winter closures of schools and markets reduce exposure, but the regression suggests they need to start when the forecast, not the monitor, crosses 150 µg/m³.
p-the-smog-season-costs = اسموگ کا موسم ہر سردی میں لاہور کے تین بڑے اسپتالوں پر دمے کے تقریباً ۱۹۰۰ اضافی داخلوں کا بوجھ ڈالتا ہے۔ سب سے زیادہ فائدہ چوٹی کی سطحیں کم کرنے سے ہو گا: اکتوبر اور نومبر میں فصلوں کی باقیات جلانا، پرانی ٹیکنالوجی پر چلنے والے اینٹوں کے بھٹے، اور ڈیزل ٹریفک۔ سردیوں میں اسکولوں اور بازاروں کی بندش جیسے اقدامات آلودگی سے سامنا کم کرتے ہیں، لیکن ریگریشن کے مطابق انہیں اس وقت شروع ہونا چاہیے جب پیش گوئی، نہ کہ مانیٹر، 150 µg/m³ سے اوپر جائے۔

# en: Limitations
h-limitations = حدود

# en: Admissions were taken from three public hospitals only, and private clinics may see a different mix of patients. A monitor measures the air at one point; a family of six in a 40 m² house beside a main road may breathe twice the concentration it reports. Particle mass was measured, not composition: a concentration of 10⁻³ g/m³ of soot is not the same as the same mass of dust.
p-admissions-were-taken-from = داخلوں کا ڈیٹا صرف تین سرکاری اسپتالوں سے لیا گیا، اور نجی کلینکوں میں مریضوں کی نوعیت مختلف ہو سکتی ہے۔ مانیٹر ایک ہی جگہ کی ہوا ناپتا ہے؛ مین روڈ کے کنارے 40 m² کے مکان میں رہنے والا چھ افراد کا گھرانہ مانیٹر کی بتائی ہوئی مقدار سے دوگنی آلودگی میں سانس لے سکتا ہے۔ ذرات کا وزن ناپا گیا، ان کی ساخت نہیں: کالک کا 10⁻³ g/m³ ارتکاز اتنے ہی وزن کی گرد جیسا نہیں ہوتا۔

# en: The full paper is open access: Rehman S., Chaudhry B. A., Javed M. (2024). *Environmental Pollution* 356: 123456. https://doi.org/10.1016/j.envpol.2024.123456. Questions about the data may be sent to saima.rehman@gcu.edu.pk.[^funding]
p-the-full-paper-is = مکمل مقالہ اوپن ایکسیس ہے: Rehman S., Chaudhry B. A., Javed M. (2024). *Environmental Pollution* 356: 123456. https://doi.org/10.1016/j.envpol.2024.123456 ۔ ڈیٹا کے بارے میں سوالات saima.rehman@gcu.edu.pk پر بھیجے جا سکتے ہیں۔[^funding]

# en: Data were shared under an agreement with the Specialized Healthcare and Medical Education Department, Punjab; no patient's name or CNIC was seen by the authors.
note-data-were-shared-under = ڈیٹا اسپیشلائزڈ ہیلتھ کیئر اینڈ میڈیکل ایجوکیشن ڈیپارٹمنٹ، پنجاب کے ساتھ ایک معاہدے کے تحت فراہم کیا گیا؛ مصنفین نے کسی مریض کا نام یا شناختی کارڈ (CNIC) نمبر نہیں دیکھا۔

# en: Inversion heights were taken from the 00:00 and 12:00 UTC soundings at Lahore airport (station 41640).
note-inversion-heights-were-taken = انقلاب کی بلندی لاہور ایئرپورٹ (اسٹیشن 41640) پر 00:00 اور 12:00 UTC کی ساؤنڈنگز سے لی گئی۔

# en: On 38 days no sounding was available, and the height was estimated from the ERA5 reanalysis instead.
note-on-38-days-no = ۳۸ دنوں میں کوئی ساؤنڈنگ دستیاب نہیں تھی، اور ان دنوں کی بلندی کا تخمینہ ERA5 ری اینالیسس سے لگایا گیا۔

# en: Funded by the Higher Education Commission under NRPU grant 20-17654/R&D/HEC/2022. The funder had no role in the analysis.
note-funded-by-the-higher = یہ تحقیق ہائر ایجوکیشن کمیشن کی NRPU گرانٹ 20-17654/R&D/HEC/2022 کے تحت ہوئی۔ فنڈ دینے والے ادارے کا تجزیے میں کوئی کردار نہیں تھا۔

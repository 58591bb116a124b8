### Urdu translation of content/punjab-excise-ramadan-notification.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, dates, quotes-punct
# en: Token tax deadline extended to 15 April; registration centres get Ramadan timings
title = ٹوکن ٹیکس کی آخری تاریخ میں ۱۵ اپریل تک توسیع؛ رجسٹریشن مراکز کے رمضان المبارک کے اوقاتِ کار جاری

# features: latin-words, izafat, quotes-punct
# en: Press release and Notification No. ET&NC/MV/2025/117 of the Excise, Taxation and Narcotics Control Department, Government of the Punjab, with the schedule of fees.
summary = محکمہ ایکسائز، ٹیکسیشن و انسدادِ منشیات، حکومتِ پنجاب کی پریس ریلیز اور نوٹیفکیشن نمبر ET&NC/MV/2025/117، فیسوں کے شیڈول کے ساتھ۔

# features: hijri-date, dates, digits-urdu, izafat, quotes-punct
# en: **Lahore, 16 March 2025 (15 Ramadan 1446 AH):** The Excise, Taxation and Narcotics Control Department, Government of the Punjab, has extended the deadline for paying motor vehicle token tax for the financial year 2024-25 without surcharge to 15 April 2025, and has announced new timings for all motor registration centres for the rest of Ramadan.
p-lahore-16-march-2025 = **لاہور (۱۵ رمضان المبارک ۱۴۴۶ھ بمطابق ۱۶ مارچ ۲۰۲۵ء):** محکمہ ایکسائز، ٹیکسیشن و انسدادِ منشیات پنجاب نے مالی سال ۲۰۲۴-۲۵ کے لیے موٹر وہیکل ٹوکن ٹیکس بغیر سرچارج جمع کرانے کی آخری تاریخ میں ۱۵ اپریل ۲۰۲۵ء تک توسیع کر دی ہے، جبکہ رمضان المبارک کے باقی دنوں کے لیے صوبے بھر کے موٹر رجسٹریشن مراکز کے نئے اوقاتِ کار کا اعلان بھی کر دیا گیا ہے۔

# features: digits-urdu, latin-in-parens, izafat, quotes-punct
# en: According to a notification issued here on Sunday, vehicle owners who pay by the new deadline will not be charged the late payment surcharge of 10 per cent a month. The decision was taken at a meeting chaired by the Provincial Minister for Excise and Taxation, who directed that no citizen should have to stand in a queue while fasting, and that every centre should arrange drinking water and seating for the elderly at the time of iftar.
p-according-to-a-notification = اتوار کے روز یہاں جاری ہونے والے نوٹیفکیشن کے مطابق نئی آخری تاریخ تک ادائیگی کرنے والے گاڑی مالکان سے ۱۰ فیصد ماہانہ لیٹ پیمنٹ سرچارج (late payment surcharge) وصول نہیں کیا جائے گا۔ یہ فیصلہ صوبائی وزیر ایکسائز و ٹیکسیشن کی زیرِ صدارت اجلاس میں کیا گیا، جنہوں نے ہدایت کی کہ کسی شہری کو روزے کی حالت میں قطار میں کھڑا نہ ہونا پڑے، اور ہر مرکز پر افطار کے وقت پینے کے پانی اور بزرگ شہریوں کے بیٹھنے کا انتظام کیا جائے۔

# features: digits-urdu, dates, lakh-hazar, latin-in-parens, quotes-punct
# en: The Director General Excise said that more than 1.8 million vehicle owners had paid their token tax online through the ePay Punjab app since July 2024, and urged the rest to use the app or the department's website instead of visiting an office. "Citizens can now pay from home in two minutes; nobody needs an agent," he said.
p-the-director-general-excise = ڈائریکٹر جنرل ایکسائز نے بتایا کہ جولائی ۲۰۲۴ء سے اب تک ۱۸ لاکھ سے زائد گاڑی مالکان ای پے پنجاب (ePay Punjab) ایپ کے ذریعے آن لائن ٹوکن ٹیکس ادا کر چکے ہیں، اور انہوں نے باقی شہریوں پر زور دیا کہ وہ دفاتر کے چکر لگانے کے بجائے ایپ یا محکمے کی ویب سائٹ استعمال کریں۔ ان کا کہنا تھا: ”شہری اب گھر بیٹھے دو منٹ میں ادائیگی کر سکتے ہیں؛ کسی ایجنٹ کی ضرورت نہیں۔“

# features: none
# en: The notification
h-the-notification = نوٹیفکیشن

# features: line-breaks
# en: **GOVERNMENT OF THE PUNJAB**\
# en: **EXCISE, TAXATION & NARCOTICS CONTROL DEPARTMENT**
p-government-of-the-punjab =
    { "*" }*حکومتِ پنجاب**\
    { "*" }*محکمہ ایکسائز، ٹیکسیشن و انسدادِ منشیات**

# features: line-breaks, latin-words, digits-urdu, dates
# en: No. ET&NC/MV/2025/117\
# en: Dated Lahore, the 16th March, 2025
p-no-et-nc-mv =
    نمبر ET&NC/MV/2025/117\
    مورخہ لاہور، ۱۶ مارچ ۲۰۲۵ء

# features: digits-urdu, dates, izafat, quotes-punct
# en: **NOTIFICATION.** In exercise of the powers conferred by section 3 of the Punjab Motor Vehicles Taxation Act, 1958, and with the approval of the competent authority, the Government of the Punjab is pleased to order as follows:
p-notification-in-exercise-of = **نوٹیفکیشن۔** پنجاب موٹر وہیکلز ٹیکسیشن ایکٹ ۱۹۵۸ء کی دفعہ ۳ کے تحت حاصل اختیارات استعمال کرتے ہوئے، اور مجاز اتھارٹی کی منظوری سے، حکومتِ پنجاب درج ذیل احکامات جاری کرتی ہے:

# features: digits-urdu, dates, quotes-punct
# en: **Extension of deadline.** The last date for payment of token tax for the financial year 2024-25 without surcharge is extended from 31 March 2025 to 15 April 2025.
li-extension-of-deadline-the = **آخری تاریخ میں توسیع۔** مالی سال ۲۰۲۴-۲۵ کا ٹوکن ٹیکس بغیر سرچارج ادا کرنے کی آخری تاریخ ۳۱ مارچ ۲۰۲۵ء سے بڑھا کر ۱۵ اپریل ۲۰۲۵ء کر دی گئی ہے۔

# features: izafat, quotes-punct
# en: **Timings of registration centres.** During the remaining days of Ramadan, all motor registration centres in the Province shall observe the following timings:
li-timings-of-registration-centres = **رجسٹریشن مراکز کے اوقاتِ کار۔** رمضان المبارک کے بقیہ ایام میں صوبے کے تمام موٹر رجسٹریشن مراکز درج ذیل اوقات کی پابندی کریں گے:

# features: nested-list, time, digits-urdu, quotes-punct
# en: Monday to Thursday: 9:00 a.m. to 2:00 p.m.;
li-monday-to-thursday-9 = پیر تا جمعرات: صبح ۹:۰۰ بجے سے دوپہر ۲:۰۰ بجے تک؛

# features: nested-list, time, digits-urdu, quotes-punct
# en: Friday: 9:00 a.m. to 12:30 p.m.;
li-friday-9-00-a = جمعۃ المبارک: صبح ۹:۰۰ بجے سے دوپہر ۱۲:۳۰ بجے تک؛

# features: nested-list, time, digits-urdu, latin-in-parens, quotes-punct
# en: Saturday: 10:00 a.m. to 1:00 p.m., for biometric verification only.
li-saturday-10-00-a = ہفتہ: صبح ۱۰:۰۰ بجے سے دوپہر ۱:۰۰ بجے تک، صرف بائیو میٹرک تصدیق (biometric verification) کے لیے۔

# features: zwnj-zwj, quotes-punct
# en: **Online payment.** Token tax, transfer fee and registration fee may be paid through:
li-online-payment-token-tax = **آن لائن ادائیگی۔** ٹوکن‌ٹیکس، ٹرانسفر فیس اور رجسٹریشن فیس درج ذیل ذرائع سے ادا کی جا سکتی ہے:

# features: nested-list, latin-in-parens, latin-words, quotes-punct
# en: the ePay Punjab mobile app (Android and iOS);
li-the-epay-punjab-mobile = ای پے پنجاب موبائل ایپ (Android اور iOS)؛

# features: nested-list, url-email, quotes-punct
# en: the website https://www.excise.punjab.gov.pk; or
li-the-website-https-www = ویب سائٹ https://www.excise.punjab.gov.pk؛ یا

# features: nested-list, latin-words, quotes-punct
# en: any branch of the Bank of Punjab, against a PSID generated online.
li-any-branch-of-the = بینک آف پنجاب کی کسی بھی برانچ میں، آن لائن جنریٹ کردہ PSID کے ذریعے۔

# features: izafat, quotes-punct
# en: **Documents required.** For the biometric transfer of ownership, the buyer and the seller shall both appear in person with:
li-documents-required-for-the = **مطلوبہ دستاویزات۔** ملکیت کی بائیو میٹرک منتقلی کے لیے خریدار اور فروخت کنندہ دونوں درج ذیل کے ساتھ بذاتِ خود پیش ہوں گے:

# features: nested-list, latin-in-parens, latin-words, quotes-punct
# en: the original CNIC (or NICOP, for overseas Pakistanis);
li-the-original-cnic-or = اصل شناختی کارڈ (CNIC)، یا سمندر پار پاکستانیوں کے لیے NICOP؛

# features: nested-list, quotes-punct
# en: the original registration book or smart card;
li-the-original-registration-book = اصل رجسٹریشن بک یا اسمارٹ کارڈ؛

# features: nested-list, digits-urdu, dates, quotes-punct
# en: proof of payment of all dues up to 30 June 2025.
li-proof-of-payment-of = ۳۰ جون ۲۰۲۵ء تک کے تمام واجبات کی ادائیگی کا ثبوت۔

# features: izafat, quotes-punct
# en: **Schedule of fees.** The fees payable shall be as given in the Schedule below, and no official shall demand or receive any amount in excess of it.
li-schedule-of-fees-the = **فیسوں کا شیڈول۔** قابلِ ادا فیسیں ذیل میں دیے گئے شیڈول کے مطابق ہوں گی، اور کوئی اہلکار اس سے زائد رقم کا مطالبہ یا وصولی نہیں کرے گا۔

# features: digits-urdu, dates, quotes-punct
# en: **Commencement.** This notification shall come into force at once and shall remain in force until 30 April 2025.
li-commencement-this-notification-shall = **نفاذ۔** یہ نوٹیفکیشن فوری طور پر نافذ العمل ہو گا اور ۳۰ اپریل ۲۰۲۵ء تک نافذ رہے گا۔

# features: none
# en: Schedule
h-schedule = شیڈول

# features: table-cell
# en: No.
cell-no = نمبر شمار

# features: table-cell
# en: Category of vehicle
cell-category-of-vehicle = گاڑی کی قسم

# features: table-cell
# en: Registration fee (Rs)
cell-registration-fee-rs = رجسٹریشن فیس (روپے)

# features: table-cell
# en: Token tax per year (Rs)
cell-token-tax-per-year = سالانہ ٹوکن ٹیکس (روپے)

# features: table-cell
# en: Remarks
cell-remarks = کیفیت

# features: table-cell, digits-urdu, units, quotes-punct
# en: Motorcycle or scooter up to 125 cc
cell-motorcycle-or-scooter-up = موٹر سائیکل یا اسکوٹر، ۱۲۵ سی سی تک

# features: table-cell, digits-urdu, units, quotes-punct
# en: Motorcycle above 125 cc
cell-motorcycle-above-125-cc = موٹر سائیکل، ۱۲۵ سی سی سے زائد

# features: table-cell, digits-urdu
# en: One-time token for 10 years allowed
cell-one-time-token-for = ۱۰ سال کا یکمشت ٹوکن جمع کرانے کی اجازت

# features: table-cell, digits-western, units, quotes-punct
# en: Motor car up to 1000 cc
cell-motor-car-up-to = موٹر کار، 1000cc تک

# features: table-cell, raw-html, digits-urdu, decimals-percent, quotes-punct
# en: Lifetime token: Rs 15,000<br>(optional)
cell-lifetime-token-rs-15 = لائف ٹائم ٹوکن: ۱۵٬۰۰۰ روپے<br>(اختیاری)

# features: table-cell, digits-urdu, units, quotes-punct
# en: Motor car 1001–1300 cc
cell-motor-car-1001-1300 = موٹر کار، ۱۰۰۱ تا ۱۳۰۰ سی سی

# features: table-cell, latin-words
# en: Plus withholding tax as notified by FBR
cell-plus-withholding-tax-as = علاوہ ازیں FBR کی جانب سے مقررہ ود ہولڈنگ ٹیکس

# features: table-cell, digits-urdu, dashes, units, quotes-punct
# en: Motor car 1301–2000 cc
cell-motor-car-1301-2000 = موٹر کار، ۱۳۰۱–۲۰۰۰ سی سی

# features: table-cell, digits-urdu
# en: Plus 1% of the value of new cars
cell-plus-1-of-the = علاوہ ازیں نئی گاڑی کی قیمت کا ۱ فیصد

# features: table-cell
# en: Electric vehicle
cell-electric-vehicle = الیکٹرک گاڑی

# features: table-cell
# en: Nil
cell-nil = کوئی نہیں

# features: table-cell, digits-urdu, dates
# en: Exempt till 30 June 2026
cell-exempt-till-30-june = ۳۰ جون ۲۰۲۶ء تک مستثنیٰ

# features: quotes-punct
# en: **No. & Date Even.** A copy is forwarded for information and necessary action to:
p-no-date-even-a = **نمبر و تاریخ ایضاً۔** نقل برائے اطلاع و ضروری کارروائی ارسال ہے:

# features: izafat, quotes-punct
# en: The Principal Secretary to the Chief Minister, Punjab.
li-the-principal-secretary-to = پرنسپل سیکرٹری برائے وزیرِ اعلیٰ پنجاب۔

# features: izafat, quotes-punct
# en: The Director General, Excise, Taxation & Narcotics Control, Punjab, Lahore.
li-the-director-general-excise = ڈائریکٹر جنرل ایکسائز، ٹیکسیشن و انسدادِ منشیات پنجاب، لاہور۔

# features: quotes-punct
# en: All Regional Directors and Excise and Taxation Officers in the Province.
li-all-regional-directors-and = صوبے کے تمام ریجنل ڈائریکٹرز اور ایکسائز اینڈ ٹیکسیشن آفیسرز۔

# features: latin-in-parens, quotes-punct
# en: The Superintendent, Government Printing Press, Punjab, Lahore, for publication in the Gazette (Extraordinary).
li-the-superintendent-government = سپرنٹنڈنٹ گورنمنٹ پرنٹنگ پریس پنجاب، لاہور، برائے اشاعت غیر معمولی گزٹ (Gazette Extraordinary)۔

# features: line-breaks, signature-block, izafat, latin-in-parens, quotes-punct
# en: Muhammad Asif Iqbal\
# en: Section Officer (Motor Vehicles)\
# en: Excise, Taxation & Narcotics Control Department\
# en: Government of the Punjab
p-muhammad-asif-iqbal-section =
    محمد آصف اقبال\
    سیکشن آفیسر (موٹر وہیکلز)\
    محکمہ ایکسائز، ٹیکسیشن و انسدادِ منشیات\
    حکومتِ پنجاب

# features: none
# en: Helpline and complaints
h-helpline-and-complaints = ہیلپ لائن اور شکایات

# features: phone, url-email, digits-urdu, digits-western, time, izafat, quotes-punct
# en: For information, citizens may call the helpline 042-99201234 between 9 a.m. and 5 p.m., or the toll-free number 0800-08786, or write to complaints@excise.punjab.gov.pk. A complaint about any official or agent demanding money can also be lodged on the Chief Minister's complaint portal, and the complainant's name will be kept secret.
p-for-information-citizens-may = معلومات کے لیے شہری صبح ۹ بجے سے شام ۵ بجے تک ہیلپ لائن 042-99201234 یا ٹول فری نمبر 0800-08786 پر رابطہ کر سکتے ہیں، یا complaints@excise.punjab.gov.pk پر ای میل کر سکتے ہیں۔ کسی اہلکار یا ایجنٹ کی جانب سے رقم کے مطالبے کی شکایت وزیرِ اعلیٰ کے شکایات پورٹل پر بھی درج کرائی جا سکتی ہے، اور شکایت کنندہ کا نام صیغۂ راز میں رکھا جائے گا۔

# features: arabic-letters, digits-urdu, quotes-punct
# en: The spokesperson said that the department had also launched a drive against vehicles with fake or applied-for number plates, and that after 15 April such vehicles would be impounded. Citizens who have bought a vehicle on an open transfer letter should have it transferred to their own name by the new deadline, he added, as the old owner's biometric will otherwise be required.
p-the-spokesperson-said-that = ترجمان نے بتایا کہ محکمے نے جعلی اور ”اپلائیڈ فار“ نمبر پلیٹوں والی گاڑیوں کے خلاف مہم بھی شروع کر دی ہے اور ۱۵ اپریل کے بعد ایسی گاڑیاں بند کر دی جائیں گی۔ ان كا كہنا تھا كہ جن شہريوں نے اوپن ٹرانسفر ليٹر پر گاڑي خريدي ہے وہ نئي آخري تاريخ تك اسے اپنے نام منتقل كروا ليں، ورنہ پرانے مالك كي بائيو ميٹرك تصديق دركار ہو گي۔

# features: url-email, latin-words, quotes-punct
# en: The full text of the notification, in English and Urdu, is available at https://www.excise.punjab.gov.pk/notifications (Ref. No. ET&NC/MV/2025/117).
p-the-full-text-of = نوٹیفکیشن کا مکمل متن اردو اور انگریزی میں https://www.excise.punjab.gov.pk/notifications پر دستیاب ہے (حوالہ نمبر ET&NC/MV/2025/117)۔

### ur translation of content/railway-timetable-notice.md.

# en: Pakistan Railways: revised timings of Up and Down trains from 1 July 2025
title = پاکستان ریلویز: یکم جولائی 2025ء سے اپ اور ڈاؤن ٹرینوں کے نئے اوقات

# en: New departure and arrival times, running days and fares for eight mail and express trains between Karachi, Lahore, Rawalpindi and Peshawar, with what passengers must carry.
summary = کراچی، لاہور، راولپنڈی اور پشاور کے درمیان چلنے والی آٹھ میل اور ایکسپریس ٹرینوں کے روانگی اور آمد کے نئے اوقات، چلنے کے دن اور کرائے، اور یہ کہ مسافر اپنے ساتھ کیا رکھیں۔

# en: Notice No. PR/TT/2025/14
h-notice-no-pr-tt = اعلان نمبر PR/TT/2025/14

# en: The travelling public is informed that, on account of track maintenance between Khanewal and Lodhran and the new summer timetable, the timings of the following trains will change from **1 July 2025**. Times are given as printed in the working timetable: mail trains in the 24-hour clock, express trains as announced at stations.
p-the-travelling-public-is = عوام الناس کو مطلع کیا جاتا ہے کہ خانیوال اور لودھراں کے درمیان ٹریک کی مرمت اور نئے موسمِ گرما کے ٹائم ٹیبل کے باعث درج ذیل ٹرینوں کے اوقات **یکم جولائی 2025ء** سے تبدیل ہو جائیں گے۔ اوقات ورکنگ ٹائم ٹیبل کے مطابق درج ہیں: میل ٹرینوں کے 24 گھنٹے والی گھڑی کے مطابق، اور ایکسپریس ٹرینوں کے ویسے ہی جیسے اسٹیشنوں پر اعلان کیے جاتے ہیں۔

# en: Train No.
cell-train-no = ٹرین نمبر

# en: Name
cell-name = نام

# en: From
cell-from = کہاں سے

# en: Departure
cell-departure = روانگی

# en: To
cell-to = کہاں تک

# en: Arrival
cell-arrival = آمد

# en: Days
cell-days = ایام

# en: Economy
cell-economy = اکانومی

# en: AC Business
cell-ac-business = اے سی بزنس

# en: Khyber Mail
cell-khyber-mail = خیبر میل

# en: Karachi Cantt.
cell-karachi-cantt = کراچی کینٹ

# en: Peshawar Cantt.
cell-peshawar-cantt = پشاور کینٹ

# en: Daily
cell-daily = روزانہ

# en: Rs 2,450/-
cell-rs-2-450 = 2,450/- روپے

# en: Rs 6,800/-
cell-rs-6-800 = 6,800/- روپے

# en: Tezgam
cell-tezgam = تیزگام

# en: 5:00 pm
cell-5-00-pm = شام 5:00 بجے

# en: Rawalpindi
cell-rawalpindi = راولپنڈی

# en: 10:30 pm
cell-10-30-pm = رات 10:30 بجے

# en: Rs 2,300/-
cell-rs-2-300 = 2,300/- روپے

# en: Rs 6,450/-
cell-rs-6-450 = 6,450/- روپے

# en: ~~6:00 am~~ 7:00 am
cell-6-00-am-7 = ~~صبح 6:00 بجے~~ صبح 7:00 بجے

# en: 11:15 am
cell-11-15-am = صبح 11:15 بجے

# en: Karachi Express
cell-karachi-express = کراچی ایکسپریس

# en: 4:00 pm
cell-4-00-pm = شام 4:00 بجے

# en: Lahore
cell-lahore = لاہور

# en: 9:10 am
cell-9-10-am = صبح 9:10 بجے

# en: Rs 1,900/-
cell-rs-1-900 = 1,900/- روپے

# en: Rs 5,600/-
cell-rs-5-600 = 5,600/- روپے

# en: 4:30 pm
cell-4-30-pm = شام 4:30 بجے

# en: 9:40 am
cell-9-40-am = صبح 9:40 بجے

# en: Pak Business Express
cell-pak-business-express = پاک بزنس ایکسپریس

# en: Mon, Thu
cell-mon-thu = پیر، جمعرات

# en: Rs 6,200/-
cell-rs-6-200 = 6,200/- روپے

# en: Tue, Fri
cell-tue-fri = منگل، جمعہ

# en: Journeys of 1UP and 2DN take two nights; the arrival is on the third day. Fares are for a single adult and include the 2025–26 increase of 5%. Children from 3 to 10 years pay half fare.
p-journeys-of-1up-and = 1UP اور 2DN کا سفر دو راتوں پر مشتمل ہے؛ ٹرین تیسرے دن منزل پر پہنچتی ہے۔ کرائے ایک بالغ مسافر کے ہیں اور ان میں 2025–26 کا 5% اضافہ شامل ہے۔ ۳ سے ۱۰ سال تک کے بچوں کا کرایہ آدھا ہے۔

# en: Please note that the departure of 8DN Tezgam from Rawalpindi has been put back by one hour: it now leaves at ~~06:00~~ 07:00, and passengers holding tickets for the old time need not exchange them.
p-please-note-that-the = براہِ کرم نوٹ فرمائیں کہ 8DN تیزگام کی راولپنڈی سے روانگی ایک گھنٹہ مؤخر کر دی گئی ہے: اب یہ ~~06:00~~ 07:00 بجے روانہ ہو گی، اور پرانے وقت کے ٹکٹ رکھنے والے مسافروں کو ٹکٹ تبدیل کروانے کی ضرورت نہیں۔

# en: Booking and refunds
h-booking-and-refunds = بکنگ اور ریفنڈ

# en: Seats may be booked up to 30 days ahead at any reservation office, through the Rabta app or at https://pakrail.gov.pk. A ticket cancelled more than 48 hours before departure is refunded in full, less a charge of Rs 100/-; within 24 hours, 25% is deducted.
p-seats-may-be-booked = نشستیں ۳۰ دن پہلے تک کسی بھی ریزرویشن آفس، Rabta ایپ یا https://pakrail.gov.pk پر بک کروائی جا سکتی ہیں۔ روانگی سے 48 گھنٹے سے زیادہ پہلے منسوخ کیے گئے ٹکٹ پر 100/- روپے کٹوتی کے بعد پوری رقم واپس ہو گی؛ 24 گھنٹے کے اندر منسوخی پر 25% کٹوتی ہو گی۔

# en: Before you travel
h-before-you-travel = سفر سے پہلے

# en: Original CNIC or B-Form for children (photocopies are not accepted)
li-original-cnic-or-b = اصل شناختی کارڈ (CNIC) یا بچوں کے لیے ب فارم (فوٹو کاپی قبول نہیں کی جائے گی)

# en: Printed or SMS e-ticket with the PNR number
li-printed-or-sms-e = پرنٹ شدہ یا SMS والا ای ٹکٹ، PNR نمبر کے ساتھ

# en: Senior citizens over 65: CNIC for the 25% concession
li-senior-citizens-over-65 = ۶۵ سال سے زائد عمر کے بزرگ شہری: 25% رعایت کے لیے CNIC

# en: Students: a valid student card and a letter from the institution
li-students-a-valid-student = طلبہ: کارآمد اسٹوڈنٹ کارڈ اور ادارے کا خط

# en: Drinking water and food for the journey; the dining car runs on 1UP/2DN and 7UP/8DN only
li-drinking-water-and-food = سفر کے لیے پینے کا پانی اور کھانا؛ ڈائننگ کار صرف 1UP/2DN اور 7UP/8DN میں دستیاب ہے

# en: Luggage of more than 35 kg in Economy and 50 kg in AC Business must be booked in the brake van.
p-luggage-of-more-than = اکانومی میں 35 کلو اور اے سی بزنس میں 50 کلو سے زیادہ سامان بریک وین میں بک کروانا لازمی ہے۔

# en: Enquiries
h-enquiries = معلومات

# en: For train running information call UAN 117 from any phone, or the Lahore enquiry office at +92 42 9920 1234 (round the clock). Complaints may be sent in writing to:
p-for-train-running-information = ٹرینوں کی آمد و رفت کی معلومات کے لیے کسی بھی فون سے UAN 117 پر کال کریں، یا لاہور انکوائری آفس سے +92 42 9920 1234 پر رابطہ کریں (چوبیس گھنٹے)۔ شکایات تحریری طور پر اس پتے پر بھیجی جا سکتی ہیں:

# en: Divisional Superintendent\
# en: Pakistan Railways, Lahore Division\
# en: Railway Headquarters, Empress Road\
# en: Lahore 54000
p-divisional-superintendent-pakistan =
    ڈویژنل سپرنٹنڈنٹ\
    پاکستان ریلویز، لاہور ڈویژن\
    ریلوے ہیڈکوارٹرز، ایمپریس روڈ\
    لاہور 54000

# en: By order,
# en: Divisional Commercial Officer, Lahore
p-by-order-divisional-commercial =
    بحکم،
    ڈویژنل کمرشل آفیسر، لاہور

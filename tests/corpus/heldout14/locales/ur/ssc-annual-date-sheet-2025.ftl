### ur translation of content/ssc-annual-date-sheet-2025.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: Date sheet: Secondary School Certificate (Class 10) Annual Examination 2025
title = ڈیٹ شیٹ: سیکنڈری اسکول سرٹیفکیٹ (دسویں جماعت) سالانہ امتحان 2025ء

# en: Papers begin on Tuesday 4 March 2025 at 9:00 AM. The full date sheet, the cancelled Computer Science theory paper and the instructions every candidate must follow.
summary = پرچے منگل 4 مارچ 2025ء کو صبح 9 بجے شروع ہوں گے۔ مکمل ڈیٹ شیٹ، کمپیوٹر سائنس (تھیوری) کا منسوخ شدہ پرچہ، اور وہ ہدایات جن پر ہر امیدوار کو عمل کرنا ہو گا۔

# en: **Notification No. BISE/CE/SSC-II/2025/417**, dated 10 February 2025
p-notification-no-bise-ce = **نوٹیفکیشن نمبر BISE/CE/SSC-II/2025/417**، مورخہ 10 فروری 2025ء

# en: The Board of Intermediate and Secondary Education, Chenab, Jhang announces the date sheet for the Secondary School Certificate (SSC Part-II, Class 10) Annual Examination 2025. The examination will be held at 614 centres in the districts of Jhang, Chiniot and Toba Tek Singh. Roll number slips have been sent to the institutions and can also be downloaded from the Board's website from 20 February 2025.
p-the-board-of-intermediate = بورڈ آف انٹرمیڈیٹ اینڈ سیکنڈری ایجوکیشن، چناب، جھنگ نے سیکنڈری اسکول سرٹیفکیٹ (ایس ایس سی حصہ دوم، دسویں جماعت) سالانہ امتحان 2025ء کی ڈیٹ شیٹ جاری کر دی ہے۔ امتحان جھنگ، چنیوٹ اور ٹوبہ ٹیک سنگھ کے اضلاع میں 614 امتحانی مراکز پر منعقد ہو گا۔ رول نمبر سلپس تعلیمی اداروں کو بھجوا دی گئی ہیں، اور 20 فروری 2025ء سے بورڈ کی ویب سائٹ سے بھی ڈاؤن لوڈ کی جا سکیں گی۔

# en: **Morning papers start at 9:00 AM and afternoon papers at 2:00 PM. No candidate will be allowed into the examination hall more than 30 minutes after the paper has started.**
p-morning-papers-start-at = **صبح کے پرچے 9:00 بجے اور دوپہر کے پرچے 2:00 بجے شروع ہوں گے۔ پرچہ شروع ہونے کے 30 منٹ بعد کسی امیدوار کو امتحانی ہال میں داخل ہونے کی اجازت نہیں ہو گی۔**

# en: Date sheet
h-date-sheet = ڈیٹ شیٹ

# en: Date
cell-date = تاریخ

# en: Day
cell-day = دن

# en: Time
cell-time = وقت

# en: Paper code
cell-paper-code = پرچہ کوڈ

# en: Subject
cell-subject = مضمون

# en: Group
cell-group = گروپ

# en: Duration
cell-duration = دورانیہ

# en: Tuesday
cell-tuesday = منگل

# en: 9:00 AM
cell-9-00-am = صبح ۹ بجے

# en: Urdu
cell-urdu = اردو

# en: All groups
cell-all-groups = تمام گروپ

# en: 3 hours
cell-3-hours = ۳ گھنٹے

# en: Wednesday
cell-wednesday = بدھ

# en: English
cell-english = انگریزی

# en: Thursday
cell-thursday = جمعرات

# en: Islamiyat (Compulsory) / Ethics (for non-Muslim candidates)
cell-islamiyat-compulsory-ethics-for = اسلامیات (لازمی) / اخلاقیات (غیر مسلم امیدواروں کے لیے)

# en: 1 hour 45 minutes
cell-1-hour-45-minutes = ۱ گھنٹہ ۴۵ منٹ

# en: Friday
cell-friday = جمعہ

# en: Pakistan Studies
cell-pakistan-studies = مطالعۂ پاکستان

# en: Monday
cell-monday = پیر

# en: Mathematics
cell-mathematics = ریاضی

# en: Science
cell-science = سائنس

# en: General Mathematics
cell-general-mathematics = جنرل ریاضی

# en: Humanities
cell-humanities = آرٹس

# en: Physics
cell-physics = طبیعیات

# en: 2 hours
cell-2-hours = ۲ گھنٹے

# en: 2:00 PM
cell-2-00-pm = دوپہر ۲ بجے

# en: Tarjuma-tul-Quran
cell-tarjuma-tul-quran = ترجمۃ القرآن

# en: 1 hour
cell-1-hour = ۱ گھنٹہ

# en: Chemistry
cell-chemistry = کیمیا

# en: Biology
cell-biology = حیاتیات

# en: Science (Biology)
cell-science-biology = سائنس (بیالوجی)

# en: ~~Tuesday~~
cell-tuesday-2 = ~~منگل~~

# en: ~~2:00 PM~~
cell-2-00-pm-2 = ~~دوپہر ۲ بجے~~

# en: ~~Computer Science (theory)~~
cell-computer-science-theory = ~~کمپیوٹر سائنس (تھیوری)~~

# en: ~~Science (Computer)~~
cell-science-computer = ~~سائنس (کمپیوٹر)~~

# en: ~~2 hours~~
cell-2-hours-2 = ~~۲ گھنٹے~~

# en: General Science
cell-general-science = جنرل سائنس

# en: Elective subject (see below)
cell-elective-subject-see-below = اختیاری مضمون (نیچے دیکھیے)

# en: **The Computer Science (theory) paper of 18 March 2025 (code 119) has been cancelled.** It will be taken together with the practical examination in April; see instruction 5.
p-the-computer-science-theory = **18 مارچ 2025ء کا کمپیوٹر سائنس (تھیوری) کا پرچہ (کوڈ 119) منسوخ کر دیا گیا ہے۔** یہ پرچہ اپریل میں پریکٹیکل امتحان کے ساتھ لیا جائے گا؛ ہدایت نمبر 5 دیکھیے۔

# en: Elective subjects, with their codes: Arabic (141), Persian (142), Punjabi (143), Civics (145), Home Economics (147), Education (148) and Physical Education (149).
p-elective-subjects-with-their = اختیاری مضامین اور ان کے کوڈ: عربی (141)، فارسی (142)، پنجابی (143)، شہریت (145)، امورِ خانہ داری (147)، ایجوکیشن (148) اور فزیکل ایجوکیشن (149)۔

# en: On Fridays the paper ends by 12:30 PM, before the Friday prayer. The timings will not change during Ramazan.
p-on-fridays-the-paper = جمعہ کے روز پرچہ نمازِ جمعہ سے پہلے، دوپہر 12:30 بجے تک ختم ہو جائے گا۔ رمضان المبارک کے دوران اوقات میں کوئی تبدیلی نہیں ہو گی۔

# en: Instructions for candidates
h-instructions-for-candidates = امیدواروں کے لیے ہدایات

# en: Bring to every paper:
li-bring-to-every-paper = ہر پرچے میں درج ذیل اشیاء ساتھ لائیں:

# en: your roll number slip, with the photograph attested by the head of your institution;
li-your-roll-number-slip = اپنی رول نمبر سلپ، جس پر لگی تصویر آپ کے ادارے کے سربراہ سے تصدیق شدہ ہو؛

# en: your original B-Form or CNIC (a photocopy will **not** be accepted).
li-your-original-b-form = اپنا اصل ب فارم یا قومی شناختی کارڈ (فوٹو کاپی **قبول نہیں** کی جائے گی)۔

# en: The following are **not allowed** in the examination hall:
li-the-following-are-not = امتحانی ہال میں درج ذیل اشیاء لانے کی **اجازت نہیں**:

# en: mobile phones, smart watches, Bluetooth devices and any other electronic device;
li-mobile-phones-smart-watches = موبائل فون، اسمارٹ واچ، بلوٹوتھ ڈیوائس اور کوئی بھی دوسرا الیکٹرانک آلہ؛

# en: books, notes or any written material, even on your hands;
li-books-notes-or-any = کتابیں، نوٹس یا کوئی بھی تحریری مواد، حتیٰ کہ ہاتھوں پر لکھا ہوا بھی؛

# en: a calculator, except a simple (non-programmable) one in the Physics and Chemistry papers.
li-a-calculator-except-a = کیلکولیٹر، سوائے طبیعیات اور کیمیا کے پرچوں میں سادہ (نان پروگرام ایبل) کیلکولیٹر کے۔

# en: **A candidate found with a mobile phone, or using any other unfair means (UFM), will have the whole examination cancelled and may be disqualified for up to 3 years under Rule 17 of the Board's examination rules.**
li-a-candidate-found-with = **جس امیدوار کے پاس سے موبائل فون برآمد ہوا، یا جو کوئی اور ناجائز ذریعہ (UFM) استعمال کرتا پایا گیا، اس کا پورا امتحان منسوخ کر دیا جائے گا اور بورڈ کے امتحانی قواعد کے قاعدہ 17 کے تحت اسے 3 سال تک کے لیے نااہل قرار دیا جا سکتا ہے۔**

# en: Candidates with special needs (a visual impairment, a disability of the hands, or dyslexia certified by a government hospital) get 20 minutes extra for every hour of the paper and may bring a writer, who must be a student of a lower class:
li-candidates-with-special-needs = خصوصی ضروریات والے امیدواروں (نابینا یا کم بینائی والے، ہاتھوں کی معذوری کے شکار، یا سرکاری اسپتال سے تصدیق شدہ ڈسلیکسیا کے حامل) کو پرچے کے ہر گھنٹے کے لیے 20 منٹ اضافی وقت ملے گا، اور وہ ایک رائٹر (کاتب) ساتھ لا سکتے ہیں جو کسی نچلی جماعت کا طالب علم ہو:

# en: apply on Form SN-1 by 25 February 2025;
li-apply-on-form-sn = 25 فروری 2025ء تک فارم SN-1 پر درخواست دیں؛

# en: attach the medical certificate and the writer's B-Form.
li-attach-the-medical-certificate = میڈیکل سرٹیفکیٹ اور رائٹر کا ب فارم ساتھ لگائیں۔

# en: The practical examinations will be held from 7 April to 30 April 2025. Heads of institutions will receive the schedule by 31 March 2025.
li-the-practical-examinations-will = پریکٹیکل امتحانات 7 اپریل سے 30 اپریل 2025ء تک ہوں گے۔ اداروں کے سربراہان کو شیڈول 31 مارچ 2025ء تک موصول ہو جائے گا۔

# en: A candidate who has lost the roll number slip can print a duplicate from www.bisechenab.edu.pk/roll-slip or get one from the Board's office on payment of Rs. 500.
li-a-candidate-who-has = جس امیدوار کی رول نمبر سلپ گم ہو گئی ہو، وہ www.bisechenab.edu.pk/roll-slip سے ڈپلیکیٹ سلپ پرنٹ کر سکتا ہے، یا 500 روپے فیس ادا کر کے بورڈ کے دفتر سے حاصل کر سکتا ہے۔

# en: For complaints and information, contact the Inquiry Office (8:00 AM to 4:00 PM, Monday to Friday): phone 047-9200417 (ext. 205), e-mail controller@bisechenab.edu.pk.
p-for-complaints-and-information = شکایات اور معلومات کے لیے انکوائری آفس سے رابطہ کریں (صبح 8 بجے سے شام 4 بجے تک، پیر تا جمعہ): فون 047-9200417 (ایکسٹینشن 205)، ای میل controller@bisechenab.edu.pk۔

# en: Muhammad Arshad Chaudhry\
# en: Controller of Examinations\
# en: BISE Chenab, Jhang
p-muhammad-arshad-chaudhry-controller =
    محمد ارشد چودھری\
    کنٹرولر امتحانات\
    بی آئی ایس ای چناب، جھنگ

# en: *Errors and omissions excepted (E&OE). The Board may change the date sheet if the Government announces a public holiday.*
p-errors-and-omissions-excepted = *سہو و خطا مستثنیٰ (E&OE)۔ حکومت کی جانب سے کسی عام تعطیل کے اعلان کی صورت میں بورڈ ڈیٹ شیٹ میں تبدیلی کر سکتا ہے۔*

### Urdu translation of content/university-admission-notice.md. Above each message, `# en:` records the English it was translated from.

# features: latin-words, digits-western, quotes-punct
# en: Admissions open: Fall 2025 at Potohar University of Science & Technology, Islamabad
title = داخلے جاری ہیں: پوٹھوہار یونیورسٹی آف سائنس اینڈ ٹیکنالوجی، اسلام آباد میں فال 2025 سیشن

# features: program-code, abbreviation-dots, latin-in-parens, digits-urdu, dates, quotes-punct
# en: Applications are invited for BS, MBA (Exec.), M.Phil and Ph.D programmes. Apply online by 15 February 2025; entry test on 23 February. Eligibility, fees, dates and how to apply.
summary = BS، MBA (Exec.)، M.Phil اور Ph.D پروگراموں کے لیے درخواستیں مطلوب ہیں۔ آن لائن درخواست ۱۵ فروری ۲۰۲۵ء تک دیں؛ داخلہ ٹیسٹ ۲۳ فروری کو ہوگا۔ اہلیت، فیس، تاریخیں اور درخواست دینے کا طریقہ۔

# features: latin-in-parens, decimals-percent, digits-western, quotes-punct
# en: Potohar University of Science & Technology (PUST), Islamabad, a chartered university recognised by the Higher Education Commission (HEC), invites applications for admission to the following programmes for the Fall 2025 session. Admission is on merit, i.e., on the basis of academic record (50%), entry test (40%) and interview (10%), except where stated otherwise.
p-potohar-university-of-science = پوٹھوہار یونیورسٹی آف سائنس اینڈ ٹیکنالوجی (PUST)، اسلام آباد، جو ہائر ایجوکیشن کمیشن (HEC) سے تسلیم شدہ ایک چارٹرڈ یونیورسٹی ہے، فال 2025 سیشن کے لیے درج ذیل پروگراموں میں داخلے کے لیے درخواستیں طلب کرتی ہے۔ داخلہ میرٹ پر ہوگا، یعنی تعلیمی ریکارڈ (50%)، داخلہ ٹیسٹ (40%) اور انٹرویو (10%) کی بنیاد پر، سوائے اس کے جہاں کچھ اور لکھا ہو۔

# features: none
# en: Programmes offered
h-programmes-offered = پیش کردہ پروگرام

# features: bold-term, program-code, abbreviation-dots, latin-words, digits-western, quotes-punct
# en: **Undergraduate (4 years, 8 semesters):** BS-CS (Computer Science), BS-SE (Software Engineering), BS-AI (Artificial Intelligence), BBA (Hons.), BS Economics, BS English
li-undergraduate-4-years-8 = **انڈر گریجویٹ (4 سال، 8 سمسٹر):** BS-CS (کمپیوٹر سائنس)، BS-SE (سافٹ ویئر انجینئرنگ)، BS-AI (آرٹیفیشل انٹیلیجنس)، BBA (Hons.)، بی ایس اکنامکس، بی ایس انگلش

# features: bold-term, program-code, abbreviation-dots, latin-words, digits-western, quotes-punct
# en: **Graduate (2 years):** MBA (Exec.) for working professionals, with weekend classes; MS-CS; M.Phil Economics; M.Phil English Linguistics
li-graduate-2-years-mba = **گریجویٹ (2 سال):** ملازمت پیشہ افراد کے لیے MBA (Exec.)، ویک اینڈ کلاسوں کے ساتھ؛ MS-CS؛ M.Phil اکنامکس؛ M.Phil انگلش لنگوئسٹکس

# features: bold-term, program-code, dashes, latin-words, digits-urdu, quotes-punct
# en: **Doctoral (3–5 years):** Ph.D Computer Science, Ph.D Management Sciences, Ph.D Economics (M.Phil/Ph.D students on HEC scholarships may also apply)
li-doctoral-3-5-years = **ڈاکٹریٹ (۳–۵ سال):** Ph.D کمپیوٹر سائنس، Ph.D مینجمنٹ سائنسز، Ph.D اکنامکس (HEC اسکالرشپ پر M.Phil/Ph.D کرنے والے طلبہ بھی درخواست دے سکتے ہیں)

# features: none
# en: Eligibility
h-eligibility = اہلیت

# features: program-code, latin-words, decimals-percent, digits-western, quotes-punct
# en: BS-CS, BS-SE, BS-AI: Intermediate (FSc Pre-Engineering, ICS or equivalent) with at least 60% marks. FSc Pre-Medical students may apply, but must pass two deficiency courses in Mathematics (6 credit hours) in the first year.
li-bs-cs-bs-se = BS-CS، BS-SE، BS-AI: انٹرمیڈیٹ (FSc پری انجینئرنگ، ICS یا مساوی) کم از کم 60% نمبروں کے ساتھ۔ FSc پری میڈیکل کے طلبہ بھی درخواست دے سکتے ہیں، لیکن انہیں پہلے سال میں ریاضی کے دو ڈیفیشینسی کورس (6 کریڈٹ آورز) پاس کرنا ہوں گے۔

# features: program-code, abbreviation-dots, ordinal, decimals-percent, digits-western, quotes-punct
# en: BBA (Hons.), BS Economics, BS English: Intermediate in any group with at least 2nd division (45% marks).
li-bba-hons-bs-economics = BBA (Hons.)، بی ایس اکنامکس، بی ایس انگلش: کسی بھی گروپ میں انٹرمیڈیٹ، کم از کم 2nd ڈویژن (45% نمبر) کے ساتھ۔

# features: latin-words, quotes-punct
# en: A-Level students must submit an IBCC equivalence certificate; a provisional one is accepted at the time of applying.
li-a-level-students-must = اے لیول کے طلبہ کو IBCC کا مساوات سرٹیفکیٹ جمع کرانا ہوگا؛ درخواست دیتے وقت عارضی سرٹیفکیٹ بھی قبول کیا جائے گا۔

# features: program-code, abbreviation-dots, ordinal, grade-ratio, digits-western, quotes-punct
# en: MBA (Exec.): 16 years of education with a CGPA of 2.5/4.00 or 2nd division, and at least 2 years of work experience after the degree.
li-mba-exec-16-years = MBA (Exec.): 16 سالہ تعلیم، CGPA 2.5/4.00 یا 2nd ڈویژن کے ساتھ، اور ڈگری کے بعد کم از کم 2 سال کا ملازمت کا تجربہ۔

# features: program-code, grade-ratio, latin-words, latin-in-parens, decimals-percent, digits-western, quotes-punct
# en: MS/M.Phil: 16 years of education (BS 4 years or MA/MSc) with a CGPA of 2.5/4.00 or 2nd division, and the PUST GAT-type test or HEC's GAT (General) with at least 50% marks.
li-ms-m-phil-16 = MS/M.Phil: 16 سالہ تعلیم (4 سالہ BS یا MA/MSc)، CGPA 2.5/4.00 یا سیکنڈ ڈویژن کے ساتھ، اور PUST کا GAT طرز کا ٹیسٹ یا HEC کا GAT (General) کم از کم 50% نمبروں کے ساتھ۔

# features: program-code, grade-ratio, latin-words, latin-in-parens, decimals-percent, digits-western, quotes-punct
# en: Ph.D: MS/M.Phil (18 years of education) with a CGPA of 3.0/4.00 or 1st division, and a GAT (Subject) or HAT score of at least 60%.
li-ph-d-ms-m = Ph.D: MS/M.Phil (18 سالہ تعلیم)، CGPA 3.0/4.00 یا فرسٹ ڈویژن کے ساتھ، اور GAT (Subject) یا HAT میں کم از کم 60% اسکور۔

# features: roman-numeral, latin-in-parens, quotes-punct
# en: Candidates awaiting their Intermediate result may apply on the basis of their Part-I marks.
p-candidates-awaiting-their-intermediate = جن امیدواروں کا انٹرمیڈیٹ کا نتیجہ ابھی نہیں آیا وہ پارٹ ون (Part-I) کے نمبروں کی بنیاد پر درخواست دے سکتے ہیں۔

# features: none
# en: Important dates
h-important-dates = اہم تاریخیں

# features: table-cell
# en: Activity
cell-activity = سرگرمی

# features: table-cell
# en: Date
cell-date = تاریخ

# features: table-cell
# en: Time
cell-time = وقت

# features: table-cell
# en: Online applications open
cell-online-applications-open = آن لائن درخواستوں کا آغاز

# features: table-cell, time, digits-urdu
# en: 9:00 AM
cell-9-00-am = صبح ۹ بجے

# features: table-cell
# en: Last date for applications
cell-last-date-for-applications = درخواست جمع کرانے کی آخری تاریخ

# features: table-cell, time, digits-western
# en: 11:59 PM
cell-11-59-pm = رات 11:59 بجے

# features: table-cell
# en: Admit cards on the portal
cell-admit-cards-on-the = پورٹل پر ایڈمٹ کارڈ

# features: table-cell, time, digits-western
# en: after 5:00 PM
cell-after-5-00-pm = شام 5:00 بجے کے بعد

# features: table-cell, latin-in-parens
# en: Entry test (BS and MS)
cell-entry-test-bs-and = داخلہ ٹیسٹ (BS اور MS)

# features: table-cell, dates, digits-urdu
# en: 23 Feb 2025 (Sunday)
cell-23-feb-2025-sunday = ۲۳ فروری ۲۰۲۵ء (اتوار)

# features: table-cell, nested-parens, program-code, abbreviation-dots
# en: Interviews (MBA (Exec.), M.Phil/Ph.D)
cell-interviews-mba-exec-m = انٹرویو (MBA (Exec.)، M.Phil/Ph.D)

# features: table-cell, dates, dashes, digits-western
# en: 3–5 March 2025
cell-3-5-march-2025 = 3–5 مارچ 2025ء

# features: table-cell, time, digits-western
# en: 14:30 onwards
cell-14-30-onwards = 14:30 سے

# features: table-cell
# en: First merit list
cell-first-merit-list = پہلی میرٹ لسٹ

# features: table-cell
# en: Classes begin
cell-classes-begin = کلاسوں کا آغاز

# features: table-cell, time, digits-western
# en: 8:30 AM
cell-8-30-am = صبح 8:30 بجے

# features: bold-deadline, dates, time, digits-urdu, digits-western, quotes-punct
# en: **Last date for online applications: Saturday, 15 February 2025, 11:59 PM. Incomplete or late applications will not be entertained.**
p-last-date-for-online = **آن لائن درخواست جمع کرانے کی آخری تاریخ: ہفتہ، ۱۵ فروری ۲۰۲۵ء، رات 11:59 بجے۔ نامکمل یا تاخیر سے موصول ہونے والی درخواستوں پر غور نہیں کیا جائے گا۔**

# features: dates, digits-urdu, quotes-punct
# en: The last date was first announced as 31 January; it has been extended because the results of the Intermediate supplementary examinations were delayed.
p-the-last-date-was = آخری تاریخ پہلے ۳۱ جنوری مقرر کی گئی تھی؛ انٹرمیڈیٹ کے سپلیمنٹری امتحانات کے نتائج میں تاخیر کی وجہ سے اس میں توسیع کر دی گئی ہے۔

# features: none
# en: Fees
h-fees = فیس

# features: money, lakh-hazar, izafat, program-code, abbreviation-dots, decimals-percent, latin-words, digits-urdu, digits-western, quotes-punct
# en: The application processing fee is Rs. 2,500/- per programme (non-refundable). The tuition fee for BS programmes is PKR 45,000 per semester, plus a one-time admission fee of PKR 25,000 and a refundable security deposit of PKR 10,000. Fees for MBA (Exec.), MS, M.Phil and Ph.D programmes are given in the prospectus. Up to 20% of students receive need-based or merit scholarships, e.g., the PUST Merit Scholarship for the top 3 students of each programme, and Ehsaas/HEC need-based scholarships.
p-the-application-processing-fee = درخواست کی پراسیسنگ فیس Rs. 2,500/- فی پروگرام ہے (ناقابلِ واپسی)۔ BS پروگراموں کی ٹیوشن فیس ۴۵ ہزار روپے (PKR 45,000) فی سمسٹر ہے، اس کے علاوہ ایک بار کی داخلہ فیس PKR 25,000 اور قابلِ واپسی سیکیورٹی ڈپازٹ ۱۰ ہزار روپے۔ MBA (Exec.)، MS، M.Phil اور Ph.D پروگراموں کی فیس پراسپیکٹس میں درج ہے۔ 20% تک طلبہ کو ضرورت یا میرٹ کی بنیاد پر وظائف ملتے ہیں، مثلاً ہر پروگرام کے پہلے ۳ طلبہ کے لیے PUST میرٹ اسکالرشپ، اور احساس/HEC نیڈ بیسڈ اسکالرشپ۔

# features: none
# en: How to apply
h-how-to-apply = درخواست کیسے دیں

# features: url-query, url-email, quotes-punct
# en: Register on the admissions portal at https://admissions.example.edu.pk/apply?session=fall-2025&level=ug with your own e-mail address and mobile number.
li-register-on-the-admissions = داخلہ پورٹل https://admissions.example.edu.pk/apply?session=fall-2025&level=ug پر اپنے ای میل ایڈریس اور موبائل نمبر کے ساتھ رجسٹر کریں۔

# features: nested-list, zwnj-zwj, units, latin-words, digits-western, quotes-punct
# en: Fill in the online form and upload the following, each as a JPG or PDF file of at most 500 KB:
li-fill-in-the-online = آن لائن فارم پُر کریں اور درج ذیل دستاویزات اپ‌لوڈ کریں، ہر ایک JPG یا PDF فائل کی صورت میں، زیادہ سے زیادہ 500 KB:

# features: nested-list, quotes-punct
# en: a recent passport-size photograph with a blue background;
li-a-recent-passport-size = نیلے بیک گراؤنڈ والی حالیہ پاسپورٹ سائز تصویر؛

# features: nested-list, cnic, latin-in-parens, digits-western, quotes-punct
# en: your CNIC (e.g., 35202-1234567-8) or, if you are under 18, your B-Form;
li-your-cnic-e-g = آپ کا شناختی کارڈ (CNIC) (مثلاً 35202-1234567-8) یا، اگر آپ کی عمر 18 سال سے کم ہے، تو ب فارم (B-Form)؛

# features: nested-list, latin-in-parens, quotes-punct
# en: your Matric and Intermediate certificates or detailed marks certificates (DMCs), front and back;
li-your-matric-and-intermediate = میٹرک اور انٹرمیڈیٹ کی اسناد یا تفصیلی مارکس سرٹیفکیٹ (DMCs)، آگے اور پیچھے دونوں طرف سے؛

# features: nested-list, program-code, abbreviation-dots, quotes-punct
# en: for MBA (Exec.), an experience certificate from your employer.
li-for-mba-exec-an = MBA (Exec.) کے لیے آجر کی طرف سے تجربے کا سرٹیفکیٹ۔

# features: money, latin-words, quotes-punct
# en: Download the fee voucher and pay Rs. 2,500/- at any branch of the bank named on it, or online through 1Bill, a mobile banking app, etc.
li-download-the-fee-voucher = فیس واؤچر ڈاؤن لوڈ کریں اور Rs. 2,500/- اس پر درج بینک کی کسی بھی برانچ میں، یا 1Bill، موبائل بینکنگ ایپ وغیرہ کے ذریعے آن لائن جمع کرائیں۔

# features: digits-urdu, quotes-punct
# en: Submit the form. You will receive a confirmation e-mail within 48 hours; if not, write to us with your application number.
li-submit-the-form-you = فارم جمع کرائیں۔ ۴۸ گھنٹوں کے اندر آپ کو تصدیقی ای میل موصول ہوگی؛ اگر نہ ملے تو اپنے درخواست نمبر کے ساتھ ہمیں لکھیں۔

# features: arabic-letters, digits-urdu, dates, quotes-punct
# en: Print your admit card from the portal after 19 February and bring it, with your original CNIC, to the entry test.
li-print-your-admit-card = ۱۹ فروری کے بعد پورٹل سے اپنا ایڈمٹ كارڈ پرنٹ کریں اور اسے اصل شناختی کارڈ کے ساتھ داخلہ ٹیسٹ میں لے کر آئیں۔

# features: link, link-urdu, url-query, partial-harakat, digits-western, quotes-punct
# en: An Urdu guide to filling in the form, with screenshots, is available here: [داخلہ فارم پُر کرنے کا طریقہ (اردو)](https://admissions.example.edu.pk/help?topic=form&lang=ur). Applicants with a disability may ask for extra time in the test or a writer; please tell us at least 7 days before the test.
p-an-urdu-guide-to = فارم پُر کرنے کے بارے میں اردو رہنمائی، اسکرین شاٹس کے ساتھ، یہاں دستیاب ہے: [داخلہ فارم پُر کرنے کا طریقہ (اردو)](https://admissions.example.edu.pk/help?topic=form&lang=ur)۔ معذوری کے حامل امیدوار ٹیسٹ میں اضافی وقت یا لکھنے والے (رائٹر) کی درخواست کر سکتے ہیں؛ براہِ کرم ٹیسٹ سے کم از کم 7 دن پہلے ہمیں مطلع کریں۔

# features: none
# en: Quota and reserved seats
h-quota-and-reserved-seats = کوٹہ اور مخصوص نشستیں

# features: latin-words, reversed-quotes, quotes-punct
# en: Two seats in each BS programme are reserved for students with disabilities, two for students from Gilgit-Baltistan and Azad Jammu & Kashmir, and one for the children of PUST employees. Candidates applying on a reserved seat must also compete on open merit; they are considered for the reserved seat only if they are not admitted on merit.
p-two-seats-in-each = ہر BS پروگرام میں دو نشستیں معذور طلبہ کے لیے، دو گلگت بلتستان اور آزاد جموں و کشمیر کے طلبہ کے لیے، اور ایک PUST ملازمین کے بچوں کے لیے مخصوص ہے۔ مخصوص نشست پر درخواست دینے والے امیدوار ”اوپن میرٹ“ پر بھی مقابلہ کریں گے؛ مخصوص نشست کے لیے ان پر صرف اس صورت میں غور کیا جائے گا جب میرٹ پر ان کا داخلہ نہ ہو۔

# features: none
# en: Contact
h-contact = رابطہ

# features: phone, url-email, time, repeated-spaces, latin-words, digits-western, digits-urdu, quotes-punct
# en: Admissions Office, Academic Block A, Potohar University of Science & Technology, Park Road, Islamabad. Phone: +92-51-9085-1234 (ext. 210 and 211); WhatsApp (messages only): 0300-1234567. E-mail: admissions@example.edu.pk. Office hours: Monday to Thursday, 9:00 AM to 4:00 PM; Friday, 9:00 AM to 12:30 PM.
p-admissions-office-academic-block = داخلہ آفس، اکیڈمک بلاک A، پوٹھوہار یونیورسٹی آف سائنس اینڈ ٹیکنالوجی، پارک روڈ، اسلام آباد۔  فون: +92-51-9085-1234 (ایکسٹینشن 210 اور 211)؛ واٹس ایپ (صرف پیغامات): 0300-1234567۔ ای میل: admissions@example.edu.pk۔ دفتری اوقات: پیر تا جمعرات صبح 9:00 سے شام 4:00 بجے تک؛ جمعہ صبح ۹ بجے سے دوپہر 12:30 بجے تک۔

# features: italic-urdu, digits-western, quotes-punct
# en: *The University reserves the right to cancel any programme if fewer than 20 students are admitted to it. Any admission obtained on the basis of false information will be cancelled at any stage.*
p-the-university-reserves-the = *اگر کسی پروگرام میں 20 سے کم طلبہ داخلہ لیں تو یونیورسٹی کو وہ پروگرام منسوخ کرنے کا حق حاصل ہے۔ غلط معلومات کی بنیاد پر حاصل کیا گیا کوئی بھی داخلہ کسی بھی مرحلے پر منسوخ کر دیا جائے گا۔*

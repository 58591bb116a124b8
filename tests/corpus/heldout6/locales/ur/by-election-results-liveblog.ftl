### Urdu translation of content/by-election-results-liveblog.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, quotes-punct
# en: Live: by-election results from nine constituencies as PML-N and PPP hold most seats
title = لائیو: ۹ حلقوں میں ضمنی انتخابات کے نتائج، ن لیگ اور پیپلز پارٹی نے زیادہ تر نشستیں برقرار رکھیں

# features: zwnj-zwj, hamza-forms, quotes-punct
# en: Unofficial results as returning officers announce them, updated through the night: winners, margins, turnout and complaints.
summary = ریٹرننگ افسران کے اعلان کے ساتھ ساتھ غیر‌حتمی نتائج، رات بھر اپ ڈیٹ: کامیاب امیدوار، ووٹوں کا فرق، ٹرن آؤٹ اور شکایات۔

# features: digits-urdu, time, latin-in-parens, zwnj-zwj, repeated-spaces
# en: Polling closed at 5 p.m. in nine constituencies, three of the National Assembly and six of the Punjab and Sindh assemblies, where by-elections were held to fill seats left vacant by resignations, deaths and disqualifications. This page is updated as returning officers announce unofficial results. All times are Pakistan Standard Time (PKT).
p-polling-closed-at-5 = نو حلقوں میں، جن میں قومی اسمبلی کے تین اور پنجاب اور سندھ اسمبلی کے چھ حلقے شامل ہیں، پولنگ شام ۵ بجے ختم ہو گئی۔ ان حلقوں میں ضمنی انتخابات استعفوں، اموات اور نااہلیوں کے باعث خالی ہونے والی نشستوں پر کرائے گئے۔ ریٹرننگ افسران (Returning Officers) کی جانب سے غیر‌سرکاری نتائج کے اعلان کے ساتھ ساتھ یہ صفحہ  اپ ڈیٹ کیا جاتا رہے گا۔ تمام اوقات پاکستان کے معیاری وقت (PKT) کے مطابق ہیں۔

# features: digits-urdu, time, dashes
# en: 5:05 p.m. — Polling ends
h-5-05-p-m = ۵:۰۵ شام — پولنگ کا وقت ختم

# features: digits-urdu, decimals-percent, time, latin-in-parens, zwnj-zwj
# en: The Election Commission of Pakistan (ECP) says that voters who were already inside a polling station at 5 p.m. will still be allowed to vote. Counting has begun at 1,284 polling stations, and about 9,600 police and Rangers personnel remain on duty.
p-the-election-commission-of = الیکشن‌کمیشن آف پاکستان (ECP) کا کہنا ہے کہ جو ووٹرز شام ۵ بجے تک پولنگ اسٹیشن کے اندر موجود تھے انہیں ووٹ ڈالنے دیا جائے گا۔ ۱٬۲۸۴ پولنگ اسٹیشنز پر ووٹوں کی گنتی شروع ہو چکی ہے، جبکہ پولیس اور رینجرز کے تقریباً ۹۶۰۰ اہلکار بدستور ڈیوٹی پر موجود ہیں۔

# features: digits-urdu, time, dashes
# en: 6:40 p.m. — First result from Lahore
h-6-40-p-m = ۶:۴۰ شام — لاہور سے پہلا نتیجہ

# features: digits-urdu, latin-comma-urdu-digits, zwnj-zwj, quotes-punct
# en: First unofficial result from PP-147 Lahore: with 38 of 162 polling stations counted, the PML-N candidate Rana Asif Saleem leads the independent Hafiz Naeem Akhtar by 1,902 votes.
p-first-unofficial-result-from = پی پی ۱۴۷ لاہور سے پہلا غیر‌سرکاری نتیجہ: ۱۶۲ میں سے ۳۸ پولنگ اسٹیشنز کی گنتی کے مطابق مسلم لیگ (ن) کے امیدوار رانا آصف سلیم کو آزاد امیدوار حافظ نعیم اختر پر ۱,۹۰۲ ووٹوں کی برتری حاصل ہے۔

# features: digits-urdu, time, dashes, zwnj-zwj, hamza-forms
# en: 7:15 p.m. — Turnout looks low
h-7-15-p-m = ۷:۱۵ شام — ٹرن‌آؤٹ کم رہنے کا امکان

# features: digits-urdu, decimals-percent, zwnj-zwj, hamza-forms
# en: Our reporters in Karachi say that queues were short all day. The ECP's provisional estimate puts overall turnout at about 31%, against 47.6% in the general election a year ago.
p-our-reporters-in-karachi = کراچی میں ہمارے نمائندوں کا کہنا ہے کہ دن بھر پولنگ اسٹیشنز پر قطاریں مختصر رہیں۔ الیکشن کمیشن کے عبوری اندازے کے مطابق مجموعی ٹرن‌آؤٹ تقریباً ۳۱ فیصد رہا، جبکہ ایک سال پہلے عام انتخابات میں یہ ۴۷٫۶ فیصد تھا۔

# features: digits-urdu, time, dashes
# en: 8:30 p.m. — Complaint in NA-129
h-8-30-p-m = ۸:۳۰ رات — این اے ۱۲۹ میں شکایت

# features: digits-urdu, digits-western, latin-in-parens, quotes-punct, arabic-letters
# en: The independent candidate in NA-129 Lahore, Malik Zaheer Abbas, has alleged that his polling agents were not given Form-45, the official count of each polling station, at 17 stations. "We will not accept a result that our agents have not signed," he told reporters. An ECP spokesperson replied in a written statement: "All complaints will be examined in accordance with the law."
p-the-independent-candidate-in = این اے ۱۲۹ لاہور سے آزاد امیدوار ملک ظہیر عباس نے الزام عائد کیا ہے کہ ۱۷ پولنگ اسٹیشنز پر ان کے پولنگ ایجنٹس کو فارم ۴۵ (Form-45)، یعنی ہر پولنگ اسٹیشن کی سرکاری گنتی، نہیں دیا گیا۔ صحافیوں سے گفتگو میں ان کا کہنا تھا: ”ہم کوئی ایسا نتیجہ تسلیم نہیں کریں گے جس پر ہمارے ایجنٹوں کے دستخط نہ ہوں۔“ الیکشن کمیشن کے ترجمان نے تحریری بیان میں جواب دیا: ”تمام شكايات كا قانون كے مطابق جائزہ ليا جائے گا۔“

# features: digits-urdu, time, dashes
# en: 9:50 p.m. — Watched in the Gulf
h-9-50-p-m = ۹:۵۰ رات — خلیج میں بھی نظریں نتائج پر

# features: digits-urdu, digits-arabic, decimals-percent, time, latin-in-parens, arabic-unvocalized, izafat, quotes-punct
# en: The results are being followed abroad too. The Saudi broadcaster Al Arabiya, which has a large audience among Pakistani workers in the Gulf, reported on its Arabic website at 9:40 p.m.: "The ruling coalition in Pakistan leads in 8 of 9 constituencies in the by-elections, and turnout has reached 32.5%."
p-the-results-are-being = نتائج پر بیرونِ ملک بھی نظر رکھی جا رہی ہے۔ سعودی نشریاتی ادارے العربیہ (Al Arabiya)، جسے خلیجی ممالک میں مقیم پاکستانی محنت کش بڑی تعداد میں دیکھتے ہیں، نے رات ۹ بج کر ۴۰ منٹ پر اپنی عربی ویب سائٹ پر لکھا: «الائتلاف الحاكم في باكستان يتقدم في ٨ دوائر من أصل ٩ في الانتخابات التكميلية، وبلغت نسبة المشاركة ٣٢٫٥٪»۔

# features: digits-urdu, time, dashes
# en: 10:45 p.m. — All nine results
h-10-45-p-m = ۱۰:۴۵ رات — تمام نو حلقوں کے نتائج

# features: digits-urdu, digits-western, latin-in-parens, quotes-punct
# en: Unofficial results from all nine constituencies, as announced by the returning officers (Form-47):
p-unofficial-results-from-all = ریٹرننگ افسران کی جانب سے فارم ۴۷ (Form-47) پر جاری کردہ تمام نو حلقوں کے غیر سرکاری نتائج:

# features: table-cell
# en: Constituency
cell-constituency = حلقہ

# features: table-cell
# en: Winner
cell-winner = کامیاب امیدوار

# features: table-cell
# en: Party
cell-party = جماعت

# features: table-cell
# en: Votes
cell-votes = ووٹ

# features: table-cell
# en: Runner-up
cell-runner-up = دوسرے نمبر پر

# features: table-cell
# en: Margin
cell-margin = فرق

# features: table-cell, hamza-forms
# en: Turnout
cell-turnout = ٹرن آؤٹ

# features: table-cell, digits-urdu
# en: NA-129 Lahore
cell-na-129-lahore = این اے ۱۲۹ لاہور

# features: table-cell
# en: Rana Khalid Mehmood
cell-rana-khalid-mehmood = رانا خالد محمود

# features: table-cell
# en: Malik Zaheer Abbas
cell-malik-zaheer-abbas = ملک ظہیر عباس

# features: table-cell
# en: Independent
cell-independent = آزاد

# features: table-cell, digits-urdu
# en: NA-196 Qambar Shahdadkot
cell-na-196-qambar-shahdadkot = این اے ۱۹۶ قمبر شہدادکوٹ

# features: table-cell
# en: Mir Nadir Ali Khoso
cell-mir-nadir-ali-khoso = میر نادر علی کھوسو

# features: table-cell
# en: Abdul Ghaffar Jatoi
cell-abdul-ghaffar-jatoi = عبدالغفار جتوئی

# features: table-cell, digits-urdu
# en: NA-241 Karachi South
cell-na-241-karachi-south = این اے ۲۴۱ کراچی جنوبی

# features: table-cell
# en: Syed Arshad Hussain
cell-syed-arshad-hussain = سید ارشد حسین

# features: table-cell
# en: Muhammad Faheem Baloch
cell-muhammad-faheem-baloch = محمد فہیم بلوچ

# features: table-cell, digits-urdu
# en: PP-147 Lahore
cell-pp-147-lahore = پی پی ۱۴۷ لاہور

# features: table-cell
# en: Rana Asif Saleem
cell-rana-asif-saleem = رانا آصف سلیم

# features: table-cell
# en: Hafiz Naeem Akhtar
cell-hafiz-naeem-akhtar = حافظ نعیم اختر

# features: table-cell, digits-urdu
# en: PP-32 Gujrat
cell-pp-32-gujrat = پی پی ۳۲ گجرات

# features: table-cell
# en: Chaudhry Mudassar Hayat
cell-chaudhry-mudassar-hayat = چوہدری مدثر حیات

# features: table-cell
# en: Syed Imran Bukhari
cell-syed-imran-bukhari = سید عمران بخاری

# features: table-cell, digits-urdu
# en: PP-93 Bhakkar
cell-pp-93-bhakkar = پی پی ۹۳ بھکر

# features: table-cell
# en: Malik Nawaz Ahmed
cell-malik-nawaz-ahmed = ملک نواز احمد

# features: table-cell
# en: Rana Shahbaz Ahmad
cell-rana-shahbaz-ahmad = رانا شہباز احمد

# features: table-cell, digits-urdu
# en: PS-80 Jamshoro
cell-ps-80-jamshoro = پی ایس ۸۰ جامشورو

# features: table-cell
# en: Ghulam Mustafa Shah
cell-ghulam-mustafa-shah = غلام مصطفیٰ شاہ

# features: table-cell
# en: Abdul Qadir Brohi
cell-abdul-qadir-brohi = عبدالقادر بروہی

# features: table-cell, latin-words, digits-western
# en: PS-129 Karachi Central
cell-ps-129-karachi-central = PS-129 کراچی سینٹرل

# features: table-cell
# en: Muhammad Owais Qadri
cell-muhammad-owais-qadri = محمد اویس قادری

# features: table-cell
# en: Shakeel Ahmed Ansari
cell-shakeel-ahmed-ansari = شکیل احمد انصاری

# features: table-cell, digits-urdu
# en: PP-266 Rahim Yar Khan
cell-pp-266-rahim-yar = پی پی ۲۶۶ رحیم یار خان

# features: table-cell
# en: Makhdoom Ali Raza
cell-makhdoom-ali-raza = مخدوم علی رضا

# features: table-cell
# en: Chaudhry Asif Majeed
cell-chaudhry-asif-majeed = چوہدری آصف مجید

# features: digits-urdu, time, dashes
# en: 11:30 p.m. — Coalition loses Bhakkar
h-11-30-p-m = ۱۱:۳۰ رات — حکمران اتحاد بھکر کی نشست ہار گیا

# features: tatweel, digits-urdu, latin-words, quotes-punct, repeated-spaces
# en: Breaking: the only seat the ruling coalition has lost tonight is PP-93 Bhakkar, where the PTI-backed independent Malik Nawaz Ahmed beat the PML-N candidate by 3,869 votes. A PTI spokesman called it "the people's answer to Form-47"; the PML-N said it would apply to the returning officer for a recount.
p-breaking-the-only-seat = بڑی خبــــر: آج رات حکمران اتحاد جو واحد نشست ہارا ہے وہ پی پی ۹۳ بھکر کی ہے، جہاں PTI کے حمایت یافتہ آزاد امیدوار ملک نواز احمد نے مسلم لیگ (ن) کے امیدوار کو ۳۸۶۹ ووٹوں سے شکست دی۔  PTI کے ترجمان نے اسے ”فارم ۴۷ کا عوامی جواب“ قرار دیا؛ جبکہ ن لیگ کا کہنا ہے کہ وہ دوبارہ گنتی کے لیے ریٹرننگ افسر کو درخواست دے گی۔

# features: digits-urdu, time, dashes, hamza-forms
# en: 12:20 a.m. — Final turnout
h-12-20-a-m = ۱۲:۲۰ رات — حتمی ٹرن آؤٹ

# features: digits-urdu, decimals-percent, lakh-hazar, izafat, hamza-forms, quotes-punct
# en: The ECP has put overall turnout at 32.5%, highest in PP-93 Bhakkar (44.1%) and lowest in PS-129 Karachi Central (19.6%). Of the 1.96 million registered voters in the nine constituencies, about 637,000 voted, and women made up 41% of those who voted.
p-the-ecp-has-put = الیکشن کمیشن نے مجموعی ٹرن آؤٹ ۳۲٫۵ فیصد بتایا ہے؛ سب سے زیادہ پی پی ۹۳ بھکر (۴۴٫۱ فیصد) اور سب سے کم پی ایس ۱۲۹ کراچی سینٹرل (۱۹٫۶ فیصد) میں رہا۔ ان نو حلقوں کے ۱۹ لاکھ ۶۰ ہزار رجسٹرڈ ووٹرز میں سے تقریباً ۶ لاکھ ۳۷ ہزار نے حقِ رائے دہی استعمال کیا، اور ووٹ ڈالنے والوں میں ۴۱ فیصد خواتین تھیں۔

# features: digits-urdu, time, dashes, quotes-punct
# en: Monday, 9:15 a.m. — What happens next
h-monday-9-15-a = پیر، ۹:۱۵ صبح — آگے کیا ہو گا؟

# features: digits-urdu, link
# en: The ECP will issue the official results (Form-49) within 14 days, after which the winners will be notified. Complaints about the count can be taken to an election tribunal within 45 days of that notification. The polling-station results are on the [ECP's website](https://www.ecp.gov.pk/). This live blog is now closed.
p-the-ecp-will-issue = الیکشن کمیشن ۱۴ دن کے اندر سرکاری نتائج (فارم ۴۹) جاری کرے گا، جس کے بعد کامیاب امیدواروں کا نوٹیفکیشن جاری ہو گا۔ گنتی سے متعلق شکایات اس نوٹیفکیشن کے ۴۵ دن کے اندر الیکشن ٹریبونل میں لے جائی جا سکتی ہیں۔ پولنگ اسٹیشنز کے نتائج [الیکشن کمیشن کی ویب سائٹ](https://www.ecp.gov.pk/) پر دستیاب ہیں۔ یہ لائیو بلاگ اب بند کیا جا رہا ہے۔

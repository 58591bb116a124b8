### ur translation of content/qazi-zahuruddin-thalvi.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: Qazi Zahuruddin Thalvi
title = قاضی ظہور الدین تھلوی

# en: Punjabi philologist and keeper of manuscripts (1902–1979), author of the Lughat-e-Thal, the first dictionary of the Arabic and Persian words in the speech of the Thal desert.
summary = پنجاب کے ماہرِ لسانیات اور نگرانِ مخطوطات (1902ء–1979ء)، ”لغتِ تھل“ کے مصنف، جو صحرائے تھل کی بولی میں رائج عربی اور فارسی الفاظ کی پہلی لغت ہے۔

# en: *Not to be confused with the Urdu poet who wrote under the pen name "Zahur Thalvi"; see [Zahur Thalvi (poet)](<https://saraikipedia.org/wiki/Zahur_Thalvi_(poet)> "Zahur Thalvi (poet)").*
p-not-to-be-confused = *اسی قلمی نام سے لکھنے والے اردو شاعر ”ظہور تھلوی“ کے لیے دیکھیے [ظہور تھلوی (شاعر)](<https://saraikipedia.org/wiki/Zahur_Thalvi_(poet)> "ظہور تھلوی (شاعر)")۔*

# en: **Qazi Zahuruddin Thalvi** (Urdu: قاضی ظہور الدین تھلوی; ALA-LC: *Qāẓī Ẓahūr al-Dīn Thalvī*; 14 Muharram 1320 AH / 23 April 1902 – 17 Rabiʿ al-Awwal 1399 AH / 15 February 1979) was a philologist, lexicographer and cataloguer of manuscripts from the Thal desert of the Punjab. He is best known for the *Lughat-e-Thal* (1958), a two-volume dictionary of the Arabic and Persian words in the Thali and Saraiki speech of the region,[^1] and for his catalogue of the 1,140 manuscripts of the Amiria Library in Bahawalpur.[^2][^3]
p-qazi-zahuruddin-thalvi-urdu = **قاضی ظہور الدین تھلوی** (انگریزی: Qazi Zahuruddin Thalvi؛ ALA-LC: *Qāẓī Ẓahūr al-Dīn Thalvī*؛ ۱۴ محرم الحرام ۱۳۲۰ھ / 23 اپریل 1902ء – ۱۷ ربیع الاول ۱۳۹۹ھ / 15 فروری 1979ء) صحرائے تھل (پنجاب) سے تعلق رکھنے والے ماہرِ لسانیات، لغت نویس اور مخطوطات کے فہرست نگار تھے۔ ان کی شہرت کی بڑی وجہ *لغتِ تھل* (1958ء) ہے، جو علاقے کی تھلی اور سرائیکی بولی میں مستعمل عربی و فارسی الفاظ کی دو جلدوں پر مشتمل لغت ہے،[^1] نیز بہاولپور کے کتب خانۂ امیریہ کے 1,140 مخطوطات کی فہرست بھی ان کا اہم کارنامہ ہے۔[^2][^3]

# en: A pencil sketch of an elderly man with a white beard, a turban and round spectacles
alt-a-pencil-sketch-of = پنسل سے بنا ایک خاکہ: سفید داڑھی، پگڑی اور گول عینک والے ایک بزرگ

# en: Thalvi in 1965, from a pencil sketch by his student Rasheed Bhatti
caption-thalvi-in-1965-from = تھلوی 1965ء میں، ان کے شاگرد رشید بھٹی کے بنائے ہوئے پنسل خاکے سے

# en: Born
cell-born = پیدائش

# en: 23 April 1902 (14 Muharram 1320 AH), Kotla Jam, Mianwali District, Punjab, British India
cell-23-april-1902-14 = ۲۳ اپریل 1902ء (۱۴ محرم ۱۳۲۰ھ)، کوٹلہ جام، ضلع میانوالی، پنجاب، برطانوی ہند

# en: Died
cell-died = وفات

# en: 15 February 1979 (aged 76), Multan, Pakistan
cell-15-february-1979-aged = 15 فروری 1979ء (عمر 76 سال)، ملتان، پاکستان

# en: Resting place
cell-resting-place = مدفن

# en: Hassan Parwana graveyard, Multan
cell-hassan-parwana-graveyard-multan = قبرستان حسن پروانہ، ملتان

# en: Other names
cell-other-names = دیگر نام

# en: *Ustad-e-Thal* ("the teacher of the Thal")
cell-ustad-e-thal-the = *استادِ تھل* (”تھل کا استاد“)

# en: Education
cell-education = تعلیم

# en: Munshi Fazil (1921); M.A. Arabic (1926)
cell-munshi-fazil-1921-m = منشی فاضل (1921ء)؛ ایم اے عربی (1926ء)

# en: Alma mater
cell-alma-mater = مادرِ علمی

# en: Islamia Oriental College, Lahore
cell-islamia-oriental-college-lahore = اسلامیہ اورینٹل کالج، لاہور

# en: Occupation
cell-occupation = پیشہ

# en: Philologist, lexicographer, keeper of manuscripts
cell-philologist-lexicographer-keeper-of = ماہرِ لسانیات، لغت نویس، نگرانِ مخطوطات

# en: Notable works
cell-notable-works = نمایاں تصانیف

# en: *Lughat-e-Thal* (1958); *Diwan-e-Sahba* (ed., 1964)
cell-lughat-e-thal-1958 = *لغتِ تھل* (1958ء)؛ *دیوانِ صہبا* (مرتبہ، 1964ء)

# en: Awards
cell-awards = اعزازات

# en: Sitara-e-Imtiaz (1970)
cell-sitara-e-imtiaz-1970 = ستارۂ امتیاز (1970ء)

# en: Spouse
cell-spouse = شریکِ حیات

# en: Hajra Bibi (m. 1924; d. 1971)
cell-hajra-bibi-m-1924 = ہاجرہ بی بی (شادی 1924ء؛ وفات 1971ء)

# en: Early life
h-early-life = ابتدائی زندگی

# en: Thalvi was born in Kotla Jam, a village on the eastern edge of the Thal (now in Bhakkar District), into a family of *qazis* (judges of Islamic law) who had held land there since the 18th century.[^4] His given name was Zahur Ahmad; the *nisba* Thalvi (from the Thal, the sandy plain between the Indus and the Jhelum (now the districts of Bhakkar, Layyah and Khushab)) was given to him by his teacher in Lahore.[^5] He is said to have learnt the Quran by heart at the age of nine[*citation needed*] and learnt Persian from his father, Qazi Nur Muhammad (d. 1335 AH / 1917), who taught at the village mosque.
p-thalvi-was-born-in = تھلوی تھل کے مشرقی کنارے پر واقع گاؤں کوٹلہ جام (اب ضلع بھکر) میں *قاضیوں* (اسلامی قانون کے منصفین) کے ایک خاندان میں پیدا ہوئے، جو اٹھارہویں صدی سے وہاں زمین کا مالک چلا آ رہا تھا۔[^4] ان کا اصل نام ظہور احمد تھا؛ ”تھلوی“ کی *نسبت* (تھل سے، یعنی دریائے سندھ اور جہلم کے درمیان ریتلے میدان سے (جو اب بھکر، لیہ اور خوشاب کے اضلاع ہیں)) انہیں لاہور میں ان کے استاد نے دی تھی۔[^5] کہا جاتا ہے کہ انہوں نے نو برس کی عمر میں قرآن حفظ کر لیا تھا[*حوالہ درکار*] اور فارسی اپنے والد قاضی نور محمد (وفات ۱۳۳۵ھ / 1917ء) سے سیکھی، جو گاؤں کی مسجد میں پڑھاتے تھے۔

# en: Education and teaching
h-education-and-teaching = تعلیم و تدریس

# en: In 1918 he went to Lahore to study at the Islamia Oriental College under Maulana Abdul Hayy Faruqi, a grammarian of the old Delhi school. He passed the Munshi Fazil examination in Persian in 1921, first in the province,[^5] and took an M.A. in Arabic in 1926 with a thesis on the Arabic words in the poetry of Bulleh Shah.[^6]
p-in-1918-he-went = 1918ء میں وہ لاہور گئے اور اسلامیہ اورینٹل کالج میں قدیم دہلوی مکتب کے نحوی مولانا عبدالحی فاروقی سے تعلیم حاصل کی۔ 1921ء میں انہوں نے فارسی میں منشی فاضل کا امتحان صوبے بھر میں اوّل رہ کر پاس کیا،[^5] اور 1926ء میں عربی میں ایم اے کیا، جس کا مقالہ بلھے شاہ کی شاعری میں عربی الفاظ پر تھا۔[^6]

# en: From 1927 he taught Arabic and Persian at a government high school in Darya Khan and, from 1936, at the Islamia College in Multan. In 1952 he became keeper of manuscripts at the Amiria Library, Bahawalpur, where in fifteen years he described 1,140 manuscripts: 612 in Arabic, 489 in Persian and 39 in Urdu and Saraiki.[^3]
p-from-1927-he-taught = 1927ء سے وہ دریا خان کے ایک سرکاری ہائی اسکول میں اور 1936ء سے ملتان کے اسلامیہ کالج میں عربی اور فارسی پڑھاتے رہے۔ 1952ء میں وہ کتب خانۂ امیریہ، بہاولپور میں نگرانِ مخطوطات مقرر ہوئے، جہاں پندرہ برس میں انہوں نے ۱۱۴۰ مخطوطات کی توضیحی فہرست تیار کی: ۶۱۲ عربی میں، ۴۸۹ فارسی میں اور ۳۹ اردو اور سرائیکی میں۔[^3]

# en: Work
h-work = علمی کام

# en: *Lughat-e-Thal*
h-lughat-e-thal = *لغتِ تھل*

# en: The dictionary took twenty-two years to compile (1936–1958). Its 1,212 pages record about 7,400 words; each entry gives the Thali form, the Arabic or Persian word it comes from with its vowels (for example *ḥukm* → *hukam*, "order"), and a verse or proverb that uses it.[^7] A reviewer in 1963 called it "the first dictionary of a Punjabi dialect made on historical principles",[^8] though later scholars criticised its etymologies for finding Arabic roots in words of Sanskrit origin (its entry for *ḍīvā*, "lamp", which it derives from Arabic rather than from Sanskrit *dīpa*, is the example most often quoted).[^9]
p-the-dictionary-took-twenty = اس لغت کی تدوین میں بائیس برس (1936ء–1958ء) لگے۔ اس کے 1,212 صفحات میں تقریباً 7,400 الفاظ درج ہیں؛ ہر اندراج میں لفظ کی تھلی صورت، وہ عربی یا فارسی لفظ جس سے وہ ماخوذ ہے، اعراب سمیت (مثلاً *حُکْم* ← *حُکَم*، بمعنی ”فرمان“)، اور کوئی شعر یا کہاوت دی گئی ہے جس میں وہ لفظ آیا ہو۔[^7] 1963ء میں ایک مبصر نے اسے ”تاریخی اصولوں پر مرتب کی گئی کسی پنجابی بولی کی پہلی لغت“ قرار دیا،[^8] اگرچہ بعد کے محققین نے اس کی اشتقاقیات پر یہ اعتراض کیا کہ یہ سنسکرت الاصل الفاظ میں بھی عربی مادّے ڈھونڈ نکالتی ہے (اس سلسلے میں سب سے زیادہ دی جانے والی مثال *ݙیوا* یعنی ”چراغ“ کا اندراج ہے، جسے یہ سنسکرت *دیپ* کے بجائے عربی سے مشتق بتاتی ہے)۔[^9]

# en: Views on language
h-views-on-language = زبان کے بارے میں نقطۂ نظر

# en: In the Arabic preface to the *Lughat-e-Thal* he set out his view in one sentence, which later became the motto of the Bazm-e-Saqafat of Multan:[^7]
p-in-the-arabic-preface = *لغتِ تھل* کے عربی مقدمے میں انہوں نے اپنا نقطۂ نظر ایک جملے میں بیان کیا، جو بعد میں ملتان کی بزمِ ثقافت کا شعار بنا:[^7]

# en: اَللُّغَةُ وِعَاءُ الْفِكْرِ، فَمَنْ أَضَاعَهَا أَضَاعَ فِكْرَهُ
# same-as-source: Arabic, quoted as written
quote-afc143de = اَللُّغَةُ وِعَاءُ الْفِكْرِ، فَمَنْ أَضَاعَهَا أَضَاعَ فِكْرَهُ

# en: "Language is the vessel of thought: whoever loses it loses his thought."
p-language-is-the-vessel = ”زبان فکر کا ظرف ہے: جس نے اسے کھو دیا، اس نے اپنی فکر کھو دی۔“

# en: Personal life and death
h-personal-life-and-death = ذاتی زندگی اور وفات

# en: He married his cousin Hajra Bibi in 1924; they had three sons and two daughters. After he retired in 1967 he lived in Gulgasht Colony, Multan, where students came to read with him every evening. He died there on 15 February 1979 (17 Rabiʿ al-Awwal 1399 AH) and was buried in the Hassan Parwana graveyard.[^10] His eldest son recalled that in his last weeks he often repeated a couplet of Ferdowsi:[^11]
p-he-married-his-cousin = 1924ء میں ان کی شادی اپنی چچا زاد ہاجرہ بی بی سے ہوئی؛ ان کے تین بیٹے اور دو بیٹیاں تھیں۔ 1967ء میں ریٹائرمنٹ کے بعد وہ گلگشت کالونی، ملتان میں مقیم رہے، جہاں ہر شام طلبہ ان کے پاس پڑھنے آتے تھے۔ وہیں ۱۷ ربیع الاول ۱۳۹۹ھ (15 فروری 1979ء) کو ان کا انتقال ہوا اور انہیں قبرستان حسن پروانہ میں سپردِ خاک کیا گیا۔[^10] ان کے بڑے صاحبزادے کے بقول آخری ہفتوں میں وہ اکثر فردوسی کا یہ شعر دہراتے تھے:[^11]

# en: توانا بود هر که دانا بود\
# en: ز دانش دل پیر برنا بود
# same-as-source: Persian couplet, quoted as written
quote-ed7d1e72 =
    توانا بود هر که دانا بود\
    ز دانش دل پیر برنا بود

# en: ("Whoever knows is strong; through knowledge an old heart grows young.")
p-whoever-knows-is-strong = (”جو صاحبِ علم ہے وہی طاقتور ہے؛ علم سے بوڑھا دل بھی جوان ہو جاتا ہے۔“)

# en: Selected works
h-selected-works = منتخب تصانیف

# en: *Lughat-e-Thal* (Multan: Bazm-e-Saqafat, 1958), 2 vols., 1,212 pp.
li-lughat-e-thal-multan = *لغتِ تھل* (ملتان: بزمِ ثقافت، 1958ء)، 2 جلدیں، 1,212 صفحات

# en: *Diwan-e-Sahba Multani*, a critical edition of the 17th-century Persian poet (Lahore: Majlis-e-Nawadir, 1964)
li-diwan-e-sahba-multani = *دیوانِ صہبا ملتانی*، سترہویں صدی کے فارسی شاعر کے کلام کا تنقیدی ایڈیشن (لاہور: مجلسِ نوادر، 1964ء)

# en: *Fihrist-e-Makhtutat-e-Amiria* (Bahawalpur: Amiria Library, 1967), a catalogue of the library's manuscripts
li-fihrist-e-makhtutat-e = *فہرستِ مخطوطاتِ امیریہ* (بہاولپور: کتب خانۂ امیریہ، 1967ء)، کتب خانے کے مخطوطات کی فہرست

# en: *Al-Lughah wa al-Fikr* (in Arabic; Cairo, 1971)
li-al-lughah-wa-al = *اللغۃ والفکر* (عربی میں؛ قاہرہ، 1971ء)

# en: Legacy
h-legacy = علمی میراث

# en: He received the Sitara-e-Imtiaz in 1970.[^12] His own collection of 318 manuscripts and about 2,000 printed books was given by his family to the [Punjab Manuscripts Society](<https://pms.org.pk>) in 1981 and is described in its [online catalogue](<https://pms.org.pk/catalogue?collection=thalvi&sort=shelfmark> "Thalvi Collection, online catalogue").[^13] A road in Bhakkar and the library of the Government Degree College, Kotla Jam, bear his name.
p-he-received-the-sitara = 1970ء میں انہیں ستارۂ امتیاز سے نوازا گیا۔[^12] ان کا ذاتی ذخیرہ، جس میں 318 مخطوطات اور تقریباً 2,000 مطبوعہ کتب شامل ہیں، 1981ء میں ان کے اہلِ خانہ نے [پنجاب مخطوطات سوسائٹی](<https://pms.org.pk>) کو عطیہ کر دیا، اور اس کی تفصیل سوسائٹی کی [آن لائن فہرست](<https://pms.org.pk/catalogue?collection=thalvi&sort=shelfmark> "ذخیرۂ تھلوی، آن لائن فہرست") میں موجود ہے۔[^13] بھکر کی ایک سڑک اور گورنمنٹ ڈگری کالج، کوٹلہ جام کا کتب خانہ ان کے نام سے منسوب ہیں۔

# en: Bukhari, Sajjad Haider (1985). *Saraiki Lughat Nawisi ki Tarikh* [A history of Saraiki lexicography]. Multan: Bazm-e-Saqafat. pp. 41–58.
note-bukhari-sajjad-haider-1985 = بخاری، سجاد حیدر (1985ء)۔ *سرائیکی لغت نویسی کی تاریخ*۔ ملتان: بزمِ ثقافت۔ ص 41–58۔

# en: Thalvi, Zahuruddin (1967). *Fihrist-e-Makhtutat-e-Amiria*. Bahawalpur: Amiria Library. pp. i–xii.
note-thalvi-zahuruddin-1967-fihrist = تھلوی، ظہور الدین (1967ء)۔ *فہرستِ مخطوطاتِ امیریہ*۔ بہاولپور: کتب خانۂ امیریہ۔ ص i–xii۔

# en: "The Amiria Library: a short history". *Bulletin of the Punjab Manuscripts Society*. **14** (2): 3–19. 1998.
note-the-amiria-library-a = ”کتب خانۂ امیریہ: ایک مختصر تاریخ“۔ *Bulletin of the Punjab Manuscripts Society*۔ جلد **14**، شمارہ 2: ص 3–19۔ 1998ء۔

# en: Sial, Muhammad Iqbal (1972). *Tarikh-e-Thal* (in Urdu). Layyah: Thal Adabi Sangat. p. 211.
note-sial-muhammad-iqbal-1972 = سیال، محمد اقبال (1972ء)۔ *تاریخِ تھل*۔ لیہ: تھل ادبی سنگت۔ ص 211۔

# en: Faruqi, Abdul Hayy (1931). "Mere talamiz" [My students]. *Majalla-e-Islamia* (in Urdu). **3** (7): 22–25.
note-faruqi-abdul-hayy-1931 = فاروقی، عبدالحی (1931ء)۔ ”میرے تلامیذ“۔ *مجلۂ اسلامیہ*۔ جلد **3**، شمارہ 7: ص 22–25۔

# en: University of the Punjab (1927). *Calendar for the Year 1927–28*. Lahore. p. 388.
note-university-of-the-punjab = جامعہ پنجاب (1927ء)۔ *Calendar for the Year 1927–28*۔ لاہور۔ ص 388۔

# en: Thalvi, Zahuruddin (1958). *Lughat-e-Thal*. Vol. 1. Multan: Bazm-e-Saqafat. pp. 1–9 (Arabic preface).
note-thalvi-zahuruddin-1958-lughat = تھلوی، ظہور الدین (1958ء)۔ *لغتِ تھل*۔ جلد 1۔ ملتان: بزمِ ثقافت۔ ص 1–9 (عربی مقدمہ)۔

# en: "Review of *Lughat-e-Thal*". *The Indus Quarterly*. **2** (4): 77. 1963.
note-review-of-lughat-e = ”*لغتِ تھل* پر تبصرہ“۔ *The Indus Quarterly*۔ جلد **2**، شمارہ 4: ص 77۔ 1963ء۔

# en: Qureshi, Naseem A. (2004). "Arabic in the Thal: a reassessment". *Journal of South Asian Lexicography*. **11**: 101–126. doi:10.5555/jsal.2004.11.101.
note-qureshi-naseem-a-2004 = قریشی، نسیم اے (2004ء)۔ "Arabic in the Thal: a reassessment"۔ *Journal of South Asian Lexicography*۔ جلد **11**: ص 101–126۔ doi:10.5555/jsal.2004.11.101۔

# en: "Qazi Zahuruddin Thalvi passes away". *Daily Nawa-e-Multan* (in Urdu). 16 February 1979. p. 1.
note-qazi-zahuruddin-thalvi-passes = ”قاضی ظہور الدین تھلوی انتقال کر گئے“۔ *روزنامہ نوائے ملتان*۔ 16 فروری 1979ء۔ ص 1۔

# en: Thalvi, Khalid Zahur (1990). *Abba Ji* [Father] (in Urdu). Multan: privately printed. p. 64.
note-thalvi-khalid-zahur-1990 = تھلوی، خالد ظہور (1990ء)۔ *ابا جی*۔ ملتان: نجی اشاعت۔ ص 64۔

# en: "Civil awards announced". *The Gazette of Pakistan, Extraordinary*. 14 August 1970. p. 1121.
note-civil-awards-announced-the = ”سول اعزازات کا اعلان“۔ *گزٹ آف پاکستان، غیر معمولی*۔ 14 اگست 1970ء۔ ص 1121۔

# en: Punjab Manuscripts Society (2019). "Thalvi Collection (MS Thal 1–318)". <https://pms.org.pk/collections/thalvi>. Retrieved 3 January 2025.
note-punjab-manuscripts-society-2019 = پنجاب مخطوطات سوسائٹی (2019ء)۔ ”ذخیرۂ تھلوی (MS Thal 1–318)“۔ <https://pms.org.pk/collections/thalvi>۔ رسائی 3 جنوری 2025ء۔

# en: Punjab announces free solar panels for 50,000 households
title = پنجاب میں ۵۰ ہزار گھرانوں کے لیے مفت سولر پینلز کا اعلان

# en: The scheme, worth Rs 9.5 billion, covers homes that use less than 200 units a month. Applications open on 15 July.
summary = ‫ساڑھے ۹ ارب روپے کی اس اسکیم میں وہ گھر شامل ہیں جو ماہانہ ۲۰۰ یونٹ سے کم بجلی استعمال کرتے ہیں۔ درخواستیں ۱۵ جولائی سے دی جا سکیں گی۔‬

# en: LAHORE: The Punjab govern­ment on Monday an­nounced a scheme to give free solar panels to 50,000 house­holds that use less than 200 units of electri­city a month, at a cost of Rs 9.5 billion.
p-lahore-the-punjab-government = ‫لاہور: پنجاب حکومت نے پیر کے روز ماہانہ ۲۰۰ یونٹ سے کم بجلی استعمال کرنے والے ۵۰ ہزار گھرانوں کو مفت سولر پینل دینے کی اسکیم کا اعلان کیا، جس پر ‏Rs 9.5‏ ارب لاگت آئے گی۔‬

# en: Speaking at a press con­ference, the provincial energy minister said that each house­hold would receive a 550-watt system with an inverter and a battery, and that the first instal­lations would begin in Sep­tember. "This is not charity; it is an invest­ment in the future of our people," she said.
p-speaking-at-a-press = ‫ایک پریس​کانفرنس سے خطاب کرتے ہوئے صوبائی وزیرِ توانائی نے کہا کہ ہر گھرانے کو انورٹر اور بیٹری کے ساتھ ‎550 واٹ‎ کا نظام ملے گا، اور پہلی تنصیبات ستمبر میں شروع ہوں گی۔ ”یہ خیرات نہیں؛ یہ ہمارے لوگوں کے مستقبل میں سرمایہ کاری ہے،“ انہوں نے کہا۔‬

# en: Who can apply
h-who-can-apply = کون درخواست دے سکتا ہے

# en: Applicants must:
p-applicants-must = درخواست گزار کے لیے ضروری ہے کہ وہ:

# en: be permanent residents of Punjab, with a valid CNIC;
li-be-permanent-residents-of = پنجاب کا مستقل رہائشی ہو، اور اس کے پاس کارآمد ‎CNIC‎ ہو؛

# en: have used less than 200 units a month in each of the last six months;
li-have-used-less-than = گزشتہ چھ مہینوں میں سے ہر مہینے ۲۰۰ یونٹ سے کم بجلی استعمال کی ہو؛

# en: not be government employees of grade 17 or above.
li-not-be-government-employees = گریڈ ‏17‏ یا اس سے اوپر کا سرکاری ملازم نہ ہو۔

# en: Applications open on 15 July and close on 15 August. They can be submitted online at https://solar.punjab.example.pk or by sending an SMS with the CNIC number to 8070.
p-applications-open-on-15 = درخواستیں ۱۵ جولائی سے ۱۵ اگست تک دی جا سکیں گی۔ یہ آن لائن https://solar.punjab.example.pk پر، یا شناختی کارڈ نمبر ‏8070‏ پر ایس ایم ایس کر کے جمع کرائی جا سکتی ہیں۔

# en: Reaction
h-reaction = ردِعمل

# en: The opposition welcomed the scheme but asked how the panels would be main­tained. "Who will repair a panel in Rajanpur when it breaks?" an opposi­tion member asked in the assembly.
p-the-opposition-welcomed-the = اپوزیشن نے اسکیم کا خیرمقدم کیا لیکن پوچھا کہ پینلز کی دیکھ​بھال کیسے ہو گی۔ ”راجن پور میں پینل ٹوٹ گیا تو اسے کون ٹھیک کرے گا؟“ ایک اپوزیشن رکن نے اسمبلی میں سوال کیا۔

# en: Energy experts said the scheme could cut the province's peak demand by about 25 MW. 🌞⚡
p-energy-experts-said-the = توانائی کے ماہرین کا کہنا تھا کہ اس اسکیم سے صوبے کی زیادہ سے زیادہ طلب میں تقریباً ‏25 MW‏ کمی آ سکتی ہے۔ 🌞⚡

# en: An evening of Punjabi and Saraiki Sufi poetry at the Alhamra
title = الحمرا میں پنجابی اور سرائیکی صوفی شاعری کی ایک شام

# en: Bulleh Shah's kafis, a rubai of Sarmad, a dohra of Khwaja Ghulam Farid and a chorus in Roman Urdu: about 1,200 people stayed until 11:30 pm.
summary = بلھے شاہ کی کافیاں، سرمد کی ایک رباعی، خواجہ غلام فرید کا ایک دوہڑا اور رومن اردو میں ایک کورس: تقریباً ۱۲۰۰ لوگ رات ساڑھے گیارہ بجے تک رُکے رہے۔

# en: On International Mother Language Day (21 February), the Alhamra Arts Council in Lahore held an evening of Sufi folk poetry. Tickets cost Rs 500; about 1,200 people came, and most stayed until 11:30 pm.
p-on-international-mother-language = مادری زبانوں کے عالمی دن ‏(۲۱ فروری)‏ پر لاہور کی الحمرا آرٹس کونسل نے صوفی لوک شاعری کی ایک شام منعقد کی۔ ٹکٹ ‏Rs 500‏ کا تھا؛ تقریباً 1,200 لوگ آئے اور زیادہ تر رات 11:30 بجے تک رُکے رہے۔

# en: Bulleh Shah
h-bulleh-shah = بلھے شاہ

# en: The evening opened with the most famous kafi of Bulleh Shah (1680–1757), sung in Punjabi by a group from Kasur:
p-the-evening-opened-with = شام کا آغاز بلھے شاہ (۱۶۸۰ء–۱۷۵۷ء) کی مشہور ترین کافی سے ہوا، جو قصور سے آئی ایک ٹولی نے پنجابی میں گائی:

# en: Bulleya, who knows who I am?\
# en: I am not a believer in the mosques.
quote-bulleya-who-knows-who = 
    بُلھیا کیہ جاݨاں میں کوݨ\
    نہ میں مومن وِچ مسیتاں

# en: The singer repeated the first line again and again, as qawwals do, and the hall answered her each time.
p-the-singer-repeated-the = گلوکارہ نے پہلا مصرع بار بار دہرایا، جیسے قوال کرتے ہیں، اور ہر بار ہال نے اُسے جواب دیا۔

# en: A rubai of Sarmad
h-a-rubai-of-sarmad = سرمد کی ایک رباعی

# en: Sarmad, the Persian poet executed in Delhi in 1661, wrote quatrains that are still recited at Sufi gatherings. This one was read in Persian:
p-sarmad-the-persian-poet = سرمد، فارسی کے وہ شاعر جنہیں ۱۶۶۱ء میں دہلی میں قتل کیا گیا، ایسی رباعیاں کہہ گئے جو آج بھی صوفی محفلوں میں پڑھی جاتی ہیں۔ یہ رباعی فارسی میں پڑھی گئی:

# en: Sarmad, your complaint is long; cut it short,\
# en: and of these two things do only one:\
# en: either give your life to please the Friend,\
# en: or turn your eyes away from the Friend.
quote-sarmad-your-complaint-is = 
    سرمد گلہ اختصار می باید کرد\
    یک کار ازیں دو کار می باید کرد\
    یا تن بہ رضائے یار می باید داد\
    یا قطع نظر ز یار می باید کرد

# en: Khwaja Ghulam Farid
h-khwaja-ghulam-farid = خواجہ غلام فریدؒ

# en: A Saraiki dohra of Khwaja Ghulam Farid (1845–1901), the poet of the Rohi, came next:
p-a-saraiki-dohra-of = اس کے بعد روہی کے شاعر خواجہ غلام فریدؒ (۱۸۴۵ء–۱۹۰۱ء) کا ایک سرائیکی دوہڑا سنایا گیا:

# en: Come, my love, the Rohi is green again;\
# en: the clouds have come, and the sand is cool.
quote-come-my-love-the = 
    آ سانول، روہی ول ساوی تھئی\
    بدلیاں آیاں، ٻیٹ ٹھڈھڑی تھئی

# en: A nazm in three lines
h-a-nazm-in-three = تین مصرعوں کی ایک نظم

# en: A young poet from Multan read a short nazm of three lines, which the audience asked to hear twice:
p-a-young-poet-from = ملتان کے ایک نوجوان شاعر نے تین مصرعوں کی ایک مختصر نظم پڑھی، جو حاضرین نے دو بار سننے کی فرمائش کی:

# en: The night is long,\
# en: the lamp is low,\
# en: and still you do not come.
quote-the-night-is-long = 
    رات لمبی ہے،\
    دِیا مدھم ہے،\
    اور تم اب بھی نہیں آتے۔

# en: The audience then sang the chorus in Roman Urdu, as it was printed on the programme: *"Dama dam mast Qalandar, Ali da pehla number"*.
p-the-audience-then-sang = پھر حاضرین نے کورس رومن اردو میں گایا، جیسا کہ پروگرام پر چھپا تھا: *"Dama dam mast Qalandar, Ali da pehla number"*۔

# en: The Sindhi singer who closed the evening wrote the name of his song on the programme in Sindhi: ڪافي, with the Sindhi kaf, in Sindh ۾ (in) and all.
p-the-sindhi-singer-who = شام کا اختتام کرنے والے سندھی گلوکار نے پروگرام پر اپنے گیت کا نام سندھی میں لکھا: ڪافي، سندھی کاف کے ساتھ، اور ”سنڌ ۾“ بھی۔

# en: Item
cell-item = صنف

# en: Poet
cell-poet = شاعر

# en: Language
cell-language = زبان

# en: Minutes
cell-minutes = منٹ

# en: Kafi
cell-kafi = کافی

# en: Punjabi
cell-punjabi = پنجابی

# en: Rubai
cell-rubai = رباعی

# en: Sarmad
cell-sarmad = سرمد

# en: Persian
cell-persian = فارسی

# en: Dohra
cell-dohra = دوہڑا

# en: Saraiki
cell-saraiki = سرائیکی

# en: Nazm
cell-nazm = نظم

# en: Young poet
cell-young-poet = نوجوان شاعر

# en: Urdu
cell-urdu = اردو

# en: Our rating: ★★★★☆ (4/5). Tickets for the next evening, on 21 March, are at the Alhamra box office; bookings at events@alhamra.example.pk or +92-42-99200921.
p-our-rating-4-5 = ہماری درجہ بندی: ★★★★☆ (4/5)۔ اگلی شام، ۲۱ مارچ، کے ٹکٹ الحمرا کے ٹکٹ گھر پر دستیاب ہیں؛ بکنگ کے لیے events@alhamra.example.pk یا ‎+92-42-99200921‎۔

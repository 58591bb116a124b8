### Urdu translation of content/punjab-wheat-package.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu
# en: Punjab approves Rs 12 billion package for wheat farmers; Kissan Card for 500,000 growers
title = پنجاب حکومت کا گندم کے کاشتکاروں کیلئے ۱۲ ارب روپے کے پیکج کا اعلان، ۵ لاکھ کسانوں کو کسان کارڈ ملے گا

# features: digits-urdu, decimals-percent
# en: The provincial cabinet also fixed the price of a 20 kg bag of flour at Rs 1,250 for the next three months.
summary = صوبائی کابینہ نے آئندہ تین ماہ کیلئے آٹے کے ۲۰ کلو تھیلے کی قیمت ۱٬۲۵۰ روپے مقرر کر دی۔

# features: digits-urdu
# en: LAHORE (Our Correspondent): The Punjab cabinet on Wednesday approved a relief package of Rs 12 billion for wheat farmers, under which 500,000 small growers will receive the Kissan Card in the first phase.
p-lahore-our-correspondent-the = لاہور (اپنے نمائندے سے) پنجاب کابینہ نے بدھ کے روز گندم کے کاشتکاروں کیلئے ۱۲ ارب روپے کے ریلیف پیکج کی منظوری دیدی جس کے تحت پہلے مرحلے میں ۵ لاکھ چھوٹے کاشتکاروں کو کسان کارڈ جاری کئے جائینگے۔

# features: digits-urdu, decimals-percent
# en: According to sources, the package was approved at a meeting chaired by the Chief Minister, at which the price of a 20 kg bag of flour was also fixed at Rs 1,250.
p-according-to-sources-the = ذرائع کے مطابق پیکج کی منظوری وزیراعلیٰ کی زیر صدارت اجلاس میں دی گئی جس میں آٹے کے ۲۰ کلو کے تھیلے کی قیمت بھی ۱٬۲۵۰ روپے مقرر کی گئی۔

# features: digits-urdu, decimals-percent, dates
# en: Officials told the meeting that wheat production in 2023-24 was 3.5 percent higher than last year, while the government's storage capacity covers only 45% of the need.
p-officials-told-the-meeting = اجلاس کو بریفنگ دیتے ہوئے حکام نے بتایا کہ ۲۰۲۳–۲۴ء میں گندم کی پیداوار گزشتہ سال کے مقابلے میں ۳٫۵ فیصد زیادہ رہی جبکہ حکومت کے پاس ذخیرہ کرنے کی گنجائش ضرورت کا صرف ۴۵٪ ہے۔

# features: digits-urdu, dates, quotes-punct
# en: In the fiscal year 2022-23 the province bought 3.5 million tonnes of wheat; this year the target is only 2 million tonnes, which farmers call "an economic murder".
p-in-the-fiscal-year = مالی سال ۲۰۲۲-۲۳ء میں صوبے نے ۳۵ لاکھ ٹن گندم خریدی تھی، رواں سال ہدف صرف ۲۰ لاکھ ٹن رکھا گیا ہے جسے کسان ’’معاشی قتل‘‘ قرار دے رہے ہیں۔

# features: digits-urdu
# en: The farmers' organisation Kissan Ittehad rejected the package and announced a protest in front of the Punjab Assembly on 25 April.
p-the-farmers-organisation-kissan = کسانوں کی تنظیم کسان اتحاد نے پیکج مسترد کرتے ہوئے ۲۵ اپریل کو پنجاب اسمبلی کے سامنے احتجاج کا اعلان کردیا ہے۔

# features: digits-urdu, digits-western, decimals-percent, quotes-punct, arabic-letters
# en: Speaking to the press, the organisation's chairman said: "Growing one maund of wheat now costs Rs 3,400, while in the open market it sells for Rs 2,900. Who will make up the difference of Rs 500?"
p-speaking-to-the-press = میڈیا سے گفتگو کرتے ہوئے تنظیم کے چیئرمین نے کہا کہ ’’ایک من گندم اگانے پر اب ۳٬۴۰۰ روپے خرچ آتا ہے جبکہ کھلی منڈی میں یہ ۲٬۹۰۰ روپے میں بک رہی ہے، 500 روپے کا فرق کون پورا کريگا؟‘‘

# features: none
# en: The flour mills' position
h-the-flour-mills-position = فلور ملز کا موقف

# features: digits-urdu, decimals-percent
# en: The Pakistan Flour Mills Association said that if the ban on moving wheat between provinces is not lifted, 45% of the mills in the province could close within a month.
p-the-pakistan-flour-mills = پاکستان فلور ملز ایسوسی ایشن کا کہنا ہے کہ اگر گندم کی بین الصوبائی نقل و حمل پر عائد پابندی نہ ہٹائی گئی تو ایک ماہ کے اندر صوبے کی ۴۵٪ ملیں بند ہو سکتی ہیں۔

# features: digits-urdu, decimals-percent, dates
# en: It should be noted that in 2022-23 the price of flour rose by up to 90 percent, and long queues were seen at sale points across the province.
p-it-should-be-noted = واضح رہے کہ ۲۰۲۲-۲۳ء میں آٹے کی قیمت میں ۹۰ فیصد تک اضافہ ہوا تھا اور صوبے بھر میں سیل پوائنٹس پر لمبی لمبی قطاریں دیکھنے میں آئی تھیں۔

# features: digits-urdu, decimals-percent, dates, latin-stop
# en: The cabinet also approved Rs 1.5 billion for the repair of 1,250 km of farm-to-market roads, and ordered that the Kissan Card payments be completed by 30 June 2024.
p-the-cabinet-also-approved = کابینہ نے ۱٬۲۵۰ کلومیٹر فارم ٹو مارکیٹ سڑکوں کی مرمت کیلئے ۱٫۵ ارب روپے کی بھی منظوری دی اور ہدایت کی کہ کسان کارڈ کی ادائیگیاں ۳۰ جون ۲۰۲۴ء تک مکمل کی جائیں.

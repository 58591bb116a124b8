### Urdu translation of content/monsoon-floods-ndma.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu, quotes-punct
# en: Monsoon floods: over 1.2 million affected in Sindh and Balochistan, says NDMA
title = مون سون سیلاب: سندھ اور بلوچستان میں ۱۲ لاکھ سے زائد افراد متاثر ہوئے، این ڈی ایم اے

# features: digits-urdu, decimals-percent
# en: The disaster authority's latest figures show that 40% of damaged homes are in three districts, while relief funding remains far short of need.
summary = ادارے کے تازہ اعداد و شمار کے مطابق متاثرہ گھروں میں سے ۴۰٪ صرف تین اضلاع میں ہیں، جبکہ امدادی فنڈز ضرورت سے کہیں کم ہیں۔

# features: digits-urdu, digits-western, decimals-percent, latin-in-parens, quotes-punct
# en: ISLAMABAD: The National Disaster Management Authority (NDMA) said on Tuesday that monsoon rains since 1 July have affected more than 1,200,000 people in Sindh and Balochistan, and that at least 214 people have lost their lives.
p-islamabad-the-national-disaster = اسلام آباد: قومی ادارہ برائے انسدادِ آفات (NDMA) نے منگل کو بتایا کہ یکم جولائی سے جاری مون سون بارشوں سے سندھ اور بلوچستان میں ۱٬۲۰۰٬۰۰۰ سے زائد افراد متاثر ہوئے ہیں، جبکہ کم از کم 214 افراد جاں بحق ہو چکے ہیں۔

# features: digits-urdu, decimals-percent, dates, repeated-spaces
# en: According to the authority's situation report of 27 August 2024, 40% of the 86,500 damaged houses are in the Dadu, Jacobabad and Naseerabad districts. Rainfall in Jacobabad this season has been 3.5 times the normal average.
p-according-to-the-authority = ادارے کی ۲۷ اگست ۲۰۲۴ء کی صورتحال رپورٹ کے مطابق ۸۶٬۵۰۰ متاثرہ مکانات میں سے ۴۰٪ دادو، جیکب آباد اور نصیر آباد کے اضلاع میں ہیں۔  جیکب آباد میں اس سیزن کی بارش معمول کی اوسط سے ۳٫۵ گنا زیادہ رہی۔

# features: digits-urdu, digits-western, decimals-percent, quotes-punct, nbsp
# en: "The flow at Sukkur Barrage was 420,000 cusecs on Monday night," an NDMA spokesman told reporters. "We expect it to fall by about 15% by the end of the week, but the danger is not over."
p-the-flow-at-sukkur = “سکھر بیراج پر پیر کی رات پانی کا بہاؤ ۴ لاکھ ۲۰ ہزار کیوسک تھا،” این ڈی ایم اے کے ترجمان نے صحافیوں کو بتایا۔ “ہمیں توقع ہے کہ ہفتے کے آخر تک اس میں تقریباً 15% کمی آئے گی، لیکن خطرہ ابھی ٹلا نہیں!”

# features: digits-western, latin-in-parens, url-email
# en: The Human Rights Commission of Pakistan (HRCP) criticised the slow pace of relief, saying tents, clean water and medicines had not reached many camps. The full statement was reported at https://www.dawn.com/news/1234567.
p-the-human-rights-commission = انسانی حقوق کمیشن پاکستان (HRCP) نے امدادی کارروائیوں کی سست رفتاری پر تنقید کرتے ہوئے کہا کہ کئی کیمپوں تک خیمے، صاف پانی اور ادویات اب تک نہیں پہنچیں۔ مکمل بیان https://www.dawn.com/news/1234567 پر رپورٹ کیا گیا۔

# features: none
# en: A funding gap
h-a-funding-gap = فنڈز کی کمی

# features: honorific-detached, digits-urdu, decimals-percent, latin-in-parens, nbsp
# en: The Sindh government has released Rs 2.5 billion so far, but officials estimate the need at Rs 11 billion. The World Health Organization (WHO) has warned of cholera and dengue outbreaks in the camps, where 1 in 3 children is already showing signs of malnutrition.
p-the-sindh-government-has = سندھ حکومت اب تک ۲٫۵ ارب روپے جاری کر چکی ہے، لیکن حکام کے مطابق ضرورت ۱۱ ارب روپے کی ہے۔ عالمی ادارہ ٔ صحت (World Health Organization) نے کیمپوں میں ہیضے اور ڈینگی کے پھیلاؤ کا خدشہ ظاہر کیا ہے، جہاں ہر ۳ میں سے ۱ بچے میں غذائی قلت کی علامات پہلے ہی ظاہر ہو رہی ہیں۔

# features: digits-urdu, dates
# en: Memories of 2022 are still fresh. The floods of that year, which began on 14 June 2022, affected 33 million people and caused damage estimated at more than $30 billion.
p-memories-of-2022-are = ۲۰۲۲ء کی یادیں ابھی تازہ ہیں۔ اُس سال ۱۴ جون ۲۰۲۲ء سے شروع ہونے والے سیلاب نے ۳ کروڑ ۳۰ لاکھ افراد کو متاثر کیا تھا اور نقصانات کا تخمینہ ۳۰ ارب ڈالر سے زیادہ لگایا گیا تھا۔

# features: digits-western, dates, url-email
# en: The authority has asked citizens to report missing persons on its helpline 1700 or by e-mail to info@ndma.gov.pk. The next situation report is due on 2024-09-01.
p-the-authority-has-asked = ادارے نے شہریوں سے کہا ہے کہ لاپتہ افراد کی اطلاع ہیلپ لائن 1700 یا ای میل info@ndma.gov.pk پر دیں۔ اگلی صورتحال رپورٹ 2024-09-01 کو جاری کی جائے گی۔

# en: How to renew your CNIC online
title = شناختی کارڈ کی آن لائن تجدید کیسے کریں

# en: A step-by-step guide to renewing a national identity card through the Pak-ID app, with fees and delivery times.
summary = ‎Pak-ID‎ ایپ کے ذریعے قومی شناختی کارڈ کی تجدید کا مرحلہ وار طریقہ، فیس اور ترسیل کے دورانیے کے ساتھ۔

# en: Since 2023, NADRA lets citizens renew their Computerised National Identity Card (CNIC) without visiting an office. You need a smartphone, your old card and about 15 minutes.
p-since-2023-nadra-lets = ‏2023ء‏ سے نادرا شہریوں کو کسی دفتر گئے بغیر اپنے کمپیوٹرائزڈ قومی شناختی کارڈ ‎(CNIC)‎ کی تجدید کی سہولت دیتا ہے۔ آپ کو ایک اسمارٹ فون، اپنا پرانا کارڈ اور تقریباً ‏15‏ منٹ درکار ہیں۔

# en: Before you start
h-before-you-start = شروع کرنے سے پہلے

# en: Your old CNIC, or its number if it is lost
li-your-old-cnic-or = آپ کا پرانا شناختی کارڈ، یا گم ہونے کی صورت میں اس کا نمبر

# en: A mobile number registered in your own name
li-a-mobile-number-registered = آپ کے اپنے نام پر رجسٹرڈ موبائل نمبر

# en: A debit or credit card for the fee
li-a-debit-or-credit = فیس کے لیے ڈیبٹ​یا کریڈٹ کارڈ

# en: Steps
h-steps = مراحل

# en: Install the Pak-ID app from the Play Store or the App Store.
li-install-the-pak-id = پلے اسٹور یا ایپ اسٹور سے ‎Pak-ID‎ ایپ انسٹال کریں۔

# en: Register with your CNIC number and mobile number; you will receive a 6-digit code by SMS.
li-register-with-your-cnic = اپنے شناختی کارڈ نمبر اور موبائل نمبر سے رجسٹر کریں؛ آپ کو ایس ایم ایس پر ‏6‏ ہندسوں کا کوڈ ملے گا۔

# en: Choose "Renewal" and check your details.
li-choose-renewal-and-check = ”تجدید“ منتخب کریں اور اپنی تفصیلات جانچ لیں۔

# en: Take a photo against a plain white wall, and scan your fingerprints with the phone's camera.
li-take-a-photo-against = سادہ سفید دیوار کے سامنے تصویر کھینچیں، اور فون کے کیمرے سے اپنی انگلیوں کے نشانات اسکین کریں۔

# en: Pay the fee and note the tracking number (for example, 2024-05-1234567).
li-pay-the-fee-and = فیس ادا کریں اور ٹریکنگ نمبر نوٹ کر لیں ‏(مثلاً ‎2024-05-1234567‎)‏۔

# en: Fees
h-fees = فیس

# en: The normal fee is Rs 750 and delivery takes about 30 days; the urgent fee is Rs 1,500 (15 days) and the executive fee Rs 2,500 (7 days).
p-the-normal-fee-is = عام فیس ‏Rs 750‏ ہے اور ترسیل میں تقریباً ۳۰ دن لگتے ہیں؛ ارجنٹ فیس ‏Rs 1,500‏ (۱۵ دن) اور ایگزیکٹو فیس ‏Rs 2,500‏ (۷ دن) ہے۔

# en: If the app rejects your fingerprints three times, visit any NADRA office between 9:00 am and 5:00 pm, Monday to Friday.
p-if-the-app-rejects = اگر ایپ تین بار آپ کے انگلیوں کے نشانات مسترد کر دے تو پیر سے جمعہ، صبح ‏9:00‏ سے شام ‏5:00‏ بجے کے درمیان نادرا کے کسی بھی دفتر جائیں۔


### Urdu translation of content/whatsapp-pta-scam-guide.md. Above each message, `# en:` records the English it was translated from.

# features: latin-words, emoji, quotes-punct
# en: Got a WhatsApp call from "PTA"? How to spot the SIM-block scam 📱
title = WhatsApp پر ”PTA“ کی کال آئی ہے؟ سم بلاک کرنے والا فراڈ کیسے پہچانیں 📱

# features: latin-words, digits-western, quotes-punct
# en: Fake PTA calls, OTP tricks and 5G rumours: a plain guide to keeping your WhatsApp, your SIM and your bank account safe.
summary = PTA کے نام پر جعلی کالز، OTP کے دھوکے اور 5G کی افواہیں: اپنا WhatsApp، اپنی SIM اور اپنا بینک اکاؤنٹ محفوظ رکھنے کے لیے ایک آسان گائیڈ۔

# features: latin-words, emoji, quotes-punct
# en: Last week my khala got a WhatsApp call from a number with the PTA logo as its profile picture. The man on the line said that her SIM would be blocked in two hours unless she "verified" it with a six-digit code. She almost read it out! Luckily she called me first 😅 If this has happened in your family too, this post is for you.
p-last-week-my-khala = پچھلے ہفتے میری خالہ کو WhatsApp پر ایک ایسے نمبر سے کال آئی جس کی پروفائل تصویر PTA کا لوگو تھی۔ کال کرنے والے نے کہا کہ اگر انہوں نے چھ ہندسوں والے کوڈ سے اپنی سم ”ویریفائی“ نہ کروائی تو دو گھنٹے میں بلاک ہو جائے گی۔ وہ کوڈ بتانے ہی والی تھیں! شکر ہے انہوں نے پہلے مجھے فون کر لیا 😅 اگر آپ کے خاندان میں بھی ایسا ہوا ہے تو یہ پوسٹ آپ کے لیے ہے۔

# features: none
# en: How the scam works
h-how-the-scam-works = یہ فراڈ کیسے ہوتا ہے

# features: latin-words, latin-in-parens, quotes-punct
# en: The caller wants your WhatsApp one-time password (OTP). When WhatsApp is set up on a new phone, a six-digit code is sent to your number by SMS. If you give that code to someone else, they can log in to your account on their own phone, lock you out, and message everyone in your contacts asking for money "urgently" through JazzCash or Easypaisa.
p-the-caller-wants-your = کال کرنے والے کو آپ کا WhatsApp کا ون ٹائم پاس ورڈ (OTP) چاہیے۔ جب کسی نئے فون پر WhatsApp سیٹ اپ کیا جاتا ہے تو آپ کے نمبر پر SMS کے ذریعے چھ ہندسوں کا ایک کوڈ آتا ہے۔ اگر آپ یہ کوڈ کسی اور کو دے دیں تو وہ اپنے فون پر آپ کے اکاؤنٹ میں لاگ اِن کر کے آپ کو باہر کر سکتا ہے، اور آپ کے تمام کانٹیکٹس کو میسج کر کے JazzCash یا Easypaisa کے ذریعے ”فوری“ پیسے مانگ سکتا ہے۔

# features: latin-words, emoji, quotes-punct
# en: The PTA does not call people on WhatsApp, and no bank or government office will ever ask you for a code. The rule is simple: never share an OTP, with anyone, for any reason. ⚠️
p-the-pta-does-not = PTA لوگوں کو WhatsApp پر کال نہیں کرتی، اور کوئی بینک یا سرکاری دفتر آپ سے کبھی کوڈ نہیں مانگے گا۔ اصول سیدھا سا ہے: OTP کبھی کسی کو نہ بتائیں، کسی بھی وجہ سے۔ ⚠️

# features: none
# en: Red flags at a glance
h-red-flags-at-a = خطرے کی علامات ایک نظر میں

# features: table-cell
# en: What they say
cell-what-they-say = وہ کیا کہتے ہیں

# features: table-cell
# en: What is really happening
cell-what-is-really-happening = اصل میں کیا ہو رہا ہے

# features: table-cell, quotes-punct
# en: What to do
cell-what-to-do = آپ کیا کریں؟

# features: table-cell, digits-western, quotes-punct
# en: "Your SIM will be blocked in 2 hours"
cell-your-sim-will-be = ”آپ کی سم 2 گھنٹے میں بلاک ہو جائے گی“

# features: table-cell, quotes-punct
# en: Pressure, so that you do not think
cell-pressure-so-that-you = دباؤ، تاکہ آپ سوچ نہ سکیں

# features: table-cell
# en: Hang up and call your network's helpline
cell-hang-up-and-call = فون بند کریں اور اپنی موبائل کمپنی کی ہیلپ لائن پر کال کریں

# features: table-cell, quotes-punct
# en: "Tell us the code we just sent you"
cell-tell-us-the-code = ”ابھی جو کوڈ بھیجا ہے وہ بتا دیں“

# features: table-cell, latin-words
# en: They are logging in to your WhatsApp
cell-they-are-logging-in = وہ آپ کے WhatsApp میں لاگ اِن کر رہے ہیں

# features: table-cell, quotes-punct
# en: Never share it; turn on two-step verification
cell-never-share-it-turn = کبھی نہ بتائیں؛ ٹو اسٹیپ ویریفکیشن آن کریں

# features: table-cell, digits-western, latin-words, quotes-punct
# en: "You have won Rs 25,000 in the BISP draw"
cell-you-have-won-rs = ”آپ کا BISP قرعہ اندازی میں Rs 25,000 کا انعام نکلا ہے“

# features: table-cell, latin-words
# en: A fake prize to get your CNIC number
cell-a-fake-prize-to = آپ کا CNIC نمبر حاصل کرنے کے لیے جعلی انعام

# features: table-cell, digits-western, latin-words
# en: Check only by SMS to 8171
cell-check-only-by-sms = صرف 8171 پر SMS کر کے تصدیق کریں

# features: table-cell, digits-western, latin-words, quotes-punct
# en: "Your 4G SIM must be upgraded to 5G"
cell-your-4g-sim-must = ”آپ کی 4G سم کو 5G پر اپ گریڈ کرنا لازمی ہے“

# features: table-cell
# en: There is no such upgrade
cell-there-is-no-such = ایسا کوئی اپ گریڈ ہوتا ہی نہیں

# features: table-cell
# en: Ignore it and block the number
cell-ignore-it-and-block = نظرانداز کریں اور نمبر بلاک کر دیں

# features: table-cell, url-email
# en: A link like bit.ly/pta-verify
cell-a-link-like-bit = bit.ly/pta-verify جیسا کوئی لنک

# features: table-cell
# en: A phishing page that steals passwords
cell-a-phishing-page-that = پاس ورڈ چرانے والا جعلی (فشنگ) پیج

# features: table-cell
# en: Do not open it
cell-do-not-open-it = اسے مت کھولیں

# features: latin-words
# en: Lock your WhatsApp in two minutes
h-lock-your-whatsapp-in = اپنا WhatsApp دو منٹ میں لاک کریں

# features: latin-words, emoji, quotes-punct
# en: Open WhatsApp and go to **Settings → Account → Two-step verification**, then choose a six-digit PIN that is not your date of birth. Add an email address too, so that you can reset the PIN if you forget it. Now even if someone gets your SMS code, they cannot log in without the PIN. 🔒
p-open-whatsapp-and-go = WhatsApp کھولیں اور **Settings → Account → Two-step verification** میں جائیں، پھر چھ ہندسوں کا کوئی ایسا PIN رکھیں جو آپ کی تاریخِ پیدائش نہ ہو۔ ساتھ میں ای میل ایڈریس بھی شامل کر دیں تاکہ PIN بھول جانے کی صورت میں اسے ری سیٹ کر سکیں۔ اب اگر کسی کے ہاتھ آپ کا SMS کوڈ لگ بھی گیا تو وہ PIN کے بغیر لاگ اِن نہیں کر سکے گا۔ 🔒

# features: quotes-punct
# en: While you are at it, check three more things:
p-while-you-are-at = اسی دوران تین اور چیزیں بھی چیک کر لیں:

# features: digits-western, latin-words
# en: To see how many SIMs are registered on your CNIC, send your CNIC number without dashes in an SMS to 668.
li-to-see-how-many = یہ دیکھنے کے لیے کہ آپ کے CNIC پر کتنی سمیں رجسٹرڈ ہیں، اپنا CNIC نمبر ڈیش کے بغیر 668 پر SMS کریں۔

# features: digits-western, latin-words, url-email
# en: To check whether your phone is PTA-approved, dial `*#06#` to see its IMEI, then send the IMEI to 8484 or check it at https://dirbs.pta.gov.pk.
li-to-check-whether-your = یہ جاننے کے لیے کہ آپ کا فون PTA سے منظور شدہ ہے یا نہیں، `*#06#` ڈائل کر کے اس کا IMEI دیکھیں، پھر IMEI نمبر 8484 پر بھیجیں یا https://dirbs.pta.gov.pk پر چیک کریں۔

# features: latin-words, quotes-punct
# en: In WhatsApp, turn on `Silence unknown callers` under Privacy → Calls, so that calls from strange numbers do not even ring.
li-in-whatsapp-turn-on = WhatsApp میں Privacy → Calls کے اندر `Silence unknown callers` آن کر دیں، تاکہ انجان نمبروں سے آنے والی کالز کی گھنٹی ہی نہ بجے۔

# features: digits-western, latin-words, quotes-punct
# en: And what about 5G?
h-and-what-about-5g = اور 5G کا کیا بنا؟

# features: digits-western, latin-words, quotes-punct
# en: 5G has not been launched in Pakistan yet. The government plans to auction the spectrum in 2025, and the operators say that the first commercial service will come to Islamabad, Lahore and Karachi. So anyone who offers to "activate 5G" on your SIM for Rs 500 is lying. When it does come, you will need a 5G phone, but your present SIM will most likely keep working.
p-5g-has-not-been = پاکستان میں 5G ابھی لانچ نہیں ہوا۔ حکومت 2025 میں اسپیکٹرم کی نیلامی کا ارادہ رکھتی ہے، اور موبائل کمپنیوں کا کہنا ہے کہ پہلی کمرشل سروس اسلام آباد، لاہور اور کراچی میں شروع ہو گی۔ اس لیے جو کوئی بھی Rs 500 کے عوض آپ کی سم پر ”5G ایکٹیویٹ“ کرنے کی پیشکش کرے وہ جھوٹ بول رہا ہے۔ جب 5G آئے گا تو آپ کو 5G والا فون درکار ہو گا، لیکن غالب امکان ہے کہ آپ کی موجودہ سم چلتی رہے گی۔

# features: digits-western, latin-words, quotes-punct
# en: One more thing: a 5G phone bought abroad must still be registered with the PTA through DIRBS, and the tax must be paid, or it will be blocked after 60 days.
p-one-more-thing-a = ایک بات اور: بیرونِ ملک سے خریدا گیا 5G فون بھی DIRBS کے ذریعے PTA میں رجسٹر کروانا اور اس کا ٹیکس ادا کرنا ضروری ہے، ورنہ 60 دن بعد بلاک ہو جائے گا۔

# features: quotes-punct
# en: If it has already happened
h-if-it-has-already = اگر ایسا ہو ہی چکا ہے تو؟

# features: digits-western, latin-words, url-email, quotes-punct
# en: Do not panic. Reinstall WhatsApp, log in with your own number and the SMS code, and email support@whatsapp.com with the subject "Lost/Stolen: Please deactivate my account". Then warn your contacts on Facebook or by SMS, and report the number to the FIA Cybercrime Wing on 1991 or through its online complaint form.
p-do-not-panic-reinstall = گھبرائیں نہیں۔ WhatsApp دوبارہ انسٹال کریں، اپنے نمبر اور SMS کوڈ سے لاگ اِن کریں، اور support@whatsapp.com پر ای میل بھیجیں جس کا سبجیکٹ ہو "Lost/Stolen: Please deactivate my account"۔ پھر Facebook یا SMS کے ذریعے اپنے کانٹیکٹس کو خبردار کریں، اور اس نمبر کی شکایت FIA سائبر کرائم ونگ کو 1991 پر یا اس کے آن لائن شکایت فارم کے ذریعے کریں۔

# features: latin-words, url-email, emoji, quotes-punct
# en: My khala now tells everyone in the family group about two-step verification, so the lesson has spread faster than the scam did 😂 Share this post with your own family group 👍 and tag anyone who needs it. Questions? Email me at usman.tariq@example.com or use #WhatsAppScam and #StaySafePK on X. Stay safe! 🇵🇰
p-my-khala-now-tells = اب میری خالہ فیملی گروپ میں سب کو ٹو اسٹیپ ویریفکیشن کے بارے میں بتاتی ہیں، یعنی سبق فراڈ سے بھی زیادہ تیزی سے پھیل گیا 😂 یہ پوسٹ اپنے فیملی گروپ میں بھی شیئر کریں 👍 اور جسے ضرورت ہو اسے ٹیگ کریں۔ کوئی سوال ہو تو مجھے usman.tariq@example.com پر ای میل کریں یا X پر #WhatsAppScam اور #StaySafePK استعمال کریں۔ محفوظ رہیں! 🇵🇰

### Urdu translation of content/two-step-verification-guide.md. Above each message, `# en:` records the English it was translated from.

# features: digits-western, digits-urdu, latin-words, dates, quotes-punct
# en: Two-step verification in 15 minutes: lock your Gmail, WhatsApp and bank app (2025 guide)
title = صرف 15 منٹ میں ٹو اسٹیپ ویریفکیشن: اپنا Gmail، WhatsApp اور بینک ایپ محفوظ کریں (۲۰۲۵ء گائیڈ)

# features: zwnj-zwj, latin-in-parens, latin-words, quotes-punct
# en: A strong password is no longer enough. A step-by-step guide to authenticator apps, backup codes and the OTP scams aimed at Pakistani users, with a checklist at the end.
summary = مضبوط پاس‌ورڈ اب کافی نہیں۔ آتھنٹیکیٹر ایپس (authenticator apps)، بیک اپ کوڈز اور پاکستانی صارفین کو نشانہ بنانے والے OTP فراڈ کے بارے میں مرحلہ وار گائیڈ، آخر میں ایک چیک لسٹ کے ساتھ۔

# features: latin-words, digits-urdu, partial-harakat, izafat, quotes-punct
# en: Last month a reader from Multan wrote to me in a panic. Someone had logged into her Gmail from another country, changed the password, and was sending her contacts messages asking for money through Easypaisa. She had a good password: 14 characters, letters, numbers and symbols. What she did not have was a second step.
p-last-month-a-reader = پچھلے مہینے ملتان سے ایک قاری نے گھبراہٹ میں مجھے ای میل کی۔ کسی نے دوسرے ملک سے ان کے Gmail میں لاگ اِن کر کے پاس ورڈ بدل دیا تھا اور ان کے جاننے والوں کو پیغامات بھیج کر Easypaisa کے ذریعے پیسے مانگ رہا تھا۔ ان کا پاس ورڈ اچھا تھا: ۱۴ حروف، جن میں حروفِ تہجی، نمبر اور علامات سب شامل تھے۔ جو چیز ان کے پاس نہیں تھی وہ تھا دوسرا قدم۔

# features: digits-western, quotes-punct
# en: This guide takes about 15 minutes. You need your phone, your computer, and a pen.
p-this-guide-takes-about = یہ گائیڈ تقریباً 15 منٹ لیتی ہے۔ آپ کو اپنا فون، کمپیوٹر اور ایک قلم چاہیے۔

# features: quotes-punct
# en: What is two-step verification?
h-what-is-two-step = ٹو اسٹیپ ویریفکیشن کیا ہے؟

# features: latin-in-parens, latin-words, zwnj-zwj, partial-harakat, quotes-punct
# en: Two-step verification (2SV), also called two-factor authentication (2FA), means that signing in needs two things: something you know, such as your password or PIN, and something you have, such as your phone or a security key. Even if a thief buys your password from a data leak, he still cannot get in without the second step.
p-two-step-verification-2sv = ٹو اسٹیپ ویریفکیشن (2SV)، جسے ٹو فیکٹر آتھنٹیکیشن (2FA) بھی کہا جاتا ہے، کا مطلب ہے کہ سائن اِن کے لیے دو چیزیں درکار ہوں: ایک وہ جو آپ جانتے ہیں، جیسے پاس‌ورڈ یا PIN، اور دوسری وہ جو آپ کے پاس ہے، جیسے آپ کا فون یا سیکیورٹی کی (security key)۔ اگر کوئی چور کسی ڈیٹا لیک سے آپ کا پاس‌ورڈ خرید بھی لے، تب بھی دوسرے قدم کے بغیر وہ اندر نہیں آ سکتا۔

# features: quotes-punct
# en: A few terms you will see on the way:
p-a-few-terms-you = راستے میں آپ کو یہ چند اصطلاحات ملیں گی:

# features: bold-term, latin-words, digits-urdu, quotes-punct
# en: **OTP (one-time password):** a code of 6 digits that works only once, usually for 30 seconds.
li-otp-one-time-password = **OTP (ون ٹائم پاس ورڈ):** ۶ ہندسوں کا کوڈ جو صرف ایک بار کام کرتا ہے، عموماً ۳۰ سیکنڈ کے لیے۔

# features: bold-term, latin-words, quotes-punct
# en: **Authenticator app:** an app that makes OTPs on your phone, even without an internet connection.
li-authenticator-app-an-app = **آتھنٹیکیٹر ایپ:** ایسی ایپ جو آپ کے فون پر OTP بناتی ہے، انٹرنیٹ کنکشن کے بغیر بھی۔

# features: bold-term, digits-western, quotes-punct
# en: **Backup codes:** a list of 10 single-use codes for the day you lose your phone.
li-backup-codes-a-list = **بیک اپ کوڈز:** ایک بار استعمال ہونے والے 10 کوڈز کی فہرست، اس دن کے لیے جب آپ کا فون گم ہو جائے۔

# features: bold-term, latin-words, digits-western, partial-harakat, quotes-punct
# en: **Security key:** a small USB or NFC device, such as a YubiKey 5, that you touch to sign in.
li-security-key-a-small = **سیکیورٹی کی:** ایک چھوٹا USB یا NFC آلہ، جیسے YubiKey 5، جسے چھو کر آپ سائن اِن کرتے ہیں۔

# features: latin-words, quotes-punct
# en: SMS codes or an app?
h-sms-codes-or-an = SMS کوڈ یا ایپ؟

# features: strikethrough, latin-words, latin-in-parens, quotes-punct
# en: ~~An OTP by SMS is safe enough for most people.~~ This used to be the standard advice, and it is no longer true. In a SIM-swap fraud, a criminal gets a duplicate of your SIM issued at a franchise, and from that moment every SMS code comes to him, not to you. Duplicate SIMs now need biometric verification with NADRA, but fraud still happens, often with the help of insiders. An authenticator app is safer, because its codes never travel over the phone network.
p-an-otp-by-sms = ~~زیادہ تر لوگوں کے لیے SMS کے ذریعے OTP کافی محفوظ ہے۔~~ پہلے یہی عام مشورہ دیا جاتا تھا، لیکن اب یہ درست نہیں رہا۔ سم سواپ (SIM-swap) فراڈ میں مجرم کسی فرنچائز سے آپ کی سم کی ڈپلیکیٹ جاری کروا لیتا ہے، اور اسی لمحے سے ہر SMS کوڈ آپ کے بجائے اس کے پاس جاتا ہے۔ ڈپلیکیٹ سم کے لیے اب NADRA سے بائیو میٹرک تصدیق لازمی ہے، لیکن فراڈ پھر بھی ہوتا ہے، اکثر اندر کے لوگوں کی مدد سے۔ آتھنٹیکیٹر ایپ زیادہ محفوظ ہے، کیونکہ اس کے کوڈ کبھی فون نیٹ ورک پر سفر نہیں کرتے۔

# features: latin-words, digits-western, decimals-percent, dates, quotes-punct
# en: Which app? We tried four on Android 14 and iOS 18.2 in January 2025:
p-which-app-we-tried = کون سی ایپ؟ ہم نے جنوری 2025 میں Android 14 اور iOS 18.2 پر چار ایپس آزمائیں:

# features: table-cell
# en: App
cell-app = ایپ

# features: table-cell
# en: Free
cell-free = مفت

# features: table-cell
# en: Cloud backup
cell-cloud-backup = کلاؤڈ بیک اپ

# features: table-cell
# en: Export to a new phone
cell-export-to-a-new = نئے فون پر منتقلی

# features: table-cell
# en: Needs your phone number
cell-needs-your-phone-number = فون نمبر درکار

# features: table-cell
# en: Version tested
cell-version-tested = آزمایا گیا ورژن

# features: table-cell, latin-words
# en: Google Authenticator
# same-as-source
cell-google-authenticator = Google Authenticator

# features: table-cell, latin-words
# en: Microsoft Authenticator
# same-as-source
cell-microsoft-authenticator = Microsoft Authenticator

# features: table-cell, latin-words
# en: Authy
# same-as-source
cell-authy = Authy

# features: latin-words, quotes-punct
# en: Any of them is far better than SMS. If you already use Google's other services, Google Authenticator is the simplest choice.
p-any-of-them-is = ان میں سے کوئی بھی SMS سے کہیں بہتر ہے۔ اگر آپ پہلے سے Google کی دوسری سروسز استعمال کرتے ہیں تو Google Authenticator سب سے آسان انتخاب ہے۔

# features: latin-words
# en: Turning it on for Gmail
h-turning-it-on-for = Gmail کے لیے اسے آن کرنا

# features: url-email, partial-harakat, quotes-punct
# en: On your computer, open https://myaccount.google.com and sign in.
li-on-your-computer-open = اپنے کمپیوٹر پر https://myaccount.google.com کھولیں اور سائن اِن کریں۔

# features: code, quotes-punct
# en: Click `Security`, then `2-Step Verification`, and then `Get started`.
li-click-security-then-2 = `Security` پر کلک کریں، پھر `2-Step Verification`، اور پھر `Get started`۔

# features: latin-words, quotes-punct
# en: Google first sends an OTP to your phone number. Type it in.
li-google-first-sends-an = Google پہلے آپ کے فون نمبر پر OTP بھیجتا ہے۔ وہ درج کریں۔

# features: code, latin-words, quotes-punct
# en: Under `Authenticator`, click `Set up authenticator` and scan the QR code with your app.
li-under-authenticator-click-set = `Authenticator` کے نیچے `Set up authenticator` پر کلک کریں اور اپنی ایپ سے QR کوڈ اسکین کریں۔

# features: code, digits-urdu, quotes-punct
# en: Type the 6-digit code that the app shows, and click `Verify`.
li-type-the-6-digit = ایپ جو ۶ ہندسوں کا کوڈ دکھائے وہ ٹائپ کریں، اور `Verify` پر کلک کریں۔

# features: code, quotes-punct
# en: Open `Backup codes`, click `Get backup codes`, and download them.
li-open-backup-codes-click = `Backup codes` کھولیں، `Get backup codes` پر کلک کریں، اور انہیں ڈاؤن لوڈ کر لیں۔

# features: keyboard-shortcut, latin-in-parens, quotes-punct
# en: If you closed the Google tab by mistake halfway through, press Ctrl+Shift+T (Cmd+Shift+T on a Mac) and it comes back where you left it.
p-if-you-closed-the = اگر آدھے راستے میں Google والی ٹیب غلطی سے بند ہو جائے تو Ctrl+Shift+T دبائیں (Mac پر Cmd+Shift+T)، وہ وہیں سے واپس کھل جائے گی جہاں آپ نے چھوڑی تھی۔

# features: latin-words
# en: WhatsApp and your banking app
h-whatsapp-and-your-banking = WhatsApp اور آپ کی بینکنگ ایپ

# features: code, version-number, digits-western, digits-urdu, latin-words, izafat, quotes-punct
# en: In WhatsApp 2.24 or later, go to `Settings > Account > Two-step verification > Turn on`, choose a 6-digit PIN that is not your birthday, and add an e-mail address in case you forget it. WhatsApp will ask for this PIN from time to time, and always when your number is registered on a new phone.
p-in-whatsapp-2-24 = WhatsApp کے ورژن 2.24 یا اس سے نئے میں `Settings > Account > Two-step verification > Turn on` پر جائیں، ۶ ہندسوں کا ایسا PIN چنیں جو آپ کی تاریخِ پیدائش نہ ہو، اور بھول جانے کی صورت کے لیے ای میل ایڈریس بھی شامل کر دیں۔ WhatsApp وقتاً فوقتاً یہ PIN پوچھتا رہے گا، اور جب بھی آپ کا نمبر کسی نئے فون پر رجسٹر ہو گا تو لازماً پوچھے گا۔

# features: code, latin-words, latin-in-parens, digits-western, partial-harakat, quotes-punct
# en: Most banking apps in Pakistan now ask for an SMS OTP for every transfer to a new beneficiary, and let you sign in with a fingerprint. Turn on both, and set a daily transfer limit (for example Rs 50,000) in the app's `Limits` screen. If you have a Raast ID (your mobile number linked to your account), the same rules protect it.
p-most-banking-apps-in = پاکستان میں زیادہ تر بینکنگ ایپس اب ہر نئے بینیفیشری (beneficiary) کو رقم بھیجنے پر SMS OTP مانگتی ہیں، اور فنگر پرنٹ سے سائن اِن کی سہولت دیتی ہیں۔ دونوں آن کریں، اور ایپ کی `Limits` اسکرین میں روزانہ ٹرانسفر کی حد مقرر کریں (مثلاً Rs 50,000)۔ اگر آپ کی Raast ID ہے (یعنی آپ کا موبائل نمبر جو آپ کے اکاؤنٹ سے منسلک ہے)، تو یہی اصول اس کی حفاظت کرتے ہیں۔

# features: none
# en: Keeping the backup codes safe
h-keeping-the-backup-codes = بیک اپ کوڈز کی حفاظت

# features: code, file-path, latin-words, quotes-punct
# en: The file you downloaded from Google is called something like `Backup-codes-ayesha.txt`. On Windows it is in `C:\Users\Ayesha\Downloads\`, and on a Mac in `~/Downloads/`. It looks like this:
p-the-file-you-downloaded = Google سے جو فائل آپ نے ڈاؤن لوڈ کی اس کا نام کچھ یوں ہو گا: `Backup-codes-ayesha.txt`۔ Windows پر یہ `C:\Users\Ayesha\Downloads\` میں ملے گی، اور Mac پر `~/Downloads/` میں۔ یہ کچھ ایسی دکھتی ہے:

# features: keyboard-shortcut, latin-in-parens, quotes-punct
# en: Print it, keep the paper with your passport, and then delete the file (and empty the Recycle Bin). On a shared computer, also clear the browser's saved data with Ctrl+Shift+Delete, and lock the screen with Win+L whenever you step away.
p-print-it-keep-the = اسے پرنٹ کریں، کاغذ اپنے پاسپورٹ کے ساتھ رکھیں، اور پھر فائل ڈیلیٹ کر دیں (اور Recycle Bin بھی خالی کریں)۔ مشترکہ کمپیوٹر پر براؤزر کا محفوظ ڈیٹا بھی Ctrl+Shift+Delete سے صاف کریں، اور جب بھی اٹھیں تو Win+L سے اسکرین لاک کر دیں۔

# features: latin-words, quotes-punct
# en: **Warning:** No bank, no mobile company and no official of NADRA, the FBR or the PTA will ever call you and ask for an OTP, your PIN or your backup codes. Anyone who asks is a fraudster, however official he sounds. Hang up, and call the helpline printed on the back of your card.
quote-warning-no-bank-no = **خبردار:** کوئی بینک، کوئی موبائل کمپنی اور NADRA، FBR یا PTA کا کوئی اہلکار کبھی آپ کو فون کر کے OTP، آپ کا PIN یا بیک اپ کوڈز نہیں مانگے گا۔ جو مانگے وہ فراڈیا ہے، چاہے کتنا ہی سرکاری لگے۔ فون بند کریں، اور اپنے کارڈ کی پشت پر لکھی ہیلپ لائن پر کال کریں۔

# features: none
# en: Your checklist
h-your-checklist = آپ کی چیک لسٹ

# features: task-list, zwnj-zwj
# en: A strong, different password for your e-mail
li-a-strong-different-password = ای میل کے لیے مضبوط اور الگ پاس‌ورڈ

# features: task-list, latin-words
# en: Two-step verification on for Gmail
li-two-step-verification-on = Gmail پر ٹو اسٹیپ ویریفکیشن آن

# features: task-list, code, latin-words
# en: A WhatsApp PIN set under `Two-step verification`
li-a-whatsapp-pin-set = `Two-step verification` میں WhatsApp PIN سیٹ

# features: task-list
# en: Backup codes printed and the file deleted
li-backup-codes-printed-and = بیک اپ کوڈز پرنٹ اور فائل ڈیلیٹ

# features: task-list, code
# en: Old phones removed under `Security > Your devices`
li-old-phones-removed-under = `Security > Your devices` میں پرانے فون ریموو

# features: task-list, quotes-punct
# en: Your parents' phones done too!
li-your-parents-phones-done = امی ابو کے فون بھی ہو گئے!

# features: digits-western, digits-urdu, latin-words, quotes-punct
# en: It takes 15 minutes today, or 15 days of trying to recover a stolen account later. Our reader from Multan got her Gmail back after 9 days, and turned on two-step verification the same evening.
p-it-takes-15-minutes = آج 15 منٹ لگیں گے، ورنہ بعد میں چوری شدہ اکاؤنٹ واپس لینے میں ۱۵ دن۔ ملتان والی ہماری قاری کو ۹ دن بعد اپنا Gmail واپس ملا، اور اسی شام انہوں نے ٹو اسٹیپ ویریفکیشن آن کر لی۔

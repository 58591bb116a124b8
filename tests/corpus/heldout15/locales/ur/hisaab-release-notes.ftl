### ur translation of content/hisaab-release-notes.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: Hisaab 2.3: release notes
title = حساب 2.3: ریلیز نوٹس

# en: What is new, fixed and removed in Hisaab, the bilingual shop-ledger app, from version 2.2.0 to 2.3.1.
summary = دکانداروں کی دو لسانی کھاتہ ایپ ”حساب“ میں ورژن 2.2.0 سے 2.3.1 تک کیا نیا آیا، کیا ٹھیک ہوا اور کیا ختم کیا گیا۔

# en: Hisaab is a free ledger (*khata*) for small shops: it records who owes how much, sends reminders by SMS or WhatsApp, and works offline. These notes cover the three releases since January. Full details are in the [changelog on GitHub](https://github.com/zarrarlabs/hisaab/blob/main/CHANGELOG.md).
p-hisaab-is-a-free = ”حساب“ چھوٹی دکانوں کے لیے ایک مفت *کھاتہ* ہے: یہ ریکارڈ رکھتا ہے کہ کس کے ذمے کتنی رقم ہے، SMS یا WhatsApp پر یاد دہانی بھیجتا ہے، اور انٹرنیٹ کے بغیر بھی کام کرتا ہے۔ یہ نوٹس جنوری سے اب تک کی تین ریلیزز کا احاطہ کرتے ہیں۔ مکمل تفصیل [GitHub پر changelog](https://github.com/zarrarlabs/hisaab/blob/main/CHANGELOG.md) میں دیکھیں۔

# en: v2.3.1 — 2 June 2025 🛠️
h-v2-3-1-2 = v2.3.1 — ۲ جون ۲۰۲۵ء 🛠️

# en: A bug-fix release. Update now if you use the desktop app on Windows.
p-a-bug-fix-release = یہ bug-fix ریلیز ہے۔ اگر آپ Windows پر ڈیسک ٹاپ ایپ استعمال کرتے ہیں تو فوراً اپ ڈیٹ کریں۔

# en: Fixed: the app crashed on start-up on Windows 10 when the user name contained Urdu letters (#1234).
li-fixed-the-app-crashed = درست کیا گیا: اگر یوزر نیم میں اردو حروف ہوں تو Windows 10 پر ایپ کھلتے ہی crash ہو جاتی تھی (#1234)۔

# en: Fixed: a reminder sent at 11:59 PM was dated the next day ([#1241](https://github.com/zarrarlabs/hisaab/issues/1241)).
li-fixed-a-reminder-sent = درست کیا گیا: رات 11:59 بجے بھیجی گئی یاد دہانی پر اگلے دن کی تاریخ آ جاتی تھی ([#1241](https://github.com/zarrarlabs/hisaab/issues/1241))۔

# en: Fixed: amounts over Rs 9,999,999 were shown as `9.99e6` in the PDF statement.
li-fixed-amounts-over-rs = درست کیا گیا: PDF اسٹیٹمنٹ میں Rs 9,999,999 سے بڑی رقوم `9.99e6` کی صورت میں دکھائی دیتی تھیں۔

# en: v2.3.0 — 19 May 2025 ✨
h-v2-3-0-19 = v2.3.0 — ۱۹ مئی ۲۰۲۵ء ✨

# en: New
h-new = نیا کیا ہے

# en: **Urdu voice entry.** Say *"اکرم کے پانچ سو روپے"* and the entry is filled in: customer Akram, Rs 500, credit. It works offline on Android 12 and later; older phones need a connection.
li-urdu-voice-entry-say = **اردو وائس انٹری۔** بولیے *”اکرم کے پانچ سو روپے“* اور انٹری خود بخود بھر جائے گی: گاہک اکرم، Rs 500، اُدھار۔ Android 12 اور اس کے بعد کے ورژن پر یہ آف لائن کام کرتی ہے؛ پرانے فونز پر انٹرنیٹ کنکشن درکار ہے۔

# en: **Keyboard shortcuts** on the desktop app:
li-keyboard-shortcuts-on-the = ڈیسک ٹاپ ایپ میں **کی بورڈ شارٹ کٹس**:

# en: `Ctrl+N` — new entry
li-ctrl-n-new-entry = `Ctrl+N` — نئی انٹری

# en: `Ctrl+Shift+T` — reopen the last closed customer tab
li-ctrl-shift-t-reopen = `Ctrl+Shift+T` — آخری بند کی گئی گاہک ٹیب دوبارہ کھولیں

# en: `Ctrl+K` — search customers (also `⌘K` on macOS)
li-ctrl-k-search-customers = `Ctrl+K` — گاہک تلاش کریں (macOS پر `⌘K` بھی)

# en: **Backup to Google Drive**, daily or weekly. The backup file is encrypted with a key derived from your 6-digit PIN; we cannot read it, and we cannot recover it if you forget the PIN.
li-backup-to-google-drive = **Google Drive پر بیک اپ**، روزانہ یا ہفتہ وار۔ بیک اپ فائل آپ کے 6 ہندسوں کے PIN سے بنی key کے ذریعے encrypt کی جاتی ہے؛ ہم اسے پڑھ نہیں سکتے، اور اگر آپ PIN بھول جائیں تو ہم اسے واپس بھی نہیں لا سکتے۔

# en: A new API for shops that use their own point-of-sale software:
li-a-new-api-for = اپنا point-of-sale سافٹ ویئر استعمال کرنے والی دکانوں کے لیے نیا API:

# en: A negative `amount` is a payment received. See the [API documentation](https://docs.hisaab.pk/api/v2) for rate limits (60 requests per minute).
p-a-negative-amount-is = منفی `amount` کا مطلب ہے وصول شدہ ادائیگی۔ rate limits (فی منٹ 60 requests) کے لیے [API کی دستاویزات](https://docs.hisaab.pk/api/v2) دیکھیں۔

# en: Changed
h-changed = تبدیلیاں

# en: The monthly statement now shows the balance brought forward on its first line.
li-the-monthly-statement-now = ماہانہ اسٹیٹمنٹ کی پہلی سطر میں اب سابقہ بقایا (balance b/f) دکھایا جاتا ہے۔

# en: Reminders are sent between 9:00 AM and 8:00 PM only, as the PTA's new rules require.
li-reminders-are-sent-between = PTA کے نئے قواعد کے مطابق یاد دہانیاں اب صرف صبح 9:00 سے رات 8:00 بجے کے درمیان بھیجی جاتی ہیں۔

# en: The minimum supported versions are now Android 10 and iOS 16 (see the table below).
li-the-minimum-supported-versions = اب کم از کم Android 10 اور iOS 16 درکار ہیں (نیچے دیا گیا جدول دیکھیں)۔

# en: Removed
h-removed = ختم کر دیا گیا

# en: ~~Export to Excel 97 (`.xls`)~~: use `.xlsx` or CSV instead.
li-export-to-excel-97 = ~~Excel 97 (`.xls`) میں ایکسپورٹ~~: اس کی جگہ `.xlsx` یا CSV استعمال کریں۔

# en: ~~The "night mode" switch~~: the app now follows the phone's dark-mode setting.
li-the-night-mode-switch = ~~”نائٹ موڈ“ کا سوئچ~~: ایپ اب فون کی dark mode سیٹنگ کے مطابق چلتی ہے۔

# en: v2.2.0 — 14 January 2025
h-v2-2-0-14 = v2.2.0 — ۱۴ جنوری ۲۰۲۵ء

# en: Balances can be shown in lakh and crore (Rs 12,50,000) or in millions (Rs 1,250,000): **Settings → Display → Number format**.
li-balances-can-be-shown = بقایا جات اب لاکھ اور کروڑ (Rs 12,50,000) یا ملین (Rs 1,250,000) میں دکھائے جا سکتے ہیں: **سیٹنگز ← ڈسپلے ← نمبر فارمیٹ**۔

# en: Urdu and English receipts can be printed on 58 mm thermal printers over Bluetooth.
li-urdu-and-english-receipts = اردو اور انگریزی رسیدیں اب Bluetooth کے ذریعے 58 mm تھرمل پرنٹر پر پرنٹ کی جا سکتی ہیں۔

# en: 📊 A weekly summary chart on the home screen.
li-a-weekly-summary-chart = 📊 ہوم اسکرین پر ہفتہ وار خلاصے کا چارٹ۔

# en: Supported platforms
h-supported-platforms = معاون پلیٹ فارمز

# en: Platform
cell-platform = پلیٹ فارم

# en: Minimum version
cell-minimum-version = کم از کم ورژن

# en: Voice entry
cell-voice-entry = وائس انٹری

# en: Notes
cell-notes = نوٹس

# en: Android
cell-android = اینڈرائیڈ

# en: ✅ (offline on 12+)
cell-offline-on-12 = ✅ (12+ پر آف لائن)

# en: Play Store and APK
cell-play-store-and-apk = Play Store اور APK

# en: iOS / iPadOS
# same-as-source
cell-ios-ipados = iOS / iPadOS

# en: App Store
# same-as-source
cell-app-store = App Store

# en: Windows
cell-windows = ونڈوز

# en: 10 (64-bit)
# same-as-source
cell-10-64-bit = 10 (64-bit)

# en: Microsoft Store
# same-as-source
cell-microsoft-store = Microsoft Store

# en: macOS
# same-as-source
cell-macos = macOS

# en: 13 Ventura
# same-as-source
cell-13-ventura = 13 Ventura

# en: Apple silicon and Intel
cell-apple-silicon-and-intel = Apple silicon اور Intel

# en: Web
cell-web = ویب

# en: Chrome 110+, Firefox 115+
cell-chrome-110-firefox-115 = Chrome 110+، Firefox 115+

# en: app.hisaab.pk
# same-as-source
cell-app-hisaab-pk = app.hisaab.pk

# en: Found a bug? Write to <support@hisaab.pk> or open an issue at <https://github.com/zarrarlabs/hisaab/issues>, with the version number from **Settings → About** (for example `2.3.1 (build 412)`).
p-found-a-bug-write = کوئی خرابی ملی؟ <support@hisaab.pk> پر لکھیں یا <https://github.com/zarrarlabs/hisaab/issues> پر issue کھولیں، اور ساتھ **سیٹنگز ← ہمارے بارے میں** سے ورژن نمبر بھی لکھیں (مثلاً `2.3.1 (build 412)`)۔

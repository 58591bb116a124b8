### ur translation of content/smartphone-review-budget.md.

# en: Zentra Note 12 Pro review: the best phone under Rs 60,000?
title = Zentra Note 12 Pro کا ریویو: 60 ہزار روپے سے کم میں بہترین فون؟

# en: A big AMOLED screen, a 5,000 mAh battery and PTA approval at launch, held back by an ageing Snapdragon 685 and a 2 MP camera that is there for the spec sheet. Our verdict after two weeks: 8.2/10.
summary = بڑی AMOLED اسکرین، 5,000 mAh بیٹری اور لانچ کے دن سے PTA منظوری، مگر پرانا Snapdragon 685 اور صرف اسپیک شیٹ بھرنے کے لیے لگا 2 MP کیمرا اسے پیچھے کھینچتے ہیں۔ دو ہفتے استعمال کے بعد ہمارا فیصلہ: 8.2/10۔

# en: Budget phones in Pakistan live or die by three numbers: the price, the battery and whether the handset is PTA approved. The **Zentra Note 12 Pro** gets all three right. At **Rs 54,999** for the 128 GB model, it undercuts most rivals with an AMOLED screen by about Rs 5,000, and it was registered with the PTA before it went on sale, so there is no tax to pay and no risk of the SIM being blocked after 60 days.
p-budget-phones-in-pakistan = پاکستان میں بجٹ فون کی کامیابی یا ناکامی کا فیصلہ تین چیزیں کرتی ہیں: قیمت، بیٹری، اور یہ کہ سیٹ PTA سے منظور شدہ ہے یا نہیں۔ **Zentra Note 12 Pro** تینوں میں پورا اترتا ہے۔ 128 GB ماڈل کی قیمت **54,999 روپے** ہے، یعنی AMOLED اسکرین والے زیادہ تر حریف فونز سے تقریباً 5,000 روپے کم، اور یہ فروخت شروع ہونے سے پہلے ہی PTA میں رجسٹر ہو چکا تھا، اس لیے نہ کوئی ٹیکس دینا ہے اور نہ ۶۰ دن بعد SIM بلاک ہونے کا خطرہ ہے۔

# en: We used a retail unit, bought from a shop in Hafeez Centre, Lahore, as our main phone for two weeks on Jazz and Zong 4G.
p-we-used-a-retail = ہم نے حفیظ سینٹر، لاہور کی ایک دکان سے خریدا گیا ریٹیل یونٹ دو ہفتے تک Jazz اور Zong 4G پر اپنے مین فون کے طور پر استعمال کیا۔

# en: Specifications
h-specifications = اسپیسیفکیشنز

# en: Zentra Note 12 Pro
# same-as-source
cell-zentra-note-12-pro = Zentra Note 12 Pro

# en: Display
cell-display = ڈسپلے

# en: 6.7″ AMOLED, 1080 × 2400, 120 Hz
cell-6-7-amoled-1080 = 6.7″ AMOLED، 1080 × 2400، 120 Hz

# en: Chipset
cell-chipset = چپ سیٹ

# en: Snapdragon 685 (6 nm)
# same-as-source
cell-snapdragon-685-6-nm = Snapdragon 685 (6 nm)

# en: Memory
cell-memory = میموری (RAM)

# en: 8 GB LPDDR4X + 8 GB virtual
cell-8-gb-lpddr4x-8 = 8 GB LPDDR4X + 8 GB ورچوئل

# en: Storage
cell-storage = اسٹوریج

# en: 128 GB/256 GB UFS 2.2, microSD up to 1 TB
cell-128-gb-256-gb = 128 GB/256 GB UFS 2.2، مائیکرو SD کارڈ 1 TB تک

# en: Rear camera
cell-rear-camera = پچھلا کیمرا

# en: 50 MP + 2 MP depth
cell-50-mp-2-mp = 50 MP + 2 MP ڈیپتھ

# en: Front camera
cell-front-camera = سیلفی کیمرا

# en: Battery
cell-battery = بیٹری

# en: 5,000 mAh, 33W wired
cell-5-000-mah-33w = 5,000 mAh، 33W وائرڈ چارجنگ

# en: Software
cell-software = سافٹ ویئر

# en: Android 14, two OS updates promised
cell-android-14-two-os = Android 14، دو OS اپڈیٹس کا وعدہ

# en: Connectivity
cell-connectivity = کنیکٹیویٹی

# en: Wi‑Fi 5, Bluetooth 5.0, USB‑C 2.0
cell-wi-fi-5-bluetooth = Wi‑Fi 5، بلوٹوتھ 5.0، USB‑C 2.0

# en: 3.5 mm jack
cell-3-5-mm-jack = 3.5 mm ہیڈفون جیک

# en: PTA approved
cell-pta-approved = PTA منظور شدہ

# en: Price
cell-price = قیمت

# en: Rs 54,999 (128 GB) / Rs 61,499 (256 GB)
cell-rs-54-999-128 = 54,999 روپے (128 GB) / 61,499 روپے (256 GB)

# en: Display and design
h-display-and-design = ڈسپلے اور ڈیزائن

# en: The 6.7-inch panel is the best thing about the phone. It is sharp, reaches about 1,100 nits outdoors in our tests, and the 120 Hz refresh rate makes scrolling through Facebook and Daraz feel smooth. By default the phone switches between 60 and 120 Hz on its own; to lock it at 120 Hz, go to `Settings > Display > Refresh rate > High`. The back is plastic with a matte finish that hides fingerprints, and at 188 g the phone is light for its size.
p-the-6-7-inch = 6.7 انچ کا پینل اس فون کی سب سے اچھی چیز ہے۔ یہ شارپ ہے، ہمارے ٹیسٹ میں دھوپ میں تقریباً ۱,۱۰۰ nits تک روشن ہوا، اور 120 Hz ریفریش ریٹ کی وجہ سے Facebook اور Daraz پر اسکرولنگ بہت اسموتھ لگتی ہے۔ ڈیفالٹ طور پر فون خود ہی 60 اور 120 Hz کے درمیان بدلتا رہتا ہے؛ اسے 120 Hz پر لاک کرنے کے لیے `Settings > Display > Refresh rate > High` میں جائیں۔ پچھلا حصہ پلاسٹک کا ہے جس پر میٹ فنش ہے جو انگلیوں کے نشان چھپا لیتا ہے، اور ۱۸۸ گرام وزن کے ساتھ یہ فون اپنے سائز کے لحاظ سے ہلکا ہے۔

# en: Performance
h-performance = پرفارمنس

# en: The Snapdragon 685 is a 2023 chip, and it shows. Everyday apps open quickly, but PUBG Mobile runs only at "Balanced" graphics and about 40 fps, and the phone warmed to 41 °C after half an hour of play. In Geekbench 6 it scored 452 single-core and 1,640 multi-core, some 15% behind the Helio G99 phones at the same price.
p-the-snapdragon-685-is = Snapdragon 685 سن 2023 کی چپ ہے، اور یہ بات محسوس ہوتی ہے۔ روزمرہ کی ایپس جلد کھل جاتی ہیں، لیکن PUBG Mobile صرف ”Balanced“ گرافکس اور تقریباً 40 fps پر چلتی ہے، اور آدھا گھنٹہ گیم کھیلنے کے بعد فون 41°C تک گرم ہو گیا۔ Geekbench 6 میں اس نے سنگل کور میں 452 اور ملٹی کور میں 1,640 اسکور کیا، جو اسی قیمت کے Helio G99 والے فونز سے تقریباً 15٪ کم ہے۔

# en: Battery and charging
h-battery-and-charging = بیٹری اور چارجنگ

# en: This is where the Note 12 Pro earns its score. With the screen at 120 Hz, mobile data on and about five hours of screen time, we ended most days with 35–40% left. The 33W charger in the box took the battery from 0 to 50% in 29 minutes and to full in 78 minutes.
p-this-is-where-the = یہی وہ شعبہ ہے جہاں Note 12 Pro اپنا اسکور کماتا ہے۔ 120 Hz اسکرین، آن موبائل ڈیٹا اور تقریباً پانچ گھنٹے اسکرین ٹائم کے ساتھ بھی زیادہ تر دن کے اختتام پر 35–40% بیٹری باقی تھی۔ ڈبے میں ملنے والے 33W چارجر نے بیٹری ۰ سے ۵۰٪ تک ۲۹ منٹ میں اور فل ۷۸ منٹ میں چارج کی۔

# en: Cameras
h-cameras = کیمرے

# en: The 50 MP main camera takes good photos in daylight, with natural colour and enough detail for Instagram. At night the processing smears faces, and there is no optical stabilization. The 2 MP "depth" camera adds nothing you would notice; we would rather have had an ultra-wide.
p-the-50-mp-main = 50 MP کا مین کیمرا دن کی روشنی میں اچھی تصاویر لیتا ہے، رنگ قدرتی ہوتے ہیں اور Instagram کے لیے تفصیل کافی ہے۔ رات کو پروسیسنگ چہروں کو دھندلا کر دیتی ہے، اور آپٹیکل اسٹیبلائزیشن (OIS) موجود نہیں۔ 2 MP کا ”ڈیپتھ“ کیمرا کوئی ایسا فرق نہیں ڈالتا جو نظر آئے؛ اس کی جگہ الٹرا وائیڈ ہوتا تو بہتر تھا۔

# en: What we liked and what we didn't
h-what-we-liked-and = کیا اچھا لگا اور کیا نہیں

# en: 👍 Bright, smooth 120 Hz AMOLED screen
li-bright-smooth-120-hz = 👍 روشن اور اسموتھ 120 Hz AMOLED اسکرین

# en: 🔋 Battery easily lasts a day and a half
li-battery-easily-lasts-a = 🔋 بیٹری آرام سے ڈیڑھ دن چل جاتی ہے

# en: ⚡ 33W charger included in the box
li-33w-charger-included-in = ⚡ 33W چارجر ڈبے میں ساتھ ملتا ہے

# en: ✅ PTA approved from day one, with a one-year official warranty
li-pta-approved-from-day = ✅ پہلے دن سے PTA منظور شدہ، ایک سال کی آفیشل وارنٹی کے ساتھ

# en: And the other side:
p-and-the-other-side = اور دوسرا پہلو:

# en: 👎 Snapdragon 685 struggles with heavy games
li-snapdragon-685-struggles-with = 👎 بھاری گیمز میں Snapdragon 685 ہانپ جاتا ہے

# en: 📷 2 MP depth camera is filler
li-2-mp-depth-camera = 📷 2 MP ڈیپتھ کیمرا صرف بھرتی کا ہے

# en: ❌ No NFC, so no tap-to-pay with Raast or bank cards
li-no-nfc-so-no = ❌ NFC نہیں، اس لیے Raast یا بینک کارڈ سے ٹیپ کر کے ادائیگی ممکن نہیں

# en: 🐢 USB‑C 2.0 makes copying large videos to a laptop slow
li-usb-c-2-0 = 🐢 USB‑C 2.0 کی وجہ سے بڑی ویڈیوز لیپ ٹاپ پر کاپی کرنا سست ہے

# en: Verdict
h-verdict = فیصلہ

# en: Before you buy any phone from a shop, check its IMEI by sending it in an SMS to 8484 or on the [PTA's DIRBS site](https://dirbs.pta.gov.pk/drs). If the status is "Compliant", you are safe.
p-before-you-buy-any = کسی بھی دکان سے فون خریدنے سے پہلے اس کا IMEI نمبر 8484 پر SMS کر کے یا [PTA کی DIRBS ویب سائٹ](https://dirbs.pta.gov.pk/drs) پر چیک کریں۔ اگر اسٹیٹس ”Compliant“ آئے تو آپ محفوظ ہیں۔

# en: **Verdict: 8.2/10. If you want a big screen and a battery that lasts, the Zentra Note 12 Pro is the phone to buy under Rs 60,000; if you play games, spend more.**
p-verdict-8-2-10 = **فیصلہ: 8.2/10۔ اگر آپ کو بڑی اسکرین اور دیرپا بیٹری چاہیے تو 60,000 روپے سے کم میں Zentra Note 12 Pro ہی خریدیں؛ اگر گیمز کھیلتے ہیں تو کچھ زیادہ خرچ کریں۔**

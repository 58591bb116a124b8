### ur translation of content/sx-3200-inverter-manual.md.
### Each segment's English is in the `# en:` lines above it. To translate one, replace
### its `# untranslated: <id>` line with `<id> = ` and the translation.

# en: SX-3200/48 hybrid solar inverter: installation and first start-up
title = SX-3200/48 ہائبرڈ سولر انورٹر: تنصیب اور پہلی بار چالو کرنا

# en: Chapter 4 of the user manual of the Nooran SX-3200/48 (3.2 kW, 48 V DC): mounting, connecting the battery, the panels and the mains, the first start-up, and what the codes on the display mean.
summary = نوران SX-3200/48 (3.2 kW، 48 V DC) کے یوزر مینوئل کا باب 4: دیوار پر نصب کرنا، بیٹری، سولر پینل اور مین سپلائی جوڑنا، پہلی بار چالو کرنا، اور ڈسپلے پر آنے والے کوڈز کا مطلب۔

# en: *Manual No. NPS-UM-3200, chapter 4, revision C. Read the whole chapter before you start, and keep the manual near the inverter.*
p-manual-no-nps-um = *مینوئل نمبر NPS-UM-3200، باب ۴، نظرِ ثانی C۔ کام شروع کرنے سے پہلے پورا باب پڑھ لیں، اور مینوئل کو انورٹر کے قریب سنبھال کر رکھیں۔*

# en: The SX-3200/48 is a hybrid inverter: it charges a 48 V DC battery bank from solar panels and from the mains (WAPDA or a generator), and supplies 230 V AC to the house during load-shedding. It has a rated output of 3.2 kW (3,200 VA) and a built-in MPPT charge controller for up to 4,000 W of panels.
p-the-sx-3200-48 = SX-3200/48 ایک ہائبرڈ انورٹر ہے: یہ 48 V DC کے بیٹری بینک کو سولر پینلوں اور مین سپلائی (واپڈا یا جنریٹر) دونوں سے چارج کرتا ہے، اور لوڈشیڈنگ کے دوران گھر کو 230 V AC بجلی فراہم کرتا ہے۔ اس کی ریٹڈ آؤٹ پٹ 3.2 kW (3,200 VA) ہے، اور اس میں 4,000 W تک کے پینلوں کے لیے بلٹ اِن MPPT چارج کنٹرولر موجود ہے۔

# en: **Warning:** This inverter works with voltages that can kill. The panels produce up to 450 V DC whenever light falls on them, even when the inverter is switched off. Only a qualified electrician may install it.
quote-warning-this-inverter-works = **انتباہ:** اس انورٹر میں ایسے وولٹیج ہوتے ہیں جو جان لیوا ثابت ہو سکتے ہیں۔ جب بھی پینلوں پر روشنی پڑتی ہے وہ 450 V DC تک وولٹیج پیدا کرتے ہیں، چاہے انورٹر بند ہی کیوں نہ ہو۔ اس کی تنصیب صرف مستند الیکٹریشن سے کروائیں۔

# en: 4.1 What is in the box
h-4-1-what-is = ۴.۱ ڈبے میں کیا کیا ہے

# en: the SX-3200/48 inverter (9.6 kg);
li-the-sx-3200-48 = SX-3200/48 انورٹر (9.6 kg)؛

# en: a wall bracket with four 8 mm anchor bolts;
li-a-wall-bracket-with = دیوار پر لگانے کا بریکٹ، 8 mm کے چار اینکر بولٹس کے ساتھ؛

# en: two battery cables, red and black, 35 mm², 1.5 m long, with M8 ring lugs;
li-two-battery-cables-red = بیٹری کی دو کیبلیں، سرخ اور سیاہ، 35 mm²، لمبائی 1.5 m، M8 رِنگ لگز کے ساتھ؛

# en: a battery temperature sensor (`BTS-2`) on a 2 m lead;
li-a-battery-temperature-sensor = بیٹری کا ٹمپریچر سینسر (`BTS-2`)، 2 m لمبی تار کے ساتھ؛

# en: this manual and the warranty card.
li-this-manual-and-the = یہ مینوئل اور وارنٹی کارڈ۔

# en: Drawing of the inverter's front panel: a display at the top, three lights on the left and four buttons under the display
alt-drawing-of-the-inverter = انورٹر کے سامنے والے پینل کی ڈرائنگ: اوپر ڈسپلے، بائیں جانب تین لائٹیں اور ڈسپلے کے نیچے چار بٹن

# en: Figure 4-1. The front panel: (1) display, (2) the AC/INV, CHG and FAULT lights, (3) the ESC, UP, DOWN and ENTER buttons
caption-figure-4-1-the = شکل ۴-۱۔ سامنے کا پینل: (۱) ڈسپلے، (۲) AC/INV، CHG اور FAULT لائٹیں، (۳) ESC، UP، DOWN اور ENTER بٹن

# en: 4.2 Specifications
h-4-2-specifications = ۴٫۲ تکنیکی تفصیلات

# en: Item
cell-item = خصوصیت

# en: Rated output
cell-rated-output = ریٹڈ آؤٹ پٹ

# en: Output voltage
cell-output-voltage = آؤٹ پٹ وولٹیج

# en: 230 V AC ± 5%, 50 Hz, pure sine wave
cell-230-v-ac-5 = 230 V AC ± 5٪، 50 Hz، خالص سائن ویو (pure sine wave)

# en: Battery voltage
cell-battery-voltage = بیٹری وولٹیج

# en: 48 V DC (4 × 12 V lead-acid in series, or one 48 V LiFePO₄ pack)
cell-48-v-dc-4 = 48 V DC (سیریز میں 12 V کی 4 لیڈ ایسڈ بیٹریاں، یا 48 V کا ایک LiFePO₄ پیک)

# en: Recommended battery capacity
cell-recommended-battery-capacity = بیٹری کی تجویز کردہ گنجائش

# en: 100–200 Ah
cell-100-200-ah = 100 تا 200 Ah

# en: Maximum PV input
cell-maximum-pv-input = زیادہ سے زیادہ PV اِن پٹ

# en: 4,000 W; 450 V DC open circuit
cell-4-000-w-450 = 4,000 W؛ اوپن سرکٹ 450 V DC

# en: MPPT range
cell-mppt-range = MPPT رینج

# en: Maximum charge current
cell-maximum-charge-current = زیادہ سے زیادہ چارجنگ کرنٹ

# en: 80 A (solar and mains together)
cell-80-a-solar-and = 80 A (سولر اور مین سپلائی مل کر)

# en: Transfer time
cell-transfer-time = ٹرانسفر ٹائم

# en: 10 ms (UPS mode), 20 ms (APL mode)
cell-10-ms-ups-mode = 10 ms (UPS موڈ)، 20 ms (APL موڈ)

# en: Operating temperature
cell-operating-temperature = آپریٹنگ درجۂ حرارت

# en: 0 °C to 50 °C
cell-0-c-to-50 = 0 °C سے 50 °C تک

# en: 4.3 Installing the inverter
h-4-3-installing-the = 4.3 انورٹر کی تنصیب

# en: Mount the inverter on the wall.
li-mount-the-inverter-on = انورٹر کو دیوار پر نصب کریں۔

# en: Choose a place that is dry, shaded and well ventilated:
li-choose-a-place-that = ایسی جگہ منتخب کریں جو خشک ہو، دھوپ سے محفوظ ہو اور جہاں ہوا کا گزر اچھا ہو:

# en: at least 50 cm of free space above and below the inverter, and 20 cm on each side;
li-at-least-50-cm = انورٹر کے اوپر اور نیچے کم از کم 50 cm، اور دونوں اطراف 20 cm جگہ خالی ہو؛

# en: not in a kitchen, a bathroom or a room with a gas cylinder;
li-not-in-a-kitchen = باورچی خانے، غسل خانے یا ایسے کمرے میں نہیں جہاں گیس سلنڈر رکھا ہو؛

# en: within 3 m of the battery bank, so that the battery cables stay short.
li-within-3-m-of = بیٹری بینک سے 3 m کے اندر، تاکہ بیٹری کیبلیں چھوٹی رہیں۔

# en: Fix the bracket with the four anchor bolts, using the bracket itself as a template.
li-fix-the-bracket-with = بریکٹ کو ہی سانچے (ٹیمپلیٹ) کے طور پر استعمال کرتے ہوئے اسے چاروں اینکر بولٹس سے دیوار پر کس دیں۔

# en: Hang the inverter on the bracket and tighten the locking screw at the bottom.
li-hang-the-inverter-on = انورٹر کو بریکٹ پر لٹکائیں اور نیچے لگا لاکنگ پیچ کس دیں۔

# en: Connect the battery bank.
li-connect-the-battery-bank = بیٹری بینک جوڑیں۔

# en: Switch off the DC breaker between the battery and the inverter, and remove the cover of the inverter's battery terminals.
li-switch-off-the-dc = بیٹری اور انورٹر کے درمیان لگا DC بریکر بند کریں، اور انورٹر کے بیٹری ٹرمینلز کا ڈھکن اتار لیں۔

# en: Connect the cables:
li-connect-the-cables = کیبلیں اس طرح جوڑیں:

# en: the red cable from `BAT+` to the positive (+) terminal of the bank;
li-the-red-cable-from = سرخ کیبل `BAT+` سے بینک کے مثبت (+) ٹرمینل تک؛

# en: the black cable from `BAT−` to the negative (−) terminal;
li-the-black-cable-from = سیاہ کیبل `BAT−` سے منفی (−) ٹرمینل تک؛

# en: tighten both lugs to 12 N·m.
li-tighten-both-lugs-to = دونوں لگز کو 12 N·m پر کس دیں۔

# en: **Warning:** Reversed polarity destroys the inverter at once and is not covered by the warranty. Before you close the breaker, check with a multimeter that `BAT+` reads about +52 V against `BAT−`.
quote-warning-reversed-polarity-destroys = **انتباہ:** پولیریٹی الٹ جانے سے انورٹر فوراً جل جاتا ہے اور یہ نقصان وارنٹی میں شامل نہیں۔ بریکر آن کرنے سے پہلے ملٹی میٹر سے تسلی کر لیں کہ `BAT+` پر `BAT−` کے مقابلے میں تقریباً +52 V آ رہے ہیں۔

# en: Plug the temperature sensor into the `BTS` port and tape its other end to the side of a battery.
li-plug-the-temperature-sensor = ٹمپریچر سینسر کو `BTS` پورٹ میں لگائیں اور اس کا دوسرا سرا کسی بیٹری کے پہلو پر ٹیپ سے چپکا دیں۔

# en: Connect the solar panels.
li-connect-the-solar-panels = سولر پینل جوڑیں۔

# en: Cover the panels, or work after sunset.
li-cover-the-panels-or = پینلوں کو ڈھانپ دیں، یا سورج غروب ہونے کے بعد کام کریں۔

# en: Check that the open-circuit voltage of the string is below 450 V DC: for example, 7 panels of 545 W, each with an open-circuit voltage (Voc) of 49.6 V, give 347.2 V.
li-check-that-the-open = تسلی کر لیں کہ اسٹرنگ کا اوپن سرکٹ وولٹیج 450 V DC سے کم ہے: مثلاً 545 W کے 7 پینل، جن میں سے ہر ایک کا اوپن سرکٹ وولٹیج (Voc) 49.6 V ہے، مل کر 347.2 V دیتے ہیں۔

# en: Connect the string's positive lead to `PV+` and its negative lead to `PV−` through the DC isolator.
li-connect-the-string-s = اسٹرنگ کی مثبت تار کو `PV+` سے اور منفی تار کو `PV−` سے، DC آئسولیٹر کے ذریعے، جوڑیں۔

# en: Connect the mains and the load.
li-connect-the-mains-and = مین سپلائی اور لوڈ جوڑیں۔

# en: Connect the mains supply, from a 32 A breaker in the distribution board, to `AC IN` (L, N, PE).
li-connect-the-mains-supply = ڈسٹری بیوشن بورڈ کے 32 A بریکر سے آنے والی مین سپلائی کو `AC IN` (L، N، PE) سے جوڑیں۔

# en: Connect the house circuits to `AC OUT`. Never connect `AC OUT` to the mains: it would feed power back into the grid.
li-connect-the-house-circuits = گھر کے سرکٹس کو `AC OUT` سے جوڑیں۔ `AC OUT` کو کبھی مین سپلائی سے نہ جوڑیں: اس سے بجلی واپس گرڈ میں جانے لگے گی۔

# en: **Warning:** Never join the earth (PE) of `AC OUT` to its neutral (N).
quote-warning-never-join-the = **انتباہ:** `AC OUT` کی ارتھ (PE) کو کبھی اس کے نیوٹرل (N) سے نہ ملائیں۔

# en: 4.4 First start-up
h-4-4-first-start = ۴.۴ پہلی بار چالو کرنا

# en: Close the DC breaker. The display shows `bAt` and the battery voltage, for example `52.4V`.
li-close-the-dc-breaker = DC بریکر آن کریں۔ ڈسپلے پر `bAt` اور بیٹری کا وولٹیج نظر آئے گا، مثلاً `52.4V`۔

# en: Press and hold `ON/OFF` for 3 seconds. The inverter beeps twice and the INV light turns green.
li-press-and-hold-on = `ON/OFF` بٹن کو 3 سیکنڈ تک دبائے رکھیں۔ انورٹر دو بار بیپ کرے گا اور INV لائٹ سبز ہو جائے گی۔

# en: Set the battery type (program `05`): hold `ENTER` for 3 seconds, go to `05` with `UP` and `DOWN`, and choose `AGM`, `FLd` (flooded) or `LIb` (lithium). In short: `ENTER` → `05` → `LIb` → `ENTER`.
li-set-the-battery-type = بیٹری کی قسم منتخب کریں (پروگرام `05`): `ENTER` کو 3 سیکنڈ تک دبائے رکھیں، `UP` اور `DOWN` سے `05` پر جائیں، اور `AGM`، `FLd` (فلڈڈ) یا `LIb` (لیتھیم) منتخب کریں۔ مختصراً: `ENTER` ← `05` ← `LIb` ← `ENTER`۔

# en: Set the output priority (program `01`) to `SbU` (solar, then battery, then mains) to use the mains as little as possible, or to `SUb` (solar, then mains, then battery) to keep the battery full for load-shedding.
li-set-the-output-priority = آؤٹ پٹ کی ترجیح (پروگرام `01`) کو `SbU` (پہلے سولر، پھر بیٹری، پھر مین سپلائی) پر رکھیں تاکہ مین سپلائی کم سے کم استعمال ہو، یا `SUb` (پہلے سولر، پھر مین سپلائی، پھر بیٹری) پر، تاکہ لوڈشیڈنگ کے لیے بیٹری بھری رہے۔

# en: Close the PV isolator, and then the AC input breaker.
li-close-the-pv-isolator = PV آئسولیٹر آن کریں، اور اس کے بعد AC اِن پٹ بریکر۔

# en: 4.5 Troubleshooting
h-4-5-troubleshooting = ۴.۵ خرابیوں کا ازالہ

# en: Code
cell-code = کوڈ

# en: Meaning
cell-meaning = مطلب

# en: What to do
cell-what-to-do = کیا کریں

# en: Fan locked
cell-fan-locked = پنکھا جام

# en: Switch off and clean the fan grille; if the code returns, call service.
cell-switch-off-and-clean = انورٹر بند کر کے پنکھے کی جالی صاف کریں؛ اگر کوڈ دوبارہ آئے تو سروس سینٹر کو کال کریں۔

# en: Inverter too hot (above 85 °C)
cell-inverter-too-hot-above = انورٹر بہت گرم (85 °C سے اوپر)

# en: Reduce the load, and make sure there is 50 cm of free space above the inverter.
cell-reduce-the-load-and = لوڈ کم کریں، اور یقینی بنائیں کہ انورٹر کے اوپر 50 cm جگہ خالی ہو۔

# en: Battery voltage too high (above 60 V DC)
cell-battery-voltage-too-high = بیٹری وولٹیج بہت زیادہ (60 V DC سے اوپر)

# en: Check program `05`: a lithium pack set as `FLd` is charged too far.
cell-check-program-05-a = پروگرام `05` چیک کریں: `FLd` پر سیٹ لیتھیم پیک ضرورت سے زیادہ چارج ہو جاتا ہے۔

# en: Battery voltage too low (below 42 V DC)
cell-battery-voltage-too-low = بیٹری وولٹیج بہت کم (42 V DC سے نیچے)

# en: Charge the battery from the mains, or set program `12` to a lower cut-off.
cell-charge-the-battery-from = بیٹری کو مین سپلائی سے چارج کریں، یا پروگرام `12` میں کٹ آف کم کر دیں۔

# en: Overload: more than 3,200 VA for 5 s
cell-overload-more-than-3 = اوور لوڈ: ۵ سیکنڈ تک 3,200 VA سے زیادہ

# en: Switch off heavy loads (iron, water pump, air conditioner) and press `ESC`.
cell-switch-off-heavy-loads = بھاری لوڈ (استری، واٹر پمپ، ایئر کنڈیشنر) بند کریں اور `ESC` دبائیں۔

# en: Short circuit at the output
cell-short-circuit-at-the = آؤٹ پٹ پر شارٹ سرکٹ

# en: Disconnect `AC OUT` and have the house wiring checked.
cell-disconnect-ac-out-and = `AC OUT` الگ کریں اور گھر کی وائرنگ چیک کروائیں۔

# en: Battery not connected
cell-battery-not-connected = بیٹری منسلک نہیں

# en: Check the DC breaker and the lugs at `BAT+` and `BAT−`.
cell-check-the-dc-breaker = DC بریکر اور `BAT+` اور `BAT−` پر لگے لگز چیک کریں۔

# en: `bAt` blinking
cell-bat-blinking = `bAt` ٹمٹما رہا ہو

# en: Battery below 44 V DC; the inverter will shut down soon
cell-battery-below-44-v = بیٹری 44 V DC سے کم؛ انورٹر جلد بند ہو جائے گا

# en: Reduce the load or start the generator.
cell-reduce-the-load-or = لوڈ کم کریں یا جنریٹر چلائیں۔

# en: If the problem continues, note the code and the serial number (on the label under the inverter, for example `NPS3248-24-0917`) and call the toll-free helpline 0800-66736, Monday to Saturday, 9 am to 6 pm, or write to service@nooranpower.pk. The warranty (2 years on the inverter, 5 years on the MPPT board) is void if the seal marked `QC-PASSED` is broken.
p-if-the-problem-continues = اگر مسئلہ برقرار رہے تو کوڈ اور سیریل نمبر (انورٹر کے نیچے لگے لیبل پر، مثلاً `NPS3248-24-0917`) نوٹ کر لیں اور ٹول فری ہیلپ لائن 0800-66736 پر پیر سے ہفتہ، صبح 9 سے شام 6 بجے تک کال کریں، یا service@nooranpower.pk پر لکھیں۔ اگر `QC-PASSED` والی مہر ٹوٹی ہوئی ہو تو وارنٹی (انورٹر پر 2 سال، MPPT بورڈ پر 5 سال) ختم ہو جاتی ہے۔

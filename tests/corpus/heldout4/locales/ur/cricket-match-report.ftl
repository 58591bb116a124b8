### Urdu translation of content/cricket-match-report.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu
# en: Babar's unbeaten 89 seals a 3-2 series win as Pakistan beat West Indies in Karachi
title = بابر اعظم کی ناقابلِ شکست ۸۹ رنز کی اننگز، پاکستان نے ویسٹ انڈیز کو ہرا کر سیریز ۳-۲ سے جیت لی

# features: digits-urdu, decimals-percent, quotes-punct
# en: Pakistan made 287/6 and bowled the visitors out for 241 in 45.3 overs; Shaheen Shah Afridi took four wickets under the lights.
summary = پاکستان نے ۲۸۷/۶ رنز بنائے اور مہمان ٹیم کو ۴۵٫۳ اوورز میں ۲۴۱ رنز پر آؤٹ کر دیا؛ شاہین شاہ آفریدی نے فلڈ لائٹس میں چار وکٹیں حاصل کیں۔

# features: digits-urdu, dates
# en: KARACHI: Captain Babar Azam's unbeaten 89 off 97 balls and four wickets from Shaheen Shah Afridi gave Pakistan a 46-run win over West Indies in the fifth and final one-day international at the National Bank Stadium on Tuesday, 12 March 2024, and with it the series 3-2.
p-karachi-captain-babar-azam = کراچی (اسپورٹس رپورٹر) کپتان بابر اعظم کی ۹۷ گیندوں پر ناقابلِ شکست ۸۹ رنز کی اننگز اور شاہین شاہ آفریدی کی چار وکٹوں کی بدولت پاکستان نے منگل ۱۲ مارچ ۲۰۲۴ کو نیشنل بینک اسٹیڈیم میں کھیلے گئے پانچویں اور آخری ون ڈے انٹرنیشنل میچ میں ویسٹ انڈیز کو ۴۶ رنز سے شکست دے کر سیریز ۳-۲ سے اپنے نام کر لی۔

# features: digits-western, latin-in-parens, time
# en: Pakistan won the toss and chose to bat on a dry pitch. The match began at 2:30 PM, half an hour late because the morning dew had soaked the outfield, and the whole of the second innings was played under the lights.
p-pakistan-won-the-toss = پاکستان نے ٹاس جیت کر خشک پچ پر پہلے بیٹنگ کا فیصلہ کیا۔ میچ دوپہر ڈھائی بجے (2:30 PM) شروع ہوا، یعنی صبح کی اوس سے آؤٹ فیلڈ گیلی ہونے کے باعث آدھا گھنٹہ تاخیر سے، اور دوسری اننگز مکمل طور پر فلڈ لائٹس میں کھیلی گئی۔

# features: none
# en: Pakistan's innings
h-pakistan-s-innings = پاکستان کی اننگز

# features: digits-urdu, decimals-percent
# en: Abdullah Shafique fell in the fourth over for 12, but Fakhar Zaman (61 off 58 balls, with seven fours and two sixes) and Babar added 104 for the second wicket. At the halfway mark Pakistan were 141/1, a run rate of 5.64.
p-abdullah-shafique-fell-in = عبداللہ شفیق چوتھے اوور میں ۱۲ رنز بنا کر آؤٹ ہوئے، تاہم فخر زمان (۵۸ گیندوں پر ۶۱ رنز، سات چوکے اور دو چھکے) اور بابر نے دوسری وکٹ کے لیے ۱۰۴ رنز کی شراکت قائم کی۔ ۲۵ اوورز کے اختتام پر پاکستان کا اسکور ۱۴۱/۱ تھا اور رن ریٹ ۵٫۶۴۔

# features: digits-urdu, digits-western, decimals-percent
# en: West Indies pulled things back in the middle overs. Three wickets fell for 37 runs between the 27th and the 34th over, among them Mohammad Rizwan, run out for 44 after a mix-up with Saud Shakeel. Babar batted through to the end, and 52 runs from the last five overs took Pakistan to 287/6, a run rate of 5.74.
p-west-indies-pulled-things = درمیانی اوورز میں ویسٹ انڈیز نے میچ میں واپسی کی۔ ۲۷ویں سے ۳۴ویں اوور کے درمیان صرف ۳۷ رنز پر تین وکٹیں گریں، جن میں محمد رضوان بھی شامل تھے جو سعود شکیل کے ساتھ غلط فہمی کے نتیجے میں ۴۴ رنز پر رن آؤٹ ہو گئے۔ بابر آخر تک کریز پر موجود رہے اور آخری پانچ اوورز میں بننے والے ۵۲ رنز کی بدولت پاکستان نے ۶ وکٹوں پر ۲۸۷ رنز بنائے، رن ریٹ 5.74 رہا۔

# features: table-cell
# en: Batter
cell-batter = بلے باز

# features: table-cell
# en: How out
cell-how-out = کیسے آؤٹ ہوئے

# features: table-cell
# en: Runs
cell-runs = رنز

# features: table-cell
# en: Balls
cell-balls = گیندیں

# features: table-cell
# en: 4s/6s
cell-4s-6s = چوکے/چھکے

# en: 4s/6s
# untranslated: cell-4s-6s

# features: table-cell
# en: Abdullah Shafique
cell-abdullah-shafique = عبداللہ شفیق

# features: table-cell
# en: c Hope b Joseph
cell-c-hope-b-joseph = کیچ ہوپ، بولر جوزف

# features: table-cell
# en: Fakhar Zaman
cell-fakhar-zaman = فخر زمان

# features: table-cell, latin-words
# en: lbw b Motie
# same-as-source
cell-lbw-b-motie = lbw b Motie

# features: table-cell
# en: Babar Azam (capt.)
cell-babar-azam-capt = بابر اعظم (کپتان)

# features: table-cell
# en: not out
cell-not-out = ناٹ آؤٹ

# features: table-cell
# en: Mohammad Rizwan (wk)
cell-mohammad-rizwan-wk = محمد رضوان (وکٹ کیپر)

# features: table-cell
# en: run out (Carty)
cell-run-out-carty = رن آؤٹ (کارٹی)

# features: table-cell
# en: Four others
cell-four-others = دیگر چار بلے باز

# features: table-cell, digits-urdu
# en: 3 out, 1 not out
cell-3-out-1-not = ۳ آؤٹ، ۱ ناٹ آؤٹ

# features: table-cell
# en: Extras
cell-extras = اضافی رنز

# features: table-cell, digits-urdu
# en: (lb 4, w 9, nb 2)
cell-lb-4-w-9 = (لیگ بائی ۴، وائیڈ ۹، نو بال ۲)

# features: table-cell
# en: Total
cell-total = مجموعہ

# features: table-cell, digits-urdu
# en: 6 wickets, 50 overs
cell-6-wickets-50-overs = ۶ وکٹیں، ۵۰ اوورز

# features: none
# en: The chase
h-the-chase = ہدف کا تعاقب

# features: digits-urdu, decimals-percent
# en: Needing 288 at 5.76 an over, West Indies started well. Brandon King and Alick Athanaze put on 58 in ten overs before Shaheen, back for a second spell, had King caught at mid-off for 31.
p-needing-288-at-5 = ۲۸۸ رنز کے ہدف کے لیے ویسٹ انڈیز کو ۵٫۷۶ رنز فی اوور درکار تھے اور مہمان ٹیم نے اچھا آغاز کیا۔ برینڈن کنگ اور ایلک ایتھانیز نے دس اوورز میں ۵۸ رنز جوڑے، پھر دوسرے اسپیل کے لیے واپس آنے والے شاہین نے کنگ کو ۳۱ کے انفرادی اسکور پر مڈ آف پر کیچ کروا دیا۔

# features: digits-urdu, decimals-percent
# en: Captain Shai Hope (73 off 81 balls) kept his side in the game. At 196/4 after 38 overs they needed 92 off 72 balls, a required rate of 7.67, and the crowd of more than 28,000 had gone quiet.
p-captain-shai-hope-73 = کپتان شائی ہوپ (۸۱ گیندوں پر ۷۳ رنز) نے اپنی ٹیم کو میچ میں برقرار رکھا۔ ۳۸ اوورز کے بعد ۱۹۶/۴ کے اسکور پر ویسٹ انڈیز کو ۷۲ گیندوں پر ۹۲ رنز درکار تھے، مطلوبہ رن ریٹ ۷٫۶۷ تھا، اور ۲۸ ہزار سے زائد تماشائیوں پر خاموشی چھا گئی تھی۔

# features: digits-urdu, digits-western, decimals-percent, hamza-forms
# en: Then Haris Rauf removed Hope and Sherfane Rutherford in the 40th over, and the last six wickets fell for 45 runs. Shaheen ended the match with a yorker to Alzarri Joseph at 45.3 overs, finishing with 4/41 at an economy rate of 4.32.
p-then-haris-rauf-removed = پھر حارث رؤف نے ۴۰ویں اوور میں ہوپ اور شرفین ردرفورڈ کو آؤٹ کیا اور آخری چھ وکٹیں صرف ۴۵ رنز پر گر گئیں۔ شاہین نے ۴۵٫۳ اوورز پر الزاری جوزف کو یارکر پر آؤٹ کر کے میچ ختم کیا اور ۴/۴۱ کے ساتھ 4.32 کے اکانومی ریٹ سے بولنگ کی۔

# features: image-alt
# en: Floodlights shining over a cricket ground at night, with players in green in the field
alt-floodlights-shining-over-a = رات کے وقت کرکٹ گراؤنڈ پر روشن فلڈ لائٹس، میدان میں سبز کٹ پہنے کھلاڑی

# features: image-caption
# en: The second innings at the National Bank Stadium was played under the lights (illustration)
caption-the-second-innings-at = نیشنل بینک اسٹیڈیم میں دوسری اننگز فلڈ لائٹس میں کھیلی گئی (خاکہ)

# features: digits-urdu, quotes-punct
# en: "We were 1-2 down after the third match and nobody gave us a chance," Babar said at the presentation. "The boys showed a lot of character. I am proud of this team."
p-we-were-1-2 = ”تیسرے میچ کے بعد ہم ۱-۲ سے پیچھے تھے اور کوئی ہمیں موقع نہیں دے رہا تھا،“ بابر نے تقریبِ تقسیمِ انعامات میں کہا۔ ”لڑکوں نے زبردست کردار کا مظاہرہ کیا۔ مجھے اس ٹیم پر فخر ہے۔“

# features: none
# en: The series in numbers
h-the-series-in-numbers = سیریز اعداد و شمار میں

# features: digits-western, decimals-percent, latin-words
# en: Babar Azam scored 402 runs in five innings at an average of 100.50, with one hundred and three fifties.
li-babar-azam-scored-402 = Babar Azam نے پانچ اننگز میں 100.50 کی اوسط سے 402 رنز بنائے، جن میں ایک سنچری اور تین نصف سنچریاں شامل ہیں۔

# features: digits-urdu
# en: Shaheen Shah Afridi took 13 wickets, the most by a bowler on either side.
li-shaheen-shah-afridi-took = شاہین شاہ آفریدی نے ۱۳ وکٹیں حاصل کیں، جو دونوں ٹیموں کے کسی بھی بولر سے زیادہ ہیں۔

# features: digits-urdu, latin-words
# en: Pakistan became the first side to come back from 1-2 down to win a five-match ODI series at home since 2017.
li-pakistan-became-the-first = پاکستان ۲۰۱۷ کے بعد ہوم گراؤنڈ پر پانچ میچوں کی ODI سیریز میں ۱-۲ کے خسارے کے بعد کامیابی حاصل کرنے والی پہلی ٹیم بن گیا۔

# features: digits-urdu, latin-words
# en: The win lifts Pakistan to third place in the ICC ODI team rankings with 110 rating points.
li-the-win-lifts-pakistan = اس فتح کے بعد پاکستان ICC ون ڈے ٹیم رینکنگ میں ۱۱۰ ریٹنگ پوائنٹس کے ساتھ تیسرے نمبر پر آ گیا ہے۔

# features: digits-urdu, digits-western, dates, time, latin-words, latin-in-parens
# en: The PCB announced on Tuesday night that the same squad, with two changes, will play a three-match T20I series against New Zealand in Rawalpindi from 18 April. The first match begins at 7:00 PM, and tickets go on sale online on Friday at 10 AM.
p-the-pcb-announced-on = PCB نے منگل 12 مارچ کی رات اعلان کیا کہ یہی اسکواڈ دو تبدیلیوں کے ساتھ ۱۸ اپریل سے راولپنڈی میں نیوزی لینڈ کے خلاف تین میچوں کی T20I سیریز کھیلے گا۔ پہلا میچ شام ۷ بجے (7:00 PM) شروع ہو گا جبکہ ٹکٹوں کی آن لائن فروخت جمعہ کو صبح ۱۰ بجے شروع ہو گی۔

### ur translation of content/hajj-umrah-step-by-step.md.

# en: Hajj step by step: a pilgrim's guide to the five days
title = حج قدم بہ قدم: پانچ دنوں کے مناسک، عازمینِ حج کے لیے رہنمائی

# en: From the ihram at the miqat to the farewell tawaf: what to do on each day of Hajj 1446, with the duas in Arabic, the distances between the holy sites and the mistakes pilgrims most often make.
summary = میقات پر احرام سے طوافِ وداع تک: حج ۱۴۴۶ھ کے ہر دن کیا کرنا ہے، عربی دعاؤں، مقاماتِ مقدسہ کے درمیان فاصلوں اور ان غلطیوں کے ساتھ جو حجاج سب سے زیادہ کرتے ہیں۔

# en: This guide is for pilgrims performing **Hajj al-Tamattu'**, the form chosen by almost every pilgrim from Pakistan: an Umrah first, then the Hajj in the same season. The days of Hajj are **8–13 Dhul Hijjah 1446**, expected to fall on 4–9 June 2025; the exact dates depend on the sighting of the moon in Saudi Arabia.[^moon]
p-this-guide-is-for = یہ رہنمائی ان عازمین کے لیے ہے جو **حجِ تمتع** ادا کر رہے ہیں، جسے پاکستان سے جانے والے تقریباً تمام حجاج اختیار کرتے ہیں: پہلے عمرہ، پھر اسی موسم میں حج۔ ایامِ حج **۸ تا ۱۳ ذوالحجہ ۱۴۴۶ھ** ہیں، جو متوقع طور پر 4 تا 9 جون 2025ء کو ہوں گے؛ حتمی تاریخوں کا انحصار سعودی عرب میں چاند نظر آنے پر ہے۔[^moon]

# en: The command is in the Quran: ﴿وَأَتِمُّوا الْحَجَّ وَالْعُمْرَةَ لِلّٰهِ﴾ (البقرۃ: ۱۹۶), "And complete the Hajj and the Umrah for Allah."
p-the-command-is-in = قرآنِ مجید میں حکم ہے: ﴿وَأَتِمُّوا الْحَجَّ وَالْعُمْرَةَ لِلّٰهِ﴾ (البقرۃ: ۱۹۶)، ”اور حج اور عمرہ اللہ کے لیے پورا کرو۔“

# en: Before you leave
h-before-you-leave = روانگی سے پہلے

# en: Put on the ihram before you cross the miqat. Pilgrims flying from Karachi, Lahore or Islamabad to Jeddah pass over the miqat of Yalamlam or Qarn al-Manazil, so most men change into the two white sheets at home or at the airport and make the intention when the cabin crew announces the miqat. Pilgrims flying to Madinah first put on the ihram later, at Dhul Hulayfah.
p-put-on-the-ihram = میقات سے گزرنے سے پہلے احرام باندھ لیں۔ کراچی، لاہور یا اسلام آباد سے جدہ جانے والے عازمین فضا میں یلملم یا قرن المنازل کی میقات سے گزرتے ہیں، اس لیے اکثر مرد گھر یا ایئرپورٹ پر ہی احرام کی دو سفید چادریں باندھ لیتے ہیں اور جب کیبن کریو میقات کا اعلان کرے تو نیت کر لیتے ہیں۔ جو عازمین پہلے مدینہ منورہ جاتے ہیں وہ بعد میں ذوالحلیفہ سے احرام باندھتے ہیں۔

# en: From the moment of intention, recite the Talbiyah aloud (women softly) until you throw the first pebble on the 10th:
p-from-the-moment-of = نیت کے لمحے سے لے کر ۱۰ تاریخ کو پہلی کنکری مارنے تک تلبیہ بلند آواز سے پڑھتے رہیں (خواتین آہستہ آواز سے):

# en: لَبَّيْكَ اللّٰهُمَّ لَبَّيْكَ، لَبَّيْكَ لَا شَرِيْكَ لَكَ لَبَّيْكَ،\
# en: إِنَّ الْحَمْدَ وَالنِّعْمَةَ لَكَ وَالْمُلْكَ، لَا شَرِيْكَ لَكَ
# same-as-source
quote-c207d76c =
    لَبَّيْكَ اللّٰهُمَّ لَبَّيْكَ، لَبَّيْكَ لَا شَرِيْكَ لَكَ لَبَّيْكَ،\
    إِنَّ الْحَمْدَ وَالنِّعْمَةَ لَكَ وَالْمُلْكَ، لَا شَرِيْكَ لَكَ

# en: "Here I am, O Allah, here I am. Here I am, You have no partner, here I am. Praise, blessing and sovereignty are Yours. You have no partner."
p-here-i-am-o = ”میں حاضر ہوں، اے اللہ، میں حاضر ہوں۔ میں حاضر ہوں، تیرا کوئی شریک نہیں، میں حاضر ہوں۔ بے شک تمام تعریفیں، نعمتیں اور بادشاہی تیرے ہی لیے ہیں۔ تیرا کوئی شریک نہیں۔“

# en: The steps, day by day
h-the-steps-day-by = مناسک، دن بہ دن

# en: **Umrah on arrival**, on any day before 8 Dhul Hijjah.
li-umrah-on-arrival-on = **آمد پر عمرہ**، ۸ ذوالحجہ سے پہلے کسی بھی دن۔

# en: Enter Masjid al-Haram with the right foot and walk seven circuits around the Kaabah, starting and ending at the Black Stone.
li-enter-masjid-al-haram = مسجدِ حرام میں دایاں پاؤں پہلے رکھ کر داخل ہوں اور خانہ کعبہ کے گرد سات چکر لگائیں، حجرِ اسود سے شروع کر کے حجرِ اسود ہی پر ختم کریں۔

# en: Between the Yemeni Corner and the Black Stone, say: رَبَّنَا آتِنَا فِي الدُّنْيَا حَسَنَةً وَّفِي الْآخِرَةِ حَسَنَةً وَّقِنَا عَذَابَ النَّارِ
li-between-the-yemeni-corner = رکنِ یمانی اور حجرِ اسود کے درمیان یہ دعا پڑھیں: رَبَّنَا آتِنَا فِي الدُّنْيَا حَسَنَةً وَّفِي الْآخِرَةِ حَسَنَةً وَّقِنَا عَذَابَ النَّارِ

# en: Pray two rak'ahs behind Maqam Ibrahim if there is room; anywhere in the mosque is valid.
li-pray-two-rak-ahs = جگہ ہو تو مقامِ ابراہیم کے پیچھے دو رکعت نفل ادا کریں؛ مسجد میں کہیں بھی پڑھ لیں تو ادا ہو جاتے ہیں۔

# en: Walk seven times between Safa and Marwah, about 3.2 km in all.
li-walk-seven-times-between = صفا اور مروہ کے درمیان سات چکر لگائیں (سعی)، جو کل ملا کر تقریباً 3.2 کلومیٹر بنتے ہیں۔

# en: Men shave the head or trim the hair; women cut a fingertip's length. The restrictions of ihram are now lifted.
li-men-shave-the-head = مرد سر منڈوائیں یا بال کتروائیں؛ خواتین انگلی کے پور کے برابر بال کاٹیں۔ اب احرام کی پابندیاں ختم ہو جاتی ہیں۔

# en: **8 Dhul Hijjah (4 June)**: put on the ihram again in your building, make the intention for Hajj and go to Mina. Pray the five prayers from Zuhr to the next Fajr there, shortening the four-rak'ah prayers.
li-8-dhul-hijjah-4 = **۸ ذوالحجہ (4 جون)**: اپنی رہائش گاہ ہی میں دوبارہ احرام باندھیں، حج کی نیت کریں اور منیٰ روانہ ہو جائیں۔ وہاں ظہر سے اگلے دن کی فجر تک پانچوں نمازیں ادا کریں، اور چار رکعت والی نمازوں میں قصر کریں۔

# en: **9 Dhul Hijjah (5 June), the Day of Arafah**: the one day that cannot be made up. The Prophet ﷺ said, "Hajj is Arafah" (narrated by Abdur Rahman ibn Ya'mar, RA).
li-9-dhul-hijjah-5 = **۹ ذوالحجہ (5 جون)، یومِ عرفہ**: وہ دن جس کی قضا نہیں ہو سکتی۔ نبی کریم ﷺ نے فرمایا: ”حج عرفہ ہی ہے۔“ (راوی: حضرت عبدالرحمٰن بن یعمرؓ)

# en: Leave Mina after sunrise. The Mashair train runs from Mina station 3 to Arafat station 1 in about 10 minutes, but only for pilgrims with a train card.
li-leave-mina-after-sunrise = طلوعِ آفتاب کے بعد منیٰ سے روانہ ہوں۔ مشاعر ٹرین منیٰ اسٹیشن 3 سے عرفات اسٹیشن 1 تک تقریباً ۱۰ منٹ میں پہنچا دیتی ہے، مگر صرف ان حجاج کو جن کے پاس ٹرین کارڈ ہو۔

# en: Hear the sermon from Masjid Namirah, on the radio in your tent if need be, and pray Zuhr and Asr together.
li-hear-the-sermon-from = مسجدِ نمرہ سے خطبۂ حج سنیں، ضرورت ہو تو اپنے خیمے میں ریڈیو پر، اور ظہر و عصر ملا کر ادا کریں۔

# en: Stand facing the qiblah in dua until sunset. Do not leave the boundary of Arafat before the sun has set.
li-stand-facing-the-qiblah = غروبِ آفتاب تک قبلہ رُو کھڑے ہو کر دعا کرتے رہیں۔ سورج غروب ہونے سے پہلے عرفات کی حدود سے باہر نہ نکلیں۔

# en: **The night of 9–10 Dhul Hijjah, Muzdalifah**: pray Maghrib and Isha together, sleep under the sky, and collect 49 pebbles, each the size of a chickpea, or 70 if you will stay for the 13th.
li-the-night-of-9 = **۹ اور ۱۰ ذوالحجہ کی درمیانی رات، مزدلفہ**: مغرب اور عشاء ملا کر پڑھیں، کھلے آسمان تلے رات گزاریں، اور چنے کے دانے کے برابر ۴۹ کنکریاں چن لیں، یا اگر ۱۳ تاریخ تک رکنا ہو تو ۷۰۔

# en: **10 Dhul Hijjah (6 June), Eid al-Adha**: the busiest day.
li-10-dhul-hijjah-6 = **۱۰ ذوالحجہ (6 جون)، عیدالاضحیٰ**: سب سے مصروف دن۔

# en: Throw seven pebbles at Jamrat al-Aqabah only, saying اللّٰهُ أَكْبَرُ with each.
li-throw-seven-pebbles-at = صرف جمرۂ عقبہ کو سات کنکریاں ماریں، اور ہر کنکری کے ساتھ اَللّٰہُ اَکْبَرُ کہیں۔

# en: Have your animal sacrificed, usually through the bank voucher bought in Pakistan.
li-have-your-animal-sacrificed = قربانی کروائیں، عموماً اس بینک واؤچر کے ذریعے جو پاکستان میں خریدا گیا تھا۔

# en: Shave or trim, and take off the ihram.
li-shave-or-trim-and = سر منڈوائیں یا بال کتروائیں، اور احرام کھول دیں۔

# en: Perform Tawaf al-Ifadah and the sa'i in Makkah, today or on the 11th or 12th.
li-perform-tawaf-al-ifadah = مکہ مکرمہ میں طوافِ زیارت (طوافِ افاضہ) اور سعی کریں، آج ہی یا ۱۱ یا ۱۲ تاریخ کو۔

# en: **11–12 Dhul Hijjah (7–8 June)**: after noon, stone all three jamarat, seven pebbles each, from the small one to the large. Leave Mina before sunset on the 12th, or stay and stone again on the 13th (9 June).
li-11-12-dhul-hijjah = **۱۱–۱۲ ذوالحجہ (7–8 جون)**: زوال کے بعد تینوں جمرات کو سات سات کنکریاں ماریں، چھوٹے سے شروع کر کے بڑے تک۔ ۱۲ تاریخ کو غروبِ آفتاب سے پہلے منیٰ سے نکل جائیں، یا رک جائیں اور ۱۳ تاریخ (9 جون) کو دوبارہ رمی کریں۔

# en: **The farewell tawaf**: the last act before leaving Makkah. Women in their period are excused from it.
li-the-farewell-tawaf-the = **طوافِ وداع**: مکہ مکرمہ سے روانگی سے پہلے آخری عمل۔ ایامِ مخصوصہ والی خواتین کو اس سے رخصت ہے۔

# en: How far it is
h-how-far-it-is = فاصلے کتنے ہیں

# en: Most Pakistani pilgrims walk at least one of these legs. Distances are by the pedestrian routes and are approximate.
p-most-pakistani-pilgrims-walk = زیادہ تر پاکستانی حجاج ان میں سے کم از کم ایک مرحلہ پیدل طے کرتے ہیں۔ فاصلے پیدل راستوں کے حساب سے ہیں اور تخمینی ہیں۔

# en: From
cell-from = کہاں سے

# en: To
cell-to = کہاں تک

# en: Distance (km)
cell-distance-km = فاصلہ (کلومیٹر)

# en: On foot
cell-on-foot = پیدل

# en: Makkah (Masjid al-Haram)
cell-makkah-masjid-al-haram = مکہ مکرمہ (مسجدِ حرام)

# en: Mina
cell-mina = منیٰ

# en: about 2 hours
cell-about-2-hours = تقریباً ۲ گھنٹے

# en: Arafat
cell-arafat = عرفات

# en: 3 to 4 hours
cell-3-to-4-hours = ۳ سے ۴ گھنٹے

# en: Muzdalifah
cell-muzdalifah = مزدلفہ

# en: 2 to 3 hours
cell-2-to-3-hours = ۲ سے ۳ گھنٹے

# en: Jamarat, Mina
cell-jamarat-mina = جمرات، منیٰ

# en: about 1½ hours
cell-about-1-hours = تقریباً ڈیڑھ گھنٹہ

# en: Jamarat
cell-jamarat = جمرات

# en: Masjid al-Haram
cell-masjid-al-haram = مسجدِ حرام

# en: Common mistakes
h-common-mistakes = عام غلطیاں

# en: Hazrat Umar (RA) kissed the Black Stone and said: "I know that you are a stone that can neither harm nor benefit; had I not seen the Messenger of Allah ﷺ kiss you, I would not have kissed you." Do not push and hurt others to reach it; pointing towards it from a distance is enough.
p-hazrat-umar-ra-kissed = حضرت عمر فاروق رضی اللہ عنہ نے حجرِ اسود کو بوسہ دیا اور فرمایا: ”میں جانتا ہوں کہ تو ایک پتھر ہے، نہ نقصان پہنچا سکتا ہے نہ نفع؛ اگر میں نے رسول اللہ ﷺ کو تجھے بوسہ دیتے نہ دیکھا ہوتا تو میں تجھے کبھی بوسہ نہ دیتا۔“ اس تک پہنچنے کے لیے دھکم پیل کر کے دوسروں کو تکلیف نہ دیں؛ دور سے اس کی طرف ہاتھ سے اشارہ کر دینا کافی ہے۔

# en: The commonest error we see is pilgrims leaving Arafat at 4 pm to beat the crowd. The wuquf lasts until sunset, whatever the bus driver says.
quote-the-commonest-error-we = سب سے عام غلطی جو ہم دیکھتے ہیں یہ ہے کہ حجاج رش سے بچنے کے لیے شام 4 بجے ہی عرفات سے نکل جاتے ہیں۔ وقوف غروبِ آفتاب تک ہے، بس ڈرائیور چاہے کچھ بھی کہے۔

# en: — Hajj Medical Mission, Makkah, report for 1445
quote-hajj-medical-mission-makkah = — حج میڈیکل مشن، مکہ مکرمہ، ۱۴۴۵ھ کی رپورٹ

# en: Drink at least three litres of water a day, carry an umbrella, and keep your *Nusuk* card and wristband on you at all times. The temperature at Arafat reached 47 °C last season.
p-drink-at-least-three = روزانہ کم از کم تین لیٹر پانی پئیں، چھتری ساتھ رکھیں، اور اپنا *نسک* کارڈ اور کلائی کا بینڈ ہر وقت اپنے پاس رکھیں۔ پچھلے سیزن میں عرفات میں درجۂ حرارت 47 °C تک پہنچ گیا تھا۔

# en: The Ministry of Religious Affairs publishes the confirmed dates, flight schedules and training videos at [mora.gov.pk](https://www.mora.gov.pk). Check again after the Saudi Supreme Court announces the sighting of the Dhul Hijjah moon.
note-the-ministry-of-religious = وزارتِ مذہبی امور تصدیق شدہ تاریخیں، پروازوں کے شیڈول اور تربیتی ویڈیوز [وزارت کی ویب سائٹ](https://www.mora.gov.pk) پر جاری کرتی ہے۔ ذوالحجہ کا چاند نظر آنے کے بارے میں سعودی سپریم کورٹ کے اعلان کے بعد دوبارہ دیکھ لیں۔

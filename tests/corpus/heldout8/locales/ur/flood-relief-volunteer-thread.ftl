### Urdu translation of content/flood-relief-volunteer-thread.md. Above each message, `# en:` records the English it was translated from.

# features: emoji, quotes-punct
# en: Ten days in Dadu 🧵: a volunteer's thread from the flood camps
title = دادو میں دس دن 🧵: سیلاب کیمپوں سے ایک رضاکار کا تھریڈ

# features: hashtag, latin-words, digits-urdu, dates, quotes-punct
# en: Posted as a thread on X during the 2022 floods in Sindh and collected here, photos left out: what we saw in the camps, what was needed, and how people helped. #FloodRelief
summary = ۲۰۲۲ء کے سیلاب کے دوران X پر تھریڈ کی صورت میں پوسٹ کیا گیا اور یہاں تصویروں کے بغیر یکجا کیا گیا: ہم نے سندھ کے کیمپوں میں کیا دیکھا، کس چیز کی ضرورت تھی، اور لوگوں نے کیسے مدد کی۔ #FloodRelief

# features: latin-words, digits-western, dates, quotes-punct
# en: This thread went round on X in September 2022, while I was volunteering with a small team in Dadu district. Many of you asked for it in one place, so here it is, as I typed it on my phone, typos and all. The names of families have been changed.
p-this-thread-went-round = یہ تھریڈ ستمبر 2022 میں X پر خوب گردش کرتا رہا، جب میں ضلع دادو میں ایک چھوٹی سی ٹیم کے ساتھ رضاکار کے طور پر کام کر رہی تھی۔ بہت سے لوگوں نے کہا کہ اسے ایک جگہ جمع کر دوں، تو یہ حاضر ہے، ویسا ہی جیسا میں نے فون پر ٹائپ کیا تھا، غلطیوں سمیت۔ خاندانوں کے نام بدل دیے گئے ہیں۔

# features: thread-number, hashtag, digits-western, ellipsis, quotes-punct
# en: 1/ Reached Dadu last night after 9 hours on the road from Karachi. The last 40 km took 4 hours. Water on both sides of the road as far as you can see. Whole villages are just... rooftops. #FloodRelief #SindhFloods
p-1-reached-dadu-last = 1/ کل رات کراچی سے 9 گھنٹے کے سفر کے بعد دادو پہنچے۔ آخری 40 کلومیٹر میں 4 گھنٹے لگے۔ سڑک کے دونوں طرف جہاں تک نظر جائے پانی ہی پانی۔ پورے پورے گاؤں بس... چھتیں رہ گئے ہیں۔ #FloodRelief #سیلاب_متاثرین

# features: thread-number, digits-western, emoji, quotes-punct
# en: 2/ The camp at the government boys' school in Johi has 1,100 people in a building meant for 300 children. No toilets that work. The women wait till dark. Kids are drinking the flood water because there is nothing else 💧💧
p-2-the-camp-at = 2/ جوہی کے سرکاری بوائز اسکول کے کیمپ میں 1,100 لوگ ہیں، اس عمارت میں جو 300 بچوں کے لیے بنی تھی۔ کوئی ٹوائلٹ کام نہیں کر رہا۔ عورتیں اندھیرا ہونے کا انتظار کرتی ہیں۔ بچے سیلاب کا پانی پی رہے ہیں کیونکہ اور کچھ ہے ہی نہیں 💧💧

# features: thread-number, emoji, digits-urdu, units, latin-words, quotes-punct
# en: 3/ Our first truck 🚚 arrived this morning: 500 ration bags, each with 10 kg atta, 5 kg rice, 2 kg daal, 2 litres of oil, sugar, tea and ORS. We gave them out by token so there was no stampede. Bas yaar, the line never ended.
p-3-our-first-truck = 3/ ہمارا پہلا ٹرک 🚚 آج صبح پہنچ گیا: ۵۰۰ راشن بیگ، ہر ایک میں ۱۰ کلو آٹا، ۵ کلو چاول، ۲ کلو دال، ۲ لیٹر تیل، چینی، پتی اور ORS۔ ہم نے ٹوکن کے ذریعے تقسیم کیا تاکہ بھگدڑ نہ مچے۔ بس یار، لائن ختم ہی نہیں ہو رہی تھی۔

# features: thread-number, zwj-emoji, digits-western, tatweel, latin-words, shouting, exclaim-run, quotes-punct
# en: 4/ Dr. Sadia 👩‍⚕️ (our only doctor, bless her) saw 213 patients today. Diarrhoea, skin infections, malaria, and so many pregnant women with nowhere to go. She needs ORS, zinc, paracetamol syrup, antifungal cream and mosquito nets. URGENT!!!
p-4-dr-sadia-our = 4/ ڈاکٹر سعدیہ 👩‍⚕️ (ہماری اکلوتی ڈاکٹر، اللہ انہیں سلامت رکھے) نے آج 213 مریض دیکھے۔ دست، جلد کے انفیکشن، ملیریا، اور بہـــت سی حاملہ عورتیں جن کے پاس کہیں جانے کی جگہ نہیں۔ انہیں ORS، زنک، پیراسیٹامول سیرپ، فنگس کی کریم اور مچھر دانیوں کی ضرورت ہے۔ URGENT!!!

# features: thread-number, reversed-quotes, emoji, quotes-punct
# en: 5/ Everyone keeps asking "what can I send?" Here is the list. Please DON'T send old clothes, we have mountains of them and nowhere dry to keep them 🙏
p-5-everyone-keeps-asking = 5/ سب پوچھ رہے ہیں ”کیا بھیجیں؟“ یہ رہی لسٹ۔ پلیز پرانے کپڑے بالکل مت بھیجیں، ہمارے پاس ان کے پہاڑ لگے ہیں اور رکھنے کو کوئی خشک جگہ نہیں 🙏

# features: task-list, digits-urdu, quotes-punct
# en: Ration bags (500 delivered, 500 more needed)
li-ration-bags-500-delivered = راشن بیگ (۵۰۰ پہنچ گئے، ۵۰۰ مزید چاہییں)

# features: task-list, digits-western, units, quotes-punct
# en: Drinking water, 2,000 litres a day (we get 1,200)
li-drinking-water-2-000 = پینے کا پانی، روزانہ 2,000 لیٹر (ہمیں 1,200 مل رہا ہے)

# features: task-list
# en: Water purification tablets
li-water-purification-tablets = پانی صاف کرنے والی گولیاں

# features: task-list, digits-western
# en: 300 mosquito nets
li-300-mosquito-nets = 300 مچھر دانیاں

# features: task-list
# en: Hygiene kits for women and girls
li-hygiene-kits-for-women = خواتین اور بچیوں کے لیے ہائجین کٹس

# features: task-list
# en: Tarpaulin sheets and tents
li-tarpaulin-sheets-and-tents = ترپال اور خیمے

# features: task-list, latin-words
# en: Baby formula and ORS sachets
li-baby-formula-and-ors = بچوں کا فارمولا دودھ اور ORS کے ساشے

# features: thread-number, roman-urdu, missing-space, quotes-punct
# en: 6/ A friend forwarded me this message from his cousin in Mehar: "Bhai, paani sar se guzar gaya hai, bas dua karo." That was all. Then his phone went off. We still don't know if they got out.
p-6-a-friend-forwarded = 6/ ایک دوست نے مہڑ سے اپنے کزن کا یہ میسج فارورڈ کیا: "Bhai, paani sar se guzar gaya hai, bas dua karo." بس اتنا ہی۔اس کے بعد اس کا فون بند ہو گیا۔ ہمیں ابھی تک نہیں پتا کہ وہ لوگ نکل پائے یا نہیں۔

# features: thread-number, exclaim-run, mention, shouting, url-encoded, url-email, quotes-punct
# en: 7/ Three days and not one official from the district administration has come to this camp?! Tagging @NDMA_PK and @SindhPDMA: the Johi camp needs water tankers TODAY. Location: https://www.google.com/maps/search/?api=1&query=Johi%2C%20Dadu%2C%20Sindh
p-7-three-days-and = 7/ تین دن ہو گئے اور ضلعی انتظامیہ کا ایک بھی افسر اس کیمپ میں نہیں آیا؟! @NDMA_PK اور @SindhPDMA کو ٹیگ کر رہی ہوں: جوہی کیمپ کو پانی کے ٹینکر آج ہی چاہییں، TODAY۔ لوکیشن: https://www.google.com/maps/search/?api=1&query=Johi%2C%20Dadu%2C%20Sindh

# features: thread-number, emoji, digits-western, time, quotes-punct
# en: 8/ Good news for once ❤️ The tanker came at 11 pm. The kids were dancing in its headlights. Allah khair kare, tomorrow we try to reach the villages near Manchar lake by boat.
p-8-good-news-for = 8/ آخرکار ایک اچھی خبر ❤️ ٹینکر رات 11 بجے پہنچا۔ بچے اس کی ہیڈ لائٹس کی روشنی میں ناچ رہے تھے۔ اللہ خیر کرے، کل ہم کشتی کے ذریعے منچھر جھیل کے قریب کے گاؤں تک پہنچنے کی کوشش کریں گے۔

# features: thread-number, arabic-letters, digits-western, time, exclaim-run, quotes-punct
# en: 9/ Boat trip cancelled. The PDMA says the water in Manchar is still rising and the embankment road has been cut. 7 families are still on a rooftop in one village. We sent their location to the rescue team at 6 am and it is now 4 pm⁉ No reply.
p-9-boat-trip-cancelled = 9/ کشتی کا سفر منسوخ۔ پی ڈی ايم اے كے مطابق منچھر جھيل ميں پاني كي سطح اب بھي بڑھ رہي ہے اور پشتے والي سڑك كٹ چكي ہے۔ ایک گاؤں میں ابھی تک 7 خاندان ایک چھت پر ہیں۔ ہم نے صبح 6 بجے ان کی لوکیشن ریسکیو ٹیم کو بھیجی تھی اور اب شام کے 4 بج گئے ہیں⁉ کوئی جواب نہیں۔

# features: thread-number, quotes-punct
# en: 10/ How to donate. We are a registered group and every rupee is on our public sheet.
p-10-how-to-donate = 10/ عطیات کیسے دیں۔ ہم ایک رجسٹرڈ گروپ ہیں اور ایک ایک روپے کا حساب ہماری پبلک شیٹ پر موجود ہے۔

# features: line-breaks, iban, latin-words, latin-in-parens, digits-western, quotes-punct
# en: Account title: Sindh Relief Volunteers\
# en: Bank: Standard Chartered Bank (Pakistan) Ltd\
# en: Account No. 01-1123456-702\
# en: IBAN: PK36SCBL0000001123456702
p-account-title-sindh-relief =
    اکاؤنٹ ٹائٹل: Sindh Relief Volunteers\
    بینک: اسٹینڈرڈ چارٹرڈ بینک (پاکستان) لمیٹڈ\
    اکاؤنٹ نمبر: 01-1123456-702\
    IBAN: PK36SCBL0000001123456702

# features: thread-number, url-urdu, url-encoded, url-email, latin-words, quotes-punct
# en: 11/ Full accounts, receipts and photos are on our blog: https://blog.example.org/2022/09/سیلاب-متاثرین-کی-مدد/ (if WhatsApp turns it into https://blog.example.org/2022/09/%D8%B3%DB%8C%D9%84%D8%A7%D8%A8-%D9%85%D8%AA%D8%A7%D8%AB%D8%B1%DB%8C%D9%86-%DA%A9%DB%8C-%D9%85%D8%AF%D8%AF/ don't worry, it is the same link).
p-11-full-accounts-receipts = 11/ مکمل حساب، رسیدیں اور تصویریں ہمارے بلاگ پر ہیں: https://blog.example.org/2022/09/سیلاب-متاثرین-کی-مدد/ (اگر WhatsApp اسے https://blog.example.org/2022/09/%D8%B3%DB%8C%D9%84%D8%A7%D8%A8-%D9%85%D8%AA%D8%A7%D8%AB%D8%B1%DB%8C%D9%86-%DA%A9%DB%8C-%D9%85%D8%AF%D8%AF/ بنا دے تو پریشان نہ ہوں، یہ وہی لنک ہے)۔

# features: thread-number, emoji, quotes-punct
# en: 12/12 Going home tomorrow. I have never been so tired, or so angry, or so proud of ordinary people. The uncle who lent us his only boat. The schoolgirls who ran the token line better than any official could. Pakistan zindabad 🇵🇰❤️
p-12-12-going-home = 12/12 کل گھر واپسی ہے۔ میں زندگی میں کبھی اتنی تھکی ہوئی، اتنی غصے میں، اور عام لوگوں پر اتنا فخر کرنے والی نہیں رہی۔ وہ چاچا جنہوں نے ہمیں اپنی اکلوتی کشتی دے دی۔ وہ اسکول کی بچیاں جنہوں نے ٹوکن کی لائن کسی بھی افسر سے بہتر سنبھالی۔ پاکستان زندہ باد 🇵🇰❤️

# features: hashtag
# en: #FloodRelief #SindhFloods #سیلاب_متاثرین
p-floodrelief-sindhfloods = #سیلاب_متاثرین #FloodRelief #SindhFloods

### Urdu translation of content/climate-policy-brief.md. Above each message, `# en:` records the English it was translated from.

# features: latin-words, quotes-punct
# en: Decarbonization without deindustrialization: Pakistan's power sector after COP28
title = صنعت کی قربانی کے بغیر کاربن کے اخراج میں کمی: COP28 کے بعد پاکستان کا توانائی کا شعبہ

# features: digits-western, decimals-percent, latin-words
# en: A policy brief on how Pakistan can meet its NDC, cut a fuel import bill that grew 19.5% in a year, and share the responsibilities between Islamabad and the provinces.
summary = ایک پالیسی بریف: پاکستان اپنے NDC کے اہداف کیسے پورے کر سکتا ہے، ایک سال میں 19.5% بڑھ جانے والا ایندھن کا درآمدی بل کیسے کم کر سکتا ہے، اور اسلام آباد اور صوبوں کے درمیان ذمہ داریاں کیسے بانٹی جائیں۔

# features: digits-western, decimals-percent, latin-in-parens, latin-words, subscript, quotes-punct, footnote
# en: At COP28 in Dubai in December 2023, almost 200 parties to the United Nations Framework Convention on Climate Change (UNFCCC) agreed, for the first time, on "transitioning away from fossil fuels in energy systems".[^1] For Pakistan, which produces less than 1% of the world's CO₂ emissions but is among the ten countries most affected by climate change, the question is no longer whether to decarbonize but how to pay for it.
p-at-cop28-in-dubai = دسمبر 2023 میں دبئی میں ہونے والی COP28 میں اقوامِ متحدہ کے فریم ورک کنونشن برائے موسمیاتی تبدیلی (UNFCCC) کے تقریباً 200 فریقوں نے پہلی بار ”توانائی کے نظاموں میں فوسل ایندھن سے دوری“ پر اتفاق کیا۔[^1] پاکستان دنیا کے CO₂ اخراج کا 1% سے بھی کم پیدا کرتا ہے مگر موسمیاتی تبدیلی سے سب سے زیادہ متاثرہ دس ممالک میں شامل ہے؛ اس کے لیے سوال اب یہ نہیں کہ کاربن کا اخراج ختم کرنا ہے یا نہیں، بلکہ یہ ہے کہ اس کے اخراجات کیسے پورے کیے جائیں۔

# features: digits-western, decimals-percent, latin-in-parens, footnote
# en: Pakistan's updated Nationally Determined Contribution (NDC), submitted in 2021, promises to cut projected emissions by 50% by 2030: 15% from its own resources and 35% if international finance arrives. It also promises that 60% of electricity will come from renewable sources, hydropower included, and that 30% of new vehicles sold will be electric by the same year.[^2]
p-pakistan-s-updated-nationally = پاکستان نے 2021 میں اپنا تازہ ترین ”قومی سطح پر طے شدہ حصہ“ (NDC) جمع کرایا تھا، جس میں 2030 تک متوقع اخراج میں 50% کمی کا وعدہ کیا گیا ہے: 15% اپنے وسائل سے اور 35% بین الاقوامی مالی معاونت ملنے کی صورت میں۔ اس میں یہ وعدہ بھی شامل ہے کہ اسی سال تک 60% بجلی قابلِ تجدید ذرائع سے، بشمول پن بجلی، حاصل کی جائے گی اور فروخت ہونے والی نئی گاڑیوں میں سے 30% برقی ہوں گی۔[^2]

# features: quotes-punct
# en: Where the power comes from
h-where-the-power-comes = بجلی کہاں سے آتی ہے؟

# features: digits-western, decimals-percent, units, latin-in-parens
# en: In the fiscal year 2022-23 the country had about 43,000 MW (43 GW) of installed capacity, but peak demand in summer rarely went above 29 GW. Imported fuels (regasified LNG, coal and furnace oil) still produced about 36% of the electricity, and the fuel import bill grew 19.5% in a single year, mostly because of the fall of the rupee.
p-in-the-fiscal-year = مالی سال 2022-23 میں ملک کی نصب شدہ پیداواری صلاحیت تقریباً 43,000 MW (43 GW) تھی، مگر گرمیوں میں زیادہ سے زیادہ طلب شاذ ہی 29 GW سے اوپر گئی۔ درآمدی ایندھن (ری گیسیفائیڈ ایل این جی، کوئلہ اور فرنس آئل) سے اب بھی تقریباً 36% بجلی پیدا ہوئی، اور ایندھن کا درآمدی بل ایک ہی سال میں 19.5% بڑھ گیا، جس کی بڑی وجہ روپے کی قدر میں کمی تھی۔

# features: digits-western, units, quotes-punct
# en: Wind and solar produced only about 5% of the electricity fed into the grid. Outside the grid, however, rooftop solar is spreading faster than any plan foresaw: net-metering connections passed 2,000 MW in 2023, and shopkeepers in Lahore and Multan now sell 550-watt panels like any other appliance.
p-wind-and-solar-produced = گرڈ میں شامل ہونے والی بجلی میں ہوا اور شمسی توانائی کا حصہ صرف 5 فیصد کے قریب تھا۔ تاہم گرڈ سے باہر چھتوں پر لگے سولر پینل کسی بھی منصوبہ بندی سے زیادہ تیزی سے پھیل رہے ہیں: 2023 میں نیٹ میٹرنگ کنکشنز 2,000 MW سے تجاوز کر گئے، اور لاہور اور ملتان کے دکاندار اب 550 واٹ کے پینل کسی بھی دوسرے گھریلو سامان کی طرح بیچتے ہیں۔

# features: none
# en: Four obstacles
h-four-obstacles = چار رکاوٹیں

# features: digits-western, quotes-punct
# en: The first obstacle is the circular debt of the power sector, which reached Rs 2,600 billion in 2023. The second is capacity payments: consumers pay for power plants whether or not they run. The third is the grid itself, which was built to carry power from the north to the south, not from thousands of small sources.
p-the-first-obstacle-is = پہلی رکاوٹ توانائی کے شعبے کا گردشی قرضہ ہے جو 2023 میں 2,600 ارب روپے تک پہنچ گیا۔ دوسری رکاوٹ کیپیسٹی پیمنٹس ہیں: صارفین بجلی گھروں کو ادائیگی کرتے ہیں چاہے وہ چلیں یا نہ چلیں۔ تیسری رکاوٹ خود گرڈ ہے، جو شمال سے جنوب کی طرف بجلی پہنچانے کے لیے بنایا گیا تھا، ہزاروں چھوٹے ذرائع سے بجلی لینے کے لیے نہیں۔

# features: digits-western, latin-in-parens
# en: The fourth obstacle is institutional. Since the Eighteenth Amendment (2010), energy and the environment are shared between the federal government and the provinces, but nobody has written down who pays for the grid, who licenses a wind farm and who answers for the targets. Intergovernmental coordination is the weakest link in the whole chain.
p-the-fourth-obstacle-is = چوتھی رکاوٹ ادارہ جاتی ہے۔ اٹھارہویں ترمیم (2010) کے بعد سے توانائی اور ماحولیات وفاقی حکومت اور صوبوں کی مشترکہ ذمہ داری ہیں، لیکن کسی نے یہ طے نہیں کیا کہ گرڈ کا خرچ کون اٹھائے گا، ونڈ فارم کا لائسنس کون دے گا اور اہداف کا جواب دہ کون ہو گا۔ بین الحکومتی (intergovernmental) رابطہ اس پوری زنجیر کی سب سے کمزور کڑی ہے۔

# features: none
# en: Recommendations
h-recommendations = سفارشات

# features: latin-in-parens, quotes-punct
# en: Electrification of demand:
li-electrification-of-demand = طلب کی برقی کاری (electrification):

# features: quotes-punct
# en: replace gas geysers and heaters with electric heat pumps in new buildings;
li-replace-gas-geysers-and = نئی عمارتوں میں گیس گیزر اور ہیٹر کی جگہ برقی ہیٹ پمپ لگائے جائیں؛

# features: digits-western, latin-words, quotes-punct
# en: make 30% of new motorcycles and rickshaws electric by 2030, as the NDC promises.
li-make-30-of-new = NDC کے وعدے کے مطابق 2030 تک نئی موٹر سائیکلوں اور رکشوں میں سے 30 فیصد برقی ہوں۔

# features: quotes-punct
# en: Grid and storage:
li-grid-and-storage = گرڈ اور ذخیرہ:

# features: digits-western, units, quotes-punct
# en: build 1,000 MW of battery storage next to the large solar parks;
li-build-1-000-mw = بڑے سولر پارکس کے ساتھ 1,000 MW کی بیٹری اسٹوریج تعمیر کی جائے؛

# features: none
# en: let distribution companies buy power directly from solar and wind plants near them.
li-let-distribution-companies-buy = تقسیم کار کمپنیوں کو اجازت دی جائے کہ وہ اپنے قریب واقع شمسی اور ہوائی بجلی گھروں سے براہِ راست بجلی خریدیں۔

# features: quotes-punct
# en: Finance and responsibilities:
li-finance-and-responsibilities = مالیات اور ذمہ داریاں:

# features: quotes-punct
# en: agree in the Council of Common Interests which tier of government is responsible for each target;
li-agree-in-the-council = مشترکہ مفادات کونسل میں طے کیا جائے کہ ہر ہدف کی ذمہ داری حکومت کے کس درجے پر ہے؛

# features: digits-western, latin-in-parens
# en: use the internationalization of carbon markets under Article 6 of the Paris Agreement to sell credits, but only after a national registry is in place.
li-use-the-internationalization-of = پیرس معاہدے کے آرٹیکل 6 کے تحت کاربن منڈیوں کی بین الاقوامیت (internationalization) سے فائدہ اٹھا کر کاربن کریڈٹس فروخت کیے جائیں، لیکن صرف اس وقت جب قومی رجسٹری قائم ہو جائے۔

# features: quotes-punct
# en: A Pakistani negotiator in Dubai put the country's case bluntly:
p-a-pakistani-negotiator-in = دبئی میں ایک پاکستانی مذاکرات کار نے ملک کا مؤقف دو ٹوک الفاظ میں بیان کیا:

# features: none
# en: We did not cause this crisis, but we are paying for it with our fields, our homes and our children's health. Climate finance is not charity. It is what the polluters owe, and it must come as grants, not as new loans.
quote-we-did-not-cause = یہ بحران ہم نے پیدا نہیں کیا، لیکن اس کی قیمت ہم اپنے کھیتوں، اپنے گھروں اور اپنے بچوں کی صحت سے ادا کر رہے ہیں۔ موسمیاتی مالیات خیرات نہیں ہے۔ یہ وہ قرض ہے جو آلودگی پھیلانے والوں پر واجب ہے، اور یہ گرانٹ کی صورت میں آنا چاہیے، نئے قرضوں کی صورت میں نہیں۔

# features: quotes-punct
# en: What it would cost
h-what-it-would-cost = اس پر کتنا خرچ آئے گا؟

# features: digits-western, digits-urdu, decimals-percent, latin-in-parens
# en: Our estimate is that the decarbonization of the power sector alone needs about $100 billion of investment by 2030, roughly 20% of it from public money. A decarbonized grid would also cut the fuel import bill by up to $5 billion a year at current prices.
p-our-estimate-is-that = ہمارے اندازے کے مطابق صرف توانائی کے شعبے سے کاربن کے اخراج کے خاتمے (decarbonization) کے لیے 2030 تک تقریباً $100 ارب کی سرمایہ کاری درکار ہے، جس کا لگ بھگ ۲۰٪ سرکاری وسائل سے آئے گا۔ کاربن سے پاک گرڈ موجودہ قیمتوں پر ایندھن کے درآمدی بل میں سالانہ $5 ارب تک کمی بھی لا سکتا ہے۔

# features: url-email, link, latin-words
# en: The full report, with its data tables, is at https://example.org/report-2024, and comments are welcome at info@example.org. Pakistan's NDC and those of other countries can be read in the [UNFCCC NDC registry](https://unfccc.int/NDCREG).
p-the-full-report-with = ڈیٹا ٹیبلز سمیت مکمل رپورٹ https://example.org/report-2024 پر دستیاب ہے، اور آپ اپنی آراء info@example.org پر بھیج سکتے ہیں۔ پاکستان اور دیگر ممالک کے NDC [UNFCCC کی NDC رجسٹری](https://unfccc.int/NDCREG) میں پڑھے جا سکتے ہیں۔

# features: digits-western, latin-words, quotes-punct
# en: UNFCCC, Decision 1/CMA.5, *Outcome of the first global stocktake*, December 2023, paragraph 28(d).
note-unfccc-decision-1-cma = UNFCCC، فیصلہ 1/CMA.5، *Outcome of the first global stocktake*، دسمبر 2023، پیراگراف 28(d)۔

# features: digits-western, izafat, page-cite, latin-words
# en: Government of Pakistan, Ministry of Climate Change, *Updated Nationally Determined Contributions 2021*, pp. 8–12.
note-government-of-pakistan-ministry = حکومتِ پاکستان، وزارتِ موسمیاتی تبدیلی، *Updated Nationally Determined Contributions 2021*، ص 8–12۔

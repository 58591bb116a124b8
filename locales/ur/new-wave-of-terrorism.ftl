### اردو ترجمہ: دہشت گردی کی نئی لہر اور افغانستان کے بارے میں پاکستان کی خارجہ پالیسی
### ہر پیغام کے اوپر "# en:" وہ انگریزی متن ہے جس سے ترجمہ کیا گیا۔

# en: New wave of Terrorism and Pakistan’s Foreign Policy Towards Afghanistan
title = دہشت گردی کی نئی لہر اور افغانستان کے بارے میں پاکستان کی خارجہ پالیسی

# en: After the Taliban’s return to Kabul, a resurgent TTP is pushing Pakistan to rethink its Afghanistan policy, from border security to trade and soft power.
summary = کابل میں طالبان کی واپسی کے بعد دوبارہ سر اٹھاتی TTP پاکستان کو سرحدی سلامتی سے لے کر تجارت اور سافٹ پاور تک، اپنی افغان پالیسی پر نظرِ ثانی پر مجبور کر رہی ہے۔

# en: With the United States’ departure from Afghanistan, the country has once again succumbed to Taliban rule. While the incumbent regime continues to subjugate civil rights and curb freedom in Afghanistan, this side of the border isn’t shielded from militancy either. It is high time that we change the way we see Afghanistan and reshape our foreign policies.
p-with-the-united-states = امریکہ کے افغانستان سے انخلا کے ساتھ ہی یہ ملک ایک بار پھر طالبان کی حکمرانی کے آگے سرنگوں ہو گیا ہے۔ ایک طرف موجودہ حکومت افغانستان میں شہری حقوق کو کچل رہی ہے اور آزادیوں پر قدغنیں لگا رہی ہے، تو دوسری طرف سرحد کی اس جانب بھی ہم عسکریت پسندی سے محفوظ نہیں۔ اب وقت آ گیا ہے کہ ہم افغانستان کو دیکھنے کا اپنا انداز بدلیں اور اپنی خارجہ پالیسیوں کو نئے سرے سے تشکیل دیں۔

# en: Failed Diplomatic Relations with Afghan Taliban?
h-failed-diplomatic-relations-with = افغان طالبان کے ساتھ سفارتی تعلقات ناکام؟

# en: Taliban 2.0 is failing to keep peace between the two countries which has left them at loggerheads with eachother. After the fall of Kabul, there were many predictions that Tehreek-E-Taliban Pakistan (TTP) will raise its militancy in Pakistan, especially in the areas like Balochistan and ex-Fata.
p-taliban-2-0-is = طالبان 2.0 دونوں ممالک کے درمیان امن برقرار رکھنے میں ناکام ہو رہے ہیں، جس کی وجہ سے دونوں ملک ایک دوسرے کے آمنے سامنے آ گئے ہیں۔ سقوطِ کابل کے بعد بہت سی پیش گوئیاں کی گئی تھیں کہ تحریکِ طالبان پاکستان (TTP) پاکستان میں، خصوصاً بلوچستان اور سابق فاٹا جیسے علاقوں میں، اپنی عسکری کارروائیاں تیز کر دے گی۔

# en: In my Research paper titled “*US War in Afghanistan and Pakistan’s Post Withdrawal Foreign Policy for Afghanistan*” that was published in the Pakistan Journal of International Affairs, I had already predicted the resurgence of TTP in Pakistan. What happened in Bannu’s Counter Terrorism Department shows the surging wave of terrorism in Pakistan. The rising militancy and terrorism in Pakistan are the result of failed diplomatic relations between Pakistan and Taliban officials, aside from the shadowy deals with the US.
p-in-my-research-paper = میرے تحقیقی مقالے “*افغانستان میں امریکی جنگ اور انخلا کے بعد افغانستان کے لیے پاکستان کی خارجہ پالیسی*” میں، جو پاکستان جرنل آف انٹرنیشنل افیئرز میں شائع ہوا تھا، میں پاکستان میں TTP کے دوبارہ سر اٹھانے کی پیش گوئی پہلے ہی کر چکا تھا۔ بنوں کے کاؤنٹر ٹیررازم ڈیپارٹمنٹ میں جو کچھ ہوا، وہ پاکستان میں دہشت گردی کی بڑھتی ہوئی لہر کو ظاہر کرتا ہے۔ پاکستان میں بڑھتی ہوئی عسکریت پسندی اور دہشت گردی، امریکہ کے ساتھ پسِ پردہ سودے بازیوں کے علاوہ، پاکستان اور طالبان حکام کے درمیان ناکام سفارتی تعلقات کا نتیجہ ہیں۔

# en: Prof Dr. Ilyas Ansari, an authority in International Relations at the University of Central Punjab, opines that the rising terrorist attacks in Pakistan are the result of long dormant TTP cells. ‘This might be another proxy that Pakistan has to bear,’ he exclaimed.
p-prof-dr-ilyas-ansari = یونیورسٹی آف سینٹرل پنجاب میں بین الاقوامی تعلقات کے مستند ماہر پروفیسر ڈاکٹر الیاس انصاری کی رائے ہے کہ پاکستان میں بڑھتے ہوئے دہشت گرد حملے طویل عرصے سے غیر فعال پڑے TTP کے سیلز کا نتیجہ ہیں۔ انہوں نے پرزور انداز میں کہا: ‘یہ ایک اور پراکسی ہو سکتی ہے جس کا بوجھ پاکستان کو اٹھانا پڑے گا۔’

# en: The important thing now is our foreign policy towards Afghanistan that must only aim for peace on both sides.
p-the-important-thing-now = اب اہم بات افغانستان کے بارے میں ہماری خارجہ پالیسی ہے، جس کا واحد مقصد سرحد کے دونوں جانب امن ہونا چاہیے۔

# en: Rise of suicide attacks:
h-rise-of-suicide-attacks = خودکش حملوں میں اضافہ:

# en: The suicide attack in Peshawar Mosque has caused over 100 deaths and left many injured. TTP took the responsibility of the attack causing fear among many in Pakistan. Followed by the attack in Islamabad, this indicates that TTP is back with full might. It is being discussed among upper echelons of establishment that our policies have not proven effective with the militants and the ceasefire with them was just another trap we fell prey to.
p-the-suicide-attack-in = پشاور کی مسجد میں ہونے والے خودکش حملے میں 100 سے زائد افراد جاں بحق اور متعدد زخمی ہوئے۔ TTP نے حملے کی ذمہ داری قبول کی، جس سے پاکستان میں بہت سے لوگوں میں خوف پھیل گیا۔ اس کے بعد اسلام آباد میں ہونے والے حملے سے ظاہر ہوتا ہے کہ TTP پوری قوت کے ساتھ واپس آ چکی ہے۔ اسٹیبلشمنٹ کے اعلیٰ حلقوں میں یہ بات زیرِ بحث ہے کہ عسکریت پسندوں کے حوالے سے ہماری پالیسیاں مؤثر ثابت نہیں ہوئیں اور ان کے ساتھ جنگ بندی محض ایک اور جال تھی جس میں ہم پھنس گئے۔

# en: Post US withdrawal and after the success of the Taliban government, TTP needed time to settle in both countries so they put up the ceasefire that led to non-action from the Pakistani side. This gave them enough space and time to re-strategize themselves and attack Pakistan.
p-post-us-withdrawal-and = امریکی انخلا اور طالبان حکومت کی کامیابی کے بعد TTP کو دونوں ممالک میں قدم جمانے کے لیے وقت درکار تھا، اس لیے اس نے جنگ بندی کا اعلان کیا، جس کے نتیجے میں پاکستان کی جانب سے کوئی کارروائی نہیں کی گئی۔ اس سے انہیں دوبارہ حکمتِ عملی ترتیب دینے اور پاکستان پر حملے کرنے کے لیے خاطر خواہ گنجائش اور وقت مل گیا۔

# en: Our policy makers have been busy playing the ‘good taliban’ and ‘bad taliban’ since the APS attack of 2014 and while TTP has regained its power that Pakistan has minimized in the past. Our government and security officials have been negotiating with TTP via Afghan Taliban within close doors which seems to have failed. All the attacks that Pakistan is bearing right now are the retaliation attacks from TTP. It looks like the Peshawar blast was the revenge for TTP commander Khalid Khorasani that was killed last year.
p-our-policy-makers-have = 2014 میں APS حملے کے بعد سے ہمارے پالیسی ساز ‘اچھے طالبان’ اور ‘برے طالبان’ کا کھیل کھیلنے میں مصروف رہے ہیں، اور اس دوران TTP نے وہ طاقت دوبارہ حاصل کر لی ہے جسے پاکستان ماضی میں کم کر چکا تھا۔ ہماری حکومت اور سکیورٹی حکام افغان طالبان کے ذریعے بند دروازوں کے پیچھے TTP سے مذاکرات کرتے رہے ہیں، جو بظاہر ناکام ہو چکے ہیں۔ پاکستان اس وقت جتنے حملے جھیل رہا ہے، وہ سب TTP کی جوابی کارروائیاں ہیں۔ ایسا لگتا ہے کہ پشاور دھماکا گزشتہ سال مارے جانے والے TTP کمانڈر خالد خراسانی کا بدلہ تھا۔

# en: It won’t be right to say that TTP is one entity there are numerous factions within TTP harboring different agendas and allies
quote-it-won-t-be = یہ کہنا درست نہیں ہوگا کہ TTP ایک ہی اکائی ہے؛ TTP کے اندر متعدد دھڑے موجود ہیں جن کے ایجنڈے اور اتحادی الگ الگ ہیں۔

# en: The political and economic turmoil in Pakistan is another big reason for the resurgence of TTP in Pakistan. While the military officials were busy cleaning the political dirt on their names somewhere TTP was getting stronger. This has pushed Pakistan back to the situation in 2014 that was followed by major operations like Zarb Azab.
p-the-political-and-economic = پاکستان میں سیاسی اور معاشی بحران بھی TTP کے دوبارہ سر اٹھانے کی ایک بڑی وجہ ہے۔ جب فوجی حکام اپنے دامن پر لگے سیاسی داغ دھونے میں مصروف تھے، اسی دوران کہیں نہ کہیں TTP طاقت پکڑ رہی تھی۔ اس صورتِ حال نے پاکستان کو واپس 2014 کے حالات میں دھکیل دیا ہے، جن کے بعد ضربِ عضب جیسے بڑے آپریشن کیے گئے تھے۔

# en: Recently the Defense Minister Khawaja Asif has said that an operation like Zarb Azab requires consensus which gives us a hint that the establishment might already be onto it. At the same time the US agreed to fund the Pak-Afghan border to maximize its security and eliminate all threats. This decision has caused a big debate among many analysts in Pakistan.
p-recently-the-defense-minister = حال ہی میں وزیرِ دفاع خواجہ آصف نے کہا ہے کہ ضربِ عضب جیسے آپریشن کے لیے اتفاقِ رائے درکار ہے، جس سے یہ اشارہ ملتا ہے کہ اسٹیبلشمنٹ شاید پہلے ہی اس پر کام کر رہی ہے۔ اسی دوران امریکہ نے پاک افغان سرحد کی سکیورٹی کو زیادہ سے زیادہ مضبوط بنانے اور تمام خطرات کے خاتمے کے لیے فنڈز فراہم کرنے پر آمادگی ظاہر کی ہے۔ اس فیصلے نے پاکستان میں بہت سے تجزیہ کاروں کے درمیان ایک بڑی بحث چھیڑ دی ہے۔

# en: “We need to treat TTP and Afghan Taliban differently”
quote-we-need-to-treat = “ہمیں TTP اور افغان طالبان سے الگ الگ انداز میں نمٹنا ہوگا۔”

# en: Some believe that this will only increase the aggression between the two as the diplomatic ties failed and Pakistan falling back to the US for help will increase TTP aggression. Another perspective is that Pakistan is not in the economic situation to bear more attacks and lacks funds to secure the border. Although this was long predicted by many that this region holds discrete significance for the US and it will regain its presence in the region either militarily or economically.
p-some-believe-that-this = کچھ لوگوں کا خیال ہے کہ اس سے دونوں کے درمیان جارحیت میں مزید اضافہ ہی ہوگا، کیونکہ سفارتی تعلقات ناکام ہو چکے ہیں اور پاکستان کا مدد کے لیے دوبارہ امریکہ کی طرف رجوع کرنا TTP کی جارحیت کو بڑھائے گا۔ ایک اور نقطۂ نظر یہ ہے کہ پاکستان معاشی طور پر اس حالت میں نہیں کہ مزید حملے برداشت کر سکے، اور اس کے پاس سرحد کو محفوظ بنانے کے لیے فنڈز بھی نہیں ہیں۔ البتہ بہت سے لوگ عرصے سے یہ پیش گوئی کرتے آئے ہیں کہ یہ خطہ امریکہ کے لیے خاص اہمیت رکھتا ہے اور وہ فوجی یا معاشی، کسی نہ کسی طور پر خطے میں اپنی موجودگی دوبارہ قائم کرے گا۔

# en: The post-withdrawal position of Pakistan was very neutral, policies like strict border regulation, full fencing, and no more air or land access to US forces had put the country in a neutral position which was a good foreign policy gesture towards the Taliban 2.0.
p-the-post-withdrawal-position = انخلا کے بعد پاکستان کا مؤقف بالکل غیر جانبدار تھا۔ سرحد پر سخت ضوابط، مکمل باڑ لگانے اور امریکی افواج کو مزید فضائی یا زمینی رسائی نہ دینے جیسی پالیسیوں نے ملک کو غیر جانبدار حیثیت میں لا کھڑا کیا تھا، جو طالبان 2.0 کے لیے خارجہ پالیسی کے حوالے سے ایک اچھا اشارہ تھا۔

# en: A delicate foreign policy is required in this situation where Pakistan diplomatically and through public diplomacy engages Afghan people but at the same time national security cannot be compromised.
p-a-delicate-foreign-policy = اس صورتِ حال میں ایک نہایت محتاط خارجہ پالیسی درکار ہے، جس کے تحت پاکستان سفارتی سطح پر اور عوامی سفارت کاری کے ذریعے افغان عوام سے رابطہ استوار کرے، لیکن ساتھ ہی قومی سلامتی پر کوئی سمجھوتہ نہیں کیا جا سکتا۔

# en: Shift in our Foreign Policy towards Afghanistan:
h-shift-in-our-foreign = افغانستان کے بارے میں ہماری خارجہ پالیسی میں تبدیلی:

# en: Strong relations with Afghan Taliban and the citizens will help Pakistan establish healthy bilateral relations with Afghanistan. This will also reduce animosity between people across both sides of the border. Pakistan can go for policies which reflect soft power to Afghan nationals like allowing them to study in our universities, giving them scholarships, sending aid to Afghanistan and helping the country develop again in sectors like health, education and infrastructure
p-strong-relations-with-afghan = افغان طالبان اور افغان عوام کے ساتھ مضبوط تعلقات پاکستان کو افغانستان کے ساتھ خوشگوار دوطرفہ تعلقات قائم کرنے میں مدد دیں گے۔ اس سے سرحد کے دونوں جانب بسنے والے لوگوں کے درمیان دشمنی بھی کم ہوگی۔ پاکستان ایسی پالیسیاں اپنا سکتا ہے جن سے افغان شہریوں کے لیے اس کی سافٹ پاور جھلکے، مثلاً انہیں ہماری جامعات میں تعلیم حاصل کرنے کی اجازت دینا، انہیں وظائف دینا، افغانستان کو امداد بھیجنا اور صحت، تعلیم اور بنیادی ڈھانچے جیسے شعبوں میں اس ملک کی ازسرِنو ترقی میں مدد کرنا۔

# en: These policies will allow more trust and peace between the two and Afghan Taliban will themselves focus on maintaining peace between the two countries by eliminating TTP threats to Pakistan. But at the same time TTP is Pakistan’s internal issue and a threat to Pakistan’s security which at any cost Pakistan has to minimize. Currently, Afghanistan is playing a safe house for TTP and is one way or another protecting them.
p-these-policies-will-allow = ان پالیسیوں سے دونوں کے درمیان اعتماد اور امن بڑھے گا، اور افغان طالبان خود پاکستان کو TTP سے لاحق خطرات کا خاتمہ کر کے دونوں ممالک کے درمیان امن برقرار رکھنے پر توجہ دیں گے۔ لیکن ساتھ ہی TTP پاکستان کا اندرونی مسئلہ اور اس کی سلامتی کے لیے ایک خطرہ ہے، جسے پاکستان کو ہر قیمت پر کم کرنا ہوگا۔ اس وقت افغانستان TTP کے لیے محفوظ پناہ گاہ کا کردار ادا کر رہا ہے اور کسی نہ کسی طرح اسے تحفظ فراہم کر رہا ہے۔

# en: Pakistan cannot have a peaceful bilateral relationship with the Afghan Taliban until and unless TTP is eliminated. But since the resurgence of the Taliban in Afghanistan, we have seen many TTP members being released from Afghanistan jails which later entered Pakistan, this reflects the failed diplomatic relations with Afghanistan.
p-pakistan-cannot-have-a = جب تک TTP کا خاتمہ نہیں ہو جاتا، پاکستان افغان طالبان کے ساتھ پرامن دوطرفہ تعلقات قائم نہیں کر سکتا۔ لیکن افغانستان میں طالبان کے دوبارہ برسرِ اقتدار آنے کے بعد سے ہم نے دیکھا ہے کہ TTP کے بہت سے ارکان افغان جیلوں سے رہا کیے گئے جو بعد میں پاکستان میں داخل ہو گئے؛ یہ افغانستان کے ساتھ ناکام سفارتی تعلقات کی عکاسی کرتا ہے۔

# en: Pakistan has seen Afghanistan as a threat and a country that disturbs national security but it’s time for a change. As I’ve already mentioned, Pakistan has to shift its policies from geo-strategic to geo-economics and for that Pakistan has to engage its neighbors economically by starting trade with them.
p-pakistan-has-seen-afghanistan = پاکستان نے افغانستان کو ایک خطرے اور قومی سلامتی میں خلل ڈالنے والے ملک کے طور پر دیکھا ہے، لیکن اب تبدیلی کا وقت آ گیا ہے۔ جیسا کہ میں پہلے ذکر کر چکا ہوں، پاکستان کو اپنی پالیسیوں کا رخ جیو اسٹریٹیجک سے جیو اکنامک کی طرف موڑنا ہوگا، اور اس کے لیے پاکستان کو اپنے ہمسایوں کے ساتھ تجارت شروع کر کے ان سے معاشی روابط استوار کرنے ہوں گے۔

# en: If Pakistan shifts its policies to geo-economics with Afghanistan the ties between the two will be stronger and both of the countries can enjoy the trade benefit. On the other hand, if Pakistan engages Afghanistan and its citizens economically and culturally many issues in Balochistan can be resolved as they both share the same culture with each other.
p-if-pakistan-shifts-its = اگر پاکستان افغانستان کے ساتھ اپنی پالیسیوں کا رخ جیو اکنامکس کی جانب موڑ دے تو دونوں کے درمیان تعلقات مزید مضبوط ہوں گے اور دونوں ممالک تجارت کے فوائد سے مستفید ہو سکیں گے۔ دوسری جانب، اگر پاکستان افغانستان اور اس کے شہریوں کے ساتھ معاشی اور ثقافتی روابط بڑھائے تو بلوچستان کے کئی مسائل حل ہو سکتے ہیں، کیونکہ دونوں کی ثقافت مشترک ہے۔

# en: These are times Pakistan has to think of Afghanistan in a much positive light and not engage in harsh foreign policies and restrain from comments that can further increase aggression on both sides.
p-these-are-times-pakistan = یہ وہ وقت ہے جب پاکستان کو افغانستان کے بارے میں کہیں زیادہ مثبت انداز میں سوچنا ہوگا، سخت گیر خارجہ پالیسیوں سے گریز کرنا ہوگا اور ایسے بیانات سے اجتناب کرنا ہوگا جو دونوں جانب اشتعال کو مزید بڑھا سکیں۔

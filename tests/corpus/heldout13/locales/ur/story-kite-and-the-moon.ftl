### ur translation of content/story-kite-and-the-moon.md.

# en: Bilal's kite and the moon
title = بلال کی پتنگ اور چاند

# en: A bedtime story for children aged five to eight: a boy, a paper kite, a grandmother who knows a rhyme, and one very long night on the roof.
summary = پانچ سے آٹھ سال کے بچوں کے لیے سونے سے پہلے کی کہانی: ایک لڑکا، ایک کاغذی پتنگ، ایک نانی جنہیں ایک لوری یاد ہے، اور چھت پر گزری ایک بہت لمبی رات۔

# en: Bilal had a kite. It was not a big kite, and it was not a new kite. It was a small green kite with a patched corner and a tail made of Ammi's old ribbon—but it was *his*, and it flew higher than any kite on Kucha Chabuk Sawaran.
p-bilal-had-a-kite = بلال کے پاس ایک پتنگ تھی۔ وہ کوئی بڑی پتنگ نہیں تھی، اور نئی بھی نہیں تھی۔ وہ ایک چھوٹی سی ہری پتنگ تھی جس کا ایک کونا جُڑا ہوا تھا اور دُم امّی کے پرانے ربن کی بنی تھی—لیکن وہ *اُس کی* تھی، اور کوچہ چابک سواراں کی ہر پتنگ سے اونچی اُڑتی تھی۔

# en: "Higher!" Bilal shouted from the roof. "Go higher!"
p-higher-bilal-shouted-from = ”اور اونچی!“ بلال نے چھت سے آواز لگائی۔ ”اور اونچی جاؤ!“

# en: The kite climbed. It climbed past the pigeons on Chacha Rasheed's roof, past the water tank, past the dome of the mosque… and then the wind dropped, and the kite sat in the sky like a green leaf on a pond.
p-the-kite-climbed-it = پتنگ اوپر چڑھتی گئی۔ چاچا رشید کی چھت کے کبوتروں سے اوپر، پانی کی ٹینکی سے اوپر، مسجد کے گنبد سے اوپر… اور پھر ہوا تھم گئی، اور پتنگ آسمان میں یوں ٹھہر گئی جیسے تالاب پر کوئی ہرا پتا۔

# en: "Bilal! Come down!" Ammi called up the stairs. "It's getting dark!"
p-bilal-come-down-ammi = ”بلال! نیچے آ جاؤ!“ امّی نے سیڑھیوں سے پکارا۔ ”اندھیرا ہو رہا ہے!“

# en: "Just five more minutes, Ammi!"
p-just-five-more-minutes = ”بس پانچ منٹ اور، امّی!“

# en: "You said that five minutes ago."
p-you-said-that-five = ”یہ تم نے پانچ منٹ پہلے بھی کہا تھا۔“

# en: Bilal looked up. The sun had gone, and in the east a round, white moon was rising over the rooftops. It was so big and so close that it seemed to sit on the tip of the minaret.
p-bilal-looked-up-the = بلال نے اوپر دیکھا۔ سورج ڈوب چکا تھا، اور مشرق میں چھتوں کے اوپر ایک گول، سفید چاند نکل رہا تھا۔ وہ اتنا بڑا اور اتنا قریب تھا کہ لگتا تھا مینار کی نوک پر بیٹھا ہے۔

# en: "Look," he whispered to the kite. "Maybe… maybe you can reach it."
p-look-he-whispered-to = ”دیکھو،“ اُس نے پتنگ سے سرگوشی کی۔ ”شاید… شاید تم اُس تک پہنچ جاؤ۔“

# en: The string runs out
h-the-string-runs-out = ڈور ختم ہو گئی

# en: Bilal let out more string. And more. And *more*. The kite rose towards the moon, and the moon—Bilal was sure of it—leaned down a little to see who was coming.
p-bilal-let-out-more = بلال نے اور ڈور چھوڑی۔ اور۔ اور *اور*۔ پتنگ چاند کی طرف اُٹھتی گئی، اور چاند—بلال کو پورا یقین تھا—ذرا سا نیچے جھکا کہ دیکھے کون آ رہا ہے۔

# en: Then the reel went *click*. There was no more string.
p-then-the-reel-went = پھر چرخی نے *کِلک* کی آواز دی۔ ڈور ختم ہو چکی تھی۔

# en: "Oh no," said Bilal. "Oh no, no, no!"
p-oh-no-said-bilal = ”ارے نہیں،“ بلال بولا۔ ”ارے نہیں، نہیں، نہیں!“

# en: "What is it, *beta*?" Nani had come up the stairs slowly, one step at a time, holding the rail. She sat down on the old charpai with a sigh. "Why are you making that face?"
p-what-is-it-beta = ”کیا ہوا، *بیٹا*؟“ نانی آہستہ آہستہ، ایک ایک سیڑھی، جنگلا پکڑ کر اوپر آ گئی تھیں۔ وہ ایک آہ بھر کر پرانی چارپائی پر بیٹھ گئیں۔ ”یہ منہ کیوں بنا رکھا ہے؟“

# en: "The string's finished, Nani! The kite wants to go to the moon, and the string's finished!"
p-the-string-s-finished = ”ڈور ختم ہو گئی، نانی! پتنگ چاند پر جانا چاہتی ہے، اور ڈور ختم ہو گئی!“

# en: Nani laughed—a small, dry laugh, like paper. "Wants to go to the moon? Who told you that?"
p-nani-laughed-a-small = نانی ہنس پڑیں—ایک ہلکی، سوکھی سی ہنسی، کاغذ جیسی۔ ”چاند پر جانا چاہتی ہے؟ تمہیں کس نے بتایا؟“

# en: "Nobody told me. I just… know."
p-nobody-told-me-i = ”کسی نے نہیں بتایا۔ بس مجھے… پتا ہے۔“

# en: What Nani said
h-what-nani-said = نانی نے کیا کہا

# en: Nani patted the charpai, and Bilal sat beside her, still holding the reel with both hands.
p-nani-patted-the-charpai = نانی نے چارپائی تھپتھپائی، اور بلال اُن کے پاس بیٹھ گیا، چرخی اب بھی دونوں ہاتھوں میں تھامے۔

# en: "When I was your age," she said, "my brother had a kite too. A red one. One night he tried to send it to the moon, just like you. Do you know what our father told him?"
p-when-i-was-your = ”جب میں تمہاری عمر کی تھی،“ انہوں نے کہا، ”میرے بھائی کے پاس بھی ایک پتنگ تھی۔ لال رنگ کی۔ ایک رات اُس نے بھی اُسے چاند پر بھیجنے کی کوشش کی، بالکل تمہاری طرح۔ جانتے ہو ہمارے ابّا نے اُس سے کیا کہا؟“

# en: Bilal shook his head.
p-bilal-shook-his-head = بلال نے نفی میں سر ہلایا۔

# en: "He said, 'The moon does not need a kite. The moon has the whole sky. It is the kite that needs the string—and the string needs a hand.'"
p-he-said-the-moon = ”انہوں نے کہا، ’چاند کو پتنگ کی ضرورت نہیں۔ چاند کے پاس تو پورا آسمان ہے۔ ضرورت تو پتنگ کو ہے ڈور کی—اور ڈور کو ایک ہاتھ کی۔‘“

# en: Bilal thought about that for a long time. "So… if I let go, the kite won't go to the moon?"
p-bilal-thought-about-that = بلال دیر تک اس بات پر سوچتا رہا۔ ”تو… اگر میں ڈور چھوڑ دوں تو پتنگ چاند پر نہیں جائے گی؟“

# en: "No, *jaan*. It will fall on Chacha Rasheed's pigeons, and then we will all hear about it!"
p-no-jaan-it-will = ”نہیں، *جان*۔ وہ چاچا رشید کے کبوتروں پر جا گرے گی، اور پھر ہم سب کو اُس کی خبر سننی پڑے گی!“

# en: Bilal giggled. Somewhere below, a pigeon cooed as if it agreed.
p-bilal-giggled-somewhere-below = بلال کھلکھلا کر ہنس پڑا۔ نیچے کہیں ایک کبوتر نے غٹرغوں کی، جیسے وہ بھی متفق ہو۔

# en: Nani's rhyme
h-nani-s-rhyme = نانی کی لــوری

# en: Then Nani sang the rhyme her mother had sung to her, softly, so that only Bilal and the kite could hear:
p-then-nani-sang-the = پھر نانی نے وہ لوری گائی جو اُن کی امّی اُنہیں سنایا کرتی تھیں، دھیرے سے، تاکہ صرف بلال اور پتنگ سن سکیں:

# en: Little kite, little kite, green as a leaf,\
# en: the moon is a lantern, the night is a thief;\
# en: hold to the string and hold to my hand,\
# en: and morning will bring you back safe to the land.
quote-little-kite-little-kite =
    ننھي پتنگ، ننھی پتنگ، جیسے ہرا سا پات،\
    چاند ہے اک لالٹین، اور چور ہے یہ رات؛\
    ڈور کو تھامے رکھنا، ہاتھ نہ میرا چھوڑ،\
    صبح تمہیں لے آئے گی واپس گھر کی اور۔

# en: "Again!" said Bilal.
p-again-said-bilal = ”پھر سے!“ بلال نے کہا۔

# en: "Once more," said Nani, "and then bed."
p-once-more-said-nani = ”بس ایک بار اور،“ نانی نے کہا، ”پھر سونا۔“

# en: She sang it again. By the end, Bilal was yawning so widely that a moth nearly flew in.
p-she-sang-it-again = انہوں نے پھر سے گائی۔ ختم ہوتے ہوتے بلال اتنی بڑی بڑی جمائیاں لے رہا تھا کہ ایک پتنگا منہ میں جاتے جاتے بچا۔

# en: Coming down
h-coming-down = واپسی

# en: Together they wound the string back onto the reel: round and round, round and round, 1, 2, 3… Bilal counted to 247 before the kite bumped gently against the water tank and lay still.
p-together-they-wound-the = دونوں نے مل کر ڈور واپس چرخی پر لپیٹی: گول گول، گول گول، ۱، ۲، ۳… بلال ۲۴۷ تک گن چکا تھا جب پتنگ آہستہ سے پانی کی ٹینکی سے ٹکرائی اور ساکت ہو گئی۔

# en: "Did it touch the moon?" he asked.
p-did-it-touch-the = ”کیا اس نے چاند کو چھوا؟“ اُس نے پوچھا۔

# en: Nani looked at the kite, and then at the moon, and then at Bilal. "I think," she said, "it came very, very close."
p-nani-looked-at-the = نانی نے پتنگ کو دیکھا، پھر چاند کو، پھر بلال کو۔ ”میرا خیال ہے،“ انہوں نے کہا، ”یہ بہت، بہت قریب پہنچ گئی تھی۔“

# en: Bilal carried the kite downstairs as carefully as if it were made of glass. He leaned it against the wall beside his bed, where he could see it.
p-bilal-carried-the-kite = بلال پتنگ کو ایسی احتیاط سے نیچے لایا جیسے وہ کانچ کی بنی ہو۔ اُس نے اسے اپنے بستر کے پاس دیوار سے ٹکا دیا، جہاں سے وہ اسے دیکھ سکے۔

# en: "Goodnight, kite," he said. "Goodnight, moon. Goodnight, Nani—"
p-goodnight-kite-he-said = ”شب بخیر، پتنگ،“ اُس نے کہا۔ ”شب بخیر، چاند۔ شب بخیر، نانی—“

# en: But Nani had already closed the door, and the moon was looking in through the window, and Bilal was asleep.
p-but-nani-had-already = لیکن نانی دروازہ بند کر چکی تھیں، اور چاند کھڑکی سے اندر جھانک رہا تھا، اور بلال سو چکا تھا۔

# en: **The End.**
p-the-end = **ختم شد۔**

# en: *For parents: ask your child what they would say to the moon. Then ask what the moon would say back!*
p-for-parents-ask-your = *والدین کے لیے: اپنے بچے سے پوچھیے کہ وہ چاند سے کیا کہے گا۔ پھر پوچھیے کہ چاند جواب میں کیا کہے گا!*

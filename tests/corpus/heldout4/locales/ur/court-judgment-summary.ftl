### Urdu translation of content/court-judgment-summary.md. Above each message, `# en:` records the English it was translated from.

# features: digits-urdu
# en: Supreme Court upholds de-seating of defecting MPA under Article 63-A
title = سپریم کورٹ نے آرٹیکل ۶۳-اے کے تحت منحرف رکن صوبائی اسمبلی کی نااہلی برقرار رکھی

# features: digits-western, latin-words, quotes-punct
# en: A three-member bench dismissed C.P. No. 1234/2023: a member who votes against the party's direction on a Money Bill loses the seat, but the vote is counted.
summary = تین رکنی بینچ نے C.P. No. 1234/2023 خارج کر دی: منی بل پر پارٹی کی ہدایت کے خلاف ووٹ دینے والا رکن نشست سے محروم ہو گا، مگر اس کا ووٹ گنا جائے گا۔

# features: digits-urdu, latin-in-parens, quotes-punct
# en: ISLAMABAD: The Supreme Court on Wednesday dismissed an appeal by a former member of the Provincial Assembly of the Punjab who had been de-seated for voting against his party on the provincial budget, holding that the Election Commission of Pakistan (ECP) had acted "within the four corners of Article 63-A".
p-islamabad-the-supreme-court = اسلام آباد (کورٹ رپورٹر) سپریم کورٹ نے بدھ کو پنجاب اسمبلی کے ایک سابق رکن کی اپیل خارج کر دی جنہیں صوبائی بجٹ پر اپنی جماعت کے خلاف ووٹ دینے پر ڈی سیٹ کیا گیا تھا، اور قرار دیا کہ الیکشن کمیشن آف پاکستان (ECP) نے ”آرٹیکل ۶۳-اے کی حدود کے اندر رہتے ہوئے“ کارروائی کی۔

# features: digits-urdu
# en: A three-member bench heard the petition, *Malik Naveed Akhtar v. Election Commission of Pakistan and others* (C.P. No. 1234/2023), over four days. The 38-page judgment was written by the senior puisne judge on the bench, with whom the other two judges agreed.
p-a-three-member-bench = تین رکنی بینچ نے *ملک نوید اختر بنام الیکشن کمیشن آف پاکستان وغیرہ* (سی پی نمبر ۱۲۳۴/۲۰۲۳) کی سماعت چار روز تک کی۔ ۳۸ صفحات پر مشتمل فیصلہ بینچ کے سینئر پیونی جج نے تحریر کیا جس سے دیگر دونوں ججوں نے اتفاق کیا۔

# features: digits-urdu, quotes-punct
# en: What Article 63-A says
h-what-article-63-a = آرٹیکل ۶۳-اے کیا کہتا ہے؟

# features: sub-clauses, latin-in-parens, izafat
# en: Under clause (1)(b) of the Article, a member of a parliamentary party may be declared a defector if he votes or abstains from voting contrary to any direction issued by the parliamentary party to which he belongs, in relation to (i) the election of the Prime Minister or the Chief Minister, (ii) a vote of confidence or a vote of no-confidence, or (iii) a Money Bill or a Constitution (Amendment) Bill.
p-under-clause-1-b = آرٹیکل کی شق (1)(b) کے تحت کسی پارلیمانی پارٹی کے رکن کو منحرف قرار دیا جا سکتا ہے اگر وہ اپنی پارلیمانی پارٹی کی جاری کردہ کسی ہدایت کے برعکس ووٹ دے یا ووٹ دینے سے گریز کرے، جب معاملہ (i) وزیرِ اعظم یا وزیرِ اعلیٰ کے انتخاب، (ii) اعتماد یا عدم اعتماد کے ووٹ، یا (iii) منی بل یا آئینی (ترمیمی) بل سے متعلق ہو۔

# features: digits-urdu, section-sign, izafat, quotes-punct
# en: The party head must first give the member an opportunity to show cause; only then can a declaration be sent to the Speaker and the Chief Election Commissioner, and the Election Commission must decide within thirty days. The petitioner's party followed its own constitution on this point: under § 5 of that constitution, a show-cause notice must be served in writing and answered within seven days.
p-the-party-head-must = پارٹی سربراہ پہلے رکن کو اظہارِ وجوہ کا موقع دینے کا پابند ہے؛ اس کے بعد ہی اعلامیہ اسپیکر اور چیف الیکشن کمشنر کو بھیجا جا سکتا ہے، اور الیکشن کمیشن کو تیس دن کے اندر فیصلہ کرنا ہوتا ہے۔ درخواست گزار کی جماعت نے اس معاملے میں اپنے دستور پر عمل کیا: اس دستور کے § ۵ کے تحت اظہارِ وجوہ کا نوٹس تحریری طور پر دینا اور سات دن کے اندر اس کا جواب دینا لازم ہے۔

# features: none
# en: The two questions
h-the-two-questions = دو سوالات

# features: sub-clauses, latin-in-parens, quotes-punct
# en: The bench framed two questions: (a) whether the direction under clause (1)(b) may be issued by the party head alone, or only by the parliamentary party; and (b) whether the vote of a member who defects is to be counted at all.
p-the-bench-framed-two = بینچ نے دو سوالات طے کیے: (الف) کیا شق (1)(b) کے تحت ہدایت صرف پارٹی سربراہ جاری کر سکتا ہے یا یہ اختیار صرف پارلیمانی پارٹی کا ہے؛ اور (ب) کیا منحرف ہونے والے رکن کا ووٹ گنا بھی جائے گا یا نہیں۔

# features: digits-urdu, dates, nested-parens, izafat
# en: On the first question, the court held that the direction must come from the parliamentary party ((that is, the members of the party sitting in the House, acting through a meeting)), and that the party head's role is limited to the show-cause notice and the declaration. In this case, it found, the parliamentary party had met on 12 June 2023 and issued a written direction, which the petitioner had signed for.
p-on-the-first-question = پہلے سوال پر عدالت نے قرار دیا کہ ہدایت پارلیمانی پارٹی ہی کی جانب سے آنی چاہیے ((یعنی ایوان میں بیٹھے پارٹی کے ارکان، جو اجلاس کے ذریعے فیصلہ کریں))، اور پارٹی سربراہ کا کردار اظہارِ وجوہ کے نوٹس اور اعلامیے تک محدود ہے۔ عدالت کے مطابق اس مقدمے میں پارلیمانی پارٹی کا اجلاس ۱۲ جون ۲۰۲۳ء کو ہوا تھا اور تحریری ہدایت جاری کی گئی تھی، جس کی وصولی پر درخواست گزار نے دستخط بھی کیے تھے۔

# features: digits-urdu, dates, nested-parens, izafat, footnote, quotes-punct
# en: On the second question, the court followed the review judgment of October 2024 (which set aside the 2022 opinion (on the Presidential Reference) that such votes should not be counted).[^1] The vote is counted; the consequence falls on the member, not on the House.
p-on-the-second-question = دوسرے سوال پر عدالت نے اکتوبر ۲۰۲۴ء کے نظرِثانی فیصلے کی پیروی کی (جس نے ۲۰۲۲ء کی اس رائے (صدارتی ریفرنس پر) کو کالعدم قرار دیا تھا کہ ایسے ووٹ گنے نہیں جائیں گے)۔[^1] ووٹ گنا جائے گا؛ اس کا نتیجہ رکن کو بھگتنا ہو گا، ایوان کو نہیں۔

# features: none
# en: From the judgment
h-from-the-judgment = فیصلے سے اقتباس

# features: digits-urdu, sub-clauses, latin-in-parens, quotes-punct
# en: "The Constitution does not ask a member to give up his conscience. It asks him to choose. He may vote as his conscience tells him, and the vote will be counted, for the House must know the true numbers before it. But a member who was elected on a party's ticket and who votes against that party on the matters listed in clause (1)(b) has chosen to leave the party's benches, and Article 63-A then takes its course. To read the Article otherwise would be to let the member keep both the seat that the party gave him and the freedom that only an independent member enjoys."
quote-the-constitution-does-not = ”آئین کسی رکن سے یہ تقاضا نہیں کرتا کہ وہ اپنے ضمیر سے دستبردار ہو جائے۔ وہ اس سے انتخاب کا تقاضا کرتا ہے۔ وہ اپنے ضمیر کے مطابق ووٹ دے سکتا ہے اور وہ ووٹ گنا جائے گا، کیونکہ ایوان کو اپنے سامنے موجود اصل تعداد کا علم ہونا چاہیے۔ لیکن جو رکن کسی جماعت کے ٹکٹ پر منتخب ہوا اور شق (1)(b) میں درج معاملات پر اسی جماعت کے خلاف ووٹ دیتا ہے، وہ جماعت کی نشستیں چھوڑنے کا انتخاب کر چکا ہے، اور پھر آرٹیکل ۶۳-اے اپنا راستہ اختیار کرتا ہے۔ آرٹیکل کی کوئی اور تعبیر کرنے کا مطلب یہ ہو گا کہ رکن وہ نشست بھی اپنے پاس رکھے جو اسے جماعت نے دی، اور وہ آزادی بھی جو صرف ایک آزاد رکن کو حاصل ہوتی ہے۔“

# features: quotes-punct, latin-in-parens, tashdid, footnote
# en: The judgment also rejected the argument that the budget was not a "Money Bill" because it was passed in several parts. "What matters is the substance, not the form," the bench wrote, noting that the Finance Bill imposed taxes and appropriated money from the Provincial Consolidated Fund.[^2]
p-the-judgment-also-rejected = فیصلے میں یہ دلیل بھی مسترد کر دی گئی کہ بجٹ ”منی بل“ نہیں تھا کیونکہ وہ کئی حصوں میں منظور ہوا۔ بینچ نے لکھا: ”اصل اہمیت مادّے کی ہے، شکل کی نہیں“، اور نشاندہی کی کہ فنانس بل کے ذریعے ٹیکس عائد کیے گئے اور صوبائی مجموعی فنڈ (Provincial Consolidated Fund) سے رقوم مختص کی گئیں۔[^2]

# features: none
# en: Comparisons with other countries
h-comparisons-with-other-countries = دیگر ممالک سے موازنہ

# features: quotes-punct, footnote
# en: The court cited the Tenth Schedule to the Constitution of India, which also disqualifies a member who defies the party whip, and the law in Germany, where a party may expel a member but cannot take away his seat.[^3] "Pakistan's Constitution has chosen a stricter path," the judgment said, "and it is not for this Court to choose another."
p-the-court-cited-the = عدالت نے بھارتی آئین کے دسویں شیڈول کا حوالہ دیا، جو پارٹی وہپ کی خلاف ورزی کرنے والے رکن کو بھی نااہل قرار دیتا ہے، اور جرمنی کے قانون کا بھی، جہاں جماعت کسی رکن کو نکال تو سکتی ہے مگر اس سے نشست نہیں چھین سکتی۔[^3] فیصلے میں کہا گیا: ”پاکستان کے آئین نے زیادہ سخت راستہ اختیار کیا ہے، اور یہ اس عدالت کا کام نہیں کہ کوئی دوسرا راستہ چنے۔“

# features: digits-urdu, dates
# en: Counsel for the petitioner said he would consider filing a review petition. Under the Supreme Court Rules, 1980, a review must be filed within thirty days.
p-counsel-for-the-petitioner = درخواست گزار کے وکیل نے کہا کہ وہ نظرثانی کی درخواست دائر کرنے پر غور کریں گے۔ سپریم کورٹ رولز ۱۹۸۰ء کے تحت نظرثانی کی درخواست تیس دن کے اندر دائر کرنا ضروری ہے۔

# features: none
# en: The by-election for the vacant seat is expected early next year.
p-the-by-election-for = خالی نشست پر ضمنی انتخاب آئندہ سال کے اوائل میں متوقع ہے۔

# features: digits-urdu, dates, quotes-punct
# en: The Presidential Reference under Article 186 (Reference No. 1 of 2022) was answered by a 3-2 majority on 17 May 2022; a five-member bench allowed the review petition of the Supreme Court Bar Association on 3 October 2024.
note-the-presidential-reference-under = آرٹیکل ۱۸۶ کے تحت صدارتی ریفرنس (ریفرنس نمبر ۱ بابت ۲۰۲۲ء) پر ۱۷ مئی ۲۰۲۲ء کو ۳-۲ کی اکثریت سے رائے دی گئی تھی؛ ۳ اکتوبر ۲۰۲۴ء کو پانچ رکنی بینچ نے سپریم کورٹ بار ایسوسی ایشن کی نظرثانی درخواست منظور کر لی۔

# features: digits-urdu, sub-clauses
# en: See Article 115(2), the provincial counterpart of Article 73(2), for the matters that make a Bill a Money Bill.
note-see-article-115-2 = دیکھیے آرٹیکل ۱۱۵(۲)، جو آرٹیکل ۷۳(۲) کا صوبائی ہم پلہ ہے اور بتاتا ہے کہ کن امور کی بنا پر کوئی بل منی بل کہلاتا ہے۔

# features: digits-western, section-sign, sub-clauses, latin-in-parens, quotes-punct
# en: Constitution of India, Tenth Schedule, para. 2(1)(b); German Political Parties Act (*Parteiengesetz*), § 10(4).
note-constitution-of-india-tenth = بھارتی آئین، دسواں شیڈول، پیرا 2(1)(b)؛ جرمن پولیٹیکل پارٹیز ایکٹ (*Parteiengesetz*)، § 10(4)۔

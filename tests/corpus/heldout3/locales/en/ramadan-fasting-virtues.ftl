### Source messages of content/ramadan-fasting-virtues.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Ramadan 1445 AH: why Muslims fast, and what the fast asks of us
summary = What the Quran, the Prophet (peace be upon him) and his companions said about the month of fasting.
p-the-month-of-ramadan = The month of Ramadan 1445 AH begins in Pakistan on Tuesday, 12 March 2024: the Central Ruet-e-Hilal Committee announced on Monday evening that the moon had been sighted.
h-the-command-to-fast = The command to fast
p-allah-says-in-the = Allah says in the Quran:
quote-o-you-who-believe = O you who believe, fasting is prescribed for you as it was prescribed for those before you, so that you may become mindful of God. (Al-Baqarah 2:183)
p-fasting-was-made-obligatory = Fasting was made obligatory in Sha'ban of the second year after the Hijrah. Before that, the Prophet Muhammad (peace be upon him) used to fast on the day of Ashura, the day on which Allah saved Moses (peace be upon him) from Pharaoh.
h-in-the-words-of = In the words of the Prophet (peace be upon him)
p-abu-hurairah-may-allah = Abu Hurairah (may Allah be pleased with him) narrated that the Messenger of Allah (peace be upon him) said: "Whoever fasts in Ramadan out of faith and in hope of reward, his past sins will be forgiven."[^1]
p-in-another-hadith-he = In another hadith he said: "Fasting is a shield."[^2] Umar ibn al-Khattab (may Allah be pleased with him) used to say that the fast is not only from food and drink, but from lying and idle talk.
h-who-is-excused = Who is excused
li-the-sick-and-travellers = the sick and travellers, who make up the missed days later (Al-Baqarah 2:184);
li-the-very-old-who = the very old who cannot fast at all, who instead feed one poor person for each day (*fidya*);
li-women-who-are-pregnant = women who are pregnant or nursing, if they fear for their own health or the child's;
li-children-who-have-not = children who have not yet reached puberty.
p-this-year-the-council = This year the Council of Islamic Ideology has set the minimum *sadaqat-ul-fitr* at Rs 320 per person, the price of 2.25 kg of wheat flour. It should be paid before the Eid prayer so that the poor can celebrate too.
p-if-the-moon-is = If the moon is sighted on the 29th, Eid al-Fitr, 1 Shawwal 1445 AH, will fall on Wednesday, 10 April 2024.
# Footnote 1 ([^1]), referred to in p-abu-hurairah-may-allah
note-sahih-al-bukhari-book = Sahih al-Bukhari, Book of Faith, hadith 38; Sahih Muslim, hadith 760.
# Footnote 2 ([^2]), referred to in p-in-another-hadith-he
note-sahih-al-bukhari-book-2 = Sahih al-Bukhari, Book of Fasting, chapter on the virtue of fasting, hadith 1894.

### Source messages of content/editorial-disagreement.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Editorial: the lost etiquette of disagreement
summary = Our great scholars differed on hundreds of questions without calling each other names. Why can we not?
p-turn-on-any-television = Turn on any television talk show in the evening and you will see the same scene: raised voices, interruptions, accusations. Disagreement has become a contest in our society, not a conversation.
p-the-quran-sets-the = The Quran sets the principle in four words: "There is no compulsion in religion; the right way has become distinct from the wrong." (Al-Baqarah 2:256)
p-and-for-debate-it = And for debate it commands: "Argue with them in the way that is best." (An-Nahl 16:125)
p-the-prophet-muhammad-the = The Prophet Muhammad ﷺ, the Messenger of Allah, listened even to his fiercest opponents to the end. When Utbah ibn Rabi'ah came to him with an offer, he heard him out in silence and only then recited his answer.
p-imam-shafi-i-may = Imam Shafi'i (may Allah have mercy on him) is reported to have said: "My opinion is right but may be wrong; the opinion of others is wrong but may be right."
p-imam-abu-hanifa-and = Imam Abu Hanifa and Imam Malik (may Allah have mercy on them both) differed on many questions, yet each spoke of the other with the greatest respect. Hazrat Umar (may Allah be pleased with him) would say: "May Allah have mercy on the one who shows me my faults."
p-that-is-the-tradition = That is the tradition we claim as ours. Our schools teach *Islamiat* from class 3 to class 12; perhaps it is time the lessons also taught how to disagree.
p-we-do-not-ask = We do not ask anyone to give up their views. We only ask: listen first; answer with an argument, not an insult; and remember that the person in front of you may also be right.

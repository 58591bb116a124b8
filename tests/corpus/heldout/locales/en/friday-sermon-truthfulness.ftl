### Source messages of content/friday-sermon-truthfulness.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Friday sermon: truthfulness, the mark of a believer
summary = What the Quran, the Prophet ﷺ and the righteous teach about speaking the truth, in trade and in everyday life.
quote-praise-be-to-allah = Praise be to Allah, Lord of the worlds, and blessings and peace upon His noble Messenger. To proceed:
p-dear-brothers-today-s = Dear brothers, today's topic is truthfulness (*sidq*). Allah commands in the Holy Quran: "O you who believe, fear Allah and be with the truthful." (At-Tawbah 9:119)
p-and-he-says-do = And He says: "Do not mix the truth with falsehood, and do not hide the truth when you know it." (Al-Baqarah 2:42)
p-even-before-prophethood-the = Even before prophethood, the people of Makkah called the Prophet ﷺ *al-Sadiq al-Amin*, the truthful, the trustworthy. He ﷺ said: "Hold on to truthfulness, for truthfulness leads to righteousness, and righteousness leads to Paradise." (Sahih Muslim, 2607)
p-in-another-hadith-he = In another hadith he (peace be upon him) said: "The truthful and trustworthy merchant will be with the prophets, the truthful and the martyrs." (Jami al-Tirmidhi, 1209)
p-hazrat-abu-bakr-may = Hazrat Abu Bakr (may Allah be pleased with him) was given the title *al-Siddiq* because on the morning after the Night Journey he affirmed the Prophet ﷺ without a moment's doubt. Hazrat Ali (may Allah be pleased with him) used to say that the tongue is a lion: let it loose and it will devour.
p-the-quran-calls-hazrat = The Quran calls Hazrat Yusuf (peace be upon him) "the truthful one": "Yusuf, O truthful one!" (Yusuf 12:46)
p-imam-abu-hanifa-may = Imam Abu Hanifa (may Allah have mercy on him) was a cloth merchant. Once his partner sold a piece of cloth with a defect without telling the buyer; the Imam gave that whole day's earnings away in charity.
h-speaking-the-truth-with = Speaking the truth with wisdom
p-the-truth-must-be = The truth must be spoken gently. When Allah sent Hazrat Musa and Hazrat Harun (peace be upon them) to Pharaoh, He said: "Speak to him gently, so that perhaps he may take heed or fear." (Ta-Ha 20:44)
p-and-o-you-who = And: "O you who believe, fear Allah and speak words that are straight." (Al-Ahzab 33:70)
p-may-allah-make-us = May Allah make us among the truthful, in our homes, our shops and our offices. Ameen.

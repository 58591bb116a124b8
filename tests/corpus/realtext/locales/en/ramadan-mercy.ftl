### Source messages of content/ramadan-mercy.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Ramadan: the month of mercy, forgiveness and patience
summary = What the Prophet ﷺ, his Companions and the saints taught about fasting, charity and the last ten nights.
quote-in-the-name-of = In the name of Allah, the Most Gracious, the Most Merciful.
p-allah-says-in-the = Allah says in the Holy Quran: "O you who believe, fasting has been prescribed for you as it was prescribed for those before you, so that you may become mindful of God." (Al-Baqarah 2:183)
p-the-holy-prophet-said = The Holy Prophet ﷺ said: "Whoever fasts in Ramadan out of faith and in the hope of reward, his past sins are forgiven." (Sahih Bukhari, hadith 38)
p-hazrat-abu-bakr-siddiq = Hazrat Abu Bakr Siddiq and Hazrat Umar Farooq (may Allah be pleased with them) would spend the nights of Ramadan in prayer, and in the day they would look for the poor of Madinah themselves.
p-imam-hussain-peace-be = Imam Hussain (peace be upon him) learned generosity from his mother Sayyida Fatima al-Zahra (may Allah be pleased with her), who would give away her own food at the time of breaking the fast.
p-hazrat-ali-hujwiri-known = Hazrat Ali Hujwiri, known as Data Ganj Bakhsh (may Allah have mercy on him), writes in *Kashf al-Mahjub* that the real fast is keeping the whole body away from sin, not only the stomach from food. Imam Ghazali (may Allah have mercy on him) says the same thing.
p-the-prophet-peace-be = The Prophet (peace be upon him) would devote himself to worship in the last ten nights and would wake his family too. Seek Laylat al-Qadr in the odd nights: the 21st, 23rd, 25th, 27th and 29th.
p-hazrat-khwaja-moinuddin-chishti =
    Hazrat Khwaja Moinuddin Chishti (may Allah have mercy on him) said:\
    "Whoever feeds a hungry person, God will feed him on the Day when no one has food."
h-a-note-on-the = A note on the signs: the small marks after holy names
li-after-the-prophet-s = ؐ after the Prophet's name: *sallallahu alaihi wa sallam*, "peace and blessings of Allah be upon him" (also written ﷺ).
li-after-a-companion-s = ؓ after a Companion's name: *radi Allahu anhu*, "may Allah be pleased with him".
li-after-a-saint-s = ؒ after a saint's or scholar's name: *rahmatullah alaih*, "may Allah have mercy on him".

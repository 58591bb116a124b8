### Source messages of content/qazi-zahuruddin-thalvi.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Qazi Zahuruddin Thalvi
summary = Punjabi philologist and keeper of manuscripts (1902–1979), author of the Lughat-e-Thal, the first dictionary of the Arabic and Persian words in the speech of the Thal desert.
p-not-to-be-confused = *Not to be confused with the Urdu poet who wrote under the pen name "Zahur Thalvi"; see [Zahur Thalvi (poet)](<https://saraikipedia.org/wiki/Zahur_Thalvi_(poet)> "Zahur Thalvi (poet)").*
p-qazi-zahuruddin-thalvi-urdu = **Qazi Zahuruddin Thalvi** (Urdu: قاضی ظہور الدین تھلوی; ALA-LC: *Qāẓī Ẓahūr al-Dīn Thalvī*; 14 Muharram 1320 AH / 23 April 1902 – 17 Rabiʿ al-Awwal 1399 AH / 15 February 1979) was a philologist, lexicographer and cataloguer of manuscripts from the Thal desert of the Punjab. He is best known for the *Lughat-e-Thal* (1958), a two-volume dictionary of the Arabic and Persian words in the Thali and Saraiki speech of the region,[^1] and for his catalogue of the 1,140 manuscripts of the Amiria Library in Bahawalpur.[^2][^3]
alt-a-pencil-sketch-of = A pencil sketch of an elderly man with a white beard, a turban and round spectacles
caption-thalvi-in-1965-from = Thalvi in 1965, from a pencil sketch by his student Rasheed Bhatti
cell-born = Born
cell-23-april-1902-14 = 23 April 1902 (14 Muharram 1320 AH), Kotla Jam, Mianwali District, Punjab, British India
cell-died = Died
cell-15-february-1979-aged = 15 February 1979 (aged 76), Multan, Pakistan
cell-resting-place = Resting place
cell-hassan-parwana-graveyard-multan = Hassan Parwana graveyard, Multan
cell-other-names = Other names
cell-ustad-e-thal-the = *Ustad-e-Thal* ("the teacher of the Thal")
cell-education = Education
cell-munshi-fazil-1921-m = Munshi Fazil (1921); M.A. Arabic (1926)
cell-alma-mater = Alma mater
cell-islamia-oriental-college-lahore = Islamia Oriental College, Lahore
cell-occupation = Occupation
cell-philologist-lexicographer-keeper-of = Philologist, lexicographer, keeper of manuscripts
cell-notable-works = Notable works
cell-lughat-e-thal-1958 = *Lughat-e-Thal* (1958); *Diwan-e-Sahba* (ed., 1964)
cell-awards = Awards
cell-sitara-e-imtiaz-1970 = Sitara-e-Imtiaz (1970)
cell-spouse = Spouse
cell-hajra-bibi-m-1924 = Hajra Bibi (m. 1924; d. 1971)
h-early-life = Early life
p-thalvi-was-born-in = Thalvi was born in Kotla Jam, a village on the eastern edge of the Thal (now in Bhakkar District), into a family of *qazis* (judges of Islamic law) who had held land there since the 18th century.[^4] His given name was Zahur Ahmad; the *nisba* Thalvi (from the Thal, the sandy plain between the Indus and the Jhelum (now the districts of Bhakkar, Layyah and Khushab)) was given to him by his teacher in Lahore.[^5] He is said to have learnt the Quran by heart at the age of nine[*citation needed*] and learnt Persian from his father, Qazi Nur Muhammad (d. 1335 AH / 1917), who taught at the village mosque.
h-education-and-teaching = Education and teaching
p-in-1918-he-went = In 1918 he went to Lahore to study at the Islamia Oriental College under Maulana Abdul Hayy Faruqi, a grammarian of the old Delhi school. He passed the Munshi Fazil examination in Persian in 1921, first in the province,[^5] and took an M.A. in Arabic in 1926 with a thesis on the Arabic words in the poetry of Bulleh Shah.[^6]
p-from-1927-he-taught = From 1927 he taught Arabic and Persian at a government high school in Darya Khan and, from 1936, at the Islamia College in Multan. In 1952 he became keeper of manuscripts at the Amiria Library, Bahawalpur, where in fifteen years he described 1,140 manuscripts: 612 in Arabic, 489 in Persian and 39 in Urdu and Saraiki.[^3]
h-work = Work
h-lughat-e-thal = *Lughat-e-Thal*
p-the-dictionary-took-twenty = The dictionary took twenty-two years to compile (1936–1958). Its 1,212 pages record about 7,400 words; each entry gives the Thali form, the Arabic or Persian word it comes from with its vowels (for example *ḥukm* → *hukam*, "order"), and a verse or proverb that uses it.[^7] A reviewer in 1963 called it "the first dictionary of a Punjabi dialect made on historical principles",[^8] though later scholars criticised its etymologies for finding Arabic roots in words of Sanskrit origin (its entry for *ḍīvā*, "lamp", which it derives from Arabic rather than from Sanskrit *dīpa*, is the example most often quoted).[^9]
h-views-on-language = Views on language
p-in-the-arabic-preface = In the Arabic preface to the *Lughat-e-Thal* he set out his view in one sentence, which later became the motto of the Bazm-e-Saqafat of Multan:[^7]
quote-afc143de = اَللُّغَةُ وِعَاءُ الْفِكْرِ، فَمَنْ أَضَاعَهَا أَضَاعَ فِكْرَهُ
p-language-is-the-vessel = "Language is the vessel of thought: whoever loses it loses his thought."
h-personal-life-and-death = Personal life and death
p-he-married-his-cousin = He married his cousin Hajra Bibi in 1924; they had three sons and two daughters. After he retired in 1967 he lived in Gulgasht Colony, Multan, where students came to read with him every evening. He died there on 15 February 1979 (17 Rabiʿ al-Awwal 1399 AH) and was buried in the Hassan Parwana graveyard.[^10] His eldest son recalled that in his last weeks he often repeated a couplet of Ferdowsi:[^11]
quote-ed7d1e72 =
    توانا بود هر که دانا بود\
    ز دانش دل پیر برنا بود
p-whoever-knows-is-strong = ("Whoever knows is strong; through knowledge an old heart grows young.")
h-selected-works = Selected works
li-lughat-e-thal-multan = *Lughat-e-Thal* (Multan: Bazm-e-Saqafat, 1958), 2 vols., 1,212 pp.
li-diwan-e-sahba-multani = *Diwan-e-Sahba Multani*, a critical edition of the 17th-century Persian poet (Lahore: Majlis-e-Nawadir, 1964)
li-fihrist-e-makhtutat-e = *Fihrist-e-Makhtutat-e-Amiria* (Bahawalpur: Amiria Library, 1967), a catalogue of the library's manuscripts
li-al-lughah-wa-al = *Al-Lughah wa al-Fikr* (in Arabic; Cairo, 1971)
h-legacy = Legacy
p-he-received-the-sitara = He received the Sitara-e-Imtiaz in 1970.[^12] His own collection of 318 manuscripts and about 2,000 printed books was given by his family to the [Punjab Manuscripts Society](<https://pms.org.pk>) in 1981 and is described in its [online catalogue](<https://pms.org.pk/catalogue?collection=thalvi&sort=shelfmark> "Thalvi Collection, online catalogue").[^13] A road in Bhakkar and the library of the Government Degree College, Kotla Jam, bear his name.
# Footnote 1 ([^1]), referred to in p-qazi-zahuruddin-thalvi-urdu
note-bukhari-sajjad-haider-1985 = Bukhari, Sajjad Haider (1985). *Saraiki Lughat Nawisi ki Tarikh* [A history of Saraiki lexicography]. Multan: Bazm-e-Saqafat. pp. 41–58.
# Footnote 2 ([^2]), referred to in p-qazi-zahuruddin-thalvi-urdu
note-thalvi-zahuruddin-1967-fihrist = Thalvi, Zahuruddin (1967). *Fihrist-e-Makhtutat-e-Amiria*. Bahawalpur: Amiria Library. pp. i–xii.
# Footnote 3 ([^3]), referred to in p-qazi-zahuruddin-thalvi-urdu, p-from-1927-he-taught
note-the-amiria-library-a = "The Amiria Library: a short history". *Bulletin of the Punjab Manuscripts Society*. **14** (2): 3–19. 1998.
# Footnote 4 ([^4]), referred to in p-thalvi-was-born-in
note-sial-muhammad-iqbal-1972 = Sial, Muhammad Iqbal (1972). *Tarikh-e-Thal* (in Urdu). Layyah: Thal Adabi Sangat. p. 211.
# Footnote 5 ([^5]), referred to in p-thalvi-was-born-in, p-in-1918-he-went
note-faruqi-abdul-hayy-1931 = Faruqi, Abdul Hayy (1931). "Mere talamiz" [My students]. *Majalla-e-Islamia* (in Urdu). **3** (7): 22–25.
# Footnote 6 ([^6]), referred to in p-in-1918-he-went
note-university-of-the-punjab = University of the Punjab (1927). *Calendar for the Year 1927–28*. Lahore. p. 388.
# Footnote 7 ([^7]), referred to in p-the-dictionary-took-twenty, p-in-the-arabic-preface
note-thalvi-zahuruddin-1958-lughat = Thalvi, Zahuruddin (1958). *Lughat-e-Thal*. Vol. 1. Multan: Bazm-e-Saqafat. pp. 1–9 (Arabic preface).
# Footnote 8 ([^8]), referred to in p-the-dictionary-took-twenty
note-review-of-lughat-e = "Review of *Lughat-e-Thal*". *The Indus Quarterly*. **2** (4): 77. 1963.
# Footnote 9 ([^9]), referred to in p-the-dictionary-took-twenty
note-qureshi-naseem-a-2004 = Qureshi, Naseem A. (2004). "Arabic in the Thal: a reassessment". *Journal of South Asian Lexicography*. **11**: 101–126. doi:10.5555/jsal.2004.11.101.
# Footnote 10 ([^10]), referred to in p-he-married-his-cousin
note-qazi-zahuruddin-thalvi-passes = "Qazi Zahuruddin Thalvi passes away". *Daily Nawa-e-Multan* (in Urdu). 16 February 1979. p. 1.
# Footnote 11 ([^11]), referred to in p-he-married-his-cousin
note-thalvi-khalid-zahur-1990 = Thalvi, Khalid Zahur (1990). *Abba Ji* [Father] (in Urdu). Multan: privately printed. p. 64.
# Footnote 12 ([^12]), referred to in p-he-received-the-sitara
note-civil-awards-announced-the = "Civil awards announced". *The Gazette of Pakistan, Extraordinary*. 14 August 1970. p. 1121.
# Footnote 13 ([^13]), referred to in p-he-received-the-sitara
note-punjab-manuscripts-society-2019 = Punjab Manuscripts Society (2019). "Thalvi Collection (MS Thal 1–318)". <https://pms.org.pk/collections/thalvi>. Retrieved 3 January 2025.

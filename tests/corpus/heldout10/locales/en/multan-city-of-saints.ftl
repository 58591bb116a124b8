### Source messages of content/multan-city-of-saints.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Multan: the City of Saints
summary = Multan, in southern Punjab, is one of the oldest living cities of South Asia. An encyclopedia-style overview.
p-multan-is-a-city = **Multan** is a city in the Punjab province of Pakistan, on the eastern bank of the Chenab River. With a population of 2,215,381 (2023 census), it is the 7th largest city of Pakistan and the administrative centre of Multan District.[^census]
p-multan-is-known-as = Multan is known as the *City of Saints* because of the many Sufi shrines in and around it. It is also famous for its blue pottery, its mangoes and its heat: in June the temperature often passes 45 °C.
h-history = History
p-the-city-is-mentioned = The city is mentioned in the accounts of Alexander the Great's campaign of 326 BC. Muhammad bin Qasim conquered it in 712 AD, and for centuries it was a centre of trade on the route between Persia and Delhi.[^history]
h-population = Population
cell-census = Census
cell-growth-per-year = Growth (per year)
h-famous-shrines = Famous shrines
li-the-tomb-of-shah = The tomb of Shah Rukn-e-Alam (1320–1324)
li-the-shrine-of-bahauddin = The shrine of Bahauddin Zakariya (13th century)
li-the-shrine-of-shams = The shrine of Shams Tabrez, near the old fort
h-see-also = See also
p-for-more-see-the = For more, see the article on the Multan Cricket Stadium, which can seat 35,000 people, and the Bahauddin Zakariya University (BZU), founded in 1975.
# Footnote 1 ([^census]), referred to in p-multan-is-a-city
note-pakistan-bureau-of-statistics = Pakistan Bureau of Statistics, *7th Population and Housing Census 2023*, p. 14.
# Footnote 2 ([^history]), referred to in p-the-city-is-mentioned
note-ahmad-nabi-khan-multan = Ahmad Nabi Khan, *Multan: History and Architecture* (Islamabad, 1983), pp. 21–35.

### Source messages of content/obituary-poet-profile.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Riaz Ahmad Sahar (1939–2023): the poet of the Rohi is gone
summary = The Urdu and Saraiki poet, who taught at Sadiq Egerton College for 37 years, died in Bahawalpur on 12 Rabi al-Awwal 1445 AH (29 September 2023), aged 84. An appreciation.
p-riaz-ahmad-sahar-the = Riaz Ahmad Sahar, the poet who gave the Cholistan desert a voice in Urdu, died in Bahawalpur on Friday, 12 Rabi al-Awwal 1445 AH (29 September 2023), after a long illness. He was 84. His funeral prayer was offered after Isha at the Eidgah, and he was buried in his family's graveyard in Ahmadpur East, beside his father. Inna lillahi wa inna ilayhi raji'un.
p-he-leaves-his-wife = He leaves his wife, Zubaida Khanum, two sons and a daughter, and several generations of students who will remember him reading Ghalib aloud in a voice that filled the old hall of Sadiq Egerton College without a microphone.
h-a-schoolmaster-s-son = A schoolmaster's son
p-sahar-was-born-on = Sahar was born on 5 March 1939 in Ahmadpur East, then in the princely state of Bahawalpur, where his father taught Persian at the state high school. He learned Persian before English, and his father made him copy out a ghazal of Hafiz every evening before he was allowed to play. Seventy years later he could still recite pages of the *Diwan* from memory. His favourite couplet, which he quoted at every wedding, every mushaira and, his family says, on his last evening, was this:
quote-6649d535 =
    ما در پیاله عکس رخ یار دیده‌ایم\
    ای بی‌خبر ز لذت شرب مدام ما
p-we-have-seen-the = "We have seen the face of the Beloved reflected in the cup; you who know nothing of the joy of our endless drinking!" He liked to add that Hafiz was not talking about wine, and then to wink.
p-he-took-his-pen = He took his pen name, Sahar ("dawn"), at sixteen, after his first poem was printed in a Bahawalpur weekly. He studied at the University of the Punjab in Lahore, where he took his MA in Urdu in 1961, and in 1962 he joined the Urdu department of Government Sadiq Egerton College, Bahawalpur, which he did not leave until he retired as its head in 1999.
h-the-poet-of-the = The poet of the Rohi
p-lahore-wanted-him-to = Lahore wanted him to stay, and for a few years in the sixties his ghazals appeared in *Funoon* and *Auraq* beside those of poets who became far more famous. But he went home, and home became his subject. The Rohi, as the people of Bahawalpur call the Cholistan desert, runs through all his books: its sand, its wells, its camels, its cattle herders who move with the rain, and the silence of its nights. He was devoted to Khwaja Ghulam Farid, the Sufi poet of the Rohi, and translated a hundred of his Saraiki *kafis* into Urdu.
p-his-best-known-ghazal = His best-known ghazal, from his first book, is on the lips of every student in south Punjab:
quote-a-name-written-on =
    A name written on the sand is all that is left,\
    a broken cup in the desert is all that is left.\
    The people of the city have all gone home;\
    only my unfinished work is left.\
    All night Sahar stayed up talking to the stars,\
    but when dawn came, only the blame was left.
p-he-was-a-religious = He was a religious man without being a pious bore. He often quoted a saying attributed to Hazrat Ali (RA), "People are the enemies of what they do not know", and every Muharram he wrote a *salam* for Imam Hussain (AS), which was recited at the majlis in the old city.
h-his-books = His books
li-rait-par-likha-naam = *Rait Par Likha Naam* (1968), ghazals
li-rohi-de-dohray-1976 = *Rohi de Dohray* (1976), Saraiki verse
li-chiragh-e-sahra-1985 = *Chiragh-e-Sahra* (1985), ghazals and nazms
li-farid-nama-1995-a = *Farid Nama* (1995), a study of Khwaja Ghulam Farid, in prose
li-harf-e-akhir-2008 = *Harf-e-Akhir* (2008), ghazals
li-kulliyat-e-sahar-2019 = *Kulliyat-e-Sahar* (2019), collected poems, 1,184 pages
h-in-numbers-and-beyond = In numbers, and beyond them
p-in-his-37-years = In his 37 years at the college he taught, by his own count, more than 9,000 students, and he supervised 14 MPhil theses after he retired. He published six books and about 1,200 ghazals, but he kept no copies of many poems he gave away on scraps of paper. He received the Pride of Performance in 2004, and said at the ceremony that the Rohi had written the poems, and he had only held the pen.
h-he-was-the-last = "He was the last of them"
p-friends-and-students-gathered = Friends and students gathered at his house all of Saturday. The poet Professor Shahida Parveen, who was his student in 1975, said:
quote-he-taught-us-that = "He taught us that a ghazal is not a decoration. Every couplet must carry something, like a camel in the Rohi carries water: nothing extra, and nothing spilled. He was the last of that school, and the desert is quieter today."
p-the-chief-minister-of = The Chief Minister of Punjab and the Vice-Chancellor of the Islamia University of Bahawalpur also sent condolences to the family. A reference will be held at the Bahawalpur Arts Council on 8 October at 4 pm.
p-may-god-grant-him = May God grant him a place in Paradise, and give his family patience.

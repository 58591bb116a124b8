### Source messages of content/mir-taqi-mir-ghazal.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = "Love, Mir, is a heavy stone": a ghazal of Mir Taqi Mir
summary = Five couplets from one of Mir's best-known ghazals in a plain English version, and a short essay on the poet whom Ghalib called a master.
p-mir-taqi-mir-1723 = Mir Taqi Mir (1723–1810) was born in Agra, grew up in the house of a Sufi father, and spent most of his life in Delhi while the Mughal capital was plundered by Nadir Shah in 1739 and, again and again, by Ahmad Shah Abdali in the years that followed. In 1782 he left the ruined city for Lucknow, where he died at the age of eighty-seven, poor and proud to the end. His six divans of Urdu verse, collected in the *Kulliyat-e-Mir*, hold close to two thousand ghazals.[^1]
p-generations-of-poets-have = Generations of poets have bowed to him. Ghalib, who was not given to praising others, admitted in one of his couplets that Rekhta, the old name for Urdu poetry, had a master before him: "You are not the only master of Rekhta, Ghalib; they say that in an earlier age there was also a Mir."
h-the-ghazal = The ghazal
p-the-ghazal-below-is = The ghazal below is written in one of the shortest and plainest metres of Urdu. Its refrain, *uthta hai* ("rises"), closes every second line. Only five of its couplets are given here.
quote-look-is-it-from =
    Look: is it from the heart or from the soul that it rises?\
    Where does this thing like smoke rise from?
quote-whose-grave-is-this =
    Whose grave is this, O sky, of which burnt heart,\
    that every dawn a flame rises from here?
quote-do-not-whatever-you =
    Do not, whatever you do, leave the house of the heart;\
    does anyone rise and leave a dwelling such as this?
quote-i-rose-from-that =
    I rose from that lane with such a sigh\
    as one who rises and leaves the world.
quote-love-mir-is-a =
    Love, Mir, is a heavy stone;\
    when could a weakling like you lift it?
h-reading-the-ghazal = Reading the ghazal
p-everything-in-this-ghazal = Everything in this ghazal turns on a single verb, *uthna*, "to rise". Smoke rises, a flame rises, a guest rises to leave, a dying man rises from the world, and in the end a stone refuses to rise. The refrain is the same word every time, and Mir makes it mean something new every time.
p-the-first-couplet-is = The first couplet is a question that the speaker cannot answer. He sees smoke and does not know whether it comes from the heart or from the soul; he knows only that something inside him is burning. Critics have often pointed to this couplet as an example of what Urdu calls *saadgi*, simplicity: there is not one difficult word in it, and yet it cannot be paraphrased.[^2]
p-the-second-couplet-moves = The second couplet moves from the body to the sky. The speaker looks at the red of dawn and asks whose grave it is, as if the whole horizon were a burial ground for lovers who burned to death. The image is extravagant, but the voice stays calm, almost curious.
p-the-fourth-couplet-is = The fourth couplet is the saddest. To leave the beloved's lane is to die, and Mir says this without any ornament, only with a comparison. Muhammad Husain Azad, writing in *Aab-e-Hayat* (1880), described Mir's verse as full of sorrow and pain, and much of that reputation rests on lines like these.
p-the-maqta-the-last = The maqta, the last couplet, turns the ghazal into a joke at the poet's own expense. Love is a heavy stone, and Mir, who has spent four couplets burning and dying, is too weak to lift it. It is the lightness of this last line that makes the weight of the others bearable.
h-why-mir-still-matters = Why Mir still matters
p-two-hundred-years-after = Two hundred years after his death, Mir is read less than Ghalib or Iqbal, and his archaic grammar (*jane hai* for "knows", *karo ho* for "you do") can sound strange to a student in Lahore or Karachi today. But poets keep going back to him. Nasir Kazmi, who brought the short, sad ghazal back to life after Partition, named Mir as his teacher, and singers from Mehdi Hassan to Abida Parveen have set his verse to music.
p-perhaps-the-best-tribute = Perhaps the best tribute is the simplest. Read the five couplets above aloud, once in Urdu and once in any translation, and notice which of the two you remember the next morning.
# Footnote 1 ([^1]), referred to in p-mir-taqi-mir-1723
note-kulliyat-e-mir-ed = *Kulliyat-e-Mir*, ed. Kalb-e-Ali Khan Faiq, vol. 1, Majlis Taraqqi-e-Adab, Lahore, 1965, pp. 1–40.
# Footnote 2 ([^2]), referred to in p-the-first-couplet-is
note-shamsur-rahman-faruqi-sher = Shamsur Rahman Faruqi, *Sher-e-Shor-Angez*, vol. 1, Qaumi Council for Promotion of Urdu, New Delhi, 1990, p. 212.

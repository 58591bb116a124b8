### Source messages of content/faiz-nazm-and-essay.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = "Speak, for your lips are free": Faiz, forty years on
summary = Twelve lines written in 1941, a fragrance from Parveen Shakir, and why plain words still frighten those in power.
p-faiz-ahmed-faiz-13 = Faiz Ahmed Faiz (13 February 1911 – 20 November 1984) died in Lahore forty years ago today. He was born in Sialkot, studied English and Arabic in Lahore, taught, edited a newspaper, served in the army during the Second World War, and spent more than four years in prison after 1951. Through all of it he wrote poems that people learned by heart without meaning to.
p-his-best-known-lines = His best-known lines are about love and about the world, and usually about both at once. In the poems of his youth the beloved stands at the centre; later the sorrow of the beloved, *gham-e-janan*, and the sorrow of the age, *gham-e-dauran*, become one sorrow.
h-the-nazm-speak = The nazm: "Speak"
p-bol-speak-appeared-in = *Bol*, "Speak", appeared in his first collection, *Naqsh-e-Faryadi*, in 1941. It has only twelve short lines, and it says one thing twelve times.
quote-speak-for-your-lips =
    Speak, for your lips are free;\
    speak, your tongue is still your own.
quote-your-upright-body-is =
    Your upright body is your own;\
    speak, your life is still your own.
quote-see-how-in-the =
    See how in the blacksmith's shop\
    the flames are fierce, the iron is red;
quote-the-mouths-of-the =
    the mouths of the locks have begun to open,\
    the hem of every chain has spread.
quote-speak-this-little-time =
    Speak, this little time is plenty\
    before the death of body and tongue;
quote-speak-for-the-truth =
    speak, for the truth is still alive;\
    speak, say whatever you have to say.
p-notice-how-little-decoration = Notice how little decoration there is. There is no rose, no nightingale, no cup of wine. The only workshop is a blacksmith's, and the only beloved is the truth. The poem is written in the second person, but the reader soon understands that the poet is speaking to himself as much as to anyone.
p-ten-years-later-faiz = Ten years later Faiz was arrested in the Rawalpindi Conspiracy case, and the poems of *Dast-e-Saba* (1952) and *Zindan-Nama* (1956) were written behind bars. Read after those years, *Bol* sounds less like advice and more like a promise he kept. Students have chanted it at protests from Lahore to Delhi, and musicians have set it to new tunes in every decade since.
p-faiz-also-grew-up = Faiz also grew up with Persian, as every educated Punjabi of his generation did, and the old masters never left his verse. Hafez, for one, had joined love and danger long before him, in a line whose lover cries out: "My heart slips from my hands; O you who have hearts, for God's sake!"
h-a-fragrance-parveen-shakir = A fragrance: Parveen Shakir
p-if-faiz-taught-urdu = If Faiz taught Urdu poetry to speak of the street, Parveen Shakir (1952–1994) taught it to speak in a woman's voice, without borrowing a man's. Her first collection, *Khushbu* ("Fragrance"), came out in 1976, when she was twenty-four, and made her famous overnight. Here are two of her best-known couplets:
quote-from-lane-to-lane =
    From lane to lane the news of our acquaintance spread;\
    he welcomed me the way one welcomes a fragrance.
quote-he-is-only-a =
    He is only a fragrance; he will scatter on the wind.\
    The trouble is the flower's: where will the flower go?
p-she-died-in-a = She died in a road accident in Islamabad on 26 December 1994, at the age of forty-two. Like Faiz, she is quoted today by people who have never opened one of her books.
h-why-plain-words-last = Why plain words last
p-what-joins-these-two = What joins these two poets is plainness. Faiz's nazm uses the words of everyday speech: lips, tongue, body, iron, lock, chain. Parveen Shakir's couplets turn on a single word, *khushbu*. Neither needs a dictionary, and that is why both travel so far.
p-in-the-last-couplet = In the last couplet of a ghazal, the *maqta*, an Urdu poet names himself by his pen name, and Faiz signs his with the word that means "grace" or "bounty". Forty years after his death the grace remains, and so does the instruction: speak, while there is still time.

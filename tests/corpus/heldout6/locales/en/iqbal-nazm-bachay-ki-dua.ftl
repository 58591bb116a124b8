### Source messages of content/iqbal-nazm-bachay-ki-dua.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = "A prayer comes to my lips": Iqbal's Bachche ki Dua
summary = The six couplets that Pakistani schoolchildren recite at morning assembly, in a plain English version, and why a poem written for children has lasted more than a century.
p-muhammad-iqbal-1877-1938 = Muhammad Iqbal (1877–1938) was born in Sialkot and is remembered today as the poet who first gave shape to the idea of Pakistan. But long before the philosophy, the Persian masnavis and the Allahabad address of 1930, he wrote a short poem for children. *Bachche ki Dua*, "A Child's Prayer", is usually dated to 1902, when Iqbal was a young teacher in Lahore. It was collected in his first Urdu book, *Bang-e-Dra* (1924), where it carries the note "adapted", because its idea was taken from an English poem.[^1]
p-unlike-a-ghazal-whose = Unlike a ghazal, whose couplets each stand alone and may speak of anything from wine to death, *Bachche ki Dua* is a nazm: a poem on one subject, whose six couplets follow one another like the steps of an argument. Each couplet has a rhyme of its own, and each ends on a refrain-like word: *meri* ("mine"), *ho jaye* ("may it become"), *zeenat* ("beauty"), *ya Rab* ("O Lord"), *karna* ("to do") and *mujh ko* ("me").
h-the-poem = The poem
quote-my-longing-comes-to =
    My longing comes to my lips as a prayer:\
    O God, may my life be like a candle.
quote-may-the-darkness-of =
    May the darkness of the world be gone because of me;\
    may every place be lit by my shining.
quote-may-i-bring-beauty =
    May I bring beauty to my homeland\
    as a flower brings beauty to a garden.
quote-may-my-life-be =
    May my life be like a moth's, O Lord;\
    may I love the candle of knowledge, O Lord.
quote-may-my-work-be =
    May my work be to stand by the poor,\
    and to love those in pain and the weak.
quote-my-god-keep-me =
    My God, keep me away from evil;\
    lead me on whatever path is good.
h-reading-the-poem = Reading the poem
p-the-first-and-the = The first and the fourth couplets seem to contradict each other. In the first, the child wants to be a candle, the thing that gives light; in the fourth, he wants to be a moth, the thing that is drawn to light and burns in it. Iqbal does not resolve the contradiction, and he does not need to: a child who learns will one day teach, and the moth of today is the candle of tomorrow.
p-the-third-couplet-speaks = The third couplet speaks of the *watan*, the homeland. In 1902 Iqbal's homeland was undivided India, and two years later he would write *Tarana-e-Hind*, "Saare jahan se achha Hindustan hamara". Today the same couplet is recited in Pakistan, in India and in Urdu schools from Birmingham to Dubai, and every child who recites it thinks of a different homeland.
p-the-fifth-couplet-is = The fifth couplet is the heart of the poem. Before he asks for anything for himself, the child asks to be useful: to stand by the poor, to love the suffering and the weak. For a poem that millions of children learn before they can read it, this is a remarkable thing to put in their mouths.
h-a-prayer-that-outlived = A prayer that outlived its century
p-for-most-pakistanis-the = For most Pakistanis the poem is not a text but a sound: five hundred voices in a dusty school courtyard, a harmonium that is slightly out of tune, and a headmistress watching from the steps. A retired teacher from Sialkot, Nasreen Akhtar, described those mornings to us:
quote-for-thirty-one-years = For thirty-one years I stood in front of the girls while they sang it. Most of them did not know what a moth had to do with knowledge, and I did not explain it to them; I knew that one day they would understand. Some of them are teachers themselves now, and they tell me that their pupils sing it in the same tune, slightly out of tune, exactly as we did.
p-more-than-a-hundred = More than a hundred and twenty years after it was written, and more than eighty-five years after Iqbal's death in Lahore on 21 April 1938, *Bachche ki Dua* is still the first poem many of us ever knew by heart. It may be the most widely recited Urdu poem in the world, and it asks for nothing more than a life like a candle.
# Footnote 1 ([^1]), referred to in p-muhammad-iqbal-1877-1938
note-kulliyat-e-iqbal-urdu = *Kulliyat-e-Iqbal (Urdu)*, Iqbal Academy Pakistan, Lahore, 1990, p. 66. The text of the poem given here follows this edition.

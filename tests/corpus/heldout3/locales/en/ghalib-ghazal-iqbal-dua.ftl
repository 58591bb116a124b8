### Source messages of content/ghalib-ghazal-iqbal-dua.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Ghalib's "Thousands of desires" and Iqbal's "A child's prayer"
summary = A ghazal that every Urdu reader knows by heart, and the prayer that schoolchildren in Pakistan still recite every morning.
p-mirza-asadullah-khan-ghalib = Mirza Asadullah Khan Ghalib (27 December 1797 – 15 February 1869) died in Delhi 155 years ago today. His ghazals are still quoted in parliament, in films and on Twitter; here is the one that almost everyone knows, with a plain English translation.
h-ghazal-thousands-of-desires = Ghazal: "Thousands of desires"
quote-thousands-of-desires-each =
    Thousands of desires, each one worth dying for;\
    many of my longings came true, and yet they were too few.
quote-why-should-my-killer =
    Why should my killer fear? What will stay upon her neck,\
    the blood that all my life has flowed so from my wet eyes?
quote-we-have-long-heard =
    We have long heard of Adam's exit from paradise, but\
    in far greater disgrace did I leave your street.
quote-in-love-there-is =
    In love there is no difference between living and dying;\
    we live by looking at the very infidel for whom we die.
quote-how-far-is-the =
    How far is the tavern's door, Ghalib, and how far the preacher!\
    Yet this much I know: he was going in as I came out.
p-in-the-last-couplet = In the last couplet, the *maqta*, Ghalib names himself and teases the preacher who warns everyone against wine.[^1]
h-nazm-a-child-s = Nazm: "A child's prayer"
quote-my-longing-comes-to =
    My longing comes to my lips as a prayer:\
    O God, may my life be like a candle.
quote-may-the-darkness-of =
    May the darkness of the world vanish through me;\
    may every place be lit by my shining.
quote-may-my-country-be =
    May my country be adorned by me\
    as a garden is adorned by a flower.
p-allama-muhammad-iqbal-1877 = Allama Muhammad Iqbal (1877–1938) wrote this poem for children in 1902, and it was collected in *Bang-e-Dra* in 1924. More than 120 years later it is still sung in the morning assembly of schools across Pakistan.
p-to-close-one-more =
    To close, one more couplet by Ghalib:\
    I know the truth about paradise, but\
    to keep the heart happy, Ghalib, it is a fine thought.
p-the-full-ghazal-and = The full ghazal and its variant readings are on [Rekhta](https://www.rekhta.org/poets/mirza-ghalib). Which couplet do you know by heart?
# Footnote 1 ([^1]), referred to in p-in-the-last-couplet
note-the-text-follows-the = The text follows the common Nizami Press edition of *Diwan-e-Ghalib*.

### Source messages of content/couplets-for-a-rainy-evening.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Six couplets for a rainy evening: Ghalib, Iqbal and Faiz
summary = Some verses stay with you for a lifetime. These are my favourites, with a few words about each.
p-it-has-been-raining = It has been raining since the afternoon, the tea is ready, and as always on such evenings I have opened the old *Diwan-e-Ghalib*. Here are six couplets I keep coming back to.
p-thousands-of-desires-each =
    Thousands of desires, each one worth dying for;\
    many of my longings were fulfilled, and yet too few.
p-there-are-many-other =
    There are many other fine poets in the world,\
    but they say Ghalib's way of saying things is something else.
p-mirza-ghalib-wrote-this = Mirza Ghalib wrote this *maqta* (the closing couplet, in which the poet names himself) with a pride no one has ever held against him. When you read it aloud, mind the marks: the shadda ( ّ ), the jazm ( ْ ) and the standing zabar ( ٰ ) change the metre, and so does the hamza of the izafat ( ٔ ), as in “jalwa-e-yaar”.
quote-raise-your-selfhood-so =
    Raise your selfhood so high that before every decree of fate\
    God himself asks His servant: tell me, what is your wish?
quote-there-are-worlds-beyond =
    There are worlds beyond the stars;\
    there are still more trials of love to come.
p-from-allama-iqbal-s = From Allama Iqbal's *Bal-e-Jibril*, 1935. Iqbal wrote these couplets for the young, and they still live on the walls of every college.
p-there-are-other-sorrows =
    There are other sorrows in the world besides love,\
    other comforts besides the comfort of union.
p-let-colour-fill-the =
    Let colour fill the flowers, let the new spring breeze blow;\
    do come, so that the garden's business may go on.
p-both-couplets-are-by = Both couplets are by Faiz Ahmed Faiz. The first is from *Naqsh-e-Faryadi* (1943); the second was sung by Mehdi Hassan and became immortal.
p-this-small-sign-above = ؔ — this small sign above a poet's name is the *takhallus* mark. It tells you that "Ghalib", "Iqbal" or "Faiz" is the poet's pen name, not an ordinary word. Which couplet is your favourite? Tell me in the comments ❤️

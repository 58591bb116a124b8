### Source messages of content/nasir-kazmi-ghazal-faiz-nazm.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = A ghazal by Nasir Kazmi and a nazm by Faiz, for a restless heart
summary = Five couplets about a sudden wave in the heart, and the opening of the nazm in which Faiz turns from the beloved to the world.
p-for-some-days-my = For some days my heart has been restless for no reason. On such days I do not want long books, only a few lines. So here is a ghazal by Nasir Kazmi and the beginning of one of Faiz's most famous nazms.
h-ghazal-nasir-kazmi = Ghazal: Nasir Kazmi
p-a-wave-of-some =
    A wave of some kind has just risen in my heart;\
    some fresh wind has just begun to blow.
p-there-is-an-uproar =
    There is an uproar in the house of my heart;\
    as if a wall has just fallen somewhere.
p-i-am-somewhat-delicate =
    I am somewhat delicate by nature,\
    and this wound, too, is still new.
p-in-a-world-so =
    In a world so full, my heart does not settle;\
    who knows what is still missing.
p-good-times-will-come =
    Good times will come too, Nasir;\
    do not grieve, there is a whole life still ahead.
p-nasir-kazmi-1925-1972 = Nasir Kazmi (1925-1972) wrote in the plainest words, and that is why his couplets are so hard to forget. In the last couplet, the *maqta*, he speaks to himself by his pen name.
h-nazm-do-not-ask = Nazm: "Do not ask me for that first love again"
quote-do-not-ask-me =
    Do not ask me, my beloved, for that first love again.\
    I had thought that if you were there, life would be radiant;\
    that with your sorrow, what quarrel was there with the sorrows of the world?\
    Your face gave the springs of the world their permanence;\
    what is there in the world besides your eyes?\
    If I found you, fate itself would bow its head.\
    It was not so; I had only wished it would be so.
p-in-these-lines-faiz = In these lines Faiz's poetry turns from the beloved to the world outside. Madam Noor Jehan later sang this nazm, and after that Faiz himself used to say it was no longer his.
p-to-close-a-couplet =
    To close, a couplet by Ahmad Faraz:\
    If we part this time, perhaps we shall meet in dreams,\
    the way dried flowers are found in books.
p-which-of-these-lines = Which of these lines stayed with you? Write it in the comments. 🌙

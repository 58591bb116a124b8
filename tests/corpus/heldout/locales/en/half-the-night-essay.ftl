### Source messages of content/half-the-night-essay.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = At midnight: the night in Arabic, Persian and Urdu poetry
summary = An essay on how three poetic traditions have spent the night: as a trial, as a secret, and as a long wait.
p-every-classical-poet-has = Every classical poet has a night of his own. In Arabic poetry the night is a trial, in Persian it is a secret, and in Urdu it is very often simply waiting.
p-imru-al-qais-long =
    Imru' al-Qais, long before Islam, compared the night to the waves of the sea:\
    "Many a night, like the waves of the sea, has let down its curtains over me\
    with every kind of sorrow, to test me."
p-al-mutanabbi-by-contrast = Al-Mutanabbi, by contrast, claims the night as a companion: "The horses, the night and the desert know me, and the sword, the spear, the paper and the pen."
h-persian-the-night-that = Persian: the night that passes
p-for-hafez-the-night =
    For Hafez the night is a storm at sea that people on the shore cannot understand:\
    "A dark night, the fear of the waves and a whirlpool so terrible:\
    how would those travelling light on the shores know our state?"
p-in-another-ghazal-the = In another ghazal the beloved comes at midnight, hair dishevelled, flushed and laughing, a song on the lips and a flask in hand, and "at midnight last night came to my pillow and sat down".
p-saadi-s-night-is = Saadi's night is the night of the caravan leaving before dawn: "O camel driver, go slowly, for the peace of my soul is leaving; the heart I had with me is leaving with the one who stole it."
h-urdu-the-night-of = Urdu: the night of waiting
p-urdu-inherited-all-these =
    Urdu inherited all these nights, but made them more domestic. Ghalib's night is a sleepless one:\
    "There is a day appointed for death;\
    why then does sleep not come all night?"
p-the-poets-of-our = The poets of our own age, Nasir Kazmi, Parveen Shakir and others, wrote the night of the city: the empty street, the late bus, the light left on in one window.
p-when-at-the-end = When, at the end of the night, the muezzin's call comes and the sky begins to change colour, the poet's night is over; but the echo of the song of the night remains. Perhaps that is why every generation looks for its own midnight, and says: let whoever comes, come, and whoever goes, go; this night will remain a dream.
p-the-night-ends-but = The night ends, but poetry keeps it. Read these lines aloud, late at night, and decide for yourself which night is yours.

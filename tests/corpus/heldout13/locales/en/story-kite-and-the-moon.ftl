### Source messages of content/story-kite-and-the-moon.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Bilal's kite and the moon
summary = A bedtime story for children aged five to eight: a boy, a paper kite, a grandmother who knows a rhyme, and one very long night on the roof.
p-bilal-had-a-kite = Bilal had a kite. It was not a big kite, and it was not a new kite. It was a small green kite with a patched corner and a tail made of Ammi's old ribbon—but it was *his*, and it flew higher than any kite on Kucha Chabuk Sawaran.
p-higher-bilal-shouted-from = "Higher!" Bilal shouted from the roof. "Go higher!"
p-the-kite-climbed-it = The kite climbed. It climbed past the pigeons on Chacha Rasheed's roof, past the water tank, past the dome of the mosque… and then the wind dropped, and the kite sat in the sky like a green leaf on a pond.
p-bilal-come-down-ammi = "Bilal! Come down!" Ammi called up the stairs. "It's getting dark!"
p-just-five-more-minutes = "Just five more minutes, Ammi!"
p-you-said-that-five = "You said that five minutes ago."
p-bilal-looked-up-the = Bilal looked up. The sun had gone, and in the east a round, white moon was rising over the rooftops. It was so big and so close that it seemed to sit on the tip of the minaret.
p-look-he-whispered-to = "Look," he whispered to the kite. "Maybe… maybe you can reach it."
h-the-string-runs-out = The string runs out
p-bilal-let-out-more = Bilal let out more string. And more. And *more*. The kite rose towards the moon, and the moon—Bilal was sure of it—leaned down a little to see who was coming.
p-then-the-reel-went = Then the reel went *click*. There was no more string.
p-oh-no-said-bilal = "Oh no," said Bilal. "Oh no, no, no!"
p-what-is-it-beta = "What is it, *beta*?" Nani had come up the stairs slowly, one step at a time, holding the rail. She sat down on the old charpai with a sigh. "Why are you making that face?"
p-the-string-s-finished = "The string's finished, Nani! The kite wants to go to the moon, and the string's finished!"
p-nani-laughed-a-small = Nani laughed—a small, dry laugh, like paper. "Wants to go to the moon? Who told you that?"
p-nobody-told-me-i = "Nobody told me. I just… know."
h-what-nani-said = What Nani said
p-nani-patted-the-charpai = Nani patted the charpai, and Bilal sat beside her, still holding the reel with both hands.
p-when-i-was-your = "When I was your age," she said, "my brother had a kite too. A red one. One night he tried to send it to the moon, just like you. Do you know what our father told him?"
p-bilal-shook-his-head = Bilal shook his head.
p-he-said-the-moon = "He said, 'The moon does not need a kite. The moon has the whole sky. It is the kite that needs the string—and the string needs a hand.'"
p-bilal-thought-about-that = Bilal thought about that for a long time. "So… if I let go, the kite won't go to the moon?"
p-no-jaan-it-will = "No, *jaan*. It will fall on Chacha Rasheed's pigeons, and then we will all hear about it!"
p-bilal-giggled-somewhere-below = Bilal giggled. Somewhere below, a pigeon cooed as if it agreed.
h-nani-s-rhyme = Nani's rhyme
p-then-nani-sang-the = Then Nani sang the rhyme her mother had sung to her, softly, so that only Bilal and the kite could hear:
quote-little-kite-little-kite =
    Little kite, little kite, green as a leaf,\
    the moon is a lantern, the night is a thief;\
    hold to the string and hold to my hand,\
    and morning will bring you back safe to the land.
p-again-said-bilal = "Again!" said Bilal.
p-once-more-said-nani = "Once more," said Nani, "and then bed."
p-she-sang-it-again = She sang it again. By the end, Bilal was yawning so widely that a moth nearly flew in.
h-coming-down = Coming down
p-together-they-wound-the = Together they wound the string back onto the reel: round and round, round and round, 1, 2, 3… Bilal counted to 247 before the kite bumped gently against the water tank and lay still.
p-did-it-touch-the = "Did it touch the moon?" he asked.
p-nani-looked-at-the = Nani looked at the kite, and then at the moon, and then at Bilal. "I think," she said, "it came very, very close."
p-bilal-carried-the-kite = Bilal carried the kite downstairs as carefully as if it were made of glass. He leaned it against the wall beside his bed, where he could see it.
p-goodnight-kite-he-said = "Goodnight, kite," he said. "Goodnight, moon. Goodnight, Nani—"
p-but-nani-had-already = But Nani had already closed the door, and the moon was looking in through the window, and Bilal was asleep.
p-the-end = **The End.**
p-for-parents-ask-your = *For parents: ask your child what they would say to the moon. Then ask what the moon would say back!*

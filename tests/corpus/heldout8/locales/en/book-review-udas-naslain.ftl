### Source messages of content/book-review-udas-naslain.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Sixty years of «Udas Naslain»: the novel of a weary generation
summary = Abdullah Hussain's first novel, which follows a family and a country from the First World War to Partition, is back in a new edition. It is long, uneven and indispensable.
p-udas-naslain-the-weary = **Udas Naslain** (*The Weary Generations*) | Abdullah Hussain | Sang-e-Meel Publications, Lahore | first published 1963, this edition 2023 | 520 pages | ISBN 978-969-35-3219-7 | Rs 1,200
p-our-rating = Our rating: ★★★★☆
p-abdullah-hussain-was-a = Abdullah Hussain was a young chemist at a cement factory in Dandot, in the Salt Range, when he began writing the novel in his spare hours. When it appeared in 1963, it won the Adamjee Prize, and it has not been out of print since. Thirty-six years later he translated it himself as *The Weary Generations*, and it is one of the few Urdu novels that an English reader can find in a bookshop abroad.
p-a-new-edition-is = A new edition is a good excuse to ask an old question: does the book still deserve its place at the top of every list of the best Urdu novels?
h-the-story = The story
p-the-novel-begins-in = The novel begins in Delhi on the eve of the First World War and ends in the riots of 1947. Between the two, it follows one man through the history of a subcontinent, and asks what that history does to the people who live through it.
h-naim = Naim
p-naim-the-son-of = Naim, the son of a small farmer from the village of Roshanpur, goes to France with the Indian Army, comes back without an arm, and spends the rest of the book looking for a cause worth what he has lost: the Congress, the peasants' movement, prison, and finally nothing at all.
h-azra = Azra
p-azra-who-marries-him = Azra, who marries him against her rich family's wishes, is the more interesting of the two. She is the one who watches, remembers and, in the end, refuses to be consoled.
h-the-style = The style
p-hussain-s-prose-plain = Hussain's prose — plain, unhurried, almost stubborn in its refusal to decorate — was a shock in 1963, when Urdu fiction still liked its sentences embroidered. He writes a village the way a farmer would describe it to a stranger:
quote-the-wheat-stood-waist = The wheat stood waist-high that year, and nobody in Roshanpur had heard of France. The men went to the well in the morning and came back at dusk, and the only news that reached the village came on the back of the postman's bicycle, a week late and already old. (p. 45)
p-the-war-chapters-are = The war chapters are the best in the book. Naim comes home with a medal and an empty sleeve, and the novel does not raise its voice:
quote-he-looked-at-the = He looked at the sleeve pinned to his shoulder and thought: I gave them an arm, and they have given me a piece of metal the size of a coin. Somewhere a clerk has written my name in a ledger, and the ledger is already closed. (p. 123)
p-this-is-not-a = *This is not a novel about **history**; it is a novel about what history does to people who never asked for it.* That is its strength, and in the long middle section, where Naim drifts from one movement to the next, also its weakness: at 520 pages, a reader's patience is tested more than once.
p-the-ending-on-a = The ending, on a railway platform in 1947, is among the most restrained passages in Urdu prose:
quote-the-train-stood-in = The train stood in the station for three hours. Nobody got off and nobody got on. When it moved again, the platform was empty except for a child's shoe, and an old man swept it into the drain as if it were a leaf. (p. 498)
p-it-is-hard-to = It is hard to read those last pages without remembering Mir's couplet about Delhi:
quote-why-speak-of-the =
    Why speak of the desolation of the heart?\
    This city has been plundered a hundred times.
h-the-verdict = The verdict
h-what-works = What works
p-the-war-the-village = The war, the village, Azra, and a sense of time passing that few Urdu novels have matched.
h-what-does-not = What does not
p-the-politics-of-the = The politics of the middle chapters, which read like a summary, and an edition with too many misprints for a book of this importance.
p-read-it-and-then = Read it, and then read Hussain's own translation, to see what a writer keeps and what he gives up when he carries his book into another language. For more on his life and work, see [Abdullah Hussain's page on Wikipedia](https://en.wikipedia.org/wiki/Abdullah_Hussain "Abdullah Hussain (1931–2015)").

### Source messages of content/glaciologist-interview.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = "The ice is not silent": a conversation with glaciologist Dr. Zarmina Karim
summary = The first woman from upper Hunza to earn a doctorate in glaciology talks about surging glaciers, her mother's letter, her students, and the Parveen Shakir couplet on the first page of her field diary.
p-dr-zarmina-karim-was = Dr. Zarmina Karim was born in 1986 in a village above the Hunza river, within sight of the Passu and Batura glaciers. She studied physics in Karachi, finished her doctorate in glaciology in Switzerland in 2016, and now leads a team of seven at a research institute in Islamabad that monitors 40 glaciers in the Karakoram. We met in her office, where a 1:50,000 map of the Shisper glacier covers one wall and a pair of crampons hangs behind the door.
alt-a-woman-in-a = A woman in a red jacket and a woollen cap stands on a grey glacier, holding a GPS pole, with snow peaks behind her
caption-dr-zarmina-karim-at = Dr. Zarmina Karim at the Shisper glacier, August 2023 (photo: courtesy of the institute)
p-q-when-did-you = **Q:** When did you first see a glacier up close?
p-a-i-grew-up = **A:** I grew up with one outside the window, so in a way I always saw one. But the first time I actually walked on the ice — I was nine, my uncle took me to Passu — no, wait, it was Batura, Passu came later — what I remember is being frightened by the sound. People think ice is silent. It is not... it creaks, it cracks, it gurgles under your feet. At night, in a tent, it sounds like someone moving furniture in the room upstairs.
p-q-your-family-was = **Q:** Your family was not happy when you chose this field, I have read.
p-a-my-father-was = **A:** My father was proud. My grandmother was... let us say, worried. She said, "A girl does not sleep in a tent on the ice." My mother said nothing at all, and then packed my bag herself. When I got my first field grant, in 2011, she put a letter in that bag. I still have it. May I read you a few lines?
quote-do-not-be-afraid = Do not be afraid of the cold. Your grandmother crossed the Kilik pass on foot in winter, with your father on her back, and she used to tell me:
quote-the-mountain-is-not = "The mountain is not our enemy; it is our neighbour. You do not fight a neighbour. You learn his habits."
p-that-is-still-the = That is still the best definition of my job that I know.
p-q-what-exactly-is = **Q:** What exactly is a glacier surge, and why did Shisper make headlines?
p-a-most-glaciers-move = **A:** Most glaciers move slowly, a few metres a year. A surging glacier suddenly speeds up, sometimes a hundred times faster, for a year or two, and then goes quiet again for decades. In 2019 the Shisper glacier advanced so fast that it blocked the meltwater coming from the Muchuhar glacier and made a lake. In May 2022 that lake burst and washed away the Karakoram Highway bridge at Hassanabad.[^1] Nobody died, thank God, because we had been watching it for three years and the families below had moved in time.
p-q-what-would-you = **Q:** What would you tell a young woman who wants to do what you do?
p-a-three-things-and = **A:** Three things, and I tell them to my students every year:
li-learn-the-mathematics-the = Learn the mathematics. The romance of the mountains will not get you through a thesis.
li-keep-a-field-diary = Keep a field diary by hand, every single day, even when you are tired. Especially when you are tired.
li-find-the-people-who = Find the people who already live with the ice, and listen to them before you tell them anything.
p-q-which-books-shaped = **Q:** Which books shaped you?
p-a-as-a-student = **A:** As a student I read *The Physics of Glaciers* until the cover fell off. But the book I give to everyone is Rachel Carson's *Silent Spring*, because it taught me that a scientist can write for ordinary people without lying to them. And every winter I read Parveen Shakir again.
p-q-parveen-shakir-in = **Q:** Parveen Shakir, in a glacier lab?
p-a-why-not-science = **A:** Why not? Science and poetry ask the same question: what stays, and what goes. There is one couplet of hers that I wrote on the first page of my diary in 2011:
quote-he-is-a-fragrance =
    He is a fragrance; he will scatter on the winds.\
    The trouble is the flower's: where will the flower go?
p-when-the-ice-melts = When the ice melts, the water goes on: to the plains, to the cities, to the sea. That is its nature. But the village that lived beside the ice for five hundred years... where does the village go?
p-q-are-you-hopeful = **Q:** Are you hopeful?
p-a-i-am-stubborn = **A:** I am stubborn, which is more useful. For decades the Karakoram glaciers held steady while most of the world's shrank, the so-called "Karakoram anomaly",[^2] but that will not last for ever. We need more weather stations above 4,000 metres, and we need the data to be open, across every border. The glacier does not care where the border is. Our data should not care either.
# Footnote 1 ([^1]), referred to in p-a-most-glaciers-move
note-the-bridge-on-the = The bridge on the Karakoram Highway at Hassanabad, near Karimabad, collapsed on 7 May 2022 in a glacial lake outburst flood (GLOF) from the lake dammed by the Shisper glacier.
# Footnote 2 ([^2]), referred to in p-a-i-am-stubborn
note-the-term-is-kenneth = The term is Kenneth Hewitt's: "The Karakoram Anomaly? Glacier Expansion and the 'Elevation Effect,' Karakoram Himalaya", *Mountain Research and Development*, vol. 25, no. 4, 2005, pp. 332–340, [online at doi.org](https://doi.org/10.1659/0276-4741(2005)025[0332:TKAGEA]2.0.CO;2).

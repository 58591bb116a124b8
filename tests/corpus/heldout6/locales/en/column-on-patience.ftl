### Source messages of content/column-on-patience.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Where has our patience gone?
summary = A columnist stands in a queue at a NADRA office and wonders why a nation that survived 1947 cannot wait ten minutes for a token.
p-last-tuesday-i-spent = Last Tuesday I spent forty minutes in a queue at a NADRA office in Rawalpindi. Within the first ten, two young men had come to blows over a token number, a mother had been shouted at because her baby would not stop crying, and a clerk behind the glass had told a man of seventy to "come back tomorrow" without once looking up. Nobody in that hall was in danger, and nobody was starving. We were simply waiting, and somewhere along the way we have forgotten how to wait.
p-is-this-the-same = Is this the same nation whose grandparents crossed a new border on foot in 1947, buried their dead along the road and started again in tents and refugee camps? We tell ourselves that inflation, load-shedding and politics have worn us down, and that is true. But were our grandparents' lives easier than ours? They had less money, less medicine and far less information; what they had more of was patience. Why, then, do we who have so much more have so much less of it?
p-my-grandfather-who-walked = My grandfather, who walked from Amritsar to Lahore with a tin trunk on his head, never raised his voice. When I complained as a boy that something was taking too long, he would say: "Patience is not sitting still. As your grandmother used to say, 'A pot on a slow fire cooks best,' and in sixty years I never once saw her proved wrong." Then he would laugh, and I would go on complaining.
h-what-the-quran-says = What the Quran says
p-the-quran-returns-to = The Quran returns to patience again and again; Imam Ahmad ibn Hanbal counted some ninety places where it is mentioned.[^1] In Surah Al-Baqarah the believers are told where to find strength, and the verse ends with a promise:
quote-e3c8eed4 = ﴿يَا أَيُّهَا الَّذِينَ آمَنُوا اسْتَعِينُوا بِالصَّبْرِ وَالصَّلَاةِ ۚ إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾
quote-o-you-who-believe = "O you who believe, seek help through patience and prayer. Indeed, Allah is with the patient." (Al-Baqarah 2:153)
p-notice-what-the-verse = Notice what the verse does not say. It does not say that Allah will reward the patient one day, or that patience is the virtue of the weak who have no other choice. It says that He is *with* them, here and now. Patience, in this sense, is not helplessness; it is a kind of strength, the strength to hold on to what is right when everything around you is in a hurry.
p-anas-ibn-malik-may = Anas ibn Malik (may Allah be pleased with him) narrated that the Prophet (peace be upon him) once passed a woman weeping at a grave and told her to fear Allah and be patient. Not recognising him, she said: "Leave me alone; you have not suffered what I have suffered." When she was told who he was, she went to his door to apologise, and he said to her: "Patience is at the first blow."[^2]
h-the-first-blow = The first blow
p-that-hadith-has-stayed = That hadith has stayed with me for years, because it puts patience exactly where we find it hardest: in the first moment. Anyone can be calm a week later… The test is the moment the car cuts in front of you on Murree Road, the moment the electricity goes at the start of the match, the moment a forwarded message on WhatsApp tells you that the other side has done something unforgivable. We honk before the light has changed; we share the rumour before we have read it; we demand a verdict before the trial has begun. And then we wonder why nothing in this country ever gets better!
p-a-persian-couplet-usually = A Persian couplet, usually attributed to Hafez, says it better than any columnist can:
quote-they-say-a-stone =
    They say a stone becomes a ruby if it waits in patience;\
    yes, it does, but it becomes one with the blood of the heart.
p-the-stone-does-not = The stone does not become a ruby by sitting in the dark doing nothing. It becomes one by enduring, slowly and at great cost, what a hurried world cannot. Our fathers knew this; our sons, raised on thirty-second videos, may never learn it unless we show them.
p-so-here-is-my = So here is my request, for what a columnist's request is worth. The next time you are in a queue, at a signal or in an argument, count to ten before the first blow lands. If you want to read the verse of Surah Al-Baqarah in full, with its translations, it is [on Quran.com](https://quran.com/2/153). And if you find that ten is not enough… count to twenty.
# Footnote 1 ([^1]), referred to in p-the-quran-returns-to
note-quoted-by-ibn-al = Quoted by Ibn al-Qayyim in *Madarij al-Salikin*, in the chapter on patience.
# Footnote 2 ([^2]), referred to in p-anas-ibn-malik-may
note-sahih-al-bukhari-book = Sahih al-Bukhari, Book of Funerals, hadith 1283; also Sahih Muslim, hadith 926.

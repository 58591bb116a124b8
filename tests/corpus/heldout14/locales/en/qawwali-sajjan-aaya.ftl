### Source messages of content/qawwali-sajjan-aaya.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Sajjan Aaya: the words of a Saraiki qawwali, with a commentary
summary = The qawwali that closes the urs of Sain Sohna Bakhsh at Chowk Azam every year: its words with a translation, the Persian couplet the qawwals tie into it, and how the refrain is repeated.
quote-a-qawwal-does-not =
    { "*" }A qawwal does not sing to the audience. He sings over its head, to the one the poem is addressed to.*\
    — Mehr Ali Nawaz, in conversation, 2019
p-every-year-on-the = Every year on the 3<sup>rd</sup> and 4th of Rajab, the shrine of Sain Sohna Bakhsh (d. 1211 AH / 1796) at Chowk Azam, in Layyah District, fills with pilgrims for the saint's *urs*, the anniversary of his death. The last night belongs to the qawwals, and for twenty-two years it has ended with the same song: *Sajjaṇ āyā*, "The beloved has come", a Saraiki *kafi* by Sohna Bakhsh himself, sung by Mehr Ali Nawaz Qawwal and his party of eleven.
h-the-words = The words
p-below-is-the-text = Below is the text as the party sings it, with the refrain (*asthāī*) written out each time it returns. The translation is ours; it follows the sense, not the metre.
quote-sajja-y-veh-vasiy =
    Sajjaṇ āyā, vehṛā vasiyā\
    dil dā ḍīvā bal bal hasiyā
p-the-beloved-has-come =
    { "*" }The beloved has come, and the courtyard lives again;*\
    { "*" }the little lamp of my heart burns, and laughs.*
quote-k-l-r-t =
    Kālī rāt te lammiyāṅ rāhwāṅ\
    kaṇḍe chuṇ chuṇ sej sajāwāṅ
p-a-black-night-and =
    { "*" }A black night and long roads;*\
    { "*" }I pick out the thorns one by one, and make the bed ready.*
quote-u-wang-te-sunjay =
    Ṭuṭṭī wang te sunjay vehṛe\
    kauṇ ā pucche hāl meḍe
p-a-broken-bangle-and =
    { "*" }A broken bangle, and empty courtyards;*\
    { "*" }who will come and ask how I am?*
p-before-the-last-verse = Before the last verse the lead singer stops the party with a raised hand and sings a *girah*, a couplet from another poem "tied" into the song. Mehr Ali Nawaz always ties in this Persian couplet, which is attributed to Amir Khusrau:
quote-35b0fb09 =
    نمی‌دانم چہ منزل بود، شب جائے کہ من بودم\
    بہ ہر سو رقصِ بسمل بود، شب جائے کہ من بودم
p-i-do-not-know =
    { "*" }I do not know what place it was, where I was last night;*\
    { "*" }all around me the wounded were dancing, where I was last night.*
quote-hol-vajiy-chha-kiy =
    Ḍhol vajiyā, chhaṇkiyāṅ vangāṅ<br>
    sāḍiyāṅ pūriyāṅ hoiyāṅ mangāṅ
p-the-drum-has-sounded =
    { "*" }The drum has sounded, and the bangles ring;*\
    { "*" }every one of our prayers has been answered.*
h-how-it-is-sung = How it is sung
p-a-performance-lasts-between = A performance lasts between 25 and 40 minutes, and the words above take less than three of them. The rest is repetition (*takrār*), and it is the repetition that the audience has come for:
li-the-harmonium-plays-the = The harmonium plays the tune alone, slowly, in *rāg* Pīlū.
li-the-lead-singer-sings = The lead singer sings the refrain once, unaccompanied; the chorus answers it, and the *tabla* and the clapping begin in *tīntāl*, a cycle of 16 beats with claps on beats 1, 5 and 13.
li-each-verse-is-sung = Each verse is sung twice, first by the lead singer and then by the second singer, and is followed by the refrain.
li-after-the-girah-the = After the *girah*, the last verse and the refrain are sung faster and faster, the refrain nine times or more, until the phrase *bal bal* ("burning, burning") is repeated on its own, sometimes for ten minutes.
p-listeners-show-what-moves = Listeners show what moves them with money: a note held over the singer's head and then handed to the party is a *vel*. At the 2024 *urs* the vels for this one song came to Rs 46,500, which the party shares with the shrine's kitchen.
h-a-note-on-the = A note on the spelling
p-the-words-are-in = The words are in the Thali dialect of Saraiki, which has sounds that Urdu spelling cannot show. We write the implosive *j* of *sajjaṇ* with ڄ, the nasal *ṇ* with ݨ and the implosive *ḍ* of *ḍīvā* with ݙ, as Saraiki books do today. The printed song-book of 1962, *Kalam-e-Sohna Bakhsh*, uses only Urdu letters, so its refrain begins سجن آیا.

### Source messages of content/musaddas-e-noor.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Musaddas-e-Noor: four stanzas of a forgotten naat, with a commentary
summary = Hakeem Anwar Saharanpuri's musaddas in praise of the Prophet ﷺ, written in 1932 and never reprinted: the text of stanzas 1, 7, 12 and 41, a translation, and a note on its metre.
quote-sa-d-sh-r =
    بَلَغَ الْعُلٰى بِكَمَالِهٖ\
    كَشَفَ الدُّجٰى بِجَمَالِهٖ\
    حَسُنَتْ جَمِيْعُ خِصَالِهٖ\
    صَلُّوْا عَلَيْهِ وَآلِهٖ\
    — Saʿdī Shīrāzī
p-hakeem-anwar-saharanpuri-1894 = Hakeem Anwar Saharanpuri (1894–1961) was a physician of the Unani school who spent most of his life in Bahawalpur. His *Musaddas-e-Noor* ("The Musaddas of Light"), 41 stanzas in the manner of Hali's *Madd-o-Jazr-e-Islam*, was printed once, by the Matba-e-Mujtabai of Bahawalpur, in Rabi' al-Awwal 1351 AH (July 1932).[^1] The only copy we know of belongs to the poet's grandson, Mr Shahid Anwar of Ahmedpur East, who allowed us to photograph it.
p-a-musaddas-is-a = A musaddas is a poem in stanzas of six lines: the first four rhyme together (*aaaa*), and the last two, the *tip* or *ṭīp*, carry a rhyme of their own (*bb*) that closes the stanza like a couplet. In a naat, a poem in praise of the Prophet Muhammad ﷺ, the form suits a story told in stages: the darkness before him, his coming, his companions, and the state of his community now.
h-the-text = The text
p-we-give-the-urdu = We give the Urdu as printed, with its spelling modernised (the original writes *ٹوٹا* as *ٹُوٹا* and *یے* for *ہے* in places), followed by our translation. The translation follows the sense, not the metre.
quote-7d76d8c1 =
    جہاں تیرگی تھی، وہاں روشنی کی\
    جہاں پیاس تھی، واں نمی زندگی کی\
    غلاموں نے آقا کی آنکھوں میں دیکھی\
    حقیقت بشر کی، اَنا آدمی کی\
    وہ آیا تو بدلا جہاں کا نظارا\
    ہر اک ڈوبتے کو ملا اک کنارا
p-where-there-was-darkness =
    { "*" }Where there was darkness, he brought light;*\
    { "*" }where there was thirst, the moisture of life;*\
    { "*" }in the master's eyes the slaves saw*\
    { "*" }the truth of mankind, the dignity of man.*\
    { "*" }He came, and the face of the world was changed:*\
    { "*" }each one who was drowning found a shore.*
p-stanza-7-turns-from = Stanza 7 turns from the darkness to the man himself. Its fourth line recalls that even the Quraysh, who fought him, left their valuables in his keeping: he was *al-Amīn*, the trustworthy.
quote-bac167ea =
    نہ تلوار اُس کی، نہ لشکر کی طاقت\
    فقط اُس کا اخلاق، اُس کی صداقت\
    دلوں پر تھی قائم اُسی کی حکومت\
    کہ دشمن بھی رکھتے تھے اُس پاس امانت\
    محمد ﷺ کی سیرت ہے آئینہ سب کا\
    یہی درس ہے آج بھی اپنے رب کا
p-not-his-sword-nor =
    { "*" }Not his sword, nor the strength of an army,*\
    { "*" }only his character, only his truthfulness:*\
    { "*" }his was the rule that held over hearts,*\
    { "*" }so that even his enemies left their trust with him.*\
    { "*" }The life of Muhammad ﷺ is a mirror for all;*\
    { "*" }this is our Lord's lesson still today.*
p-stanza-12-names-the = Stanza 12 names the four companions who became the first four caliphs: Abu Bakr al-Siddiq, Umar al-Faruq, Uthman and Ali (may God be pleased with them), each with the virtue tradition gives him. The poet's note in the margin says he wrote the stanza on the night of 21 Ramazan, the anniversary of Ali's death.[^2]
quote-d382994c =
    وہ صدیقؓ جس نے سبھی کچھ لٹایا\
    وہ فاروقؓ جس نے عدل کر دکھایا\
    وہ عثمانؓ جس نے حیا کو نبھایا\
    وہ حیدرؓ، جسے علم کا در بتایا\
    یہ تارے اُسی ماہِ کامل سے چمکے\
    اُسی نور سے اُن کے دامن بھی دمکے
p-the-truthful-who-gave =
    { "*" }The Truthful, who gave away all he had;*\
    { "*" }the Distinguisher, who showed what justice is;*\
    { "*" }Uthman, who kept modesty all his life;*\
    { "*" }Haidar, who was called the gate of knowledge.*\
    { "*" }These stars shone from that one full moon;*\
    { "*" }from the same light their robes were bright.*
p-the-last-stanza-is = The last stanza is a prayer, and its complaint is Hali's: why has the community that once led now fallen behind? The image of the strings (*dhāge*) in the hands of others is the poet's own.
quote-78a381cc =
    الٰہی! وہ اُمّت جو تھی سب سے آگے\
    وہ کیوں آج سوئی ہے، کیوں کر نہ جاگے\
    وہ کیوں دوسروں کے ہے پیچھے ہی بھاگے\
    ہیں کیوں اُس کے ہاتھوں میں غیروں کے دھاگے\
    ہمیں پھر وہی درس دے دے دوبارہ\
    وہی عدل و اخلاص کا نور سارا
p-o-god-that-community =
    { "*" }O God! That community which was ahead of all,*\
    { "*" }why does it sleep today, why does it not wake?*\
    { "*" }Why does it run only behind others?*\
    { "*" }Why are the strings in its hands held by strangers?*\
    { "*" }Teach us that lesson once again:*\
    { "*" }all that light of justice and sincerity.*
h-the-metre = The metre
p-the-poem-is-in = The poem is in *mutaqārib muthamman sālim*, the metre of Hali's musaddas and of Firdausi's *Shahnama*: four feet of *faʿūlun* (short, long, long) to the line. Here is the first line divided into its feet (*taqṭīʿ*):
cell-foot = Foot
cell-rukn = Rukn
cell-weight = Weight
cell-stanza-1-line-1 = Stanza 1, line 1
cell-f6c368af = فعولن
cell-9d00f005 = جہاں تی
cell-a80823f7 = رگی تھی
cell-d0350181 = وہاں رو
cell-3fa9c565 = شنی کی
p-the-poet-is-strict = The poet is strict with the metre, but like most poets of his time he lets a final long vowel count short (*ke*, *ko*, *se*), and the sign ﷺ is not read in the scansion.
h-a-persian-echo = A Persian echo
p-the-opening-of-stanza = The opening of stanza 41 borrows its mood from a couplet of Jami that every madrasa student in Bahawalpur would have known, and which the poet quotes in his preface:
quote-8e0da3bb =
    نسیما جانبِ بطحا گذر کن\
    ز احوالم محمد را خبر کن
p-o-breeze-pass-by = "O breeze, pass by the valley of Mecca, and tell Muhammad how I am."[^3]
# Footnote 1 ([^1]), referred to in p-hakeem-anwar-saharanpuri-1894
note-the-title-page-gives = The title page gives both dates: "۱۲ ربیع الاول ۱۳۵۱ھ، مطابق جولائی ۱۹۳۲ء". The print run is not stated.
# Footnote 2 ([^2]), referred to in p-stanza-12-names-the
note-21-ramazan-40-ah = 21 Ramazan 40 AH (January 661). The note reads *"شبِ ۲۱ رمضان"*.
# Footnote 3 ([^3]), referred to in p-o-breeze-pass-by
note-abd-al-ra-m = ʿAbd al-Raḥmān Jāmī (1414–1492). The couplet is often sung as a naat in Pakistan.

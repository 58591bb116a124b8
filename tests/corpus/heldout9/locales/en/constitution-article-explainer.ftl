### Source messages of content/constitution-article-explainer.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Article 25-A explained: the right to go to school, and the right to ask why not
summary = What Articles 25-A and 19-A of the Constitution of Pakistan promise, how the education laws of 2012–2017 spell the promise out clause by clause, and how a parent can go to court under Article 199 or 184(3).
p-in-april-2010-the = In April 2010 the Constitution (Eighteenth Amendment) Act, 2010 added two short articles to Chapter 1 of Part II of the Constitution of Pakistan, the chapter of Fundamental Rights: Article 19-A, on the right to information, and Article 25-A, on the right to education. Before 2010, education appeared in the Constitution only as a Principle of Policy: Article 37(b) asks the State to "remove illiteracy and provide free and compulsory secondary education within minimum possible period", but no court can enforce a Principle of Policy. Since 2010, schooling is a right that a citizen can take to court.
p-fifteen-years-later-about = Fifteen years later, about 22.8 million children between the ages of 5 and 16 are still out of school, by UNICEF's estimate. This explainer sets out what the two articles say, how the laws made under them work, and what a parent can do.
h-what-the-constitution-says = What the Constitution says
p-article-25-a-is = Article 25-A is a single sentence:
quote-25-a-right-to = **25-A. Right to education.**— The State shall provide free and compulsory education to all children of the age of five to sixteen years in such manner as may be determined by law.
p-three-phrases-carry-its = Three phrases carry its weight. "Free" means that the State may not charge for the schooling it owes. "Compulsory" binds both sides: the State must provide a place, and parents must send their children. And "in such manner as may be determined by law" means that the right needs a law to work: the Article says what must be done, and the legislatures say how.
p-article-19-a-added = Article 19-A, added by the same amendment, reads:
quote-19-a-right-to = **19-A. Right to information.**— Every citizen shall have the right to have access to information in all matters of public importance subject to regulation and reasonable restrictions imposed by law.
p-the-two-articles-are = The two articles are often read together. A right to a school means little if a parent cannot find out whether the school has teachers, and the budget that pays for them is a matter of public importance if anything is.
h-how-the-laws-spell = How the laws spell it out
p-since-education-is-a = Since education is a provincial subject after the Eighteenth Amendment, there is not one law but several. Parliament passed the Right to Free and Compulsory Education Act, 2012 (Act No. XXIV of 2012) for the Islamabad Capital Territory; Sindh followed in 2013, Punjab and Balochistan in 2014, and Khyber Pakhtunkhwa in 2017.
p-lawyers-read-such-a = Lawyers read such a law clause by clause. Section 3 of a typical Act is built like this (we paraphrase; the wording differs from one province to the next):
li-1-every-child-of = (1) Every child of the age of five to sixteen years shall have a right to free and compulsory education in a neighbourhood school.
li-2-for-the-purposes = (2) For the purposes of sub-section (1),—
li-a-no-child-shall = (a) no child shall be liable to pay any fee, charge or expense which may prevent him or her from pursuing and completing education; and
li-b-the-government-shall = (b) the Government shall—
li-i-establish-a-school = (i) establish a school within a neighbourhood where there is none, within three years of the commencement of this Act;
li-ii-ensure-that-no = (ii) ensure that no child is held back, expelled or required to pass a board examination before completing elementary education; and
li-iii-maintain-a-record = (iii) maintain a record of every child residing within its area up to the age of sixteen years.
li-3-a-private-school = (3) A private school shall admit in class I, and keep until the completion of elementary education, children of disadvantaged families to the extent of at least ten per cent of the strength of that class.
p-in-a-petition-the = In a petition, the last duty of the Government is cited as section 3(2)(b)(iii) of the Act, or simply § 3(2)(b)(iii). Sub-clause (ii) is the one most often broken, by schools that expel a weak student before the Class IX board examination to keep their pass rate high; sub-section (3) is the one most often argued about, by private schools that say ten per cent of free places is more than they can afford.
h-can-a-citizen-go = Can a citizen go to court?
p-a-fundamental-right-can = A Fundamental Right can be enforced in two ways. Under Article 199, an aggrieved person may ask a High Court to direct a government or an official "to do anything he is required by law to do". Under Article 184(3), the Supreme Court itself may act when "a question of public importance with reference to the enforcement of any of the Fundamental Rights" is involved, whether or not anyone has petitioned it.
p-courts-have-used-both = Courts have used both. They have asked provincial governments for the number of schools without a building, a boundary wall, drinking water or a toilet, and for lists of "ghost schools" that exist only on paper, and they have set deadlines for filling teachers' posts.[^1] What a court cannot easily do is build a school; its orders work best when a petitioner brings facts.
p-this-is-where-article = This is where Article 19-A helps. A parent who writes to the district education office to ask how many teachers are posted at her child's school, and how many of them attend, is exercising a right under Article 19-A. For federal bodies, the Right of Access to Information Act, 2017 gives an official ten working days to reply, and each province has an information commission of its own.
h-a-right-older-than = A right older than the Constitution
p-supporters-of-article-25 = Supporters of Article 25-A like to recall that the first word revealed to the Prophet Muhammad ﷺ was an order to read:
quote-read-in-the-name =
    اقْرَأْ بِاسْمِ رَبِّكَ الَّذِي خَلَقَ (العلق ۹۶:۱)\
    "Read in the name of your Lord who created." (Al-Alaq 96:1)
p-the-constitution-itself-points = The Constitution itself points the same way: Article 31(2)(a) asks the State to make the teaching of the Holy Quran and Islamiat compulsory and to encourage the learning of Arabic. Article 25-A is broader. It promises every child, of every faith, a school.
h-what-to-remember = What to remember
li-article-25-a-is = Article 25-A is a Fundamental Right, not a promise: it can be enforced in court.
li-it-covers-every-child = It covers every child from five to sixteen, that is, up to Class X.
li-the-details-are-in = The details are in the Acts of 2012 to 2017, section by section.
li-article-19-a-lets = Article 19-A lets you ask for the facts you need to make your case.
# Footnote 1 ([^1]), referred to in p-courts-have-used-both
note-see-for-example-human = See, for example, *Human Rights Case regarding out-of-school children*, PLD 2014 SC 1, and the orders made in it on the provinces' reports.

### Source messages of content/mrna-vaccines-explained.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = How do mRNA vaccines work? Five questions, five answers
summary = From COVID-19 to cancer research: what messenger RNA does in the body, what it does not do, and where to check the facts.
p-during-the-covid-19 = During the COVID-19 pandemic, vaccines based on mRNA (messenger RNA) were used on a large scale for the first time. According to the World Health Organization (WHO), more than 13 billion doses of COVID-19 vaccines of all kinds have been given worldwide.
h-what-is-mrna = What is mRNA?
p-mrna-is-a-molecule = mRNA is a molecule that carries a gene's instructions to the cell's protein-making machinery, the ribosome. The vaccine carries the instructions for just one protein: the **spike protein** on the surface of the SARS-CoV-2 virus. The immune system learns to recognise it and makes antibodies.
h-does-it-change-our = Does it change our DNA?
p-no-mrna-never-enters = No. mRNA never enters the nucleus of the cell, where DNA is kept, and it breaks down within a few days. The lipid nanoparticle (LNP) that carries it is also broken down by the body.
h-how-much-is-in = How much is in one dose?
p-one-dose-of-the = One dose of the Pfizer-BioNTech vaccine contains 30 micrograms of mRNA, and a dose of Moderna's 100 micrograms (50 micrograms for the booster). A common paracetamol tablet contains 500 mg, more than 15,000 times as much.
p-after-vaccination-some-people = After vaccination, some people have pain in the arm, tiredness or fever for 1-2 days. For a child's fever, doctors usually prescribe paracetamol syrup, for example 5 ml (120 mg) at a time; do not give more than 4 doses in 24 hours. Inflammation of the heart (*myocarditis*) is a rare side effect, seen mostly in young men.
h-what-next = What next?
p-researchers-are-now-testing = Researchers are now testing mRNA against influenza, RSV (respiratory syncytial virus) and some cancers. Katalin Karikó and Drew Weissman received the 2023 Nobel Prize in Physiology or Medicine for the discoveries that made these vaccines possible.
p-for-reliable-information-read = For reliable information, read [the WHO's questions and answers on vaccines](https://www.who.int/news-room/questions-and-answers/item/vaccines-and-immunization-what-is-vaccination), or visit the National Institute of Health (NIH), Islamabad, at https://www.nih.org.pk. Readers can send their questions to health.desk@example.pk.
p-this-article-is-for = { "*" }This article is for general information; consult your doctor about any medicine.*

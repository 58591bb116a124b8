### Source messages of content/abdus-salam-biography.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Abdus Salam (1926-1996): the physicist from Jhang who won the Nobel Prize
summary = The life of Pakistan's first Nobel laureate, from a village school in the Punjab to Cambridge, Trieste and Stockholm.
p-mohammad-abdus-salam-29 = **Mohammad Abdus Salam** (29 January 1926 – 21 November 1996) was a Pakistani theoretical physicist. He shared the 1979 Nobel Prize in Physics with Sheldon Glashow and Steven Weinberg for the theory that unites the electromagnetic and the weak nuclear force.[^1]
h-early-life-and-education = Early life and education
p-salam-was-born-in = Salam was born in Santokdas, a village near Sahiwal in the Punjab of British India. His father, Chaudhry Muhammad Hussain, worked in the education department of Jhang district. At the age of 14 he scored the highest marks ever recorded in the matriculation examination of the University of the Punjab.
p-in-1946-he-won = In 1946 he won a scholarship to St John's College, Cambridge, where he took a double first in mathematics and physics. He was in Cambridge when Pakistan came into being on 14 August 1947.[^2]
alt-a-black-and-white = A black and white portrait of a man in glasses and a dark suit
caption-abdus-salam-in-trieste = Abdus Salam in Trieste in the 1960s (illustration)
h-career = Career
li-1951-1954-professor-of = 1951–1954: Professor of Mathematics at Government College, Lahore
li-1957-professor-of-theoretical = 1957: Professor of Theoretical Physics at Imperial College London
li-1961-1974-chief-scientific = 1961–1974: Chief Scientific Adviser to the President of Pakistan
li-1964-founder-and-first = 1964: founder and first director of the International Centre for Theoretical Physics (ICTP) in Trieste
p-in-the-19th-century = In the 19th century physicists learned that electricity and magnetism are two faces of one force. In the 20th century Salam, Glashow and Weinberg showed that at very high energies the weak nuclear force joins them too.
quote-scientific-thought-and-its = "Scientific thought and its creation is the common and shared heritage of mankind." (Abdus Salam, Nobel banquet speech, 10 December 1979)
h-death-and-legacy = Death and legacy
p-salam-died-in-oxford = Salam died in Oxford on 21 November 1996, at the age of 70, and was buried in Rabwah. In 1997 the centre in Trieste was renamed the Abdus Salam International Centre for Theoretical Physics.[^3]
p-he-wrote-more-than = He wrote more than 250 scientific papers. The [Nobel Prize website](https://www.nobelprize.org/prizes/physics/1979/salam/facts/) has a short biography.
# Footnote 1 ([^1]), referred to in p-mohammad-abdus-salam-29
note-nobel-lectures-in-physics = *Nobel Lectures in Physics 1971–1980*, World Scientific, 1992, p. 513. ISBN 978-981-02-0726-7.
# Footnote 2 ([^2]), referred to in p-in-1946-he-won
note-abdus-salam-ideals-and = Abdus Salam, *Ideals and Realities*, vol. 2, p. 77.
# Footnote 3 ([^3]), referred to in p-salam-died-in-oxford
note-ictp-annual-report-1997 = ICTP, *Annual Report 1997*, p. 7.

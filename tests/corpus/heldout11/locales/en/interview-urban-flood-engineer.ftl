### Source messages of content/interview-urban-flood-engineer.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = “A drain is not a dustbin”: an engineer on why Karachi floods
summary = A conversation with hydrologist Dr. Zainab Memon about the city's 64 storm-water drains, encroachments, and what residents can do before the next monsoon.
p-dr-zainab-memon-teaches = Dr. Zainab Memon teaches water resources engineering at NED University and has mapped Karachi's drains since 2011. We spoke in her office, where a wall map of the city is covered in red pins.
p-why-does-karachi-flood = **Why does Karachi flood after only 50 mm of rain?**
p-because-the-water-has = Because the water has nowhere to go. The city has 64 major storm-water drains, the *nalas*, and about 40 of them are narrowed by houses, shops or garbage. When Gujjar Nala was surveyed in 2020, its width at some points had fallen from 60 metres to 12.
p-residents-say-the-drains = **Residents say the drains are cleaned every June.**
p-they-are-cleaned-on = They are cleaned — on paper. The contractor removes what he can reach, and the rest…
quote-it-is-not-the = It is not the rain that kills people in Karachi; it is the water that cannot leave.
quote-the-drain-is-the = The drain is the city's lung. Fill it with plastic and the city cannot breathe.
p-that-first-line-is = That first line is from my 2019 report, and the second from a resident of Orangi whom I interviewed for it.
p-what-should-residents-do = **What should residents do before the next monsoon?**
li-never-throw-plastic-bags = Never throw plastic bags into a drain or a manhole.
li-report-a-blocked-drain = Report a blocked drain to the KMC complaint cell at 1339, with a photo.
li-keep-documents-and-medicines = Keep documents and medicines in a sealed bag on a high shelf.
p-the-map-she-showed = The map she showed us is on the university's site, under `/research/flood-maps/2024`, and the [full report](https://www.neduet.edu.pk/research "NED University research") is free to download.
alt-a-wall-map-of = A wall map of Karachi with red pins along the course of the drains

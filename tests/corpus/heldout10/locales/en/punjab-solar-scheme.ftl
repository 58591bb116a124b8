### Source messages of content/punjab-solar-scheme.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Punjab announces free solar panels for 50,000 households
summary = The scheme, worth Rs 9.5 billion, covers homes that use less than 200 units a month. Applications open on 15 July.
p-lahore-the-punjab-government = LAHORE: The Punjab govern­ment on Monday an­nounced a scheme to give free solar panels to 50,000 house­holds that use less than 200 units of electri­city a month, at a cost of Rs 9.5 billion.
p-speaking-at-a-press = Speaking at a press con­ference, the provincial energy minister said that each house­hold would receive a 550-watt system with an inverter and a battery, and that the first instal­lations would begin in Sep­tember. "This is not charity; it is an invest­ment in the future of our people," she said.
h-who-can-apply = Who can apply
p-applicants-must = Applicants must:
li-be-permanent-residents-of = be permanent residents of Punjab, with a valid CNIC;
li-have-used-less-than = have used less than 200 units a month in each of the last six months;
li-not-be-government-employees = not be government employees of grade 17 or above.
p-applications-open-on-15 = Applications open on 15 July and close on 15 August. They can be submitted online at https://solar.punjab.example.pk or by sending an SMS with the CNIC number to 8070.
h-reaction = Reaction
p-the-opposition-welcomed-the = The opposition welcomed the scheme but asked how the panels would be main­tained. "Who will repair a panel in Rajanpur when it breaks?" an opposi­tion member asked in the assembly.
p-energy-experts-said-the = Energy experts said the scheme could cut the province's peak demand by about 25 MW. 🌞⚡

### Source messages of content/walled-city-lahore.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = A morning in the Walled City of Lahore
summary = From Delhi Gate to Wazir Khan Mosque: the old city's lanes, sounds and stories, as a visitor sees them today.
p-i-entered-the-walled = I entered the Walled City through Delhi Gate at seven in the morning. The sky was clear, the shops were still closed, and the only sound was the call to prayer from the mosque.
h-wazir-khan-mosque = Wazir Khan Mosque
p-wazir-khan-mosque-was = Wazir Khan Mosque was built in 1634-35, in the reign of Shah Jahan. Its tile work has a colour and an effect that photographs cannot capture. A historian friend says that no other building in the subcontinent has tiles like these.
p-the-restoration-by-the = The restoration by the Walled City of Lahore Authority (WCLA) and the Aga Khan Trust for Culture has brought back the original face of the square in front of the mosque. Come, sit on the steps for a while, and you will forget the time.
h-shahi-hammam-and-the = Shahi Hammam and the lanes
p-next-to-it-is = Next to it is the Shahi Hammam, the royal bath. Its frescoes had almost disappeared under the whitewash of later centuries; now the ceiling looks as if it had been painted yesterday.
p-in-the-narrow-lanes = In the narrow lanes every step brings a new smell: fresh *kulchas*, rosewater, new cloth. A shopkeeper in Kashmiri Bazaar said: "Come again, sir, in the evening; then you will see the real Lahore."
p-a-neighbourhood-elder-told = A neighbourhood elder told me that his family has lived in the same house since Independence Day, 14 August 1947, and that every generation has argued about whether to sell it. "How can you sell a house where your grandmother prayed?" he asked.
p-on-the-way-back = On the way back I stopped at the shrine of Data Ganj Bakhsh (may Allah have mercy on him). Whoever comes to Lahore does not leave without going there.

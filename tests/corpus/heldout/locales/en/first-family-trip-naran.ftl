### Source messages of content/first-family-trip-naran.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Our first family trip to Naran 👨‍👩‍👧🏔️
summary = Seven hours for 80 km, a carsick four-year-old, and then Saif-ul-Malook at sunrise. Worth it? 100%!!!
p-salam-everyone-finally-back = Salam everyone!!! 👋 Finally back from Naran and yaar, what a trip it was 😍😍
p-it-was-our-first = It was our first family trip 👨‍👩‍👧 — me, my husband and our 4-year-old Zara. For three years hubby had been saying "next year pakka" 😂
p-we-left-lahore-at = We left Lahore at 4 in the morning. Empty motorway, chai at Bhera, parathas in Abbottabad... life set thi 👍🏽
p-but-after-balakot-the = But after Balakot, the road!!! Jeeps, trucks, tourists everywhere... 7 hours for 80 km?? Seriously??
p-zara-was-carsick-twice = Zara was carsick twice 🤢 and I was thinking, why did we even come 😩
p-but-then-lake-saif = But then... Lake Saif-ul-Malook at sunrise 🏔️❤️ Honestly, no photo can show that colour. MashAllah MashAllah 🤲
p-tip-1-book-the = Tip 1: book the jeep a day before, it cost Rs 8,000 for the return trip. Tip 2: take warm clothes, even in June it was 9°C at night 🥶
p-the-hotel-was-just = The hotel was just okay 👎 the geyser didn't work and the wifi was only "for name" 😂
p-the-local-people-are = The local people are sooo nice ❤️ A shopkeeper uncle gave Zara free apricots and said "beti, phir aana" 🥹
p-pakistan-is-so-beautiful = Pakistan is so beautiful 🇵🇰🇵🇰 we really need to look after it. Please don't throw wrappers in the rivers!!!
p-have-you-been-to = Have you been to Naran? Any tips for Hunza next year?? Comment karein 👇👇

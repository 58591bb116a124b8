### Source messages of content/punjab-wheat-package.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Punjab approves Rs 12 billion package for wheat farmers; Kissan Card for 500,000 growers
summary = The provincial cabinet also fixed the price of a 20 kg bag of flour at Rs 1,250 for the next three months.
p-lahore-our-correspondent-the = LAHORE (Our Correspondent): The Punjab cabinet on Wednesday approved a relief package of Rs 12 billion for wheat farmers, under which 500,000 small growers will receive the Kissan Card in the first phase.
p-according-to-sources-the = According to sources, the package was approved at a meeting chaired by the Chief Minister, at which the price of a 20 kg bag of flour was also fixed at Rs 1,250.
p-officials-told-the-meeting = Officials told the meeting that wheat production in 2023-24 was 3.5 percent higher than last year, while the government's storage capacity covers only 45% of the need.
p-in-the-fiscal-year = In the fiscal year 2022-23 the province bought 3.5 million tonnes of wheat; this year the target is only 2 million tonnes, which farmers call "an economic murder".
p-the-farmers-organisation-kissan = The farmers' organisation Kissan Ittehad rejected the package and announced a protest in front of the Punjab Assembly on 25 April.
p-speaking-to-the-press = Speaking to the press, the organisation's chairman said: "Growing one maund of wheat now costs Rs 3,400, while in the open market it sells for Rs 2,900. Who will make up the difference of Rs 500?"
h-the-flour-mills-position = The flour mills' position
p-the-pakistan-flour-mills = The Pakistan Flour Mills Association said that if the ban on moving wheat between provinces is not lifted, 45% of the mills in the province could close within a month.
p-it-should-be-noted = It should be noted that in 2022-23 the price of flour rose by up to 90 percent, and long queues were seen at sale points across the province.
p-the-cabinet-also-approved = The cabinet also approved Rs 1.5 billion for the repair of 1,250 km of farm-to-market roads, and ordered that the Kissan Card payments be completed by 30 June 2024.

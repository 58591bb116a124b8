### Source messages of content/karachi-water-tankers.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Who pays for Karachi's water? The tanker economy, explained
summary = Karachi needs about 1,200 million gallons a day (MGD) and gets roughly half. This brief follows the water from the Indus to the hydrant, the tanker and the household, and sets out five reforms.
p-every-morning-in-orangi = Every morning in Orangi Town, a queue of blue plastic drums forms beside a road that a water tanker may, or may not, reach. A **1,000-gallon** tanker costs a household Rs. 4,500 in summer, about *a fifth* of a labourer's monthly wage of Rs. 37,000.[^wage] In Clifton, three kilometres from the sea, the same water costs less than half as much, because the pipes work.
h-where-the-water-comes = Where the water comes from
p-karachi-draws-almost-all = Karachi draws almost all of its water from two sources:
li-the-indus-through-kotri = The **Indus**, through Kotri Barrage and the Kalri Baghar (KB) Feeder to Keenjhar Lake, about 150 km east of the city.
li-design-capacity-650-mgd = Design capacity: 650 MGD.
li-real-delivery-in-2024 = Real delivery in 2024: 550–580 MGD, because of leaks and theft.
li-the-hub-dam-on = The **Hub Dam**, on the Balochistan border, which gives up to 100 MGD in a good monsoon and ~~nothing~~ as little as 25 MGD in a drought year.
p-the-city-s-own = The city's own estimate of its need, **1,200 MGD**, is contested. The Karachi Water and Sewerage Corporation ([KWSC](<https://www.kwsc.gos.pk> "Karachi Water and Sewerage Corporation")) uses 54 gallons per person per day; the World Bank's 2018 diagnostic used 45.[^wb]
h-the-k-iv-project = The K-IV project
p-the-greater-karachi-bulk = The Greater Karachi Bulk Water Supply Scheme, known as K-IV, was first approved in 2007 at a cost of Rs. 25.5 billion. Its first phase, 260 MGD, is now expected in **June 2027**, at a revised cost of Rs. 126.4 billion (≈ US$ 450 million).
quote-we-were-promised-k = "We were promised K-IV when my son was born. He is now in Class 10."
quote-shamim-akhtar-resident-of = — Shamim Akhtar, resident of Baldia Town, 14 March 2025
h-the-tanker-market = The tanker market
p-about-60-of-the = About 60 % of the city's households get piped water for a few hours, on some days of the week. The rest buy from three kinds of sellers:
cell-seller = Seller
cell-source = Source
cell-price-per-1-000 = Price per 1,000 gal (summer)
cell-licensed = Licensed?
cell-kwsc-online-tanker-online = KWSC "online" tanker[^online]
cell-official-hydrant = official hydrant
cell-rs-1-850 = Rs. 1,850
cell-yes = yes
cell-commercial-tanker = Commercial tanker
cell-rs-3-000-4 = Rs. 3,000–4,500
cell-private-supplier = Private supplier
cell-sub-soil-well-or = sub-soil well or illegal hydrant
cell-rs-2-500-6 = Rs. 2,500–6,000
cell-no = no
cell-donkey-cart-gadha-gari = Donkey cart (`gadha gari`)
cell-street-tap = street tap
cell-rs-150-per-40 = Rs. 150 per 40-litre can
p-in-2023-the-sindh = In 2023 the Sindh High Court ordered all illegal hydrants closed; a survey by the Urban Resource Centre counted **43** still working a year later.
h-what-a-household-pays = What a household pays, month by month
li-piped-water-bill-flat = Piped water bill (flat rate): Rs. 400
li-two-tankers-a-month = Two tankers a month in summer: Rs. 9,000
li-bottled-drinking-water-19 = Bottled drinking water, 19-litre: Rs. 250 each, 8 a month
h-five-reforms = Five reforms
li-meter-the-bulk-supply = **Meter the bulk supply.** Put flow meters at Dhabeji and Gharo pumping stations and publish the readings daily at <https://www.kwsc.gos.pk/water-supply>.
li-close-the-gap-between = **Close the gap between the official and the real tariff** — a household that buys tankers pays 10 to 15 times the piped rate.
li-license-every-hydrant-and = **License every hydrant**, and publish the list with GPS coordinates (e.g. 24.8607° N, 67.0011° E).
li-fix-the-leaks-first = **Fix the leaks first.** Non-revenue water is estimated at 35–40 %; every 10 % saved is about 60 MGD, half of K-IV's first phase.
li-give-the-poorest-areas = **Give the poorest areas a lifeline block**: the first 6,000 litres a month free, as Johannesburg did in 2001.[^lifeline]
p-questions-or-data-write = Questions or data? Write to research@urckarachi.org or call +92 21 3455 1234 (10:00 am – 5:00 pm, Monday to Friday).
alt-a-sketch-map-of = A sketch map of Karachi with the Keenjhar Lake in the east, a blue line for the K-II and K-III conduits running west to the city, and red dots for 43 illegal hydrants clustered in the north-west
caption-where-the-water-comes = Where the water comes from, and where it leaks
# Footnote 1 ([^wage]), referred to in p-every-morning-in-orangi
note-sindh-s-minimum-wage = Sindh's minimum wage for unskilled workers was set at Rs. 37,000 a month in July 2024.
# Footnote 2 ([^wb]), referred to in p-the-city-s-own
note-world-bank-revitalizing-karachi = World Bank, *Revitalizing Karachi's Water and Sanitation Services* (Washington, DC, 2018), pp. 23–27.
# Footnote 2 ([^wb]), referred to in p-the-city-s-own
note-the-report-s-lower = The report's lower figure assumes that leaks are repaired first.
# Footnote 3 ([^online]), referred to in cell-kwsc-online-tanker-online
note-online-means-the-tanker = "Online" means the tanker is ordered through KWSC's call centre, 1339, and paid for at a bank.
# Footnote 4 ([^lifeline]), referred to in li-give-the-poorest-areas
note-the-city-of-johannesburg = The City of Johannesburg gave every household 6 kl (6,000 litres) of free water a month from July 2001.

### Source messages of content/climate-policy-brief.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Decarbonization without deindustrialization: Pakistan's power sector after COP28
summary = A policy brief on how Pakistan can meet its NDC, cut a fuel import bill that grew 19.5% in a year, and share the responsibilities between Islamabad and the provinces.
p-at-cop28-in-dubai = At COP28 in Dubai in December 2023, almost 200 parties to the United Nations Framework Convention on Climate Change (UNFCCC) agreed, for the first time, on "transitioning away from fossil fuels in energy systems".[^1] For Pakistan, which produces less than 1% of the world's CO₂ emissions but is among the ten countries most affected by climate change, the question is no longer whether to decarbonize but how to pay for it.
p-pakistan-s-updated-nationally = Pakistan's updated Nationally Determined Contribution (NDC), submitted in 2021, promises to cut projected emissions by 50% by 2030: 15% from its own resources and 35% if international finance arrives. It also promises that 60% of electricity will come from renewable sources, hydropower included, and that 30% of new vehicles sold will be electric by the same year.[^2]
h-where-the-power-comes = Where the power comes from
p-in-the-fiscal-year = In the fiscal year 2022-23 the country had about 43,000 MW (43 GW) of installed capacity, but peak demand in summer rarely went above 29 GW. Imported fuels (regasified LNG, coal and furnace oil) still produced about 36% of the electricity, and the fuel import bill grew 19.5% in a single year, mostly because of the fall of the rupee.
p-wind-and-solar-produced = Wind and solar produced only about 5% of the electricity fed into the grid. Outside the grid, however, rooftop solar is spreading faster than any plan foresaw: net-metering connections passed 2,000 MW in 2023, and shopkeepers in Lahore and Multan now sell 550-watt panels like any other appliance.
h-four-obstacles = Four obstacles
p-the-first-obstacle-is = The first obstacle is the circular debt of the power sector, which reached Rs 2,600 billion in 2023. The second is capacity payments: consumers pay for power plants whether or not they run. The third is the grid itself, which was built to carry power from the north to the south, not from thousands of small sources.
p-the-fourth-obstacle-is = The fourth obstacle is institutional. Since the Eighteenth Amendment (2010), energy and the environment are shared between the federal government and the provinces, but nobody has written down who pays for the grid, who licenses a wind farm and who answers for the targets. Intergovernmental coordination is the weakest link in the whole chain.
h-recommendations = Recommendations
li-electrification-of-demand = Electrification of demand:
li-replace-gas-geysers-and = replace gas geysers and heaters with electric heat pumps in new buildings;
li-make-30-of-new = make 30% of new motorcycles and rickshaws electric by 2030, as the NDC promises.
li-grid-and-storage = Grid and storage:
li-build-1-000-mw = build 1,000 MW of battery storage next to the large solar parks;
li-let-distribution-companies-buy = let distribution companies buy power directly from solar and wind plants near them.
li-finance-and-responsibilities = Finance and responsibilities:
li-agree-in-the-council = agree in the Council of Common Interests which tier of government is responsible for each target;
li-use-the-internationalization-of = use the internationalization of carbon markets under Article 6 of the Paris Agreement to sell credits, but only after a national registry is in place.
p-a-pakistani-negotiator-in = A Pakistani negotiator in Dubai put the country's case bluntly:
quote-we-did-not-cause = We did not cause this crisis, but we are paying for it with our fields, our homes and our children's health. Climate finance is not charity. It is what the polluters owe, and it must come as grants, not as new loans.
h-what-it-would-cost = What it would cost
p-our-estimate-is-that = Our estimate is that the decarbonization of the power sector alone needs about $100 billion of investment by 2030, roughly 20% of it from public money. A decarbonized grid would also cut the fuel import bill by up to $5 billion a year at current prices.
p-the-full-report-with = The full report, with its data tables, is at https://example.org/report-2024, and comments are welcome at info@example.org. Pakistan's NDC and those of other countries can be read in the [UNFCCC NDC registry](https://unfccc.int/NDCREG).
# Footnote 1 ([^1]), referred to in p-at-cop28-in-dubai
note-unfccc-decision-1-cma = UNFCCC, Decision 1/CMA.5, *Outcome of the first global stocktake*, December 2023, paragraph 28(d).
# Footnote 2 ([^2]), referred to in p-pakistan-s-updated-nationally
note-government-of-pakistan-ministry = Government of Pakistan, Ministry of Climate Change, *Updated Nationally Determined Contributions 2021*, pp. 8–12.

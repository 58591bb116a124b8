### Source messages of content/groundwater-tariff-working-paper.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Paying for the water table: a volumetric tariff for Lahore's groundwater
summary = Lahore's aquifer falls by about a metre a year while most households pay a flat water charge. An excerpt from a working paper that proposes a three-slab tariff with 6,000 free litres a month for every home.
p-working-paper-no-2025 = *Working Paper No. 2025/03. This excerpt omits sections 4 to 6 and the annexes; the views are the authors' own.*
h-the-problem-in-brief = 1. The problem in brief
p-lahore-draws-almost-all = Lahore draws almost all of its drinking water from the ground. The Water and Sanitation Agency (WASA) runs about 600 tubewells,[^wasa] and private housing schemes, factories and hospitals pump at least as much again.[^estimates] The water table under the old city has fallen from about 20 metres below the surface in 2003 to more than 40 metres in many neighbourhoods today, and in Johar Town and Wapda Town it drops by a metre or more every year.[^estimates]
p-yet-a-household-on = Yet a household on a 5-marla plot pays a flat charge of Rs 300 a month, whether it uses 300 litres a day or 3,000. The charge has not changed since 2011, and it covers less than half of what the agency spends on electricity for its pumps alone.[^wasa]
p-this-paper-argues-for = This paper argues for a **volumetric tariff in three slabs**, read from a meter at each connection, with the first 6,000 litres a month free for every household. We estimate that it would cut domestic use by 12–18% within three years and, for the first time in more than a decade, cover the agency's operating costs.
h-what-we-heard = 2. What we heard
p-before-drafting-the-proposal = Before drafting the proposal we held four public hearings, in Shadman, Samanabad, Township and Bahria Town, between October and December 2024.[^hearings] The most common objection was not to paying more, but to paying for a service that does not arrive. The record of the Shadman hearing captures it:
quote-a-retired-schoolteacher-who = A retired schoolteacher, who said she had lived on the same street for forty years, told the panel:
quote-my-tap-runs-for = My tap runs for two hours in the morning. For the rest of the day I buy water from the tanker, and nobody asks me what *that* costs.
quote-the-chair-of-the = The chair of the panel, a former WASA engineer, answered that a tariff was "a question of fairness before it is a question of money".
p-traders-and-industry-were = Traders and industry were more cautious. Their written submissions accepted metering in principle but asked that it apply to everyone who draws from the aquifer, not only to WASA's customers.[^lcci]
h-the-proposed-tariff = 3. The proposed tariff
p-we-propose-three-slabs = We propose three slabs, applied to each household's monthly reading. The lifeline slab is free whatever the size of the house, so that no family pays for the water it needs to drink, cook and wash.
cell-slab = Slab
cell-monthly-use-litres = Monthly use (litres)
cell-price-per-1-000 = Price per 1,000 litres
cell-typical-household = Typical household
cell-households = Households (%)
cell-lifeline = Lifeline
cell-free = free
cell-one-room-shared-tap = one room, shared tap
cell-basic = Basic
cell-rs-35 = Rs 35
cell-5-marla-house-family = 5-marla house, family of six
cell-high = High
cell-above-20-000 = above 20,000
cell-rs-110 = Rs 110
cell-1-kanal-house-with = 1-kanal house with a lawn
p-a-family-of-six = A family of six using 450 litres a day, or 13,500 litres a month, would pay Rs 262.50: less than today's flat charge.[^bill] A 1-kanal house using 2,500 litres a day would pay about Rs 6,540, roughly what such a household now spends in a month on bottled water and tankers combined.
p-commercial-and-industrial-connections = Commercial and industrial connections would pay the High rate from the first litre. Private tubewells above a capacity of 1 cusec would need a licence from the Punjab Water Regulatory Authority and a meter, as the Punjab Water Act 2019 already requires.[^act]
p-the-full-model-with = The full model, with the assumptions behind every figure, is on the institute's [data portal](<https://data.ravipolicy.org.pk/groundwater> "Ravi Institute data portal"), and the questionnaire used at the hearings is in [Annex B](<https://ravipolicy.org.pk/wp/2025-03/annex-b.pdf>). For comparison, see the [tariff schedules of Karachi](<https://www.kwsc.gos.pk/tariff>), which adopted slabs for bulk consumers in 2023.
h-recommendations = 7. Recommendations
li-install-meters-on-all = Install meters on all 5-marla and larger connections over three years, starting with the areas where the water table falls fastest.
li-keep-the-first-6 = Keep the first 6,000 litres a month free for every household, metered or not.
li-publish-each-tubewell-s = Publish each tubewell's monthly output and the water-table readings on the portal, so that residents can see what the tariff pays for.
li-ring-fence-the-revenue = Ring-fence the revenue from the High slab for repairing leaks, which waste an estimated 35% of the water pumped.[^estimates]
p-metering-alone-will-not = Metering alone will not refill the aquifer. But a city that does not know how much water it uses cannot decide how much it can afford to lose.
# Footnote 1 ([^wasa]), referred to in p-lahore-draws-almost-all, p-yet-a-household-on
note-wasa-lahore-annual-performance = WASA Lahore, *Annual Performance Report 2023–24*, pp. 17–19. The report is published at <https://wasa.punjab.gov.pk/reports>.
# Footnote 2 ([^estimates]), referred to in p-lahore-draws-almost-all, li-ring-fence-the-revenue
note-authors-estimates-from-the = Authors' estimates from the piezometer readings of the [Punjab Irrigation Department](https://irrigation.punjab.gov.pk) and from interviews with WASA's operations staff; see Annex A for the method.
# Footnote 3 ([^hearings]), referred to in p-before-drafting-the-proposal
note-the-hearings-were-open = The hearings were open to the public and were announced in two Urdu newspapers and on the institute's website. Attendance was:
# Footnote 3 ([^hearings]), referred to in p-before-drafting-the-proposal
li-shadman-64 = Shadman: 64
# Footnote 3 ([^hearings]), referred to in p-before-drafting-the-proposal
li-samanabad-112 = Samanabad: 112
# Footnote 3 ([^hearings]), referred to in p-before-drafting-the-proposal
li-township-87 = Township: 87
# Footnote 3 ([^hearings]), referred to in p-before-drafting-the-proposal
li-bahria-town-41 = Bahria Town: 41
# Footnote 4 ([^lcci]), referred to in p-traders-and-industry-were
note-from-the-submission-of = From the submission of a traders' association, 14 November 2024:
# Footnote 4 ([^lcci]), referred to in p-traders-and-industry-were
note-industry-accepts-metering-provided = Industry accepts metering, provided that the same meter reads the same for a factory and for a housing society.
# Footnote 5 ([^bill]), referred to in p-a-family-of-six
note-the-first-6-000 = The first 6,000 litres are free; the next 7,500 litres at Rs 35 per 1,000 litres cost Rs 262.50. There is no meter rent in the first year.
# Footnote 6 ([^act]), referred to in p-commercial-and-industrial-connections
note-the-punjab-water-act = The Punjab Water Act 2019, sections 10 and 24. The authority had issued no licence by the end of 2024.

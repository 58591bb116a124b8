### Source messages of content/roshan-raah-annual-report-2024.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Roshan Raah Foundation: Annual Report 2023–24 (excerpt)
summary = How a Multan charity spent Rs 63.3 million in its fifteenth year: who it reached, where the money came from, and what went wrong with the clean-water programme.
p-this-excerpt-reproduces-sections = *This excerpt reproduces sections 2, 4 and 5 of the report as presented to the Board of Governors on 28 September 2024. All amounts are in thousands of Pakistani rupees (PKR '000) unless stated otherwise; figures in brackets are negative.*
h-the-year-at-a = 2. The year at a glance
p-in-2023-24-roshan = In 2023–24 Roshan Raah reached **26,675 people** in Multan, Muzaffargarh and Lodhran, up from 19,402 the year before.[^1] Most of the growth came from the clean-water programme, which installed 38 hand pumps and 4 solar-powered filtration plants in villages along the Chenab, where arsenic levels in shallow wells exceed 50 µg/L — five times the WHO guideline.[^2]
alt-bar-chart-of-people = Bar chart of people reached in 2023–24 by programme: clean water 12,600; mother and child health 7,310; literacy centres 4,820; vocational training 1,945
caption-figure-1-people-reached = Figure 1. People reached by programme, July 2023 – June 2024 (total 26,675)
p-the-literacy-centres-our = The literacy centres, our oldest programme, grew more slowly. Two of the nine centres in Lodhran closed for four months after the floods of August 2023 damaged their buildings; classes continued under a *shamiana* (canopy) in the courtyard of a school in Dunyapur, but attendance fell by a third.
quote-i-learnt-to-read = "I learnt to read the bus number myself. Now nobody has to tell me which bus goes to Nishtar Hospital."
quote-naseem-bibi-52-learner = — Naseem Bibi, 52, learner at the Basti Malook centre
alt-a-dozen-women-sit = A dozen women sit on a mat in a courtyard, writing on slates, while a young teacher points at a blackboard
caption-an-evening-class-at = An evening class at the Basti Malook literacy centre, March 2024. Photo: Sadia Bhatti / Roshan Raah
h-financial-statement = 4. Financial statement
p-the-statement-below-is = The statement below is summarised from the audited accounts (auditors: Haider Qureshi & Co., Chartered Accountants).[^3] Income rose by 26.4 %, mainly because of a three-year grant from the Punjab Education Endowment Fund; expenses rose by 22.4 %.
cell-item = Item
cell-change = Change
cell-grants-received = Grants received
cell-individual-donations-4 = Individual donations[^4]
cell-zakat-fund = Zakat fund
cell-programme-expenses = Programme expenses
cell-administration = Administration
cell-exchange-loss-5 = Exchange loss[^5]
cell-net-surplus = **Net surplus**
p-administration-fell-from-11 = Administration fell from 11.9% to 10.9% of total spending. The surplus has been placed in the reserve fund, which the Board has set at six months of running costs (about Rs 32 million) by June 2026.
h-what-did-not-work = 5. What did not work
p-of-the-38-hand = Of the 38 hand pumps installed, 7 (18%) gave water above the arsenic limit when retested after three months.[^6] We had drilled them to 120 feet on the advice of a contractor; the Public Health Engineering Department's own survey, which we obtained only in February, recommends at least 250 feet in these *mauzas*. The seven pumps have been sealed and the families supplied from the filtration plant at Shujabad until the wells are re-bored in 2024–25, at an estimated cost of Rs 2.1 million.[^7]
p-we-also-underspent-the = We also underspent the vocational-training budget by Rs 1.4 million, because the sewing-machine supplier in Lahore failed to deliver on time. We have changed the supplier, and added a penalty clause to our purchase contracts.[^8]
# Footnote 1 ([^1]), referred to in p-in-2023-24-roshan
note-counted-once-per-person = Counted once per person per programme. A mother who attended a health session and a literacy class is counted twice; the number of distinct individuals is about 23,900.
# Footnote 2 ([^2]), referred to in p-in-2023-24-roshan
note-world-health-organization = World Health Organization, *Guidelines for Drinking-water Quality*, 4th ed., Geneva, 2022: 10 µg/L. Pakistan's national standard (PSQCA) allows 50 µg/L.
# Footnote 3 ([^3]), referred to in p-the-statement-below-is
note-the-full-audited-statements = The full audited statements, with the auditors' report, are available at <https://roshanraah.org.pk/reports/2024-audit.pdf>.
# Footnote 4 ([^4]), referred to in cell-individual-donations-4
note-including-rs-3-2 = Including Rs 3.2 million raised at the Ramazan iftar dinner in Multan on 24 March 2024.
# Footnote 5 ([^5]), referred to in cell-exchange-loss-5
note-on-a-grant-paid = On a grant paid in US dollars and converted after the rupee appreciated from Rs 307 to Rs 278 per dollar.
# Footnote 6 ([^6]), referred to in p-of-the-38-hand
note-tested-by-the-pcrwr = Tested by the PCRWR laboratory, Multan (report No. PCRWR/MLN/2024/0316).
# Footnote 7 ([^7]), referred to in p-of-the-38-hand
note-contractor-s-quotation-of = Contractor's quotation of 12 July 2024; the Board approved the expense on 28 September.
# Footnote 8 ([^8]), referred to in p-we-also-underspent-the
note-five-per-cent-of = Five per cent of the order's value for every week of delay, up to 20%.

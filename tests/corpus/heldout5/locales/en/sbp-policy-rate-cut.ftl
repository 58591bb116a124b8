### Source messages of content/sbp-policy-rate-cut.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = SBP cuts policy rate by 250 basis points to 15%, the fourth cut in a row
summary = Inflation has fallen from 26.8% to 7.2% in a year; businesses want deeper cuts, but the central bank says the budget targets must hold.
p-karachi-the-state-bank = KARACHI: The State Bank of Pakistan (SBP) on Monday cut its key policy rate by 250 basis points to 15%, the fourth reduction since June and more than most analysts had expected. Governor Jameel Ahmad announced the decision at a press conference after a meeting of the Monetary Policy Committee (MPC), which said that inflation had come down "faster than anticipated".[^1]
p-consumer-price-inflation-stood = Consumer price inflation stood at 7.2% in October, up slightly from 6.9% in September but far below the 26.8% of October last year.[^2] The rate had been held at a record 22% for a full year until June, when the first cut of 150 basis points was made.
h-the-figures-at-a = The figures at a glance
cell-indicator = Indicator
cell-a-year-ago = A year ago
cell-now = Now
cell-policy-rate = Policy rate
cell-cpi-inflation-year-on = CPI inflation, year on year
cell-26-8-oct-2023 = 26.8% (Oct 2023)
cell-7-2-oct-2024 = 7.2% (Oct 2024)
cell-sbp-foreign-exchange-reserves = SBP foreign exchange reserves
cell-7-5-billion = $7.5 billion
cell-11-2-billion = $11.2 billion
cell-current-account-july-september = Current account, July–September
cell-deficit-of-1-5 = deficit of $1.5 billion
cell-surplus-of-98-million = surplus of $98 million
cell-interest-payments-in-the = Interest payments in the federal budget
cell-rs-8-345-billion = Rs 8,345 billion (2023-24, revised)
cell-rs-9-775-billion = Rs 9,775 billion (2024-25)
cell-interest-as-a-share = Interest as a share of current spending
p-lower-rates-matter-most = Lower rates matter most for the government itself. The federal budget for 2024-25 sets aside Rs 9,775 billion for interest payments, more than half of all current spending. Analysts at a Karachi brokerage estimate that every cut of 100 basis points saves the government about Rs 250 billion a year once its short-term debt has been rolled over.
h-who-gains-and-how = Who gains, and how
li-borrowers = Borrowers:
li-car-and-home-loans = car and home loans, which are priced on KIBOR, should become cheaper within weeks;
li-businesses-that-use-running = businesses that use running finance will pay less interest from the next quarter.
li-savers = Savers:
li-the-minimum-profit-rate = the minimum profit rate on savings accounts falls with the policy rate, to 13.5%;
li-national-savings-schemes-are = National Savings schemes are expected to cut their rates as well.
li-the-government = The government:
li-lower-interest-payments-leave = lower interest payments leave more room for development spending;
li-but-the-imf-programme = but the IMF programme still requires a primary surplus of 1% of GDP this year.
p-the-business-community-welcomed = The business community welcomed the cut but asked for more. The Karachi Chamber of Commerce and Industry said that a rate of 15% was still "double the inflation rate" and called for single digits by March. Exporters said that high borrowing costs and electricity prices had made them uncompetitive against Bangladesh and Vietnam.
p-the-governor-was-cautious = The governor was cautious. "Real interest rates are still positive, and they must remain so," he told reporters. "If the budget goes off track or oil prices rise again, inflation can come back quickly." He said that the next meeting of the MPC would be held on 16 December.
p-the-markets-took-the = The markets took the news well. The KSE-100 index of the Pakistan Stock Exchange rose 1.4% to close at a record 91,600 points, and the rupee was steady at Rs 277.80 to the dollar in the interbank market. Yields on three-month treasury bills fell to 13.9% at the auction on Wednesday.
p-not-everyone-will-feel = Not everyone will feel the cut at once. Shopkeepers in Saddar said that their bank had not yet lowered the rate on their running finance, and a retired teacher in Hyderabad complained that the profit on her Behbood certificates, her only income, was likely to fall again.
p-the-full-monetary-policy = The full monetary policy statement, with the committee's projections, is on the [State Bank's website](https://www.sbp.org.pk/m_policy/index.htm).
# Footnote 1 ([^1]), referred to in p-karachi-the-state-bank
note-state-bank-of-pakistan = State Bank of Pakistan, *Monetary Policy Statement*, 4 November 2024, paras 1–3.
# Footnote 2 ([^2]), referred to in p-consumer-price-inflation-stood
note-pakistan-bureau-of-statistics = Pakistan Bureau of Statistics, *Monthly Review on Price Indices*, October 2024, Table 1.

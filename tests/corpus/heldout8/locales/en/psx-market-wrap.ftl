### Source messages of content/psx-market-wrap.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = KSE-100 gains 1,234 points to close at 114,235.67 as banks and E&Ps lead the rally
summary = Stocks rose for a third straight session on hopes of another rate cut; OGDC and HBL topped the gainers while Lucky Cement and ENGRO slipped. The rupee closed at Rs 278.45/$.
p-karachi-the-pakistan-stock = **KARACHI:** The Pakistan Stock Exchange (PSX) extended its winning streak to a third session on Wednesday, with the benchmark KSE-100 index gaining 1,234.56 points, or +1.09%, to close at 114,235.67, as investors bet that the State Bank of Pakistan would cut its policy rate again at its March meeting.
p-market-at-a-glance =
    { "*" }*Market at a glance**\
    KSE-100: 114,235.67 ▲ 1,234.56 (+1.09%)\
    KSE-30: 35,372.40 ▲ 402.18 (+1.15%)\
    Volume: 512.6m shares (Tuesday: 431.2m)\
    Value traded: Rs 24.8bn
p-the-index-traded-in = The index traded in a range of 1,529.82 points between 9:30am and 3:30pm, touching an intraday high of 114,480.12 and a low of 112,950.30. Market breadth was strongly positive: of 452 companies traded, 312 advanced, 104 declined and 36 were unchanged, a ratio of 1:3 between decliners and advancers.
h-banks-and-e-ps = Banks and E&Ps lead
h-oil-and-gas = Oil and gas
p-exploration-and-production-e = Exploration and production (E&P) stocks added the most points to the index after Brent crude rose 1.4% to $76.20 a barrel overnight and the government said it would clear Rs 80–100bn of the sector's circular debt before June. OGDC rose Rs 9.87 to Rs 231.45 (+4.45%) and PPL gained 3.88%. Mari Petroleum hit its upper circuit in the first hour but gave up part of its gains before the close.
h-banks = Banks
p-banks-contributed-412-points = Banks contributed 412 points. HBL closed at Rs 148.20, up Rs 6.15 (+4.33%), after announcing a final cash dividend of Rs 4.50 per share for 2024, while MCB and UBL gained 2–3%.
h-cement-and-fertiliser = Cement and fertiliser
p-cement-and-fertiliser-stocks = Cement and fertiliser stocks were the main drag. Lucky Cement fell Rs 8.12 (-0.85%) to Rs 948.75 after January despatches came in 6.2% lower year on year, and ENGRO lost Rs 3.75 (−0.90%) to Rs 412.30 on profit-taking.
h-top-gainers-and-losers = Top gainers and losers
cell-company = Company
cell-close-rs = Close (Rs)
cell-change-rs = Change (Rs)
cell-change = Change (%)
cell-volume = Volume
cell-trg-pakistan = TRG Pakistan
cell-lucky-cement = Lucky Cement
p-source-psx-volume-in = *Source: PSX. Volume in millions of shares.*
p-worldcall-telecom-was-the = WorldCall Telecom was the volume leader with 61.2m shares, closing unchanged at Rs 1.38.
h-market-movers = Market movers
li-reports-that-the-imf = Reports that the IMF's review mission will arrive in Islamabad on 3 March
li-brent-crude-up-1 = Brent crude up 1.4% to $76.20 a barrel
li-sbp-s-foreign-exchange = SBP's foreign exchange reserves up $112m to $11.22bn in the week to 14 February
li-foreign-investors-net-buyers = Foreign investors net buyers of $3.6m; mutual funds net sellers of $2.1m
h-the-rupee = The rupee
p-in-the-interbank-market = In the interbank market the rupee gained 12 paisa to close at Rs 278.45/$, according to the State Bank. In the open market it was quoted at Rs 279.20–280.10 for buying and selling.
h-outlook = Outlook
quote-the-market-has-already = "The market has already priced in a cut of 100–150 basis points. Anything more in March is a bonus; anything less, and you will see profit-taking at the 115,000 level. Banks still look cheap at 0.9 times book value, but the easy money has been made."
p-sana-tariq-head-of = Sana Tariq, head of research at a Karachi brokerage, expects the index to trade in the 113,500–116,000 range next week, with support at 112,800.

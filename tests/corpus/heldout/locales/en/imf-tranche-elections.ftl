### Source messages of content/imf-tranche-elections.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = IMF approves $700 million for Pakistan, but the hard conditions stay
summary = The government calls it a vote of confidence; economists warn that gas and electricity prices will rise again before the June budget.
p-the-executive-board-of = The executive board of the International Monetary Fund (IMF) on Thursday, 11 January 2024, approved the release of about $700 million to Pakistan, the second tranche of the $3 billion Stand-By Arrangement (SBA) agreed in the summer of 2023.
p-this-is-proof-that = "This is proof that the world trusts our reforms," the Ministry of Finance said in a statement. "Foreign exchange reserves will cross $8 billion by the end of this month."
p-according-to-the-state = According to the State Bank of Pakistan (SBP), inflation in December was 29.7 percent, while the policy rate has stayed at a record 22 percent since June.
h-what-are-the-conditions = What are the conditions?
p-under-the-agreement-the = Under the agreement, the government must collect Rs 9,415 billion in taxes in this fiscal year and may not announce any new subsidy on electricity or gas. Among the conditions:
li-gas-prices-for-domestic = gas prices for domestic users will rise by up to 45 percent from 1 February;
li-there-will-be-no = there will be no tax amnesty scheme before the elections;
li-the-federal-board-of = the Federal Board of Revenue (FBR) will bring traders and retailers into the tax net.
p-this-money-buys-time = "This money buys time, not growth," said Dr Ayesha Malik, who teaches economics at the Lahore University of Management Sciences (LUMS). "Growth this year will be around 2 percent, and with the population growing at 2.55 percent, income per head is actually falling."
h-elections-and-the-next = Elections and the next programme
p-both-the-pakistan-muslim = Both the Pakistan Muslim League-Nawaz (PML-N) and the Pakistan Peoples Party (PPP) have promised relief on electricity bills in their manifestos for the elections of 8 February 2024, but the IMF has made it clear that any new government will have to stick to the programme.
p-the-current-arrangement-ends = The current arrangement ends in April 2024. Talks on a new, longer programme of $6 to $8 billion are expected after the elections. The full text of the Fund's statement is on [the IMF website](https://www.imf.org/en/News).

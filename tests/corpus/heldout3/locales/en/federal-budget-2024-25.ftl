### Source messages of content/federal-budget-2024-25.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Budget 2024-25: a Rs 18,877 billion outlay, and IMF targets drive new taxes
summary = The government has set a GDP growth target of 3.6 percent and raised the tax target by about 40 percent; the opposition walked out.
p-finance-minister-muhammad-aurangzeb = Finance Minister Muhammad Aurangzeb on Wednesday presented the federal budget for the fiscal year 2024-25 in the National Assembly, with a total outlay of Rs 18,877 billion. The budget sets a GDP growth target of 3.6 percent and an inflation target of 12 percent.
p-the-federal-board-of = The Federal Board of Revenue (FBR) will have to collect Rs 12,970 billion, about 40% more than last year. The government agreed this target with the International Monetary Fund (IMF) ahead of talks on a new loan of $6 to $8 billion.
h-where-the-money-goes = Where the money goes
cell-head = Head
cell-change = Change
cell-interest-on-debt = Interest on debt
cell-rs-7-303-billion = Rs 7,303 billion
cell-rs-9-775-billion = Rs 9,775 billion
cell-defence = Defence
cell-rs-1-804-billion = Rs 1,804 billion
cell-rs-2-122-billion = Rs 2,122 billion
cell-development-psdp = Development (PSDP)
cell-rs-950-billion = Rs 950 billion
cell-rs-1-400-billion = Rs 1,400 billion
cell-benazir-income-support-programme = Benazir Income Support Programme
cell-rs-466-billion = Rs 466 billion
cell-rs-593-billion = Rs 593 billion
p-more-than-half-of = More than half of the money the federal government will keep after paying the provinces their share will go on interest alone.
h-new-taxes = New taxes
li-general-sales-tax-stays = General sales tax stays at 18 percent, but the exemptions on medicines and stationery end.
li-salaried-people-earning-more = Salaried people earning more than Rs 100,000 a month will pay up to 5% more.
li-mobile-phones-that-cost = Mobile phones that cost more than $500, including 5G handsets, will pay a fixed tax.
li-nadra-data-will-be = NADRA data will be used to reach 3.2 million people who do not file tax returns.
quote-we-cannot-keep-borrowing = "We cannot keep borrowing to pay back old loans. Every rupee we save now is a rupee our children will not have to repay."
p-members-of-pakistan-tehreek = Members of Pakistan Tehreek-e-Insaf (PTI) chanted slogans throughout the speech and then walked out. The Pakistan Peoples Party (PPP), an ally of the government, said it would decide how to vote after consulting its leadership.
h-what-happens-next = What happens next
p-the-national-assembly-has = The National Assembly has to pass the Finance Bill by 28 June; the new fiscal year begins on 1 July. Taxpayers with questions can call the FBR helpline on 051-111-772-772 or read the full documents on the [Finance Division website](https://www.finance.gov.pk/budget/budget_2024_25.html).

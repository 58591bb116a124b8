### Source messages of content/court-judgment-summary.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Supreme Court upholds de-seating of defecting MPA under Article 63-A
summary = A three-member bench dismissed C.P. No. 1234/2023: a member who votes against the party's direction on a Money Bill loses the seat, but the vote is counted.
p-islamabad-the-supreme-court = ISLAMABAD: The Supreme Court on Wednesday dismissed an appeal by a former member of the Provincial Assembly of the Punjab who had been de-seated for voting against his party on the provincial budget, holding that the Election Commission of Pakistan (ECP) had acted "within the four corners of Article 63-A".
p-a-three-member-bench = A three-member bench heard the petition, *Malik Naveed Akhtar v. Election Commission of Pakistan and others* (C.P. No. 1234/2023), over four days. The 38-page judgment was written by the senior puisne judge on the bench, with whom the other two judges agreed.
h-what-article-63-a = What Article 63-A says
p-under-clause-1-b = Under clause (1)(b) of the Article, a member of a parliamentary party may be declared a defector if he votes or abstains from voting contrary to any direction issued by the parliamentary party to which he belongs, in relation to (i) the election of the Prime Minister or the Chief Minister, (ii) a vote of confidence or a vote of no-confidence, or (iii) a Money Bill or a Constitution (Amendment) Bill.
p-the-party-head-must = The party head must first give the member an opportunity to show cause; only then can a declaration be sent to the Speaker and the Chief Election Commissioner, and the Election Commission must decide within thirty days. The petitioner's party followed its own constitution on this point: under § 5 of that constitution, a show-cause notice must be served in writing and answered within seven days.
h-the-two-questions = The two questions
p-the-bench-framed-two = The bench framed two questions: (a) whether the direction under clause (1)(b) may be issued by the party head alone, or only by the parliamentary party; and (b) whether the vote of a member who defects is to be counted at all.
p-on-the-first-question = On the first question, the court held that the direction must come from the parliamentary party ((that is, the members of the party sitting in the House, acting through a meeting)), and that the party head's role is limited to the show-cause notice and the declaration. In this case, it found, the parliamentary party had met on 12 June 2023 and issued a written direction, which the petitioner had signed for.
p-on-the-second-question = On the second question, the court followed the review judgment of October 2024 (which set aside the 2022 opinion (on the Presidential Reference) that such votes should not be counted).[^1] The vote is counted; the consequence falls on the member, not on the House.
h-from-the-judgment = From the judgment
quote-the-constitution-does-not = "The Constitution does not ask a member to give up his conscience. It asks him to choose. He may vote as his conscience tells him, and the vote will be counted, for the House must know the true numbers before it. But a member who was elected on a party's ticket and who votes against that party on the matters listed in clause (1)(b) has chosen to leave the party's benches, and Article 63-A then takes its course. To read the Article otherwise would be to let the member keep both the seat that the party gave him and the freedom that only an independent member enjoys."
p-the-judgment-also-rejected = The judgment also rejected the argument that the budget was not a "Money Bill" because it was passed in several parts. "What matters is the substance, not the form," the bench wrote, noting that the Finance Bill imposed taxes and appropriated money from the Provincial Consolidated Fund.[^2]
h-comparisons-with-other-countries = Comparisons with other countries
p-the-court-cited-the = The court cited the Tenth Schedule to the Constitution of India, which also disqualifies a member who defies the party whip, and the law in Germany, where a party may expel a member but cannot take away his seat.[^3] "Pakistan's Constitution has chosen a stricter path," the judgment said, "and it is not for this Court to choose another."
p-counsel-for-the-petitioner = Counsel for the petitioner said he would consider filing a review petition. Under the Supreme Court Rules, 1980, a review must be filed within thirty days.
p-the-by-election-for = The by-election for the vacant seat is expected early next year.
# Footnote 1 ([^1]), referred to in p-on-the-second-question
note-the-presidential-reference-under = The Presidential Reference under Article 186 (Reference No. 1 of 2022) was answered by a 3-2 majority on 17 May 2022; a five-member bench allowed the review petition of the Supreme Court Bar Association on 3 October 2024.
# Footnote 2 ([^2]), referred to in p-the-judgment-also-rejected
note-see-article-115-2 = See Article 115(2), the provincial counterpart of Article 73(2), for the matters that make a Bill a Money Bill.
# Footnote 3 ([^3]), referred to in p-the-court-cited-the
note-constitution-of-india-tenth = Constitution of India, Tenth Schedule, para. 2(1)(b); German Political Parties Act (*Parteiengesetz*), § 10(4).

### Source messages of content/punjab-assembly-groundwater-debate.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Provincial Assembly of the Punjab: debate on the Groundwater (Regulation) Bill, 2024 — unofficial transcript
summary = The sitting of 14 May 2024 from the Speaker's ruling on the point of order to the vote on the motions, as taken down in the press gallery.
p-unofficial-transcript-prepared-from = *Unofficial transcript prepared from the press gallery and the Assembly's audio feed. Speeches in Urdu and Punjabi are given in translation in the English edition; words spoken in English are marked as such in the Urdu edition. Times are Pakistan Standard Time.*
h-sitting-of-tuesday-14 = Sitting of Tuesday, 14 May 2024
p-11-02-the-assembly = **[11:02]** The Assembly met at the Assembly Chambers, Lahore, with **Mr Speaker (Malik Sarfraz Ahmad Joiya)** in the Chair. After recitation from the Holy Quran and the national anthem, the Chair took up item 4 of the Orders of the Day.
p-mr-speaker-the-honourable = **Mr Speaker:** The Honourable Minister for Irrigation will move the bill.
p-minister-for-irrigation-syed = **Minister for Irrigation (Syed Mansoor Ali Gardezi):** Thank you, Mr Speaker. Sir, I beg to move that the Punjab Groundwater (Regulation) Bill, 2024, as reported by the Standing Committee, be taken into consideration at once. Sir, our water table in Lahore is falling by almost one metre a year; in some union councils of Multan it has fallen by — I will give the exact figure — 2.7 metres since 2019. This bill does three things —
p-rana-shahid-iqbal-pp = **Rana Shahid Iqbal (PP-158):** Point of order, Sir!
p-mr-speaker-let-the = **Mr Speaker:** Let the Minister finish… Yes, briefly.
p-rana-shahid-iqbal-sir = **Rana Shahid Iqbal:** Sir, under rule 209 of the Rules of Procedure, a bill reported by a committee must be circulated two clear days before it is taken up. The report was put on our tables *this morning* at 9:40. How can we debate a bill we have not read?
p-11-09-interruption = **[11:09]** *[Interruption]*
p-mr-speaker-order-order = **Mr Speaker:** Order, order! Please take your seats. The Honourable Member is right that the report was circulated late. But the Chair has the power under rule 234 to dispense with the requirement, and I have done so, because the House itself asked on 7 May for the bill to be passed before the budget session. Ruling given. The Minister may continue.
p-minister-for-irrigation-sir = **Minister for Irrigation:** Sir, as I was saying… The bill does three things. First, every tube well deeper than 60 metres will need a licence from the Punjab Water Authority. Second, industry will pay an abstraction charge of Rs 2 per 1,000 litres — not the farmer, Sir, the farmer pays nothing. Third —
p-ms-farzana-bhatti-reserved = **Ms Farzana Bhatti (reserved seat W-305):** What about the housing societies? They are the biggest —
p-minister-for-irrigation-i = **Minister for Irrigation:** I am coming to that, madam. Third, housing schemes above 25 kanals will have to recharge what they extract.
p-11-42-ch-irfan = **[11:42]** **Ch. Irfan Ullah Cheema (PP-41):** Mr Speaker, my constituency is in Sialkot. My farmers ask me one thing, and I will say it in their words: *"پانی ساڈا، لائسنس تہاڈا؟"* — "The water is ours, and the licence is yours?" Who will go to the Water Authority's office in Lahore for a licence? The patwari? The … the *numberdar*? Sir, this bill is written in Lahore for Lahore.
p-desk-thumping = *[Desk thumping]*
p-mr-speaker-please-address = **Mr Speaker:** Please address the Chair, Chaudhry sahib.
p-ch-irfan-ullah-cheema = **Ch. Irfan Ullah Cheema:** I am addressing the Chair, Sir. I am only saying what every farmer says: *"جتنا پانی، اتنا فصل"*.
p-12-15-mr-speaker = **[12:15]** **Mr Speaker:** The debate is closed. I will now put the motions to the House in the order in which they were received:
li-that-the-punjab-groundwater = That the Punjab Groundwater (Regulation) Bill, 2024, be taken into consideration at once.
li-that-in-clause-3 = That in clause 3(1)(a), for the words "60 metres" the words "90 metres" be substituted. *(Moved by Rana Shahid Iqbal.)*
li-that-in-clause-7 = That in clause 7, after sub-clause (2), the following new sub-clause be added: "(3) No charge shall be levied on water drawn for agriculture, drinking or a place of worship."
li-that-the-bill-be = That the bill be referred back to the Standing Committee on Irrigation for report within 30 days. *(Moved by Ch. Irfan Ullah Cheema.)*
li-that-the-bill-as = That the bill, as amended, be passed.
p-12-31-motion-1 = **[12:31]** Motion 1 was carried by voice vote. Motion 2 was lost: 61 ayes, 187 noes. Motion 3 was carried without a division. Motion 4 was withdrawn by the mover. Motion 5 was carried: 203 ayes, 39 noes, 2 abstentions.
p-mr-speaker-the-bill = **Mr Speaker:** The bill is passed. The House stands adjourned till Wednesday, 15 May 2024, at 2:00 p.m.

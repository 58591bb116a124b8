### Source messages of content/pakistan-new-zealand-t20.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Pakistan beat New Zealand by four wickets in a Rawalpindi thriller
summary = Chasing 179, Pakistan got home in 19.4 overs; Babar Azam made 68 off 44 balls.
p-rawalpindi-pakistan-beat-new = RAWALPINDI: Pakistan beat New Zealand by four wickets in the second T20 International on Saturday, reaching the target of 179 with two balls to spare.
p-put-in-to-bat = Put in to bat, New Zealand made 178/7 in their 20 overs. Mark Chapman top-scored with 57 off 38 balls, including 4 sixes.
p-shaheen-shah-afridi-took = Shaheen Shah Afridi took 3 wickets for 31 runs at an economy rate of 7.75, while Naseem Shah took 2 for 29.
p-pakistan-s-start-was = Pakistan's start was poor: at 45/3 after 6.2 overs, the required run rate had climbed to 9.5 an over.
p-then-babar-azam-68 = Then Babar Azam (68 off 44 balls, strike rate 154.54) and Iftikhar Ahmed added 92 runs for the fifth wicket.
p-with-8-needed-off = With 8 needed off the last over, Iftikhar hit a six off the fourth ball and the match ended at 19.4 overs. 🇵🇰👍 What a finish!!
p-babar-azam-was-named = Babar Azam was named player of the match. The five-match series is now level at 1-1; the third match is in Lahore on 2024-04-25.
p-the-pakistan-cricket-board = The Pakistan Cricket Board (PCB) said ticket sales for the series were up 35% on last year.

### Source messages of content/karachi-kings-beat-qalandars.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Karachi Kings post 245/7 and beat Lahore Qalandars by 24 runs
summary = Vince's hundred and a 9-ball 31 from Pollard; Fakhar Zaman fought alone as Lahore were all out in 19.4 overs.
p-karachi-kings-beat-lahore = Karachi Kings beat Lahore Qalandars by 24 runs in a high-scoring PSL match at the National Stadium on Saturday night and kept their hopes of the playoffs alive.
p-sent-in-to-bat = Sent in to bat, Karachi made 245/7, the second-highest total of the season. James Vince scored 101 off 52 balls, with 11 fours and 4 sixes.
p-at-the-end-kieron = At the end, Kieron Pollard hit 31 off just 9 balls, including three sixes in a row off Haris Rauf in the 19th over.
p-shaheen-shah-afridi-took = Shaheen Shah Afridi took 3/38 in his four overs, but the other bowlers went for more than 12 an over.
h-lahore-s-chase = Lahore's chase
p-lahore-needed-246-at = Lahore needed 246 at a required rate of 12.30. After 8 overs they were 66/2, a run rate of 8.25, while the required rate had climbed to 15.00.
p-fakhar-zaman-fought-alone = Fakhar Zaman fought alone with 88 off 41 balls, but when he was caught at long-on in the 16th over (score 172/6), the match was as good as over.
p-lahore-were-all-out = Lahore were all out for 221 in 19.4 overs. Hasan Ali took 4/41 for Karachi, and Mir Hamza 2/33.
p-karachi-captain-shan-masood = Karachi captain Shan Masood said: "On this pitch even 245 is never safe, but the boys held their nerve. Full credit to Vince!"
p-james-vince-was-named = James Vince was named player of the match. Karachi now have 8 points from 8 matches; their next match is against Islamabad United on Tuesday at 7:00 pm (PST).

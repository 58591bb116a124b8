### Source messages of content/karachi-rain-diary.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = That rainy day in Karachi... 😔
summary = Six hours stuck on Shahrah-e-Faisal, a phone on 3% and one cup of tea that saved the day.
p-assalam-o-alaikum-friends = Assalam o alaikum friends!! 😀 I'm writing here after ages... sorry sorry, life got busy 🙏
p-so-yesterday-it-rained = So yesterday it rained in Karachi.  And when it rains in Karachi, you all know what happens 😭😭
p-i-left-the-office = I left the office at half past 2. I thought I'd be home in forty minutes, just like every day. Big mistake!!!
p-six-hours-six-whole = Six hours!!! Six whole hours on Shahrah-e-Faisal 🚗🚗🚗 The water was up to the knees, the bikes had switched off, and my phone battery was at 3% 💔
p-then-an-uncle-with = Then an uncle with a tea stall handed me a cup through the car window and refused to take any money. Honestly, the best tea of my life ☕ Uncle ji, may you live long ❤️
p-lessons-learnt-keep-a = Lessons learnt: ✓ keep a power bank in the car ✓ keep a bottle of water ✓ never trust the weather app → it said 20% chance of rain 😂
p-karachi-i-love-you = Karachi, I love you, but please fix your drains... 🇵🇰
p-what-s-your-rain = What's your rain story? Write it in the comments 👇 And thank you for reading ★★★★★

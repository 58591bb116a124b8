### Source messages of content/monsoon-floods-ndma.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Monsoon floods: over 1.2 million affected in Sindh and Balochistan, says NDMA
summary = The disaster authority's latest figures show that 40% of damaged homes are in three districts, while relief funding remains far short of need.
p-islamabad-the-national-disaster = ISLAMABAD: The National Disaster Management Authority (NDMA) said on Tuesday that monsoon rains since 1 July have affected more than 1,200,000 people in Sindh and Balochistan, and that at least 214 people have lost their lives.
p-according-to-the-authority = According to the authority's situation report of 27 August 2024, 40% of the 86,500 damaged houses are in the Dadu, Jacobabad and Naseerabad districts. Rainfall in Jacobabad this season has been 3.5 times the normal average.
p-the-flow-at-sukkur = "The flow at Sukkur Barrage was 420,000 cusecs on Monday night," an NDMA spokesman told reporters. "We expect it to fall by about 15% by the end of the week, but the danger is not over."
p-the-human-rights-commission = The Human Rights Commission of Pakistan (HRCP) criticised the slow pace of relief, saying tents, clean water and medicines had not reached many camps. The full statement was reported at https://www.dawn.com/news/1234567.
h-a-funding-gap = A funding gap
p-the-sindh-government-has = The Sindh government has released Rs 2.5 billion so far, but officials estimate the need at Rs 11 billion. The World Health Organization (WHO) has warned of cholera and dengue outbreaks in the camps, where 1 in 3 children is already showing signs of malnutrition.
p-memories-of-2022-are = Memories of 2022 are still fresh. The floods of that year, which began on 14 June 2022, affected 33 million people and caused damage estimated at more than $30 billion.
p-the-authority-has-asked = The authority has asked citizens to report missing persons on its helpline 1700 or by e-mail to info@ndma.gov.pk. The next situation report is due on 2024-09-01.

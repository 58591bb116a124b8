### Source messages of content/weekly-vegetable-prices.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Vegetable prices this week: tomatoes down, onions up
summary = Wholesale and retail prices at Lahore's Badami Bagh market for the week ending 14 November, with the change from last week.
p-tomato-prices-fell-for = Tomato prices fell for the third week running as supplies from Sindh reached the market, while onions rose again. The table compares the official retail price[^dc] with what shoppers actually paid at four neighbourhood markets.
cell-item-per-kg = Item (per kg)
cell-wholesale = Wholesale
cell-official-retail = Official retail
cell-paid-in-markets = Paid in markets
cell-change-on-week = Change on week
cell-tomatoes = Tomatoes
cell-rs-95 = Rs. 95
cell-rs-120 = Rs. 120
cell-rs-140-160 = Rs. 140–160
cell-onions = Onions
cell-rs-210 = Rs. 210
cell-rs-240 = Rs. 240
cell-rs-280-300 = Rs. 280–300
cell-potatoes = Potatoes
cell-rs-70 = Rs. 70
cell-rs-85 = Rs. 85
cell-rs-100 = Rs. 100
cell-garlic-chinese = Garlic (Chinese)
cell-rs-640 = Rs. 640
cell-rs-700 = Rs. 700
cell-rs-800-850 = Rs. 800–850
cell-ginger = Ginger
cell-rs-520 = Rs. 520
cell-rs-580 = Rs. 580
cell-rs-650 = Rs. 650
cell-basket-of-five = **Basket of five**
cell-rs-1-535 = **Rs. 1,535**
cell-rs-1-725 = **Rs. 1,725**
cell-rs-2-000 = **Rs. 2,000**
p-traders-said-the-rise = Traders said the rise in onions came from a short crop in Balochistan and from exports to Afghanistan through Torkham. "Until the new crop from Swat arrives, you will not see onions under Rs. 250," said Haji Muhammad Aslam, a commission agent with 30 years in the market.
h-how-the-prices-were = How the prices were collected
p-our-reporters-visited-badami = Our reporters visited Badami Bagh at 6:30 am on Thursday and the markets of Ichhra, Township, Model Town and Shadman between 10 am and 1 pm. Each price is the median of at least three sellers.[^method]
p-the-gap-between-the = The gap between the official and the market price was widest for tomatoes: shoppers paid up to 33% more than the list.
# Footnote 1 ([^dc]), referred to in p-tomato-prices-fell-for
note-the-deputy-commissioner-of = The Deputy Commissioner of Lahore publishes an official price list every morning; the list of 13 November was used.
# Footnote 2 ([^method]), referred to in p-our-reporters-visited-badami
note-a-median-of-three = A median of three is the middle price: with Rs. 140, Rs. 150 and Rs. 160, it is Rs. 150.

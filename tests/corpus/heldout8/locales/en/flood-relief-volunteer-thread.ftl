### Source messages of content/flood-relief-volunteer-thread.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Ten days in Dadu 🧵: a volunteer's thread from the flood camps
summary = Posted as a thread on X during the 2022 floods in Sindh and collected here, photos left out: what we saw in the camps, what was needed, and how people helped. #FloodRelief
p-this-thread-went-round = This thread went round on X in September 2022, while I was volunteering with a small team in Dadu district. Many of you asked for it in one place, so here it is, as I typed it on my phone, typos and all. The names of families have been changed.
p-1-reached-dadu-last = 1/ Reached Dadu last night after 9 hours on the road from Karachi. The last 40 km took 4 hours. Water on both sides of the road as far as you can see. Whole villages are just... rooftops. #FloodRelief #SindhFloods
p-2-the-camp-at = 2/ The camp at the government boys' school in Johi has 1,100 people in a building meant for 300 children. No toilets that work. The women wait till dark. Kids are drinking the flood water because there is nothing else 💧💧
p-3-our-first-truck = 3/ Our first truck 🚚 arrived this morning: 500 ration bags, each with 10 kg atta, 5 kg rice, 2 kg daal, 2 litres of oil, sugar, tea and ORS. We gave them out by token so there was no stampede. Bas yaar, the line never ended.
p-4-dr-sadia-our = 4/ Dr. Sadia 👩‍⚕️ (our only doctor, bless her) saw 213 patients today. Diarrhoea, skin infections, malaria, and so many pregnant women with nowhere to go. She needs ORS, zinc, paracetamol syrup, antifungal cream and mosquito nets. URGENT!!!
p-5-everyone-keeps-asking = 5/ Everyone keeps asking "what can I send?" Here is the list. Please DON'T send old clothes, we have mountains of them and nowhere dry to keep them 🙏
li-ration-bags-500-delivered = Ration bags (500 delivered, 500 more needed)
li-drinking-water-2-000 = Drinking water, 2,000 litres a day (we get 1,200)
li-water-purification-tablets = Water purification tablets
li-300-mosquito-nets = 300 mosquito nets
li-hygiene-kits-for-women = Hygiene kits for women and girls
li-tarpaulin-sheets-and-tents = Tarpaulin sheets and tents
li-baby-formula-and-ors = Baby formula and ORS sachets
p-6-a-friend-forwarded = 6/ A friend forwarded me this message from his cousin in Mehar: "Bhai, paani sar se guzar gaya hai, bas dua karo." That was all. Then his phone went off. We still don't know if they got out.
p-7-three-days-and = 7/ Three days and not one official from the district administration has come to this camp?! Tagging @NDMA_PK and @SindhPDMA: the Johi camp needs water tankers TODAY. Location: https://www.google.com/maps/search/?api=1&query=Johi%2C%20Dadu%2C%20Sindh
p-8-good-news-for = 8/ Good news for once ❤️ The tanker came at 11 pm. The kids were dancing in its headlights. Allah khair kare, tomorrow we try to reach the villages near Manchar lake by boat.
p-9-boat-trip-cancelled = 9/ Boat trip cancelled. The PDMA says the water in Manchar is still rising and the embankment road has been cut. 7 families are still on a rooftop in one village. We sent their location to the rescue team at 6 am and it is now 4 pm⁉ No reply.
p-10-how-to-donate = 10/ How to donate. We are a registered group and every rupee is on our public sheet.
p-account-title-sindh-relief =
    Account title: Sindh Relief Volunteers\
    Bank: Standard Chartered Bank (Pakistan) Ltd\
    Account No. 01-1123456-702\
    IBAN: PK36SCBL0000001123456702
p-11-full-accounts-receipts = 11/ Full accounts, receipts and photos are on our blog: https://blog.example.org/2022/09/سیلاب-متاثرین-کی-مدد/ (if WhatsApp turns it into https://blog.example.org/2022/09/%D8%B3%DB%8C%D9%84%D8%A7%D8%A8-%D9%85%D8%AA%D8%A7%D8%AB%D8%B1%DB%8C%D9%86-%DA%A9%DB%8C-%D9%85%D8%AF%D8%AF/ don't worry, it is the same link).
p-12-12-going-home = 12/12 Going home tomorrow. I have never been so tired, or so angry, or so proud of ordinary people. The uncle who lent us his only boat. The schoolgirls who ran the token line better than any official could. Pakistan zindabad 🇵🇰❤️
p-floodrelief-sindhfloods = #FloodRelief #SindhFloods #سیلاب_متاثرین

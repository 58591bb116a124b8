### Source messages of content/sufi-poetry-evening.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = An evening of Punjabi and Saraiki Sufi poetry at the Alhamra
summary = Bulleh Shah's kafis, a rubai of Sarmad, a dohra of Khwaja Ghulam Farid and a chorus in Roman Urdu: about 1,200 people stayed until 11:30 pm.
p-on-international-mother-language = On International Mother Language Day (21 February), the Alhamra Arts Council in Lahore held an evening of Sufi folk poetry. Tickets cost Rs 500; about 1,200 people came, and most stayed until 11:30 pm.
h-bulleh-shah = Bulleh Shah
p-the-evening-opened-with = The evening opened with the most famous kafi of Bulleh Shah (1680–1757), sung in Punjabi by a group from Kasur:
quote-bulleya-who-knows-who =
    Bulleya, who knows who I am?\
    I am not a believer in the mosques.
p-the-singer-repeated-the = The singer repeated the first line again and again, as qawwals do, and the hall answered her each time.
h-a-rubai-of-sarmad = A rubai of Sarmad
p-sarmad-the-persian-poet = Sarmad, the Persian poet executed in Delhi in 1661, wrote quatrains that are still recited at Sufi gatherings. This one was read in Persian:
quote-sarmad-your-complaint-is =
    Sarmad, your complaint is long; cut it short,\
    and of these two things do only one:\
    either give your life to please the Friend,\
    or turn your eyes away from the Friend.
h-khwaja-ghulam-farid = Khwaja Ghulam Farid
p-a-saraiki-dohra-of = A Saraiki dohra of Khwaja Ghulam Farid (1845–1901), the poet of the Rohi, came next:
quote-come-my-love-the =
    Come, my love, the Rohi is green again;\
    the clouds have come, and the sand is cool.
h-a-nazm-in-three = A nazm in three lines
p-a-young-poet-from = A young poet from Multan read a short nazm of three lines, which the audience asked to hear twice:
quote-the-night-is-long =
    The night is long,\
    the lamp is low,\
    and still you do not come.
p-the-audience-then-sang = The audience then sang the chorus in Roman Urdu, as it was printed on the programme: *"Dama dam mast Qalandar, Ali da pehla number"*.
p-the-sindhi-singer-who = The Sindhi singer who closed the evening wrote the name of his song on the programme in Sindhi: ڪافي, with the Sindhi kaf, in Sindh ۾ (in) and all.
cell-item = Item
cell-poet = Poet
cell-language = Language
cell-minutes = Minutes
cell-kafi = Kafi
cell-punjabi = Punjabi
cell-rubai = Rubai
cell-sarmad = Sarmad
cell-persian = Persian
cell-dohra = Dohra
cell-saraiki = Saraiki
cell-nazm = Nazm
cell-young-poet = Young poet
cell-urdu = Urdu
p-our-rating-4-5 = Our rating: ★★★★☆ (4/5). Tickets for the next evening, on 21 March, are at the Alhamra box office; bookings at events@alhamra.example.pk or +92-42-99200921.

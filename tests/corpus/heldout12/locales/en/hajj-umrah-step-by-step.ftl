### Source messages of content/hajj-umrah-step-by-step.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Hajj step by step: a pilgrim's guide to the five days
summary = From the ihram at the miqat to the farewell tawaf: what to do on each day of Hajj 1446, with the duas in Arabic, the distances between the holy sites and the mistakes pilgrims most often make.
p-this-guide-is-for = This guide is for pilgrims performing **Hajj al-Tamattu'**, the form chosen by almost every pilgrim from Pakistan: an Umrah first, then the Hajj in the same season. The days of Hajj are **8–13 Dhul Hijjah 1446**, expected to fall on 4–9 June 2025; the exact dates depend on the sighting of the moon in Saudi Arabia.[^moon]
p-the-command-is-in = The command is in the Quran: ﴿وَأَتِمُّوا الْحَجَّ وَالْعُمْرَةَ لِلّٰهِ﴾ (البقرۃ: ۱۹۶), "And complete the Hajj and the Umrah for Allah."
h-before-you-leave = Before you leave
p-put-on-the-ihram = Put on the ihram before you cross the miqat. Pilgrims flying from Karachi, Lahore or Islamabad to Jeddah pass over the miqat of Yalamlam or Qarn al-Manazil, so most men change into the two white sheets at home or at the airport and make the intention when the cabin crew announces the miqat. Pilgrims flying to Madinah first put on the ihram later, at Dhul Hulayfah.
p-from-the-moment-of = From the moment of intention, recite the Talbiyah aloud (women softly) until you throw the first pebble on the 10th:
quote-c207d76c =
    لَبَّيْكَ اللّٰهُمَّ لَبَّيْكَ، لَبَّيْكَ لَا شَرِيْكَ لَكَ لَبَّيْكَ،\
    إِنَّ الْحَمْدَ وَالنِّعْمَةَ لَكَ وَالْمُلْكَ، لَا شَرِيْكَ لَكَ
p-here-i-am-o = "Here I am, O Allah, here I am. Here I am, You have no partner, here I am. Praise, blessing and sovereignty are Yours. You have no partner."
h-the-steps-day-by = The steps, day by day
li-umrah-on-arrival-on = **Umrah on arrival**, on any day before 8 Dhul Hijjah.
li-enter-masjid-al-haram = Enter Masjid al-Haram with the right foot and walk seven circuits around the Kaabah, starting and ending at the Black Stone.
li-between-the-yemeni-corner = Between the Yemeni Corner and the Black Stone, say: رَبَّنَا آتِنَا فِي الدُّنْيَا حَسَنَةً وَّفِي الْآخِرَةِ حَسَنَةً وَّقِنَا عَذَابَ النَّارِ
li-pray-two-rak-ahs = Pray two rak'ahs behind Maqam Ibrahim if there is room; anywhere in the mosque is valid.
li-walk-seven-times-between = Walk seven times between Safa and Marwah, about 3.2 km in all.
li-men-shave-the-head = Men shave the head or trim the hair; women cut a fingertip's length. The restrictions of ihram are now lifted.
li-8-dhul-hijjah-4 = **8 Dhul Hijjah (4 June)**: put on the ihram again in your building, make the intention for Hajj and go to Mina. Pray the five prayers from Zuhr to the next Fajr there, shortening the four-rak'ah prayers.
li-9-dhul-hijjah-5 = **9 Dhul Hijjah (5 June), the Day of Arafah**: the one day that cannot be made up. The Prophet ﷺ said, "Hajj is Arafah" (narrated by Abdur Rahman ibn Ya'mar, RA).
li-leave-mina-after-sunrise = Leave Mina after sunrise. The Mashair train runs from Mina station 3 to Arafat station 1 in about 10 minutes, but only for pilgrims with a train card.
li-hear-the-sermon-from = Hear the sermon from Masjid Namirah, on the radio in your tent if need be, and pray Zuhr and Asr together.
li-stand-facing-the-qiblah = Stand facing the qiblah in dua until sunset. Do not leave the boundary of Arafat before the sun has set.
li-the-night-of-9 = **The night of 9–10 Dhul Hijjah, Muzdalifah**: pray Maghrib and Isha together, sleep under the sky, and collect 49 pebbles, each the size of a chickpea, or 70 if you will stay for the 13th.
li-10-dhul-hijjah-6 = **10 Dhul Hijjah (6 June), Eid al-Adha**: the busiest day.
li-throw-seven-pebbles-at = Throw seven pebbles at Jamrat al-Aqabah only, saying اللّٰهُ أَكْبَرُ with each.
li-have-your-animal-sacrificed = Have your animal sacrificed, usually through the bank voucher bought in Pakistan.
li-shave-or-trim-and = Shave or trim, and take off the ihram.
li-perform-tawaf-al-ifadah = Perform Tawaf al-Ifadah and the sa'i in Makkah, today or on the 11th or 12th.
li-11-12-dhul-hijjah = **11–12 Dhul Hijjah (7–8 June)**: after noon, stone all three jamarat, seven pebbles each, from the small one to the large. Leave Mina before sunset on the 12th, or stay and stone again on the 13th (9 June).
li-the-farewell-tawaf-the = **The farewell tawaf**: the last act before leaving Makkah. Women in their period are excused from it.
h-how-far-it-is = How far it is
p-most-pakistani-pilgrims-walk = Most Pakistani pilgrims walk at least one of these legs. Distances are by the pedestrian routes and are approximate.
cell-from = From
cell-to = To
cell-distance-km = Distance (km)
cell-on-foot = On foot
cell-makkah-masjid-al-haram = Makkah (Masjid al-Haram)
cell-mina = Mina
cell-about-2-hours = about 2 hours
cell-arafat = Arafat
cell-3-to-4-hours = 3 to 4 hours
cell-muzdalifah = Muzdalifah
cell-2-to-3-hours = 2 to 3 hours
cell-jamarat-mina = Jamarat, Mina
cell-about-1-hours = about 1½ hours
cell-jamarat = Jamarat
cell-masjid-al-haram = Masjid al-Haram
h-common-mistakes = Common mistakes
p-hazrat-umar-ra-kissed = Hazrat Umar (RA) kissed the Black Stone and said: "I know that you are a stone that can neither harm nor benefit; had I not seen the Messenger of Allah ﷺ kiss you, I would not have kissed you." Do not push and hurt others to reach it; pointing towards it from a distance is enough.
quote-the-commonest-error-we = The commonest error we see is pilgrims leaving Arafat at 4 pm to beat the crowd. The wuquf lasts until sunset, whatever the bus driver says.
quote-hajj-medical-mission-makkah = — Hajj Medical Mission, Makkah, report for 1445
p-drink-at-least-three = Drink at least three litres of water a day, carry an umbrella, and keep your *Nusuk* card and wristband on you at all times. The temperature at Arafat reached 47 °C last season.
# Footnote 1 ([^moon]), referred to in p-this-guide-is-for
note-the-ministry-of-religious = The Ministry of Religious Affairs publishes the confirmed dates, flight schedules and training videos at [mora.gov.pk](https://www.mora.gov.pk). Check again after the Saudi Supreme Court announces the sighting of the Dhul Hijjah moon.

### Source messages of content/polio-drops-explainer.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Two drops, every time: what parents should know before the polio team knocks
summary = Why Pakistan still has wild poliovirus, what is in the oral vaccine, and 14 steps for a safe campaign day at home.
p-pakistan-and-afghanistan-are = Pakistan and Afghanistan are the last two countries in the world where wild poliovirus still paralyses children. In 2024 Pakistan reported 74 cases, most of them in Balochistan, Sindh and Khyber Pakhtunkhwa, and the virus was found in sewage samples from more than 80 districts. This week another nationwide campaign begins, and about 45 million children under five are to be given the drops.
p-polio-spreads-through-faeces = Polio spreads through faeces and contaminated water. Most infected children show no symptoms at all, or only a mild fever of about 38°C and a sore throat, but roughly one infection in 200 leads to paralysis that cannot be reversed. There is no cure. There is only prevention.
h-what-is-in-the = What is in the two drops?
p-the-oral-polio-vaccine = The oral polio vaccine (OPV) is given as two drops, about 0.1 ml, into the child's mouth. It contains a weakened virus that teaches the gut to fight the real one. The vaccine must be kept between 2°C and 8°C in cold boxes, and every vial carries a vaccine vial monitor (VVM), a small square that darkens if the vaccine has been exposed to too much heat.
p-children-under-five-should = Children under five should get the drops in every campaign, even if they were vaccinated a month ago. Each extra dose adds protection, and there is no such thing as an overdose. Routine immunisation also includes an injectable vaccine (IPV) at 14 weeks, which is given at the health centre, not at the door.
alt-a-health-worker-in = A health worker in a blue vest giving polio drops to a small child held by her mother at the door of a house
caption-a-vaccinator-marks-the = A vaccinator marks the child's finger after the drops (illustration)
h-a-doctor-s-view = A doctor's view
p-dr-sana-baloch-a = Dr Sana Baloch, a paediatrician at a public hospital in Quetta, says that the hardest part of her work is not medicine but trust:
quote-parents-ask-me-whether = Parents ask me whether the drops cause infertility or contain something haram. They do not. The same vaccine is used in Saudi Arabia, Egypt and Indonesia, and scholars here and abroad have approved it. What I see in my ward is the other side: a healthy two-year-old who cannot stand a week after a fever. I have never seen a child harmed by the drops, and I have seen far too many harmed by polio.
h-campaign-day-14-steps = Campaign day: 14 steps for parents
li-check-the-campaign-dates = Check the campaign dates for your union council on television, on the radio or from the mosque loudspeaker.
li-keep-every-child-under = Keep every child under five at home on the first day, including newborns.
li-ask-the-team-for = Ask the team for their identity cards; real vaccinators carry a card from the district health office.
li-make-sure-the-vial = Make sure the vial comes out of a cold box, and ask to see the VVM square if you are unsure.
li-if-the-child-has = If the child has just been fed, wait about 30 minutes so that the drops are not spat out.
li-hold-the-child-s = Hold the child's head slightly back and let the vaccinator put exactly two drops in the mouth.
li-if-the-child-spits = If the child spits out the drops or vomits within 5 minutes, ask for another dose.
li-check-that-the-little = Check that the little finger of the left hand has been marked with ink.
li-make-sure-the-team = Make sure the team writes the date and the number of children on the door or wall of your house.
li-if-a-child-was = If a child was away or asleep, tell the team; they come back on the fourth day for missed children.
li-a-child-with-a = A child with a mild fever, a cold or diarrhoea can still be given the drops; ask your doctor if in doubt.
li-for-a-fever-above = For a fever above 38.5°C, give paracetamol syrup at 15 mg per kg of body weight, not more than four times a day, and never give aspirin to children.
li-for-diarrhoea-dissolve-one = For diarrhoea, dissolve one packet of ORS in 1 litre (1,000 ml) of boiled and cooled water, and give 50–100 ml after every loose stool.
li-keep-the-child-s = Keep the child's vaccination card safe and bring it to every visit to the health centre.
p-if-a-team-has = If a team has not reached your house by the third day, call the Sehat Tahaffuz helpline at 1166. The line is free and open from 8 AM to 8 PM, and complaints can also be sent by WhatsApp.
h-why-the-campaigns-keep = Why the campaigns keep coming back
p-health-officials-say-that = Health officials say that the programme now reaches more than 95% of children in most districts, but the virus survives in the few places where it does not: in crowded parts of Karachi, Quetta and Peshawar, among families who move between Pakistan and Afghanistan, and in areas where teams cannot work because of insecurity. Vaccinators, most of them women, are paid about Rs 1,500 a day, and more than 200 workers and police officers guarding them have been killed since 2012.
p-every-missed-child-is = Every missed child is a gap in a wall. Open the door, and let them give the two drops.

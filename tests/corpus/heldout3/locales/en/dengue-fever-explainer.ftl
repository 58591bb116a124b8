### Source messages of content/dengue-fever-explainer.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Dengue fever: what to do when the fever comes
summary = How the virus spreads, which signs mean hospital, and why you should take paracetamol but not aspirin.
p-dengue-is-a-viral = Dengue is a viral infection spread by the bite of the female Aedes mosquito (*Aedes aegypti*), and less often of the Asian tiger mosquito (*Aedes albopictus*). After the monsoon rains, cases in Lahore, Rawalpindi and Karachi peak between September and November.[^1]
p-the-mosquito-bites-mostly = The mosquito bites mostly in the early morning and before sunset. It rarely flies more than 400 m from where it hatched, so the water standing in your own house matters most.
h-symptoms = Symptoms
p-a-temperature-above-38 = A temperature above 38.5°C (normal is about 37°C), a severe headache, pain behind the eyes, pain in the joints and muscles (hence the old name "breakbone fever") and, after 3–4 days, a rash.
h-what-to-do = What to do
li-measure-the-temperature-every = Measure the temperature every 4 to 6 hours and write it down.
li-take-paracetamol-for-the = Take paracetamol for the fever: 500 mg to 1 g for adults, and no more than 4 g in 24 hours.
li-do-not-take-aspirin = Do not take aspirin or ibuprofen; they raise the risk of bleeding.
li-drink-at-least-2 = Drink at least 2.5 to 3 litres a day: water, ORS, fresh juice.
li-have-a-cbc-test = Have a CBC test done; if the platelets fall below 100,000 per µL (thrombocytopenia), see a doctor the same day.
p-for-children-the-dose = For children the dose depends on weight, about 15 mg per kg:
cell-weight = Weight
cell-one-dose = One dose
cell-most-in-24-hours = Most in 24 hours
cell-10-kg = 10 kg
cell-150-mg = 150 mg
cell-600-mg = 600 mg
cell-20-kg = 20 kg
cell-300-mg = 300 mg
cell-1-200-mg = 1,200 mg
cell-30-kg = 30 kg
cell-450-mg = 450 mg
cell-1-800-mg = 1,800 mg
cell-40-kg = 40 kg
cell-500-mg = 500 mg
cell-2-400-mg = 2,400 mg
p-there-is-no-proof = There is no proof that papaya leaf extract raises the platelet count, and supplements such as 400 µg of folic acid do not treat dengue.
quote-severe-stomach-pain-vomiting = Severe stomach pain, vomiting that does not stop, bleeding from the gums or nose, black stools or sudden drowsiness: go to a hospital at once.
h-prevention = Prevention
p-empty-coolers-flower-pots = Empty coolers, flower pots and old tyres once a week; the eggs survive for months in a dry pot and hatch within 24-48 hours of getting wet. Even a ceiling fan helps: the mosquito is a weak flier and struggles in a breeze of a few km/h. The Punjab dengue helpline is 0800-99000, and the [WHO fact sheet](https://www.who.int/news-room/fact-sheets/detail/dengue-and-severe-dengue) has more.
# Footnote 1 ([^1]), referred to in p-dengue-is-a-viral
note-world-health-organization-dengue = World Health Organization, *Dengue and severe dengue*, fact sheet, 2023.

### Source messages of content/diabetes-care-leaflet.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Type 2 diabetes: a guide for patients and their families
summary = What your sugar numbers mean, how to take your medicines, what to eat, and when to come to hospital at once. Patient information leaflet, Diabetes & Endocrine Clinic.
p-you-have-been-told = You have been told that you have type 2 diabetes. You are not alone: about one in four adults in Pakistan has diabetes, and many of them do not know it.[^1] Diabetes cannot yet be cured, but it can be controlled. People who keep their sugar, blood pressure and weight in check live long and active lives.
p-this-leaflet-explains-what = This leaflet explains what your numbers mean, how to take your medicines, and when you must see a doctor. Bring it to every clinic visit, together with your sugar diary.
h-what-is-type-2 = What is type 2 diabetes?
p-insulin-is-a-hormone = Insulin is a hormone that moves sugar from the blood into the cells of the body. In type 2 diabetes the body makes insulin but does not use it well, and after some years it also makes less of it. The sugar then stays in the blood. Over the years, high sugar damages the eyes, kidneys, nerves, heart and feet.
p-the-risk-is-higher = The risk is higher if you are overweight, if a parent, brother or sister has diabetes, if you had diabetes during a pregnancy, or if you are over 40. South Asians get diabetes at a lower weight and a younger age than Europeans.
h-your-numbers = Your numbers
p-your-doctor-will-check = Your doctor will check these numbers and write them on your clinic card:
li-fasting-blood-sugar-your =
    { "*" }*Fasting blood sugar**\
    Your sugar after 8 hours without food. Normal: below 100 mg/dL (5.6 mmol/L). Diabetes: ≥ 126 mg/dL (7.0 mmol/L) on two separate days.
li-hba-c-your-average =
    { "*" }*HbA₁c**\
    Your average sugar over the last 2–3 months. For most adults the target is an HbA1c below 7% (53 mmol/mol). Every 1% fall lowers the risk of eye, kidney and nerve damage.
li-blood-pressure-keep-it =
    { "*" }*Blood pressure**\
    Keep it ≤ 130/80 mmHg. High blood pressure and diabetes together damage the kidneys faster.
li-body-mass-index-bmi =
    { "*" }*Body mass index (BMI)**\
    Your weight in kg divided by the square of your height in metres. For South Asians a healthy BMI is 18.5–22.9 kg/m²; a BMI of 25 kg/m² or more counts as obesity.
p-a-home-glucometer-is = A home glucometer is accurate to about ±15%, so do not worry if two readings taken a few minutes apart are not the same.
h-food-and-exercise = Food and exercise
p-you-do-not-need = You do not need special "diabetic" food. Eat what your family eats, but change the amounts. Fill half your plate with vegetables (*sabzi*), a quarter with *roti* or *chawal*, and a quarter with *daal*, chicken, fish or eggs. One small *roti* is better than two, and brown *atta* is better than white. Avoid *mithai*, sweet *lassi*, soft drinks and fruit juice; one piece of fruit a day is fine. Drink your *chai* without sugar — after two weeks you will not miss it.
alt-a-round-dinner-plate = A round dinner plate divided into three parts: half of it green vegetables, a quarter a roti and a little rice, and a quarter lentils and chicken, with a glass of water beside it
caption-the-plate-method-half = The plate method: half vegetables, a quarter roti or rice, a quarter protein
p-walk-for-30-minutes = Walk for 30 minutes a day, at least 5 days a week, fast enough that you can talk but not sing. If you are overweight, losing 5–10% of your weight can lower your sugar as much as a tablet does.
h-your-medicines = Your medicines
p-take-your-medicines-every = Take your medicines every day, even when you feel well. Do not stop a medicine or change a dose on your own.
cell-medicine = Medicine
cell-dose = Dose
cell-when = When
cell-metformin-500-mg = Metformin 500 mg
cell-tablet-for-the-first = ½ tablet for the first week, then 1 tablet
cell-with-breakfast-and-dinner = With breakfast and dinner, after eating
cell-glimepiride-2-mg = Glimepiride 2 mg
cell-1-tablet = 1 tablet
cell-with-breakfast-never-if = With breakfast; never if you skip the meal
cell-sitagliptin-50-mg = Sitagliptin 50 mg
cell-once-a-day-at = Once a day, at any time
cell-insulin-glargine = Insulin glargine
cell-10-units-changed-by = 10 units, changed by ±2 units as your doctor tells you
cell-at-bedtime-at-the = At bedtime, at the same time every night
p-your-own-doses-are = Your own doses are written on your prescription. If you miss a dose of tablets, take it when you remember, unless it is nearly time for the next one. Never take two doses together.
h-warning-signs = Warning signs
p-learn-these-signs-and = Learn these signs, and teach them to your family:
li-low-sugar-hypoglycaemia-a = **Low sugar (hypoglycaemia):** a reading below 70 mg/dL (3.9 mmol/L). Signs:
li-shaking-sweating-and-a = shaking, sweating and a fast heartbeat
li-sudden-hunger-headache-or = sudden hunger, headache or blurred vision
li-confusion-strange-behaviour-or = confusion, strange behaviour or fainting
li-very-high-sugar-a = **Very high sugar:** a reading above 300 mg/dL (16.7 mmol/L). Signs:
li-great-thirst-and-passing = great thirst and passing urine very often
li-vomiting-stomach-pain-or = vomiting, stomach pain or fast breathing
li-unusual-sleepiness = unusual sleepiness
li-a-foot-problem-a = **A foot problem:** a cut, blister or black spot on the foot that has not healed in a week.
li-chest-pain-or-breathlessness = **Chest pain or breathlessness**, even if mild: people with diabetes can have a heart attack without much pain.
p-if-your-sugar-is = If your sugar is low, take 3 teaspoons of sugar or glucose (15 g) in half a glass of water, check again after 15 minutes, and repeat if it is still below 70 mg/dL. Then eat a meal or a snack.
quote-when-to-see-a = ⚠️ **When to see a doctor at once:** come to the Emergency Department, or call Rescue 1122, if your sugar stays below 70 mg/dL after two doses of sugar, if it is above 300 mg/dL twice in a row, if you vomit and cannot keep water down, or if the person with diabetes cannot be woken. In Ramadan, break your fast at once if your sugar falls below 70 mg/dL or rises above 300 mg/dL; scholars agree that this is allowed.[^2]
h-questions = Questions?
p-call-the-diabetes-educator = Call the diabetes educator on 041-9201234 (ext. 215), Monday to Saturday, 8 am to 2 pm, or ask at counter 4 of the Outpatient Block. In an emergency, call 1122.
# Footnote 1 ([^1]), referred to in p-you-have-been-told
note-international-diabetes-federation = International Diabetes Federation, *IDF Diabetes Atlas*, 10th edition, Brussels, 2021: 26.7% of adults aged 20–79 in Pakistan.
# Footnote 2 ([^2]), referred to in quote-when-to-see-a
note-m-hassanein-and-others = M. Hassanein and others, "Diabetes and Ramadan: Practical guidelines 2021", *Diabetes Research and Clinical Practice*, vol. 185, 2022, article 109185, https://doi.org/10.1016/j.diabres.2021.109185.

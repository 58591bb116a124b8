### Source messages of content/shehr-card-faq-terms.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Shehr Card: frequently asked questions and terms of use
summary = How to get, top up and use the Shehr Card on Multan's buses and feeder vans, what to do when a gate shows an error or a card is lost, and the terms that apply to every card.
p-the-shehr-card-is = The Shehr Card is a contactless card for the buses, feeder vans and bicycle stands run by the Multan Urban Transport Company (MUTC). These questions and answers explain how to use it. The **Terms &amp; Conditions** at the end form part of your agreement with MUTC.
alt-get-the-shehr-card = Get the Shehr Card app on Google Play
h-getting-a-card = Getting a card
h-where-can-i-buy = Where can I buy a Shehr Card?
p-at-the-ticket-office = At the ticket office of any of the 21 bus stations, and at the customer centre at Chowk Kumharanwala. A new card costs Rs&nbsp;150, which is not refundable, and must be loaded with at least Rs&nbsp;100.
alt-the-front-of-a = The front of a blue Shehr Card with a bus, a rickshaw and the Ghanta Ghar clock tower
caption-the-standard-card-front = The standard card, front
h-do-children-and-students = Do children and students pay less?
p-yes-there-are-three = Yes. There are three concession cards:
li-student-card-for-students = **Student card**, for students of a school, college or university in Multan Division
li-apply-at-the-customer = apply at the customer centre with:
li-your-institution-s-id = your institution's ID card, or
li-a-letter-from-the = a letter from the principal, signed and stamped;
li-it-gives-50-off = it gives 50% off every fare on weekdays.
li-senior-citizen-card-for = **Senior citizen card**, for people aged 60 or over
li-bring-your-cnic-no = bring your CNIC; no photograph is needed.
li-special-person-card-for = **Special person card**, for holders of a disability CNIC
li-travel-is-free-and = travel is free, and a companion pays half fare.
p-children-shorter-than-3 = Children shorter than 3 feet (about 91 cm) travel free with an adult and need no card.
h-using-your-card = Using your card
h-what-does-tap-in = What does *tap in, tap out* mean?
p-touch-your-card-on = Touch your card on the reader at the gate when you enter a station (*tap in*) and again when you leave (*tap out*). The fare depends on how far you travel. If you forget to tap out, you are charged the highest fare on that route, Rs&nbsp;80.
h-what-does-the-error = What does the error `E-204` on the gate mean?
p-it-means-your-balance = It means your balance is lower than the minimum fare of Rs&nbsp;30. Top up at the ticket office or in the app and tap again. Other messages you may see:
li-e-101-the-card = `E-101`: the card was not read; hold it flat and still for one second.
li-e-330-the-card = `E-330`: the card has been blocked (see "What should I do if my card is lost?").
h-how-do-i-top = How do I top up from my phone?
p-open-the-app-choose = Open the app, choose **Top up**, and pay from JazzCash, Easypaisa or any bank app through Raast. The new balance reaches the card the next time you tap it on any reader, usually within 10 minutes of payment.
h-where-is-the-fare = Where is the [fare table](https://mutc.gov.pk/fares) for each route?
p-the-fares-are-shown = The fares are shown at every station and on the MUTC website. The highest fare, from Kumharanwala to Bahauddin Zakariya University, is Rs&nbsp;80.
h-problems = Problems
h-what-should-i-do = What should I do if my card is lost?
p-block-it-at-once = Block it at once, so that no one else can use your balance:
li-call-the-helpline-on = call the helpline on 061-111-688-247 (8 am to 10 pm), or
li-send-block-and-your = send BLOCK and your card number by SMS to 8247.
p-your-balance-will-be = Your balance will be moved to a new card within 3 working days if the card was registered in your name. Fill in the form at <https://mutc.gov.pk/support/lost-or-stolen-card/balance-transfer-request?lang=en&channel=web&ref=faq>, or bring your CNIC to the customer centre.
h-who-do-i-write = Who do I write to with a complaint?
p-write-to-the-complaints = Write to the Complaints Officer at this address, or e-mail complaints@mutc.gov.pk:
p-complaints-officer-multan-urban =
    Complaints Officer\
    Multan Urban Transport Company\
    Nishtar Road, Multan 60000
h-terms-conditions = Terms &amp; Conditions
li-the-card-remains-the = The card remains the property of MUTC. The balance on it is not a bank deposit and earns no profit.
li-a-balance-left-unused = A balance left unused for 24 months may be moved to an inactive account. It will be restored on request.
li-mutc-may-change-the = MUTC may change the fares with 15 days' notice on its website and at the stations.
li-misuse-of-a-concession = Misuse of a concession card, or travel without tapping in, can be fined up to Rs&nbsp;1,000 under the company's by-laws.
p-last-updated-1-april = *Last updated: 1 April 2025. In case of any difference between the English and the Urdu text, the English text prevails.*

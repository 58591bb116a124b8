### Source messages of content/punjab-excise-ramadan-notification.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Token tax deadline extended to 15 April; registration centres get Ramadan timings
summary = Press release and Notification No. ET&NC/MV/2025/117 of the Excise, Taxation and Narcotics Control Department, Government of the Punjab, with the schedule of fees.
p-lahore-16-march-2025 = **Lahore, 16 March 2025 (15 Ramadan 1446 AH):** The Excise, Taxation and Narcotics Control Department, Government of the Punjab, has extended the deadline for paying motor vehicle token tax for the financial year 2024-25 without surcharge to 15 April 2025, and has announced new timings for all motor registration centres for the rest of Ramadan.
p-according-to-a-notification = According to a notification issued here on Sunday, vehicle owners who pay by the new deadline will not be charged the late payment surcharge of 10 per cent a month. The decision was taken at a meeting chaired by the Provincial Minister for Excise and Taxation, who directed that no citizen should have to stand in a queue while fasting, and that every centre should arrange drinking water and seating for the elderly at the time of iftar.
p-the-director-general-excise = The Director General Excise said that more than 1.8 million vehicle owners had paid their token tax online through the ePay Punjab app since July 2024, and urged the rest to use the app or the department's website instead of visiting an office. "Citizens can now pay from home in two minutes; nobody needs an agent," he said.
h-the-notification = The notification
p-government-of-the-punjab =
    { "*" }*GOVERNMENT OF THE PUNJAB**\
    { "*" }*EXCISE, TAXATION & NARCOTICS CONTROL DEPARTMENT**
p-no-et-nc-mv =
    No. ET&NC/MV/2025/117\
    Dated Lahore, the 16th March, 2025
p-notification-in-exercise-of = **NOTIFICATION.** In exercise of the powers conferred by section 3 of the Punjab Motor Vehicles Taxation Act, 1958, and with the approval of the competent authority, the Government of the Punjab is pleased to order as follows:
li-extension-of-deadline-the = **Extension of deadline.** The last date for payment of token tax for the financial year 2024-25 without surcharge is extended from 31 March 2025 to 15 April 2025.
li-timings-of-registration-centres = **Timings of registration centres.** During the remaining days of Ramadan, all motor registration centres in the Province shall observe the following timings:
li-monday-to-thursday-9 = Monday to Thursday: 9:00 a.m. to 2:00 p.m.;
li-friday-9-00-a = Friday: 9:00 a.m. to 12:30 p.m.;
li-saturday-10-00-a = Saturday: 10:00 a.m. to 1:00 p.m., for biometric verification only.
li-online-payment-token-tax = **Online payment.** Token tax, transfer fee and registration fee may be paid through:
li-the-epay-punjab-mobile = the ePay Punjab mobile app (Android and iOS);
li-the-website-https-www = the website https://www.excise.punjab.gov.pk; or
li-any-branch-of-the = any branch of the Bank of Punjab, against a PSID generated online.
li-documents-required-for-the = **Documents required.** For the biometric transfer of ownership, the buyer and the seller shall both appear in person with:
li-the-original-cnic-or = the original CNIC (or NICOP, for overseas Pakistanis);
li-the-original-registration-book = the original registration book or smart card;
li-proof-of-payment-of = proof of payment of all dues up to 30 June 2025.
li-schedule-of-fees-the = **Schedule of fees.** The fees payable shall be as given in the Schedule below, and no official shall demand or receive any amount in excess of it.
li-commencement-this-notification-shall = **Commencement.** This notification shall come into force at once and shall remain in force until 30 April 2025.
h-schedule = Schedule
cell-no = No.
cell-category-of-vehicle = Category of vehicle
cell-registration-fee-rs = Registration fee (Rs)
cell-token-tax-per-year = Token tax per year (Rs)
cell-remarks = Remarks
cell-motorcycle-or-scooter-up = Motorcycle or scooter up to 125 cc
cell-motorcycle-above-125-cc = Motorcycle above 125 cc
cell-one-time-token-for = One-time token for 10 years allowed
cell-motor-car-up-to = Motor car up to 1000 cc
cell-lifetime-token-rs-15 = Lifetime token: Rs 15,000<br>(optional)
cell-motor-car-1001-1300 = Motor car 1001–1300 cc
cell-plus-withholding-tax-as = Plus withholding tax as notified by FBR
cell-motor-car-1301-2000 = Motor car 1301–2000 cc
cell-plus-1-of-the = Plus 1% of the value of new cars
cell-electric-vehicle = Electric vehicle
cell-nil = Nil
cell-exempt-till-30-june = Exempt till 30 June 2026
p-no-date-even-a = **No. & Date Even.** A copy is forwarded for information and necessary action to:
li-the-principal-secretary-to = The Principal Secretary to the Chief Minister, Punjab.
li-the-director-general-excise = The Director General, Excise, Taxation & Narcotics Control, Punjab, Lahore.
li-all-regional-directors-and = All Regional Directors and Excise and Taxation Officers in the Province.
li-the-superintendent-government = The Superintendent, Government Printing Press, Punjab, Lahore, for publication in the Gazette (Extraordinary).
p-muhammad-asif-iqbal-section =
    Muhammad Asif Iqbal\
    Section Officer (Motor Vehicles)\
    Excise, Taxation & Narcotics Control Department\
    Government of the Punjab
h-helpline-and-complaints = Helpline and complaints
p-for-information-citizens-may = For information, citizens may call the helpline 042-99201234 between 9 a.m. and 5 p.m., or the toll-free number 0800-08786, or write to complaints@excise.punjab.gov.pk. A complaint about any official or agent demanding money can also be lodged on the Chief Minister's complaint portal, and the complainant's name will be kept secret.
p-the-spokesperson-said-that = The spokesperson said that the department had also launched a drive against vehicles with fake or applied-for number plates, and that after 15 April such vehicles would be impounded. Citizens who have bought a vehicle on an open transfer letter should have it transferred to their own name by the new deadline, he added, as the old owner's biometric will otherwise be required.
p-the-full-text-of = The full text of the notification, in English and Urdu, is available at https://www.excise.punjab.gov.pk/notifications (Ref. No. ET&NC/MV/2025/117).

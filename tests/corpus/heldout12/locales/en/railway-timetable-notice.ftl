### Source messages of content/railway-timetable-notice.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Pakistan Railways: revised timings of Up and Down trains from 1 July 2025
summary = New departure and arrival times, running days and fares for eight mail and express trains between Karachi, Lahore, Rawalpindi and Peshawar, with what passengers must carry.
h-notice-no-pr-tt = Notice No. PR/TT/2025/14
p-the-travelling-public-is = The travelling public is informed that, on account of track maintenance between Khanewal and Lodhran and the new summer timetable, the timings of the following trains will change from **1 July 2025**. Times are given as printed in the working timetable: mail trains in the 24-hour clock, express trains as announced at stations.
cell-train-no = Train No.
cell-name = Name
cell-from = From
cell-departure = Departure
cell-to = To
cell-arrival = Arrival
cell-days = Days
cell-economy = Economy
cell-ac-business = AC Business
cell-khyber-mail = Khyber Mail
cell-karachi-cantt = Karachi Cantt.
cell-peshawar-cantt = Peshawar Cantt.
cell-daily = Daily
cell-rs-2-450 = Rs 2,450/-
cell-rs-6-800 = Rs 6,800/-
cell-tezgam = Tezgam
cell-5-00-pm = 5:00 pm
cell-rawalpindi = Rawalpindi
cell-10-30-pm = 10:30 pm
cell-rs-2-300 = Rs 2,300/-
cell-rs-6-450 = Rs 6,450/-
cell-6-00-am-7 = ~~6:00 am~~ 7:00 am
cell-11-15-am = 11:15 am
cell-karachi-express = Karachi Express
cell-4-00-pm = 4:00 pm
cell-lahore = Lahore
cell-9-10-am = 9:10 am
cell-rs-1-900 = Rs 1,900/-
cell-rs-5-600 = Rs 5,600/-
cell-4-30-pm = 4:30 pm
cell-9-40-am = 9:40 am
cell-pak-business-express = Pak Business Express
cell-mon-thu = Mon, Thu
cell-rs-6-200 = Rs 6,200/-
cell-tue-fri = Tue, Fri
p-journeys-of-1up-and = Journeys of 1UP and 2DN take two nights; the arrival is on the third day. Fares are for a single adult and include the 2025–26 increase of 5%. Children from 3 to 10 years pay half fare.
p-please-note-that-the = Please note that the departure of 8DN Tezgam from Rawalpindi has been put back by one hour: it now leaves at ~~06:00~~ 07:00, and passengers holding tickets for the old time need not exchange them.
h-booking-and-refunds = Booking and refunds
p-seats-may-be-booked = Seats may be booked up to 30 days ahead at any reservation office, through the Rabta app or at https://pakrail.gov.pk. A ticket cancelled more than 48 hours before departure is refunded in full, less a charge of Rs 100/-; within 24 hours, 25% is deducted.
h-before-you-travel = Before you travel
li-original-cnic-or-b = Original CNIC or B-Form for children (photocopies are not accepted)
li-printed-or-sms-e = Printed or SMS e-ticket with the PNR number
li-senior-citizens-over-65 = Senior citizens over 65: CNIC for the 25% concession
li-students-a-valid-student = Students: a valid student card and a letter from the institution
li-drinking-water-and-food = Drinking water and food for the journey; the dining car runs on 1UP/2DN and 7UP/8DN only
p-luggage-of-more-than = Luggage of more than 35 kg in Economy and 50 kg in AC Business must be booked in the brake van.
h-enquiries = Enquiries
p-for-train-running-information = For train running information call UAN 117 from any phone, or the Lahore enquiry office at +92 42 9920 1234 (round the clock). Complaints may be sent in writing to:
p-divisional-superintendent-pakistan =
    Divisional Superintendent\
    Pakistan Railways, Lahore Division\
    Railway Headquarters, Empress Road\
    Lahore 54000
p-by-order-divisional-commercial =
    By order,
    Divisional Commercial Officer, Lahore

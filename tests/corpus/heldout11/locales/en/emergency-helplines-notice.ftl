### Source messages of content/emergency-helplines-notice.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Emergency helplines in Islamabad and Rawalpindi: numbers to keep by the phone
summary = Rescue, police, fire, ambulance and utility helplines for the twin cities, with their hours and what each one handles.
h-in-an-emergency = In an emergency
p-call-1122-for-rescue = Call **1122** for Rescue (ambulance, fire and road accidents) or **15** for the police. Both numbers are free from any mobile or landline, work 24/7, and need no area code. Keep calm, give your exact location and a landmark, and stay on the line until the operator ends the call.
h-if-the-line-is = If the line is busy
p-try-the-rescue-control = Try the Rescue control room directly at 051 9270 112, or send an SMS with your location to 8111.
h-other-helplines = Other helplines
cell-service = Service
cell-number = Number
cell-hours = Hours
cell-edhi-ambulance = Edhi ambulance
cell-fire-brigade-cda = Fire brigade (CDA)
cell-16-or-92-51 = 16 or +92 51 9252 940
cell-motorway-police = Motorway police
cell-gas-leak-sngpl = Gas leak (SNGPL)
cell-electricity-complaints-iesco = Electricity complaints (IESCO)
cell-118-or-0800-43726 = 118 or 0800 43726
cell-child-protection = Child protection
cell-09-00-17-00 = 09:00–17:00, Mon–Sat
p-for-water-supply-and = For water supply and sewerage, WASA Rawalpindi answers at (051) 111-927-200; in Islamabad the CDA's water directorate answers at 051-9252615.
h-before-you-call = Before you call
li-note-the-nearest-landmark = Note the nearest landmark: a mosque, school, petrol pump or bank.
li-if-someone-is-hurt = If someone is hurt, say how many people and whether they are breathing.
li-do-not-hang-up = Do not hang up first.
h-write-to-us = Write to us
p-complaints-about-a-helpline = Complaints about a helpline that did not answer can be sent by post or e-mail:
p-public-information-desk-capital =
    Public Information Desk\
    Capital Development Authority, Block 4\
    G-7/4, Islamabad 44000\
    complaints@cda.gov.pk
p-the-desk-replies-within = The desk replies within 7 working days. This notice was last checked on 28 May 2025; if a number has changed, tell us at the address above.

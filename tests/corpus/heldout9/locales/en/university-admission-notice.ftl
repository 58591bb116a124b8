### Source messages of content/university-admission-notice.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Admissions open: Fall 2025 at Potohar University of Science & Technology, Islamabad
summary = Applications are invited for BS, MBA (Exec.), M.Phil and Ph.D programmes. Apply online by 15 February 2025; entry test on 23 February. Eligibility, fees, dates and how to apply.
p-potohar-university-of-science = Potohar University of Science & Technology (PUST), Islamabad, a chartered university recognised by the Higher Education Commission (HEC), invites applications for admission to the following programmes for the Fall 2025 session. Admission is on merit, i.e., on the basis of academic record (50%), entry test (40%) and interview (10%), except where stated otherwise.
h-programmes-offered = Programmes offered
li-undergraduate-4-years-8 = **Undergraduate (4 years, 8 semesters):** BS-CS (Computer Science), BS-SE (Software Engineering), BS-AI (Artificial Intelligence), BBA (Hons.), BS Economics, BS English
li-graduate-2-years-mba = **Graduate (2 years):** MBA (Exec.) for working professionals, with weekend classes; MS-CS; M.Phil Economics; M.Phil English Linguistics
li-doctoral-3-5-years = **Doctoral (3–5 years):** Ph.D Computer Science, Ph.D Management Sciences, Ph.D Economics (M.Phil/Ph.D students on HEC scholarships may also apply)
h-eligibility = Eligibility
li-bs-cs-bs-se = BS-CS, BS-SE, BS-AI: Intermediate (FSc Pre-Engineering, ICS or equivalent) with at least 60% marks. FSc Pre-Medical students may apply, but must pass two deficiency courses in Mathematics (6 credit hours) in the first year.
li-bba-hons-bs-economics = BBA (Hons.), BS Economics, BS English: Intermediate in any group with at least 2nd division (45% marks).
li-a-level-students-must = A-Level students must submit an IBCC equivalence certificate; a provisional one is accepted at the time of applying.
li-mba-exec-16-years = MBA (Exec.): 16 years of education with a CGPA of 2.5/4.00 or 2nd division, and at least 2 years of work experience after the degree.
li-ms-m-phil-16 = MS/M.Phil: 16 years of education (BS 4 years or MA/MSc) with a CGPA of 2.5/4.00 or 2nd division, and the PUST GAT-type test or HEC's GAT (General) with at least 50% marks.
li-ph-d-ms-m = Ph.D: MS/M.Phil (18 years of education) with a CGPA of 3.0/4.00 or 1st division, and a GAT (Subject) or HAT score of at least 60%.
p-candidates-awaiting-their-intermediate = Candidates awaiting their Intermediate result may apply on the basis of their Part-I marks.
h-important-dates = Important dates
cell-activity = Activity
cell-date = Date
cell-time = Time
cell-online-applications-open = Online applications open
cell-9-00-am = 9:00 AM
cell-last-date-for-applications = Last date for applications
cell-11-59-pm = 11:59 PM
cell-admit-cards-on-the = Admit cards on the portal
cell-after-5-00-pm = after 5:00 PM
cell-entry-test-bs-and = Entry test (BS and MS)
cell-23-feb-2025-sunday = 23 Feb 2025 (Sunday)
cell-interviews-mba-exec-m = Interviews (MBA (Exec.), M.Phil/Ph.D)
cell-3-5-march-2025 = 3–5 March 2025
cell-14-30-onwards = 14:30 onwards
cell-first-merit-list = First merit list
cell-classes-begin = Classes begin
cell-8-30-am = 8:30 AM
p-last-date-for-online = **Last date for online applications: Saturday, 15 February 2025, 11:59 PM. Incomplete or late applications will not be entertained.**
p-the-last-date-was = The last date was first announced as 31 January; it has been extended because the results of the Intermediate supplementary examinations were delayed.
h-fees = Fees
p-the-application-processing-fee = The application processing fee is Rs. 2,500/- per programme (non-refundable). The tuition fee for BS programmes is PKR 45,000 per semester, plus a one-time admission fee of PKR 25,000 and a refundable security deposit of PKR 10,000. Fees for MBA (Exec.), MS, M.Phil and Ph.D programmes are given in the prospectus. Up to 20% of students receive need-based or merit scholarships, e.g., the PUST Merit Scholarship for the top 3 students of each programme, and Ehsaas/HEC need-based scholarships.
h-how-to-apply = How to apply
li-register-on-the-admissions = Register on the admissions portal at https://admissions.example.edu.pk/apply?session=fall-2025&level=ug with your own e-mail address and mobile number.
li-fill-in-the-online = Fill in the online form and upload the following, each as a JPG or PDF file of at most 500 KB:
li-a-recent-passport-size = a recent passport-size photograph with a blue background;
li-your-cnic-e-g = your CNIC (e.g., 35202-1234567-8) or, if you are under 18, your B-Form;
li-your-matric-and-intermediate = your Matric and Intermediate certificates or detailed marks certificates (DMCs), front and back;
li-for-mba-exec-an = for MBA (Exec.), an experience certificate from your employer.
li-download-the-fee-voucher = Download the fee voucher and pay Rs. 2,500/- at any branch of the bank named on it, or online through 1Bill, a mobile banking app, etc.
li-submit-the-form-you = Submit the form. You will receive a confirmation e-mail within 48 hours; if not, write to us with your application number.
li-print-your-admit-card = Print your admit card from the portal after 19 February and bring it, with your original CNIC, to the entry test.
p-an-urdu-guide-to = An Urdu guide to filling in the form, with screenshots, is available here: [داخلہ فارم پُر کرنے کا طریقہ (اردو)](https://admissions.example.edu.pk/help?topic=form&lang=ur). Applicants with a disability may ask for extra time in the test or a writer; please tell us at least 7 days before the test.
h-quota-and-reserved-seats = Quota and reserved seats
p-two-seats-in-each = Two seats in each BS programme are reserved for students with disabilities, two for students from Gilgit-Baltistan and Azad Jammu & Kashmir, and one for the children of PUST employees. Candidates applying on a reserved seat must also compete on open merit; they are considered for the reserved seat only if they are not admitted on merit.
h-contact = Contact
p-admissions-office-academic-block = Admissions Office, Academic Block A, Potohar University of Science & Technology, Park Road, Islamabad. Phone: +92-51-9085-1234 (ext. 210 and 211); WhatsApp (messages only): 0300-1234567. E-mail: admissions@example.edu.pk. Office hours: Monday to Thursday, 9:00 AM to 4:00 PM; Friday, 9:00 AM to 12:30 PM.
p-the-university-reserves-the = *The University reserves the right to cancel any programme if fewer than 20 students are admitted to it. Any admission obtained on the basis of false information will be cancelled at any stage.*

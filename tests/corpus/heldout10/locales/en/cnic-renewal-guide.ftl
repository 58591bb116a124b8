### Source messages of content/cnic-renewal-guide.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = How to renew your CNIC online
summary = A step-by-step guide to renewing a national identity card through the Pak-ID app, with fees and delivery times.
p-since-2023-nadra-lets = Since 2023, NADRA lets citizens renew their Computerised National Identity Card (CNIC) without visiting an office. You need a smartphone, your old card and about 15 minutes.
h-before-you-start = Before you start
li-your-old-cnic-or = Your old CNIC, or its number if it is lost
li-a-mobile-number-registered = A mobile number registered in your own name
li-a-debit-or-credit = A debit or credit card for the fee
h-steps = Steps
li-install-the-pak-id = Install the Pak-ID app from the Play Store or the App Store.
li-register-with-your-cnic = Register with your CNIC number and mobile number; you will receive a 6-digit code by SMS.
li-choose-renewal-and-check = Choose "Renewal" and check your details.
li-take-a-photo-against = Take a photo against a plain white wall, and scan your fingerprints with the phone's camera.
li-pay-the-fee-and = Pay the fee and note the tracking number (for example, 2024-05-1234567).
h-fees = Fees
p-the-normal-fee-is = The normal fee is Rs 750 and delivery takes about 30 days; the urgent fee is Rs 1,500 (15 days) and the executive fee Rs 2,500 (7 days).
p-if-the-app-rejects = If the app rejects your fingerprints three times, visit any NADRA office between 9:00 am and 5:00 pm, Monday to Friday.

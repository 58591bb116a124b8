### Source messages of content/air-quality-study-abstract.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Winter smog and asthma admissions in Lahore: a time-series study, 2019–2024
summary = Each rise of 10 µg/m³ in daily PM2.5 was followed by 2.3% more emergency admissions for asthma over the next three days. A plain-language summary of a study in Environmental Pollution.
p-lahore-has-ranked-among = Lahore has ranked among the most polluted cities in the world almost every November since 2017. Fine particles smaller than 2.5 micrometres (PM2.5) reach deep into the lungs, and earlier studies in South Asia have linked them to asthma attacks [1], [2–4]. This study asked how quickly, and how strongly, hospital admissions in Lahore follow the smog.
h-methods = Methods
p-we-took-daily-pm2 = We took daily PM2.5 and PM₁₀ readings from the five monitors of the Environment Protection Department, Punjab, for 1 October 2019 to 31 March 2024, and daily emergency admissions for asthma (ICD-10 codes J45–J46) from Mayo Hospital, Services Hospital and Jinnah Hospital.[^data] Days with readings from fewer than three monitors were dropped (4.1% of days).
p-we-fitted-a-quasi = We fitted a quasi-Poisson regression with a distributed lag of 0–7 days, adjusting for temperature, relative humidity, day of the week and public holidays. Effects are given as the relative risk (RR) per 10 µg/m³, with 95% confidence intervals (CI); a result was called significant at p < 0.05.
h-results = Results
p-over-1-643-days = Over 1,643 days the mean PM2.5 was 118.6 ± 71.2 µg/m³, more than 23 times the WHO guideline of 5 µg/m³ for the annual mean. The winter months were far worse:
cell-month = Month
cell-pm2-5-g-m = PM2.5 (µg/m³)
cell-pm-g-m = PM₁₀ (µg/m³)
cell-asthma-admissions-per-day = Asthma admissions per day
cell-october = October
cell-november = November
cell-december = December
cell-january = January
cell-february = February
cell-march = March
p-a-rise-of-10 = A rise of 10 µg/m³ in PM2.5 was followed by 2.3% more admissions over lags 0–3 (RR 1.023, 95% CI 1.016–1.031). Comparing the worst days (above 300 µg/m³) with days below 75 µg/m³, the risk of admission was 1.29 times as high (95% CI 1.12–1.48). In children under 12, the slope of log-admissions on PM2.5 was steeper (β = 0.34, SE 0.07, p < 0.001) than in adults (β = 0.19, SE 0.05).
p-the-effect-of-pm = The effect of PM₁₀ was weaker and lost significance once PM2.5 was in the model (p = 0.21). Days with a temperature inversion below 200 m, a condition of low mixing height, carried most of the effect.[^inversion]
alt-a-bar-chart-of = A bar chart of mean monthly PM2.5 in Lahore from October to March, rising from about 100 µg/m³ in October to a peak of about 250 in December and falling to under 90 in March; a dashed line marks Pakistan's 24-hour standard of 35 µg/m³
h-what-it-means = What it means
p-the-smog-season-costs = The smog season costs Lahore's three largest hospitals roughly 1,900 extra asthma admissions each winter. The greatest gains would come from cutting the peaks: crop-residue burning in October and November, brick kilns running on old technology, and diesel traffic. Measures such as the winter closures of schools and markets reduce exposure, but the regression suggests they need to start when the forecast, not the monitor, crosses 150 µg/m³.
h-limitations = Limitations
p-admissions-were-taken-from = Admissions were taken from three public hospitals only, and private clinics may see a different mix of patients. A monitor measures the air at one point; a family of six in a 40 m² house beside a main road may breathe twice the concentration it reports. Particle mass was measured, not composition: a concentration of 10⁻³ g/m³ of soot is not the same as the same mass of dust.
p-the-full-paper-is = The full paper is open access: Rehman S., Chaudhry B. A., Javed M. (2024). *Environmental Pollution* 356: 123456. https://doi.org/10.1016/j.envpol.2024.123456. Questions about the data may be sent to saima.rehman@gcu.edu.pk.[^funding]
# Footnote 1 ([^data]), referred to in p-we-took-daily-pm2
note-data-were-shared-under = Data were shared under an agreement with the Specialized Healthcare and Medical Education Department, Punjab; no patient's name or CNIC was seen by the authors.
# Footnote 2 ([^inversion]), referred to in p-the-effect-of-pm
note-inversion-heights-were-taken = Inversion heights were taken from the 00:00 and 12:00 UTC soundings at Lahore airport (station 41640).
# Footnote 2 ([^inversion]), referred to in p-the-effect-of-pm
note-on-38-days-no = On 38 days no sounding was available, and the height was estimated from the ERA5 reanalysis instead.
# Footnote 3 ([^funding]), referred to in p-the-full-paper-is
note-funded-by-the-higher = Funded by the Higher Education Commission under NRPU grant 20-17654/R&D/HEC/2022. The funder had no role in the analysis.

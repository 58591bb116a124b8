### Source messages of content/heatwave-science-explainer.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Why heatwaves are getting deadlier — and what 45°C really does to the body
summary = Humidity, concrete, CO₂ and El Niño: a plain guide to the science of extreme heat in Pakistan, with the numbers behind it and seven steps to stay safe.
p-every-may-the-thermometers = Every May the thermometers in upper Sindh climb past 50°C. Jacobabad, Dadu and Mohenjo-daro take turns at the top of the national table, and the Pakistan Meteorological Department's bulletins read like a fever chart. But the number on the thermometer tells only half the story. What kills in a heatwave is not the air temperature alone; it is what the heat, the humidity and the lack of relief at night do to a body that can no longer cool itself.
h-heat-is-not-just = Heat is not just temperature
p-the-human-body-is = The human body is a machine that runs at about 37°C and has to get rid of its own heat all the time. On a hot day it does this almost entirely by sweating: every gram of water (H₂O) that evaporates from the skin takes about 2.4 kJ of heat with it. When the air is dry, sweat evaporates quickly and a person can survive 45°C in the shade for hours. When the air is humid, sweat drips off instead of evaporating, and the cooling stops.
p-scientists-measure-this-with = Scientists measure this with the *wet-bulb temperature*, the temperature a thermometer shows when it is wrapped in a wet cloth. For years a wet-bulb temperature of 35°C was thought to be the limit of human survival. Laboratory tests on healthy young volunteers now put the real limit lower, at about 31°C,[^1] and for the elderly, for children and for labourers working in the sun it is lower still. Jacobabad is one of the few places on Earth where a wet-bulb temperature of 35°C has already been recorded, if only for an hour or two.
alt-a-bar-chart-of = A bar chart of the highest temperatures recorded in seven Pakistani cities in May 2024; Mohenjo-daro, Jacobabad, Dadu and Turbat are all above 50°C
caption-figure-1-highest-temperature = Figure 1: Highest temperature in May 2024, °C (illustrative data)
h-why-cities-are-hotter = Why cities are hotter than villages
p-cities-make-their-own = Cities make their own heat. Asphalt and concrete absorb sunlight all day — an asphalt road in Lahore can reach 60–70°C in the afternoon — and release it slowly all night, so the city never cools down. Every km² of trees and fields that is covered with buildings adds to this *urban heat island*, and air-conditioners pump still more heat into the streets. On a still night, the centre of Karachi or Lahore can be 3–5°C warmer than the countryside around it.
p-trees-work-in-the = Trees work in the opposite direction. A large neem or peepal tree can evaporate more than 100 litres (0.1 m³) of water on a hot day, cooling the air around it the way sweat cools the skin, and its shade keeps the ground beneath it up to 20°C cooler than bare road. This is why the deadliest heatwave in Pakistan's recent history, in June 2015, killed more than 1,200 people in Karachi, a city of concrete and little shade, where the sea breeze failed for several days.
alt-a-sketch-map-of = A sketch map of Pakistan's provinces and northern areas, shaded from pale yellow in the far north to dark red in Sindh, with dots for Karachi and Lahore
caption-figure-2-heatwave-days = Figure 2: Heatwave days by region in 2024 — the darker the red, the more days (illustration)
h-the-role-of-co = The role of CO₂ and El Niño
p-behind-the-local-heat = Behind the local heat lies a global trend. The amount of carbon dioxide (CO₂) in the atmosphere has passed 420 parts per million (ppm), up from about 280 ppm before the industrial age, and the extra CO₂ traps heat that would otherwise escape into space. The World Meteorological Organization (WMO) has confirmed 2024 as the warmest year on record, about 1.55°C above the 1850–1900 average.[^2] On top of this trend, El Niño — a periodic warming of the surface of the Pacific Ocean — added heat to the whole planet in 2023–24.
p-warming-of-1-5 = Warming of 1.5°C sounds small, but averages hide extremes. A shift of the average by one or two degrees makes days above 45°C, which were once rare, several times more common. Pakistan produces less than 1% of the world's greenhouse gases, yet it is among the ten countries most affected by climate change.
h-may-2024-in-seven = May 2024 in seven cities
cell-city = City
cell-highest-may-2024-c = Highest, May 2024 (°C)
cell-normal-may-maximum-c = Normal May maximum (°C)
cell-difference = Difference
cell-mohenjo-daro = Mohenjo-daro
cell-jacobabad = Jacobabad
cell-dadu = Dadu
cell-turbat = Turbat
cell-lahore = Lahore
cell-islamabad = Islamabad
cell-karachi = Karachi
h-seven-steps-in-a = Seven steps in a heatwave
li-drink-water-before-you = Drink water before you feel thirsty: an adult working outdoors needs 3–4 litres a day, more if sweating heavily.
li-stay-out-of-the = Stay out of the sun between 11 a.m. and 4 p.m., the hottest hours of the day.
li-wear-loose-light-coloured = Wear loose, light-coloured cotton, and cover your head with a cap or a wet cloth.
li-never-leave-a-child = Never leave a child or an old person in a parked car; inside a closed car the temperature can rise by 10°C in 10 minutes.
li-keep-ors-at-home = Keep ORS at home, and give it to anyone who has been vomiting or has diarrhoea in the heat.
li-learn-the-signs-of = Learn the signs of heatstroke (a body temperature above 40°C, confusion, hot and dry skin) and call 1122 at once if you see them.
li-check-on-neighbours-who = Check on neighbours who live alone, especially the elderly, at least once a day.
p-the-national-disaster-management = The National Disaster Management Authority (NDMA) and the provincial disaster authorities issue heatwave advisories a few days in advance; they are worth reading, and worth passing on to those who do not read them.
# Footnote 1 ([^1]), referred to in p-scientists-measure-this-with
note-vecellio-and-others-evaluating = Vecellio and others, "Evaluating the 35°C wet-bulb temperature adaptability threshold for young, healthy subjects", *Journal of Applied Physiology*, vol. 132, 2022, pp. 340–345.
# Footnote 2 ([^2]), referred to in p-behind-the-local-heat
note-wmo-press-release-10 = WMO press release, 10 January 2025: https://wmo.int/news/media-centre/wmo-confirms-2024-warmest-year-record-about-155degc-above-pre-industrial-level

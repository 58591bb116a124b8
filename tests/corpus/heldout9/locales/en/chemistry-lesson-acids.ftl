### Source messages of content/chemistry-lesson-acids.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Acids, bases and salts: what the pH scale tells us
summary = A Class 9 chemistry lesson: H⁺ and OH⁻ ions, the pH scale from 0 to 14, indicators and their colours, neutralisation, and a red-cabbage experiment you can do at home.
p-lemon-juice-tastes-sour = Lemon juice tastes sour, soap feels slippery, and a spoonful of baking soda in a glass of vinegar fizzes over the top. All three are everyday chemistry. Lemon juice and vinegar are acids, soap and baking soda are bases, and the fizz is what happens when the two meet. In this lesson we will learn what makes a substance an acid or a base, how chemists measure how strong it is, and why a farmer in Punjab and a doctor in Karachi both care about the answer.
h-what-makes-an-acid = What makes an acid an acid?
p-in-1884-the-swedish = In 1884 the Swedish chemist Svante Arrhenius gave a simple answer. An **acid** is a substance that gives hydrogen ions, H⁺, when it dissolves in water. A **base** is a substance that gives hydroxide ions, OH⁻. Hydrochloric acid, for example, splits completely into ions:
p-hcl-aq-h-aq = HCl(aq) → H⁺(aq) + Cl⁻(aq)
p-sulphuric-acid-h-so = Sulphuric acid, H₂SO₄, gives two hydrogen ions for each molecule, and sodium hydroxide, NaOH, gives one hydroxide ion. Some acids are weak: only a small part of them splits into ions, and the rest stays as whole molecules. When carbon dioxide dissolves in water it forms carbonic acid, and the reaction goes both ways, which we show with a double arrow:
p-that-is-why-soda = That is why soda water is slightly sour. Rain, too, dissolves CO₂ from the air, so even clean rain is a little acidic.
p-ions-can-carry-more = Ions can carry more than one charge. The calcium ion Ca²⁺ and the magnesium ion Mg²⁺ make water "hard": they stop soap from lathering and leave white scale in kettles. The sulphate ion, SO₄²⁻, carries two negative charges.
h-the-ph-scale = The pH scale
p-pure-water-h2o-is = Pure water, H2O, is neutral. A very small number of its molecules split into ions, and at 25 °C the concentration of H⁺ is 1 × 10⁻⁷ mol/L, exactly equal to the concentration of OH⁻. Writing such small numbers is clumsy, so in 1909 the Danish chemist Søren Sørensen proposed the pH scale: pH = −log[H⁺]. For pure water, −log(10⁻⁷) = 7.
p-remember-that-a-mole = Remember that a mole is a very large number of particles, 6.02 × 10²³. Even at pH 7, a litre of water holds about 6 × 10¹⁶ hydrogen ions.
p-the-scale-usually-runs = The scale usually runs from 0 to 14. Below 7 a solution is acidic, above 7 it is basic (or alkaline), and each step is ten times stronger than the next: a solution of pH 3 has ten times more H⁺ than one of pH 4, and a thousand times more than one of pH 6. On a calculator you press "log" and change the sign; in a spreadsheet the same formula is `=-LOG10(A2)`, with the concentration in cell A2.
alt-a-strip-of-fifteen = A strip of fifteen coloured squares numbered 0 to 14, from red at 0 through orange, yellow and green at 7 to blue and purple at 14, with a red arrow pointing left under the acids and a blue arrow pointing right under the bases
caption-the-ph-scale-acids = The pH scale: acids below 7, bases above 7
p-some-values-to-remember = Some values to remember: stomach acid 1.5–3.5, lemon juice about 2, vinegar about 3, clean rain 5.6, blood 7.4, baking soda solution 8.3, soap 9–10 and household bleach 12–13. Neutral is exactly 7 only at 25 °C: at 100°C pure water has a pH of about 6.1, and it is still neutral, because H⁺ and OH⁻ are still equal.
h-indicators = Indicators
p-an-indicator-is-a = An indicator is a dye whose colour depends on the pH. The oldest is litmus, made from lichens: blue litmus paper turns red in an acid, and red litmus paper turns blue in a base.
cell-indicator = Indicator
cell-colour-in-acid = Colour in acid
cell-colour-in-base = Colour in base
cell-changes-between-ph = Changes between pH
cell-litmus = Litmus
cell-red = red
cell-blue = blue
cell-phenolphthalein = Phenolphthalein
cell-colourless = colourless
cell-pink = pink
cell-methyl-orange = Methyl orange
cell-yellow = yellow
cell-red-cabbage-juice = Red cabbage juice
cell-green-to-yellow = green to yellow
cell-universal-indicator = Universal indicator
cell-violet = violet
p-a-universal-indicator-is = A universal indicator is a mixture of several dyes, and its colour tells you the pH to within about one unit. For an exact value, laboratories use a pH meter.
h-neutralisation = Neutralisation
p-when-an-acid-and = When an acid and a base react, the H⁺ of the acid and the OH⁻ of the base join to form water, and the rest of the two makes a **salt**:
p-acid-base-salt-water = acid + base → salt + water
p-hcl-naoh-nacl-h = HCl + NaOH → NaCl + H₂O
p-neutralisation-is-everywhere-an = Neutralisation is everywhere. An antacid tablet with sodium bicarbonate, NaHCO₃, neutralises extra stomach acid, and the gas that makes you burp is carbon dioxide: NaHCO₃ + HCl → NaCl + H₂O + CO₂. Farmers spread lime, Ca(OH)₂, on soil that is too acidic; most soils in Punjab are alkaline instead, and farmers add gypsum to them. In winter, salt water stays liquid at −5 °C, which is why salt is spread on icy roads in the north.
h-experiment-a-red-cabbage = Experiment: a red-cabbage indicator
p-you-will-need-a = You will need a quarter of a red cabbage, water, a strainer, six clear glasses, and small amounts of lemon juice, vinegar, baking soda, washing soda, soap and tap water.
li-chop-the-cabbage-finely = Chop the cabbage finely and boil it in two cups of water for 10 minutes.
li-let-it-cool-then = Let it cool, then strain it. Keep the purple liquid; this is your indicator.
li-fill-each-glass-full = Fill each glass ½ full with the indicator.
li-add-a-few-drops = Add a few drops of lemon juice to the first glass and vinegar to the second.
li-dissolve-3-4-of = Dissolve 3/4 of a teaspoon of baking soda in the third glass, and the same amount of washing soda in the fourth.
li-add-a-little-soap = Add a little soap to the fifth glass and tap water to the sixth.
li-note-each-colour-in = Note each colour in your notebook and arrange the glasses from the most acidic to the most basic.
quote-safety-first-never-taste = ⚠️ **Safety first:** never taste or smell chemicals in the laboratory. Wear goggles when you work with acids or bases, and always add acid to water, never water to acid: concentrated H₂SO₄ gives off so much heat that the water can boil and splash. If an acid touches your skin, wash it under running water for at least 10 minutes and tell your teacher.
h-check-yourself = Check yourself
li-why-does-a-solution = Why does a solution of pH 2 have 100 times more H⁺ than one of pH 4?
li-write-the-equation-for = Write the equation for the neutralisation of HCl by NaOH, and name the salt.
li-which-indicator-would-you = Which indicator would you choose to see the end of a reaction at pH 9?

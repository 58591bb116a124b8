### Source messages of content/physics-lesson-moments.md, written by `safha extract`.
### Edit the Markdown, not this file; translations use the same ids.

title = Class 9 Physics, Unit 4: the turning effect of a force
summary = Moments, the principle of moments and levers, with worked examples from a see-saw, a spanner and a wheelbarrow; a lesson for Matric students, with exercises and a short Python program.
p-push-a-door-near = Push a door near its hinges and it hardly moves; push it at the handle and it swings open. The force is the same, but its **turning effect** is not. In this lesson we learn how to measure that turning effect, which physicists call the *moment* of a force (or its *torque*).
h-4-1-the-moment = 4.1 The moment of a force
p-the-moment-of-a = The moment of a force about a point is the force multiplied by the perpendicular distance from the point to the line of the force:
p-moment-force-perpendicular-distance = **moment = force × perpendicular distance**, or τ = F × d
p-the-unit-of-moment = The unit of moment is the newton-metre (N m). A force of 20 N applied 0.5 m from a hinge has a moment of 20 × 0.5 = 10 N m. The same force at 3/4 of a metre has a moment of 20 × 3/4 = 15 N m, 50% more.
p-by-convention-an-anticlockwise = By convention, an anticlockwise moment is positive and a clockwise moment is negative. So if a clockwise force of 12 N acts 2 m from the pivot, its moment is −24 N m, and a total of +10 N m and −24 N m is −14 N m: the object turns clockwise.
p-if-the-force-is = If the force is not at right angles to the lever, only part of it turns the lever. At an angle θ, the moment is τ = F × d × sin θ. Since sin 30° = 1/2, a force of 40 N pulling at 30° to a spanner 0.25 m long gives 40 × 0.25 × 0.5 = 5 N m, only half of what it gives at 90°.
h-4-2-the-principle = 4.2 The principle of moments
p-when-a-body-is = When a body is in equilibrium, the sum of the clockwise moments about any point equals the sum of the anticlockwise moments about the same point:
p-example-ali-weight-480 = **Example.** Ali (weight 480 N) sits 1.5 m from the middle of a see-saw. Where must his sister Hina (weight 360 N) sit to balance him?
p-360-d-480-1 = 360 × d = 480 × 1.5, so d = 720 ÷ 360 = 2 m.
p-the-ratio-of-their = The ratio of their distances, 1.5 : 2 or 3:4, is the inverse of the ratio of their weights, 480 : 360 or 4:3. The lighter child must sit further out.
h-4-3-levers = 4.3 Levers
p-a-lever-lets-a = A lever lets a small effort move a large load. Its **mechanical advantage** (MA) is load ÷ effort. A crowbar with an MA of 5 turns an effort of 100 N into a force of 500 N, at the price of moving 5 times as far.
p-levers-are-put-in = Levers are put in three classes by where the pivot (fulcrum) is:
li-first-class-the-pivot = **First class**: the pivot is between the effort and the load, as in a see-saw, a pair of scissors or a *dhenkli*, the old well-sweep of Punjab's villages.
p-its-ma-can-be = Its MA can be greater or less than 1, depending on which arm is longer.
li-second-class-the-load = **Second class**: the load is between the pivot and the effort, as in a wheelbarrow or a nutcracker.
p-its-ma-is-always = Its MA is always greater than 1. A wheelbarrow with the load 0.4 m from the wheel and the handles 1.6 m from it has an MA of 1.6 ÷ 0.4 = 4, in the ratio 1:4.
li-third-class-the-effort = **Third class**: the effort is between the pivot and the load, as in a pair of tongs or your own forearm.
p-its-ma-is-always-2 = Its MA is always less than 1, but the load moves further and faster than the effort.
p-no-real-machine-is = No real machine is perfect. A lever's **efficiency** is the work it puts out divided by the work put in, times 100%. A rusty hand pump that puts out 360 J for every 450 J of effort has an efficiency of 360/450 × 100% = 80%.
h-4-4-check-with = 4.4 Check with a computer
p-you-can-check-your = You can check your answers with a few lines of Python. The function `balance_distance()` returns where the second weight must sit:
p-type-python3-moments-py = Type `python3 moments.py` in a terminal to run it. Change the numbers and see what happens when `w2` is 0.
h-exercises = Exercises
p-questions-1-to-4 = Questions 1 to 4 are in the textbook, on page 87. Do these as well:
li-a-spanner-30-cm = A spanner 30 cm long is used to turn a nut. If a force of 50 N is applied at the end, at right angles, what is the moment? (Answer: 15 N m.)
li-a-metre-rule-is = A metre rule is balanced at its 50 cm mark. A 2 N weight hangs at the 20 cm mark. Where must a 3 N weight hang to balance it?
li-in-sargodha-on-a = In Sargodha on a January morning the temperature was −2 °C at 6 am and 14 °C at 2 pm. By how many degrees did it rise? Why has this question got nothing to do with moments?
li-show-that-a-lever = Show that a lever with MA = 2.5 and an effort of 2 × 10² N can lift a load of 5 × 10² N.
p-remember-always-convert-centimetres = *Remember: always convert centimetres to metres (1 cm = 10⁻² m) before you multiply.*

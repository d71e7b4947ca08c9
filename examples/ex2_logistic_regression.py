"""Will an applicant with exam scores 45 and 85 be admitted? Which microchips pass quality assurance?
(the course's ex2: logistic regression, then regularised logistic regression)

Part 1 fits admitted ~ sigmoid(theta0 + theta1*exam1 + theta2*exam2) on data/ex2data1.csv (100
applicants) by minimising cost_function with fmincg (MaxIter 400, from zeros; the course used fminunc
for 400 iterations). Part 2 maps two microchip test results (data/ex2data2.csv, 118 chips) to the 28
polynomial features of map_feature and fits them with cost_function_reg, lambda 1, the same way. Both
print the course's checks (cost and gradient at the published thetas), the fit, and its training
accuracy.

Measured (numpy 2.4, this project's fmincg): part 1 stops after two failed line searches at cost
0.203498, theta (-25.161, 0.206, 0.201), P(admit | 45, 85) = 0.776 and 89.0% training accuracy, the
course's figures (fminunc: cost 0.203, 0.775 +/- 0.002, 89.0%); Octave's fmincg gives the same to the
digits printed (it stops after 170 line searches, this port after 135: near the optimum the trace is
chaotic). Part 2, lambda 1, reaches cost 0.529 and 83.1% (83.05%; the course: 83.1% approx), also
lambda 0 (88.1%: overfitting; still descending after 400 line searches, cost 0.282 here and 0.284 in
Octave) and lambda 100 (61.0%: underfitting), as the course has its students try; Octave gives the same
accuracies.

Run from anywhere:  .venv/bin/python examples/ex2_logistic_regression.py
"""

import numpy as np

from pyport import cost_function, cost_function_reg, fmincg, map_feature, predict, sigmoid
from pyport.datasets import load

OPTIONS = {"MaxIter": 400, "Display": "off"}

# Part 1: admissions, two exam scores.
scores = load("ex2data1").values
X, y = np.column_stack([np.ones(len(scores)), scores[:, :2]]), scores[:, 2]
J, grad = cost_function(np.zeros(3), X, y)
print(f"theta = 0:             cost {J:.6f} (course: 0.693147), gradient {np.round(grad, 4)}")
J, grad = cost_function(np.array([-24, 0.2, 0.2]), X, y)
print(f"theta = [-24 0.2 0.2]: cost {J:.3f} (course: 0.218), gradient {np.round(grad, 3)}")

theta, costs, searches = fmincg(cost_function, np.zeros(3), OPTIONS, X, y)
print(f"fmincg: stopped after {searches} line searches, cost {costs[-1]:.6f}, theta {np.round(theta, 3)}")
print(f"P(admitted | exam scores 45 and 85) = {sigmoid(np.array([1, 45, 85]) @ theta):.3f}")
print(f"training accuracy: {np.mean(predict(theta, X) == y) * 100:.1f}%")

# Part 2: microchips, 28 polynomial features of two test results, lambda 1.
chips = load("ex2data2").values
X, y = map_feature(chips[:, 0], chips[:, 1]), chips[:, 2]
J0, _ = cost_function_reg(np.zeros(28), X, y, 1)
J1, _ = cost_function_reg(np.ones(28), X, y, 10)
print(f"\nmicrochips: theta = 0, lambda 1: cost {J0:.3f} (course: 0.693); "
      f"theta = 1, lambda 10: cost {J1:.2f} (course: 3.16)")
for lam in (0.0, 1.0, 100.0):
    theta, costs, _ = fmincg(cost_function_reg, np.zeros(28), OPTIONS, X, y, lam)
    print(f"lambda {lam:5g}: cost {costs[-1]:.3f}, training accuracy {np.mean(predict(theta, X) == y) * 100:.1f}%")

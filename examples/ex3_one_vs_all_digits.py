"""How well does one-vs-all logistic regression tell ten digits apart? (the course's ex3, part 1)

The course trains ten regularised logistic-regression classifiers on 5000 scanned 20x20 digits and
reports about 95% training accuracy. That data set is not shipped here, so this script DRAWS A SYNTHETIC
ONE with a seeded generator: each digit is a 3x5 seven-segment glyph (15 pixels), and every example is
its glyph plus Gaussian noise (standard deviation 0.35). It trains one_vs_all (fmincg, 50 line searches
per class, lambda 0.1) on 1000 noisy digits, then reports the accuracy on them and on 1000 fresh ones,
and which digits are confused most.

Labels are 0-based in the ports (README, "Indices"); here a label is the digit itself (the course,
1-based, calls the digit 0 "10").

Run from anywhere:  .venv/bin/python examples/ex3_one_vs_all_digits.py
"""

import numpy as np

from pyport import one_vs_all, predict_one_vs_all

GLYPHS = {  # 5 rows of 3 pixels each, '#' lit
    0: "### #.# #.# #.# ###", 1: "..# ..# ..# ..# ..#", 2: "### ..# ### #.. ###", 3: "### ..# ### ..# ###",
    4: "#.# #.# ### ..# ..#", 5: "### #.. ### ..# ###", 6: "### #.. ### #.# ###", 7: "### ..# ..# ..# ..#",
    8: "### #.# ### #.# ###", 9: "### #.# ### ..# ###",
}
TEMPLATES = np.array([[c == "#" for c in GLYPHS[d].replace(" ", "")] for d in range(10)], dtype=float)
NOISE, LAMBDA = 0.35, 0.1

rng = np.random.default_rng(2026)


def draw(m):
    """m noisy digits (m-by-15) and their labels, the digits themselves (0..9)."""
    y = rng.integers(0, 10, m)
    return TEMPLATES[y] + NOISE * rng.standard_normal((m, 15)), y


X, y = draw(1000)
X_test, y_test = draw(1000)

all_theta = one_vs_all(X, y, 10, LAMBDA)  # Octave: all_theta = oneVsAll (X, y + 1, 10, 0.1)
train = np.mean(predict_one_vs_all(all_theta, X) == y) * 100  # Octave: mean (double (pred == y)) * 100
p_test = predict_one_vs_all(all_theta, X_test)
test = np.mean(p_test == y_test) * 100
print(f"one-vs-all logistic regression, lambda {LAMBDA}, noise {NOISE}:")
print(f"  training set accuracy: {train:.1f}%  (1000 digits)")
print(f"  fresh digits accuracy: {test:.1f}%  (1000 digits)")

confusion = np.zeros((10, 10), dtype=int)
np.add.at(confusion, (y_test, p_test), 1)
np.fill_diagonal(confusion, 0)
worst = np.dstack(np.unravel_index(np.argsort(confusion, axis=None)[::-1][:3], confusion.shape))[0]
print("  most confused (true -> predicted):", ", ".join(f"{t} -> {p} ({confusion[t, p]}x)" for t, p in worst))

"""Does back propagation compute the right gradient, and does the network beat one-vs-all? (the course's ex4)

The course checks nnCostFunction's gradient on a small debug network, then trains a 400-25-10 network
on 5000 scanned digits with fmincg and reports about 95% training accuracy. That data set is not
shipped here, so this script DRAWS A SYNTHETIC ONE with a seeded generator: the noisy 3x5 seven-segment
digits of examples/ex3_one_vs_all_digits.py (15 pixels, noise 0.35). It

1. checks the gradient: central differences (compute_numerical_gradient) against back propagation on
   the debug network (3 inputs, 5 hidden units, 3 classes, debug_initialize_weights), lambda 0 and 3;
2. trains a 15-25-10 network (rand_initialize_weights, fmincg for 100 line searches, lambda 1) and
   one-vs-all logistic regression on the same 1000 digits, and compares them on 1000 fresh ones.

Labels are 0-based in the ports; here a label is the digit itself.

Run from anywhere:  .venv/bin/python examples/ex4_classification_network.py
"""

import numpy as np

from pyport import (compute_numerical_gradient, debug_initialize_weights, fmincg, nn_cost_function, one_vs_all,
                    predict, predict_one_vs_all, rand_initialize_weights, unroll)

GLYPHS = {  # 5 rows of 3 pixels each, '#' lit
    0: "### #.# #.# #.# ###", 1: "..# ..# ..# ..# ..#", 2: "### ..# ### #.. ###", 3: "### ..# ### ..# ###",
    4: "#.# #.# ### ..# ..#", 5: "### #.. ### ..# ###", 6: "### #.. ### #.# ###", 7: "### ..# ..# ..# ..#",
    8: "### #.# ### #.# ###", 9: "### #.# ### ..# ###",
}
TEMPLATES = np.array([[c == "#" for c in GLYPHS[d].replace(" ", "")] for d in range(10)], dtype=float)
NOISE, LAMBDA, HIDDEN = 0.35, 1.0, 25

# 1. Gradient checking on the debug network (Octave: the same with y + 1).
params = unroll(debug_initialize_weights(5, 3), debug_initialize_weights(3, 5))
X_dbg, y_dbg = debug_initialize_weights(5, 2), np.arange(1, 6) % 3
for lam in (0.0, 3.0):
    cost = lambda p, lam=lam: nn_cost_function(p, 3, 5, 3, X_dbg, y_dbg, lam)  # noqa: E731
    numgrad, grad = compute_numerical_gradient(cost, params), cost(params).grad
    rel = np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad)
    print(f"gradient check, lambda {lam:g}: relative difference {rel:.2e} (below 1e-9 when right)")

# 2. Train on synthetic digits.
rng = np.random.default_rng(2026)


def draw(m):
    y = rng.integers(0, 10, m)
    return TEMPLATES[y] + NOISE * rng.standard_normal((m, 15)), y


X, y = draw(1000)
X_test, y_test = draw(1000)
start = unroll(rand_initialize_weights(15, HIDDEN, rng=rng), rand_initialize_weights(HIDDEN, 10, rng=rng))
# Octave: fmincg (@(p) nnCostFunction (p, 15, 25, 10, X, y + 1, 1), start, optimset ("MaxIter", 100))
trained, J_history, _ = fmincg(lambda p: nn_cost_function(p, 15, HIDDEN, 10, X, y, LAMBDA), start, {"MaxIter": 100})
Theta1 = trained[:HIDDEN * 16].reshape(HIDDEN, 16, order="F")
Theta2 = trained[HIDDEN * 16:].reshape(10, HIDDEN + 1, order="F")
print(f"network 15-{HIDDEN}-10, lambda {LAMBDA:g}: cost {J_history[0]:.4f} -> {J_history[-1]:.4f} "
      f"in {len(J_history)} line searches")

all_theta = one_vs_all(X, y, 10, 0.1)
for name, on_train, on_test in (
        ("network   ", predict(Theta1, Theta2, X), predict(Theta1, Theta2, X_test)),
        ("one-vs-all", predict_one_vs_all(all_theta, X), predict_one_vs_all(all_theta, X_test))):
    print(f"  {name}: training accuracy {np.mean(on_train == y) * 100:.1f}%, "
          f"fresh digits {np.mean(on_test == y_test) * 100:.1f}%")

"""Why does my linear model blow up with learning rate 30, and which rate converges?

Fits y = w1*x1 + w2*x2 + b to 50 points made from w = (16, -14), b = 36 with integer features below
10, the way it is often written in a deep-learning framework: a summed squared loss
L = sum((pred - y)**2) and plain SGD with lr = 30. The ports minimise J = sum((pred - y)**2) / (2m)
instead; since dL/dtheta = 2m * dJ/dtheta, a framework step of lr is the ports' step of
alpha = 2*m*lr. The script runs gradient_descent_multi at that alpha and prints the warning it gives
(LearningRateWarning: alpha, the stable limit, the iteration), then at a rate below the limit, where
it recovers 16, -14 and 36.

Run from anywhere:  .venv/bin/python examples/diverging_learning_rate.py
"""

import warnings

import numpy as np

from pyport import LearningRateWarning, gradient_descent_multi, stable_learning_rate

rng = np.random.default_rng(30)
m = 50
features = rng.integers(0, 10, (m, 2)).astype(float)
y = features @ np.array([16.0, -14.0]) + 36.0
X = np.c_[np.ones(m), features]          # ones first: theta = (b, w1, w2)

LR = 30.0
alpha = 2 * m * LR
print(f"framework: summed squared loss, lr = {LR:g}  ->  ports: cost / (2m), alpha = 2*m*lr = {alpha:g}")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always", LearningRateWarning)
    theta, J_history = gradient_descent_multi(X, y, np.zeros(3), alpha, 200)
for w in caught:
    print(f"  {w.category.__name__}: {w.message}")
print(f"  after 200 updates: theta = {theta}, last cost {J_history[-1]}")

alpha_max = stable_learning_rate(X)
print(f"\nstable limit: alpha < 2 / lambda_max(X'X/m) = {alpha_max:.6g}, "
      f"that is a framework lr < alpha_max / (2m) = {alpha_max / (2 * m):.6g} with the summed loss")
alpha_ok = 0.9 * alpha_max
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always", LearningRateWarning)
    theta, J_history = gradient_descent_multi(X, y, np.zeros(3), alpha_ok, 20000)
print(f"at alpha = 0.9 * limit = {alpha_ok:.6g} (framework lr {alpha_ok / (2 * m):.6g}), 20000 updates, "
      f"{len(caught)} warnings:")
print(f"  b = {theta[0]:.6f}, w1 = {theta[1]:.6f}, w2 = {theta[2]:.6f}   (made from 36, 16, -14)")
print(f"  final cost {J_history[-1]:.3e}; largest error {np.max(np.abs(theta - [36, 16, -14])):.1e}")

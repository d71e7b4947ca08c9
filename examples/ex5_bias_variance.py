"""ex5: which lambda should regularise a degree-8 polynomial fit, and what do the learning curves say?

The course fits the water flowing out of a dam against the change in the reservoir's water level
(ex5data1: 12 training, 21 validation and 21 test examples, levels from about -50 to 40). That data
set is not shipped here: this script draws a SYNTHETIC set like it, from a seeded generator (the same
numbers every run): levels uniform on [-50, 40], a flow that rises along an S-shaped curve, plus
noise. Then, as the exercise does, it
  1. fits a straight line (lambda 0) and reads its learning curve,
  2. maps the level onto its powers 1 to 8 (poly_features), normalises them, and reads the learning
     curve of the unregularised polynomial,
  3. runs the validation curve over the course's ten lambdas and keeps the one with the least
     validation error, then reports that fit's error on the test set.

Run from anywhere:  .venv/bin/python examples/ex5_bias_variance.py
"""

import numpy as np

from pyport import feature_normalize, learning_curve, linear_reg_cost_function, poly_features, train_linear_reg
from pyport import validation_curve

SEED, P = 5, 8
rng = np.random.default_rng(SEED)


def draw(m):
    """m synthetic (level, flow) pairs: flow = 2 + 35 / (1 + exp(-(level - 10) / 9)) + noise."""
    level = rng.uniform(-50, 40, m)
    return level, 2 + 35 / (1 + np.exp(-(level - 10) / 9)) + rng.normal(0, 2.0, m)


(x, y), (xval, yval), (xtest, ytest) = draw(12), draw(21), draw(21)
ones = lambda v: np.ones((len(v), 1))  # noqa: E731


def show(title, errors):
    error_train, error_val = errors
    print(title)
    print(f"  {'examples':>8}  {'train error':>12}  {'validation error':>16}")
    for i, (et, ev) in enumerate(zip(error_train, error_val), start=1):
        print(f"  {i:>8}  {et:>12.3f}  {ev:>16.3f}")


# 1. A straight line: both errors stay high and meet as examples are added -- high bias (underfits).
X, Xval = np.hstack([ones(x), x[:, None]]), np.hstack([ones(xval), xval[:, None]])
linear = learning_curve(X, y, Xval, yval, 0)
show("Straight line, lambda 0:", linear)

# 2. Powers 1..8, normalised with the training set's mean and deviation (as the course does).
P_train, mu, sigma = feature_normalize(poly_features(x, P))
scale = lambda v: np.hstack([ones(v), (poly_features(v, P) - mu) / sigma])  # noqa: E731
X_poly, X_poly_val, X_poly_test = np.hstack([ones(x), P_train]), scale(xval), scale(xtest)
poly = learning_curve(X_poly, y, X_poly_val, yval, 0)
show(f"\nPolynomial of degree {P}, lambda 0:", poly)

# 3. The validation curve picks lambda; the test set, untouched until now, says how well it generalises.
lambda_vec, error_train, error_val = validation_curve(X_poly, y, X_poly_val, yval)
print(f"\n{'lambda':>8}  {'train error':>12}  {'validation error':>16}")
for lam, et, ev in zip(lambda_vec, error_train, error_val):
    print(f"{lam:>8g}  {et:>12.3f}  {ev:>16.3f}")
best = lambda_vec[np.argmin(error_val)]
theta = train_linear_reg(X_poly, y, best)
test_error = linear_reg_cost_function(X_poly_test, ytest, theta, 0).f

print(f"""
Answers (synthetic data, seed {SEED}):
- Straight line: with all 12 examples the training error is {linear.error_train[-1]:.1f} and the validation
  error {linear.error_val[-1]:.1f}: both high and close together -- high bias; more data will not help.
- Degree {P}, lambda 0: the training error falls to {poly.error_train[-1]:.3f} while the validation error stays at
  {poly.error_val[-1]:.1f} -- a wide gap: high variance (it overfits the 12 points).
- The validation curve picks lambda = {best:g} (validation error {error_val.min():.3f}); on the test set that fit's
  error is {test_error:.3f}. (The course's own data pick lambda = 3, with a test error of about 3.8.)""")

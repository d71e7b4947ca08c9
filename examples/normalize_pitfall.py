"""Why does gradient descent return NaN after I normalised my features?

On data/age_height_weight.csv, two hand-written normalisations that divide by a standard deviation of 0
(that of the column of ones, and that of a one-row slice) and so make gradient descent return NaN, next
to feature_normalize applied to the features only, which stays finite. Then numpy's std (divides by N)
against Octave's std (N-1), which feature_normalize follows.

Run from anywhere:  .venv/bin/python examples/normalize_pitfall.py
"""


import numpy as np

from pyport import feature_normalize, gradient_descent_multi, normal_eqn
from pyport.datasets import load

ALPHA, NUM_ITERS = 0.1, 400
_, data = load("age_height_weight")
X, y = data[:, :2], data[:, 2]  # features age, height; target weight
m = len(y)
ones = np.ones((m, 1))
X_with_ones = np.hstack([ones, X])


def descend(design):
    with np.errstate(invalid="ignore"):  # Inf * 0 in the first prediction would warn
        theta, J = gradient_descent_multi(design, y, np.zeros(3), ALPHA, NUM_ITERS)
    return f"theta = {theta}, J after updates 1, 2: {J[:2]}, after the last: {J[-1]:.6g}"


print("(numpy's RuntimeWarnings for 0/0 and Inf*0 are silenced below; without that they would be printed)\n")
print("1. Normalising the design matrix after the column of ones was added")
print("   (X_with_ones - X_with_ones.mean(axis=0)) / X_with_ones.std(axis=0)")
with np.errstate(divide="ignore", invalid="ignore"):  # numpy would warn about 0/0 here
    bad1 = (X_with_ones - X_with_ones.mean(axis=0)) / X_with_ones.std(axis=0)
print(f"   std per column = {X_with_ones.std(axis=0)}: the ones column has std 0, so it becomes 0/0 = NaN")
print(f"   first row = {bad1[0]}")
print(f"   gradient descent: {descend(bad1)}")
print("   (with theta = 0, each prediction NaN*0 + ... is NaN, so every update and cost is NaN)")

print("\n2. Dividing by the std of a one-row slice: X.std(axis=0) typed as X[:1].std(axis=0)")
with np.errstate(divide="ignore", invalid="ignore"):
    bad2 = (X - X.mean(axis=0)) / X[:1].std(axis=0)
print(f"   X[:1].std(axis=0) = {X[:1].std(axis=0)} (one value per column has no spread)")
print(f"   first row of X_norm = {bad2[0]}: a non-zero deviation / 0 is +-Inf here, not NaN")
print(f"   gradient descent: {descend(np.hstack([ones, bad2]))}")
print("   (NaN appears in the first prediction, Inf * 0 with theta = 0, and spreads to every theta)")

print("\n3. feature_normalize on the features only, then the ones column")
X_norm, mu, sigma = feature_normalize(X)
good = np.hstack([ones, X_norm])
print(f"   mu = {mu}, sigma = {sigma}; all finite: {np.isfinite(good).all()}")
print(f"   gradient descent: {descend(good)}")
with np.errstate(divide="ignore", invalid="ignore"):
    print(f"   feature_normalize(X_with_ones) would fail the same way as 1: first row "
          f"{feature_normalize(X_with_ones).X_norm[0]} (sigma 0 for the ones column)")

print("\n4. np.std divides by N, Octave's std (and feature_normalize) by N-1")
std_n, std_n1 = X.std(axis=0), X.std(axis=0, ddof=1)
print(f"   np.std(X, axis=0)         = {std_n}")
print(f"   np.std(X, axis=0, ddof=1) = {std_n1}")
print(f"   feature_normalize sigma   = {sigma.ravel()}")
print(f"   max |sigma - np.std(ddof=1)| = {np.max(np.abs(sigma - std_n1)):.3g}; "
      f"ratio ddof=1/ddof=0 = {std_n1 / std_n} = sqrt(m/(m-1)) = {np.sqrt(m / (m - 1)):.8f}")
print("   The choice changes X_norm and the normalised thetas, not the fit in original units:")
for label, s in [("ddof=1", std_n1), ("ddof=0", std_n)]:
    t, _ = gradient_descent_multi(np.hstack([ones, (X - mu) / s]), y, np.zeros(3), ALPHA, NUM_ITERS)
    back = np.concatenate([[t[0] - np.sum(t[1:] * mu.ravel() / s)], t[1:] / s])
    print(f"   {label}: normalised theta = {t}, in original units = {back}")
print(f"   for comparison, normal_eqn on the raw features: {normal_eqn(X_with_ones, y)}")

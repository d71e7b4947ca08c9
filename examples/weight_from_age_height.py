"""How does weight depend on age and height, and do gradient descent and the normal equation agree?

Fits weight = theta0 + theta1*age + theta2*height on data/age_height_weight.csv twice:
(a) normal_eqn on the raw features, (b) gradient_descent_multi on feature_normalize'd features, whose
thetas are then mapped back to original units. Both are checked against numpy.linalg.lstsq.

Run from anywhere:  .venv/bin/python examples/weight_from_age_height.py
"""


import numpy as np

from pyport import compute_cost_multi, feature_normalize, gradient_descent_multi, normal_eqn
from pyport.datasets import load

ALPHA, NUM_ITERS = 0.1, 400  # converges well past 1e-6 of the normal equation on these data
REFERENCE = np.array([-175.17, -0.40, 5.07])  # least squares as a statistics package reports it

columns, data = load("age_height_weight")
X, y = data[:, :2], data[:, 2]  # age (years), height (inches); weight (pounds)
m = len(y)
ones = np.ones((m, 1))

# (a) Normal equation on the raw features.
X_raw = np.hstack([ones, X])
theta_ne = normal_eqn(X_raw, y)

# (b) Gradient descent on z-scored features (the ones column is added after normalising).
X_norm, mu, sigma = feature_normalize(X)
theta_n, J_history = gradient_descent_multi(np.hstack([ones, X_norm]), y, np.zeros(3), ALPHA, NUM_ITERS)

# Back to original units: theta_j = theta_n_j / sigma_j, intercept = theta_n_0 - sum(theta_n_j * mu_j / sigma_j).
mu, sigma = mu.ravel(), sigma.ravel()
theta_gd = np.concatenate([[theta_n[0] - np.sum(theta_n[1:] * mu / sigma)], theta_n[1:] / sigma])

print(f"Data: {m} people, columns {', '.join(columns)}")
print(f"feature_normalize: mu = {mu}, sigma = {sigma}")
print(f"Gradient descent: alpha = {ALPHA}, {NUM_ITERS} iterations\n")

print(f"{'parameter':<12}{'normal eqn':>16}{'grad. descent':>16}{'stats package':>16}")
for name, a, b, ref in zip(["intercept", "age", "height"], theta_ne, theta_gd, REFERENCE):
    print(f"{name:<12}{a:>16.8f}{b:>16.8f}{ref:>16.2f}")
print(f"largest |normal eqn - gradient descent| = {np.max(np.abs(theta_ne - theta_gd)):.3g}")

print("\nCost J = sum((X @ theta - y)**2) / (2m):")
print(f"  normal equation, raw features:              {compute_cost_multi(X_raw, y, theta_ne):.10f}")
print(f"  gradient descent, last J_history entry:     {J_history[-1]:.10f}")
print(f"  gradient descent thetas mapped back, raw X: {compute_cost_multi(X_raw, y, theta_gd):.10f}")

age, height = 30, 68
x_new = np.array([1.0, age, height])
x_new_norm = np.concatenate([[1.0], (np.array([age, height]) - mu) / sigma])
print(f"\nPredicted weight for a {age}-year-old, {height} inches tall:")
print(f"  normal equation:                      {x_new @ theta_ne:.4f} pounds")
print(f"  gradient descent (normalised inputs): {x_new_norm @ theta_n:.4f} pounds")

theta_ls = np.linalg.lstsq(X_raw, y, rcond=None)[0]
print(f"\nCheck with numpy.linalg.lstsq: theta = {theta_ls}")
print(f"  largest |normal eqn - lstsq|       = {np.max(np.abs(theta_ne - theta_ls)):.3g}")
print(f"  largest |gradient descent - lstsq| = {np.max(np.abs(theta_gd - theta_ls)):.3g}")

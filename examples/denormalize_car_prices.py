"""I fitted my model on min-max scaled data: what are its parameters in kilometres and euros?

On data/km_price.csv, both columns min-max scaled (offset min, scale max - min), the normalised
model y_n = 0.9362124793084768 - 0.9953762249792935 * x_n predicts a price for 50,000 km. This
script maps those thetas back to original units with denormalize_theta, predicts directly from
50,000 km, and shows the two predictions agree; then does the same with z-scores from
feature_normalize and a fit by gradient descent, against least squares on the raw data.

Run from anywhere:  .venv/bin/python examples/denormalize_car_prices.py
"""

import numpy as np

from pyport import denormalize_theta, feature_normalize, gradient_descent_multi
from pyport.datasets import load

_, data = load("km_price")
km, price = data[:, 0], data[:, 1]
KM = 50_000

# 1. min-max on both columns, the question's normalised thetas
x_lo, x_span = km.min(), km.max() - km.min()
y_lo, y_span = price.min(), price.max() - price.min()
theta_n = np.array([0.9362124793084768, -0.9953762249792935])
pred_normalised = y_lo + y_span * (theta_n[0] + theta_n[1] * (KM - x_lo) / x_span)
theta = denormalize_theta(theta_n, x_lo, x_span, y_lo, y_span)
print(f"min-max: x_offset {x_lo:g}, x_scale {x_span:g}, y_offset {y_lo:g}, y_scale {y_span:g}")
print(f"  normalised thetas {theta_n} -> original units: price = {theta[0]:.6f} + {theta[1]:.10f} * km")
print(f"  price at {KM} km from the normalised model: {pred_normalised:.12f}")
print(f"  price at {KM} km from original-unit thetas: {theta[0] + theta[1] * KM:.12f}")

# 2. z-scores on km only (featureNormalize's mu, sigma), fitted by gradient descent
km_n, mu, sigma = feature_normalize(km.reshape(-1, 1))
theta_z, _ = gradient_descent_multi(np.c_[np.ones(len(km)), km_n], price, np.zeros(2), 0.1, 1000)
theta_back = denormalize_theta(theta_z, mu, sigma)
lstsq = np.linalg.lstsq(np.c_[np.ones(len(km)), km], price, rcond=None)[0]
print(f"\nz-scores: mu {mu[0, 0]:.4f}, sigma {sigma[0, 0]:.4f} (N-1); gradient descent on them: {theta_z}")
print(f"  back in original units: {theta_back}")
print(f"  least squares on raw km: {lstsq}   largest difference {np.max(np.abs(theta_back - lstsq)):.1e}")
print(f"  price at {KM} km: {theta_back[0] + theta_back[1] * KM:.6f}")

try:
    denormalize_theta([1.0, 2.0, 3.0], [0.0, 5.0], [1.0, 0.0])
except ValueError as error:
    print(f"\na constant feature cannot be mapped back: {error}")

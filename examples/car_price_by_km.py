"""How much is a used car of this model worth, given the kilometres it has done?

Fits price = theta0 + theta1*km on data/km_price.csv with gradient_descent on z-scored km
(feature_normalize) and with normal_eqn on raw km, prints both in original units with the price
predicted for 50 000 km, checks them against numpy.linalg.lstsq, and writes
build/examples/car_price_by_km.png (data, fitted line, and the cost history of gradient descent).

Run from anywhere:  .venv/bin/python examples/car_price_by_km.py
"""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # write a file, never open a window
import matplotlib.pyplot as plt
import numpy as np

from pyport import compute_cost, feature_normalize, gradient_descent, normal_eqn
from pyport.datasets import load

ROOT = Path(__file__).resolve().parent.parent

ALPHA, NUM_ITERS, KM_NEW = 0.1, 400, 50_000

_, data = load("km_price")
km, price = data[:, :1], data[:, 1]
ones = np.ones_like(km)

# Gradient descent on z-scored km, then back to original units.
km_norm, mu, sigma = feature_normalize(km)
theta_n, J_history = gradient_descent(np.hstack([ones, km_norm]), price, np.zeros(2), ALPHA, NUM_ITERS)
mu, sigma = mu.item(), sigma.item()
theta_gd = np.array([theta_n[0] - theta_n[1] * mu / sigma, theta_n[1] / sigma])

# Normal equation on raw km.
X_raw = np.hstack([ones, km])
theta_ne = normal_eqn(X_raw, price)
theta_ls = np.linalg.lstsq(X_raw, price, rcond=None)[0]

print(f"Data: {len(price)} cars; km mean {mu:.2f}, std (N-1) {sigma:.2f}")
print(f"Gradient descent: alpha = {ALPHA}, {NUM_ITERS} iterations, final cost {J_history[-1]:.6f}\n")
print(f"{'method':<26}{'intercept':>14}{'per km':>16}{'per 10 000 km':>16}{f'price @ {KM_NEW} km':>20}")
for name, t in [("gradient descent (z-km)", theta_gd), ("normal equation (raw km)", theta_ne),
                ("numpy.linalg.lstsq", theta_ls)]:
    print(f"{name:<26}{t[0]:>14.6f}{t[1]:>16.10f}{t[1] * 1e4:>16.6f}{t[0] + t[1] * KM_NEW:>20.6f}")
print(f"\nprice @ {KM_NEW} km from the normalised model directly: "
      f"{theta_n[0] + theta_n[1] * (KM_NEW - mu) / sigma:.6f}")
print(f"cost at the normal-equation theta: {compute_cost(X_raw, price, theta_ne):.6f}")
print(f"largest |gradient descent - lstsq| = {np.max(np.abs(theta_gd - theta_ls)):.3g}")
print(f"largest |normal equation - lstsq|  = {np.max(np.abs(theta_ne - theta_ls)):.3g}")

fig, (ax_fit, ax_cost) = plt.subplots(1, 2, figsize=(11, 4.5))
ax_fit.scatter(km[:, 0] / 1000, price, label="cars")
line_km = np.linspace(0, km.max() * 1.05, 2)
ax_fit.plot(line_km / 1000, theta_gd[0] + theta_gd[1] * line_km, "r-", label="fit (gradient descent)")
ax_fit.plot(KM_NEW / 1000, theta_gd[0] + theta_gd[1] * KM_NEW, "k*", ms=12, label=f"{KM_NEW} km")
ax_fit.set(xlabel="distance driven (1000 km)", ylabel="price", title="Price against distance")
ax_fit.legend()
ax_cost.plot(np.arange(1, NUM_ITERS + 1), J_history)
ax_cost.set(xlabel="iteration", ylabel="cost J", yscale="log", title=f"J_history (alpha = {ALPHA})")
fig.tight_layout()
out = ROOT / "build" / "examples" / "car_price_by_km.png"
out.parent.mkdir(parents=True, exist_ok=True)
fig.savefig(out, dpi=100)
print(f"\nwrote {out.relative_to(ROOT)}")

"""What shape is the gradient of a VAE's KL term with respect to a 20 x 400 linear layer, and why?

A VAE encoder ends in two linear layers, as PyTorch's nn.Linear(400, 20) stores them: weights 20 x 400
(out x in), biases of 20. For one sample x (400 values), mu = W_mu @ x + b_mu, and the KL term
KL = -0.5 * sum(1 + logvar - mu**2 - exp(logvar)) is a scalar. This script computes the gradients
with pyport.vae_kl_gradient, shows that for one sample dKL/dW_mu is the outer product of the
20-vector dKL/dmu = mu with the 400-vector x, that for a batch it is the sum of those outer products
(the matrix product mu.T @ X), and checks entries against central differences.

Run from anywhere:  .venv/bin/python examples/vae_kl_gradient.py
"""

import numpy as np

from pyport import vae_kl_gradient

rng = np.random.default_rng(0)
IN, OUT = 400, 20
W_mu, W_logvar = 0.05 * rng.standard_normal((OUT, IN)), 0.05 * rng.standard_normal((OUT, IN))
b_mu, b_logvar = 0.1 * rng.standard_normal(OUT), 0.1 * rng.standard_normal(OUT)

x = rng.standard_normal(IN)  # one sample: a 1 x 400 batch
KL, dW_mu, db_mu, dW_logvar, db_logvar = vae_kl_gradient(x, W_mu, b_mu, W_logvar, b_logvar)
print(f"one sample: KL = {KL:.6f}")
print(f"  shapes: W_mu {W_mu.shape} -> dW_mu {dW_mu.shape}; b_mu {b_mu.shape} -> db_mu {db_mu.shape}; "
      f"dW_logvar {dW_logvar.shape}, db_logvar {db_logvar.shape}")

mu = W_mu @ x + b_mu
logvar = W_logvar @ x + b_logvar
upstream_mu = mu                          # dKL/dmu_j = mu_j
upstream_logvar = 0.5 * (np.exp(logvar) - 1)  # dKL/dlogvar_j
print("  mu_j = sum_k W_mu[j, k] * x_k + b_mu[j], so dmu_j/dW_mu[j, k] = x_k and, by the chain rule,")
print("  dKL/dW_mu[j, k] = (dKL/dmu_j) * x_k: the outer product of the 20 upstream gradients with the 400 inputs")
print(f"  max |dW_mu - outer(mu, x)|                  = {np.max(np.abs(dW_mu - np.outer(upstream_mu, x))):.1e}")
print(f"  max |dW_logvar - outer((e^logvar - 1)/2, x)| = "
      f"{np.max(np.abs(dW_logvar - np.outer(upstream_logvar, x))):.1e}")

X = rng.standard_normal((16, IN))  # a batch: one sample per row
KL_b, dW_b, db_b, dWl_b, _ = vae_kl_gradient(X, W_mu, b_mu, W_logvar, b_logvar)
outer_sum = sum(np.outer(W_mu @ row + b_mu, row) for row in X)
print(f"\nbatch of {X.shape[0]}: KL = {KL_b:.6f} (summed over the batch); dW_mu still {dW_b.shape}")
print(f"  it is the sum of one outer product per sample, that is mu.T @ X: max difference "
      f"{np.max(np.abs(dW_b - outer_sum)):.1e}")

h = 1e-6


def kl(Wm, Wl):
    return vae_kl_gradient(X, Wm, b_mu, Wl, b_logvar).KL


worst = 0.0
for j, k in [(0, 0), (3, 17), (19, 399), (7, 250)]:
    for name, dW in (("W_mu", dW_b), ("W_logvar", dWl_b)):
        step = np.zeros((OUT, IN))
        step[j, k] = h
        if name == "W_mu":
            num = (kl(W_mu + step, W_logvar) - kl(W_mu - step, W_logvar)) / (2 * h)
        else:
            num = (kl(W_mu, W_logvar + step) - kl(W_mu, W_logvar - step)) / (2 * h)
        worst = max(worst, abs(num - dW[j, k]) / max(abs(num), 1e-12))
        print(f"  dKL/d{name}[{j}, {k}]: analytic {dW[j, k]: .8f}, central difference {num: .8f}")
print(f"  largest relative difference: {worst:.1e}")

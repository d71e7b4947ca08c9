"""Cases for pyport/vae.py: vaeKLGradient."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList
from crosscheck.compare import Tolerance
from crosscheck.rounding import finite_max, sum_error

CASES = CaseList("vae")
KL_OUTPUTS = (Output("KL", "scalar"), Output("dW_mu", "array"), Output("db_mu", "array"), Output("dW_logvar", "array"), Output("db_logvar", "array"))


def vae_floor(inputs, octave_outputs):
    """KL sums terms 1 + logvar - mu^2 - exp(logvar) that cancel to ~0 near the prior: each mu and
    logvar entry rounds by sum_error(d, its terms), and KL sums four terms per entry; the gradients
    sum batch products mu_i * x_i: sum_error(batch + d) times their size."""
    X, W_mu, b_mu, W_lv, b_lv = inputs
    with np.errstate(all="ignore"):
        mu = X @ W_mu.T + b_mu.T
        lv = X @ W_lv.T + b_lv.T
        mu_terms = np.abs(X) @ np.abs(W_mu.T) + np.abs(b_mu.T)
        lv_terms = np.abs(X) @ np.abs(W_lv.T) + np.abs(b_lv.T)
        e = np.exp(lv)
        d = X.shape[1] + 1
        kl = sum_error(1, float(np.sum(1 + np.abs(lv) + mu * mu + e + d * (lv_terms * (1 + e) + 2 * np.abs(mu) * mu_terms))))
        x_size = max(1.0, finite_max(X))
        g_mu = sum_error(X.shape[0] + d, finite_max(mu_terms) * x_size)
        g_lv = sum_error(X.shape[0] + d, finite_max(e * (1 + lv_terms)) * x_size)
    return [kl, g_mu, g_mu / x_size, g_lv, g_lv / x_size]


VAE = Tolerance(rtol=1e-13, scale="output", floor=vae_floor,
                why="exp a ULP apart, products through two OpenBLAS builds; norm-wise, floor for KL near the prior")

# -- vaeKLGradient ---------------------------------------------------------------------------------
def _vae(batch, d, out, scale=0.05):
    def inputs(rng):
        return (rng.standard_normal((batch, d)), scale * rng.standard_normal((out, d)), scale * rng.standard_normal((out, 1)),
                scale * rng.standard_normal((out, d)), scale * rng.standard_normal((out, 1)))
    return inputs


CASES.add("vaeKLGradient", "one-sample-400-to-20", _vae(1, 400, 20), KL_OUTPUTS, VAE,
     about="a 1 x 400 batch through 20 x 400 layers: dW is the outer product of mu with x")
CASES.add("vaeKLGradient", "batch-16", _vae(16, 400, 20), KL_OUTPUTS, VAE)
CASES.add("vaeKLGradient", "small-wide-spread", _vae(5, 3, 2, scale=1.5), KL_OUTPUTS, VAE, about="large log-variances")
CASES.add("vaeKLGradient", "at-the-prior", lambda rng: (rng.standard_normal((4, 6)), np.zeros((3, 6)), np.zeros((3, 1)),
                                                   np.zeros((3, 6)), np.zeros((3, 1))), KL_OUTPUTS, VAE,
     about="mu = 0, logvar = 0: KL and every gradient exactly 0")
CASES.add("vaeKLGradient", "error-w-logvar-shape", lambda rng: (np.ones((2, 3)), np.ones((2, 3)), np.ones((2, 1)),
                                                           np.ones((3, 3)), np.ones((2, 1))), KL_OUTPUTS, VAE,
     raises="w_logvar must have the")
CASES.add("vaeKLGradient", "error-bias-row", lambda rng: (np.ones((2, 3)), np.ones((2, 3)), np.ones((1, 2)),
                                                     np.ones((2, 3)), np.ones((2, 1))), KL_OUTPUTS, VAE,
     raises="b_mu must be an out-by-1 column")



"""Cases for the questions beyond the course: vaeKLGradient, denormalizeTheta, stableLearningRate and
selfExpressiveCost (its minimisation by fmincg is in optimization.py)."""

from __future__ import annotations

import numpy as np

from crosscheck.cases import Case, Output, column, register
from crosscheck.compare import Tolerance
from pyport import datasets, feature_normalize

FAMILY = "questions"
EPS = np.finfo(np.float64).eps
C = 4.0


def vae_floor(inputs, octave_outputs):
    """KL sums terms 1 + logvar - mu^2 - exp(logvar) that cancel to ~0 near the prior: C*eps times
    their magnitudes; the gradients sum batch products mu_i * x_i: C*eps*batch times their size."""
    X, W_mu, b_mu, W_lv, b_lv = inputs
    with np.errstate(all="ignore"):
        mu = X @ W_mu.T + b_mu.T
        lv = X @ W_lv.T + b_lv.T
        mu_terms = np.abs(X) @ np.abs(W_mu.T) + np.abs(b_mu.T)
        lv_terms = np.abs(X) @ np.abs(W_lv.T) + np.abs(b_lv.T)
        e = np.exp(lv)
        d = X.shape[1] + 1
        # each mu and logvar entry rounds by C*eps*d times its terms; KL sums 4 terms per entry
        kl = C * EPS * float(np.sum(1 + np.abs(lv) + mu * mu + e + d * (lv_terms * (1 + e) + 2 * np.abs(mu) * mu_terms)))
        batch = X.shape[0]
        g_mu = C * EPS * (batch + d) * float(np.max(mu_terms)) * max(1.0, float(np.max(np.abs(X))))
        g_lv = C * EPS * (batch + d) * float(np.max(e * (1 + lv_terms))) * max(1.0, float(np.max(np.abs(X))))
    return [kl, g_mu, g_mu / max(1.0, float(np.max(np.abs(X)))), g_lv, g_lv / max(1.0, float(np.max(np.abs(X))))]


VAE = Tolerance(rtol=1e-13, scale="output", floor=vae_floor,
                why="exp a ULP apart, products through two OpenBLAS builds; norm-wise, floor for KL near the prior")
EXACT = Tolerance(rtol=1e-15, why="the same few operations in the same order")
EIGEN = Tolerance(rtol=1e-12, why="LAPACK dsyev (Octave) against dsyevr (scipy): the largest eigenvalue a few ULPs apart")


def self_expressive_floor(inputs, octave_outputs):
    """Residuals x_i - X*c_i that cancel (a near-perfect self-expression) keep C*eps*n times their
    terms: J gets d*(r + d) per entry, the gradient 2*(that) times X."""
    c, X, lam, eps = inputs
    n = X.shape[1]
    Cm = np.reshape(c, (n, n), order="F")
    terms = np.abs(X) @ np.abs(Cm) + np.abs(X)
    d = C * EPS * n * float(np.max(terms))
    r = float(np.max(np.abs(X - X @ Cm)))
    return [X.size * d * (r + d), 2 * C * EPS * X.shape[0] * (d + r) * float(np.max(np.abs(X)))]


SELF_EXPRESSIVE = Tolerance(rtol=1e-13, scale="output", floor=self_expressive_floor,
                            why="products through two OpenBLAS builds; norm-wise, floor for residuals near 0")

KL_OUTPUTS = (Output("KL", "scalar"), Output("dW_mu"), Output("db_mu"), Output("dW_logvar"), Output("db_logvar"))
THETA = (Output("theta"),)
ALPHA = (Output("alpha_max", "scalar"),)
COST = (Output("J", "scalar"), Output("grad"))


def _add(function, name, inputs, outputs, tol, raises=None, about=""):
    register(Case(function, name, inputs, outputs, tol=tol, raises=raises, family=FAMILY, about=about))


# -- vaeKLGradient ---------------------------------------------------------------------------------
def _vae(batch, d, out, scale=0.05):
    def inputs(rng):
        return (rng.standard_normal((batch, d)), scale * rng.standard_normal((out, d)), scale * rng.standard_normal((out, 1)),
                scale * rng.standard_normal((out, d)), scale * rng.standard_normal((out, 1)))
    return inputs


_add("vaeKLGradient", "one-sample-400-to-20", _vae(1, 400, 20), KL_OUTPUTS, VAE,
     about="a 1 x 400 batch through 20 x 400 layers: dW is the outer product of mu with x")
_add("vaeKLGradient", "batch-16", _vae(16, 400, 20), KL_OUTPUTS, VAE)
_add("vaeKLGradient", "small-wide-spread", _vae(5, 3, 2, scale=1.5), KL_OUTPUTS, VAE, about="large log-variances")
_add("vaeKLGradient", "at-the-prior", lambda rng: (rng.standard_normal((4, 6)), np.zeros((3, 6)), np.zeros((3, 1)),
                                                   np.zeros((3, 6)), np.zeros((3, 1))), KL_OUTPUTS, VAE,
     about="mu = 0, logvar = 0: KL and every gradient exactly 0")
_add("vaeKLGradient", "error-w-logvar-shape", lambda rng: (np.ones((2, 3)), np.ones((2, 3)), np.ones((2, 1)),
                                                           np.ones((3, 3)), np.ones((2, 1))), KL_OUTPUTS, VAE,
     raises="w_logvar must have the")
_add("vaeKLGradient", "error-bias-row", lambda rng: (np.ones((2, 3)), np.ones((2, 3)), np.ones((1, 2)),
                                                     np.ones((2, 3)), np.ones((2, 1))), KL_OUTPUTS, VAE,
     raises="b_mu must be an out-by-1 column")


# -- denormalizeTheta ------------------------------------------------------------------------------
def _km_min_max(rng):
    D = datasets.load("km_price").values
    lo, hi = D.min(axis=0), D.max(axis=0)
    return (column([0.9362124793084768, -0.9953762249792935]), float(lo[0]), float(hi[0] - lo[0]),
            float(lo[1]), float(hi[1] - lo[1]))


def _aw_zscores(rng):
    D = datasets.load("age_height_weight").values
    _, mu, sigma = feature_normalize(D[:, :2])
    return column([146.66666666666666, -3.1678274632898, 20.035858412573]), mu, sigma


_add("denormalizeTheta", "km-price-min-max", _km_min_max, THETA, EXACT,
     about="the question's numbers: predicts 7417.486843464296 at 50000 km")
_add("denormalizeTheta", "age-height-weight-zscores", _aw_zscores, THETA, EXACT,
     about="mu and sigma from featureNormalize (1-by-n rows), y not scaled (defaults)")
_add("denormalizeTheta", "random-columns", lambda rng: (rng.standard_normal((6, 1)), rng.standard_normal((5, 1)),
                                                        rng.uniform(0.5, 3, (5, 1)), 2.5, 0.75), THETA, EXACT)
_add("denormalizeTheta", "error-constant-feature", lambda rng: (column([1.0, 2.0, 3.0]), np.zeros((1, 2)),
                                                                np.array([[1.0, 0.0]])), THETA, EXACT,
     raises="is 0: feature")


# -- stableLearningRate ----------------------------------------------------------------------------
def _integer_features(rng):
    X = rng.integers(0, 10, (50, 2)).astype(float)
    return (np.hstack([X, np.ones((50, 1))]),)


_add("stableLearningRate", "age-height-weight", lambda rng: (np.hstack([np.ones((12, 1)),
                                                                         datasets.load("age_height_weight").values[:, :2]]),),
     ALPHA, EIGEN)
_add("stableLearningRate", "integer-features", _integer_features, ALPHA, EIGEN, about="the diverging example's X")
_add("stableLearningRate", "random-tall", lambda rng: (rng.standard_normal((300, 6)) * [1, 2, 3, 4, 5, 6],), ALPHA, EIGEN)
_add("stableLearningRate", "single-row", lambda rng: (rng.standard_normal((1, 4)),), ALPHA, EIGEN)
_add("stableLearningRate", "error-zeros", lambda rng: (np.zeros((3, 2)),), ALPHA, EIGEN, raises="x is all zeros")


# -- selfExpressiveCost ----------------------------------------------------------------------------
def _self_expressive(d, n, lam, eps, zero=False):
    def inputs(rng):
        Cm = np.zeros((n, n)) if zero else 0.3 * rng.standard_normal((n, n))
        np.fill_diagonal(Cm, 0.0)
        return Cm.reshape(-1, 1, order="F"), rng.standard_normal((d, n)), float(lam), float(eps)
    return inputs


_add("selfExpressiveCost", "random-5-by-8", _self_expressive(5, 8, 0.5, 1e-4), COST, SELF_EXPRESSIVE)
_add("selfExpressiveCost", "at-zero", _self_expressive(4, 6, 1.0, 1e-6, zero=True), COST, SELF_EXPRESSIVE,
     about="C = 0: the penalty's sqrt(epsilon) terms")
_add("selfExpressiveCost", "lambda-zero", _self_expressive(3, 10, 0.0, 1e-3), COST, SELF_EXPRESSIVE)
_add("selfExpressiveCost", "error-diagonal", lambda rng: (column([0.0, 0.0, 0.0, 0.5]), np.eye(2), 1.0, 1.0), COST,
     SELF_EXPRESSIVE, raises="the diagonal of c must be 0")

"""Cases for pyport/anomaly_detection.py: estimateGaussian, multivariateGaussian, selectThreshold."""

from __future__ import annotations

import numpy as np

from crosscheck.args import Column, Matrix, Row
from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, spd
from crosscheck.compare import Tolerance

CASES = CaseList("anomaly detection")
GAUSSIAN = (Output("mu", "vector"), Output("sigma2", "vector"))
DENSITY = (Output("p", "vector"),)
THRESHOLD = (Output("bestEpsilon", "scalar"), Output("bestF1", "scalar"))
BIT_FOR_BIT = Tolerance(why="the same operations, the sums in Octave's order (pyport.octave.sum)")
# Vector variances: every operation is elementwise or a sequential sum, so the exponent agrees to the
# bit; only exp differs (numpy's against the C library's, 1 ULP where they differ).
DIAGONAL = Tolerance(rtol=4.5e-16, why="the exponent bit for bit; numpy's exp against the C library's: 1 ULP")
# A covariance matrix: (X - mu') * pinv (Sigma2) goes through two LAPACK/BLAS builds (dgesvd, dgemm), whose
# rounding of the exponent q (~1e-16 * q) becomes a relative error of exp (-q/2) of about q * 1e-16.
FULL = Tolerance(rtol=1e-12, why="two LAPACK/BLAS builds' pinv and products: q * 1e-16 relative in exp (-q/2)")


def _anomaly_data(rng, m: int, n: int, outliers: int = 0):
    """m examples of n correlated features, the first ``outliers`` pushed far out."""
    X = rng.standard_normal((m, n)) @ rng.uniform(0.2, 1.5, (n, n)) + rng.uniform(-5, 5, n)
    X[:outliers] += rng.choice([-1.0, 1.0], (outliers, n)) * rng.uniform(3, 6, (outliers, n))
    return X


# -- estimateGaussian --------------------------------------------------------------------------------
CASES.add("estimateGaussian", "random", lambda rng: (_anomaly_data(rng, 307, 2),), GAUSSIAN, BIT_FOR_BIT,
          about="the exercise's shape: m examples of 2 features (m = 307 as ex8data1)")
CASES.add("estimateGaussian", "many-features", lambda rng: (_anomaly_data(rng, 1000, 11),), GAUSSIAN, BIT_FOR_BIT,
          about="m = 1000, n = 11: ex8's second data set")
CASES.add("estimateGaussian", "one-example", lambda rng: (rng.standard_normal((1, 4)),), GAUSSIAN, BIT_FOR_BIT,
          about="a single row: reduced down the columns (mu the row, sigma2 zeros)")
CASES.add("estimateGaussian", "constant-feature", lambda rng: (np.c_[np.full(10, 0.1), rng.standard_normal(10)],),
          GAUSSIAN, BIT_FOR_BIT, about="0.1 ten times: mean 0.1 + 1 ULP, variance 1.9e-34 on both sides, not 0")
CASES.add("estimateGaussian", "nonfinite", lambda rng: (np.array([[1.0, np.nan, 2.0], [np.inf, 1.0, 3.0], [2.0, 0.0, -np.inf]]),),
          GAUSSIAN, BIT_FOR_BIT, about="NaN, Inf and -Inf each spread to their own feature")
CASES.add("estimateGaussian", "logical-X", lambda rng: (rng.random((12, 3)) < 0.4,), GAUSSIAN, BIT_FOR_BIT,
          about="a logical X is its 1s and 0s")
CASES.add("estimateGaussian", "single-X", lambda rng: (rng.standard_normal((20, 2)).astype(np.float32),),
          GAUSSIAN, BIT_FOR_BIT, about="a single X: its values as doubles")
CASES.add("estimateGaussian", "declared", None, GAUSSIAN, BIT_FOR_BIT, args=(Matrix("m", "n", allow_nonfinite=True),),
          sizes={"m": (1, 60), "n": (1, 6)})
CASES.add("estimateGaussian", "error-empty", lambda rng: (np.zeros((0, 3)),), GAUSSIAN,
          raises="must have at least one row and one column")
CASES.add("estimateGaussian", "error-text", lambda rng: ("abc",), GAUSSIAN, raises="must be a real numeric matrix")


# -- multivariateGaussian ----------------------------------------------------------------------------
def _fitted(rng, m, n, outliers=5):
    """X, and mu and sigma2 as estimateGaussian fits them (the course's calling form: columns)."""
    X = _anomaly_data(rng, m, n, outliers)
    mu = X.mean(axis=0).reshape(-1, 1)
    return X, mu, ((X - mu.T) ** 2).mean(axis=0).reshape(-1, 1)


CASES.add("multivariateGaussian", "variances", lambda rng: _fitted(rng, 307, 2), DENSITY, DIAGONAL,
          about="the exercise's call: multivariateGaussian (X, mu, sigma2), sigma2 a column")
CASES.add("multivariateGaussian", "variances-11", lambda rng: _fitted(rng, 1000, 11), DENSITY, DIAGONAL,
          about="11 features, densities down to 1e-30")
CASES.add("multivariateGaussian", "rows", lambda rng: (lambda X, mu, s2: (X, mu.T, s2.T))(*_fitted(rng, 50, 3)),
          DENSITY, DIAGONAL, about="mu and sigma2 given as rows")
CASES.add("multivariateGaussian", "covariance", lambda rng: (_anomaly_data(rng, 200, 4), rng.standard_normal((4, 1)),
                                                             spd(rng, 4, 30.0)), DENSITY, FULL,
          about="a symmetric positive definite Sigma2: det through Cholesky (Octave's probe), pinv through dgesvd")
CASES.add("multivariateGaussian", "triangular", lambda rng: (rng.standard_normal((30, 3)), np.zeros((1, 3)),
                                                             np.array([[2.0, 0.3, -0.2], [0.0, 1.5, 0.4], [0.0, 0.0, 0.8]])),
          DENSITY, FULL, about="an upper triangular Sigma2: det the product of its diagonal")
CASES.add("multivariateGaussian", "unsymmetric", lambda rng: (rng.standard_normal((30, 3)), np.zeros((3, 1)),
                                                              np.array([[2.0, 0.3, -0.2], [0.1, 1.5, 0.4], [0.5, -0.3, 0.8]])),
          DENSITY, FULL, about="an unsymmetric Sigma2: det through LU, a pivot negated for each row swap")
INDEFINITE = np.array([[1.0, -0.6, 0.92, -0.18], [-0.6, 1.0, 0.24, 0.95], [0.92, 0.24, 1.0, 0.61],
                       [-0.18, 0.95, 0.61, 1.0]])
CASES.add("multivariateGaussian", "indefinite", lambda rng: (rng.standard_normal((20, 4)), np.zeros((4, 1)), INDEFINITE),
          DENSITY, FULL, about="symmetric, passes Octave's probe, two negative eigenvalues: Cholesky fails, LU gives "
                              "det > 0")
CASES.add("multivariateGaussian", "one-feature", lambda rng: (rng.standard_normal((10, 1)), 0.3, 2.0), DENSITY, FULL,
          about="k = 1: Octave's diag of a scalar is the scalar, a full 1-by-1")
CASES.add("multivariateGaussian", "zero-variance", lambda rng: (np.array([[1.0, 2.0], [1.0, 3.0], [2.0, 2.0]]),
                                                                column([1.0, 2.0]), column([0.0, 1.0])),
          DENSITY, DIAGONAL, about="det 0, pinv drops the variance: Inf wherever the exponent is finite")
CASES.add("multivariateGaussian", "zero-variance-one-feature", lambda rng: (column([1.0, 2.0]), 1.0, 0.0), DENSITY,
          DIAGONAL, about="k = 1, Sigma2 0: pinv 0 (an SVD), det 0 (LU): Inf")
CASES.add("multivariateGaussian", "nonfinite", lambda rng: (np.array([[np.inf, 0.0], [0.0, np.nan], [1.0, 1.0]]),
                                                            column([0.0, 0.0]), column([np.inf, 1.0])),
          DENSITY, DIAGONAL, about="Inf and NaN in X, an Inf variance (pinv 0, det Inf)")
CASES.add("multivariateGaussian", "no-rows", lambda rng: (np.zeros((0, 3)), np.zeros((3, 1)), np.ones((3, 1))),
          DENSITY, DIAGONAL, about="m = 0: a 0-by-1 density")
CASES.add("multivariateGaussian", "logical-single", lambda rng: (rng.random((8, 2)) < 0.5, np.array([[0.5, 0.25]]),
                                                                 np.array([[0.3], [2.0]], dtype=np.float32)),
          DENSITY, DIAGONAL, about="X logical, Sigma2 single: their values as doubles")
CASES.add("multivariateGaussian", "declared", None, DENSITY, DIAGONAL,
          args=(Matrix("m", "k", -5.0, 5.0), Row("k", -1.0, 1.0), Row("k", 0.05, 4.0)), sizes={"m": (0, 30), "k": (2, 6)})
CASES.add("multivariateGaussian", "error-negative-variance", lambda rng: (np.ones((2, 2)), column([0.0, 0.0]),
                                                                          column([1.0, -0.5])), DENSITY,
          raises="must hold variances, none negative, but its 2nd element is -0.5")
CASES.add("multivariateGaussian", "error-negative-determinant", lambda rng: (np.ones((2, 2)), column([0.0, 0.0]),
                                                                             np.array([[1.0, 2.0], [2.0, 1.0]])), DENSITY,
          raises="must be a covariance matrix, but its determinant is negative (-3)")
CASES.add("multivariateGaussian", "error-mu-size", lambda rng: (np.ones((2, 2)), column([0.0, 0.0, 0.0]), column([1.0, 1.0])),
          DENSITY, raises="mu must be a vector of n means, one per column of x (x is 2x2, so n = 2; mu is 3x1)")
CASES.add("multivariateGaussian", "error-sigma2-shape", lambda rng: (np.ones((2, 2)), column([0.0, 0.0]), np.ones((2, 3))),
          DENSITY, raises="must be a vector of n variances or an n-by-n covariance matrix")


# -- selectThreshold ---------------------------------------------------------------------------------
def _validation(rng, m: int, anomalies: int):
    """yval (anomalies first) and densities pval that mostly, not always, rank the anomalies lowest."""
    yval = np.zeros((m, 1))
    yval[:anomalies] = 1.0
    pval = np.exp(-rng.gamma(2.0, 2.0, (m, 1)) - 6.0 * yval * rng.random((m, 1))) / 10
    return yval, pval


CASES.add("selectThreshold", "random", lambda rng: _validation(rng, 307, 9), THRESHOLD, BIT_FOR_BIT,
          about="the exercise's shape: 307 validation examples, 9 anomalies")
CASES.add("selectThreshold", "logical-yval", lambda rng: (lambda y, p: (y == 1, p))(*_validation(rng, 100, 10)),
          THRESHOLD, BIT_FOR_BIT, about="yval logical, as (yval == 1)")
CASES.add("selectThreshold", "rows", lambda rng: (lambda y, p: (y.T, p.T))(*_validation(rng, 60, 6)), THRESHOLD, BIT_FOR_BIT,
          about="both given as rows")
CASES.add("selectThreshold", "nan-densities", lambda rng: (lambda y, p: (y, np.where(rng.random(p.shape) < 0.1, np.nan, p)))(
    *_validation(rng, 80, 8)), THRESHOLD, BIT_FOR_BIT, about="NaN densities: ignored by min and max, never predicted")
CASES.add("selectThreshold", "whole-numbers", lambda rng: (column([1.0, 0, 0, 1, 0]), column([3.0, 500, 1000, 0, 7])),
          THRESHOLD, BIT_FOR_BIT, about="0:1:1000: Octave's range of whole numbers")
CASES.add("selectThreshold", "equal-densities", lambda rng: (column([1.0, 0.0, 0.0]), column([0.2, 0.2, 0.2])),
          THRESHOLD, BIT_FOR_BIT, about="an empty range: (0, 0)")
CASES.add("selectThreshold", "infinite-density", lambda rng: (column([1.0, 0.0, 0.0]), column([0.1, np.inf, 0.3])),
          THRESHOLD, BIT_FOR_BIT, about="stepsize Inf: a one-element NaN range, (0, 0)")
CASES.add("selectThreshold", "no-anomaly", lambda rng: (np.zeros((20, 1)), rng.random((20, 1))), THRESHOLD, BIT_FOR_BIT,
          about="recall 0/0 at every threshold: F1 NaN, never kept")
CASES.add("selectThreshold", "declared", None, THRESHOLD, BIT_FOR_BIT,
          args=(Column("m", kind="binary"), Column("m", 0.0, 1.0, allow_nonfinite=True)), sizes={"m": (1, 40)})
CASES.add("selectThreshold", "error-labels", lambda rng: (column([0.0, 1.0, 2.0]), column([0.1, 0.2, 0.3])), THRESHOLD,
          raises="yval must hold labels 0 and 1 only, but its 3rd element is 2")
CASES.add("selectThreshold", "error-lengths", lambda rng: (column([0.0, 1.0, 0.0]), np.array([[0.1, 0.2]])), THRESHOLD,
          raises="pval must have as many elements as yval (yval is 3x1; pval is 1x2)")
CASES.add("selectThreshold", "error-span", lambda rng: (column([0.0, 1.0]), column([0.0, 1.7976931348623157e308])),
          THRESHOLD, raises="pval spans too wide a range for 1000 steps")

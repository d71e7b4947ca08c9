"""Cases for pyport/normalization.py: featureNormalize and denormalizeTheta.
Tolerances and why: README, "Tolerance policy"."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, data, sin_grid
from crosscheck.compare import Tolerance

CASES = CaseList("normalization")
NORMALIZE = (Output("X_norm", "array"), Output("mu", "array"), Output("sigma", "array"))
THETA = (Output("theta", "array"),)
# featureNormalize follows Octave's sequential sum, mean and std operation for operation: bit for bit.
EXACT = Tolerance(rtol=1e-15, why="the same few operations in the same order")
# featureNormalize reproduces Octave's sequential sum, mean and std (pyport.octave): measured bit for
# bit, with room for a BLAS-free last-bit difference.
SAME_ORDER = Tolerance(rtol=1e-13, why="same operations in the same order (Octave's sequential sum, mean, std)")


# -- featureNormalize ------------------------------------------------------------------------------
def _features(build):
    return lambda rng: (build(rng),)


def _constant_columns(rng):
    X = rng.standard_normal((10, 3))
    X[:, 1] = 0.1   # the mean of ten 0.1s is not exactly 0.1: X - mu is tiny, not 0
    X[:, 2] = 4.0   # exactly representable: X - mu is 0, sigma 0, X_norm NaN
    return X


def _nonfinite_features(rng):
    X = rng.standard_normal((6, 3))
    X[2, 0], X[4, 1] = np.nan, np.inf
    return X


CASES.add("featureNormalize", "sin-grid", _features(lambda rng: sin_grid()), NORMALIZE, SAME_ORDER)
CASES.add("featureNormalize", "age-height-weight", _features(lambda rng: data("age_height_weight")[:, :2]), NORMALIZE, SAME_ORDER)
CASES.add("featureNormalize", "km-price", _features(lambda rng: data("km_price")), NORMALIZE, SAME_ORDER)
CASES.add("featureNormalize", "random-tall", _features(lambda rng: rng.standard_normal((1000, 4)) * [1, 10, 1e3, 1e-3]),
     NORMALIZE, SAME_ORDER)
CASES.add("featureNormalize", "constant-columns", _features(_constant_columns), NORMALIZE, SAME_ORDER,
     about="sigma 0 gives NaN; a mean that rounds gives +-Inf or finite noise, in the same places")
CASES.add("featureNormalize", "single-row", _features(lambda rng: rng.standard_normal((1, 5))), NORMALIZE, SAME_ORDER,
     about="Octave reduces a 1-by-n X along the row: mu and sigma are 1-by-1")
CASES.add("featureNormalize", "one-by-one", _features(lambda rng: np.array([[3.5]])), NORMALIZE, SAME_ORDER,
     about="sigma 0, X_norm NaN")
CASES.add("featureNormalize", "single-column", _features(lambda rng: rng.standard_normal((8, 1))), NORMALIZE, SAME_ORDER)
CASES.add("featureNormalize", "nan-inf", _features(_nonfinite_features), NORMALIZE, SAME_ORDER,
     about="a NaN or Inf spoils its own column")
CASES.add("featureNormalize", "large-offset", _features(lambda rng: 1e8 + rng.standard_normal((50, 2))), NORMALIZE, SAME_ORDER,
     about="values 1e8 + noise: the mean cancels most digits")
CASES.add("featureNormalize", "integers", _features(lambda rng: rng.integers(-50, 50, (9, 3)).astype(float)), NORMALIZE, SAME_ORDER)
CASES.add("featureNormalize", "error-empty", _features(lambda rng: np.zeros((0, 3))), NORMALIZE, SAME_ORDER,
     raises="must have at least one row and one column")
CASES.add("featureNormalize", "error-complex", _features(lambda rng: np.array([[1 + 2j, 3.0]])), NORMALIZE, SAME_ORDER,
     raises="must be a real numeric")


# -- denormalizeTheta ------------------------------------------------------------------------------
def _km_min_max(rng):
    D = data("km_price")
    lo, hi = D.min(axis=0), D.max(axis=0)
    return (column([0.9362124793084768, -0.9953762249792935]), float(lo[0]), float(hi[0] - lo[0]),
            float(lo[1]), float(hi[1] - lo[1]))


def _aw_zscores(rng):
    D = data("age_height_weight")
    mu, sigma = D[:, :2].mean(axis=0, keepdims=True), D[:, :2].std(axis=0, ddof=1, keepdims=True)
    return column([146.66666666666666, -3.1678274632898, 20.035858412573]), mu, sigma


CASES.add("denormalizeTheta", "km-price-min-max", _km_min_max, THETA, EXACT,
     about="the question's numbers: predicts 7417.486843464296 at 50000 km")
CASES.add("denormalizeTheta", "age-height-weight-zscores", _aw_zscores, THETA, EXACT,
     about="mu and sigma as featureNormalize gives them (1-by-n rows), y not scaled (defaults)")
CASES.add("denormalizeTheta", "random-columns", lambda rng: (rng.standard_normal((6, 1)), rng.standard_normal((5, 1)),
                                                        rng.uniform(0.5, 3, (5, 1)), 2.5, 0.75), THETA, EXACT)
CASES.add("denormalizeTheta", "error-constant-feature", lambda rng: (column([1.0, 2.0, 3.0]), np.zeros((1, 2)),
                                                                np.array([[1.0, 0.0]])), THETA, EXACT,
     raises="is 0 for the 2nd feature")


CASES.add("featureNormalize", "huge", _features(lambda rng: np.array([[1.5e308, 1.0, 1e200], [1.5e308, 2.0, -1e200],
                                                                     [1e308, 4.0, 3e200]])), NORMALIZE, SAME_ORDER,
          about="near realmax: a mean that overflows (Inf, then NaN), squares that overflow (sigma Inf, X_norm 0)")


# Integer and single inputs (issue 11): both sides convert them to double at the door. oct2py sends a
# float32 array as a single; an integer array it sends as a double (its convert_to_float), and cases
# send 2-D arrays, not numpy scalars, so the integer classes reach only the port (the originals' own
# %!test blocks cover them in Octave).
CASES.add("featureNormalize", "int64-X", _features(lambda rng: rng.integers(-50, 50, (9, 3))), NORMALIZE, SAME_ORDER,
     about="an int64 X (oct2py sends integer arrays as doubles)")
CASES.add("featureNormalize", "single-X", _features(lambda rng: rng.standard_normal((9, 3)).astype(np.float32)),
     NORMALIZE, SAME_ORDER, about="a single X: mean and std in double, not single")
CASES.add("denormalizeTheta", "int64-theta", lambda rng: (np.array([[1], [2]], dtype=np.int64), 0.5, 2.0), THETA, EXACT,
     about="the issue's example: [0.5; 1], not int64 arithmetic's [0; 1]")
CASES.add("denormalizeTheta", "int64-scalars",
          lambda rng: (column([1.5, -2.0]), *(np.array([[v]], dtype=np.int64) for v in (1, 4, 3, 2))), THETA, EXACT,
          about="offsets and scales int64 1-by-1 arrays")
CASES.add("denormalizeTheta", "single-theta-scales",
          lambda rng: (rng.standard_normal((3, 1)).astype(np.float32), rng.standard_normal((1, 2)).astype(np.float32),
                       (1 + rng.random((1, 2))).astype(np.float32), np.array([[0.1]], dtype=np.float32), np.array([[3.7]], dtype=np.float32)), THETA, EXACT,
          about="every argument single: the double result of their values")


# Logical inputs (issue 11): a logical X is its 1s and 0s on both sides (oct2py sends it as logical).
CASES.add("featureNormalize", "logical-X", _features(lambda rng: np.array([[1, 0, 1], [0, 0, 1], [1, 1, 0], [1, 0, 0]]) > 0),
          NORMALIZE, SAME_ORDER, about="a logical X, as indicator features")

"""Cases for pyport/recommender.py: cofiCostFunc and normalizeRatings."""

from __future__ import annotations

import numpy as np

from crosscheck.args import Column, Matrix, Scalar
from crosscheck.case import Output
from crosscheck.cases._common import CaseList
from crosscheck.compare import Tolerance

CASES = CaseList("recommender systems")
VALUE_GRADIENT = (Output("J", "scalar"), Output("grad", "array"))
NORMALIZED = (Output("Ynorm", "array"), Output("Ymean", "vector"))
# X * Theta' and E' * X go through BLAS on both sides (dgemm, two OpenBLAS builds); the sums are Octave's.
OBJECTIVE = Tolerance(rtol=1e-13, scale="output", why="same operations in the same order; two BLAS builds' dgemm")
BIT_FOR_BIT = Tolerance(why="elementwise operations and Octave's sequential sums: the same roundings")


def ratings(rng, num_movies: int, num_users: int, share: float = 0.4):
    """Y (whole ratings 1 to 5 where rated, 0 elsewhere, as the course's Y) and a logical R in which every
    movie has at least one rating."""
    R = rng.random((num_movies, num_users)) < share
    R[np.arange(num_movies), rng.integers(0, num_users, num_movies)] = True
    Y = np.where(R, rng.integers(1, 6, (num_movies, num_users)), 0).astype(float)
    return Y, R


def cofi_problem(num_movies: int, num_users: int, num_features: int, lam: float, share: float = 0.4):
    """inputs(rng) -> cofiCostFunc's seven arguments, params drawn small as the exercise's."""
    def inputs(rng):
        Y, R = ratings(rng, num_movies, num_users, share)
        params = rng.standard_normal(((num_movies + num_users) * num_features, 1))
        return params, Y, R, float(num_users), float(num_movies), float(num_features), lam
    return inputs


# -- cofiCostFunc -------------------------------------------------------------------------------------
for lam in (0.0, 1.5):
    CASES.add("cofiCostFunc", f"random-lambda{lam:g}", cofi_problem(20, 8, 3, lam), VALUE_GRADIENT, OBJECTIVE,
              about="20 movies, 8 users, 3 features, R logical")
CASES.add("cofiCostFunc", "course-sizes", cofi_problem(5, 4, 3, 1.5), VALUE_GRADIENT, OBJECTIVE,
          about="the exercise's cut-down check: 5 movies, 4 users, 3 features, lambda 1.5")
CASES.add("cofiCostFunc", "one-feature", cofi_problem(6, 5, 1, 0.5), VALUE_GRADIENT, OBJECTIVE,
          about="num_features 1: X * Theta' is an outer product")
CASES.add("cofiCostFunc", "one-movie", cofi_problem(1, 7, 2, 1.0), VALUE_GRADIENT, OBJECTIVE,
          about="num_movies 1: sum (sum (E .^ 2)) reduces a row")
CASES.add("cofiCostFunc", "numeric-R", lambda rng: (lambda a: (a[0], a[1], a[2].astype(float), *a[3:]))(
    cofi_problem(10, 6, 2, 1.0)(rng)), VALUE_GRADIENT, OBJECTIVE, about="R as 0/1 doubles")
CASES.add("cofiCostFunc", "nan-unrated", lambda rng: (lambda a: (a[0], np.where(a[2], a[1], np.nan), *a[2:]))(
    cofi_problem(6, 4, 2, 1.0)(rng)), VALUE_GRADIENT, OBJECTIVE,
          about="NaN where not rated: 0 * NaN is NaN, so J and grad are NaN on both sides")
CASES.add("cofiCostFunc", "nothing-rated", lambda rng: (rng.standard_normal((14, 1)), np.zeros((4, 3)), np.zeros((4, 3), bool),
                                                        3.0, 4.0, 2.0, 2.0), VALUE_GRADIENT, OBJECTIVE,
          about="R all 0: the penalty alone, grad = lambda * params")
CASES.add("cofiCostFunc", "single-params", lambda rng: (lambda a: (a[0].astype(np.float32), *a[1:]))(
    cofi_problem(5, 4, 2, 1.0)(rng)), VALUE_GRADIENT, OBJECTIVE, about="params single: its values as doubles")
CASES.add("cofiCostFunc", "declared", None, VALUE_GRADIENT, OBJECTIVE,
          args=(Column(14, -2.0, 2.0), Matrix(4, 3, 0.0, 5.0, kind="integer"), Matrix(4, 3, kind="logical"),
                3.0, 4.0, 2.0, Scalar(0.0, 3.0)))
CASES.add("cofiCostFunc", "error-params-count", lambda rng: (np.zeros((9, 1)), np.ones((3, 2)), np.ones((3, 2), bool),
                                                             2.0, 3.0, 2.0, 0.0), VALUE_GRADIENT,
          raises="must have (num_movies + num_users) * num_features = 10 elements, got 9")
CASES.add("cofiCostFunc", "error-R-values", lambda rng: (np.zeros((10, 1)), np.ones((3, 2)), np.array([[1.0, 1], [5, 0], [1, 0]]),
                                                         2.0, 3.0, 2.0, 0.0), VALUE_GRADIENT,
          raises="r must hold 0 and 1 only (rated or not), but its 2nd element is 5")
CASES.add("cofiCostFunc", "error-Y-size", lambda rng: (np.zeros((10, 1)), np.ones((2, 3)), np.ones((2, 3), bool),
                                                       2.0, 3.0, 2.0, 0.0), VALUE_GRADIENT,
          raises="y must be num_movies-by-num_users (num_movies is 3, num_users is 2; y is 2x3)")
CASES.add("cofiCostFunc", "error-num-features", lambda rng: (np.zeros((10, 1)), np.ones((3, 2)), np.ones((3, 2), bool),
                                                             2.0, 3.0, 0.0, 0.0), VALUE_GRADIENT,
          raises="num_features must be a positive integer, got 0")

# -- normalizeRatings ---------------------------------------------------------------------------------
CASES.add("normalizeRatings", "random", lambda rng: ratings(rng, 40, 12), NORMALIZED, BIT_FOR_BIT,
          about="whole ratings 1 to 5, R logical, every movie rated")
CASES.add("normalizeRatings", "real-ratings", lambda rng: (lambda Y, R: (Y + rng.random(Y.shape) / 3, R))(*ratings(rng, 30, 25, 0.8)),
          NORMALIZED, BIT_FOR_BIT, about="non-whole ratings over up to 25 users: the mean's sum in Octave's order")
CASES.add("normalizeRatings", "nan-unrated", lambda rng: (lambda Y, R: (np.where(R, Y, np.nan), R.astype(float)))(
    *ratings(rng, 10, 6)), NORMALIZED, BIT_FOR_BIT, about="NaN where not rated, R 0/1 doubles: NaN is never read")
CASES.add("normalizeRatings", "single-Y", lambda rng: (lambda Y, R: ((Y / 3).astype(np.float32), R))(*ratings(rng, 8, 5)),
          NORMALIZED, BIT_FOR_BIT, about="Y single: its values as doubles")
CASES.add("normalizeRatings", "declared", None, NORMALIZED, BIT_FOR_BIT,
          args=(Matrix("m", "n", allow_nonfinite=True), Matrix("m", "n", 1.0, 1.0, kind="integer")),
          sizes={"m": (1, 20), "n": (1, 12)}, about="every entry rated (R all 1); NaN and Inf ratings spread to their movie")
CASES.add("normalizeRatings", "error-unrated-movie", lambda rng: (np.ones((3, 2)), np.array([[1.0, 0], [0, 0], [0, 0]])),
          NORMALIZED, raises="the 2nd movie has no ratings (its row of r is all 0): it has no mean rating")
CASES.add("normalizeRatings", "error-R-size", lambda rng: (np.ones((2, 2)), np.ones((1, 2))), NORMALIZED,
          raises="r must have the size of y (y is 2x2; r is 1x2)")

"""Cases for pyport/linear_regression.py: computeCost, computeCostMulti and normalEqn.
Tolerances and why: README, "Tolerance policy"."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, data, perfect_fit, random_problem, sin_grid, with_ones
from crosscheck.compare import Tolerance
from crosscheck.rounding import finite_max, residual_error, squares_error

CASES = CaseList("linear regression")
COST = (Output("J", "scalar"),)
THETA = (Output("theta", "array"),)


def cost_floor(inputs, octave_outputs):
    """The cost of residuals that cancel: each residual, at most r, rounds by d (rounding.squares_error)."""
    X, y, theta = inputs[:3]
    d = residual_error(X, y, theta)
    with np.errstate(all="ignore"):
        r = finite_max(X @ theta - y)
    return [squares_error(d, r)]


# Same operations in the same order as the original, down to the order of each sum: only the BLAS
# kernel of a matrix-vector product may round differently (numpy's OpenBLAS build against Debian's),
# and cancellation in X*theta - y can magnify that in J. Measured: at most 2 ULP.
EXACT_ORDER = Tolerance(rtol=1e-13, why="same operations in the same order; a BLAS kernel may round differently")
COST_TOL = replace(EXACT_ORDER, floor=cost_floor)
# pinv goes through an SVD, on two different LAPACK builds: perturbation theory bounds the error of
# the solution by ~kappa * eps relative to its norm, kappa the ratio of the largest to the smallest
# singular value of X'X that pinv keeps. These cases keep kappa below 1e8, and the values pinv drops
# (rank-deficient X) far below its cut-off, where rounding cannot move them across it.
SVD = Tolerance(rtol=5e-8, scale="output", why="two LAPACK SVDs: error ~ kappa(X'X) * eps of max|theta|, kappa < 1e8")


def _add(function, name, inputs, outputs, tol=None, raises=None, about=""):
    if tol is None:
        tol = COST_TOL if outputs is COST else EXACT_ORDER
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about)


# -- computeCostMulti and computeCost --------------------------------------------------------------
def _aw(rng):
    D = data("age_height_weight")
    return with_ones(D[:, :2]), column(D[:, 2]), column([-175.17, -0.40, 5.07])


def _sin_cost(rng):
    return with_ones(sin_grid()), column(np.cos(np.arange(1.0, 5.0))), column([1.0, -1.0, 0.5, 2.0])


def _km_cost(rng):
    D = data("km_price")
    return with_ones(D[:, :1]), column(D[:, 1]), column([8500.0, -0.0215])


def _take(build, n: int):
    """The same problem cut to its first n columns (2 for the one-feature functions)."""
    def inputs(rng):
        X, y, theta = build(rng)
        return X[:, :n], y, theta[:n]
    return inputs


def _with_nonfinite(rng):
    X, y, theta = random_problem(6, 3)(rng)
    X[1, 1], X[4, 2] = np.nan, np.inf
    return X, y, theta


for fn in ("computeCostMulti", "computeCost"):
    n = 2 if fn == "computeCost" else 4
    _add(fn, "sin-grid", _take(_sin_cost, n), COST,
         about="X = [ones, sin(reshape(1:2:24, 4, 3))], y = cos(1:4)'")
    _add(fn, "random-m1", random_problem(1, n), COST, about="a single example")
    _add(fn, "random-tall", random_problem(500, n), COST)
    _add(fn, "random-large", random_problem(40, n, scale=1e6, theta_scale=1e3), COST, about="features ~1e6")
    _add(fn, "random-tiny", random_problem(40, n, scale=1e-7, theta_scale=1e-3), COST, about="features ~1e-7")
    _add(fn, "nan-inf", _take(_with_nonfinite, n), COST,
         about="a NaN and an Inf in X: J is NaN on both sides")
    _add(fn, "error-y-row", lambda rng: (np.ones((3, 2)), np.ones((1, 3)), np.ones((2, 1))), COST,
         raises="must be an m-by-1 column", about="y as a row would broadcast to 3-by-3")
    _add(fn, "error-theta-length", lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.ones((3, 1))), COST,
         raises="must be an n-by-1 column")
    _add(fn, "error-complex-x", lambda rng: (np.ones((3, 2)) * 1j, np.ones((3, 1)), np.ones((2, 1))), COST,
         raises="must be a real numeric")
_add("computeCostMulti", "age-height-weight", _aw, COST, about="data/age_height_weight.csv at the least-squares theta")
_add("computeCostMulti", "random-n1", random_problem(30, 1), COST, about="X is only the ones column")
_add("computeCostMulti", "random-wide", random_problem(3, 12), COST, about="more parameters than examples")
_add("computeCost", "km-price", _km_cost, COST, about="data/km_price.csv, raw km")


_add("computeCostMulti", "perfect-fit", perfect_fit(1000, 8), COST,
     about="y = X*theta: J is 0 on one side, a rounding residue on the other (the cost floor)")
_add("computeCost", "perfect-fit", perfect_fit(200, 2), COST)
_add("computeCost", "error-three-columns", lambda rng: (np.ones((3, 3)), np.ones((3, 1)), np.ones((3, 1))), COST,
     raises="must have 2 columns")


# -- normalEqn -------------------------------------------------------------------------------------
def _lsq(build):
    def inputs(rng):
        X, y, _ = build(rng)
        return X, y
    return inputs


def _repeated_column(rng):
    x = rng.standard_normal((12, 1))
    return with_ones(np.hstack([x, x, rng.standard_normal((12, 1))])), rng.standard_normal((12, 1))


_add("normalEqn", "age-height-weight", lambda rng: _aw(rng)[:2], THETA, tol=SVD,
     about="a statistics package gives -175.17, -0.40, 5.07")
_add("normalEqn", "sin-grid", lambda rng: _sin_cost(rng)[:2], THETA, tol=SVD)
_add("normalEqn", "random-tall", _lsq(random_problem(200, 4)), THETA, tol=SVD)
_add("normalEqn", "random-m1", _lsq(random_problem(1, 3)), THETA, tol=SVD, about="rank 1: the minimum-norm solution")
_add("normalEqn", "random-wide", _lsq(random_problem(3, 6)), THETA, tol=SVD, about="rank 3 of 6")
_add("normalEqn", "repeated-column", _repeated_column, THETA, tol=SVD, about="exactly rank-deficient X")
_add("normalEqn", "nan", lambda rng: _with_nonfinite(rng)[:2], THETA, tol=SVD,
     about="a NaN in X: pinv, and so theta, is all NaN")
_add("normalEqn", "error-y-length", lambda rng: (np.ones((3, 2)), np.ones((2, 1))), THETA,
     raises="must be an m-by-1 column")
_add("computeCostMulti", "overflow",
     lambda rng: (with_ones(column([1e160, 2e160])), column([1.0, 2.0]), column([0.0, 1.0])),
     COST, about="residuals of 1e160: their squares overflow, J is Inf in both")
_add("normalEqn", "overflow", lambda rng: (with_ones(column([1e160, 2e160, 4e160])), column([1.0, 2.0, 3.0])), THETA,
     tol=SVD, about="X'X overflows: an all-NaN theta in both, through pinv")


# Integer and single inputs (issue 11): both sides convert them to double at the door. oct2py sends a
# float32 array as a single (an integer array as a double).
def _as_single(build):
    def inputs(rng):
        X, y, theta = build(rng)
        return X.astype(np.float32), y, theta
    return inputs


_add("computeCostMulti", "single-X", _as_single(_sin_cost), COST, about="a single X: the cost of its values, in double")
_add("computeCostMulti", "single-all", lambda rng: tuple(a.astype(np.float32) for a in _sin_cost(rng)), COST)


# Logical inputs (issue 11): a logical array is its 1s and 0s on both sides (oct2py sends it as logical).
_add("computeCostMulti", "logical-X-y",
     lambda rng: (rng.standard_normal((6, 3)) > 0, rng.standard_normal((6, 1)) > 0, column([0.5, -1.0, 2.0])), COST,
     about="X and y logical (indicator features and labels)")

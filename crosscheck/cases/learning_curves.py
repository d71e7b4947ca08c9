"""Cases for pyport/learning_curves.py: learningCurve and validationCurve.

Each entry is the cost of a fit by trainLinearReg, whose two sides stop at different points near
the same minimiser (crosscheck/cases/bias_variance.py, ``fit_bound``): an entry may differ by what
the cost moves between two points each within delta of the minimiser (``cost_spread``), fit by fit.
The training sets are kept small (learningCurve fits m times on each side) and well conditioned
(every fit's Hessian of condition number at most COND_MAX = 30, where that bound holds).
"""

from __future__ import annotations

import numpy as np

from crosscheck.args import Column, Matrix, Scalar
from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, with_ones
from crosscheck.cases.bias_variance import _floats, cost_spread, fit_bound
from crosscheck.compare import Tolerance

CASES = CaseList("bias and variance")
LEARNING = (Output("error_train"), Output("error_val"))
VALIDATION = (Output("lambda_vec"), Output("error_train"), Output("error_val"))
LAMBDA_VEC = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
#: Two features on 7 well-spread points: X'X/m of condition ~2, and its first 1, 2 and 3 rows span
#: what they can without near-collinearity (the fits with fewer examples than parameters).
GRID = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0], [0.5, 0.5], [-0.5, 0.0]])


def _spreads(X, y, Xval, yval, fits):
    """For each (rows, lambda): how far the training and validation errors of the fit may be apart."""
    train, val = [], []
    for i, lam in fits:
        theta, delta = fit_bound(X[:i], y[:i], lam)
        train.append(cost_spread(X[:i], y[:i], theta, delta))
        val.append(cost_spread(Xval, yval, theta, delta))
    return column(train), column(val)


def learning_floor(inputs, octave_outputs):
    X, y, Xval, yval, lam = _floats(*inputs)
    return list(_spreads(X, y, Xval, yval, [(i, float(lam)) for i in range(1, X.shape[0] + 1)]))


def validation_floor(inputs, octave_outputs):
    X, y, Xval, yval = _floats(*inputs)
    return [0.0, *_spreads(X, y, Xval, yval, [(X.shape[0], lam) for lam in LAMBDA_VEC])]


WHY = ("each fit stops where the cost is flat to rounding, not on the same trace on both sides: the errors "
       "may differ by the cost's own spread over two points within delta of the minimiser (fit_bound)")
LEARNING_TOL = Tolerance(rtol=1e-13, floor=learning_floor, why=WHY)
VALIDATION_TOL = Tolerance(rtol=1e-13, floor=validation_floor, why=WHY + "; lambda_vec bit for bit")


def _add(function, name, inputs, outputs, tol, raises=None, about="", **options):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about, **options)


def _sets(m, mval, n, noise=0.5):
    """A training and a validation set drawn from the same noisy linear model, features ~N(0, 1)."""
    def build(rng):
        theta = rng.standard_normal((n, 1))
        X, Xval = with_ones(rng.standard_normal((m, n - 1))), with_ones(rng.standard_normal((mval, n - 1)))
        return X, X @ theta + noise * rng.standard_normal((m, 1)), Xval, Xval @ theta + noise * rng.standard_normal((mval, 1))
    return build


def _curved(m, mval, degree):
    """ex5 in miniature: targets a curve of one feature, its powers 1 to degree normalised with the
    training set's mean and deviation (as the course's featureNormalize), a column of ones."""
    def build(rng):
        x, xval = rng.uniform(-2, 2, m), rng.uniform(-2, 2, mval)
        P, Pval = (np.column_stack([v ** k for k in range(1, degree + 1)]) for v in (x, xval))
        mu, sigma = P.mean(0), P.std(0, ddof=1)
        return (with_ones((P - mu) / sigma), column(np.sin(2 * x) + 0.2 * rng.standard_normal(m)),
                with_ones((Pval - mu) / sigma), column(np.sin(2 * xval) + 0.2 * rng.standard_normal(mval)))
    return build


# -- learningCurve ---------------------------------------------------------------------------------
for lam in (0.0, 1.0):
    _add("learningCurve", f"linear-lambda{lam:g}", lambda rng, lam=lam: (*_sets(8, 6, 2)(rng), lam), LEARNING,
         LEARNING_TOL, about="a straight-line model; the first fit has one example")
_add("learningCurve", "three-parameters",
     lambda rng: (with_ones(GRID), GRID @ column([1.0, -2.0]) + 0.5 + 0.3 * rng.standard_normal((7, 1)),
                  *_sets(5, 5, 3)(rng)[2:], 0.0), LEARNING, LEARNING_TOL,
     about="lambda 0: fits 1 and 2 have fewer examples than parameters (least-norm)")
_add("learningCurve", "normalised-quadratic", lambda rng: (*_curved(10, 8, 2)(rng), 1.0), LEARNING, LEARNING_TOL,
     about="ex5's setting in miniature: normalised powers of a feature")
_add("learningCurve", "noise-free-line",
     lambda rng: (with_ones(column(np.arange(5.0))), column(1 + 2 * np.arange(5.0)), with_ones(column([0.5, 2.5, 7.0])),
                  column([2.0, 6.0, 15.0]), 0.0), LEARNING, LEARNING_TOL, about="every error from two examples on is 0")
_add("learningCurve", "logical-y", lambda rng: (lambda X, y, Xv, yv: (X, y > 0, Xv, yv > 0, 0.5))(*_sets(6, 4, 2)(rng)),
     LEARNING, LEARNING_TOL, about="logical targets: their 1s and 0s")
_add("learningCurve", "declared", None, LEARNING, LEARNING_TOL,
     args=(Matrix("m", "n", -1.0, 1.0, ones_column=True), Column("m"), Matrix("mval", "n", -1.0, 1.0, ones_column=True),
           Column("mval"), Scalar(5.0, 10.0)), sizes={"m": (1, 6), "n": (1, 3), "mval": (1, 6)},
     about="features in [-1, 1], lambda/i from 0.83 to 10 and a column of ones: every fit's Hessian of condition "
           "number below 15 whatever the draw (searched: 200,000 draws, every corner)")
_add("learningCurve", "error-xval-columns", lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.ones((2, 3)), np.ones((2, 1)), 0.0),
     LEARNING, LEARNING_TOL, raises="xval must have the columns of x, one per parameter (x is 3x2; xval is 2x3)")
_add("learningCurve", "error-yval-rows", lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.ones((2, 2)), np.ones((3, 1)), 0.0),
     LEARNING, LEARNING_TOL, raises="yval must be an mval-by-1 column (xval is 2x2, so mval = 2; yval is 3x1)")
_add("learningCurve", "error-lambda-empty", lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.ones((2, 2)), np.ones((2, 1)),
                                                         np.zeros((0, 0))),
     LEARNING, LEARNING_TOL, raises="lambda")

# -- validationCurve -------------------------------------------------------------------------------
_add("validationCurve", "linear", lambda rng: _sets(12, 8, 3)(rng), VALIDATION, VALIDATION_TOL)
_add("validationCurve", "normalised-quadratic", lambda rng: _curved(12, 10, 2)(rng), VALIDATION, VALIDATION_TOL,
     about="ex5's question in miniature: which lambda the validation error picks")
_add("validationCurve", "one-feature", lambda rng: _sets(5, 4, 2)(rng), VALIDATION, VALIDATION_TOL)
_add("validationCurve", "declared", None, VALIDATION, VALIDATION_TOL,
     args=(with_ones(GRID), Column(7), Matrix("mval", 3, -1.0, 1.0, ones_column=True), Column("mval")),
     sizes={"mval": (1, 8)}, about="a fixed, well-conditioned training design (lambda 0 is among the fits); "
                                   "the targets and the validation set drawn")
_add("validationCurve", "error-x-complex", lambda rng: (np.array([[1j, 1.0]]), np.ones((1, 1)), np.ones((1, 2)), np.ones((1, 1))),
     VALIDATION, VALIDATION_TOL, raises="x must be a real numeric matrix, got a complex array of size 1x2")
_add("validationCurve", "error-yval-text", lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.ones((2, 2)), "ab"),
     VALIDATION, VALIDATION_TOL, raises='yval must be a real numeric mval-by-1 column, got "ab"')

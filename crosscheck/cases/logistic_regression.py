"""Cases for pyport/logistic_regression.py: costFunction, costFunctionReg (the course's ex2) and
lrCostFunction (ex3)."""

from __future__ import annotations

import numpy as np

from crosscheck.args import Column, Matrix, Scalar
from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, data, logistic_data, with_ones
from crosscheck.compare import Tolerance

CASES = CaseList("logistic regression")
VALUE_GRADIENT = (Output("J", "scalar"), Output("grad", "array"))
OBJECTIVE = Tolerance(rtol=1e-13, scale="output", why="same operations in the same order; BLAS and log/exp ULPs")


for lam in (0.0, 1.0):
    CASES.add("lrCostFunction", f"random-lambda{lam:g}",
         lambda rng, lam=lam: (rng.standard_normal((4, 1)), *logistic_data(rng, 60, 4), lam), VALUE_GRADIENT, OBJECTIVE)
CASES.add("lrCostFunction", "error-y-row", lambda rng: (np.zeros((2, 1)), np.ones((3, 2)), np.ones((1, 3)), 0.0),
     VALUE_GRADIENT, OBJECTIVE, raises="must be an m-by-1 column")


CASES.add("lrCostFunction", "intercept-only",
          lambda rng: (rng.standard_normal((1, 1)), *logistic_data(rng, 30, 1), 2.0), VALUE_GRADIENT, OBJECTIVE,
          about="n = 1: nothing to regularise (found by --examples: the original returned an empty J)")


# Integer and single inputs (issue 11): both sides convert them to double at the door. oct2py sends a
# float32 array as a single; an integer array it sends as a double (its convert_to_float), and cases
# send 2-D arrays, not numpy scalars, so the integer classes reach only the port (the originals' own
# %!test blocks cover them in Octave).
CASES.add("lrCostFunction", "int-lambda",
          lambda rng: (rng.standard_normal((4, 1)), *logistic_data(rng, 60, 4), np.array([[1]], dtype=np.int64)), VALUE_GRADIENT, OBJECTIVE,
          about="lambda an int64 1-by-1: the double result, not int64 arithmetic's")
def _single_X_lambda(rng):
    theta = rng.standard_normal((4, 1))
    X, y = logistic_data(rng, 60, 4)
    return theta, X.astype(np.float32), y, np.array([[0.3]], dtype=np.float32)


CASES.add("lrCostFunction", "single-X-lambda", _single_X_lambda, VALUE_GRADIENT, OBJECTIVE,
          about="X and lambda single: their values as doubles, in double precision")


# Logical inputs (issue 11): a logical array is its 1s and 0s on both sides; oct2py sends a bool array
# as a logical one, so these reach the original as the course's own (y == c) labels do.
CASES.add("lrCostFunction", "course-check",
          lambda rng: (column([-2.0, -1.0, 1.0, 2.0]), with_ones(np.arange(1.0, 16.0).reshape(5, 3, order="F") / 10),
                       column([1.0, 0.0, 1.0, 0.0, 1.0]) >= 0.5, 3.0), VALUE_GRADIENT, OBJECTIVE,
          about="the course's published check, y logical: J 2.534819, grad 0.146561, -0.548558, 0.724722, 1.398003")
CASES.add("lrCostFunction", "logical-y",
          lambda rng: (lambda X, y: (rng.standard_normal((4, 1)), X, y > 0.5, 1.0))(*logistic_data(rng, 60, 4)),
          VALUE_GRADIENT, OBJECTIVE, about="y logical, as one-vs-all's (y == c)")


# -- costFunction, costFunctionReg: the course's ex2 ------------------------------------------------
TWO_POINTS = np.array([[1.0, 1.0], [1.0, -1.0]])


def _ex2data1(theta):
    d = data("ex2data1")
    return lambda rng: (column(theta), with_ones(d[:, :2]), d[:, 2:3])


def _ex2data2_mapped(theta, lam):
    # both sides get the 28 features from the port's map_feature, bit for bit the original's (the
    # classification cases hold it to that)
    from pyport import map_feature  # noqa: PLC0415 -- a case's input builder

    d = data("ex2data2")
    return lambda rng: (column(theta), map_feature(d[:, :1], d[:, 1:2]), d[:, 2:3], lam)


def _random(m, n, *lam):
    return lambda rng: (rng.standard_normal((n, 1)), *logistic_data(rng, m, n), *lam)


def _with_logical_y(rng):
    X, y = logistic_data(rng, 60, 4)
    return rng.standard_normal((4, 1)), X, y > 0.5


def _single_X_int_lambda(rng):
    X, y = logistic_data(rng, 50, 4)
    return rng.standard_normal((4, 1)), X.astype(np.float32), y, np.array([[2]], dtype=np.int64)


CASES.add("costFunction", "course-theta-zeros", _ex2data1([0.0, 0.0, 0.0]), VALUE_GRADIENT, OBJECTIVE,
          about="ex2data1, theta = 0: the course publishes 0.693147 and -0.1000, -12.0092, -11.2628")
CASES.add("costFunction", "course-theta-test", _ex2data1([-24.0, 0.2, 0.2]), VALUE_GRADIENT, OBJECTIVE,
          about="ex2data1, theta = [-24; 0.2; 0.2]: the course publishes 0.218 and 0.043, 2.566, 2.647")
CASES.add("costFunctionReg", "course-zeros-lambda1", _ex2data2_mapped([0.0] * 28, 1.0), VALUE_GRADIENT, OBJECTIVE,
          about="ex2data2 through mapFeature, zeros, lambda 1: the course publishes 0.693")
CASES.add("costFunctionReg", "course-ones-lambda10", _ex2data2_mapped([1.0] * 28, 10.0), VALUE_GRADIENT, OBJECTIVE,
          about="ex2data2 through mapFeature, ones, lambda 10: the course publishes 3.16")

for m, n in ((60, 4), (1, 3), (200, 10)):
    CASES.add("costFunction", f"random-{m}x{n}", _random(m, n), VALUE_GRADIENT, OBJECTIVE)
    CASES.add("costFunctionReg", f"random-{m}x{n}", _random(m, n, 0.5), VALUE_GRADIENT, OBJECTIVE)
CASES.add("costFunction", "declared", None, VALUE_GRADIENT, OBJECTIVE,
          args=(Column("n"), Matrix("m", "n", ones_column=True), Column("m", kind="binary")),
          sizes={"m": (1, 40), "n": (1, 6)},
          about="theta, X with its column of ones, 0/1 labels, drawn from their declarations")
CASES.add("costFunctionReg", "declared-logical", None, VALUE_GRADIENT, OBJECTIVE,
          args=(Column("n"), Matrix("m", "n", ones_column=True), Column("m", kind="logical"), Scalar(0.0, 10.0)),
          sizes={"m": (1, 40), "n": (1, 6)},
          about="logical labels (the course's y == c) and a lambda in [0, 10], drawn from their declarations")
CASES.add("costFunction", "nonfinite-X", None, VALUE_GRADIENT, OBJECTIVE,
          args=(Column("n"), Matrix("m", "n", ones_column=True, allow_nonfinite=True), Column("m", kind="binary")),
          sizes={"m": (2, 20), "n": (2, 4)},
          about="NaN and +-Inf among the features: NaN and Inf in the same places on both sides")
CASES.add("costFunction", "saturated", lambda rng: (column([0.0, 1000.0]), TWO_POINTS, column([0.0, 1.0])),
          VALUE_GRADIENT, OBJECTIVE, about="h exactly 1 and 0, both wrong: J is Inf (log 0), the gradient finite")
CASES.add("costFunctionReg", "inf-theta", lambda rng: (column([0.0, np.inf]), TWO_POINTS, column([0.0, 1.0]), 1.0),
          VALUE_GRADIENT, OBJECTIVE, about="an Inf weight: an Inf penalty, NaN where 0 * Inf appears")
CASES.add("costFunctionReg", "intercept-only", _random(30, 1, 2.0), VALUE_GRADIENT, OBJECTIVE,
          about="n = 1: nothing to regularise")
CASES.add("costFunctionReg", "single-X-int-lambda", _single_X_int_lambda, VALUE_GRADIENT, OBJECTIVE,
          about="X single, lambda an int64: their values as doubles, in double precision")
CASES.add("costFunction", "logical-y", _with_logical_y, VALUE_GRADIENT, OBJECTIVE,
          about="y logical, as the course's y == c")

CASES.add("costFunction", "error-y-row", lambda rng: (np.zeros((2, 1)), np.ones((3, 2)), np.ones((1, 3))),
          VALUE_GRADIENT, OBJECTIVE, raises="y must be an m-by-1 column (x is 3x2, so m = 3; y is 1x3)")
CASES.add("costFunction", "error-theta-length", lambda rng: (np.zeros((3, 1)), np.ones((3, 2)), np.ones((3, 1))),
          VALUE_GRADIENT, OBJECTIVE, raises="theta must be an n-by-1 column (x is 3x2, so n = 2; theta is 3x1)")
CASES.add("costFunction", "error-X-text", lambda rng: (np.zeros((2, 1)), "ab", np.ones((3, 1))),
          VALUE_GRADIENT, OBJECTIVE, raises='x must be a real numeric matrix, got "ab"')
CASES.add("costFunctionReg", "error-lambda-pair",
          lambda rng: (np.zeros((2, 1)), np.ones((3, 2)), np.ones((3, 1)), np.ones((1, 2))),
          VALUE_GRADIENT, OBJECTIVE, raises="must be a real scalar, got an array of size 1x2")
CASES.add("costFunctionReg", "error-theta-row", lambda rng: (np.zeros((1, 2)), np.ones((3, 2)), np.ones((3, 1)), 1.0),
          VALUE_GRADIENT, OBJECTIVE, raises="theta must be an n-by-1 column (x is 3x2, so n = 2; theta is 1x2)")

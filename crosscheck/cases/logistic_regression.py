"""Cases for pyport/logistic_regression.py: lrCostFunction."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, logistic_data, with_ones
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

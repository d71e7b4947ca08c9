"""Cases for pyport/activations.py: sigmoid and sigmoidGradient."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList
from crosscheck.compare import Tolerance

CASES = CaseList("activations")
ELEMENTWISE = Tolerance(rtol=1e-15, why="numpy's exp and sin against the C library's: at most 1 ULP, measured")


def _add(function, name, inputs, outputs, tol=ELEMENTWISE, raises=None, about=""):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about)


# -- sigmoid and sigmoidGradient -------------------------------------------------------------------
EXTREMES = np.array([[-800.0, -710.0, -40.0, -1e-300, 0.0, 1e-300, 40.0, 710.0, 800.0, -np.inf, np.inf, np.nan]])
for fn in ("sigmoid", "sigmoidGradient"):
    out = (Output("g", "array"),)
    _add(fn, "grid", lambda rng: (np.linspace(-12.0, 12.0, 97).reshape(97, 1),), out, ELEMENTWISE)
    _add(fn, "random-matrix", lambda rng: (3 * rng.standard_normal((7, 5)),), out, ELEMENTWISE)
    _add(fn, "extremes", lambda rng: (EXTREMES,), out, ELEMENTWISE,
         about="overflow of exp, -0, +-Inf and NaN")
    _add(fn, "scalar", lambda rng: (np.array([[0.3]]),), out, ELEMENTWISE)
    _add(fn, "error-complex", lambda rng: (np.array([[1 + 1j]]),), out, raises="must be a real numeric array")




# Integer and single inputs (issue 11): both sides convert them to double at the door.
for fn in ("sigmoid", "sigmoidGradient"):
    out = (Output("g", "array"),)
    _add(fn, "single-z", lambda rng: ((3 * rng.standard_normal((7, 5))).astype(np.float32),), out, ELEMENTWISE,
         about="a single z: the double result of its values")
    _add(fn, "int64-z", lambda rng: (rng.integers(-40, 40, (4, 6)),), out, ELEMENTWISE,
         about="an int64 z (oct2py sends integer arrays as doubles)")


# Logical inputs (issue 11): a logical z is its 1s and 0s on both sides (oct2py sends it as logical).
for fn in ("sigmoid", "sigmoidGradient"):
    _add(fn, "logical-z", lambda rng: (rng.standard_normal((5, 4)) > 0,), (Output("g", "array"),), ELEMENTWISE,
         about="a logical z: g of its 1s and 0s")

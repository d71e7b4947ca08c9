"""Cases for pyport/objectives.py: rosenbrock and quadraticCost, the test objectives of fmincg."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, spd
from crosscheck.compare import Tolerance

CASES = CaseList("objectives")
VALUE_GRADIENT = (Output("f", "scalar"), Output("g", "array"))
OBJECTIVE = Tolerance(rtol=1e-13, scale="output", why="same operations in the same order; BLAS ULPs")
# rosenbrock is elementwise arithmetic and Octave's sequential sum, nothing else: bit for bit (and so
# fmincg's end-to-end cases on it are compared bit for bit: cases/optimization.py).
EXACT = Tolerance(why="elementwise arithmetic and Octave's sequential sum: bit for bit")


def _add(function, name, inputs, outputs, tol=OBJECTIVE, raises=None, about=""):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about)


_add("rosenbrock", "standard-start", lambda rng: (column([-1.2, 1.0]),), VALUE_GRADIENT, EXACT)
_add("rosenbrock", "random-10", lambda rng: (rng.uniform(-2, 2, (10, 1)),), VALUE_GRADIENT, EXACT)
_add("rosenbrock", "minimum", lambda rng: (np.ones((4, 1)),), VALUE_GRADIENT, EXACT)
_add("rosenbrock", "error-one-element", lambda rng: (np.ones((1, 1)),), VALUE_GRADIENT,
     raises="must be a real numeric column vector of at least 2 elements")
_add("quadraticCost", "random-8", lambda rng: (rng.standard_normal((8, 1)), spd(rng, 8, 1e3), rng.standard_normal((8, 1))),
     VALUE_GRADIENT)
_add("quadraticCost", "error-x-length", lambda rng: (np.ones((3, 1)), np.eye(2), np.ones((2, 1))), VALUE_GRADIENT,
     raises="x must be an n-by-1 column")

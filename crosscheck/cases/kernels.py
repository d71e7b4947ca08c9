"""Cases for pyport/kernels.py: linearKernel and gaussianKernel.

linearKernel is one dot product, through each side's BLAS ``ddot``: two builds may add its terms in
another order, so it is held to the textbook bound of a dot product (``crosscheck.rounding``).
gaussianKernel is a sequential sum of squares on both sides, then ``exp``: a ULP or two apart.
"""

from __future__ import annotations

import numpy as np

from crosscheck import rounding
from crosscheck.args import Column, Row, Scalar
from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column
from crosscheck.compare import Tolerance

CASES = CaseList("svm kernels")
SIM = (Output("sim", "scalar"),)


def _dot_floor(inputs, octave_outputs):
    """A dot product of n terms: two BLAS builds within ``rounding.sum_error`` of each other."""
    a, b = (np.asarray(x, dtype=float).ravel() for x in inputs[:2])
    with np.errstate(all="ignore"):
        return [rounding.sum_error(a.size, rounding.finite_max(np.sum(np.abs(a * b))))]


DOT = Tolerance(rtol=0.0, floor=_dot_floor, why="a dot product through each side's BLAS ddot: the textbook bound")
GAUSSIAN = Tolerance(rtol=4e-16, why="the same sequential sum of squares; exp may be a ULP apart, measured")


def _pair(n, scale=1.0, shape=(-1, 1)):
    return lambda rng: (scale * rng.standard_normal(n).reshape(shape), scale * rng.standard_normal(n).reshape(shape))


# -- linearKernel ------------------------------------------------------------------------------------
for n in (1, 3, 40):
    CASES.add("linearKernel", f"random-{n}", _pair(n), SIM, DOT)
CASES.add("linearKernel", "row-and-column", lambda rng: (rng.standard_normal((1, 5)), rng.standard_normal((5, 1))), SIM, DOT,
          about="a row and a column: both taken as columns")
CASES.add("linearKernel", "logical-and-single",
          lambda rng: (rng.random((6, 1)) < 0.5, rng.standard_normal((6, 1)).astype(np.float32)), SIM, DOT,
          about="a logical example is its 1s and 0s; a single one its value in double")
CASES.add("linearKernel", "nonfinite", lambda rng: (column([np.inf, 1.0, 2.0]), column([0.0, 3.0, -1.0])), SIM, DOT,
          about="Inf * 0: NaN on both sides")
CASES.add("linearKernel", "declared", None, SIM, DOT, args=(Column("n"), Column("n")), sizes={"n": (1, 30)})
CASES.add("linearKernel", "declared-rows", None, SIM, DOT, args=(Row("n", allow_nonfinite=True), Column("n")),
          sizes={"n": (1, 10)})
CASES.add("linearKernel", "error-lengths", lambda rng: (column([1.0, 2.0, 3.0]), column([1.0, 2.0])), SIM, DOT,
          raises="x1 and x2 must have the same number of elements (x1 has 3, x2 has 2)")
CASES.add("linearKernel", "error-matrix", lambda rng: (np.ones((2, 2)), column([1.0, 2.0])), SIM, DOT,
          raises="x1 must be a real numeric vector, got an array of size 2x2")
CASES.add("linearKernel", "error-text", lambda rng: (column([1.0, 2.0]), "ab"), SIM, DOT,
          raises='x2 must be a real numeric vector, got "ab"')

# -- gaussianKernel ----------------------------------------------------------------------------------
CASES.add("gaussianKernel", "course-check", lambda rng: (np.array([[1.0, 2.0, 1.0]]), np.array([[0.0, 4.0, -1.0]]), 2.0),
          SIM, GAUSSIAN, about="the course's published figure: 0.324652")
for n, sigma in ((1, 1.0), (4, 0.5), (30, 3.0)):
    CASES.add("gaussianKernel", f"random-{n}-sigma{sigma:g}", lambda rng, n=n, s=sigma: (*_pair(n)(rng), s), SIM, GAUSSIAN)
CASES.add("gaussianKernel", "far-apart", lambda rng: (*_pair(3, 100.0)(rng), 0.1), SIM, GAUSSIAN,
          about="exp underflows to 0 on both sides")
CASES.add("gaussianKernel", "huge-sigma", lambda rng: (*_pair(3)(rng), 1e200), SIM, GAUSSIAN,
          about="sigma^2 overflows to Inf: the exponent is -0, sim 1")
CASES.add("gaussianKernel", "same-example", lambda rng: (lambda x: (x, x.copy(), 0.3))(rng.standard_normal((4, 1))), SIM, GAUSSIAN)
CASES.add("gaussianKernel", "nonfinite", lambda rng: (column([np.inf, 1.0]), column([np.inf, 0.0]), 1.0), SIM, GAUSSIAN,
          about="Inf - Inf: NaN")
CASES.add("gaussianKernel", "logical-single-sigma",
          lambda rng: (rng.random((5, 1)) < 0.5, rng.standard_normal((5, 1)), np.array([[1.5]], dtype=np.float32)),
          SIM, GAUSSIAN)
CASES.add("gaussianKernel", "declared", None, SIM, GAUSSIAN,
          args=(Column("n", low=-3, high=3), Column("n", low=-3, high=3), Scalar(low=0.1, high=5.0)), sizes={"n": (1, 20)})
CASES.add("gaussianKernel", "error-sigma-zero", lambda rng: (column([1.0, 2.0]), column([1.0, 2.0]), 0.0), SIM, GAUSSIAN,
          raises="sigma must be a positive real scalar, got 0")
CASES.add("gaussianKernel", "error-sigma-nan", lambda rng: (column([1.0, 2.0]), column([1.0, 2.0]), np.full((1, 1), np.nan)), SIM, GAUSSIAN,
          raises="sigma must be a positive real scalar, got nan")
CASES.add("gaussianKernel", "error-lengths", lambda rng: (column([1.0, 2.0]), column([1.0, 2.0, 3.0]), 1.0), SIM, GAUSSIAN,
          raises="x1 and x2 must have the same number of elements (x1 has 2, x2 has 3)")

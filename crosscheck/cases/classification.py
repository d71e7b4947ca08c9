"""Cases for pyport/classification.py: mapFeature and predict (both calling forms).

mapFeature is bit for bit: the port computes each power as Octave's ``.^`` does (a column: ``x.*x``,
``x.*x.*x``, then the C library's ``pow``; a scalar: ``pow`` throughout). predict's outputs are 0/1 or
labels: exact, on inputs where no output lies within an ULP of 0.5 or of another (integer weights and
features make ``X*theta`` exact; random real weights make near-ties improbable), and on exact ties,
which both sides give to the first label.
"""

from __future__ import annotations

import numpy as np

from crosscheck.args import Column, Matrix
from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, data, logistic_data, with_ones
from crosscheck.compare import Tolerance

CASES = CaseList("classification")
EXACT = Tolerance(why="the same products and the C library's pow in the same order, and 0/1 or labels: bit for bit")
FEATURES = (Output("out", "array"),)
ZERO_ONE = (Output("p", "any"),)
LABELS = (Output("p", "vector", index=True),)


# -- mapFeature --------------------------------------------------------------------------------------
CASES.add("mapFeature", "course-ex2data2", lambda rng: (data("ex2data2")[:, :1], data("ex2data2")[:, 1:2]),
          FEATURES, EXACT, about="the course's microchip tests: 118-by-28")
CASES.add("mapFeature", "random-columns",
          lambda rng: (3 * rng.standard_normal((200, 1)), 3 * rng.standard_normal((200, 1))), FEATURES, EXACT,
          about="x*x*x and pow (x, 3) differ in the last bit for a quarter of these: Octave multiplies")
CASES.add("mapFeature", "scalars", lambda rng: (float(3 * rng.standard_normal()), float(3 * rng.standard_normal())),
          FEATURES, EXACT, about="two scalars, as plotDecisionBoundary calls it: Octave's scalar .^ is pow throughout")
CASES.add("mapFeature", "declared", None, FEATURES, EXACT,
          args=(Column("m", -3.0, 3.0), Column("m", -3.0, 3.0)), sizes={"m": (1, 30)},
          about="two columns drawn from their declarations (m = 1 is the scalar path)")
CASES.add("mapFeature", "nonfinite", None, FEATURES, EXACT,
          args=(Column("m", allow_nonfinite=True), Column("m", allow_nonfinite=True)), sizes={"m": (2, 20)},
          about="NaN and +-Inf: NaN^0 is 1, Inf * 0 is NaN, in the same places on both sides")
CASES.add("mapFeature", "overflow", lambda rng: (column([1e60, -1e100, 1e-200]), column([1e60, 0.5, 1e-200])),
          FEATURES, EXACT, about="powers that overflow to Inf and underflow to 0 (and subnormals)")
CASES.add("mapFeature", "logical-single",
          lambda rng: (rng.random((6, 1)) < 0.5, rng.standard_normal((6, 1)).astype(np.float32)), FEATURES, EXACT,
          about="a logical X1 and a single X2: their values as doubles")
CASES.add("mapFeature", "error-X1-row", lambda rng: (np.ones((1, 3)), np.ones((3, 1))), FEATURES, EXACT,
          raises="x1 must be a real numeric column vector, got an array of size 1x3")
CASES.add("mapFeature", "error-X2-length", lambda rng: (np.ones((3, 1)), np.ones((2, 1))), FEATURES, EXACT,
          raises="x2 must be an m-by-1 column (x1 is 3x1, so m = 3; x2 is 2x1)")
CASES.add("mapFeature", "error-X2-complex", lambda rng: (np.ones((2, 1)), np.ones((2, 1)) * 1j), FEATURES, EXACT,
          raises="x2 must be a real numeric m-by-1 column, got a complex array of size 2x1")


# -- predict (theta, X): 0/1 -------------------------------------------------------------------------
CASES.add("predict", "logistic-random", lambda rng: (rng.standard_normal((4, 1)), logistic_data(rng, 100, 4)[0]),
          ZERO_ONE, EXACT, about="1 where sigmoid (X*theta) >= 0.5, as doubles")
CASES.add("predict", "logistic-course-theta",
          lambda rng: (column([-25.161, 0.206, 0.201]), with_ones(data("ex2data1")[:, :2])), ZERO_ONE, EXACT,
          about="ex2data1 and the course's fitted theta to 3 decimals")
CASES.add("predict", "logistic-declared", None, ZERO_ONE, EXACT,
          args=(Column("n", -5.0, 5.0, kind="integer"), Matrix("m", "n", -5.0, 5.0, kind="integer")),
          sizes={"m": (0, 30), "n": (1, 5)},
          about="integer weights and features: X*theta exact, 0 included (sigmoid 0.5: 1); m = 0 gives 0-by-1")
CASES.add("predict", "logistic-nonfinite", None, ZERO_ONE, EXACT,
          args=(Column("n"), Matrix("m", "n", allow_nonfinite=True)), sizes={"m": (1, 20), "n": (1, 4)},
          about="NaN >= 0.5 is false: 0")
CASES.add("predict", "logistic-logical-X", lambda rng: (rng.standard_normal((3, 1)), rng.random((8, 3)) < 0.5),
          ZERO_ONE, EXACT, about="a logical X")
CASES.add("predict", "error-theta-row", lambda rng: (np.ones((1, 2)), np.ones((3, 2))), ZERO_ONE, EXACT,
          raises="theta must be an n-by-1 column (x is 3x2, so n = 2; theta is 1x2)")
CASES.add("predict", "error-X-text", lambda rng: (np.ones((2, 1)), "ab"), ZERO_ONE, EXACT,
          raises='x must be a real numeric matrix, got "ab"')


# -- predict (Theta1, Theta2, X): labels, 0-based in the port -----------------------------------------
def _network(m, n, h, K, scale=1.0):
    """inputs(rng) -> Theta1 (h, n+1), Theta2 (K, h+1), X (m, n), normal weights times scale."""
    return lambda rng: (scale * rng.standard_normal((h, n + 1)), scale * rng.standard_normal((K, h + 1)),
                        rng.standard_normal((m, n)))


NAN_THETA2 = np.array([[np.nan, 0, 0], [0.5, 1, -1], [np.nan, 1, 1], [2, 0.5, 0.5]])
FIXED_THETA1 = np.array([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75], [-2.0, 1.0, 1.0]])
FIXED_THETA2 = np.array([[0.1, 1.0, -1.0, 0.5], [-0.3, -0.5, 2.0, 1.0], [0.2, 1.5, 0.5, -2.0]])

CASES.add("predict", "network-random", _network(100, 20, 25, 10), LABELS, EXACT,
          about="ex3's shape in small: 20 inputs, 25 hidden units, 10 labels")
CASES.add("predict", "network-one-row", _network(1, 3, 2, 4, 3.0), LABELS, EXACT, about="one example")
CASES.add("predict", "network-one-label", _network(5, 3, 2, 1), LABELS, EXACT, about="K = 1: every label is 1 (0 here)")
CASES.add("predict", "network-ties",
          lambda rng: (rng.standard_normal((3, 3)), np.zeros((4, 4)), rng.standard_normal((6, 2))), LABELS, EXACT,
          about="every output 1/2: the first label, as Octave's max")
CASES.add("predict", "network-nan-outputs",
          lambda rng: (rng.standard_normal((2, 3)), NAN_THETA2, rng.standard_normal((5, 2))), LABELS, EXACT,
          about="NaN outputs are ignored, as Octave's max ignores them")
CASES.add("predict", "network-all-nan",
          lambda rng: (np.full((2, 3), np.nan), rng.standard_normal((3, 3)), rng.standard_normal((4, 2))),
          LABELS, EXACT, about="every output NaN: label 1 in Octave, 0 here")
CASES.add("predict", "network-no-rows", _network(0, 3, 2, 4), LABELS, EXACT, about="m = 0: 0-by-1")
CASES.add("predict", "network-declared", None, LABELS, EXACT,
          args=(FIXED_THETA1, FIXED_THETA2, Matrix("m", 2, -5.0, 5.0)), sizes={"m": (1, 30)},
          about="fixed weights, the examples drawn from their declaration")
CASES.add("predict", "network-logical-single",
          lambda rng: (rng.standard_normal((3, 4)).astype(np.float32), rng.standard_normal((5, 4)),
                       rng.random((7, 3)) < 0.5), LABELS, EXACT,
          about="Theta1 single, X logical: their values as doubles")
CASES.add("predict", "error-theta1-columns", lambda rng: (np.ones((2, 2)), np.ones((1, 3)), np.ones((3, 2))),
          LABELS, EXACT, raises="theta1 must have one column more than x (theta1 is 2x2, x is 3x2)")
CASES.add("predict", "error-theta2-columns", lambda rng: (np.ones((2, 3)), np.ones((1, 2)), np.ones((3, 2))),
          LABELS, EXACT, raises="theta2 must have one column more than theta1 has rows (theta1 is 2x3, theta2 is 1x2)")
CASES.add("predict", "error-no-labels", lambda rng: (np.ones((2, 3)), np.zeros((0, 3)), np.ones((3, 2))),
          LABELS, EXACT, raises="theta2 must have at least one row and one column (theta2 is 0x3)")

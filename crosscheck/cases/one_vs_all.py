"""Cases for pyport/one_vs_all.py: oneVsAll and predictOneVsAll.

Class labels are 0-based in the ports: a label input is an ``Index`` (the port gets 0..K-1, Octave the
same plus 1) and predictOneVsAll's output is compared +1 with Octave's.

oneVsAll runs fmincg, which is chaotic (README, "fmincg"), so it is checked as fmincg is, two ways:
- isolated ("isolated-*"): the port is given the Octave objective itself (oneVsAll's trailing cost
  function, a ``Handle(via_octave=True)`` evaluated through the session), so that both training loops
  see the same numbers: all_theta must agree to the bit. This checks everything the port adds to
  fmincg: the column of ones, the labels ``y == c`` class by class, the zeros it starts from, the 50
  line searches, the rows it fills.
- end to end: the port with the ported lr_cost_function, against a floor measured on the original at
  every run: oneVsAll is run twice more in Octave with lrCostFunction's value and gradient nudged one
  ULP up, then down (``Handle.nudge``, passed as the cost function), and the port's all_theta may
  differ from Octave's by ten times what that moved Octave's own. The problems are regularised
  (lambda > 0): each class has one optimum, which 50 line searches reach, so a nudge moves a theta by
  about its rounding, not by the 1e-2 of a chaotic trace. Two nudges are a sample, not a bound: where
  the optimum is flat (X all zeros, found by ``--examples 30``: the nudged runs stopped 4e-13 from
  Octave's, the port 2.7e-10) fmincg stops anywhere the cost no longer falls to rounding, which is
  sqrt(eps) of theta's size away; so the movement taken is at least sqrt(eps) * max|all_theta|. Every
  porting mistake the cases plant moves all_theta by 1e-4 or more.
"""

from __future__ import annotations

import numpy as np

from crosscheck.args import Column, Matrix, Scalar
from crosscheck.case import Handle, Index, Output
from crosscheck.cases._common import CaseList
from crosscheck.compare import Tolerance
from crosscheck.rounding import SAFETY

CASES = CaseList("one-vs-all")
ALL_THETA = (Output("all_theta", "array"),)
P = (Output("p", "vector", index=True),)


def nudge_probes(inputs: tuple) -> list[tuple]:
    """oneVsAll run twice more in Octave, lrCostFunction nudged one ULP up, then down (its cost function)."""
    return [(*inputs[:4], Handle("lrCostFunction", nudge=direction)) for direction in (1, -1)]


def nudge_floor(inputs: tuple, octave_outputs: tuple, probe_outputs: list[tuple]) -> list[float]:
    """``SAFETY`` x how far the one-ULP nudges moved Octave's own all_theta, and at least sqrt(eps) of
    its largest entry, where a flat optimum lets fmincg stop (0 if a probe's shape differs)."""
    theta = np.asarray(octave_outputs[0], dtype=float)
    finite = theta[np.isfinite(theta)]
    moved = float(np.sqrt(np.finfo(float).eps) * np.max(np.abs(finite), initial=0.0))
    for (probe,) in probe_outputs:
        probe = np.asarray(probe, dtype=float)
        if probe.shape != theta.shape:
            return [0.0]
        with np.errstate(invalid="ignore"):
            moved = max(moved, float(np.max(np.abs(probe - theta), initial=0.0)))
    return [SAFETY * moved if np.isfinite(moved) else 0.0]


ISOLATED = Tolerance(why="both training loops see the Octave objective's numbers: bit for bit")
END_TO_END = Tolerance(floor=nudge_floor, probes=nudge_probes,
                       why="10 x the original's own all_theta movement under a one-ULP nudge of lrCostFunction, "
                           "and at least 10 x sqrt(eps) of its largest entry")


def clusters(rng, m: int, n: int, K: int, spread: float = 1.5):
    """m points around K random centres in n dimensions (overlapping for spread ~ 1.5), labels 0..K-1."""
    centres = 2.0 * rng.standard_normal((K, n))
    labels = rng.integers(0, K, m)
    return centres[labels] + spread * rng.standard_normal((m, n)), Index(labels.reshape(m, 1))


def _problem(m, n, K, lam, isolated=False):
    def inputs(rng):
        X, y = clusters(rng, m, n, K)
        args = (X, y, float(K), float(lam))
        return (*args, Handle("lrCostFunction", via_octave=True)) if isolated else args
    return inputs


# -- oneVsAll: isolated, then end to end on the same data (seed_key) ---------------------------------
# name: (m, n, K, lambda, isolated too). An isolated run costs a round trip to Octave per evaluation of
# the objective (~20 ms; 50 line searches take ~90 evaluations a class): one small problem only.
PROBLEMS = {
    "2-classes-lambda1": (30, 2, 2, 1.0, True),
    "3-classes-lambda1": (40, 2, 3, 1.0, False),
    "4-classes-lambda0.1": (60, 3, 4, 0.1, False),
}
for name, (m, n, K, lam, isolated) in PROBLEMS.items():
    if isolated:
        CASES.add("oneVsAll", f"isolated-{name}", _problem(m, n, K, lam, isolated=True), ALL_THETA, ISOLATED,
                  seed_key=f"oneVsAll/{name}", about=f"m = {m}, n = {n}; the port driven by the Octave lrCostFunction")
    CASES.add("oneVsAll", name, _problem(m, n, K, lam), ALL_THETA, END_TO_END, seed_key=f"oneVsAll/{name}",
              about=f"m = {m}, n = {n}, the ported lrCostFunction")
CASES.add("oneVsAll", "one-class", _problem(20, 2, 1, 1.0), ALL_THETA, END_TO_END,
          about="num_labels 1: every example is of class 0 (Octave 1); the intercept has no optimum (it grows "
                "with each line search), so the floor is wide: ~1e-3")


def _absent_class(rng):
    X, y = clusters(rng, 30, 2, 2)
    return X, y, 3.0, 1.0


CASES.add("oneVsAll", "absent-class", _absent_class, ALL_THETA, END_TO_END,
          about="labels 0 and 1 of 3: class 2 has no example, its theta says no everywhere (its intercept has no "
                "optimum: a wide floor for that row)")


def _typed(rng):
    X, y = clusters(rng, 30, 2, 3)
    return np.round(X).astype(np.float32), y, 3.0, np.array([[1]], dtype=np.int64)


CASES.add("oneVsAll", "single-x-int-lambda", _typed, ALL_THETA, END_TO_END,
          about="X single, lambda an int64 1-by-1: doubles on both sides")


def _logical_x(rng):
    X, y = clusters(rng, 30, 3, 2)
    return X > 0, y, 2.0, 0.5


CASES.add("oneVsAll", "logical-x", _logical_x, ALL_THETA, END_TO_END, about="binary features as a logical matrix")

# Declared arguments: --examples N draws more; each example's floor is measured on it.
CASES.add("oneVsAll", "declared", None, ALL_THETA, END_TO_END,
          args=(Matrix("m", "n", -3.0, 3.0), Column("m", 0, 2, kind="index"), 3.0, Scalar(0.1, 2.0)),
          sizes={"m": (2, 30), "n": (1, 3)}, about="labels 0..2 (1..3 in Octave), lambda in [0.1, 2]")


# -- oneVsAll: refusals ---------------------------------------------------------------------------------
def _bad(y=((0,), (1,), (0,)), K=2.0, lam=0.0, X=(3, 2), index=True):
    def inputs(rng):
        return np.ones(X), (Index(np.array(y)) if index else np.array(y, dtype=float)), K, lam
    return inputs


CASES.add("oneVsAll", "error-label-too-large", _bad(y=((0,), (1,), (2,))), ALL_THETA,
          raises="y must hold a class label in each row, one of num_labels = 2 classes; its 3rd row does not",
          about="label 2 of 0..1 (Octave: 3 of 1..2): the row is named, not the value")
CASES.add("oneVsAll", "error-label-not-whole", _bad(y=((0.0,), (1.5,), (1.0,)), index=False), ALL_THETA,
          raises="y must hold class labels, whole numbers; its 2nd row is not one",
          about="the same numbers to both sides: 1.5 is no whole number, refused first (before 0, no label in Octave)")
CASES.add("oneVsAll", "error-y-row", _bad(y=((0, 1, 0),)), ALL_THETA,
          raises="y must be an m-by-1 column (x is 3x2, so m = 3; y is 1x3)")
CASES.add("oneVsAll", "error-num-labels", _bad(K=0.0), ALL_THETA, raises="num_labels must be a positive integer, got 0")
CASES.add("oneVsAll", "error-huge-num-labels", _bad(K=1e10), ALL_THETA,
          raises="num_labels is too large (1e+10): all_theta would have 3e+10 elements, more than 2^31-1",
          about="refused before all_theta is allocated")
CASES.add("oneVsAll", "error-lambda", _bad(lam=np.ones((1, 2))), ALL_THETA,
          raises="must be a real scalar, got an array of size 1x2")


# -- predictOneVsAll --------------------------------------------------------------------------------
EXACT = Tolerance(why="labels: the same largest score in each row, ties and NaN passed over as by max")


def _scores(m, n, K):
    return lambda rng: (rng.standard_normal((K, n + 1)), rng.standard_normal((m, n)))


for m, n, K in ((50, 2, 3), (200, 5, 10), (1, 3, 4), (20, 1, 1)):
    CASES.add("predictOneVsAll", f"random-{m}x{n}-K{K}", _scores(m, n, K), P, EXACT)


def _ties(rng):
    """Small integers: many rows whose best scores are exactly equal (the first class wins)."""
    return rng.integers(-1, 2, (5, 3)).astype(float), rng.integers(-2, 3, (40, 2)).astype(float)


def _nonfinite(rng):
    X = rng.standard_normal((12, 2))
    X[1, 0], X[4, 1], X[7, 0], X[9, 1] = np.nan, np.inf, -np.inf, np.nan
    T = rng.standard_normal((3, 3))
    T[2, 0] = np.nan  # class 2 scores NaN everywhere
    return T, X


CASES.add("predictOneVsAll", "ties", _ties, P, EXACT, about="integer classifiers and points: ties go to the first class")
CASES.add("predictOneVsAll", "nonfinite", _nonfinite, P, EXACT,
          about="NaN scores passed over as by Octave's max; a row of NaN alone is class 0 (Octave 1)")
CASES.add("predictOneVsAll", "no-rows", lambda rng: (rng.standard_normal((3, 3)), np.zeros((0, 2))), P, EXACT,
          about="m = 0: an empty prediction")
CASES.add("predictOneVsAll", "logical-x", lambda rng: (rng.standard_normal((4, 4)), rng.random((15, 3)) < 0.5), P, EXACT)
CASES.add("predictOneVsAll", "declared", None, P, EXACT,
          args=(np.array([[0.5, 1.0, -1.0], [0.0, -1.0, 1.0], [-0.5, 2.0, 0.5]]),
                Matrix("m", 2, -5.0, 5.0, allow_nonfinite=True)),
          sizes={"m": (0, 30)}, about="three fixed classifiers, points drawn with NaN and Inf among them")
CASES.add("predictOneVsAll", "error-columns", lambda rng: (np.ones((3, 2)), np.ones((4, 2))), P,
          raises="all_theta must have one column more than x, for the intercept (all_theta is 3x2, x is 4x2)")
CASES.add("predictOneVsAll", "error-empty-theta", lambda rng: (np.ones((0, 3)), np.ones((4, 2))), P,
          raises="all_theta must have at least one row and one column")

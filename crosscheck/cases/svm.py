"""Cases for pyport/svm.py: svmTrain (the simplified SMO) and svmPredict.

Both sides get the same random draws (the ``draws`` input, a column of numbers in [0, 1)), so both
take the same steps. Every scalar step of the SMO is the same IEEE operation on both sides, and the
sums are Octave's sequential ones; what may round apart is the kernel matrix (``X * X'`` through each
side's BLAS) and ``w`` (a BLAS product). A one-ULP difference in K moves alphas and b by about that
relative amount, unless it flips a discrete decision (a KKT test against tol, ``L == H``, the clip
to [L, H], a step under tol): then the support vectors themselves differ, which no tolerance hides.
The problems here are drawn so that no decision is within rounding of its threshold (checked: each
case agrees; integer examples make K exact, so those agree to the bit); the tolerance is that of
the arithmetic, 1e-12 of each field's largest entry.
"""

from __future__ import annotations

import numpy as np

import pyport

from crosscheck.args import Column, Matrix, Scalar
from crosscheck.case import Handle, Output
from crosscheck.cases._common import CaseList, column
from crosscheck.compare import Tolerance

CASES = CaseList("support vector machines")
MODEL = (Output("model", "record"),)
PRED = (Output("pred", "vector"),)
SMO = Tolerance(rtol=1e-12, scale="output",
                why="the same SMO steps on both sides; K and w go through BLAS (a few ULPs), "
                    "which moves alphas and b by about as much relative to their size")
EXACT = Tolerance(why="integer examples: K is exact, and every step is the same IEEE operation")
LABELS = Tolerance(why="0/1 predictions: the decision values agree to a few ULPs and none is that close to 0")
LINEAR = Handle("linearKernel")


def gaussian(sigma: float) -> Handle:
    """The course's ``@(x1, x2) gaussianKernel (x1, x2, sigma)``; in Python a wrapper of gaussian_kernel."""
    return Handle("gaussianKernel", bound=(sigma,), arity=2)


def blobs(rng, m: int, n: int = 2, gap: float = 1.5):
    """m examples around two centres ``gap`` apart on each axis, labels 1 and 0 (a column)."""
    y = (np.arange(m) % 2).astype(float).reshape(-1, 1)
    X = rng.standard_normal((m, n)) + gap * (2 * y - 1)
    return X, y


def draws(rng, k: int = 4000):
    """k numbers in [0, 1) for the second index: enough for these problems to converge."""
    return rng.random((k, 1))


#: Draws for the declared cases: a constant, so that Hypothesis varies the problem, not the draws (it
#: would shrink them to all zeros, with which j is always the 1st example and the 1st never finds its
#: pair). The fractional parts of k times the golden ratio: spread evenly over [0, 1).
GOLDEN_DRAWS = ((np.arange(1, 20001) * 0.6180339887498949) % 1).reshape(-1, 1)


def _train(m, kernel, C=1.0, n=2, gap=1.5, integer=False):
    def inputs(rng):
        X, y = blobs(rng, m, n, gap)
        if integer:
            X = np.round(2 * X)
        return X, y, C, kernel, 1e-3, 5.0, draws(rng)
    return inputs


# -- svmTrain -----------------------------------------------------------------------------------------
CASES.add("svmTrain", "linear-integer-24", _train(24, LINEAR, integer=True), MODEL, EXACT,
          about="integer examples: bit for bit")
CASES.add("svmTrain", "linear-blobs-30", _train(30, LINEAR), MODEL, SMO)
CASES.add("svmTrain", "linear-overlap-C10", _train(30, LINEAR, C=10.0, gap=0.5), MODEL, SMO,
          about="overlapping classes: alphas at the bound C")
CASES.add("svmTrain", "gaussian-blobs-30", _train(30, gaussian(1.0)), MODEL, SMO,
          about="the Gaussian path: K = gaussianKernel (1, 0) .^ D")
CASES.add("svmTrain", "gaussian-narrow-3d", _train(20, gaussian(0.3), C=3.0, n=3), MODEL, SMO)
CASES.add("svmTrain", "course-defaults",
          lambda rng: (*blobs(rng, 20), 1.0, LINEAR, np.zeros((0, 0)), np.zeros((0, 0)), draws(rng)), MODEL, SMO,
          about="tol and max_passes empty: 1e-3 and 5")
CASES.add("svmTrain", "logical-y-single-x",
          lambda rng: (lambda X, y: (X.astype(np.float32), y == 1, 1.0, gaussian(2.0), 1e-3, 5.0, draws(rng)))(*blobs(rng, 16)),
          MODEL, SMO, about="the course's (y == c) labels and a single X: their values in double")
CASES.add("svmTrain", "one-class",
          lambda rng: (rng.standard_normal((6, 2)), np.ones((6, 1)), 1.0, LINEAR, 1e-3, 5.0, draws(rng, 200)), MODEL, EXACT,
          about="one label only: no pair can move, no support vectors")


def _train_by_name(X, Y, C, name, tol, max_passes, draws):
    """svm_train with the kernel named as Octave's svmTrain takes it (a declared argument is a constant,
    and a name is the constant a kernel can be): the port of that name."""
    return pyport.svm_train(X, Y, C, pyport.OCTAVE_NAMES[name], tol, max_passes, draws)


CASES.add("svmTrain", "gaussian-48", _train(48, gaussian(0.8), C=2.0, gap=0.8), MODEL, SMO)


def _nan_example(rng):
    X, y, *rest = _train(12, LINEAR)(rng)
    X[3, 0] = np.nan
    return (X, y, *rest)


CASES.add("svmTrain", "nan-example", _nan_example, MODEL, EXACT,
          about="a NaN example makes every E NaN (0 * NaN): no KKT test passes, no support vectors")
CASES.add("svmTrain", "no-pass", lambda rng: (*_train(10, LINEAR)(rng)[:5], 0.0), MODEL, EXACT,
          about="max_passes 0: no sweep, no support vectors, w = 0")
CASES.add("svmTrain", "declared", None, MODEL, SMO, port=_train_by_name,
          args=(Matrix("m", 2, low=-3, high=3), Column("m", kind="binary"), Scalar(low=0.1, high=2.0), "linearKernel",
                1e-3, 5.0, GOLDEN_DRAWS),
          sizes={"m": (2, 12)}, about="the kernel by its name, which Octave's svmTrain takes as its handle")
for name, inputs, message in (
    ("error-one-row", lambda rng: (np.array([[1.0, 2.0]]), 1.0, 1.0, LINEAR), "x must have at least 2 rows, examples to pair (x is 1x2)"),
    ("error-labels", lambda rng: (np.eye(2), column([1.0, -1.0]), 1.0, LINEAR), "y must hold labels 0 and 1, but its 2nd element is -1"),
    ("error-c", lambda rng: (np.eye(2), column([1.0, 0.0]), 0.0, LINEAR), "c must be a positive real scalar, got 0"),
    ("error-kernel", lambda rng: (np.eye(2), column([1.0, 0.0]), 1.0, 3.0), "kernel_function must be callable, got 3"),
    ("error-draws-range", lambda rng: (np.eye(2), column([1.0, 0.0]), 1.0, LINEAR, 1e-3, 5.0, column([0.5, 1.0])),
     "draws must hold numbers in [0, 1), but its 2nd element is 1"),
    ("error-draws-run-out", lambda rng: (np.eye(2), column([1.0, 0.0]), 1.0, LINEAR, 1e-3, 5.0, column([0.3])),
     "draws ran out: draw 2 was needed, and draws holds 1"),
    ("error-max-passes", lambda rng: (np.eye(2), column([1.0, 0.0]), 1.0, LINEAR, 1e-3, 2.5), "max_passes must be a non-negative integer"),
):
    CASES.add("svmTrain", name, inputs, MODEL, SMO, raises=message)


# -- svmPredict ---------------------------------------------------------------------------------------
def _struct(rng, kernel, s: int = 5, n: int = 2, b: float = -0.3):
    """A model as svmTrain's struct: s support vectors, labels -1 and 1, positive alphas."""
    return {"X": rng.standard_normal((s, n)), "y": column(np.where(np.arange(s) % 2, 1.0, -1.0)),
            "kernelFunction": kernel, "b": b, "alphas": rng.random((s, 1)) + 0.1, "w": rng.standard_normal((n, 1))}


CASES.add("svmPredict", "linear-40", lambda rng: (_struct(rng, LINEAR), rng.standard_normal((40, 2))), PRED, LABELS)
CASES.add("svmPredict", "gaussian-40", lambda rng: (_struct(rng, gaussian(1.0)), rng.standard_normal((40, 2))), PRED, LABELS)
CASES.add("svmPredict", "gaussian-leaves-b-out",
          lambda rng: ({"X": np.zeros((1, 2)), "y": column([1.0]), "kernelFunction": gaussian(1.0), "b": -5.0,
                        "alphas": column([1.0]), "w": column([0.0, 0.0])}, np.array([[0.0, 0.0], [10.0, 10.0]])),
          PRED, LABELS, about="b = -5 would make every p negative: the course's Gaussian path leaves b out, p >= 0")
CASES.add("svmPredict", "one-example-column",
          lambda rng: (_struct(rng, gaussian(0.5), n=3), rng.standard_normal((3, 1))), PRED, LABELS,
          about="a one-column X is one example, transposed")
CASES.add("svmPredict", "nan-example",
          lambda rng: (_struct(rng, LINEAR), np.array([[np.nan, 0.0], [1.0, 1.0]])), PRED, LABELS,
          about="p NaN: predicted 0")
CASES.add("svmPredict", "no-support-vectors",
          lambda rng: ({"X": np.zeros((0, 2)), "y": np.zeros((0, 1)), "kernelFunction": gaussian(1.0), "b": -1.0,
                        "alphas": np.zeros((0, 1)), "w": column([0.0, 0.0])}, rng.standard_normal((4, 2))),
          PRED, LABELS, about="no support vectors on the Gaussian path: p = 0, predicted 1")
CASES.add("svmPredict", "error-columns", lambda rng: (_struct(rng, LINEAR), np.ones((2, 3))), PRED, LABELS,
          raises="x must have n = 2 columns, one per feature of the model (x is 2x3)")
CASES.add("svmPredict", "error-not-a-model", lambda rng: (3.0, np.ones((2, 2))), PRED, LABELS,
          raises="model must be a struct with the fields x, y, kernelfunction, b, alphas and w, got 3")
CASES.add("svmPredict", "error-w-row", lambda rng: ({**_struct(rng, LINEAR), "w": np.ones((1, 2))}, np.ones((2, 2))), PRED, LABELS,
          raises="model.w must be an n-by-1 column (model.x is 5x2, so n = 2; model.w is 1x2)")

"""What the doctor's hypotheses share: the ids, a diagnosis, the view of one output, and agreement.

A hypothesis holds only when the port agrees with the mistake's prediction within the doctor's
allowance (:func:`agrees`: ``HYPOTHESIS_RTOL`` of the output's largest entry, or the case's own
tolerance where that is looser), and the port does not agree with Octave's own value at that
allowance (:func:`explained`): noise is never a mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from crosscheck.compare import Tolerance

#: How close the port must come to a mistake's prediction, relative to the output's largest entry: far
#: looser than a correct port's rounding (the prediction is itself computed differently), far tighter
#: than any error a mistake leaves.
HYPOTHESIS_RTOL = 1e-8

#: What each diagnosis id means (the README's table).
MISTAKES = {
    "swapped-outputs": "two outputs returned in each other's place",
    "transposed": "the transpose of Octave's matrix",
    "unrolled-row-major": "the same values, unrolled or reshaped in C (row) order instead of Octave's column order",
    "broadcast": "an (m,1) against an (m,) broadcast to (m,m)",
    "offset-by-one": "integer outputs off by exactly one: 0-based against 1-based indices",
    "bias-regularized": "only the bias entries differ, by lambda/m times theta: the bias regularised, or not",
    "ddof": "a standard deviation or variance dividing by N where Octave's divides by N-1, or the reverse",
    "one-step-off": "an iterative result or trace one iteration ahead or behind",
    "sign-flipped": "Octave's value with its sign flipped",
    "scaled": "off by a constant factor (2, 1/2, m, 1/m, 2m, 1/(2m) ...)",
    "single-precision": "errors of float32 size throughout: computed in single precision",
    "permuted": "the same values in another order",
}


@dataclass(frozen=True)
class Diagnosis:
    """A mistake named: its id (a key of :data:`MISTAKES`), what was seen, and the one-line fix."""

    id: str
    detail: str
    fix: str

    def __post_init__(self):
        if self.id not in MISTAKES:
            raise ValueError(f"Diagnosis: unknown id {self.id!r}")

    def to_json(self) -> dict:
        return {"id": self.id, "detail": self.detail, "fix": self.fix}


@dataclass(frozen=True)
class Output:
    """One output as the doctor sees it: Octave's value (2-D), the port's (as returned), the case's
    resolved tolerance for it."""

    name: str
    octave: np.ndarray
    port: object
    tol: Tolerance

    @property
    def port_array(self) -> np.ndarray:
        a = np.asarray(self.port)
        return a.astype(np.float64) if a.dtype.kind in "biu" else a


# -- agreement -----------------------------------------------------------------------------------
def align(value, shape: tuple) -> np.ndarray | None:
    """``value`` as an array of ``shape``, when it holds the same entries in the same order (a float
    for a 1x1, a 1-D array for a row or a column), else None. A row is not a column: that is a transpose."""
    a = np.asarray(value)
    a = a.astype(np.float64) if a.dtype.kind in "biu" else a
    if a.shape == tuple(shape):
        return a
    vector_like = sum(d != 1 for d in shape) <= 1
    if vector_like and a.ndim <= 1 and a.size == int(np.prod(shape)):
        return a.reshape(shape)
    return None


def _finite_max(*arrays) -> float:
    sizes = [np.abs(a[np.isfinite(a)]) for a in arrays]
    return max((float(s.max()) for s in sizes if s.size), default=0.0)


def allowance(tol: Tolerance, *values) -> float:
    """The doctor's absolute allowance for an output: the looser of HYPOTHESIS_RTOL and the case's
    rtol, of the largest finite entry, plus the case's largest absolute allowance (its floor)."""
    return max(tol.rtol, HYPOTHESIS_RTOL) * _finite_max(*values) + float(np.max(tol.atol, initial=0.0))


def agrees(predicted, port, tol: Tolerance) -> bool:
    """Whether the port's value is the prediction, within the doctor's allowance: the same shape (or
    form), NaN and Inf in the same places, every finite entry within :func:`allowance`."""
    predicted = np.asarray(predicted)
    predicted = predicted.astype(np.float64) if predicted.dtype.kind in "biu" else predicted
    if predicted.dtype.kind not in "fc":
        return False
    p = align(port, predicted.shape)
    if p is None or p.dtype.kind not in "fc":
        return False
    finite = np.isfinite(predicted)
    if not np.array_equal(finite, np.isfinite(p)) or not np.array_equal(predicted[~finite], p[~finite], equal_nan=True):
        return False
    return bool(np.all(np.abs(p[finite] - predicted[finite]) <= allowance(tol, predicted, p)))


def explained(o: Output, predicted) -> bool:
    """A mistake explains the output when the port agrees with its prediction and the port does not
    agree with Octave's own value at the same allowance (a prediction that is Octave's value, or an
    error within rounding, explains nothing)."""
    return agrees(predicted, o.port, o.tol) and not agrees(o.octave, o.port, o.tol)



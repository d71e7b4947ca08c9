"""The rounding model behind the tolerance floors, stated once.

Two correct evaluations of the same formula (Octave's and the port's) may round differently: a BLAS
kernel that fuses multiply-adds, a sum taken in another order, an ``exp`` a ULP apart. Where a result
is of the size of its terms, a relative tolerance covers that. Where the terms cancel (the cost of a
perfect fit, a gradient at a minimum), the result is near 0 and keeps an absolute error of the size
of the terms that cancelled; no relative bound can pass it. A *floor* is that absolute allowance,
computed for each output from the case's inputs and Octave's outputs, never from the port's: a port
that adds noise must not be able to widen its own tolerance.

The bounds are the textbook ones (Higham, *Accuracy and Stability of Numerical Algorithms*, ch. 3):
a sum or dot product of n terms, evaluated in any order, is within ``n * eps * sum |terms|`` of the
exact value; two evaluations are within twice that of each other. ``C = 4`` covers the factor 2 and
the second-order terms with room to spare; every bound here is ``C * EPS * n * (size of the terms)``.

fmincg is different: it is chaotic (a one-ULP change in one objective value can move its trace by
1e-2), so no bound on the arithmetic bounds its trace. Its floor is measured by a perturbation
experiment on the original: Octave's fmincg is run twice more, with the objective's value and
gradient nudged one ULP up, then down; the port may differ from Octave by ``SAFETY`` times what that
moved Octave's own trace (:func:`chaos_floor`). It costs two more runs of the original per case.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

EPS = float(np.finfo(np.float64).eps)
C = 4.0  # two evaluations, first- and second-order terms: see the module docstring
SAFETY = 10.0  # the fmincg floor is ten times the trace's own movement under a one-ULP nudge


def finite_max(*arrays) -> float:
    """The largest magnitude among the finite entries of ``arrays`` (0 when there are none)."""
    values = np.concatenate([np.abs(np.ravel(np.asarray(a, dtype=float))) for a in arrays])
    values = values[np.isfinite(values)]
    return float(values.max()) if values.size else 0.0


def sum_error(n: int, magnitude: float) -> float:
    """How far two evaluations of a sum or dot product of ``n`` terms may round apart, when the
    magnitudes of the terms add up to at most ``magnitude``."""
    return C * EPS * n * magnitude


def residual_error(X, y, theta) -> float:
    """How far each entry of ``X*theta - y`` may round apart: a dot product of n terms, then ``- y``."""
    with np.errstate(all="ignore"):
        terms = np.abs(X) @ np.abs(theta) + np.abs(y)
    return sum_error(np.shape(X)[1], finite_max(terms))


def squares_error(d: float, r: float) -> float:
    """How far a mean of squares ``e_i^2`` (halved or not) may round apart when each ``e_i``, at most
    ``r`` in size, is off by ``d``: ``(r + d)^2 - r^2 <= d * (2r + d)``, halved by the 1/2m of a cost."""
    return d * (r + d)


# -- fmincg: a perturbation experiment on the original ------------------------------------------------
def nudge_probes(inputs: tuple) -> list[tuple]:
    """The original run twice more: ``fmincg (f, X, options, ...)`` with f's value and non-zero
    gradient entries one ULP up, then one ULP down (``Handle.nudge``)."""
    handle, *rest = inputs
    return [(replace(handle, nudge=direction), *rest) for direction in (1, -1)]


def chaos_floor(inputs: tuple, octave_outputs: tuple, probe_outputs: list[tuple]) -> list[float]:
    """``SAFETY`` x how far the one-ULP nudges moved Octave's own ``[X, fX, i]`` (i gets 0).

    Where a nudge changes the number of line searches or the trace's length, the trace is not stable
    under rounding at all and no floor means anything: every floor is 0, and only a port that
    reproduces Octave's objective to the bit can pass.
    """
    X, fX, i = (np.asarray(v, dtype=float) for v in octave_outputs)
    moved_x = moved_f = 0.0
    for Xp, fXp, ip in probe_outputs:
        Xp, fXp, ip = (np.asarray(v, dtype=float) for v in (Xp, fXp, ip))
        if ip.ravel().tolist() != i.ravel().tolist() or fXp.shape != fX.shape or Xp.shape != X.shape:
            return [0.0, 0.0, 0.0]
        with np.errstate(invalid="ignore"):
            moved_x = max(moved_x, float(np.max(np.abs(Xp - X), initial=0.0)))
            moved_f = max(moved_f, float(np.max(np.abs(fXp - fX), initial=0.0)))
    if not (np.isfinite(moved_x) and np.isfinite(moved_f)):
        return [0.0, 0.0, 0.0]
    return [SAFETY * moved_x, SAFETY * moved_f, 0.0]

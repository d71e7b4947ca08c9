"""What the anomaly-detection ports need of Octave beyond pyport.octave: its dense ``det`` (a matrix-type
probe, then a triangular, Cholesky or LU product, scaled as liboctave's ``base_det``) and its colon
ranges ``base:increment:limit`` (liboctave's Range.cc: the count of elements by a tolerant floor, each
element ``base + i*increment``, the last clipped to the limit). Private: the ports' helpers."""

from __future__ import annotations

import math

import numpy as np
import scipy.linalg.lapack


# -- det -------------------------------------------------------------------

def scaled_product(factors, square: bool = False) -> float:
    """The product of ``factors`` as liboctave's ``base_det`` forms it: a coefficient renormalised into
    [0.5, 1) by frexp after each factor and a power of two kept apart (so no intermediate overflows),
    squared on request, and ``c2 * ldexp (1, e2)`` at the end."""
    c2, e2 = math.frexp(1.0)
    for t in factors:
        c2, e = math.frexp(c2 * float(t))
        e2 += e
    if square:
        c2, e = math.frexp(c2 * c2)
        e2 = e2 + e2 + e
    with np.errstate(over="ignore", invalid="ignore"):
        return float(np.float64(c2) * np.ldexp(1.0, np.clip(e2, -2000, 2000)))


def det(A: np.ndarray) -> float:
    """Octave's ``det`` of a square full matrix: it probes the matrix type first. A triangular matrix
    with no zero on its diagonal: the product of the diagonal. A symmetric one with a positive diagonal
    and every ``A(i,j)^2 < A(i,i)*A(j,j)``: the squared product of its Cholesky factor's diagonal
    (``dpotrf``), or LU if that fails. Anything else: LU (``dgetrf``), each pivot negated where rows
    were swapped, and 0 when a pivot is exactly 0."""
    d = np.diag(A)
    strict_upper = A[np.triu_indices_from(A, 1)]
    strict_lower = A.T[np.triu_indices_from(A, 1)]  # A(j,i) for the same (i,j), i < j
    if (d != 0).all() and (not strict_lower.any() or not strict_upper.any()):
        return scaled_product(d)
    i, j = np.triu_indices_from(A, 1)
    with np.errstate(all="ignore"):
        hermitian = (d > 0).all() and (strict_upper == strict_lower).all() and \
            (strict_upper * strict_upper < d[i] * d[j]).all()
    if hermitian:
        c, info = scipy.linalg.lapack.dpotrf(A, lower=1, clean=0)
        if info == 0:
            return scaled_product(np.diag(c), square=True)
    lu, piv, info = scipy.linalg.lapack.dgetrf(A)
    if info != 0:
        return 0.0
    u = np.diag(lu)
    return scaled_product(-u[k] if piv[k] != k else u[k] for k in range(u.size))


# -- colon ranges -------------------------------------------------------------------------------------

_CT = 3 * np.finfo(np.float64).eps


def _tfloor(x: float, ct: float) -> float:
    """Hagerty's FL5 tolerant floor, as Range.cc's xtfloor."""
    q = 1.0 - ct if x < 0 else 1.0
    rmax = q / (2.0 - ct)
    t1 = 1.0 + math.floor(x)
    t1 = (ct / q) * (-t1 if t1 < 0 else t1)
    t1 = rmax if rmax < t1 else t1
    t1 = ct if ct > t1 else t1
    t1 = math.floor(x + t1)
    return t1 if (x <= 0 or (t1 - x) < rmax) else t1 - 1


def _teq(u: float, v: float) -> bool:
    """Range.cc's xteq: equal within 3 eps, relatively."""
    return abs(u - v) < max(abs(u), abs(v)) * _CT


def _numel(base: float, limit: float, inc: float) -> int:
    """Range.cc's xnumel_internal, for finite base and increment and a finite limit (what is left once
    the special cases are out): -1 when the count cannot be represented."""
    with np.errstate(all="ignore"):
        tmp = float(np.float64(limit - base + inc) / np.float64(inc)) if inc != 0 else math.inf
    tmp = _tfloor(tmp, _CT) if math.isfinite(tmp) else tmp
    if not math.isfinite(tmp) or tmp >= 2.0**63 - 1:
        return -1
    n = int(tmp) if tmp > 0 else 0
    if not _teq(base + (n - 1) * inc, limit):
        if _teq(base + (n - 2) * inc, limit):
            n -= 1
        elif _teq(base + n * inc, limit):
            n += 1
    return n


def colon(base: float, inc: float, limit: float) -> np.ndarray:
    """The elements of Octave's range ``base:inc:limit``, as a ``for`` loop visits them (1-D float64).

    As liboctave's Range.cc: NaN anywhere gives one NaN; a zero or wrong-signed increment none; a
    step past the limit the base alone; an infinite or NaN count of steps one NaN. Otherwise the count
    is ``floor ((limit - base + inc) / inc)`` to within 3 eps (then nudged by one where the last element
    would miss the limit), element i (from 0) is ``base + i*inc``, and the last is
    ``base + (n-1)*inc`` clipped to the limit.
    """
    if math.isnan(base) or math.isnan(limit) or math.isnan(inc):
        return np.array([math.nan])
    if inc == 0 or (limit < base and inc > 0) or (limit > base and inc < 0):
        return np.zeros(0)
    with np.errstate(all="ignore"):
        step = float(np.float64(base) + np.float64(inc))
        if (limit <= base and step < limit) or (limit >= base and step > limit):
            return np.array([base])
        dnel = float(np.float64(limit - base) / np.float64(inc))
    if math.isnan(dnel):
        return np.array([math.nan])
    n = _numel(base, limit, inc) if math.isfinite(dnel) else -1
    if n < 0:
        raise OverflowError(f"the range {base!r}:{inc!r}:{limit!r} has too many elements")
    if n <= 1:
        return np.full(n, base)
    final = base + (n - 1) * inc
    if (inc > 0 and final >= limit) or (inc < 0 and final <= limit):
        final = limit
    if base == round(base) and inc == round(inc):  # all elements whole numbers: so is the last
        final = math.copysign(math.floor(abs(final) + 0.5), final)
    out = base + np.arange(n, dtype=np.float64) * inc
    out[-1] = final
    return out

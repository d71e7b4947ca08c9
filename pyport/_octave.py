"""Octave's own arithmetic where numpy's differs in the last bits.

Octave's ``sum`` adds along a column one element after another; numpy's ``sum`` adds pairwise (eight
running sums, then a tree), which rounds differently once there are more than a few terms. Octave's
``mean``, ``var``/``std`` (7.x: ``sumsq (center (x)) / (n - 1)``) and ``pinv`` (LAPACK ``dgesvd``,
tolerance ``max (size (A)) * sigma_max * eps``) are reproduced here operation for operation, so that a
port built on them can match its original to the last bit and put NaN and Inf where Octave does (a
constant column has ``std`` exactly 0 only if its mean is computed in Octave's order).
"""

from __future__ import annotations

import numpy as np
import scipy.linalg


def first_nonsingleton(shape: tuple[int, ...]) -> int:
    """The dimension Octave's reductions act on by default (0 when every dimension is 1)."""
    for axis, size in enumerate(shape):
        if size != 1:
            return axis
    return 0


def seq_sum(a: np.ndarray, axis: int) -> np.ndarray:
    """Sum along ``axis`` adding one element after another, as Octave's ``sum``; keeps the dimension."""
    a = np.asarray(a, dtype=np.float64)
    if a.shape[axis] == 0:
        return np.sum(a, axis=axis, keepdims=True)
    last = np.cumsum(a, axis=axis).take([-1], axis=axis)
    return last


def mean(x: np.ndarray) -> np.ndarray:
    """Octave's ``mean (x)`` for a 2-D x: ``sum (x, dim) / n`` along the first non-singleton dimension."""
    axis = first_nonsingleton(x.shape)
    return seq_sum(x, axis) / x.shape[axis]


def std(x: np.ndarray) -> np.ndarray:
    """Octave 7's ``std (x)`` for a 2-D x: ``sqrt (sumsq (x - mean (x), dim) / (n - 1))``.

    With a single element along the dimension the result is 0, or NaN where that element is NaN or Inf.
    """
    axis = first_nonsingleton(x.shape)
    n = x.shape[axis]
    if n == 1:
        out = np.zeros(x.shape)
        out[~np.isfinite(x)] = np.nan
        return out
    centered = x - mean(x)
    return np.sqrt(seq_sum(centered * centered, axis) / (n - 1))


def pinv(A: np.ndarray) -> np.ndarray:
    """Octave's ``pinv (A)`` for a real 2-D A: economy ``dgesvd``, singular values below
    ``max (rows, columns) * sigma_max * eps`` dropped, ``V_r * diag (1 ./ s_r) * U_r'``."""
    nr, nc = A.shape
    if not np.isfinite(A).all():
        # dgesvd does not converge on NaN/Inf; Octave's svd returns NaN there and so does pinv.
        return np.full((nc, nr), np.nan)
    U, s, Vt = scipy.linalg.svd(A, full_matrices=False, lapack_driver="gesvd", check_finite=False)
    tol = max(nr, nc) * (s[0] if s.size else 0.0) * np.finfo(np.float64).eps
    if tol == 0:
        tol = np.finfo(np.float64).tiny
    r = s.size - 1
    while r >= 0 and s[r] < tol:
        r -= 1
    if r < 0:
        return np.zeros((nc, nr))
    Vr_D = Vt[: r + 1].T * (1.0 / s[: r + 1])
    return Vr_D @ U[:, : r + 1].T


def norm2(v: np.ndarray) -> float:
    """Octave's ``norm (v)`` for a vector: a running scaled sum of squares (liboctave's
    norm_accumulator_2), which rounds differently from ``sqrt (v' * v)`` and never overflows early."""
    scl, acc = 0.0, 1.0
    for t in np.abs(np.asarray(v, dtype=np.float64).ravel()).tolist():
        if scl == t:
            acc += 1.0
        elif scl < t:
            acc *= (scl / t) * (scl / t)
            acc += 1.0
            scl = t
        elif t != 0:
            acc += (t / scl) * (t / scl)
    return scl * float(np.sqrt(acc))

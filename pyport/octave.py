"""Octave's own arithmetic where numpy's differs in the last bits.

Octave's ``sum`` adds along a column one element after another; numpy's ``sum`` adds pairwise (eight
running sums, then a tree), which rounds differently once there are more than a few terms. Octave's
``mean``, ``var``/``std`` (7.x: ``sumsq (center (x)) / (n - 1)``) and ``pinv`` (LAPACK ``dgesvd``,
tolerance ``max (size (A)) * sigma_max * eps``) are reproduced here operation for operation, so that a
port built on them can match its original to the last bit and put NaN and Inf where Octave does (a
constant column has ``std`` exactly 0 only if its mean is computed in Octave's order).
"""

from __future__ import annotations

import math

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


def narrow(z):
    """Octave turns a complex value whose imaginary part is exactly zero back into a real one."""
    if isinstance(z, complex) and z.imag == 0:
        return z.real
    return z


def _picks_first(a, b, larger: bool) -> bool:
    """Octave's two-argument max (larger) or min on scalars: reals by value, NaN ignored; if either is
    complex, by magnitude, the first argument winning a tie."""
    if isinstance(a, complex) or isinstance(b, complex):
        ma, mb = abs(a), abs(b)
        return ma >= mb if larger else ma <= mb
    if b != b:  # NaN: the other one, NaN only if both are
        return True
    if a != a:
        return False
    return a >= b if larger else a <= b


def omax(a, b):
    """Octave's ``max (a, b)`` for two scalars (see _picks_first), narrowed as Octave narrows."""
    return narrow(a if _picks_first(a, b, larger=True) else complex(b) if isinstance(a, complex) else b)


def omin(a, b):
    """Octave's ``min (a, b)`` for two scalars (see _picks_first), narrowed as Octave narrows."""
    return narrow(a if _picks_first(a, b, larger=False) else complex(b) if isinstance(a, complex) else b)


def osqrt(x: float):
    """Octave's ``sqrt`` of a real scalar: complex for a negative argument."""
    return complex(0.0, math.sqrt(-x)) if x < 0 else math.sqrt(x)


def xtx(x: np.ndarray) -> np.float64:
    """Octave's ``x' * x`` for a column x (one variable on both sides): Octave computes it with BLAS
    dsyrk, which rounds differently from ddot (the last bit, for 30-50% of vectors of length 16 or
    more); numpy takes its syrk path for the product of a matrix with its own transpose, and matches."""
    pair = np.column_stack([x, x])
    return (pair.T @ pair)[0, 0]


def dot(a: np.ndarray, b: np.ndarray) -> np.float64:
    """Octave's ``a' * b`` for two different columns (BLAS ddot), as np.float64."""
    return np.float64(np.dot(a, b))

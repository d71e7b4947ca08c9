"""Octave's arithmetic, for a port that must round where its original rounds.

A port of Octave code to numpy evaluates the same formulas, but numpy does not always take Octave's
steps: ``numpy.sum`` adds pairwise (eight running sums, then a tree) where Octave's ``sum`` adds one
element after another, so the two differ in the last bits once there are more than about eight terms;
``numpy.linalg.pinv`` calls LAPACK's ``dgesdd`` and drops singular values at another cut-off than
Octave's ``dgesvd``; Python's ``max`` lets NaN win or lose by its position and refuses complex numbers,
where Octave ignores NaN and compares complex numbers by their magnitude. A last-bit difference is
harmless in most code, but it decides whether a port agrees with its original to the bit, whether a
constant column's standard deviation comes out exactly 0 (and its z-scores NaN) or 1e-17, and which
branch a line search takes. The functions here do what Octave does, operation for operation:

- :func:`sum`, :func:`mean`, :func:`var`, :func:`std`: Octave's reductions, sequential sums along the
  first non-singleton dimension (a 1-by-n row is reduced along the row), dimensions kept;
  :func:`var` and :func:`std` normalised by n - 1, as Octave 7 computes them.
- :func:`norm`: a vector's 2-norm as a scaled running sum of squares (and a matrix's, its largest
  singular value).
- :func:`pinv`: the pseudo-inverse through ``dgesvd``, with Octave's cut-off.
- :func:`max`, :func:`min`, :func:`sqrt`: scalar code that may turn complex, as fmincg's line search
  does: NaN ignored, complex numbers compared by magnitude, the square root of a negative number complex.
- :func:`xtx`, :func:`dot`: ``x' * x`` and ``a' * b`` for columns, through the BLAS routines Octave
  calls (``dsyrk`` and ``ddot``), which round differently from each other.

Elementwise arithmetic (``+ - * /``, ``.^ 2`` as ``x * x``) needs none of this: IEEE rounds it the same in
both. Matrix products go through BLAS on both sides; README's "Tolerance policy" says how far two
OpenBLAS builds differ.

``dim`` counts from 1, as in Octave: ``sum (X, 2)`` is ``octave.sum(X, 2)`` (numpy's ``axis=1``), and
``dim=0`` is refused. A 1-D array stands for a column, as everywhere in pyport.

Examples
--------
Octave's ``mu = mean (X); sigma = std (X)``, and its sum of ten tenths:

>>> import numpy as np
>>> from pyport import octave
>>> X = np.array([[1.0, 10.0], [2.0, 20.0], [6.0, 0.0]])
>>> print(octave.mean(X), octave.std(X))  # 1-by-n rows, as Octave returns them; std divides by n - 1
[[ 3. 10.]] [[ 2.64575131 10.        ]]
>>> print(octave.mean(np.array([[1.0, 2.0, 6.0]])))  # a single row is reduced along the row
[[3.]]
>>> tenths = np.full(10, 0.1)
>>> print(octave.sum(tenths)[0], np.sum(tenths))  # Octave's sum (0.1 * ones (10, 1)), then numpy's
0.9999999999999999 1.0
"""

from __future__ import annotations

import builtins
import math

import numpy as np
import scipy.linalg

from . import _validate

__all__ = ["sum", "mean", "var", "std", "norm", "pinv", "max", "min", "sqrt", "xtx", "dot"]

# This module defines sum, max and min: inside it, Python's own are builtins.sum, builtins.max, builtins.min.


# -- reductions ---------------------------------------------------------------------------------------

def _first_nonsingleton(shape: tuple[int, ...]) -> int:
    """The axis Octave's ``sum`` and ``var`` reduce by default: the first whose size is not 1 (0 when
    every size is 1). ``mean`` has its own rule (the first whose size exceeds 1)."""
    for axis, size in enumerate(shape):
        if size != 1:
            return axis
    return 0


def _seq_sum(a: np.ndarray, axis: int) -> np.ndarray:
    """Octave's ``sum (a, axis + 1)`` of a float64 array: one element after another, from +0.

    The dimension is kept. Octave's reductions take a 0-by-0 for a 0-by-1, and an axis past the last
    is a singleton: each element is its own sum. Starting from +0 matters for one case only: a sum of
    negative zeros is +0 in Octave (and -0 in ``cumsum``).
    """
    if a.shape == (0, 0):
        a = a.reshape(0, 1)
    if axis >= a.ndim:
        return a + 0.0
    if a.shape[axis] == 0:
        return np.zeros(a.shape[:axis] + (1,) + a.shape[axis + 1:])
    with np.errstate(over="ignore", invalid="ignore"):  # +-Inf, and NaN for Inf - Inf: silently, as in Octave
        if _down_rows(a, axis):
            return _sum_down_rows(a) + 0.0
        return np.cumsum(a, axis=axis).take([-1], axis=axis) + 0.0


def _down_rows(a: np.ndarray, axis: int) -> bool:
    """Whether numpy can add in Octave's order without a copy: down the rows of a C-ordered matrix of
    two columns or more, one row after another (its pairwise summation is for the contiguous axis,
    which is here the other one)."""
    return axis == 0 and a.ndim == 2 and a.shape[1] > 1 and a.flags.c_contiguous


def _sum_down_rows(a: np.ndarray) -> np.ndarray:
    """The column sums of a ``_down_rows`` matrix, each one row after another from +0, as a 1-by-n
    row. ``einsum`` adds each row into the running sums (three times as fast as ``np.add.reduce``
    down the rows, which makes a call per row); tests/pyport/test_octave.py holds both to a loop."""
    return np.einsum("ij->j", a)[np.newaxis, :]


#: Rows of a block where var reads a tall matrix a block at a time (a few hundred KB a block).
_ROWS = 4096


def _standardized_down_rows(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``((a - m) ./ s, m, s)`` with ``m = mean (a)`` and ``s = std (a)``, bit for bit, for a C-ordered
    matrix of more than _ROWS rows and two columns or more (``_down_rows``): the centred rows are
    written once, into the result, and their squares added from there a block at a time; the mean is
    taken once, not again inside std. (featureNormalize's work in three passes over a, not six.)"""
    n = a.shape[0]
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):  # as mean, std and the division
        mean = _seq_sum(a, 0) / n
        out = np.empty_like(a)
        blocks = (np.subtract(a[start:start + _ROWS], mean, out=out[start:start + _ROWS])
                  for start in range(0, n, _ROWS))
        std = np.sqrt(_sumsq_down_rows(blocks, a.shape[1]) / (n - 1))
        out /= std
    return out, mean, std


def _sumsq_down_rows(centered_rows, columns: int) -> np.ndarray:
    """Octave's ``sumsq`` down the columns of a tall C-ordered matrix given as blocks of rows (each
    block's squares added to the running sums one row after another: the order of one sequential
    pass), so that the centred matrix and its squares are never whole in memory."""
    total = np.zeros((1, columns))
    for block in centered_rows:
        squares = block * block
        squares[0] += total[0]  # carry the sums so far: ((total + s_0) + s_1) + ...
        total = _sum_down_rows(squares)
    return total + 0.0


# The ports call these functions in their inner loops: what is already what a function takes (a float64
# array, a positive int) skips the checker, which stays the one place that refuses.

def _real_array(func: str, x) -> np.ndarray:
    """x as a float64 array, refused in the name of ``func`` unless it is a real numeric array."""
    if type(x) is np.ndarray and x.dtype == np.float64:
        return x
    return _validate.check_real_array(func, "x", x)[0]


def _is_column(v) -> bool:
    """Whether v is a float64 array of shape (n,) or (n, 1)."""
    return type(v) is np.ndarray and v.dtype == np.float64 and (v.ndim == 1 or (v.ndim == 2 and v.shape[1] == 1))


def _axis(func: str, dim, default: int) -> int:
    """The numpy axis of Octave's dimension ``dim`` (counted from 1), or ``default`` when dim is None."""
    if dim is None:
        return default
    if type(dim) is int and dim >= 1:
        return dim - 1
    return _validate.check_count(func, "dim", dim) - 1


def sum(x, dim=None) -> np.ndarray:
    """Octave's ``sum``: the elements added one after another, along the first non-singleton dimension.

    Reproduces ``s = sum (x)`` and ``s = sum (x, dim)``.

    Parameters
    ----------
    x : array_like of any shape
        Real numbers (a 1-D array stands for a column; a number for a 1-by-1).
    dim : int, optional
        The dimension to add along, counted from 1 as in Octave: 1 adds down each column, 2 along each
        row (numpy's ``axis=dim - 1``). A dimension past the last is a singleton: ``sum (x, 3)`` of a
        matrix is the matrix. Default: the first dimension whose size is not 1, so a 1-by-n row is
        added along the row.

    Returns
    -------
    s : ndarray of x's shape with the summed dimension 1 (``keepdims=True``)
        A 0-by-0 x counts as 0-by-1 (``sum ([])`` is a 1-by-1 zero); an empty dimension sums to 0.

    Raises
    ------
    ValueError
        If x is not a real numeric array, or dim is not a positive integer.

    See Also
    --------
    numpy.cumsum : Also sequential; its last entry is this sum (but for the sign of a zero).
    mean : This sum over the number of elements.

    Notes
    -----
    ``numpy.sum`` adds pairwise (eight running sums along a contiguous axis, then a tree). That is
    more accurate, but it is not Octave's order: the two agree to the bit for up to about eight terms
    and differ in the last bits beyond, more often the more terms there are; along a non-contiguous
    axis numpy adds in order, and agrees. The sum starts from +0, as Octave's does, so that a sum of
    negative zeros is +0 (``cumsum`` keeps -0). An overflow gives +-Inf and Inf - Inf gives NaN, as
    in Octave, and as silently: numpy's own ``RuntimeWarning`` for them is not raised.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> print(octave.sum(np.array([[1.0, 2.0], [3.0, 4.0]])))  # down each column: sum (A)
    [[4. 6.]]
    >>> print(octave.sum(np.array([[1.0, 2.0], [3.0, 4.0]]), 2))  # along each row: sum (A, 2)
    [[3.]
     [7.]]
    >>> print(octave.sum(np.array([[1.0, 2.0, 3.0]])))  # a row: along the row
    [[6.]]
    >>> x = np.full(10, 0.1)
    >>> print(octave.sum(x)[0], np.sum(x))  # ten terms are enough to round otherwise
    0.9999999999999999 1.0
    """
    a = _real_array("sum", x)
    return _seq_sum(a, _first_nonsingleton(a.shape) if dim is None else _axis("sum", dim, 0))


def mean(x, dim=None) -> np.ndarray:
    """Octave's ``mean``: its sequential :func:`sum` divided by the number of elements.

    Reproduces ``m = mean (x)`` and ``m = mean (x, dim)`` (the arithmetic mean; Octave's "g", "h" and
    output-type options are not ported).

    Parameters
    ----------
    x : array_like of any shape
        Real numbers (a 1-D array stands for a column; a number for a 1-by-1).
    dim : int, optional
        The dimension to average along, counted from 1 (see :func:`sum`). Default: the first dimension
        whose size exceeds 1 (Octave's ``mean`` rule, which differs from ``sum``'s only for an empty
        dimension: ``mean (zeros (0, 3))`` is 0-by-1), or 1 when there is none.

    Returns
    -------
    m : ndarray of x's shape with the averaged dimension 1
        ``sum (x, dim) / n``; NaN where n is 0 (``mean ([])`` is NaN), without a warning (nor for an
        overflow or Inf - Inf in the sum, as in :func:`sum`).

    Raises
    ------
    ValueError
        If x is not a real numeric array, or dim is not a positive integer.

    See Also
    --------
    sum : The sum it divides.
    std : Centres x on this mean.

    Notes
    -----
    ``numpy.mean`` divides numpy's pairwise sum by n: the same last-bit differences as ``numpy.sum``.
    They matter most where a column is constant: the mean of n copies of c is c exactly only when the
    sum, divided by n, rounds back to c, so ``X - mean (X)`` is exactly 0 or a few ULPs depending on the
    order of the sum, and a division by ``std (X)`` turns that into NaN or into +-Inf.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> X = np.array([[1.0, 10.0], [2.0, 20.0], [6.0, 0.0]])
    >>> print(octave.mean(X), octave.mean(X, 2).ravel())  # mean (X), mean (X, 2)
    [[ 3. 10.]] [ 5.5 11.   3. ]
    >>> c = np.full((10, 1), 0.1)  # a constant column
    >>> print(octave.mean(c)[0, 0], np.mean(c))
    0.09999999999999999 0.1
    """
    a = _real_array("mean", x)
    default = next((k for k, size in enumerate(a.shape) if size > 1), 0)
    axis = _axis("mean", dim, default)
    n = a.shape[axis] if axis < a.ndim else 1
    total = _seq_sum(a, axis)
    if n == 0:  # 0/0, silently as in Octave
        return np.full(total.shape, np.nan)
    return total / n


def _var(func: str, x, dim) -> np.ndarray:
    """Octave 7's ``var (x, 0, dim)``, refusing in the name of ``func``."""
    a = _real_array(func, x)
    axis = _axis(func, dim, _first_nonsingleton(a.shape))
    if a.size == 0:  # NaN, in the reduced shape; var ([]) is a 1-by-1 NaN
        if dim is None and a.shape == (0, 0):
            return np.full((1, 1), np.nan)
        shape = list(a.shape)
        if axis < a.ndim:
            shape[axis] = 1
        return np.full(tuple(shape), np.nan)
    n = a.shape[axis] if axis < a.ndim else 1
    if n == 1:  # 0, and NaN where the element is NaN or +-Inf
        out = np.zeros(a.shape)
        out[~np.isfinite(a)] = np.nan
        return out
    with np.errstate(over="ignore", invalid="ignore"):  # Inf, and NaN (Inf - Inf), silently as in Octave
        mean = _seq_sum(a, axis) / n
        if _down_rows(a, axis) and n > _ROWS:  # the same sums, a block of rows at a time
            blocks = (a[start:start + _ROWS] - mean for start in range(0, n, _ROWS))
            return _sumsq_down_rows(blocks, a.shape[1]) / (n - 1)
        centered = a - mean  # center (x, dim): x - mean (x, dim)
        return _seq_sum(centered * centered, axis) / (n - 1)  # sumsq (..., dim) / (n - 1)


def var(x, *, dim=None) -> np.ndarray:
    """Octave 7's ``var``: ``sumsq (center (x)) / (n - 1)``, every sum sequential.

    Reproduces ``v = var (x)`` and ``v = var (x, 0, dim)``. Only the n - 1 normalisation is ported:
    ``dim`` is keyword-only, so that Octave's ``var (x, 1)`` (normalised by n) cannot be mistaken
    for a dimension.

    Parameters
    ----------
    x : array_like of any shape
        Real numbers (a 1-D array stands for a column; a number for a 1-by-1).
    dim : int, optional, keyword-only
        The dimension to reduce, counted from 1 (see :func:`sum`). Default: the first dimension whose
        size is not 1, so a 1-by-n row is reduced along the row.

    Returns
    -------
    v : ndarray of x's shape with the reduced dimension 1
        ``sum ((x - mean (x)) .^ 2) / (n - 1)``. With one element along dim: 0, or NaN where that
        element is NaN or +-Inf. An empty x gives NaN (``var ([])`` is a 1-by-1 NaN).

    Raises
    ------
    ValueError
        If x is not a real numeric array, or dim is not a positive integer.

    See Also
    --------
    std : Its square root.
    mean : The mean x is centred on.

    Notes
    -----
    ``numpy.var(x, ddof=1)`` takes the same steps with numpy's pairwise sums, and differs in the last
    bits for more than about eight elements. Octave's centring subtracts the mean *as Octave computes
    it*: a constant column has variance exactly 0 here only where Octave's is 0.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> X = np.array([[0.0, 1.0], [2.0, 1.0], [4.0, 1.0]])
    >>> print(octave.var(X), octave.var(X, dim=2).ravel())  # var (X), var (X, 0, 2)
    [[4. 0.]] [0.5 0.5 4.5]
    >>> print(octave.var(np.array([[7.0]])), octave.var(np.array([[np.inf]])))  # one element
    [[0.]] [[nan]]
    """
    return _var("var", x, dim)


def std(x, *, dim=None) -> np.ndarray:
    """Octave 7's ``std``: ``sqrt (var (x))``, normalised by n - 1.

    Reproduces ``s = std (x)`` and ``s = std (x, 0, dim)`` (``dim`` keyword-only, as in :func:`var`).

    Parameters
    ----------
    x : array_like of any shape
        Real numbers (a 1-D array stands for a column; a number for a 1-by-1).
    dim : int, optional, keyword-only
        The dimension to reduce, counted from 1. Default: the first dimension whose size is not 1.

    Returns
    -------
    s : ndarray of x's shape with the reduced dimension 1
        The square root of :func:`var`: 0 for a single element (NaN for a NaN or +-Inf one).

    Raises
    ------
    ValueError
        If x is not a real numeric array, or dim is not a positive integer.

    See Also
    --------
    var : The variance it is the square root of.

    Notes
    -----
    ``numpy.std`` divides by n unless given ``ddof=1``; with ``ddof=1`` it differs from this only in
    the last bits of its pairwise sums. For a single row numpy's ``np.std(X, axis=0)`` is 0 per column,
    where Octave (and this) reduce along the row.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> X = np.array([[41.0, 62.0], [21.0, 62.0], [31.0, 64.0], [21.0, 72.0]])
    >>> print(np.round(octave.std(X), 4))  # std (X): by n - 1
    [[9.5743 4.761 ]]
    >>> print(np.round(np.std(X, axis=0), 4))  # numpy's default divides by n
    [8.2916 4.1231]
    """
    return np.sqrt(_var("std", x, dim))


# -- norm, pinv ---------------------------------------------------------------------------------------

def norm(x) -> float:
    """Octave's ``norm (x)``: a vector's 2-norm as a scaled running sum of squares; a matrix's 2-norm.

    Reproduces ``n = norm (x)`` (p = 2; the other norms are not ported).

    Parameters
    ----------
    x : array_like, 1-D or 2-D
        A real vector (1-D, a column or a row), a real matrix, or a number.

    Returns
    -------
    n : float
        For a vector, liboctave's ``norm_accumulator_2``: with ``scl`` the largest ``|x_i|`` so far and
        ``sum`` the sum of ``(|x_i| / scl) ^ 2``, rescaled whenever scl grows, ``scl * sqrt (sum)``; NaN
        if it holds a NaN (wherever it stands: ``norm ([NaN 1])`` and ``norm ([Inf NaN])`` are NaN). For
        a matrix, its largest singular value (``dgesvd``, singular values only); NaN if it holds a NaN or
        +-Inf. 0 for an empty x.

    Raises
    ------
    ValueError
        If x is not a real numeric array of at most 2 dimensions.

    See Also
    --------
    numpy.linalg.norm : ``sqrt (dot (x, x))`` for a vector: the same to a few ULPs.

    Notes
    -----
    ``numpy.linalg.norm`` of a vector is ``sqrt (x' * x)``: it overflows to Inf once the squares do
    (above about 1e154), where the scaled sum does not, and it rounds differently, typically a ULP or
    two apart.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> print(octave.norm(np.array([3.0, 4.0])), octave.norm(np.array([[3.0, 4.0]])))  # norm ([3 4])
    5.0 5.0
    >>> big = np.array([3e200, 4e200])
    >>> with np.errstate(over="ignore"):  # numpy's squares overflow; Octave prints the same 17 digits
    ...     print(octave.norm(big), np.linalg.norm(big))
    4.9999999999999995e+200 inf
    """
    a, _ = _validate.check_real_array("norm", "x", x)
    if a.ndim > 2:
        _validate.check_matrix("norm", "x", a)  # refuses it: Octave's norm is for 2-D objects only
    if a.size == 0:
        return 0.0
    if a.ndim == 2 and a.shape[0] > 1 and a.shape[1] > 1:
        if not np.isfinite(a).all():
            return math.nan
        return float(scipy.linalg.svd(a, compute_uv=False, lapack_driver="gesvd", check_finite=False)[0])
    scl, acc = 0.0, 1.0
    for t in np.abs(a.ravel()).tolist():
        if t != t:  # NaN: Octave's sum turns NaN (NaN / scl, or 0 * NaN) and stays NaN
            return math.nan
        if scl == t:  # equal (Inf included): one more (t / scl) ^ 2
            acc += 1.0
        elif scl < t:  # a new largest: rescale what was summed
            acc *= (scl / t) * (scl / t)
            acc += 1.0
            scl = t
        elif t != 0:
            acc += (t / scl) * (t / scl)
    return scl * float(np.sqrt(acc))


def pinv(A, tol=None) -> np.ndarray:
    """Octave's ``pinv``: the pseudo-inverse through LAPACK ``dgesvd``, with Octave's cut-off.

    Reproduces ``B = pinv (A)`` and ``B = pinv (A, tol)``.

    Parameters
    ----------
    A : array_like of shape (m, n)
        A real matrix (a number is a 1-by-1); it may be empty.
    tol : float, optional
        Singular values below tol are dropped. Default (and for tol <= 0, as in Octave):
        ``max (m, n) * sigma_max * eps``, or the smallest normal double when that is 0.

    Returns
    -------
    B : ndarray of shape (n, m), or (0, 0) for an empty A
        ``V_r * diag (1 ./ s_r) * U_r'`` over the r singular values kept, from the economy SVD; zeros
        when none is kept (a zero A); all NaN when A holds a NaN or +-Inf (``dgesvd`` does not converge
        on them; Octave's ``svd`` then returns NaN, and so does its ``pinv``). An empty A gives a 0-by-0,
        as Octave's ``pinv`` returns ``[]`` for any empty A.

    Raises
    ------
    ValueError
        If A is not a real numeric matrix, or tol not a real scalar.

    See Also
    --------
    numpy.linalg.pinv : ``dgesdd``, and a cut-off relative to sigma_max only (``rcond=1e-15``).

    Notes
    -----
    ``numpy.linalg.pinv`` computes the SVD with ``dgesdd`` (divide and conquer), whose singular vectors
    differ from ``dgesvd``'s in the last bits, and drops singular values below ``1e-15 * sigma_max``,
    where Octave drops those below ``max (m, n) * eps * sigma_max`` (2.2e-14 * sigma_max for a 100-row
    A): on a nearly singular A the two keep different numbers of singular values, and their answers
    then differ by far more than rounding.

    Against Octave 7.3 on Debian's OpenBLAS this agrees to the bit where the two LAPACK builds take
    the same path (measured on matrices up to 64 by 64, 128 by 20 and 5 by 1000); where their blocked
    SVD code and the BLAS-3 kernels under it round otherwise, 2e-16 to 3e-14 of max|B| apart (200 by
    50, 100 by 100, 30 by 1000).

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> print(octave.pinv(np.array([[1.0, 2.0]])).ravel())  # pinv ([1 2]): a column
    [0.2 0.4]
    >>> print(octave.pinv(np.ones((2, 2))))  # rank 1
    [[0.25 0.25]
     [0.25 0.25]]
    """
    A = _validate.check_matrix("pinv", "A", A, allow_empty=True)
    tol = 0.0 if tol is None else _validate.check_scalar("pinv", "tol", tol)
    nr, nc = A.shape
    if A.size == 0:  # Octave's pinv returns [] for any empty A
        return np.zeros((0, 0))
    if not np.isfinite(A).all():
        return np.full((nc, nr), np.nan)
    U, s, Vt = scipy.linalg.svd(A, full_matrices=False, lapack_driver="gesvd", check_finite=False)
    if tol <= 0:
        tol = builtins.max(nr, nc) * s[0] * np.finfo(np.float64).eps
        if tol == 0:
            tol = np.finfo(np.float64).tiny
    r = s.size - 1
    while r >= 0 and s[r] < tol:
        r -= 1
    if r < 0:
        return np.zeros((nc, nr))
    Vr_D = Vt[: r + 1].T * (1.0 / s[: r + 1])
    return Vr_D @ U[:, : r + 1].T


# -- scalars: max, min, sqrt --------------------------------------------------------------------------

def _narrow(z):
    """Octave turns a complex value whose imaginary part is exactly zero back into a real one."""
    if isinstance(z, complex) and z.imag == 0:
        return z.real
    return z


def _picks_first(a, b, larger: bool) -> bool:
    """Whether Octave's two-argument max (larger) or min picks a: reals by value, NaN ignored; if
    either is complex, by magnitude, the first argument winning a tie."""
    if isinstance(a, complex) or isinstance(b, complex):
        ma, mb = abs(a), abs(b)
        return ma >= mb if larger else ma <= mb
    if b != b:  # NaN: the other one, NaN only if both are
        return True
    if a != a:
        return False
    return a >= b if larger else a <= b


def max(a, b):
    """Octave's ``max (a, b)`` for two numbers: NaN ignored, complex numbers compared by magnitude.

    Parameters
    ----------
    a, b : float or complex
        Two scalars (Python or numpy numbers).

    Returns
    -------
    c : float or complex
        The larger. Reals compare by value, and a NaN loses to any number (both NaN: NaN). If either
        is complex, both compare by magnitude (``abs``), a tie going to a; the result is then complex
        (b converted), unless its imaginary part is exactly 0, when Octave narrows it back to real.

    See Also
    --------
    min : The smaller, by the same rules.
    numpy.fmax : Ignores NaN too, elementwise, but orders complex numbers lexicographically.

    Notes
    -----
    Python's ``max(a, b)`` returns a NaN or not depending on which argument it is, and refuses complex
    numbers; ``numpy.maximum`` propagates NaN. The pair (a, b) is never validated: pass numbers.

    Examples
    --------
    >>> import builtins
    >>> from pyport import octave
    >>> print(octave.max(float("nan"), 3.0), builtins.max(float("nan"), 3.0))  # Octave's, then Python's
    3.0 nan
    >>> print(octave.max(1j, -2.0), octave.max(-2.0, 1j))  # by magnitude
    -2.0 -2.0
    >>> print(octave.max(3j, -2.0), octave.max(3 + 0j, 1.0))  # complex; narrowed when real
    3j 3.0
    """
    return _narrow(a if _picks_first(a, b, larger=True) else complex(b) if isinstance(a, complex) else b)


def min(a, b):
    """Octave's ``min (a, b)`` for two numbers: NaN ignored, complex numbers compared by magnitude.

    Parameters
    ----------
    a, b : float or complex
        Two scalars (Python or numpy numbers).

    Returns
    -------
    c : float or complex
        The smaller, by the rules of :func:`max`: a NaN loses to any number; if either is complex, by
        magnitude, a tie going to a, the result narrowed to real when its imaginary part is 0.

    See Also
    --------
    max : The larger.
    numpy.fmin : Ignores NaN too, elementwise, but orders complex numbers lexicographically.

    Examples
    --------
    >>> from pyport import octave
    >>> print(octave.min(100.0, float("nan")), octave.min(float("nan"), 100.0))
    100.0 100.0
    >>> print(octave.min(0.5 + 0.5j, -5.0))  # |0.5 + 0.5i| < 5
    (0.5+0.5j)
    """
    return _narrow(a if _picks_first(a, b, larger=False) else complex(b) if isinstance(a, complex) else b)


def sqrt(x):
    """Octave's ``sqrt`` of a real number: complex for a negative one.

    Parameters
    ----------
    x : float
        A real scalar (a number, or an array of one element).

    Returns
    -------
    r : float or complex
        ``math.sqrt(x)`` for x >= 0 (and NaN for NaN); ``complex(0, math.sqrt(-x))`` for x < 0, as
        Octave returns ``0 + sqrt (-x) i``.

    Raises
    ------
    ValueError
        If x is not a real scalar.

    See Also
    --------
    numpy.emath.sqrt : The same values for arrays.

    Notes
    -----
    ``math.sqrt`` raises on a negative number and ``numpy.sqrt`` returns NaN; Octave goes on with a
    complex number, and code ported from it may rely on that (fmincg tests the root for being real).

    Examples
    --------
    >>> from pyport import octave
    >>> print(octave.sqrt(4.0), octave.sqrt(-4.0))
    2.0 2j
    """
    if type(x) is not float and type(x) is not np.float64:
        x = _validate.check_scalar("sqrt", "x", x)
    return complex(0.0, math.sqrt(-x)) if x < 0 else math.sqrt(x)


# -- products of columns: x' * x, a' * b --------------------------------------------------------------

def xtx(x) -> np.float64:
    """Octave's ``x' * x`` for a column x: the BLAS ``dsyrk`` Octave calls for a product of a matrix
    with its own transpose.

    Parameters
    ----------
    x : array_like of shape (n, 1) or (n,)
        A real column (n may be 0).

    Returns
    -------
    s : numpy.float64
        The sum of the squares, rounded as ``dsyrk`` rounds it; 0 for an empty x.

    Raises
    ------
    ValueError
        If x is not a real column (a row is refused: its ``x' * x`` is a matrix).

    See Also
    --------
    dot : ``a' * b`` for two different columns (``ddot``).

    Notes
    -----
    Octave computes ``x' * x`` with ``dsyrk`` because both sides are the same variable, and ``a' * b``
    with ``ddot``; the two kernels add in different orders, and ``dot(x, x)`` differs from ``x' * x``
    in the last bit for 30-50% of vectors of 16 or more elements. numpy takes its own syrk path for
    the product of a matrix with its transpose, which this uses.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> print(octave.xtx(np.array([[3.0], [4.0]])))  # x' * x
    25.0
    """
    col = x.reshape(-1, 1) if _is_column(x) else _validate.check_column_vector("xtx", "x", x, 0)[0]
    pair = np.column_stack([col, col])
    return (pair.T @ pair)[0, 0]


def dot(a, b) -> np.float64:
    """Octave's ``a' * b`` for two columns: the BLAS ``ddot`` Octave calls.

    Parameters
    ----------
    a : array_like of shape (n, 1) or (n,)
        A real column.
    b : array_like of shape (n, 1) or (n,)
        A real column of as many elements.

    Returns
    -------
    s : numpy.float64
        The sum of the products, rounded as ``ddot`` rounds it.

    Raises
    ------
    ValueError
        If a is not a real column, or b not a real column of a's length.

    See Also
    --------
    xtx : ``x' * x``, which Octave computes otherwise.

    Notes
    -----
    For the same variable on both sides use :func:`xtx`: Octave's ``x' * x`` is not ``ddot``.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import octave
    >>> print(octave.dot(np.array([1.0, 2.0]), np.array([[3.0], [4.0]])))  # a' * b
    11.0
    """
    if _is_column(a) and _is_column(b) and a.shape[0] == b.shape[0]:
        a_col, b_col = a, b
    else:
        a_col, _ = _validate.check_column_vector("dot", "a", a, 0)
        b_col, _ = _validate.check_column("dot", "b", b, "n", a_col.shape[0], "a", a)
    return np.float64(np.dot(_contiguous(a_col), _contiguous(b_col)))


def _contiguous(v: np.ndarray) -> np.ndarray:
    """A column as a contiguous 1-D array, as Octave's columns always are: BLAS may add a strided
    vector in another order."""
    return v if v.ndim == 1 and v.flags.c_contiguous else np.ascontiguousarray(v).reshape(-1)

"""Test objectives to minimise: ports of octave/rosenbrock.m and octave/quadraticCost.m. Each returns
``(value, gradient)``, as fmincg expects."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _validate, octave


class ValueGradient(NamedTuple):
    """``[f, g]``: the value and the gradient."""

    f: float
    g: np.ndarray


def rosenbrock(x) -> ValueGradient:
    """The extended Rosenbrock function and its gradient.

    Port of ``[f, g] = rosenbrock (x)`` (octave/rosenbrock.m):
    ``f = sum(100*(x[1:] - x[:-1]**2)**2 + (1 - x[:-1])**2)``; minimum 0 at all ones.

    Parameters
    ----------
    x : array_like of shape (n,) or (n, 1), n >= 2

    Returns
    -------
    f : float
    g : ndarray of x's shape

    Raises
    ------
    ValueError
        If x is not a real vector of at least 2 elements.

    See Also
    --------
    fmincg : Minimises it.
    quadratic_cost : Another test objective.
    compute_numerical_gradient : Central differences to compare g with.

    Notes
    -----
    Octave parity: the same operations in the same order (squares as products, Octave's sum): bit for
    bit. Extreme inputs give the same Inf and NaN as Octave, as silently: no numpy RuntimeWarning.

    Examples
    --------
    The classic starting point (Octave: ``[f, g] = rosenbrock ([-1.2; 1])``):

    >>> import numpy as np
    >>> from pyport import rosenbrock
    >>> f, g = rosenbrock(np.array([-1.2, 1.0]))
    >>> print(round(f, 6), g)
    24.2 [-215.6  -88. ]
    >>> f, g = rosenbrock(np.ones((3, 1)))  # the minimum; a column x gives a column g
    >>> print(f, g.shape)
    0.0 (3, 1)
    """
    x, shape = _validate.check_column_vector("rosenbrock", "x", x, 2)
    flat = len(shape) == 1
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        a = x[:-1]
        d = x[1:] - a * a
        e = 1 - a
        f = float(octave.sum(100 * (d * d) + e * e, 1)[0, 0])
        g = np.zeros(x.shape)
        g[:-1] = -400 * (a * d) - 2 * e
        g[1:] += 200 * d
    return ValueGradient(f, g.ravel() if flat else g)


def quadratic_cost(x, A, b) -> ValueGradient:
    """A quadratic and its gradient: ``f = 0.5 * x'Ax - b'x``, ``g = Ax - b``.

    Port of ``[f, g] = quadraticCost (x, A, b)`` (octave/quadraticCost.m).

    Parameters
    ----------
    x : array_like of shape (n,) or (n, 1)
    A : array_like of shape (n, n)
        Symmetric.
    b : array_like of shape (n,) or (n, 1)

    Returns
    -------
    f : float
    g : ndarray of x's shape

    Raises
    ------
    ValueError
        If A is not a real square matrix, or x or b is not of length n.

    See Also
    --------
    fmincg : Minimises it; A and b pass through its ``*args``.
    rosenbrock : A non-quadratic test objective.

    Notes
    -----
    Octave parity: the same operations in the same order; products through another OpenBLAS build, so a
    few ULPs at most. Extreme inputs give the same Inf and NaN as Octave, as silently: no numpy
    RuntimeWarning.

    Examples
    --------
    Octave: ``[f, g] = quadraticCost ([1; 1], A, b)``; its minimum solves ``A x = b``:

    >>> import numpy as np
    >>> from pyport import fmincg, quadratic_cost
    >>> A = np.array([[4.0, 1.0], [1.0, 3.0]])
    >>> b = np.array([1.0, 2.0])
    >>> f, g = quadratic_cost(np.array([1.0, 1.0]), A, b)
    >>> print(f, g)  # 0.5 * 9 - 3, and A @ x - b
    1.5 [4. 2.]
    >>> x, fX, i = fmincg(quadratic_cost, np.zeros(2), {"MaxIter": 10}, A, b)  # Octave's P1, P2
    >>> print(np.round(x, 6), np.round(np.linalg.solve(A, b), 6))
    [0.090909 0.636364] [0.090909 0.636364]
    """
    func = "quadratic_cost"
    x, A, b, flat = _validate.check_quadratic_args(func, x, A, b)
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        Ax = A @ x
        g = Ax - b
        f = 0.5 * octave.dot(x.ravel(), Ax.ravel()) - octave.dot(b.ravel(), x.ravel())
    return ValueGradient(float(f), g.ravel() if flat else g)

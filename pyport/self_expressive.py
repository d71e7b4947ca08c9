"""A self-expressive objective with an exact zero diagonal: port of octave/selfExpressiveCost.m."""

from __future__ import annotations

import numpy as np

from . import _validate, octave
from .objectives import ValueGradient


def self_expressive_cost(c, X, lambda_, epsilon) -> ValueGradient:
    """Cost and gradient of a self-expressive model whose coefficient matrix has a zero diagonal.

    Port of ``[J, grad] = selfExpressiveCost (c, X, lambda, epsilon)`` (octave/selfExpressiveCost.m)::

        J = sum_i ||x_i - X @ C[:, i]||**2 + lambda_ * sum_i sqrt(||C[:, i]||**2 + epsilon)

    for X (d, n) and C (n, n) unrolled column-major in c, under the constraint ``C[i, i] = 0``. The
    diagonal is not a free parameter: it must be 0 in c, and its gradient is exactly 0, so a
    minimiser that starts with a zero diagonal (fmincg) never moves it.

    Parameters
    ----------
    c : array_like of shape (n*n,) or (n*n, 1)
        ``C.ravel(order="F")``, with a zero diagonal.
    X : array_like of shape (d, n)
        One data point per column.
    lambda_ : float
        Weight of the group penalty.
    epsilon : float
        > 0: keeps the square root differentiable at a zero column.

    Returns
    -------
    J : float
    grad : ndarray of c's shape
        Zero on the diagonal entries.

    Raises
    ------
    ValueError
        If X is not a real matrix, c not of n*n elements, lambda_ or epsilon not real scalars, epsilon
        not positive, or a diagonal entry of C not 0 (named by its ordinal, "its 2nd element", as in
        Octave).

    See Also
    --------
    fmincg : Minimises it; from a zero diagonal the diagonal stays exactly 0.
    compute_numerical_gradient : Central differences to check grad with.

    Notes
    -----
    Octave parity: the same operations in the same order (Octave's sums); products through another
    OpenBLAS build, so a few ULPs at most. Extreme inputs give the same Inf and NaN as Octave, as
    silently: no numpy RuntimeWarning.

    Examples
    --------
    Three points in 2-D, C = zeros(3) to start (Octave: ``[J, grad] = selfExpressiveCost (zeros (9, 1),
    X, 0.1, 1e-6)``):

    >>> import numpy as np
    >>> from pyport import fmincg, self_expressive_cost
    >>> X = np.array([[1.0, 2.0, 3.0], [1.0, 2.1, 2.9]])  # one point per column
    >>> c0 = np.zeros(9)  # C.ravel(order="F"), Octave's C(:)
    >>> J, grad = self_expressive_cost(c0, X, 0.1, 1e-6)
    >>> print(round(J, 6), grad[[0, 4, 8]])  # sum(X(:).^2) + 0.1*3*sqrt(1e-6); the diagonal's gradient
    27.8203 [0. 0. 0.]
    >>> c, fX, i = fmincg(self_expressive_cost, c0, {"MaxIter": 50}, X, 0.1, 1e-6)
    >>> print(np.diag(c.reshape(3, 3, order="F")), fX[-1] < J)  # the diagonal never moves
    [0. 0. 0.] True
    """
    func = "self_expressive_cost"
    C, X, lam, eps, c_1d = _validate.check_self_expressive_args(func, c, X, lambda_, epsilon)

    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        R = X - X @ C
        norms = np.sqrt(octave.sum(C * C, 1) + eps)
        J = octave.sum(octave.sum(R * R, 1), 2)[0, 0] + lam * octave.sum(norms, 2)[0, 0]
        G = -2 * (X.T @ R) + lam * (C / norms)
    np.fill_diagonal(G, 0.0)
    grad = G.ravel(order="F")
    return ValueGradient(float(J), grad if c_1d else grad.reshape(-1, 1))

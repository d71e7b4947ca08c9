"""A self-expressive objective with an exact zero diagonal: port of octave/selfExpressiveCost.m."""

from __future__ import annotations

import numpy as np

from . import _octave, _validate
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
        If X is not a real 2-D array, c not of n*n elements, lambda_ or epsilon not real scalars,
        epsilon not positive, or a diagonal entry of C not 0.

    Notes
    -----
    Octave parity: the same operations in the same order (Octave's sums); products through another
    OpenBLAS build, so a few ULPs at most.
    """
    func = "self_expressive_cost"
    X = _validate.real_matrix(func, "X", X)
    n = X.shape[1]
    c_col, c_1d = _validate.column(func, "c", c, n * n,
                                   f"n^2-by-1 column or 1-D of length n^2, the n-by-n coefficients unrolled "
                                   f"(X has shape {X.shape}, so n^2 = {n * n}")
    lam = _validate.real_scalar(func, "lambda_", lambda_)
    eps = _validate.real_scalar(func, "epsilon", epsilon)
    if not eps > 0:
        raise ValueError(f"{func}: epsilon must be positive, got {epsilon!r}")
    C = c_col.reshape(n, n, order="F")
    nonzero = np.flatnonzero(np.diag(C) != 0)
    if nonzero.size:
        k = int(nonzero[0])
        raise ValueError(f"{func}: the diagonal of C must be 0 (the constraint C[i, i] = 0), "
                         f"but C[{k}, {k}] is {C[k, k]:g}")

    R = X - X @ C
    norms = np.sqrt(_octave.seq_sum(C * C, 0) + eps)
    J = _octave.seq_sum(_octave.seq_sum(R * R, 0), 1)[0, 0] + lam * _octave.seq_sum(norms, 1)[0, 0]
    G = -2 * (X.T @ R) + lam * (C / norms)
    np.fill_diagonal(G, 0.0)
    grad = G.ravel(order="F")
    return ValueGradient(float(J), grad if c_1d else grad.reshape(-1, 1))

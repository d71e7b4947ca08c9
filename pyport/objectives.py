"""Objectives to minimise: ports of octave/rosenbrock.m, octave/quadraticCost.m and
octave/lrCostFunction.m. Each returns ``(value, gradient)``, as fmincg expects."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _octave, _validate
from .activations import sigmoid


class ValueGradient(NamedTuple):
    """``[f, g]``: the value and the gradient."""

    f: float
    g: np.ndarray


def _vector(func: str, name: str, value, min_size: int = 1) -> tuple[np.ndarray, bool]:
    arr = _validate.numeric_array(func, name, value, "a real column vector")
    if arr.ndim == 1 and arr.size >= min_size:
        return arr.astype(np.float64).reshape(-1, 1), True
    if arr.ndim == 2 and arr.shape[1] == 1 and arr.shape[0] >= min_size:
        return arr.astype(np.float64, copy=False), False
    raise ValueError(f"{func}: {name} must be a real column vector of at least {min_size} elements, "
                     f"got shape {arr.shape}")


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

    Notes
    -----
    Octave parity: the same operations in the same order (squares as products, Octave's sum):
    bit for bit.
    """
    x, flat = _vector("rosenbrock", "x", x, 2)
    a = x[:-1]
    d = x[1:] - a * a
    e = 1 - a
    f = float(_octave.seq_sum(100 * (d * d) + e * e, 0)[0, 0])
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
        If A is not square and real, or x or b is not of length n.

    Notes
    -----
    Octave parity: the same operations in the same order; products through another OpenBLAS build,
    so a few ULPs at most.
    """
    func = "quadratic_cost"
    A = _validate.real_matrix(func, "A", A)
    n = A.shape[0]
    if A.shape != (n, n):
        raise ValueError(f"{func}: A must be a real square matrix, got shape {A.shape}")
    x, flat = _validate.column(func, "x", x, n, f"n-by-1 column or 1-D of length n (A has shape {A.shape}")
    b, _ = _validate.column(func, "b", b, n, f"n-by-1 column or 1-D of length n (A has shape {A.shape}")
    Ax = A @ x
    g = Ax - b
    f = 0.5 * _octave.dot(x.ravel(), Ax.ravel()) - _octave.dot(b.ravel(), x.ravel())
    return ValueGradient(float(f), g.ravel() if flat else g)


def lr_cost_function(theta, X, y, lambda_) -> ValueGradient:
    """Cost and gradient of regularised logistic regression.

    Port of ``[J, grad] = lrCostFunction (theta, X, y, lambda)`` (octave/lrCostFunction.m)::

        h = sigmoid(X @ theta)
        J = (-y @ log(h) - (1 - y) @ log(1 - h)) / m + lambda_ / (2*m) * sum(theta[1:]**2)
        grad = X.T @ (h - y) / m + lambda_ / m * [0, theta[1:]]

    Parameters
    ----------
    theta : array_like of shape (n,) or (n, 1)
    X : array_like of shape (m, n)
        A column of ones first.
    y : array_like of shape (m,) or (m, 1)
        Labels, 0 or 1.
    lambda_ : float

    Returns
    -------
    J : float
    grad : ndarray of theta's shape

    Raises
    ------
    ValueError
        If X, y and theta do not conform (see :func:`compute_cost_multi`) or lambda_ is not a real scalar.

    Notes
    -----
    Octave parity: the same operations in the same order; numpy's ``exp`` and ``log`` may differ
    from the C library's by 1 ULP. The intercept is not regularised.
    """
    func = "lr_cost_function"
    X, y, theta, theta_1d, _ = _validate.regression_args(func, X, y, theta)
    lam = _validate.real_scalar(func, "lambda_", lambda_)
    m = X.shape[0]
    h = sigmoid(X @ theta)
    t = theta[1:].ravel()
    with np.errstate(divide="ignore"):
        J = (_octave.dot(-y.ravel(), np.log(h).ravel()) - _octave.dot((1 - y).ravel(), np.log(1 - h).ravel())) / m \
            + (lam / (2 * m)) * (_octave.xtx(t) if t.size else 0.0)
    grad = (X.T @ (h - y)) / m
    grad[1:] += (lam / m) * theta[1:]
    return ValueGradient(float(J), grad.ravel() if theta_1d else grad)

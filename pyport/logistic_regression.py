"""Logistic regression: the port of octave/lrCostFunction.m, which returns ``(value, gradient)`` as
fmincg expects."""

from __future__ import annotations

import numpy as np

from . import _validate, octave
from .activations import sigmoid
from .objectives import ValueGradient


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

    See Also
    --------
    sigmoid : The hypothesis ``h = sigmoid(X @ theta)``.
    fmincg : Minimises it over theta, with X, y and lambda_ passed through its ``*args``.
    compute_cost_multi : The squared-error cost of linear regression.

    Notes
    -----
    Octave parity: the same operations in the same order; numpy's ``exp`` and ``log`` may differ from
    the C library's by 1 ULP. The intercept is not regularised. Extreme inputs give the same Inf and NaN
    as Octave, as silently: no numpy RuntimeWarning.

    Examples
    --------
    The course's own test case (Octave: ``X_t = [ones(5,1) reshape(1:15,5,3)/10]``, then
    ``[J, grad] = lrCostFunction ([-2; -1; 1; 2], X_t, [1; 0; 1; 0; 1], 3)``):

    >>> import numpy as np
    >>> from pyport import lr_cost_function
    >>> X_t = np.c_[np.ones(5), np.arange(1, 16).reshape(5, 3, order="F") / 10]  # reshape: column-major
    >>> y_t = np.array([1.0, 0.0, 1.0, 0.0, 1.0])
    >>> J, grad = lr_cost_function(np.array([-2.0, -1.0, 1.0, 2.0]), X_t, y_t, 3.0)
    >>> print(round(J, 6))
    2.534819
    >>> print(np.round(grad, 6))
    [ 0.146561 -0.548558  0.724722  1.398003]
    """
    func = "lr_cost_function"
    X, y, theta, theta_1d, _ = _validate.check_regression_args(func, X, y, theta)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    m = X.shape[0]
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        h = sigmoid(X @ theta)
        t = theta[1:].ravel()
        J = (octave.dot(-y.ravel(), np.log(h).ravel()) - octave.dot((1 - y).ravel(), np.log(1 - h).ravel())) / m \
            + (lam / (2 * m)) * (octave.xtx(t) if t.size else 0.0)
        grad = (X.T @ (h - y)) / m
        grad[1:] += (lam / m) * theta[1:]
    return ValueGradient(float(J), grad.ravel() if theta_1d else grad)

"""Logistic regression: the ports of octave/costFunction.m and octave/costFunctionReg.m (the course's
ex2) and octave/lrCostFunction.m (ex3's vectorised one), each returning ``(value, gradient)`` as fmincg
expects. The three are one formula: ``_logistic_cost`` computes it, in the originals' order."""

from __future__ import annotations

import numpy as np

from . import _validate, octave
from .activations import sigmoid
from .objectives import ValueGradient


def cost_function(theta, X, y) -> ValueGradient:
    """Cost and gradient of (unregularised) logistic regression.

    Port of ``[J, grad] = costFunction (theta, X, y)`` (octave/costFunction.m), the course's ex2::

        h = sigmoid(X @ theta)
        J = (-y @ log(h) - (1 - y) @ log(1 - h)) / m
        grad = X.T @ (h - y) / m

    Parameters
    ----------
    theta : array_like of shape (n,) or (n, 1)
    X : array_like of shape (m, n)
        A column of ones first.
    y : array_like of shape (m,) or (m, 1)
        Labels, 0 or 1 (a bool array, as the course's ``y == c``, is its 1s and 0s).

    Returns
    -------
    J : float
    grad : ndarray of theta's shape

    Raises
    ------
    ValueError
        If X, y and theta do not conform (see :func:`compute_cost_multi`).

    See Also
    --------
    cost_function_reg : The same with a penalty on ``theta[1:]``.
    predict : 0/1 predictions from the fitted theta.
    fmincg : Minimises it over theta, with X and y passed through its ``*args``.

    Notes
    -----
    Octave parity: the same operations in the same order; numpy's ``exp`` and ``log`` may differ from
    the C library's by 1 ULP. A confident wrong prediction costs Inf (``log(0)``), an Inf in theta
    gives NaN where ``0 * Inf`` appears, as in Octave, silently: no numpy RuntimeWarning.

    Examples
    --------
    The course's published figures on ex2data1 (Octave: ``[J, grad] = costFunction (zeros (3, 1), X,
    y)``): cost 0.693147, gradient -0.1000, -12.0092, -11.2628.

    >>> import numpy as np
    >>> from pyport import cost_function
    >>> from pyport.datasets import load
    >>> data = load("ex2data1").values
    >>> X, y = np.c_[np.ones(len(data)), data[:, :2]], data[:, 2]
    >>> J, grad = cost_function(np.zeros(3), X, y)
    >>> print(round(J, 6), np.round(grad, 4))
    0.693147 [ -0.1    -12.0092 -11.2628]
    >>> J, grad = cost_function(np.array([-24, 0.2, 0.2]), X, y)
    >>> print(round(J, 3), np.round(grad, 3))
    0.218 [0.043 2.566 2.647]
    """
    X, y, theta, theta_1d, _ = _validate.check_regression_args("cost_function", X, y, theta)
    return _logistic_cost(X, y, theta, theta_1d, None)


def cost_function_reg(theta, X, y, lambda_) -> ValueGradient:
    """Cost and gradient of regularised logistic regression, the intercept not regularised.

    Port of ``[J, grad] = costFunctionReg (theta, X, y, lambda)`` (octave/costFunctionReg.m), the
    course's ex2::

        h = sigmoid(X @ theta)
        J = (-y @ log(h) - (1 - y) @ log(1 - h)) / m + lambda_ / (2*m) * sum(theta[1:]**2)
        grad = X.T @ (h - y) / m + lambda_ / m * [0, theta[1:]]

    Parameters
    ----------
    theta : array_like of shape (n,) or (n, 1)
    X : array_like of shape (m, n)
        A column of ones first (such as :func:`map_feature`'s 28 columns).
    y : array_like of shape (m,) or (m, 1)
        Labels, 0 or 1 (or bool).
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
    cost_function : Without the penalty.
    map_feature : The 28 polynomial features the course fits it on.
    lr_cost_function : ex3's version of the same function (the same numbers, to the bit).

    Notes
    -----
    Octave parity: the same operations in the same order as the original (and as
    :func:`lr_cost_function`); numpy's ``exp`` and ``log`` may differ from the C library's by 1 ULP.
    Extreme inputs give Octave's Inf and NaN, silently.

    Examples
    --------
    The course's published figures on ex2data2 mapped to 28 features (Octave: ``X = mapFeature (d(:,
    1), d(:, 2))``, ``costFunctionReg (zeros (28, 1), X, y, 1)``): 0.693; ones with lambda 10: 3.16.

    >>> import numpy as np
    >>> from pyport import cost_function_reg, map_feature
    >>> from pyport.datasets import load
    >>> data = load("ex2data2").values
    >>> X, y = map_feature(data[:, 0], data[:, 1]), data[:, 2]
    >>> J0, _ = cost_function_reg(np.zeros(28), X, y, 1)
    >>> J1, _ = cost_function_reg(np.ones(28), X, y, 10)
    >>> print(round(J0, 3), round(J1, 2))
    0.693 3.16
    """
    func = "cost_function_reg"
    X, y, theta, theta_1d, _ = _validate.check_regression_args(func, X, y, theta)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    return _logistic_cost(X, y, theta, theta_1d, lam)


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
    return _logistic_cost(X, y, theta, theta_1d, lam)


def _logistic_cost(X, y, theta, theta_1d, lam) -> ValueGradient:
    """J and grad for checked arguments (X (m, n), y and theta columns, float64), in the originals'
    order; ``lam`` None for costFunction, which has no penalty at all (not a penalty of 0: 0 * Inf is
    NaN)."""
    m = X.shape[0]
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        h = sigmoid(X @ theta)
        J = (octave.dot(-y.ravel(), np.log(h).ravel()) - octave.dot((1 - y).ravel(), np.log(1 - h).ravel())) / m
        grad = (X.T @ (h - y)) / m
        if lam is not None:
            t = theta[1:].ravel()
            J = J + (lam / (2 * m)) * (octave.xtx(t) if t.size else 0.0)
            grad[1:] += (lam / m) * theta[1:]
    return ValueGradient(float(J), grad.ravel() if theta_1d else grad)

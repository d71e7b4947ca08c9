"""Regularised linear regression (ex5): its cost, its fit by fmincg and polynomial features.

Ports of octave/linearRegCostFunction.m, trainLinearReg.m and polyFeatures.m. The curves built on
them (learning and validation curves) are in ``pyport.learning_curves``.
"""

from __future__ import annotations

import numpy as np

from . import _validate, octave
from .objectives import ValueGradient
from .optimization import fmincg

#: trainLinearReg's options: the course's MaxIter 200, silently (see train_linear_reg's Notes).
TRAIN_OPTIONS = {"MaxIter": 200.0, "Display": "off"}


def _cost_gradient(X: np.ndarray, y: np.ndarray, theta: np.ndarray, lam: float) -> tuple[float, np.ndarray]:
    """``J`` and ``grad`` of linearRegCostFunction for X, y and theta already checked, as columns."""
    m = X.shape[0]
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        err = X @ theta - y
        t = theta[1:]
        J = octave.sum(err * err)[0, 0] / (2 * m) + (lam / (2 * m)) * (octave.xtx(t) if t.size else 0.0)
        grad = (X.T @ err) / m
        grad[1:] += (lam / m) * t
    return float(J), grad


def linear_reg_cost_function(X, y, theta, lambda_) -> ValueGradient:
    """Cost and gradient of regularised linear regression.

    Port of ``[J, grad] = linearRegCostFunction (X, y, theta, lambda)``
    (octave/linearRegCostFunction.m)::

        err = X @ theta - y
        J = sum(err * err) / (2*m) + lambda_ / (2*m) * sum(theta[1:]**2)
        grad = X.T @ err / m + lambda_ / m * [0, theta[1:]]

    Parameters
    ----------
    X : array_like of shape (m, n)
        A column of ones first.
    y : array_like of shape (m,) or (m, 1)
    theta : array_like of shape (n,) or (n, 1)
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
    train_linear_reg : Minimises it over theta.
    compute_cost_multi : The same cost with lambda_ 0.

    Notes
    -----
    Octave parity: the same operations in the same order (Octave's sequential ``sum``, ``t' * t``
    through BLAS ``dsyrk`` as Octave computes it); the matrix products may differ from Octave's BLAS
    calls by an ULP. The intercept is not regularised. Extreme inputs give the same Inf and NaN as
    Octave (with lambda_ 0 an infinite theta[1:] gives the penalty 0 * Inf, NaN), as silently.

    Examples
    --------
    Predictions 1, 2, 3 against 1, 2, 4 leave one error of -1: J is 1/6, plus 3/6 * 1**2 for
    theta[1] = 1 with lambda_ 3:

    >>> import numpy as np
    >>> from pyport import linear_reg_cost_function
    >>> X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    >>> J, grad = linear_reg_cost_function(X, [1.0, 2.0, 4.0], np.array([1.0, 1.0]), 3)
    >>> print(round(J, 6), np.round(grad, 6))
    0.666667 [-0.333333  0.333333]
    """
    func = "linear_reg_cost_function"
    X, y, theta, theta_1d, _ = _validate.check_regression_args(func, X, y, theta)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    J, grad = _cost_gradient(X, y, theta, lam)
    return ValueGradient(J, grad.ravel() if theta_1d else grad)


def _objective(theta: np.ndarray, X: np.ndarray, y: np.ndarray, lam: float) -> tuple[float, np.ndarray]:
    return _cost_gradient(X, y, theta, lam)


def _train(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    """trainLinearReg on arguments already checked: theta as an (n, 1) column."""
    return fmincg(_objective, np.zeros((X.shape[1], 1)), TRAIN_OPTIONS, X, y, lam).x


def train_linear_reg(X, y, lambda_) -> np.ndarray:
    """Fit regularised linear regression with fmincg.

    Port of ``theta = trainLinearReg (X, y, lambda)`` (octave/trainLinearReg.m): minimises
    :func:`linear_reg_cost_function` over theta with :func:`fmincg`, from zeros, for at most 200
    line searches.

    Parameters
    ----------
    X : array_like of shape (m, n)
        A column of ones first.
    y : array_like of shape (m,) or (m, 1)
    lambda_ : float

    Returns
    -------
    theta : ndarray of shape (n,) or (n, 1)
        1-D if y was given 1-D, else a column.

    Raises
    ------
    ValueError
        If X and y do not conform (see :func:`compute_cost_multi`) or lambda_ is not a real scalar.

    See Also
    --------
    linear_reg_cost_function : The cost minimised.
    learning_curve, validation_curve : Fit it again and again.

    Notes
    -----
    Octave parity: the options are the course's MaxIter 200, with Display "off" on both sides (the
    course's fmincg prints a line per line search). On a well-conditioned problem fmincg reaches the
    minimiser, ``(X.T @ X + lambda_ * diag([0, 1, ..., 1])) \\ X.T @ y``, to where the cost is flat
    to rounding, about 1e-8 of theta: the port and the original stop at such points, not
    necessarily the same one, as fmincg's trace is chaotic under ULP differences in the objective
    (README, "fmincg"). On an ill-conditioned one (high powers of unscaled features) the 200 searches
    stop short of the minimiser and the two may differ far more: normalise the features first.

    Examples
    --------
    An exact line is found, to where fmincg stops:

    >>> import numpy as np
    >>> from pyport import train_linear_reg
    >>> X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    >>> print(np.round(train_linear_reg(X, [1.0, 3.0, 5.0, 7.0], 0), 7))
    [1. 2.]
    """
    func = "train_linear_reg"
    X, y, _, _, y_1d = _validate.check_regression_args(func, X, y)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    theta = _train(X, y, lam)
    return theta.ravel() if y_1d else theta


def poly_features(X, p) -> np.ndarray:
    """Map a feature onto its powers 1 to p.

    Port of ``X_poly = polyFeatures (X, p)`` (octave/polyFeatures.m): column j of X_poly is
    ``X**(j+1)``, each computed as the column before it times X.

    Parameters
    ----------
    X : array_like of shape (m,) or (m, 1)
        One feature, m >= 1.
    p : int
        The highest power, a positive integer.

    Returns
    -------
    X_poly : ndarray of shape (m, p)
        No column of ones (add it after normalising).

    Raises
    ------
    ValueError
        If X is not a real column vector ("poly_features: X must be a real numeric column vector, got
        an array of size 1x3"), p is not a positive integer, or would make X_poly hold more than
        2^31-1 elements.

    See Also
    --------
    feature_normalize : Scales the powers before a fit.

    Notes
    -----
    Octave parity: bit for bit. Both sides multiply (``X .* X``, then times X again...): products
    are correctly rounded, where Octave's ``.^`` and numpy's ``**`` call different ``pow`` routines.

    Examples
    --------
    >>> from pyport import poly_features
    >>> print(poly_features([1.0, 2.0, -3.0], 4))
    [[  1.   1.   1.   1.]
     [  2.   4.   8.  16.]
     [ -3.   9. -27.  81.]]
    """
    func = "poly_features"
    x, _ = _validate.check_column_vector(func, "X", X)
    p = _validate.check_count(func, "p", p, 1, "X_poly", x.shape[0])
    X_poly = np.empty((x.shape[0], p))
    X_poly[:, :1] = x
    with np.errstate(all="ignore"):  # overflow to Inf and Inf * 0 to NaN, as in Octave
        for j in range(1, p):
            np.multiply(X_poly[:, j - 1:j], x, out=X_poly[:, j:j + 1])
    return X_poly

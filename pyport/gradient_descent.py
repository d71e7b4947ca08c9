"""Batch gradient descent on the squared-error cost: ports of octave/gradientDescent.m and
gradientDescentMulti.m.

Each works on columns internally, so an (m, 1) and an (m,) can never broadcast into an (m, m) matrix,
and evaluates each update in the original's order; the cost it records is that of
``pyport.linear_regression`` (``seq_sum`` for Octave's ``sum``).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _blocked_descent as _blocked
from . import _validate, learning_rate, octave
from .linear_regression import _cost


class GradientDescentResult(NamedTuple):
    """``[theta, J_history]`` of gradientDescent / gradientDescentMulti."""

    theta: np.ndarray
    J_history: np.ndarray


def _plain(X: np.ndarray, y: np.ndarray, theta: np.ndarray, alpha: float, num_iters: int):
    """The original's loop, update by update (columns in, already checked): each cost's residual
    ``X @ theta - y`` is the one the next update starts from, so X is read twice an update; every value
    is the one of ``theta -= (alpha/m) * X.T @ (X @ theta - y)`` followed by ``_cost``, bit for bit."""
    m = X.shape[0]
    J_history = np.zeros(num_iters)
    step, twice_m = alpha / m, 2 * m
    err = X @ theta - y
    for k in range(num_iters):
        theta = theta - step * (X.T @ err)
        err = X @ theta - y
        J_history[k] = octave._seq_sum(err * err, 0)[0, 0] / twice_m
    return theta, J_history


def _descend(func: str, X, y, theta, alpha, num_iters, one_feature: bool) -> GradientDescentResult:
    X, y, theta, theta_1d, _ = _validate.check_regression_args(func, X, y, theta)
    if one_feature:
        _validate.check_two_columns(func, X)
    alpha, num_iters = _validate.check_step_args(func, alpha, num_iters)

    m = X.shape[0]
    limit = learning_rate.check_step(func, X, alpha) if num_iters else None
    with np.errstate(all="ignore"):  # a diverging run overflows as Octave's does; the warnings below say so
        J_start = _cost(X, y, theta)
        theta_start, theta = theta, theta.copy()  # never the caller's array, even after 0 updates
        if _blocked.suits(X, num_iters, alpha, limit):
            theta, J_history = _blocked.descend(X, y, theta, alpha, num_iters)
        elif _blocked.tall(X, num_iters):
            theta, J_history = _blocked.descend_tall(X, y, theta, alpha, num_iters)
        else:
            theta, J_history = _plain(X, y, theta, alpha, num_iters)

        def rounding() -> float:
            """The size of the terms of X*theta - y, at the start and at the end unless the run
            diverged, times 4 eps n (asked only when the cost rose: it reads the whole of X)."""
            converged = num_iters and np.isfinite(J_history).all() and J_history[-1] <= J_start
            reach = np.maximum(np.abs(theta_start), np.abs(theta)) if converged else np.abs(theta_start)
            with np.errstate(all="ignore"):
                return 4 * np.finfo(np.float64).eps * X.shape[1] * float(np.max(np.abs(X) @ reach + np.abs(y)))
    learning_rate.check_history(func, J_start, J_history, alpha, limit, rounding, m)
    return GradientDescentResult(theta.ravel() if theta_1d else theta, J_history)


def gradient_descent_multi(X, y, theta, alpha, num_iters) -> GradientDescentResult:
    """Batch gradient descent on the squared-error cost of ``X @ theta``.

    Port of ``[theta, J_history] = gradientDescentMulti (X, y, theta, alpha, num_iters)``
    (octave/gradientDescentMulti.m): ``num_iters`` updates
    ``theta = theta - (alpha/m) * X.T @ (X @ theta - y)``.

    Parameters
    ----------
    X : array_like of shape (m, n)
        Design matrix, a column of ones first.
    y : array_like of shape (m,) or (m, 1)
        Targets.
    theta : array_like of shape (n,) or (n, 1)
        Starting parameters (not modified).
    alpha : float
        Learning rate.
    num_iters : int
        Number of updates, >= 0 (an integral float such as 5.0 is accepted).

    Returns
    -------
    theta : ndarray of shape (n,) or (n, 1)
        The parameters after the last update, in the form theta was given.
    J_history : ndarray of shape (num_iters,)
        ``J_history[k]`` is the cost after update ``k + 1``.

    Raises
    ------
    ValueError
        If X, y or theta do not conform (see :func:`compute_cost_multi`), alpha is not a real scalar,
        or num_iters is not a non-negative integer.

    Warns
    -----
    LearningRateWarning
        When alpha is at or beyond :func:`stable_learning_rate` (X), when the cost rises from one
        update to the next beyond rounding, or when it stops being finite: each names alpha, the
        limit and the iteration. The results are unchanged.

    See Also
    --------
    gradient_descent : The one-feature form.
    compute_cost_multi : The cost recorded in J_history.
    feature_normalize : Scales the features first, so that one learning rate suits them all.
    stable_learning_rate : The largest alpha for which the descent converges.
    normal_eqn : The same minimum without iterating.

    Notes
    -----
    Octave parity: the same iterates and costs; J_history is 1-D where Octave's is num_iters-by-1. A
    learning rate that diverges is not refused: the iterates overflow to Inf and NaN as in Octave,
    which says nothing; the port warns (LearningRateWarning) instead of numpy's overflow warnings.
    Two runs take faster paths, a rounding away from Octave's values (the cross-check holds them to
    its tolerance): a long run (8192 updates or more) on a small X (1024 entries or fewer) that
    converges goes 4096 updates at a time through the powers of ``I - (alpha/m) X'X``, 3,000,000
    updates in about 0.25 s; an X of 32768 rows or more (and 8 updates or more, unless it is
    column-major already) is copied column-major once (as Octave holds it, where BLAS reads it
    fastest) and its costs are summed pairwise.

    Examples
    --------
    Weight against normalised age and height; the outputs come in Octave's order (Octave:
    ``[theta, J_history] = gradientDescentMulti (X, y, zeros (3, 1), 0.1, 400)``):

    >>> import numpy as np
    >>> from pyport import feature_normalize, gradient_descent_multi, normal_eqn
    >>> X_norm, mu, sigma = feature_normalize(np.array([[41.0, 62], [21, 62], [31, 64], [21, 72]]))
    >>> X = np.c_[np.ones(4), X_norm]  # Octave: [ones(m, 1), X_norm]
    >>> y = np.array([115.0, 140, 145, 175])
    >>> theta, J_history = gradient_descent_multi(X, y, np.zeros(3), 0.1, 400)
    >>> print(np.round(theta, 4), J_history.shape, round(J_history[-1], 6))
    [143.75   -11.2394  16.3011] (400,) 9.986413
    >>> print(np.round(normal_eqn(X, y), 4))  # the same minimum, in one step
    [143.75   -11.2394  16.3011]
    """
    return _descend("gradient_descent_multi", X, y, theta, alpha, num_iters, one_feature=False)


def gradient_descent(X, y, theta, alpha, num_iters) -> GradientDescentResult:
    """Batch gradient descent for a straight-line fit.

    Port of ``[theta, J_history] = gradientDescent (X, y, theta, alpha, num_iters)``
    (octave/gradientDescent.m): the one-feature form of :func:`gradient_descent_multi`.

    Parameters
    ----------
    X : array_like of shape (m, 2)
        A column of ones and one feature.
    y : array_like of shape (m,) or (m, 1)
        Targets.
    theta : array_like of shape (2,) or (2, 1)
        Starting intercept and slope.
    alpha : float
        Learning rate.
    num_iters : int
        Number of updates, >= 0.

    Returns
    -------
    theta : ndarray of shape (2,) or (2, 1)
        The parameters after the last update, in the form theta was given.
    J_history : ndarray of shape (num_iters,)
        ``J_history[k]`` is the cost after update ``k + 1``.

    Raises
    ------
    ValueError
        As :func:`gradient_descent_multi`, and if X does not have exactly 2 columns.

    Warns
    -----
    LearningRateWarning
        As :func:`gradient_descent_multi`.

    See Also
    --------
    gradient_descent_multi : Any number of features.
    compute_cost : The cost recorded in J_history.
    stable_learning_rate : The largest alpha for which the descent converges.

    Notes
    -----
    Octave parity: as :func:`gradient_descent_multi`.

    Examples
    --------
    Octave: ``[theta, J_history] = gradientDescent ([1 1; 1 2; 1 3], [2; 3; 4], [0; 0], 0.1, 1500)``.

    >>> import numpy as np
    >>> from pyport import gradient_descent
    >>> X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    >>> y = np.array([2.0, 3.0, 4.0])  # y = 1 + x
    >>> theta, J_history = gradient_descent(X, y, np.zeros(2), 0.1, 1500)
    >>> print(np.round(theta, 4), J_history.shape)
    [1. 1.] (1500,)

    Columns in, as Octave's, give a column theta back; J_history stays 1-D:

    >>> theta, J_history = gradient_descent(X, y.reshape(-1, 1), np.zeros((2, 1)), 0.1, 1500)
    >>> print(theta.shape, J_history.shape)
    (2, 1) (1500,)
    """
    return _descend("gradient_descent", X, y, theta, alpha, num_iters, one_feature=True)

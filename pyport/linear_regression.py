"""Linear regression: costs and the normal equation.

Ports of octave/computeCost.m, computeCostMulti.m and normalEqn.m. Each works on columns internally, so
an (m, 1) and an (m,) can never broadcast into an (m, m) matrix, and evaluates its formula in the
original's order (``seq_sum`` for Octave's ``sum``). Gradient descent on this cost is in
``pyport.gradient_descent``.
"""

from __future__ import annotations

import numpy as np

from . import _validate, octave


def _cost(X: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
    """``sum (err .* err) / (2*m)`` with ``err = X*theta - y``; all three already checked, as columns."""
    with np.errstate(over="ignore", invalid="ignore"):  # Inf and NaN where Octave's overflow, as silently
        err = X @ theta
        err -= y
        np.multiply(err, err, out=err)
        # Octave's sum, one square after another (octave.sum's order), in place: one array of m, not four
        return float(np.cumsum(err, axis=0, out=err)[-1, 0] / (2 * X.shape[0]))  # X has a row or more


def compute_cost_multi(X, y, theta) -> float:
    """Squared-error cost of the linear model ``X @ theta`` against ``y``.

    Port of ``J = computeCostMulti (X, y, theta)`` (octave/computeCostMulti.m):
    ``J = sum((X @ theta - y)**2) / (2*m)``.

    Parameters
    ----------
    X : array_like of shape (m, n)
        Design matrix, a column of ones first, then the features. m, n >= 1.
    y : array_like of shape (m,) or (m, 1)
        Targets.
    theta : array_like of shape (n,) or (n, 1)
        Parameters.

    Returns
    -------
    J : float
        The cost.

    Raises
    ------
    ValueError
        If X is not a real matrix (2-D; a number is a 1-by-1) with at least one row and column, or y is
        not of length m, or theta not of length n (a row such as shape (1, m) is refused: it would
        broadcast). The message is the original's, word for word (see ``pyport._validate``).

    See Also
    --------
    compute_cost : The same cost for one feature (X with 2 columns).
    gradient_descent_multi : Minimises this cost by batch gradient descent.
    normal_eqn : Minimises it in one step.

    Notes
    -----
    Octave parity: the same numbers (the square is ``err * err`` and the sum runs in Octave's order);
    Octave's 1-by-1 result is a Python float. NaN and Inf propagate as in Octave.

    Examples
    --------
    Weight against age and height (Octave: ``J = computeCostMulti (X, y, [0; 0; 0])``):

    >>> import numpy as np
    >>> from pyport import compute_cost_multi
    >>> X = np.array([[1.0, 41, 62], [1, 21, 62], [1, 31, 64], [1, 21, 72]])  # ones, age, height
    >>> y = np.array([115.0, 140, 145, 175])
    >>> print(compute_cost_multi(X, y, np.zeros(3)))  # (115^2 + 140^2 + 145^2 + 175^2) / (2*4)
    10559.375

    A row y (Octave's ``y'``) is refused, never broadcast into an (m, m) matrix:

    >>> compute_cost_multi(X, y.reshape(1, -1), np.zeros(3))  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: compute_cost_multi: y must be an m-by-1 column (X is 4x3, so m = 4; y is 1x4)
    """
    X, y, theta, _, _ = _validate.check_regression_args("compute_cost_multi", X, y, theta)
    return _cost(X, y, theta)


def compute_cost(X, y, theta) -> float:
    """Squared-error cost of a straight-line fit.

    Port of ``J = computeCost (X, y, theta)`` (octave/computeCost.m): the one-feature form of
    :func:`compute_cost_multi`, ``sum((X @ theta - y)**2) / (2*m)``.

    Parameters
    ----------
    X : array_like of shape (m, 2)
        A column of ones and one feature.
    y : array_like of shape (m,) or (m, 1)
        Targets.
    theta : array_like of shape (2,) or (2, 1)
        Intercept and slope.

    Returns
    -------
    J : float
        The cost.

    Raises
    ------
    ValueError
        As :func:`compute_cost_multi`, and if X does not have exactly 2 columns.

    See Also
    --------
    compute_cost_multi : The same cost for any number of features.
    gradient_descent : Minimises this cost by batch gradient descent.
    normal_eqn : Minimises it in one step.

    Notes
    -----
    Octave parity: as :func:`compute_cost_multi`.

    Examples
    --------
    Octave: ``J = computeCost ([1 1; 1 2; 1 3], [1; 2; 3], [0; 0])``.

    >>> import numpy as np
    >>> from pyport import compute_cost
    >>> X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])  # a column of ones, then the feature
    >>> y = np.array([1.0, 2.0, 3.0])
    >>> print(round(compute_cost(X, y, np.zeros(2)), 6))  # (1 + 4 + 9) / (2*3)
    2.333333
    >>> print(compute_cost(X, y, np.array([0.0, 1.0])))  # y = x: a perfect fit
    0.0
    >>> print(round(compute_cost(X, y.reshape(-1, 1), np.zeros((2, 1))), 6))  # columns, as in Octave
    2.333333
    """
    X, y, theta, _, _ = _validate.check_regression_args("compute_cost", X, y, theta)
    _validate.check_two_columns("compute_cost", X)
    return _cost(X, y, theta)


def normal_eqn(X, y) -> np.ndarray:
    """Least-squares parameters from the normal equations.

    Port of ``theta = normalEqn (X, y)`` (octave/normalEqn.m): ``theta = pinv(X.T @ X) @ X.T @ y``.

    Parameters
    ----------
    X : array_like of shape (m, n)
        Design matrix, a column of ones first.
    y : array_like of shape (m,) or (m, 1)
        Targets.

    Returns
    -------
    theta : ndarray of shape (n,) or (n, 1)
        1-D if y was given 1-D, else a column. For a rank-deficient X, the minimum-norm solution.

    Raises
    ------
    ValueError
        If X is not a real matrix (2-D; a number is a 1-by-1) with at least one row and column, or y is
        not of length m.

    See Also
    --------
    gradient_descent_multi : The same minimum by iteration.
    compute_cost_multi : The cost at theta.
    denormalize_theta : Parameters fitted on normalised features, back in original units.

    Notes
    -----
    Octave parity: ``pinv`` is Octave's (LAPACK dgesvd, tolerance ``max(n, n) * sigma_max * eps``), not
    ``numpy.linalg.pinv`` (dgesdd, another cut-off); the product is taken left to right as in Octave,
    ``(pinv(A) @ X.T) @ y``. A NaN or Inf anywhere in X gives an all-NaN theta, as Octave's ``pinv`` does.
    Agreement is to a tolerance that grows with the condition number of ``X.T @ X`` (README).

    Examples
    --------
    Two identical feature columns make ``X.T @ X`` singular; pinv still answers, with the
    minimum-norm solution, which shares the slope equally between them (Octave:
    ``theta = normalEqn ([1 1 1; 1 2 2; 1 3 3], [2; 3; 4])``):

    >>> import numpy as np
    >>> from pyport import normal_eqn
    >>> X = np.array([[1.0, 1.0, 1.0], [1.0, 2.0, 2.0], [1.0, 3.0, 3.0]])
    >>> y = np.array([2.0, 3.0, 4.0])  # y = 1 + x
    >>> print(np.round(normal_eqn(X, y), 4))
    [1.  0.5 0.5]
    >>> normal_eqn(X, y.reshape(-1, 1)).shape  # a column y gives a column theta
    (3, 1)
    """
    X, y, _, _, y_1d = _validate.check_regression_args("normal_eqn", X, y)
    with np.errstate(over="ignore", invalid="ignore"):  # X'X overflowing gives NaN (pinv), silently as in Octave
        theta = (octave.pinv(X.T @ X) @ X.T) @ y
    return theta.ravel() if y_1d else theta

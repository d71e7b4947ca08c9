"""Bias and variance (ex5): learning curves and validation curves of regularised linear regression.

Ports of octave/learningCurve.m and validationCurve.m; their argument check is in
``pyport._check_bias_variance``. Each fit is ``pyport.bias_variance``'s train_linear_reg.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _validate
from ._check_bias_variance import check_bias_variance_args
from .bias_variance import _cost_gradient, _train

#: validationCurve's lambdas, as the course chooses them.
LAMBDA_VEC = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


class LearningCurve(NamedTuple):
    """``[error_train, error_val]`` of learningCurve."""

    error_train: np.ndarray
    error_val: np.ndarray


class ValidationCurve(NamedTuple):
    """``[lambda_vec, error_train, error_val]`` of validationCurve."""

    lambda_vec: np.ndarray
    error_train: np.ndarray
    error_val: np.ndarray


def learning_curve(X, y, Xval, yval, lambda_) -> LearningCurve:
    """Training and validation errors of regularised linear regression as the training set grows.

    Port of ``[error_train, error_val] = learningCurve (X, y, Xval, yval, lambda)``
    (octave/learningCurve.m): for i = 1 to m, theta is ``train_linear_reg(X[:i], y[:i], lambda_)``;
    ``error_train[i-1]`` is its cost on those i examples and ``error_val[i-1]`` on the whole
    validation set, both without the penalty (:func:`linear_reg_cost_function` with lambda_ 0).

    Parameters
    ----------
    X : array_like of shape (m, n)
        A column of ones first.
    y : array_like of shape (m,) or (m, 1)
    Xval : array_like of shape (mval, n)
    yval : array_like of shape (mval,) or (mval, 1)
    lambda_ : float

    Returns
    -------
    error_train, error_val : ndarray of shape (m,) or (m, 1)
        1-D if y was given 1-D, else columns.

    Raises
    ------
    ValueError
        If X and y do not conform (see :func:`compute_cost_multi`), Xval is not a real matrix with
        X's columns ("learning_curve: Xval must have the columns of X, one per parameter (X is 3x2;
        Xval is 2x3)"), yval does not have a row per row of Xval, or lambda_ is not a real scalar.

    See Also
    --------
    train_linear_reg : Each fit.
    validation_curve : The errors against lambda instead.

    Notes
    -----
    Octave parity: each fit is train_linear_reg's, which stops, as the original's, where the cost is
    flat to rounding (about 1e-8 of theta on a well-conditioned problem), not necessarily at the same
    point: the errors agree to that, not to the bit.

    Examples
    --------
    Noise-free points on a line: one example fits the flat line ``y = 1`` (the minimum-norm fit),
    which misses the validation targets 2 and 13 by 1 and 12, ``(1 + 144) / 4``; from two examples
    on, every fit is exact:

    >>> import numpy as np
    >>> from pyport import learning_curve
    >>> X = np.c_[np.ones(4), np.arange(4.0)]
    >>> Xval = np.c_[np.ones(2), [0.5, 6.0]]
    >>> error_train, error_val = learning_curve(X, 1 + 2 * X[:, 1], Xval, 1 + 2 * Xval[:, 1], 0)
    >>> print(np.round(error_val, 8))
    [36.25  0.    0.    0.  ]
    """
    func = "learning_curve"
    X, y, Xval, yval, y_1d = check_bias_variance_args(func, X, y, Xval, yval)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    m = X.shape[0]
    error_train, error_val = np.zeros((m, 1)), np.zeros((m, 1))
    for i in range(1, m + 1):
        theta = _train(X[:i], y[:i], lam)
        error_train[i - 1] = _cost_gradient(X[:i], y[:i], theta, 0.0)[0]
        error_val[i - 1] = _cost_gradient(Xval, yval, theta, 0.0)[0]
    if y_1d:
        return LearningCurve(error_train.ravel(), error_val.ravel())
    return LearningCurve(error_train, error_val)


def validation_curve(X, y, Xval, yval) -> ValidationCurve:
    """Training and validation errors of regularised linear regression for the course's ten lambdas.

    Port of ``[lambda_vec, error_train, error_val] = validationCurve (X, y, Xval, yval)``
    (octave/validationCurve.m): for each lambda of ``[0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3,
    10]``, theta is ``train_linear_reg(X, y, lambda)``, and the errors are its costs on the training
    and validation sets without the penalty.

    Parameters
    ----------
    X : array_like of shape (m, n)
        A column of ones first.
    y : array_like of shape (m,) or (m, 1)
    Xval : array_like of shape (mval, n)
    yval : array_like of shape (mval,) or (mval, 1)

    Returns
    -------
    lambda_vec, error_train, error_val : ndarray of shape (10,) or (10, 1)
        1-D if y was given 1-D, else columns. The lambda of the least ``error_val`` is the one to keep.

    Raises
    ------
    ValueError
        As :func:`learning_curve` (it has no lambda_).

    See Also
    --------
    learning_curve : The errors against the size of the training set.

    Notes
    -----
    Octave parity: lambda_vec bit for bit; the errors as :func:`learning_curve`'s, to where fmincg
    stops (about 1e-8 of theta on a well-conditioned problem).

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import validation_curve
    >>> X = np.c_[np.ones(5), np.arange(5.0)]
    >>> Xval = np.c_[np.ones(3), [0.5, 2.5, 7.0]]
    >>> lambda_vec, error_train, error_val = validation_curve(X, 1 + 2 * X[:, 1], Xval, 1 + 2 * Xval[:, 1])
    >>> print(lambda_vec[np.argmin(error_val)])
    0.0
    """
    X, y, Xval, yval, y_1d = check_bias_variance_args("validation_curve", X, y, Xval, yval)
    lambda_vec = np.array(LAMBDA_VEC).reshape(-1, 1)
    error_train, error_val = np.zeros_like(lambda_vec), np.zeros_like(lambda_vec)
    for k, lam in enumerate(LAMBDA_VEC):
        theta = _train(X, y, lam)
        error_train[k] = _cost_gradient(X, y, theta, 0.0)[0]
        error_val[k] = _cost_gradient(Xval, yval, theta, 0.0)[0]
    if y_1d:
        return ValidationCurve(lambda_vec.ravel(), error_train.ravel(), error_val.ravel())
    return ValidationCurve(lambda_vec, error_train, error_val)

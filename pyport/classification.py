"""Classification with logistic regression and a trained network: the ports of octave/mapFeature.m (the
polynomial features of ex2) and octave/predict.m (ex2's 0/1 predictions and ex3's network labels)."""

from __future__ import annotations

import numpy as np

from . import _validate
from .activations import sigmoid

#: mapFeature's degree: every term X1^(i-j) * X2^j with 1 <= i <= 6, after a column of ones.
DEGREE = 6


def _power(x: np.ndarray, k: int, scalar: bool) -> np.ndarray:
    """Octave's ``x .^ k``: an array is squared and cubed by multiplying, and raised to any other
    power by the C library's ``pow``; a scalar (1-by-1) always by ``pow``."""
    if not scalar and k == 2:
        return x * x
    if not scalar and k == 3:
        return x * x * x
    return np.power(x, np.full_like(x, k))  # an array of exponents: numpy calls pow for each element


def map_feature(X1, X2) -> np.ndarray:
    """The polynomial features of degree up to 6 of two features: 28 columns.

    Port of ``out = mapFeature (X1, X2)`` (octave/mapFeature.m): a column of ones, then
    ``X1**(i-j) * X2**j`` for ``i = 1..6`` and, within each i, ``j = 0..i``::

        1, X1, X2, X1**2, X1*X2, X2**2, X1**3, ..., X1*X2**5, X2**6

    Parameters
    ----------
    X1 : array_like of shape (m,) or (m, 1), or a number
    X2 : array_like of X1's shape
        A column (or 1-D array, or number) of as many elements as X1.

    Returns
    -------
    out : ndarray of shape (m, 28)
        Always 2-D: one row per element (a number gives one row).

    Raises
    ------
    ValueError
        If X1 is not a real column vector, or X2 not a real column of X1's length.

    See Also
    --------
    cost_function_reg : The course fits these features with a penalty.
    predict : 0/1 predictions for mapped features and a fitted theta.

    Notes
    -----
    Octave parity: each power as Octave's ``.^`` computes it, to the bit: for a column of more than
    one element, ``x*x`` and ``x*x*x`` for the square and cube (Octave multiplies) and the C library's
    ``pow`` for the other powers; for one element (Octave's scalar), ``pow`` for every power. (numpy's
    ``x**3`` calls ``pow``, which differs from ``x*x*x`` in the last bit for a quarter of arguments.)
    ``NaN**0`` is 1, so a NaN in X1 spares the columns that are powers of X2 alone, as in Octave.

    Examples
    --------
    Octave: ``out = mapFeature ([2; -1], [3; 0.5])``.

    >>> import numpy as np
    >>> from pyport import map_feature
    >>> out = map_feature(np.array([2.0, -1.0]), np.array([3.0, 0.5]))
    >>> out.shape
    (2, 28)
    >>> print(out[:, :6])  # 1, X1, X2, X1^2, X1*X2, X2^2
    [[ 1.    2.    3.    4.    6.    9.  ]
     [ 1.   -1.    0.5   1.   -0.5   0.25]]
    >>> print(map_feature(2, 0)[0, [10, 15, 21]])  # X1^4, X1^5, X1^6
    [16. 32. 64.]
    """
    func = "map_feature"
    x1, _ = _validate.check_column_vector(func, "X1", X1)
    x2, _ = _validate.check_column(func, "X2", X2, "m", x1.shape[0], "X1", X1)
    m = x1.shape[0]
    scalar = m == 1
    out = np.ones((m, (DEGREE + 1) * (DEGREE + 2) // 2))
    k = 0
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        for i in range(1, DEGREE + 1):
            for j in range(i + 1):
                k += 1
                out[:, k] = (_power(x1, i - j, scalar) * _power(x2, j, scalar)).ravel()
    return out


def _first_largest(a: np.ndarray) -> np.ndarray:
    """Octave's ``[~, p] = max (a, [], 2)``, 0-based: the first largest entry of each row, NaN
    ignored; a row of NaN gives 0 (Octave: 1). numpy's argmax would pick the first NaN."""
    largest = np.where(np.isnan(a), -np.inf, a).max(axis=1, keepdims=True)
    return np.argmax(a == largest, axis=1).astype(np.intp)  # no entry equal (all NaN): 0


def predict(theta, X, *more) -> np.ndarray:
    """Predictions for the rows of X: ex2's 0/1 from logistic regression, or ex3's network labels.

    Port of ``p = predict (theta, X)`` and ``p = predict (Theta1, Theta2, X)`` (octave/predict.m). The
    number of arguments tells the two apart, as in Octave; pass them by position.

    - ``predict(theta, X)``: 1.0 where ``sigmoid(X @ theta) >= 0.5``, else 0.0.
    - ``predict(Theta1, Theta2, X)``: the label of the largest output of the network, 0-based::

        h = sigmoid([1, X] @ Theta1.T)
        p = argmax(sigmoid([1, h] @ Theta2.T), axis=1)   # the first of equal largest outputs

    Parameters
    ----------
    theta : array_like of shape (n,) or (n, 1)
        Logistic form: the parameters (in the network form, this place holds Theta1).
    X : array_like of shape (m, n)
        Logistic form: the examples, m may be 0 (in the network form, this place holds Theta2).
    *more : the network form's X, array_like of shape (m, n)
        With it, the first two arguments are Theta1, of shape (h, n+1), and Theta2, of shape
        (K, h+1), K >= 1.

    Returns
    -------
    p : ndarray
        Logistic form: float64 0.0 and 1.0, of shape (m,) for a 1-D theta, else (m, 1).
        Network form: np.intp labels 0..K-1, of shape (m,).

    Raises
    ------
    ValueError
        Logistic form: if X is not a real matrix or theta not a real column of X's width. Network form:
        if Theta1 has not one column more than X, Theta2 not one column more than Theta1 has rows, or
        Theta2 has no row.
    TypeError
        If given other than 2 or 3 arguments (Octave: "Invalid call to predict").

    See Also
    --------
    cost_function, cost_function_reg : What the course minimises to fit theta.
    map_feature : The features of the regularised fit.
    predict_linear : The regression network's outputs themselves.

    Notes
    -----
    Octave parity: the network's labels are 0-based, Octave's minus 1 (the project's index rule: a
    label K in Octave is K-1 here), as np.intp; ties go to the first largest output and a NaN output is
    ignored, as Octave's ``max`` (a row of NaN: label 0 here, 1 in Octave). The logistic form's 0/1 are
    not labels: they stay float64 0.0 and 1.0, as Octave's doubles. numpy's ``exp`` may differ from
    the C library's by 1 ULP, which moves an output across 0.5 (or past another) only when the two are
    that close.

    Examples
    --------
    Logistic form (Octave: ``predict ([-1; 2], [1 0; 1 0.5; 1 1; 1 -3])``):

    >>> import numpy as np
    >>> from pyport import predict
    >>> print(predict(np.array([-1.0, 2.0]), np.array([[1, 0], [1, 0.5], [1, 1], [1, -3]])))
    [0. 1. 1. 0.]

    Network form: one hidden unit copying x, an output for x < 0 and one for x > 0 (Octave's labels
    1 and 2 are 0 and 1 here):

    >>> Theta1, Theta2 = np.array([[0.0, 20.0]]), np.array([[10.0, -20.0], [-10.0, 20.0]])
    >>> predict(Theta1, Theta2, np.array([[-1.0], [2.0], [-0.5], [0.3]]))
    array([0, 1, 0, 1])
    """
    if len(more) == 0:
        X = _validate.check_matrix("predict", "X", X, True)
        theta_col, theta_1d = _validate.check_column("predict", "theta", theta, "n", X.shape[1], "X", X)
        with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
            p = (sigmoid(X @ theta_col) >= 0.5).astype(np.float64)
        return p.ravel() if theta_1d else p
    if len(more) == 1:
        Theta1, Theta2, X = theta, X, more[0]
        T1, T2, X, _ = _validate.check_predict_args("predict", Theta1, Theta2, X, "sigmoid")
        _validate.check_matrix("predict", "Theta2", T2)  # K >= 1: a label to return
        ones = np.ones((X.shape[0], 1))
        with np.errstate(all="ignore"):
            h = sigmoid(np.hstack([ones, X]) @ T1.T)
            return _first_largest(sigmoid(np.hstack([ones, h]) @ T2.T))
    raise TypeError(f"Invalid call to predict: predict(theta, X) or predict(Theta1, Theta2, X), "
                    f"got {2 + len(more)} arguments")

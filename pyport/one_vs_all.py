"""One-vs-all logistic regression: ports of octave/oneVsAll.m and octave/predictOneVsAll.m.

Class labels are 0-based in the ports (README, "Indices"): Octave's labels 1..K are 0..K-1 here, in y
and in the predictions, and row c of all_theta is the classifier of label c in both languages' terms
(Octave's row c + 1).
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from . import _validate
from ._check_one_vs_all import check_class_labels, check_class_predict_args
from .logistic_regression import lr_cost_function
from .optimization import fmincg

#: fmincg's options in oneVsAll: 50 line searches, quietly.
OPTIONS = {"MaxIter": 50, "Display": "off"}


def one_vs_all(X, y, num_labels, lambda_, cost_function: Callable | None = None) -> np.ndarray:
    """Train one regularised logistic-regression classifier per class, each against all the others.

    Port of ``all_theta = oneVsAll (X, y, num_labels, lambda, costFunction)`` (octave/oneVsAll.m): for
    each label c, ``fmincg`` minimises ``lr_cost_function(theta, [1, X], y == c, lambda_)`` over theta,
    from zeros, for 50 line searches; row c of all_theta is that theta.

    Parameters
    ----------
    X : array_like of shape (m, n)
        Features, one example per row, without a column of ones (it is added here).
    y : array_like of shape (m,) or (m, 1)
        Class labels, whole numbers 0 to num_labels - 1 (Octave's 1 to num_labels, minus 1); any
        integer or integer-valued float dtype.
    num_labels : int
        The number of classes K, >= 1. A class with no example gets a classifier that says "not this
        one" everywhere.
    lambda_ : float
        Weight of the penalty on the non-intercept weights.
    cost_function : callable, optional
        A function with the signature of :func:`lr_cost_function` returning ``(J, grad)``, called as
        ``cost_function(theta, X1, y_c, lambda_)`` with ``X1 = [1, X]`` and ``y_c`` the bool (m, 1)
        column ``y == c``; :func:`lr_cost_function` by default (Octave: ``@lrCostFunction``).

    Returns
    -------
    all_theta : ndarray of shape (num_labels, n+1)
        Row c is the classifier of label c, intercept first.

    Raises
    ------
    ValueError
        If X is not a real non-empty matrix, num_labels is not a positive integer (or would make
        all_theta hold more than 2^31-1 elements), y is not an m-vector of whole numbers ("one_vs_all:
        y must hold class labels, whole numbers; its 2nd row is not one") or holds one outside
        0..num_labels-1 ("...: y must hold a class label in each row, one of num_labels = 3 classes;
        its 2nd row does not"), lambda_ is not a real scalar, or cost_function is not callable: the
        original's messages, word for word (a message names the row, not the label, which differs by
        one between the two). What cost_function returns is checked by fmincg, in fmincg's words.

    See Also
    --------
    predict_one_vs_all : The label each row of X is predicted to be.
    lr_cost_function : The objective of each class.
    fmincg : The minimiser.

    Notes
    -----
    Octave parity: labels are 0-based, Octave's minus 1 (the 2nd row of all_theta is Octave's 2nd row:
    label 1 here, label 2 there). The same calls to the same minimiser on the same objective; fmincg is
    chaotic, so the ported objective's last-bit differences from Octave's can move a theta by more
    than its rounding, up to how far a one-ULP nudge of the original's own objective moves it (README,
    "fmincg"); with the original's objective (``cost_function``) the port agrees to the bit. The trailing
    ``cost_function`` is not in the course's oneVsAll: both languages take it, for that check.
    Extreme inputs give the same Inf and NaN as Octave, as silently: no numpy RuntimeWarning.

    Examples
    --------
    Three clusters of points, labels 0, 1, 2 (Octave's 1, 2, 3); each example predicted right:

    >>> import numpy as np
    >>> from pyport import one_vs_all, predict_one_vs_all
    >>> t = np.arange(10) / 10
    >>> ring = np.c_[np.cos(2 * np.pi * t), np.sin(2 * np.pi * t)]
    >>> X = np.vstack([ring + [0, 3], ring + [3, -2], ring + [-3, -2]])
    >>> y = np.repeat([0, 1, 2], 10)
    >>> all_theta = one_vs_all(X, y, 3, 0.1)  # Octave: oneVsAll (X, y + 1, 3, 0.1)
    >>> all_theta.shape
    (3, 3)
    >>> p = predict_one_vs_all(all_theta, X)
    >>> print(np.mean(p == y) * 100)  # Octave: mean (double (p == y)) * 100, its y 1-based
    100.0
    """
    func = "one_vs_all"
    X = _validate.check_matrix(func, "X", X)
    m, n = X.shape
    K = _validate.check_count(func, "num_labels", num_labels, 1, "all_theta", n + 1)
    labels, _ = check_class_labels(func, y, K, X)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    cost = lr_cost_function if cost_function is None else _validate.check_function(func, "the cost function",
                                                                                       cost_function)

    X1 = np.hstack([np.ones((m, 1)), X])
    y_col = labels.reshape(m, 1)
    all_theta = np.zeros((K, n + 1))
    for c in range(K):
        theta = fmincg(cost, np.zeros((n + 1, 1)), OPTIONS, X1, y_col == c, lam).x
        all_theta[c, :] = theta.ravel()
    return all_theta


def predict_one_vs_all(all_theta, X) -> np.ndarray:
    """The label each row of X is predicted to be: the class whose classifier scores it highest.

    Port of ``p = predictOneVsAll (all_theta, X)`` (octave/predictOneVsAll.m):
    ``[~, p] = max ([ones(m, 1), X] * all_theta', [], 2)``.

    Parameters
    ----------
    all_theta : array_like of shape (num_labels, n+1)
        A classifier per row, intercept first (as :func:`one_vs_all` returns them).
    X : array_like of shape (m, n)
        Features without the column of ones; m may be 0.

    Returns
    -------
    p : ndarray of shape (m,), dtype np.intp
        Labels 0 to num_labels - 1: the row of all_theta scoring highest.

    Raises
    ------
    ValueError
        If all_theta is not a real non-empty matrix, X not a real matrix, or all_theta has not one
        column more than X: the original's messages, word for word.

    See Also
    --------
    one_vs_all : Trains all_theta.

    Notes
    -----
    Octave parity: p is 0-based, Octave's label minus 1, as integers (Octave's p is a column of doubles
    1..K), and 1-D. As Octave's ``max``: a tie goes to the first class, NaN scores are passed over, a
    row of NaN alone gives label 0. The scores are products through another OpenBLAS build: two
    classes whose scores differ by a last bit alone can rank differently.

    Examples
    --------
    Octave: ``predictOneVsAll ([0 1 0; 0 0 1; 0 -1 -1], [2 1; 1 2; -1 -1])`` is ``[1; 2; 3]``:

    >>> import numpy as np
    >>> from pyport import predict_one_vs_all
    >>> all_theta = np.array([[0, 1, 0], [0, 0, 1], [0, -1, -1]])  # scores x1, x2 and -(x1 + x2)
    >>> print(predict_one_vs_all(all_theta, np.array([[2, 1], [1, 2], [-1, -1]])))
    [0 1 2]
    """
    T, X = check_class_predict_args("predict_one_vs_all", all_theta, X)
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        scores = np.hstack([np.ones((X.shape[0], 1)), X]) @ T.T
    return first_max(scores)


def first_max(scores: np.ndarray) -> np.ndarray:
    """Octave's ``[~, i] = max (scores, [], 2)`` minus 1: each row's first largest entry, NaN passed
    over (a row of NaN alone: 0), as np.intp. ``np.argmax`` would take a NaN for the largest."""
    largest = np.where(np.isnan(scores), -np.inf, scores).max(axis=1, keepdims=True)
    return np.argmax(scores == largest, axis=1).astype(np.intp)  # NaN equals nothing; all False: 0

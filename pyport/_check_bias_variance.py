"""The argument check of the bias-and-variance curves: the port of octave/private/checkBiasVarianceArgs.m.

Like ``pyport._validate`` (whose checkers it uses and whose wording it keeps), it builds the whole
sentence of each refusal and raises it as a ``ValueError``, before any arithmetic.
"""

from __future__ import annotations

from . import _validate


def check_bias_variance_args(func: str, X, y, Xval, yval):
    """A training set (X (m, n), y (m, 1) or (m,)) and a validation set (Xval (mval, n), with X's
    columns, yval (mval, 1) or (mval,)), as learning_curve and validation_curve take them.

    Returns ``X, y, Xval, yval, y_was_1d``: the matrices and columns as float64, y and yval (k, 1)."""
    X, y, _, _, y_1d = _validate.check_regression_args(func, X, y)
    Xval = _validate.check_matrix(func, "Xval", Xval)
    if Xval.shape[1] != X.shape[1]:
        raise ValueError(f"{func}: Xval must have the columns of X, one per parameter "
                         f"(X is {_validate.shape_text(X)}; Xval is {_validate.shape_text(Xval)})")
    yval, _ = _validate.check_column(func, "yval", yval, "mval", Xval.shape[0], "Xval", Xval)
    return X, y, Xval, yval, y_1d

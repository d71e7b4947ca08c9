"""Argument checks of the SVM ports: one for each of octave/private/checkSvm*.m, in the words of
pyport/_validate.py (the same sentences as the Octave checkers', Python's names, case aside).

Kept apart from _validate.py, which the other families share; like it, every check here runs before
any arithmetic.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from . import _validate
from ._validate import ordinal_text, shape_text, value_text

#: The fields of a model, as Octave's svmTrain names them (a Mapping given to svm_predict has these keys).
MODEL_FIELDS = ("X", "y", "kernelFunction", "b", "alphas", "w")
#: Their names on the port's record, SvmModel: Octave's in snake_case.
RECORD_FIELDS = ("X", "y", "kernel_function", "b", "alphas", "w")


def _real_vector(arr) -> bool:
    """Octave's ``isvector`` of a real numeric array: 2-D with a dimension 1 (a scalar is one); also
    1-D, or a number, in Python."""
    return (arr is not None and arr.dtype.kind in "biuf" and arr.size >= 1
            and (arr.ndim < 2 or (arr.ndim == 2 and 1 in arr.shape)))


def check_svm_kernel_args(func: str, x1, x2) -> tuple[np.ndarray, np.ndarray]:
    """Two examples for a kernel: real vectors (1-D, rows, columns or numbers) of as many elements.

    Returns both 1-D, float64, in column-major order (Octave's ``x(:)``)."""
    a1, a2 = _validate._as_array(x1), _validate._as_array(x2)
    if not _real_vector(a1):
        raise ValueError(f"{func}: x1 must be a real numeric vector, got {value_text(x1)}")
    if not _real_vector(a2):
        raise ValueError(f"{func}: x2 must be a real numeric vector, got {value_text(x2)}")
    if a1.size != a2.size:
        raise ValueError(f"{func}: x1 and x2 must have the same number of elements "
                         f"(x1 has {a1.size}, x2 has {a2.size})")
    return a1.astype(np.float64).ravel(), a2.astype(np.float64).ravel()


def check_svm_train_args(func: str, X, Y, C, kernel_function, tol, max_passes, draws):
    """svm_train's arguments: X (m, n) with m >= 2, Y (m, 1) or (m,) of 0 and 1, C a positive
    number, a callable kernel, tol a non-negative number (None or empty: 1e-3), max_passes a
    non-negative integer (None or empty: 5), draws as :func:`check_svm_draws` takes them.

    Returns ``X, Y, C, tol, max_passes, draws, Y_was_1d``: Y 1-D float64, draws 1-D or None."""
    return _train_args(func, X, Y, C, kernel_function, tol, max_passes, draws, "Y")


def _train_args(func, X, Y, C, kernel_function, tol, max_passes, draws, y_name):
    """check_svm_train_args, the labels called ``y_name`` (dataset3_params calls them y)."""
    X = _validate.check_matrix(func, "X", X)
    if X.shape[0] < 2:
        raise ValueError(f"{func}: X must have at least 2 rows, examples to pair (X is {shape_text(X)})")
    Y_col, Y_1d = _validate.check_column(func, y_name, Y, "m", X.shape[0], "X", X)
    bad = np.flatnonzero((Y_col != 0) & (Y_col != 1))
    if bad.size:
        k = int(bad[0])
        raise ValueError(f"{func}: {y_name} must hold labels 0 and 1, but its {ordinal_text(k + 1)} element is "
                         f"{value_text(float(Y_col[k, 0]))}")
    C = _validate.check_scalar(func, "C", C, "positive")
    if not callable(kernel_function):
        raise ValueError(f"{func}: kernel_function must be callable, got {value_text(kernel_function)}")
    tol = 1e-3 if _validate._is_empty(tol) else _validate.check_scalar(func, "tol", tol, "non-negative")
    max_passes = 5 if _validate._is_empty(max_passes) else _validate.check_count(func, "max_passes", max_passes, 0)
    return X, Y_col.ravel(), C, tol, max_passes, check_svm_draws(func, draws), Y_1d


def check_svm_draws(func: str, draws):
    """The draws that stand for ``rand ()``: None or empty (then a generator draws), or a real vector
    (1-D, row, column or a number) of numbers in [0, 1). Returns them 1-D float64, or None."""
    if draws is None:
        return None
    arr = _validate._as_array(draws)
    if arr is not None and arr.dtype.kind in "biuf" and arr.size == 0:
        return None
    if not _real_vector(arr):
        raise ValueError(f"{func}: draws must be a real numeric vector, got {value_text(draws)}")
    flat = arr.astype(np.float64).ravel(order="F")
    bad = np.flatnonzero(~((flat >= 0) & (flat < 1)))
    if bad.size:
        k = int(bad[0])
        raise ValueError(f"{func}: draws must hold numbers in [0, 1), but its {ordinal_text(k + 1)} element is "
                         f"{value_text(float(flat[k]))}")
    return flat


def check_svm_model(func: str, model):
    """A model as svm_train returns it (an SvmModel) or as Octave's struct comes to Python (a Mapping
    with Octave's field names): X (s, n) of the s support vectors (s may be 0), y and alphas (s, 1) or
    (s,), a callable kernel, b a number, w (n, 1) or (n,).

    Returns ``SV, y, b, alphas, w, kernel``: the arrays float64, the vectors 1-D."""
    if isinstance(model, Mapping) and all(k in model for k in MODEL_FIELDS):
        fields = [model[k] for k in MODEL_FIELDS]
    elif isinstance(model, tuple) and getattr(model, "_fields", None) == RECORD_FIELDS:
        fields = list(model)
    else:
        raise ValueError(f"{func}: model must be a struct with the fields X, y, kernelFunction, b, alphas and w, "
                         f"got {value_text(model)}")
    X, y, kernel, b, alphas, w = fields
    SV = _validate.check_matrix(func, "model.X", X, True)
    s, n = SV.shape
    y_col, _ = _validate.check_column(func, "model.y", y, "s", s, "model.X", SV)
    alphas_col, _ = _validate.check_column(func, "model.alphas", alphas, "s", s, "model.X", SV)
    w_col, _ = _validate.check_column(func, "model.w", w, "n", n, "model.X", SV)
    b = _validate.check_scalar(func, "model.b", b)
    if not callable(kernel):
        raise ValueError(f"{func}: the model's kernel must be callable, got {value_text(kernel)}")
    return SV, y_col.ravel(), b, alphas_col.ravel(), w_col.ravel(), kernel


def _ran_out(func: str, needed: int, held: int):
    """Refuse a training that needs more draws than were given (svmSmo's own error)."""
    raise ValueError(f"{func}: draws ran out: draw {needed} was needed, and draws holds {held}")


def _predict_x(func: str, X, SV: np.ndarray) -> np.ndarray:
    """svm_predict's X (svmPredict checks it inline): a real matrix (a 1-D array is one example, a
    one-column matrix too, transposed as Octave does), with the model's n columns. As float64."""
    arr = _validate._as_array(X)
    if arr is not None and arr.ndim == 1 and arr.dtype.kind in "biuf":
        X = arr.reshape(1, -1)  # one example, as oct2py sends a 1-D array: a row
    X = _validate.check_matrix(func, "X", X)
    if X.shape[1] == 1:
        X = X.T  # one example, given as a column
    if X.shape[1] != SV.shape[1]:
        raise ValueError(f"{func}: X must have n = {SV.shape[1]} columns, one per feature of the model "
                         f"(X is {shape_text(X)})")
    return X


def _validation_args(func: str, X: np.ndarray, Xval, yval) -> tuple[np.ndarray, np.ndarray]:
    """dataset3_params' Xval (a real matrix of X's columns) and yval (a column of Xval's rows, or 1-D),
    as dataset3Params checks them inline. Returns Xval and yval 1-D, float64."""
    Xval = _validate.check_matrix(func, "Xval", Xval)
    if Xval.shape[1] != X.shape[1]:
        raise ValueError(f"{func}: Xval must have the columns of X (X is {shape_text(X)}, Xval is {shape_text(Xval)})")
    yval_col, _ = _validate.check_column(func, "yval", yval, "mval", Xval.shape[0], "Xval", Xval)
    return Xval, yval_col.ravel()

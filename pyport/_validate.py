"""Argument checks shared by the ports.

Every check runs before any arithmetic and raises ``ValueError`` with a whole sentence that names the
port, the argument and the shapes involved, worded as the Octave original words its own error (so that
the cross-check can hold the two messages side by side). Nothing here reshapes silently: a vector is
accepted as 1-D or as a column, and the caller is told which form it was given so that it can return
the same form.
"""

from __future__ import annotations

import numbers

import numpy as np


def numeric_array(func: str, name: str, value, what: str) -> np.ndarray:
    """``value`` as an ndarray of real numbers (bool, complex and object arrays are refused)."""
    try:
        arr = np.asarray(value)
    except Exception as exc:  # ragged lists and the like
        raise ValueError(f"{func}: {name} must be {what}, got {type(value).__name__}: {exc}") from None
    if arr.dtype.kind not in "iuf":  # bool, complex, object, strings, dates and durations are refused
        raise ValueError(f"{func}: {name} must be {what}, got an array of dtype {arr.dtype}")
    return arr


def real_matrix(func: str, name: str, value) -> np.ndarray:
    """A real 2-D array with at least one row and one column, as float64."""
    arr = numeric_array(func, name, value, "a real numeric 2-D array")
    if arr.ndim != 2:
        raise ValueError(f"{func}: {name} must be a real numeric 2-D array (one row per example), "
                         f"got shape {arr.shape}")
    if arr.shape[0] < 1 or arr.shape[1] < 1:
        raise ValueError(f"{func}: {name} must have at least one row and one column, got shape {arr.shape}")
    return arr.astype(np.float64, copy=False)


def column(func: str, name: str, value, length: int, why: str) -> tuple[np.ndarray, bool]:
    """A vector of ``length`` elements given as 1-D or as a column.

    Returns the vector as a float64 column of shape (length, 1) and whether it was given 1-D. ``why``
    names the dimension and where it comes from, e.g. ``"m-by-1 column or 1-D of length m (X has shape
    (3, 2), so m = 3"``; the message ends with the shape that was given.
    """
    arr = numeric_array(func, name, value, f"a real numeric {why.split(' (')[0]}")
    if arr.ndim == 0 and length == 1:  # a plain number where one element is due: Octave's 1-by-1
        return arr.astype(np.float64).reshape(1, 1), True
    if arr.ndim == 1 and arr.shape[0] == length:
        return arr.astype(np.float64).reshape(length, 1), True
    if arr.ndim == 2 and arr.shape == (length, 1):
        return arr.astype(np.float64, copy=False), False
    raise ValueError(f"{func}: {name} must be an {why}; {name} has shape {arr.shape})")


def real_scalar(func: str, name: str, value) -> float:
    """A real number: a Python or numpy scalar, or an array holding exactly one."""
    arr = numeric_array(func, name, value, "a real scalar")
    if arr.size != 1 or arr.ndim > 2:
        raise ValueError(f"{func}: {name} must be a real scalar, got shape {arr.shape}")
    return float(arr.reshape(()))


def count(func: str, name: str, value) -> int:
    """A non-negative whole number (an integral float such as 5.0 is accepted, as in Octave)."""
    if isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{func}: {name} must be a non-negative integer, got {value!r}")
    if isinstance(value, numbers.Integral):
        number = int(value)
    else:
        arr = numeric_array(func, name, value, "a non-negative integer")
        if arr.size != 1 or arr.ndim > 2 or not np.isfinite(arr).all() or arr.reshape(()) != np.floor(arr):
            raise ValueError(f"{func}: {name} must be a non-negative integer, got {value!r}")
        number = int(arr.reshape(()))
    if number < 0:
        raise ValueError(f"{func}: {name} must be a non-negative integer, got {value!r}")
    return number


def regression_args(func: str, X, y, theta=None):
    """X (m, n), y (m,) or (m, 1), theta (n,) or (n, 1): the arguments of the linear-regression ports.

    Returns ``X, y_col, theta_col, theta_was_1d, y_was_1d`` with ``theta_col`` None when theta is.
    """
    X = real_matrix(func, "X", X)
    m, n = X.shape
    y_col, y_1d = column(func, "y", y, m,
                         f"m-by-1 column or 1-D of length m (X has shape {X.shape}, so m = {m}")
    if theta is None:
        return X, y_col, None, False, y_1d
    theta_col, theta_1d = column(func, "theta", theta, n,
                                 f"n-by-1 column or 1-D of length n (X has shape {X.shape}, so n = {n}")
    return X, y_col, theta_col, theta_1d, y_1d


def two_columns(func: str, X: np.ndarray, multi: str) -> None:
    """The one-feature functions take ones and one feature, nothing more."""
    if X.shape[1] != 2:
        raise ValueError(f"{func}: X must have 2 columns, ones and one feature (X has shape {X.shape}); "
                         f"use {multi} for more")


def real_array(func: str, name: str, value) -> tuple[np.ndarray, bool]:
    """Any real numeric array (or number), as float64; also whether it was a plain number."""
    arr = numeric_array(func, name, value, "a real numeric array")
    return arr.astype(np.float64, copy=False), arr.ndim == 0


def positive_count(func: str, name: str, value) -> int:
    """A whole number >= 1."""
    try:
        number = count(func, name, value)
    except ValueError:
        number = 0
    if number < 1:
        raise ValueError(f"{func}: {name} must be a positive integer, got {value!r}")
    return number


ACTIVATIONS = ("sigmoid", "tanh", "linear")


def activation(func: str, value) -> str:
    """One of the hidden-layer activations the network functions know."""
    if not (isinstance(value, str) and value in ACTIVATIONS):
        raise ValueError(f'{func}: activation must be "sigmoid", "tanh" or "linear", got {value!r}')
    return value

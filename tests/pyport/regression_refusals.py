"""The argument contract the linear-regression and gradient-descent ports share (X, y, theta), checked
the same way for each: test_linear_regression.py and test_gradient_descent.py call these."""

from __future__ import annotations

import re

import numpy as np
import pytest

X3 = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
Y3 = np.array([1.0, 2.0, 4.0])
Y_SHAPES = [(1, 4), (4, 2), (3,), (5, 1)]  # for an X with 4 rows
THETA_SHAPES = [(1, 2), (2, 2), (3,), (3, 1)]  # for an X with 2 columns
BAD_TYPES = [  # complex, object, ragged, text; X also 1-D, 3-D and empty (a bool array is numeric)
    ("X", X3 + 0j), ("X", np.array([["a", "b"]] * 3)), ("X", X3.astype(object)), ("X", [[1, 0], [1], [1, 2]]),
    ("X", np.ones(3)), ("X", np.ones((3, 2, 1))), ("X", np.ones((0, 2))),
    ("y", Y3 + 1j), ("y", "abc"), ("y", Y3.astype(object)), ("y", [[1], [2, 3], [4]]),
    ("theta", np.array([1, 1j])), ("theta", "ab"), ("theta", [[1], [1, 2]]),
]


def shape_text(shape) -> str:
    """A shape as the messages write it: Octave's 3x2, and a 1-D array in words."""
    return "x".join(map(str, shape)) if len(shape) == 2 else f"a 1-D array of length {shape[0]}"


def refuses_bad_y(call, func, X_shape, y_shape) -> None:
    X = np.ones(X_shape)
    with pytest.raises(ValueError) as info:
        call(func, X, np.ones(y_shape), np.zeros(X_shape[1]))
    assert str(info.value) == (f"{func.__name__}: y must be an m-by-1 column (X is {shape_text(X_shape)}, "
                               f"so m = {X_shape[0]}; y is {shape_text(y_shape)})")


def refuses_bad_theta(call, func, theta_shape) -> None:
    X = np.ones((4, 2))
    with pytest.raises(ValueError) as info:
        call(func, X, np.ones(4), np.zeros(theta_shape))
    assert str(info.value) == (f"{func.__name__}: theta must be an n-by-1 column (X is 4x2, so n = 2; "
                               f"theta is {shape_text(theta_shape)})")


def refuses_three_columns(call, func, multi) -> None:
    with pytest.raises(ValueError, match=rf"^{func.__name__}: X must have 2 columns, ones and one feature "
                                         r"\(X is 3x3\); use the multi-feature version for more$"):
        call(func, np.ones((3, 3)), [1, 2, 3], [1, 1, 1])
    call(multi, np.ones((3, 3)), [3, 3, 3], [1, 1, 1])  # the multi-feature version accepts it


def refuses_bad_type(call, func, which, bad) -> None:
    args = {"X": X3, "y": Y3, "theta": np.zeros(2)}
    args[which] = bad
    with pytest.raises(ValueError) as info:
        call(func, args["X"], args["y"], args["theta"])
    assert str(info.value).startswith(func.__name__ + ":")
    assert re.search(rf"\b{which}\b", str(info.value))

"""Argument checks of the classification ports (one_vs_all, classification_network): one for each
Octave checker they add, ``octave/private/checkClass*.m``, worded as its twin words it.

The conventions are ``pyport._validate``'s (whose checkers these build on): the calling function's name
first, whole sentences, every check before any arithmetic. Class labels are 0-BASED here, Octave's
label minus 1 (README, "Indices"): a label of Octave's 1..K is 0..K-1 in a port. So that the two
refusals of the same wrong label read the same although its number differs by one, the sentence names
the label's row, not its value. What is no whole number (a fraction, NaN, Inf) is refused first, for
what it is whichever way labels are counted (so that the same raw numbers sent to both sides are refused
alike); then a whole number that is no label.
"""

from __future__ import annotations

import numpy as np

from . import _validate
from ._validate import check_column, check_matrix, ordinal_text, shape_text


def check_class_labels(func: str, y, num_labels: int, X: np.ndarray) -> tuple[np.ndarray, bool]:
    """y an (m, 1) column or (m,) vector of class labels, whole numbers from 0 to num_labels - 1 (a
    count already checked), m the rows of X (a checked matrix).

    Returns the labels as a 1-D ``np.intp`` array of length m, and whether y was given 1-D.
    """
    y_col, y_1d = check_column(func, "y", y, "m", X.shape[0], "X", X)
    v = y_col.ravel()
    with np.errstate(invalid="ignore"):
        bad = np.flatnonzero(~(np.isfinite(v) & (v == np.floor(v))))
    if bad.size:
        raise ValueError(f"{func}: y must hold class labels, whole numbers; its {ordinal_text(int(bad[0]) + 1)} "
                         f"row is not one")
    bad = np.flatnonzero(~((v >= 0) & (v <= num_labels - 1)))
    if bad.size:
        raise ValueError(f"{func}: y must hold a class label in each row, one of num_labels = {num_labels} "
                         f"classes; its {ordinal_text(int(bad[0]) + 1)} row does not")
    return v.astype(np.intp), y_1d


def check_class_network_args(func: str, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y):
    """The layer sizes, nn_params and X (m, input_layer_size) as the regression network's
    (``_validate.check_network_weights``), and y an m-vector of class labels 0..num_labels-1
    (:func:`check_class_labels`).

    Returns ``Theta1, Theta2, X, labels, params_was_1d``: the weight matrices unrolled column-major from
    nn_params, X as float64, the labels as a 1-D ``np.intp`` array.
    """
    Theta1, Theta2, X, params_1d = _validate.check_network_weights(func, nn_params, input_layer_size,
                                                                   hidden_layer_size, num_labels, X)
    labels, _ = check_class_labels(func, y, Theta2.shape[0], X)
    return Theta1, Theta2, X, labels, params_1d


def check_class_predict_args(func: str, all_theta, X):
    """all_theta (num_labels, n+1), not empty, and X (m, n), m possibly 0: a classifier per row of
    all_theta, intercept first. Returns both as float64."""
    all_theta = check_matrix(func, "all_theta", all_theta)
    X = check_matrix(func, "X", X, True)
    if all_theta.shape[1] != X.shape[1] + 1:
        raise ValueError(f"{func}: all_theta must have one column more than X, for the intercept "
                         f"(all_theta is {shape_text(all_theta)}, X is {shape_text(X)})")
    return all_theta, X

"""A regression network with one hidden layer: cost and gradient, prediction.

Ports of octave/nnCostFunctionLinear.m and octave/predictLinear.m. Weights are unrolled column-major,
as Octave's ``Theta(:)`` and ``reshape`` do.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _octave, _validate
from .activations import activate


def _sum_all(A: np.ndarray) -> float:
    """Octave's ``sum (sum (A))``: column sums, then the sum of the row, each in order."""
    return float(_octave.seq_sum(_octave.seq_sum(A, 0), 1)[0, 0])


def _with_bias(A: np.ndarray) -> np.ndarray:
    return np.hstack([np.ones((A.shape[0], 1)), A])


def unroll(Theta1, Theta2) -> np.ndarray:
    """``[Theta1(:); Theta2(:)]`` as a 1-D array: the weights in nn_params order (column-major)."""
    return np.concatenate([np.asarray(Theta1, float).ravel(order="F"), np.asarray(Theta2, float).ravel(order="F")])


def _network(func, nn_params, input_layer_size, hidden_layer_size, num_labels, X):
    """Checked sizes and X, Theta1 and Theta2 taken column-major from nn_params, and nn_params' form."""
    n_in = _validate.positive_count(func, "input_layer_size", input_layer_size)
    n_hid = _validate.positive_count(func, "hidden_layer_size", hidden_layer_size)
    n_out = _validate.positive_count(func, "num_labels", num_labels)
    params = _validate.numeric_array(func, "nn_params", nn_params, "a real numeric vector")
    if params.ndim > 2 or (params.ndim == 2 and 1 not in params.shape):
        raise ValueError(f"{func}: nn_params must be a real numeric vector, got shape {params.shape}")
    n1, n2 = n_hid * (n_in + 1), n_out * (n_hid + 1)
    if params.size != n1 + n2:
        raise ValueError(f"{func}: nn_params must have hidden_layer_size*(input_layer_size+1) + "
                         f"num_labels*(hidden_layer_size+1) = {n1 + n2} elements, got {params.size}")
    X = _validate.numeric_array(func, "X", X, "a real numeric 2-D array with at least one row")
    if X.ndim != 2 or X.shape[0] < 1:
        raise ValueError(f"{func}: X must be a real numeric 2-D array with at least one row, got shape {X.shape}")
    if X.shape[1] != n_in:
        raise ValueError(f"{func}: X must have input_layer_size columns (X has shape {X.shape}, "
                         f"input_layer_size is {n_in})")
    flat = params.astype(np.float64).ravel()
    Theta1 = flat[:n1].reshape(n_hid, n_in + 1, order="F")
    Theta2 = flat[n1:].reshape(n_out, n_hid + 1, order="F")
    return X.astype(np.float64, copy=False), Theta1, Theta2, params.ndim == 1


class CostGradient(NamedTuple):
    """``[J, grad]`` of nnCostFunctionLinear."""

    J: float
    grad: np.ndarray


def nn_cost_function_linear(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_,
                            activation="sigmoid") -> CostGradient:
    """Cost and gradient of a one-hidden-layer regression network (linear output, squared error).

    Port of ``[J, grad] = nnCostFunctionLinear (nn_params, input_layer_size, hidden_layer_size,
    num_labels, X, y, lambda, activation)`` (octave/nnCostFunctionLinear.m)::

        J = sum((a3 - y)**2) / (2*m)
            + lambda_ / (2*m) * (sum(Theta1[:, 1:]**2) + sum(Theta2[:, 1:]**2))

    with ``a3 = [1, act([1, X] @ Theta1.T)] @ Theta2.T``.

    Parameters
    ----------
    nn_params : array_like of shape (N,), (N, 1) or (1, N)
        ``[Theta1(:); Theta2(:)]``, unrolled column-major; N = hidden_layer_size*(input_layer_size+1)
        + num_labels*(hidden_layer_size+1). Theta1 is (hidden_layer_size, input_layer_size+1), Theta2
        (num_labels, hidden_layer_size+1), each with its bias column first (see :func:`unroll`).
    input_layer_size, hidden_layer_size, num_labels : int
        Layer sizes, each >= 1.
    X : array_like of shape (m, input_layer_size)
        Inputs, one example per row, without a column of ones.
    y : array_like of shape (m, num_labels), or (m,) when num_labels == 1
        Targets.
    lambda_ : float
        Weight of the penalty on the non-bias weights.
    activation : {"sigmoid", "tanh", "linear"}
        Hidden-layer activation.

    Returns
    -------
    J : float
        The cost.
    grad : ndarray of shape (N,), or (N, 1) when nn_params was 2-D
        The exact gradient of J, unrolled as nn_params (Octave returns a column for any vector).

    Raises
    ------
    ValueError
        If a layer size is not a positive integer, nn_params is not a vector of N elements, X is not
        (m, input_layer_size), y is not (m, num_labels), lambda_ is not a real scalar, or activation is
        not one of the three.

    Notes
    -----
    Octave parity: the same formula in the same order (sums in Octave's order); numpy's ``exp`` and
    ``tanh`` may differ from the C library's by 1 to 3 ULPs, and matrix products go through another
    OpenBLAS build, so J and grad agree to a few ULPs, not always to the bit (README). A 1-D y is
    accepted for a single output.
    """
    func = "nn_cost_function_linear"
    X, Theta1, Theta2, params_1d = _network(func, nn_params, input_layer_size, hidden_layer_size, num_labels, X)
    m, k = X.shape[0], Theta2.shape[0]
    y_arr = _validate.numeric_array(func, "y", y, "a real numeric m-by-num_labels array")
    if y_arr.shape == (m,) and k == 1:
        y_arr = y_arr.reshape(m, 1)
    if y_arr.shape != (m, k):
        raise ValueError(f"{func}: y must be m-by-num_labels (X has shape {X.shape}, num_labels is {k}; "
                         f"y has shape {y_arr.shape})")
    lam = _validate.real_scalar(func, "lambda_", lambda_)
    act = _validate.activation(func, activation)
    y_arr = y_arr.astype(np.float64, copy=False)

    a1 = _with_bias(X)
    z2 = a1 @ Theta1.T
    h, dh = activate(act, z2, derivative=True)
    a2 = _with_bias(h)
    a3 = a2 @ Theta2.T

    d3 = a3 - y_arr
    T1, T2 = Theta1[:, 1:], Theta2[:, 1:]
    J = _sum_all(d3 * d3) / (2 * m) + (lam / (2 * m)) * (_sum_all(T1 * T1) + _sum_all(T2 * T2))

    d2 = (d3 @ T2) * dh
    Theta1_grad = (d2.T @ a1) / m
    Theta2_grad = (d3.T @ a2) / m
    Theta1_grad[:, 1:] += (lam / m) * T1
    Theta2_grad[:, 1:] += (lam / m) * T2
    grad = unroll(Theta1_grad, Theta2_grad)
    return CostGradient(float(J), grad if params_1d else grad.reshape(-1, 1))


def predict_linear(Theta1, Theta2, X, activation="sigmoid") -> np.ndarray:
    """Outputs of the regression network for the rows of X.

    Port of ``p = predictLinear (Theta1, Theta2, X, activation)`` (octave/predictLinear.m):
    ``p = [1, act([1, X] @ Theta1.T)] @ Theta2.T``.

    Parameters
    ----------
    Theta1 : array_like of shape (h, n+1)
    Theta2 : array_like of shape (k, h+1)
    X : array_like of shape (m, n)
    activation : {"sigmoid", "tanh", "linear"}

    Returns
    -------
    p : ndarray of shape (m, k)

    Raises
    ------
    ValueError
        If an argument is not a real 2-D array, the shapes do not chain, or activation is unknown.

    Notes
    -----
    Octave parity: as :func:`nn_cost_function_linear`, a few ULPs at most.
    """
    func = "predict_linear"
    arrays = {}
    for name, value in (("Theta1", Theta1), ("Theta2", Theta2), ("X", X)):
        arr = _validate.numeric_array(func, name, value, "a real numeric 2-D array")
        if arr.ndim != 2:
            raise ValueError(f"{func}: {name} must be a real numeric 2-D array, got shape {arr.shape}")
        arrays[name] = arr.astype(np.float64, copy=False)
    T1, T2, X = arrays["Theta1"], arrays["Theta2"], arrays["X"]
    if T1.shape[1] != X.shape[1] + 1:
        raise ValueError(f"{func}: Theta1 must have one column more than X (Theta1 has shape {T1.shape}, "
                         f"X has shape {X.shape})")
    if T2.shape[1] != T1.shape[0] + 1:
        raise ValueError(f"{func}: Theta2 must have one column more than Theta1 has rows (Theta1 has shape {T1.shape}, "
                         f"Theta2 has shape {T2.shape})")
    act = _validate.activation(func, activation)
    h, _ = activate(act, _with_bias(X) @ T1.T, derivative=False)
    return _with_bias(h) @ T2.T

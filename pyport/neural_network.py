"""A regression network with one hidden layer: cost and gradient, prediction.

Ports of octave/nnCostFunctionLinear.m and octave/predictLinear.m. Weights are unrolled column-major,
as Octave's ``Theta(:)`` and ``reshape`` do.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _validate, octave
from .activations import activate


def _sum_all(A: np.ndarray) -> float:
    """Octave's ``sum (sum (A))``: column sums, then the sum of the row, each in order."""
    return float(octave.sum(octave.sum(A, 1), 2)[0, 0])


def _with_bias(A: np.ndarray) -> np.ndarray:
    return np.hstack([np.ones((A.shape[0], 1)), A])


def unroll(Theta1, Theta2) -> np.ndarray:
    """``[Theta1(:); Theta2(:)]`` as a 1-D array: the weights in nn_params order (column-major).

    Parameters
    ----------
    Theta1 : array_like of shape (h, n+1)
        Hidden-layer weights, bias column first.
    Theta2 : array_like of shape (k, h+1)
        Output-layer weights, bias column first.

    Returns
    -------
    nn_params : ndarray of shape (h*(n+1) + k*(h+1),)
        Theta1's columns one after the other, then Theta2's, as float64.

    See Also
    --------
    nn_cost_function_linear : Takes its weights unrolled in this order, and returns grad so.
    check_nn_gradients : Unrolls its network's weights with it.

    Examples
    --------
    Column-major, as Octave's ``Theta(:)``; ``Theta1.ravel()`` (row-major) would scramble the weights:

    >>> import numpy as np
    >>> from pyport import unroll
    >>> Theta1 = np.array([[1, 2, 3], [4, 5, 6]])  # 2 hidden units, bias and 2 inputs
    >>> Theta2 = np.array([[7, 8, 9]])  # 1 output
    >>> nn_params = unroll(Theta1, Theta2)  # Octave: nn_params = [Theta1(:); Theta2(:)]
    >>> print(nn_params)
    [1. 4. 2. 5. 3. 6. 7. 8. 9.]
    >>> print(nn_params[:6].reshape(2, 3, order="F"))  # Octave: reshape (nn_params(1:6), 2, 3)
    [[1. 2. 3.]
     [4. 5. 6.]]
    """
    return np.concatenate([np.asarray(Theta1, float).ravel(order="F"), np.asarray(Theta2, float).ravel(order="F")])


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
        not one of the three: the original's message, word for word (see ``pyport._validate``).

    See Also
    --------
    unroll : Builds nn_params from Theta1 and Theta2.
    predict_linear : The network's outputs for trained weights.
    check_nn_gradients : Checks grad against central differences.
    rand_initialize_weights : Starting weights for training.
    fmincg : Minimises J over nn_params.

    Notes
    -----
    Octave parity: the same formula in the same order (sums in Octave's order); numpy's ``exp`` and
    ``tanh`` may differ from the C library's by 1 to 3 ULPs, and matrix products go through another
    OpenBLAS build, so J and grad agree to a few ULPs, not always to the bit (README). A 1-D y is
    accepted for a single output. Extreme inputs give the same Inf and NaN as Octave, as silently: no
    numpy RuntimeWarning.

    Examples
    --------
    A 2-4-1 network on the four XOR points (Octave:
    ``[J, grad] = nnCostFunctionLinear (nn_params, 2, 4, 1, X, y, 1, "sigmoid")``):

    >>> import numpy as np
    >>> from pyport import debug_initialize_weights, nn_cost_function_linear, unroll
    >>> Theta1 = debug_initialize_weights(4, 2)  # 4 hidden units, bias and 2 inputs
    >>> Theta2 = debug_initialize_weights(1, 4)  # 1 output, bias and 4 hidden units
    >>> nn_params = unroll(Theta1, Theta2)  # Octave: [Theta1(:); Theta2(:)]
    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    >>> y = np.array([0.0, 1.0, 1.0, 0.0])  # one output: 1-D is accepted
    >>> J, grad = nn_cost_function_linear(nn_params, 2, 4, 1, X, y, 1.0)
    >>> print(round(J, 6), grad.shape)
    0.232736 (17,)
    >>> grad[:12].reshape(4, 3, order="F").shape  # Octave: reshape (grad(1:12), 4, 3), Theta1's gradient
    (4, 3)
    """
    func = "nn_cost_function_linear"
    Theta1, Theta2, X, y_arr, params_1d = _validate.check_network_args(
        func, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    act = _validate.check_activation(func, activation)
    m = X.shape[0]

    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
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
        If an argument is not a real matrix (2-D; a number is a 1-by-1), the shapes do not chain, or
        activation is unknown.

    See Also
    --------
    nn_cost_function_linear : The cost and gradient of the same network, to train it.
    rand_initialize_weights : Starting weights.

    Notes
    -----
    Octave parity: as :func:`nn_cost_function_linear`, a few ULPs at most. Extreme inputs give the same
    Inf and NaN as Octave, as silently: no numpy RuntimeWarning.

    Examples
    --------
    One hidden unit ``h = act(x)`` and the output ``p = 1 + 2*h`` (Octave:
    ``p = predictLinear ([0 1], [1 2], [0; 1; 2], "linear")``):

    >>> import numpy as np
    >>> from pyport import predict_linear
    >>> Theta1 = np.array([[0.0, 1.0]])  # bias 0, weight 1
    >>> Theta2 = np.array([[1.0, 2.0]])  # bias 1, weight 2
    >>> X = np.array([[0.0], [1.0], [2.0]])
    >>> print(predict_linear(Theta1, Theta2, X, "linear"))  # 1 + 2x, m-by-k even for one output
    [[1.]
     [3.]
     [5.]]
    >>> print(np.round(predict_linear(Theta1, Theta2, X), 4))  # sigmoid by default: 1 + 2*sigmoid(x)
    [[2.    ]
     [2.4621]
     [2.7616]]
    """
    func = "predict_linear"
    T1, T2, X, act = _validate.check_predict_args(func, Theta1, Theta2, X, activation)
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        h, _ = activate(act, _with_bias(X) @ T1.T, derivative=False)
        return _with_bias(h) @ T2.T

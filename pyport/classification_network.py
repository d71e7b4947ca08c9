"""A classification network with one hidden layer: the port of octave/nnCostFunction.m.

Weights are unrolled column-major, as for the regression network (:func:`pyport.unroll`); class labels
are 0-based (README, "Indices"): Octave's labels 1..K are 0..K-1 here.
"""

from __future__ import annotations

import numpy as np

from ._check_one_vs_all import check_class_network_args
from . import _validate
from .activations import activate
from .neural_network import CostGradient, _sum_all, _with_bias, unroll


def nn_cost_function(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lambda_) -> CostGradient:
    """Cost and gradient of a one-hidden-layer classification network (sigmoid outputs, cross-entropy).

    Port of ``[J, grad] = nnCostFunction (nn_params, input_layer_size, hidden_layer_size, num_labels, X,
    y, lambda)`` (octave/nnCostFunction.m)::

        a3 = sigmoid([1, sigmoid([1, X] @ Theta1.T)] @ Theta2.T)
        J = sum(-Y * log(a3) - (1 - Y) * log(1 - a3)) / m
            + lambda_ / (2*m) * (sum(Theta1[:, 1:]**2) + sum(Theta2[:, 1:]**2))

    with ``Y[i, k] = (y[i] == k)``, the labels as one-hot rows.

    Parameters
    ----------
    nn_params : array_like of shape (N,), (N, 1) or (1, N)
        ``[Theta1(:); Theta2(:)]``, unrolled column-major; N = hidden_layer_size*(input_layer_size+1)
        + num_labels*(hidden_layer_size+1). Theta1 is (hidden_layer_size, input_layer_size+1), Theta2
        (num_labels, hidden_layer_size+1), each with its bias column first (see :func:`unroll`).
    input_layer_size, hidden_layer_size, num_labels : int
        Layer sizes, each >= 1; num_labels is the number of classes K.
    X : array_like of shape (m, input_layer_size)
        Inputs, one example per row, without a column of ones.
    y : array_like of shape (m,) or (m, 1)
        Class labels, whole numbers 0 to num_labels - 1 (Octave's 1 to num_labels, minus 1).
    lambda_ : float
        Weight of the penalty on the non-bias weights.

    Returns
    -------
    J : float
        The cost.
    grad : ndarray of shape (N,), or (N, 1) when nn_params was 2-D
        The exact gradient of J by back propagation, unrolled as nn_params (Octave returns a column
        for any vector).

    Raises
    ------
    ValueError
        If a layer size is not a positive integer, nn_params is not a vector of N elements, X is not
        (m, input_layer_size), y is not an m-vector of whole numbers ("nn_cost_function: y must hold
        class labels, whole numbers; its 2nd row is not one") or holds one outside 0..num_labels-1
        ("...: y must hold a class label in each row, one of num_labels = 3 classes; its 2nd row does
        not"), or lambda_ is not a real scalar: the original's messages, word for word (a message names
        the row, not the label, which differs by one between the two).

    See Also
    --------
    nn_cost_function_linear : The regression network (linear output, squared error).
    compute_numerical_gradient : Checks grad against central differences.
    debug_initialize_weights : Deterministic weights for that check.
    fmincg : Minimises J over nn_params.

    Notes
    -----
    Octave parity: labels are 0-based, Octave's minus 1. The same formula in the same order (sums in
    Octave's order); numpy's ``exp`` and ``log`` may differ from the C library's by an ULP, and matrix
    products go through another OpenBLAS build, so J and grad agree to a few ULPs, not always to the
    bit. A saturated output (a3 exactly 0 or 1) makes J NaN, as in Octave (0 * log(0)); extreme inputs
    give the same Inf and NaN as Octave, as silently: no numpy RuntimeWarning.

    Examples
    --------
    The network of gradient checking (3 inputs, 5 hidden units, 3 classes, 5 examples), its gradient
    against central differences (Octave: ``nnCostFunction (nn_params, 3, 5, 3, X, y + 1, 1)``):

    >>> import numpy as np
    >>> from pyport import compute_numerical_gradient, debug_initialize_weights, nn_cost_function, unroll
    >>> nn_params = unroll(debug_initialize_weights(5, 3), debug_initialize_weights(3, 5))
    >>> X = debug_initialize_weights(5, 2)
    >>> y = np.arange(1, 6) % 3  # labels 1, 2, 0, 1, 2 (Octave's 2, 3, 1, 2, 3)
    >>> J, grad = nn_cost_function(nn_params, 3, 5, 3, X, y, 1.0)
    >>> print(round(J, 6), grad.shape)
    2.116087 (38,)
    >>> numgrad = compute_numerical_gradient(lambda p: nn_cost_function(p, 3, 5, 3, X, y, 1.0), nn_params)
    >>> print(np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad) < 1e-9)
    True
    """
    func = "nn_cost_function"
    Theta1, Theta2, X, labels, params_1d = check_class_network_args(
        func, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    m = X.shape[0]
    Y = (labels[:, None] == np.arange(Theta2.shape[0])).astype(np.float64)  # one-hot rows

    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        a1 = _with_bias(X)
        z2 = a1 @ Theta1.T
        h, dh = activate("sigmoid", z2, derivative=True)
        a2 = _with_bias(h)
        a3, _ = activate("sigmoid", a2 @ Theta2.T, derivative=False)

        T1, T2 = Theta1[:, 1:], Theta2[:, 1:]
        J = _sum_all(-Y * np.log(a3) - (1 - Y) * np.log(1 - a3)) / m \
            + (lam / (2 * m)) * (_sum_all(T1 * T1) + _sum_all(T2 * T2))

        d3 = a3 - Y
        d2 = (d3 @ T2) * dh
        Theta1_grad = (d2.T @ a1) / m
        Theta2_grad = (d3.T @ a2) / m
        Theta1_grad[:, 1:] += (lam / m) * T1
        Theta2_grad[:, 1:] += (lam / m) * T2
    grad = unroll(Theta1_grad, Theta2_grad)
    return CostGradient(float(J), grad if params_1d else grad.reshape(-1, 1))

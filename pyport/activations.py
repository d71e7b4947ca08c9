"""Activations of the network's hidden layer: ports of octave/sigmoid.m and octave/sigmoidGradient.m,
and the three activations nnCostFunctionLinear and predictLinear accept (octave/private/activationFunction.m)."""

from __future__ import annotations

import numpy as np

from . import _validate


def _like_input(values: np.ndarray, scalar: bool):
    return float(values) if scalar else values


def _logistic(z: np.ndarray) -> np.ndarray:
    """``1 ./ (1 + exp (-z))``; exp overflows below z = -709 to Inf, and g to 0, as in Octave."""
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def sigmoid(z):
    """The logistic function ``1 / (1 + exp(-z))``, element by element.

    Port of ``g = sigmoid (z)`` (octave/sigmoid.m).

    Parameters
    ----------
    z : array_like of any shape, or a number

    Returns
    -------
    g : ndarray of z's shape, or float for a number

    Raises
    ------
    ValueError
        If z is not real and numeric.

    See Also
    --------
    sigmoid_gradient : Its derivative.
    lr_cost_function : Logistic regression, whose hypothesis is ``sigmoid(X @ theta)``.
    nn_cost_function_linear : The network, with ``activation="sigmoid"`` in its hidden layer.

    Notes
    -----
    Octave parity: numpy's ``exp`` may differ from the C library's (Octave's) by 1 ULP, so g may too.
    ``exp`` overflows for z below about -709 (g is then 0, as in Octave), silently.

    Examples
    --------
    Octave: ``g = sigmoid ([-1 0 1])``.

    >>> import numpy as np
    >>> from pyport import sigmoid
    >>> print(np.round(sigmoid(np.array([-1.0, 0.0, 1.0])), 6))
    [0.268941 0.5      0.731059]
    >>> print(sigmoid(0), sigmoid(-800.0))  # a number gives a float; exp(800) overflows silently
    0.5 0.0
    >>> sigmoid(np.zeros((2, 1))).shape  # any shape, kept
    (2, 1)
    """
    z, scalar = _validate.check_real_array("sigmoid", "z", z)
    return _like_input(_logistic(z), scalar)


def sigmoid_gradient(z):
    """Derivative of the logistic function, ``sigmoid(z) * (1 - sigmoid(z))``, element by element.

    Port of ``g = sigmoidGradient (z)`` (octave/sigmoidGradient.m).

    Parameters
    ----------
    z : array_like of any shape, or a number

    Returns
    -------
    g : ndarray of z's shape, or float for a number

    Raises
    ------
    ValueError
        If z is not real and numeric.

    See Also
    --------
    sigmoid : The function itself.
    nn_cost_function_linear : Back-propagates through it with ``activation="sigmoid"``.
    check_nn_gradients : Checks that back-propagation against central differences.

    Notes
    -----
    Octave parity: as :func:`sigmoid` (1-ULP differences of ``exp`` carry through).

    Examples
    --------
    Octave: ``g = sigmoidGradient ([-1 0 1])``.

    >>> import numpy as np
    >>> from pyport import sigmoid, sigmoid_gradient
    >>> z = np.array([-1.0, 0.0, 1.0])
    >>> print(np.round(sigmoid_gradient(z), 6))  # largest at 0: 0.25
    [0.196612 0.25     0.196612]
    >>> g = sigmoid(z)
    >>> print(np.allclose(sigmoid_gradient(z), g * (1 - g)))
    True
    """
    z, scalar = _validate.check_real_array("sigmoid_gradient", "z", z)
    s = _logistic(z)
    return _like_input(s * (1.0 - s), scalar)


def activate(name: str, z: np.ndarray, derivative: bool):
    """The hidden activation at z and, when asked, its derivative (octave/private/activationFunction.m)."""
    if name == "sigmoid":
        a = _logistic(z)
        return a, (a * (1.0 - a) if derivative else None)
    if name == "tanh":
        a = np.tanh(z)
        return a, (1.0 - a * a if derivative else None)
    return z, (np.ones(z.shape) if derivative else None)

"""Gradient checking: ports of octave/computeNumericalGradient.m and octave/checkNNGradients.m."""

from __future__ import annotations

from typing import Callable, NamedTuple

import numpy as np

from . import _validate, octave
from .neural_network import nn_cost_function_linear, unroll
from .weights import debug_initialize_weights


def compute_numerical_gradient(J: Callable, theta, e=1e-4) -> np.ndarray:
    """Central-difference estimate of the gradient of J at theta, one element at a time.

    Port of ``numgrad = computeNumericalGradient (J, theta, e)`` (octave/computeNumericalGradient.m):
    ``numgrad[p] = (J(theta + e*u_p) - J(theta - e*u_p)) / (2*e)``, ``u_p`` the p-th unit vector,
    for p in column-major order.

    Parameters
    ----------
    J : callable
        ``J(theta)`` returns the value, a real scalar (finite or not), or a tuple whose first item
        is the value (a ``(J, grad)`` objective such as :func:`nn_cost_function_linear` bound to its
        data). J gets a new array each time: it may change it freely.
    theta : array_like of any shape
        The point.
    e : float
        Half-step, > 0.

    Returns
    -------
    numgrad : ndarray of theta's shape

    Raises
    ------
    ValueError
        If J is not callable, theta is not real and numeric, or e is not a positive real scalar;
        or if J returns anything but a real scalar value (or a tuple led by one), at any call:
        "compute_numerical_gradient: the value of J must be a real scalar, got an array of size 2x1".

    See Also
    --------
    check_nn_gradients : Applies it to the network's back-propagated gradient.
    rosenbrock : An objective with a known gradient to compare with.

    Notes
    -----
    Octave parity: the same perturbations in the same order; the result differs from Octave's only
    where J's values do, magnified by 1/(2e) (about 1e-12 relative for a cost near 1 and e = 1e-4).
    J's value is checked at every call with Octave's words; NaN and Inf are values (NaN in, NaN out).

    Examples
    --------
    Octave: ``numgrad = computeNumericalGradient (@rosenbrock, [-1.2; 1])``. J may return
    ``(value, gradient)``, as the cost functions do; only the value is used:

    >>> import numpy as np
    >>> from pyport import compute_numerical_gradient, rosenbrock
    >>> numgrad = compute_numerical_gradient(rosenbrock, np.array([-1.2, 1.0]))
    >>> print(np.round(numgrad, 4), np.round(rosenbrock(np.array([-1.2, 1.0])).g, 4))  # vs the exact one
    [-215.6  -88. ] [-215.6  -88. ]
    >>> theta = np.array([[1.0, 2.0], [3.0, 4.0]])  # any shape: the gradient of sum(theta(:).^2)
    >>> print(np.round(compute_numerical_gradient(lambda t: np.sum(t * t), theta), 6))
    [[2. 4.]
     [6. 8.]]
    """
    func = "compute_numerical_gradient"
    _validate.check_function(func, "J", J)
    theta, _ = _validate.check_real_array(func, "theta", theta)
    step = _validate.check_scalar(func, "e", e, "positive")

    # Work on flat buffers in Octave's (column-major) element order; the perturbation passed to J is
    # a view of its buffer in theta's shape.
    numgrad = np.zeros(theta.size)
    flat_perturb = np.zeros(theta.size)
    perturb = flat_perturb.reshape(theta.shape, order="F")
    for p in range(theta.size):
        flat_perturb[p] = step
        loss1 = _value(func, J(theta - perturb))  # theta -+ perturb: a new array for J each time
        loss2 = _value(func, J(theta + perturb))
        numgrad[p] = (loss2 - loss1) / (2 * step)
        flat_perturb[p] = 0.0
    return numgrad.reshape(theta.shape, order="F").copy()  # a C-ordered copy, 0-d for a 0-d theta


def _value(func: str, result) -> float:
    """The first output of an objective, checked: its value (Octave's ``J (theta)`` with one output)."""
    value, = _validate._outputs(func, "J", result, 1)
    return _validate.check_scalar(func, "the value of J", value)


class GradientCheck(NamedTuple):
    """``[numgrad, grad, relDiff]`` of checkNNGradients."""

    numgrad: np.ndarray
    grad: np.ndarray
    rel_diff: float


def check_nn_gradients(lambda_=0.0, activation="sigmoid", cost_function: Callable | None = None) -> GradientCheck:
    """Check a network's back-propagated gradient against central differences.

    Port of ``[numgrad, grad, relDiff] = checkNNGradients (lambda, activation, costFunction)``
    (octave/checkNNGradients.m): a network of 3 inputs, 5 hidden units and 3 outputs on 5 examples,
    weights, inputs and targets from :func:`debug_initialize_weights`.

    Parameters
    ----------
    lambda_ : float
        Penalty weight passed to the cost.
    activation : {"sigmoid", "tanh", "linear"}
        Hidden activation passed to the cost.
    cost_function : callable, optional
        A function with the signature of :func:`nn_cost_function_linear` returning ``(J, grad)``: the
        gradient to check. Defaults to :func:`nn_cost_function_linear`.

    Returns
    -------
    numgrad : ndarray of shape (38,)
        Central differences (e = 1e-4).
    grad : ndarray of shape (38,)
        The gradient cost_function returns.
    rel_diff : float
        ``norm(numgrad - grad) / norm(numgrad + grad)``: below 1e-9 for a correct gradient; NaN
        where Octave's is (a cost returning NaN, or 0/0 for a constant one), never an exception.

    Raises
    ------
    ValueError
        If lambda_ is not a real scalar, activation is unknown, or cost_function is not callable; or
        if cost_function's value is not a real scalar (as :func:`compute_numerical_gradient` says).

    See Also
    --------
    compute_numerical_gradient : The central differences it compares with.
    nn_cost_function_linear : The gradient it checks by default.
    debug_initialize_weights : The weights, inputs and targets of its test network.

    Notes
    -----
    Octave parity: numgrad and grad are 1-D where Octave's are 38-by-1 columns. Octave prints the two
    gradients when called without outputs; the port never prints. ``norm`` is Octave's scaled accumulation (``octave.norm``), not ``numpy.linalg.norm``.
    rel_diff is a ratio of tiny differences: it agrees with Octave's to about 1e-12 absolute, not to
    the bit. Inf and NaN propagate silently, as in Octave (no RuntimeWarning); the cost gets a copy
    of the weights.

    Examples
    --------
    Octave: ``[numgrad, grad, relDiff] = checkNNGradients (3, "tanh")``:

    >>> from pyport import check_nn_gradients, nn_cost_function_linear
    >>> numgrad, grad, rel_diff = check_nn_gradients(3.0, "tanh")
    >>> print(grad.shape, rel_diff < 1e-9)  # a correct gradient
    (38,) True

    A wrong gradient is caught; here one scaled by 2, which gives ``relDiff`` = 1/3:

    >>> def doubled(*args):
    ...     J, grad = nn_cost_function_linear(*args)
    ...     return J, 2 * grad
    >>> print(round(check_nn_gradients(cost_function=doubled).rel_diff, 4))
    0.3333
    """
    func = "check_nn_gradients"
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    act = _validate.check_activation(func, activation)
    # "the cost function", not "cost_function": Octave's argument is COSTFUNCTION, and the message must
    # read the same in both languages
    cost = _validate.check_function(func, "the cost function",
                                    nn_cost_function_linear if cost_function is None else cost_function)

    input_layer_size, hidden_layer_size, num_labels, m = 3, 5, 3, 5
    Theta1 = debug_initialize_weights(hidden_layer_size, input_layer_size)
    Theta2 = debug_initialize_weights(num_labels, hidden_layer_size)
    X = debug_initialize_weights(m, input_layer_size - 1)
    y = 10 * debug_initialize_weights(m, num_labels - 1)
    nn_params = unroll(Theta1, Theta2)

    def objective(p):
        return cost(p, input_layer_size, hidden_layer_size, num_labels, X, y, lam, act)

    grad = np.asarray(objective(nn_params.copy())[1], dtype=np.float64).ravel()  # the cost's own copy
    numgrad = compute_numerical_gradient(objective, nn_params)
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf - Inf and 0/0 are NaN, silently
        rel_diff = float(np.float64(octave.norm(numgrad - grad)) / np.float64(octave.norm(numgrad + grad)))
    return GradientCheck(numgrad, grad, rel_diff)

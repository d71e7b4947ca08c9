"""Initial weights of a layer: ports of octave/randInitializeWeights.m and octave/debugInitializeWeights.m."""

from __future__ import annotations

import numpy as np

from . import _validate


def rand_initialize_weights(L_in, L_out, epsilon_init=0.12, rng=None) -> np.ndarray:
    """Random weights for a layer with L_in inputs and L_out outputs, uniform in [-eps, eps].

    Port of ``W = randInitializeWeights (L_in, L_out, epsilon_init)`` (octave/randInitializeWeights.m).

    Parameters
    ----------
    L_in, L_out : int
        Inputs and outputs of the layer, each >= 1.
    epsilon_init : float
        Half-width of the interval, >= 0.
    rng : numpy.random.Generator, int or None
        The generator (or a seed for one); None draws from fresh entropy.

    Returns
    -------
    W : ndarray of shape (L_out, 1 + L_in)
        Bias column first.

    Raises
    ------
    ValueError
        If L_in or L_out is not a positive integer, or epsilon_init is negative or not a real scalar.

    See Also
    --------
    debug_initialize_weights : Deterministic weights, for gradient checks.
    unroll : Unrolls a network's weights into nn_params.
    nn_cost_function_linear : The network these weights start.

    Notes
    -----
    Octave parity: the same distribution and shape, never the same numbers: Octave's ``rand`` stream
    is not numpy's. To compare a network between the two, draw the weights once and pass the same
    arrays to both sides (the cross-check does).

    Examples
    --------
    Octave: ``W = randInitializeWeights (400, 25, 0.12)``; the shape and the range are Octave's, the
    numbers never are:

    >>> import numpy as np
    >>> from pyport import rand_initialize_weights
    >>> W = rand_initialize_weights(400, 25, rng=np.random.default_rng(0))
    >>> W.shape  # bias column first
    (25, 401)
    >>> print(np.all((W >= -0.12) & (W <= 0.12)))
    True
    >>> eps = np.sqrt(6) / np.sqrt(400 + 25)  # a common choice: sqrt(6) / sqrt(L_in + L_out)
    >>> W = rand_initialize_weights(400, 25, eps, rng=1)
    >>> print(np.abs(W).max() <= eps, np.array_equal(W, rand_initialize_weights(400, 25, eps, rng=1)))
    True True
    """
    func = "rand_initialize_weights"
    n_in = _validate.check_count(func, "L_in", L_in, 1, "W", 1, 1)
    n_out = _validate.check_count(func, "L_out", L_out, 1, "W", 1 + n_in)
    eps = _validate.check_scalar(func, "epsilon_init", epsilon_init, "non-negative")
    gen = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
    with np.errstate(over="ignore", invalid="ignore"):  # epsilon_init huge or Inf: Inf, Inf - Inf = NaN, as in Octave
        return gen.random((n_out, 1 + n_in)) * 2 * eps - eps


def debug_initialize_weights(fan_out, fan_in) -> np.ndarray:
    """Deterministic weights for gradient checking: ``sin(1..numel) / 10``, filled column by column.

    Port of ``W = debugInitializeWeights (fan_out, fan_in)`` (octave/debugInitializeWeights.m).

    Parameters
    ----------
    fan_out : int
        Rows, >= 1.
    fan_in : int
        Inputs, >= 0; the matrix has 1 + fan_in columns.

    Returns
    -------
    W : ndarray of shape (fan_out, 1 + fan_in)
        ``W[i, j] = sin(1 + i + j*fan_out) / 10``.

    Raises
    ------
    ValueError
        If fan_out is not a positive integer or fan_in not a non-negative one.

    See Also
    --------
    rand_initialize_weights : Random weights, for training.
    check_nn_gradients : Builds its test network from these weights.

    Notes
    -----
    Octave parity: numpy's ``sin`` may differ from the C library's by 1 ULP.

    Examples
    --------
    Octave: ``W = debugInitializeWeights (2, 2)``, ``sin (1:6) / 10`` filled column by column:

    >>> import numpy as np
    >>> from pyport import debug_initialize_weights
    >>> W = debug_initialize_weights(2, 2)  # 2 rows, bias and 2 inputs
    >>> print(np.round(10 * W, 4))  # sin(1), sin(2) down the first column
    [[ 0.8415  0.1411 -0.9589]
     [ 0.9093 -0.7568 -0.2794]]
    >>> print(np.allclose(W.ravel(order="F"), np.sin(np.arange(1, 7)) / 10))
    True
    """
    cols = 1 + _validate.check_count("debug_initialize_weights", "fan_in", fan_in, 0, "W", 1, 1)
    rows = _validate.check_count("debug_initialize_weights", "fan_out", fan_out, 1, "W", cols)
    return np.sin(np.arange(1.0, rows * cols + 1.0)).reshape(rows, cols, order="F") / 10

"""Argument checks shared by the ports: one for each Octave checker in ``octave/private/check*.m``.

Each public checker has its Octave twin's name in snake_case (``checkRegressionArgs`` ->
``check_regression_args``) and takes its arguments in the same order, the calling function's name
first. It builds the whole sentence of its refusal itself and raises it as a ``ValueError``, worded
as the Octave checker words it: the same words once the function's name is the port's, the argument
names are the port's (``lambda_`` where Octave has LAMBDA; Octave writes argument names in capitals),
and case is ignored. crosscheck/messages.py holds every ``error-*`` cross-check case to that. This is
the only module of pyport that raises ``ValueError``, and every check runs before any arithmetic.

The messages say things the same way in both languages:

- a shape, ``shape_text`` (Octave's ``shapeText``): "3x2", "2x3x4". What Octave cannot hold is said in
  words: a 1-D array is "a 1-D array of length 3". A plain number (or 0-d array) is what Octave
  receives for it, a 1-by-1: "1x1".
- a refused value, ``value_text`` (Octave's ``valueText``): a real number by C's ``%g`` ("-1", "2.5",
  "1e-05"; Python's "inf" and "nan" are Octave's "Inf" and "NaN" but for case; a bool is "1" or "0"),
  a string in double quotes, "a function", "a struct" (a mapping: Octave receives a struct), and
  anything else as its kind and size: "an array of size 1x2", "a complex array of size 3x2", "a
  logical array of size 1x2", "a char array of size 2x3", "a 1-D array of length 3"; a list or tuple
  that is not all numbers (text in it, or a ragged nest) is what Octave receives for it, "a cell array
  of size 3x1", and None is "None".

Logical (bool) arrays are numeric inputs, 0s and 1s, wherever a real array is taken, as in Octave.
- an element, ``ordinal_text`` (Octave's ``ordinalText``), by its ordinal, which reads the same from
  Octave's one-based and Python's zero-based indices: "its 2nd element".

What only Python has to care about is in the checkers' parameters and returns: a vector may come 1-D as
well as a column (the checker says which form it came in, so that the port returns the same form), a
plain number stands for Octave's 1-by-1, and arrays come back as float64. Nothing is reshaped beyond
that; a ragged nest of lists is refused as a cell (what Octave receives), before numpy would raise on it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

ACTIVATIONS = ("sigmoid", "tanh", "linear")
#: The most elements an array a count sizes may have, in both languages and on every machine: 2^31-1.
MAX_ELEMENTS = 2**31 - 1
#: What stands for an argument a checker is not given (``None`` is a value, and refused as one).
_OMITTED = object()


# -- text: what the messages say about shapes, values and positions (these never raise) -------------

def shape_text(A) -> str:
    """The size of the array ``A`` as Octave's shapeText prints it: "3x2", "2x3x4"; "a 1-D array of
    length 3" for a 1-D array, which Octave has not; "1x1" for a number or 0-d array (Octave's 1-by-1)."""
    shape = np.shape(A)
    if len(shape) == 1:
        return f"a 1-D array of length {shape[0]}"
    return "x".join(str(s) for s in (shape or (1, 1)))


def value_text(value) -> str:
    """What a refused ``value`` is, in Octave's valueText words (see the module's docstring)."""
    if isinstance(value, str):
        return f'"{value}"'
    if value is None:
        return "None"
    if isinstance(value, Mapping):
        return "a struct"
    if callable(value):
        return "a function"
    arr = _as_array(value)
    if isinstance(value, (list, tuple)) and (arr is None or arr.dtype.kind not in "biufc"):
        return f"a cell array of size {len(value)}x1"  # as oct2py sends it to Octave
    if _is_real(arr) and arr.size == 1 and arr.ndim <= 2:
        return _g(arr.reshape(()).item())
    kind = {"c": "complex ", "b": "logical ", "U": "char ", "S": "char ", "O": "object "}.get(
        arr.dtype.kind, "" if _is_real(arr) else f"{arr.dtype.name} ")
    if arr.ndim == 1:
        return f"a {kind}1-D array of length {arr.shape[0]}"
    noun = f"{kind}array of size {shape_text(arr)}"
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def ordinal_text(k: int) -> str:
    """The whole number ``k`` >= 1 as an ordinal, as Octave's ordinalText: "1st", "2nd", "11th", "21st"."""
    suffix = "th" if k % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _g(number) -> str:
    """A real number as C's (and so Octave's) ``%g`` prints it."""
    return f"{float(number):g}"


def _nest_shape(value):
    """The shape numpy would give a nest of lists and tuples, or None when it is ragged."""
    if isinstance(value, (list, tuple)):
        shapes = {_nest_shape(item) for item in value}
        if None in shapes or len(shapes) > 1:
            return None
        return (len(value), *(shapes.pop() if shapes else ()))
    return value.shape if isinstance(value, np.ndarray) else ()


def _as_array(value):
    """``value`` as an ndarray, or None for a ragged nest of lists (which numpy refuses to convert)."""
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and not -2**63 <= value < 2**63:
        return np.asarray(float(value))  # numpy makes an object of it; Octave receives a double
    if isinstance(value, (list, tuple)) and _nest_shape(value) is None:
        return None
    return np.asarray(value)


def _is_real(arr) -> bool:
    """Real and numeric or logical, as Octave's ``(isnumeric (A) || islogical (A)) && isreal (A)``.

    Not complex, text or objects. A bool array is 0s and 1s, as the course's own ``(y == c)`` labels.
    """
    return arr is not None and arr.dtype.kind in "biuf"


def _is_empty(value) -> bool:
    """Octave's ``isempty`` for what stands for a default: None, "" or an array of no elements."""
    if value is None or isinstance(value, str):
        return not value
    arr = _as_array(value)
    return arr is not None and arr.size == 0


# -- the checkers, one for each octave/private/check*.m ----------------------------------------------

def check_matrix(func: str, name: str, A, allow_empty: bool = False) -> np.ndarray:
    """A real numeric matrix (2-D; a number is a 1-by-1), not empty unless ``allow_empty``; as float64."""
    arr = _as_array(A)
    if not (_is_real(arr) and arr.ndim in (0, 2)):
        raise ValueError(f"{func}: {name} must be a real numeric matrix, got {value_text(A)}")
    arr = arr.reshape(1, 1) if arr.ndim == 0 else arr
    if not allow_empty and arr.size == 0:
        raise ValueError(f"{func}: {name} must have at least one row and one column ({name} is {shape_text(arr)})")
    return arr.astype(np.float64, copy=False)


def check_column(func: str, name: str, v, rows_name: str, n: int, ref_name: str, ref) -> tuple[np.ndarray, bool]:
    """A real ``n``-by-1 column, also accepted 1-D of length n (or as a number when n is 1).

    ``n`` is called ``rows_name`` in the message and comes from the argument ``ref_name``, whose array
    ``ref`` is shown: "y must be an m-by-1 column (X is 3x2, so m = 3; y is 1x3)". Returns the column,
    float64 of shape (n, 1), and whether it was given 1-D (or as a number).
    """
    arr = _as_array(v)
    if not _is_real(arr):
        raise ValueError(f"{func}: {name} must be a real numeric {rows_name}-by-1 column, got {value_text(v)}")
    if arr.shape == (n, 1):
        return arr.astype(np.float64, copy=False), False
    if arr.shape == (n,) or (arr.ndim == 0 and n == 1):
        return arr.astype(np.float64).reshape(n, 1), True
    raise ValueError(f"{func}: {name} must be an {rows_name}-by-1 column ({ref_name} is {shape_text(ref)}, "
                     f"so {rows_name} = {n}; {name} is {shape_text(arr)})")


def check_column_vector(func: str, name: str, v, least: int = 1) -> tuple[np.ndarray, tuple]:
    """A real column of at least ``least`` elements (1-D, or a number when one will do, also accepted).

    Returns the column, float64 of shape (n, 1), and the shape ``v`` was given in.
    """
    arr = _as_array(v)
    if not (_is_real(arr) and (arr.ndim < 2 or (arr.ndim == 2 and arr.shape[1] == 1)) and arr.size >= least):
        at_least = f" of at least {least} elements" if least > 1 else ""
        raise ValueError(f"{func}: {name} must be a real numeric column vector{at_least}, got {value_text(v)}")
    return arr.astype(np.float64).reshape(-1, 1), arr.shape


def check_real_array(func: str, name: str, A) -> tuple[np.ndarray, bool]:
    """A real numeric array of any shape, as float64; also whether it was a plain number (0-d)."""
    arr = _as_array(A)
    if not _is_real(arr):
        raise ValueError(f"{func}: {name} must be a real numeric array, got {value_text(A)}")
    return arr.astype(np.float64, copy=False), arr.ndim == 0


def check_scalar(func: str, name: str, x, sign: str = "") -> float:
    """A real number (a Python or numpy number, or an array of one element); with ``sign``
    "positive" or "non-negative", also on that side of 0 (NaN is on neither)."""
    arr = _as_array(x)
    number = float(arr.reshape(())) if _is_real(arr) and arr.size == 1 and arr.ndim <= 2 else None
    signed = {"": True, "positive": number is not None and number > 0,
              "non-negative": number is not None and number >= 0}[sign]
    if number is None or not signed:
        what = f"a {sign} real scalar" if sign else "a real scalar"
        raise ValueError(f"{func}: {name} must be {what}, got {value_text(x)}")
    return number


def check_count(func: str, name: str, k, least: int = 1, arrayname: str = "", per: int = 1, plus: int = 0) -> int:
    """A whole number of at least ``least`` (1: a positive integer; 0: a non-negative one). An
    integral float such as 5.0 is one, as in Octave, and so is a bool (1 or 0); Inf and NaN are not.

    With ``arrayname``, ``k`` sizes that array, which has ``(k + plus) * per`` elements (``plus``: a
    bias row or column that ``k`` does not count; ``per``: the product of its other dimensions, already
    checked, or their least), and a ``k`` that would make it hold more than ``MAX_ELEMENTS`` (2^31-1,
    on every machine) is refused before anything is allocated."""
    arr = _as_array(k)
    number = arr.reshape(()).item() if _is_real(arr) and arr.size == 1 and arr.ndim <= 2 else None
    if not (number is not None and math.isfinite(number) and number == math.floor(number) and number >= least):
        what = "a non-negative integer" if least == 0 else "a positive integer"
        raise ValueError(f"{func}: {name} must be {what}, got {value_text(k)}")
    if arrayname and (float(number) + plus) * float(per) > MAX_ELEMENTS:
        raise ValueError(f"{func}: {name} is too large ({_g(number)}): {arrayname} would have "
                         f"{_g((float(number) + plus) * float(per))} elements, more than 2^31-1")
    return int(number)


def check_function(func: str, name: str, f):
    """Something to call (Octave: a function handle or a function's name); returned as it is."""
    if not callable(f):
        raise ValueError(f"{func}: {name} must be callable, got {value_text(f)}")
    return f


def check_activation(func: str, activation) -> str:
    """One of the hidden-layer activations the network functions know: "sigmoid", "tanh", "linear"."""
    if not (isinstance(activation, str) and activation in ACTIVATIONS):
        raise ValueError(f'{func}: activation must be "sigmoid", "tanh" or "linear", got {value_text(activation)}')
    return activation


def check_step_args(func: str, alpha, num_iters) -> tuple[float, int]:
    """The learning rate (a real scalar) and iteration count (a non-negative integer, which sizes
    J_history: at most 2^31-1) of gradient descent."""
    return check_scalar(func, "alpha", alpha), check_count(func, "num_iters", num_iters, 0, "J_history")


def check_two_columns(func: str, X: np.ndarray) -> None:
    """The one-feature functions take a column of ones and one feature, nothing more."""
    if X.shape[1] != 2:
        raise ValueError(f"{func}: X must have 2 columns, ones and one feature (X is {shape_text(X)}); "
                         f"use the multi-feature version for more")


def check_regression_args(func: str, X, y, theta=_OMITTED):
    """X (m, n), y (m, 1) or (m,), theta (n, 1) or (n,): the arguments of the linear-regression ports.

    Returns ``X, y_col, theta_col, theta_was_1d, y_was_1d``; ``theta_col`` is None when theta is not
    given (normal_eqn has none). A theta of None is given, and refused as any other non-array.
    """
    X = check_matrix(func, "X", X)
    m, n = X.shape
    y_col, y_1d = check_column(func, "y", y, "m", m, "X", X)
    if theta is _OMITTED:
        return X, y_col, None, False, y_1d
    theta_col, theta_1d = check_column(func, "theta", theta, "n", n, "X", X)
    return X, y_col, theta_col, theta_1d, y_1d


def check_network_weights(func: str, nn_params, input_layer_size, hidden_layer_size, num_labels, X):
    """What both networks share: the layer sizes, nn_params (a vector of
    hidden_layer_size*(input_layer_size+1) + num_labels*(hidden_layer_size+1) elements) and X
    (m, input_layer_size). The targets are each network's own (check_network_args, and
    check_class_network_args in pyport._check_one_vs_all).

    Returns ``Theta1, Theta2, X, params_was_1d``: the weight matrices unrolled column-major from
    nn_params (Theta1 hidden_layer_size x (input_layer_size+1), Theta2 num_labels x
    (hidden_layer_size+1)), and X as a float64 matrix.
    """
    n_in = check_count(func, "input_layer_size", input_layer_size, 1, "Theta1", 1, 1)
    n_hid = check_count(func, "hidden_layer_size", hidden_layer_size, 1, "Theta1", n_in + 1)
    n_out = check_count(func, "num_labels", num_labels, 1, "Theta2", n_hid + 1)
    params = _as_array(nn_params)
    if not (_is_real(params) and (params.size == 0 or params.ndim < 2 or (params.ndim == 2 and 1 in params.shape))):
        raise ValueError(f"{func}: nn_params must be a real numeric vector, got {value_text(nn_params)}")
    n1, n2 = n_hid * (n_in + 1), n_out * (n_hid + 1)
    if params.size != n1 + n2:
        raise ValueError(f"{func}: nn_params must have hidden_layer_size*(input_layer_size+1) + "
                         f"num_labels*(hidden_layer_size+1) = {n1 + n2} elements, got {params.size}")
    X = check_matrix(func, "X", X)
    if X.shape[1] != n_in:
        raise ValueError(f"{func}: X must have input_layer_size columns (X is {shape_text(X)}, "
                         f"input_layer_size is {n_in})")
    flat = params.astype(np.float64).ravel()
    Theta1 = flat[:n1].reshape(n_hid, n_in + 1, order="F")
    Theta2 = flat[n1:].reshape(n_out, n_hid + 1, order="F")
    return Theta1, Theta2, X, params.ndim == 1


def check_network_args(func: str, nn_params, input_layer_size, hidden_layer_size, num_labels, X, y):
    """The layer sizes, nn_params, X (m, input_layer_size: :func:`check_network_weights`) and y
    (m, num_labels; 1-D of length m when num_labels is 1) of a one-hidden-layer regression network.

    Returns ``Theta1, Theta2, X, y, params_was_1d``: the weight matrices unrolled column-major from
    nn_params (Theta1 hidden_layer_size x (input_layer_size+1), Theta2 num_labels x
    (hidden_layer_size+1)), and X and y as float64 matrices.
    """
    Theta1, Theta2, X, params_1d = check_network_weights(func, nn_params, input_layer_size, hidden_layer_size,
                                                         num_labels, X)
    n_out = Theta2.shape[0]
    y_arr = _as_array(y)
    if not _is_real(y_arr):
        raise ValueError(f"{func}: y must be a real numeric m-by-num_labels matrix, got {value_text(y)}")
    m = X.shape[0]
    if not (y_arr.shape == (m, n_out) or (n_out == 1 and (y_arr.shape == (m,) or (m == 1 and y_arr.ndim == 0)))):
        raise ValueError(f"{func}: y must be m-by-num_labels (X is {shape_text(X)}, num_labels is {n_out}; "
                         f"y is {shape_text(y_arr)})")
    return Theta1, Theta2, X, y_arr.astype(np.float64).reshape(m, n_out), params_1d


def check_predict_args(func: str, Theta1, Theta2, X, activation):
    """Theta1 (h, n+1), Theta2 (k, h+1), X (m, n; m may be 0) and the activation of predict_linear.

    Returns ``Theta1, Theta2, X, activation``, the arrays as float64.
    """
    T1 = check_matrix(func, "Theta1", Theta1, True)
    T2 = check_matrix(func, "Theta2", Theta2, True)
    X = check_matrix(func, "X", X, True)
    if T1.shape[1] != X.shape[1] + 1:
        raise ValueError(f"{func}: Theta1 must have one column more than X (Theta1 is {shape_text(T1)}, "
                         f"X is {shape_text(X)})")
    if T2.shape[1] != T1.shape[0] + 1:
        raise ValueError(f"{func}: Theta2 must have one column more than Theta1 has rows "
                         f"(Theta1 is {shape_text(T1)}, Theta2 is {shape_text(T2)})")
    return T1, T2, X, check_activation(func, activation)


def check_quadratic_args(func: str, x, A, b):
    """A (n, n), x and b (n, 1) or (n,): the arguments of a quadratic.

    Returns ``x_col, A, b_col, x_was_1d``, as float64.
    """
    A = check_matrix(func, "A", A)
    n = A.shape[0]
    if A.shape[1] != n:
        raise ValueError(f"{func}: A must be square (A is {shape_text(A)})")
    x_col, x_1d = check_column(func, "x", x, "n", n, "A", A)
    b_col, _ = check_column(func, "b", b, "n", n, "A", A)
    return x_col, A, b_col, x_1d


def check_vae_args(func: str, X, W_mu, b_mu, W_logvar, b_logvar):
    """A batch X (batch, d; a 1-D X is one sample, a 1-by-d batch) and two linear layers laid out as
    PyTorch's nn.Linear: W_mu and W_logvar (out, d), b_mu and b_logvar (out, 1) or (out,).

    Returns ``X, W_mu, b_mu_col, W_logvar, b_logvar_col, b_mu_was_1d, b_logvar_was_1d``, as float64.
    """
    arr = _as_array(X)
    one_sample = arr is not None and arr.ndim == 1 and _is_real(arr)  # anything else is refused as it came
    X = check_matrix(func, "X", arr.reshape(1, -1) if one_sample else X)
    W_mu = check_matrix(func, "W_mu", W_mu)
    if W_mu.shape[1] != X.shape[1]:
        raise ValueError(f"{func}: W_mu must be out-by-d, d the columns of X (X is {shape_text(X)}; "
                         f"W_mu is {shape_text(W_mu)})")
    W_logvar = check_matrix(func, "W_logvar", W_logvar)
    if W_logvar.shape != W_mu.shape:
        raise ValueError(f"{func}: W_logvar must have the size of W_mu (W_mu is {shape_text(W_mu)}; "
                         f"W_logvar is {shape_text(W_logvar)})")
    k = W_mu.shape[0]
    b_mu_col, mu_1d = check_column(func, "b_mu", b_mu, "out", k, "W_mu", W_mu)
    b_lv_col, lv_1d = check_column(func, "b_logvar", b_logvar, "out", k, "W_mu", W_mu)
    return X, W_mu, b_mu_col, W_logvar, b_lv_col, mu_1d, lv_1d


def check_self_expressive_args(func: str, c, X, lambda_, epsilon):
    """X (d, n), c the n-by-n coefficients unrolled column-major ((n*n, 1) or (n*n,)) with a zero
    diagonal, lambda_ a real scalar, epsilon a positive one.

    Returns ``C, X, lambda_, epsilon, c_was_1d``: C as the (n, n) matrix, all float64.
    """
    X = check_matrix(func, "X", X)
    n = X.shape[1]
    c_col, c_1d = check_column(func, "c", c, "n^2", n * n, "X", X)
    lam = check_scalar(func, "lambda_", lambda_)
    eps = check_scalar(func, "epsilon", epsilon, "positive")
    C = c_col.reshape(n, n, order="F")
    nonzero = np.flatnonzero(np.diag(C) != 0)
    if nonzero.size:
        k = int(nonzero[0])
        raise ValueError(f"{func}: the diagonal of C must be 0, but its {ordinal_text(k + 1)} element is {_g(C[k, k])}")
    return C, X, lam, eps, c_1d


def check_denormalize_args(func: str, theta_n, x_offset, x_scale, y_offset, y_scale):
    """theta_n an (n+1, 1) or (n+1,) column (n >= 1), x_offset and x_scale vectors of n elements (1-D,
    rows or columns) with no zero scale, y_offset and y_scale real scalars with y_scale not 0.

    Returns ``theta_n, x_offset, x_scale, y_offset, y_scale, theta_n_was_1d``, the vectors 1-D float64.
    """
    theta_col, theta_shape = check_column_vector(func, "theta_n", theta_n, 2)
    n = theta_col.shape[0] - 1
    vectors = []
    for name, value in (("x_offset", x_offset), ("x_scale", x_scale)):
        arr = _as_array(value)
        if not _is_real(arr):
            raise ValueError(f"{func}: {name} must be a real numeric vector, got {value_text(value)}")
        if not ((arr.ndim < 2 or (arr.ndim == 2 and 1 in arr.shape)) and arr.size == n):
            raise ValueError(f"{func}: {name} must be a vector of n elements, one per feature (theta_n is "
                             f"{shape_text(theta_n)}, so n = {n}; {name} is {shape_text(arr)})")
        vectors.append(arr.astype(np.float64).ravel())
    y_off = check_scalar(func, "y_offset", y_offset)
    y_sc = check_scalar(func, "y_scale", y_scale)
    zero = np.flatnonzero(vectors[1] == 0)
    if zero.size:
        raise ValueError(f"{func}: x_scale is 0 for the {ordinal_text(int(zero[0]) + 1)} feature: that feature is "
                         f"constant and its theta has no value in original units")
    if y_sc == 0:
        raise ValueError(f"{func}: y_scale is 0: a constant target cannot be scaled back")
    return theta_col.ravel(), vectors[0], vectors[1], y_off, y_sc, len(theta_shape) == 1


def check_stable_rate_args(func: str, X) -> np.ndarray:
    """The design matrix of stable_learning_rate: real, finite, at least one row and one column, and
    not all zeros (then X'X is 0 and every learning rate is stable). As float64."""
    X = check_matrix(func, "X", X)
    if not np.isfinite(X).all():
        raise ValueError(f"{func}: X must be finite (it has NaN or Inf)")
    if not X.any():
        raise ValueError(f"{func}: X is all zeros: every learning rate is stable")
    return X


def check_fmincg_args(func: str, f, X, options):
    """fmincg's objective (callable), starting point (a real column, 1-D or a number) and options (a
    mapping, or None) whose "MaxIter", if set, is a non-zero integer or [integer, reduction], the
    integer at most 2^31-1 in size (fX holds up to that many values).

    Returns ``f, x, shape, length, red``: the starting point 1-D float64 and the shape it was given
    in, the budget (default 100) and the expected first reduction (default 1).
    """
    check_function(func, "f", f)
    x_col, shape = check_column_vector(func, "the starting point", X)
    if _is_empty(options):
        options = {}
    elif not isinstance(options, Mapping):
        raise ValueError(f"{func}: options must map option names such as MaxIter to values, got {value_text(options)}")
    value = options.get("MaxIter")
    budget = np.array([100.0]) if _is_empty(value) else _as_array(value)
    flat = budget.astype(np.float64).ravel() if _is_real(budget) else np.array([])
    if not (flat.size in (1, 2) and np.isfinite(flat).all() and flat[0] != 0 and flat[0] == np.floor(flat[0])):
        raise ValueError(f"{func}: the MaxIter option must be a non-zero integer, or [integer, reduction], "
                         f"got {value_text(value)}")
    if abs(flat[0]) > MAX_ELEMENTS:
        raise ValueError(f"{func}: the MaxIter option is too large ({_g(flat[0])}): fX could have "
                         f"{_g(abs(flat[0]))} elements, more than 2^31-1")
    return f, x_col.ravel(), shape, int(flat[0]), (float(flat[1]) if flat.size == 2 else 1.0)


# -- what a callback gives back (Python only: Octave itself refuses a missing output) --------------

def _outputs(func: str, name: str, result, nout: int) -> tuple:
    """The first ``nout`` outputs of a callback ``name``: the items of the tuple it returned (a
    NamedTuple is one), or, for ``nout`` 1, what it returned when that is not a tuple. Refuses a
    result that has fewer, as Octave refuses ``[v, g] = f (x)`` when f gives one output; each output
    is then checked by the caller with the checkers above, as Octave's original checks it."""
    items = result if isinstance(result, tuple) else (result,) if nout == 1 else None
    if items is None or len(items) < nout:
        what = "a value" if nout == 1 else "(value, gradient)"
        got = f"a tuple of {len(result)}" if isinstance(result, tuple) else value_text(result)
        raise ValueError(f"{func}: {name} must return {what}, got {got}")
    return tuple(items[:nout])

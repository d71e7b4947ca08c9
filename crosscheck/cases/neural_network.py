"""Cases for pyport/neural_network.py: nnCostFunctionLinear and predictLinear. Random weights are
drawn here, once, and the same arrays go to both sides. Tolerances and why: README, "Tolerance policy"."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column
from crosscheck.compare import Tolerance
from crosscheck.rounding import finite_max, squares_error, sum_error

CASES = CaseList("neural network")
ACTIVATIONS = ("sigmoid", "tanh", "linear")


def _hidden_sizes(act: str, z: np.ndarray) -> tuple[np.ndarray, float]:
    """The hidden units' values and the largest slope of the activation (for the floor's magnitudes;
    computed here with numpy, not by the port under test)."""
    if act == "sigmoid":
        h = 1.0 / (1.0 + np.exp(-z))
        return h, finite_max(h * (1 - h))
    if act == "tanh":
        h = np.tanh(z)
        return h, finite_max(1 - h * h)
    return z, 1.0


def network_floor(inputs, octave_outputs):
    """J: the cost floor for output errors a3 - y, each rounding by d (a sum over the hidden layer of
    terms that carry the first layer's rounding); grad: that error and the rounding of the sums
    d3'*a2 and d2'*a1, for gradients that cancel to ~0."""
    params, n_in, n_hid, n_out, X, y = inputs[:6]
    act = inputs[7] if len(inputs) > 7 else "sigmoid"
    n_in, n_hid, n_out = int(n_in), int(n_hid), int(n_out)
    p = np.ravel(params)
    T1 = p[: n_hid * (n_in + 1)].reshape(n_hid, n_in + 1, order="F")
    T2 = p[n_hid * (n_in + 1):].reshape(n_out, n_hid + 1, order="F")
    m = X.shape[0]
    with np.errstate(all="ignore"):
        a1 = np.hstack([np.ones((m, 1)), X])
        h, DH = _hidden_sizes(act, a1 @ T1.T)
        a2 = np.hstack([np.ones((m, 1)), h])
        A1, A2, W2, R = finite_max(a1), finite_max(a2), finite_max(T2), finite_max(a2 @ T2.T - y)
        terms3 = finite_max(np.abs(a2) @ np.abs(T2.T) + np.abs(y))
        terms2 = finite_max(np.abs(a1) @ np.abs(T1.T))
    d = sum_error(n_hid + 1, terms3) + sum_error(n_in + 1, terms2) * DH * n_hid * W2
    g2 = (d + sum_error(m, R)) * A2
    g1 = (d + sum_error(m + n_out, R)) * n_out * W2 * DH * A1
    return [squares_error(d, R), max(g1, g2)]


# Norm-wise: an entry of a gradient that cancels to near zero keeps the absolute error of the others.
NETWORK = Tolerance(rtol=1e-13, scale="output", floor=network_floor,
                    why="exp/tanh a few ULPs apart, products through two OpenBLAS builds; norm-wise")
# predictLinear: the same arithmetic as the forward pass, nothing that cancels by construction.
PREDICT = Tolerance(rtol=1e-13, scale="output", why="exp/tanh a few ULPs apart, products through two OpenBLAS builds")
COST = (Output("J", "scalar"), Output("grad", "array"))


def sizes(rng, labels: int, m: int | None = None):
    """Random layer sizes (inputs 1-6, hidden 1-8) and example count (2-30 unless given)."""
    n_in, n_hid = int(rng.integers(1, 7)), int(rng.integers(1, 9))
    return n_in, n_hid, labels, (int(rng.integers(2, 31)) if m is None else m)


def network(rng, n_in, n_hid, n_out, m, scale=0.5):
    """Weights uniform in [-scale, scale] (drawn here, not by either side's rand), inputs and targets."""
    params = column(rng.uniform(-scale, scale, n_hid * (n_in + 1) + n_out * (n_hid + 1)))
    X = rng.standard_normal((m, n_in))
    y = rng.standard_normal((m, n_out))
    return params, X, y


def _cost_inputs(labels, lam, act, m=None, row_params=False, default_activation=False):
    def inputs(rng):
        n_in, n_hid, n_out, m_ = sizes(rng, labels, m)
        params, X, y = network(rng, n_in, n_hid, n_out, m_)
        if row_params:
            params = params.T
        args = (params, float(n_in), float(n_hid), float(n_out), X, y, float(lam))
        return args if default_activation else (*args, act)
    return inputs


def _add(function, name, inputs, outputs, tol=NETWORK, raises=None, about=""):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about)


# -- nnCostFunctionLinear --------------------------------------------------------------------------
for act in ACTIVATIONS:
    for labels in (1, 3):
        for lam in (0.0, 1.5):
            _add("nnCostFunctionLinear", f"{act}-labels{labels}-lambda{lam:g}", _cost_inputs(labels, lam, act), COST,
                 about="random layer sizes and weights")
    _add("nnCostFunctionLinear", f"{act}-m1", _cost_inputs(2, 0.7, act, m=1), COST, about="a single example")
_add("nnCostFunctionLinear", "default-activation", _cost_inputs(2, 0.3, None, default_activation=True), COST,
     about="seven arguments: sigmoid")
_add("nnCostFunctionLinear", "row-params", _cost_inputs(1, 1.0, "tanh", row_params=True), COST,
     about="nn_params as a row: grad is a column on both sides")
_add("nnCostFunctionLinear", "large-weights", lambda rng: (lambda p, X, y: (p * 40, 4.0, 6.0, 2.0, X, y, 0.1, "sigmoid"))(
     *network(rng, 4, 6, 2, 12)), COST, about="saturated sigmoid units")
def _cancelling(rng):
    """Two examples that pull every weight equally both ways: the exact gradient is 0, and one BLAS
    kernel (fused multiply-add) leaves a residue of ~1e-17 where the other gives 0 (the floor)."""
    params = np.zeros((22, 1))
    params[0], params[20] = 1.0, 3.0
    return params, 5.0, 3.0, 1.0, np.zeros((2, 5)), np.array([[3.0], [0.0]]), 0.0, "sigmoid"


_add("nnCostFunctionLinear", "cancelling-gradient", _cancelling, COST, about="the exact gradient is 0")
_add("nnCostFunctionLinear", "error-params-length",
     lambda rng: (np.ones((12, 1)), 2.0, 3.0, 1.0, np.ones((3, 2)), np.ones((3, 1)), 0.0), COST,
     raises="nn_params must have hidden_layer_size*(input_layer_size+1) + num_labels*(hidden_layer_size+1) = 13")
_add("nnCostFunctionLinear", "error-activation",
     lambda rng: (np.ones((13, 1)), 2.0, 3.0, 1.0, np.ones((3, 2)), np.ones((3, 1)), 0.0, "relu"), COST,
     raises='activation must be "sigmoid", "tanh" or "linear"')
_add("nnCostFunctionLinear", "error-x-columns",
     lambda rng: (np.ones((13, 1)), 2.0, 3.0, 1.0, np.ones((3, 3)), np.ones((3, 1)), 0.0), COST,
     raises="x must have input_layer_size columns")
_add("nnCostFunctionLinear", "error-y-shape",
     lambda rng: (np.ones((13, 1)), 2.0, 3.0, 1.0, np.ones((3, 2)), np.ones((1, 3)), 0.0), COST,
     raises="y must be m-by-num_labels")
_add("nnCostFunctionLinear", "error-huge-layer",
     lambda rng: (np.ones((13, 1)), 2.0, 1e10, 1.0, np.ones((3, 2)), np.ones((3, 1)), 0.0), COST,
     raises="hidden_layer_size is too large (1e+10): theta1 would have 3e+10 elements, more than 2^31-1",
     about="refused by the count check, before nn_params is measured against the layer sizes")


# -- predictLinear ---------------------------------------------------------------------------------
def _predict_inputs(labels, act, m=None):
    def inputs(rng):
        n_in, n_hid, n_out, m_ = sizes(rng, labels, m)
        T1 = rng.uniform(-1, 1, (n_hid, n_in + 1))
        T2 = rng.uniform(-1, 1, (n_out, n_hid + 1))
        return T1, T2, rng.standard_normal((m_, n_in)), act
    return inputs


for act in ACTIVATIONS:
    for labels in (1, 3):
        _add("predictLinear", f"{act}-labels{labels}", _predict_inputs(labels, act), (Output("p", "array"),), PREDICT)
    _add("predictLinear", f"{act}-m1", _predict_inputs(2, act, m=1), (Output("p", "array"),), PREDICT)
_add("predictLinear", "error-theta1-columns",
     lambda rng: (np.ones((2, 2)), np.ones((1, 3)), np.ones((3, 2)), "tanh"), (Output("p", "array"),),
     raises="theta1 must have one column more than x")


# Logical inputs (issue 11): one-hot targets as a logical array, as the course builds them (y == 1:K).
def _one_hot_inputs(rng):
    n_in, n_hid, n_out, m = sizes(rng, 3, 12)
    params, X, _ = network(rng, n_in, n_hid, n_out, m)
    y = rng.integers(0, 3, m)[:, None] == np.arange(3)
    return params, float(n_in), float(n_hid), float(n_out), X, y, 0.5, "sigmoid"


_add("nnCostFunctionLinear", "logical-one-hot-y", _one_hot_inputs, COST, about="y a logical one-hot m-by-3 matrix")

"""Cases for the neural-network regression family: sigmoid, sigmoidGradient, nnCostFunctionLinear,
predictLinear, randInitializeWeights, debugInitializeWeights, computeNumericalGradient and
checkNNGradients. Random weights are drawn here, once, and the same arrays go to both sides.
Tolerances and why: README, "Tolerance policy"."""

from __future__ import annotations

import numpy as np

from crosscheck.cases import Case, Handle, Output, column, register
from crosscheck.compare import OutputComparison, Tolerance
from pyport.activations import activate

FAMILY = "neural network"
ACTIVATIONS = ("sigmoid", "tanh", "linear")

EPS = np.finfo(np.float64).eps
C = 4.0  # each rounding bound below is C * eps * (number of terms) * (size of the terms)


def network_floor(inputs, octave_outputs):
    """J: d*(r + d), d the rounding of each output error a3 - y; grad: that error and the rounding of
    the sums d3'*a2 and d2'*a1, for gradients that cancel to ~0."""
    params, n_in, n_hid, n_out, X, y = inputs[:6]
    act = inputs[7] if len(inputs) > 7 else "sigmoid"
    n_in, n_hid, n_out = int(n_in), int(n_hid), int(n_out)
    p = np.ravel(params)
    T1 = p[: n_hid * (n_in + 1)].reshape(n_hid, n_in + 1, order="F")
    T2 = p[n_hid * (n_in + 1):].reshape(n_out, n_hid + 1, order="F")
    m = X.shape[0]
    with np.errstate(all="ignore"):
        a1 = np.hstack([np.ones((m, 1)), X])
        h, dh = activate(act, a1 @ T1.T, derivative=True)
        a2 = np.hstack([np.ones((m, 1)), h])
        d3 = a2 @ T2.T - y
        A1, A2, W2, DH = (float(np.max(np.abs(v))) for v in (a1, a2, T2, dh))
        terms3 = float(np.max(np.abs(a2) @ np.abs(T2.T) + np.abs(y)))
        terms2 = float(np.max(np.abs(a1) @ np.abs(T1.T)))
        R = float(np.max(np.abs(d3)))
    d = C * EPS * ((n_hid + 1) * terms3 + (n_in + 1) * terms2 * DH * n_hid * W2)
    g2 = (d + C * EPS * m * R) * A2
    g1 = (d + C * EPS * (m + n_out) * R) * n_out * W2 * DH * A1
    return [d * (R + d), max(g1, g2)]


ELEMENTWISE = Tolerance(rtol=1e-15, why="numpy's exp and sin against the C library's: at most 1 ULP, measured")
# Norm-wise: an entry of a gradient that cancels to near zero keeps the absolute error of the others.
NETWORK = Tolerance(rtol=1e-13, scale="output", floor=network_floor,
                    why="exp/tanh a few ULPs apart, products through two OpenBLAS builds; norm-wise")
# A central difference divides a difference of two costs by 2e = 2e-4: each cost's last-bit
# difference between the two sides becomes ~eps * |J| / e in the estimate, whatever the entry's size.
NUMERICAL = Tolerance(rtol=1e-10, atol=1e-12, scale="output",
                      why="cost ULPs divided by 2e: ~eps*|J|/e, norm-wise")

# predictLinear: the same arithmetic as the forward pass, nothing that cancels by construction.
PREDICT = Tolerance(rtol=1e-13, scale="output", why="exp/tanh a few ULPs apart, products through two OpenBLAS builds")
COST = (Output("J", "scalar"), Output("grad"))


def _sizes(rng, labels: int, m: int | None = None):
    n_in, n_hid = int(rng.integers(1, 7)), int(rng.integers(1, 9))
    return n_in, n_hid, labels, (int(rng.integers(2, 31)) if m is None else m)


def _network(rng, n_in, n_hid, n_out, m, scale=0.5):
    """Weights uniform in [-scale, scale] (drawn here, not by either side's rand), inputs and targets."""
    params = column(rng.uniform(-scale, scale, n_hid * (n_in + 1) + n_out * (n_hid + 1)))
    X = rng.standard_normal((m, n_in))
    y = rng.standard_normal((m, n_out))
    return params, X, y


def _cost_inputs(labels, lam, act, m=None, row_params=False, default_activation=False):
    def inputs(rng):
        n_in, n_hid, n_out, m_ = _sizes(rng, labels, m)
        params, X, y = _network(rng, n_in, n_hid, n_out, m_)
        if row_params:
            params = params.T
        args = (params, float(n_in), float(n_hid), float(n_out), X, y, float(lam))
        return args if default_activation else (*args, act)
    return inputs


def _add(function, name, inputs, outputs, tol=NETWORK, raises=None, about="", check=None):
    register(Case(function, name, inputs, outputs, tol=tol, raises=raises, family=FAMILY, about=about, check=check))


# -- sigmoid and sigmoidGradient -------------------------------------------------------------------
EXTREMES = np.array([[-800.0, -710.0, -40.0, -1e-300, 0.0, 1e-300, 40.0, 710.0, 800.0, -np.inf, np.inf, np.nan]])
for fn in ("sigmoid", "sigmoidGradient"):
    out = (Output("g"),)
    _add(fn, "grid", lambda rng: (np.linspace(-12.0, 12.0, 97).reshape(97, 1),), out, ELEMENTWISE)
    _add(fn, "random-matrix", lambda rng: (3 * rng.standard_normal((7, 5)),), out, ELEMENTWISE)
    _add(fn, "extremes", lambda rng: (EXTREMES,), out, ELEMENTWISE,
         about="overflow of exp, -0, +-Inf and NaN")
    _add(fn, "scalar", lambda rng: (np.array([[0.3]]),), out, ELEMENTWISE)
    _add(fn, "error-complex", lambda rng: (np.array([[1 + 1j]]),), out, raises="must be a real numeric array")


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
     *_network(rng, 4, 6, 2, 12)), COST, about="saturated sigmoid units")
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


# -- predictLinear ---------------------------------------------------------------------------------
def _predict_inputs(labels, act, m=None):
    def inputs(rng):
        n_in, n_hid, n_out, m_ = _sizes(rng, labels, m)
        T1 = rng.uniform(-1, 1, (n_hid, n_in + 1))
        T2 = rng.uniform(-1, 1, (n_out, n_hid + 1))
        return T1, T2, rng.standard_normal((m_, n_in)), act
    return inputs


for act in ACTIVATIONS:
    for labels in (1, 3):
        _add("predictLinear", f"{act}-labels{labels}", _predict_inputs(labels, act), (Output("p"),), PREDICT)
    _add("predictLinear", f"{act}-m1", _predict_inputs(2, act, m=1), (Output("p"),), PREDICT)
_add("predictLinear", "error-theta1-columns",
     lambda rng: (np.ones((2, 2)), np.ones((1, 3)), np.ones((3, 2)), "tanh"), (Output("p"),),
     raises="theta1 must have one column more than x")


# -- randInitializeWeights and debugInitializeWeights ----------------------------------------------
def uniform_weights(inputs, octave_outputs, port_outputs) -> list[OutputComparison]:
    """Random weights cannot match value for value: both must have the shape and stay in [-eps, eps]."""
    eps = float(inputs[2]) if len(inputs) > 2 else 0.12
    ov, pv = np.asarray(octave_outputs[0]), np.asarray(port_outputs[0])
    shape_ok = ov.shape == pv.shape
    inside = bool(np.all(np.abs(ov) <= eps) and np.all(np.abs(pv) <= eps))
    spread = eps == 0 or (np.unique(ov).size > 1 and np.unique(pv).size > 1)
    ok = shape_ok and inside and bool(spread)
    note = "" if ok else (f"shapes Octave {ov.shape}, port {pv.shape}" if not shape_ok
                          else f"a weight outside [-{eps:g}, {eps:g}]" if not inside else "constant weights")
    return [OutputComparison("W", "array", ov.shape, pv.shape, shape_ok, True, float("nan"), float("nan"), -1,
                             inside, ok, note or f"random: compared by shape and range |W| <= {eps:g}")]


_add("randInitializeWeights", "default-epsilon", lambda rng: (3.0, 5.0), (Output("W"),), check=uniform_weights,
     about="Octave's rand is not numpy's: shape and range only")
_add("randInitializeWeights", "layer-400-25", lambda rng: (400.0, 25.0, 0.05), (Output("W"),), check=uniform_weights)
_add("randInitializeWeights", "epsilon-zero", lambda rng: (2.0, 2.0, 0.0), (Output("W"),), check=uniform_weights)
_add("randInitializeWeights", "error-l-in", lambda rng: (0.0, 2.0), (Output("W"),), raises="l_in must be a positive integer")
for fan_out, fan_in in ((5, 3), (1, 0), (20, 10)):
    _add("debugInitializeWeights", f"{fan_out}-by-{fan_in}", lambda rng, a=fan_out, b=fan_in: (float(a), float(b)),
         (Output("W"),), ELEMENTWISE)
_add("debugInitializeWeights", "error-fan-out", lambda rng: (0.0, 2.0), (Output("W"),),
     raises="fan_out must be a positive integer")


# -- computeNumericalGradient and checkNNGradients -------------------------------------------------
def _numgrad_inputs(act, lam, e=None):
    def inputs(rng):
        n_in, n_hid, n_out, m = _sizes(rng, 2)
        params, X, y = _network(rng, n_in, n_hid, n_out, m)
        J = Handle("nnCostFunctionLinear", (float(n_in), float(n_hid), float(n_out), X, y, float(lam), act))
        return (J, params) if e is None else (J, params, float(e))
    return inputs


for act in ACTIVATIONS:
    _add("computeNumericalGradient", f"{act}-network", _numgrad_inputs(act, 0.5), (Output("numgrad"),), NUMERICAL,
         about="J is nnCostFunctionLinear bound to its data, theta its weights")
_add("computeNumericalGradient", "step-1e-3", _numgrad_inputs("tanh", 0.0, 1e-3), (Output("numgrad"),), NUMERICAL)
_add("computeNumericalGradient", "error-step", _numgrad_inputs("tanh", 0.0, 0.0), (Output("numgrad"),),
     raises="e must be a positive real scalar")

CHECK = (Output("numgrad", "vector"), Output("grad", "vector"), Output("relDiff", "scalar"))
# relDiff is a ratio of differences at the level of the central differences' own error: it agrees to
# about 1e-12 absolute, and what matters is that both sides are far below 1e-9 together.
CHECK_TOL = Tolerance(rtol=1e-10, atol=1e-12, scale="output", why="central differences; relDiff to 1e-12 absolute")
for act in ACTIVATIONS:
    for lam in (0, 1, 3):
        _add("checkNNGradients", f"{act}-lambda{lam}", lambda rng, a=act, l=lam: (float(l), a), CHECK, CHECK_TOL)
_add("checkNNGradients", "error-activation", lambda rng: (0.0, "relu"), CHECK, raises='activation must be "sigmoid"')

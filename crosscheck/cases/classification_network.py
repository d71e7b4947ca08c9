"""Cases for pyport/classification_network.py: nnCostFunction, the classification network.

Class labels are 0-based in the port: a label input is an ``Index`` (the port gets 0..K-1, Octave the
same plus 1). Random weights are drawn here, once, and the same arrays go to both sides. The gradient
is checked by gradient checking as the regression network's is: central differences on the debug
network (debugInitializeWeights) against the back-propagated gradient (relative
difference below 1e-9 for Octave's gradient and the port's: the "debug-network" cases), as well as
the two sides against each other.
"""

from __future__ import annotations

import numpy as np

import pyport
from crosscheck.args import Column, Matrix, Scalar
from crosscheck.case import Index, Output
from crosscheck.cases._common import CaseList, column
from crosscheck.cases.neural_network import network, sizes
from crosscheck.compare import OutputComparison, Verdict, compare_output, Tolerance
from crosscheck.rounding import finite_max, sum_error

CASES = CaseList("classification network")
COST = (Output("J", "scalar"), Output("grad", "array"))


def classification_floor(inputs, octave_outputs):
    """grad: the rounding of the output errors a3 - Y (each output's pre-activation a sum over the
    hidden layer carrying the first layer's rounding, through sigmoid slopes of at most 1/4) and of the
    sums d3'*a2 and d2'*a1, for gradients that cancel to ~0. J: none (a sum of positive terms)."""
    params, n_in, n_hid, n_out, X = inputs[:5]
    n_in, n_hid, n_out = int(n_in), int(n_hid), int(n_out)
    p = np.ravel(params)
    T1 = p[: n_hid * (n_in + 1)].reshape(n_hid, n_in + 1, order="F")
    T2 = p[n_hid * (n_in + 1):].reshape(n_out, n_hid + 1, order="F")
    m = X.shape[0]
    with np.errstate(all="ignore"):
        a1 = np.hstack([np.ones((m, 1)), X])
        a2 = np.hstack([np.ones((m, 1)), 1.0 / (1.0 + np.exp(-(a1 @ T1.T)))])
        A1, A2, W2 = finite_max(a1), finite_max(a2), finite_max(T2)
        terms3 = finite_max(np.abs(a2) @ np.abs(T2.T))
        terms2 = finite_max(np.abs(a1) @ np.abs(T1.T))
    d = (sum_error(n_hid + 1, terms3) + sum_error(n_in + 1, terms2) * 0.25 * n_hid * W2) * 0.25 + 4 * 2.2e-16
    g2 = (d + sum_error(m, 1.0)) * A2
    g1 = (d + sum_error(m + n_out, 1.0)) * n_out * W2 * 0.25 * A1
    return [0.0, max(g1, g2)]


# Norm-wise: an entry of a gradient that cancels to near zero keeps the absolute error of the others.
NETWORK = Tolerance(rtol=1e-13, scale="output", floor=classification_floor,
                    why="exp/log a ULP apart, products through two OpenBLAS builds; norm-wise")


def _labels(rng, m, K):
    return Index(rng.integers(0, K, (m, 1)))


def _cost_inputs(K, lam, m=None, row_params=False, scale=0.5):
    def inputs(rng):
        n_in, n_hid, n_out, m_ = sizes(rng, K, m)
        params, X, _ = network(rng, n_in, n_hid, n_out, m_, scale)
        return (params.T if row_params else params), float(n_in), float(n_hid), float(n_out), X, \
            _labels(rng, m_, K), float(lam)
    return inputs


def _add(name, inputs, outputs=COST, tol=NETWORK, **options):
    CASES.add("nnCostFunction", name, inputs, outputs, tol=tol, **options)


for K in (1, 2, 4):
    for lam in (0.0, 1.5):
        _add(f"labels{K}-lambda{lam:g}", _cost_inputs(K, lam), about="random layer sizes, weights and labels")
_add("m1", _cost_inputs(3, 0.7, m=1), about="a single example")
_add("row-params", _cost_inputs(3, 1.0, row_params=True), about="nn_params as a row: grad is a column on both sides")
_add("saturated", _cost_inputs(3, 0.1, m=12, scale=60.0),
     about="large weights: outputs of exactly 0 or 1, and 0 * log (0) makes J NaN on both sides")


def _debug_network(lam):
    """The network of gradient checking: 3 inputs, 5 hidden units, 3 classes, 5 examples, weights and
    inputs from debugInitializeWeights, labels 2, 3, 1, 2, 3 (Octave's; 1, 2, 0, 1, 2 in the port)."""
    def inputs(rng):
        params = column(pyport.unroll(pyport.debug_initialize_weights(5, 3), pyport.debug_initialize_weights(3, 5)))
        X = pyport.debug_initialize_weights(5, 2)
        return params, 3.0, 5.0, 3.0, X, Index(np.arange(1, 6).reshape(5, 1) % 3), float(lam)
    return inputs


# -- gradient checking, as the regression network's --------------------------------------------------
def _relative_difference(numgrad, grad) -> float:
    numgrad, grad = np.ravel(numgrad), np.ravel(grad)
    return float(np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad))


def gradient_checked(inputs, octave_outputs, port_outputs) -> list[OutputComparison]:
    """J and grad compared as every case compares them; then both gradients, Octave's and the port's,
    against central differences of the cost (computeNumericalGradient's port, e = 1e-4, which its own
    cases hold to Octave's): each relative difference below 1e-9, as for a correct gradient."""
    out = [compare_output(o.name, ov, pv, t, o.kind) for o, ov, pv, t in
           zip(COST, octave_outputs, port_outputs, NETWORK.resolve(inputs, octave_outputs))]
    params, n_in, n_hid, n_out, X, y, lam = inputs
    labels = y.for_port() if isinstance(y, Index) else y
    numgrad = pyport.compute_numerical_gradient(
        lambda p: pyport.nn_cost_function(p, n_in, n_hid, n_out, X, labels, lam), params)
    for side, grad in (("Octave", octave_outputs[1]), ("port", port_outputs[1])):
        rel = _relative_difference(numgrad, grad)
        out.append(OutputComparison(name=f"relDiff ({side})", kind="scalar", octave_shape=(1, 1), port_shape=(),
                                    verdict=Verdict.PASS if rel < 1e-9 else Verdict.CHECK,
                                    note=f"{side}'s back-propagated gradient against central differences: "
                                         f"{rel:.3g} (below 1e-9 for a correct gradient)"))
    return out


for lam in (0, 1, 3):
    _add(f"debug-network-lambda{lam}", _debug_network(lam), check=gradient_checked,
         about="the network of gradient checking: both gradients against central differences (relDiff < 1e-9)")


# Declared arguments: --examples N draws more (3 inputs, 5 hidden units, 3 classes: 38 weights).
_add("declared", None, args=(Column(38, -1.0, 1.0), 3.0, 5.0, 3.0, Matrix("m", 3, -3.0, 3.0),
                             Column("m", 0, 2, kind="index"), Scalar(0.0, 3.0)), sizes={"m": (1, 20)},
     about="weights in [-1, 1], labels 0..2 (1..3 in Octave)")


# -- logical, integer and single inputs -----------------------------------------------------------------
def _typed(rng):
    params, n_in, n_hid, n_out, X, y, lam = _cost_inputs(3, 0.5, m=10)(rng)
    return params.astype(np.float32), n_in, n_hid, n_out, X > 0, y, np.array([[1]], dtype=np.int64)


_add("single-logical-int", _typed, about="nn_params single, X logical, lambda an int64 1-by-1: doubles")


# -- refusals ------------------------------------------------------------------------------------------
def _bad(params=38, X=(2, 3), y=((0,), (1,)), K=3.0, lam=0.0, y_index=True):
    def inputs(rng):
        return (np.ones((params, 1)), 3.0, 5.0, K, np.ones(X), Index(np.array(y)) if y_index else np.array(y, float), lam)
    return inputs


_add("error-label-too-large", _bad(y=((0,), (3,))),
     raises="y must hold a class label in each row, one of num_labels = 3 classes; its 2nd row does not",
     about="label 3 of 0..2 (Octave: 4 of 1..3): the row is named, not the value")
_add("error-label-not-whole", _bad(y=((0.0,), (1.5,)), y_index=False),
     raises="y must hold class labels, whole numbers; its 2nd row is not one",
     about="the same numbers to both sides: 1.5 is no whole number, refused first (before 0, no label in Octave)")
_add("error-label-nan", _bad(y=((np.nan,), (1.0,)), y_index=False), raises="its 1st row is not one")
_add("error-y-row", _bad(y=((0, 1),)), raises="y must be an m-by-1 column (x is 2x3, so m = 2; y is 1x2)")
_add("error-params-length", _bad(params=37),
     raises="nn_params must have hidden_layer_size*(input_layer_size+1) + num_labels*(hidden_layer_size+1) = 38")
_add("error-x-columns", _bad(X=(2, 2)), raises="x must have input_layer_size columns")
_add("error-num-labels", _bad(K=0.0), raises="num_labels must be a positive integer, got 0")
_add("error-lambda", _bad(lam="a"), raises='must be a real scalar, got "a"')

"""Generated inputs (Hypothesis), each run through the Octave original and its port and compared with
the same tolerance as the registered cases of its family."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from crosscheck.cases import Handle, OctaveFunction
from crosscheck.cases import linear_regression as family
from crosscheck.cases import neural_network as nn_family
from crosscheck.compare import compare_output
from pyport import compute_cost_multi, feature_normalize, fmincg, gradient_descent_multi, nn_cost_function_linear, normal_eqn

pytestmark = pytest.mark.octave
# Derandomized: CI explores the same examples every run; HYPOTHESIS_EXAMPLES=2000 explores more by hand.
SETTINGS = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 40)), deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
finite = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)


@st.composite
def problems(draw, max_m=12, max_n=5):
    m = draw(st.integers(1, max_m))
    n = draw(st.integers(1, max_n))
    X = draw(nps.arrays(np.float64, (m, n), elements=finite))
    X[:, 0] = 1.0
    y = draw(nps.arrays(np.float64, (m, 1), elements=finite))
    theta = draw(nps.arrays(np.float64, (n, 1), elements=st.floats(-10, 10)))
    return X, y, theta


def agree(octave, function, args, port_out, outputs, tol):
    r = octave.call(function, *args, nout=len(outputs))
    assert r.status == "ok", r.message
    port_out = port_out if len(outputs) > 1 else (port_out,)
    for (name, kind), ov, pv, t in zip(outputs, r.outputs, port_out, tol.resolve(args, r.outputs)):
        c = compare_output(name, ov, pv, t, kind)
        assert c.passed, f"{function} {name}: {c.note} (max rel {c.max_rel:.2e}, {c.max_ulp} ULP)"


@SETTINGS
@given(problems())
def test_cost(octave, problem):
    agree(octave, "computeCostMulti", problem, compute_cost_multi(*problem), [("J", "scalar")], family.COST_TOL)


@SETTINGS
@given(problems(), st.floats(1e-4, 0.05), st.integers(0, 30))
def test_gradient_descent(octave, problem, alpha, iters):
    X, y, theta = problem
    X = X / np.maximum(1.0, np.abs(X).max(axis=0))  # keep alpha within the stable range
    args = (X, y, theta, alpha, float(iters))
    agree(octave, "gradientDescentMulti", args, gradient_descent_multi(*args),
          [("theta", "array"), ("J_history", "vector")], family.ITERATED)


@SETTINGS
@given(nps.arrays(np.float64, st.tuples(st.integers(1, 15), st.integers(1, 5)),
                  elements=st.floats(-1e6, 1e6) | st.sampled_from([0.1, 4.0, np.nan, np.inf])))
def test_feature_normalize(octave, X):
    with np.errstate(all="ignore"):
        port = feature_normalize(X)
    agree(octave, "featureNormalize", (X,), port, [("X_norm", "array"), ("mu", "array"), ("sigma", "array")],
          family.EXACT_ORDER)


@SETTINGS
@given(problems(max_m=20, max_n=4))
def test_normal_equation(octave, problem):
    X, y, _ = problem
    # The SVD tolerance is stated for cond(X'X) < 1e8 (README); rank-deficient X has fixed cases.
    assume(X.shape[0] >= X.shape[1] and np.linalg.cond(X.T @ X) < 1e8)
    agree(octave, "normalEqn", (X, y), normal_eqn(X, y), [("theta", "array")], family.SVD)


@st.composite
def networks(draw):
    n_in, n_hid, n_out, m = (draw(st.integers(1, k)) for k in (5, 6, 3, 10))
    size = n_hid * (n_in + 1) + n_out * (n_hid + 1)
    params = draw(nps.arrays(np.float64, (size, 1), elements=st.floats(-3, 3)))
    X = draw(nps.arrays(np.float64, (m, n_in), elements=st.floats(-5, 5)))
    y = draw(nps.arrays(np.float64, (m, n_out), elements=st.floats(-5, 5)))
    lam = draw(st.sampled_from([0.0, 0.5, 3.0]))
    act = draw(st.sampled_from(["sigmoid", "tanh", "linear"]))
    return params, float(n_in), float(n_hid), float(n_out), X, y, lam, act


@SETTINGS
@given(networks())
def test_network_cost_and_gradient(octave, args):
    agree(octave, "nnCostFunctionLinear", args, nn_cost_function_linear(*args), [("J", "scalar"), ("grad", "array")],
          nn_family.NETWORK)


@st.composite
def minimisations(draw):
    """A random quadratic or Rosenbrock problem, start and budget (positive or negative MaxIter)."""
    kind = draw(st.sampled_from(["quadraticCost", "rosenbrock"]))
    n = draw(st.integers(2, 6))
    x0 = draw(nps.arrays(np.float64, (n, 1), elements=st.floats(-2, 2)))
    bound = ()
    if kind == "quadraticCost":
        M = draw(nps.arrays(np.float64, (n, n), elements=st.floats(-2, 2)))
        A = M @ M.T + np.eye(n) * draw(st.floats(1e-3, 2))
        bound = (A, draw(nps.arrays(np.float64, (n, 1), elements=st.floats(-3, 3))))
    budget = draw(st.sampled_from([1, 2, 5, 12, -8, -25]))
    return kind, bound, x0, budget


@settings(SETTINGS, max_examples=max(5, SETTINGS.max_examples // 4))
@given(minimisations())
def test_fmincg_follows_the_original_step_for_step(octave, problem):
    """Driven by the Octave objective itself, the port must reproduce the original's trace to the bit."""
    kind, bound, x0, budget = problem
    options = {"MaxIter": float(budget), "Display": "off"}
    r = octave.call("fmincg", Handle(kind, bound).for_octave(), x0, options, nout=3)
    assert r.status == "ok", r.message
    x, fX, i = fmincg(OctaveFunction(octave, kind, bound), x0, {"MaxIter": budget})
    X_oct, fX_oct, i_oct = r.outputs
    np.testing.assert_array_equal(x, X_oct)
    np.testing.assert_array_equal(fX, np.ravel(fX_oct))
    assert i == int(np.ravel(i_oct)[0])

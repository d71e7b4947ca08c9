"""Properties of pyport.neural_network.nn_cost_function_linear on random small networks: in pure Python, and
against the Octave original (the test marked octave)."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from crosscheck.cases import neural_network as nn_family
from pyport import nn_cost_function_linear

from .strategies import NETWORK_SETTINGS, OCTAVE_SETTINGS, agree

ACTS = ("sigmoid", "tanh", "linear")


def floats(lo, hi):
    return st.floats(lo, hi, allow_nan=False, allow_infinity=False, allow_subnormal=False)


@st.composite
def networks(draw):
    """Theta1 (h, n+1), Theta2 (k, h+1), X (m, n), y (m, k), lambda_, activation; 1 <= n, h <= 5, k <= 3, m <= 6."""
    n, h = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    k, m = draw(st.integers(1, 3)), draw(st.integers(1, 6))
    T1 = draw(nps.arrays(np.float64, (h, n + 1), elements=floats(-2, 2)))
    T2 = draw(nps.arrays(np.float64, (k, h + 1), elements=floats(-2, 2)))
    X = draw(nps.arrays(np.float64, (m, n), elements=floats(-3, 3)))
    y = draw(nps.arrays(np.float64, (m, k), elements=floats(-3, 3)))
    return T1, T2, X, y, draw(floats(0, 3)), draw(st.sampled_from(ACTS))


def params(T1, T2):
    """[Theta1(:); Theta2(:)]: columns of the transpose's rows, i.e. column-major."""
    return np.concatenate([T1.T.ravel(), T2.T.ravel()])


def cost(T1, T2, X, y, lam, act, p=None):
    p = params(T1, T2) if p is None else p
    return nn_cost_function_linear(p, X.shape[1], T1.shape[0], T2.shape[0], X, y, lam, act)


def penalty(T1, T2):
    return math.fsum((T1[:, 1:] ** 2).ravel()) + math.fsum((T2[:, 1:] ** 2).ravel())


@NETWORK_SETTINGS
@given(networks())
def test_cost_is_non_negative(net):
    J, grad = cost(*net)
    assert J >= 0 and math.isfinite(J)
    assert grad.shape == (net[0].size + net[1].size,)


@NETWORK_SETTINGS
@given(networks())
def test_penalty_adds_lambda_over_2m_times_the_squared_weights(net):
    T1, T2, X, y, lam, act = net
    J_lam, J_0 = cost(*net).J, cost(T1, T2, X, y, 0.0, act).J
    want = J_0 + lam / (2 * len(X)) * penalty(T1, T2)
    assert math.isclose(J_lam, want, rel_tol=1e-13, abs_tol=1e-300)


@NETWORK_SETTINGS
@given(networks())
def test_gradient_matches_central_differences(net):
    T1, T2, X, y, lam, act = net
    p = params(T1, T2)
    J, grad = cost(*net)
    e = 1e-5
    num = np.zeros(p.size)
    for i in range(p.size):
        step = np.zeros(p.size)
        step[i] = e
        num[i] = (cost(*net, p=p + step).J - cost(*net, p=p - step).J) / (2 * e)
    diff, total = np.linalg.norm(num - grad), np.linalg.norm(num + grad)
    # Relative, with a floor for a gradient that vanishes (J's rounding, magnified by 1/2e, is ~1e-11 * J).
    assert diff <= 1e-6 * total + 1e-8 * (1 + J), (diff, total, J)


# ---------------------------------------------------------------- against Octave

# Generated inputs, each run through the Octave original and its port and compared with the same
# tolerance as the registered cases of its family.

@st.composite
def octave_networks(draw):
    """The arguments of nn_cost_function_linear: (N, 1) parameters, the three sizes as floats (as Octave
    passes them), X (m, n_in), y (m, n_out), lambda_ and the activation."""
    n_in, n_hid, n_out, m = (draw(st.integers(1, k)) for k in (5, 6, 3, 10))
    size = n_hid * (n_in + 1) + n_out * (n_hid + 1)
    params = draw(nps.arrays(np.float64, (size, 1), elements=st.floats(-3, 3)))
    X = draw(nps.arrays(np.float64, (m, n_in), elements=st.floats(-5, 5)))
    y = draw(nps.arrays(np.float64, (m, n_out), elements=st.floats(-5, 5)))
    lam = draw(st.sampled_from([0.0, 0.5, 3.0]))
    act = draw(st.sampled_from(["sigmoid", "tanh", "linear"]))
    return params, float(n_in), float(n_hid), float(n_out), X, y, lam, act


@pytest.mark.octave
@OCTAVE_SETTINGS
@given(octave_networks())
def test_network_cost_and_gradient(octave, args):
    agree(octave, "nnCostFunctionLinear", args, nn_cost_function_linear(*args), [("J", "scalar"), ("grad", "array")],
          nn_family.NETWORK)

"""pyport.gradient_check without Octave: hand values, recorded perturbations, and the classic back-propagation
mistakes (written as wrong cost functions, as the %!function blocks of octave/checkNNGradients.m do)."""

import math

import numpy as np
import pytest

from pyport import check_nn_gradients, compute_numerical_gradient, nn_cost_function_linear

ACTS = ("sigmoid", "tanh", "linear")


# ---------------------------------------------------------------- compute_numerical_gradient

def test_quadratic_is_exact():
    t = np.array([1.0, -2.0, 0.5])
    g = compute_numerical_gradient(lambda v: np.sum(v ** 2), t)
    assert g.shape == (3,)
    np.testing.assert_allclose(g, [2, -4, 1], rtol=0, atol=1e-10)


def test_cubic_carries_the_e_squared_term():
    x = np.array([[1.0, 2.0], [3.0, 4.0]])
    g = compute_numerical_gradient(lambda t: np.sum(t ** 3), x, 1e-2)
    assert g.shape == (2, 2)
    # ((x+e)^3 - (x-e)^3) / 2e = 3x^2 + e^2
    np.testing.assert_allclose(g, [[3 + 1e-4, 12 + 1e-4], [27 + 1e-4, 48 + 1e-4]], rtol=0, atol=1e-9)
    assert not np.allclose(g, 3 * x ** 2, rtol=0, atol=1e-6)


def test_entries_land_in_place():
    w = np.array([[1.0, -2.0, 3.0], [0.5, 7.0, -4.0]])
    g = compute_numerical_gradient(lambda t: float(np.sum(w * t)), np.zeros((2, 3)))
    assert g.shape == (2, 3)
    np.testing.assert_allclose(g, w, rtol=1e-10)


def test_perturbations_are_column_major_minus_then_plus():
    theta = np.arange(6.0).reshape(2, 3)
    calls = []

    def J(t):
        assert t.shape == (2, 3)
        diff = t - theta
        (i,), (j,) = np.nonzero(diff)
        calls.append(((int(i), int(j)), "-" if diff[i, j] < 0 else "+"))
        return 0.0

    compute_numerical_gradient(J, theta)
    order = [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2), (1, 2)]
    assert calls == [(ij, sign) for ij in order for sign in "-+"]


def test_first_item_of_a_tuple():
    g = compute_numerical_gradient(lambda t: (float(t @ t), np.nan), np.array([3.0, 4.0]))
    np.testing.assert_allclose(g, [6, 8], rtol=0, atol=1e-9)


def test_one_element_theta_and_numpy_function():
    g = compute_numerical_gradient(np.sin, [[0.0]])
    assert g.shape == (1, 1) and g[0, 0] == pytest.approx(1, abs=1e-8)
    assert compute_numerical_gradient(np.cos, [0.0]).tolist() == [0.0]  # (cos(e) - cos(-e)) / 2e


@pytest.mark.parametrize("theta", [0.0, np.array(0.0)])
def test_zero_d_theta_keeps_its_shape(theta):
    # The docstring promises "ndarray of theta's shape"; a 0-d theta is perturbed as 0-d (J sees shape ()).
    seen = []
    g = compute_numerical_gradient(lambda t: seen.append(np.shape(t)) or float(np.sin(t)), theta)
    assert set(seen) == {()}
    assert float(np.ravel(g)[0]) == pytest.approx(1, abs=1e-8)
    assert g.shape == ()


@pytest.mark.parametrize("J,theta,e,pattern", [
    (1, 1.0, 1e-4, "J must be callable"),
    (np.sin, 1.0, 0, "e must be a positive real scalar"),
    (np.sin, 1.0, -1e-4, "e must be a positive real scalar"),
    (np.sin, 1 + 1j, 1e-4, "theta must be a real numeric array"),
    (np.sin, "a", 1e-4, "theta must be a real numeric array"),
])
def test_numerical_gradient_errors(J, theta, e, pattern):
    with pytest.raises(ValueError, match="^compute_numerical_gradient: " + pattern):
        compute_numerical_gradient(J, theta, e)


# ---------------------------------------------------------------- check_nn_gradients

@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("lam", [0, 1, 3])
def test_correct_gradient_passes(act, lam):
    numgrad, grad, rel_diff = check_nn_gradients(lam, act)
    assert numgrad.shape == grad.shape == (38,)
    assert rel_diff < 1e-9
    assert rel_diff == pytest.approx(np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad),
                                     rel=1e-6, abs=1e-15)


def test_default_arguments_and_the_documented_network():
    res = check_nn_gradients()
    assert res._fields == ("numgrad", "grad", "rel_diff")
    # 3 inputs, 5 hidden, 3 outputs, 5 examples; weights sin(1..n)/10 column-major, targets sin(k).
    s = lambda k: math.sin(k) / 10
    T1 = [[s(1 + i + 5 * j) for j in range(4)] for i in range(5)]
    T2 = [[s(1 + i + 3 * j) for j in range(6)] for i in range(3)]
    X = [[s(1 + i + 5 * j) for j in range(3)] for i in range(5)]
    y = [[10 * s(1 + i + 5 * j) for j in range(3)] for i in range(5)]
    p = np.array([T[i][j] for T in (T1, T2) for j in range(len(T[0])) for i in range(len(T))])
    _, grad = nn_cost_function_linear(p, 3, 5, 3, X, y, 0.0, "sigmoid")
    np.testing.assert_allclose(res.grad, grad, rtol=1e-13, atol=1e-16)


def scaled_2_over_m(*args):
    J, grad = nn_cost_function_linear(*args)
    return J, 2 * grad


def bias_regularised(p, nin, nh, nl, X, y, lam, act):
    J, grad = nn_cost_function_linear(p, nin, nh, nl, X, y, lam, act)
    m, n1 = len(X), nh * (nin + 1)
    bias = list(range(nh)) + [n1 + k for k in range(nl)]  # the first column of each Theta
    grad = grad.copy()
    grad[bias] += lam / m * p[bias]
    return J, grad


def row_major(p, nin, nh, nl, X, y, lam, act):
    J, grad = nn_cost_function_linear(p, nin, nh, nl, X, y, lam, act)
    n1 = nh * (nin + 1)
    G1 = grad[:n1].reshape(nh, nin + 1, order="F")
    G2 = grad[n1:].reshape(nl, nh + 1, order="F")
    return J, np.concatenate([G1.ravel(order="C"), G2.ravel(order="C")])


def hand_backprop(p, nin, nh, nl, X, y, lam, act, wrong_delta):
    """Sigmoid back-propagation written out; wrong_delta multiplies by h instead of h*(1-h)."""
    J = nn_cost_function_linear(p, nin, nh, nl, X, y, lam, act).J
    n1 = nh * (nin + 1)
    T1 = p[:n1].reshape(nh, nin + 1, order="F")
    T2 = p[n1:].reshape(nl, nh + 1, order="F")
    m = len(X)
    a1 = np.hstack([np.ones((m, 1)), X])
    h = 1 / (1 + np.exp(-(a1 @ T1.T)))
    a2 = np.hstack([np.ones((m, 1)), h])
    d3 = a2 @ T2.T - y
    d2 = (d3 @ T2[:, 1:]) * (h if wrong_delta else h * (1 - h))
    G1, G2 = d2.T @ a1 / m, d3.T @ a2 / m
    G1[:, 1:] += lam / m * T1[:, 1:]
    G2[:, 1:] += lam / m * T2[:, 1:]
    return J, np.concatenate([G1.ravel(order="F"), G2.ravel(order="F")])


def delta_times_activation(*args):
    return hand_backprop(*args, wrong_delta=True)


def delta_times_derivative(*args):
    return hand_backprop(*args, wrong_delta=False)


@pytest.mark.parametrize("act", ACTS)
def test_mistake_scaled_2_over_m_is_caught(act):
    assert check_nn_gradients(0, act, scaled_2_over_m).rel_diff > 0.1  # 1/3 exactly, in theory


@pytest.mark.parametrize("act", ACTS)
def test_mistake_bias_regularised_is_caught(act):
    assert check_nn_gradients(3, act, bias_regularised).rel_diff > 1e-3
    assert check_nn_gradients(0, act, bias_regularised).rel_diff < 1e-9  # harmless without a penalty


@pytest.mark.parametrize("act", ACTS)
def test_mistake_row_major_is_caught(act):
    assert check_nn_gradients(0, act, row_major).rel_diff > 1e-3


@pytest.mark.parametrize("lam", [0, 3])
def test_mistake_delta_times_activation_is_caught(lam):
    assert check_nn_gradients(lam, "sigmoid", delta_times_derivative).rel_diff < 1e-9  # the control
    assert check_nn_gradients(lam, "sigmoid", delta_times_activation).rel_diff > 1e-3


def test_numgrad_depends_on_the_cost_only():
    good = check_nn_gradients(1, "tanh")
    bad = check_nn_gradients(1, "tanh", scaled_2_over_m)
    np.testing.assert_array_equal(bad.numgrad, good.numgrad)
    np.testing.assert_array_equal(bad.grad, 2 * good.grad)


@pytest.mark.parametrize("args,pattern", [
    ((0, "sigmoid", 5), "the cost function must be callable, got 5$"),
    ((0, "relu"), "activation must be"),
    (("a",), "lambda_ must be a real scalar"),
    (([1, 2],), "lambda_ must be a real scalar"),
])
def test_check_nn_gradients_errors(args, pattern):
    with pytest.raises(ValueError, match="^check_nn_gradients: " + pattern):
        check_nn_gradients(*args)


# What compute_numerical_gradient and check_nn_gradients do with what a caller's function gives them (issue 11): tables in hardening_callbacks.py.
from .hardening_callbacks import test_compute_numerical_gradient_refuses_a_bad_value, test_compute_numerical_gradient_is_not_corrupted_by_j, test_check_nn_gradients_gives_its_cost_a_copy, test_rel_diff_is_nan_where_octaves_is  # noqa: E402,F401

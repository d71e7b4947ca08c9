"""pyport.neural_network (nn_cost_function_linear, predict_linear, unroll) without Octave: hand values,
loop references, central differences."""

import math

import numpy as np
import pytest

from pyport import nn_cost_function_linear, predict_linear, unroll

ACTS = ("sigmoid", "tanh", "linear")
SCALAR_ACT = {"sigmoid": lambda z: 1.0 / (1.0 + math.exp(-z)), "tanh": math.tanh, "linear": lambda z: z}
X3 = np.array([[1, 2], [-1, 0.5], [0, -3]])
Y3 = np.array([[0.5], [-1], [2]])
P13 = np.arange(1, 14) / 10  # 3*(2+1) + 1*(3+1) weights


def col_major(*mats):
    """[A(:); B(:)] written out element by element: column j of A, top to bottom, then the next column."""
    return np.array([M[i][j] for M in mats for j in range(len(M[0])) for i in range(len(M))], dtype=float)


def loop_cost(T1, T2, X, y, lam, act):
    """The cost with plain Python loops over examples, outputs and units."""
    f, m = SCALAR_ACT[act], len(X)
    total = 0.0
    for i in range(m):
        hidden = [f(T1[j][0] + sum(T1[j][c + 1] * X[i][c] for c in range(len(X[i])))) for j in range(len(T1))]
        for k in range(len(T2)):
            out = T2[k][0] + sum(T2[k][j + 1] * hidden[j] for j in range(len(hidden)))
            total += (out - y[i][k]) ** 2
    pen = sum(w * w for T in (T1, T2) for row in T for w in row[1:])
    return total / (2 * m) + lam / (2 * m) * pen


def central_difference(f, theta, e=1e-4):
    steps = np.eye(theta.size) * e
    return np.array([(f(theta + s) - f(theta - s)) / (2 * e) for s in steps])


# ---------------------------------------------------------------- nn_cost_function_linear

def test_one_unit_linear_network_by_hand():
    # Theta1 = [1 2], Theta2 = [3 4], x = 1, y = 0: z2 = 3, a3 = 15, J = 225/2.
    J, grad = nn_cost_function_linear([1, 2, 3, 4], 1, 1, 1, [[1]], [0], 0, "linear")
    assert J == 112.5 and type(J) is float
    np.testing.assert_array_equal(grad, [60, 60, 15, 45])


@pytest.mark.parametrize("act", ACTS)
def test_zero_weights(act):
    J, grad = nn_cost_function_linear(np.zeros(13), 2, 3, 1, X3, Y3, 0, act)
    assert J == (0.25 + 1 + 4) / 6
    h = {"sigmoid": 0.5, "tanh": 0.0, "linear": 0.0}[act]  # every hidden unit outputs act(0)
    np.testing.assert_array_equal(grad, [0] * 9 + [-0.5] + [-0.5 * h] * 3)


def test_penalty_spares_bias_weights():
    J0, g0 = nn_cost_function_linear(P13, 2, 3, 1, X3, Y3, 0)
    J1, g1 = nn_cost_function_linear(P13, 2, 3, 1, X3, Y3, 3)
    # Column-major: Theta1 = [.1 .4 .7; .2 .5 .8; .3 .6 .9], Theta2 = [1.0 1.1 1.2 1.3].
    reg = (.4**2 + .5**2 + .6**2 + .7**2 + .8**2 + .9**2) + (1.1**2 + 1.2**2 + 1.3**2)
    assert reg == pytest.approx(7.05, rel=1e-15)
    assert J1 - J0 == pytest.approx(3 / 6 * 7.05, rel=1e-13)
    expected = np.array([0, 0, 0, .4, .5, .6, .7, .8, .9, 0, 1.1, 1.2, 1.3])  # lambda/m * weight, m = 3
    np.testing.assert_array_equal((g1 - g0)[[0, 1, 2, 9]], 0)
    np.testing.assert_allclose(g1 - g0, expected, rtol=1e-12, atol=1e-15)


def test_unroll_is_column_major():
    np.testing.assert_array_equal(unroll([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10]]), [1, 4, 2, 5, 3, 6, 7, 9, 8, 10])


@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("lam", [0, 0.7])
def test_cost_against_loop_reference(act, lam):
    T1 = [[0.1, -0.4, 0.9], [0.3, 0.7, -0.2]]           # 2 hidden units, 2 inputs
    T2 = [[0.5, -1.1, 0.8], [-0.6, 0.2, 1.3], [0.05, 0.4, -0.9]]   # 3 outputs
    X = [[1.0, -2.0], [0.5, 0.25], [-1.5, 3.0], [2.0, 0.0]]
    y = [[0.3, -0.2, 1.0], [1.5, 0.0, -0.7], [-1.0, 2.0, 0.4], [0.2, 0.1, 0.9]]
    want = loop_cost(T1, T2, X, y, lam, act)
    for params in (unroll(T1, T2), col_major(T1, T2)):
        J, _ = nn_cost_function_linear(params, 2, 2, 3, X, y, lam, act)
        assert J == pytest.approx(want, rel=1e-13)
    row_major = np.concatenate([np.ravel(T1), np.ravel(T2)])  # the wrong unrolling gives another cost
    assert nn_cost_function_linear(row_major, 2, 2, 3, X, y, lam, act).J != pytest.approx(want, rel=1e-6)


@pytest.mark.parametrize("act", ACTS)
@pytest.mark.parametrize("num_labels", [1, 3])
@pytest.mark.parametrize("m", [1, 4])
def test_gradient_matches_central_difference(act, num_labels, m):
    rng = np.random.default_rng(100 * m + num_labels)
    n_in, n_hid = 2, 3
    N = n_hid * (n_in + 1) + num_labels * (n_hid + 1)
    p = rng.uniform(-1, 1, N)
    X, y = rng.uniform(-2, 2, (m, n_in)), rng.uniform(-2, 2, (m, num_labels))
    cost = lambda t: nn_cost_function_linear(t, n_in, n_hid, num_labels, X, y, 1.5, act).J
    grad = nn_cost_function_linear(p, n_in, n_hid, num_labels, X, y, 1.5, act).grad
    num = central_difference(cost, p)
    assert np.linalg.norm(num - grad) / np.linalg.norm(num + grad) < 1e-7


def test_1d_y_for_one_output_and_grad_forms():
    J_col, g_col = nn_cost_function_linear(P13, 2, 3, 1, X3, Y3, 0.5, "tanh")
    J_1d, g_1d = nn_cost_function_linear(P13, 2, 3, 1, X3, Y3.ravel(), 0.5, "tanh")
    assert J_1d == J_col and g_1d.shape == (13,)
    np.testing.assert_array_equal(g_1d, g_col)
    for params in (P13.reshape(13, 1), P13.reshape(1, 13)):
        J2, g2 = nn_cost_function_linear(params, 2, 3, 1, X3, Y3, 0.5, "tanh")
        assert J2 == J_col and g2.shape == (13, 1)
        np.testing.assert_array_equal(g2.ravel(), g_1d)


@pytest.mark.parametrize("args,pattern", [
    ((np.ones(12), 2, 3, 1, np.ones((3, 2)), np.ones((3, 1)), 0), r"= 13 elements, got 12"),
    ((np.ones((13, 2)), 2, 3, 1, np.ones((3, 2)), np.ones((3, 1)), 0), r"nn_params must be a real numeric vector"),
    ((np.ones(13), 2, 3, 1, np.ones((3, 2)), np.ones((3, 1)), 0, "relu"), r'activation must be "sigmoid", "tanh" or "linear", got "relu"$'),
    ((np.ones(13), 2, 3, 1, np.ones((3, 3)), np.ones((3, 1)), 0), r"X must have input_layer_size columns"),
    ((np.ones(13), 2, 3, 1, np.ones((3, 2)), np.ones((1, 3)), 0), r"y must be m-by-num_labels \(X is 3x2, num_labels is 1; y is 1x3\)$"),
    ((np.ones(17), 2, 3, 2, np.ones((3, 2)), np.ones(3), 0), r"y must be m-by-num_labels"),
    ((np.ones(13), 2, 0, 1, np.ones((3, 2)), np.ones((3, 1)), 0), r"hidden_layer_size must be a positive integer"),
    ((np.ones(13), 0, 3, 1, np.ones((3, 0)), np.ones((3, 1)), 0), r"input_layer_size must be a positive integer"),
    ((np.ones(13), 2, 3, -1, np.ones((3, 2)), np.ones((3, 1)), 0), r"num_labels must be a positive integer"),
    ((np.ones(13), 2, 3, 1, np.ones((3, 2)), np.ones((3, 1)), [1, 2]), r"lambda_ must be a real scalar"),
    ((np.ones(13), 2, 3, 1, np.ones((3, 2)), np.ones((3, 1)), "a"), r"lambda_ must be a real scalar"),
])
def test_cost_errors(args, pattern):
    with pytest.raises(ValueError, match="^nn_cost_function_linear: .*" + pattern):
        nn_cost_function_linear(*args)


# ---------------------------------------------------------------- predict_linear

def test_predict_hand_values():
    p = predict_linear([[1, 2]], [[3, 4]], [[0], [1], [-1]], "linear")  # 3 + 4*(1 + 2x)
    np.testing.assert_array_equal(p, [[7], [15], [-1]])
    np.testing.assert_array_equal(predict_linear(np.zeros((2, 3)), [[1, 2, 2]], [[5, 6], [7, 8]]), [[3], [3]])


@pytest.mark.parametrize("act", ACTS)
def test_predictions_score_zero(act):
    p = np.arange(1, 18) / 20
    T1, T2 = p[:9].reshape(3, 3, order="F"), p[9:].reshape(2, 4, order="F")
    pred = predict_linear(T1, T2, X3, act)
    assert pred.shape == (3, 2)
    assert nn_cost_function_linear(p, 2, 3, 2, X3, pred, 0, act).J <= 1e-30
    want = loop_cost(T1.tolist(), T2.tolist(), X3.tolist(), np.zeros((3, 2)).tolist(), 0, act)
    assert 0.5 * np.sum(pred ** 2) / 3 == pytest.approx(want, rel=1e-13)


@pytest.mark.parametrize("args,pattern", [
    ((np.ones((2, 2)), np.ones((1, 3)), np.ones((3, 2))),
     r"Theta1 must have one column more than X \(Theta1 is 2x2, X is 3x2\)$"),
    ((np.ones((2, 3)), np.ones((1, 2)), np.ones((3, 2))),
     r"Theta2 must have one column more than Theta1 has rows \(Theta1 is 2x3, Theta2 is 1x2\)$"),
    ((np.ones((2, 3)), np.ones((1, 3)), np.ones((3, 2)), "relu"), r"activation must be"),
    ((np.ones((2, 3)), np.ones((1, 3)), np.ones(2)), r"X must be a real numeric matrix, got a 1-D array of length 2$"),
    ((np.ones(3), np.ones((1, 3)), np.ones((3, 2))), r"Theta1 must be a real numeric matrix, got a 1-D array of length 3$"),
    ((np.ones((2, 3)), np.array([["a", "b", "c"]]), np.ones((3, 2))), r"Theta2 must be a real numeric matrix, got a char array of size 1x3$"),
    ((np.ones((2, 3)), [["a", "b", "c"]], np.ones((3, 2))), r"Theta2 must be a real numeric matrix, got a cell array of size 1x1$"),
])
def test_predict_errors(args, pattern):
    with pytest.raises(ValueError, match="^predict_linear: " + pattern):
        predict_linear(*args)

"""pyport.classification_network.nn_cost_function without Octave (but the last test): gradient
checking on the debug network, a loop reference, hand values, forms and refusals."""

import math

import numpy as np
import pytest

from pyport import compute_numerical_gradient, debug_initialize_weights, fmincg, nn_cost_function, unroll

P = unroll(debug_initialize_weights(5, 3), debug_initialize_weights(3, 5))  # 3 inputs, 5 hidden, 3 classes
X = debug_initialize_weights(5, 2)
Y = np.arange(1, 6) % 3  # labels 1, 2, 0, 1, 2 (Octave's 2, 3, 1, 2, 3)


def sig(z):
    return 1 / (1 + math.exp(-z))


def loop_cost(p, n_in, n_hid, K, X, y, lam):
    """The cost one example, one class and one unit at a time (Theta read column-major from p)."""
    T1 = [[p[r + c * n_hid] for c in range(n_in + 1)] for r in range(n_hid)]
    off = n_hid * (n_in + 1)
    T2 = [[p[off + r + c * K] for c in range(n_hid + 1)] for r in range(K)]
    total = 0.0
    for row, label in zip(X, y):
        hidden = [sig(T1[j][0] + sum(T1[j][c + 1] * row[c] for c in range(n_in))) for j in range(n_hid)]
        for k in range(K):
            out = sig(T2[k][0] + sum(T2[k][j + 1] * hidden[j] for j in range(n_hid)))
            total -= math.log(out) if label == k else math.log(1 - out)
    pen = sum(w * w for T in (T1, T2) for r in T for w in r[1:])
    return total / len(X) + lam / (2 * len(X)) * pen


@pytest.mark.parametrize("lam", [0.0, 1.0, 3.0])
def test_gradient_checking_on_the_debug_network(lam):
    """Checked as the regression network is: central differences against back propagation."""
    cost = lambda p: nn_cost_function(p, 3, 5, 3, X, Y, lam)  # noqa: E731
    _, grad = cost(P)
    numgrad = compute_numerical_gradient(cost, P)
    rel = np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad)
    assert rel < 1e-9 and grad.shape == (38,)


def test_a_wrong_gradient_fails_the_same_check():
    """The check can fail: a gradient without the hidden layer's sigmoid derivative is caught."""
    def wrong(p):
        J, grad = nn_cost_function(p, 3, 5, 3, X, Y, 0.0)
        return J, grad * np.r_[np.full(20, 4.0), np.ones(18)]  # Theta1's part as if sigmoid' were 1
    _, grad = wrong(P)
    numgrad = compute_numerical_gradient(wrong, P)
    assert np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad) > 1e-3


@pytest.mark.parametrize("lam", [0.0, 1.5])
def test_cost_against_a_loop(lam):
    J, _ = nn_cost_function(P, 3, 5, 3, X, Y, lam)
    assert J == pytest.approx(loop_cost(P.tolist(), 3, 5, 3, X.tolist(), Y.tolist(), lam), rel=1e-13)


def test_zero_weights_by_hand():
    """Every output 1/2: each example costs K*log(2); the output biases' gradient is mean(1/2 - Y)."""
    J, grad = nn_cost_function(np.zeros(38), 3, 5, 3, X, Y, 2.0)
    assert J == pytest.approx(3 * math.log(2), abs=1e-15) and type(J) is float
    np.testing.assert_allclose(grad[20:23], [0.5 - 1 / 5, 0.5 - 2 / 5, 0.5 - 2 / 5], rtol=0, atol=1e-15)
    np.testing.assert_array_equal(grad[:20], 0)


def test_penalty_spares_the_bias_columns():
    J0, g0 = nn_cost_function(P, 3, 5, 3, X, Y, 0)
    J1, g1 = nn_cost_function(P, 3, 5, 3, X, Y, 3)
    T1 = P[:20].reshape(5, 4, order="F")
    T2 = P[20:].reshape(3, 6, order="F")
    reg = np.sum(T1[:, 1:] ** 2) + np.sum(T2[:, 1:] ** 2)
    assert J1 - J0 == pytest.approx(3 / 10 * reg, abs=1e-14)
    bias = [0, 1, 2, 3, 4, 20, 21, 22]
    np.testing.assert_array_equal(g1[bias], g0[bias])


def test_forms_and_label_dtypes():
    J, grad = nn_cost_function(P, 3, 5, 3, X, Y, 1.0)
    for y in (Y.reshape(-1, 1), Y.astype(float), Y.astype(np.int8), Y.astype(np.uint64)):
        Jy, gy = nn_cost_function(P, 3, 5, 3, X, y, 1.0)
        assert Jy == J
        np.testing.assert_array_equal(gy, grad)
    Jc, gc = nn_cost_function(P.reshape(-1, 1), 3, 5, 3, X, Y, 1.0)
    assert gc.shape == (38, 1) and Jc == J
    _, gr = nn_cost_function(P.reshape(1, -1), 3, 5, 3, X, Y, 1.0)
    assert gr.shape == (38, 1)  # Octave's grad is a column for a row nn_params too
    Jb, _ = nn_cost_function(P[:20].tolist() + debug_initialize_weights(2, 5).ravel(order="F").tolist(),
                             3, 5, 2, X, Y == 1, 1.0)  # two classes, labels a bool column: 0 and 1
    Jf, _ = nn_cost_function(P[:20].tolist() + debug_initialize_weights(2, 5).ravel(order="F").tolist(),
                             3, 5, 2, X, (Y == 1).astype(float), 1.0)
    assert Jb == Jf


def test_training_learns_the_labels():
    """As the course's driver does: fmincg on a handle to the cost, then the largest output."""
    Xs = 30 * X
    p, cost, _ = fmincg(lambda t: nn_cost_function(t, 3, 5, 3, Xs, Y, 0.1), P, {"MaxIter": 50})
    assert cost[-1] < cost[0]
    T1, T2 = p[:20].reshape(5, 4, order="F"), p[20:].reshape(3, 6, order="F")
    h = 1 / (1 + np.exp(-np.c_[np.ones(5), Xs] @ T1.T))
    out = 1 / (1 + np.exp(-np.c_[np.ones(5), h] @ T2.T))
    np.testing.assert_array_equal(np.argmax(out, axis=1), Y)


def test_nonfinite_inputs_are_silent():
    Xn = X.copy()
    Xn[1, 0] = np.nan
    with np.errstate(all="raise"):
        J, grad = nn_cost_function(P, 3, 5, 3, Xn, Y, 0.0)
        Js, _ = nn_cost_function(P * 1000, 3, 5, 3, X * 1000, Y, 0.0)  # saturated: 0 * log(0) is NaN
    assert math.isnan(J) and np.isnan(grad).any() and math.isnan(Js)


MSG = "nn_cost_function: y must hold a class label in each row, one of num_labels = 3 classes; its {} row does not"
WHOLE = "nn_cost_function: y must hold class labels, whole numbers; its {} row is not one"


@pytest.mark.parametrize("y, message", [
    ([0, 3], MSG.format("2nd")),
    ([-1, 0], MSG.format("1st")),
    ([0, 1.5], WHOLE.format("2nd")),
    ([np.nan, 0], WHOLE.format("1st")),
    ([5, np.inf], WHOLE.format("2nd")),  # what is no whole number first, whichever way labels count

    (np.array([[0, 1]]), "nn_cost_function: y must be an m-by-1 column (X is 2x3, so m = 2; y is 1x2)"),
    ([0, 1j], "nn_cost_function: y must be a real numeric m-by-1 column, got a complex 1-D array of length 2"),
])
def test_label_refusals_word_for_word(y, message):
    with pytest.raises(ValueError) as info:
        nn_cost_function(np.ones(38), 3, 5, 3, np.ones((2, 3)), y, 0.0)
    assert str(info.value) == message


@pytest.mark.parametrize("args, message", [
    ((np.ones(37), 3, 5, 3, np.ones((2, 3)), [0, 1], 0), "nn_params must have hidden_layer_size*(input_layer_size+1) "
                                                          "+ num_labels*(hidden_layer_size+1) = 38 elements, got 37"),
    ((np.ones((19, 2)), 3, 5, 3, np.ones((2, 3)), [0, 1], 0),
     "nn_params must be a real numeric vector, got an array of size 19x2"),
    ((np.ones(38), 3, 5, 3, np.ones((2, 2)), [0, 1], 0),
     "X must have input_layer_size columns (X is 2x2, input_layer_size is 3)"),
    ((np.ones(38), 3, 5, 3, np.ones((0, 3)), [], 0), "X must have at least one row and one column (X is 0x3)"),
    ((np.ones(38), 3, 5, 0, np.ones((2, 3)), [0, 1], 0), "num_labels must be a positive integer, got 0"),
    ((np.ones(38), 3, 1e10, 3, np.ones((2, 3)), [0, 1], 0),
     "hidden_layer_size is too large (1e+10): Theta1 would have 4e+10 elements, more than 2^31-1"),
    ((np.ones(38), 3, 5, 3, np.ones((2, 3)), [0, 1], "a"), 'lambda_ must be a real scalar, got "a"'),
])
def test_other_refusals_word_for_word(args, message):
    with pytest.raises(ValueError) as info:
        nn_cost_function(*args)
    assert str(info.value) == f"nn_cost_function: {message}"


@pytest.mark.octave
def test_octave_agrees_with_labels_plus_one(octave):
    """The same networks in Octave, their labels 1-based: J and grad to 1e-13 of their size."""
    from crosscheck.session import Call  # noqa: PLC0415

    rng = np.random.default_rng(7)
    cases = []
    for _ in range(10):
        n_in, n_hid, K, m = (int(v) for v in rng.integers(1, 6, 4))
        p = rng.uniform(-1, 1, n_hid * (n_in + 1) + K * (n_hid + 1))
        cases.append((p, n_in, n_hid, K, rng.standard_normal((m, n_in)), rng.integers(0, K, m), float(rng.uniform(0, 2))))
    answers = octave.call_many([Call(function="nnCostFunction", nout=2,
                                     args=(p.reshape(-1, 1), float(a), float(b), float(K), Xc, (y + 1.0).reshape(-1, 1), lam))
                                for p, a, b, K, Xc, y, lam in cases])
    for case, answer in zip(cases, answers):
        J, grad = nn_cost_function(*case)
        assert answer.status.value == "ok", answer.message
        J_oct, grad_oct = answer.outputs
        assert J == pytest.approx(np.asarray(J_oct).item(), rel=1e-13)
        np.testing.assert_allclose(grad, np.ravel(grad_oct), rtol=0, atol=1e-13 * np.max(np.abs(grad_oct)))

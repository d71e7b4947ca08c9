"""pyport.classification (map_feature, predict) without Octave: the course's column order, Octave's
powers to the bit, both calling forms of predict, 0-based labels, ties and NaN as Octave's max, the
course's accuracies, refusals word for word."""

import math
import warnings

import numpy as np
import pytest

from crosscheck.messages import same_refusal
from pyport import cost_function_reg, datasets, fmincg, map_feature, predict


#: The (i - j, j) exponent pairs of mapFeature's columns after the ones, in the course's order.
TERMS = [(i - j, j) for i in range(1, 7) for j in range(i + 1)]


# ---- map_feature ------------------------------------------------------------------------------------

def test_map_feature_columns_in_the_courses_order():
    a, b = np.array([2.0, -1.0, 0.5]), np.array([3.0, 4.0, -2.0])
    out = map_feature(a, b)
    assert out.shape == (3, 28) and out.dtype == np.float64
    np.testing.assert_array_equal(out[:, 0], 1.0)
    assert len(TERMS) == 27
    for k, (p, q) in enumerate(TERMS, start=1):
        np.testing.assert_allclose(out[:, k], a ** p * b ** q, rtol=1e-15)
    np.testing.assert_array_equal(out[:, 1:6], np.column_stack([a, b, a * a, a * b, b * b]))


def test_map_feature_integers_exactly():
    a, b = np.array([1.0, 2.0, -3.0]), np.array([-1.0, 3.0, 2.0])
    out = map_feature(a.reshape(-1, 1), b.reshape(-1, 1))
    ref = [[1] + [int(x) ** p * int(y) ** q for p, q in TERMS] for x, y in zip(a, b)]
    np.testing.assert_array_equal(out, np.array(ref, dtype=float))


def test_map_feature_powers_are_octaves():
    """Octave's .^ on a column squares and cubes by multiplying and calls pow for higher powers; on a
    scalar it calls pow for every power. x*x*x and pow(x, 3) differ in the last bit for about a quarter
    of arguments, so the cube column tells which was used."""
    x = np.random.default_rng(5).standard_normal(400) * 3
    ones = np.ones_like(x)
    out = map_feature(x, ones)
    np.testing.assert_array_equal(out[:, 3], x * x)  # X1^2 * X2^0
    np.testing.assert_array_equal(out[:, 6], x * x * x)  # X1^3
    np.testing.assert_array_equal(out[:, 10], [math.pow(v, 4) for v in x])  # X1^4
    assert np.any(x * x * x != [math.pow(v, 3) for v in x])  # the test can tell the two apart
    one_by_one = np.array([map_feature(v, 1.0)[0, 6] for v in x])
    np.testing.assert_array_equal(one_by_one, [math.pow(v, 3) for v in x])  # a scalar: pow


def test_map_feature_forms():
    a, b = [0.5, -1.0], [2.0, 3.0]
    ref = map_feature(np.array(a), np.array(b))
    np.testing.assert_array_equal(map_feature(np.array(a).reshape(-1, 1), b), ref)
    np.testing.assert_array_equal(map_feature(np.array([True, False]), np.int8([2, 3])), map_feature([1.0, 0.0], [2.0, 3.0]))
    np.testing.assert_array_equal(map_feature(1, 1), np.ones((1, 28)))
    row = map_feature(2.0, 0.0)[0]
    np.testing.assert_array_equal(row[[0, 1, 3, 6, 10, 15, 21]], [1, 2, 4, 8, 16, 32, 64])
    assert not row[[2, 4, 5, 7, 8, 9, 27]].any()


def test_map_feature_nan_spares_the_other_features_columns_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = map_feature([math.nan, 1.0], [2.0, 3.0])
        big = map_feature([1e200, 1.0], [0.0, 1.0])
    np.testing.assert_array_equal(out[0, [0, 2, 5, 9, 14, 20, 27]], [1, 2, 4, 8, 16, 32, 64])
    assert np.isnan(out[0, [1, 3, 4, 6, 7, 8]]).all()
    assert big[0, 3] == math.inf and math.isnan(big[0, 7])  # (1e200)^2 overflows; X1^2 * X2 is Inf * 0, NaN


def test_map_feature_on_ex2data2():
    d = datasets.load("ex2data2").values
    out = map_feature(d[:, 0], d[:, 1])
    assert out.shape == (118, 28)
    np.testing.assert_array_equal(out[:, 1:3], d[:, :2])


@pytest.mark.parametrize("call, message", [
    (lambda: map_feature(np.array([[1.0, 2.0]]), [1.0, 2.0]),
     "map_feature: X1 must be a real numeric column vector, got an array of size 1x2"),
    (lambda: map_feature(np.array([[1.0], [2.0]]), np.array([[1.0, 2.0]])),
     "map_feature: X2 must be an m-by-1 column (X1 is 2x1, so m = 2; X2 is 1x2)"),
    (lambda: map_feature(np.array([[1.0], [2.0]]), np.ones((3, 1))),
     "map_feature: X2 must be an m-by-1 column (X1 is 2x1, so m = 2; X2 is 3x1)"),
    (lambda: map_feature(np.ones((2, 1)), "ab"), 'map_feature: X2 must be a real numeric m-by-1 column, got "ab"'),
    (lambda: map_feature(np.zeros((0, 1)), np.zeros((0, 1))),
     "map_feature: X1 must be a real numeric column vector, got an array of size 0x1"),
])
def test_map_feature_refusals_word_for_word(call, message):
    with pytest.raises(ValueError) as info:
        call()
    assert str(info.value) == message


# ---- predict: the logistic form -----------------------------------------------------------------

def test_predict_logistic_is_0_or_1_where_sigmoid_reaches_one_half():
    X = np.array([[1, 0], [1, 0.5], [1, 1], [1, -3]])
    p = predict(np.array([-1.0, 2.0]), X)
    assert p.dtype == np.float64 and p.shape == (4,)
    np.testing.assert_array_equal(p, [0, 1, 1, 0])  # X @ theta = -1, 0 (sigmoid exactly 0.5), 1, -7
    pc = predict(np.array([[-1.0], [2.0]]), X)
    assert pc.shape == (4, 1)
    np.testing.assert_array_equal(pc.ravel(), p)


def test_predict_logistic_edge_cases_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert predict([1.0, 2.0], np.zeros((0, 2))).shape == (0,)
        np.testing.assert_array_equal(predict([math.nan, 1.0], np.ones((2, 2))), [0, 0])  # NaN >= 0.5 is false
        np.testing.assert_array_equal(predict([math.inf, 1.0], np.array([[1.0, 1.0], [1.0, -1.0]])), [1, 1])
        np.testing.assert_array_equal(predict([-math.inf, 1.0], np.array([[1.0, 1.0], [1.0, -1.0]])), [0, 0])
    np.testing.assert_array_equal(predict(np.int8([-1, 2]), np.array([[True, False], [True, True]])), [0, 1])


def test_predict_logistic_after_fitting_ex2data2():
    """ex2_reg: lambda 1, fmincg (MaxIter 400) from zeros: training accuracy 83.05% (the course: 83.1%)."""
    d = datasets.load("ex2data2").values
    X, y = map_feature(d[:, 0], d[:, 1]), d[:, 2]
    theta, _, _ = fmincg(cost_function_reg, np.zeros(28), {"MaxIter": 400, "Display": "off"}, X, y, 1.0)
    assert round(np.mean(predict(theta, X) == y) * 100, 1) == 83.1


# ---- predict: the network form ------------------------------------------------------------------

def _network_by_hand(Theta1, Theta2, X):
    """The forward pass written out row by row, labels 0-based."""
    def g(z):
        return 1 / (1 + math.exp(-z))
    labels = []
    for row in X:
        a1 = [1.0, *row]
        a2 = [1.0] + [g(sum(w * a for w, a in zip(t, a1))) for t in Theta1]
        a3 = [g(sum(w * a for w, a in zip(t, a2))) for t in Theta2]
        labels.append(a3.index(max(a3)))
    return labels


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_predict_network_against_a_loop(seed):
    rng = np.random.default_rng(seed)
    n, h, K, m = 4, 5, 3 + seed, 30
    Theta1, Theta2, X = rng.standard_normal((h, n + 1)), rng.standard_normal((K, h + 1)), rng.standard_normal((m, n))
    p = predict(Theta1, Theta2, X)
    assert p.dtype == np.intp and p.shape == (m,)
    np.testing.assert_array_equal(p, _network_by_hand(Theta1, Theta2, X))
    assert set(p) <= set(range(K))


def test_predict_network_labels_are_0_based():
    Theta1, Theta2 = np.array([[0.0, 20.0]]), np.array([[10.0, -20.0], [-10.0, 20.0]])
    np.testing.assert_array_equal(predict(Theta1, Theta2, np.array([[-1.0], [2.0], [-0.5], [0.3]])), [0, 1, 0, 1])
    # zero Theta1: every hidden unit 1/2; outputs sigmoid(1), sigmoid(-1), sigmoid(2): Octave's label 3
    Theta2 = np.array([[0, 1, 1], [0, -1, -1], [0, 2, 2]], dtype=float)
    np.testing.assert_array_equal(predict(np.zeros((2, 3)), Theta2, np.ones((3, 2))), [2, 2, 2])


def test_predict_network_ties_and_nan_as_octaves_max():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_array_equal(predict(np.zeros((1, 2)), np.zeros((3, 2)), np.array([[5.0], [6.0]])), [0, 0])
        assert predict(np.zeros((1, 2)), np.array([[math.nan, 0], [0, 0], [1, 1]]), np.ones((1, 1)))[0] == 2
        assert predict(np.zeros((1, 2)), np.array([[math.nan, 0], [math.nan, 0]]), np.ones((1, 1)))[0] == 0
        assert predict(np.ones((2, 3)), np.ones((4, 3)), np.zeros((0, 2))).shape == (0,)


@pytest.mark.parametrize("call, message", [
    (lambda: predict(np.array([[1.0, 2.0]]), np.ones((3, 2))),
     "predict: theta must be an n-by-1 column (X is 3x2, so n = 2; theta is 1x2)"),
    (lambda: predict([1.0, 2.0], "ab"), 'predict: X must be a real numeric matrix, got "ab"'),
    (lambda: predict(np.ones((2, 2)), np.ones((1, 3)), np.ones((3, 2))),
     "predict: Theta1 must have one column more than X (Theta1 is 2x2, X is 3x2)"),
    (lambda: predict(np.ones((2, 3)), np.ones((1, 2)), np.ones((3, 2))),
     "predict: Theta2 must have one column more than Theta1 has rows (Theta1 is 2x3, Theta2 is 1x2)"),
    (lambda: predict(np.ones((2, 3)), np.zeros((0, 3)), np.ones((3, 2))),
     "predict: Theta2 must have at least one row and one column (Theta2 is 0x3)"),
])
def test_predict_refusals_word_for_word(call, message):
    with pytest.raises(ValueError) as info:
        call()
    assert str(info.value) == message


# Octave's words for the same calls (octave/predict.m's %!error blocks, Octave 7.3).
@pytest.mark.parametrize("octave_message, call", [
    ("predict: THETA must be an N-by-1 column (X is 3x2, so N = 2; THETA is 1x2)",
     lambda: predict(np.ones((1, 2)), np.ones((3, 2)))),
    ("predict: THETA2 must have at least one row and one column (THETA2 is 0x3)",
     lambda: predict(np.ones((2, 3)), np.zeros((0, 3)), np.ones((3, 2)))),
    ("mapFeature: X2 must be an M-by-1 column (X1 is 2x1, so M = 2; X2 is 1x2)",
     lambda: map_feature(np.ones((2, 1)), np.ones((1, 2)))),
])
def test_refusals_say_what_octave_says(octave_message, call):
    with pytest.raises(ValueError) as info:
        call()
    assert same_refusal(octave_message, str(info.value), octave_message.partition(":")[0])


@pytest.mark.parametrize("args", [(), (1.0,), (1.0, 2.0, 3.0, 4.0)])
def test_predict_refuses_a_wrong_number_of_arguments(args):
    with pytest.raises(TypeError, match="predict"):
        predict(*args)
    if len(args) > 3:
        with pytest.raises(TypeError, match=r"^Invalid call to predict: .* got 4 arguments$"):
            predict(*args)

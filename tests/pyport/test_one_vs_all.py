"""pyport.one_vs_all (one_vs_all, predict_one_vs_all) without Octave (but the last tests): the training
loop against its definition, predictions by hand, Octave's max rules, forms and refusals."""

import numpy as np
import pytest

from pyport import fmincg, lr_cost_function, one_vs_all, predict_one_vs_all

T = np.arange(10) / 10
RING = np.c_[np.cos(2 * np.pi * T), np.sin(2 * np.pi * T)]
X = np.vstack([RING + [0, 3], RING + [3, -2], RING + [-3, -2]])  # three clusters
Y = np.repeat([0, 1, 2], 10)  # 0-based labels (Octave's 1, 2, 3)


# ---------------------------------------------------------------- one_vs_all

def test_each_class_told_from_the_others():
    all_theta = one_vs_all(X, Y, 3, 0.1)
    assert all_theta.shape == (3, 3) and all_theta.dtype == np.float64
    np.testing.assert_array_equal(predict_one_vs_all(all_theta, X), Y)


def test_row_c_is_fmincg_on_lr_cost_function_with_y_equal_c():
    """The definition: from zeros, 50 line searches, the labels (y == c) as a bool column, bit for bit."""
    all_theta = one_vs_all(X, Y, 3, 1.0)
    X1 = np.c_[np.ones(30), X]
    for c in range(3):
        theta = fmincg(lr_cost_function, np.zeros((3, 1)), {"MaxIter": 50}, X1, (Y == c).reshape(-1, 1), 1.0).x
        np.testing.assert_array_equal(all_theta[c], theta.ravel())


def test_the_cost_function_is_called_as_octave_calls_it():
    calls = []

    def spy(theta, X1, y_c, lam):
        calls.append((theta.shape, X1.shape, y_c.dtype, y_c.shape, lam))
        return lr_cost_function(theta, X1, y_c, lam)

    np.testing.assert_array_equal(one_vs_all(X, Y, 3, 1.0, spy), one_vs_all(X, Y, 3, 1.0))
    assert set(calls) == {((3, 1), (30, 3), np.dtype(bool), (30, 1), 1.0)}
    half = lambda *a: tuple(v / 2 for v in lr_cost_function(*a))  # noqa: E731 -- the same minimiser, near enough
    np.testing.assert_allclose(one_vs_all(X, Y, 3, 1.0, half), one_vs_all(X, Y, 3, 1.0), atol=1e-3)


def test_two_classes_are_one_problem_seen_from_both_sides():
    all_theta = one_vs_all(X[:20], Y[:20], 2, 1.0)
    np.testing.assert_allclose(all_theta[0], -all_theta[1], atol=1e-6)


def test_a_class_without_examples_says_no_everywhere():
    all_theta = one_vs_all(X, Y, 4, 1.0)
    assert np.all(np.c_[np.ones(30), X] @ all_theta[3] < 0)
    np.testing.assert_array_equal(all_theta[:3], one_vs_all(X, Y, 3, 1.0))


def test_forms_and_dtypes_give_the_same_numbers():
    ref = one_vs_all(np.round(X), Y, 3, 1.0)
    for y in (Y.reshape(-1, 1), Y.astype(float), Y.astype(np.int8), Y.tolist()):
        np.testing.assert_array_equal(one_vs_all(np.round(X), y, 3, 1.0), ref)
    np.testing.assert_array_equal(one_vs_all(np.round(X).astype(np.int16), Y, np.int64(3), np.array([[1]])), ref)
    np.testing.assert_array_equal(one_vs_all(X[:20] > 0, Y[:20] == 1, 2, True),
                                  one_vs_all((X[:20] > 0).astype(float), (Y[:20] == 1).astype(float), 2, 1.0))


def test_nonfinite_inputs_are_silent():
    Xn = X.copy()
    Xn[3, 1] = np.nan
    with np.errstate(all="raise"):
        all_theta = one_vs_all(Xn, Y, 3, 1.0)
    assert all_theta.shape == (3, 3)


MSG = "one_vs_all: y must hold a class label in each row, one of num_labels = 2 classes; its {} row does not"


@pytest.mark.parametrize("args, message", [
    ((np.ones((3, 2)), [0, 1, 2], 2, 0), MSG.format("3rd")),
    ((np.ones((3, 2)), [-1, 0, 1], 2, 0), MSG.format("1st")),
    ((np.ones((3, 2)), [0, 0.5, 1], 2, 0), "one_vs_all: y must hold class labels, whole numbers; its 2nd row is not one"),
    ((np.ones((3, 2)), [7, 1, np.nan], 2, 0), "one_vs_all: y must hold class labels, whole numbers; its 3rd row is not one"),
    ((np.ones((3, 2)), np.array([[0, 1, 0]]), 2, 0), "one_vs_all: y must be an m-by-1 column (X is 3x2, so m = 3; y is 1x3)"),
    ((np.ones((3, 2)), "abc", 2, 0), 'one_vs_all: y must be a real numeric m-by-1 column, got "abc"'),
    ((np.ones((3, 2)) * 1j, [0, 1, 0], 2, 0), "one_vs_all: X must be a real numeric matrix, got a complex array of size 3x2"),
    ((np.ones((0, 2)), [], 2, 0), "one_vs_all: X must have at least one row and one column (X is 0x2)"),
    ((np.ones((3, 2)), [0, 1, 0], 0, 0), "one_vs_all: num_labels must be a positive integer, got 0"),
    ((np.ones((3, 2)), [0, 1, 0], 2.5, 0), "one_vs_all: num_labels must be a positive integer, got 2.5"),
    ((np.ones((3, 2)), [0, 1, 0], 1e10, 0),
     "one_vs_all: num_labels is too large (1e+10): all_theta would have 3e+10 elements, more than 2^31-1"),
    ((np.ones((3, 2)), [0, 1, 0], 2, [1, 2]), "one_vs_all: lambda_ must be a real scalar, got a 1-D array of length 2"),
    ((np.ones((3, 2)), [0, 1, 0], 2, 0, 5), "one_vs_all: the cost function must be callable, got 5"),
])
def test_refusals_word_for_word(args, message):
    with pytest.raises(ValueError) as info:
        one_vs_all(*args)
    assert str(info.value) == message


# ---------------------------------------------------------------- predict_one_vs_all

def test_predictions_by_hand():
    all_theta = np.array([[0, 1, 0], [0, 0, 1], [0, -1, -1]])  # scores x1, x2, -(x1 + x2)
    p = predict_one_vs_all(all_theta, np.array([[2, 1], [1, 2], [-1, -1], [5, -5]]))
    np.testing.assert_array_equal(p, [0, 1, 2, 0])
    assert p.dtype == np.intp and p.shape == (4,)


def test_ties_go_to_the_first_class():
    np.testing.assert_array_equal(predict_one_vs_all([[0, 1], [0, 1], [0.5, 0]], [[1], [0.25], [0.5]]), [0, 2, 0])


def test_nan_scores_are_passed_over_as_by_octaves_max():
    np.testing.assert_array_equal(predict_one_vs_all([[0, 1], [0, -1], [1, 0]], [[np.inf], [-np.inf], [np.nan]]), [0, 1, 0])
    np.testing.assert_array_equal(predict_one_vs_all([[np.nan, 0], [0, 1]], [[1], [-2]]), [1, 1])
    with np.errstate(all="raise"):
        predict_one_vs_all([[np.inf, 0], [0, 1]], [[np.nan], [0]])


def test_shapes_and_forms():
    assert predict_one_vs_all(np.ones((3, 3)), np.zeros((0, 2))).shape == (0,)
    np.testing.assert_array_equal(predict_one_vs_all([[1, 2, 3]], [[1, 2], [3, 4]]), [0, 0])
    np.testing.assert_array_equal(predict_one_vs_all([[0, 1], [0, -1]], np.array([[True], [False]])), [0, 0])
    np.testing.assert_array_equal(predict_one_vs_all([[0, 1], [0, -1]], np.array([[1], [-1]], dtype=np.int8)), [0, 1])


@pytest.mark.parametrize("args, message", [
    ((np.ones((3, 2)), np.ones((4, 2))),
     "all_theta must have one column more than X, for the intercept (all_theta is 3x2, X is 4x2)"),
    ((np.ones((0, 3)), np.ones((4, 2))), "all_theta must have at least one row and one column (all_theta is 0x3)"),
    ((np.ones((3, 2)), "x"), 'X must be a real numeric matrix, got "x"'),
    ((np.ones((2, 2, 2)), np.ones((4, 1))), "all_theta must be a real numeric matrix, got an array of size 2x2x2"),
    ((np.ones(3), np.ones((4, 2))), "all_theta must be a real numeric matrix, got a 1-D array of length 3"),
])
def test_predict_refusals_word_for_word(args, message):
    with pytest.raises(ValueError) as info:
        predict_one_vs_all(*args)
    assert str(info.value) == f"predict_one_vs_all: {message}"


# ---------------------------------------------------------------- against Octave

@pytest.mark.octave
def test_octave_trains_and_predicts_the_same_labels_plus_one(octave):
    """Octave's oneVsAll on the same clusters, its labels 1-based: all_theta within 1e-6 (fmincg's
    own chaos at its optimum is ~1e-8; the cross-check holds it to a measured floor), the same
    predictions plus 1."""
    from crosscheck.session import Call  # noqa: PLC0415

    (train,) = octave.call_many([Call(function="oneVsAll", args=(X, (Y + 1.0).reshape(-1, 1), 3.0, 0.1), nout=1)])
    assert train.status.value == "ok", train.message
    all_theta_oct = np.asarray(train.outputs[0])
    np.testing.assert_allclose(one_vs_all(X, Y, 3, 0.1), all_theta_oct, rtol=0, atol=1e-6)
    rng = np.random.default_rng(3)
    points = rng.uniform(-5, 5, (200, 2))
    (pred,) = octave.call_many([Call(function="predictOneVsAll", args=(all_theta_oct, points), nout=1)])
    np.testing.assert_array_equal(predict_one_vs_all(all_theta_oct, points) + 1, np.ravel(pred.outputs[0]))

"""pyport.learning_curves without Octave: each entry is the unregularised cost of train_linear_reg's
fit; noise-free lines; the forms; the refusals word for word."""

import numpy as np
import pytest

from pyport import (LearningCurve, ValidationCurve, learning_curve, linear_reg_cost_function, train_linear_reg,
                    validation_curve)

X6 = np.column_stack([np.ones(6), [-1, -0.5, 0, 0.4, 0.8, 1.3], [0.2, -0.9, 0.5, 1, -0.3, 0.1]])
Y6 = np.array([0.3, -1.2, 0.8, 2, 0.1, 1.4])
XVAL = np.column_stack([np.ones(4), [-0.8, 0.1, 0.6, 1.1], [0.3, -0.2, 0.7, -1]])
YVAL = np.array([-0.5, 0.4, 1.2, 0.9])
LINE = np.c_[np.ones(5), np.arange(5.0)]
LINE_VAL = np.c_[np.ones(3), [0.5, 2.5, 7.0]]


def test_learning_curve_entries_are_the_costs_of_each_fit():
    got = learning_curve(X6, Y6, XVAL, YVAL, 1)
    assert isinstance(got, LearningCurve) and got.error_train.shape == (6,) and got.error_val.shape == (6,)
    for i in range(1, 7):
        theta = train_linear_reg(X6[:i], Y6[:i], 1)
        assert got.error_train[i - 1] == linear_reg_cost_function(X6[:i], Y6[:i], theta, 0).f
        assert got.error_val[i - 1] == linear_reg_cost_function(XVAL, YVAL, theta, 0).f


def test_learning_curve_on_a_noise_free_line():
    error_train, error_val = learning_curve(LINE, 1 + 2 * LINE[:, 1], LINE_VAL, 1 + 2 * LINE_VAL[:, 1], 0)
    np.testing.assert_allclose(error_train, np.zeros(5), rtol=0, atol=1e-12)
    np.testing.assert_allclose(error_val[1:], np.zeros(4), rtol=0, atol=1e-12)
    # one example: the minimum-norm fit theta = [1, 0] misses 2, 6 and 15 by 1, 5 and 14
    assert error_val[0] == pytest.approx((1 + 25 + 196) / 6, rel=1e-9)


def test_learning_curve_forms():
    col = learning_curve(X6, Y6.reshape(-1, 1), XVAL, YVAL, 0.5)
    flat = learning_curve(X6, Y6, XVAL, YVAL.reshape(-1, 1), 0.5)
    assert col.error_train.shape == (6, 1) and col.error_val.shape == (6, 1) and flat.error_val.shape == (6,)
    np.testing.assert_array_equal(col.error_train.ravel(), flat.error_train)
    np.testing.assert_array_equal(col.error_val.ravel(), flat.error_val)


def test_validation_curve_entries_and_lambdas():
    got = validation_curve(X6, Y6, XVAL, YVAL)
    assert isinstance(got, ValidationCurve)
    np.testing.assert_array_equal(got.lambda_vec, [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10])
    for k in (0, 4, 9):
        theta = train_linear_reg(X6, Y6, got.lambda_vec[k])
        assert got.error_train[k] == linear_reg_cost_function(X6, Y6, theta, 0).f
        assert got.error_val[k] == linear_reg_cost_function(XVAL, YVAL, theta, 0).f
    assert (np.diff(got.error_train) > -1e-12).all()  # the training error only grows with lambda


def test_validation_curve_on_a_noise_free_line_picks_lambda_zero():
    lambda_vec, error_train, error_val = validation_curve(LINE, 1 + 2 * LINE[:, 1], LINE_VAL, 1 + 2 * LINE_VAL[:, 1])
    assert error_val[0] == pytest.approx(0, abs=1e-12)
    assert (np.diff(error_val) > 0).all()
    assert lambda_vec[np.argmin(error_val)] == 0


def test_validation_curve_forms():
    col = validation_curve(X6, Y6.reshape(-1, 1), XVAL, YVAL)
    assert all(v.shape == (10, 1) for v in col)
    flat = validation_curve(X6, Y6, XVAL, YVAL)
    assert all(v.shape == (10,) for v in flat)
    for a, b in zip(col, flat):
        np.testing.assert_array_equal(a.ravel(), b)


BAD = [
    ((np.ones((3, 2)), [1.0, 2.0], np.ones((2, 2)), [1.0, 2.0]),
     "{f}: y must be an m-by-1 column (X is 3x2, so m = 3; y is a 1-D array of length 2)"),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], "a", [1.0, 2.0]), '{f}: Xval must be a real numeric matrix, got "a"'),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], np.ones((2, 3)), [1.0, 2.0]),
     "{f}: Xval must have the columns of X, one per parameter (X is 3x2; Xval is 2x3)"),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], np.ones((2, 2)), [1.0, 2.0, 3.0]),
     "{f}: yval must be an mval-by-1 column (Xval is 2x2, so mval = 2; yval is a 1-D array of length 3)"),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], np.ones((2, 2)), "ab"), '{f}: yval must be a real numeric mval-by-1 column, got "ab"'),
]


@pytest.mark.parametrize("args, message", BAD)
def test_refusals(args, message):
    with pytest.raises(ValueError) as info:
        validation_curve(*args)
    assert str(info.value) == message.format(f="validation_curve")
    with pytest.raises(ValueError) as info:
        learning_curve(*args, 0)
    assert str(info.value) == message.format(f="learning_curve")


def test_learning_curve_refuses_a_bad_lambda():
    with pytest.raises(ValueError) as info:
        learning_curve(np.ones((3, 2)), [1.0, 2.0, 3.0], np.ones((2, 2)), [1.0, 2.0], [])
    assert str(info.value) == "learning_curve: lambda_ must be a real scalar, got a 1-D array of length 0"


def test_the_checker_returns_columns_and_the_form_of_y():
    from pyport._check_bias_variance import check_bias_variance_args

    X, y, Xval, yval, y_1d = check_bias_variance_args("f", np.ones((3, 2), dtype=int), [1, 2, 3], np.ones((2, 2)),
                                                      np.array([True, False]))
    assert y_1d and y.shape == (3, 1) and yval.shape == (2, 1)
    assert X.dtype == y.dtype == Xval.dtype == yval.dtype == np.float64
    np.testing.assert_array_equal(yval, [[1.0], [0.0]])
    with pytest.raises(ValueError) as info:
        check_bias_variance_args("f", np.ones((3, 2)), [1, 2, 3], np.ones((2, 1)), [1, 2])
    assert str(info.value) == "f: Xval must have the columns of X, one per parameter (X is 3x2; Xval is 2x1)"


@pytest.mark.octave
def test_both_sides_answer_the_exercises_question_alike(octave):
    """ex5 in miniature (normalised powers 1 to 3 of one feature): Octave and the port pick the same
    lambda from the validation curve, and their errors agree to where fmincg stops."""
    rng = np.random.default_rng(11)
    x, xval = rng.uniform(-2, 2, 12), rng.uniform(-2, 2, 10)
    P, Pval = (np.column_stack([v, v * v, v * v * v]) for v in (x, xval))
    mu, sigma = P.mean(0), P.std(0, ddof=1)
    X, Xval = np.c_[np.ones(12), (P - mu) / sigma], np.c_[np.ones(10), (Pval - mu) / sigma]
    y = (np.sin(2 * x) + 0.2 * rng.standard_normal(12)).reshape(-1, 1)
    yval = (np.sin(2 * xval) + 0.2 * rng.standard_normal(10)).reshape(-1, 1)
    lambda_vec, error_train, error_val = octave.call("validationCurve", X, y, Xval, yval, nout=3).outputs
    mine = validation_curve(X, y, Xval, yval)
    np.testing.assert_array_equal(mine.lambda_vec, lambda_vec)
    np.testing.assert_allclose(mine.error_train, error_train, rtol=1e-6)
    np.testing.assert_allclose(mine.error_val, error_val, rtol=1e-6)
    assert np.argmin(mine.error_val) == np.argmin(error_val)

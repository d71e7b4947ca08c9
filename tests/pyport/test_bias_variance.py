"""pyport.bias_variance without Octave: linear_reg_cost_function against hand values, a plain-Python
loop and central differences; train_linear_reg against the regularised normal equations;
poly_features against exact powers."""

import math
import warnings

import numpy as np
import pytest

from pyport import compute_cost_multi, linear_reg_cost_function, poly_features, train_linear_reg

X3 = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
X6 = np.column_stack([np.ones(6), [-1, -0.5, 0, 0.4, 0.8, 1.3], [0.2, -0.9, 0.5, 1, -0.3, 0.1]])
Y6 = np.array([0.3, -1.2, 0.8, 2, 0.1, 1.4])


def loop_cost(X, y, theta, lam):
    """J and grad of regularised linear regression, one example at a time."""
    m = len(X)
    J, grad = 0.0, [0.0] * len(theta)
    for row, target in zip(X, y):
        err = sum(t * v for t, v in zip(theta, row)) - target
        J += err * err / (2 * m)
        for j, v in enumerate(row):
            grad[j] += err * v / m
    for j in range(1, len(theta)):
        J += lam / (2 * m) * theta[j] ** 2
        grad[j] += lam / m * theta[j]
    return J, grad


def exact_fit(X, y, lam):
    """The minimiser: (X'X + lam * diag(0, 1, ..., 1)) theta = X'y."""
    D = np.eye(X.shape[1])
    D[0, 0] = 0
    return np.linalg.solve(X.T @ X + lam * D, X.T @ y)


# ---- linear_reg_cost_function -------------------------------------------------------------------

def test_cost_by_hand():
    # predictions 1, 2, 3 against 1, 2, 4: one error of -1; lambda 3 adds 3/6 * theta[1]**2
    J, grad = linear_reg_cost_function(X3, [1.0, 2.0, 4.0], [1.0, 1.0], 0)
    assert J == pytest.approx(1 / 6, abs=1e-16) and type(J) is float
    np.testing.assert_allclose(grad, [-1 / 3, -2 / 3], rtol=0, atol=1e-16)
    J, grad = linear_reg_cost_function(X3, [1.0, 2.0, 4.0], [1.0, 1.0], 3)
    assert J == pytest.approx(1 / 6 + 1 / 2, abs=1e-15)
    np.testing.assert_allclose(grad, [-1 / 3, 1 / 3], rtol=0, atol=1e-15)


@pytest.mark.parametrize("lam", [0.0, 0.7, 20.0])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cost_against_a_loop_and_central_differences(lam, seed):
    rng = np.random.default_rng(seed)
    m, n = 5 + seed, 1 + seed
    X = np.column_stack([np.ones(m), rng.standard_normal((m, n - 1))])
    y, theta = rng.standard_normal(m), rng.standard_normal(n)
    J, grad = linear_reg_cost_function(X, y, theta, lam)
    ref_J, ref_grad = loop_cost(X.tolist(), y.tolist(), theta.tolist(), lam)
    assert J == pytest.approx(ref_J, rel=1e-13)
    np.testing.assert_allclose(grad, ref_grad, rtol=1e-12, atol=1e-14)
    e = 1e-6
    numeric = [(linear_reg_cost_function(X, y, theta + s, lam)[0] - linear_reg_cost_function(X, y, theta - s, lam)[0])
               / (2 * e) for s in np.eye(n) * e]
    np.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-8)


def test_cost_with_lambda_zero_is_compute_cost_multi_to_the_bit():
    theta = np.array([0.5, -1.0, 2.0])
    assert linear_reg_cost_function(X6, Y6, theta, 0).f == compute_cost_multi(X6, Y6, theta)


def test_the_intercept_is_not_penalised():
    Ja, ga = linear_reg_cost_function(X6, Y6, [3.0, 0.0, 0.0], 0)
    Jb, gb = linear_reg_cost_function(X6, Y6, [3.0, 0.0, 0.0], 100)
    assert Ja == Jb
    np.testing.assert_array_equal(ga, gb)
    # an intercept alone (n = 1): nothing to regularise, a float, not an empty array
    J, grad = linear_reg_cost_function(np.ones((3, 1)), [1.0, 2.0, 3.0], [1.0], 5)
    assert J == pytest.approx(5 / 6, abs=1e-15) and type(J) is float
    np.testing.assert_allclose(grad, [-1.0], rtol=0, atol=1e-15)


def test_cost_forms():
    t = np.array([0.3, -0.8])
    J1, g1 = linear_reg_cost_function(X3, [1.0, 2.0, 4.0], t, 1)
    J2, g2 = linear_reg_cost_function(X3, [[1.0], [2.0], [4.0]], t.reshape(-1, 1), 1)
    assert g1.shape == (2,) and g2.shape == (2, 1)
    assert J1 == J2
    np.testing.assert_array_equal(g2.ravel(), g1)
    # logical y, int X and an int lambda are their values
    J3, g3 = linear_reg_cost_function(X3.astype(int), np.array([True, False, True]), t, np.int64(1))
    J4, g4 = linear_reg_cost_function(X3, [1.0, 0.0, 1.0], t, 1.0)
    assert J3 == J4
    np.testing.assert_array_equal(g3, g4)


def test_cost_nonfinite_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        J, grad = linear_reg_cost_function([[1, np.nan], [1, 2]], [1, 2], [1, 1], 1)
        assert math.isnan(J) and np.isnan(grad).all()
        J, grad = linear_reg_cost_function([[1, 2], [1, 3]], [1, 2], [1, np.inf], 1)
        assert J == math.inf and (grad == math.inf).all()
        assert math.isnan(linear_reg_cost_function([[1, 2], [1, 3]], [1, 2], [1, np.inf], 0).f)  # 0 * Inf


@pytest.mark.parametrize("args, message", [
    (({1: 2}, [1.0], [1.0], 0), "linear_reg_cost_function: X must be a real numeric matrix, got a struct"),
    ((np.ones((3, 2)), np.array([[1.0, 2.0, 3.0]]), [1.0, 1.0], 0),
     "linear_reg_cost_function: y must be an m-by-1 column (X is 3x2, so m = 3; y is 1x3)"),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], np.array([[1.0, 1.0]]), 0),
     "linear_reg_cost_function: theta must be an n-by-1 column (X is 3x2, so n = 2; theta is 1x2)"),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], [1.0, 1.0], "a"), 'linear_reg_cost_function: lambda_ must be a real scalar, got "a"'),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], [1.0, 1.0], [1.0, 2.0]),
     "linear_reg_cost_function: lambda_ must be a real scalar, got a 1-D array of length 2"),
])
def test_cost_refusals(args, message):
    with pytest.raises(ValueError) as info:
        linear_reg_cost_function(*args)
    assert str(info.value) == message


# ---- train_linear_reg ---------------------------------------------------------------------------

@pytest.mark.parametrize("lam", [0.0, 0.5, 3.0])
def test_train_reaches_the_normal_equations(lam):
    # where the cost is flat to rounding: about 1e-8 of theta (2.4e-8 at worst over 200 random problems)
    theta = train_linear_reg(X6, Y6, lam)
    assert theta.shape == (3,)
    np.testing.assert_allclose(theta, exact_fit(X6, Y6, lam), rtol=0, atol=1e-7)


def test_train_exact_line_and_heavy_penalty():
    X = np.c_[np.ones(4), np.arange(4.0)]
    np.testing.assert_allclose(train_linear_reg(X, [1.0, 3.0, 5.0, 7.0], 0), [1, 2], rtol=0, atol=1e-7)
    theta = train_linear_reg(X, [1.0, 3.0, 5.0, 7.0], 1e6)  # the slope flattens, the intercept tends to mean(y)
    assert abs(theta[1]) < 1e-4 and theta[0] == pytest.approx(4, abs=1e-3)


def test_train_minimum_norm_and_intercept_alone():
    np.testing.assert_allclose(train_linear_reg([[1.0, 2.0]], [5.0], 0), [1.0, 2.0], rtol=0, atol=1e-12)
    np.testing.assert_allclose(train_linear_reg(np.ones((4, 1)), [1.0, 2.0, 3.0, 6.0], 2), [3.0], rtol=0, atol=1e-12)


def test_train_forms():
    col = train_linear_reg(X6, Y6.reshape(-1, 1), 1)
    flat = train_linear_reg(X6, Y6, 1)
    assert col.shape == (3, 1) and flat.shape == (3,)
    np.testing.assert_array_equal(col.ravel(), flat)
    np.testing.assert_array_equal(train_linear_reg(X3, [False, True, True], True), train_linear_reg(X3, [0.0, 1.0, 1.0], 1.0))


@pytest.mark.parametrize("args, message", [
    ((np.zeros((0, 2)), np.zeros(0), 0), "train_linear_reg: X must have at least one row and one column (X is 0x2)"),
    ((np.ones((3, 2)), [1.0, 2.0], 0), "train_linear_reg: y must be an m-by-1 column (X is 3x2, so m = 3; y is a 1-D array of length 2)"),
    ((np.ones((3, 2)), [1.0, 2.0, 3.0], None), "train_linear_reg: lambda_ must be a real scalar, got None"),
])
def test_train_refusals(args, message):
    with pytest.raises(ValueError) as info:
        train_linear_reg(*args)
    assert str(info.value) == message


# ---- poly_features ------------------------------------------------------------------------------

def test_poly_features_exact_powers():
    np.testing.assert_array_equal(poly_features([1.0, 2.0, -3.0], 4), [[1, 1, 1, 1], [2, 4, 8, 16], [-3, 9, -27, 81]])
    np.testing.assert_array_equal(poly_features(np.array([[2.0], [5.0]]), 1), [[2.0], [5.0]])
    assert poly_features(0.5, 8).shape == (1, 8)


def test_poly_features_are_repeated_products():
    x = np.array([-0.7, 0.3, 1.9, 12.5])
    X_poly = poly_features(x, 8)
    np.testing.assert_allclose(X_poly, x[:, None] ** np.arange(1, 9), rtol=8 * np.finfo(float).eps, atol=0)
    for j in range(1, 8):
        np.testing.assert_array_equal(X_poly[:, j], X_poly[:, j - 1] * x)


def test_poly_features_forms_and_nonfinite():
    np.testing.assert_array_equal(poly_features([True, False], np.int8(3)), [[1, 1, 1], [0, 0, 0]])
    assert poly_features(np.float32(2), 2).dtype == np.float64
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = poly_features([np.nan, np.inf, -np.inf, 1e200], 3)
    np.testing.assert_array_equal(got, [[np.nan] * 3, [np.inf] * 3, [-np.inf, np.inf, -np.inf], [1e200, np.inf, np.inf]])


@pytest.mark.parametrize("args, message", [
    ((np.array([[1.0, 2.0, 3.0]]), 2), "poly_features: X must be a real numeric column vector, got an array of size 1x3"),
    ((np.zeros((0, 1)), 2), "poly_features: X must be a real numeric column vector, got an array of size 0x1"),
    (([1.0, 2.0], 0), "poly_features: p must be a positive integer, got 0"),
    (([1.0, 2.0], 2.5), "poly_features: p must be a positive integer, got 2.5"),
    (([1.0, 2.0, 3.0], 1e10), "poly_features: p is too large (1e+10): X_poly would have 3e+10 elements, more than 2^31-1"),
])
def test_poly_features_refusals(args, message):
    with pytest.raises(ValueError) as info:
        poly_features(*args)
    assert str(info.value) == message


# ---- against Octave -----------------------------------------------------------------------------

@pytest.mark.octave
def test_poly_features_and_cost_agree_with_octave(octave):
    """polyFeatures to the bit on levels of ex5's size (powers up to ~1e13); the cost to 1e-13."""
    x = np.random.default_rng(5).uniform(-50, 40, (12, 1))
    got = octave.call("polyFeatures", x, 8.0)
    np.testing.assert_array_equal(poly_features(x, 8), got.outputs[0])
    X = np.c_[np.ones(6), X6[:, 1:]]
    J, grad = octave.call("linearRegCostFunction", X, Y6.reshape(-1, 1), np.array([[0.5], [-1.0], [2.0]]), 1.5,
                          nout=2).outputs
    mine = linear_reg_cost_function(X, Y6.reshape(-1, 1), np.array([[0.5], [-1.0], [2.0]]), 1.5)
    np.testing.assert_allclose(mine.f, np.asarray(J).item(), rtol=1e-13)
    np.testing.assert_allclose(mine.g, grad, rtol=1e-13, atol=1e-15)


@pytest.mark.octave
def test_train_agrees_with_octave_near_the_minimiser(octave):
    """Both fits stop where the cost is flat to rounding: within 1e-7 of the minimiser, so of each other."""
    theta = np.asarray(octave.call("trainLinearReg", X6, Y6.reshape(-1, 1), 0.5).outputs[0])
    np.testing.assert_allclose(train_linear_reg(X6, Y6.reshape(-1, 1), 0.5), theta, rtol=0, atol=2e-7)
    np.testing.assert_allclose(theta.ravel(), exact_fit(X6, Y6, 0.5), rtol=0, atol=1e-7)

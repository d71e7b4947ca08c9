"""pyport.logistic_regression.lr_cost_function without Octave: hand values, a plain-Python loop,
central differences."""

import math

import numpy as np
import pytest

from pyport import lr_cost_function


def central_difference(f, theta, e=1e-6):
    steps = np.eye(theta.size) * e
    return np.array([(f(theta + s) - f(theta - s)) / (2 * e) for s in steps])


LR_X = [[1, 2], [1, -1], [1, 0.5], [1, 3]]
LR_Y = [1, 0, 1, 0]


def loop_lr(theta, X, y, lam):
    """J and grad of regularised logistic regression, one example at a time."""
    m = len(X)
    J, grad = 0.0, [0.0] * len(theta)
    for row, label in zip(X, y):
        h = 1 / (1 + math.exp(-sum(t * v for t, v in zip(theta, row))))
        J -= label * math.log(h) + (1 - label) * math.log(1 - h)
        for j, v in enumerate(row):
            grad[j] += (h - label) * v / m
    for j in range(1, len(theta)):
        J += lam / 2 * theta[j] ** 2
        grad[j] += lam / m * theta[j]
    return J / m, grad


def test_lr_at_theta_zero():
    X = [[1, 2], [1, -1], [1, 0.5]]
    y = [1, 0, 1]
    J, grad = lr_cost_function([0.0, 0.0], np.array(X), np.array(y), 3)
    assert J == pytest.approx(math.log(2), abs=2.3e-16) and type(J) is float
    ref = [sum(X[i][j] * (0.5 - y[i]) for i in range(3)) / 3 for j in range(2)]  # (-0.5/3, -1.75/3)
    np.testing.assert_allclose(grad, ref, rtol=0, atol=1e-16)
    np.testing.assert_allclose(grad, [-1 / 6, -7 / 12], rtol=0, atol=1e-16)


def test_lr_penalty_skips_the_intercept():
    t = np.array([0.3, -0.8])
    J0, g0 = lr_cost_function(t, np.array(LR_X), np.array(LR_Y), 0)
    J1, g1 = lr_cost_function(t, np.array(LR_X), np.array(LR_Y), 2)
    assert J1 - J0 == pytest.approx(2 / 8 * 0.64, abs=1e-15)
    assert g1[0] == g0[0]
    assert g1[1] - g0[1] == pytest.approx(2 / 4 * -0.8, abs=1e-15)
    # a pure intercept is never penalised
    Ja, _ = lr_cost_function(np.array([1.7, 0.0]), np.array(LR_X), np.array(LR_Y), 0)
    Jb, _ = lr_cost_function(np.array([1.7, 0.0]), np.array(LR_X), np.array(LR_Y), 50)
    assert Ja == Jb


@pytest.mark.parametrize("lam", [0.0, 1.5, 10.0])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lr_against_a_loop_and_central_differences(lam, seed):
    rng = np.random.default_rng(seed)
    m, n = 7 + seed, 2 + seed
    X = np.column_stack([np.ones(m), rng.standard_normal((m, n - 1))])
    y = (rng.random(m) < 0.5).astype(float)
    theta = rng.standard_normal(n)
    J, grad = lr_cost_function(theta, X, y, lam)
    ref_J, ref_grad = loop_lr(theta.tolist(), X.tolist(), y.tolist(), lam)
    assert J == pytest.approx(ref_J, rel=1e-13)
    np.testing.assert_allclose(grad, ref_grad, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(grad, central_difference(lambda p: lr_cost_function(p, X, y, lam)[0], theta),
                               rtol=1e-6, atol=1e-8)


def test_lr_forms():
    X, y, t = np.array(LR_X), np.array(LR_Y), np.array([0.3, -0.8])
    J1, g1 = lr_cost_function(t, X, y, 1)
    J2, g2 = lr_cost_function(t.reshape(-1, 1), X, y.reshape(-1, 1), 1)
    J3, g3 = lr_cost_function(t, X, y.reshape(-1, 1), 1)
    assert g1.shape == (2,) and g2.shape == (2, 1) and g3.shape == (2,)
    assert J1 == J2 == J3
    np.testing.assert_array_equal(g2.ravel(), g1)
    np.testing.assert_array_equal(t, [0.3, -0.8])


@pytest.mark.parametrize("args, name", [
    (([0.0, 0.0], np.ones(3), [1, 0, 1], 0), "X"),
    (([0.0, 0.0], np.ones((3, 2)), np.array([[1, 0, 1]]), 0), "y"),
    (([0.0, 0.0], np.ones((3, 2)), [1, 0], 0), "y"),
    ((np.zeros((1, 2)), np.ones((3, 2)), [1, 0, 1], 0), "theta"),
    (([0.0, 0.0, 0.0], np.ones((3, 2)), [1, 0, 1], 0), "theta"),
    (([0.0, 0.0], np.ones((3, 2)), [1, 0, 1], "a"), "lambda_"),
    (([0.0, 0.0], np.ones((3, 2)), [1, 0, 1], [1.0, 2.0]), "lambda_"),
    (([0.0, 0.0], np.ones((3, 2)), [1, 0, 1], 1j), "lambda_"),
])
def test_lr_errors(args, name):
    with pytest.raises(ValueError, match=rf"^lr_cost_function: {name} "):
        lr_cost_function(*args)


def test_the_courses_published_check_with_logical_labels():
    """ex3's check, y logical as the course builds it: cost 2.534819, gradient 0.146561, -0.548558,
    0.724722, 1.398003 (6 figures); a bool y is its 1s and 0s."""
    X = np.column_stack([np.ones(5), np.arange(1, 16).reshape(5, 3, order="F") / 10])
    y = np.array([[1], [0], [1], [0], [1]]) >= 0.5
    J, grad = lr_cost_function(np.array([[-2.0], [-1.0], [1.0], [2.0]]), X, y, 3)
    assert abs(J - 2.534819) < 5e-7
    np.testing.assert_allclose(grad.ravel(), [0.146561, -0.548558, 0.724722, 1.398003], rtol=0, atol=5e-7)
    J0, grad0 = lr_cost_function(np.array([[-2.0], [-1.0], [1.0], [2.0]]), X, y.astype(float), 3)
    assert J == J0
    np.testing.assert_array_equal(grad, grad0)

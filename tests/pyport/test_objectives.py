"""pyport.objectives (rosenbrock, quadratic_cost) without Octave: hand values, scipy and plain-Python
references, central differences."""

import math

import numpy as np
import pytest
import scipy.optimize

from pyport import quadratic_cost, rosenbrock


def central_difference(f, theta, e=1e-6):
    steps = np.eye(theta.size) * e
    return np.array([(f(theta + s) - f(theta - s)) / (2 * e) for s in steps])


def spd(n, seed):
    rng = np.random.default_rng(seed)
    M = rng.standard_normal((n, n))
    return M @ M.T + n * np.eye(n), rng.standard_normal(n), rng.standard_normal(n)

# ---------------------------------------------------------------- rosenbrock

def test_rosenbrock_minimum():
    for n in (2, 3, 7):
        f, g = rosenbrock(np.ones(n))
        assert f == 0.0 and type(f) is float
        np.testing.assert_array_equal(g, np.zeros(n))


def test_rosenbrock_standard_start():
    f, g = rosenbrock([-1.2, 1.0])  # 100*(1 - 1.44)^2 + 2.2^2 = 19.36 + 4.84
    assert f == pytest.approx(24.2, abs=1e-12)
    np.testing.assert_allclose(g, [-215.6, -88.0], rtol=0, atol=1e-12)


def test_rosenbrock_integer_point_by_hand():
    # x = (0, 1, 2): terms 100*1 + 1 and 100*1 + 0; g = (-2, -400 + 200, 200)
    f, g = rosenbrock(np.array([0, 1, 2]))
    assert f == 201.0
    np.testing.assert_array_equal(g, [-2.0, -200.0, 200.0])
    assert g.dtype == np.float64


@pytest.mark.parametrize("n", range(2, 11))
def test_rosenbrock_against_scipy_and_central_differences(n):
    x = np.random.default_rng(n).uniform(-2, 2, n)
    f, g = rosenbrock(x)
    assert f == pytest.approx(scipy.optimize.rosen(x), rel=1e-13)
    np.testing.assert_allclose(g, scipy.optimize.rosen_der(x), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(g, central_difference(lambda p: rosenbrock(p)[0], x), rtol=1e-6, atol=1e-5)


def test_rosenbrock_forms():
    x = np.array([0.3, -0.7, 1.1, 2.0])
    before = x.copy()
    f1, g1 = rosenbrock(x)
    f2, g2 = rosenbrock(x.reshape(-1, 1))
    assert g1.shape == (4,) and g2.shape == (4, 1)
    assert f1 == f2
    np.testing.assert_array_equal(g1, g2.ravel())
    np.testing.assert_array_equal(x, before)
    f3, g3 = rosenbrock(x.tolist())
    assert f3 == f1 and g3.shape == (4,)


@pytest.mark.parametrize("bad", [[1.0], [[1.0]], 1.0, np.zeros((1, 2)), np.zeros((2, 2)), np.zeros(0),
                                 np.array([1 + 1j, 2]), np.array(["a", "b"])],
                         ids=["one", "one-column", "scalar", "row", "matrix", "empty", "complex", "text"])
def test_rosenbrock_errors(bad):
    with pytest.raises(ValueError, match=r"^rosenbrock: x "):
        rosenbrock(bad)


# ---------------------------------------------------------------- quadratic_cost

def test_quadratic_cost_by_hand():
    f, g = quadratic_cost([1.0, 1.0], np.array([[2.0, 0.0], [0.0, 4.0]]), [1.0, 1.0])
    assert f == 1.0 and type(f) is float  # 0.5 * (2 + 4) - 2
    np.testing.assert_array_equal(g, [1.0, 3.0])
    f, g = quadratic_cost([3.0], [[2.0]], [1.0])  # 0.5 * 2 * 9 - 3
    assert f == 6.0
    np.testing.assert_array_equal(g, [5.0])
    f, g = quadratic_cost([1.0, -2.0], [[3.0, 1.0], [1.0, 2.0]], [1.0, -1.0])  # Ax = (1, -3)
    assert f == 0.5 * (1 + 6) - 3
    np.testing.assert_array_equal(g, [0.0, -2.0])


@pytest.mark.parametrize("n", [1, 2, 5, 9])
def test_quadratic_cost_against_a_loop(n):
    A, b, x = spd(n, n)
    f, g = quadratic_cost(x, A, b)
    rows = [[A[i, j] * x[j] for j in range(n)] for i in range(n)]
    ref_f = math.fsum(0.5 * x[i] * v for i in range(n) for v in rows[i]) - math.fsum(b * x)
    assert f == pytest.approx(ref_f, rel=1e-12, abs=1e-12)
    np.testing.assert_allclose(g, [math.fsum(rows[i]) - b[i] for i in range(n)], rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(g, central_difference(lambda p: quadratic_cost(p, A, b)[0], x),
                               rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("n", [2, 6])
def test_quadratic_cost_stationary_at_the_solve(n):
    A, b, _ = spd(n, 10 + n)
    star = np.linalg.solve(A, b)
    f, g = quadratic_cost(star, A, b)
    np.testing.assert_allclose(g, np.zeros(n), atol=1e-13)
    assert f == pytest.approx(-0.5 * float(b @ star), rel=1e-13)


def test_quadratic_cost_forms():
    A, b, x = spd(3, 3)
    f1, g1 = quadratic_cost(x, A, b)
    f2, g2 = quadratic_cost(x.reshape(-1, 1), A, b)
    f3, g3 = quadratic_cost(x, A, b.reshape(-1, 1))
    assert g1.shape == (3,) and g2.shape == (3, 1) and g3.shape == (3,)
    assert f1 == pytest.approx(f2, rel=1e-15) and f1 == pytest.approx(f3, rel=1e-15)
    np.testing.assert_allclose(g2.ravel(), g1, rtol=1e-15)


@pytest.mark.parametrize("args, name", [
    (([1.0, 1.0], np.ones((2, 3)), [1.0, 1.0]), "A"),
    (([1.0, 1.0], np.ones(2), [1.0, 1.0]), "A"),
    (([1.0, 1.0], np.eye(2) * 1j, [1.0, 1.0]), "A"),
    ((np.ones((1, 2)), np.eye(2), [1.0, 1.0]), "x"),
    (([1.0, 1.0, 1.0], np.eye(2), [1.0, 1.0]), "x"),
    (([1.0 + 0j, 1.0], np.eye(2), [1.0, 1.0]), "x"),
    (([1.0, 1.0], np.eye(2), np.ones((1, 2))), "b"),
    (([1.0, 1.0], np.eye(2), [1.0]), "b"),
])
def test_quadratic_cost_errors(args, name):
    with pytest.raises(ValueError, match=rf"^quadratic_cost: {name} "):
        quadratic_cost(*args)

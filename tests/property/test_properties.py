"""Properties of the pyport ports on random finite inputs (pure Python, no Octave)."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from pyport import compute_cost_multi, feature_normalize, gradient_descent_multi, normal_eqn

# Derandomized, so that CI tries the same examples on every run.
SETTINGS = settings(max_examples=100, deadline=None, database=None, derandomize=True)
MODERATE = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False, allow_subnormal=False)
SMALL = st.floats(-10, 10, allow_nan=False, allow_infinity=False, allow_subnormal=False)


@st.composite
def problems(draw, elements=MODERATE, min_rows=1):
    """X (m, n), y (m,), theta (n,) with 1 <= m, n <= 8."""
    m = draw(st.integers(min_rows, 8))
    n = draw(st.integers(1, 8))
    X = draw(nps.arrays(np.float64, (m, n), elements=elements))
    y = draw(nps.arrays(np.float64, (m,), elements=elements))
    theta = draw(nps.arrays(np.float64, (n,), elements=elements))
    return X, y, theta


def loop_cost(X, y, theta):
    """The cost with plain Python floats, and the scale of its terms (for a rounding bound)."""
    total = scale = 0.0
    for i in range(len(y)):
        pred = mag = 0.0
        for j in range(len(theta)):
            pred += float(X[i, j]) * float(theta[j])
            mag += abs(float(X[i, j]) * float(theta[j]))
        err = pred - float(y[i])
        total += err * err
        scale += (mag + abs(float(y[i]))) ** 2
    return total / (2 * len(y)), scale / (2 * len(y))


@SETTINGS
@given(problems())
def test_cost_nonnegative_and_equals_double_loop(args):
    X, y, theta = args
    J = compute_cost_multi(X, y, theta)
    ref, scale = loop_cost(X, y, theta)
    assert isinstance(J, float) and J >= 0
    # rtol 1e-12; the absolute term only matters when the residuals cancel (a near-perfect fit),
    # where a different rounding of X @ theta is amplified without bound in relative terms
    assert math.isclose(J, ref, rel_tol=1e-12, abs_tol=1e-12 * scale)


@SETTINGS
@given(problems())
def test_one_d_and_column_forms_agree_exactly(args):
    X, y, theta = args
    yc, tc = y[:, None], theta[:, None]
    J = compute_cost_multi(X, y, theta)
    assert compute_cost_multi(X, yc, theta) == J
    assert compute_cost_multi(X, y, tc) == J
    assert compute_cost_multi(X, yc, tc) == J
    with np.errstate(all="ignore"):  # an ill-conditioned X'X is the port's business, not this test's
        a, b = normal_eqn(X, y), normal_eqn(X, yc)
    assert a.shape == theta.shape and b.shape == tc.shape
    np.testing.assert_array_equal(a, b.ravel())


@SETTINGS
@given(problems(elements=SMALL), st.floats(0, 0.002), st.integers(0, 15))
def test_descent_forms_agree_and_history_extends(args, alpha, k):
    X, y, theta = args
    # |X| <= 10 and n <= 8 keep alpha * ||X'X/m|| <= 0.002 * 800 < 2: no overflow
    t_k, J_k = gradient_descent_multi(X, y, theta, alpha, k)
    t_k1, J_k1 = gradient_descent_multi(X, y, theta, alpha, k + 1)
    assert J_k.shape == (k,) and J_k1.shape == (k + 1,)
    np.testing.assert_array_equal(J_k1[:k], J_k)
    assert t_k.shape == t_k1.shape == theta.shape
    tc, Jc = gradient_descent_multi(X, y[:, None], theta[:, None], alpha, k + 1)
    assert tc.shape == (len(theta), 1)
    np.testing.assert_array_equal(tc.ravel(), t_k1)
    np.testing.assert_array_equal(Jc, J_k1)
    # the last history entry is the cost of the returned theta
    assert J_k1[-1] == compute_cost_multi(X, y, t_k1)


@SETTINGS
@given(problems(min_rows=2))
def test_feature_normalize_columns(args):
    X = args[0]
    Xn, mu, sigma = feature_normalize(X)
    m, n = X.shape
    assert Xn.shape == (m, n) and mu.shape == sigma.shape == (1, n)
    np.testing.assert_allclose(mu[0], [math.fsum(X[:, j]) / m for j in range(n)],
                               rtol=1e-12, atol=1e-12 * np.abs(X).max(initial=0))
    ref_sigma = np.std(X, axis=0, ddof=1)
    np.testing.assert_allclose(sigma[0], ref_sigma, rtol=1e-9, atol=1e-12 * np.abs(X).max(initial=0))
    assert (sigma >= 0).all()
    for j in range(n):
        col = X[:, j]
        if sigma[0, j] == 0:
            assert np.all(np.isnan(Xn[:, j]) | np.isinf(Xn[:, j]))
            continue
        if sigma[0, j] < 1e-6 * np.abs(col).max() or sigma[0, j] < 1e-140:
            continue  # nearly constant: the rounding of mu, over a tiny sigma, dominates; or the
            # squares of the deviations underflow to subnormals and lose their digits
        assert abs(np.mean(Xn[:, j])) < 1e-8
        assert abs(np.std(Xn[:, j], ddof=1) - 1) < 1e-8


@SETTINGS
@given(nps.arrays(np.float64, st.tuples(st.just(1), st.integers(2, 8)), elements=MODERATE))
def test_feature_normalize_single_row_along_the_row(X):
    Xn, mu, sigma = feature_normalize(X)
    assert mu.shape == sigma.shape == (1, 1)
    assert math.isclose(mu[0, 0], math.fsum(X[0]) / X.shape[1], rel_tol=1e-12,
                        abs_tol=1e-12 * np.abs(X).max())
    assert math.isclose(sigma[0, 0], np.std(X[0], ddof=1), rel_tol=1e-9,
                        abs_tol=1e-12 * np.abs(X).max())

"""Properties of pyport.linear_regression (compute_cost_multi, gradient_descent_multi, normal_eqn) on random
finite inputs: in pure Python, and against the Octave originals (the tests marked octave)."""

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from crosscheck.cases import linear_regression as family
from pyport import compute_cost_multi, gradient_descent_multi, normal_eqn

from .strategies import OCTAVE_SETTINGS, SETTINGS, agree, octave_problems, problems

SMALL = st.floats(-10, 10, allow_nan=False, allow_infinity=False, allow_subnormal=False)


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


# ---------------------------------------------------------------- against Octave

# Generated inputs, each run through the Octave original and its port and compared with the same
# tolerance as the registered cases of its family.

@pytest.mark.octave
@OCTAVE_SETTINGS
@given(octave_problems())
def test_cost(octave, problem):
    agree(octave, "computeCostMulti", problem, compute_cost_multi(*problem), [("J", "scalar")], family.COST_TOL)


@pytest.mark.octave
@OCTAVE_SETTINGS
@given(octave_problems(), st.floats(1e-4, 0.05), st.integers(0, 30))
def test_gradient_descent(octave, problem, alpha, iters):
    X, y, theta = problem
    X = X / np.maximum(1.0, np.abs(X).max(axis=0))  # keep alpha within the stable range
    args = (X, y, theta, alpha, float(iters))
    agree(octave, "gradientDescentMulti", args, gradient_descent_multi(*args),
          [("theta", "array"), ("J_history", "vector")], family.ITERATED)


@pytest.mark.octave
@OCTAVE_SETTINGS
@given(octave_problems(max_m=20, max_n=4))
def test_normal_equation(octave, problem):
    X, y, _ = problem
    # The SVD tolerance is stated for cond(X'X) < 1e8 (README); rank-deficient X has fixed cases.
    assume(X.shape[0] >= X.shape[1] and np.linalg.cond(X.T @ X) < 1e8)
    agree(octave, "normalEqn", (X, y), normal_eqn(X, y), [("theta", "array")], family.SVD)

"""Properties of pyport.linear_regression (compute_cost_multi, normal_eqn) on random finite inputs: in pure
Python, and against the Octave originals (the tests marked octave)."""

import math

import numpy as np
import pytest
from hypothesis import assume, given

from crosscheck.cases import linear_regression as family
from pyport import compute_cost_multi, normal_eqn

from .strategies import OCTAVE_SETTINGS, SETTINGS, agree, octave_problems, problems


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
@given(octave_problems(max_m=20, max_n=4))
def test_normal_equation(octave, problem):
    X, y, _ = problem
    # The SVD tolerance is stated for cond(X'X) < 1e8 (README); rank-deficient X has fixed cases.
    assume(X.shape[0] >= X.shape[1] and np.linalg.cond(X.T @ X) < 1e8)
    agree(octave, "normalEqn", (X, y), normal_eqn(X, y), [("theta", "array")], family.SVD)

"""Properties of pyport.gradient_descent (gradient_descent_multi) on random finite inputs: in pure Python,
and against the Octave original (the test marked octave)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.cases import gradient_descent as family
from pyport import compute_cost_multi, gradient_descent_multi

from .strategies import OCTAVE_SETTINGS, SETTINGS, agree, octave_problems, problems

SMALL = st.floats(-10, 10, allow_nan=False, allow_infinity=False, allow_subnormal=False)


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
@given(octave_problems(), st.floats(1e-4, 0.05), st.integers(0, 30))
def test_gradient_descent(octave, problem, alpha, iters):
    X, y, theta = problem
    X = X / np.maximum(1.0, np.abs(X).max(axis=0))  # keep alpha within the stable range
    args = (X, y, theta, alpha, float(iters))
    agree(octave, "gradientDescentMulti", args, gradient_descent_multi(*args),
          [("theta", "array"), ("J_history", "vector")], family.ITERATED)

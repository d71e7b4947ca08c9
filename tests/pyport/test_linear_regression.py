"""pyport.linear_regression without Octave: hand-checked values and independent references."""

import re

import numpy as np
import pytest

from .regression_refusals import (BAD_TYPES, THETA_SHAPES, X3, Y3, Y_SHAPES, refuses_bad_theta,
                                  refuses_bad_type, refuses_bad_y, refuses_three_columns)
from pyport import (compute_cost, compute_cost_multi, datasets, gradient_descent,
                    gradient_descent_multi, normal_eqn)

ALL = [compute_cost, compute_cost_multi, normal_eqn]
WITH_THETA = [compute_cost, compute_cost_multi]
DESCENT = [gradient_descent, gradient_descent_multi]


def call(func, X, y, theta=None):
    """Call any port with the arguments it takes."""
    if func is normal_eqn:
        return func(X, y)
    return func(X, y, theta)


# ---- hand-checked costs -------------------------------------------------------------------------

@pytest.mark.parametrize("func", [compute_cost, compute_cost_multi])
def test_cost_by_hand(func):
    # predictions 1, 2, 3 against 1, 2, 4: one error of 1, over 2*m = 6
    assert func(X3, Y3, [1, 1]) == pytest.approx(1 / 6, rel=1e-15)
    # theta = 0: (1 + 4 + 16) / 6
    assert func(X3, Y3, [0, 0]) == pytest.approx(21 / 6, rel=1e-15)
    assert isinstance(func(X3, Y3, [1, 1]), float)


def test_cost_multi_by_hand_three_features():
    X = np.array([[1, 2, 3], [1, 5, 7], [1, -1, 4], [1, 0, 0]], dtype=float)
    theta = np.array([0.5, -1.0, 2.0])
    assert compute_cost_multi(X, [4.5, 9.5, 9.5, 0.5], theta) == 0.0  # a perfect fit (by hand)
    assert compute_cost_multi(X, [1, 2, 3, 4], np.zeros(3)) == 30 / 8
    assert compute_cost_multi([[1, 3]], [5], [1, 1]) == 0.5  # m = 1
    assert compute_cost_multi(np.array([[1, 1], [1, 2]], dtype=np.int32), [1, 2], [0, 1]) == 0.0
    X, y = np.column_stack([np.ones(5), np.arange(1, 6)]), np.array([2, 3.5, 4, 9, -1])
    assert compute_cost(X, y, [0.25, -2]) == compute_cost_multi(X, y, [0.25, -2])


def test_nan_in_X_gives_nan_cost_and_nan_normal_eqn():
    X = np.array([[1.0, np.nan], [1.0, 2.0]])
    assert np.isnan(compute_cost(X, [1, 2], [1, 1]))
    assert np.isnan(compute_cost_multi(X, [1, 2], [1, 1]))
    assert np.isnan(normal_eqn(X, [1, 2])).all()


# ---- vector forms ------------------------------------------------------------------------------

def test_one_d_and_column_forms_give_identical_numbers():
    rng = np.random.default_rng(1)
    X = np.column_stack([np.ones(7), rng.normal(size=7)])
    y, theta = rng.normal(size=7), rng.normal(size=2)
    for func in [compute_cost, compute_cost_multi]:
        ref = func(X, y, theta)
        assert func(X, y[:, None], theta) == ref
        assert func(X, y, theta[:, None]) == ref
        assert func(X, y[:, None], theta[:, None]) == ref
    for func in DESCENT:
        t1, J1 = func(X, y, theta, 0.05, 20)
        t2, J2 = func(X, y[:, None], theta[:, None], 0.05, 20)
        assert t1.shape == (2,) and t2.shape == (2, 1)
        assert J1.shape == J2.shape == (20,)
        np.testing.assert_array_equal(t1, t2.ravel())
        np.testing.assert_array_equal(J1, J2)
    a, b = normal_eqn(X, y), normal_eqn(X, y[:, None])
    assert a.shape == (2,) and b.shape == (2, 1)
    np.testing.assert_array_equal(a, b.ravel())


# ---- argument checks ---------------------------------------------------------------------------

@pytest.mark.parametrize("func,X_shape", [(f, (4, 2)) for f in ALL] + [
    (f, (4, 3)) for f in (compute_cost_multi, normal_eqn)])
@pytest.mark.parametrize("y_shape", Y_SHAPES)
def test_bad_y_refused(func, X_shape, y_shape):
    refuses_bad_y(call, func, X_shape, y_shape)



@pytest.mark.parametrize("func", WITH_THETA)
@pytest.mark.parametrize("theta_shape", THETA_SHAPES)
def test_bad_theta_refused(func, theta_shape):
    refuses_bad_theta(call, func, theta_shape)


@pytest.mark.parametrize("func,multi", [(compute_cost, compute_cost_multi)])
def test_one_feature_functions_refuse_three_columns(func, multi):
    refuses_three_columns(call, func, multi)




@pytest.mark.parametrize("func,which,bad", [(f, w, b) for f in ALL for w, b in BAD_TYPES
                                            if not (w == "theta" and f is normal_eqn)])
def test_bad_types_refused(func, which, bad):
    refuses_bad_type(call, func, which, bad)


# ---- least squares -----------------------------------------------------------------------------

def test_normal_eqn_matches_lstsq_tall_random():
    rng = np.random.default_rng(7)
    X = np.column_stack([np.ones(60), rng.normal(size=(60, 4))])
    y = rng.normal(size=60)
    np.testing.assert_allclose(normal_eqn(X, y), np.linalg.lstsq(X, y, rcond=None)[0],
                               rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(normal_eqn(X3, [1, 3, 5]), [1, 2], atol=1e-12)  # an exact line


def test_normal_eqn_minimum_norm_on_repeated_column():
    x = np.array([0.0, 1.0, 2.0, 3.0])
    X = np.column_stack([np.ones(4), x, x])
    y = 1 + 2 * x
    theta = normal_eqn(X, y)
    np.testing.assert_allclose(theta, [1, 1, 1], atol=1e-10)  # slope 2 split evenly: minimum norm
    np.testing.assert_allclose(theta, np.linalg.lstsq(X, y, rcond=None)[0], atol=1e-10)
    rng = np.random.default_rng(3)
    y = rng.normal(size=4)
    np.testing.assert_allclose(normal_eqn(X, y), np.linalg.lstsq(X, y, rcond=None)[0], atol=1e-10)


# ---- the published figure ----------------------------------------------------------------------

def _age_height_weight():
    data = datasets.load("age_height_weight")
    assert data.columns == ("age", "height", "weight")
    v = data.values
    return np.column_stack([np.ones(len(v)), v[:, 0], v[:, 1]]), v[:, 2]


def test_published_weight_fit():
    X, y = _age_height_weight()
    theta = normal_eqn(X, y)
    np.testing.assert_allclose(np.round(theta, 2), [-175.17, -0.40, 5.07], rtol=0, atol=1e-9)
    np.testing.assert_allclose(theta, np.linalg.lstsq(X, y, rcond=None)[0], rtol=1e-8)


def test_a_plain_number_stands_for_one_element_as_octave_1_by_1():
    # Octave accepts computeCostMulti ([1 3], 5, [1; 1]): y is 1-by-1 when m = 1.
    assert compute_cost_multi([[1, 3]], 5, [1, 1]) == 0.5
    theta, _ = gradient_descent_multi(np.ones((3, 1)), [1, 2, 3], 0.0, 0.1, 1)
    assert theta.shape == (1,) and theta[0] == pytest.approx(0.2, rel=1e-15)
    with pytest.raises(ValueError, match=re.escape("y is 1x1)")):  # a number is Octave's 1-by-1
        compute_cost_multi(np.ones((2, 2)), 5, [1, 1])

"""pyport.linear_regression without Octave: hand-checked values and independent references."""

import re

import numpy as np
import pytest

from pyport import (compute_cost, compute_cost_multi, datasets, feature_normalize, gradient_descent,
                    gradient_descent_multi, normal_eqn)

X3 = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
Y3 = np.array([1.0, 2.0, 4.0])
ALL = [compute_cost, compute_cost_multi, gradient_descent, gradient_descent_multi, normal_eqn]
WITH_THETA = [compute_cost, compute_cost_multi, gradient_descent, gradient_descent_multi]
DESCENT = [gradient_descent, gradient_descent_multi]


def call(func, X, y, theta=None, alpha=0.1, num_iters=3):
    """Call any port with the arguments it takes."""
    if func is normal_eqn:
        return func(X, y)
    if func in DESCENT:
        return func(X, y, theta, alpha, num_iters)
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


@pytest.mark.parametrize("func", DESCENT)
def test_descent_form_follows_theta_not_y(func):
    t, J = func(X3, Y3[:, None], np.zeros(2), 0.1, 4)
    assert t.shape == (2,) and J.shape == (4,)
    t, J = func(X3, Y3, np.zeros((2, 1)), 0.1, 4)
    assert t.shape == (2, 1) and J.shape == (4,)


def test_one_step_by_hand():
    # X'*(X*0 - y) = -[6; 14] and alpha/m = 0.1/3, so theta = [0.2, 14/30]
    X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    for func in DESCENT:
        theta, J = func(X, [1, 2, 3], [0, 0], 0.1, 1)
        np.testing.assert_allclose(theta, [0.2, 14 / 30], rtol=0, atol=4e-16)
        resid = X @ np.array([0.2, 14 / 30]) - [1, 2, 3]
        assert J[0] == pytest.approx(resid @ resid / 6, rel=1e-12)


# ---- argument checks ---------------------------------------------------------------------------

@pytest.mark.parametrize("func,X_shape", [(f, (4, 2)) for f in ALL] + [
    (f, (4, 3)) for f in (compute_cost_multi, gradient_descent_multi, normal_eqn)])
@pytest.mark.parametrize("y_shape", [(1, 4), (4, 2), (3,), (5, 1)])
def test_bad_y_refused(func, X_shape, y_shape):
    X = np.ones(X_shape)
    with pytest.raises(ValueError) as info:
        call(func, X, np.ones(y_shape), np.zeros(X_shape[1]))
    assert str(info.value) == (f"{func.__name__}: y must be an m-by-1 column (X is {_shape(X_shape)}, "
                               f"so m = {X_shape[0]}; y is {_shape(y_shape)})")


def _shape(shape):
    """A shape as the messages write it: Octave's 3x2, and a 1-D array in words."""
    return "x".join(map(str, shape)) if len(shape) == 2 else f"a 1-D array of length {shape[0]}"


@pytest.mark.parametrize("func", WITH_THETA)
@pytest.mark.parametrize("theta_shape", [(1, 2), (2, 2), (3,), (3, 1)])
def test_bad_theta_refused(func, theta_shape):
    X = np.ones((4, 2))
    with pytest.raises(ValueError) as info:
        call(func, X, np.ones(4), np.zeros(theta_shape))
    assert str(info.value) == (f"{func.__name__}: theta must be an n-by-1 column (X is 4x2, so n = 2; "
                               f"theta is {_shape(theta_shape)})")


@pytest.mark.parametrize("func,multi", [(compute_cost, compute_cost_multi),
                                        (gradient_descent, gradient_descent_multi)])
def test_one_feature_functions_refuse_three_columns(func, multi):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: X must have 2 columns, ones and one feature "
                                         r"\(X is 3x3\); use the multi-feature version for more$"):
        call(func, np.ones((3, 3)), [1, 2, 3], [1, 1, 1])
    call(multi, np.ones((3, 3)), [3, 3, 3], [1, 1, 1])  # the multi-feature version accepts it


@pytest.mark.parametrize("func", DESCENT)
@pytest.mark.parametrize("alpha", [[0.1, 0.2], np.ones((2, 1)), "a", 1j, True])
def test_bad_alpha_refused(func, alpha):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: .*alpha"):
        func(X3, Y3, [0, 0], alpha, 1)


@pytest.mark.parametrize("func", DESCENT)
@pytest.mark.parametrize("num_iters", [-1, 1.5, True, np.bool_(False), [1, 2], np.inf, np.nan, "3"])
def test_bad_num_iters_refused(func, num_iters):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: .*num_iters"):
        func(X3, Y3, [0, 0], 0.1, num_iters)


@pytest.mark.parametrize("func", DESCENT)
def test_integral_float_num_iters_accepted(func):
    t5, J5 = func(X3, Y3, [0, 0], 0.1, 5)
    t, J = func(X3, Y3, [0, 0], 0.1, 5.0)
    assert J.shape == (5,)
    np.testing.assert_array_equal(t, t5)
    np.testing.assert_array_equal(J, J5)


@pytest.mark.parametrize("func", DESCENT)
@pytest.mark.parametrize("theta0", [np.array([5.0, 6.0]), np.array([[5.0], [6.0]])])
def test_zero_iterations(func, theta0):
    theta, J = func(X3, Y3, theta0, 0.1, 0)
    np.testing.assert_array_equal(theta, theta0)
    assert theta.shape == theta0.shape
    assert J.shape == (0,)
    assert not np.shares_memory(theta, theta0)  # Octave has value semantics: no alias to the input


@pytest.mark.parametrize("func", DESCENT)
@pytest.mark.parametrize("shape", [(2,), (2, 1)])
def test_theta_not_modified_in_place(func, shape):
    theta0 = np.full(shape, 0.5)
    func(X3, Y3, theta0, 0.1, 10)
    np.testing.assert_array_equal(theta0, np.full(shape, 0.5))


BAD_TYPES = [  # complex, bool, object, ragged; X also 1-D, 3-D and empty
    ("X", X3 + 0j), ("X", X3 > 0), ("X", X3.astype(object)), ("X", [[1, 0], [1], [1, 2]]),
    ("X", np.ones(3)), ("X", np.ones((3, 2, 1))), ("X", np.ones((0, 2))),
    ("y", Y3 + 1j), ("y", Y3 > 1), ("y", Y3.astype(object)), ("y", [[1], [2, 3], [4]]),
    ("theta", np.array([1, 1j])), ("theta", np.array([True, True])), ("theta", [[1], [1, 2]]),
]


@pytest.mark.parametrize("func,which,bad", [(f, w, b) for f in ALL for w, b in BAD_TYPES
                                            if not (w == "theta" and f is normal_eqn)])
def test_bad_types_refused(func, which, bad):
    args = {"X": X3, "y": Y3, "theta": np.zeros(2)}
    args[which] = bad
    with pytest.raises(ValueError) as info:
        call(func, args["X"], args["y"], args["theta"])
    assert str(info.value).startswith(func.__name__ + ":")
    assert re.search(rf"\b{which}\b", str(info.value))


# ---- convergence and least squares -------------------------------------------------------------

@pytest.mark.parametrize("func", DESCENT)
def test_descent_converges_to_lstsq(func):
    X = np.column_stack([np.ones(4), [0.0, 1.0, 2.0, 4.0]])
    y = np.array([1.0, 3.0, 4.0, 9.0])
    ref = np.linalg.lstsq(X, y, rcond=None)[0]
    np.testing.assert_allclose(ref, [0.8, 69 / 35], rtol=1e-12)  # by hand
    theta, J = func(X, y, np.zeros(2), 0.1, 2000)
    np.testing.assert_allclose(theta, ref, rtol=0, atol=1e-10)
    assert np.all(np.diff(J[:100]) < 0)
    r = X @ ref - y
    assert J[-1] == pytest.approx(r @ r / 8, rel=1e-12)


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


def test_published_weight_fit_by_gradient_descent_on_zscores():
    X, y = _age_height_weight()
    Xn, mu, sigma = feature_normalize(X[:, 1:])
    tn, J = gradient_descent_multi(np.column_stack([np.ones(len(y)), Xn]), y, np.zeros(3), 0.3, 3000)
    slopes = tn[1:] / sigma.ravel()
    theta = np.concatenate([[tn[0] - slopes @ mu.ravel()], slopes])
    np.testing.assert_allclose(np.round(theta, 2), [-175.17, -0.40, 5.07], rtol=0, atol=1e-9)
    np.testing.assert_allclose(theta, np.linalg.lstsq(X, y, rcond=None)[0], rtol=1e-6)
    assert J[-1] <= J[0]


def test_a_plain_number_stands_for_one_element_as_octave_1_by_1():
    # Octave accepts computeCostMulti ([1 3], 5, [1; 1]): y is 1-by-1 when m = 1.
    assert compute_cost_multi([[1, 3]], 5, [1, 1]) == 0.5
    theta, _ = gradient_descent_multi(np.ones((3, 1)), [1, 2, 3], 0.0, 0.1, 1)
    assert theta.shape == (1,) and theta[0] == pytest.approx(0.2, rel=1e-15)
    with pytest.raises(ValueError, match=re.escape("y is 1x1)")):  # a number is Octave's 1-by-1
        compute_cost_multi(np.ones((2, 2)), 5, [1, 1])

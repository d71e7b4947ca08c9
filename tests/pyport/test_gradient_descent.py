"""pyport.gradient_descent without Octave: hand-checked values and independent references."""

import numpy as np
import pytest

from .regression_refusals import (BAD_TYPES, THETA_SHAPES, X3, Y3, Y_SHAPES, refuses_bad_theta,
                                  refuses_bad_type, refuses_bad_y, refuses_three_columns)
from pyport import datasets, feature_normalize, gradient_descent, gradient_descent_multi

DESCENT = [gradient_descent, gradient_descent_multi]


def call(func, X, y, theta=None, alpha=0.1, num_iters=3):
    """Call a descent port with the step arguments it takes."""
    return func(X, y, theta, alpha, num_iters)


# ---- vector forms ------------------------------------------------------------------------------

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

@pytest.mark.parametrize("func,X_shape", [(f, (4, 2)) for f in DESCENT] + [
    (f, (4, 3)) for f in (gradient_descent_multi,)])
@pytest.mark.parametrize("y_shape", Y_SHAPES)
def test_bad_y_refused(func, X_shape, y_shape):
    refuses_bad_y(call, func, X_shape, y_shape)



@pytest.mark.parametrize("func", DESCENT)
@pytest.mark.parametrize("theta_shape", THETA_SHAPES)
def test_bad_theta_refused(func, theta_shape):
    refuses_bad_theta(call, func, theta_shape)


@pytest.mark.parametrize("func,multi", [(gradient_descent, gradient_descent_multi)])
def test_one_feature_functions_refuse_three_columns(func, multi):
    refuses_three_columns(call, func, multi)


@pytest.mark.parametrize("func", DESCENT)
@pytest.mark.parametrize("alpha", [[0.1, 0.2], np.ones((2, 1)), "a", 1j])
def test_bad_alpha_refused(func, alpha):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: .*alpha"):
        func(X3, Y3, [0, 0], alpha, 1)


@pytest.mark.parametrize("func", DESCENT)
@pytest.mark.parametrize("num_iters", [-1, 1.5, [1, 2], np.inf, np.nan, "3", [True, True]])
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




@pytest.mark.parametrize("func,which,bad", [(f, w, b) for f in DESCENT for w, b in BAD_TYPES])
def test_bad_types_refused(func, which, bad):
    refuses_bad_type(call, func, which, bad)


# ---- convergence -------------------------------------------------------------------------------

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


# ---- the published figure ----------------------------------------------------------------------

def _age_height_weight():
    data = datasets.load("age_height_weight")
    assert data.columns == ("age", "height", "weight")
    v = data.values
    return np.column_stack([np.ones(len(v)), v[:, 0], v[:, 1]]), v[:, 2]


def test_published_weight_fit_by_gradient_descent_on_zscores():
    X, y = _age_height_weight()
    Xn, mu, sigma = feature_normalize(X[:, 1:])
    tn, J = gradient_descent_multi(np.column_stack([np.ones(len(y)), Xn]), y, np.zeros(3), 0.3, 3000)
    slopes = tn[1:] / sigma.ravel()
    theta = np.concatenate([[tn[0] - slopes @ mu.ravel()], slopes])
    np.testing.assert_allclose(np.round(theta, 2), [-175.17, -0.40, 5.07], rtol=0, atol=1e-9)
    np.testing.assert_allclose(theta, np.linalg.lstsq(X, y, rcond=None)[0], rtol=1e-6)
    assert J[-1] <= J[0]


def test_overflow_gives_octaves_inf_and_nan_and_warns_with_its_own_class():
    import warnings  # noqa: PLC0415

    from pyport import LearningRateWarning  # noqa: PLC0415
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.simplefilter("error", RuntimeWarning)
        theta, J = gradient_descent_multi([[1e160, 2e160], [1e160, 3e160]], [1.0, 2.0], [0.0, 0.0], 0.01, 3)
    # Octave 7.3: theta = [NaN; NaN], J_history = [Inf; Inf; NaN]
    assert np.isnan(theta).all() and theta.shape == (2,)
    np.testing.assert_array_equal(J, [np.inf, np.inf, np.nan])
    assert [w.category for w in caught] == [LearningRateWarning, LearningRateWarning]
    assert "at or beyond the stable limit 2/lambda_max(X'X/m) = 0 from iteration 1" in str(caught[0].message)
    assert "stopped being finite at iteration 1" in str(caught[1].message)


# ---- the blocked fast path (pyport/_blocked_descent.py, issue 12) ------------------------------------
import importlib  # noqa: E402
import warnings  # noqa: E402

import pyport  # noqa: E402
from pyport import _blocked_descent as blocked  # noqa: E402

_GD = importlib.import_module("pyport.gradient_descent")


@pytest.mark.parametrize("m,n", [(3, 2), (12, 3), (50, 5), (200, 4)])
@pytest.mark.parametrize("share", [0.05, 0.5, 0.97])
def test_the_blocked_descent_is_the_plain_loop_up_to_rounding(m, n, share):
    rng = np.random.default_rng(m * n)
    X = np.c_[np.ones(m), rng.standard_normal((m, n - 1)) * 10.0 ** rng.integers(-1, 3, n - 1)]
    y = X @ rng.standard_normal((n, 1)) + rng.standard_normal((m, 1))
    theta0 = rng.standard_normal((n, 1))
    alpha = share * pyport.stable_learning_rate(X)
    iters = 3 * blocked.BLOCK + 17  # whole blocks and a part
    theta_p, J_p = _GD._plain(X, y, theta0, alpha, iters)
    theta_b, J_b = blocked.descend(X, y, theta0, alpha, iters)
    np.testing.assert_allclose(theta_b, theta_p, rtol=0, atol=1e-11 * np.max(np.abs(theta_p)))
    np.testing.assert_allclose(J_b, J_p, rtol=1e-11, atol=1e-13 * J_p[0])


def test_the_blocked_descent_serves_long_runs_on_small_convergent_problems_only(monkeypatch):
    used = []
    real = blocked.descend
    monkeypatch.setattr(blocked, "descend", lambda *a: used.append(a[-1]) or real(*a))
    X = np.c_[np.ones(12), np.linspace(-1, 1, 12), np.cos(np.arange(12))]
    y = np.sin(np.arange(12.0))
    limit = pyport.stable_learning_rate(X)
    long = blocked.LEAST_UPDATES
    for alpha, iters, Xs in [(0.5 * limit, long, X), (0.5 * limit, long - 1, X), (1.01 * limit, long, X),
                             (-0.1, long, X), (0.5 * limit, long, np.tile(X, (40, 1)))]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pyport.gradient_descent_multi(Xs, np.resize(y, Xs.shape[0]), np.zeros(3), alpha, iters)
    assert used == [long]  # only the first: long enough, convergent, an X of 36 entries


def _raw_age_height_weight():
    values = datasets.load("age_height_weight").values
    return np.c_[np.ones(values.shape[0]), values[:, :2]], values[:, 2:3]


def test_the_questions_run_takes_the_blocked_path_and_keeps_the_plain_loops_values():
    """The 12x3 question (raw age and height, alpha 0.00037 just under the limit 0.00037964), 30,000
    updates, against the plain loop (the 3,000,000 of the question: bench/, ~0.25 s against a minute)."""
    X, y = _raw_age_height_weight()
    theta, J = pyport.gradient_descent_multi(X, y, np.zeros((3, 1)), 0.00037, 30_000)
    theta_p, J_p = _GD._plain(X, y, np.zeros((3, 1)), 0.00037, 30_000)
    assert blocked.suits(X, 30_000, 0.00037, pyport.stable_learning_rate(X))
    np.testing.assert_allclose(J, J_p, rtol=1e-11)
    np.testing.assert_allclose(theta, theta_p, rtol=1e-11)


@pytest.mark.parametrize("order", ["C", "F"])
def test_a_tall_x_keeps_the_plain_loops_values(monkeypatch, order):
    monkeypatch.setattr(blocked, "TALL", 200)  # the path a 1e6-row X takes, on 300 rows
    rng = np.random.default_rng(7)
    X = np.asarray(np.c_[np.ones(300), rng.standard_normal((300, 4)) * [1, 10, 100, 0.1]], order=order)
    y = rng.standard_normal((300, 1))
    assert blocked.tall(X, 30) and not blocked.tall(X[:199], 30)
    assert blocked.tall(X, 7) == (order == "F")  # a copy is worth eight updates or more
    alpha = 0.5 * pyport.stable_learning_rate(X)
    theta_p, J_p = _GD._plain(X, y, np.zeros((5, 1)), alpha, 30)
    theta_t, J_t = blocked.descend_tall(X, y, np.zeros((5, 1)), alpha, 30)
    np.testing.assert_allclose(theta_t, theta_p, rtol=1e-13, atol=0)
    np.testing.assert_allclose(J_t, J_p, rtol=1e-13, atol=0)  # sums grouped otherwise: a rounding apart
    theta, J = pyport.gradient_descent_multi(X, y, np.zeros((5, 1)), alpha, 30)
    np.testing.assert_array_equal(J, J_t)  # the public port takes this path

"""pyport.stable_learning_rate and the LearningRateWarning of the descent ports, without Octave."""

import math
import re
import warnings

import numpy as np
import pytest

from pyport import (LearningRateWarning, gradient_descent, gradient_descent_multi, normal_eqn,
                    stable_learning_rate)

X5 = np.column_stack([np.ones(5), np.arange(1, 6)])
Y5 = np.array([2.0, 4.0, 5.0, 4.0, 5.0])
NUMBER = r"[-+]?\d+(?:\.\d*)?(?:e[-+]?\d+)?"


def run(func, *args, action="always"):
    """Call func under warnings.simplefilter(action); return its result and every warning recorded."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)
        result = func(*args)
    return result, caught


def lr_messages(caught):
    return [str(w.message) for w in caught if issubclass(w.category, LearningRateWarning)]


def named_value(pattern, msg):
    match = re.search(pattern + r"\s*(" + NUMBER + ")", msg)
    assert match, f"{pattern!r} not in {msg!r}"
    return float(match.group(1))


def test_equals_two_over_largest_eigenvalue():
    X = np.random.default_rng(7).normal(size=(30, 4))
    lam = np.linalg.eigvalsh(X.T @ X / 30).max()
    assert stable_learning_rate(X) == pytest.approx(2 / lam, rel=1e-12)
    # X = [[1, 0], [0, 2]]: X'X/m = diag(0.5, 2), 2/2 = 1
    assert stable_learning_rate([[1.0, 0.0], [0.0, 2.0]]) == pytest.approx(1.0, rel=1e-15)


def test_below_the_limit_converges_without_any_warning():
    alpha = 0.95 * stable_learning_rate(X5)
    (theta, J), caught = run(gradient_descent_multi, X5, Y5, np.zeros(2), alpha, 3000)
    assert caught == []  # neither LearningRateWarning nor RuntimeWarning nor anything else
    np.testing.assert_allclose(theta, np.linalg.lstsq(X5, Y5, rcond=None)[0], rtol=1e-10)
    assert J[-1] < J[0]


def test_above_the_limit_warns_and_leaves_results_unchanged():
    limit = stable_learning_rate(X5)
    alpha = 1.05 * limit
    (theta, J), caught = run(gradient_descent_multi, X5, Y5, np.zeros(2), alpha, 300)
    msgs = lr_messages(caught)
    assert not [w for w in caught if issubclass(w.category, RuntimeWarning)]
    assert sum("at or beyond the stable limit" in m for m in msgs) == 1  # said before any cost is computed
    for msg in msgs:
        assert msg.startswith("gradient_descent_multi:")
        assert named_value(r"alpha =", msg) == pytest.approx(alpha, rel=1e-5)
        assert any(math.isclose(float(v), limit, rel_tol=1e-5) for v in re.findall(NUMBER, msg)), msg
        assert re.search(r"iteration \d+", msg), msg
    assert all(w.filename == __file__ for w in caught)  # the warning points at the caller
    (theta_q, J_q), quiet = run(gradient_descent_multi, X5, Y5, np.zeros(2), alpha, 300, action="ignore")
    assert quiet == []
    assert np.array_equal(theta, theta_q) and np.array_equal(J, J_q)
    assert J[-1] > 1e3 * J[0]  # it did diverge


def test_overflow_names_the_first_non_finite_iteration_once_per_kind():
    alpha = 10 * stable_learning_rate(X5)
    (theta, J), caught = run(gradient_descent_multi, X5, Y5, np.zeros(2), alpha, 2000)
    assert not [w for w in caught if not issubclass(w.category, LearningRateWarning)]  # no RuntimeWarning
    msgs = lr_messages(caught)
    finite = [m for m in msgs if "stopped being finite" in m]
    assert len(finite) == 1
    first_bad = next(k for k in range(J.size) if not np.isfinite(J[k])) + 1  # 1-based iteration
    assert first_bad < 2000
    assert int(re.search(r"iteration (\d+)", finite[0]).group(1)) == first_bad
    kinds = ["at or beyond", "rose", "stopped being finite"]
    assert [sum(kind in m for m in msgs) for kind in kinds] == [1, 1, 1]
    assert len(msgs) == 3
    (theta_q, J_q), _ = run(gradient_descent_multi, X5, Y5, np.zeros(2), alpha, 2000, action="ignore")
    assert np.array_equal(theta, theta_q, equal_nan=True) and np.array_equal(J, J_q, equal_nan=True)


def test_rise_names_the_first_iteration_the_cost_went_up():
    # start at the least-squares fit plus a large error along the slow eigenvector: just beyond the
    # limit the cost first falls for a while, then the fast eigenvector's error grows and it rises
    lam, V = np.linalg.eigh(X5.T @ X5 / 5)
    theta0 = np.linalg.lstsq(X5, Y5, rcond=None)[0] + 5 * V[:, 0] + 1e-3 * V[:, 1]
    (_, J), caught = run(gradient_descent_multi, X5, Y5, theta0, 1.01 * stable_learning_rate(X5), 300)
    J_start = sum((theta0[0] + theta0[1] * x - t) ** 2 for x, t in zip(X5[:, 1], Y5)) / 10
    costs = [J_start, *J]
    k = next(i for i in range(1, len(costs)) if costs[i] > costs[i - 1])
    assert k > 50
    rose = [m for m in lr_messages(caught) if "rose" in m]
    assert len(rose) == 1
    assert int(re.search(r"iteration (\d+)", rose[0]).group(1)) == k
    assert named_value("from", rose[0]) == pytest.approx(costs[k - 1], rel=1e-5)
    assert named_value("to", rose[0]) == pytest.approx(costs[k], rel=1e-5)


def test_rounding_wiggle_at_convergence_is_not_a_warning(monkeypatch):
    from pyport import _blocked_descent  # noqa: PLC0415
    monkeypatch.setattr(_blocked_descent, "LEAST_UPDATES", 10**9)  # the plain loop, whose rounding wiggles
    X = np.column_stack([np.ones(4), [0.0, 1.0, 2.0, 3.0]])
    y = 1 + 2 * X[:, 1]
    (theta, J), caught = run(gradient_descent_multi, X, y, np.zeros(2), 0.9 * stable_learning_rate(X), 20000)
    assert caught == []
    np.testing.assert_allclose(theta, [1.0, 2.0], rtol=1e-12)
    assert (np.diff(J[-1000:]) > 0).any()  # the cost does wiggle up by rounding near 0


def test_gradient_descent_one_feature_warns_too():
    alpha = 1.05 * stable_learning_rate(X5)
    _, caught = run(gradient_descent, X5, Y5, np.zeros(2), alpha, 100)
    msgs = lr_messages(caught)
    assert msgs and all(m.startswith("gradient_descent:") for m in msgs)
    _, caught = run(gradient_descent, X5, Y5, np.zeros(2), 0.9 * alpha / 1.05, 100)
    assert caught == []


@pytest.mark.parametrize("X, text", [(np.zeros((3, 2)), "all zeros"), ([[1.0, np.nan]], "finite"),
                                     ([[1.0, np.inf]], "finite"), (np.zeros((0, 2)), "at least one row")])
def test_errors(X, text):
    with pytest.raises(ValueError, match=r"^stable_learning_rate: .*" + text):
        stable_learning_rate(X)


# ---------------------------------------------------------------- the question's scenario

F = np.array([[8, 6], [5, 2], [3, 0], [0, 0], [1, 8], [6, 9], [5, 6], [9, 7], [6, 5], [5, 9],
              [2, 8], [6, 0], [3, 8], [5, 0], [7, 7], [8, 1], [0, 8], [0, 5], [0, 2], [4, 4]], dtype=float)
XF = np.column_stack([np.ones(len(F)), F])
YF = F[:, 0] * 16 - F[:, 1] * 14 + 36  # integers: exact


def framework_step(w, b, lr):
    """One step of w -= lr * dL/dw for L = sum((x.w + b - y)^2), as a framework's autograd computes it."""
    gw, gb = [0.0, 0.0], 0.0
    for x, t in zip(F, YF):
        r = x[0] * w[0] + x[1] * w[1] + b - t
        gw = [gw[0] + 2 * r * x[0], gw[1] + 2 * r * x[1]]
        gb += 2 * r
    return [w[0] - lr * gw[0], w[1] - lr * gw[1]], b - lr * gb


def test_summed_loss_learning_rate_is_alpha_over_2m():
    m, lr = len(F), 1e-4
    w, b = framework_step([0.5, -0.25], 1.0, lr)
    (theta, _), _ = run(gradient_descent_multi, XF, YF, np.array([1.0, 0.5, -0.25]), 2 * m * lr, 1)
    np.testing.assert_allclose(theta, [b, *w], rtol=1e-12)


def test_framework_rate_30_diverges_and_a_stable_rate_recovers_the_line():
    alpha = 2 * len(F) * 30.0
    (theta, J), caught = run(gradient_descent_multi, XF, YF, np.zeros(3), alpha, 100)
    assert lr_messages(caught) and not np.isfinite(J[-1])
    good = 0.9 * stable_learning_rate(XF)
    (theta, J), caught = run(gradient_descent_multi, XF, YF, np.zeros(3), good, 5000)
    assert caught == []
    np.testing.assert_allclose(theta, [36.0, 16.0, -14.0], rtol=0, atol=1e-6)
    (short, _), _ = run(gradient_descent_multi, XF, YF, np.zeros(3), good, 1000)
    assert np.abs(short - [36.0, 16.0, -14.0]).max() > 1e-3  # the count of iterations matters


@pytest.mark.parametrize("fraction", [0.5, 0.7, 0.9, 0.95])
def test_warm_start_at_the_exact_solution_does_not_warn(fraction):
    # A warm start from the normal equation: the cost is at rounding level (~1e-26 for targets up to ~180)
    # and a stable alpha only moves theta by rounding, so any "rise" is rounding, not divergence.
    theta0 = normal_eqn(XF, YF)
    np.testing.assert_allclose(theta0, [36.0, 16.0, -14.0], rtol=0, atol=1e-11)
    (theta, J), caught = run(gradient_descent_multi, XF, YF, theta0, fraction * stable_learning_rate(XF), 100)
    np.testing.assert_allclose(theta, [36.0, 16.0, -14.0], rtol=0, atol=1e-11)
    assert np.all(J < 1e-20)  # residuals of ~1e-13 on targets up to ~180: rounding
    assert lr_messages(caught) == [], lr_messages(caught)


def test_overflowing_x_has_a_limit_of_0_and_underflowing_one_of_inf():
    # Octave (stableLearningRate.m): X'*X/m overflowing gives 2 / Inf = 0; underflowing to 0, 2 / 0 = Inf
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        assert stable_learning_rate(np.array([[1e160, 2e160], [1e160, 3e160]])) == 0.0
        assert stable_learning_rate(1e-200 * np.array([[1.0, 2.0], [3.0, 4.0]])) == np.inf

"""pyport.optimization.fmincg without Octave: linear-algebra and scipy references, hand-computed first
steps, counted evaluations."""

import math
from collections import Counter

import numpy as np
import pytest
import scipy.optimize

from pyport import fmincg, quadratic_cost, rosenbrock

A2, B2 = np.array([[3.0, 1.0], [1.0, 2.0]]), np.array([1.0, -1.0])
ROS0 = np.array([-1.2, 1.0])
DOCUMENTED = {"quadratic", "cubic", "complex-interpolation", "bisect-nonfinite", "complex-extrapolation",
              "extrapolate-max", "bisect-limit", "clip-limit", "clip-ext", "clip-int", "clip-near-limit",
              "success", "failure", "restart"}


def quad(x, A, b):
    """0.5 x'Ax - b'x written out independently of pyport.objectives."""
    return 0.5 * float(x @ A @ x) - float(b @ x), A @ x - b


def scipy_rosen(x):
    return scipy.optimize.rosen(x), scipy.optimize.rosen_der(x)


def spd8():
    rng = np.random.default_rng(8)
    Q, _ = np.linalg.qr(rng.standard_normal((8, 8)))
    b = rng.standard_normal(8)
    # |b| = 1: the line search compares values of f, so x is resolved only to about
    # sqrt(eps * |b| |x| / lambda_min); with |b| = 1 that is below 1e-8 (4e-9 at worst over 40 seeds).
    return (Q * np.linspace(1.0, 4.0, 8)) @ Q.T, b / np.linalg.norm(b)


class Recorder:
    """Wraps an objective: counts the calls and keeps a copy of every point (and its shape)."""

    def __init__(self, f):
        self.f, self.points = f, []

    def __call__(self, x, *args):
        self.points.append(np.array(x, copy=True))
        return self.f(x, *args)


# ---------------------------------------------------------------- convergence

@pytest.mark.parametrize("problem", ["2-D", "8-D"])
def test_convex_quadratic_reaches_the_linear_solve(problem):
    A, b = (A2, B2) if problem == "2-D" else spd8()
    x, fX, i = fmincg(quad, np.zeros(b.size), {"MaxIter": 100}, A, b)
    np.testing.assert_allclose(x, np.linalg.solve(A, b), rtol=0, atol=1e-8)
    assert fX.size >= 1 and np.all(np.diff(fX) <= 0)
    assert fX[-1] == pytest.approx(-0.5 * b @ np.linalg.solve(A, b), abs=1e-12)
    assert i <= 100


def test_rosenbrock_2d_agrees_with_scipy_bfgs():
    ref = scipy.optimize.minimize(scipy.optimize.rosen, ROS0, jac=scipy.optimize.rosen_der, method="BFGS")
    assert ref.success
    x, fX, i = fmincg(scipy_rosen, ROS0, {"MaxIter": 200})
    np.testing.assert_allclose(x, ref.x, rtol=0, atol=1e-5)
    np.testing.assert_allclose(x, [1.0, 1.0], rtol=0, atol=1e-5)
    assert np.all(np.diff(fX) < 0)  # each success satisfies f2 <= f1 + z1*RHO*d1 < f1
    assert i <= 200


# ---------------------------------------------------------------- MaxIter

@pytest.mark.parametrize("n", [1, 2, 5, 17])
def test_positive_maxiter_counts_line_searches(n):
    x, fX, i = fmincg(scipy_rosen, ROS0, {"MaxIter": n})
    assert i == n and type(i) is int
    assert len(fX) <= n


@pytest.mark.parametrize("n", [-1, -2, -3, -5, -10, -37, -100])
@pytest.mark.parametrize("problem", ["rosenbrock", "quadratic"])
def test_negative_maxiter_counts_evaluations(n, problem):
    rec = Recorder(scipy_rosen if problem == "rosenbrock" else lambda x: quad(x, A2, B2))
    x, fX, i = fmincg(rec, ROS0, {"MaxIter": n})
    assert len(rec.points) <= abs(n)
    assert i == len(rec.points)


@pytest.mark.parametrize("red", [1.0, 0.5, 3.0, 1e-3])
@pytest.mark.parametrize("n", [5, -10])
def test_first_trial_point_uses_the_expected_reduction(red, n):
    rec = Recorder(scipy_rosen)
    options = {"MaxIter": n} if red == 1.0 and n > 0 else {"MaxIter": [n, red]}
    fmincg(rec, ROS0, options)
    g0 = [-215.6, -88.0]  # rosen_der at (-1.2, 1) by hand
    step = red / (1 + math.fsum(g * g for g in g0))
    expected = [x - step * g for x, g in zip(ROS0.tolist(), g0)]
    np.testing.assert_array_equal(rec.points[0], ROS0)
    np.testing.assert_allclose(rec.points[1], expected, rtol=1e-14, atol=0)


@pytest.mark.parametrize("options", [None, {}, {"MaxIter": None}, {"Display": "off"}])
def test_default_maxiter_is_100(options):
    x0 = np.tile(ROS0, 5)  # 10-D Rosenbrock needs more than 100 line searches from here
    x, fX, i = fmincg(rosenbrock, x0, options)
    assert i == 100 and len(fX) == 100
    x100, fX100, _ = fmincg(rosenbrock, x0, {"MaxIter": 100})
    np.testing.assert_array_equal(x, x100)
    np.testing.assert_array_equal(fX, fX100)


# ---------------------------------------------------------------- at a minimum, division by zero

def test_at_the_minimum_two_failed_line_searches():
    x0 = np.ones(3)
    assert not np.any(rosenbrock(x0)[1])  # the gradient is exactly zero
    count = Counter()
    x, fX, i = fmincg(rosenbrock, x0, branches=count)
    np.testing.assert_array_equal(x, x0)
    assert fX.shape == (0,) and i == 2
    assert count["failure"] == 2 and count["success"] == 0
    x[0] = 7.0  # a copy, not x0 itself
    np.testing.assert_array_equal(x0, np.ones(3))


def test_no_exception_under_caller_errstate_raise():
    x0 = np.array([0.5, -0.25])

    def flat_after_start(x):  # constant value, gradient zero everywhere but at x0; Python numbers
        return 1, ([2, -1] if np.array_equal(x, x0) else [0, 0])

    with np.errstate(all="raise"):
        x, fX, i = fmincg(rosenbrock, np.ones(2))
        x2, fX2, i2 = fmincg(flat_after_start, x0)
        x3, fX3, i3 = fmincg(lambda x: (0, [0, 0]), x0, {"MaxIter": -30})
        assert np.geterr()["divide"] == "raise"  # the caller's setting is back
    np.testing.assert_array_equal(x, np.ones(2))
    np.testing.assert_array_equal(x2, x0)
    assert fX2.size == 0 and i2 == 2
    np.testing.assert_array_equal(x3, x0)
    assert fX3.size == 0 and i3 <= 30


# ---------------------------------------------------------------- input and output forms

@pytest.mark.parametrize("column", [False, True])
def test_x0_kept_and_shape_preserved(column):
    x0 = np.array([[-1.2], [-0.6], [0.3]]) if column else np.array([-1.2, -0.6, 0.3])
    before = x0.copy()
    rec = Recorder(rosenbrock)
    x, fX, i = fmincg(rec, x0, {"MaxIter": 10})
    np.testing.assert_array_equal(x0, before)
    assert x.shape == x0.shape and x.dtype == np.float64
    assert all(p.shape == x0.shape for p in rec.points)
    assert not np.shares_memory(x, x0)


def test_list_and_integer_x0():
    x, _, _ = fmincg(quad, [0, 0], {"MaxIter": 50}, A2, B2)
    assert x.shape == (2,) and x.dtype == np.float64
    np.testing.assert_allclose(x, np.linalg.solve(A2, B2), atol=1e-8)


def test_extra_arguments_reach_f():
    A, b = spd8()
    x, fX, i = fmincg(quadratic_cost, np.zeros((8, 1)), {"MaxIter": 20}, A, b.reshape(-1, 1))
    assert x.shape == (8, 1)
    np.testing.assert_allclose(x.ravel(), np.linalg.solve(A, b), atol=1e-8)
    seen = []
    fmincg(lambda x, p, q: (seen.append((p, q)), quad(x, A2, B2))[1], np.zeros(2), {"MaxIter": 2}, "p", 42)
    assert seen and set(seen) == {("p", 42)}


def test_verbose_prints_progress(capsys):
    fmincg(scipy_rosen, ROS0, {"MaxIter": 3}, verbose=True)
    out = capsys.readouterr().out
    assert out.count("Iteration") == 3 and "| Cost:" in out and out.endswith("\n")
    fmincg(scipy_rosen, ROS0, {"MaxIter": 3})
    fmincg(scipy_rosen, ROS0, {"MaxIter": 3}, verbose=False)
    assert capsys.readouterr() == ("", "")


def test_branches_on_rosenbrock_3d():
    count = Counter()
    x, fX, i = fmincg(rosenbrock, np.array([-1.2, -0.6, 0.3]), {"MaxIter": 40}, branches=count)
    for name in ("complex-extrapolation", "extrapolate-max", "clip-limit", "clip-ext", "success"):
        assert count[name] > 0, name
    assert count["success"] == len(fX)
    assert set(count) <= DOCUMENTED


# ---------------------------------------------------------------- errors

BAD_CALLS = {
    "f": ("not callable", np.zeros(2), None), "row": (rosenbrock, np.zeros((1, 2)), None),
    "matrix": (rosenbrock, np.zeros((2, 2)), None), "empty": (rosenbrock, np.zeros(0), None),
    "options-int": (rosenbrock, np.zeros(2), 5), "options-list": (rosenbrock, np.zeros(2), [("MaxIter", 5)]),
    **{f"MaxIter={v!r}": (rosenbrock, np.zeros(2), {"MaxIter": v})
       for v in (0, 2.5, False, "a", [1, 2, 3], float("inf"), float("nan"), [0, 0.5], [2.5, 1])},
}


@pytest.mark.parametrize("args", BAD_CALLS.values(), ids=BAD_CALLS.keys())
def test_errors(args):
    with pytest.raises(ValueError, match=r"^fmincg:"):
        fmincg(*args)


@pytest.mark.parametrize("value", ["5", "a"], ids=["string-5", "string-a"])
def test_maxiter_must_be_numeric_not_text(value):
    # Octave's original refuses a char MaxIter (it takes a logical one as the number 0 or 1, as any count).
    with pytest.raises(ValueError, match=r"^fmincg:"):
        fmincg(rosenbrock, np.zeros(2), {"MaxIter": value})


def test_a_logical_maxiter_is_the_number_1():
    for true in (True, np.True_):
        for a, b in zip(fmincg(rosenbrock, np.zeros(2), {"MaxIter": true}), fmincg(rosenbrock, np.zeros(2), {"MaxIter": 1})):
            np.testing.assert_array_equal(a, b)


# What fmincg do with what a caller's function gives them (issue 11): tables in hardening_callbacks.py.
from .hardening_callbacks import test_fmincg_refuses_a_bad_return, test_fmincg_refuses_a_bad_return_at_a_later_evaluation, test_fmincg_takes_a_gradient_as_a_column_or_1d, test_non_finite_values_are_values, test_fmincg_is_not_corrupted_by_its_objective, test_fmincg_hands_a_new_array_at_each_evaluation, test_option_names_in_any_case, test_option_names_in_any_case_are_checked_too, test_unknown_option_warns_by_name, test_fmincg_option_warning_is_the_ports_own  # noqa: E402,F401

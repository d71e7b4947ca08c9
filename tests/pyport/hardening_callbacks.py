"""What the ports do with what a caller's function gives them (issue 11, "Hardening"): fmincg's objective,
compute_numerical_gradient's J and check_nn_gradients' cost function.

- what a callback returns is checked, and refused with a ValueError naming the port, the callback
  and the shapes, in the words of Octave's originals (octave/fmincg.m, computeNumericalGradient.m);
- a callback never gets the port's own arrays: one that changes its argument in place changes nothing;
- fmincg's option names are matched in any case, as Octave's optimset does; an unknown one warns;
- NaN in, NaN out: check_nn_gradients' relDiff is NaN where Octave's is, and no RuntimeWarning leaks.

No Octave here: the Octave side of each refusal is in the .m files' %!error blocks and the cross-check's
error-* cases. The tests are collected where tests/test_layout.py wants them, under the module they test:
test_optimization.py and test_gradient_check.py import them from here (one table, both ports).
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import pytest

from pyport import check_nn_gradients, compute_numerical_gradient, fmincg, nn_cost_function_linear, rosenbrock
from pyport.optimization import FmincgOptionWarning

X3 = np.array([[1.0], [2.0], [3.0]])


def _quadratic(x):
    return float(np.sum(x * x)), 2 * x


# ---- what a callback returns: bad returns x {fmincg, compute_numerical_gradient} ---------------------

# (what the objective returns at x, fmincg's message, compute_numerical_gradient's message or None when
# the return is a valid value for J, which uses only the value)
BAD_RETURNS = [
    ("gradient-none", lambda x: (1.0, None),
     "fmincg: the gradient of f must be a real numeric n-by-1 column, got None", None),
    ("gradient-size-1", lambda x: (1.0, np.array([[1.0]])),
     "fmincg: the gradient of f must be an n-by-1 column (X is 3x1, so n = 3; the gradient of f is 1x1)", None),
    ("gradient-number", lambda x: (1.0, 0.5),
     "fmincg: the gradient of f must be an n-by-1 column (X is 3x1, so n = 3; the gradient of f is 1x1)", None),
    ("gradient-row", lambda x: (1.0, x.T),
     "fmincg: the gradient of f must be an n-by-1 column (X is 3x1, so n = 3; the gradient of f is 1x3)", None),
    ("gradient-too-long", lambda x: (1.0, np.ones(4)),
     "fmincg: the gradient of f must be an n-by-1 column (X is 3x1, so n = 3; the gradient of f is a 1-D array "
     "of length 4)", None),
    ("gradient-text", lambda x: (1.0, "abc"),
     'fmincg: the gradient of f must be a real numeric n-by-1 column, got "abc"', None),
    ("gradient-complex", lambda x: (1.0, x * 1j),
     "fmincg: the gradient of f must be a real numeric n-by-1 column, got a complex array of size 3x1", None),
    ("value-none", lambda x: (None, x),
     "fmincg: the value of f must be a real scalar, got None",
     "compute_numerical_gradient: the value of J must be a real scalar, got None"),
    ("value-array", lambda x: (x, x),
     "fmincg: the value of f must be a real scalar, got an array of size 3x1",
     "compute_numerical_gradient: the value of J must be a real scalar, got an array of size 3x1"),
    ("value-text", lambda x: ("abc", x),
     'fmincg: the value of f must be a real scalar, got "abc"',
     'compute_numerical_gradient: the value of J must be a real scalar, got "abc"'),
    ("value-complex", lambda x: (1j, x),
     "fmincg: the value of f must be a real scalar, got a complex array of size 1x1",
     "compute_numerical_gradient: the value of J must be a real scalar, got a complex array of size 1x1"),
    ("value-bools", lambda x: (np.array([True, False]), x),
     "fmincg: the value of f must be a real scalar, got a logical 1-D array of length 2",
     "compute_numerical_gradient: the value of J must be a real scalar, got a logical 1-D array of length 2"),
    ("no-gradient", lambda x: 1.0,
     "fmincg: f must return (value, gradient), got 1", None),
    ("one-output", lambda x: (1.0,),
     "fmincg: f must return (value, gradient), got a tuple of 1", None),
    ("nothing", lambda x: None,
     "fmincg: f must return (value, gradient), got None",
     "compute_numerical_gradient: the value of J must be a real scalar, got None"),
    ("empty-tuple", lambda x: (),
     "fmincg: f must return (value, gradient), got a tuple of 0",
     "compute_numerical_gradient: J must return a value, got a tuple of 0"),
]


@pytest.mark.parametrize("name,returns,message,_", BAD_RETURNS, ids=[b[0] for b in BAD_RETURNS])
def test_fmincg_refuses_a_bad_return(name, returns, message, _):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        fmincg(returns, X3, {"MaxIter": 5})


@pytest.mark.parametrize("name,returns,_,message", BAD_RETURNS, ids=[b[0] for b in BAD_RETURNS])
def test_compute_numerical_gradient_refuses_a_bad_value(name, returns, _, message):
    if message is None:  # a valid value: J's other outputs are not used
        assert compute_numerical_gradient(returns, X3).shape == X3.shape
        return
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        compute_numerical_gradient(returns, X3)


def test_fmincg_refuses_a_bad_return_at_a_later_evaluation():
    """Checked at every evaluation, not only the first (Today's port took a short gradient for done)."""
    calls = []

    def objective(x):
        calls.append(1)
        value, grad = _quadratic(x)
        return value, (grad if len(calls) < 3 else grad[:1])

    with pytest.raises(ValueError, match="the gradient of f must be an n-by-1 column .*; the gradient of f is 1x1"):
        fmincg(objective, X3, {"MaxIter": 5})
    assert len(calls) == 3


@pytest.mark.parametrize("x0,grad_shape", [(np.ones(3), (3,)), (np.ones(3), (3, 1)), (X3, (3,)), (X3, (3, 1)),
                                           (np.array(2.0), ()), (np.ones(1), (1, 1))])
def test_fmincg_takes_a_gradient_as_a_column_or_1d(x0, grad_shape):
    x, fX, i = fmincg(lambda x: (float(np.sum(x * x)), (2 * x).reshape(grad_shape)), x0, {"MaxIter": 5})
    assert x.shape == np.shape(x0) and np.allclose(x, 0)


@pytest.mark.parametrize("value", [np.inf, -np.inf, np.nan])
def test_non_finite_values_are_values(value):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no RuntimeWarning: Octave is silent
        x, fX, i = fmincg(lambda x: (value, 2 * x), X3, {"MaxIter": 3})
        assert x.shape == X3.shape
        numgrad = compute_numerical_gradient(lambda t: value, X3)
    assert np.isnan(numgrad).all()  # Inf - Inf and NaN - NaN: NaN, as in Octave


# ---- the callback never gets the port's own arrays -------------------------------------------------

def _scales_in_place(x):
    value, grad = _quadratic(x)
    x *= 1e3  # a careless objective: its argument is its own, as in Octave
    return value, grad


def _zeroes_in_place(x):
    value, grad = _quadratic(x)
    x[...] = 0.0
    return value, grad


def _keeps_and_reuses():
    state = {}  # the objective's own buffer, reused on purpose

    def objective(x):
        value, grad = _quadratic(x)
        out = state.setdefault("grad", np.empty_like(grad))
        out[...] = grad
        return value, out  # the same array every time: the port must not hold on to it
    return objective


@pytest.mark.parametrize("careless", [lambda: _scales_in_place, lambda: _zeroes_in_place, _keeps_and_reuses],
                         ids=["scales", "zeroes", "reuses-its-gradient"])
@pytest.mark.parametrize("x0", [X3, X3.ravel()], ids=["column", "1d"])
def test_fmincg_is_not_corrupted_by_its_objective(careless, x0):
    careless = careless()
    start = x0.copy()
    want = fmincg(_quadratic, x0, {"MaxIter": 8})
    got = fmincg(careless, x0, {"MaxIter": 8})
    assert np.array_equal(got.x, want.x) and np.array_equal(got.fX, want.fX) and got.i == want.i
    assert np.array_equal(x0, start)


def test_fmincg_hands_a_new_array_at_each_evaluation():
    seen = []

    def objective(x):
        seen.append(x)
        return _quadratic(x)

    x0 = X3.copy()
    result = fmincg(objective, x0, {"MaxIter": 3})
    assert len({id(a) for a in seen}) == len(seen)
    assert not any(np.shares_memory(a, x0) or np.shares_memory(a, result.x) for a in seen)


@pytest.mark.parametrize("careless", [lambda t: _scales_in_place(t)[0], lambda t: _zeroes_in_place(t)[0]],
                         ids=["scales", "zeroes"])
def test_compute_numerical_gradient_is_not_corrupted_by_j(careless):
    theta = np.array([[1.0, 2.0], [3.0, 4.0]])
    start = theta.copy()
    want = compute_numerical_gradient(lambda t: _quadratic(t)[0], theta)
    assert np.array_equal(compute_numerical_gradient(careless, theta), want)
    assert np.array_equal(theta, start)


def test_check_nn_gradients_gives_its_cost_a_copy():
    def careless(p, *args):
        J, grad = nn_cost_function_linear(p, *args)
        p *= 2.0
        return J, grad

    want = check_nn_gradients(1.0, "tanh")
    got = check_nn_gradients(1.0, "tanh", careless)
    assert np.array_equal(got.numgrad, want.numgrad) and np.array_equal(got.grad, want.grad)
    assert got.rel_diff == want.rel_diff


# ---- fmincg's options, as Octave's optimset takes them ---------------------------------------------

@pytest.mark.parametrize("options", [{"MaxIter": 7}, {"maxiter": 7}, {"MAXITER": 7}, {"mAxItEr": 7},
                                     {"MaxIter": 7, "Display": "off"}, {"maxiter": 7, "display": "off"},
                                     {"MaxIter": 100, "maxiter": 7}],
                         ids=["MaxIter", "maxiter", "MAXITER", "mAxItEr", "with-Display", "both-lower", "later-wins"])
def test_option_names_in_any_case(options):
    want = fmincg(rosenbrock, [-1.2, 1.0], {"MaxIter": 7})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = fmincg(rosenbrock, [-1.2, 1.0], options)
    assert np.array_equal(got.x, want.x) and np.array_equal(got.fX, want.fX) and got.i == 7


def test_option_names_in_any_case_are_checked_too():
    with pytest.raises(ValueError, match=r"^fmincg: the MaxIter option must be a non-zero integer, .* got 0$"):
        fmincg(rosenbrock, [-1.2, 1.0], {"maxiter": 0})


@pytest.mark.parametrize("name", ["TolFun", "MaxIters", "GradObj", "maxfunevals"])
def test_unknown_option_warns_by_name(name):
    want = fmincg(rosenbrock, [-1.2, 1.0], {"MaxIter": 5})
    with pytest.warns(FmincgOptionWarning) as record:
        got = fmincg(rosenbrock, [-1.2, 1.0], {"MaxIter": 5, name: 1})
    assert [str(w.message) for w in record] == [
        f"fmincg: ignoring unknown option {name} (fmincg knows MaxIter and Display)"]
    assert np.array_equal(got.x, want.x)
    assert record[0].filename == __file__  # it points at the caller


def test_fmincg_option_warning_is_the_ports_own():
    assert issubclass(FmincgOptionWarning, UserWarning) and not issubclass(FmincgOptionWarning, RuntimeWarning)


# ---- NaN in, NaN out -------------------------------------------------------------------------------

def _nan_cost(*args):
    J, grad = nn_cost_function_linear(*args)
    return float("nan"), grad


def _flat_cost(p, *args):
    return 1.0, np.zeros_like(p)


def _inf_gradient(*args):
    J, grad = nn_cost_function_linear(*args)
    return J, grad * np.inf


@pytest.mark.parametrize("cost,numgrad_nan", [(_nan_cost, True), (_flat_cost, False), (_inf_gradient, False)],
                         ids=["nan-cost", "constant-cost-0/0", "inf-gradient"])
def test_rel_diff_is_nan_where_octaves_is(cost, numgrad_nan):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # neither ZeroDivisionError nor RuntimeWarning
        numgrad, grad, rel_diff = check_nn_gradients(0.0, "sigmoid", cost)
    assert isinstance(rel_diff, float) and np.isnan(rel_diff)
    assert np.isnan(numgrad).all() == numgrad_nan

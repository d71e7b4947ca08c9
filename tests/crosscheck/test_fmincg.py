"""fmincg against Octave beyond the registered cases: which branches the isolated cases reach,
that the end-to-end budgets are stable, Octave's min/max/sqrt semantics the port relies on, and
that wrong ports are caught."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest

import pyport
from crosscheck.cases import optimization, topic_cases
from crosscheck.registry import select
from crosscheck.runner import port_arg, run_cases
from pyport import octave as _octave  # not `octave`: the tests take a fixture of that name

CASES = topic_cases("optimization")
ISOLATED = [c for c in CASES if c.function == "fmincg" and c.name.endswith("-isolated")]
# (rosenbrock is ported bit for bit: its end-to-end cases are compared exactly, with no floor)
END_TO_END = [c for c in CASES if c.function == "fmincg" and c.tol is optimization.END_TO_END]

#: Every branch of the line search but the complex interpolation, which needs the cubic fit between
#: the two ends of a bracket to have no turning point while its second point still fails the
#: sufficient-decrease test but lies below the first: impossible in exact arithmetic (README, fmincg).
REACHED = {"quadratic", "cubic", "bisect-nonfinite", "complex-extrapolation", "extrapolate-max", "bisect-limit",
           "clip-limit", "clip-ext", "clip-int", "clip-near-limit", "success", "failure", "restart"}


@pytest.mark.octave
def test_isolated_cases_reach_every_branch(octave):
    seen = Counter()
    for case in ISOLATED:
        f, x0, options, *extra = (port_arg(a, octave) for a in case.make_inputs())
        pyport.fmincg(f, x0, options, *extra, branches=seen)
    assert REACHED <= set(seen), f"never reached: {sorted(REACHED - set(seen))}"


@pytest.mark.octave
def test_end_to_end_budgets_are_stable_under_a_one_ulp_nudge(octave):
    """The floor, measured on the original, is above 0 (the nudge moved the trace but not its length)
    and small (the budget stops before the chaos grows)."""
    for r in run_cases(END_TO_END, octave):
        floor_x, floor_fX = r.outputs[0].atol, r.outputs[1].atol
        scale = 1 + float(np.max(np.abs(r.octave_values[0])))
        assert 0 < floor_x < 1e-8 * scale, f"{r.case.id}: unstable or moved too far: floor {floor_x:.2e}"
        assert floor_fX < 1e-8 * scale, r.case.id


@pytest.mark.octave
def test_a_noisy_port_cannot_widen_its_own_floor(octave):
    """The floor comes from the original alone: a port that adds noise gets the same floor, and fails."""
    case = select(END_TO_END, ["fmincg/logistic-regression"])[0]

    def noisy(f, x0, options, *args):
        x, fX, i = pyport.fmincg(f, x0, options, *args)
        return x * (1 + 1e-9), fX, i

    clean, dirty = run_cases([case, dataclasses.replace(case, port=noisy)], octave)
    assert clean.passed and not dirty.passed
    assert clean.outputs[0].atol == dirty.outputs[0].atol > 0


def _octave_value(octave, function, *args):
    r = octave.call(function, *args)
    assert r.status == "ok", r.message
    v = np.asarray(r.outputs[0]).reshape(())
    return complex(v) if np.iscomplexobj(v) else float(v)


@pytest.mark.octave
@pytest.mark.parametrize("a, b", [(1j, -1.0), (-1.0, 1j), (-0.3 + 0.2j, -0.2), (-0.2, -0.3 + 0.2j), (0.05j, -0.2),
                                  (100.0, np.nan), (np.nan, 3.0), (2.0, -5.0), (3 + 4j, 5.0), (-0.0, 0.0)])
def test_min_and_max_as_octave(octave, a, b):
    for name, mine in (("min", _octave.min), ("max", _octave.max)):
        want = _octave_value(octave, name, np.array([[a]]), np.array([[b]]))
        got = mine(a, b)
        assert type(got) is type(want) or (isinstance(got, float) and isinstance(want, float)), (name, a, b, got, want)
        assert got == want or (got != got and want != want), (name, a, b, got, want)


@pytest.mark.octave
@pytest.mark.parametrize("x", [-4.0, 4.0, -2.5e-300, 0.0])
def test_sqrt_as_octave(octave, x):
    assert _octave.sqrt(x) == _octave_value(octave, "sqrt", np.array([[x]]))


def _with_port(case, port):
    return dataclasses.replace(case, port=port)


def _scipy_cg(f, x0, options, *args):
    """What ports in circulation do instead: scipy's conjugate gradients (other iterates)."""
    from scipy.optimize import minimize
    r = minimize(lambda x: f(x.reshape(-1, 1), *args)[0], np.ravel(x0), method="CG",
                 jac=lambda x: np.ravel(f(x.reshape(-1, 1), *args)[1]), options={"maxiter": int(options["MaxIter"])})
    return r.x.reshape(-1, 1), np.array([r.fun]), r.nit


@pytest.mark.octave
def test_scipy_cg_is_not_fmincg(octave):
    case = select(CASES, ["fmincg/rosenbrock-10"])[0]
    [r] = run_cases([_with_port(case, _scipy_cg)], octave)
    assert not r.passed


@pytest.mark.octave
def test_x_transpose_x_by_ddot_is_caught_in_isolation(octave, monkeypatch):
    """x'*x through ddot instead of Octave's dsyrk differs in the last bit, and the trace shows it."""
    monkeypatch.setattr(_octave, "xtx", lambda x: np.float64(np.dot(x, x)))
    cases = select(CASES, ["fmincg/neural-network-isolated", "fmincg/logistic-regression-isolated",
                             "fmincg/rosenbrock-10-isolated"])
    results = run_cases(cases, octave)
    assert any(not r.passed for r in results)


@pytest.mark.octave
def test_fmincg_never_moves_the_self_expressive_diagonal(octave):
    cases = select(CASES, ["fmincg/self-expressive-isolated", "fmincg/self-expressive"])
    for r in run_cases(cases, octave):
        assert r.passed, r.message
        for X in (r.octave_values[0], r.port_values[0]):
            C = np.reshape(X, (8, 8), order="F")
            assert np.all(np.diag(C) == 0) and np.count_nonzero(C) > 0

"""Every registered case against a real Octave, and proof that the harness catches wrong ports."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from crosscheck.cases import project_cases
from crosscheck.registry import select
from crosscheck.runner import run_cases

pytestmark = pytest.mark.octave
CASES = project_cases()


@pytest.fixture(scope="module")
def results(octave):
    return {r.case.id: r for r in run_cases(CASES, octave)}


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_case_agrees_with_octave(results, case_id):
    r = results[case_id]
    assert r.passed, f"{case_id}: {r.status}: {r.message}"


def _with_port(case_id: str, port):
    return dataclasses.replace(select(CASES, [case_id])[0], port=port)


def _np_std_normalize(X):
    """The most common porting mistake: numpy's std divides by N."""
    mu, sigma = X.mean(axis=0, keepdims=True), X.std(axis=0, keepdims=True)
    return (X - mu) / sigma, mu, sigma


def _broadcasting_cost(X, y, theta):
    """y given 1-D against a column prediction: (m,1) - (m,) broadcasts to (m,m)."""
    err = X @ theta - y.ravel()
    return float(np.sum(err * err) / (2 * X.shape[0]))


def _cost_over_m(X, y, theta):
    err = X @ theta - y
    return float(np.sum(err * err) / X.shape[0])


def _silent_refusal(X, y, theta):
    """Accepts a row y by reshaping it: a silent guess where Octave refuses."""
    err = X @ theta - np.reshape(y, (-1, 1))
    return float(np.sum(err * err) / (2 * X.shape[0]))


def _gd_one_short(X, y, theta, alpha, num_iters):
    from pyport import gradient_descent_multi
    theta, J = gradient_descent_multi(X, y, theta, alpha, int(num_iters) - 1)
    return theta, np.append(J, J[-1:])


def _inv_not_pinv(X, y):
    """inv where the original has pinv: fine on full rank, garbage or an error on a rank-deficient X."""
    return np.linalg.inv(X.T @ X) @ X.T @ y


def _nn_grad_times_two(*args):
    from pyport import nn_cost_function_linear
    J, grad = nn_cost_function_linear(*args)
    return J, 2 * grad


def _nn_row_major(nn_params, n_in, n_hid, n_out, X, y, lam, act="sigmoid"):
    """Theta(:) read as numpy's default (row-major) order on both ends."""
    from pyport import nn_cost_function_linear
    n1 = int(n_hid) * (int(n_in) + 1)
    p = np.ravel(nn_params)
    T1 = p[:n1].reshape(int(n_hid), int(n_in) + 1)
    T2 = p[n1:].reshape(int(n_out), int(n_hid) + 1)
    J, grad = nn_cost_function_linear(np.concatenate([T1.ravel(order="F"), T2.ravel(order="F")]).reshape(-1, 1),
                                      n_in, n_hid, n_out, X, y, lam, act)
    return J, grad


def _sigmoid_by_tanh(z):
    """Algebraically the sigmoid, 0.5 * (1 + tanh(z/2)), but 1 + tanh cancels for negative z: digits lost."""
    return 0.5 * (1 + np.tanh(np.asarray(z) / 2))


@pytest.mark.parametrize("case_id, port", [
    ("featureNormalize/age-height-weight", _np_std_normalize),
    ("computeCostMulti/sin-grid", _broadcasting_cost),
    ("computeCostMulti/sin-grid", _cost_over_m),
    ("computeCostMulti/error-y-row", _silent_refusal),
    ("gradientDescentMulti/sin-grid", _gd_one_short),
    ("normalEqn/repeated-column", _inv_not_pinv),
    ("nnCostFunctionLinear/tanh-labels3-lambda1.5", _nn_grad_times_two),
    ("nnCostFunctionLinear/sigmoid-labels3-lambda1.5", _nn_row_major),
    ("sigmoid/grid", _sigmoid_by_tanh),
], ids=["std-by-N", "broadcast-m-by-m", "cost-over-m", "silent-reshape", "one-update-short", "inv-not-pinv",
        "nn-grad-2-over-m", "nn-row-major", "sigmoid-by-tanh-cancels"])
def test_a_wrong_port_is_caught(octave, case_id, port):
    [r] = run_cases([_with_port(case_id, port)], octave)
    assert not r.passed, f"the harness let a wrong port of {case_id} pass"



def test_a_case_timeout_limits_its_octave_call(octave):
    """Case.timeout is the Octave call's time limit: a hang is that case's octave-timeout, and the
    next case still runs."""
    from crosscheck.case import Case
    from crosscheck.runner import Status

    hang = Case("pause", "ten-seconds", lambda rng: (10.0,), (), port=lambda s: None, timeout=1.0)
    after = select(CASES, ["sigmoid/scalar"])[0]
    r_hang, r_after = run_cases([hang, after], octave)
    assert r_hang.status is Status.OCTAVE_TIMEOUT and "1 s" in r_hang.message
    assert r_after.passed


def test_a_handles_port_is_the_function_the_port_side_binds(octave):
    """Handle.port names the Python function bound on the port's side (a user's own objective, say):
    a wrong one there is caught even though the minimiser is right."""
    from crosscheck.case import Handle

    case = select(CASES, ["computeNumericalGradient/tanh-network"])[0]
    J, theta = case.make_inputs()

    def doubled(*args):
        import pyport
        return 2 * pyport.nn_cost_function_linear(*args).J

    right = dataclasses.replace(case, inputs=lambda rng: (dataclasses.replace(J, port=None), theta))
    wrong = dataclasses.replace(case, name="tanh-network-doubled",
                                inputs=lambda rng: (Handle(J.function, J.bound, port=doubled), theta))
    r_right, r_wrong = run_cases([right, wrong], octave)
    assert r_right.passed and not r_wrong.passed


REFUSALS = [c for c in CASES if c.raises is not None]


def test_every_refusal_reads_the_same_in_both_languages(octave):
    """Every error-* case: Octave's message and the port's, word for word once the function's name
    and lambda_ are mapped (crosscheck.messages), and both contain the case's ``raises`` text."""
    from crosscheck.messages import as_octave, same_refusal
    from crosscheck.runner import call_port, octave_arg, port_arg
    from crosscheck.session import Call, CallStatus

    assert len(REFUSALS) >= 35
    inputs = [c.make_inputs() for c in REFUSALS]
    answers = octave.call_many([Call(function=c.function, args=tuple(octave_arg(a) for a in args),
                                     nout=len(c.outputs)) for c, args in zip(REFUSALS, inputs)])
    differ = []
    for case, args, answer in zip(REFUSALS, inputs, answers):
        _, exc, _, _ = call_port(case.port_function, tuple(port_arg(a, octave) for a in args))
        assert answer.status is CallStatus.ERROR, f"{case.id}: Octave did not refuse"
        assert isinstance(exc, ValueError), f"{case.id}: the port raised {exc!r}"
        assert case.raises.lower() in answer.message.lower(), f"{case.id}: {answer.message}"
        if not same_refusal(answer.message, str(exc), case.function):
            differ.append(f"{case.id}:\n  Octave: {answer.message}\n  port:   {as_octave(str(exc), case.function)}")
    assert not differ, "\n".join(differ)

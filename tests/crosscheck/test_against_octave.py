"""Every registered case against a real Octave, and proof that the harness catches wrong ports."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from crosscheck import cases as registry
from crosscheck.runner import run_cases

pytestmark = pytest.mark.octave
CASES = registry.all_cases()


@pytest.fixture(scope="module")
def results(octave):
    return {r.case.id: r for r in run_cases(CASES, octave)}


@pytest.mark.parametrize("case_id", [c.id for c in CASES])
def test_case_agrees_with_octave(results, case_id):
    r = results[case_id]
    assert r.passed, f"{case_id}: {r.status}: {r.message}"


def _with_port(case_id: str, port):
    return dataclasses.replace(registry.select([case_id])[0], port=port)


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


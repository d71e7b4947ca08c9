"""The mismatch doctor: each classic porting mistake, planted in a copy of one of the project's ports or
in the port of a small function written for these tests (tests/crosscheck/m/doctor), is named with its
id; noise, of any size and pattern, never is."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

import pyport
from crosscheck.case import Case, Output as Out
from crosscheck.cases import project_cases
from crosscheck.compare import Tolerance
from crosscheck.doctor import MISTAKES, Evidence, Output, diagnose, diagnosis_line, numbers, variants
from crosscheck.doctor.values import test_factor as factor_of, test_shifted as shift_of
from crosscheck.runner import run_cases
from crosscheck.session import OctaveSession

SMALL = Path(__file__).resolve().parent / "m" / "doctor"
TIGHT = Tolerance(rtol=1e-13, why="exact to rounding")


# -- noise is never a mistake ----------------------------------------------------------------------------
def _noisy(rng: np.random.Generator):
    """A failing case made of noise: inputs like a case's, 1 to 3 outputs (reals, integers, increasing
    traces, of many shapes and sizes), and a port off by noise of 1e-15 to 100 times the output's size,
    everywhere, at some entries or at one, or unrelated values altogether."""
    m, n = (int(k) for k in rng.integers(1, 30, size=2))
    inputs = (rng.standard_normal((m, n)), rng.standard_normal((m, 1)), rng.standard_normal((n, 1)),
              float(rng.choice([0.5, 1.0, 3.0, 100.0])), float(rng.integers(1, 400)))
    outputs = []
    for k in range(int(rng.integers(1, 4))):
        shape = [(1, 1), (m, 1), (1, n), (m, n), (n, n), (m + 1, 1)][int(rng.integers(0, 6))]
        octave = rng.standard_normal(shape) * 10.0 ** rng.uniform(-8, 8)
        kind = int(rng.integers(0, 3))
        if kind == 1:
            octave = rng.integers(1, 10, shape).astype(float)
        elif kind == 2:
            octave = np.cumsum(np.abs(octave), axis=0)
        size = np.abs(octave).max()
        rel = 10.0 ** rng.uniform(-15, 2)
        how = int(rng.integers(0, 4))
        if how == 2:
            port = rng.standard_normal(shape) * size
        elif how == 3:
            port = octave.copy()
            port.flat[int(rng.integers(0, octave.size))] += rel * size
        else:
            noise = rng.standard_normal(shape) * rel * size
            port = octave + (noise * (rng.random(shape) < rng.uniform(0.05, 0.5)) if how == 1 else noise)
        if np.array_equal(port, octave):  # no entry was picked: noise everywhere instead
            port = octave + rng.standard_normal(shape) * rel * size
        tol = Tolerance(rtol=10.0 ** rng.uniform(-16, -10), scale=str(rng.choice(["entry", "output"])))
        outputs.append(Output(f"out{k}", octave, port, tol))
    return Evidence("f", inputs, outputs, list(range(len(outputs))))


def test_noise_is_never_named_a_mistake():
    rng = np.random.default_rng(20261127)
    claims, tried = [], 0
    for _ in range(1200):
        ev = _noisy(rng)
        tried += len(ev.outputs)
        claims += [(d.id, d.detail) for d in diagnose(ev).values()]
    assert tried > 2000
    assert claims == []


def test_odd_values_never_make_the_doctor_raise():
    """Empty outputs, complex ones, NaN and Inf, ports that return bools, ints, float32, 3-D arrays,
    strings, None: the doctor names nothing it cannot see and never raises."""
    rng = np.random.default_rng(5)
    inputs = (rng.standard_normal((4, 3)), 2.0, {"MaxIter": 5.0}, "tanh", np.array([[3.0]]), None, np.zeros((0, 2)))
    for _ in range(1000):
        shape = [(1, 1), (0, 0), (3, 1), (1, 4), (3, 3), (2, 5), (0, 3)][int(rng.integers(0, 7))]
        octave = rng.standard_normal(shape) + (1j * rng.standard_normal(shape) if rng.random() < 0.2 else 0)
        if octave.size and rng.random() < 0.3:
            octave.flat[0] = [np.nan, np.inf][int(rng.integers(0, 2))]
        ports = [octave + 1, np.ones(shape, dtype=bool), np.arange(octave.size), np.float32(1.5), octave.T,
                 np.full(shape, np.nan), octave.ravel(), np.zeros((0,)), 3, np.zeros((2, 2, 2)), np.array(["a"]),
                 -octave, None, {"a": 1}]
        port = ports[int(rng.integers(0, len(ports)))]
        tol = Tolerance(rtol=1e-12, atol=np.zeros(shape) if rng.random() < 0.3 else 0.0)
        outputs = [Output("a", octave, port, tol), Output("b", octave, port, tol)]
        diagnose(Evidence("f", inputs, outputs, [0, 1], rerun=lambda tried: [None] * len(tried)))


def test_a_small_error_is_not_a_mistake():
    """An error within the doctor's own allowance (1e-8 of the output) is rounding, not a mistake, even
    where it happens to look like one (a symmetric matrix is its own transpose)."""
    a = np.array([[2.0, 1.0], [1.0, 3.0]])
    ev = Evidence("f", (), [Output("A", a, a.T + 1e-12, TIGHT)], [0])
    assert diagnose(ev) == {}


# -- each hypothesis on its own, without Octave ---------------------------------------------------------
def test_a_constant_factor_is_named_with_the_size_it_comes_from():
    X = np.arange(20.0).reshape(10, 2)
    sizes, _, _ = numbers((X,))
    sigma = np.std(X, axis=0, ddof=1, keepdims=True)
    found = factor_of(Output("sigma", sigma, np.std(X, axis=0, keepdims=True), TIGHT), sizes)
    assert found.id == "ddof" and "N = 10 (the rows of argument 1)" in found.detail
    found = factor_of(Output("J", np.array([[3.0]]), 3.0 / 20, TIGHT), sizes)
    assert found.id == "scaled" and "1/(2m), m = 10" in found.detail
    assert factor_of(Output("g", sigma, -sigma, TIGHT), sizes).id == "sign-flipped"
    assert factor_of(Output("J", np.array([[3.0]]), 3.0 * 1.2345, TIGHT), sizes) is None  # a scalar: only named factors


def test_a_trace_one_iteration_off():
    trace = np.cumprod(np.full((8, 1), 0.9))[:, None]
    assert shift_of(Output("J", trace, np.r_[5.0, trace[:-1, 0]], TIGHT)).detail.endswith("one iteration behind")
    assert "ahead" in shift_of(Output("J", trace, trace[1:, 0], TIGHT)).detail
    assert shift_of(Output("J", trace, trace[:, 0] * 1.01, TIGHT)) is None


def test_reruns_change_each_iteration_count_by_one_and_flip_std():
    tried = variants((np.ones((3, 2)), 2.5, 100.0, {"MaxIter": 50.0, "Display": "off"}))
    assert tried[0].ddof
    assert [v.label for v in tried[1:]] == ["argument 3 = 99 instead of 100", "argument 3 = 101 instead of 100",
                                            "MaxIter = 49 instead of 50", "MaxIter = 51 instead of 50"]
    assert tried[3].args[3] == {"MaxIter": 49.0, "Display": "off"}


def test_the_report_line():
    assert diagnosis_line({"id": "scaled", "detail": "x", "fix": "y"}) == "diagnosis [scaled]: x; fix: y"
    assert diagnosis_line(None).startswith("diagnosis: none")
    assert diagnosis_line(None, passed=True) is None


# -- planted in copies of the project's ports ----------------------------------------------------------
def _featurenormalize_ddof(X):
    mu = X.mean(axis=0, keepdims=True)
    sigma = X.std(axis=0, keepdims=True)  # numpy's default: N, where Octave's std divides by N-1
    return (X - mu) / sigma, mu, sigma


def _featurenormalize_swapped(X):
    X_norm, mu, sigma = pyport.feature_normalize(X)
    return X_norm, sigma, mu


def _featurenormalize_transposed(X):
    X_norm, mu, sigma = pyport.feature_normalize(X)
    return X_norm.T, mu, sigma


def _featurenormalize_single(X):
    X = np.asarray(X, dtype=np.float32)
    mu = X.mean(axis=0, keepdims=True)
    sigma = X.std(axis=0, ddof=1, keepdims=True)
    return (X - mu) / sigma, mu, sigma


def _cost_over_m(X, y, theta):
    r = X @ theta - y
    return (r.T @ r).item() / X.shape[0]  # the course's cost divides by 2m


def _nn_regrouped(unroll_rows: bool, theta2_first: bool = False):
    def port(params, n_in, n_hid, n_out, X, y, lam, activation="sigmoid"):
        J, grad = pyport.nn_cost_function_linear(params, n_in, n_hid, n_out, X, y, lam, activation)
        n_in, n_hid, n_out = int(n_in), int(n_hid), int(n_out)
        g = np.asarray(grad).ravel()
        split = n_hid * (n_in + 1)
        order = "C" if unroll_rows else "F"
        G1 = g[:split].reshape((n_hid, n_in + 1), order="F").ravel(order=order)
        G2 = g[split:].reshape((n_out, n_hid + 1), order="F").ravel(order=order)
        return J, np.concatenate([G2, G1] if theta2_first else [G1, G2]).reshape(np.shape(grad))
    return port


def _nn_bias_regularized(params, n_in, n_hid, n_out, X, y, lam, activation="sigmoid"):
    J, grad = pyport.nn_cost_function_linear(params, n_in, n_hid, n_out, X, y, lam, activation)
    n_in, n_hid, n_out, m = int(n_in), int(n_hid), int(n_out), X.shape[0]
    p = np.asarray(params, dtype=float).ravel()
    bias = np.zeros(p.size, dtype=bool)
    bias[:n_hid] = True  # Theta1(:, 1)
    bias[n_hid * (n_in + 1):n_hid * (n_in + 1) + n_out] = True  # Theta2(:, 1)
    g = np.asarray(grad, dtype=float).ravel() + lam / m * p * bias
    return J + lam / (2 * m) * float(np.sum(p[bias] ** 2)), g.reshape(np.shape(grad))


def _lr_bias_regularized(theta, X, y, lam):
    J, grad = pyport.lr_cost_function(theta, X, y, lam)
    m, t0 = X.shape[0], float(np.ravel(theta)[0])
    grad = np.array(grad, dtype=float)
    grad.flat[0] += lam / m * t0
    return J + lam / (2 * m) * t0 ** 2, grad


def _quadratic_sign(x, A, b):
    f, g = pyport.quadratic_cost(x, A, b)
    return f, b - A @ x  # g = A*x - b


def _sigmoid_gradient_broadcast(z):
    s = pyport.sigmoid(z)
    return s * (1 - s.ravel())  # a (m,1) times a (m,): (m,m)


def _fmincg_counted_from_zero(f, X, options):
    X, fX, i = pyport.fmincg(f, X, options)
    return X, fX, i - 1


def _fmincg_one_fewer(f, X, options):
    return pyport.fmincg(f, X, dict(options, MaxIter=options["MaxIter"] - 1))


def _gd_one_fewer(X, y, theta, alpha, num_iters):
    return pyport.gradient_descent_multi(X, y, theta, alpha, num_iters - 1)


def _gd_cost_before_step(X, y, theta, alpha, num_iters):
    m, J = X.shape[0], np.zeros(int(num_iters))
    for k in range(int(num_iters)):
        J[k] = pyport.compute_cost_multi(X, y, theta)  # recorded before the update, not after
        theta = theta - alpha / m * (X.T @ (X @ theta - y))
    return theta, J


PLANTED = [  # (case id, port with the mistake, {output: id})
    ("featureNormalize/random-tall", _featurenormalize_ddof, {"X_norm": "ddof", "sigma": "ddof"}),
    ("featureNormalize/random-tall", _featurenormalize_swapped, {"mu": "swapped-outputs", "sigma": "swapped-outputs"}),
    ("featureNormalize/random-tall", _featurenormalize_transposed, {"X_norm": "transposed"}),
    ("featureNormalize/random-tall", _featurenormalize_single, {"X_norm": "single-precision", "mu": "single-precision",
                                                                "sigma": "single-precision"}),
    ("computeCostMulti/random-tall", _cost_over_m, {"J": "scaled"}),
    ("nnCostFunctionLinear/tanh-labels3-lambda1.5", _nn_regrouped(True), {"grad": "unrolled-row-major"}),
    ("nnCostFunctionLinear/tanh-labels3-lambda1.5", _nn_regrouped(False, True), {"grad": "permuted"}),
    ("nnCostFunctionLinear/tanh-labels3-lambda1.5", _nn_bias_regularized, {"J": "bias-regularized",
                                                                            "grad": "bias-regularized"}),
    ("lrCostFunction/random-lambda1", _lr_bias_regularized, {"J": "bias-regularized", "grad": "bias-regularized"}),
    ("quadraticCost/random-8", _quadratic_sign, {"g": "sign-flipped"}),
    ("sigmoidGradient/grid", _sigmoid_gradient_broadcast, {"g": "broadcast"}),
    ("fmincg/rosenbrock-2", _fmincg_counted_from_zero, {"i": "offset-by-one"}),
    ("fmincg/rosenbrock-10", _fmincg_one_fewer, {"X": "one-step-off", "fX": "one-step-off",
                                                         "i": "one-step-off"}),
    ("gradientDescentMulti/random-tall", _gd_one_fewer, {"theta": "one-step-off", "J_history": "one-step-off"}),
    ("gradientDescentMulti/random-tall", _gd_cost_before_step, {"J_history": "one-step-off"}),
]


@pytest.fixture(scope="module")
def project_case():
    cases = {c.id: c for c in project_cases()}
    return lambda case_id, port: dataclasses.replace(cases[case_id], port=port)


def _named(result) -> dict[str, str | None]:
    return {o.name: (o.diagnosis or {}).get("id") for o in result.outputs if not o.passed}


@pytest.mark.octave
@pytest.mark.parametrize("case_id, port, expected", PLANTED, ids=[f"{c}-{p.__name__}" for c, p, _ in PLANTED])
def test_a_mistake_planted_in_a_project_port_is_named(octave, project_case, case_id, port, expected):
    [result] = run_cases([project_case(case_id, port)], octave)
    assert _named(result) == expected, [o.diagnosis for o in result.outputs]
    for o in result.outputs:
        if not o.passed:
            assert o.diagnosis["fix"] and o.diagnosis["detail"]


def test_every_mistake_is_planted_somewhere():
    planted = {i for _, _, named in PLANTED + SMALL_PLANTED for i in named.values()}
    assert planted == set(MISTAKES)


# -- planted in the ports of small functions ---------------------------------------------------------
def _residuals(X, y, theta):
    return X @ theta - y


def _labels(scores):
    return np.argmax(scores, axis=1)[:, None] + 1.0


def _zscore_cost(X, y, theta, ddof=1):
    Xn = (X - X.mean(axis=0)) / X.std(axis=0, ddof=ddof)
    r = Xn @ theta - y
    return (r.T @ r).item() / (2 * X.shape[0])


def _power(A, v, num_iters):
    history = np.zeros((int(num_iters), 1))
    for k in range(int(num_iters)):
        v = A @ v
        v = v / np.linalg.norm(v)
        history[k] = v.T @ A @ v
    return v, history


def _unroll_pair(A, B):
    return np.concatenate([A.ravel(order="F"), B.ravel(order="F")])[:, None]


def _ridge(theta, X, y, lam, bias_too=False):
    m = X.shape[0]
    r = X @ theta - y
    reg = theta.copy() if bias_too else np.r_[[[0.0]], theta[1:]]
    return (r.T @ r).item() / (2 * m) + lam / (2 * m) * float(np.sum(reg ** 2)), X.T @ r / m + lam / m * reg


def _column_stats(X):
    return X.mean(axis=0, keepdims=True), X.std(axis=0, ddof=1, keepdims=True)


def _inputs(name: str):
    rng = np.random.default_rng(7)
    X, y, theta = rng.standard_normal((9, 3)), rng.standard_normal((9, 1)), rng.standard_normal((3, 1))
    Q, _ = np.linalg.qr(rng.standard_normal((4, 4)))
    A = Q @ np.diag([1.0, 0.9, 0.5, 0.2]) @ Q.T  # close eigenvalues: slow to converge
    return {
        "xc_residuals": (X, y, theta),
        "xc_labels": (rng.standard_normal((12, 5)),),
        "xc_zscore_cost": (X, y, theta),
        "xc_power_iteration": (A, rng.standard_normal((4, 1)), 8.0),
        "xc_unroll_pair": (rng.standard_normal((3, 4)), rng.standard_normal((2, 5))),
        "xc_ridge": (theta, np.c_[np.ones(9), X[:, :2]], y, 2.0),
        "xc_column_stats": (X,),
    }[name]


SMALL_PORTS = {"xc_residuals": (_residuals, ("r",)), "xc_labels": (_labels, ("p",)),
               "xc_zscore_cost": (_zscore_cost, ("J",)), "xc_power_iteration": (_power, ("v", Out("history", trace=True))),
               "xc_unroll_pair": (_unroll_pair, ("v",)), "xc_ridge": (_ridge, ("J", "grad")),
               "xc_column_stats": (_column_stats, ("mu", "sigma"))}

SMALL_PLANTED = [  # (function, port with the mistake, {output: id})
    ("xc_residuals", lambda X, y, theta: X @ theta.ravel() - y, {"r": "broadcast"}),
    ("xc_residuals", lambda X, y, theta: y - X @ theta, {"r": "sign-flipped"}),
    ("xc_labels", lambda scores: np.argmax(scores, axis=1)[:, None], {"p": "offset-by-one"}),
    ("xc_zscore_cost", lambda X, y, theta: _zscore_cost(X, y, theta, ddof=0), {"J": "ddof"}),
    ("xc_power_iteration", lambda A, v, n: _power(A, v, n + 1), {"v": "one-step-off", "history": "one-step-off"}),
    ("xc_unroll_pair", lambda A, B: np.concatenate([A.ravel(), B.ravel()])[:, None], {"v": "unrolled-row-major"}),
    ("xc_unroll_pair", lambda A, B: np.concatenate([B.ravel(order="F"), A.ravel(order="F")])[:, None],
     {"v": "permuted"}),
    ("xc_ridge", lambda t, X, y, lam: _ridge(t, X, y, lam, bias_too=True),
     {"J": "bias-regularized", "grad": "bias-regularized"}),
    ("xc_ridge", lambda t, X, y, lam: (_ridge(t, X, y, lam)[0] / 2, _ridge(t, X, y, lam)[1] * 2),
     {"J": "scaled", "grad": "scaled"}),
    ("xc_column_stats", lambda X: _column_stats(X)[::-1], {"mu": "swapped-outputs", "sigma": "swapped-outputs"}),
    ("xc_column_stats", lambda X: (X.mean(axis=0, keepdims=True).T, X.std(axis=0, ddof=1, keepdims=True)),
     {"mu": "transposed"}),
    ("xc_column_stats", lambda X: tuple(v.astype(np.float32) for v in _column_stats(X.astype(np.float32))),
     {"mu": "single-precision", "sigma": "single-precision"}),
]


@pytest.fixture(scope="module")
def small_octave(octave_cli):
    session = OctaveSession(first_paths=[SMALL], timeout=30)
    session.start()
    yield session
    session.close()


def _small_case(function, port):
    _, outputs = SMALL_PORTS[function]
    return Case(function, "planted", inputs=lambda rng: _inputs(function), outputs=outputs, port=port)


@pytest.mark.octave
def test_the_small_functions_ports_agree(small_octave):
    results = run_cases([_small_case(f, correct) for f, (correct, _) in SMALL_PORTS.items()], small_octave)
    assert [r.case.function for r in results if not r.passed] == []


@pytest.mark.octave
@pytest.mark.parametrize("function, port, expected", SMALL_PLANTED,
                         ids=[f"{f}-{'-'.join(sorted(set(e.values())))}" for f, _, e in SMALL_PLANTED])
def test_a_mistake_planted_in_a_small_function_is_named(small_octave, function, port, expected):
    [result] = run_cases([_small_case(function, port)], small_octave)
    assert _named(result) == expected, [o.diagnosis for o in result.outputs]


@pytest.mark.octave
def test_noisy_ports_of_the_project_are_not_diagnosed_even_with_reruns(octave, project_case):
    """Noise on real outputs, with the reruns of the original (std flipped, iteration counts moved) in
    play: nothing is named."""
    rng = np.random.default_rng(3)
    ids = ["featureNormalize/random-tall", "gradientDescentMulti/random-tall", "lrCostFunction/random-lambda1",
           "nnCostFunctionLinear/tanh-labels3-lambda1.5", "fmincg/rosenbrock-2", "computeCostMulti/random-tall"]
    cases = []
    for k in range(24):
        case_id = ids[k % len(ids)]
        rel = 10.0 ** rng.uniform(-9, 1)
        seed = int(rng.integers(0, 2**31))

        def noisy(*args, _port=project_case(case_id, None).port_function, _rel=rel, _seed=seed):
            r = np.random.default_rng(_seed)
            out = _port(*args)
            out = out if isinstance(out, tuple) else (out,)
            noisy_out = tuple(np.asarray(v, dtype=float) * (1 + _rel * r.standard_normal(np.shape(v))) for v in out)
            return noisy_out if len(noisy_out) > 1 else noisy_out[0]
        cases.append(dataclasses.replace(project_case(case_id, noisy), name=f"noisy-{k}"))
    results = run_cases(cases, octave)
    named = [(r.case.id, o.name, o.diagnosis) for r in results for o in r.outputs if o.diagnosis]
    assert named == []
    assert sum(not r.passed for r in results) >= 20

"""The Octave session: ok, error, time-out and death are four different results, and the session
recovers from the last two by itself. Also the harness's Octave helpers (crosscheck/m): their own test
blocks, and the one-ULP nudge held against numpy's nextafter."""

from __future__ import annotations

import dataclasses
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from crosscheck.session import (HELPER_DIR, Call, CallResult, CallStatus, OctaveFunction, OctaveSession,
                                OctaveUnavailable, Oct2PyMissing, filter_noise)

HELPERS = Path(__file__).resolve().parent / "m"


@pytest.fixture(scope="module")
def session(octave_cli, tmp_path_factory):
    cwd = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("octave-cwd"))  # to see whether Octave leaves files behind
    s = OctaveSession(paths=[HELPERS], timeout=20)
    s.start()
    yield s
    s.close()
    os.chdir(cwd)


@pytest.mark.octave
def test_ok_call_keeps_matlab_shapes(session):
    r = session.call("featureNormalize", np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]]), nout=3)
    assert r.status == "ok"
    X_norm, mu, sigma = r.outputs
    np.testing.assert_array_equal(mu, [[2.0, 20.0]])
    assert sigma.shape == (1, 2) and X_norm.shape == (3, 2)
    assert session.call("computeCost", np.ones((2, 2)), np.ones((2, 1)), np.ones((2, 1))).outputs[0].shape == (1, 1)


@pytest.mark.octave
def test_empty_outputs_keep_their_two_dimensions(session):
    # oct2py hands a 0x0 back from a cell as a 1-D array of length 0; the session gives Octave's 0x0.
    shapes = [session.call("sigmoid", np.zeros(shape)).outputs[0].shape for shape in ((0, 0), (0, 3), (3, 0))]
    assert shapes == [(0, 0), (0, 3), (3, 0)]
    assert session.call("zeros", 0.0, nout=1).outputs[0].shape == (0, 0)


@pytest.mark.octave
def test_error_keeps_octave_message(session):
    r = session.call("computeCostMulti", np.ones((3, 2)), np.ones((1, 3)), np.ones((2, 1)))
    assert r.status == "error"
    assert r.message == "computeCostMulti: Y must be an M-by-1 column (X is 3x2, so M = 3; Y is 1x3)"


@pytest.mark.octave
def test_timeout_kills_and_restarts(session):
    before = session.pid
    r = session.call("xc_test_hang", nout=0, timeout=1.0)
    assert r.status is CallStatus.TIMEOUT and r.message == "no answer within 1 s" and r.seconds == 1.0
    assert session.pid != before
    assert session.call("computeCost", np.ones((2, 2)), np.ones((2, 1)), np.zeros((2, 1))).status == "ok"


@pytest.mark.octave
def test_death_is_reported_and_survived(session):
    restarts = session.restarts
    r = session.call("xc_test_die", nout=0)
    assert r.status is CallStatus.DIED and r.message.startswith("the Octave process died (")
    assert session.restarts == restarts + 1
    r = session.call("xc_test_noisy", np.array([[4.0]]))
    assert r.status == "ok" and r.outputs[0][0, 0] == 8.0


@pytest.mark.octave
def test_a_batch_pins_the_time_out_on_the_call_that_hangs(session):
    ok = Call(function="computeCost", args=(np.ones((2, 2)), np.ones((2, 1)), np.zeros((2, 1))), nout=1, timeout=1.0)
    bad = Call(function="computeCost", args=(np.ones((2, 3)), np.ones((2, 1)), np.ones((3, 1))), nout=1, timeout=1.0)
    results = session.call_many([ok, Call(function="xc_test_hang", args=(), nout=0, timeout=1.0), ok, bad])
    assert [r.status for r in results] == ["ok", "timeout", "ok", "error"]
    assert all(isinstance(r.status, CallStatus) for r in results)
    assert results[0].outputs[0][0, 0] == 0.5


@pytest.mark.octave
def test_an_argument_oct2py_cannot_send_is_an_error_not_a_death(session):
    restarts, pid = session.restarts, session.pid
    r = session.call("plus", object(), 1.0)
    assert r.status == "error" and r.message.startswith("oct2py failed on the Python side: ")
    assert (session.restarts, session.pid) == (restarts, pid)


@pytest.mark.octave
def test_a_batch_pins_a_death_on_the_call_that_dies(session):
    ok = Call(function="computeCost", args=(np.ones((2, 2)), np.ones((2, 1)), np.zeros((2, 1))), nout=1)
    results = session.call_many([ok, Call(function="xc_test_die", args=(), nout=0), ok])
    assert [r.status for r in results] == ["ok", "died", "ok"]


@pytest.mark.octave
def test_no_octave_workspace_file_is_left_behind(session):
    session.call("xc_test_die", nout=0)
    assert not Path("octave-workspace").exists()


def test_noise_filter_drops_exactly_the_known_lines():
    text = ("keep me\n"
            "error: ignoring const execution_exception& while preparing to exit\n"
            "octave: X11 DISPLAY environment variable not set\n"
            "octave: disabling GUI features\n"
            "error: ignoring const execution_exception& while preparing to exit, and more\n")
    assert filter_noise(text) == "keep me\nerror: ignoring const execution_exception& while preparing to exit, and more\n"


@pytest.mark.octave
def test_starting_a_session_prints_no_noise(octave_cli, capfd):
    with OctaveSession() as s:
        s.start()
        s.call("disp", "x", nout=0)
    err = capfd.readouterr().err
    assert "ignoring const execution_exception" not in err
    assert "X11" not in err


# -- typed outcomes -------------------------------------------------------------------------------
def test_call_status_is_a_str_that_prints_as_its_value():
    assert [s.value for s in CallStatus] == ["ok", "error", "timeout", "died"]
    assert CallStatus.OK == "ok" and CallStatus("died") is CallStatus.DIED
    assert f"octave-{CallStatus.TIMEOUT}" == "octave-timeout" and str(CallStatus.ERROR) == "error"


def test_call_and_result_are_built_by_keyword():
    with pytest.raises(TypeError):
        Call("computeCost", (), 1)  # noqa: the point of the test
    with pytest.raises(TypeError):
        CallResult(CallStatus.OK)  # noqa: the point of the test
    r = CallResult(status=CallStatus.ERROR, message="m")
    assert r.outputs == () and math.isnan(r.seconds)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.status = CallStatus.OK
    assert Call(function="f", args=(1,), nout=2).timeout is None


# -- a missing oct2py ------------------------------------------------------------------------------
def test_a_missing_oct2py_is_reported_as_such(monkeypatch):
    # The executable is not looked at before oct2py is imported: no Octave is needed (or started).
    monkeypatch.setenv("OCTAVE_EXECUTABLE", "octave-cli")  # start() sets it: put it back afterwards
    monkeypatch.setitem(sys.modules, "oct2py", None)  # what `import oct2py` finds when not installed
    with pytest.raises(Oct2PyMissing) as info:
        OctaveSession(executable=sys.executable).start()
    assert isinstance(info.value, OctaveUnavailable)  # the CLI's exit 2 still covers it
    message = str(info.value)
    assert "the Python package oct2py is not installed" in message
    assert 'pip install "oct2py>=6.1,<7"' in message and "make crosscheck" in message
    assert "would not start" not in message


def test_a_missing_oct2py_in_a_fresh_interpreter():
    code = ("import sys; sys.modules['oct2py'] = None\n"
            "from crosscheck.session import OctaveSession, Oct2PyMissing\n"
            "try:\n    OctaveSession(executable=sys.executable).start()\n"
            "except Oct2PyMissing as exc:\n    print(exc)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2], check=True).stdout
    assert out.startswith("the Python package oct2py is not installed: pip install")


# -- OctaveFunction --------------------------------------------------------------------------------
@pytest.mark.octave
def test_octave_function_gives_value_and_gradient_in_the_shape_of_x(session):
    A, b = np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([[1.0], [-1.0]])
    f = OctaveFunction(session, "quadraticCost", (A, b))
    x = np.array([[0.5, -1.0]])  # a row: the gradient comes back as a row too
    value, grad = f(x)
    assert isinstance(value, float) and value == 0.5 * x @ A @ x.T - x @ b
    np.testing.assert_array_equal(grad, (A @ x.T - b).T, strict=True)
    assert not hasattr(f, "calls")


@pytest.mark.octave
def test_octave_function_raises_naming_the_function_and_the_outcome(session):
    with pytest.raises(RuntimeError, match=r"^quadraticCost in Octave: error: "):
        OctaveFunction(session, "quadraticCost", (np.eye(3), np.ones((3, 1))))(np.ones(2))


# -- the helpers in crosscheck/m -------------------------------------------------------------------
@pytest.mark.octave
@pytest.mark.parametrize("name", sorted(p.stem for p in HELPER_DIR.glob("*.m")))
def test_helper_blocks(name, octave_cli):
    script = (f"[n, nmax] = test ('{name}', 'quiet', stdout); "
              f"printf ('%d of %d\\n', n, nmax); exit (n != nmax);")
    proc = subprocess.run([octave_cli, "--norc", "--no-gui", "--quiet", "--path", str(HELPER_DIR), "--eval", script],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"{name}: {proc.stdout}{filter_noise(proc.stderr)}"


def nudge_test_values() -> np.ndarray:
    """Doubles where a one-ULP step is easy to get wrong, and many ordinary ones."""
    rng = np.random.default_rng(20240611)
    powers = np.ldexp(1.0, np.arange(-1074, 1024))  # every power of two, subnormal ones included
    subnormal = rng.integers(1, 2**52, 2000, dtype=np.uint64).view(np.float64)
    anywhere = rng.integers(0, 0x7FF0000000000000, 4000, dtype=np.uint64).view(np.float64)  # finite, >= 0
    edges = np.array([0.0, np.finfo(float).tiny, np.finfo(float).max, np.finfo(float).smallest_subnormal,
                      1.0, 1.5, np.pi, 1e-300, 1e300])
    near = np.concatenate([np.nextafter(powers, 0.0), np.nextafter(powers, np.inf)])
    positive = np.concatenate([powers, subnormal, anywhere, edges, near, rng.standard_normal(1000) ** 2])
    return np.concatenate([positive, -positive, [-0.0]])


@pytest.mark.octave
@pytest.mark.parametrize("direction", [1.0, -1.0])
def test_nudge_is_numpys_nextafter(session, direction):
    x = nudge_test_values()
    assert x.size == 26607
    r = session.call("crosscheck_nudge", x.reshape(-1, 1), direction)
    assert r.status == "ok", r.message
    with np.errstate(over="ignore"):  # realmax goes to Inf, on both sides
        want = np.nextafter(x, direction * np.inf)
    got = r.outputs[0].ravel()
    wrong = np.flatnonzero((got != want) | (np.signbit(got) != np.signbit(want)))
    assert wrong.size == 0, [(x[k], got[k], want[k]) for k in wrong[:10]]


@pytest.mark.octave
def test_nudge_leaves_nan_and_inf_alone(session):
    x = np.array([[np.nan], [np.inf], [-np.inf]])
    for direction in (1.0, -1.0):
        got = session.call("crosscheck_nudge", x, direction).outputs[0]
        np.testing.assert_array_equal(got, x, strict=True)


@pytest.mark.octave
def test_a_nudged_handle_moves_f_and_the_nonzero_gradient_one_ulp(session):
    A, b = np.array([[2.0, 1.0], [1.0, 3.0]]), np.array([[3.0], [0.1]])
    x = np.array([[1.0], [1.0]])  # A @ x - b = [0, 3.9]: one exact zero in the gradient
    handle = {"crosscheck_handle": "quadraticCost", "bound": (A, b)}
    plain = session.call("feval", handle, x, nout=2)
    assert plain.status == "ok" and plain.outputs[1][0, 0] == 0.0
    f, g = plain.outputs
    for nudge in (1.0, -1.0):
        r = session.call("feval", {**handle, "nudge": nudge}, x, nout=2)
        assert r.status == "ok", r.message
        assert r.outputs[0] == np.nextafter(f, nudge * np.inf)
        np.testing.assert_array_equal(r.outputs[1], np.where(g == 0, 0.0, np.nextafter(g, nudge * np.inf)),
                                      strict=True)
        [one] = session.call("feval", {**handle, "nudge": nudge}, x, nout=1).outputs
        assert one == np.nextafter(f, nudge * np.inf)
    zero = session.call("feval", {**handle, "nudge": 0.0}, x, nout=2)
    assert [o.tolist() for o in zero.outputs] == [o.tolist() for o in plain.outputs]
    refused = session.call("feval", {**handle, "nudge": 0.5}, x, nout=2)
    assert refused.status == "error" and "nudge" in refused.message


@pytest.mark.octave
def test_an_octave_killed_from_outside_is_a_death_and_the_next_call_works(session):
    """A killed Octave stays a zombie until reaped: that is a death (restart), not an error."""
    import signal
    import time

    session.start()
    pid = session.pid
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.3)
    r = session.call("rosenbrock", np.ones((2, 1)), nout=2)
    assert r.status is CallStatus.DIED
    r = session.call("rosenbrock", np.ones((2, 1)), nout=2)
    assert r.status is CallStatus.OK and session.pid != pid

"""The Octave session: ok, error, time-out and death are four different results, and the session
recovers from the last two by itself."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from crosscheck.session import Call, OctaveSession, filter_noise

pytestmark = pytest.mark.octave
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


def test_ok_call_keeps_matlab_shapes(session):
    r = session.call("featureNormalize", np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]]), nout=3)
    assert r.status == "ok"
    X_norm, mu, sigma = r.outputs
    np.testing.assert_array_equal(mu, [[2.0, 20.0]])
    assert sigma.shape == (1, 2) and X_norm.shape == (3, 2)
    assert session.call("computeCost", np.ones((2, 2)), np.ones((2, 1)), np.ones((2, 1))).outputs[0].shape == (1, 1)


def test_error_keeps_octave_message(session):
    r = session.call("computeCostMulti", np.ones((3, 2)), np.ones((1, 3)), np.ones((2, 1)))
    assert r.status == "error"
    assert r.message == "computeCostMulti: Y must be an M-by-1 column (X is 3x2, so M = 3; Y is 1x3)"


def test_timeout_kills_and_restarts(session):
    before = session.pid
    r = session.call("xc_test_hang", nout=0, timeout=1.0)
    assert r.status == "timeout" and "1 s" in r.message
    assert session.pid != before
    assert session.call("computeCost", np.ones((2, 2)), np.ones((2, 1)), np.zeros((2, 1))).status == "ok"


def test_death_is_reported_and_survived(session):
    restarts = session.restarts
    r = session.call("xc_test_die", nout=0)
    assert r.status == "died"
    assert session.restarts == restarts + 1
    r = session.call("xc_test_noisy", np.array([[4.0]]))
    assert r.status == "ok" and r.outputs[0][0, 0] == 8.0


def test_a_batch_pins_the_time_out_on_the_call_that_hangs(session):
    ok = Call("computeCost", (np.ones((2, 2)), np.ones((2, 1)), np.zeros((2, 1))), 1, 1.0)
    results = session.call_many([ok, Call("xc_test_hang", (), 0, 1.0), ok,
                                 Call("computeCost", (np.ones((2, 3)), np.ones((2, 1)), np.ones((3, 1))), 1, 1.0)])
    assert [r.status for r in results] == ["ok", "timeout", "ok", "error"]
    assert results[0].outputs[0][0, 0] == 0.5


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


def test_starting_a_session_prints_no_noise(octave_cli, capfd):
    with OctaveSession() as s:
        s.start()
        s.call("disp", "x", nout=0)
    err = capfd.readouterr().err
    assert "ignoring const execution_exception" not in err
    assert "X11" not in err

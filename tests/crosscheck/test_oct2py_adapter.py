"""What the harness relies on in oct2py (Oct2PyAdapter's docstring) still holds, and oct2py's exceptions
are sorted into the four call outcomes.

When oct2py is upgraded, a failure here names what changed: the version, a message text gone from its
source, or a private attribute gone from a running session. Re-check the adapter against the new
release, then move PINNED_OCT2PY and constraints.txt's pin together.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

import crosscheck.session as session_module
from crosscheck.session import PINNED_OCT2PY, CallStatus, Oct2PyAdapter, OctaveSession

ROOT = Path(__file__).resolve().parents[2]
HELPERS = Path(__file__).resolve().parent / "m"


# -- what the adapter relies on (no Octave needed but for the last) ---------------------------------
def test_the_pin_is_the_constraints_files():
    pins = [m.group(1) for line in (ROOT / "constraints.txt").read_text().splitlines()
            if (m := re.fullmatch(r"oct2py==(\S+)", line.strip()))]
    assert pins == [PINNED_OCT2PY], f"constraints.txt pins oct2py {pins}, session.py {PINNED_OCT2PY}"


def test_installed_oct2py_is_the_one_the_adapter_was_checked_against():
    problems = Oct2PyAdapter.check_internals()
    assert not problems, "oct2py changed under the adapter:\n" + "\n".join(problems)


def test_checking_the_installed_package_starts_no_octave():
    code = ("import sys\nfrom crosscheck.session import Oct2PyAdapter\n"
            "print(Oct2PyAdapter.check_internals(), 'oct2py' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "[] False"


@pytest.mark.octave
def test_a_running_session_has_the_private_attributes(octave):
    octave.start()
    problems = Oct2PyAdapter.check_internals(octave.adapter)
    assert not problems, "oct2py changed under the adapter:\n" + "\n".join(problems)
    assert octave.adapter.missing_at_start == []


# -- the checks name what changed ----------------------------------------------------------------
def test_a_different_version_is_named(monkeypatch):
    monkeypatch.setattr(session_module, "PINNED_OCT2PY", "0.0.1")
    [problem] = Oct2PyAdapter.check_internals()
    assert "is installed, but the adapter was checked against 0.0.1" in problem


def test_a_message_text_gone_from_the_source_is_named(monkeypatch):
    monkeypatch.setattr(Oct2PyAdapter, "SOURCE_TEXTS", (*Oct2PyAdapter.SOURCE_TEXTS, "Octave caught fire"))
    [problem] = Oct2PyAdapter.check_internals()
    assert "no longer contains 'Octave caught fire'" in problem


def test_a_missing_private_attribute_is_named():
    fake = Oct2PyAdapter.__new__(Oct2PyAdapter)  # a "running" session whose engine lost its parts
    fake._oc = SimpleNamespace(_engine=SimpleNamespace(repl=SimpleNamespace(child=SimpleNamespace())))
    fake.missing_at_start = ["_engine.repl.interrupt"]
    problems = Oct2PyAdapter.check_internals(fake)
    assert [p.rsplit(" ", 1)[-1] for p in problems] == ["_engine.repl.interrupt", "_engine.repl.child.pid"]


# -- oct2py's exceptions into outcomes --------------------------------------------------------------
# The texts as oct2py 6.1.1 writes them (core.py: _feval and _parse_error).
@pytest.mark.parametrize(("text", "alive", "status", "detail"), [
    ("Timed out, interrupting", True, CallStatus.TIMEOUT, "Timed out, interrupting"),
    ("Timed out, interrupting", False, CallStatus.TIMEOUT, "Timed out, interrupting"),
    ("Octave evaluation error:\nerror: f: X must be 2-D\nerror: called from:\n    f at line 3, column 5",
     True, CallStatus.ERROR, "f: X must be 2-D"),
    ("Octave evaluation error:\nerror: two\nlines", True, CallStatus.ERROR, "two\nlines"),
    ("Octave evaluation error:\nerror: f: X must be 2-D", False, CallStatus.DIED, "Octave evaluation error:"),
    ("Session died, restarting", False, CallStatus.DIED, "Session died, restarting"),
    ("Session is closed", True, CallStatus.DIED, "Session is closed"),
    ("", True, CallStatus.DIED, "OSError('')"),
])
def test_exceptions_are_sorted_into_outcomes(text, alive, status, detail):
    exc = OSError(text) if text == "" else RuntimeError(text)
    assert Oct2PyAdapter.classify(exc, alive) == (status, detail)


def test_an_exception_from_oct2pys_python_side_is_an_error_while_octave_runs():
    exc = TypeError("%d format: a real number is required, not Cell")
    assert Oct2PyAdapter.classify(exc, True, from_oct2py=False) == (
        CallStatus.ERROR, "oct2py failed on the Python side: TypeError: %d format: a real number is required, not Cell")
    assert Oct2PyAdapter.classify(exc, False, from_oct2py=False)[0] is CallStatus.DIED
    assert Oct2PyAdapter.classify(TypeError("Timed out"), True, from_oct2py=False)[0] is CallStatus.ERROR


@pytest.fixture(scope="module")
def own_session(octave_cli):
    """A session of its own: these tests hang and kill Octave."""
    with OctaveSession(paths=[HELPERS], timeout=20) as s:
        s.start()
        yield s


@pytest.mark.octave
def test_real_calls_are_sorted_into_outcomes_by_the_adapter(own_session):
    adapter = own_session.adapter
    pid = adapter.pid
    assert adapter.feval("plus", (1.0, 2.0), nout=1, timeout=10) == (CallStatus.OK, 3.0, "")
    assert adapter.feval("error", ("xc: %d apples", 3.0), nout=0, timeout=10) == (CallStatus.ERROR, None, "xc: 3 apples")
    # An error below the called function: oct2py 6.1.1 cannot format its call stack (with
    # keep_matlab_shapes) and raises a TypeError; still an error, and Octave is not restarted.
    status, value, message = adapter.feval("computeCostMulti", (np.ones((3, 2)), np.ones((1, 3)), np.ones((2, 1))),
                                           nout=1, timeout=10)
    assert (status, value) == (CallStatus.ERROR, None)
    assert message in ("computeCostMulti: Y must be an M-by-1 column (X is 3x2, so M = 3; Y is 1x3)",
                       "oct2py failed on the Python side: TypeError: %d format: a real number is required, not Cell")
    assert adapter.pid == pid and adapter.alive()

    status, _, detail = adapter.feval("xc_test_hang", (), nout=0, timeout=1.0)
    assert status is CallStatus.TIMEOUT and detail.startswith("Timed out")
    own_session.restart()

    adapter = own_session.adapter
    pid = adapter.pid
    status, _, detail = adapter.feval("xc_test_die", (), nout=0, timeout=10)
    assert status is CallStatus.DIED and detail
    own_session.restart()
    assert own_session.pid != pid and own_session.call("plus", 1.0, 1.0).outputs[0] == 2.0

"""The harness survives its faults (issue 11): an Octave that never answers or babbles, two runs in one
folder, a report it cannot write, Octave dying under a port it drives, Ctrl-C while Octave starts. Each
ends in a sentence and an exit status, never a raw traceback, a hang or a process left behind."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from crosscheck.case import Case
from crosscheck.report import write_atomically
from crosscheck.runner import Status, judge
from crosscheck.session import CallResult, CallStatus, OctaveCallFailed, OctaveFunction, OctaveSession

CMD = [sys.executable, "-m", "crosscheck"]
HELPERS = Path(__file__).resolve().parent / "m"


def _script(folder: Path, name: str, body: str) -> Path:
    """An executable shell script that writes its pid to ``<name>.pid`` and then does ``body``."""
    path = folder / name
    path.write_text(f"#!/bin/sh\necho $$ >> {folder / (name + '.pid')}\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _left_running(folder: Path) -> list[int]:
    """The processes the fake executables started (and their children, which write no pid) still running."""
    pids = [int(p) for f in folder.glob("*.pid") for p in f.read_text().split()]
    children = []
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat_file.read_text().rpartition(")")[2].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid in pids:
            children.append(int(stat_file.parent.name))
    return [p for p in pids + children if _alive(p)]


# -- an executable that is not a working Octave -------------------------------------------------------
FAKES = {
    "never answers": "sleep 600",
    "babbles": 'yes "this is not Octave"',
    "exits at once": "exit 3",
    "answers something else": 'echo "hello"; sleep 600',
}


@pytest.mark.parametrize("what", FAKES)
def test_an_executable_that_is_not_a_working_octave_ends_the_start_with_exit_2(tmp_path, what):
    exe = _script(tmp_path, "fake-octave", FAKES[what])
    t0 = time.perf_counter()
    proc = subprocess.run([*CMD, "-k", "computeCost/sin-grid", "--timeout", "3", "--no-plots", "--json",
                           str(tmp_path / "r.json")], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env=dict(os.environ, OCTAVE_EXECUTABLE=str(exe)))
    seconds = time.perf_counter() - t0
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith(f"crosscheck: Octave ({exe}) would not start"), proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert seconds < 60
    time.sleep(0.2)
    assert _left_running(tmp_path) == []


# -- two runs, one folder ----------------------------------------------------------------------------
def test_two_writers_of_one_report_never_share_a_temporary_file(tmp_path):
    path = tmp_path / "report.json"
    errors = []

    def write(k):
        try:
            for i in range(200):
                write_atomically(path, json.dumps({"writer": k, "i": i}))
        except Exception as exc:  # noqa: BLE001 -- collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert json.loads(path.read_text())["i"] == 199
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask  # an ordinary file's mode, not mkstemp's 0600


@pytest.mark.octave
def test_two_runs_in_one_folder_both_finish_with_a_valid_report(tmp_path, octave_cli):
    args = [*CMD, "-k", "computeCost", "--batch", "1", "--json", "report.json", "--junit", "report.xml", "--html",
            "report.html", "--plots", "plots"]
    runs = [subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outs = [r.communicate(timeout=300) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outs
    doc = json.loads((tmp_path / "report.json").read_text())
    assert doc["complete"] and doc["summary"]["pass"] == doc["selected"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["report.html", "report.json", "report.xml"]


# -- a report that cannot be written ------------------------------------------------------------------
@pytest.mark.parametrize("option", ["--json", "--junit", "--html"])
def test_a_report_that_cannot_be_written_is_said_at_the_start_with_exit_2(tmp_path, option):
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "report"
    t0 = time.perf_counter()
    proc = subprocess.run([*CMD, "-k", "computeCost/sin-grid", option, str(target), "--no-plots"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env=dict(os.environ, OCTAVE_EXECUTABLE="/nonexistent/octave-never-started"))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith(f"crosscheck: cannot write the report {target}"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert time.perf_counter() - t0 < 30  # before any Octave (this one does not exist: it was never asked)


# -- Octave dying under a port it drives ---------------------------------------------------------------
def test_a_port_whose_octave_calls_fail_is_octaves_fault_not_the_ports():
    case = Case("fmincg", "driven", inputs=lambda rng: (), outputs=("X",), port=lambda: None)
    ok = CallResult(status=CallStatus.OK, outputs=(np.zeros((1, 1)),))
    for status, expected in ((CallStatus.DIED, Status.OCTAVE_DIED), (CallStatus.TIMEOUT, Status.OCTAVE_TIMEOUT),
                             (CallStatus.ERROR, Status.OCTAVE_ERROR)):
        failed = OctaveCallFailed(f"rosenbrock in Octave: {status.value}: ...", status)
        assert judge(case, (), ok, None, failed, 0.1).status is expected
        try:  # a port that wraps the failure in its own exception: still Octave's
            try:
                raise failed
            except OctaveCallFailed as inner:
                raise ValueError("fmincg: the objective failed") from inner
        except ValueError as wrapped:
            assert judge(case, (), ok, None, wrapped, 0.1).status is expected
    assert judge(case, (), ok, None, ValueError("mine"), 0.1).status is Status.PORT_ERROR


@pytest.mark.octave
def test_an_octave_function_that_kills_octave_raises_octave_call_failed_died(octave_cli):
    with OctaveSession(paths=[HELPERS], timeout=20) as session:
        f = OctaveFunction(session, "xc_test_die")
        with pytest.raises(OctaveCallFailed) as failed:
            f(np.zeros((2, 1)))
        assert failed.value.status is CallStatus.DIED


# -- Ctrl-C while Octave starts ------------------------------------------------------------------------
@pytest.mark.octave
def test_ctrl_c_while_octave_starts_exits_130_and_leaves_nothing(tmp_path, octave_cli):
    exe = _script(tmp_path, "slow-octave", f'sleep 3\nexec {octave_cli} "$@"')
    proc = subprocess.Popen([*CMD, "-k", "computeCost/sin-grid", "--no-plots", "--json", "r.json"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, OCTAVE_EXECUTABLE=str(exe)))
    # Ctrl-C once Octave is starting (its script has written its pid), not at a fixed time: on a
    # loaded machine 1.5 s can still be Python importing numpy
    started = tmp_path / "slow-octave.pid"
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, out + err
    assert "Traceback" not in out + err
    assert err.strip().endswith("interrupted") or "interrupted while Octave was starting" in err, err
    time.sleep(0.2)
    assert _left_running(tmp_path) == []
    assert not (tmp_path / "octave-workspace").exists()

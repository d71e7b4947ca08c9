"""``python -m crosscheck`` as a user runs it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

CMD = [sys.executable, "-m", "crosscheck"]


def run(*args, **kw):
    return subprocess.run([*CMD, *args], capture_output=True, text=True, timeout=300, **kw)


def test_list_needs_no_octave():
    proc = run("--list", "-k", "normalEqn")
    assert proc.returncode == 0
    assert "normalEqn/sin-grid" in proc.stdout and "computeCost" not in proc.stdout


def test_no_match_is_an_error():
    proc = run("-k", "no-such-function")
    assert proc.returncode == 2 and "no case matches" in proc.stderr


@pytest.mark.octave
def test_subset_run_writes_report_and_plots(octave_cli, tmp_path):
    report, plots = tmp_path / "r.json", tmp_path / "plots"
    proc = run("-k", "gradientDescent/", "-k", "featureNormalize/single-row", "--json", str(report),
               "--plots", str(plots))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ignoring const execution_exception" not in proc.stderr and "X11" not in proc.stderr
    doc = json.loads(report.read_text())
    assert doc["complete"] and not doc["interrupted"] and doc["octave_version"]
    ids = [c["id"] for c in doc["cases"]]
    assert "featureNormalize/single-row" in ids and all(
        i.startswith("gradientDescent/") or i == "featureNormalize/single-row" for i in ids)
    assert doc["summary"]["pass"] == len(ids) == doc["selected"]
    for line in proc.stdout.splitlines():
        if line.startswith("gradientDescent "):
            assert line.rstrip().endswith("pass")
    assert (plots / "gradientDescent_km-price.png").stat().st_size > 10_000


@pytest.mark.octave
def test_interrupted_run_keeps_what_it_did(octave_cli, tmp_path):
    report = tmp_path / "r.json"
    # Ctrl-C in a terminal reaches the whole process group, Octave included: do the same.
    proc = subprocess.Popen([*CMD, "--json", str(report), "--no-plots", "--batch", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONUNBUFFERED="1"), start_new_session=True)
    rows = 0
    for line in proc.stdout:
        rows += line.rstrip().endswith("pass")
        if rows == 3:
            os.killpg(proc.pid, signal.SIGINT)
            break
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, out + err
    assert "interrupted" in out
    doc = json.loads(report.read_text())
    assert doc["interrupted"] and not doc["complete"]
    assert 3 <= len(doc["cases"]) < doc["selected"]

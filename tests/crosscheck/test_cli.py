"""``python -m crosscheck`` as a user runs it."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET

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


def test_help_says_what_the_reports_and_the_plots_directory_hold():
    text = " ".join(run("--help").stdout.split())
    for said in ("--junit FILE", "--html FILE", "self-contained", "<case>--<output>.png",
                 "Its *.png files are deleted when the run starts (other files stay)", "progress line",
                 "0 every case passed, 1 a case failed, 2 nothing could run"):
        assert said in text, said


def test_a_plots_directory_that_is_a_file_cannot_run(tmp_path):
    (tmp_path / "plots").write_text("not a directory")
    proc = run("-k", "computeCost/", "--plots", str(tmp_path / "plots"), "--json", str(tmp_path / "r.json"))
    assert proc.returncode == 2 and "not a directory" in proc.stderr and "Traceback" not in proc.stderr
    assert (tmp_path / "plots").read_text() == "not a directory"


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
def test_several_sessions_give_a_serial_runs_rows_report_and_status(octave_cli, tmp_path):
    """-j 3 over round trips of 2 cases, one of them a failure the doctor examines (a user's port of
    featureNormalize with numpy's std), against -j 1: the same rows in the same order, the same
    report but for timings and the command line, the same exit status."""
    cases = tmp_path / "cases.py"
    cases.write_text(
        "import numpy as np\nimport crosscheck\nfrom crosscheck import Case, Output\n"
        "def ddof0(X):\n"
        "    mu, sigma = X.mean(axis=0, keepdims=True), X.std(axis=0, keepdims=True)\n"
        "    return (X - mu) / sigma, mu, sigma\n"
        "crosscheck.register(Case(function='featureNormalize', name='numpy-std', port=ddof0,\n"
        "    inputs=lambda rng: (rng.standard_normal((9, 3)),),\n"
        "    outputs=(Output('X_norm', 'array'), Output('mu', 'array'), Output('sigma', 'array'))))\n")
    outputs, docs = [], []
    for jobs in ("1", "3"):
        report = tmp_path / f"r{jobs}.json"
        proc = run("--cases", str(cases), "--with-project", "-k", "sigmoid", "-k", "numpy-std", "-k", "computeCost/",
                   "--batch", "2", "-j", jobs, "--json", str(report), "--no-plots")
        assert proc.returncode == 1, proc.stdout + proc.stderr
        outputs.append(re.sub(r"\d+ of (\d+) cases run in [0-9.]+ s", r"\1 cases", proc.stdout).replace(str(report), "R"))
        doc = json.loads(report.read_text())
        for case in doc["cases"]:
            case.pop("octave_seconds"), case.pop("port_seconds")
        docs.append({k: v for k, v in doc.items() if k not in ("started", "argv")})
    assert outputs[0] == outputs[1]
    assert docs[0] == docs[1] and len(docs[0]["cases"]) > 10
    assert "diagnosis [ddof]" in outputs[0]


def test_jobs_must_be_one_or_more():
    proc = run("-j", "0", "--list")
    assert proc.returncode == 2 and "--jobs must be >= 1, got 0" in proc.stderr


def test_shards_share_out_the_selected_cases():
    whole = run("--list", "-k", "fmincg").stdout.splitlines()
    shards = [run("--list", "-k", "fmincg", "--shard", f"{k}/3").stdout.splitlines() for k in (1, 2, 3)]
    assert sorted(sum(shards, [])) == sorted(whole) and len(whole) > 20
    assert all(shard for shard in shards) and not set(shards[0]) & set(shards[1])
    assert shards[1] == whole[1::3]  # dealt in the selection's order
    for bad in ("0/3", "4/3", "3", "a/b", "1/0"):
        proc = run("--list", "--shard", bad)
        assert proc.returncode == 2 and "--shard must be K/N with 1 <= K <= N" in proc.stderr, bad


@pytest.mark.octave
def test_interrupted_run_keeps_what_it_did(octave_cli, tmp_path):
    report = tmp_path / "r.json"
    # Ctrl-C in a terminal reaches the whole process group, Octave included: do the same.
    junit, page = tmp_path / "r.xml", tmp_path / "r.html"
    proc = subprocess.Popen([*CMD, "--json", str(report), "--no-plots", "--batch", "1", "--junit", str(junit),
                             "--html", str(page)],
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
    suite = ET.parse(junit).getroot().find("testsuite")  # what ran, and the rest as skipped
    run_here = [t for t in suite.iter("testcase") if t.find("skipped") is None]
    assert len(run_here) == len(doc["cases"]) and int(suite.get("skipped")) == doc["selected"] - len(doc["cases"])
    assert int(suite.get("tests")) == doc["selected"]
    text = page.read_text()
    assert "Interrupted" in text and text.count("<tr class=") == len(doc["cases"])


ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
OWN = ROOT / "examples" / "own_code"


def test_cases_and_paths_that_do_not_exist_cannot_run(tmp_path):
    proc = run("--cases", str(tmp_path / "none.py"))
    assert proc.returncode == 2 and "no such file" in proc.stderr
    proc = run("--cases", str(OWN / "cases.py"), "--octave-path", str(tmp_path / "none"))
    assert proc.returncode == 2 and "no such directory" in proc.stderr
    bad = tmp_path / "bad.py"
    bad.write_text("raise RuntimeError('my typo')\n")
    proc = run("--cases", str(bad))
    assert proc.returncode == 2 and "RuntimeError: my typo" in proc.stderr and "Traceback" not in proc.stderr
    empty = tmp_path / "empty.py"
    empty.write_text("x = 1\n")
    proc = run("--cases", str(empty))
    assert proc.returncode == 2 and "no case registered" in proc.stderr


def test_a_case_file_lists_only_its_cases_unless_with_project():
    proc = run("--cases", str(OWN / "cases.py"), "--list")
    assert proc.returncode == 0 and proc.stdout.count("\n") == 5 and "costFunctionReg/course-like" in proc.stdout
    proc = run("--cases", str(OWN / "cases.py"), "--with-project", "--list")
    assert "costFunctionReg/course-like" in proc.stdout and "computeCost/sin-grid" in proc.stdout


@pytest.mark.octave
def test_own_code_passes_and_its_mistake_fails(octave_cli, tmp_path):
    report = tmp_path / "r.json"
    (tmp_path / "stale").mkdir()
    report.write_text('{"stale": true}')
    proc = run("--cases", str(OWN / "cases.py"), "--octave-path", str(OWN / "octave"), "--json", str(report),
               "--no-plots", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    doc = json.loads(report.read_text())
    status = {c["id"]: c["status"] for c in doc["cases"]}
    assert status == {"costFunctionReg/course-like": "pass", "costFunctionReg/theta-zero": "pass",
                      "costFunctionReg/course-like-mistake": "fail", "costFunctionReg/declared": "pass",
                      "costFunctionReg/declared-mistake": "fail"}
    assert doc["complete"] and "stale" not in doc


@pytest.mark.octave
def test_own_code_reports_where_its_mistake_fails_and_why(octave_cli, tmp_path):
    """The rows, the JUnit XML and the HTML report all say where the planted mistake parts from Octave's
    and which mistake it is; the plots directory holds this run's pictures only."""
    plots, junit, page = tmp_path / "plots", tmp_path / "r.xml", tmp_path / "r.html"
    plots.mkdir()
    (plots / "older-run.png").write_bytes(b"\x89PNG")
    (plots / "mine.txt").write_text("not a picture: stays")
    proc = run("--cases", str(OWN / "cases.py"), "--octave-path", str(OWN / "octave"), "--json", str(tmp_path / "r.json"),
               "--plots", str(plots), "--junit", str(junit), "--html", str(page), cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "\r" not in proc.stdout and "\x1b" not in proc.stdout  # not a terminal: no progress line
    explained = [line for line in proc.stdout.splitlines() if line.startswith("      ")]
    assert any("1 of 3 entries out of tolerance; worst at grad(1,1) / grad[0, 0]" in line for line in explained)
    assert any(line.startswith("      diagnosis [bias-regularized]") for line in explained)
    assert sorted(p.name for p in plots.iterdir()) == [
        "costFunctionReg_course-like-mistake--grad.png", "costFunctionReg_declared-mistake--grad.png", "mine.txt"]
    suite = ET.parse(junit).getroot().find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("5", "2", "0", "0")
    [failure] = [t.find("failure") for t in suite.iter("testcase") if t.get("name") == "course-like-mistake"]
    assert "worst at grad(1,1)" in failure.text and "diagnosis [bias-regularized]" in failure.text
    text = page.read_text()
    assert text.count("data:image/png;base64,") == 2 and "diagnosis [bias-regularized]" in text


@pytest.mark.octave
def test_a_users_file_never_stands_in_for_the_projects_in_the_projects_cases(octave_cli, tmp_path):
    """A user's sigmoid.m is theirs in their cases; the project's sigmoid cases still use the project's."""
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "sigmoid.m").write_text("function g = sigmoid (z)\n  g = 2 * ones (size (z));\nendfunction\n")
    (tmp_path / "cases.py").write_text(
        "import numpy as np\nfrom crosscheck import Case, register\n"
        "register(Case(function='sigmoid', name='mine', inputs=lambda rng: (np.zeros((2, 3)),), outputs=('g',),"
        " port=lambda z: 2 * np.ones(np.shape(z))))\n")
    proc = run("--cases", str(tmp_path / "cases.py"), "--octave-path", str(tmp_path / "m"), "--with-project",
               "-k", "sigmoid/", "--no-plots", "--json", str(tmp_path / "r.json"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.count("stands in for the project's sigmoid.m") == 1
    doc = json.loads((tmp_path / "r.json").read_text())
    ids = {c["id"] for c in doc["cases"]}
    assert {"sigmoid/mine", "sigmoid/grid", "sigmoid/extremes"} <= ids  # theirs and ours, each against its own
    assert doc["summary"]["pass"] == len(doc["cases"]) and "sigmoid" in doc["shadowed"]


@pytest.mark.octave
def test_a_port_that_returns_the_wrong_things_is_a_port_error_and_the_run_goes_on(octave_cli, tmp_path):
    (tmp_path / "cases.py").write_text(
        "import numpy as np\nfrom crosscheck import Case, register\nimport pyport\n"
        "one = lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.zeros((2, 1)), 0.1, 3.0)\n"
        "register(\n"
        " Case(function='gradientDescentMulti', name='one-output', inputs=one, outputs=('theta', 'J_history'),"
        "      port=lambda *a: pyport.gradient_descent_multi(*a).theta),\n"
        " Case(function='gradientDescentMulti', name='three-outputs', inputs=one, outputs=('theta', 'J_history'),"
        "      port=lambda *a: (*pyport.gradient_descent_multi(*a), 0)),\n"
        " Case(function='gradientDescentMulti', name='text', inputs=one, outputs=('theta', 'J_history'),"
        "      port=lambda *a: ('theta', 'J')),\n"
        " Case(function='gradientDescentMulti', name='raises', inputs=one, outputs=('theta', 'J_history'),"
        "      port=lambda *a: 1 / 0),\n"
        " Case(function='gradientDescentMulti', name='right', inputs=one, outputs=('theta', 'J_history'),"
        "      port=pyport.gradient_descent_multi),\n"
        ")\n")
    proc = run("--cases", str(tmp_path / "cases.py"), "--no-plots", "--json", str(tmp_path / "r.json"))
    assert proc.returncode == 1
    doc = json.loads((tmp_path / "r.json").read_text())
    by_case = {c["case"]: c for c in doc["cases"]}
    assert by_case["right"]["status"] == "pass"
    for name, said in (("one-output", "returned one ndarray where Octave's function has 2 outputs"),
                       ("three-outputs", "returned 3 outputs"), ("text", "is str 'theta'"),
                       ("raises", "ZeroDivisionError")):
        assert by_case[name]["status"] == "port-error" and said in by_case[name]["message"], by_case[name]

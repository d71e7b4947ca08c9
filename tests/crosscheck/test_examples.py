"""``--examples N``: generated inputs for the cases that declare their arguments (crosscheck.examples),
judged in a real Octave, a failure shrunk and printed as calls that reproduce it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import pyport
from crosscheck import examples
from crosscheck.args import Column, Matrix
from crosscheck.case import Case
from crosscheck.runner import CaseResult, Status
from crosscheck.session import OCTAVE_DIR

ARGS = (Matrix("m", "n", ones_column=True), Column("m"), Column("n"))
SIZES = {"m": (1, 30), "n": (1, 5)}


def cost_over_m(X, y, theta):
    """computeCostMulti's cost divided by m instead of 2m: the mistake to find."""
    err = np.asarray(X, float) @ np.asarray(theta, float).reshape(-1, 1) - np.asarray(y, float).reshape(-1, 1)
    return float(np.sum(err * err) / np.shape(X)[0])


def case(port=None, name="declared", args=ARGS, **kw):
    return Case("computeCostMulti", name, args=args, sizes=SIZES, outputs=("J",), port=port, **kw)


def run(cases, octave, n=20, seed=1):
    said: list[str] = []
    failures = examples.run_examples(cases, octave, n, seed, said.append)
    return failures, "\n".join(said)


@pytest.mark.octave
def test_the_port_passes_generated_examples(octave):
    failures, said = run([case(pyport.compute_cost_multi)], octave)
    assert failures == [], said
    assert said.splitlines()[0] == "examples: 20 per case, seed 1"
    assert "computeCostMulti/declared: 20 generated examples pass" in said


def octave_value(octave_cli, call: str) -> float:
    """The printed Octave call, pasted into a fresh Octave, and its J, printed exactly."""
    proc = subprocess.run([octave_cli, "--no-init-file", "--path", str(OCTAVE_DIR), "--eval",
                           f"{call}; printf ('%.17g\\n', J);"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return float(proc.stdout.split()[-1])


@pytest.mark.octave
def test_a_wrong_port_fails_shrinks_and_prints_calls_that_reproduce_it(octave, octave_cli):
    failures, said = run([case(cost_over_m, "over-m")], octave)
    assert len(failures) == 1, said
    f = failures[0]
    X, y, theta = f.inputs
    assert X.shape[0] <= 2 and X.shape[1] <= 2, said  # shrunk: the smallest X that shows the mistake
    assert f.result.status is Status.FAIL and f.shrink_runs > 0
    assert said.splitlines()[1].startswith(f"computeCostMulti/over-m: FAIL on generated example {f.tried}, shrunk")
    for line in (f.octave_call, f.python_setup, f.python_call):
        assert line in said.splitlines()
    assert f.octave_call.startswith("J = computeCostMulti (")
    assert f.python_call.startswith("J = cost_over_m(np.array(")
    # Each call gives back what its side gave in the failing run, to the bit.
    (octave_J,), (port_J,) = f.result.octave_values, f.result.port_values
    assert octave_value(octave_cli, f.octave_call) == float(np.asarray(octave_J).item())
    ns = {"np": np, "cost_over_m": cost_over_m}
    exec(f.python_call, ns)  # noqa: S102 -- the text printed above
    assert ns["J"] == port_J and ns["J"] != float(np.asarray(octave_J).item())
    # The same seed, the same run; and it is all in the JSON entry.
    again, _ = run([case(cost_over_m, "over-m")], octave)
    assert again[0].octave_call == f.octave_call and again[0].python_call == f.python_call
    doc = json.loads(json.dumps(f.to_json(), allow_nan=False))
    assert doc["octave_call"] == f.octave_call and doc["result"]["status"] == "fail"


@pytest.mark.octave
def test_octave_errors_are_reported_not_raised(octave):
    # theta's length is its own size k: wherever k != n, Octave refuses the call (octave-error).
    mismatched = case(name="mismatched", args=(ARGS[0], ARGS[1], Column("k")))
    failures, said = run([mismatched], octave, n=15, seed=3)
    assert len(failures) == 1, said
    f = failures[0]
    assert f.result.status is Status.OCTAVE_ERROR and "THETA must be" in f.result.message
    assert "FAIL octave-error" in said and f.octave_call in said
    X, _, theta = f.inputs
    assert X.shape[0] == 1 and sorted((X.shape[1], theta.shape[0])) == [1, 2], said


def test_a_timeout_is_reported_unshrunk(monkeypatch):
    """A run that times out (or kills Octave) ends the case's examples at once: shrinking could cost a
    time-out per try. No Octave: the judging is stood in for."""
    calls = []

    def judged(c, inputs, session):
        calls.append(inputs)
        status = Status.OCTAVE_TIMEOUT if len(calls) == 3 else Status.PASS
        return CaseResult(case=c, status=status, message="no answer within 60 s")

    monkeypatch.setattr(examples, "run_one", judged)
    said: list[str] = []
    failures = examples.run_examples([case(pyport.compute_cost_multi)], None, 20, 1, said.append)
    assert len(calls) == 3 and len(failures) == 1
    assert failures[0].shrink_runs == 0 and failures[0].tried == 3 and failures[0].inputs is calls[2]
    assert "octave-timeout: not shrunk" in said[1] and "no answer within 60 s" in "\n".join(said)


def test_cases_without_args_are_skipped(monkeypatch):
    monkeypatch.setattr(examples, "run_one", lambda *a: pytest.fail("ran a case that declares no args"))
    plain = Case("computeCostMulti", "plain", inputs=lambda rng: (np.ones((1, 1)),) * 3, outputs=("J",))
    assert examples.run_examples([plain], None, 5, 1, print) == []


CASE_FILE = """
    import crosscheck
    from crosscheck.args import Column, Matrix
    {port_code}
    crosscheck.register(crosscheck.Case(
        "computeCostMulti", "declared", outputs=("J",), port={port},
        args=(Matrix("m", "n", ones_column=True), Column("m"), Column("n")), sizes={{"m": (1, 30), "n": (1, 5)}}))
"""
WRONG_PORT = """
    import numpy as np
    def cost_over_m(X, y, theta):
        err = X @ theta - y
        return float(np.sum(err * err) / X.shape[0])
"""


@pytest.mark.octave
@pytest.mark.parametrize("right", [True, False], ids=["right-port", "wrong-port"])
def test_the_command_line(octave_cli, tmp_path, right):
    cases = tmp_path / "cases.py"
    port_code, port = ("import pyport", "pyport.compute_cost_multi") if right else (WRONG_PORT, "cost_over_m")
    cases.write_text(textwrap.dedent(CASE_FILE).format(port_code=textwrap.dedent(port_code).strip(), port=port))
    report = tmp_path / "out.json"
    proc = subprocess.run([sys.executable, "-m", "crosscheck", "--cases", str(cases), "--examples", "10", "--seed",
                           "1", "--no-plots", "--json", str(report)], capture_output=True, text=True, timeout=120)
    out = proc.stdout
    assert proc.returncode == (0 if right else 1), out + proc.stderr
    assert "examples: 10 per case, seed 1" in out
    doc = json.loads(report.read_text())
    assert doc["examples"]["seed"] == 1 and doc["examples"]["per_case"] == 10 and doc["complete"]
    if right:
        assert "computeCostMulti/declared: 10 generated examples pass" in out
        assert doc["examples"]["failures"] == []
        return
    # The fixed example already fails; the generated ones shrink to a call of a few numbers.
    (failure,) = doc["examples"]["failures"]
    lines = out.splitlines()
    assert failure["octave_call"] in lines and failure["python_call"] in lines
    assert failure["octave_call"].startswith("J = computeCostMulti (")
    assert failure["python_call"].startswith("J = cost_over_m(np.array(")
    assert failure["python_setup"] == "import numpy as np  # cost_over_m: defined in your case file"
    assert "repeat with --seed 1" in out

"""tools/sweep.py, the adversarial sweep: bad and odd values for every argument of every function, given
to the port and to its original. Run whole here (about 4,000 calls, a minute); its sorting of
outcomes is tested on made-up ones first, so that a sweep that passes is one that could have failed."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import numpy as np
import pytest

import pyport
from crosscheck.case import Handle
from crosscheck.session import CallResult, CallStatus

_SPEC = importlib.util.spec_from_file_location("tools_sweep", Path(__file__).resolve().parents[2] / "tools" / "sweep.py")
sweep = sys.modules["tools_sweep"] = importlib.util.module_from_spec(_SPEC)  # a dataclass looks itself up there
_SPEC.loader.exec_module(sweep)

TRIAL = sweep.Trial("computeCost", 0, "test", sweep.VALID_CALLS["computeCost"])
OK = CallResult(status=CallStatus.OK, outputs=(np.array([[1.25]]),))


def _octave_refuses(message):
    return CallResult(status=CallStatus.ERROR, message=message)


@pytest.mark.parametrize("octave,port,leaked,verdict", [
    (OK, ("ok", [1.25]), [], "computed alike"),
    (OK, ("ok", [1.25 + 1e-6]), [], "silently different"),
    (OK, ("ok", [np.nan]), [], "silently different"),
    (OK, ("refused", "compute_cost: X must be ..."), [], "silently different"),
    (_octave_refuses("computeCost: X must be a real numeric matrix, got 5"), ("ok", [1.25]), [], "silently different"),
    (_octave_refuses("computeCost: X must be a real numeric matrix, got 5"),
     ("refused", "compute_cost: X must be a real numeric matrix, got 5"), [], "refused alike"),
    (_octave_refuses("computeCost: X must be a real numeric matrix, got 5"),
     ("refused", "compute_cost: X must be a matrix, got 5"), [], "refused differently"),
    (_octave_refuses("operator *: nonconformant arguments (op1 is 3x2, op2 is 3x1)"),
     ("refused", "compute_cost: X ..."), [], "raw"),
    (OK, ("raw", "TypeError: unsupported operand"), [], "raw"),
    (OK, ("ok", [1.25]), ["RuntimeWarning: overflow encountered in multiply"], "raw"),
], ids=["alike", "differs", "nan", "port-refuses", "octave-refuses", "refused-alike", "other-words",
        "octave-raw", "port-raw", "port-warns"])
def test_outcomes_are_sorted(octave, port, leaked, verdict):
    assert sweep.classify("computeCost", octave, port, leaked, TRIAL)[0] == verdict


def test_an_index_is_mutated_as_an_index_and_compared_plus_one():
    from crosscheck.case import Index  # noqa: PLC0415

    muts = dict(sweep.mutations(Index([[0], [2]])))
    assert isinstance(muts["negative"], Index) and muts["negative"].values.ravel().tolist() == [0, -2]
    assert isinstance(muts["zeros"], Index) and muts["one-past"].values.ravel().tolist() == [1, 3]
    assert muts["last-past"].values.ravel().tolist() == [0, 10**6]
    assert isinstance(muts["fraction"], sweep.Shifted) and muts["text"] == "abc" and "logical" not in muts
    assert sweep.octave_args((Index([[0], [2]]),))[0].ravel().tolist() == [1.0, 3.0]
    nan_first = muts["one-nan"]  # not whole: the port gets it, Octave gets it plus 1
    assert isinstance(nan_first, sweep.Shifted)
    assert sweep.octave_args((nan_first,))[0].ravel()[1] == 3.0
    assert sweep.port_args(sweep.Trial("f", 0, "x", (nan_first,)))[0].ravel()[1] == 2.0
    assert sweep.agree("f", (np.array([[1.0], [3.0]]),), [np.array([0, 2])], TRIAL) == ""
    assert sweep.agree("f", (np.array([[1.0], [3.0]]),), [np.array([1, 3])], TRIAL) != ""


def test_a_struct_is_mutated_field_by_field_and_compared_so():
    muts = dict(sweep.mutations({"b": 1.0, "w": np.ones((2, 1))}))
    assert muts["no-b"] == {"w": muts["no-b"]["w"]} and muts["w-text"]["w"] == "abc"
    assert set(muts) >= {"no-w", "b-complex", "w-3-D", "w-all-nan"}
    octave = ({"b": 0.5, "kernelFunction": "linearKernel", "w": np.ones((2, 1))},)
    assert sweep.agree("f", octave, [{"b": 0.5, "w": np.ones(2)}], TRIAL) == ""
    assert "field b" in sweep.agree("f", octave, [{"b": 0.25, "w": np.ones(2)}], TRIAL)
    assert "no field 'w'" in sweep.agree("f", octave, [{"b": 0.5}], TRIAL)


def test_an_objectives_own_refusal_is_its_sentence_not_a_raw_error():
    octave = _octave_refuses("rosenbrock: X must be a real numeric column vector of at least 2 elements, got 5")
    port = ("refused", "rosenbrock: x must be a real numeric column vector of at least 2 elements, got 5")
    assert sweep.classify("fmincg", octave, port, [], TRIAL)[0] == "refused alike"


def test_within_rounding_is_between_octaves_nudged_answers_not_anywhere():
    probes = [CallResult(status=CallStatus.OK, outputs=(np.array([[1.0]]),)),
              CallResult(status=CallStatus.OK, outputs=(np.array([[3.0]]),))]
    octave = (np.array([[2.0]]),)
    assert sweep.within_rounding(TRIAL, octave, [2.5], probes)
    assert not sweep.within_rounding(TRIAL, octave, [3.5], probes)
    assert not sweep.within_rounding(TRIAL, octave, [2.5], probes[:1])


def test_nudging_moves_every_float_one_ulp_alternately():
    up = sweep.nudged((np.array([[1.0, 1.0], [1.0, 1.0]]), 2.0, "tanh", 3), 1)
    # column-major: (1,1) up, (2,1) down, (1,2) up, (2,2) down
    np.testing.assert_array_equal(up[0], np.nextafter([[1.0, 1.0], [1.0, 1.0]], [[2, 2], [0, 0]]))
    assert up[1] == np.nextafter(2.0, 3.0) and up[2:] == ("tanh", 3)


def test_the_sweep_covers_every_function_and_argument():
    tried = {(t.form, t.argument) for t in sweep.trials()}
    assert {f.partition("/")[0] for f, _ in tried} == set(pyport.OCTAVE_NAMES)
    for name, args in sweep.VALID_CALLS.items():
        # callbacks: hardening_callbacks.py's tables, and each family's own tests of a bad kernel or cost
        objectives = {k for k, a in enumerate(args) if (isinstance(a, str) and a == "rosenbrock") or isinstance(a, Handle)}
        assert {k for f, k in tried if f == name} == set(range(len(args))) - objectives, name
    assert len(sweep.trials()) >= 1500


@pytest.mark.octave
def test_the_sweep_finds_nothing_silently_different_and_no_raw_error(octave, capsys):
    status = sweep.main([])
    out = capsys.readouterr().out
    counts = {m.group(1): int(m.group(2)) for m in re.finditer(r"^  ([a-z ]+?) +(\d+)$", out, re.MULTILINE)}
    assert status == 0, out
    assert counts["silently different"] == counts["raw"] == counts["refused differently"] == 0, out
    assert counts["computed alike"] > 800 and counts["refused alike"] > 700, out

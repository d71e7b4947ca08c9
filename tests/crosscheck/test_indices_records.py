"""Indices, records and kernels through the harness (issue 13): an ``Index`` input reaches Octave 1-based
and the port 0-based; an ``Output(index=True)`` is compared plus 1; an Octave struct is compared field by
field with the port's record; a ``Handle(arity=2)`` is the course's kernel handle on each side. The Octave
functions are small ones written for these tests (tests/crosscheck/m/kinds)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest

from crosscheck.case import Case, Handle, Index, Output
from crosscheck.compare import Tolerance, Verdict
from crosscheck.runner import Status, judge, octave_arg, port_arg, run_cases
from crosscheck.session import CallResult, CallStatus, OctaveSession

KINDS_M = Path(__file__).resolve().parent / "m" / "kinds"
EXACT = Tolerance(why="exact")


# -- the two sides' arguments ----------------------------------------------------------------------------

def test_an_index_reaches_octave_one_based_and_the_port_zero_based():
    idx = Index([[0], [2], [1]])
    assert octave_arg(idx).dtype == np.float64 and octave_arg(idx).ravel().tolist() == [1.0, 3.0, 2.0]
    got = port_arg(idx)
    assert got.dtype == np.intp and got.shape == (3, 1) and got.ravel().tolist() == [0, 2, 1]
    got[0, 0] = 7  # the port's copy: the case's own values stay
    assert port_arg(idx)[0, 0] == 0
    assert Index(np.array([1.0, 2.0])).values.dtype == np.intp


@pytest.mark.parametrize("bad", [[0.5], [np.nan], ["a"]])
def test_an_index_must_be_whole_numbers(bad):
    with pytest.raises(ValueError, match="Index: values must be integers"):
        Index(bad)


def scaled_dot(x1, x2, scale):
    return float(scale * np.ravel(x1) @ np.ravel(x2))


def test_a_handle_of_two_arguments_binds_after_both():
    h = Handle("xc_scaled_dot", bound=(0.5,), arity=2, port=scaled_dot)
    assert octave_arg(h) == {"crosscheck_handle": "xc_scaled_dot", "bound": (0.5,), "arity": 2.0}
    f = port_arg(h)
    assert f(np.array([1.0, 2.0]), np.array([3.0, 4.0])) == 5.5
    assert f.__wrapped__ is scaled_dot and f.__name__ == "scaled_dot" and f.bound == (0.5,)
    assert port_arg(Handle("xc_scaled_dot", arity=2, port=scaled_dot)) is scaled_dot  # nothing bound: itself
    assert "arity" not in octave_arg(Handle("rosenbrock"))
    for bad in (dict(arity=0), dict(arity=2, nudge=1), dict(arity=2, via_octave=True), dict(arity=1.5)):
        with pytest.raises(ValueError, match="Handle"):
            Handle("f", **bad)


def test_a_struct_argument_has_its_handles_and_indices_converted_on_each_side():
    model = {"kernelFunction": Handle("xc_scaled_dot", bound=(2.0,), arity=2, port=scaled_dot), "b": 1.0,
             "idx": Index([1])}
    to_octave, to_port = octave_arg(model), port_arg(model)
    assert to_octave["kernelFunction"]["crosscheck_handle"] == "xc_scaled_dot" and to_octave["b"] == 1.0
    assert to_octave["idx"].tolist() == [2.0] and to_port["idx"].tolist() == [1]
    assert to_port["kernelFunction"](np.ones(2), np.ones(2)) == 4.0 and to_port["b"] == 1.0
    assert port_arg({"MaxIter": 5.0}) == {"MaxIter": 5.0}  # fmincg's options: as they were


# -- judging, without Octave ----------------------------------------------------------------------------

def _judge(outputs, octave_values, port_value):
    case = Case("f", "c", lambda rng: (), outputs, EXACT, port=lambda: None)
    return judge(case, (), CallResult(status=CallStatus.OK, outputs=tuple(octave_values)), port_value, None, 0.0)


def test_an_index_output_is_compared_plus_one():
    octave = np.array([[1.0], [3.0]])
    assert _judge((Output("idx", "vector", index=True),), [octave], np.array([0, 2])).status is Status.PASS
    off = _judge((Output("idx", "vector", index=True),), [octave], np.array([1, 3]))  # Octave's own numbers
    assert off.status is Status.FAIL and off.outputs[0].verdict is Verdict.TOLERANCE
    floats = _judge((Output("idx", "vector", index=True),), [octave], np.array([0.0, 2.0]))
    assert floats.status is Status.FAIL and floats.outputs[0].verdict is Verdict.CHECK
    assert "0-based integers; the port returned float64" in floats.message


def test_an_index_outputs_error_picture_shows_what_was_compared(monkeypatch):
    from crosscheck import error_plots  # noqa: PLC0415

    drawn = []
    real = error_plots._Errors

    def spy(*args):
        drawn.append(real(*args))
        return drawn[-1]

    monkeypatch.setattr(error_plots, "_Errors", spy)
    octave = np.array([[2.0], [1.0], [2.0]])
    r = _judge((Output("idx", "vector", index=True),), [octave], np.array([2, 1, 2]))  # Octave's own numbers
    assert r.status is Status.FAIL
    png, note = error_plots.error_png(r, r.outputs[0], "idx")
    assert png is not None and note == ""
    assert drawn[0].out.sum() == 3  # every entry one off, as the table says; not "every entry identical"


class Model(NamedTuple):
    X: np.ndarray
    kernel_function: object
    w: np.ndarray
    b: float


def test_a_record_is_compared_field_by_field_and_text_fields_are_not():
    octave = {"X": np.eye(2), "kernelFunction": "@(x1, x2) k (x1, x2, 1)", "w": np.ones((2, 1)), "b": 0.5}
    good = Model(np.eye(2), scaled_dot, np.ones(2), 0.5)
    r = _judge((Output("model", "record"),), [octave], good)
    assert r.status is Status.PASS, r.message
    assert [o.name for o in r.outputs] == ["model.X", "model.w", "model.b"]
    assert [o.field_of for o in r.case.outputs] == ["model"] * 3
    r = _judge((Output("model", "record"),), [octave], good._replace(b=0.25))
    assert r.status is Status.FAIL and r.message.startswith("model.b:")
    r = _judge((Output("model", "record"),), [octave], {"X": np.eye(2), "w": np.ones(2)})  # a mapping, b missing
    assert r.status is Status.FAIL and "model.b: the port's record has no field 'b'" in r.message
    r = _judge((Output("model", "record"),), [octave], np.ones(3))
    assert r.status is Status.PORT_ERROR and "not a record" in r.message
    r = _judge((Output("model", "record"),), [np.ones(3)], good)
    assert r.status is Status.FAIL and "not a struct" in r.message


# -- through Octave ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def kinds_session():
    session = OctaveSession(first_paths=[KINDS_M], timeout=60)
    try:
        session.start()
        yield session
    finally:
        session.close()


def nearest(X, C):
    return np.argmin(((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2), axis=1)


def pick(v, idx):
    return v[idx.ravel()].reshape(-1, 1)


class XcModel(NamedTuple):
    X: np.ndarray
    kernel_function: object
    w: np.ndarray
    b: float
    named: float


def xc_model(X, kernel):
    wrapped = getattr(kernel, "__wrapped__", kernel)
    return XcModel(X, kernel, X.T @ np.ones((X.shape[0], 1)), kernel(X[0], X[1]),
                   float(wrapped is scaled_dot and hasattr(kernel, "bound")))


def _kind_cases():
    X = np.array([[0.0, 0.0], [5.0, 5.0], [1.0, 0.0], [4.0, 6.0]])
    C = np.array([[5.0, 5.0], [0.0, 0.0]])
    v = np.array([[10.0], [20.0], [30.0]])
    return [
        Case("xc_nearest", "index-output", lambda rng: (X, C), (Output("idx", "vector", index=True),), EXACT,
             port=nearest),
        Case("xc_nearest", "index-output-one-based", lambda rng: (X, C), (Output("idx", "vector", index=True),),
             EXACT, port=lambda X, C: nearest(X, C) + 1),
        Case("xc_pick", "index-input", lambda rng: (v, Index([[2], [0], [0]])), ("r",), EXACT, port=pick),
        Case("xc_model", "record-and-kernel",
             lambda rng: (X, Handle("xc_scaled_dot", bound=(0.1,), arity=2, port=scaled_dot)),
             (Output("model", "record"),), Tolerance(rtol=1e-15, why="one product"), port=xc_model),
    ]


@pytest.mark.octave
def test_indices_records_and_kernels_in_octave(kinds_session):
    results = {r.case.id: r for r in run_cases(_kind_cases(), kinds_session)}
    assert results["xc_nearest/index-output"].status is Status.PASS, results["xc_nearest/index-output"].message
    assert results["xc_nearest/index-output-one-based"].status is Status.FAIL  # the port that forgot the shift
    assert results["xc_pick/index-input"].status is Status.PASS, results["xc_pick/index-input"].message
    record = results["xc_model/record-and-kernel"]
    assert record.status is Status.PASS, record.message
    # kernelFunction came back as its text and is not compared; named = 1: func2str names the function
    assert [o.name for o in record.outputs] == ["model.X", "model.w", "model.b", "model.named"]
    assert float(np.ravel(record.octave_values[3])[0]) == 1.0

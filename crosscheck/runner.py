"""Run cases: inputs once, the original in Octave (batched), the port in Python, then compare."""

from __future__ import annotations

import re
import time
import warnings
from dataclasses import dataclass, field

from crosscheck.cases import Case
from crosscheck.compare import OutputComparison, compare_output
from crosscheck.session import Call, CallResult, OctaveSession

#: A case's verdict. Only "pass" passes.
STATUSES = ("pass", "fail", "octave-error", "octave-timeout", "octave-died", "port-error")


@dataclass
class CaseResult:
    """What one case came to."""

    case: Case
    status: str
    outputs: list[OutputComparison] = field(default_factory=list)
    message: str = ""
    octave_seconds: float = float("nan")
    port_seconds: float = float("nan")
    port_warnings: list[str] = field(default_factory=list)
    octave_values: tuple = ()  # the raw outputs, kept for plots (not in the JSON report)
    port_values: tuple = ()

    @property
    def passed(self) -> bool:
        return self.status == "pass"


def call_port(fn, args: tuple):
    """``fn(*args)`` on the Python side: (value, exception or None, seconds, warnings it raised).

    Warnings are recorded, not printed: Octave says nothing when a value overflows, and the report
    keeps what the port said.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t0 = time.perf_counter()
        try:
            value, exc = fn(*args), None
        except Exception as error:  # noqa: BLE001 -- judged by the caller
            value, exc = None, error
        seconds = time.perf_counter() - t0
    said = sorted({f"{w.category.__name__}: {w.message}" for w in caught})
    return value, exc, seconds, said


def _as_tuple(result, n: int) -> tuple:
    return tuple(result) if n > 1 else (result,)


def _check_refusal(case: Case, octave: CallResult, port_exc: BaseException | None) -> tuple[str, str]:
    """Both sides must refuse the inputs with a message that names the function and says ``case.raises``."""
    want = case.raises.lower()
    problems = []
    if octave.status != "error":
        problems.append(f"Octave did not raise (status {octave.status})")
    elif not (octave.message.startswith(f"{case.function}:") and want in octave.message.lower()):
        problems.append(f"Octave's message does not say {case.raises!r}: {octave.message!r}")
    port_name = getattr(case.port_function, "__name__", "port")
    if port_exc is None:
        problems.append("the port did not raise")
    elif not isinstance(port_exc, ValueError):
        problems.append(f"the port raised {type(port_exc).__name__}, not ValueError: {port_exc}")
    elif not (str(port_exc).startswith(f"{port_name}:") and want in str(port_exc).lower()):
        problems.append(f"the port's message does not say {case.raises!r}: {str(port_exc)!r}")
    if problems:
        return "fail", "; ".join(problems)
    return "pass", f"both refuse: {octave.message} / {port_exc}"


def judge(case: Case, inputs: tuple, octave: CallResult, port_value, port_exc, port_seconds: float) -> CaseResult:
    """Turn the two sides' answers into a CaseResult."""
    result = CaseResult(case, "fail", octave_seconds=octave.seconds, port_seconds=port_seconds)
    if case.raises is not None:
        result.status, result.message = _check_refusal(case, octave, port_exc)
        return result
    if octave.status in ("timeout", "died"):
        result.status, result.message = f"octave-{octave.status}", octave.message
        return result
    if octave.status == "error":
        result.status, result.message = "octave-error", octave.message
        return result
    if port_exc is not None:
        result.status, result.message = "port-error", f"{type(port_exc).__name__}: {port_exc}"
        return result
    ported = _as_tuple(port_value, len(case.outputs))
    result.octave_values, result.port_values = octave.outputs, ported
    if len(ported) != len(case.outputs) or len(octave.outputs) != len(case.outputs):
        result.message = (f"expected {len(case.outputs)} outputs; Octave gave {len(octave.outputs)}, "
                          f"the port {len(ported)}")
        return result
    if case.check is not None:
        result.outputs = case.check(inputs, octave.outputs, ported)
    else:
        tolerances = case.tol.resolve(inputs, octave.outputs)
        result.outputs = [compare_output(o.name, ov, pv, tol, o.kind)
                          for o, ov, pv, tol in zip(case.outputs, octave.outputs, ported, tolerances)]
    failed = [c for c in result.outputs if not c.passed]
    result.status = "fail" if failed else "pass"
    result.message = "; ".join(f"{c.name}: {c.note}" for c in failed)
    return result


def run_cases(cases: list[Case], session: OctaveSession, batch_size: int = 25, on_result=None) -> list[CaseResult]:
    """Run ``cases`` in batches (one Octave round trip each); ``on_result(result)`` after each case.

    A KeyboardInterrupt propagates after the results so far have been passed to ``on_result``.
    """
    results = []
    for start in range(0, len(cases), batch_size):
        batch = cases[start:start + batch_size]
        inputs = [c.make_inputs() for c in batch]
        answers = session.call_many([Call(c.function, c.octave_args(args), len(c.outputs), c.timeout)
                                     for c, args in zip(batch, inputs)])
        for case, args, octave in zip(batch, inputs, answers):
            value, exc, seconds, said = call_port(case.port_function, case.port_args(args, session))
            result = judge(case, args, octave, value, exc, seconds)
            result.port_warnings = said
            results.append(result)
            if on_result is not None:
                on_result(result)
    return results


def summarize(results: list[CaseResult]) -> dict[str, int]:
    """How many cases ended in each status (every status listed, zeros included)."""
    counts = dict.fromkeys(STATUSES, 0)
    for r in results:
        counts[r.status] += 1
    return counts


def slug(text: str) -> str:
    """A file-name-safe form of a case id."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)

"""Run cases: inputs once, the original in Octave (batched), the port in Python, then compare."""

from __future__ import annotations

import enum
import re
import threading
import time
import warnings
from dataclasses import dataclass, field, replace
from typing import Callable

import numpy as np

from crosscheck import doctor, messages
from crosscheck.case import Case, Handle, Index, Output
from crosscheck.compare import OutputComparison, Tolerance, Verdict, compare_output
from crosscheck.session import Call, CallResult, CallStatus, OctaveCallFailed, OctaveFunction, OctaveSession


class Status(str, enum.Enum):
    """What a case came to. Only PASS passes."""

    PASS = "pass"
    FAIL = "fail"
    OCTAVE_ERROR = "octave-error"
    OCTAVE_TIMEOUT = "octave-timeout"
    OCTAVE_DIED = "octave-died"
    PORT_ERROR = "port-error"


#: An Octave call that did not end OK, as the case's status (an error is the case's only when it
#: was not expected: see ``Case.raises``).
_OCTAVE_STATUS = {CallStatus.ERROR: Status.OCTAVE_ERROR, CallStatus.TIMEOUT: Status.OCTAVE_TIMEOUT,
                  CallStatus.DIED: Status.OCTAVE_DIED}


@dataclass(kw_only=True)
class CaseResult:
    """What one case came to."""

    case: Case
    status: Status
    outputs: list[OutputComparison] = field(default_factory=list)
    message: str = ""
    octave_seconds: float = float("nan")
    port_seconds: float = float("nan")
    port_warnings: list[str] = field(default_factory=list)
    octave_values: tuple = ()  # the raw outputs, kept for plots (not in the JSON report)
    port_values: tuple = ()
    tolerances: list[Tolerance] = field(default_factory=list)  # each output's, floor resolved

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    @property
    def by_floor(self) -> bool:
        return self.passed and any(o.by_floor for o in self.outputs)


# -- the two sides' arguments ---------------------------------------------------------------------------
def octave_arg(a):
    """An argument as the session sends it: a Handle becomes what crosscheck/m/crosscheck_batch.m
    turns back into a function handle (or, ``as_name``, the function's name), an Index its 1-based
    numbers; a dict (a struct) has its fields converted the same way."""
    if isinstance(a, Index):
        return a.for_octave()
    if isinstance(a, dict):
        return {k: octave_arg(v) for k, v in a.items()}
    if not isinstance(a, Handle):
        return a
    if a.as_name and not a.nudge:  # a name cannot carry a nudge: a probe gets the handle
        return a.function
    struct = {"crosscheck_handle": a.function, "bound": tuple(a.bound)}
    if a.nudge:
        struct["nudge"] = float(a.nudge)
    if a.arity > 1:
        struct["arity"] = float(a.arity)
    return struct


def port_arg(a, session: OctaveSession | None = None):
    """An argument as the port gets it: a Handle becomes ``lambda x, *more: port(x, *bound, *more)``,
    or, ``via_octave``, the Octave function itself evaluated through ``session``."""
    if isinstance(a, Index):
        return a.for_port()
    if isinstance(a, dict):
        return {k: port_arg(v, session) for k, v in a.items()}
    if not isinstance(a, Handle):
        return a
    if a.via_octave:
        if session is None:
            raise ValueError(f"Handle({a.function!r}): via_octave needs an Octave session")
        return OctaveFunction(session, a.function, tuple(a.bound))
    fn, bound = a.port_function, tuple(a.bound)
    if a.arity == 1:
        return lambda x, *more: fn(x, *bound, *more)
    if not bound:
        return fn
    return _bound_after(fn, bound, a.arity)


def _bound_after(fn: Callable, bound: tuple, arity: int) -> Callable:
    """``fn(*first arity arguments, *bound, *the rest)``, known by fn's name, with ``__wrapped__``:
    what a port that tells kernels apart by the function they bind sees (the course tells them by
    the handle's text)."""
    def bound_fn(*args):
        return fn(*args[:arity], *bound, *args[arity:])

    bound_fn.__name__ = bound_fn.__qualname__ = getattr(fn, "__name__", "bound")
    bound_fn.__wrapped__ = fn
    bound_fn.bound = bound
    return bound_fn


def call_port(fn: Callable, args: tuple):
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


# -- judging ------------------------------------------------------------------------------------------
def _check_refusal(case: Case, octave: CallResult, port_exc: BaseException | None) -> tuple[Status, str]:
    """Both sides must refuse the inputs, with messages that read the same (crosscheck.messages) and
    contain ``case.raises``."""
    want = case.raises.lower()
    problems = []
    if octave.status is not CallStatus.ERROR:
        problems.append(f"Octave did not raise (it ended {octave.status.value})")
    elif not (octave.message.startswith(f"{case.function}:") and want in octave.message.lower()):
        problems.append(f"Octave's message does not say {case.raises!r}: {octave.message!r}")
    if port_exc is None:
        problems.append("the port did not raise")
    elif not isinstance(port_exc, ValueError):
        problems.append(f"the port raised {type(port_exc).__name__}, not ValueError: {port_exc}")
    elif want not in str(port_exc).lower():
        problems.append(f"the port's message does not say {case.raises!r}: {str(port_exc)!r}")
    elif octave.status is CallStatus.ERROR and not messages.same_refusal(octave.message, str(port_exc), case.function):
        problems.append(f"the messages differ: Octave {octave.message!r}, the port {str(port_exc)!r}")
    if problems:
        return Status.FAIL, "; ".join(problems)
    return Status.PASS, f"both refuse: {octave.message} / {port_exc}"


def _port_outputs(value, names: list[str], records: tuple[bool, ...] = ()) -> tuple[tuple | None, str]:
    """The port's outputs as a tuple in Octave's order, or None and a sentence saying what is wrong:
    too few or too many outputs, or an output that is not a number or an array of numbers (or, where
    ``records`` marks an Octave struct, not a record)."""
    n = len(names)
    records = tuple(records) or (False,) * n
    if n == 1:
        outputs = (value,)
    elif isinstance(value, (tuple, list)):
        outputs = tuple(value)
    else:
        return None, (f"the port returned one {type(value).__name__} where Octave's function has {n} outputs "
                      f"({', '.join(names)}): return them as a tuple, in Octave's order")
    if len(outputs) != n:
        return None, (f"the port returned {len(outputs)} outputs where Octave's function has {n} "
                      f"({', '.join(names)})")
    for name, out, record in zip(names, outputs, records):
        if record:
            if _record_fields(out) is None:
                return None, (f"the port's output {name} is {type(out).__name__} {out!r:.60}, not a record (a "
                              f"NamedTuple, a dataclass or a mapping of its fields)")
            continue
        kind = np.asarray(out).dtype.kind if not isinstance(out, (str, bytes, dict)) and out is not None else "O"
        if kind not in "biufc":
            return None, (f"the port's output {name} is {type(out).__name__} {out!r:.60}, not a number or an "
                          f"array of numbers")
    return outputs, ""


def _record_fields(value) -> dict | None:
    """A record's fields by name: a mapping's items, a NamedTuple's or a dataclass's fields; None for
    anything else."""
    import dataclasses  # noqa: PLC0415

    if isinstance(value, dict) or (hasattr(value, "keys") and hasattr(value, "__getitem__")):
        return {k: value[k] for k in value.keys()}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return dict(value._asdict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    return None


def _flatten_records(case: Case, octave_values: tuple, port_values: tuple) -> tuple[Case, tuple, tuple, list[str]]:
    """The case with each record output replaced by one output per compared field (``model.alphas``),
    the two sides' values likewise, and a sentence per field the port's record lacks."""
    compared, missing = [], []  # (output, Octave's value, the port's value)
    for o, ov, pv in zip(case.outputs, octave_values, port_values):
        if o.kind != "record":
            compared.append((o, ov, pv))
            continue
        if not isinstance(ov, dict):
            raise _NotARecord(f"{o.name}: Octave's output is {type(ov).__name__}, not a struct")
        fields = _record_fields(pv)
        for key, value in ov.items():
            if isinstance(value, str):  # a function handle's text: not a number to compare
                continue
            snake = messages.snake_case(key)
            attribute = snake if snake in fields else key if key in fields else None
            if attribute is None:
                missing.append(f"{o.name}.{key}: the port's record has no field {snake!r}")
            else:
                compared.append((Output(f"{o.name}.{key}", field_of=o.name), value, fields[attribute]))
    outputs, octave, port = (tuple(column) for column in zip(*compared)) if compared else ((), (), ())
    return replace(case, outputs=outputs), octave, port, missing


class _NotARecord(Exception):
    """Octave returned something other than a struct where the case expects one."""


def _compare(o: Output, ov, pv, tol: Tolerance) -> OutputComparison:
    """One output compared; an index output's 0-based integers plus 1 against Octave's numbers."""
    if not o.index:
        return compare_output(o.name, ov, pv, tol, o.kind)
    value = np.asarray(pv)
    if value.dtype.kind not in "iu":
        return OutputComparison(name=o.name, kind=o.kind, octave_shape=np.shape(ov), port_shape=value.shape,
                                verdict=Verdict.CHECK,
                                note=f"an index output is 0-based integers; the port returned {value.dtype}")
    return compare_output(o.name, ov, value + 1, tol, o.kind)


def one_based(o: Output, value):
    """An index output's value as Octave counts (plus 1): what was compared, for the doctor and the
    error pictures."""
    if o.index and np.asarray(value).dtype.kind in "iu":
        return np.asarray(value) + 1
    return value


def _octave_cause(exc: BaseException | None) -> OctaveCallFailed | None:
    """The failed Octave call behind an exception the port raised, if any (the port may wrap it)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OctaveCallFailed):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def judge(case: Case, inputs: tuple, octave: CallResult, port_value, port_exc, port_seconds: float,
          probes: list[CallResult] = ()) -> CaseResult:
    """Turn the two sides' answers (and the outputs of the tolerance's probes) into a CaseResult."""
    result = CaseResult(case=case, status=Status.FAIL, octave_seconds=octave.seconds, port_seconds=port_seconds)
    if case.raises is not None:
        result.status, result.message = _check_refusal(case, octave, port_exc)
        return result
    failed_probe = next((p for p in probes if p.status is not CallStatus.OK), None)
    for answer, what in ((octave, ""), (failed_probe, "a run of the original for the tolerance floor: ")):
        if answer is not None and answer.status is not CallStatus.OK:
            result.status, result.message = _OCTAVE_STATUS[answer.status], what + answer.message
            return result
    if port_exc is not None:
        failed_call = _octave_cause(port_exc)
        if failed_call is not None:  # a port driven by Octave (an isolated fmincg case): Octave's fault
            result.status = _OCTAVE_STATUS[failed_call.status]
            result.message = f"while the port ran: {failed_call}"
            return result
        result.status, result.message = Status.PORT_ERROR, f"{type(port_exc).__name__}: {port_exc}"
        return result
    ported, problem = _port_outputs(port_value, [o.name for o in case.outputs],
                                    tuple(o.kind == "record" for o in case.outputs))
    if ported is None:
        result.status, result.message = Status.PORT_ERROR, problem
        return result
    result.octave_values, result.port_values = octave.outputs, ported
    if len(octave.outputs) != len(case.outputs):
        result.message = f"expected {len(case.outputs)} outputs; Octave gave {len(octave.outputs)}"
        return result
    if case.check is not None:
        result.outputs = case.check(inputs, octave.outputs, ported)
    else:
        missing = []
        if any(o.kind == "record" for o in case.outputs):
            try:
                flat, octave_values, ported, missing = _flatten_records(case, octave.outputs, ported)
            except _NotARecord as exc:
                result.message = str(exc)
                return result
            probe_outputs = [p.outputs for p in probes]
            tolerances = case.tol.resolve(inputs, octave.outputs, probe_outputs)
            per_output = dict(zip((o.name for o in case.outputs), tolerances))
            result.case, result.octave_values, result.port_values = flat, octave_values, ported
            result.tolerances = [per_output[o.field_of or o.name] for o in flat.outputs]
        else:
            result.tolerances = case.tol.resolve(inputs, octave.outputs, [p.outputs for p in probes])
        result.outputs = [_compare(o, ov, pv, tol) for o, ov, pv, tol in
                          zip(result.case.outputs, result.octave_values, result.port_values, result.tolerances)]
        if missing:
            result.status, result.message = Status.FAIL, "; ".join(missing)
            return result
    failed = [c for c in result.outputs if not c.passed]
    result.status = Status.FAIL if failed else Status.PASS
    result.message = "; ".join(f"{c.name}: {c.note}" for c in failed)
    return result


# -- the doctor --------------------------------------------------------------------------------------
def rerun(case: Case, session: OctaveSession | None):
    """``rerun(variants) -> [outputs or None]`` for the doctor: the original run again, in one round
    trip, on each variant's arguments (through crosscheck_ddof.m for a variant with std and var flipped)."""
    def run(variants: list[doctor.Variant]) -> list[tuple | None]:
        if session is None:
            return [None] * len(variants)
        calls = [Call(function="crosscheck_ddof" if v.ddof else case.function,
                      args=((case.function,) if v.ddof else ()) + tuple(octave_arg(a) for a in v.args),
                      nout=len(case.outputs), timeout=case.timeout) for v in variants]
        return [r.outputs if r.status is CallStatus.OK else None for r in session.call_many(calls)]
    return run


def diagnose(result: CaseResult, inputs: tuple, session: OctaveSession | None) -> None:
    """Ask the doctor which porting mistake explains each failing output; set its ``diagnosis``."""
    if any(o.field_of for o in result.case.outputs):  # a struct's fields: no porting mistake is about them
        return
    outputs = [doctor.Output(o.name, np.asarray(ov), one_based(o, pv), tol) for o, ov, pv, tol in
               zip(result.case.outputs, result.octave_values, result.port_values, result.tolerances)]
    failing = [k for k, c in enumerate(result.outputs) if not c.passed]
    large = doctor.too_large([(o.name, value) for o, ov, pv in zip(result.case.outputs, result.octave_values,
                                                                    result.port_values) for value in (ov, pv)])
    if large is not None:
        for k in failing:
            result.outputs[k] = replace(result.outputs[k], diagnosis=large)
        return
    try:
        found = doctor.diagnose(doctor.Evidence(result.case.function, inputs, outputs, failing,
                                                rerun(result.case, session)))
    except Exception as exc:  # noqa: BLE001 -- a diagnosis is never worth the run: say so and go on
        result.message += f" (the doctor could not look: {type(exc).__name__}: {exc})"
        return
    for k, d in found.items():
        result.outputs[k] = replace(result.outputs[k], diagnosis=d.to_json())


def _calls(case: Case, inputs: tuple) -> list[Call]:
    """The case's Octave call, then the reruns of the original its tolerance asks for (probes)."""
    arglists = [inputs]
    if case.raises is None and case.check is None and case.tol.probes is not None:
        arglists += list(case.tol.probes(inputs))
    return [Call(function=case.function, args=tuple(octave_arg(a) for a in args), nout=len(case.outputs),
                 timeout=case.timeout) for args in arglists]


def round_trips(cases: list[Case], batch_size: int) -> list[list[Case]]:
    """Cases grouped into Octave round trips of at most ``batch_size``. A batch overruns only when all
    its calls' time-outs are spent, so a case with a time-out of its own goes alone: its limit holds."""
    trips, current = [], []
    for case in cases:
        if case.timeout is not None:
            trips += [current, [case]] if current else [[case]]
            current = []
            continue
        current.append(case)
        if len(current) == batch_size:
            trips.append(current)
            current = []
    return trips + ([current] if current else [])


def _run_trip(batch: list[Case], session: OctaveSession):
    """The cases of one round trip: one Octave call for them all, then each port; yields each result."""
    inputs = [c.make_inputs() for c in batch]
    calls = [_calls(c, args) for c, args in zip(batch, inputs)]
    answers = iter(session.call_many([call for per_case in calls for call in per_case]))
    for case, args, per_case in zip(batch, inputs, calls):
        octave, *probes = [next(answers) for _ in per_case]
        value, exc, seconds, said = call_port(case.port_function, tuple(port_arg(a, session) for a in args))
        result = judge(case, args, octave, value, exc, seconds, probes)
        result.port_warnings = said
        if result.status is Status.FAIL and result.tolerances:
            diagnose(result, args, session)
        yield result


def run_cases(cases: list[Case], session: OctaveSession, batch_size: int = 25, on_result=None,
              more_sessions: tuple[OctaveSession, ...] = ()) -> list[CaseResult]:
    """Run ``cases`` in round trips of ``batch_size`` (one Octave call each); ``on_result(result)`` after
    each case.

    With ``more_sessions`` (``crosscheck -j N``), the round trips are shared out among all the
    sessions, each in a thread of its own; the results reach ``on_result`` and the list in the order
    of a serial run, from the thread that called (a round trip's all at once, when it is done).

    A KeyboardInterrupt propagates after the results so far have been passed to ``on_result``.
    """
    trips = round_trips(cases, batch_size)
    results = []

    def emit(result: CaseResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    if not more_sessions:
        for batch in trips:
            for result in _run_trip(batch, session):
                emit(result)
        return results
    for trip in _shared_out(trips, (session, *more_sessions)):
        for result in trip:
            emit(result)
    return results


def _shared_out(trips: list[list[Case]], sessions: tuple[OctaveSession, ...]):
    """Each round trip's results, in order, the trips run by one thread per session (a thread takes
    the next trip not yet taken). A worker's exception is raised here, at its trip's turn."""
    done: dict[int, list | BaseException] = {}
    ready = threading.Condition()
    taken = iter(range(len(trips)))
    stop = threading.Event()

    def work(session: OctaveSession) -> None:
        while not stop.is_set():
            with ready:
                k = next(taken, None)
            if k is None:
                return
            try:
                out: list | BaseException = list(_run_trip(trips[k], session))
            except BaseException as exc:  # noqa: BLE001 -- handed to the caller at this trip's turn
                out = exc
            with ready:
                done[k] = out
                ready.notify_all()

    workers = [threading.Thread(target=work, args=(s,), name=f"crosscheck-session-{i}", daemon=True)
               for i, s in enumerate(sessions)]
    for w in workers:
        w.start()
    try:
        for k in range(len(trips)):
            with ready:
                while k not in done:
                    ready.wait(0.2)  # a timed wait: Ctrl-C reaches this thread
                out = done.pop(k)
            if isinstance(out, BaseException):
                raise out
            yield out
    finally:
        stop.set()  # the others finish the trip they are on (their sessions' closing ends it sooner)


def summarize(results: list[CaseResult]) -> dict[str, int]:
    """How many cases ended in each status (every status listed, zeros included)."""
    counts = dict.fromkeys((s.value for s in Status), 0)
    for r in results:
        counts[r.status.value] += 1
    return counts


def slug(text: str) -> str:
    """A file-name-safe form of a case id."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)

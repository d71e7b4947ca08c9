"""Generated examples for the cases that declare their arguments (``crosscheck --examples N``).

For each case with ``args`` (``crosscheck.args``), Hypothesis draws N argument tuples from the
declaration; each is judged exactly as the harness judges a case (a copy of the case whose inputs are
the example, through ``crosscheck.runner.run_cases``: one Octave round trip, ~20 ms). On a failure
Hypothesis shrinks to the smallest input that still fails, and this prints the case's row for it and
the input as an Octave call and a Python call, ready to paste.

Runs are repeatable: the examples are a function of the seed alone (printed at the start; give it back
with ``--seed``). That is also why there is no example database: one would replay earlier failures
first, so that the same seed would no longer mean the same run, and runs would write files in
the project behind the user's back.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import random
import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from crosscheck.case import Case, Index
from crosscheck.report import row, to_json
from crosscheck.runner import CaseResult, Status, run_cases
from crosscheck.session import OctaveSession

HYPOTHESIS_HINT = "--examples needs hypothesis: pip install hypothesis"

#: Outcomes whose shrinking could cost a time-out (or a restart of Octave) per try: not shrunk.
_NOT_SHRUNK = (Status.OCTAVE_TIMEOUT, Status.OCTAVE_DIED)


class HypothesisMissing(ImportError):
    """--examples was asked for, and hypothesis is not installed."""


def require_hypothesis() -> None:
    """Raise :class:`HypothesisMissing` (with what to install) when hypothesis cannot be imported."""
    try:
        import hypothesis  # noqa: F401, PLC0415 -- a test extra
    except ImportError as exc:
        raise HypothesisMissing(HYPOTHESIS_HINT) from exc


def new_seed() -> int:
    """A seed for a run that was given none (printed, so that the run can be repeated)."""
    return random.SystemRandom().randrange(2**32)


# -- literals and calls ----------------------------------------------------------------------------
def _octave_number(x) -> str:
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Inf" if x > 0 else "-Inf"
    if x.is_integer() and abs(x) < 1e15:
        return "-0" if x == 0 and math.copysign(1, x) < 0 else str(int(x))
    return repr(x)  # the shortest text that reads back as the same double, in Octave as in Python


def _python_number(x) -> str:
    if isinstance(x, (bool, np.bool_)):
        return repr(bool(x))
    if isinstance(x, (int, np.integer)):
        return repr(int(x))
    x = float(x)
    if math.isnan(x):
        return "np.nan"
    if math.isinf(x):
        return "np.inf" if x > 0 else "-np.inf"
    return repr(x)


def octave_literal(value) -> str:
    """Octave text for an argument (as ``mat2str`` would write it, with every double exact); an Index
    as Octave's 1-based numbers."""
    if isinstance(value, Index):
        return octave_literal(value.for_octave())
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, (bool, np.bool_, int, float, np.integer, np.floating)):
        return _octave_number(value)
    a = np.asarray(value)
    if a.ndim == 1:  # oct2py sends a 1-D array as a column
        a = a.reshape(-1, 1)
    if a.ndim == 0:
        return _octave_number(a.item())
    if a.ndim != 2 or a.dtype.kind not in "biuf":
        raise ValueError(f"no Octave literal for {type(value).__name__} {value!r:.60}")
    logical = a.dtype == bool
    if a.size == 0:
        return f"{'false' if logical else 'zeros'} ({a.shape[0]}, {a.shape[1]})"
    if a.shape == (1, 1):
        return _octave_number(a[0, 0])
    return "[" + "; ".join(" ".join(_octave_number(x) for x in r) for r in a) + "]"


def python_literal(value) -> str:
    """Python text for an argument: ``np.array(...)`` for an array, every float exact; an Index as the
    port's 0-based integers."""
    if isinstance(value, Index):
        return python_literal(value.for_port().astype(np.int64))
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (bool, np.bool_, int, float, np.integer, np.floating)):
        return _python_number(value)
    a = np.asarray(value)
    if a.dtype.kind not in "biuf" or a.ndim > 2:
        raise ValueError(f"no Python literal for {type(value).__name__} {value!r:.60}")
    if a.ndim == 0:
        return _python_number(a.item())
    dtype = {"b": ", dtype=bool", "i": ", dtype=np.int64", "u": ", dtype=np.uint64"}.get(a.dtype.kind, "")
    if a.size == 0:
        return f"np.zeros({a.shape}{dtype})"

    def nested(x):
        return "[" + ", ".join(nested(v) for v in x) + "]" if isinstance(x, np.ndarray) else _python_number(x)

    return f"np.array({nested(a)}{dtype if a.dtype.kind == 'u' else ''})"


def _names(case: Case, python: bool) -> list[str]:
    names = [o.name for o in case.outputs]
    ok = all(n.isidentifier() for n in names) if python else all(n.replace("_", "a").isalnum() for n in names)
    return names if ok and case.raises is None else []


def octave_call(case: Case, inputs: tuple) -> str:
    """``[J, grad] = costFunctionReg ([0.5; -1], ...)``: the case's call on ``inputs``, in Octave."""
    names = _names(case, python=False)
    lhs = "" if not names else (f"{names[0]} = " if len(names) == 1 else f"[{', '.join(names)}] = ")
    return f"{lhs}{case.function} ({', '.join(octave_literal(a) for a in inputs)})"


def port_reference(fn: Callable) -> tuple[str, str | None]:
    """(the name to call the port by, the import that brings it, or None when there is none to write:
    a function of a case file, a lambda, a method)."""
    name, module = getattr(fn, "__name__", None), getattr(fn, "__module__", None)
    if not isinstance(name, str) or not name.isidentifier() or getattr(fn, "__qualname__", name) != name:
        return "port", None
    if isinstance(module, str) and module.split(".")[0] == "pyport":
        import pyport  # noqa: PLC0415

        if getattr(pyport, name, None) is fn:
            return name, f"from pyport import {name}"
    if not isinstance(module, str) or module in ("__main__", "__crosscheck_cases__", "builtins"):
        return name, None
    return name, f"from {module} import {name}"


def python_setup(case: Case) -> str:
    """The imports :func:`python_call`'s text needs, on one line."""
    fn = case.port_function
    name, imported = port_reference(fn)
    if imported is not None:
        return f"import numpy as np; {imported}"
    module = getattr(fn, "__module__", None)
    if name == "port":
        what = repr(fn)
    elif module == "__crosscheck_cases__":
        what = "defined in your case file"
    else:
        what = f"defined in {module}"
    return f"import numpy as np  # {name}: {what}"


def python_call(case: Case, inputs: tuple) -> str:
    """``J = compute_cost_multi(np.array([[1.0]]), ...)``: the case's port on ``inputs``, in Python."""
    names = _names(case, python=True)
    lhs = f"{', '.join(names)} = " if names else ""
    name, _ = port_reference(case.port_function)
    return f"{lhs}{name}({', '.join(python_literal(a) for a in inputs)})"


# -- running ---------------------------------------------------------------------------------------
@dataclass
class ExampleFailure:
    """The smallest failing example of a case: its inputs, how the harness judged it, and the calls."""

    case: Case
    inputs: tuple
    result: CaseResult
    tried: int  # examples run before the first failure, that one included
    shrink_runs: int  # runs spent shrinking it
    octave_call: str
    python_setup: str
    python_call: str
    note: str = ""

    def lines(self) -> list[str]:
        shrunk = f"shrunk in {self.shrink_runs} more runs" if self.shrink_runs else "not shrunk"
        head = f"{self.case.id}: FAIL on generated example {self.tried}, {shrunk}"
        return [head + (f" ({self.note})" if self.note else ""), row(self.result),
                "smallest failing input, in Octave:", self.octave_call,
                "and in Python:", self.python_setup, self.python_call]

    def to_json(self) -> dict:
        return {"id": self.case.id, "tried": self.tried, "shrink_runs": self.shrink_runs, "note": self.note,
                "octave_call": self.octave_call, "python_setup": self.python_setup,
                "python_call": self.python_call, "result": to_json(self.result)}


@dataclass
class ExampleRun:
    """What ``run_examples`` did for one case."""

    case: Case
    runs: int = 0
    seconds: float = 0.0
    failure: ExampleFailure | None = None


class _Stop(BaseException):
    """Ends a Hypothesis run at once, unshrunk (a BaseException: Hypothesis lets it through)."""


def _copied(inputs: tuple) -> tuple:
    return tuple(copy.deepcopy(a) for a in inputs)


def example_case(case: Case, inputs: tuple) -> Case:
    """The case, with ``inputs`` as its inputs (a fresh copy each time: a port that writes into its
    arguments cannot change what is printed)."""
    return dataclasses.replace(case, inputs=lambda rng: _copied(inputs), args=())


def run_one(case: Case, inputs: tuple, session: OctaveSession) -> CaseResult:
    """The example judged as the harness judges a case."""
    return run_cases([example_case(case, inputs)], session)[0]


def try_case(case: Case, session: OctaveSession, n: int, seed: int) -> ExampleRun:
    """Up to ``n`` generated examples of ``case``; the first failure shrunk to the smallest."""
    from hypothesis import Phase, Verbosity, find, settings  # noqa: PLC0415 -- a test extra
    from hypothesis.errors import NoSuchExample  # noqa: PLC0415

    from crosscheck.args import strategy  # noqa: PLC0415

    out = ExampleRun(case)
    last: list = []  # the latest failing (inputs, result), and the run count at the first failure
    first_failure_at: list[int] = []

    def fails(inputs: tuple) -> bool:
        out.runs += 1
        result = run_one(case, inputs, session)
        if result.passed:
            return False
        if not first_failure_at:
            first_failure_at.append(out.runs)
        last[:] = [inputs, result]
        if result.status in _NOT_SHRUNK:
            raise _Stop
        return True

    t0 = time.perf_counter()
    note = ""
    try:
        find(strategy(case.args, case.sizes), fails,
             settings=settings(max_examples=n, database=None, deadline=None, derandomize=False,
                               phases=(Phase.generate, Phase.shrink), verbosity=Verbosity.quiet,
                               report_multiple_bugs=False),
             random=random.Random(seed))
    except _Stop:
        note = f"{last[1].status.value}: not shrunk, each try could take that long"
    except NoSuchExample:
        pass
    except Exception as exc:  # noqa: BLE001 -- Hypothesis's own refusals (a flaky failure): say it, go on
        if not last:
            raise
        note = f"Hypothesis stopped: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    finally:
        out.seconds = time.perf_counter() - t0
    if last:
        inputs, result = last
        tried = first_failure_at[0]
        out.failure = ExampleFailure(case=case, inputs=inputs, result=result, tried=tried,
                                     shrink_runs=out.runs - tried, octave_call=octave_call(case, inputs),
                                     python_setup=python_setup(case), python_call=python_call(case, inputs),
                                     note=note)
    return out


def run_examples(cases: list[Case], session: OctaveSession, n: int, seed: int, say: Callable[[str], None] = print,
                 quiet: bool = False, announce: bool = True) -> list[ExampleFailure]:
    """For each of ``cases`` that declares ``args``, up to ``n`` generated examples (Hypothesis, from
    ``seed``); returns the failures, each shrunk to its smallest failing input. Says
    "examples: N per case, seed S" first (unless not ``announce``), then a line per case (only the
    failures when ``quiet``), and each failure's row and calls.

    A KeyboardInterrupt propagates.
    """
    require_hypothesis()
    if announce:
        say(f"examples: {n} per case, seed {seed}")
    failures = []
    for case in cases:
        if not case.args:
            continue
        done = try_case(case, session, n, seed)
        if done.failure is None:
            if not quiet:
                say(f"{case.id}: {done.runs} generated examples pass ({done.seconds:.1f} s)")
            continue
        failures.append(done.failure)
        say("\n".join(done.failure.lines()))
    return failures

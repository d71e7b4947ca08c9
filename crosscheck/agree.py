"""``assert_agrees``: one Octave function and its port, called on the same arguments and compared
output by output as the harness compares a case (for pytest, or any script)."""

from __future__ import annotations

from typing import Callable

from crosscheck.case import DEFAULT_TOLERANCE, Case, Output
from crosscheck.compare import Tolerance
from crosscheck.report import output_lines
from crosscheck.runner import CaseResult, run_cases
from crosscheck.session import OctaveSession


def agree(octave: OctaveSession, function: str, port: Callable, *args, nout: int = 1,
          tol: Tolerance | None = None, outputs=None) -> CaseResult:
    """``function(*args)`` in Octave against ``port(*args)``, judged as a case (nothing raised)."""
    names = tuple(outputs) if outputs is not None else tuple(f"output {k}" for k in range(1, nout + 1))
    if len(names) != nout:
        raise ValueError(f"agree: {len(names)} output names for nout={nout}")
    case = Case(function, "assert_agrees", inputs=lambda rng: args,
                outputs=tuple(o if isinstance(o, Output) else Output(o) for o in names),
                tol=DEFAULT_TOLERANCE if tol is None else tol, port=port)
    [result] = run_cases([case], octave)
    return result


def assert_agrees(octave: OctaveSession, function: str, port: Callable, *args, nout: int = 1,
                  tol: Tolerance | None = None, outputs=None) -> CaseResult:
    """Call Octave's ``function`` and ``port`` on ``args``; raise AssertionError, with the harness's
    row for each output, unless every output agrees within ``tol`` (default: 1e-10 of each output's
    largest entry, norm-wise; see ``crosscheck.case.DEFAULT_TOLERANCE``).

    ``octave`` is an :class:`OctaveSession` (the pytest plugin's ``octave`` fixture); ``nout`` the
    number of outputs compared, in Octave's order (the port returns a tuple when there are several);
    ``outputs`` optionally names them (or gives :class:`Output` kinds). Returns the result.

    Example (in a test, with the plugin's fixture)::

        def test_cost(octave):
            assert_agrees(octave, "costFunctionReg", my.cost_function_reg, theta, X, y, 1.0, nout=2)
    """
    __tracebackhide__ = True  # pytest shows the caller's line, not this function's
    result = agree(octave, function, port, *args, nout=nout, tol=tol, outputs=outputs)
    if not result.passed:
        raise AssertionError("\n".join(output_lines(result)))
    return result

"""The registry of cross-check cases.

A case names an Octave function, the port to hold against it, how to build its inputs from a seeded
generator, what its outputs are and how close they must agree. A case whose ``raises`` is set checks
instead that both sides refuse the inputs with an error that says the same thing. Family modules
(``linear_regression``, ...) register their cases when this package is imported; adding a function to
the project means adding its cases there (a test fails for an ``octave/*.m`` with no case).
"""

from __future__ import annotations

import fnmatch
import zlib
from dataclasses import dataclass
from typing import Callable

import numpy as np

import pyport
from crosscheck.compare import KINDS, Tolerance


@dataclass(frozen=True)
class Output:
    """One output, in Octave's output order: its name, how the port shapes it (compare.KINDS), and
    whether it is a trace (a value per iteration, plotted by the report)."""

    name: str
    kind: str = "array"
    trace: bool = False

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"Output: kind must be one of {sorted(KINDS)}, got {self.kind!r}")


@dataclass(frozen=True)
class Handle:
    """A function argument: ``@(x) function (x, bound{:})`` in Octave, ``port(x, *bound)`` in Python.

    Python cannot send Octave a function handle; the session sends this as a struct that the batch
    helper (crosscheck/m/crosscheck_batch.m) turns into the handle. ``port`` defaults to the port of
    ``function``; give another Python callable to drive the port with something else (for example the
    Octave function itself, called through a session).
    """

    function: str
    bound: tuple = ()
    port: Callable | None = None
    via_octave: bool = False
    as_name: bool = False  # send Octave the function's name (a string), not a handle

    def for_octave(self):
        if self.as_name:
            return self.function
        return {"crosscheck_handle": self.function, "bound": tuple(self.bound)}

    def for_python(self, session=None) -> Callable:
        """The Python callable; with ``via_octave``, one that evaluates the Octave function itself
        through ``session`` (so that a port driven by it sees exactly the original's numbers)."""
        bound = tuple(self.bound)
        if self.via_octave:
            if session is None:
                raise ValueError(f"Handle({self.function!r}): via_octave needs an Octave session")
            return OctaveFunction(session, self.function, bound)
        fn = self.port if self.port is not None else pyport.OCTAVE_NAMES[self.function]
        return lambda x, *more: fn(x, *bound, *more)


class OctaveFunction:
    """``f(x) -> (value, gradient)`` evaluated by an Octave function through a session (~17 ms a call)."""

    def __init__(self, session, function: str, bound: tuple = ()):
        self.session, self.function, self.bound = session, function, bound
        self.calls = 0

    def __call__(self, x, *more):
        x = np.asarray(x, dtype=np.float64)
        r = self.session.call(self.function, x.reshape(-1, 1), *self.bound, *more, nout=2)
        if r.status != "ok":
            raise RuntimeError(f"{self.function} in Octave: {r.status}: {r.message}")
        self.calls += 1
        value, grad = r.outputs
        return float(np.asarray(value).reshape(())), np.asarray(grad, dtype=np.float64).reshape(x.shape)


@dataclass(frozen=True)
class Case:
    """One cross-check: ``function(*inputs(rng))`` in Octave against ``port(*inputs(rng))``."""

    function: str
    name: str
    inputs: Callable[[np.random.Generator], tuple]
    outputs: tuple[Output, ...]
    tol: Tolerance = Tolerance()
    port: Callable | None = None
    raises: str | None = None
    timeout: float | None = None
    family: str = ""
    about: str = ""
    check: Callable | None = None  # check(inputs, octave_outputs, port_outputs) -> [OutputComparison]
    seed_key: str | None = None  # cases with the same key get the same inputs' seed (default: the id)

    @property
    def id(self) -> str:
        return f"{self.function}/{self.name}"

    @property
    def seed(self) -> int:
        """Stable across runs and independent of the other cases (not Python's salted hash)."""
        return zlib.crc32((self.seed_key or self.id).encode())

    @property
    def port_function(self) -> Callable:
        return self.port if self.port is not None else pyport.OCTAVE_NAMES[self.function]

    def make_inputs(self) -> tuple:
        """The arguments, in Octave order; the same every time (the generator is seeded from the id)."""
        return tuple(self.inputs(np.random.default_rng(self.seed)))

    def octave_args(self, inputs: tuple) -> tuple:
        return tuple(a.for_octave() if isinstance(a, Handle) else a for a in inputs)

    def port_args(self, inputs: tuple, session=None) -> tuple:
        return tuple(a.for_python(session) if isinstance(a, Handle) else a for a in inputs)


_REGISTRY: dict[str, Case] = {}


def register(case: Case) -> Case:
    """Add a case; ids must be unique."""
    if case.id in _REGISTRY:
        raise ValueError(f"register: a case {case.id!r} is registered already")
    _REGISTRY[case.id] = case
    return case


def all_cases() -> list[Case]:
    """Every registered case, in registration order."""
    return list(_REGISTRY.values())


def select(patterns=()) -> list[Case]:
    """Cases whose id contains any of ``patterns`` (case-insensitive; ``*`` and ``?`` as in a shell)."""
    cases = all_cases()
    if not patterns:
        return cases
    pats = [p.lower() for p in patterns]

    def hit(case: Case) -> bool:
        cid = case.id.lower()
        return any(fnmatch.fnmatchcase(cid, f"*{p}*") for p in pats)

    return [c for c in cases if hit(c)]


def column(values) -> np.ndarray:
    """A float64 column (k, 1): what Octave calls a vector, and what the cases send."""
    return np.asarray(values, dtype=np.float64).reshape(-1, 1)


# Importing the families registers their cases.
from crosscheck.cases import linear_regression, neural_network, optimization, questions  # noqa: E402,F401

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
    """One output, in Octave's output order: its name and how the port shapes it (compare.KINDS)."""

    name: str
    kind: str = "array"

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"Output: kind must be one of {sorted(KINDS)}, got {self.kind!r}")


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

    @property
    def id(self) -> str:
        return f"{self.function}/{self.name}"

    @property
    def seed(self) -> int:
        """Stable across runs and independent of the other cases (not Python's salted hash)."""
        return zlib.crc32(self.id.encode())

    @property
    def port_function(self) -> Callable:
        return self.port if self.port is not None else pyport.OCTAVE_NAMES[self.function]

    def make_inputs(self) -> tuple:
        """The arguments, in Octave order; the same every time (the generator is seeded from the id)."""
        return tuple(self.inputs(np.random.default_rng(self.seed)))


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
from crosscheck.cases import linear_regression  # noqa: E402,F401

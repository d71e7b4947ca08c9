"""Which cases a run holds: a registry, filled explicitly.

The project's own cases are built by the topic modules of ``crosscheck.cases`` (each holds a list
``CASES``) and registered in one place, :func:`crosscheck.cases.project_cases`, by whoever runs them
(the command line, the tests). Nothing is registered by importing a module.
"""

from __future__ import annotations

import fnmatch

from crosscheck.case import Case


class Registry:
    """Cases by id, in the order they were registered."""

    def __init__(self, cases=()):
        self._cases: dict[str, Case] = {}
        self.register(*cases)

    def register(self, *cases: Case) -> None:
        """Add cases; an id already registered is refused."""
        for case in cases:
            if not isinstance(case, Case):
                raise TypeError(f"register: expected a Case, got {type(case).__name__}")
            if case.id in self._cases:
                raise ValueError(f"register: a case {case.id!r} is registered already")
            self._cases[case.id] = case

    def cases(self) -> list[Case]:
        """Every registered case, in registration order."""
        return list(self._cases.values())

    def __len__(self) -> int:
        return len(self._cases)

    def select(self, patterns=()) -> list[Case]:
        """Cases whose id contains any of ``patterns`` (case-insensitive; ``*`` and ``?`` as in a shell)."""
        return select(self.cases(), patterns)


def select(cases: list[Case], patterns=()) -> list[Case]:
    """The cases of ``cases`` whose id contains any of ``patterns`` (see :meth:`Registry.select`)."""
    if not patterns:
        return list(cases)
    pats = [p.lower() for p in patterns]
    return [c for c in cases if any(fnmatch.fnmatchcase(c.id.lower(), f"*{p}*") for p in pats)]


#: The cases that case files register (``crosscheck.register``); the command line reads them after
#: running each ``--cases`` file.
CASE_FILES = Registry()


def register(*cases: Case) -> None:
    """Register cases for the run: what a case file (``crosscheck --cases FILE``) calls.

    >>> import crosscheck
    >>> crosscheck.register(crosscheck.Case(function="sigmoid", name="zero", inputs=lambda rng: (0.0,),
    ...                                     outputs=("g",)))  # doctest: +SKIP
    """
    CASE_FILES.register(*cases)

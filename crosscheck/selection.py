"""Which cases a run runs: the project's, a user's case files' (``--cases``), or both (``--with-project``),
narrowed by ``-k``; and which of the project's originals a user's directory stands in for."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from crosscheck import registry as registries
from crosscheck.case import Case
from crosscheck.cases import project_cases
from crosscheck.registry import Registry
from crosscheck.session import OCTAVE_DIR


class CannotRun(Exception):
    """What stops a run before any case runs (exit 2): said in one sentence, no traceback."""


def load_case_files(files: list[Path]) -> list[Case]:
    """Run each case file (its own folder importable, for its ports) and collect what it registered."""
    registries.CASE_FILES = Registry()
    for file in files:
        if not file.is_file():
            raise CannotRun(f"--cases {file}: no such file")
        folder = str(file.resolve().parent)
        sys.path.insert(0, folder)
        try:
            runpy.run_path(str(file), run_name="__crosscheck_cases__")
        except Exception as exc:  # noqa: BLE001 -- a user's file: say what it raised, where
            raise CannotRun(f"--cases {file}: {type(exc).__name__}: {exc}") from exc
        finally:
            sys.path.remove(folder)
    cases = registries.CASE_FILES.cases()
    if not cases:
        raise CannotRun(f"--cases {', '.join(map(str, files))}: no case registered "
                        "(a case file calls crosscheck.register(Case(...)))")
    return cases


def shadowed(dirs: list[Path]) -> dict[str, Path]:
    """The project's originals that a user's directory holds a function of the same name for."""
    ours = {p.stem for p in OCTAVE_DIR.glob("*.m")}
    found: dict[str, Path] = {}
    for d in dirs:
        for m in sorted(d.glob("*.m")):
            if m.stem in ours and m.stem not in found:
                found[m.stem] = m
    return found


def select(args) -> tuple[list[Case], list[Case]]:
    """(the project's selected cases, the user's selected cases)."""
    for d in args.octave_path:
        if not d.is_dir():
            raise CannotRun(f"--octave-path {d}: no such directory")
    if args.with_project and not args.cases:
        raise CannotRun("--with-project goes with --cases")
    user = load_case_files(args.cases) if args.cases else []
    project = project_cases() if (args.with_project or not args.cases) else []
    Registry(project + user)  # refuses an id that is both the project's and a case file's
    project, user = Registry(project).select(args.patterns), Registry(user).select(args.patterns)
    shard = getattr(args, "shard", None)
    if shard is None:
        return project, user
    # --shard K/N: every N-th selected case from the K-th, so that N machines share out one run
    k, n = shard
    mine = {c.id for c in (project + user)[k - 1::n]}
    return [c for c in project if c.id in mine], [c for c in user if c.id in mine]


def parse_shard(text: str) -> tuple[int, int]:
    """``--shard K/N`` as (K, N), 1 <= K <= N; a ValueError that says what is wrong otherwise."""
    k, sep, n = text.partition("/")
    try:
        k_n = int(k), int(n)
    except ValueError:
        k_n = None
    if not sep or k_n is None or not 1 <= k_n[0] <= k_n[1]:
        raise ValueError(f"--shard must be K/N with 1 <= K <= N (as 2/3), got {text!r}")
    return k_n

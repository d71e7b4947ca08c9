"""What a run shows: a table row per case as it finishes (with, under a failing output, where it parts
from Octave's and which porting mistake explains it), a JSON report, and trace plots.

The JUnit XML (``crosscheck.junit``), the HTML report (``crosscheck.html_report``) and the pictures
(``crosscheck.plots``, ``crosscheck.error_plots``) are built from the same pieces: :func:`cells`,
:func:`output_lines`, :func:`explain`.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

import numpy as np

from crosscheck.compare import OutputComparison
from crosscheck.doctor import diagnosis_line
from crosscheck.locate import locator_lines
from crosscheck.runner import CaseResult, Status, slug, summarize

COLUMNS = ("function", "case", "outputs", "max abs err", "max rel err", "max ulp", "tol used", "verdict")
WIDTHS = (25, 26, 7, 11, 11, 9, 8, 14)
OUTPUT_COLUMNS = ("function", "output", "kind", *COLUMNS[3:])


def _fmt(x: float) -> str:
    if x is None or not np.isfinite(x):
        return "-"
    return "0" if x == 0 else f"{x:.2e}"


def verdict(r: CaseResult) -> str:
    """The verdict column: "pass", "pass (floor)", "FAIL" or "FAIL <status>"."""
    if r.passed:
        return "pass (floor)" if r.by_floor else "pass"
    return "FAIL" if r.status is Status.FAIL else f"FAIL {r.status.value}"


def _ulps(outs) -> str:
    """The largest ULP distance; "-" where none was measured (random outputs, compared by range)."""
    ulps = [o.max_ulp for o in outs if o.max_ulp is not None]
    if not ulps:
        return "-"
    worst = max(ulps)
    return str(worst) if worst < 10**7 else f"{float(worst):.1e}"


def _share(outs) -> str:
    """The largest share of its tolerance an output used: how close the case came to failing."""
    used = [o.tol_used for o in outs if o.tol_used is not None]
    if not used:
        return "-"
    worst = max(used)
    if not np.isfinite(worst):
        return "inf"
    if worst == 0:
        return "0"
    if worst < 0.01:
        return "<1%"
    if worst < 10:
        return f"{worst:.0%}"
    return f"{worst:.0f}x" if worst < 1e5 else f"{worst:.0e}x"


def _largest(values):
    values = [v for v in values if v is not None]
    return max(values) if values else None


def header() -> str:
    line = "  ".join(f"{c:<{w}}" for c, w in zip(COLUMNS, WIDTHS))
    return f"{line}\n{'-' * len(line)}"


def cells(r: CaseResult) -> tuple[str, ...]:
    """A case's cells, in the order of ``COLUMNS``: what its row, the JUnit and the HTML tables show."""
    outs = r.outputs
    return (
        r.case.function,
        r.case.name,
        str(len(outs)) if outs else ("error" if r.case.raises else "-"),
        _fmt(_largest(o.max_abs for o in outs)),
        _fmt(_largest(o.max_rel for o in outs)),
        _ulps(outs),
        _share(outs),
        verdict(r),
    )


#: How far the lines that explain a failing output stand in, under its ``    -> reason`` line.
EXPLAIN_INDENT = " " * 6


def explain(o: OutputComparison) -> list[str]:
    """What explains a failing output: where it parts from Octave's (``crosscheck.locate``: its worst
    entry under both languages' indices, its NaN/Inf, its shapes), then which classic porting mistake
    explains it (``crosscheck.doctor``). Nothing for an output that passed."""
    if o.passed:
        return []
    lines = locator_lines(o.name, o.locator)
    said = diagnosis_line(o.diagnosis, o.passed)
    return lines + ([said] if said else [])


def _explained(outputs) -> str:
    return "".join(f"\n{EXPLAIN_INDENT}{line}" for o in outputs for line in explain(o))


def row(r: CaseResult) -> str:
    """One table row; a failing case gets its reason on the next line, then what explains each of its
    failing outputs (indented under the reason)."""
    text = "  ".join(f"{c:<{w}}" for c, w in zip(cells(r), WIDTHS)).rstrip()
    if not r.passed and r.message:
        text += f"\n    -> {r.message}" + _explained(r.outputs)
    return text


def output_lines(r: CaseResult) -> list[str]:
    """The case's verdict, then the table's columns for each output on a row of its own (the output's
    name where the case's name stands), a failing output's reason and what explains it under it: what
    ``assert_agrees`` says when a port disagrees, and the JUnit report's failure text."""
    lines = [f"{r.case.function}: {verdict(r)}" + (f": {r.message}" if r.message and not r.passed else "")]
    if r.outputs:
        line = "  ".join(f"{c:<{w}}" for c, w in zip(OUTPUT_COLUMNS, WIDTHS))
        lines += [line, "-" * len(line)]
    for o in r.outputs:
        cells_ = (r.case.function, o.name, o.kind, _fmt(o.max_abs), _fmt(o.max_rel), _ulps([o]), _share([o]),
                  o.verdict.value)
        line = "  ".join(f"{c:<{w}}" for c, w in zip(cells_, WIDTHS)).rstrip()
        if not o.passed:
            line += (f"\n    -> {o.note}" if o.note else "") + _explained([o])
        lines.append(line)
    return lines


def footer(results: list[CaseResult], selected: int, seconds: float, interrupted: bool) -> str:
    counts = summarize(results)
    parts = [f"{n} {s}" for s, n in counts.items() if n]
    text = f"{len(results)} of {selected} cases run in {seconds:.1f} s: {', '.join(parts) or 'nothing'}"
    if interrupted:
        text += " (interrupted: the report holds the cases run so far)"
    return text


def _first_line(fn) -> str | None:
    return (fn.__doc__ or fn.__name__).strip().splitlines()[0] if fn else None


def to_json(r: CaseResult) -> dict:
    tol = r.case.tol
    return {
        "id": r.case.id,
        "function": r.case.function,
        "case": r.case.name,
        "family": r.case.family,
        "about": r.case.about,
        "seed": r.case.seed,
        "status": r.status.value,
        "verdict": verdict(r),
        "message": r.message,
        "raises": r.case.raises,
        "tolerance": {"rtol": tol.rtol, "atol": tol.atol, "scale": tol.scale, "why": tol.why,
                      "floor": _first_line(tol.floor), "probes": _first_line(tol.probes)},
        "outputs": [o.to_json() for o in r.outputs],
        "octave_seconds": r.octave_seconds if np.isfinite(r.octave_seconds) else None,
        "port_seconds": r.port_seconds if np.isfinite(r.port_seconds) else None,
        "port_warnings": r.port_warnings,
    }


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file of its own in the same folder, then rename it:
    a reader never sees half a report, and two runs writing to one folder never share a temporary file.
    An OSError says which report could not be written."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OSError(exc.errno, f"cannot write the report {path}: {exc.strerror}") from exc
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # as an ordinary file would be (mkstemp's is private)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OSError(exc.errno, f"cannot write the report {path}: {exc.strerror}") from exc


class JsonReport:
    """The JSON report, rewritten (atomically) after every case so that an interrupted run loses nothing."""

    def __init__(self, path: Path, selected: int, octave_version: str | None):
        self.path = Path(path)
        self.results: list[CaseResult] = []
        self.meta = {
            "started": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "octave_version": octave_version,
            "numpy_version": np.__version__,
            "python_version": platform.python_version(),
            "platform": platform.platform(),
            "argv": sys.argv,
            "selected": selected,
        }

    def add(self, result: CaseResult) -> None:
        self.results.append(result)
        self.write(complete=False)

    def write(self, complete: bool, interrupted: bool = False) -> None:
        doc = dict(self.meta, complete=complete, interrupted=interrupted, summary=summarize(self.results),
                   cases=[to_json(r) for r in self.results])
        write_atomically(self.path, json.dumps(doc, indent=1) + "\n")


def plot_traces(result: CaseResult, directory: Path) -> Path | None:
    """For a case with a trace output (a cost history) of several entries, draw both traces and the
    ULPs between them into ``directory``; returns the PNG's path, or None when the case has no trace."""
    from crosscheck.plots import trace_png  # noqa: PLC0415 -- only runs that draw pay for matplotlib

    png = trace_png(result, f"{result.case.id}: {verdict(result)}")
    if png is None:
        return None
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{slug(result.case.id)}.png"
    path.write_bytes(png)
    return path

"""What a run writes (:class:`Reports`): its reports, and its pictures, drawn as its cases finish into
the plots directory (``--plots``, unless ``--no-plots``) and, for the HTML report (``--html``), kept in
memory.

The plots directory holds this run's pictures only: its ``*.png`` files are deleted when the run starts
(nothing else in it is touched). It gets, per case with a trace output (a cost history), both traces and
the ULPs between them (``<case id>.png``, ``/`` as ``_``), and per failing output, where its errors are
(``<case id>--<output>.png``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from crosscheck.case import Case
from crosscheck.html_report import write_html
from crosscheck.junit import write_junit
from crosscheck.error_plots import error_png
from crosscheck.plots import trace_png
from crosscheck.report import JsonReport, verdict
from crosscheck.runner import CaseResult, slug


@dataclass
class OutputPicture:
    """A failing output's picture for the HTML report: where its errors are (a PNG), or ``note``: why
    there is no picture."""

    name: str
    png: bytes | None
    note: str = ""


@dataclass
class CasePictures:
    """A failing case's pictures: one per failing output, and its traces (None without a trace output)."""

    outputs: list[OutputPicture] = field(default_factory=list)
    trace: bytes | None = None


def clear_plots(directory: Path) -> int:
    """Delete the ``*.png`` files of ``directory`` (an older run's pictures) and nothing else; returns how
    many went. A directory that does not exist yet is fine."""
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise NotADirectoryError(f"--plots {directory}: not a directory")
    gone = 0
    for png in directory.glob("*.png"):
        if png.is_file():
            png.unlink()
            gone += 1
    return gone


class Pictures:
    """Draws each finished case's pictures: into ``directory`` (None: no files) and, with ``keep``, a
    failing case's into :attr:`kept` (case id to :class:`CasePictures`) for the HTML report."""

    def __init__(self, directory: Path | None, keep: bool):
        self.directory = None if directory is None else Path(directory)
        self.keep = keep
        self.kept: dict[str, CasePictures] = {}
        self.written: list[Path] = []

    def _save(self, png: bytes, name: str) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"{name}.png"
        path.write_bytes(png)
        self.written.append(path)

    def add(self, result: CaseResult) -> list[str]:
        """Draw ``result``'s pictures; returns what could not be drawn, a sentence each (a picture is
        never worth the run)."""
        problems: list[str] = []
        keep = self.keep and not result.passed
        if self.directory is None and not keep:
            return problems
        title, name = f"{result.case.id}: {verdict(result)}", slug(result.case.id)
        pictures = CasePictures()
        if any(o.trace for o in result.case.outputs):
            try:
                pictures.trace = trace_png(result, title)
                if pictures.trace is not None and self.directory is not None:
                    self._save(pictures.trace, name)
            except Exception as exc:  # noqa: BLE001 -- a picture is never worth the run
                problems.append(f"no trace plot for {result.case.id}: {type(exc).__name__}: {exc}")
        for o in (o for o in result.outputs if not o.passed):
            png, note = None, ""
            try:
                png, note = error_png(result, o, f"{result.case.id}, {o.name}: {o.verdict.value}")
                if png is not None and self.directory is not None:
                    self._save(png, f"{name}--{slug(o.name)}")
            except Exception as exc:  # noqa: BLE001
                note = note or f"no picture: {type(exc).__name__}: {exc}"
                problems.append(f"no error picture for {result.case.id} {o.name}: {type(exc).__name__}: {exc}")
            pictures.outputs.append(OutputPicture(o.name, png, note))
        if keep:
            self.kept[result.case.id] = pictures
        return problems


class Reports:
    """Everything a run writes: the JSON report (``--json``) after every case, the pictures as cases
    finish, the JUnit (``--junit``) and HTML (``--html``) reports when asked for. :meth:`start` writes
    each report empty and clears the plots directory, so that none of them ever shows an older run's
    results; :meth:`finish` writes them all with the cases run (all of them, or those before an
    interruption)."""

    def __init__(self, args, selected: list[Case]):
        self.json = JsonReport(args.json, len(selected), None)
        self.junit, self.html, self.selected = args.junit, args.html, selected
        self.plots = None if args.no_plots else Path(args.plots)
        self.pictures = Pictures(self.plots, keep=args.html is not None)
        self.t0 = time.perf_counter()

    @property
    def results(self) -> list[CaseResult]:
        return self.json.results

    def start(self) -> None:
        """Clear the plots directory's ``*.png`` (NotADirectoryError when it is a file) and write the
        reports with no case yet."""
        if self.plots is not None:
            clear_plots(self.plots)
        self.finish(interrupted=False, complete=False)

    def add(self, result: CaseResult) -> list[str]:
        """Record a finished case and draw its pictures; returns what could not be drawn. The case's
        raw output values are let go then: the run keeps comparisons and pictures, not arrays, so a
        long run's memory does not grow with its outputs."""
        self.json.add(result)
        try:
            return self.pictures.add(result)
        finally:
            result.octave_values = result.port_values = ()

    def finish(self, interrupted: bool, complete: bool = True) -> None:
        """Write every report: the cases run so far, and whether the run went to its end."""
        self.json.write(complete=complete and not interrupted, interrupted=interrupted)
        seconds, meta = time.perf_counter() - self.t0, self.json.meta
        if self.junit is not None:
            ran = {r.case.id for r in self.results}
            not_run = [c for c in self.selected if c.id not in ran] if interrupted else []
            write_junit(self.junit, self.results, meta, seconds, not_run)
        if self.html is not None:
            write_html(self.html, self.results, len(self.selected), meta, seconds, interrupted, self.pictures.kept)

    def where(self) -> str:
        """The closing line: where the reports and pictures are."""
        said = [f"report: {self.json.path}"] + [f"{what}: {path}" for what, path in
                                                  (("JUnit", self.junit), ("HTML", self.html)) if path is not None]
        if self.pictures.written:
            said.append(f"plots: {self.plots}/ ({len(self.pictures.written)})")
        return "; ".join(said)

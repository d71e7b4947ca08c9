"""``python -m crosscheck``: run the cases, print a row per case, write the JSON report and plots."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from crosscheck.cases import project_cases
from crosscheck.registry import Registry
from crosscheck.report import JsonReport, footer, header, plot_traces, row
from crosscheck.runner import run_cases
from crosscheck.session import OctaveSession, OctaveUnavailable

EXIT_PASS, EXIT_FAIL, EXIT_UNAVAILABLE, EXIT_INTERRUPTED = 0, 1, 2, 130


def say(text: str) -> None:
    """Print a line; once the reader has gone (``| head``), keep running and keep writing the report."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- for the rest of the run


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="python -m crosscheck",
        description="Run each Octave original and its numpy port on the same inputs and compare them, "
                    "output by output.")
    p.add_argument("-k", dest="patterns", action="append", default=[], metavar="PATTERN",
                   help="run only the cases whose id (function/case) contains PATTERN, case-insensitive; "
                        "* and ? as in a shell; repeat for more (any may match)")
    p.add_argument("--list", action="store_true", help="list the selected cases and exit")
    p.add_argument("--json", type=Path, default=Path("build/crosscheck.json"), help="report path (%(default)s)")
    p.add_argument("--plots", type=Path, default=Path("build/plots"),
                   help="directory for trace plots (%(default)s)")
    p.add_argument("--no-plots", action="store_true", help="do not draw trace plots")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds an Octave call may take before it is killed (%(default)s)")
    p.add_argument("--batch", type=int, default=25, help="cases sent to Octave per round trip (%(default)s)")
    p.add_argument("-q", "--quiet", action="store_true", help="print failing rows and the summary only")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    registry = Registry(project_cases())  # the one place the project's cases are registered
    selected = registry.select(args.patterns)
    if not selected:
        print(f"crosscheck: no case matches {' or '.join(map(repr, args.patterns))}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if args.list:
        for c in selected:
            print(f"{c.id:<48} {c.about}")
        return EXIT_PASS

    t0 = time.perf_counter()
    results = []
    interrupted = False
    with OctaveSession(timeout=args.timeout) as session:
        try:
            session.start()
        except OctaveUnavailable as exc:
            print(f"crosscheck: {exc}", file=sys.stderr)
            return EXIT_UNAVAILABLE
        report = JsonReport(args.json, len(selected), session.version)
        say(f"{len(selected)} cases: Octave {session.version} against numpy ports\n{header()}")

        def on_result(result):
            results.append(result)
            report.add(result)
            if not args.no_plots:
                try:
                    plot_traces(result, args.plots)
                except Exception as exc:  # noqa: BLE001 -- a plot is never worth the run
                    say(f"    (no plot for {result.case.id}: {type(exc).__name__}: {exc})")
            if not (args.quiet and result.passed):
                say(row(result))

        try:
            run_cases(selected, session, batch_size=args.batch, on_result=on_result)
        except KeyboardInterrupt:
            interrupted = True
        report.write(complete=not interrupted, interrupted=interrupted)
    say(footer(results, len(selected), time.perf_counter() - t0, interrupted))
    where = f"report: {args.json}"
    if not args.no_plots and any(r.octave_values for r in results):
        where += f"; trace plots: {args.plots}/"
    say(where)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_PASS if all(r.passed for r in results) else EXIT_FAIL

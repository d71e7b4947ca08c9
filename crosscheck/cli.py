"""``crosscheck`` (or ``python -m crosscheck``): run the cases, print a row per case (with a progress
line under them on a terminal), write the JSON report, the plots, and on request a JUnit XML report
(``--junit``, ``crosscheck.junit``) and an HTML report (``--html``, ``crosscheck.html_report``).

Without ``--cases`` it runs the project's own cases. With ``--cases FILE`` (a Python file that builds
cases and calls ``crosscheck.register``) it runs those, against the ``.m`` files of ``--octave-path``
(searched before the project's originals); ``--with-project`` adds the project's. The project's cases
never run against a user's file: when a user's ``.m`` has the name of one of the project's originals,
the two sets of cases run in two Octave sessions, and the report says so once.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from crosscheck.artifacts import Reports
from crosscheck.examples import HypothesisMissing, new_seed, require_hypothesis, run_examples
from crosscheck.progress import Console
from crosscheck.report import JsonReport, footer, header, row
from crosscheck.runner import round_trips, run_cases
from crosscheck.selection import CannotRun, parse_shard, select, shadowed
from crosscheck.session import OctaveSession, OctaveUnavailable

EXIT_PASS, EXIT_FAIL, EXIT_UNAVAILABLE, EXIT_INTERRUPTED = 0, 1, 2, 130


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="crosscheck",
        description="Run each Octave original and its numpy port on the same inputs and compare them, "
                    "output by output. Exit status: 0 every case passed, 1 a case failed, 2 nothing could "
                    "run (no Octave, a bad case file, no case selected), 130 interrupted. On a terminal a "
                    "progress line under the rows counts the cases done and failed and estimates the time left.")
    p.add_argument("--cases", action="append", default=[], type=Path, metavar="FILE",
                   help="a Python file that builds cases and calls crosscheck.register(...); repeat for "
                        "more. Only these cases run, unless --with-project")
    p.add_argument("--octave-path", action="append", default=[], type=Path, metavar="DIR",
                   help="a directory of your .m files, searched before the project's originals (for "
                        "your cases only); repeat for more, the first searched first")
    p.add_argument("--with-project", action="store_true", help="with --cases: run the project's cases too")
    p.add_argument("-k", dest="patterns", action="append", default=[], metavar="PATTERN",
                   help="run only the cases whose id (function/case) contains PATTERN, case-insensitive; "
                        "* and ? as in a shell; repeat for more (any may match)")
    p.add_argument("--list", action="store_true", help="list the selected cases and exit")
    p.add_argument("--json", type=Path, default=Path("build/crosscheck.json"),
                   help="the JSON report, rewritten after every case (%(default)s)")
    p.add_argument("--junit", type=Path, metavar="FILE",
                   help="also write a JUnit XML report (a testcase per case; a failure or an error with the "
                        "case's rows, where it fails and why) for CI systems, at the end or on interruption")
    p.add_argument("--html", type=Path, metavar="FILE",
                   help="also write one self-contained HTML report: the summary, every case's row, and for each "
                        "failing output where it fails, why, and a picture of its errors (at the end or on "
                        "interruption; its pictures are inside it, --no-plots or not)")
    p.add_argument("--plots", type=Path, default=Path("build/plots"), metavar="DIR",
                   help="directory for this run's pictures: each traced case's traces (<case>.png) and each "
                        "failing output's errors (<case>--<output>.png). Its *.png files are deleted when the "
                        "run starts (other files stay): do not point it at a folder of your own pictures "
                        "(%(default)s)")
    p.add_argument("--no-plots", action="store_true",
                   help="draw nothing into the plots directory and leave it as it is")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds an Octave call may take before it is killed (%(default)s)")
    p.add_argument("--batch", type=int, default=25, help="cases sent to Octave per round trip (%(default)s)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="run the round trips in N Octave sessions at once; rows, reports and exit status are "
                        "a serial run's (%(default)s)")
    p.add_argument("--shard", metavar="K/N", default=None,
                   help="run only every N-th selected case from the K-th (1/3, 2/3 and 3/3 on three machines "
                        "share out one run, --examples included)")
    p.add_argument("-q", "--quiet", action="store_true", help="print failing rows and the summary only")
    p.add_argument("--examples", type=int, default=0, metavar="N",
                   help="after the run, try N inputs generated by Hypothesis on each selected case that declares "
                        "its arguments (crosscheck.args); a failure is shrunk to the smallest failing input, "
                        "printed as an Octave call and a Python call. Needs hypothesis (%(default)s: none)")
    p.add_argument("--seed", type=int, default=None, metavar="S",
                   help="the seed of --examples (default: a random one, printed: give it back to repeat a run)")
    args = p.parse_args(argv)
    if args.examples < 0:
        p.error(f"--examples must be >= 0, got {args.examples}")
    if args.jobs < 1:
        p.error(f"--jobs must be >= 1, got {args.jobs}")
    if args.shard is not None:
        try:
            args.shard = parse_shard(args.shard)
        except ValueError as exc:
            p.error(str(exc))
    return args


def run() -> None:
    """The ``crosscheck`` command (and ``python -m crosscheck``): :func:`main`'s status as the process's.

    After a Ctrl-C the process ends with ``os._exit(130)``, its output flushed and its reports already
    written. A plain exit is not enough there: strace shows CPython, at exit, killing itself with
    SIGINT (its way of ending after a KeyboardInterrupt it counts as unhandled) even though main()
    caught the Ctrl-C and returned 130; a shell reports either as 130, but a parent process sees -2.
    """
    code = main()
    if code == EXIT_INTERRUPTED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv=None) -> int:
    """The command: its exit status. Ctrl-C at any point is exit 130 and a sentence, never a traceback
    (the run's own handling keeps the report of the cases run so far)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("crosscheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _main(argv) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        project, user = select(args)
    except (CannotRun, ValueError, TypeError) as exc:
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    selected = project + user
    if not selected:
        print(f"crosscheck: no case matches {' or '.join(map(repr, args.patterns))}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    if args.list:
        for c in selected:
            print(f"{c.id:<48} {c.about}")
        return EXIT_PASS
    if args.examples:
        try:
            require_hypothesis()
        except HypothesisMissing as exc:
            print(f"crosscheck: {exc}", file=sys.stderr)
            return EXIT_UNAVAILABLE

    console = Console()
    say = console.say
    try:
        reports = Reports(args, selected)
        reports.start()  # this run's, from its start: never an older run's results or pictures
    except OSError as exc:
        print(f"crosscheck: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    shadows = shadowed(args.octave_path) if user else {}
    # One session unless a user's file would stand in for one of the project's originals.
    user_session = OctaveSession(timeout=args.timeout, first_paths=args.octave_path) if user else None
    project_session = OctaveSession(timeout=args.timeout) if project and (shadows or not user) else user_session
    runs = [(cases, session) for cases, session in ((project, project_session), (user, user_session)) if cases]
    # -j N: N - 1 more sessions like each run's own (a run of fewer round trips needs fewer)
    helpers = {id(session): tuple(session.twin() for _ in range(min(args.jobs, len(round_trips(cases, args.batch))) - 1))
               for cases, session in runs}
    every = [s for _, session in runs for s in (session, *helpers[id(session)])]
    try:
        for session in every:
            session.start()
    except (OctaveUnavailable, KeyboardInterrupt) as exc:
        for session in every:
            session.close()
        if isinstance(exc, KeyboardInterrupt):  # the sessions killed what they had started: nothing left
            reports.finish(interrupted=True)
            print("crosscheck: interrupted while Octave was starting", file=sys.stderr)
            return EXIT_INTERRUPTED
        print(f"crosscheck: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    version = runs[0][1].version
    reports.json.meta.update(octave_version=version, shadowed={k: str(v) for k, v in shadows.items()})
    reports.json.write(complete=False)
    say(f"{len(selected)} cases: Octave {version} against numpy ports")
    for name, path in shadows.items():
        say(f"note: your {path} stands in for the project's {name}.m in your cases; "
            "the project's cases use the project's own")
    say(header())

    def on_result(result):
        for problem in reports.add(result):
            say(f"    ({problem})")
        console.case_done(result.passed, None if args.quiet and result.passed else row(result))

    failures, interrupted = [], False
    console.start(len(selected), since=reports.t0)
    try:
        try:
            for cases, session in runs:
                run_cases(cases, session, batch_size=args.batch, on_result=on_result,
                          more_sessions=helpers[id(session)])
        except KeyboardInterrupt:
            interrupted = True
        console.stop()
        reports.finish(interrupted)
        say(footer(reports.results, len(selected), time.perf_counter() - reports.t0, interrupted))
        if args.examples and not interrupted:  # in the sessions that ran the cases, before they close
            try:
                failures = _examples(args, runs, reports.json, say)
            except KeyboardInterrupt:
                interrupted = True
                reports.json.write(complete=False, interrupted=True)
    finally:
        console.stop()
        for session in every:
            session.close()
    say(reports.where())
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_PASS if all(r.passed for r in reports.results) and not failures else EXIT_FAIL


def _examples(args, runs, report: JsonReport, say) -> list:
    """``--examples N``: generated inputs for the selected cases that declare their arguments; the
    failures go in the report under "examples"."""
    seed = new_seed() if args.seed is None else args.seed
    declared = [(cases, session) for cases, session in runs if any(c.args for c in cases)]
    if not declared:
        say("examples: no selected case declares its arguments (Case(args=...)): nothing to try")
        return []
    failures, t0 = [], time.perf_counter()
    report.meta["examples"] = {"per_case": args.examples, "seed": seed, "failures": []}
    for k, (cases, session) in enumerate(declared):
        failures += run_examples(cases, session, args.examples, seed, say, quiet=args.quiet, announce=k == 0)
    tried = sum(bool(c.args) for cases, _ in declared for c in cases)
    report.meta["examples"].update(cases=tried, failures=[f.to_json() for f in failures])
    report.write(complete=True)
    say(f"examples: {tried - len(failures)} of {tried} cases pass {args.examples} generated examples "
        f"in {time.perf_counter() - t0:.1f} s" + (f"; repeat with --seed {seed}" if failures else ""))
    return failures

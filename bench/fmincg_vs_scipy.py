"""fmincg (the port, and the Octave original when Octave is there) against scipy.optimize.minimize
with method="CG", on the cross-check's problems: function evaluations, final cost, time.

Run: make bench   (or .venv/bin/python bench/fmincg_vs_scipy.py [--repeat N])

Times are medians of N runs measured side by side in this one run; the ratio column is the port's
time over scipy's. Octave's time is measured inside Octave (tic/toc around fmincg), so the oct2py
round trip is not counted. A benchmark, not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import statistics

import numpy as np
from scipy.optimize import minimize

import pyport
from crosscheck.cases import optimization
from crosscheck.registry import select
from crosscheck.runner import octave_arg, port_arg

from bench import median_time  # bench/bench.py, beside this file (the script's folder comes first on the path)


class Counted:
    """f with a call counter."""

    def __init__(self, f):
        self.f, self.calls = f, 0

    def __call__(self, x, *args):
        self.calls += 1
        return self.f(x, *args)


def problems():
    """(name, f, x0, max_iter) for each fmincg problem of the registry, with the ported objective."""
    for name, (make, iso_iter, _, _) in optimization.PROBLEMS.items():
        if not np.isscalar(iso_iter) or iso_iter < 1 or name.startswith(("at-the", "maxiter", "branches")):
            continue
        case = select(optimization.CASES, [f"fmincg/{name}-isolated"])[0]
        handle, x0, _ = make(np.random.default_rng(case.seed), False, iso_iter)
        yield name, handle, x0, int(iso_iter)


def octave_fmincg(session, handle, x0, max_iter, repeat):
    """(evaluations, final cost, median seconds) of the original, timed inside Octave."""
    from crosscheck.session import Call  # noqa: PLC0415
    options = {"MaxIter": float(max_iter), "Display": "off"}
    seconds = []
    for _ in range(repeat):
        [r] = session.call_many([Call(function="crosscheck_batch", nout=4,
                                      args=(("fmincg",), np.array([[3.0]]), ((octave_arg(handle), x0, options),)))])
        status, outputs, _, secs = r.outputs
        seconds.append(float(np.ravel(secs)[0]))
    X, fX, i = np.ravel(outputs)[0].ravel()
    return int(np.asarray(i).item()), float(np.ravel(fX)[-1]), statistics.median(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (the median is shown)")
    parser.add_argument("--no-octave", action="store_true", help="skip the Octave column")
    args = parser.parse_args()

    session = None
    if not args.no_octave:
        from crosscheck.session import OctaveSession, OctaveUnavailable  # noqa: PLC0415
        session = OctaveSession(timeout=300)
        try:
            session.start()
        except OctaveUnavailable as exc:
            print(f"(no Octave column: {exc})")
            session = None

    head = (f"{'problem':<28} {'line searches':>13} | {'fmincg evals':>12} {'final cost':>13} {'ms':>8} | "
            f"{'scipy CG evals':>14} {'final cost':>13} {'ms':>8} | {'port/scipy':>10}")
    if session:
        head += f" | {'Octave ms':>9} {'port/Octave':>11}"
    print(head)
    print("-" * len(head))
    for name, handle, x0, max_iter in problems():
        f = port_arg(handle)
        counted = Counted(f)
        r = pyport.fmincg(counted, x0, {"MaxIter": max_iter})
        t_port = median_time(lambda: pyport.fmincg(f, x0, {"MaxIter": max_iter}), args.repeat)

        def scipy_run(counter=None):
            g = counter or f
            return minimize(lambda x: float(g(x.reshape(-1, 1))[0]), x0.ravel(), method="CG",
                            jac=lambda x: np.ravel(g(x.reshape(-1, 1))[1]), options={"maxiter": max_iter})

        sc_count = Counted(f)
        # scipy calls fun and jac separately: each call of either is one evaluation of f here
        s = scipy_run(sc_count)
        t_scipy = median_time(scipy_run, args.repeat)
        line = (f"{name:<28} {max_iter:>13} | {counted.calls:>12} {r.fX[-1] if r.fX.size else np.nan:>13.6e} "
                f"{1e3 * t_port:>8.2f} | {sc_count.calls:>14} {s.fun:>13.6e} {1e3 * t_scipy:>8.2f} | "
                f"{t_port / t_scipy:>10.2f}")
        if session:
            _, _, t_oct = octave_fmincg(session, handle, x0, max_iter, args.repeat)
            line += f" | {1e3 * t_oct:>9.2f} {t_port / t_oct:>11.2f}"
        print(line, flush=True)
    if session:
        session.close()
    print(f"\nmedians of {args.repeat} runs; scipy's evaluations count its fun and jac calls separately; "
          "fmincg's budget is line searches, scipy's maxiter its iterations")


if __name__ == "__main__":
    main()

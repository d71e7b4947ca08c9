"""Benchmark: every Octave original against its numpy port, on the same inputs, in one run.

Run:  .venv/bin/python bench/bench.py [--repeat N] [--quick] [--only PATTERN] [--skip-long]
                                      [--no-octave] [--json PATH]

Inputs are drawn once (np.random.default_rng(0)) and the same arrays go to both sides. Octave's
time is measured inside Octave with tic/toc (bench/m/bench_time.m), so the oct2py transfer is not
counted; the port's with time.perf_counter. Both are medians of N runs (default 5; fmincg 3, or 1 with
--quick; the 3,000,000-iteration row once). --only PATTERN keeps the rows whose "function size" contains
PATTERN (e.g. --only 3e6 for the long row alone); --quick keeps the smaller sizes and 2 runs.

Columns of the table (and fields of each row in the JSON, build/bench.json by default):
  function    the Octave name (pyport.OCTAVE_NAMES maps it to its port)
  size        the inputs; "/it" rows are per iteration: the time of N more iterations over N,
              (T(2N) - T(N)) / N on each side, so that a call's one-off work (its checks, a copy,
              the stable learning rate) is not spread over the iterations
  octave ms   median time of the original, inside Octave
  port ms     median time of the port
  port/oct    port ms over octave ms (below 1: the port is faster)
  port MB     the port's peak memory during one call (tracemalloc; numpy allocations are traced)
  bound ms    the least time the work can take on this machine, where it is known:
              max(bytes moved / measured bandwidth, flops / measured BLAS speed); how the bytes and
              flops are counted is said where each row is made (see rows())
  port/bnd    port ms over bound ms (1 would be as fast as the machine allows)
  course ms   median time of course-style Octave code for the same job (bench/m/course_*.m: the
              obvious code, no argument checks), when there is one
  oct/course  our original's time over the course-style code's (target: at most 1.2)
  diff        largest absolute difference between the outputs of the original and the course code

A benchmark, not a test: nothing here passes or fails. The machine is shared: read medians only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import pyport  # noqa: E402
from exercises import exercise_rows  # noqa: E402

M_DIR = Path(__file__).resolve().parent / "m"
F8 = 8  # bytes of a float64
PAUSE = 0.2  # seconds of rest before each side's timing


@dataclass
class Bench:
    """One row to time: the original with ``args`` and the port as ``port()``."""

    function: str
    size: str
    args: tuple                      # the original's arguments (2-D float64 arrays, floats, strings)
    port: Callable[[], object]       # the port on the same inputs
    nout: int = 1
    course: str = ""                 # course-style Octave function for the same job, or ""
    bytes: float = 0.0               # least bytes moved (0: unknown)
    flops: float = 0.0               # least flops (0: unknown)
    per: int = 1                     # times are divided by this (iterations)
    twice: tuple | None = None       # (args, port) of a run of 2*per iterations: per-iteration rows
    repeat: int | None = None        # runs per timing (None: --repeat)
    long: bool = False               # left out by --skip-long


@dataclass
class Row:
    """One line of the table (times in ms)."""

    function: str
    size: str
    octave_ms: float | None = None
    port_ms: float = float("nan")
    ratio: float | None = None
    port_mb: float = float("nan")
    bound_ms: float | None = None
    to_bound: float | None = None
    course_ms: float | None = None
    octave_over_course: float | None = None
    course_diff: float | None = None
    repeat: int = 0
    note: str = ""


@dataclass
class Machine:
    """What the numbers were measured on."""

    cores: int | None
    cpu: str
    numpy_blas: str
    octave_blas: str = ""
    octave_lapack: str = ""
    bandwidth_gbs: float = float("nan")
    blas_gflops: float = float("nan")
    extra: dict = field(default_factory=dict)


def col(v) -> np.ndarray:
    """A 2-D float64 column."""
    return np.asarray(v, dtype=float).reshape(-1, 1)


def median_time(run: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls of run(), in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def peak_mb(run: Callable[[], object]) -> float:
    """Peak traced memory of one call of run(), in MB."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def cpu_model() -> str:
    """The CPU model from /proc/cpuinfo (or platform's guess)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def numpy_blas() -> str:
    """numpy's BLAS: threadpoolctl when installed (what is loaded), else the build configuration."""
    try:
        from threadpoolctl import threadpool_info  # noqa: PLC0415
        libs = [f"{i.get('internal_api')} {i.get('version')} ({i.get('num_threads')} threads)"
                for i in threadpool_info() if i.get("user_api") == "blas"]
        if libs:
            return "; ".join(libs)
    except ImportError:
        pass
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return f"{blas.get('name')} {blas.get('version', '')}".strip()
    except Exception as exc:  # noqa: BLE001 - older numpy: say so rather than fail
        return f"unknown ({type(exc).__name__})"


def measure_machine(quick: bool) -> tuple[float, float]:
    """(memory bandwidth in GB/s: BLAS's dot of two 200 MB arrays, reading both with every core;
    BLAS GFLOP/s: a 2000x2000 matmul)."""
    a = np.ones(25_000_000 if not quick else 6_250_000)
    b = np.ones_like(a)
    np.dot(a, b)
    bw = 2 * a.nbytes / median_time(lambda: np.dot(a, b), 5) / 1e9
    del a, b
    n = 2000 if not quick else 1000
    A, B = np.ones((n, n)), np.ones((n, n))
    A @ B
    gf = 2 * n ** 3 / median_time(lambda: A @ B, 5) / 1e9
    return bw, gf


def rows(quick: bool, only: str = "") -> list[Bench]:
    """Every row to time, with its inputs drawn once; --quick keeps the smaller sizes."""
    rng = np.random.default_rng(0)
    P = pyport
    out: list[Bench] = []
    big = [100_000] if quick else [100_000, 1_000_000]

    # Linear regression at m x n. computeCost*: one pass over X and y: (m*n + m)*8 bytes, 2*m*n flops.
    # gradientDescent*, per iteration: X*theta and X'*err each read X once (they cannot be fused:
    # theta changes in between), plus y and err: (2*m*n + 2*m)*8 bytes, 4*m*n flops.
    iters = 20
    for m in big:
        for name, n in (("computeCost", 2), ("computeCostMulti", 10)):
            X = np.hstack([np.ones((m, 1)), rng.standard_normal((m, n - 1))])
            y, th = col(X @ np.arange(1.0, n + 1) + rng.standard_normal(m)), col(0.1 * np.ones(n))
            lbl = f"{m:.0e}x{n}"
            cost = P.compute_cost if name == "computeCost" else P.compute_cost_multi
            out.append(Bench(name, lbl, (X, y, th), lambda c=cost, X=X, y=y, th=th: c(X, y, th),
                             course="course_computeCostMulti", bytes=(m * n + m) * F8, flops=2 * m * n))
            gd = "gradientDescent" if n == 2 else "gradientDescentMulti"
            port = P.gradient_descent if n == 2 else P.gradient_descent_multi
            out.append(Bench(gd, lbl + f" /it ({iters} more)", (X, y, th, 0.01, float(iters)),
                             lambda g=port, X=X, y=y, th=th: g(X, y, th, 0.01, iters), nout=2,
                             course="course_gradientDescentMulti", bytes=(2 * m * n + 2 * m) * F8,
                             flops=4 * m * n, per=iters,
                             twice=((X, y, th, 0.01, float(2 * iters)),
                                    lambda g=port, X=X, y=y, th=th: g(X, y, th, 0.01, 2 * iters))))
            if n == 10:
                # normalEqn: X'*X (m*n^2 flops with syrk), then (pinv(X'X)*X')*y left to right:
                # 2*m*n^2 + 2*m*n; X is read twice (X'X and X'): 2*m*n*8 bytes.
                out.append(Bench("normalEqn", lbl, (X, y), lambda X=X, y=y: P.normal_eqn(X, y),
                                 course="course_normalEqn", bytes=2 * m * n * F8, flops=3 * m * n * n + 2 * m * n))
                # featureNormalize on the 9 features: read X for the mean, read it for the std, read it
                # and write X_norm: 4*m*n*8 bytes.
                F = X[:, 1:] * 3.0 + 5.0
                out.append(Bench("featureNormalize", f"{m:.0e}x9", (F,), lambda F=F: P.feature_normalize(F),
                                 nout=3, course="course_featureNormalize", bytes=4 * F.size * F8))
                # lrCostFunction: X*theta and X'*(h - y): two passes over X, 4*m*n flops.
                yb = col(rng.random(m) < 0.4)
                out.append(Bench("lrCostFunction", lbl, (th, X, yb, 1.0),
                                 lambda X=X, yb=yb, th=th: P.lr_cost_function(th, X, yb, 1.0), nout=2,
                                 course="course_lrCostFunction", bytes=2 * m * n * F8, flops=4 * m * n))

    # The 5000 x 400 -> 25 -> 10 network. Cost + gradient: four products with the 5000x401 a1 or
    # 5000x26 a2 (forward a1*Theta1', back d2'*a1, and the small ones): 4*m*401*25 + 6*m*26*10 flops;
    # X read to build a1, a1 written and read twice: 4*m*400*8 bytes.
    m, ni, nh, nl = (1000 if quick else 5000), 400, 25, 10
    X = rng.standard_normal((m, ni))
    Y = rng.standard_normal((m, nl))
    T1, T2 = 0.12 * rng.standard_normal((nh, ni + 1)), 0.12 * rng.standard_normal((nl, nh + 1))
    p = col(np.concatenate([T1.ravel(order="F"), T2.ravel(order="F")]))
    lbl = f"{m}x{ni}x{nh}x{nl}"
    nn_flops, nn_bytes = 4 * m * (ni + 1) * nh + 6 * m * (nh + 1) * nl, 4 * m * ni * F8
    out.append(Bench("nnCostFunctionLinear", lbl, (p, float(ni), float(nh), float(nl), X, Y, 1.0),
                     lambda: P.nn_cost_function_linear(p, ni, nh, nl, X, Y, 1.0), nout=2,
                     course="course_nnCostFunctionLinear", bytes=nn_bytes, flops=nn_flops))
    # fmincg: bound = its number of evaluations (counted on the port) times one cost + gradient.
    evals = [0]

    def counted(q, *a):
        evals[0] += 1
        return P.nn_cost_function_linear(q, *a)
    if only in f"fmincg {lbl} MaxIter 50 evals":
        P.fmincg(counted, p, {"MaxIter": 50}, ni, nh, nl, X, Y, 1.0)
    out.append(Bench("fmincg", lbl + f" MaxIter 50 ({evals[0]} evals)",
                     ("nnCostFunctionLinear", p, {"MaxIter": 50.0, "Display": "off"}, float(ni), float(nh),
                      float(nl), X, Y, 1.0),
                     lambda: P.fmincg(P.nn_cost_function_linear, p, {"MaxIter": 50}, ni, nh, nl, X, Y, 1.0),
                     nout=3, bytes=evals[0] * nn_bytes, flops=evals[0] * nn_flops,
                     repeat=1 if quick else 3))
    # predictLinear: the forward pass alone: 2*m*401*25 + 2*m*26*10 flops; X read, a1 written, read.
    out.append(Bench("predictLinear", f"{m}x{ni}x{nh}x{nl}", (T1, T2, X),
                     lambda: P.predict_linear(T1, T2, X), course="course_predictLinear",
                     bytes=3 * m * ni * F8, flops=2 * m * (ni + 1) * nh + 2 * m * (nh + 1) * nl))

    # Elementwise on 1000 x 1000: read z, write g (exp and division are the real cost).
    Z = rng.standard_normal((1000, 1000)) * 4
    out.append(Bench("sigmoid", "1000x1000", (Z,), lambda: P.sigmoid(Z), course="course_sigmoid",
                     bytes=2 * Z.size * F8))
    out.append(Bench("sigmoidGradient", "1000x1000", (Z,), lambda: P.sigmoid_gradient(Z),
                     course="course_sigmoidGradient", bytes=2 * Z.size * F8))

    # The rest at the sizes of the examples and cases, and 10 times larger (no bound: they are
    # dominated by call overhead or by LAPACK work that is not counted here).
    for k in (1, 10):
        tag = "" if k == 1 else " (x10)"
        d, n = 5 * k, 8 * k                       # examples/self_expressive.py: X 5 x 8
        Xs = rng.standard_normal((d, n))
        C = rng.standard_normal((n, n)) * 0.1
        np.fill_diagonal(C, 0.0)
        c = col(C.ravel(order="F"))
        out.append(Bench("selfExpressiveCost", f"{d}x{n}{tag}", (c, Xs, 0.1, 1e-6),
                         lambda c=c, Xs=Xs: P.self_expressive_cost(c, Xs, 0.1, 1e-6), nout=2))
        b = 16 * k                                # examples/vae_kl_gradient.py: batch 16 x 400, out 20
        Xv = rng.standard_normal((b, 400))
        Wm, Wl = 0.05 * rng.standard_normal((20, 400)), 0.05 * rng.standard_normal((20, 400))
        bm, bl = col(0.1 * rng.standard_normal(20)), col(0.1 * rng.standard_normal(20))
        out.append(Bench("vaeKLGradient", f"{b}x400->20{tag}", (Xv, Wm, bm, Wl, bl),
                         lambda Xv=Xv, Wm=Wm, bm=bm, Wl=Wl, bl=bl: P.vae_kl_gradient(Xv, Wm, bm, Wl, bl), nout=5))
        nf = 2 * k                                # examples/weight_from_age_height.py: 2 features
        tn, off, sc = col(rng.standard_normal(nf + 1)), col(rng.standard_normal(nf)), col(rng.random(nf) + 1)
        out.append(Bench("denormalizeTheta", f"n={nf}{tag}", (tn, off, sc, 3.0, 2.0),
                         lambda tn=tn, off=off, sc=sc: P.denormalize_theta(tn, off, sc, 3.0, 2.0)))
        Xr = rng.standard_normal((300 * k, 6)) * np.arange(1, 7)   # cases: random-tall 300 x 6
        out.append(Bench("stableLearningRate", f"{300 * k}x6{tag}", (Xr,), lambda Xr=Xr: P.stable_learning_rate(Xr)))
        nq = 8 * k                                # cases: quadraticCost random-8
        Q = rng.standard_normal((nq, nq))
        A, bq, xq = Q @ Q.T + nq * np.eye(nq), col(rng.standard_normal(nq)), col(rng.standard_normal(nq))
        out.append(Bench("quadraticCost", f"n={nq}{tag}", (xq, A, bq), lambda xq=xq, A=A, bq=bq: P.quadratic_cost(xq, A, bq),
                         nout=2))
        xr = col(rng.uniform(-2, 2, 10 * k))      # cases: rosenbrock random-10
        out.append(Bench("rosenbrock", f"n={10 * k}{tag}", (xr,), lambda xr=xr: P.rosenbrock(xr), nout=2))
        li, lo = 400 * k, 25                       # the network's Theta1
        out.append(Bench("randInitializeWeights", f"{li}->{lo}{tag}", (float(li), float(lo)),
                         lambda li=li, lo=lo: P.rand_initialize_weights(li, lo, rng=np.random.default_rng(1))))
        out.append(Bench("debugInitializeWeights", f"{lo}x{li}{tag}", (float(lo), float(li)),
                         lambda li=li, lo=lo: P.debug_initialize_weights(lo, li)))
        # computeNumericalGradient on a small network's cost (the cases' network), and 10x the weights.
        gi, gh, gl, gm = (3, 5, 3, 5) if k == 1 else (20, 15, 5, 20)
        Xg, Yg = rng.standard_normal((gm, gi)), rng.standard_normal((gm, gl))
        pg = col(0.3 * rng.standard_normal(gh * (gi + 1) + gl * (gh + 1)))
        bound = (float(gi), float(gh), float(gl), Xg, Yg, 0.5)
        out.append(Bench("computeNumericalGradient", f"{pg.size} weights{tag}",
                         ({"handle": "nnCostFunctionLinear", "bound": bound}, pg),
                         lambda pg=pg, Xg=Xg, Yg=Yg, g=(gi, gh, gl): P.compute_numerical_gradient(
                             lambda q: P.nn_cost_function_linear(q, *g, Xg, Yg, 0.5), pg)))
    out.append(Bench("checkNNGradients", "3x5x3, m=5 (fixed)", (), lambda: P.check_nn_gradients(), nout=3))

    # 12 x 3 (age, height: data/age_height_weight.csv, raw), alpha 0.00037, 3,000,000 iterations: the
    # loop's overhead per iteration, not memory or flops, is what is timed here. Run once per side.
    data = np.loadtxt(ROOT / "data" / "age_height_weight.csv", delimiter=",", skiprows=1)
    Xa, ya = np.hstack([np.ones((12, 1)), data[:, :2]]), col(data[:, 2])
    n_it = 3_000_000
    out.append(Bench("gradientDescentMulti", "12x3, 3e6 it (once)", (Xa, ya, np.zeros((3, 1)), 0.00037, float(n_it)),
                     lambda: P.gradient_descent_multi(Xa, ya, np.zeros((3, 1)), 0.00037, n_it), nout=2,
                     course="course_gradientDescentMulti", repeat=1, long=True))
    out += exercise_rows(Bench, quick)  # ex2-ex8 (bench/exercises.py)
    return out


def run_row(b: Bench, session, repeat: int, bw: float, gf: float) -> Row:
    """Time one row on both sides."""
    rep = b.repeat or repeat
    row = Row(b.function, b.size, repeat=rep)
    time.sleep(PAUSE)  # let the other side's BLAS threads stop spinning (2 cores)
    if not b.long:
        b.port()  # warm up (imports, caches)
    row.port_ms = 1e3 * median_time(b.port, rep) / b.per
    if b.twice is not None:
        row.port_ms = 1e3 * median_time(b.twice[1], rep) / b.per - row.port_ms
    row.port_mb = peak_mb(b.port) if not b.long else float("nan")
    if b.bytes or b.flops:  # per call, or per iteration on a "/it" row
        row.bound_ms = 1e3 * max(b.bytes / (bw * 1e9), b.flops / (gf * 1e9))
        row.to_bound = row.port_ms / row.bound_ms
    if session is not None:
        time.sleep(PAUSE)
        r = session.call("bench_time", b.function, b.course, float(b.nout), float(rep), *b.args, nout=3,
                         timeout=3600)
        if r.status != "ok":
            row.note = f"Octave: {r.status}: {r.message.splitlines()[0] if r.message else ''}"
            return row
        t, tc, d = r.outputs
        if b.twice is not None:  # the same with 2*per iterations: the difference is per iterations' time
            r2 = session.call("bench_time", b.function, b.course, float(b.nout), float(rep), *b.twice[0], nout=3,
                              timeout=3600)
            if r2.status != "ok":
                row.note = f"Octave: {r2.status}: {r2.message.splitlines()[0] if r2.message else ''}"
                return row
            t = np.median(np.ravel(r2.outputs[0])) - np.median(np.ravel(t))
            tc = np.median(np.ravel(r2.outputs[1])) - np.median(np.ravel(tc))
        row.octave_ms = 1e3 * statistics.median(np.ravel(t)) / b.per
        row.ratio = row.port_ms / row.octave_ms
        if b.course:
            row.course_ms = 1e3 * statistics.median(np.ravel(tc)) / b.per
            row.octave_over_course = row.octave_ms / row.course_ms
            row.course_diff = float(np.ravel(d)[0])
    return row


def no_nan(v):
    """v, with NaN as None (JSON has no NaN)."""
    return None if isinstance(v, float) and np.isnan(v) else v


def fmt(v, spec: str, width: int) -> str:
    """v formatted, or a dash when unknown."""
    return f"{'-':>{width}}" if v is None or (isinstance(v, float) and np.isnan(v)) else f"{v:>{width}{spec}}"


COLUMNS = [("function", 24), ("size", 36), ("octave ms", 10), ("port ms", 10), ("port/oct", 8), ("port MB", 8),
           ("bound ms", 9), ("port/bnd", 8), ("course ms", 10), ("oct/course", 10), ("diff", 8)]


def line(r: Row) -> str:
    """One row of the table."""
    return " ".join([f"{r.function:<24}", f"{r.size:<36}", fmt(r.octave_ms, ".3f", 10), fmt(r.port_ms, ".3f", 10),
                     fmt(r.ratio, ".2f", 8), fmt(r.port_mb, ".1f", 8), fmt(r.bound_ms, ".3f", 9),
                     fmt(r.to_bound, ".1f", 8), fmt(r.course_ms, ".3f", 10), fmt(r.octave_over_course, ".2f", 10),
                     fmt(r.course_diff, ".0e", 8)]) + (f"  {r.note}" if r.note else "")


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark; print the table, write the JSON, and return what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=None, help="runs per timing, the median is shown (5; --quick: 2)")
    parser.add_argument("--quick", action="store_true", help="the smaller sizes, 2 runs, no long row: a smoke run")
    parser.add_argument("--only", default="", metavar="PATTERN",
                        help='only the rows whose function (or "function size") contains PATTERN, e.g. "3e6"')
    parser.add_argument("--skip-long", action="store_true", help="leave out the 3,000,000-iteration row")
    parser.add_argument("--no-octave", action="store_true", help="time the ports only")
    parser.add_argument("--json", default=str(ROOT / "build" / "bench.json"), help="where to write the JSON")
    args = parser.parse_args(argv)
    repeat = args.repeat or (2 if args.quick else 5)
    started = time.perf_counter()

    benches = [b for b in rows(args.quick, args.only)
               if args.only in f"{b.function} {b.size}" and not ((args.skip_long or args.quick) and b.long)]
    bw, gf = measure_machine(args.quick)
    machine = Machine(os.cpu_count(), cpu_model(), numpy_blas(), bandwidth_gbs=bw, blas_gflops=gf,
                      extra={"numpy": np.__version__, "python": platform.python_version()})
    session = None
    if not args.no_octave:
        from crosscheck.session import OctaveSession, OctaveUnavailable  # noqa: PLC0415
        session = OctaveSession(timeout=600, first_paths=[str(M_DIR)])
        try:
            session.start()
            machine.octave_blas = str(session.call("version", "-blas").outputs[0])
            machine.octave_lapack = str(session.call("version", "-lapack").outputs[0])
            machine.extra["octave"] = session.version
        except OctaveUnavailable as exc:
            print(f"(no Octave column: {exc})")
            session = None

    print(f"machine: {machine.cores} cores, {machine.cpu}")
    print(f"numpy BLAS:   {machine.numpy_blas}")
    print(f"Octave BLAS:  {machine.octave_blas or '-'}")
    print(f"Octave LAPACK: {machine.octave_lapack or '-'}")
    print(f"bandwidth {bw:.1f} GB/s (BLAS dot of two {'50' if args.quick else '200'} MB arrays), "
          f"BLAS {gf:.1f} GFLOP/s (float64 matmul)\n")
    head = " ".join(f"{name:<{w}}" if i < 2 else f"{name:>{w}}" for i, (name, w) in enumerate(COLUMNS))
    print(head)
    print("-" * len(head))
    table = []
    try:
        for b in benches:
            row = run_row(b, session, repeat, bw, gf)
            table.append(row)
            print(line(row), flush=True)
    finally:
        if session is not None:
            session.close()
    elapsed = time.perf_counter() - started
    print(f"\nmedians of {repeat} runs (fmincg: 3, 1 with --quick; the 3e6-iteration row: 1); "
          f"{elapsed:.0f} s in all")

    result = {"machine": asdict(machine), "repeat": repeat, "seconds": elapsed,
              "rows": [{k: no_nan(v) for k, v in asdict(r).items()} for r in table]}
    path = Path(args.json)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=1, default=float))
    print(f"written: {path}")
    return result


if __name__ == "__main__":
    main()

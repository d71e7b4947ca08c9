"""Cases for minimisation: the objectives (rosenbrock, quadraticCost, lrCostFunction) and fmincg.

fmincg is chaotic (../README.md, "fmincg"), so each problem is checked two ways:
- isolated ("-isolated"): the port is driven by the Octave objective itself, evaluated through the
  session, so both minimisers see the same numbers: the traces must agree to the bit;
- end to end: the port with the ported objective, against a floor measured on the problem itself:
  the port is run again with every objective value and gradient nudged by one ULP up, then down,
  and the traces may differ from Octave's by ten times what that moved them (and not at all in
  length or count). End-to-end budgets are those under which the nudge moves the trace by less than
  1e-10 (a test keeps them so), except for rosenbrock, whose port is bit for bit: where a nudge
  changes the trace's length, the floor is 0 and only identical traces pass.
"""

from __future__ import annotations

import numpy as np

import pyport
from crosscheck.cases import Case, Handle, Output, column, register
from crosscheck.compare import Tolerance

FAMILY = "optimisation"
FMINCG = (Output("X"), Output("fX", "vector", trace=True), Output("i", "scalar"))
VALUE_GRADIENT = (Output("f", "scalar"), Output("g"))

OBJECTIVE = Tolerance(rtol=1e-13, scale="output", why="same operations in the same order; BLAS and log/exp ULPs")
ISOLATED = Tolerance(why="both minimisers see the Octave objective's numbers: bit for bit")
SAFETY = 10.0


def _nudged(f, direction: float):
    """f with its value and every non-zero gradient entry moved one ULP towards ``direction`` (an
    exact zero, such as a constrained entry's gradient, stays zero: it is not a rounded value)."""
    def g(x, *args):
        value, grad = f(x, *args)
        grad = np.asarray(grad, dtype=np.float64)
        return np.nextafter(np.float64(value), direction), np.where(grad == 0, grad, np.nextafter(grad, direction))
    return g


def chaos_floor(inputs, octave_outputs):
    """10 x how far a one-ULP nudge of every objective value and gradient moves the port's trace."""
    handle, x0, options, *extra = inputs
    f = handle.for_python()
    base = pyport.fmincg(f, x0, options, *extra)
    moved_x = moved_f = 0.0
    for direction in (np.inf, -np.inf):
        r = pyport.fmincg(_nudged(f, direction), x0, options, *extra)
        if r.i != base.i or r.fX.shape != base.fX.shape:
            # unstable: no floor means anything; only an objective ported bit for bit can pass
            return [0.0, 0.0, 0.0]
        moved_x = max(moved_x, float(np.max(np.abs(r.x - base.x))))
        moved_f = max(moved_f, float(np.max(np.abs(r.fX - base.fX), initial=0.0)))
    return [SAFETY * moved_x, SAFETY * moved_f, 0.0]


END_TO_END = Tolerance(floor=chaos_floor, why="10 x the trace's own movement under a one-ULP nudge of f and g")


def _add(function, name, inputs, outputs, tol, raises=None, about="", seed_key=None):
    register(Case(function, name, inputs, outputs, tol=tol, raises=raises, family=FAMILY, about=about,
                  seed_key=seed_key))


# -- the objectives --------------------------------------------------------------------------------
def _spd(rng, n: int, cond: float) -> np.ndarray:
    """A symmetric positive definite n-by-n matrix with the given condition number."""
    Q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    A = Q @ np.diag(np.logspace(0, np.log10(cond), n)) @ Q.T
    return (A + A.T) / 2


def _logistic_data(rng, m: int, n: int):
    X = np.hstack([np.ones((m, 1)), rng.standard_normal((m, n - 1))])
    p = 1 / (1 + np.exp(-(X @ rng.standard_normal((n, 1)))))
    return X, (rng.random((m, 1)) < p).astype(float)


_add("rosenbrock", "standard-start", lambda rng: (column([-1.2, 1.0]),), VALUE_GRADIENT, OBJECTIVE)
_add("rosenbrock", "random-10", lambda rng: (rng.uniform(-2, 2, (10, 1)),), VALUE_GRADIENT, OBJECTIVE)
_add("rosenbrock", "minimum", lambda rng: (np.ones((4, 1)),), VALUE_GRADIENT, OBJECTIVE)
_add("rosenbrock", "error-one-element", lambda rng: (np.ones((1, 1)),), VALUE_GRADIENT,
     raises="must be a real column vector of at least 2 elements", tol=OBJECTIVE)
_add("quadraticCost", "random-8", lambda rng: (rng.standard_normal((8, 1)), _spd(rng, 8, 1e3), rng.standard_normal((8, 1))),
     VALUE_GRADIENT, OBJECTIVE)
_add("quadraticCost", "error-x-length", lambda rng: (np.ones((3, 1)), np.eye(2), np.ones((2, 1))), VALUE_GRADIENT,
     OBJECTIVE, raises="x must be an n-by-1 column")
for lam in (0.0, 1.0):
    _add("lrCostFunction", f"random-lambda{lam:g}",
         lambda rng, lam=lam: (rng.standard_normal((4, 1)), *_logistic_data(rng, 60, 4), lam), VALUE_GRADIENT, OBJECTIVE)
_add("lrCostFunction", "error-y-row", lambda rng: (np.zeros((2, 1)), np.ones((3, 2)), np.ones((1, 3)), 0.0),
     VALUE_GRADIENT, OBJECTIVE, raises="must be an m-by-1 column")


# -- fmincg ----------------------------------------------------------------------------------------
def _options(max_iter) -> dict:
    return {"MaxIter": float(max_iter) if np.isscalar(max_iter) else np.array([max_iter], dtype=float),
            "Display": "off"}


def _problem(objective: str, x0, bound=()):
    """inputs(rng, via_octave, max_iter) -> (f, x0, options) for one minimisation problem."""
    def inputs(rng, via_octave, max_iter):
        b = bound(rng) if callable(bound) else bound
        x = x0(rng) if callable(x0) else x0
        return Handle(objective, tuple(b), via_octave=via_octave), x, _options(max_iter)
    return inputs


def _nn_problem(rng):
    n_in, n_hid, n_out, m = 3, 5, 2, 40
    X = rng.standard_normal((m, n_in))
    y = np.hstack([np.sin(X[:, :1]) + X[:, 1:2] ** 2, X[:, 2:3] - X[:, :1]]) + 0.05 * rng.standard_normal((m, 2))
    return float(n_in), float(n_hid), float(n_out), X, y, 0.5, "tanh"


def _nn_start(rng):
    # the weights are drawn here and sent to both sides: Octave's rand stream is not numpy's
    return rng.uniform(-0.5, 0.5, (5 * 4 + 2 * 6, 1))


def _quadratic(n, cond):
    return lambda rng: (_spd(rng, n, cond), rng.standard_normal((n, 1)))


# name: (problem, MaxIter isolated, MaxIter end to end or None, about). The end-to-end budgets are the
# largest of 1, 2, 3, 5, 8, 10, 15, 20, 30, 50, 100 under which a one-ULP nudge moved the trace by
# less than 1e-10 (measured; chaos_floor re-measures at every run), rosenbrock's aside (bit for bit).
PROBLEMS = {
    "quadratic-well-conditioned": (_problem("quadraticCost", lambda rng: rng.standard_normal((6, 1)), _quadratic(6, 10.0)),
                                   50, 3, "cond(A) = 10"),
    "quadratic-ill-conditioned": (_problem("quadraticCost", lambda rng: rng.standard_normal((20, 1)), _quadratic(20, 1e6)),
                                  100, 5, "cond(A) = 1e6; a one-ULP nudge moves the trace by 1e-3 from the 8th search"),
    "rosenbrock-2": (_problem("rosenbrock", column([-1.2, 1.0])), 200, 200, "from the standard start"),
    "rosenbrock-10": (_problem("rosenbrock", column([-1.2, 1.0] * 5)), 100, 100, "from the standard start"),
    "logistic-regression": (_problem("lrCostFunction", np.zeros((5, 1)), lambda rng: (*_logistic_data(rng, 200, 5), 1.0)),
                            50, 10, "lambda 1, m = 200"),
    "neural-network": (_problem("nnCostFunctionLinear", _nn_start, _nn_problem), 50, 20,
                       "3-5-2 tanh network, lambda 0.5, unrolled weights"),
    "self-expressive": (_problem("selfExpressiveCost", np.zeros((64, 1)),
                                 lambda rng: (rng.standard_normal((5, 8)), 0.5, 1e-6)), 50, 30,
                        "C is 8-by-8 with its diagonal held at 0: fmincg never moves it"),
    "negative-maxiter": (_problem("rosenbrock", column([-1.2, 1.0])), -40, -40, "a budget of 40 evaluations"),
    "maxiter-1": (_problem("rosenbrock", column([-1.2, 1.0])), 1, 1, "one line search"),
    "maxiter-with-reduction": (_problem("rosenbrock", column([-1.2, 1.0])), [30, 0.1], [30, 0.1],
                               "[30, 0.1]: a first step for a reduction of 0.1"),
    "at-the-minimum": (_problem("rosenbrock", np.ones((3, 1))), 20, 20,
                       "the gradient is 0: two failed line searches, X unchanged, fX empty"),
    "branches": (_problem("rosenbrock", column([-1.2, -0.6, 0.3])), 40, 20,
                 "reaches the complex cubic step and every extrapolation limit"),
    "branches-nonfinite": (_problem("quadraticCost", column([2.0, 1.0]), (np.array([[4.0, -2.0], [-2.0, 7.0]]),
                                                                         column([-2.0, 3.0]))), 10, None,
                           "small integers: the cubic fit's leading coefficient is exactly 0, and it bisects; "
                           "a one-ULP nudge moves the trace by 2 from the 2nd search: isolated only"),
}

for name, (make, iso_iter, e2e_iter, about) in PROBLEMS.items():
    # both variants of a problem draw the same data (seed_key): only the objective and budget differ
    _add("fmincg", f"{name}-isolated", lambda rng, make=make, n=iso_iter: make(rng, True, n), FMINCG, ISOLATED,
         about=f"{about}; the port driven by the Octave objective", seed_key=f"fmincg/{name}")
    if e2e_iter is not None:
        _add("fmincg", name, lambda rng, make=make, n=e2e_iter: make(rng, False, n), FMINCG, END_TO_END, about=about,
             seed_key=f"fmincg/{name}")

_add("fmincg", "passes-extra-arguments",
     lambda rng: (Handle("quadraticCost", as_name=True), column([1.0, 1.0]), _options(3), np.array([[3.0, 1.0], [1.0, 2.0]]),
                  column([1.0, -1.0])), FMINCG, END_TO_END, about="f by name, A and b passed as P1, P2")
_add("fmincg", "error-maxiter-zero", lambda rng: (Handle("rosenbrock"), column([0.0, 0.0]), _options(0)), FMINCG,
     ISOLATED, raises="must be a non-zero integer, or [integer, reduction]")
_add("fmincg", "error-x-row", lambda rng: (Handle("rosenbrock"), np.zeros((1, 2)), _options(5)), FMINCG, ISOLATED,
     raises="must be a real numeric")

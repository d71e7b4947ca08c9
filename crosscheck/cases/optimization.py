"""Cases for pyport/optimization.py: fmincg.

fmincg is chaotic (../../README.md, "fmincg"), so each problem is checked two ways:
- isolated ("-isolated"): the port is driven by the Octave objective itself, evaluated through the
  session, so both minimisers see the same numbers: the traces must agree to the bit;
- end to end: the port with the ported objective, against a floor measured on the original
  (crosscheck.rounding.chaos_floor): Octave's fmincg is run again with every objective value and
  gradient nudged by one ULP up, then down, and the port's traces may differ from Octave's by ten
  times what that moved Octave's (and not at all in length or count). End-to-end budgets are those
  under which the nudge moves the trace by less than 1e-10 (a test keeps them so), except for
  rosenbrock, whose port is bit for bit: where a nudge changes the trace's length, the floor is 0 and
  only identical traces pass.
"""

from __future__ import annotations

import numpy as np

from crosscheck.case import Handle, Output
from crosscheck.cases._common import CaseList, column, logistic_data, spd
from crosscheck.compare import Tolerance
from crosscheck.rounding import chaos_floor, nudge_probes

CASES = CaseList("optimisation")
FMINCG = (Output("X", "array"), Output("fX", "vector", trace=True), Output("i", "scalar"))
ISOLATED = Tolerance(why="both minimisers see the Octave objective's numbers: bit for bit")
END_TO_END = Tolerance(floor=chaos_floor, probes=nudge_probes,
                       why="10 x the original's own trace movement under a one-ULP nudge of f and g")
# The rosenbrock port is bit for bit (its cases say so), so fmincg on it must be bit for bit end to end
# too; a chaos floor there would be loose (a one-ULP nudge moves the 10-D trace by 0.19) and is not needed.
BIT_FOR_BIT_OBJECTIVES = {"rosenbrock"}
BIT_FOR_BIT = Tolerance(why="the objective's port is bit for bit: so is fmincg on it, end to end")


def _add(function, name, inputs, outputs, tol, raises=None, about="", seed_key=None):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about, seed_key=seed_key)


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
    inputs.objective = objective
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
    return lambda rng: (spd(rng, n, cond), rng.standard_normal((n, 1)))


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
    "logistic-regression": (_problem("lrCostFunction", np.zeros((5, 1)), lambda rng: (*logistic_data(rng, 200, 5), 1.0)),
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
        tol = BIT_FOR_BIT if make.objective in BIT_FOR_BIT_OBJECTIVES else END_TO_END
        _add("fmincg", name, lambda rng, make=make, n=e2e_iter: make(rng, False, n), FMINCG, tol, about=about,
             seed_key=f"fmincg/{name}")

_add("fmincg", "passes-extra-arguments",
     lambda rng: (Handle("quadraticCost", as_name=True), column([1.0, 1.0]), _options(3), np.array([[3.0, 1.0], [1.0, 2.0]]),
                  column([1.0, -1.0])), FMINCG, END_TO_END, about="f by name, A and b passed as P1, P2")
_add("fmincg", "error-maxiter-zero", lambda rng: (Handle("rosenbrock"), column([0.0, 0.0]), _options(0)), FMINCG,
     ISOLATED, raises="must be a non-zero integer, or [integer, reduction]")
_add("fmincg", "error-x-row", lambda rng: (Handle("rosenbrock"), np.zeros((1, 2)), _options(5)), FMINCG, ISOLATED,
     raises="must be a real numeric")
_add("fmincg", "error-huge-maxiter", lambda rng: (Handle("rosenbrock"), column([0.0, 0.0]), _options(-1e20)), FMINCG,
     ISOLATED, raises="the maxiter option is too large (-1e+20): fx could have 1e+20 elements, more than 2^31-1",
     about="fX holds a value per line search (or evaluation): at most 2^31-1")

# What the objective gives back is checked at every evaluation, with the same words on both sides. deal and
# max are Octave's own; each port is given as the Python twin of the Octave handle.
_add("fmincg", "error-value-not-scalar",
     lambda rng: (Handle("deal", (column([1.0, 2.0]),), port=lambda x, g: (x, g)), column([1.0, 2.0]), _options(5)),
     FMINCG, ISOLATED, raises="the value of f must be a real scalar, got an array of size 2x1",
     about="f returns X as its value: [value, grad] = deal (x, g)")
_add("fmincg", "error-gradient-size",
     lambda rng: (Handle("max", port=lambda x: (float(np.max(x)), float(np.argmax(x) + 1))), column([1.0, 2.0, 3.0]),
                  _options(5)),
     FMINCG, ISOLATED, raises="the gradient of f must be an n-by-1 column (X is 3x1, so n = 3; the gradient of f is 1x1)",
     about="[m, i] = max (x): a 1x1 gradient for 3 unknowns")
_add("fmincg", "error-gradient-text",
     lambda rng: (Handle("deal", ("abc",), port=lambda x, g: (x, g)), column([2.0]), _options(5)),
     FMINCG, ISOLATED, raises='the gradient of f must be a real numeric n-by-1 column, got "abc"',
     about="a string for a gradient")
_add("fmincg", "option-names-any-case",
     lambda rng: (Handle("rosenbrock"), column([-1.2, 1.0]), {"maxiter": 10.0, "DISPLAY": "off"}), FMINCG, BIT_FOR_BIT,
     about="maxiter and DISPLAY are MaxIter and Display, as optimset takes them")

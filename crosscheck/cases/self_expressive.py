"""Cases for pyport/self_expressive.py: selfExpressiveCost (its minimisation by fmincg is in
optimization.py)."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column
from crosscheck.compare import Tolerance
from crosscheck.rounding import finite_max, squares_error, sum_error

CASES = CaseList("self-expressive")
COST = (Output("J", "scalar"), Output("grad", "array"))


def self_expressive_floor(inputs, octave_outputs):
    """Residuals x_i - X*c_i that cancel (a near-perfect self-expression) round by sum_error(n, their
    terms): J, a sum of squares over X's entries, gets squares_error per entry; the gradient, 2*X'
    times the residuals, a sum of d products of that size."""
    c, X, lam, eps = inputs
    n = X.shape[1]
    Cm = np.reshape(c, (n, n), order="F")
    d = sum_error(n, finite_max(np.abs(X) @ np.abs(Cm) + np.abs(X)))
    r = finite_max(X - X @ Cm)
    return [X.size * squares_error(d, r), 2 * sum_error(X.shape[0], (d + r) * finite_max(X))]


SELF_EXPRESSIVE = Tolerance(rtol=1e-13, scale="output", floor=self_expressive_floor,
                            why="products through two OpenBLAS builds; norm-wise, floor for residuals near 0")


# -- selfExpressiveCost ----------------------------------------------------------------------------
def _self_expressive(d, n, lam, eps, zero=False):
    def inputs(rng):
        Cm = np.zeros((n, n)) if zero else 0.3 * rng.standard_normal((n, n))
        np.fill_diagonal(Cm, 0.0)
        return Cm.reshape(-1, 1, order="F"), rng.standard_normal((d, n)), float(lam), float(eps)
    return inputs


CASES.add("selfExpressiveCost", "random-5-by-8", _self_expressive(5, 8, 0.5, 1e-4), COST, SELF_EXPRESSIVE)
CASES.add("selfExpressiveCost", "at-zero", _self_expressive(4, 6, 1.0, 1e-6, zero=True), COST, SELF_EXPRESSIVE,
     about="C = 0: the penalty's sqrt(epsilon) terms")
CASES.add("selfExpressiveCost", "lambda-zero", _self_expressive(3, 10, 0.0, 1e-3), COST, SELF_EXPRESSIVE)
CASES.add("selfExpressiveCost", "error-diagonal", lambda rng: (column([0.0, 0.0, 0.0, 0.5]), np.eye(2), 1.0, 1.0), COST,
     SELF_EXPRESSIVE, raises="the diagonal of c must be 0")

"""Cases for pyport/bias_variance.py: linearRegCostFunction, trainLinearReg and polyFeatures.

trainLinearReg runs fmincg on a convex quadratic, and fmincg is chaotic under ULP differences in the
objective (README, "fmincg"; /work/shared/notes/fmincg-fidelity.md): the two sides do not follow the
same trace. Both stop, though, where the cost is flat to rounding, near the one minimiser, which the
regularised normal equations give. So each fit is checked against a floor computed from the problem
itself (:func:`fit_bound`): how far from the minimiser fmincg may stop, twice (one side each way).
The problems are kept well conditioned (a Hessian of condition number at most COND_MAX = 30: a
column of ones and features of size ~1, or lambda > 0), where fmincg reaches that point long before
its 200 line searches; an ill-conditioned one (unscaled powers from polyFeatures) stops short of it,
and the floor is then 0: only identical fits would pass.
"""

from __future__ import annotations

import numpy as np

from crosscheck.args import Column, Matrix, Scalar
from crosscheck.case import Output
from crosscheck.cases._common import CaseList, column, with_ones
from crosscheck.compare import Tolerance
from crosscheck.rounding import EPS, finite_max, residual_error, squares_error, sum_error

CASES = CaseList("bias and variance")
VALUE_GRADIENT = (Output("J", "scalar"), Output("grad", "array"))
THETA = (Output("theta", "array"),)
X_POLY = (Output("X_poly", "array"),)

#: fmincg stops on linearRegCostFunction with ``f - f* <= STOP * eps * (f* + eps * f0)`` (f* the least
#: cost, f0 the cost at theta = 0, the start) where the Hessian's condition number is at most COND_MAX:
#: measured (6,000 fits by the port, 1 to 4 parameters, lambda 0 to 1, exact fits and noisy ones) at
#: most 344 up to a condition number of 10 and 2,340 from 10 to 31.6; 1e4 leaves a factor of 4. Beyond
#: that it grows fast (2e4 up to 100, 5e15 up to 316: fmincg stops well short of the minimiser), and the
#: bound means nothing: the floor is then 0, and only identical fits pass (as chaos_floor does).
STOP = 1e4
COND_MAX = 30.0


def _floats(*arrays):
    return tuple(np.asarray(a, dtype=float) for a in arrays)


def fit_bound(X, y, lam):
    """``(theta_star, delta)``: the minimiser of ``linearRegCostFunction (X, y, ., lam)`` (the least-norm
    one where it is not unique: fmincg, from zeros, stays in the row space of X) and how far from it,
    in the 2-norm, a fit by fmincg may stop (0 where the Hessian's condition number is above COND_MAX).

    Where f - f* <= STOP * eps * (f* + eps * f0), the quadratic f - f* = (t - t*)' H (t - t*) / 2 bounds
    |t - t*| by sqrt(2 * STOP * eps * (f* + eps * f0) / lambda_min(H)), lambda_min the least non-zero
    eigenvalue of the Hessian H = (X'X + lam * diag(0, 1, ..., 1)) / m; STOP * eps * |t*| more covers
    the rounding of t* itself and the null-space drift where H is singular."""
    X, y = _floats(X, y)
    y = y.reshape(-1, 1)
    m, n = X.shape
    A = X.T @ X
    A[1:, 1:] += lam * np.eye(n - 1)
    w, V = np.linalg.eigh(A / m)
    keep = w > 1e-10 * max(w.max(), 0.0)
    if not keep.any():  # X is all zeros: theta stays at 0
        return np.zeros((n, 1)), 0.0
    Vk = V[:, keep]
    theta = Vk @ ((Vk.T @ (X.T @ y)) / (m * w[keep].reshape(-1, 1)))
    err = X @ theta - y
    f_star = float(np.sum(err * err)) / (2 * m) + lam / (2 * m) * float(np.sum(theta[1:] * theta[1:]))
    f0 = float(np.sum(y * y)) / (2 * m)
    if w[keep].max() > COND_MAX * w[keep].min():
        return theta, 0.0
    delta = np.sqrt(2 * STOP * EPS * (f_star + EPS * f0) / w[keep].min()) + STOP * EPS * np.linalg.norm(theta)
    return theta, float(delta)


def cost_spread(X, y, theta_star, delta) -> float:
    """How far apart the unregularised cost of X, y may be at two points each within ``delta`` of
    ``theta_star``: ``|grad J(t*)| * 2 delta + lambda_max(X'X/m) * delta^2``, J's own Taylor bound."""
    X, y = _floats(X, y)
    m = X.shape[0]
    grad = X.T @ (X @ theta_star - y.reshape(-1, 1)) / m
    top = np.linalg.eigvalsh(X.T @ X / m).max()
    return float(np.linalg.norm(grad) * 2 * delta + top * delta * delta)


def train_floor(inputs, octave_outputs):
    """theta: each side within delta of the minimiser, so within 2 delta of each other."""
    X, y, lam = inputs
    return [2 * fit_bound(X, y, float(np.asarray(lam, dtype=float)))[1]]


def cost_gradient_floor(inputs, octave_outputs):
    """J: the cost of residuals that cancel (rounding.squares_error); grad = X'*err/m + lambda/m*theta:
    each residual off by d, and a sum of m terms (rounding.sum_error), which cancels at a minimum."""
    X, y, theta, lam = _floats(*inputs)
    m = X.shape[0]
    d = residual_error(X, y, theta)
    with np.errstate(all="ignore"):
        err = X @ theta - y
        terms = np.abs(X).T @ np.abs(err) + np.abs(lam) * np.abs(theta)
        grad = finite_max(np.abs(X)) * d + sum_error(m + 1, finite_max(terms)) / m
    return [squares_error(d, finite_max(err)), grad]


OBJECTIVE = Tolerance(rtol=1e-13, floor=cost_gradient_floor,
                      why="same operations in the same order, a BLAS kernel may round differently; "
                          "a floor where the residuals or the gradient cancel")
FIT = Tolerance(rtol=0.0, floor=train_floor,
                why="fmincg stops where the cost is flat to rounding, not on the same trace on both sides: "
                    "each within delta of the minimiser (fit_bound), so 2 delta apart")
BIT_FOR_BIT = Tolerance(why="products in the same order on both sides: correctly rounded")


def _add(function, name, inputs, outputs, tol, raises=None, about="", **options):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about, **options)


def _problem(m, n, scale=1.0, noise=0.3):
    """X (ones and n-1 standard-normal features), y a noisy linear model: a well-conditioned problem."""
    def build(rng):
        X = with_ones(rng.standard_normal((m, n - 1)))
        return X, X @ rng.standard_normal((n, 1)) * scale + noise * scale * rng.standard_normal((m, 1))
    return build


# -- linearRegCostFunction -------------------------------------------------------------------------
for lam in (0.0, 1.0, 25.0):
    _add("linearRegCostFunction", f"random-lambda{lam:g}",
         lambda rng, lam=lam: (*_problem(40, 4)(rng), rng.standard_normal((4, 1)), lam), VALUE_GRADIENT, OBJECTIVE)
_add("linearRegCostFunction", "by-hand",
     lambda rng: (np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]]), column([1.0, 2.0, 4.0]), column([1.0, 1.0]), 3.0),
     VALUE_GRADIENT, OBJECTIVE, about="J = 1/6 + 1/2, grad = [-1/3; 1/3]")
_add("linearRegCostFunction", "perfect-fit",
     lambda rng: (lambda X, t: (X, X @ t, t, 0.0))(with_ones(rng.standard_normal((20, 2))), rng.standard_normal((3, 1))),
     VALUE_GRADIENT, OBJECTIVE, about="residuals that cancel: J and grad of rounding size (the floor)")
_add("linearRegCostFunction", "at-the-minimum",
     lambda rng: (lambda X, y: (X, y, fit_bound(X, y, 2.0)[0], 2.0))(*_problem(30, 3)(rng)),
     VALUE_GRADIENT, OBJECTIVE, about="the regularised minimiser: the gradient cancels to rounding size")
_add("linearRegCostFunction", "intercept-only",
     lambda rng: (np.ones((5, 1)), rng.standard_normal((5, 1)), rng.standard_normal((1, 1)), 4.0), VALUE_GRADIENT,
     OBJECTIVE, about="n = 1: nothing to regularise, J a scalar, not an empty matrix")
_add("linearRegCostFunction", "nonfinite",
     lambda rng: (np.array([[1.0, np.nan], [1.0, 2.0], [1.0, 3.0]]), column([1.0, 2.0, 3.0]), column([1.0, np.inf]), 0.0),
     VALUE_GRADIENT, OBJECTIVE, about="NaN in X, Inf in theta, lambda 0 (0 * Inf): NaN where Octave has it")
_add("linearRegCostFunction", "logical-y-single-lambda",
     lambda rng: (with_ones(rng.standard_normal((12, 2))), rng.random((12, 1)) > 0.5, rng.standard_normal((3, 1)),
                  np.array([[0.3]], dtype=np.float32)), VALUE_GRADIENT, OBJECTIVE,
     about="y logical, lambda single: their values as doubles")
_add("linearRegCostFunction", "declared", None, VALUE_GRADIENT, OBJECTIVE,
     args=(Matrix("m", "n", ones_column=True), Column("m"), Column("n"), Scalar(0.0, 10.0)),
     sizes={"m": (1, 30), "n": (1, 5)})
_add("linearRegCostFunction", "error-y-row", lambda rng: (np.ones((3, 2)), np.ones((1, 3)), np.zeros((2, 1)), 0.0),
     VALUE_GRADIENT, OBJECTIVE, raises="must be an m-by-1 column (x is 3x2, so m = 3; y is 1x3)")
_add("linearRegCostFunction", "error-lambda-text", lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.zeros((2, 1)), "a"),
     VALUE_GRADIENT, OBJECTIVE, raises='must be a real scalar, got "a"')

# -- trainLinearReg --------------------------------------------------------------------------------
for lam in (0.0, 1.0, 10.0):
    _add("trainLinearReg", f"random-lambda{lam:g}", lambda rng, lam=lam: (*_problem(25, 3)(rng), lam), THETA, FIT,
         about="3 parameters, standard-normal features: well conditioned")
_add("trainLinearReg", "large-targets", lambda rng: (*_problem(15, 2, scale=1e3)(rng), 0.1), THETA, FIT,
     about="targets of size 1e3: the floor scales with the least cost")
_add("trainLinearReg", "exact-line", lambda rng: (with_ones(column(np.arange(6.0) - 2.5)), column(2 * np.arange(6.0) - 4), 0.0),
     THETA, FIT, about="a cost of 0 at the minimiser: the floor is of rounding size")
_add("trainLinearReg", "fewer-examples-than-parameters",
     lambda rng: (with_ones(rng.standard_normal((2, 3))), rng.standard_normal((2, 1)), 0.0), THETA, FIT,
     about="lambda 0, m = 2 < n = 4: the least-norm minimiser, fmincg staying in the row space of X")
_add("trainLinearReg", "normalised-polynomial",
     lambda rng: (lambda P: (with_ones((P - P.mean(0)) / P.std(0, ddof=1)), column(np.sin(P[:, 0])), 1.0))(
         np.column_stack([x ** k for x in [rng.uniform(-2, 2, 20)] for k in (1, 2, 3)])), THETA, FIT,
     about="powers 1 to 3 of a feature, normalised as the course does before fitting")
_add("trainLinearReg", "logical-y", lambda rng: (with_ones(rng.standard_normal((10, 1))), rng.random((10, 1)) > 0.5, 0.5),
     THETA, FIT, about="y logical: its 1s and 0s")
_add("trainLinearReg", "declared", None, THETA, FIT,
     args=(Matrix("m", "n", -1.0, 1.0, ones_column=True), Column("m"), Scalar(5.0, 10.0)), sizes={"m": (1, 6), "n": (1, 3)},
     about="features in [-1, 1], lambda/m from 0.83 to 10 and a column of ones: a Hessian of condition number "
           "below 15 whatever the draw (searched: 200,000 draws, every corner)")
_add("trainLinearReg", "error-x-empty", lambda rng: (np.zeros((0, 2)), np.zeros((0, 1)), 0.0), THETA, FIT,
     raises="must have at least one row and one column (x is 0x2)")
_add("trainLinearReg", "error-lambda-row", lambda rng: (np.ones((3, 2)), np.ones((3, 1)), np.ones((1, 2))), THETA, FIT,
     raises="must be a real scalar, got an array of size 1x2")

# -- polyFeatures ----------------------------------------------------------------------------------
_add("polyFeatures", "random-degree8", lambda rng: (rng.uniform(-3, 3, (12, 1)), 8.0), X_POLY, BIT_FOR_BIT,
     about="the course's degree, values of the water-level data's size after scaling")
_add("polyFeatures", "water-levels", lambda rng: (rng.uniform(-50, 40, (12, 1)), 8.0), X_POLY, BIT_FOR_BIT,
     about="unscaled levels as in ex5: powers up to ~1e13")
_add("polyFeatures", "degree1-one-row", lambda rng: (np.array([[2.5]]), 1.0), X_POLY, BIT_FOR_BIT)
_add("polyFeatures", "nonfinite-overflow",
     lambda rng: (column([np.nan, np.inf, -np.inf, 1e200, -0.0]), 3.0), X_POLY, BIT_FOR_BIT,
     about="NaN, +-Inf, overflow to Inf and -0 in the same places")
_add("polyFeatures", "logical-x", lambda rng: (rng.random((5, 1)) > 0.5, 4.0), X_POLY, BIT_FOR_BIT)
_add("polyFeatures", "declared", None, X_POLY, BIT_FOR_BIT,
     args=(Column("m", -5.0, 5.0, allow_nonfinite=True), Scalar(1, 10, kind="integer")), sizes={"m": (1, 20)})
_add("polyFeatures", "error-x-row", lambda rng: (np.ones((1, 3)), 2.0), X_POLY, BIT_FOR_BIT,
     raises="must be a real numeric column vector, got an array of size 1x3")
_add("polyFeatures", "error-p-zero", lambda rng: (np.ones((3, 1)), 0.0), X_POLY, BIT_FOR_BIT,
     raises="must be a positive integer, got 0")
_add("polyFeatures", "error-p-huge", lambda rng: (np.ones((3, 1)), 1e10), X_POLY, BIT_FOR_BIT,
     raises="p is too large (1e+10): x_poly would have 3e+10 elements, more than 2^31-1")

"""Cases for pyport/gradient_check.py: computeNumericalGradient and checkNNGradients."""

from __future__ import annotations

from crosscheck.case import Handle, Output
from crosscheck.cases._common import CaseList
from crosscheck.cases.neural_network import ACTIVATIONS, network, sizes
from crosscheck.compare import Tolerance

CASES = CaseList("gradient checking")
# A central difference divides a difference of two costs by 2e = 2e-4: each cost's last-bit
# difference between the two sides becomes ~eps * |J| / e in the estimate, whatever the entry's size.
NUMERICAL = Tolerance(rtol=1e-10, atol=1e-12, scale="output",
                      why="cost ULPs divided by 2e: ~eps*|J|/e, norm-wise")


def _add(function, name, inputs, outputs, tol=NUMERICAL, raises=None, about=""):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about)


# -- computeNumericalGradient and checkNNGradients -------------------------------------------------
def _numgrad_inputs(act, lam, e=None):
    def inputs(rng):
        n_in, n_hid, n_out, m = sizes(rng, 2)
        params, X, y = network(rng, n_in, n_hid, n_out, m)
        J = Handle("nnCostFunctionLinear", (float(n_in), float(n_hid), float(n_out), X, y, float(lam), act))
        return (J, params) if e is None else (J, params, float(e))
    return inputs


for act in ACTIVATIONS:
    _add("computeNumericalGradient", f"{act}-network", _numgrad_inputs(act, 0.5), (Output("numgrad", "array"),), NUMERICAL,
         about="J is nnCostFunctionLinear bound to its data, theta its weights")
_add("computeNumericalGradient", "step-1e-3", _numgrad_inputs("tanh", 0.0, 1e-3), (Output("numgrad", "array"),), NUMERICAL)
_add("computeNumericalGradient", "error-step", _numgrad_inputs("tanh", 0.0, 0.0), (Output("numgrad", "array"),),
     raises="e must be a positive real scalar")

CHECK = (Output("numgrad", "vector"), Output("grad", "vector"), Output("relDiff", "scalar"))
# relDiff is a ratio of differences at the level of the central differences' own error: it agrees to
# about 1e-12 absolute, and what matters is that both sides are far below 1e-9 together.
CHECK_TOL = Tolerance(rtol=1e-10, atol=1e-12, scale="output", why="central differences; relDiff to 1e-12 absolute")
for act in ACTIVATIONS:
    for lam in (0, 1, 3):
        _add("checkNNGradients", f"{act}-lambda{lam}", lambda rng, a=act, l=lam: (float(l), a), CHECK, CHECK_TOL)
_add("checkNNGradients", "error-activation", lambda rng: (0.0, "relu"), CHECK, raises='activation must be "sigmoid"')
# J's value is checked at every call, with the same words on both sides (deal (t) gives t back).
_add("computeNumericalGradient", "error-value-not-scalar",
     lambda rng: (Handle("deal", port=lambda t: t), rng.standard_normal((2, 1))), (Output("numgrad", "array"),),
     raises="the value of J must be a real scalar, got an array of size 2x1")

# ex8's gradient check: cofiCostFunc's analytic gradient against central differences on both sides
# (the course's checkCostFunction does the same on a small problem).
from crosscheck.cases.recommender import cofi_problem  # noqa: E402 -- after this module's own cases

_add("computeNumericalGradient", "cofi-cost",
     lambda rng: (lambda a: (Handle("cofiCostFunc", a[1:]), a[0]))(cofi_problem(5, 4, 3, 1.5)(rng)),
     (Output("numgrad", "array"),), NUMERICAL, about="J is cofiCostFunc bound to Y, R, the sizes and lambda 1.5")

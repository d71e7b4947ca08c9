"""Cases for pyport/weights.py: randInitializeWeights and debugInitializeWeights."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList
from crosscheck.compare import OutputComparison, Tolerance, Verdict

CASES = CaseList("weights")
ELEMENTWISE = Tolerance(rtol=1e-15, why="numpy's sin against the C library's: at most 1 ULP, measured")


def _add(function, name, inputs, outputs, tol=ELEMENTWISE, raises=None, about="", check=None):
    CASES.add(function, name, inputs, outputs, tol=tol, raises=raises, about=about, check=check)


# -- randInitializeWeights and debugInitializeWeights ----------------------------------------------
def uniform_weights(inputs, octave_outputs, port_outputs) -> list[OutputComparison]:
    """Random weights cannot match value for value: both must have the shape and stay in [-eps, eps]."""
    eps = float(inputs[2]) if len(inputs) > 2 else 0.12
    ov, pv = np.asarray(octave_outputs[0]), np.asarray(port_outputs[0])
    shape_ok = ov.shape == pv.shape
    inside = bool(np.all(np.abs(ov) <= eps) and np.all(np.abs(pv) <= eps))
    spread = eps == 0 or (np.unique(ov).size > 1 and np.unique(pv).size > 1)
    ok = shape_ok and inside and bool(spread)
    note = "" if ok else (f"shapes Octave {ov.shape}, port {pv.shape}" if not shape_ok
                          else f"a weight outside [-{eps:g}, {eps:g}]" if not inside else "constant weights")
    return [OutputComparison(name="W", kind="array", octave_shape=ov.shape, port_shape=pv.shape,
                             verdict=Verdict.PASS if ok else Verdict.CHECK,
                             note=note or f"random: compared by shape and range |W| <= {eps:g}")]


_add("randInitializeWeights", "default-epsilon", lambda rng: (3.0, 5.0), (Output("W", "array"),), check=uniform_weights,
     about="Octave's rand is not numpy's: shape and range only")
_add("randInitializeWeights", "layer-400-25", lambda rng: (400.0, 25.0, 0.05), (Output("W", "array"),), check=uniform_weights)
_add("randInitializeWeights", "epsilon-zero", lambda rng: (2.0, 2.0, 0.0), (Output("W", "array"),), check=uniform_weights)
_add("randInitializeWeights", "error-l-in", lambda rng: (0.0, 2.0), (Output("W", "array"),), raises="l_in must be a positive integer")
_add("randInitializeWeights", "error-huge-layer", lambda rng: (3.0, 1e10), (Output("W", "array"),),
     raises="l_out is too large (1e+10): w would have 4e+10 elements, more than 2^31-1",
     about="refused before W is allocated: a count may size at most 2^31-1 elements")
_add("randInitializeWeights", "error-huge-l-in", lambda rng: (1e10, 2.0), (Output("W", "array"),),
     raises="l_in is too large (1e+10): w would have 1e+10 elements, more than 2^31-1")
for fan_out, fan_in in ((5, 3), (1, 0), (20, 10)):
    _add("debugInitializeWeights", f"{fan_out}-by-{fan_in}", lambda rng, a=fan_out, b=fan_in: (float(a), float(b)),
         (Output("W", "array"),), ELEMENTWISE)
_add("debugInitializeWeights", "error-fan-out", lambda rng: (0.0, 2.0), (Output("W", "array"),),
     raises="fan_out must be a positive integer")
_add("debugInitializeWeights", "error-huge-fan-out", lambda rng: (1e20, 2.0), (Output("W", "array"),),
     raises="fan_out is too large (1e+20): w would have 3e+20 elements, more than 2^31-1",
     about="refused before W is allocated: a count may size at most 2^31-1 elements")

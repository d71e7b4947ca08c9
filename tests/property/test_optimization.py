"""pyport.optimization.fmincg against the Octave original on generated problems (quadratics and Rosenbrock,
positive and negative budgets): the port must follow the original step for step, to the bit."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from crosscheck.case import Handle
from crosscheck.runner import octave_arg
from crosscheck.session import OctaveFunction
from pyport import fmincg

from .strategies import OCTAVE_SETTINGS

pytestmark = pytest.mark.octave


@st.composite
def minimisations(draw):
    """A random quadratic or Rosenbrock problem, start and budget (positive or negative MaxIter)."""
    kind = draw(st.sampled_from(["quadraticCost", "rosenbrock"]))
    n = draw(st.integers(2, 6))
    x0 = draw(nps.arrays(np.float64, (n, 1), elements=st.floats(-2, 2)))
    bound = ()
    if kind == "quadraticCost":
        M = draw(nps.arrays(np.float64, (n, n), elements=st.floats(-2, 2)))
        A = M @ M.T + np.eye(n) * draw(st.floats(1e-3, 2))
        bound = (A, draw(nps.arrays(np.float64, (n, 1), elements=st.floats(-3, 3))))
    budget = draw(st.sampled_from([1, 2, 5, 12, -8, -25]))
    return kind, bound, x0, budget


@settings(OCTAVE_SETTINGS, max_examples=max(5, OCTAVE_SETTINGS.max_examples // 4))
@given(minimisations())
def test_fmincg_follows_the_original_step_for_step(octave, problem):
    """Driven by the Octave objective itself, the port must reproduce the original's trace to the bit."""
    kind, bound, x0, budget = problem
    options = {"MaxIter": float(budget), "Display": "off"}
    r = octave.call("fmincg", octave_arg(Handle(kind, bound)), x0, options, nout=3)
    assert r.status == "ok", r.message
    x, fX, i = fmincg(OctaveFunction(octave, kind, bound), x0, {"MaxIter": budget})
    X_oct, fX_oct, i_oct = r.outputs
    np.testing.assert_array_equal(x, X_oct)
    np.testing.assert_array_equal(fX, np.ravel(fX_oct))
    assert i == int(np.ravel(i_oct)[0])

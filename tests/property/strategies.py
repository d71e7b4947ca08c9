"""Settings, strategies and the Octave comparison shared by the property tests of this directory (a plain
helper module, not a test file: the test files import it relatively, which --import-mode=importlib allows)."""

import os

import numpy as np
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from crosscheck.compare import compare_output

# ---------------------------------------------------------------- pure Python (no Octave)

# Derandomized, so that CI tries the same examples on every run.
SETTINGS = settings(max_examples=100, deadline=None, database=None, derandomize=True)
NETWORK_SETTINGS = settings(max_examples=60, deadline=None, database=None, derandomize=True)
MODERATE = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False, allow_subnormal=False)


@st.composite
def problems(draw, elements=MODERATE, min_rows=1):
    """X (m, n), y (m,), theta (n,) with 1 <= m, n <= 8."""
    m = draw(st.integers(min_rows, 8))
    n = draw(st.integers(1, 8))
    X = draw(nps.arrays(np.float64, (m, n), elements=elements))
    y = draw(nps.arrays(np.float64, (m,), elements=elements))
    theta = draw(nps.arrays(np.float64, (n,), elements=elements))
    return X, y, theta


# ---------------------------------------------------------------- against Octave

# Derandomized: CI explores the same examples every run; HYPOTHESIS_EXAMPLES=2000 explores more by hand.
OCTAVE_SETTINGS = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 40)), deadline=None,
                           derandomize=True,
                           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
finite = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)


@st.composite
def octave_problems(draw, max_m=12, max_n=5):
    """X (m, n) with a first column of ones, y (m, 1), theta (n, 1); 1 <= m <= max_m, 1 <= n <= max_n."""
    m = draw(st.integers(1, max_m))
    n = draw(st.integers(1, max_n))
    X = draw(nps.arrays(np.float64, (m, n), elements=finite))
    X[:, 0] = 1.0
    y = draw(nps.arrays(np.float64, (m, 1), elements=finite))
    theta = draw(nps.arrays(np.float64, (n, 1), elements=st.floats(-10, 10)))
    return X, y, theta


def agree(octave, function, args, port_out, outputs, tol):
    r = octave.call(function, *args, nout=len(outputs))
    assert r.status == "ok", r.message
    port_out = port_out if len(outputs) > 1 else (port_out,)
    for (name, kind), ov, pv, t in zip(outputs, r.outputs, port_out, tol.resolve(args, r.outputs)):
        c = compare_output(name, ov, pv, t, kind)
        assert c.passed, f"{function} {name}: {c.note} (max rel {c.max_rel:.2e}, {c.max_ulp} ULP)"

"""Properties of pyport.normalization.feature_normalize on random inputs: in pure Python, and against the
Octave original (the test marked octave)."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from crosscheck.cases import normalization as family
from pyport import feature_normalize

from .strategies import MODERATE, OCTAVE_SETTINGS, SETTINGS, agree, problems


@SETTINGS
@given(problems(min_rows=2))
def test_feature_normalize_columns(args):
    X = args[0]
    Xn, mu, sigma = feature_normalize(X)
    m, n = X.shape
    assert Xn.shape == (m, n) and mu.shape == sigma.shape == (1, n)
    np.testing.assert_allclose(mu[0], [math.fsum(X[:, j]) / m for j in range(n)],
                               rtol=1e-12, atol=1e-12 * np.abs(X).max(initial=0))
    ref_sigma = np.std(X, axis=0, ddof=1)
    np.testing.assert_allclose(sigma[0], ref_sigma, rtol=1e-9, atol=1e-12 * np.abs(X).max(initial=0))
    assert (sigma >= 0).all()
    for j in range(n):
        col = X[:, j]
        if sigma[0, j] == 0:
            assert np.all(np.isnan(Xn[:, j]) | np.isinf(Xn[:, j]))
            continue
        if sigma[0, j] < 1e-6 * np.abs(col).max() or sigma[0, j] < 1e-140:
            continue  # nearly constant: the rounding of mu, over a tiny sigma, dominates; or the
            # squares of the deviations underflow to subnormals and lose their digits
        assert abs(np.mean(Xn[:, j])) < 1e-8
        assert abs(np.std(Xn[:, j], ddof=1) - 1) < 1e-8


@SETTINGS
@given(nps.arrays(np.float64, st.tuples(st.just(1), st.integers(2, 8)), elements=MODERATE))
def test_feature_normalize_single_row_along_the_row(X):
    Xn, mu, sigma = feature_normalize(X)
    assert mu.shape == sigma.shape == (1, 1)
    assert math.isclose(mu[0, 0], math.fsum(X[0]) / X.shape[1], rel_tol=1e-12,
                        abs_tol=1e-12 * np.abs(X).max())
    assert math.isclose(sigma[0, 0], np.std(X[0], ddof=1), rel_tol=1e-9,
                        abs_tol=1e-12 * np.abs(X).max())


# ---------------------------------------------------------------- against Octave

# Generated inputs, each run through the Octave original and its port and compared with the same
# tolerance as the registered cases of its family.

@pytest.mark.octave
@OCTAVE_SETTINGS
@given(nps.arrays(np.float64, st.tuples(st.integers(1, 15), st.integers(1, 5)),
                  elements=st.floats(-1e6, 1e6) | st.sampled_from([0.1, 4.0, np.nan, np.inf])))
def test_feature_normalize(octave, X):
    with np.errstate(all="ignore"):
        port = feature_normalize(X)
    agree(octave, "featureNormalize", (X,), port, [("X_norm", "array"), ("mu", "array"), ("sigma", "array")],
          family.SAME_ORDER)

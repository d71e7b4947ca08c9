"""Properties of pyport.activations (sigmoid, sigmoid_gradient) on random arrays of any shape (pure Python,
no Octave)."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from pyport import sigmoid, sigmoid_gradient

from .strategies import NETWORK_SETTINGS


@NETWORK_SETTINGS
@given(nps.arrays(np.float64, nps.array_shapes(min_dims=0, max_dims=3, max_side=5),
                  elements=st.floats(allow_nan=False)))
def test_sigmoid_bounds_and_symmetry(z):
    g, g_neg, d = sigmoid(z), sigmoid(-z), sigmoid_gradient(z)
    assert np.shape(g) == z.shape
    assert np.all((0 <= g) & (g <= 1))
    assert np.all(np.abs(g + g_neg - 1) <= 1e-15)
    assert np.all((0 <= d) & (d <= 0.25))

"""pyport.weights (rand_initialize_weights, debug_initialize_weights) without Octave: bounds, seeding,
the sin(1..n)/10 column-major pattern, argument checks."""

import math

import numpy as np
import pytest

from pyport import debug_initialize_weights, rand_initialize_weights


def test_rand_initialize_weights():
    W = rand_initialize_weights(3, 5, rng=1)
    assert W.shape == (5, 4) and np.all(np.abs(W) <= 0.12) and np.unique(W).size == 20
    W = rand_initialize_weights(400, 25, 1e-3, rng=2)
    assert np.all(np.abs(W) <= 1e-3) and W.min() < -5e-4 and W.max() > 5e-4
    np.testing.assert_array_equal(rand_initialize_weights(2, 2, 0, rng=3), np.zeros((2, 3)))
    np.testing.assert_array_equal(rand_initialize_weights(4, 3, rng=42), rand_initialize_weights(4, 3, rng=42))
    np.testing.assert_array_equal(rand_initialize_weights(4, 3, rng=np.random.default_rng(42)),
                                  rand_initialize_weights(4, 3, rng=42))
    assert not np.array_equal(rand_initialize_weights(4, 3, rng=42), rand_initialize_weights(4, 3, rng=43))
    assert rand_initialize_weights(1, 1).shape == (1, 2)


@pytest.mark.parametrize("args,pattern", [
    ((0, 2), "L_in must be a positive integer"), ((2, 2.5), "L_out must be a positive integer"),
    ((2, 2, -1), "epsilon_init must be a non-negative"), ((2, 2, float("nan")), "epsilon_init must be"),
    ((2, 2, [1, 2]), "epsilon_init must be a non-negative real scalar, got a 1-D array of length 2$"),
])
def test_rand_initialize_weights_errors(args, pattern):
    with pytest.raises(ValueError, match="^rand_initialize_weights: " + pattern):
        rand_initialize_weights(*args)


def test_debug_initialize_weights_column_major():
    s = math.sin
    W = debug_initialize_weights(2, 2)
    np.testing.assert_allclose(W, np.array([[s(1), s(3), s(5)], [s(2), s(4), s(6)]]) / 10, rtol=1e-15, atol=0)
    W = debug_initialize_weights(3, 0)
    assert W.shape == (3, 1)
    np.testing.assert_allclose(W, [[s(1) / 10], [s(2) / 10], [s(3) / 10]], rtol=1e-15, atol=0)
    W = debug_initialize_weights(5, 3)
    want = [[s(1 + i + 5 * j) / 10 for j in range(4)] for i in range(5)]
    np.testing.assert_allclose(W, want, rtol=1e-15, atol=0)


@pytest.mark.parametrize("args,pattern", [
    ((0, 2), "fan_out must be a positive integer"), ((2, 1.5), "fan_in must be a non-negative integer"),
    ((2, -1), "fan_in must be a non-negative integer"), ((False, 1), "fan_out must be a positive integer, got 0"),
])
def test_debug_initialize_weights_errors(args, pattern):
    with pytest.raises(ValueError, match="^debug_initialize_weights: " + pattern):
        debug_initialize_weights(*args)

"""pyport.activations (sigmoid, sigmoid_gradient) without Octave: hand values, extremes without warnings,
shapes and types, central differences."""

import math
import warnings

import numpy as np
import pytest

from pyport import sigmoid, sigmoid_gradient


def test_sigmoid_hand_values():
    assert sigmoid(0) == 0.5
    assert sigmoid(1) == pytest.approx(1 / (1 + math.exp(-1)), rel=1e-15)
    assert sigmoid(1) == pytest.approx(0.7310585786, abs=1e-10)
    assert sigmoid(-2) == pytest.approx(1 / (1 + math.e ** 2), rel=1e-15)


def test_sigmoid_extremes_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        g = sigmoid(np.array([-800.0, 800.0, -np.inf, np.inf]))
        gg = sigmoid_gradient(np.array([-800.0, 800.0, -np.inf, np.inf]))
    np.testing.assert_array_equal(g, [0, 1, 0, 1])
    np.testing.assert_array_equal(gg, [0, 0, 0, 0])


def test_sigmoid_nan_shape_and_type():
    assert math.isnan(sigmoid(float("nan")))
    assert np.isnan(sigmoid(np.array([0.0, np.nan]))).tolist() == [False, True]
    assert sigmoid(np.zeros((3, 0))).shape == (3, 0) and sigmoid([[1, 2]]).shape == (1, 2)
    assert sigmoid(np.zeros((2, 3, 4))).shape == sigmoid_gradient(np.zeros((2, 3, 4))).shape == (2, 3, 4)
    assert type(sigmoid(0)) is float and type(sigmoid(2.5)) is float and type(sigmoid_gradient(0)) is float
    assert isinstance(sigmoid(np.array([0])), np.ndarray)


@pytest.mark.parametrize("func", [sigmoid, sigmoid_gradient])
@pytest.mark.parametrize("bad", [1j, np.array([1 + 2j]), "a", ["a"], np.array([1.0], dtype=object)])
def test_sigmoid_refuses_non_real(func, bad):
    with pytest.raises(ValueError, match=rf"^{func.__name__}: "):
        func(bad)


def test_sigmoid_gradient_hand_values_and_central_difference():
    assert sigmoid_gradient(0) == 0.25
    z = np.array([-3, -0.5, 0.2, 4, 10])
    h = 1e-6
    central = (np.array([sigmoid(v + h) for v in z]) - np.array([sigmoid(v - h) for v in z])) / (2 * h)
    np.testing.assert_allclose(sigmoid_gradient(z), central, rtol=0, atol=1e-9)
    s1 = 1 / (1 + math.exp(-1))
    assert sigmoid_gradient(1) == pytest.approx(s1 * (1 - s1), rel=1e-14)

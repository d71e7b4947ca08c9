"""pyport.preprocessing.feature_normalize without Octave: hand values and numpy references."""

import warnings

import numpy as np
import pytest

from pyport import feature_normalize


def test_hand_values():
    Xn, mu, sigma = feature_normalize([[1, 10], [2, 20], [3, 30]])
    np.testing.assert_array_equal(mu, [[2, 20]])
    np.testing.assert_array_equal(sigma, [[1, 10]])
    np.testing.assert_array_equal(Xn, [[-1, -1], [0, 0], [1, 1]])
    assert mu.shape == sigma.shape == (1, 2)
    assert Xn.dtype == mu.dtype == sigma.dtype == np.float64


def test_named_fields_in_octave_order():
    res = feature_normalize([[0.0], [2.0]])
    assert res._fields == ("X_norm", "mu", "sigma")
    assert res.mu[0, 0] == 1.0 and res.X_norm[0, 0] == pytest.approx(-1 / np.sqrt(2), rel=1e-15)


def test_sigma_divides_by_n_minus_one():
    _, _, sigma = feature_normalize([[0.0], [2.0]])
    assert sigma[0, 0] == pytest.approx(np.sqrt(2), rel=1e-15)  # not 1, numpy's default
    rng = np.random.default_rng(5)
    X = rng.normal(3.0, 2.0, size=(9, 4))
    Xn, mu, sigma = feature_normalize(X)
    np.testing.assert_allclose(sigma, np.std(X, axis=0, ddof=1, keepdims=True), rtol=1e-13)
    assert not np.allclose(sigma, np.std(X, axis=0, keepdims=True), rtol=1e-3)
    np.testing.assert_allclose(mu, np.mean(X, axis=0, keepdims=True), rtol=1e-13)
    np.testing.assert_allclose(Xn, (X - X.mean(0)) / X.std(0, ddof=1), rtol=1e-12, atol=1e-12)
    assert mu.shape == sigma.shape == (1, 4) and Xn.shape == X.shape


@pytest.mark.parametrize("m,n", [(2, 1), (3, 5), (10, 2)])
def test_shapes(m, n):
    Xn, mu, sigma = feature_normalize(np.arange(m * n, dtype=float).reshape(m, n) ** 2)
    assert Xn.shape == (m, n) and mu.shape == (1, n) and sigma.shape == (1, n)


def test_integer_input_taken_as_double():
    Xn, mu, sigma = feature_normalize(np.array([[1, 10], [2, 20], [4, 30]], dtype=np.int8))
    assert mu.dtype == np.float64
    np.testing.assert_allclose(mu, [[7 / 3, 20]], rtol=1e-15)


def test_single_row_reduced_along_the_row():
    Xn, mu, sigma = feature_normalize([[1.0, 2.0, 3.0]])
    assert mu.shape == sigma.shape == (1, 1)
    assert mu[0, 0] == 2.0 and sigma[0, 0] == 1.0
    np.testing.assert_array_equal(Xn, [[-1, 0, 1]])
    Xn, mu, sigma = feature_normalize([[2.0, 4.0, 9.0, 1.0]])
    assert mu[0, 0] == 4.0
    assert sigma[0, 0] == pytest.approx(np.std([2, 4, 9, 1], ddof=1), rel=1e-15)


def test_one_by_one():
    Xn, mu, sigma = feature_normalize([[7.5]])
    assert mu.shape == sigma.shape == Xn.shape == (1, 1)
    assert mu[0, 0] == 7.5 and sigma[0, 0] == 0.0
    assert np.isnan(Xn[0, 0])


def test_constant_column():
    Xn, mu, sigma = feature_normalize([[1, 4.0], [2, 4.0], [3, 4.0]])
    np.testing.assert_array_equal(sigma, [[1, 0]])
    assert mu[0, 1] == 4.0
    assert np.isnan(Xn[:, 1]).all()
    np.testing.assert_array_equal(Xn[:, 0], [-1, 0, 1])


def test_constant_column_emits_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any RuntimeWarning (0/0, invalid) becomes an exception
        Xn, _, sigma = feature_normalize(np.full((5, 2), 4.0))
        _, _, s1 = feature_normalize([[3.0]])
    assert (sigma == 0).all() and np.isnan(Xn).all() and s1[0, 0] == 0
    # and the state is restored afterwards: a 0/0 outside the port warns again
    with pytest.warns(RuntimeWarning):
        np.array([0.0]) / np.array([0.0])


def test_nan_spoils_its_own_column_only():
    Xn, mu, sigma = feature_normalize([[1, 1, 5], [np.nan, 2, 6], [3, 3, 7]])
    assert np.isnan(mu[0, 0]) and np.isnan(sigma[0, 0]) and np.isnan(Xn[:, 0]).all()
    np.testing.assert_array_equal(mu[0, 1:], [2, 6])
    np.testing.assert_array_equal(sigma[0, 1:], [1, 1])
    np.testing.assert_array_equal(Xn[:, 1:], [[-1, -1], [0, 0], [1, 1]])


def test_inf_in_column():
    Xn, mu, sigma = feature_normalize([[1.0, 0.0], [np.inf, 2.0], [3.0, 4.0]])
    assert mu[0, 0] == np.inf and np.isnan(sigma[0, 0])
    np.testing.assert_array_equal(Xn[:, 1], [-1, 0, 1])


@pytest.mark.parametrize("bad", [
    np.zeros((0, 3)), np.zeros((3, 0)), [], [[1 + 2j, 3]], np.ones(3), np.ones((2, 2, 2)),
    np.ones((2, 2), dtype=bool), [[1, 2], [3]], np.array([[1.0]], dtype=object), "abc",
])
def test_refused(bad):
    with pytest.raises(ValueError, match=r"^feature_normalize: .*\bX\b"):
        feature_normalize(bad)


def test_input_not_modified():
    X = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]])
    Xn, _, _ = feature_normalize(X)
    np.testing.assert_array_equal(X, [[1, 10], [2, 20], [3, 30]])
    assert not np.shares_memory(Xn, X)

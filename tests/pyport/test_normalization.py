"""pyport.normalization without Octave: feature_normalize against hand values and numpy references;
denormalize_theta on the km/price example and least squares on raw and scaled data."""

import warnings

import numpy as np
import pytest

from pyport import datasets, denormalize_theta, feature_normalize


# ---------------------------------------------------------------- feature_normalize

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
    np.array([["a", "b"]]), [[1, 2], [3]], np.array([[1.0]], dtype=object), "abc",
])
def test_refused(bad):
    with pytest.raises(ValueError, match=r"^feature_normalize: .*\bX\b"):
        feature_normalize(bad)


def test_input_not_modified():
    X = np.array([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]])
    Xn, _, _ = feature_normalize(X)
    np.testing.assert_array_equal(X, [[1, 10], [2, 20], [3, 30]])
    assert not np.shares_memory(Xn, X)


# ---------------------------------------------------------------- denormalize_theta

THETA_N = np.array([0.9362124793084768, -0.9953762249792935])


def km_price_minmax():
    v = datasets.load("km_price").values
    lo, hi = v.min(axis=0), v.max(axis=0)
    return lo, hi - lo


def test_km_price_minmax_example():
    lo, span = km_price_minmax()
    assert (lo[0], lo[0] + span[0], lo[1], lo[1] + span[1]) == (22899, 240000, 3650, 8290)
    theta = denormalize_theta(THETA_N, lo[0], span[0], lo[1], span[1])
    assert theta.shape == (2,)
    assert theta[0] + theta[1] * 50000 == pytest.approx(7417.486843464296, rel=1e-9)
    # the normalised model's prediction at 50000 km, mapped back to euros
    x_n = (50000 - lo[0]) / span[0]
    pred = lo[1] + span[1] * (THETA_N[0] + THETA_N[1] * x_n)
    assert theta[0] + theta[1] * 50000 == pytest.approx(pred, rel=1e-12)
    # and at every car of the data set
    v = datasets.load("km_price").values
    pred_all = lo[1] + span[1] * (THETA_N[0] + THETA_N[1] * (v[:, 0] - lo[0]) / span[0])
    np.testing.assert_allclose(theta[0] + theta[1] * v[:, 0], pred_all, rtol=1e-12)


def test_km_price_slope_by_hand():
    lo, span = km_price_minmax()
    theta = denormalize_theta(THETA_N, lo[0], span[0], lo[1], span[1])
    # slope: euros per km = price span / km span * theta_n[1]
    assert theta[1] == pytest.approx(4640 / 217101 * -0.9953762249792935, rel=1e-14)
    assert theta[0] == pytest.approx(7417.486843464296 - 50000 * theta[1], rel=1e-9)


def age_height():
    v = datasets.load("age_height_weight").values
    return v[:, :2], v[:, 2]


def lstsq_with_ones(X, y):
    return np.linalg.lstsq(np.column_stack([np.ones(len(X)), X]), y, rcond=None)[0]


def test_zscores_match_least_squares_on_raw_features():
    X, y = age_height()
    X_n, mu, sigma = feature_normalize(X)
    np.testing.assert_allclose(mu.ravel(), X.mean(axis=0), rtol=1e-14)
    np.testing.assert_allclose(sigma.ravel(), X.std(axis=0, ddof=1), rtol=1e-14)
    theta_n = lstsq_with_ones(X_n, y)
    theta = denormalize_theta(theta_n, mu, sigma)
    np.testing.assert_allclose(theta, lstsq_with_ones(X, y), rtol=1e-9)


def test_zscores_with_normalised_target():
    X, y = age_height()
    X_n, mu, sigma = feature_normalize(X)
    y_mu, y_sd = y.mean(), y.std(ddof=1)
    theta_n = lstsq_with_ones(X_n, (y - y_mu) / y_sd)
    theta = denormalize_theta(theta_n, mu, sigma, y_mu, y_sd)
    np.testing.assert_allclose(theta, lstsq_with_ones(X, y), rtol=1e-9)


@pytest.mark.parametrize("form", [lambda v: v.reshape(1, -1), lambda v: v.reshape(-1, 1), lambda v: v.ravel()],
                         ids=["row", "column", "1-D"])
def test_offset_and_scale_forms_agree(form):
    off, sc = np.array([1.5, -2.0, 4.0]), np.array([0.5, 3.0, 8.0])
    theta_n = np.array([1.0, 2.0, -1.0, 0.25])
    # by hand: w = [4, -1/3, 1/32]; theta0 = 1 - (4*1.5 + (-1/3)*(-2) + (1/32)*4)
    expected = np.array([1 - (6 + 2 / 3 + 0.125), 4.0, -1 / 3, 1 / 32])
    np.testing.assert_allclose(denormalize_theta(theta_n, form(off), form(sc)), expected, rtol=1e-15)


def test_theta_comes_back_in_theta_n_form():
    assert denormalize_theta(np.array([1.0, 2.0]), 0.0, 2.0).shape == (2,)
    col = denormalize_theta(np.array([[1.0], [2.0]]), 0.0, 2.0)
    assert col.shape == (2, 1)
    np.testing.assert_array_equal(col.ravel(), [1.0, 1.0])


def test_defaults_are_y_offset_0_and_y_scale_1():
    theta_n, off, sc = np.array([0.3, -1.2, 2.5]), np.array([4.0, -1.0]), np.array([2.0, 0.5])
    np.testing.assert_array_equal(denormalize_theta(theta_n, off, sc), denormalize_theta(theta_n, off, sc, 0.0, 1.0))
    # y_offset shifts the intercept only, y_scale multiplies everything
    base = denormalize_theta(theta_n, off, sc)
    np.testing.assert_allclose(denormalize_theta(theta_n, off, sc, 7.0, 1.0), base + [7.0, 0, 0], rtol=1e-15)
    np.testing.assert_allclose(denormalize_theta(theta_n, off, sc, 0.0, 3.0), 3 * base, rtol=1e-15)


def test_zero_scale_names_feature_and_constant():
    # the feature by its ordinal, which reads the same in Octave (one-based) and here (zero-based)
    with pytest.raises(ValueError, match=r"^denormalize_theta: x_scale is 0 for the 2nd feature: that feature is "
                                         r"constant and its theta has no value in original units$"):
        denormalize_theta(np.array([1.0, 2.0, 3.0]), [0.0, 0.0], [1.0, 0.0])
    with pytest.raises(ValueError, match=r"^denormalize_theta: x_scale is 0 for the 1st feature: that feature is constant"):
        denormalize_theta(np.array([1.0, 2.0, 3.0]), [0.0, 0.0], [0.0, 1.0])


@pytest.mark.parametrize("args", [
    (np.array([1.0, 2.0]), 0.0, 1.0, 5.0, 0.0),                       # y_scale 0
    (np.array([1.0, 2.0, 3.0]), [0.0, 0.0, 0.0], [1.0, 1.0]),         # offset length
    (np.array([1.0, 2.0, 3.0]), [0.0, 0.0], [1.0]),                   # scale length
    (np.array([1.0]), [], []),                                        # theta_n of 1 element
    (np.array([[1.0, 2.0]]), 0.0, 1.0),                               # theta_n a row
    (np.array([1.0, 2.0]), 0.0, 1.0, [1.0, 2.0], 1.0),                # y_offset not a scalar
], ids=["y_scale-0", "offset-len", "scale-len", "theta-1", "theta-row", "y_offset-vector"])
def test_errors(args):
    with pytest.raises(ValueError, match=r"^denormalize_theta:"):
        denormalize_theta(*args)


def test_y_scale_zero_message():
    with pytest.raises(ValueError, match=r"^denormalize_theta: y_scale is 0"):
        denormalize_theta(np.array([1.0, 2.0]), 0.0, 1.0, 5.0, 0.0)

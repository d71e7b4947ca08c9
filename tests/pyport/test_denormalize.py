"""pyport.denormalize_theta without Octave: the km/price example, least squares on raw and scaled data."""

import numpy as np
import pytest

from pyport import datasets, denormalize_theta, feature_normalize

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
    with pytest.raises(ValueError, match=r"^denormalize_theta: x_scale\[1\] is 0: feature 1 is constant"):
        denormalize_theta(np.array([1.0, 2.0, 3.0]), [0.0, 0.0], [1.0, 0.0])
    with pytest.raises(ValueError, match=r"^denormalize_theta: x_scale\[0\] is 0: feature 0 is constant"):
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

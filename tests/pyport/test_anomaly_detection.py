"""pyport.anomaly_detection without Octave: hand values, plain-Python loops, scipy's densities, and
Octave's own figures (measured on Octave 7.3, quoted where used)."""

import math
import warnings

import numpy as np
import pytest
import scipy.stats

from pyport import estimate_gaussian, multivariate_gaussian, octave, select_threshold
from pyport._anomaly_octave import colon, det


# -- estimate_gaussian --------------------------------------------------------------------------------

def test_estimate_gaussian_hand_values():
    mu, sigma2 = estimate_gaussian(np.array([[1.0, 10.0], [2.0, 20.0], [6.0, 0.0]]))
    np.testing.assert_array_equal(mu, [3.0, 10.0])
    np.testing.assert_allclose(sigma2, [14 / 3, 200 / 3], rtol=1e-15)
    assert mu.shape == sigma2.shape == (2,)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_estimate_gaussian_is_a_sequential_loop_normalised_by_m(seed):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((50 + seed, 3)) * 10 + 3
    mu, sigma2 = estimate_gaussian(X)
    for j in range(X.shape[1]):  # one element after another, as Octave's sum (X, 1)
        s = 0.0
        for v in X[:, j]:
            s += v
        mean = s / X.shape[0]
        q = 0.0
        for v in X[:, j]:
            q += (v - mean) * (v - mean)
        assert mu[j] == mean and sigma2[j] == q / X.shape[0]
    np.testing.assert_allclose(sigma2, X.var(axis=0), rtol=1e-13)  # numpy's default ddof=0 is m


def test_estimate_gaussian_one_row_and_constant_columns():
    mu, sigma2 = estimate_gaussian(np.array([[4.0, -2.0, 7.0]]))
    np.testing.assert_array_equal(mu, [4.0, -2.0, 7.0])
    np.testing.assert_array_equal(sigma2, [0.0, 0.0, 0.0])
    _, s = estimate_gaussian(np.array([[0.5], [0.5], [0.5]]))
    assert s[0] == 0.0
    _, s = estimate_gaussian(np.array([[0.1], [0.1], [0.1]]))  # Octave: 1.9259e-34 (mean 0.1 + 1 ULP)
    assert 0 < s[0] < 1e-33


def test_estimate_gaussian_logical_and_nonfinite_silently():
    mu, sigma2 = estimate_gaussian(np.array([[True, False], [True, True]]))
    np.testing.assert_array_equal(np.c_[mu, sigma2], [[1.0, 0.0], [0.5, 0.25]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        mu, sigma2 = estimate_gaussian(np.array([[1.0, np.inf, np.nan], [2.0, 0.0, 1.0]]))
    assert mu[0] == 1.5 and mu[1] == np.inf and np.isnan(sigma2[1:]).all()


@pytest.mark.parametrize("X, message", [
    ("abc", 'estimate_gaussian: X must be a real numeric matrix, got "abc"'),
    (np.zeros((0, 3)), "estimate_gaussian: X must have at least one row and one column (X is 0x3)"),
    (np.ones(3), "estimate_gaussian: X must be a real numeric matrix, got a 1-D array of length 3"),
])
def test_estimate_gaussian_refusals_word_for_word(X, message):
    with pytest.raises(ValueError) as info:
        estimate_gaussian(X)
    assert str(info.value) == message


# -- multivariate_gaussian ----------------------------------------------------------------------------

def test_one_feature_is_the_normal_density():
    x = np.array([[-1.0], [0.0], [0.5], [3.0]])
    p = multivariate_gaussian(x, 0.5, 4.0)
    np.testing.assert_allclose(p, np.exp(-(x.ravel() - 0.5) ** 2 / 8) / math.sqrt(8 * math.pi), rtol=4e-16)
    assert p.shape == (4,)


def test_variances_are_a_product_of_densities_in_any_vector_form():
    rng = np.random.default_rng(4)
    X = rng.standard_normal((20, 3)) * 2
    mu, s2 = np.array([0.5, -1.0, 2.0]), np.array([2.0, 0.5, 3.0])
    p = multivariate_gaussian(X, mu, s2)
    np.testing.assert_allclose(p, np.prod(scipy.stats.norm.pdf(X, mu, np.sqrt(s2)), axis=1), rtol=1e-13)
    for m, s in ((mu.reshape(-1, 1), s2.reshape(-1, 1)), (mu.reshape(1, -1), s2.reshape(1, -1))):
        np.testing.assert_array_equal(multivariate_gaussian(X, m, s), p)
    np.testing.assert_allclose(multivariate_gaussian(X, mu, np.diag(s2)), p, rtol=1e-14)  # a full diagonal matrix


def test_a_covariance_matrix_against_scipy():
    rng = np.random.default_rng(5)
    A = rng.standard_normal((4, 4))
    S = A @ A.T + 0.5 * np.eye(4)
    X = rng.standard_normal((30, 4)) @ A.T
    mu = rng.standard_normal(4)
    np.testing.assert_allclose(multivariate_gaussian(X, mu, S), scipy.stats.multivariate_normal(mu, S).pdf(X),
                               rtol=1e-11)


def test_zero_and_nonfinite_variances_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_array_equal(multivariate_gaussian([[1.0, 2.0], [3.0, 4.0]], [1.0, 2.0], [0.0, 1.0]),
                                      [np.inf, np.inf])
        assert np.isnan(multivariate_gaussian([[1.0, 2.0]], [1.0, 2.0], [np.nan, 1.0])).all()
        assert multivariate_gaussian(np.zeros((0, 2)), [0.0, 0.0], [1.0, 1.0]).shape == (0,)


@pytest.mark.parametrize("args, message", [
    ((np.ones((1, 2)), [1.0, 2.0, 3.0], [1.0, 1.0]),
     "mu must be a vector of n means, one per column of X (X is 1x2, so n = 2; mu is a 1-D array of length 3)"),
    ((np.ones((1, 2)), np.eye(2), [1.0, 1.0]), "mu must be a vector of n means, one per column of X (X is 1x2, "
                                               "so n = 2; mu is 2x2)"),
    ((np.ones((1, 2)), [0.0, 0.0], "s"), 'Sigma2 must be a real numeric vector or matrix, got "s"'),
    ((np.ones((1, 2)), [0.0, 0.0], np.ones((2, 3))), "Sigma2 must be a vector of n variances or an n-by-n covariance "
                                                     "matrix (X is 1x2, so n = 2; Sigma2 is 2x3)"),
    ((np.ones((1, 2)), [0.0, 0.0], [1.0, -1.0]), "Sigma2 must hold variances, none negative, but its 2nd element is -1"),
    ((np.ones((1, 2)), [0.0, 0.0], [[1.0, 2.0], [2.0, 1.0]]),
     "Sigma2 must be a covariance matrix, but its determinant is negative (-3)"),
    ((np.zeros((3, 0)), [], []), "X must have at least one column (X is 3x0)"),
])
def test_multivariate_gaussian_refusals_word_for_word(args, message):
    with pytest.raises(ValueError) as info:
        multivariate_gaussian(*args)
    assert str(info.value) == f"multivariate_gaussian: {message}"


# -- Octave's det and colon ---------------------------------------------------------------------------

def test_det_takes_octaves_paths():
    # Octave 7.3: det ([4 2; 2 3]) is 8.0000000000000018 (Cholesky: (2 * sqrt (2))^2), not LU's 8
    assert det(np.array([[4.0, 2.0], [2.0, 3.0]])) == 8.0000000000000018
    assert det(np.array([[1.0, 2.0], [2.0, 4.0]])) == 0.0  # LU meets an exact 0 pivot
    assert det(np.array([[0.0, 1.0], [1.0, 0.0]])) == -1.0  # one row swap
    assert det(np.array([[2.0, 0.3], [0.0, 1.5]])) == 3.0  # triangular: the diagonal's product
    # scaled as liboctave's base_det: no intermediate overflow (Octave: 1, and Inf for 1e200 thrice)
    assert det(np.diag([1e200, 1e200, 1e-200, 1e-200])) == 1.0
    assert det(np.diag([1e200] * 3)) == math.inf
    rng = np.random.default_rng(6)
    for n in (3, 5, 8):
        A = rng.standard_normal((n, n))
        assert det(A) == pytest.approx(np.linalg.det(A), rel=1e-12)


def test_colon_is_octaves_range():
    r = colon(0.1, 0.6 / 1000, 0.7)
    assert r.size == 1001 and r[0] == 0.1 and r[-1] == 0.7
    np.testing.assert_array_equal(r[:-1], 0.1 + np.arange(1000.0) * (0.6 / 1000))  # base + i*inc, no running sum
    np.testing.assert_array_equal(colon(1.8, 0.05, 1.9), [1.8, 1.85, 1.9])  # Range.cc's own example
    assert colon(0.2, 0.0, 0.2).size == 0
    assert np.isnan(colon(0.1, math.inf, math.inf)).all() and colon(0.1, math.inf, math.inf).size == 1
    assert np.isnan(colon(math.nan, math.nan, math.nan)).all()
    np.testing.assert_array_equal(colon(0.0, 1.0, 1000.0), np.arange(1001.0))


# -- select_threshold ---------------------------------------------------------------------------------

def test_select_threshold_finds_the_first_best():
    pval = np.array([0.5, 0.01, 0.4, 0.02, 0.3, 0.6])
    e, f1 = select_threshold([0, 1, 0, 1, 0, 0], pval)
    assert f1 == 1.0 and e == 0.01 + 17 * ((0.6 - 0.01) / 1000)
    assert type(e) is float and type(f1) is float


def test_select_threshold_f1_from_precision_and_recall():
    e, f1 = select_threshold(np.array([False, True, False, True]), [0.3, 0.2, 0.9, 0.5])
    assert f1 == pytest.approx(2 * (2 / 3) / (2 / 3 + 1), abs=1e-16)
    assert 0.5 < e <= 0.5 + 0.0007


def loop_threshold(yval, pval):
    """The search as the exercise describes it, in plain Python, over Octave's thresholds."""
    seen = [p for p in pval if p == p]
    lo, hi = min(seen), max(seen)
    best = (0.0, 0.0)
    for eps in colon(lo, (hi - lo) / 1000, hi):
        tp = sum(1 for y, p in zip(yval, pval) if p < eps and y)
        fp = sum(1 for y, p in zip(yval, pval) if p < eps and not y)
        fn = sum(1 for y, p in zip(yval, pval) if not p < eps and y)
        if tp == 0:
            continue  # precision or recall 0 or 0/0: F1 0 or NaN, never greater
        prec, rec = tp / (tp + fp), tp / (tp + fn)
        f1 = 2 * prec * rec / (prec + rec)
        if f1 > best[1]:
            best = (float(eps), f1)
    return best


@pytest.mark.parametrize("seed", range(5))
def test_select_threshold_against_a_loop(seed):
    rng = np.random.default_rng(seed)
    yval = rng.random(80) < 0.15
    pval = np.exp(-rng.gamma(2.0, 2.0, 80) - 4.0 * yval * rng.random(80))
    assert select_threshold(yval, pval) == loop_threshold(yval.tolist(), pval.tolist())


def test_select_threshold_nothing_to_find_gives_zeros_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert select_threshold([0, 0, 0], [0.1, 0.2, 0.3]) == (0.0, 0.0)
        assert select_threshold([1, 0, 0], [0.2, 0.2, 0.2]) == (0.0, 0.0)
        assert select_threshold([1, 0], [np.nan, np.nan]) == (0.0, 0.0)
        assert select_threshold([1, 0], [0.1, np.inf]) == (0.0, 0.0)
    e, f1 = select_threshold([1, 0, 1, 0], [0.1, np.nan, np.nan, 0.9])
    assert f1 == pytest.approx(2 / 3, abs=1e-16) and e == 0.1 + 0.8 / 1000


@pytest.mark.parametrize("args, message", [
    (([0, 1, 2], [1.0, 2.0, 3.0]), "yval must hold labels 0 and 1 only, but its 3rd element is 2"),
    (([np.nan, 1], [1.0, 2.0]), "yval must hold labels 0 and 1 only, but its 1st element is nan"),
    ((np.eye(2), [1.0, 2.0, 3.0, 4.0]), "yval must be a real numeric vector, got an array of size 2x2"),
    (([0, 1], "p"), 'pval must be a real numeric vector, got "p"'),
    ((np.zeros((3, 1)), np.ones((1, 2))), "pval must have as many elements as yval (yval is 3x1; pval is 1x2)"),
    (([0, 1], [0.0, 1.7976931348623157e308]),
     "pval spans too wide a range for 1000 steps (max (pval) - min (pval) is 1.79769e+308)"),
])
def test_select_threshold_refusals_word_for_word(args, message):
    with pytest.raises(ValueError) as info:
        select_threshold(*args)
    assert str(info.value) == f"select_threshold: {message}"


def test_octave_sum_is_what_the_sums_use():
    X = np.full((10, 1), 0.1)
    assert estimate_gaussian(X).mu[0] == octave.mean(X)[0, 0] != 0.1

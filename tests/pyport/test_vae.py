"""pyport.vae_kl_gradient without Octave: hand values, outer products written out, central differences."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from pyport import vae_kl_gradient

RNG = np.random.default_rng(20240611)


def loop_kl(X, Wm, bm, Wl, bl):
    """KL with plain Python loops over samples and latent units."""
    total = 0.0
    for x in np.atleast_2d(X):
        for j in range(len(Wm)):
            mu = sum(Wm[j][k] * x[k] for k in range(len(x))) + bm[j]
            lv = sum(Wl[j][k] * x[k] for k in range(len(x))) + bl[j]
            total += -0.5 * (1 + lv - mu * mu - math.exp(lv))
    return total


def layer(out, d, scale=0.05):
    return (RNG.normal(scale=scale, size=(out, d)), RNG.normal(scale=scale, size=out),
            RNG.normal(scale=scale, size=(out, d)), RNG.normal(scale=scale, size=out))


def test_prior_gives_zero_kl_and_zero_gradients():
    r = vae_kl_gradient(np.ones((3, 4)), np.zeros((2, 4)), np.zeros((2, 1)), np.zeros((2, 4)), np.zeros((2, 1)))
    assert r.KL == 0
    assert [g.shape for g in r[1:]] == [(2, 4), (2, 1), (2, 4), (2, 1)]
    for g in r[1:]:
        assert np.all(g == 0)


def test_one_sample_by_hand():
    # mu = 1*1 + 0*2 + 1 = 2, logvar = 0: KL = -0.5 * (1 + 0 - 4 - 1) = 2
    r = vae_kl_gradient(np.array([[1.0, 2.0]]), np.array([[1.0, 0.0]]), np.array([1.0]),
                        np.zeros((1, 2)), np.zeros(1))
    assert r.KL == pytest.approx(2.0, rel=1e-15)
    np.testing.assert_allclose(r.dW_mu, [[2.0, 4.0]], rtol=1e-15)
    np.testing.assert_allclose(r.db_mu, [2.0], rtol=1e-15)
    np.testing.assert_array_equal(r.dW_logvar, [[0.0, 0.0]])
    np.testing.assert_array_equal(r.db_logvar, [0.0])


@pytest.mark.parametrize("sample_shape", [(1, 400), (400,)])
def test_20x400_layer_gradient_is_an_outer_product(sample_shape):
    Wm, bm, Wl, bl = layer(20, 400)
    x = RNG.normal(size=400)
    # mu and logvar, one latent unit at a time
    mu = np.array([math.fsum(Wm[j] * x) + bm[j] for j in range(20)])
    lv = np.array([math.fsum(Wl[j] * x) + bl[j] for j in range(20)])
    r = vae_kl_gradient(x.reshape(sample_shape), Wm, bm, Wl, bl)
    assert r.dW_mu.shape == (20, 400) and r.dW_logvar.shape == (20, 400)
    np.testing.assert_allclose(r.dW_mu, np.outer(mu, x), rtol=1e-10, atol=1e-13)
    np.testing.assert_allclose(r.dW_logvar, np.outer((np.exp(lv) - 1) / 2, x), rtol=1e-10, atol=1e-13)
    np.testing.assert_allclose(r.db_mu, mu, rtol=1e-10, atol=1e-13)
    np.testing.assert_allclose(r.db_logvar, (np.exp(lv) - 1) / 2, rtol=1e-10, atol=1e-13)
    assert r.KL == pytest.approx(loop_kl(x, Wm, bm, Wl, bl), rel=1e-10)


def test_batch_gradient_is_the_sum_of_per_sample_outer_products():
    Wm, bm, Wl, bl = layer(20, 400)
    X = RNG.normal(size=(16, 400))
    r = vae_kl_gradient(X, Wm, bm, Wl, bl)
    singles = [vae_kl_gradient(X[i], Wm, bm, Wl, bl) for i in range(16)]
    for field in ("dW_mu", "db_mu", "dW_logvar", "db_logvar"):
        summed = sum(getattr(s, field) for s in singles)
        np.testing.assert_allclose(getattr(r, field), summed, rtol=1e-12, atol=1e-12 * np.abs(summed).max())
    assert r.KL == pytest.approx(sum(s.KL for s in singles), rel=1e-12)


def test_every_gradient_matches_central_differences():
    X = RNG.normal(size=(3, 4))
    Wm, bm, Wl, bl = (RNG.normal(scale=0.5, size=s) for s in [(2, 4), 2, (2, 4), 2])
    r = vae_kl_gradient(X, Wm, bm, Wl, bl)
    params = [Wm, bm, Wl, bl]
    e = 1e-5
    for p, analytic in zip(range(4), (r.dW_mu, r.db_mu, r.dW_logvar, r.db_logvar)):
        num = np.zeros_like(params[p])
        for idx in np.ndindex(params[p].shape):
            plus = [q.copy() for q in params]
            minus = [q.copy() for q in params]
            plus[p][idx] += e
            minus[p][idx] -= e
            num[idx] = (loop_kl(X, *plus) - loop_kl(X, *minus)) / (2 * e)
        np.testing.assert_allclose(analytic, num, rtol=1e-7, atol=1e-8)


finite = st.floats(-3, 3, allow_nan=False, allow_infinity=False)


@settings(derandomize=True, max_examples=50, deadline=None)
@given(X=arrays(np.float64, (2, 3), elements=finite), Wm=arrays(np.float64, (2, 3), elements=finite),
       bm=arrays(np.float64, 2, elements=finite), Wl=arrays(np.float64, (2, 3), elements=finite),
       bl=arrays(np.float64, 2, elements=finite))
def test_kl_is_never_negative(X, Wm, bm, Wl, bl):
    # 1 + t - exp(t) <= 0 for every t, and -mu^2 <= 0
    KL = vae_kl_gradient(X, Wm, bm, Wl, bl).KL
    assert KL >= 0
    assert KL == pytest.approx(loop_kl(X, Wm, bm, Wl, bl), rel=1e-9, abs=1e-9)


def test_bias_form_is_kept():
    X, Wm, Wl = np.ones((2, 3)), np.full((2, 3), 0.1), np.full((2, 3), -0.1)
    r = vae_kl_gradient(X, Wm, np.array([0.1, 0.2]), Wl, np.array([[0.3], [0.4]]))
    assert r.db_mu.shape == (2,) and r.db_logvar.shape == (2, 1)
    r = vae_kl_gradient(X, Wm, np.array([[0.1], [0.2]]), Wl, np.array([0.3, 0.4]))
    assert r.db_mu.shape == (2, 1) and r.db_logvar.shape == (2,)


def test_one_dimensional_X_is_one_sample():
    Wm, bm, Wl, bl = layer(3, 5, scale=0.3)
    x = RNG.normal(size=5)
    a, b = vae_kl_gradient(x, Wm, bm, Wl, bl), vae_kl_gradient(x.reshape(1, 5), Wm, bm, Wl, bl)
    assert a.KL == b.KL
    for u, v in zip(a[1:], b[1:]):
        np.testing.assert_array_equal(u, v)
    assert a.KL == pytest.approx(loop_kl(x, Wm, bm, Wl, bl), rel=1e-12)


@pytest.mark.parametrize("args", [
    (np.ones((2, 3)), np.ones((2, 2)), np.ones(2), np.ones((2, 2)), np.ones(2)),            # W_mu columns
    (np.ones((2, 3)), np.ones((2, 3)), np.ones(2), np.ones((3, 3)), np.ones(2)),            # W_logvar shape
    (np.ones((2, 3)), np.ones((2, 3)), np.ones(3), np.ones((2, 3)), np.ones(2)),            # b_mu length
    (np.ones((2, 3)), np.ones((2, 3)), np.ones(2), np.ones((2, 3)), np.ones((3, 1))),       # b_logvar length
    (np.ones((2, 3)), np.ones((2, 3)), np.ones((1, 2)), np.ones((2, 3)), np.ones(2)),       # b_mu a row
    (np.ones((2, 3)), np.ones((2, 3)), np.ones(2), np.ones((2, 3)), np.ones((1, 2))),       # b_logvar a row
    (np.ones((2, 3)) + 1j, np.ones((2, 3)), np.ones(2), np.ones((2, 3)), np.ones(2)),       # complex X
], ids=["W_mu-cols", "W_logvar-shape", "b_mu-len", "b_logvar-len", "b_mu-row", "b_logvar-row", "complex-X"])
def test_errors(args):
    with pytest.raises(ValueError, match=r"^vae_kl_gradient:"):
        vae_kl_gradient(*args)

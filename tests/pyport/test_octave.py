"""pyport._octave without Octave: sequential sums, Octave's mean/std/pinv against plain references, and the
complex-aware min/max/sqrt and the correctly summed square that fmincg leans on."""

import math

import numpy as np
import pytest

from pyport import _octave


def loop_sum(values):
    """Octave's sum: one element after another."""
    acc = 0.0
    for v in values:
        acc += float(v)
    return acc


# ---------------------------------------------------------------- first_nonsingleton, seq_sum, mean, std, pinv

def test_first_nonsingleton():
    assert _octave.first_nonsingleton((3, 2)) == 0
    assert _octave.first_nonsingleton((1, 4)) == 1
    assert _octave.first_nonsingleton((1, 1)) == 0
    assert _octave.first_nonsingleton((3, 1)) == 0


def test_seq_sum_cancellation_by_hand():
    # one after another: 1e100 + 1 = 1e100, - 1e100 = 0, then five ones: 5 (exact sum 6; a pairwise
    # sum with eight accumulators gives (1e100 + 1) + (-1e100 + 1) + 4 = 4)
    a = np.array([1e100, 1.0, -1e100, 1.0, 1.0, 1.0, 1.0, 1.0])
    assert _octave.seq_sum(a, 0)[0] == 5.0 == loop_sum(a)
    # reversed: five ones, then -1e100 swallows them, + 1 is lost, + 1e100: 0
    assert _octave.seq_sum(a[::-1].copy(), 0)[0] == loop_sum(a[::-1]) == 0.0


def test_seq_sum_differs_from_pairwise_and_matches_loop():
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 1, size=10_000)
    seq = loop_sum(a)
    assert np.sum(a) != seq  # precondition: numpy's pairwise sum rounds otherwise here
    out = _octave.seq_sum(a, 0)
    assert out.shape == (1,)
    assert out[0] == seq
    tenths = np.full(1000, 0.1)
    assert np.sum(tenths) != loop_sum(tenths)
    assert _octave.seq_sum(tenths, 0)[0] == loop_sum(tenths)


def test_seq_sum_along_each_axis_of_a_matrix():
    rng = np.random.default_rng(1)
    A = rng.normal(size=(300, 3)) * 10.0 ** rng.integers(-8, 8, size=(300, 3))
    down = _octave.seq_sum(A, 0)
    assert down.shape == (1, 3)
    assert [down[0, j] for j in range(3)] == [loop_sum(A[:, j]) for j in range(3)]
    At = np.ascontiguousarray(A.T)  # rows contiguous: here numpy's own sum goes pairwise
    across = _octave.seq_sum(At, 1)
    assert across.shape == (3, 1)
    assert [across[j, 0] for j in range(3)] == [loop_sum(A[:, j]) for j in range(3)]
    assert np.sum(At, axis=1).tolist() != across.ravel().tolist()  # the discriminating case


def test_seq_sum_empty_axis():
    out = _octave.seq_sum(np.zeros((0, 3)), 0)
    assert out.shape == (1, 3) and (out == 0).all()


def test_mean_along_first_nonsingleton():
    np.testing.assert_array_equal(_octave.mean(np.array([[1.0, 10.0], [2.0, 20.0], [6.0, 0.0]])),
                                  [[3.0, 10.0]])
    row = _octave.mean(np.array([[1.0, 2.0, 6.0]]))
    assert row.shape == (1, 1) and row[0, 0] == 3.0
    col = _octave.mean(np.array([[4.0], [8.0]]))
    assert col.shape == (1, 1) and col[0, 0] == 6.0
    one = _octave.mean(np.array([[5.0]]))
    assert one.shape == (1, 1) and one[0, 0] == 5.0


def test_mean_is_sequential_sum_over_n():
    rng = np.random.default_rng(2)
    x = rng.uniform(0, 1, size=(5000, 1))
    assert _octave.mean(x)[0, 0] == loop_sum(x[:, 0]) / 5000


def test_std_along_first_nonsingleton_with_n_minus_one():
    s = _octave.std(np.array([[0.0, 1.0], [2.0, 1.0]]))
    assert s.shape == (1, 2)
    assert s[0, 0] == pytest.approx(np.sqrt(2), rel=1e-15) and s[0, 1] == 0.0
    r = _octave.std(np.array([[1.0, 2.0, 3.0]]))
    assert r.shape == (1, 1) and r[0, 0] == 1.0
    rng = np.random.default_rng(3)
    X = rng.normal(size=(20, 3))
    np.testing.assert_allclose(_octave.std(X), np.std(X, axis=0, ddof=1, keepdims=True), rtol=1e-13)
    np.testing.assert_allclose(_octave.std(X[:1].copy()), [[np.std(X[0], ddof=1)]], rtol=1e-13)


@pytest.mark.parametrize("value,expected", [(5.0, 0.0), (-0.0, 0.0), (np.nan, np.nan),
                                            (np.inf, np.nan), (-np.inf, np.nan)])
def test_std_of_single_element(value, expected):
    s = _octave.std(np.array([[value]]))
    assert s.shape == (1, 1)
    np.testing.assert_array_equal(s, [[expected]])


def test_std_nan_or_inf_in_column():
    with np.errstate(invalid="ignore"):  # Inf - Inf, as in Octave
        s = _octave.std(np.array([[1.0, np.nan], [2.0, 1.0], [3.0, 2.0]]))
        assert s[0, 0] == 1.0 and np.isnan(s[0, 1])
        assert np.isnan(_octave.std(np.array([[1.0], [np.inf]]))[0, 0])


@pytest.mark.parametrize("shape", [(5, 3), (3, 5), (4, 4), (1, 3), (6, 1)])
def test_pinv_matches_numpy_on_well_conditioned(shape):
    rng = np.random.default_rng(sum(shape))
    A = rng.normal(size=shape) + 3 * np.eye(*shape)
    assert np.linalg.cond(A) < 100
    P = _octave.pinv(A)
    assert P.shape == shape[::-1]
    np.testing.assert_allclose(P, np.linalg.pinv(A), rtol=0, atol=1e-12)


def test_pinv_by_hand():
    np.testing.assert_allclose(_octave.pinv(np.ones((2, 2))), np.full((2, 2), 0.25), atol=1e-15)
    np.testing.assert_allclose(_octave.pinv(np.array([[2.0, 0.0], [0.0, 0.0]])),
                               [[0.5, 0.0], [0.0, 0.0]], atol=1e-15)
    np.testing.assert_allclose(_octave.pinv(np.array([[1.0, 2.0]])), [[0.2], [0.4]], atol=1e-15)


@pytest.mark.parametrize("shape", [(2, 3), (3, 2), (1, 1)])
def test_pinv_zero_matrix(shape):
    P = _octave.pinv(np.zeros(shape))
    assert P.shape == shape[::-1]
    np.testing.assert_array_equal(P, np.zeros(shape[::-1]))


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_pinv_nonfinite_gives_all_nan(bad):
    A = np.arange(6.0).reshape(2, 3)
    A[1, 2] = bad
    P = _octave.pinv(A)
    assert P.shape == (3, 2)
    assert np.isnan(P).all()


# ---------------------------------------------------------------- omax, omin, narrow, osqrt, xtx (fmincg's)

def test_complex_min_max_by_magnitude_first_wins_tie():
    assert _octave.omax(1j, -1) == 1j and isinstance(_octave.omax(1j, -1), complex)
    assert _octave.omax(-1, 1j) == -1 and not isinstance(_octave.omax(-1, 1j), complex)
    assert _octave.omin(1j, -1) == 1j and isinstance(_octave.omin(1j, -1), complex)
    assert _octave.omin(-1, 1j) == -1 and not isinstance(_octave.omin(-1, 1j), complex)
    assert _octave.omax(3j, -2) == 3j and _octave.omin(3j, -2) == -2
    assert _octave.omin(0.5 + 0.5j, -5) == 0.5 + 0.5j


def test_zero_imaginary_part_narrows_to_real():
    for value in (_octave.omax(3 + 0j, 1), _octave.omin(3j, 2 - 0j), _octave.omax(1j, 2.0),
                  _octave.narrow(complex(2.5, 0.0))):
        assert type(value) is float
    assert _octave.omax(3 + 0j, 1) == 3.0 and _octave.omin(3j, 2 - 0j) == 2.0 and _octave.omax(1j, 2.0) == 2.0
    assert _octave.narrow(1 + 1e-300j) == 1 + 1e-300j


def test_real_min_max_ignore_nan():
    nan = float("nan")
    assert _octave.omin(100, nan) == 100 and _octave.omin(nan, 100) == 100
    assert _octave.omax(nan, 3) == 3 and _octave.omax(3, nan) == 3
    assert math.isnan(_octave.omax(nan, nan)) and math.isnan(_octave.omin(nan, nan))
    assert _octave.omax(-2.0, 5.0) == 5.0 and _octave.omin(-2.0, 5.0) == -2.0


def test_osqrt():
    assert _octave.osqrt(-4) == 2j and isinstance(_octave.osqrt(-4), complex)
    assert _octave.osqrt(4) == 2.0 and type(_octave.osqrt(4)) is float
    assert _octave.osqrt(0.0) == 0.0


@pytest.mark.parametrize("n", [1, 2, 15, 16, 17, 100, 1000])
def test_xtx_is_a_correctly_summed_square(n):
    rng = np.random.default_rng(n)
    x = rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, size=n)
    exact = math.fsum(v * v for v in x.tolist())
    got = _octave.xtx(x)
    assert type(got) is np.float64
    assert got == pytest.approx(exact, rel=1e-15)
    assert _octave.xtx(x.reshape(-1, 1)) == got

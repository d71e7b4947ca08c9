"""pyport.kmeans without Octave (but for the last tests, marked octave): plain-Python loops, hand
values, the forms of idx, the refusals word for word."""

import warnings

import numpy as np
import pytest

from pyport import KMeansResult, compute_centroids, find_closest_centroids, k_means_init_centroids, runk_means


def loop_closest(X, C):
    """The first centroid at the least squared distance, NaN distances passed over (0 if all NaN)."""
    out = []
    for x in X:
        best, at = None, 0
        for k, c in enumerate(C):
            d = 0.0
            for a, b in zip(x, c):
                d += (a - b) * (a - b)
            if d == d and (best is None or d < best):
                best, at = d, k
        out.append(at)
    return out


def loop_means(X, idx, K):
    out = []
    for k in range(K):
        rows = [x for x, i in zip(X, idx) if i == k]
        if not rows:
            out.append([float("nan")] * len(X[0]))
            continue
        sums = [0.0] * len(X[0])
        for r in rows:
            sums = [s + v for s, v in zip(sums, r)]
        out.append([s / len(rows) for s in sums])
    return out


@pytest.fixture(autouse=True)
def no_runtime_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        yield


# -- find_closest_centroids -------------------------------------------------------------------------
def test_the_courses_first_three_points():
    """ex7 publishes 1, 3, 2 for its first three points and centroids [3 3; 6 2; 8 5]: 0, 2, 1 here."""
    X = np.array([[1.84, 4.61], [5.66, 4.80], [6.35, 3.29]])
    idx = find_closest_centroids(X, np.array([[3.0, 3.0], [6.0, 2.0], [8.0, 5.0]]))
    np.testing.assert_array_equal(idx, [0, 2, 1], strict=True)
    assert idx.dtype == np.intp and idx.shape == (3,)


@pytest.mark.parametrize("seed", range(5))
def test_closest_against_a_loop(seed):
    rng = np.random.default_rng(seed)
    m, n, K = 40 + seed, 1 + seed, 2 + seed
    X, C = rng.standard_normal((m, n)), rng.standard_normal((K, n))
    np.testing.assert_array_equal(find_closest_centroids(X, C), loop_closest(X.tolist(), C.tolist()))


def test_closest_ties_and_nonfinite_go_as_octaves_min():
    ints = np.random.default_rng(1).integers(-3, 4, (80, 2)).astype(float)
    C = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [2.0, 0.0]])
    np.testing.assert_array_equal(find_closest_centroids(ints, C), loop_closest(ints.tolist(), C.tolist()))
    assert 3 not in find_closest_centroids(ints, C)  # a duplicate centroid never wins a tie
    np.testing.assert_array_equal(find_closest_centroids([[0.0, 0.0]], [[1.0, 0.0], [-1.0, 0.0]]), [0])
    np.testing.assert_array_equal(find_closest_centroids(np.array([[np.nan, 0.0], [0.0, 0.0]]), [[1.0, 1.0], [0.0, 0.0]]), [0, 1])
    np.testing.assert_array_equal(find_closest_centroids([[0.0, 0.0]], [[np.nan, 0.0], [5.0, 5.0]]), [1])
    np.testing.assert_array_equal(find_closest_centroids([[np.inf, 0.0]], [[1.0, 1.0], [0.0, 0.0]]), [0])
    np.testing.assert_array_equal(find_closest_centroids([[0.0, 0.0]], [[np.nan, 0.0], [np.inf, 0.0]]), [1])


def test_closest_takes_numbers_of_any_class():
    X, C = np.array([[1, 2], [3, 4], [-1, 0]]), np.array([[0, 0], [3, 3]])
    want = find_closest_centroids(X.astype(float), C.astype(float))
    np.testing.assert_array_equal(find_closest_centroids(X.astype(np.int8), C.astype(np.float32)), want)
    np.testing.assert_array_equal(find_closest_centroids(np.array([[True, False], [False, True]]), np.eye(2)), [0, 1])
    np.testing.assert_array_equal(find_closest_centroids(5.0, 4.0), [0])  # a number is a 1-by-1


# -- compute_centroids ------------------------------------------------------------------------------
def test_centroids_are_means_and_empty_ones_nan():
    X = np.array([[1.0, 2.0], [3.0, 4.0], [10.0, 10.0], [12.0, 8.0], [5.0, -1.0]])
    np.testing.assert_array_equal(compute_centroids(X, [0, 0, 1, 1, 2], 3), [[2, 3], [11, 9], [5, -1]])
    got = compute_centroids(np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), [2, 2], 3)
    np.testing.assert_array_equal(got, [[np.nan] * 3, [np.nan] * 3, [2.5, 3.5, 4.5]])
    np.testing.assert_array_equal(compute_centroids([[7.0, 8.0]], [0], 1), [[7.0, 8.0]])


@pytest.mark.parametrize("seed", range(4))
def test_centroids_against_a_loop_bit_for_bit(seed):
    rng = np.random.default_rng(seed)
    m, n, K = 200, 3, 6
    X, idx = rng.standard_normal((m, n)) * 10, rng.integers(0, K, m)
    got = compute_centroids(X, idx, K)
    np.testing.assert_array_equal(got, loop_means(X.tolist(), idx.tolist(), K))  # sequential sums: exactly


def test_idx_forms():
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    want = compute_centroids(X, np.array([0, 1, 0], dtype=np.intp), 2)
    for idx in ([0, 1, 0], [[0], [1], [0]], np.array([0.0, 1.0, 0.0]), np.array([[0], [1], [0]], dtype=np.int8)):
        np.testing.assert_array_equal(compute_centroids(X, idx, 2), want)
    np.testing.assert_array_equal(compute_centroids(X, np.array([True, False, True]), 2), [[3, 4], [3, 4]])
    np.testing.assert_array_equal(compute_centroids(X.astype(np.float32), [0, 1, 0], np.int64(2)), want)


def test_find_then_compute_gives_points_on_the_centroids_back():
    C = np.array([[0.0, 0.0], [4.0, 4.0], [-3.0, 5.0]])
    X = np.vstack([C, C, C])
    np.testing.assert_array_equal(compute_centroids(X, find_closest_centroids(X, C), 3), C)


# -- runk_means ------------------------------------------------------------------------------------
def test_run_is_the_two_steps_repeated():
    rng = np.random.default_rng(7)
    X = np.vstack([rng.standard_normal((30, 2)) + c for c in ([0, 0], [6, 0], [0, 6])])
    C0 = X[[0, 1, 2]]
    out = runk_means(X, C0, 4)
    assert isinstance(out, KMeansResult) and out.idx.dtype == np.intp and out.idx.shape == (90,)
    C = C0
    for _ in range(4):
        idx = find_closest_centroids(X, C)
        C = compute_centroids(X, idx, 3)
    np.testing.assert_array_equal(out.centroids, C)
    np.testing.assert_array_equal(out.idx, idx)
    # one step apart: idx is the assignment the last centroids were computed from
    np.testing.assert_array_equal(compute_centroids(X, out.idx, 3), out.centroids)


def test_run_finds_two_groups_and_accepts_plot_progress():
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [10.0, 10.0], [10.0, 11.0], [11.0, 10.0]])
    C, idx = runk_means(X, np.array([[0.0, 0.0], [1.0, 0.0]]), 10, True)
    np.testing.assert_array_equal(idx, [0, 0, 0, 1, 1, 1])
    np.testing.assert_allclose(C, [[1 / 3, 1 / 3], [31 / 3, 31 / 3]], rtol=0, atol=1e-14)
    C2, idx2 = runk_means(X, np.array([[0.0, 0.0], [1.0, 0.0]]), 10)
    np.testing.assert_array_equal(C2, C)


def test_run_a_centroid_that_loses_its_rows_is_nan():
    C, idx = runk_means(np.array([[0.0, 0.0], [1.0, 1.0]]), np.array([[0.0, 0.0], [100.0, 100.0], [0.9, 0.9]]), 3)
    np.testing.assert_array_equal(idx, [0, 2])
    assert np.isnan(C[1]).all()


# -- k_means_init_centroids -------------------------------------------------------------------------
def test_init_with_given_draws():
    X = np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0], [4.0, 4.0]])
    np.testing.assert_array_equal(k_means_init_centroids(X, 2, [2, 0, 3, 1]), [[3, 3], [1, 1]])
    np.testing.assert_array_equal(k_means_init_centroids(X, 3, np.array([[3], [1], [0]])), [[4, 4], [2, 2], [1, 1]])
    np.testing.assert_array_equal(k_means_init_centroids(X, 1, np.array([[2.0, 9.0]])), [[3, 3]])  # only the first K are read
    C = k_means_init_centroids(X, 2, [0, 1, 2, 3])
    C[0, 0] = 99.0
    assert X[0, 0] == 1.0  # a copy


def test_init_drawn():
    X = np.arange(40.0).reshape(20, 2)
    C = k_means_init_centroids(X, 5, rng=np.random.default_rng(3))
    np.testing.assert_array_equal(C, X[np.random.default_rng(3).permutation(20)[:5]])
    np.testing.assert_array_equal(C, k_means_init_centroids(X, 5, rng=3))
    assert len({tuple(r) for r in C}) == 5
    assert k_means_init_centroids(X, 20).shape == (20, 2)


# -- refusals, word for word ------------------------------------------------------------------------
@pytest.mark.parametrize("call, message", [
    (lambda: find_closest_centroids(np.ones((3, 2)), np.ones((2, 3))),
     "find_closest_centroids: centroids must have one column for each column of X (X is 3x2, centroids is 2x3)"),
    (lambda: find_closest_centroids("a", 1), 'find_closest_centroids: X must be a real numeric matrix, got "a"'),
    (lambda: find_closest_centroids(np.ones((3, 2)), np.zeros((0, 2))),
     "find_closest_centroids: centroids must have at least one row and one column (centroids is 0x2)"),
    (lambda: compute_centroids(np.ones((3, 2)), [0, 0, 0], 0), "compute_centroids: K must be a positive integer, got 0"),
    (lambda: compute_centroids(np.ones((3, 2)), [[0, 0, 0]], 2),
     "compute_centroids: idx must be an m-by-1 column (X is 3x2, so m = 3; idx is 1x3)"),
    (lambda: compute_centroids(np.ones((3, 2)), [0, 2, 0], 2),
     "compute_centroids: idx must be the index of one of the K = 2 centroids in each element, but its 2nd element is not"),
    (lambda: compute_centroids(np.ones((3, 2)), [0, 1, 0.5], 2),
     "compute_centroids: idx must be the index of one of the K = 2 centroids in each element, but its 3rd element is not"),
    (lambda: compute_centroids(np.ones((3, 2)), [np.nan, 1, 0], 2),
     "compute_centroids: idx must be the index of one of the K = 2 centroids in each element, but its 1st element is not"),
    (lambda: compute_centroids(np.ones((3, 2)), [0, -1, 0], 2),
     "compute_centroids: idx must be the index of one of the K = 2 centroids in each element, but its 2nd element is not"),
    (lambda: compute_centroids(np.ones((3, 2)), [0, 0, 0], 1e10),
     "compute_centroids: K is too large (1e+10): centroids would have 2e+10 elements, more than 2^31-1"),
    (lambda: runk_means(np.ones((3, 2)), np.ones((2, 2)), 0), "runk_means: max_iters must be a positive integer, got 0"),
    (lambda: runk_means(np.ones((3, 2)), np.ones((2, 2)), 1e20),
     "runk_means: max_iters is too large (1e+20): more than 2^31-1 iterations"),
    (lambda: runk_means(np.ones((3, 2)), np.ones((2, 3)), 1),
     "runk_means: initial_centroids must have one column for each column of X (X is 3x2, initial_centroids is 2x3)"),
    (lambda: runk_means(np.ones((3, 2)), np.ones((2, 2)), 1, "yes"),
     'runk_means: plot_progress must be a real scalar, got "yes"'),
    (lambda: k_means_init_centroids(np.ones((3, 2)), 0), "k_means_init_centroids: K must be a positive integer, got 0"),
    (lambda: k_means_init_centroids(np.ones((3, 2)), 4),
     "k_means_init_centroids: K must be at most the number of rows of X (X is 3x2), got 4"),
    (lambda: k_means_init_centroids(np.ones((3, 2)), 2, 1),
     "k_means_init_centroids: randidx must be a vector of at least K = 2 elements (randidx is 1x1)"),
    (lambda: k_means_init_centroids(np.ones((3, 2)), 1, "a"),
     'k_means_init_centroids: randidx must be a real numeric vector, got "a"'),
    (lambda: k_means_init_centroids(np.ones((3, 2)), 2, [0, 3, 1]),
     "k_means_init_centroids: randidx must hold row indices of X (X is 3x2), but its 2nd element is not one"),
    (lambda: k_means_init_centroids(np.ones((3, 2)), 3, [1, 0, 1]),
     "k_means_init_centroids: randidx must not repeat a row among its first K = 3 elements, but its 3rd element does"),
    (lambda: k_means_init_centroids(np.ones((3, 2)), 2, np.ones((2, 2))),
     "k_means_init_centroids: randidx must be a vector of at least K = 2 elements (randidx is 2x2)"),
])
def test_refusals(call, message):
    with pytest.raises(ValueError) as info:
        call()
    assert str(info.value) == message


# -- against Octave --------------------------------------------------------------------------------
@pytest.mark.octave
def test_octave_gives_the_same_indices_plus_one(octave):
    from crosscheck.session import Call  # noqa: PLC0415

    rng = np.random.default_rng(11)
    X = rng.standard_normal((60, 3))
    C0 = X[[5, 17, 40]]
    idx = find_closest_centroids(X, C0)
    C, run_idx = runk_means(X, C0, 6)
    closest, run = octave.call_many([Call(function="findClosestCentroids", args=(X, C0), nout=1),
                                          Call(function="runkMeans", args=(X, C0, 6.0), nout=2)])
    np.testing.assert_array_equal(np.asarray(closest.outputs[0]).ravel(), idx + 1)
    np.testing.assert_array_equal(run.outputs[0], C)
    np.testing.assert_array_equal(np.asarray(run.outputs[1]).ravel(), run_idx + 1)

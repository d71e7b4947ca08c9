"""K-means clustering (ex7): the ports of octave/findClosestCentroids.m, computeCentroids.m,
runkMeans.m and kMeansInitCentroids.m.

Indices count from 0 here, as numpy's do: a cluster index ``idx`` is Octave's minus 1, an np.intp
array where a port returns it; where a port takes one, any whole numbers from 0 will do (floats
included). The initial draws of k-means are an input (``randidx``), so that the original and the
port can be given the same.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _validate, octave
from ._check_kmeans import check_k_means_centroids, check_k_means_draws, check_k_means_index, check_k_means_init_args, check_k_means_iters


class KMeansResult(NamedTuple):
    """``[centroids, idx]`` of runkMeans: the last centroids (K, n) and the assignment (m,) they were
    computed from, 0-based."""

    centroids: np.ndarray
    idx: np.ndarray


#: Rows of X a block: the block's (rows, K) distances stay in cache while their columns are added.
_ROWS = 4096


def _closest(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    """findClosestCentroids' arithmetic on checked float64 arrays: the (m,) np.intp index of Octave's
    ``[~, idx] = min (D, [], 2)`` minus 1, D the squared distances summed one column after another.

    D(i, k) is built as Octave's ``sum ((X - c_k) .^ 2, 2)`` adds it, column after column (the first
    square is the sum so far: a square is never -0), a block of rows at a time, into one (m, K) array."""
    m, n = X.shape
    D = np.empty((m, C.shape[0]))
    square = np.empty((min(_ROWS, m), C.shape[0]))
    with np.errstate(all="ignore"):  # Inf - Inf is NaN, silently, as in Octave
        for start in range(0, m, _ROWS):
            block, rows = D[start:start + _ROWS], X[start:start + _ROWS]
            np.subtract(rows[:, :1], C[:, 0], out=block)
            np.multiply(block, block, out=block)
            t = square[:block.shape[0]]
            for j in range(1, n):
                np.subtract(rows[:, j:j + 1], C[:, j], out=t)
                np.multiply(t, t, out=t)
                block += t
    nan = np.isnan(D)
    if not nan.any():
        return np.argmin(D, axis=1).astype(np.intp)  # the first of equal values, as Octave's min
    # Octave's min passes NaN over and takes the first of equal values; a row of NaN gives 1.
    filled = np.where(nan, np.inf, D)
    least = filled.min(axis=1, keepdims=True)
    first = np.argmax((filled == least) & ~nan, axis=1)  # 0 where the whole row is NaN
    return first.astype(np.intp)


def _means(X: np.ndarray, idx: np.ndarray, K: int) -> np.ndarray:
    """computeCentroids' arithmetic on checked arguments (idx 1-D, 0-based)."""
    centroids = np.empty((K, X.shape[1]))
    for k in range(K):
        centroids[k] = octave.mean(X[idx == k], 1)[0]  # NaN for no rows (0/0), silently
    return centroids


def find_closest_centroids(X, centroids) -> np.ndarray:
    """The index of the centroid closest to each row of X.

    Port of ``idx = findClosestCentroids (X, centroids)`` (octave/findClosestCentroids.m): the ``k``
    that minimises ``sum((X[i] - centroids[k])**2)`` for each row ``i``.

    Parameters
    ----------
    X : array_like of shape (m, n)
    centroids : array_like of shape (K, n)
        One centroid a row.

    Returns
    -------
    idx : ndarray of shape (m,), np.intp
        From 0 to K-1.

    Raises
    ------
    ValueError
        If X or centroids is not a real numeric matrix, or is empty, or their columns differ.

    See Also
    --------
    compute_centroids : The mean of the rows given to each centroid.
    runk_means : Alternates the two.

    Notes
    -----
    Octave parity: ``idx`` counts from 0 (Octave's minus 1), as an np.intp array, and is 1-D where
    Octave's is m-by-1. The distances are Octave's to the bit (the same subtractions and squares, summed
    in Octave's order), so the indices are Octave's exactly, ties included: a tie goes to the first
    centroid, and NaN distances are passed over as Octave's ``min`` does (a row of X holding a NaN goes
    to centroid 0). No numpy RuntimeWarning.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import find_closest_centroids
    >>> X = np.array([[1.84, 4.61], [5.66, 4.80], [6.35, 3.29]])
    >>> find_closest_centroids(X, np.array([[3.0, 3.0], [6.0, 2.0], [8.0, 5.0]]))  # Octave: 1, 3, 2
    array([0, 2, 1])
    """
    X, C = check_k_means_centroids("find_closest_centroids", X, "centroids", centroids)
    return _closest(X, C)


def compute_centroids(X, idx, K) -> np.ndarray:
    """The mean of the rows of X given to each of the K centroids.

    Port of ``centroids = computeCentroids (X, idx, K)`` (octave/computeCentroids.m):
    ``centroids[k] = mean of X[idx == k]``, Octave's ``mean (X(idx == k, :), 1)``.

    Parameters
    ----------
    X : array_like of shape (m, n)
    idx : array_like of shape (m,) or (m, 1)
        Cluster indices, whole numbers from 0 to K-1 (as :func:`find_closest_centroids` gives them;
        floats such as 2.0 will do).
    K : int
        A positive integer.

    Returns
    -------
    centroids : ndarray of shape (K, n)
        A row of NaN for a centroid no row is given to.

    Raises
    ------
    ValueError
        If X is not a non-empty real numeric matrix, K not a positive integer (or so large that
        centroids would have more than 2^31-1 elements), idx not m elements long, or one of its
        elements not a whole number from 0 to K-1.

    See Also
    --------
    find_closest_centroids : Gives idx.

    Notes
    -----
    Octave parity: ``idx`` counts from 0 (Octave's minus 1). Each mean is Octave's, the rows added one
    after another and divided by their count, so the centroids are Octave's to the bit. A centroid
    with no rows is NaN, as Octave's ``mean (zeros (0, n), 1)`` (0/0), without a RuntimeWarning; the
    original takes the mean down dimension 1 also for a single row, which is then its own mean. A
    logical idx is its 0s and 1s, which here are the first two clusters and in Octave a refused 0 and
    the first cluster.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import compute_centroids
    >>> X = np.array([[1.0, 2.0], [3.0, 4.0], [10.0, 10.0], [12.0, 8.0]])
    >>> compute_centroids(X, np.array([0, 0, 1, 1]), 3)
    array([[ 2.,  3.],
           [11.,  9.],
           [nan, nan]])
    """
    func = "compute_centroids"
    X = _validate.check_matrix(func, "X", X)
    k = _validate.check_count(func, "K", K, 1, "centroids", X.shape[1])
    idx, _ = check_k_means_index(func, idx, X, k)
    return _means(X, idx, k)


def runk_means(X, initial_centroids, max_iters, plot_progress=False) -> KMeansResult:
    """K-means: ``max_iters`` times, assign each row of X to its closest centroid, then move each
    centroid to the mean of its rows.

    Port of ``[centroids, idx] = runkMeans (X, initial_centroids, max_iters, plot_progress)``
    (octave/runkMeans.m)::

        centroids = initial_centroids
        for i in range(max_iters):
            idx = find_closest_centroids(X, centroids)
            centroids = compute_centroids(X, idx, K)

    Parameters
    ----------
    X : array_like of shape (m, n)
    initial_centroids : array_like of shape (K, n)
    max_iters : int
        A positive integer, at most 2^31-1: every step is taken (there is no test of convergence).
    plot_progress : bool or real scalar, optional
        Accepted for the course's calling form and ignored: nothing is plotted (nor by the original).

    Returns
    -------
    KMeansResult
        ``centroids`` (K, n), the last computed, and ``idx`` (m,), np.intp from 0 to K-1, the
        assignment they were computed from: the two are one step apart.

    Raises
    ------
    ValueError
        If X or initial_centroids is not a non-empty real numeric matrix, their columns differ,
        max_iters is not a positive integer (or is above 2^31-1), or plot_progress is not a real scalar.

    See Also
    --------
    k_means_init_centroids : Picks initial centroids among the rows of X.

    Notes
    -----
    Octave parity: ``idx`` counts from 0 (Octave's minus 1), 1-D. Each step is Octave's to the bit
    (see :func:`find_closest_centroids` and :func:`compute_centroids`), so the whole run is. A
    centroid that loses all its rows is NaN from then on and takes no row. Nothing is plotted.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import runk_means
    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [10.0, 10.0], [10.0, 11.0], [11.0, 10.0]])
    >>> centroids, idx = runk_means(X, np.array([[0.0, 0.0], [1.0, 0.0]]), 10)
    >>> idx
    array([0, 0, 0, 1, 1, 1])
    >>> print(np.round(centroids, 4))
    [[ 0.3333  0.3333]
     [10.3333 10.3333]]
    """
    func = "runk_means"
    X, C = check_k_means_centroids(func, X, "initial_centroids", initial_centroids)
    iters = check_k_means_iters(func, max_iters)
    _validate.check_scalar(func, "plot_progress", plot_progress)
    K = C.shape[0]
    for _ in range(iters):
        idx = _closest(X, C)
        C = _means(X, idx, K)
    return KMeansResult(C, idx)


def k_means_init_centroids(X, K, randidx=None, rng=None) -> np.ndarray:
    """K distinct rows of X, picked at random: the initial centroids of k-means.

    Port of ``centroids = kMeansInitCentroids (X, K, randidx)`` (octave/kMeansInitCentroids.m):
    ``X[randidx[:K]]``, randidx a random permutation of the rows.

    Parameters
    ----------
    X : array_like of shape (m, n)
    K : int
        From 1 to m.
    randidx : array_like of at least K elements, optional
        The draws: a vector (1-D, row or column) whose first K elements are distinct row indices of X,
        from 0 to m-1 (``rng.permutation(m)`` will do); the rest are not used. Default: a permutation
        drawn from ``rng``.
    rng : numpy.random.Generator, int or None, optional
        Where the permutation is drawn from when randidx is not given (a seed, or None for fresh
        entropy); not used when it is.

    Returns
    -------
    centroids : ndarray of shape (K, n)

    Raises
    ------
    ValueError
        If X is not a non-empty real numeric matrix, K is not a positive integer or exceeds m, or
        randidx is not a vector of at least K elements, holds something else than a row index among
        its first K, or repeats one there.

    See Also
    --------
    runk_means : Runs k-means from these centroids.

    Notes
    -----
    Octave parity: ``randidx`` counts from 0 (Octave's minus 1). Given the same draws, the centroids
    are Octave's exactly (rows of X, copied). Without them, the draws cannot agree: Octave's
    ``randperm`` follows its own ``rand`` state, the port draws ``rng.permutation(m)``; both give K
    distinct rows.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import k_means_init_centroids
    >>> X = np.array([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0], [4.0, 4.0]])
    >>> k_means_init_centroids(X, 2, np.array([2, 0, 3, 1]))  # Octave: randidx [3 1 4 2]
    array([[3., 3.],
           [1., 1.]])
    >>> k_means_init_centroids(X, 3, rng=np.random.default_rng(0)).shape
    (3, 2)
    """
    func = "k_means_init_centroids"
    X, k = check_k_means_init_args(func, X, K)
    if randidx is None:
        gen = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
        rows = gen.permutation(X.shape[0])[:k]
    else:
        rows = check_k_means_draws(func, randidx, X, k)
    return X[rows].copy()

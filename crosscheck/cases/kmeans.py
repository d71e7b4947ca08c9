"""Cases for pyport/kmeans.py: findClosestCentroids, computeCentroids, runkMeans, kMeansInitCentroids.

Cluster indices are 0-based in the ports: an index input is an ``Index`` (the port gets the 0-based
integers, Octave the same plus 1) and an index output is compared +1 with Octave's. Every output
here is bit for bit: the distances are the same subtractions and squares added in Octave's order, a
centroid is Octave's sequential sum over the same count, and an initial centroid is a copied row.
"""

from __future__ import annotations

import numpy as np

import pyport
from crosscheck.args import Column, Matrix
from crosscheck.case import Index, Output
from crosscheck.cases._common import CaseList
from crosscheck.compare import OutputComparison, Tolerance, Verdict

CASES = CaseList("k-means")
IDX = (Output("idx", "vector", index=True),)
CENTROIDS = (Output("centroids", "array"),)
RUN = (Output("centroids", "array"), Output("idx", "vector", index=True))
EXACT = Tolerance(why="the same subtractions, squares and sequential sums, in Octave's order: bit for bit")


def _blobs(rng, m: int, n: int, K: int, spread: float = 1.0):
    """m points around K random centres in n dimensions, and K initial centroids (rows of the data)."""
    centres = 5 * rng.standard_normal((K, n))
    X = centres[rng.integers(0, K, m)] + spread * rng.standard_normal((m, n))
    return X, X[rng.permutation(m)[:K]]


def _ties(rng):
    """Integer points and centroids on a small grid: many exactly equal distances."""
    X = rng.integers(-3, 4, (60, 2)).astype(float)
    return X, np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [2.0, 2.0], [2.0, 0.0]])


def _nonfinite(rng):
    X = rng.standard_normal((12, 3))
    X[1, 0], X[4, 2], X[7, 1], X[9, 0] = np.nan, np.inf, -np.inf, np.nan
    C = rng.standard_normal((4, 3))
    C[2, 1] = np.nan
    C[3, 0] = np.inf
    return X, C


# -- findClosestCentroids --------------------------------------------------------------------------
for m, n, K in ((50, 2, 3), (300, 5, 7), (1, 3, 4), (20, 1, 2)):
    CASES.add("findClosestCentroids", f"blobs-{m}x{n}-K{K}", lambda rng, m=m, n=n, K=K: _blobs(rng, m, n, K), IDX, EXACT)
CASES.add("findClosestCentroids", "one-centroid", lambda rng: (rng.standard_normal((10, 3)), np.zeros((1, 3))), IDX, EXACT)
CASES.add("findClosestCentroids", "ties", _ties, IDX, EXACT,
          about="integer grid: equal distances go to the first centroid (a duplicated centroid never wins)")
CASES.add("findClosestCentroids", "nonfinite", _nonfinite, IDX, EXACT,
          about="NaN distances passed over as by Octave's min; a NaN row goes to the first centroid")
CASES.add("findClosestCentroids", "course-first-three",
          lambda rng: (np.array([[1.84, 4.61], [5.66, 4.80], [6.35, 3.29]]), np.array([[3.0, 3.0], [6.0, 2.0], [8.0, 5.0]])),
          IDX, EXACT, about="the course's first centroids: 1, 3, 2 (0, 2, 1 in the port)")
CASES.add("findClosestCentroids", "single-and-logical",
          lambda rng: (rng.standard_normal((30, 2)).astype(np.float32), rng.random((3, 2)) < 0.5), IDX, EXACT,
          about="X single, centroids logical: their values as doubles")
CASES.add("findClosestCentroids", "declared", None, IDX, EXACT,
          args=(Matrix("m", "n", -5.0, 5.0), Matrix("K", "n", -5.0, 5.0)), sizes={"m": (1, 60), "n": (1, 4), "K": (1, 6)})
CASES.add("findClosestCentroids", "declared-integers", None, IDX, EXACT,
          args=(Matrix("m", "n", -3, 3, kind="integer"), Matrix("K", "n", -3, 3, kind="integer")),
          sizes={"m": (1, 40), "n": (1, 3), "K": (1, 5)}, about="small whole numbers: ties everywhere")
CASES.add("findClosestCentroids", "error-columns", lambda rng: (np.ones((3, 2)), np.ones((2, 3))), IDX, EXACT,
          raises="centroids must have one column for each column of X (X is 3x2, centroids is 2x3)")
CASES.add("findClosestCentroids", "error-no-centroid", lambda rng: (np.ones((3, 2)), np.zeros((0, 2))), IDX, EXACT,
          raises="centroids must have at least one row and one column")


# -- computeCentroids ------------------------------------------------------------------------------
def _assigned(m: int, n: int, K: int, empty: tuple = ()):
    def inputs(rng):
        labels = rng.choice(np.setdiff1d(np.arange(K), empty), m).reshape(m, 1)
        return rng.standard_normal((m, n)) * 10, Index(labels), float(K)
    return inputs


for m, n, K in ((50, 2, 3), (500, 4, 10), (1, 3, 1), (7, 1, 7)):
    CASES.add("computeCentroids", f"random-{m}x{n}-K{K}", _assigned(m, n, K), CENTROIDS, EXACT)
CASES.add("computeCentroids", "empty-clusters", _assigned(20, 3, 5, empty=(0, 3)), CENTROIDS, EXACT,
          about="centroids 1 and 4 (0 and 3 in the port) get no rows: NaN, the mean of none (0/0)")
CASES.add("computeCentroids", "nonfinite",
          lambda rng: (_nonfinite(rng)[0], Index(np.arange(12).reshape(12, 1) % 3), 3.0), CENTROIDS, EXACT,
          about="NaN and Inf stay with their centroid")
CASES.add("computeCentroids", "single-X-int-K",
          lambda rng: (rng.standard_normal((15, 2)).astype(np.float32), Index(rng.integers(0, 2, (15, 1))),
                       np.array([[2]], dtype=np.int64)), CENTROIDS, EXACT, about="X single, K an int64 1-by-1")
CASES.add("computeCentroids", "declared", None, CENTROIDS, EXACT,
          port=lambda X, idx, K: pyport.compute_centroids(X, idx - 1, K),
          args=(Matrix("m", "n"), Column("m", 1, 4, kind="integer"), 4.0), sizes={"m": (1, 40), "n": (1, 4)},
          about="idx declared as Octave's numbers 1..4; the port is called with idx - 1")
CASES.add("computeCentroids", "error-idx-out-of-range", lambda rng: (np.ones((3, 2)), Index([[0], [2], [0]]), 2.0),
          CENTROIDS, EXACT, raises="idx must be the index of one of the K = 2 centroids in each element, but its 2nd element is not")
CASES.add("computeCentroids", "error-idx-fraction", lambda rng: (np.ones((3, 2)), np.array([[1.0], [1.5], [1.0]]), 2.0),
          CENTROIDS, EXACT, raises="but its 2nd element is not",
          about="a fraction is no index on either side (the same numbers reach both)")
CASES.add("computeCentroids", "error-idx-row", lambda rng: (np.ones((3, 2)), Index([[0, 0, 0]]), 2.0), CENTROIDS, EXACT,
          raises="idx must be an m-by-1 column (X is 3x2, so m = 3; idx is 1x3)")
CASES.add("computeCentroids", "error-k", lambda rng: (np.ones((3, 2)), Index([[0], [0], [0]]), 0.0), CENTROIDS, EXACT,
          raises="K must be a positive integer, got 0")
CASES.add("computeCentroids", "error-huge-k", lambda rng: (np.ones((3, 2)), Index([[0], [0], [0]]), 1e10), CENTROIDS, EXACT,
          raises="K is too large (1e+10): centroids would have 2e+10 elements, more than 2^31-1")


# -- runkMeans -------------------------------------------------------------------------------------
for m, n, K, iters in ((300, 2, 3, 10), (200, 3, 5, 20), (50, 4, 8, 5)):
    CASES.add("runkMeans", f"blobs-{m}x{n}-K{K}-{iters}", lambda rng, m=m, n=n, K=K, it=iters: (*_blobs(rng, m, n, K), float(it)),
              RUN, EXACT)
CASES.add("runkMeans", "losing-a-centroid",
          lambda rng: (np.array([[0.0, 0.0], [1.0, 1.0], [0.2, 0.1]]), np.array([[0.0, 0.0], [100.0, 100.0], [0.9, 0.9]]), 4.0),
          RUN, EXACT, about="the far centroid gets no row: NaN, and no row from then on")
CASES.add("runkMeans", "plot-progress",
          lambda rng: (*_blobs(rng, 40, 2, 3), 6.0, np.array([[True]])), RUN, EXACT,
          about="the course's calling form with plot_progress (logical true): accepted, nothing plotted")
CASES.add("runkMeans", "declared", None, RUN, EXACT,
          args=(Matrix("m", "n"), Matrix("K", "n"), 5.0), sizes={"m": (1, 60), "n": (1, 3), "K": (1, 5)})
CASES.add("runkMeans", "error-max-iters", lambda rng: (np.ones((3, 2)), np.ones((2, 2)), 0.0), RUN, EXACT,
          raises="max_iters must be a positive integer, got 0")
CASES.add("runkMeans", "error-huge-max-iters", lambda rng: (np.ones((3, 2)), np.ones((2, 2)), 1e20), RUN, EXACT,
          raises="max_iters is too large (1e+20): more than 2^31-1 iterations",
          about="a count beyond 2^31-1 (realmax, say) would loop for ever: refused")
CASES.add("runkMeans", "error-columns", lambda rng: (np.ones((3, 2)), np.ones((2, 3)), 1.0), RUN, EXACT,
          raises="initial_centroids must have one column for each column of X (X is 3x2, initial_centroids is 2x3)")


# -- kMeansInitCentroids ---------------------------------------------------------------------------
def distinct_rows(inputs, octave_outputs, port_outputs) -> list[OutputComparison]:
    """Drawn without given draws, the two cannot agree row for row: each must be K distinct rows of X."""
    X, K = np.asarray(inputs[0], dtype=float), int(np.asarray(inputs[1]).reshape(()))
    bad = []
    for side, value in (("Octave", octave_outputs[0]), ("port", port_outputs[0])):
        C = np.asarray(value, dtype=float)
        if C.shape != (K, X.shape[1]):
            bad.append(f"{side}: shape {C.shape}, not ({K}, {X.shape[1]})")
        elif not all((X == c).all(axis=1).any() for c in C) or len({tuple(c) for c in C}) != K:
            bad.append(f"{side}: not {K} distinct rows of X")
    ok = not bad
    note = "random: compared as K distinct rows of X" if ok else "; ".join(bad)
    return [OutputComparison(name="centroids", kind="array", octave_shape=np.shape(octave_outputs[0]),
                             port_shape=np.shape(port_outputs[0]), verdict=Verdict.PASS if ok else Verdict.CHECK,
                             note=note or "shapes differ")]


def _permutation(m: int, n: int, K: int, column: bool = False):
    def inputs(rng):
        p = rng.permutation(m)
        return rng.standard_normal((m, n)), float(K), Index(p.reshape(-1, 1) if column else p.reshape(1, -1))
    return inputs


for m, n, K in ((50, 2, 3), (10, 4, 10), (1, 3, 1)):
    CASES.add("kMeansInitCentroids", f"given-{m}x{n}-K{K}", _permutation(m, n, K), CENTROIDS, EXACT,
              about="randidx a row, as randperm gives it")
CASES.add("kMeansInitCentroids", "given-column", _permutation(20, 2, 4, column=True), CENTROIDS, EXACT)
CASES.add("kMeansInitCentroids", "given-first-k-only",
          lambda rng: (rng.standard_normal((8, 2)), 3.0, Index([[4, 0, 7]])), CENTROIDS, EXACT,
          about="only K draws given: the rest of a permutation is not needed")
CASES.add("kMeansInitCentroids", "drawn", lambda rng: (rng.standard_normal((30, 2)), 5.0), CENTROIDS, EXACT,
          check=distinct_rows, about="Octave's randperm against numpy's permutation: K distinct rows of X on each side")
CASES.add("kMeansInitCentroids", "declared", None, CENTROIDS, EXACT, check=distinct_rows,
          args=(Matrix("m", "n"), 1.0), sizes={"m": (1, 30), "n": (1, 4)})
CASES.add("kMeansInitCentroids", "error-k-above-m", lambda rng: (np.ones((3, 2)), 4.0), CENTROIDS, EXACT,
          raises="K must be at most the number of rows of X (X is 3x2), got 4")
CASES.add("kMeansInitCentroids", "error-randidx-out-of-range", lambda rng: (np.ones((3, 2)), 2.0, Index([[0, 3, 1]])),
          CENTROIDS, EXACT, raises="randidx must hold row indices of X (X is 3x2), but its 2nd element is not one")
CASES.add("kMeansInitCentroids", "error-randidx-repeat", lambda rng: (np.ones((3, 2)), 3.0, Index([[1, 0, 1]])),
          CENTROIDS, EXACT, raises="randidx must not repeat a row among its first K = 3 elements, but its 3rd element does")
CASES.add("kMeansInitCentroids", "error-randidx-short", lambda rng: (np.ones((3, 2)), 3.0, Index([[1, 0]])),
          CENTROIDS, EXACT, raises="randidx must be a vector of at least K = 3 elements (randidx is 1x2)")
CASES.add("kMeansInitCentroids", "error-randidx-number", lambda rng: (np.ones((3, 2)), 2.0, Index([[1]])), CENTROIDS, EXACT,
          raises="randidx must be a vector of at least K = 2 elements (randidx is 1x1)",
          about="the message gives its size, not its value, which is one more in Octave")

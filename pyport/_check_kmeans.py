"""Argument checks of the k-means and PCA ports: one for each of octave/private/checkKMeans*.m and
checkPca*.m, the Octave checker's name in snake_case with its parameters in the same order, worded as
it is (see pyport/_validate.py for the rules the messages follow). As there, every check runs before
any arithmetic and is the only place its port refuses from.

Index-valued inputs (a cluster index, a row index) count from 0 here and from 1 in Octave: the
messages name an element by its ordinal ("its 2nd element"), which reads the same on both sides, and
never print the index itself, which differs by one.
"""

from __future__ import annotations

import numpy as np

from ._validate import MAX_ELEMENTS, _as_array, _g, _is_real, check_column, check_count, check_matrix, ordinal_text, shape_text, value_text


def check_k_means_centroids(func: str, X, name: str, centroids) -> tuple[np.ndarray, np.ndarray]:
    """X (m, n) and the centroids called ``name`` (K, n), neither empty; both as float64."""
    X = check_matrix(func, "X", X)
    C = check_matrix(func, name, centroids)
    if C.shape[1] != X.shape[1]:
        raise ValueError(f"{func}: {name} must have one column for each column of X "
                         f"(X is {shape_text(X)}, {name} is {shape_text(C)})")
    return X, C


def check_k_means_init_args(func: str, X, K) -> tuple[np.ndarray, int]:
    """X (m, n), not empty, and K a positive integer no larger than m; as float64 and int."""
    X = check_matrix(func, "X", X)
    k = check_count(func, "K", K)
    if k > X.shape[0]:
        raise ValueError(f"{func}: K must be at most the number of rows of X (X is {shape_text(X)}), got {_g(k)}")
    return X, k


def check_k_means_iters(func: str, max_iters) -> int:
    """The number of k-means steps: a positive integer, at most 2^31-1 (realmax would loop for ever)."""
    k = check_count(func, "max_iters", max_iters)
    if k > MAX_ELEMENTS:
        raise ValueError(f"{func}: max_iters is too large ({float(k):g}): more than 2^31-1 iterations")
    return k


def _first_bad_index(values: np.ndarray, count: int):
    """The position of the first element that is not a whole number from 0 to count-1, or None."""
    with np.errstate(invalid="ignore"):
        ok = (values == np.floor(values)) & (values >= 0) & (values <= count - 1)
    bad = np.flatnonzero(~ok)
    return int(bad[0]) if bad.size else None


def check_k_means_index(func: str, idx, X: np.ndarray, K: int) -> tuple[np.ndarray, bool]:
    """idx an (m, 1) or (m,) column of cluster indices, each a whole number from 0 to K-1 (Octave's
    from 1 to K). Returns the indices as a 1-D np.intp array and whether idx came 1-D."""
    col, was_1d = check_column(func, "idx", idx, "m", X.shape[0], "X", X)
    bad = _first_bad_index(col.ravel(), K)
    if bad is not None:
        raise ValueError(f"{func}: idx must be the index of one of the K = {K} centroids in each element, "
                         f"but its {ordinal_text(bad + 1)} element is not")
    return col.ravel().astype(np.intp), was_1d


def check_k_means_draws(func: str, randidx, X: np.ndarray, K: int) -> np.ndarray:
    """randidx a vector (1-D, row or column) of at least K elements whose first K are distinct row
    indices of X, from 0 to m-1 (Octave's from 1 to m). Returns those K as a 1-D np.intp array."""
    arr = _as_array(randidx)
    if not _is_real(arr):
        raise ValueError(f"{func}: randidx must be a real numeric vector, got {value_text(randidx)}")
    if not ((arr.ndim < 2 or (arr.ndim == 2 and 1 in arr.shape)) and arr.size >= K):
        # the size, not the value: a number is an index, one less here than in Octave
        raise ValueError(f"{func}: randidx must be a vector of at least K = {K} elements "
                         f"(randidx is {shape_text(arr)})")
    first = arr.astype(np.float64).ravel()[:K]
    bad = _first_bad_index(first, X.shape[0])
    if bad is not None:
        raise ValueError(f"{func}: randidx must hold row indices of X (X is {shape_text(X)}), "
                         f"but its {ordinal_text(bad + 1)} element is not one")
    _, where = np.unique(first, return_index=True)
    repeat = np.setdiff1d(np.arange(K), where)
    if repeat.size:
        raise ValueError(f"{func}: randidx must not repeat a row among its first K = {K} elements, "
                         f"but its {ordinal_text(int(repeat[0]) + 1)} element does")
    return first.astype(np.intp)


def check_pca_basis(func: str, U, K) -> tuple[np.ndarray, int]:
    """U (n, p), not empty, and K a whole number from 1 to p; as float64 and int."""
    U = check_matrix(func, "U", U)
    k = check_count(func, "K", K)
    if k > U.shape[1]:
        raise ValueError(f"{func}: K must be at most the number of columns of U (U is {shape_text(U)}), got {_g(k)}")
    return U, k


def check_pca_projection(func: str, X, U, K) -> tuple[np.ndarray, np.ndarray, int]:
    """X (m, n), not empty, U (n, p) and K from 1 to p: the arguments of project_data."""
    X = check_matrix(func, "X", X)
    U, k = check_pca_basis(func, U, K)
    if U.shape[0] != X.shape[1]:
        raise ValueError(f"{func}: U must have one row for each column of X (X is {shape_text(X)}, U is {shape_text(U)})")
    return X, U, k


def check_pca_recovery(func: str, Z, U, K) -> tuple[np.ndarray, np.ndarray, int]:
    """Z (m, K), not empty, U (n, p) and K from 1 to p: the arguments of recover_data."""
    Z = check_matrix(func, "Z", Z)
    U, k = check_pca_basis(func, U, K)
    if Z.shape[1] != k:
        raise ValueError(f"{func}: Z must have K columns (K is {k}, Z is {shape_text(Z)})")
    return Z, U, k


def check_pca_covariance(func: str, Sigma: np.ndarray, X: np.ndarray) -> None:
    """Refuse a covariance X'*X/m that overflowed (entries of X above about 1e154 square to Inf)."""
    if not np.isfinite(Sigma).all():
        raise ValueError(f"{func}: X'*X/m overflows: X is too large (its largest magnitude is {_g(np.abs(X).max())})")


def check_pca_data(func: str, X) -> np.ndarray:
    """X (m, n), not empty, every entry finite; as float64."""
    X = check_matrix(func, "X", X)
    if not np.isfinite(X).all():
        raise ValueError(f"{func}: X must be finite (it has NaN or Inf)")
    return X

"""Argument checks of the recommender ports: the twins of octave/private/checkRecommenderRatings.m and
checkRecommenderArgs.m, worded as they are (see pyport/_validate.py for the conventions)."""

from __future__ import annotations

import math

import numpy as np

from ._validate import _as_array, _is_real, check_count, check_matrix, ordinal_text, shape_text, value_text


def _octave_d(x: float) -> str:
    """A whole number as Octave's printf prints it by %d: up to 2^63 as an integer (saturating), beyond
    that by %g, and Inf as "Inf"."""
    if math.isinf(x):
        return "Inf"
    return f"{x:g}" if x > 2.0**63 else str(min(int(x), 2**63 - 1))


def check_recommender_ratings(func: str, Y, R):
    """Y a real (num_movies, num_users) matrix, R of its size holding 0 and 1 (bool or numeric).

    Returns ``Y, R``: float64 and bool matrices.
    """
    Y = check_matrix(func, "Y", Y)
    R_arr = _as_array(R)
    if not (_is_real(R_arr) and R_arr.ndim in (0, 2)):
        raise ValueError(f"{func}: R must be a real numeric matrix, got {value_text(R)}")
    R_arr = R_arr.reshape(1, 1) if R_arr.ndim == 0 else R_arr
    if R_arr.shape != Y.shape:
        raise ValueError(f"{func}: R must have the size of Y (Y is {shape_text(Y)}; R is {shape_text(R_arr)})")
    flat = R_arr.ravel(order="F")  # Octave's find counts column by column
    bad = np.flatnonzero(~((flat == 0) | (flat == 1)))
    if bad.size:
        k = int(bad[0])
        raise ValueError(f"{func}: R must hold 0 and 1 only (rated or not), but its {ordinal_text(k + 1)} "
                         f"element is {float(flat[k]):g}")
    return Y, R_arr.astype(bool)


def _check_every_movie_rated(func: str, R: np.ndarray) -> np.ndarray:
    """normalizeRatings refuses a movie (a row of R) that no one rated: it has no mean. Returns the
    number of ratings of each movie, as a float64 column."""
    counts = R.sum(axis=1, dtype=np.float64).reshape(-1, 1)
    unrated = np.flatnonzero(counts == 0)
    if unrated.size:
        raise ValueError(f"{func}: the {ordinal_text(int(unrated[0]) + 1)} movie has no ratings (its row of R is "
                         f"all 0): it has no mean rating")
    return counts


def check_recommender_args(func: str, params, Y, R, num_users, num_movies, num_features):
    """The sizes (positive integers), params ((num_movies + num_users) * num_features numbers, a column
    or 1-D), Y (num_movies, num_users) and R (its 0/1 indicator).

    Returns ``X, Theta, Y, R, params_was_1d``: X (num_movies, num_features) and Theta (num_users,
    num_features) unrolled column-major from params in that order, as float64; R as bool.
    """
    nu = check_count(func, "num_users", num_users)
    nm = check_count(func, "num_movies", num_movies)
    nf = check_count(func, "num_features", num_features)
    p = _as_array(params)
    if not (_is_real(p) and (p.ndim < 2 or (p.ndim == 2 and p.shape[1] == 1))):
        raise ValueError(f"{func}: params must be a real numeric column, got {value_text(params)}")
    n = (float(nm) + float(nu)) * float(nf)  # in doubles, as Octave counts
    if p.size != n:
        raise ValueError(f"{func}: params must have (num_movies + num_users) * num_features = {_octave_d(n)} "
                         f"elements, got {p.size}")
    Y = check_matrix(func, "Y", Y)
    if Y.shape != (nm, nu):
        raise ValueError(f"{func}: Y must be num_movies-by-num_users (num_movies is {nm}, num_users is {nu}; "
                         f"Y is {shape_text(Y)})")
    Y, R = check_recommender_ratings(func, Y, R)
    flat = p.astype(np.float64).ravel()
    X = flat[:nm * nf].reshape(nm, nf, order="F")
    Theta = flat[nm * nf:].reshape(nu, nf, order="F")
    return X, Theta, Y, R, p.ndim == 1

"""Recommender systems (the course's ex8): ports of octave/cofiCostFunc.m, which returns ``(value,
gradient)`` as fmincg expects, and octave/normalizeRatings.m."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _validate, octave
from ._check_recommender import _check_every_movie_rated, check_recommender_args, check_recommender_ratings
from .objectives import ValueGradient


class NormalizedRatings(NamedTuple):
    """``[Ynorm, Ymean]``: the ratings centred on each movie's mean, and those means."""

    Ynorm: np.ndarray
    Ymean: np.ndarray


def _sum_all(M: np.ndarray) -> float:
    """Octave's ``sum (sum (M))``: each column down, then the column sums (both in Octave's order)."""
    return float(octave.sum(octave.sum(M))[0, 0])


def cofi_cost_func(params, Y, R, num_users, num_movies, num_features, lambda_) -> ValueGradient:
    """Cost and gradient of collaborative filtering: the low-rank model ``Y ~ X @ Theta.T`` fitted to the
    ratings given.

    Port of ``[J, grad] = cofiCostFunc (params, Y, R, num_users, num_movies, num_features, lambda)``
    (octave/cofiCostFunc.m)::

        E = (X @ Theta.T - Y) * R
        J = sum(E**2) / 2 + lambda_ / 2 * (sum(X**2) + sum(Theta**2))
        X_grad = E @ Theta + lambda_ * X
        Theta_grad = E.T @ X + lambda_ * Theta
        grad = [X_grad.ravel("F"), Theta_grad.ravel("F")]

    Parameters
    ----------
    params : array_like of shape ((num_movies + num_users) * num_features,) or (..., 1)
        The movies' features X (num_movies, num_features) and then the users' parameters Theta
        (num_users, num_features), each unrolled column-major (Octave's ``[X(:); Theta(:)]``).
    Y : array_like of shape (num_movies, num_users)
        Ratings; what stands where R is 0 is not read (but NaN or Inf there gives NaN: 0 * NaN).
    R : array_like of shape (num_movies, num_users)
        1 (or True) where user j rated movie i, 0 elsewhere.
    num_users, num_movies, num_features : int
        Positive integers (a whole float is one).
    lambda_ : float

    Returns
    -------
    J : float
    grad : ndarray of params' shape
        Unrolled as params is.

    Raises
    ------
    ValueError
        If a size is not a positive integer, params is not a real column (or 1-D array) of
        ``(num_movies + num_users) * num_features`` numbers, Y is not num_movies-by-num_users, R is not
        of Y's size or holds anything but 0 and 1, or lambda_ is not a real scalar.

    See Also
    --------
    normalize_ratings : Centres Y before training.
    fmincg : Minimises it over params, with the rest passed through its ``*args``.
    compute_numerical_gradient : Checks grad.

    Notes
    -----
    Octave parity: the same operations in the same order, the sums in Octave's (``sum (sum (M))``:
    down each column, then across, one element after another); the matrix products go through BLAS on
    both sides, whose builds may round differently (a few ULPs). Extreme inputs give Octave's Inf and
    NaN, silently.

    Examples
    --------
    Two movies, one user, one feature; the user rated the first movie 4:

    >>> import numpy as np
    >>> from pyport import cofi_cost_func
    >>> J, grad = cofi_cost_func([1.0, 2.0, 3.0], [[4.0], [0.0]], [[1], [0]], 1, 2, 1, 0.0)
    >>> print(J, grad)  # E = [3*1 - 4, 0]: J = 1/2, dX = E*Theta, dTheta = E'*X
    0.5 [-3.  0. -1.]
    """
    func = "cofi_cost_func"
    X, Theta, Y, R, params_1d = check_recommender_args(func, params, Y, R, num_users, num_movies, num_features)
    lam = _validate.check_scalar(func, "lambda_", lambda_)
    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        E = (X @ Theta.T - Y) * R
        J = _sum_all(E * E) / 2 + (lam / 2) * (_sum_all(X * X) + _sum_all(Theta * Theta))
        X_grad = E @ Theta + lam * X
        Theta_grad = E.T @ X + lam * Theta
    grad = np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])
    return ValueGradient(J, grad if params_1d else grad.reshape(-1, 1))


def normalize_ratings(Y, R) -> NormalizedRatings:
    """Centre each movie's ratings on their mean.

    Port of ``[Ynorm, Ymean] = normalizeRatings (Y, R)`` (octave/normalizeRatings.m): ``Ymean[i]`` is
    the mean of the ratings movie i was given (row i of Y where R is 1), and ``Ynorm`` is Y minus that
    mean at those entries and 0 everywhere else.

    Parameters
    ----------
    Y : array_like of shape (num_movies, num_users)
        Ratings; what stands where R is 0 is never read (NaN included).
    R : array_like of shape (num_movies, num_users)
        1 (or True) where a user rated a movie, 0 elsewhere.

    Returns
    -------
    Ynorm : ndarray of shape (num_movies, num_users)
    Ymean : ndarray of shape (num_movies,)

    Raises
    ------
    ValueError
        If Y is not a real numeric matrix, R is not of its size or holds anything but 0 and 1, or a
        movie has no ratings (its row of R is all 0: it has no mean).

    See Also
    --------
    cofi_cost_func : Trained on Ynorm; the predictions are ``X @ Theta.T + Ymean[:, None]``.

    Notes
    -----
    Octave parity: each mean is Octave's ``mean`` of the rated entries (their sum along the row, in
    order, over their number): to the bit. Ymean is 1-D where Octave's is a column. A movie no one rated
    is refused in both languages (the course's own loop: NaN in MATLAB, an error in Octave 7).

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import normalize_ratings
    >>> Ynorm, Ymean = normalize_ratings([[5.0, 4.0, 0.0], [0.0, 1.0, 3.0]], [[1, 1, 0], [0, 1, 1]])
    >>> print(Ymean)
    [4.5 2. ]
    >>> print(Ynorm)
    [[ 0.5 -0.5  0. ]
     [ 0.  -1.   1. ]]
    """
    func = "normalize_ratings"
    Y, R = check_recommender_ratings(func, Y, R)
    counts = _check_every_movie_rated(func, R)
    with np.errstate(all="ignore"):  # what stands in unrated entries is computed with, then dropped
        Ymean = octave.sum(np.where(R, Y, 0.0), 2) / counts  # zeros for the unrated: x + 0 is x
        Ynorm = np.where(R, Y - Ymean, 0.0)
    return NormalizedRatings(Ynorm, Ymean.ravel())

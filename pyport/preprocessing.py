"""Feature scaling: port of octave/featureNormalize.m."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _octave, _validate


class FeatureNormalizeResult(NamedTuple):
    """``[X_norm, mu, sigma]`` of featureNormalize."""

    X_norm: np.ndarray
    mu: np.ndarray
    sigma: np.ndarray


def feature_normalize(X) -> FeatureNormalizeResult:
    """Scale each column of X to mean 0 and standard deviation 1.

    Port of ``[X_norm, mu, sigma] = featureNormalize (X)`` (octave/featureNormalize.m):
    ``X_norm = (X - mu) / sigma`` with Octave's ``mu = mean (X)`` and ``sigma = std (X)``.

    Parameters
    ----------
    X : array_like of shape (m, n)
        Features, without the column of ones. m, n >= 1.

    Returns
    -------
    X_norm : ndarray of shape (m, n)
        The scaled features.
    mu : ndarray of shape (1, n), or (1, 1) when m == 1
        Column means.
    sigma : ndarray of shape (1, n), or (1, 1) when m == 1
        Column standard deviations, normalised by m - 1 (``np.std(X, ddof=1)``, not numpy's default).

    Raises
    ------
    ValueError
        If X is not a real 2-D array with at least one row and one column.

    Notes
    -----
    Octave parity: the same numbers, shapes and NaN/Inf positions, including where Octave surprises:

    - a single row (m == 1) is reduced *along the row*, as Octave's ``mean`` and ``std`` reduce along
      the first non-singleton dimension: mu and sigma are then 1-by-1, and a 1-by-1 X gives sigma 0;
    - a constant column has sigma 0 and normalises to NaN (0/0), or to +-Inf where the mean, computed
      in Octave's order, does not come out exactly equal to the constant;
    - a NaN or Inf in a column makes that column's mu, sigma and X_norm NaN (an Inf's own entry aside).

    mu and sigma are 2-D rows, as Octave returns them, so ``(x_new - mu) / sigma`` scales new rows.
    """
    X = _validate.real_matrix("feature_normalize", "X", X)
    with np.errstate(divide="ignore", invalid="ignore"):  # 0/0 and Inf-Inf are documented above
        mu = _octave.mean(X)
        sigma = _octave.std(X)
        X_norm = (X - mu) / sigma
    return FeatureNormalizeResult(X_norm, mu, sigma)

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


def denormalize_theta(theta_n, x_offset, x_scale, y_offset=0.0, y_scale=1.0) -> np.ndarray:
    """Parameters of a linear model learned on normalised data, back in original units.

    Port of ``theta = denormalizeTheta (theta_n, x_offset, x_scale, y_offset, y_scale)``
    (octave/denormalizeTheta.m). The model ``y_n = theta_n[0] + x_n @ theta_n[1:]`` was fitted on
    ``x_n = (x - x_offset) / x_scale`` and ``y_n = (y - y_offset) / y_scale``; then
    ``y = theta[0] + x @ theta[1:]`` with::

        theta[1:] = y_scale * theta_n[1:] / x_scale
        theta[0]  = y_offset + y_scale * (theta_n[0] - sum(theta_n[1:] * x_offset / x_scale))

    It serves z-scores (offset mu, scale sigma, as :func:`feature_normalize` returns them) and
    min-max scaling (offset min, scale max - min) alike.

    Parameters
    ----------
    theta_n : array_like of shape (n+1,) or (n+1, 1)
        Intercept first.
    x_offset, x_scale : array_like of n elements
        1-D, a (1, n) row (as feature_normalize returns mu and sigma) or an (n, 1) column.
    y_offset, y_scale : float
        Defaults 0 and 1: y not normalised.

    Returns
    -------
    theta : ndarray of theta_n's shape

    Raises
    ------
    ValueError
        If theta_n has fewer than 2 elements, x_offset or x_scale not n elements, y_offset or y_scale
        not a real scalar, or a scale is 0 (a constant feature, or a constant target).

    Notes
    -----
    Octave parity: the same operations in the same order (Octave's sum): bit for bit.
    """
    func = "denormalize_theta"
    arr = _validate.numeric_array(func, "theta_n", theta_n, "an (n+1)-by-1 column")
    if arr.size < 2 or not (arr.ndim == 1 or (arr.ndim == 2 and arr.shape[1] == 1)):
        raise ValueError(f"{func}: theta_n must be an (n+1)-by-1 column or 1-D, got shape {arr.shape}")
    t = arr.astype(np.float64).ravel()
    n = t.size - 1
    vectors = {}
    for name, value in (("x_offset", x_offset), ("x_scale", x_scale)):
        v = _validate.numeric_array(func, name, value, "a real numeric vector")
        if v.size != n or (v.ndim == 2 and 1 not in v.shape) or v.ndim > 2:
            raise ValueError(f"{func}: {name} must have n elements, one per feature (theta_n has shape {arr.shape}, "
                             f"so n = {n}; {name} has shape {v.shape})")
        vectors[name] = v.astype(np.float64).ravel()
    y_off = _validate.real_scalar(func, "y_offset", y_offset)
    y_sc = _validate.real_scalar(func, "y_scale", y_scale)
    zero = np.flatnonzero(vectors["x_scale"] == 0)
    if zero.size:
        k = int(zero[0])
        raise ValueError(f"{func}: x_scale[{k}] is 0: feature {k} is constant and its theta has no value in "
                         f"original units")
    if y_sc == 0:
        raise ValueError(f"{func}: y_scale is 0: a constant target cannot be scaled back")
    w = t[1:] / vectors["x_scale"]
    total = _octave.seq_sum((w * vectors["x_offset"]).reshape(-1, 1), 0)[0, 0]
    theta = np.concatenate([[y_off + y_sc * (t[0] - total)], y_sc * w])
    return theta if arr.ndim == 1 else theta.reshape(-1, 1)

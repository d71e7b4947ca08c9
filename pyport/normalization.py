"""Feature scaling: port of octave/featureNormalize.m."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from . import _validate, octave


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
        If X is not a real matrix (2-D; a number is a 1-by-1) with at least one row and one column.

    See Also
    --------
    denormalize_theta : Parameters fitted on X_norm, back in X's units.
    gradient_descent_multi : Converges in far fewer updates on normalised features.
    stable_learning_rate : The largest learning rate for the scaled design matrix.

    Notes
    -----
    Octave parity: the same numbers, shapes and NaN/Inf positions, including where Octave surprises:

    - a single row (m == 1) is reduced *along the row*, as Octave's ``mean`` and ``std`` reduce along
      the first non-singleton dimension: mu and sigma are then 1-by-1, and a 1-by-1 X gives sigma 0;
    - a constant column has sigma 0 and normalises to NaN (0/0), or to +-Inf where the mean, computed
      in Octave's order, does not come out exactly equal to the constant;
    - a NaN or Inf in a column makes that column's mu, sigma and X_norm NaN (an Inf's own entry aside).

    mu and sigma are 2-D rows, as Octave returns them, so ``(x_new - mu) / sigma`` scales new rows.

    Examples
    --------
    Octave: ``[X_norm, mu, sigma] = featureNormalize ([41 62; 21 62; 31 64; 21 72])``. sigma divides
    by m - 1, as Octave's ``std`` does; numpy's default ``np.std`` divides by m:

    >>> import numpy as np
    >>> from pyport import feature_normalize
    >>> X = np.array([[41.0, 62], [21, 62], [31, 64], [21, 72]])  # age, height
    >>> X_norm, mu, sigma = feature_normalize(X)
    >>> print(mu, np.round(sigma, 4))  # 2-D rows, as Octave returns them
    [[28.5 65. ]] [[9.5743 4.761 ]]
    >>> print(np.round(np.std(X, axis=0), 4))  # not these (ddof=0)
    [8.2916 4.1231]
    >>> print(np.round((np.array([[31.0, 70]]) - mu) / sigma, 4))  # a new row, scaled the same way
    [[0.2611 1.0502]]
    """
    X = _validate.check_matrix("feature_normalize", "X", X)
    if octave._down_rows(X, 0) and X.shape[0] > octave._ROWS:  # the same numbers, in three passes over X
        return FeatureNormalizeResult(*octave._standardized_down_rows(X))
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):  # 0/0, overflow, Inf-Inf: documented above
        mu = octave.mean(X)
        sigma = octave.std(X)
        X_norm = np.subtract(X, mu)
        X_norm /= sigma  # (X - mu) / sigma, with one temporary of X's size, not two
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
        If theta_n is not a real column (or 1-D) of at least 2 elements, x_offset or x_scale not a vector
        of n elements, y_offset or y_scale not a real scalar, or a scale is 0 (a constant feature, or a
        constant target). A feature is named by its ordinal ("the 2nd feature"), as in Octave.

    See Also
    --------
    feature_normalize : Z-scores, with the offset mu and the scale sigma this function takes.
    normal_eqn : Fits theta_n on the normalised data in one step.
    gradient_descent_multi : Fits it by iteration.

    Notes
    -----
    Octave parity: the same operations in the same order (Octave's sum): bit for bit.

    Examples
    --------
    Fit on z-scores, then read theta in years and inches (Octave:
    ``theta = denormalizeTheta (theta_n, mu, sigma, 0, 1)``):

    >>> import numpy as np
    >>> from pyport import denormalize_theta, feature_normalize, normal_eqn
    >>> X = np.array([[41.0, 62], [21, 62], [31, 64], [21, 72]])  # age, height
    >>> y = np.array([115.0, 140, 145, 175])  # weight
    >>> X_norm, mu, sigma = feature_normalize(X)
    >>> theta_n = normal_eqn(np.c_[np.ones(4), X_norm], y)
    >>> print(np.round(denormalize_theta(theta_n, mu, sigma), 4))
    [-45.3478  -1.1739   3.4239]
    >>> print(np.round(normal_eqn(np.c_[np.ones(4), X], y), 4))  # the fit on the raw data agrees
    [-45.3478  -1.1739   3.4239]

    For min-max scaling pass the minimum and the range: ``denormalize_theta(theta_n, X.min(axis=0),
    np.ptp(X, axis=0))``.
    """
    t, x_off, x_sc, y_off, y_sc, theta_1d = _validate.check_denormalize_args(
        "denormalize_theta", theta_n, x_offset, x_scale, y_offset, y_scale)
    with np.errstate(over="ignore", invalid="ignore"):  # +-Inf and NaN, silently as in Octave
        w = t[1:] / x_sc
        total = octave.sum((w * x_off).reshape(-1, 1), 1)[0, 0]
        theta = np.concatenate([[y_off + y_sc * (t[0] - total)], y_sc * w])
    return theta if theta_1d else theta.reshape(-1, 1)

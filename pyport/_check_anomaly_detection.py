"""Argument checks of the anomaly-detection ports: the twins of octave/private/checkAnomalyGaussianArgs.m
and checkAnomalyThresholdArgs.m, worded as they are (see pyport/_validate.py for the conventions)."""

from __future__ import annotations

import math

import numpy as np

from ._validate import _as_array, _is_real, check_matrix, ordinal_text, shape_text, value_text


def _is_vector(arr) -> bool:
    """Octave 7's ``isvector``: two dimensions, one of them 1 (0x1 and 1x0 too); a 1-D array or a number is one."""
    return arr.ndim < 2 or (arr.ndim == 2 and 1 in arr.shape)


def check_anomaly_gaussian_args(func: str, X, mu, Sigma2):
    """X (m, n), m may be 0; mu a vector of n means; Sigma2 a vector of n variances (none negative, NaN
    passes) or an (n, n) covariance matrix.

    Returns ``X, mu, Sigma2, is_vector``: X float64 2-D, mu 1-D float64, Sigma2 float64 (1-D when it
    is a vector, which ``is_vector`` says; a 1-by-1 is a vector, as in Octave).
    """
    X = check_matrix(func, "X", X, allow_empty=True)
    n = X.shape[1]
    if n == 0:
        raise ValueError(f"{func}: X must have at least one column (X is {shape_text(X)})")
    mu_arr = _as_array(mu)
    if not (_is_real(mu_arr) and mu_arr.ndim <= 2):
        raise ValueError(f"{func}: mu must be a real numeric vector, got {value_text(mu)}")
    if not (_is_vector(mu_arr) and mu_arr.size == n):
        raise ValueError(f"{func}: mu must be a vector of n means, one per column of X (X is {shape_text(X)}, "
                         f"so n = {n}; mu is {shape_text(mu_arr)})")
    S = _as_array(Sigma2)
    if not (_is_real(S) and S.ndim <= 2):
        raise ValueError(f"{func}: Sigma2 must be a real numeric vector or matrix, got {value_text(Sigma2)}")
    is_vector = _is_vector(S) and S.size == n
    if not (is_vector or S.shape == (n, n)):
        raise ValueError(f"{func}: Sigma2 must be a vector of n variances or an n-by-n covariance matrix "
                         f"(X is {shape_text(X)}, so n = {n}; Sigma2 is {shape_text(S)})")
    S = S.astype(np.float64)
    if is_vector:
        S = S.ravel()
        negative = np.flatnonzero(S < 0)
        if negative.size:
            k = int(negative[0])
            raise ValueError(f"{func}: Sigma2 must hold variances, none negative, but its "
                             f"{ordinal_text(k + 1)} element is {S[k]:g}")
    return X, mu_arr.astype(np.float64).ravel(), S, is_vector


def _check_negative_determinant(func: str, d: float) -> None:
    """multivariateGaussian refuses a covariance matrix whose determinant is negative (its density
    would be complex)."""
    if d < 0:
        raise ValueError(f"{func}: Sigma2 must be a covariance matrix, but its determinant is negative ({d:g})")


def check_anomaly_threshold_args(func: str, yval, pval):
    """yval a vector of labels 0 and 1 (bool or numeric), pval a real vector of as many elements whose
    span max - min (NaN ignored), when finite, leaves room for the 1000 steps of Octave's range
    min:stepsize:max (its element count needs (max - min) + stepsize finite).

    Returns ``yval, pval``: 1-D, bool and float64.
    """
    y = _as_array(yval)
    if not (_is_real(y) and y.ndim <= 2 and _is_vector(y)):
        raise ValueError(f"{func}: yval must be a real numeric vector, got {value_text(yval)}")
    y = y.ravel()
    bad = np.flatnonzero(~((y == 0) | (y == 1)))
    if bad.size:
        k = int(bad[0])
        raise ValueError(f"{func}: yval must hold labels 0 and 1 only, but its {ordinal_text(k + 1)} element "
                         f"is {float(y[k]):g}")
    p = _as_array(pval)
    if not (_is_real(p) and p.ndim <= 2 and _is_vector(p)):
        raise ValueError(f"{func}: pval must be a real numeric vector, got {value_text(pval)}")
    if p.size != y.size:
        raise ValueError(f"{func}: pval must have as many elements as yval (yval is {shape_text(_as_array(yval))}; "
                         f"pval is {shape_text(p)})")
    p = p.astype(np.float64).ravel()
    seen = p[~np.isnan(p)]
    with np.errstate(all="ignore"):
        span = float(seen.max() - seen.min()) if seen.size else math.nan
        if math.isfinite(span) and not math.isfinite(span + span / 1000):
            raise ValueError(f"{func}: pval spans too wide a range for 1000 steps "
                             f"(max (pval) - min (pval) is {span:g})")
    return y.astype(bool), p

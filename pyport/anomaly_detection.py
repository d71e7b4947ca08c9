"""Anomaly detection (the course's ex8): ports of octave/estimateGaussian.m, multivariateGaussian.m and
selectThreshold.m, with the pieces of Octave they rely on: its dense ``det`` and its colon ranges."""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np
from . import _validate, octave
from ._anomaly_octave import colon, det, scaled_product
from ._check_anomaly_detection import (_check_negative_determinant, check_anomaly_gaussian_args,
                                       check_anomaly_threshold_args)


class Gaussian(NamedTuple):
    """``[mu, sigma2]``: each feature's mean and variance (normalised by m)."""

    mu: np.ndarray
    sigma2: np.ndarray


class Threshold(NamedTuple):
    """``[bestEpsilon, bestF1]``: the threshold kept and its F1 score."""

    best_epsilon: float
    best_f1: float


def estimate_gaussian(X) -> Gaussian:
    """Fit an independent Gaussian to each feature (column) of X.

    Port of ``[mu, sigma2] = estimateGaussian (X)`` (octave/estimateGaussian.m)::

        mu = sum(X, axis=0) / m
        sigma2 = sum((X - mu) ** 2, axis=0) / m

    Parameters
    ----------
    X : array_like of shape (m, n)
        One example per row, at least one row and one column.

    Returns
    -------
    mu : ndarray of shape (n,)
    sigma2 : ndarray of shape (n,)
        The variance normalised by m, not m - 1 (``numpy.var``'s default; Octave's ``var (X, 1)``).

    Raises
    ------
    ValueError
        If X is not a real numeric matrix with at least one row and one column.

    See Also
    --------
    multivariate_gaussian : The density of the fitted model.
    pyport.octave.sum : The sums, in Octave's order.

    Notes
    -----
    Octave parity: the sums run down each column one row after another, as Octave's ``sum (X, 1)``
    (``numpy.sum`` adds pairwise and differs in the last bits), so the results agree to the bit. The
    outputs are 1-D where Octave's are n-by-1 columns. A single row is reduced down its columns (mu is
    the row, sigma2 zeros), as in the original. NaN and Inf spread to their own feature, silently.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import estimate_gaussian
    >>> mu, sigma2 = estimate_gaussian(np.array([[1.0, 10.0], [2.0, 20.0], [6.0, 0.0]]))
    >>> print(mu, sigma2)
    [ 3. 10.] [ 4.66666667 66.66666667]
    """
    X = _validate.check_matrix("estimate_gaussian", "X", X)
    m = X.shape[0]
    with np.errstate(all="ignore"):  # Inf and NaN, silently, as in Octave
        mu = octave.sum(X, 1) / m
        D = X - mu
        sigma2 = octave.sum(D * D, 1) / m
    return Gaussian(mu.ravel(), sigma2.ravel())


def multivariate_gaussian(X, mu, Sigma2) -> np.ndarray:
    """The density of the multivariate normal distribution N(mu, Sigma2) at each row of X.

    Port of ``p = multivariateGaussian (X, mu, Sigma2)`` (octave/multivariateGaussian.m)::

        k = mu.size
        p = (2*pi)**(-k/2) * det(Sigma2)**(-0.5) * exp(-0.5 * sum((X - mu) @ pinv(Sigma2) * (X - mu), axis=1))

    Parameters
    ----------
    X : array_like of shape (m, k)
        m may be 0.
    mu : array_like of shape (k,), (k, 1) or (1, k)
    Sigma2 : array_like of shape (k,), (k, 1), (1, k) or (k, k)
        A vector of variances, the diagonal of the covariance matrix (independent features), none
        negative; or the covariance matrix itself.

    Returns
    -------
    p : ndarray of shape (m,)

    Raises
    ------
    ValueError
        If X is not a real numeric matrix with at least one column, mu not a vector of k numbers, Sigma2
        neither a vector of k numbers nor a k-by-k matrix, a variance is negative, or the determinant of
        a matrix Sigma2 is negative.

    See Also
    --------
    estimate_gaussian : Fits mu and the variances.
    select_threshold : Picks the threshold on p.
    pyport.octave.pinv : Octave's pseudo-inverse.

    Notes
    -----
    Octave parity: Octave's ``diag`` of a vector is a diagonal-matrix object whose ``pinv`` is the
    reciprocal of each variance (0 for 0, without an SVD) and whose ``det`` is their product: so here,
    for k >= 2. For k = 1 and for a matrix Sigma2, Octave's dense ``det`` (its matrix-type probe, then
    the product of a triangular diagonal, a Cholesky factor's squared or LU's, through the same LAPACK
    routines) and ``pinv`` (dgesvd, Octave's cut-off). Products are scaled as liboctave scales them, so
    no intermediate product overflows. Agreement: to the bit for a vector Sigma2 but where numpy's
    ``exp`` differs from the C library's (1 ULP); for a matrix, within the BLAS/LAPACK builds' rounding
    (bounded by about q * 1e-16 relative for an exponent q; measured: 0 ULP on every case tried). p is 1-D where Octave's is m-by-1. A zero
    variance gives det 0 and Inf (or NaN) as in Octave, silently.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import multivariate_gaussian
    >>> p = multivariate_gaussian(np.array([[0.0, 0.0], [1.0, 2.0]]), [0.0, 0.0], [1.0, 4.0])
    >>> print(np.round(p, 6))  # at the mean, 1 / (2*pi*sqrt(1*4))
    [0.079577 0.029275]
    """
    func = "multivariate_gaussian"
    X, mu, S, is_vector = check_anomaly_gaussian_args(func, X, mu, Sigma2)
    k = mu.size
    with np.errstate(all="ignore"):  # Inf and NaN, silently, as in Octave
        if is_vector and k > 1:  # Octave's diagonal-matrix object
            d = scaled_product(S)
            P = np.where(S == 0, 0.0, 1.0 / np.where(S == 0, 1.0, S))
        else:  # a full matrix (a 1-by-1 included: Octave's diag of a scalar is that scalar)
            S = S.reshape(k, k)
            d = det(S)
            P = octave.pinv(S)
    _check_negative_determinant(func, d)
    with np.errstate(all="ignore"):
        D = X - mu
        Q = D * P if is_vector and k > 1 else D @ P
        c = np.power(np.float64(2 * math.pi), -k / 2) * np.power(np.float64(d), -0.5)
        return (c * np.exp(-0.5 * octave.sum(Q * D, 2))).ravel()


def select_threshold(yval, pval) -> Threshold:
    """The threshold on the densities pval that best tells the anomalies (yval 1) from the rest.

    Port of ``[bestEpsilon, bestF1] = selectThreshold (yval, pval)`` (octave/selectThreshold.m): every
    ``epsilon`` of Octave's range ``min(pval):stepsize:max(pval)``, ``stepsize = (max - min) / 1000``,
    predicts ``pval < epsilon`` and is scored by F1::

        tp, fp, fn = sum(pred & yval), sum(pred & ~yval), sum(~pred & yval)
        prec, rec = tp / (tp + fp), tp / (tp + fn)
        F1 = 2 * prec * rec / (prec + rec)

    the first of the best kept (strictly greater than the best so far, which starts at 0, epsilon 0).

    Parameters
    ----------
    yval : array_like of shape (m,), (m, 1) or (1, m)
        Labels, 0 or 1 (bool or numbers): 1 for an anomaly.
    pval : array_like of m numbers, of any vector shape
        The densities of the same examples.

    Returns
    -------
    best_epsilon : float
    best_f1 : float

    Raises
    ------
    ValueError
        If yval is not a real vector of 0s and 1s, pval not a real vector of as many elements, or
        ``max(pval) - min(pval)`` is so large that adding a step to it overflows.

    See Also
    --------
    multivariate_gaussian : The densities.

    Notes
    -----
    Octave parity: the thresholds are Octave's range, element for element (1001 of them: the i-th is
    ``min + i*stepsize``, not a running sum, and the last is clipped to ``max``; the count is found by
    Octave's tolerant floor), so the same threshold wins and ``best_epsilon`` agrees to the bit. A
    precision or recall of 0/0 is NaN, as in Octave, and so is F1 where tp is 0: NaN is never greater,
    so such a threshold is never kept (nor one of F1 0). Hence (0.0, 0.0) when no threshold finds an
    anomaly: no anomaly in yval, all pval equal (an empty range), all NaN, or an Inf among them (the
    range is then one NaN). NaN densities are ignored by min and max (as Octave's) and never
    predicted. Computed silently: no numpy RuntimeWarning.

    Examples
    --------
    >>> from pyport import select_threshold
    >>> eps, f1 = select_threshold([0, 1, 0, 1, 0, 0], [0.5, 0.01, 0.4, 0.02, 0.3, 0.6])
    >>> print(round(eps, 6), f1)  # 0.01 + 17 steps of 0.00059: just above both anomalies
    0.02003 1.0
    """
    func = "select_threshold"
    yval, pval = check_anomaly_threshold_args(func, yval, pval)
    seen = pval[~np.isnan(pval)]
    pmin = float(seen.min()) if seen.size else math.nan  # Octave's min and max ignore NaN
    pmax = float(seen.max()) if seen.size else math.nan
    with np.errstate(all="ignore"):
        span = float(np.float64(pmax) - np.float64(pmin))
        stepsize = float(np.float64(span) / 1000)
    best_epsilon, best_f1 = 0.0, 0.0
    anomalies = np.count_nonzero(yval)
    with np.errstate(all="ignore"):  # 0/0, silently, as in Octave
        for epsilon in colon(pmin, stepsize, pmax):
            predictions = pval < epsilon
            tp = np.count_nonzero(predictions & yval)
            fp = np.count_nonzero(predictions) - tp
            fn = anomalies - tp
            prec = np.float64(tp) / np.float64(tp + fp)
            rec = np.float64(tp) / np.float64(tp + fn)
            F1 = 2 * prec * rec / (prec + rec)
            if F1 > best_f1:
                best_f1, best_epsilon = float(F1), float(epsilon)
    return Threshold(best_epsilon, best_f1)

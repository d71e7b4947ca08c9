"""Principal component analysis (ex7): the ports of octave/pca.m, projectData.m and recoverData.m."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import scipy.linalg

from ._check_kmeans import check_pca_covariance, check_pca_data, check_pca_projection, check_pca_recovery


class PcaResult(NamedTuple):
    """``[U, S]`` of pca: the principal directions (n, n), one a column, and the diagonal (n, n) of
    the variances along them, largest first."""

    U: np.ndarray
    S: np.ndarray


def _xtx(X: np.ndarray) -> np.ndarray:
    """Octave's ``X' * X``: BLAS ``dsyrk`` computes one triangle, copied into the other, so that the
    result is exactly symmetric, as Octave's (which calls dsyrk for a product of a matrix's transpose
    with itself)."""
    upper = scipy.linalg.blas.dsyrk(1.0, X, trans=1)
    return np.triu(upper) + np.triu(upper, 1).T


def pca(X) -> PcaResult:
    """Principal components: the singular value decomposition of the covariance matrix of X's rows.

    Port of ``[U, S] = pca (X)`` (octave/pca.m)::

        Sigma = X.T @ X / m
        U, S, V = svd(Sigma)

    Parameters
    ----------
    X : array_like of shape (m, n)
        Finite; normally with zero-mean columns (:func:`feature_normalize`): it is not centred here.

    Returns
    -------
    PcaResult
        ``U`` (n, n), the principal directions in its columns, and ``S`` (n, n), diagonal, the
        variance along each, largest first.

    Raises
    ------
    ValueError
        If X is not a non-empty real numeric matrix, holds NaN or Inf, or is so large that X'*X/m
        overflows.

    See Also
    --------
    project_data : Coordinates of the data along the first K directions.
    recover_data : Back from those coordinates.

    Notes
    -----
    Octave parity: ``U`` and ``S`` come from LAPACK's ``dgesvd`` (``scipy.linalg.svd`` with
    ``lapack_driver="gesvd"``), the routine Octave's ``svd`` calls by default, on the same Sigma
    (``X' * X`` through ``dsyrk``, as Octave computes it); ``numpy.linalg.svd`` would call ``dgesdd``,
    which may return other signs. What is guaranteed:

    - ``S`` agrees with Octave's to rounding (a few ULPs of the largest).
    - Where a singular value is apart from the others, its column of ``U`` is the unit eigenvector,
      determined up to its sign, and the sign is dgesvd's: the same as Octave's (verified on random
      inputs by the cross-check cases, which compare U entry by entry). The rounding error of such a
      column grows as the gap to its neighbours shrinks (about eps * S[0, 0] / gap).
    - Where singular values are equal (or nearly: closer than rounding), only the span of their
      columns is determined, not the columns: the port's may be another orthonormal basis of that span
      than Octave's. ``U @ S @ U.T`` (which is Sigma) and ``U @ U.T`` are determined.

    Examples
    --------
    The course's figure: on z-scored 2-D data whose features rise together, the first direction is
    -0.707107, -0.707107.

    >>> import numpy as np
    >>> from pyport import pca, feature_normalize
    >>> t = np.arange(1.0, 21.0)
    >>> X_norm, _, _ = feature_normalize(np.column_stack([t + np.sin(t), 2 * t - np.cos(3 * t)]))
    >>> U, S = pca(X_norm)
    >>> print(np.round(U[:, 0], 6))
    [-0.707107 -0.707107]
    >>> S.shape
    (2, 2)
    """
    X = check_pca_data("pca", X)
    m = X.shape[0]
    with np.errstate(over="ignore"):  # refused just below, as in Octave
        Sigma = _xtx(np.asfortranarray(X)) / m
    check_pca_covariance("pca", Sigma, X)
    U, s, _ = scipy.linalg.svd(Sigma, full_matrices=True, lapack_driver="gesvd", check_finite=False)
    return PcaResult(U, np.diag(s))


def project_data(X, U, K) -> np.ndarray:
    """The rows of X projected on the first K columns of U.

    Port of ``Z = projectData (X, U, K)`` (octave/projectData.m): ``Z = X @ U[:, :K]``.

    Parameters
    ----------
    X : array_like of shape (m, n)
    U : array_like of shape (n, p)
        The principal directions from :func:`pca` (p = n).
    K : int
        From 1 to p.

    Returns
    -------
    Z : ndarray of shape (m, K)

    Raises
    ------
    ValueError
        If X or U is not a non-empty real numeric matrix, U's rows are not X's columns, or K is not
        a whole number from 1 to p.

    See Also
    --------
    pca, recover_data

    Notes
    -----
    Octave parity: the same product through BLAS ``dgemm``; two OpenBLAS builds may round it
    differently in the last bits. No numpy RuntimeWarning (NaN and Inf go through as in Octave).

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import project_data
    >>> U = np.array([[-1.0, 1.0], [-1.0, -1.0]]) / np.sqrt(2)
    >>> print(np.round(project_data(np.array([[1.0, 2.0], [-3.0, 0.5]]), U, 1), 6))
    [[-2.12132 ]
     [ 1.767767]]
    """
    X, U, k = check_pca_projection("project_data", X, U, K)
    with np.errstate(all="ignore"):
        return X @ U[:, :k]


def recover_data(Z, U, K) -> np.ndarray:
    """Points given by their coordinates along the first K columns of U, back in the original space.

    Port of ``X_rec = recoverData (Z, U, K)`` (octave/recoverData.m): ``X_rec = Z @ U[:, :K].T``.

    Parameters
    ----------
    Z : array_like of shape (m, K)
    U : array_like of shape (n, p)
        The principal directions from :func:`pca`.
    K : int
        From 1 to p.

    Returns
    -------
    X_rec : ndarray of shape (m, n)

    Raises
    ------
    ValueError
        If Z or U is not a non-empty real numeric matrix, K is not a whole number from 1 to p, or Z
        does not have K columns.

    See Also
    --------
    pca, project_data

    Notes
    -----
    Octave parity: the same product through BLAS; the last bits may differ between two OpenBLAS
    builds. No numpy RuntimeWarning.

    Examples
    --------
    The course's figure: the first example's projection 1.481274 comes back as -1.047419 -1.047419.

    >>> import numpy as np
    >>> from pyport import recover_data
    >>> U = np.array([[-1.0, 1.0], [-1.0, -1.0]]) / np.sqrt(2)
    >>> print(np.round(recover_data(np.array([[1.481274]]), U, 1), 6))
    [[-1.047419 -1.047419]]
    """
    Z, U, k = check_pca_recovery("recover_data", Z, U, K)
    with np.errstate(all="ignore"):
        return Z @ U[:, :k].T

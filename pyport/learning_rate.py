"""The learning rate beyond which gradient descent diverges, and the warning the descent ports give
when it does: port of octave/stableLearningRate.m."""

from __future__ import annotations

import warnings

import numpy as np
import scipy.linalg

from . import _validate


class LearningRateWarning(UserWarning):
    """Gradient descent is diverging or about to: alpha beyond the stable limit, a rising cost, or a
    cost that stopped being finite. The results are still exactly Octave's."""


def stable_learning_rate(X) -> float:
    """The largest learning rate for which gradient descent on X converges: ``2 / lambda_max(X.T @ X / m)``.

    Port of ``alpha_max = stableLearningRate (X)`` (octave/stableLearningRate.m).

    Derivation: the cost ``J(theta) = ||X theta - y||^2 / (2m)`` has gradient ``H theta - X.T y / m``
    and Hessian ``H = X.T @ X / m``. With ``e_k = theta_k - theta*`` (theta* a least-squares
    solution), the update ``theta_(k+1) = theta_k - alpha * grad`` gives ``e_(k+1) = (I - alpha*H)
    e_k``. Along the eigenvector of each eigenvalue lambda of H the error is multiplied by
    ``1 - alpha*lambda`` at every update, and it shrinks only while ``|1 - alpha*lambda| < 1``, that
    is ``0 < alpha < 2/lambda``, for every lambda: ``alpha < 2/lambda_max``. At ``2/lambda_max`` the
    error along that eigenvector oscillates without shrinking; beyond, it grows geometrically, and
    so does the cost.

    Parameters
    ----------
    X : array_like of shape (m, n)
        The design matrix gradient descent runs on (ones column included).

    Returns
    -------
    alpha_max : float
        ``inf`` when ``X.T @ X / m`` underflows to 0 (``2 / 0``); 0 when it overflows (entries of X
        beyond about 1e154): the limit is then below ``2 / realmax``, and any alpha diverges.

    Raises
    ------
    ValueError
        If X is not a real matrix (2-D; a number is a 1-by-1) with a row and a column, has NaN or Inf,
        or is all zeros.

    See Also
    --------
    gradient_descent_multi : Warns (LearningRateWarning) when alpha is at or beyond this limit.
    gradient_descent : The same, for one feature.
    feature_normalize : Scaling the features changes ``X.T @ X``, and so the limit.

    Notes
    -----
    Octave parity: Octave's ``eig`` of the symmetric X'X/m (LAPACK dsyev) against scipy's (dsyevr,
    the largest eigenvalue only): a few ULPs apart. An X whose X'X/m overflows gives 0 in both (``2 / Inf``;
    Octave's ``eig`` alone would stop at "matrix contains Inf or NaN values"); a tiny X whose X'X/m
    underflows to 0 gives Inf in both, as ``2 / 0``.

    Examples
    --------
    Octave: ``alpha_max = stableLearningRate ([1 1; 1 2; 1 3])``:

    >>> import warnings
    >>> import numpy as np
    >>> from pyport import gradient_descent, stable_learning_rate
    >>> X = np.array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    >>> y = np.array([2.0, 3.0, 4.0])  # y = 1 + x
    >>> alpha_max = stable_learning_rate(X)
    >>> theta, J_history = gradient_descent(X, y, np.zeros(2), 0.9 * alpha_max, 500)
    >>> print(round(alpha_max, 6), np.round(theta, 6))  # below the limit: converges
    0.36059 [1. 1.]
    >>> with warnings.catch_warnings(record=True) as caught:  # beyond it: diverges, and warns
    ...     warnings.simplefilter("always")
    ...     theta, J_history = gradient_descent(X, y, np.zeros(2), 1.1 * alpha_max, 10)
    >>> print(caught[0].category.__name__, J_history[-1] > J_history[0])
    LearningRateWarning True
    """
    func = "stable_learning_rate"
    X = _validate.check_stable_rate_args(func, X)
    H = _hessian(X)
    # X'X/m overflowing: its largest eigenvalue is beyond realmax too, and 2 / Inf is 0 (the limit,
    # below 2/realmax, rounded to 0), as in Octave's stableLearningRate
    lambda_max = _largest_eigenvalue(H) if np.isfinite(H).all() else np.inf
    with np.errstate(divide="ignore"):  # X'X/m of a tiny X can underflow to 0: Inf, as Octave's 2 / 0
        return float(np.float64(2.0) / lambda_max)


def _hessian(X: np.ndarray) -> np.ndarray:
    """``X' * X / m``; +-Inf or NaN where it overflows, silently as in Octave."""
    with np.errstate(over="ignore", invalid="ignore"):
        return (X.T @ X) / X.shape[0]


def _largest_eigenvalue(H: np.ndarray) -> float:
    """The largest eigenvalue of the finite symmetric H."""
    n = H.shape[1]
    return float(scipy.linalg.eigh(H, eigvals_only=True, subset_by_index=[n - 1, n - 1], check_finite=False)[0])


def check_step(func: str, X: np.ndarray, alpha: float) -> float | None:
    """Warn if alpha is at or beyond the stable limit; return the limit (None if X has none: X not
    finite, or X'X/m 0; 0 when X'X/m overflows)."""
    if not np.isfinite(X).all():
        return None
    H = _hessian(X)
    lambda_max = _largest_eigenvalue(H) if np.isfinite(H).all() else np.inf  # overflowing: a limit of 0
    if not lambda_max > 0:
        return None
    limit = 2.0 / lambda_max
    if alpha >= limit:
        warnings.warn(f"{func}: alpha = {alpha:g} is at or beyond the stable limit 2/lambda_max(X'X/m) = "
                      f"{limit:.6g} from iteration 1: the iterates will diverge; use alpha < {limit:.6g}",
                      LearningRateWarning, stacklevel=4)
    return limit


def check_history(func: str, J_start: float, J_history: np.ndarray, alpha: float, limit: float | None,
                  rounding=0.0, m: int = 1) -> None:
    """Warn once for the first update after which the cost rose beyond rounding (against the cost
    before it, the starting cost included), and once for the first after which it was not finite.

    ``rounding`` is how far each residual of X*theta - y may round (eps times the size of its terms):
    near an exact fit the cost itself is ~0, and only that, not the cost, says what rounding is. It
    may be a function giving that number, called only if the cost rose beyond 1e-10 of itself.
    """
    if J_history.size == 0:
        return
    with np.errstate(all="ignore"):  # costs near realmax: 2 m J and the allowance may overflow, harmlessly
        _check_history(func, J_start, J_history, alpha, limit, rounding, m)


def _check_history(func: str, J_start: float, J_history: np.ndarray, alpha: float, limit: float | None,
                   rounding, m: int) -> None:
    limit_text = f"the stable limit is {limit:.6g}" if limit is not None else "X has no stable limit"
    J = np.concatenate([[J_start], J_history])  # J[k]: the cost after update k
    finite = np.isfinite(J_history)
    first_bad = int(np.argmin(finite)) + 1 if not finite.all() else None
    rising = J[:first_bad]
    if rising.size > 1 and np.isfinite(rising[0]):
        # a rise within rounding is not divergence: relative to the cost, and, near an exact fit, to
        # what residuals of size r = sqrt(2m J) rounding by d can do to J (d * (r + d), 10 times over)
        # (the second allowance is asked only where the cost rose beyond the first: a long run's
        # history is millions of costs, and rises are few)
        before, rise = np.abs(rising[:-1]), np.diff(rising)
        suspects = np.flatnonzero(rise > 1e-10 * before)
        if callable(rounding):
            rounding = rounding() if suspects.size else 0.0
        r = np.sqrt(2 * m * before[suspects])
        rose = rise[suspects] > 10 * rounding * (r + rounding)
        if rose.any():
            k = int(suspects[np.argmax(rose)]) + 1
            warnings.warn(f"{func}: the cost rose at iteration {k}, from {J[k - 1]:.6g} to {J[k]:.6g} "
                          f"(alpha = {alpha:g}; {limit_text})", LearningRateWarning, stacklevel=5)
    if first_bad is not None:
        warnings.warn(f"{func}: the cost stopped being finite at iteration {first_bad} (alpha = {alpha:g}; "
                      f"{limit_text})", LearningRateWarning, stacklevel=5)

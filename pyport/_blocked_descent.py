"""The fast paths of pyport.gradient_descent: a block of updates at a time for long runs on small
problems, where the plain loop's cost is Python's, not the arithmetic's; and, for a tall X, a
column-major copy that BLAS reads at full speed (:func:`descend_tall`, at the end).

The update ``theta <- theta - (alpha/m) X'(X theta - y)`` is linear: ``theta <- A theta + b`` with
``A = I - (alpha/m) X'X`` and ``b = (alpha/m) X'y``. With the powers ``P_j = A^j`` and the sums
``q_j = A^(j-1) b + ... + A b + b`` for j = 1..BLOCK, computed once, the next BLOCK iterates are
``theta_(k+j) = P_j theta_k + q_j``: a few numpy calls for BLOCK updates instead of a few per update.
Each cost is then ``sum (err .* err) / (2m)`` of ``err = X theta_(k+j) - y``, added in Octave's order.

The values are the plain loop's up to rounding (the two round in other places: the plain loop in X'(X
theta - y) at each update, this in A's powers), and only where rounding cannot grow: the descent must
converge (0 < alpha < the stable limit 2/lambda_max(X'X/m), so that every power of A is at most 1 in
norm), and every input must be finite (the NaN and Inf of a diverging run are the plain loop's).
tests/pyport/test_gradient_descent.py holds it to the plain loop.
"""

from __future__ import annotations

import numpy as np

#: Updates per block: the powers of A take BLOCK * n * n numbers (a MB or less where the path serves).
BLOCK = 4096
#: The fast path serves runs of at least this many updates on an X of at most LARGEST_X entries: there
#: Python's overhead (some 10 us an update) is most of the plain loop's time; beyond, reading X is.
LEAST_UPDATES = 2 * BLOCK
LARGEST_X = 1024


def suits(X: np.ndarray, num_iters: int, alpha: float, limit: float | None) -> bool:
    """Whether the blocked descent serves this run (X checked, ``limit`` the stable learning rate)."""
    return (num_iters >= LEAST_UPDATES and X.size <= LARGEST_X and limit is not None
            and 0 < alpha < limit and bool(np.isfinite(X).all()))


def descend(X: np.ndarray, y: np.ndarray, theta: np.ndarray, alpha: float, num_iters: int):
    """``(theta, J_history)`` after ``num_iters`` updates (columns in; ``suits`` was asked first);
    plain finite inputs are the caller's business: NaN or Inf in y or theta propagate as they would."""
    m, n = X.shape
    step = alpha / m
    A = np.eye(n) - step * (X.T @ X)
    b = (step * (X.T @ y))[:, 0]
    # powers[j*n:(j+1)*n] is A^(j+1) and sums[j] the sum q_(j+1), so that one product gives a block.
    powers, sums = np.empty((BLOCK * n, n)), np.empty((BLOCK, n))
    powers[:n], sums[0] = A, b
    for j in range(1, BLOCK):
        powers[j * n:(j + 1) * n] = A @ powers[(j - 1) * n:j * n]
        sums[j] = A @ sums[j - 1] + b
    J_history = np.empty(num_iters)
    twice_m = 2 * m
    for start in range(0, num_iters, BLOCK):
        count = min(BLOCK, num_iters - start)
        thetas = (powers[:count * n] @ theta).reshape(count, n) + sums[:count]  # the next count iterates
        err = X @ thetas.T - y  # (m, count): each column an iterate's residuals
        # Octave's sum, one residual after another: numpy adds down the rows of a C-ordered array in
        # order (and a square is never -0, so starting from the first is starting from +0)
        J_history[start:start + count] = np.add.reduce(err * err, axis=0) / twice_m
        theta = thetas[count - 1].reshape(n, 1)
    return theta, J_history


#: A tall X: from this many rows, each update's two products are worth a column-major copy of X.
TALL = 32768


def tall(X: np.ndarray, num_iters: int) -> bool:
    """Whether :func:`descend_tall` serves this run: X tall, and (unless X is column-major already)
    updates enough to pay for the copy (at 1e6x10 the copy took 90 ms here, an update's two
    products about 7 ms on the copy against 23 ms on the row-major X)."""
    return X.shape[0] >= TALL and (X.flags.f_contiguous or num_iters >= 8)


def descend_tall(X: np.ndarray, y: np.ndarray, theta: np.ndarray, alpha: float, num_iters: int):
    """``(theta, J_history)`` on a tall X laid out as Octave's, column by column: there BLAS reads
    X at full speed for both products of an update (``X @ theta`` and ``X.T @ err``: dot products of
    ten numbers a row, in the row-major layout, run at a third of it). The residual of each cost is
    the next update's, and the buffers are made once, so an update allocates nothing of X's length.
    The values are the plain loop's up to the rounding of the products' sums and the costs'."""
    m = X.shape[0]
    Xf = np.asfortranarray(X)
    step, twice_m = alpha / m, 2 * m
    err, squares = np.empty((m, 1)), np.empty((m, 1))

    def residuals(theta):
        np.matmul(Xf, theta, out=err)
        np.subtract(err, y, out=err)
        np.multiply(err, err, out=squares)
        # numpy's pairwise sum, not Octave's sequential one: a rounding apart, and ten times as fast
        # (one addition after another waits on the one before; the products above do not wait)
        return float(np.add.reduce(squares[:, 0]))

    J_history = np.empty(num_iters)
    residuals(theta)
    for k in range(num_iters):
        theta = theta - step * (Xf.T @ err)
        J_history[k] = residuals(theta) / twice_m
    return theta, J_history

"""The fast paths of pyport.gradient_descent: a block of updates at a time for long runs on small
problems, where the plain loop's cost is Python's, not the arithmetic's; and a block of rows at a time
for a tall X, read once an update instead of twice (:func:`descend_by_rows`, at the end).

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


#: Rows a block where a tall X is read once an update (a block of them stays in the cache between the
#: two products that read it): 8192 rows of 10 columns are 640 KB.
ROWS = 8192


def tall(X: np.ndarray) -> bool:
    """Whether X is tall enough for :func:`descend_by_rows` to pay (and laid out for it)."""
    return X.shape[0] >= 4 * ROWS and X.flags.c_contiguous


def descend_by_rows(X: np.ndarray, y: np.ndarray, theta: np.ndarray, alpha: float, num_iters: int):
    """``(theta, J_history)`` reading a tall X once an update, not twice: a block of rows at a time,
    ``err = X_b theta - y_b`` gives both that block's share of the gradient ``X_b' err`` and its
    squares, added on to the cost's running sum in Octave's order (one residual after another, from
    +0). Each cost is the plain loop's; the gradient's sums are grouped by block (a rounding apart)."""
    m, n = X.shape
    step, twice_m = alpha / m, 2 * m
    err = np.empty((ROWS + 1, 1))

    def residuals(theta):
        """Octave's sum (err .* err) and X' * err at theta."""
        total, grad = 0.0, np.zeros((n, 1))
        for start in range(0, m, ROWS):
            block = X[start:start + ROWS]
            count = block.shape[0]
            e = np.matmul(block, theta, out=err[1:count + 1])
            e -= y[start:start + count]
            grad += block.T @ e
            np.multiply(e, e, out=e)
            err[0, 0] = total  # carry: ((total + s_0) + s_1) + ...
            total = float(np.add.accumulate(err[:count + 1, 0])[-1])
        return total, grad

    J_history = np.empty(num_iters)
    _, grad = residuals(theta)
    for k in range(num_iters):
        theta = theta - step * grad
        total, grad = residuals(theta)
        J_history[k] = total / twice_m
    return theta, J_history

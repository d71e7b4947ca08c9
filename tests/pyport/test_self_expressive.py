"""pyport.self_expressive_cost without Octave: hand values, central differences, fmincg keeps the diagonal."""

import math

import numpy as np
import pytest

from pyport import fmincg, self_expressive_cost

X3 = np.array([[1.0, 2.0, 0.5], [-1.0, 1.0, 3.0], [0.3, 0.0, 1.0]])
C3 = np.array([[0.0, 0.3, -0.2], [0.2, 0.0, 0.1], [-0.1, 0.4, 0.0]])  # zero diagonal
X4 = np.array([[1.0, 2.0, 0.5, 1.0], [-1.0, 1.0, 3.0, 0.0], [0.3, 0.0, 1.0, 2.0]])


def loop_cost(C, X, lam, eps):
    """J with plain Python loops: sum_i ||x_i - X c_i||^2 + lam * sum_i sqrt(||c_i||^2 + eps)."""
    d, n = len(X), len(X[0])
    total = 0.0
    for i in range(n):
        for r in range(d):
            total += (X[r][i] - sum(X[r][k] * C[k][i] for k in range(n))) ** 2
        total += lam * math.sqrt(sum(C[k][i] ** 2 for k in range(n)) + eps)
    return total


def diagonal_positions(n):
    return [i * n + i for i in range(n)]


def test_zero_C_by_hand():
    X = np.array([[1.0, 2.0, 0.0], [0.0, 1.0, 3.0]])
    J, grad = self_expressive_cost(np.zeros(9), X, 0.5, 1e-4)
    # ||X||_F^2 = 1 + 4 + 1 + 9 = 15; penalty 0.5 * 3 * sqrt(1e-4)
    assert J == pytest.approx(15 + 0.5 * 3 * 1e-2, rel=1e-14)
    assert J == pytest.approx(np.linalg.norm(X, "fro") ** 2 + 0.5 * 3 * math.sqrt(1e-4), rel=1e-14)
    assert np.all(grad[diagonal_positions(3)] == 0)


def test_cost_matches_loops():
    J, _ = self_expressive_cost(C3.ravel(order="F"), X3, 0.7, 1e-3)
    assert J == pytest.approx(loop_cost(C3, X3, 0.7, 1e-3), rel=1e-13)


def test_off_diagonal_gradient_matches_central_differences():
    lam, eps, e = 0.7, 1e-3, 1e-6
    _, grad = self_expressive_cost(C3.ravel(order="F"), X3, lam, eps)
    off = [(i, j) for j in range(3) for i in range(3) if i != j]  # column-major, as c is unrolled
    num = []
    for i, j in off:
        plus, minus = C3.copy(), C3.copy()
        plus[i, j] += e
        minus[i, j] -= e
        num.append((loop_cost(plus, X3, lam, eps) - loop_cost(minus, X3, lam, eps)) / (2 * e))
    np.testing.assert_allclose(grad[[j * 3 + i for i, j in off]], num, rtol=1e-7, atol=1e-8)


def test_perturbing_a_diagonal_entry_is_refused():
    c = C3.ravel(order="F").copy()
    c[4] = 1e-6  # C[1, 1]
    with pytest.raises(ValueError, match=r"^self_expressive_cost: the diagonal of C must be 0, but its 2nd element is 1e-06$"):
        self_expressive_cost(c, X3, 0.7, 1e-3)
    c = np.zeros(4)
    c[3] = 0.5
    with pytest.raises(ValueError, match=r"its 2nd element is 0\.5$"):
        self_expressive_cost(c, np.eye(2), 1.0, 1.0)


def test_grad_diagonal_is_exactly_zero_where_the_free_gradient_is_not():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(5, 4))
    C = rng.normal(size=(4, 4))
    np.fill_diagonal(C, 0.0)
    _, grad = self_expressive_cost(C.ravel(order="F"), X, 0.3, 1e-6)
    G = grad.reshape(4, 4, order="F")
    assert np.all(np.diag(G) == 0)
    # the unconstrained gradient on the diagonal, -2 (X'R)_ii + lam C_ii/norm_i = -2 (X'R)_ii, is not 0
    assert np.all(np.diag(-2 * X.T @ (X - X @ C)) != 0)
    assert np.all(G[~np.eye(4, dtype=bool)] != 0)


def test_fmincg_never_moves_the_diagonal_and_lowers_J():
    lam, eps = 0.1, 1e-6
    c, fX, _ = fmincg(self_expressive_cost, np.zeros(16), {"MaxIter": 30}, X4, lam, eps)
    C = c.reshape(4, 4, order="F")
    assert np.all(np.diag(C) == 0)  # exactly, not approximately
    assert np.any(c != 0)
    J0 = self_expressive_cost(np.zeros(16), X4, lam, eps)[0]
    J1 = self_expressive_cost(c, X4, lam, eps)[0]
    assert J1 < 0.5 * J0
    assert J1 == pytest.approx(loop_cost(C, X4, lam, eps), rel=1e-12)


def penalty_cost(c, X, lam, eps, lam2):
    """The same objective with a free diagonal pushed towards 0 by lam2 * sum(diag(C)^2)."""
    n = X.shape[1]
    C = c.reshape(n, n, order="F")
    R = X - X @ C
    norms = np.sqrt((C * C).sum(axis=0) + eps)
    J = (R * R).sum() + lam * norms.sum() + lam2 * (np.diag(C) ** 2).sum()
    G = -2 * X.T @ R + lam * C / norms + 2 * lam2 * np.diag(np.diag(C))
    return J, G.ravel(order="F")


def test_penalty_alternative_leaves_a_non_zero_diagonal():
    lam, eps, lam2 = 0.1, 1e-6, 10.0
    c0 = np.zeros(16)
    # the penalty objective's own gradient is right (central differences at a point with a diagonal)
    p = np.random.default_rng(5).normal(scale=0.3, size=16)
    num = [(penalty_cost(p + s, X4, lam, eps, lam2)[0] - penalty_cost(p - s, X4, lam, eps, lam2)[0]) / 2e-6
           for s in np.eye(16) * 1e-6]
    np.testing.assert_allclose(penalty_cost(p, X4, lam, eps, lam2)[1], num, rtol=1e-6, atol=1e-7)
    c, _, _ = fmincg(penalty_cost, c0, {"MaxIter": 30}, X4, lam, eps, lam2)
    diag = np.diag(c.reshape(4, 4, order="F"))
    assert np.all(diag != 0)  # only pushed towards 0
    assert np.abs(diag).max() < 0.5
    constrained, _, _ = fmincg(self_expressive_cost, c0, {"MaxIter": 30}, X4, lam, eps)
    assert np.all(np.diag(constrained.reshape(4, 4, order="F")) == 0)


def test_grad_form_follows_c():
    c = C3.ravel(order="F")
    J1, g1 = self_expressive_cost(c, X3, 0.7, 1e-3)
    J2, g2 = self_expressive_cost(c.reshape(-1, 1), X3, 0.7, 1e-3)
    assert g1.shape == (9,) and g2.shape == (9, 1)
    assert J1 == J2
    np.testing.assert_array_equal(g1, g2.ravel())


@pytest.mark.parametrize("args, text", [
    ((np.zeros(3), np.eye(2), 1.0, 1.0), "c must be"),
    ((np.zeros((1, 4)), np.eye(2), 1.0, 1.0), "c must be"),
    ((np.zeros(4), np.eye(2), 1.0, 0.0), "epsilon must be a positive real scalar, got 0$"),
    ((np.zeros(4), np.eye(2), 1.0, -1e-3), "epsilon must be a positive real scalar, got -0.001$"),
    ((np.zeros(4), np.eye(2), [1.0, 2.0], 1.0), "lambda_ must be a real scalar"),
    ((np.zeros(4), np.eye(2), 1.0, [1e-3, 1e-3]), "epsilon must be a positive real scalar, got a 1-D array of length 2$"),
])
def test_errors(args, text):
    with pytest.raises(ValueError, match=r"^self_expressive_cost: " + text):
        self_expressive_cost(*args)

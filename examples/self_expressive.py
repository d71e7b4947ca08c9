"""How do I keep the diagonal of a self-expressive coefficient matrix exactly zero?

Self-expressive models write each data point as a combination of the others: x_i ~ X @ C[:, i],
with C[i, i] = 0 so that no point explains itself. On generated data from two 2-D subspaces of R^5
(8 points), this script minimises, with fmincg,
  (a) self_expressive_cost: the diagonal is not a free parameter (it stays 0, its gradient is 0);
  (b) the penalty approach: the same cost with a free diagonal plus lambda2 * sum(diag(C)**2).
The penalty leaves a non-zero diagonal; the constraint leaves exact zeros.

Run from anywhere:  .venv/bin/python examples/self_expressive.py
"""

import numpy as np

from pyport import fmincg, self_expressive_cost

rng = np.random.default_rng(4)
basis1, basis2 = rng.standard_normal((5, 2)), rng.standard_normal((5, 2))
X = np.hstack([basis1 @ rng.standard_normal((2, 4)), basis2 @ rng.standard_normal((2, 4))])
n = X.shape[1]
LAMBDA, EPSILON, LAMBDA2, MAX_ITER = 0.05, 1e-6, 10.0, 200


def penalty_cost(c, X, lam, eps, lam2):
    """The same cost with the diagonal free, pushed towards 0 by lam2 * sum(diag(C)**2)."""
    C = c.reshape(n, n, order="F")
    R = X - X @ C
    norms = np.sqrt(np.sum(C * C, axis=0) + eps)
    d = np.diag(C)
    J = np.sum(R * R) + lam * np.sum(norms) + lam2 * np.sum(d * d)
    G = -2 * X.T @ R + lam * C / norms + 2 * lam2 * np.diag(d)
    return J, G.ravel(order="F")


start = np.zeros(n * n)
c_con, fX_con, _ = fmincg(self_expressive_cost, start, {"MaxIter": MAX_ITER}, X, LAMBDA, EPSILON)
c_pen, fX_pen, _ = fmincg(penalty_cost, start, {"MaxIter": MAX_ITER}, X, LAMBDA, EPSILON, LAMBDA2)
C_con, C_pen = c_con.reshape(n, n, order="F"), c_pen.reshape(n, n, order="F")

np.set_printoptions(precision=3, suppress=False, linewidth=110)
print(f"X: {X.shape[0]} x {n}, points 0-3 from one 2-D subspace, 4-7 from another; lambda {LAMBDA}, fmincg {MAX_ITER}")
print(f"(a) constraint: final cost {fX_con[-1]:.6f}; diag(C) = {np.diag(C_con)}")
print(f"    every diagonal entry exactly 0: {bool(np.all(np.diag(C_con) == 0))}")
print(f"(b) penalty lambda2 = {LAMBDA2:g}: final cost {fX_pen[-1]:.6f}; diag(C) = {np.diag(C_pen)}")
print(f"    largest |C[i, i]| {np.max(np.abs(np.diag(C_pen))):.3e}, smallest {np.min(np.abs(np.diag(C_pen))):.3e}; "
      f"exact zeros on the diagonal: {np.count_nonzero(np.diag(C_pen) == 0)} of {n} (a penalty shrinks it)")
across = np.abs(C_con[:4, 4:]).sum() + np.abs(C_con[4:, :4]).sum()
within = np.abs(C_con[:4, :4]).sum() + np.abs(C_con[4:, 4:]).sum()
print(f"(a) weight within subspaces {within:.3f}, across them {across:.3f}: points are explained by their own subspace")

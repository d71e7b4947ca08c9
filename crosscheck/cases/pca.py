"""Cases for pyport/pca.py: pca, projectData, recoverData.

``pca`` is LAPACK ``dgesvd`` on both sides, on the same Sigma (``X' * X`` through ``dsyrk``, then
``/ m``). Where the singular values are well apart, U's columns are determined up to sign, and the
sign is dgesvd's: the cases with distinct singular values compare U and S entry for entry, signs
included. Where singular values are equal, U's columns are not determined, only the space they span:
those cases (and the declared ones, whose random draws may come close) compare what is guaranteed,
``guaranteed_decomposition``: S, each column of U whose singular value stands apart (sign included),
and for a group of equal ones the projector ``U_g * U_g'`` onto their span.
"""

from __future__ import annotations

import numpy as np

from crosscheck.args import Matrix
from crosscheck.case import Output
from crosscheck.cases._common import CaseList, zscore
from crosscheck.compare import OutputComparison, Tolerance, compare_output

CASES = CaseList("PCA")
US = (Output("U", "array"), Output("S", "array"))
EPS = np.finfo(float).eps
SVD = Tolerance(rtol=1e-12, scale="output",
                why="two dgesvd runs on Sigmas that may differ in the last bits (dsyrk through two OpenBLAS builds): "
                    "S to a few ULPs of its largest value, each column of U to about eps * S(1,1) / gap, "
                    "and the cases keep the relative gaps above 1e-2")
PRODUCT = Tolerance(rtol=1e-13, scale="output", why="one BLAS product through two OpenBLAS builds: last-bit differences")
#: Singular values closer than this (relative to the largest) are one group: their columns of U are not compared.
GROUP = 1e-8


def _groups(s: np.ndarray) -> list[list[int]]:
    """Runs of singular values (largest first) within GROUP * s[0] of the next one."""
    scale = s[0] if s.size and s[0] > 0 else 1.0
    groups = [[0]]
    for j in range(1, s.size):
        if s[j - 1] - s[j] <= GROUP * scale:
            groups[-1].append(j)
        else:
            groups.append([j])
    return groups


def guaranteed_decomposition(inputs, octave_outputs, port_outputs) -> list[OutputComparison]:
    """S entry by entry; for each group of equal singular values, the projector onto the span of its
    columns of U (for a group of one, the column itself, its sign included), to a bound of the
    Davis-Kahan kind: 100 * n * eps * S(1,1) / (the gap to the other groups)."""
    Uo, So = (np.asarray(o, dtype=float) for o in octave_outputs)
    Up, Sp = (np.asarray(p, dtype=float) for p in port_outputs)
    comparisons = [compare_output("S", So, Sp, SVD, "array")]
    if Uo.shape != Up.shape or Uo.ndim != 2:
        return comparisons + [compare_output("U", Uo, Up, SVD, "array")]
    s = np.diag(So).copy()
    n = s.size
    scale = s[0] if n and s[0] > 0 else 1.0
    for g in _groups(s):
        others = np.setdiff1d(np.arange(n), g)
        gap = np.min(np.abs(s[others][:, None] - s[g][None, :])) if others.size else scale
        tol = Tolerance(atol=100 * n * EPS * scale / max(gap, EPS * scale),
                        why="a column (or the span of equal ones) moves by ~eps * S(1,1) / gap under rounding")
        name = f"U(:,{g[0] + 1})" if len(g) == 1 else f"span U(:,{g[0] + 1}:{g[-1] + 1})"
        if len(g) == 1:
            comparisons.append(compare_output(name, Uo[:, g], Up[:, g], tol, "array"))
        else:
            comparisons.append(compare_output(name, Uo[:, g] @ Uo[:, g].T, Up[:, g] @ Up[:, g].T, tol, "array"))
    return comparisons


def _distinct(m: int, n: int):
    """Data whose covariance is Q diag(s) Q' (Q random orthogonal) with s from 1 down to 1e-2, evenly
    on a log scale: relative gaps of 1e-2 at least."""
    def inputs(rng):
        Q, _ = np.linalg.qr(rng.standard_normal((n, n)))
        W, _ = np.linalg.qr(rng.standard_normal((m, n)))  # orthonormal columns: W'W = I
        scales = np.logspace(0, -1, n) if n > 1 else np.ones(1)
        return np.sqrt(m) * W @ np.diag(scales) @ Q.T,
    return inputs


def _course_figure(rng):
    t = np.arange(1.0, 51.0)
    return zscore(np.column_stack([t + 3 * rng.standard_normal(50), 2 * t + 5 * rng.standard_normal(50)])),


def _repeated(rng):
    """Sigma = Q diag([3, 1, 1]) Q' exactly in exact arithmetic: a pair of equal singular values."""
    Q, _ = np.linalg.qr(rng.standard_normal((3, 3)))
    E = np.vstack([np.eye(3), -np.eye(3)]) * np.sqrt(3.0)  # E'E / 6 = I
    return E @ np.diag([np.sqrt(3.0), 1.0, 1.0]) @ Q.T,


# -- pca -------------------------------------------------------------------------------------------
for m, n in ((50, 2), (200, 5), (30, 8), (10, 1)):
    CASES.add("pca", f"distinct-{m}x{n}", _distinct(m, n), US, SVD, about="singular values apart: U and S entry by entry, signs included")
CASES.add("pca", "course-figure", _course_figure, US, SVD,
          about="z-scored 2-D data rising together: U(:, 1) = -0.707107 -0.707107 on both sides")
CASES.add("pca", "wide", lambda rng: (zscore(rng.standard_normal((4, 6))),), US, SVD,
          check=guaranteed_decomposition, about="m < n: Sigma singular, a group of zero singular values")
CASES.add("pca", "repeated", _repeated, US, SVD, check=guaranteed_decomposition,
          about="two equal singular values: S, the separate column, and the span of the pair")
CASES.add("pca", "identity-covariance", lambda rng: (np.vstack([np.eye(4), -np.eye(4)]),), US, SVD,
          check=guaranteed_decomposition, about="Sigma = I/4: every singular value equal, only S and the span compared")
CASES.add("pca", "single-and-int",
          lambda rng: (np.round(zscore(rng.standard_normal((40, 3))) * 10).astype(np.float32),), US, SVD,
          check=guaranteed_decomposition, about="X single: its values as doubles")
CASES.add("pca", "logical", lambda rng: (rng.random((20, 3)) < 0.5,), US, SVD, check=guaranteed_decomposition,
          about="a logical X: its 0s and 1s")
CASES.add("pca", "declared", None, US, SVD, check=guaranteed_decomposition,
          args=(Matrix("m", "n"),), sizes={"m": (1, 40), "n": (1, 5)},
          about="random X, whose singular values may come close: what is guaranteed")
CASES.add("pca", "error-nan", lambda rng: (np.array([[1.0, np.nan], [2.0, 3.0]]),), US, SVD,
          raises="X must be finite (it has NaN or Inf)")
CASES.add("pca", "error-overflow", lambda rng: (np.array([[1.0, 1e300], [2.0, 3.0]]),), US, SVD,
          raises="X'*X/m overflows: X is too large (its largest magnitude is 1e+300)",
          about="finite X whose squares overflow: refused in words, before svd refuses Inf")
CASES.add("pca", "error-inf", lambda rng: (np.array([[1.0, 2.0], [np.inf, 3.0]]),), US, SVD,
          raises="X must be finite (it has NaN or Inf)")


# -- projectData and recoverData -------------------------------------------------------------------
def _basis(rng, n: int) -> np.ndarray:
    return np.linalg.qr(rng.standard_normal((n, n)))[0]


for m, n, K in ((50, 2, 1), (100, 5, 3), (20, 4, 4)):
    CASES.add("projectData", f"random-{m}x{n}-K{K}", lambda rng, m=m, n=n, K=K: (rng.standard_normal((m, n)), _basis(rng, n), float(K)),
              (Output("Z", "array"),), PRODUCT)
    CASES.add("recoverData", f"random-{m}x{n}-K{K}", lambda rng, m=m, n=n, K=K: (rng.standard_normal((m, K)), _basis(rng, n), float(K)),
              (Output("X_rec", "array"),), PRODUCT)
CASES.add("projectData", "nonfinite", lambda rng: (np.array([[1.0, np.nan], [np.inf, 2.0], [1.0, 2.0]]), _basis(rng, 2), 2.0),
          (Output("Z", "array"),), PRODUCT, about="NaN and Inf through the product, as Octave's BLAS gives them")
CASES.add("projectData", "single-and-logical", lambda rng: (rng.standard_normal((10, 3)).astype(np.float32), _basis(rng, 3), np.array([[True]])),
          (Output("Z", "array"),), PRODUCT, about="X single, K logical true (1)")
CASES.add("projectData", "declared", None, (Output("Z", "array"),), PRODUCT,
          args=(Matrix("m", "n"), Matrix("n", "n", -1.0, 1.0), 1.0), sizes={"m": (1, 30), "n": (1, 5)})
CASES.add("projectData", "error-rows-of-u", lambda rng: (np.ones((4, 2)), np.eye(3), 1.0), (Output("Z", "array"),), PRODUCT,
          raises="u must have one row for each column of x (x is 4x2, u is 3x3)")
CASES.add("projectData", "error-huge-k", lambda rng: (np.ones((4, 2)), np.eye(2), 1e20), (Output("Z", "array"),), PRODUCT,
          raises="k must be at most the number of columns of u (u is 2x2), got 1e+20")
CASES.add("projectData", "error-k", lambda rng: (np.ones((4, 2)), np.eye(2), 3.0), (Output("Z", "array"),), PRODUCT,
          raises="k must be at most the number of columns of u (u is 2x2), got 3")
CASES.add("recoverData", "course-figure", lambda rng: (np.array([[1.481274]]), np.array([[-1.0, 1.0], [-1.0, -1.0]]) / np.sqrt(2), 1.0),
          (Output("X_rec", "array"),), PRODUCT, about="the course's figure: 1.481274 back as -1.047419 -1.047419")
CASES.add("recoverData", "int-z", lambda rng: (np.array([[2], [-1]], dtype=np.int64), _basis(rng, 3), 1.0),
          (Output("X_rec", "array"),), PRODUCT, about="Z an int64 column: its values as doubles")
CASES.add("recoverData", "declared", None, (Output("X_rec", "array"),), PRODUCT,
          args=(Matrix("m", 2), Matrix("n", 3, -1.0, 1.0), 2.0), sizes={"m": (1, 30), "n": (1, 5)})
CASES.add("recoverData", "error-columns-of-z", lambda rng: (np.ones((3, 2)), np.eye(2), 1.0), (Output("X_rec", "array"),), PRODUCT,
          raises="z must have k columns (k is 1, z is 3x2)")

"""The simplified SMO algorithm: the port of octave/private/svmSmo.m, shared by svm_train and
dataset3_params, on arguments already checked (pyport/_check_svm.py).

Step for step as the original: the same comparisons in the same order, Octave's two-argument ``max``
and ``min`` (NaN ignored) and its sequential ``sum``, so that with the same draws both take the same
branches.
"""

from __future__ import annotations

import numpy as np

from . import _check_svm, _validate, octave
from .kernels import kernel_path


def kernel_matrix(func: str, X: np.ndarray, kernel_function) -> np.ndarray:
    """The m-by-m kernel matrix of the rows of X, by the rule of :func:`pyport.kernels.kernel_path`."""
    path = kernel_path(kernel_function)
    m = X.shape[0]
    if path == "linear":
        return X @ X.T
    if path == "gaussian":
        sq = octave.sum(X * X, 2)  # (m, 1)
        D = sq + (sq.T - 2 * (X @ X.T))
        return np.power(_validate.check_scalar(func, "the kernel's value", kernel_function(1.0, 0.0)), D)
    K = np.zeros((m, m))
    for i in range(m):
        for j in range(i, m):
            K[i, j] = _validate.check_scalar(func, "the kernel's value", kernel_function(X[i], X[j]))
            K[j, i] = K[i, j]
    return K


class _Draws:
    """u for ``j = ceil(m * u)``: from ``draws`` in order, or from the generator when there are none."""

    def __init__(self, func: str, draws, gen):
        self.func, self.draws, self.gen, self.used = func, draws, gen, 0

    def __call__(self) -> float:
        if self.draws is None:
            return float(self.gen.random())
        if self.used == self.draws.size:
            _check_svm._ran_out(self.func, self.used + 1, self.draws.size)
        self.used += 1
        return float(self.draws[self.used - 1])


def smo(func: str, X, Y, C, kernel_function, tol, max_passes, draws, gen):
    """The SMO loop. Y holds 0 and 1 (1-D); returns ``(alphas, b, Y)``, Y as -1 and 1, all 1-D."""
    m = X.shape[0]
    Y = 2 * Y - 1
    with np.errstate(all="ignore"):  # Inf and NaN in X: Octave's IEEE arithmetic, silently
        K = kernel_matrix(func, X, kernel_function)
        alphas = np.zeros(m)
        b = 0.0
        E = np.zeros(m)
        draw = _Draws(func, draws, gen)
        passes = 0
        while passes < max_passes:
            changed = 0
            for i in range(m):
                E[i] = b + octave.sum(alphas * Y * K[:, i])[0] - Y[i]
                if not ((Y[i] * E[i] < -tol and alphas[i] < C) or (Y[i] * E[i] > tol and alphas[i] > 0)):
                    continue
                j = i
                while j == i:  # Octave's j = max (ceil (m * u), 1), 1-based
                    j = max(int(np.ceil(m * draw())), 1) - 1
                E[j] = b + octave.sum(alphas * Y * K[:, j])[0] - Y[j]
                ai_old, aj_old = alphas[i], alphas[j]
                if Y[i] == Y[j]:
                    L = octave.max(0.0, alphas[j] + alphas[i] - C)
                    H = octave.min(C, alphas[j] + alphas[i])
                else:
                    L = octave.max(0.0, alphas[j] - alphas[i])
                    H = octave.min(C, C + alphas[j] - alphas[i])
                if L == H:
                    continue
                eta = 2 * K[i, j] - K[i, i] - K[j, j]
                if eta >= 0:
                    continue
                alphas[j] = alphas[j] - Y[j] * (E[i] - E[j]) / eta
                alphas[j] = octave.max(L, octave.min(H, alphas[j]))
                if abs(alphas[j] - aj_old) < tol:
                    alphas[j] = aj_old
                    continue
                alphas[i] = alphas[i] + Y[i] * Y[j] * (aj_old - alphas[j])
                b1 = b - E[i] - Y[i] * (alphas[i] - ai_old) * K[i, j] - Y[j] * (alphas[j] - aj_old) * K[i, j]
                b2 = b - E[j] - Y[i] * (alphas[i] - ai_old) * K[i, j] - Y[j] * (alphas[j] - aj_old) * K[j, j]
                if 0 < alphas[i] < C:
                    b = b1
                elif 0 < alphas[j] < C:
                    b = b2
                else:
                    b = (b1 + b2) / 2
                changed += 1
            passes = passes + 1 if changed == 0 else 0
    return alphas, float(b), Y

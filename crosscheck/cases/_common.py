"""What the topic modules of crosscheck.cases share: the list they fill, and input builders."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Case
from crosscheck.compare import Tolerance
from pyport import datasets


class CaseList(list):
    """A topic's cases, in the order they are added; ``family`` names the topic in the report."""

    def __init__(self, family: str):
        super().__init__()
        self.family = family

    def add(self, function: str, name: str, inputs, outputs, tol: Tolerance = Tolerance(), **options) -> None:
        """Append ``Case(function, name, inputs, outputs, tol=tol, family=..., **options)``."""
        self.append(Case(function, name, inputs, outputs, tol=tol, family=self.family, **options))


def column(values) -> np.ndarray:
    """A float64 column (k, 1): what Octave calls a vector, and what the cases send."""
    return np.asarray(values, dtype=np.float64).reshape(-1, 1)


def with_ones(X: np.ndarray) -> np.ndarray:
    """``[ones(m, 1), X]``: the intercept column first."""
    return np.hstack([np.ones((X.shape[0], 1)), X])


def sin_grid() -> np.ndarray:
    """Octave's ``sin (reshape (1:2:24, 4, 3))``: 4-by-3, filled column by column."""
    return np.sin(np.arange(1.0, 24.0, 2.0).reshape(4, 3, order="F"))


def data(name: str) -> np.ndarray:
    """One of the data sets in data/, as an array."""
    return datasets.load(name).values


def zscore(F: np.ndarray) -> np.ndarray:
    """Columns centred and divided by their N-1 standard deviation."""
    return (F - F.mean(axis=0)) / F.std(axis=0, ddof=1)


def random_problem(m: int, n: int, scale: float = 1.0, theta_scale: float = 1.0):
    """inputs(rng) -> X (ones and n-1 features of size ~scale), y, theta: a regression problem."""
    def build(rng):
        X = with_ones(scale * rng.standard_normal((m, n - 1)))
        theta = theta_scale * rng.standard_normal((n, 1))
        y = X @ theta + scale * theta_scale * 0.1 * rng.standard_normal((m, 1))
        return X, y, theta_scale * rng.standard_normal((n, 1))
    return build


def perfect_fit(m: int, n: int):
    """inputs(rng) -> X, y, theta with y = X*theta exactly (in floating point): a cost of 0, or a
    rounding residue of ~1e-33."""
    def inputs(rng):
        X = with_ones(rng.standard_normal((m, n - 1)))
        theta = rng.standard_normal((n, 1))
        return X, X @ theta, theta
    return inputs


def spd(rng, n: int, cond: float) -> np.ndarray:
    """A symmetric positive definite n-by-n matrix with the given condition number."""
    Q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    A = Q @ np.diag(np.logspace(0, np.log10(cond), n)) @ Q.T
    return (A + A.T) / 2


def logistic_data(rng, m: int, n: int):
    """X (ones and n-1 normal features) and 0/1 labels drawn from a logistic model."""
    X = with_ones(rng.standard_normal((m, n - 1)))
    p = 1 / (1 + np.exp(-(X @ rng.standard_normal((n, 1)))))
    return X, (rng.random((m, 1)) < p).astype(float)

"""Cases for pyport/learning_rate.py: stableLearningRate."""

from __future__ import annotations

import numpy as np

from crosscheck.case import Output
from crosscheck.cases._common import CaseList, data
from crosscheck.compare import Tolerance

CASES = CaseList("learning rate")
ALPHA = (Output("alpha_max", "scalar"),)
EIGEN = Tolerance(rtol=1e-12, why="LAPACK dsyev (Octave) against dsyevr (scipy): the largest eigenvalue a few ULPs apart")


# -- stableLearningRate ----------------------------------------------------------------------------
def _integer_features(rng):
    X = rng.integers(0, 10, (50, 2)).astype(float)
    return (np.hstack([X, np.ones((50, 1))]),)


CASES.add("stableLearningRate", "age-height-weight", lambda rng: (np.hstack([np.ones((12, 1)),
                                                                         data("age_height_weight")[:, :2]]),),
     ALPHA, EIGEN)
CASES.add("stableLearningRate", "integer-features", _integer_features, ALPHA, EIGEN, about="the diverging example's X")
CASES.add("stableLearningRate", "random-tall", lambda rng: (rng.standard_normal((300, 6)) * [1, 2, 3, 4, 5, 6],), ALPHA, EIGEN)
CASES.add("stableLearningRate", "single-row", lambda rng: (rng.standard_normal((1, 4)),), ALPHA, EIGEN)
CASES.add("stableLearningRate", "error-zeros", lambda rng: (np.zeros((3, 2)),), ALPHA, EIGEN, raises="x is all zeros")


CASES.add("stableLearningRate", "tiny", lambda rng: (1e-200 * np.array([[1.0, 2.0], [3.0, 4.0]]),), ALPHA, EIGEN,
          about="X'X/m underflows to 0: 2 / 0 is Inf in both")
CASES.add("stableLearningRate", "overflow", lambda rng: (np.array([[1e160, 2e160], [1e160, 3e160]]),), ALPHA, EIGEN,
          about="X'X/m overflows: 2 / Inf is 0 in both")

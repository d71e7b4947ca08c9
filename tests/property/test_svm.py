"""Generated models for svmPredict (ex6): a model struct cannot be a declared argument of a case, so its
generated inputs are here, against the Octave original (marked octave), with the kernel handles the
course's driver writes (crosscheck.case.Handle with arity 2)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as nps

from crosscheck import Handle, Output, Tolerance, assert_agrees
from pyport import svm_predict

from .strategies import OCTAVE_SETTINGS

values = st.floats(-5, 5, allow_nan=False, allow_infinity=False)


@st.composite
def models_and_queries(draw):
    """A model as svmTrain leaves it (support vectors, labels -1/1, positive alphas, b, w over them),
    a linear or a Gaussian kernel, and 1 to 8 rows to classify; 2 or 3 features (with one, the course's
    svmPredict takes a column as a single example)."""
    s, n, q = draw(st.integers(1, 6)), draw(st.integers(2, 3)), draw(st.integers(1, 8))
    X = draw(nps.arrays(np.float64, (s, n), elements=values))
    y = np.where(draw(nps.arrays(np.bool_, (s, 1))), 1.0, -1.0)
    alphas = draw(nps.arrays(np.float64, (s, 1), elements=st.floats(1e-3, 10)))
    b = draw(values)
    kernel = (Handle("linearKernel", arity=2) if draw(st.booleans())
              else Handle("gaussianKernel", bound=(draw(st.floats(0.1, 3)),), arity=2))
    model = {"X": X, "y": y, "kernelFunction": kernel, "b": b, "alphas": alphas, "w": X.T @ (alphas * y)}
    return model, draw(nps.arrays(np.float64, (q, n), elements=values))


@pytest.mark.octave
@OCTAVE_SETTINGS
@given(models_and_queries())
def test_svm_predict_on_generated_models(octave, problem):
    model, Xq = problem
    assert_agrees(octave, "svmPredict", svm_predict, model, Xq, outputs=(Output("pred", "any"),),
                  tol=Tolerance(why="0/1 labels"))

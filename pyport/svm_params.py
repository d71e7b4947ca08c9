"""Choosing an SVM's parameters: the port of octave/dataset3Params.m, the course's search for C and
sigma of a Gaussian kernel by the validation error."""

from __future__ import annotations

import functools
from typing import NamedTuple

import numpy as np

from . import _check_svm, _svm_smo, octave
from .kernels import gaussian_kernel
from .svm import _generator, _model, svm_predict

#: The values dataset3_params tries for C and for sigma, as the course's exercise does.
SEARCH_VALUES = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)


class SvmParams(NamedTuple):
    """dataset3_params' outputs, Octave's ``[C, sigma]``."""

    C: float
    sigma: float


def dataset3_params(X, y, Xval, yval, draws=None, rng=None) -> SvmParams:
    """Choose C and sigma of a Gaussian-kernel SVM by the validation error, as the course's exercise.

    Port of ``[C, sigma] = dataset3Params (X, y, Xval, yval, draws)`` (octave/dataset3Params.m): C and
    sigma each over ``SEARCH_VALUES`` (0.01 0.03 0.1 0.3 1 3 10 30), C in the outer loop; for each
    pair, ``svm_train(X, y, C, partial(gaussian_kernel, sigma=sigma))`` with the default tol and
    max_passes, and the error ``mean(svm_predict(model, Xval) != yval)``; the pair of the least error,
    the first in that order on a tie.

    Parameters
    ----------
    X : array_like of shape (m, n)
        Training examples, m >= 2.
    y : array_like of shape (m,) or (m, 1)
        Their labels, 0 and 1.
    Xval : array_like of shape (mval, n)
        Validation examples.
    yval : array_like of shape (mval,) or (mval, 1)
        Their labels (any numbers: compared with the predictions 0 and 1).
    draws : array_like of numbers in [0, 1), optional
        As svm_train's; each of the 64 trainings takes them from the start.
    rng : numpy.random.Generator, int or None
        When draws is None: one generator for all the trainings (None: fresh entropy).

    Returns
    -------
    params : SvmParams
        ``(C, sigma)``, floats.

    Raises
    ------
    ValueError
        If X and y are not svm_train's X and Y, Xval has not X's columns, yval is not a column of
        Xval's rows, or draws are not draws (or run out).

    See Also
    --------
    svm_train, svm_predict, gaussian_kernel

    Notes
    -----
    Octave parity: the same search, order and ties; with the same draws the same trainings (within
    svm_train's parity). Without draws, numpy's generator is not Octave's ``rand``.

    Examples
    --------
    Two clusters: the first pair of zero validation error in the search order (C outer, sigma inner);
    Octave: ``[C, sigma] = dataset3Params (X, y, X + 0.05, y, draws)``:

    >>> import numpy as np
    >>> from pyport import dataset3_params
    >>> X = np.array([[0.0, 0.0], [0.2, 0.1], [2.0, 2.0], [2.1, 1.8]])
    >>> y = np.array([0, 0, 1, 1])
    >>> dataset3_params(X, y, X + 0.05, y, draws=(np.arange(1, 101) * 0.618034) % 1)
    SvmParams(C=0.01, sigma=0.03)
    """
    func = "dataset3_params"
    X, y, _, tol, max_passes, draws, _ = _check_svm._train_args(
        func, X, y, 1.0, gaussian_kernel, None, None, draws, "y")
    Xval, yval = _check_svm._validation_args(func, X, Xval, yval)
    gen = _generator(rng)
    best, chosen = np.inf, None
    for C in SEARCH_VALUES:
        for sigma in SEARCH_VALUES:
            kernel = functools.partial(gaussian_kernel, sigma=sigma)
            alphas, b, Y = _svm_smo.smo(func, X, y, C, kernel, tol, max_passes, draws, gen)
            model = _model(X, Y, kernel, alphas, b, True)
            if Xval.shape[1] == 1:  # svm_predict takes a one-column X as one example: one row at a time
                pred = np.array([svm_predict(model, row)[0] for row in Xval])
            else:
                pred = svm_predict(model, Xval)
            err = octave.mean((pred != yval).astype(np.float64))[0]
            if err < best:
                best, chosen = err, SvmParams(C, sigma)
    return chosen

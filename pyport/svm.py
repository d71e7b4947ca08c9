"""Support vector machines: ports of octave/svmTrain.m (the course's simplified SMO trainer) and
octave/svmPredict.m. The kernels are in pyport/kernels.py, the choice of C and sigma in
pyport/svm_params.py."""

from __future__ import annotations

from typing import Callable, NamedTuple

import numpy as np

from . import _check_svm, _svm_smo, _validate, octave
from .kernels import kernel_path

class SvmModel(NamedTuple):
    """A trained SVM: Octave's struct ``model`` (fields X, y, kernelFunction, b, alphas, w)."""

    X: np.ndarray
    y: np.ndarray
    kernel_function: Callable
    b: float
    alphas: np.ndarray
    w: np.ndarray


def _generator(rng) -> np.random.Generator:
    return rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)


def _model(X, Y, kernel_function, alphas, b, y_1d) -> SvmModel:
    """The record Octave's svmTrain builds: the support vectors (alphas > 0) and w over all rows."""
    sv = alphas > 0
    Xf = np.asfortranarray(X)  # Octave's column-major matrix: the same BLAS kernel as its dgemv
    with np.errstate(all="ignore"):
        w = Xf.T @ (alphas * Y)
    shape = (lambda v: v) if y_1d else (lambda v: v.reshape(-1, 1))
    return SvmModel(X[sv, :], shape(Y[sv]), kernel_function, b, shape(alphas[sv]), shape(w))


def svm_train(X, Y, C, kernel_function, tol=None, max_passes=None, draws=None, rng=None) -> SvmModel:
    """Train a support vector machine by the simplified SMO algorithm, as the course's trainer.

    Port of ``model = svmTrain (X, Y, C, kernelFunction, tol, max_passes, draws)`` (octave/svmTrain.m).
    For each example i that violates the KKT conditions by more than tol, a second example
    ``j = ceil(m * u)`` (1-based; again while j == i) is drawn with u from ``draws`` in order, or from
    ``rng`` when draws is None; the pair's alphas and b are then updated. Training stops after
    max_passes sweeps in a row without a change.

    Parameters
    ----------
    X : array_like of shape (m, n)
        m >= 2 examples.
    Y : array_like of shape (m,) or (m, 1)
        Labels 0 and 1 (bool too); 0 becomes -1 inside.
    C : float
        The regularisation parameter, > 0.
    kernel_function : callable
        ``sim = kernel_function(x1, x2)`` of two 1-D examples. Recognised as Octave recognises its
        handle's ``func2str`` text (see Notes): ``linear_kernel`` itself, and ``gaussian_kernel``
        bound to sigma (``functools.partial(gaussian_kernel, sigma=0.1)``, or any callable whose
        ``__wrapped__`` is ``gaussian_kernel``).
    tol : float, optional
        Tolerance of the KKT conditions and of a step, >= 0; None (or empty): 1e-3.
    max_passes : int, optional
        Sweeps without a change before stopping, >= 0; None (or empty): 5.
    draws : array_like of numbers in [0, 1), optional
        The u of the second index, one per draw, in order; a u of 0 gives j = 1. None (or empty):
        drawn from ``rng``.
    rng : numpy.random.Generator, int or None
        The generator (or its seed) when draws is None; None draws from fresh entropy.

    Returns
    -------
    model : SvmModel
        ``X`` (s, n) and ``y`` (labels -1 and 1) of the s support vectors (alphas > 0),
        ``kernel_function`` as given, ``b`` (float), their ``alphas``, and ``w = X.T @ (alphas * Y)``
        over all the examples (n; meaningful for the linear kernel). y, alphas and w are 1-D when Y
        is, else columns.

    Raises
    ------
    ValueError
        If X is not a real matrix of at least 2 rows, Y not a column of 0s and 1s of X's rows, C not a
        positive real scalar, kernel_function not callable, tol not a non-negative real scalar,
        max_passes not a non-negative integer, draws not a vector of numbers in [0, 1), draws run out,
        or a kernel's value is not a real scalar.

    See Also
    --------
    svm_predict : Predicts with the model.
    linear_kernel, gaussian_kernel : The kernels.
    dataset3_params : Chooses C and sigma by validation.

    Notes
    -----
    The kernel matrix: ``X @ X.T`` for ``linear_kernel``; ``kernel_function(1.0, 0.0) ** D``, D the
    squared distances between rows, for the Gaussian kernel; otherwise ``kernel_function(X[i], X[j])``
    pair by pair (1-D rows), one half of the symmetric matrix. This is the course's rule, read from
    the callable instead of Octave's ``func2str`` text.

    Octave parity: with the same draws, the same steps (Octave's NaN-ignoring ``max``/``min`` and its
    sequential ``sum``). The kernel matrix and w go through BLAS, which may round otherwise on another
    machine; a comparison taken within that rounding of its threshold may then go the other way. A
    custom kernel receives 1-D rows (Octave: columns). Octave's svmTrain also takes a function's name
    ("linearKernel"); the port takes callables only. The course's trainer prints progress dots;
    neither this port nor octave/svmTrain.m does. Without draws, numpy's generator is not Octave's
    ``rand``: the model is another of the same kind.

    Examples
    --------
    Octave: ``model = svmTrain (X, y, 1, @linearKernel, 1e-3, 5, draws)``:

    >>> import numpy as np
    >>> from pyport import linear_kernel, svm_train
    >>> X = np.array([[1, 2], [2, 1], [2, 3], [3, 2], [-1, -2], [-2, -1], [-2, -3], [-3, -2]])
    >>> y = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    >>> model = svm_train(X, y, 1.0, linear_kernel, draws=(np.arange(1, 401) * 0.618034) % 1)
    >>> print(np.sign(X @ model.w + model.b))
    [ 1.  1.  1.  1. -1. -1. -1. -1.]
    """
    func = "svm_train"
    X, Y, C, tol, max_passes, draws, y_1d = _check_svm.check_svm_train_args(
        func, X, Y, C, kernel_function, tol, max_passes, draws)
    alphas, b, Y = _svm_smo.smo(func, X, Y, C, kernel_function, tol, max_passes, draws, _generator(rng))
    return _model(X, Y, kernel_function, alphas, b, y_1d)


def svm_predict(model, X) -> np.ndarray:
    """Predict labels 0 and 1 with a trained SVM: 1 where the decision value is >= 0.

    Port of ``pred = svmPredict (model, X)`` (octave/svmPredict.m).

    Parameters
    ----------
    model : SvmModel or Mapping
        What svm_train returns, or a mapping with Octave's field names (X, y, kernelFunction, b,
        alphas, w), as Octave's struct reaches Python.
    X : array_like of shape (m, n)
        One example per row; a 1-D array, or a single column, is one example (Octave transposes a
        one-column X).

    Returns
    -------
    pred : ndarray of shape (m,)
        1.0 where the decision value p is >= 0, else 0.0 (NaN included): float64, as Octave's double.

    Raises
    ------
    ValueError
        If model is not a model (fields and their shapes), or X not a real matrix of the model's n
        columns.

    See Also
    --------
    svm_train : Makes the model.

    Notes
    -----
    The decision value, by the kernel's path (see :func:`svm_train`): ``X @ w + b`` for the linear
    kernel; for the Gaussian kernel, the sum over support vectors of ``alpha * y * K``, with **no b
    added**; otherwise the same sum, the kernel called pair by pair, plus b.

    Octave parity: the Gaussian path leaves b out, as the course's predictor does (a user comparing
    with the course's numbers needs that; add b yourself otherwise). The predictions are 0/1 labels,
    not indices: they stay 0 and 1, float64. pred is 1-D where Octave's is m-by-1: compare it with a
    1-D y (a column y would broadcast ``pred != y`` to m-by-m). A one-column X is one example, as in
    Octave, so a one-feature model predicts one example per call.

    Examples
    --------
    >>> import numpy as np
    >>> from pyport import linear_kernel, svm_predict
    >>> model = {"X": np.array([[0.0, 0.0]]), "y": np.array([1.0]), "kernelFunction": linear_kernel,
    ...          "b": -1.0, "alphas": np.array([1.0]), "w": np.array([1.0, 1.0])}
    >>> svm_predict(model, np.array([[1.0, 1.0], [0.2, 0.3]]))
    array([1., 0.])
    """
    func = "svm_predict"
    SV, y, b, alphas, w, kernel = _check_svm.check_svm_model(func, model)
    X = _check_svm._predict_x(func, X, SV)
    path = kernel_path(kernel)
    Xf = np.asfortranarray(X)  # Octave's column-major matrices: the same BLAS kernels
    with np.errstate(all="ignore"):  # Inf and NaN, silently, as in Octave
        if path == "linear":
            p = Xf @ w + b
        elif path == "gaussian":
            D = octave.sum(X * X, 2) + (octave.sum(SV * SV, 2).T - 2 * (Xf @ np.asfortranarray(SV).T))
            K = np.power(_validate.check_scalar(func, "the kernel's value", kernel(1.0, 0.0)), D)
            p = octave.sum(alphas * (y * K), 2).ravel()  # the course leaves b out on this path
        else:
            p = np.zeros(X.shape[0])
            for i in range(X.shape[0]):
                s = 0.0
                for j in range(SV.shape[0]):
                    s += alphas[j] * y[j] * _validate.check_scalar(
                        func, "the kernel's value", kernel(X[i], SV[j]))
                p[i] = s + b
        return (p >= 0).astype(np.float64)

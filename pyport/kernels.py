"""SVM kernels: ports of octave/linearKernel.m and octave/gaussianKernel.m, and the rule by which
svm_train and svm_predict recognise them (the analogue of the course's ``func2str`` test)."""

from __future__ import annotations

import functools

import numpy as np

from . import _check_svm, _validate, octave


def linear_kernel(x1, x2) -> float:
    """The linear kernel: the inner product of two examples.

    Port of ``sim = linearKernel (x1, x2)`` (octave/linearKernel.m): ``x1(:)' * x2(:)``.

    Parameters
    ----------
    x1, x2 : array_like of shape (n,), (n, 1) or (1, n)
        Two examples of n >= 1 features (a number is one feature).

    Returns
    -------
    sim : float

    Raises
    ------
    ValueError
        If x1 or x2 is not a real numeric vector, or they have different numbers of elements.

    See Also
    --------
    gaussian_kernel : The Gaussian kernel.
    svm_train : Takes this function itself as the linear kernel, and then computes ``X @ X.T`` at once.

    Notes
    -----
    Octave parity: ``x1' * x2`` through the BLAS routine Octave calls: ``ddot``, or ``dsyrk`` when x1
    and x2 are the same object (Octave: the same variable), which rounds otherwise. Inf and NaN as
    Octave gives them, silently.

    Examples
    --------
    Octave: ``linearKernel ([1 2 3], [4; 5; 6])``:

    >>> from pyport import linear_kernel
    >>> linear_kernel([1, 2, 3], [[4], [5], [6]])
    32.0
    """
    a, b = _check_svm.check_svm_kernel_args("linear_kernel", x1, x2)
    with np.errstate(all="ignore"):  # Inf * 0 is NaN, silently, as in Octave
        return float(octave.xtx(a) if x1 is x2 else octave.dot(a, b))


def gaussian_kernel(x1, x2, sigma) -> float:
    """The Gaussian (radial basis function) kernel of bandwidth sigma.

    Port of ``sim = gaussianKernel (x1, x2, sigma)`` (octave/gaussianKernel.m)::

        sim = exp(-sum((x1 - x2) ** 2) / (2 * sigma ** 2))

    Parameters
    ----------
    x1, x2 : array_like of shape (n,), (n, 1) or (1, n)
        Two examples of n >= 1 features (a number is one feature).
    sigma : float
        The bandwidth, > 0.

    Returns
    -------
    sim : float
        In [0, 1]; 1 for equal examples.

    Raises
    ------
    ValueError
        If x1 or x2 is not a real numeric vector, they have different numbers of elements, or sigma is
        not a positive real scalar.

    See Also
    --------
    linear_kernel : The linear kernel.
    svm_train : Takes this kernel bound to sigma (``functools.partial(gaussian_kernel, sigma=s)``).

    Notes
    -----
    Octave parity: Octave's sequential sum; numpy's ``exp`` may differ from the C library's by 1 ULP.

    Examples
    --------
    The course's published check (ex6), ``gaussianKernel ([1 2 1], [0 4 -1], 2)``:

    >>> from pyport import gaussian_kernel
    >>> print(round(gaussian_kernel([1, 2, 1], [0, 4, -1], 2), 6))
    0.324652
    """
    a, b = _check_svm.check_svm_kernel_args("gaussian_kernel", x1, x2)
    s = _validate.check_scalar("gaussian_kernel", "sigma", sigma, "positive")
    with np.errstate(all="ignore"):  # Inf - Inf is NaN, silently, as in Octave
        d = a - b
        return float(np.exp(-octave.sum(d * d)[0] / (2 * np.float64(s) ** 2)))  # numpy: a huge sigma squares to Inf


def kernel_path(kernel_function) -> str:
    """Which way svm_train and svm_predict treat a kernel: "linear", "gaussian" or "pairs".

    The course's trainer decides from the handle's ``func2str`` text: equal to "linearKernel", or
    containing "gaussianKernel". A Python callable has no text; the analogue:

    - "linear": ``linear_kernel`` itself;
    - "gaussian": ``gaussian_kernel`` itself, a ``functools.partial`` of it (``partial(gaussian_kernel,
      sigma=2.0)``), or any callable whose ``__wrapped__`` is it (``functools.wraps`` sets that); it is
      called as ``kernel_function(1.0, 0.0)`` for ``exp(-1 / (2 sigma^2))``, so it must leave x1 and x2
      free;
    - "pairs": anything else, called pair by pair.
    """
    if kernel_function is linear_kernel:
        return "linear"
    if (kernel_function is gaussian_kernel
            or (isinstance(kernel_function, functools.partial) and kernel_function.func is gaussian_kernel)
            or getattr(kernel_function, "__wrapped__", None) is gaussian_kernel):
        return "gaussian"
    return "pairs"

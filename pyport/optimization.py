"""fmincg: nonlinear conjugate gradients, step for step as octave/fmincg.m.

The port keeps the original's branches in the original's order and its arithmetic in its order,
with Octave's semantics where numpy's differ: ``sqrt`` of a negative number is complex, ``min`` and
``max`` compare complex values by magnitude and ignore NaN, a complex value with a zero imaginary part
becomes real again, and ``x' * x`` rounds as Octave's BLAS call does (``octave.xtx``).
"""

from __future__ import annotations

import math
import sys
import warnings
from collections import Counter
from collections.abc import Mapping
from typing import Callable, NamedTuple

import numpy as np

from . import _validate, octave

RHO, SIG = 0.01, 0.5   # Wolfe-Powell conditions: sufficient decrease, curvature
INT = 0.1              # no new point closer than this fraction of the bracket to its ends
EXT = 3.0              # extrapolate at most this many times the current step
MAX = 20               # evaluations in one line search
RATIO = 100            # largest growth of the initial step from one search to the next
REALMIN = sys.float_info.min
OPTIONS = ("MaxIter", "Display")  # the options fmincg reads; Octave's optimset names, matched in any case


class FmincgOptionWarning(UserWarning):
    """An option fmincg does not know, ignored (Octave: ``warning ("fmincg:unknown-option", ...)``)."""


class FmincgResult(NamedTuple):
    """``[X, fX, i]`` of fmincg."""

    x: np.ndarray
    fX: np.ndarray
    i: int


def _isnan(z) -> bool:
    return z != z if not isinstance(z, complex) else (z.real != z.real or z.imag != z.imag)


def _isinf(z) -> bool:
    return math.isinf(z.real) or math.isinf(z.imag) if isinstance(z, complex) else math.isinf(z)


def _octave_options(options):
    """options with Octave's option names, as optimset takes them: in any case ("maxiter" is MaxIter;
    of two spellings of one name the later wins, as in optimset). An unknown name is a
    FmincgOptionWarning, then ignored. Anything but a mapping is left for the checker to refuse."""
    if not isinstance(options, Mapping):
        return options
    known = {name.lower(): name for name in OPTIONS}
    named = {}
    for key, value in options.items():
        name = known.get(key.lower()) if isinstance(key, str) else None
        if name is None:
            warnings.warn(f"fmincg: ignoring unknown option {key} (fmincg knows MaxIter and Display)",
                          FmincgOptionWarning, stacklevel=3)
        else:
            named.pop(name, None)
            named[name] = value
    return named


def fmincg(f: Callable, x0, options: Mapping | None = None, *args, verbose: bool = False,
           branches: Counter | None = None) -> FmincgResult:
    """Minimise a differentiable function by nonlinear conjugate gradients.

    Port of ``[X, fX, i] = fmincg (f, X, options, P1, P2, ...)`` (octave/fmincg.m): Polak-Ribiere
    directions, line searches by quadratic and cubic interpolation and cubic extrapolation under the
    Wolfe-Powell conditions (RHO = 0.01, SIG = 0.5), INT = 0.1, EXT = 3.0, MAX = 20, RATIO = 100.

    Parameters
    ----------
    f : callable
        ``f(x, *args)`` returns ``(value, gradient)`` (a tuple; more items are ignored): the value a
        real scalar (finite or not), the gradient x's n elements as a column, ``(n, 1)``, or 1-D
        ``(n,)``. f gets a copy of the iterate, in x0's shape: it may change it freely.
    x0 : array_like of shape (n,) or (n, 1)
        Starting point (not modified).
    options : mapping, optional
        ``{"MaxIter": n}`` (default 100): n > 0 counts line searches, n < 0 function evaluations;
        ``[n, red]`` also sets the expected reduction in the first line search (default 1). Names
        are matched in any case, as Octave's optimset matches them (``"maxiter"`` is MaxIter).
        ``Display`` is accepted and ignored (the ``verbose`` argument prints here); any other name
        is a :class:`FmincgOptionWarning`, then ignored.
    *args
        Passed on to f after x.
    verbose : bool
        Print ``Iteration n | Cost: ...`` after each successful line search, as the original does.
    branches : collections.Counter, optional
        If given, counts how often each branch of the line search ran (diagnostics): interpolation by
        "quadratic" or "cubic" fit, "complex-interpolation" (the cubic fit's square root of a negative
        number, then Octave's magnitude-ordered min/max), "bisect-nonfinite"; extrapolation
        "complex-extrapolation" (a complex step, refused by isreal), "extrapolate-max",
        "bisect-limit", "clip-limit", "clip-ext", "clip-int", "clip-near-limit"; and "success",
        "failure", "restart" (a Polak-Ribiere direction that is not downhill).

    Returns
    -------
    x : ndarray of x0's shape
        The point found.
    fX : ndarray of shape (k,)
        The function value after each successful line search.
    i : int
        Line searches (MaxIter > 0) or evaluations (MaxIter < 0) used.

    Raises
    ------
    ValueError
        If f is not callable, x0 is not a real vector (the message calls it "the starting point", as
        Octave's does its X), options is not a mapping, or options["MaxIter"] is not a non-zero integer
        (or [integer, reduction]); None, missing or empty means 100, as an empty field does in Octave.
        If f returns anything but ``(value, gradient)`` with a real scalar value and a gradient of n
        elements as a column (or 1-D), at any evaluation: "fmincg: the value of f must be a real
        scalar, got an array of size 3x1", "fmincg: the gradient of f must be an n-by-1 column (X is
        3x1, so n = 3; the gradient of f is 1x1)", "fmincg: the gradient of f must be a real numeric
        n-by-1 column, got None", "fmincg: f must return (value, gradient), got 5".

    Warns
    -----
    FmincgOptionWarning
        For each option name it does not know (not MaxIter or Display in any case), ignored.

    See Also
    --------
    rosenbrock : A classic test objective, minimum at all ones.
    quadratic_cost : A quadratic objective; its extra arguments show ``*args``.
    nn_cost_function_linear : The network's cost, the objective fmincg was written for.
    lr_cost_function : Regularised logistic regression's cost.
    scipy.optimize.minimize : SciPy's minimisers; ``method="CG"`` is the nearest (bench/ compares them).

    Notes
    -----
    Octave parity: the same iterates. Driven by the same objective values (the Octave objective
    itself, called from Python), the port reproduces the original's trace to the bit (README). fX is
    1-D where Octave's is a column; Octave prints by default, the port only when verbose. What f
    returns is checked at every evaluation, as in octave/fmincg.m, with the same words; a missing
    output is refused by Octave with its own message ("element number 2 undefined in return list").
    Like Octave's, which passes values, f gets a copy of the iterate. fmincg is
    chaotic: a 1-ULP difference in one objective value can move its trace by 1e-2, so the port with a
    ported objective agrees with the original only as closely as the problem allows.

    Examples
    --------
    Octave: ``[x, fX, i] = fmincg (@rosenbrock, [-1.2; 1], struct ("MaxIter", 200))``:

    >>> import numpy as np
    >>> from pyport import fmincg, rosenbrock
    >>> x, fX, i = fmincg(rosenbrock, np.array([-1.2, 1.0]), {"MaxIter": 200})
    >>> print(np.round(x, 6))  # the minimum, at all ones
    [1. 1.]
    >>> print(fX[-1] < 1e-12, np.all(np.diff(fX) <= 0))  # fX: the value after each successful line search
    True True

    A negative MaxIter counts function evaluations instead of line searches:

    >>> x, fX, i = fmincg(rosenbrock, np.array([-1.2, 1.0]), {"MaxIter": -50})
    >>> print(i)
    50
    """
    func = "fmincg"
    f, x, shape, length, red = _validate.check_fmincg_args(func, f, x0, _octave_options(options))
    count = branches if branches is not None else Counter()

    def evaluate(x):
        point = x.reshape(shape).copy()  # f gets a copy, as Octave passes values: never the iterate
        value, grad = _validate._outputs(func, "f", f(point, *args), 2)
        # np.float64, not float: a division by zero must give Inf or NaN, as in Octave, not raise.
        value = np.float64(_validate.check_scalar(func, "the value of f", value))
        grad, _ = _validate.check_column(func, "the gradient of f", grad, "n", x.size, "X", point)
        return value, grad.reshape(-1).copy()  # a copy: f may reuse the array it returned

    with np.errstate(all="ignore"):  # Octave's IEEE arithmetic: Inf and NaN, silently
        return _search(evaluate, x, shape, length, red, verbose, count)


def _search(evaluate, X, shape, length, red, verbose, count) -> FmincgResult:
    """The body of fmincg, line for line as octave/fmincg.m."""
    by_evals = length < 0
    i = 0
    ls_failed = False
    fX: list[float] = []
    f1, df1 = evaluate(X)
    i += by_evals
    s = -df1
    d1 = octave.dot(-s, s)
    z1 = np.float64(red) / (1 - d1)

    while i < abs(length):
        i += not by_evals
        X0, f0, df0 = X.copy(), f1, df1.copy()
        X = X + z1 * s
        f2, df2 = evaluate(X)
        i += by_evals
        d2 = octave.dot(df2, s)
        f3, d3, z3 = f1, d1, -z1
        M = min(MAX, -length - i) if by_evals else MAX
        success = False
        limit = -1

        while True:
            while ((f2 > f1 + z1 * RHO * d1) or (d2 > -SIG * d1)) and M > 0:
                limit = z1
                if f2 > f1:
                    count["quadratic"] += 1
                    z2 = z3 - (0.5 * d3 * z3 * z3) / (d3 * z3 + f2 - f3)
                else:
                    A = 6 * (f2 - f3) / z3 + 3 * (d2 + d3)
                    B = 3 * (f3 - f2) - z3 * (d3 + 2 * d2)
                    root = octave.sqrt(B * B - A * d2 * z3 * z3)
                    count["complex-interpolation" if isinstance(root, complex) else "cubic"] += 1
                    z2 = _divide(root - B, A)
                if _isnan(z2) or _isinf(z2):
                    count["bisect-nonfinite"] += 1
                    z2 = z3 / 2
                z2 = octave.max(octave.min(z2, INT * z3), (1 - INT) * z3)
                z1 = z1 + z2
                X = X + z2 * s
                f2, df2 = evaluate(X)
                M -= 1
                i += by_evals
                d2 = octave.dot(df2, s)
                z3 = z3 - z2

            if (f2 > f1 + z1 * RHO * d1) or (d2 > -SIG * d1):
                break
            if d2 > SIG * d1:
                success = True
                break
            if M == 0:
                break

            A = 6 * (f2 - f3) / z3 + 3 * (d2 + d3)
            B = 3 * (f3 - f2) - z3 * (d3 + 2 * d2)
            z2 = _divide(-d2 * z3 * z3, B + octave.sqrt(B * B - A * d2 * z3 * z3))
            if isinstance(z2, complex):
                count["complex-extrapolation"] += 1
            if isinstance(z2, complex) or _isnan(z2) or _isinf(z2) or z2 < 0:
                if limit < -0.5:
                    count["extrapolate-max"] += 1
                    z2 = z1 * (EXT - 1)
                else:
                    count["bisect-limit"] += 1
                    z2 = (limit - z1) / 2
            elif limit > -0.5 and z2 + z1 > limit:
                count["clip-limit"] += 1
                z2 = (limit - z1) / 2
            elif limit < -0.5 and z2 + z1 > z1 * EXT:
                count["clip-ext"] += 1
                z2 = z1 * (EXT - 1.0)
            elif z2 < -z3 * INT:
                count["clip-int"] += 1
                z2 = -z3 * INT
            elif limit > -0.5 and z2 < (limit - z1) * (1.0 - INT):
                count["clip-near-limit"] += 1
                z2 = (limit - z1) * (1.0 - INT)
            f3, d3, z3 = f2, d2, -z2
            z1 = z1 + z2
            X = X + z2 * s
            f2, df2 = evaluate(X)
            M -= 1
            i += by_evals
            d2 = octave.dot(df2, s)

        if success:
            count["success"] += 1
            f1 = f2
            fX.append(f1)
            if verbose:
                print(f"Iteration {i:4d} | Cost: {f1:4.6e}", end="\r", flush=True)
            s = (octave.xtx(df2) - octave.dot(df1, df2)) / octave.xtx(df1) * s - df2
            df1, df2 = df2, df1
            d2 = octave.dot(df1, s)
            if d2 > 0:
                count["restart"] += 1
                s = -df1
                d2 = octave.dot(-s, s)
            z1 = z1 * octave.min(RATIO, d1 / (d2 - REALMIN))
            d1 = d2
            ls_failed = False
        else:
            count["failure"] += 1
            X, f1, df1 = X0, f0, df0
            if ls_failed or i > abs(length):
                break
            df1, df2 = df2, df1   # as the original: the new direction is the last point's gradient
            s = -df1
            d1 = octave.dot(-s, s)
            z1 = 1 / (1 - d1)
            ls_failed = True
    if verbose:
        print()
    return FmincgResult(X.reshape(shape).copy(), np.asarray(fX, dtype=np.float64), i)


def _divide(a, b):
    """``a / b`` as Octave computes it: IEEE division (Inf or NaN by zero, no exception); a complex
    numerator divides each part by a real denominator."""
    if isinstance(b, complex):
        return complex(a) / b  # only ever tested for being complex (b's imaginary part is not 0)
    if isinstance(a, complex):
        return complex(_divide(a.real, b), _divide(a.imag, b))
    return np.float64(a) / np.float64(b)

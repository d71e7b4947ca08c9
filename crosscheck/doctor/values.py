"""Hypotheses on what happened to the values: off by one, the bias regularised, a constant factor (a
flipped sign, N against N-1, 2m against m), a trace one iteration apart, single precision.

Pure numpy: each ``test_*`` takes an :class:`~crosscheck.doctor.base.Output` (and what it needs of
the inputs) and returns a :class:`~crosscheck.doctor.base.Diagnosis` or None.
"""

from __future__ import annotations

import numpy as np

from crosscheck.doctor.base import Diagnosis, Output, agrees, align, allowance, explained

Size = tuple[int, str]  # a number of the inputs, and where it comes from ("the rows of argument 2")


def _integers(a: np.ndarray) -> bool:
    return a.dtype.kind in "biuf" and bool(np.all(np.isfinite(a))) and bool(np.all(a == np.round(a)))


def test_offset_by_one(o: Output) -> Diagnosis | None:
    oct_ = o.octave
    port = align(o.port, oct_.shape)
    if port is None or oct_.dtype.kind != "f" or not (_integers(oct_) and _integers(port)):
        return None
    step = np.unique(port - oct_)
    if step.size != 1 or abs(step[0]) != 1:
        return None
    if step[0] < 0:
        return Diagnosis("offset-by-one", f"every entry of the port's {o.name} is Octave's minus 1: 0-based indices "
                         "where Octave's are 1-based", "add 1 to the port's indices (np.argmax(...) + 1)")
    return Diagnosis("offset-by-one", f"every entry of the port's {o.name} is Octave's plus 1: a count or an index "
                     "one too high (made 1-based twice?)", "subtract the extra 1: Octave's index k is Python's k - 1")


# -- the bias regularised --------------------------------------------------------------------------
#: A predicted difference must be matched to this relative precision (besides the rounding of the two
#: values it is the difference of): loose enough for the rounding of a correct prediction, tight enough
#: that noise does not land on one of the few dozen penalties the inputs allow.
DIFFERENCE_RTOL = 1e-8


def _difference_is(d: np.ndarray, predicted: np.ndarray, octave: np.ndarray, port: np.ndarray) -> bool:
    """Whether the differences ``d = port - octave`` are ``predicted``, entry by entry, to
    DIFFERENCE_RTOL, where rounding (16 eps of the values) leaves them well resolved."""
    rounding = 16 * np.finfo(float).eps * (np.abs(octave) + np.abs(port))
    resolved = np.all(np.abs(predicted) > 1e6 * rounding)
    return bool(resolved and np.all(np.abs(d - predicted) <= DIFFERENCE_RTOL * np.abs(predicted) + rounding))


def _penalties(scalars: list[Size], sizes: list[Size]):
    """(lambda/m, how to say it) for each positive scalar lambda and size m of the inputs."""
    for lam, lam_where in scalars:
        for m, m_where in sizes:
            if lam > 0 and m >= 1:
                yield lam / m, f"lambda = {lam:g}, {lam_where}; m = {m}, {m_where}"


def bias_entries(o: Output, arrays: list[tuple[np.ndarray, str]], scalars: list[Size],
                 sizes: list[Size]) -> tuple[Diagnosis, np.ndarray, np.ndarray, float] | None:
    """Whether only some entries of a gradient differ, by lambda/m times the same entries of an input
    (theta): the diagnosis, the entries (a mask in column order), that input, lambda/m, and how to say
    the entries and the penalty; or None."""
    oct_ = o.octave
    port = align(o.port, oct_.shape)
    if port is None or oct_.dtype.kind != "f" or port.dtype.kind != "f" or not np.all(np.isfinite(port)):
        return None
    d = (port - oct_).ravel(order="F")
    allow = allowance(o.tol, oct_, port)
    differs = np.abs(d) > allow
    if not differs.any() or (differs.all() and d.size > 1):
        return None
    o_f, p_f = oct_.ravel(order="F")[differs], port.ravel(order="F")[differs]
    for p, where in arrays:
        p = np.asarray(p, dtype=float).ravel(order="F")
        if p.size != d.size or np.any(p[differs] == 0):
            continue
        for sign in (1, -1):
            for c, said in _penalties(scalars, sizes):
                if _difference_is(d[differs], sign * c * p[differs], o_f, p_f):
                    k = np.flatnonzero(differs)
                    which = ", ".join(f"{o.name}({i + 1})" for i in k[:4]) + (" ..." if k.size > 4 else "")
                    at = ", ".join(f"({i + 1})" for i in k[:4]) + (" ..." if k.size > 4 else "")
                    whose = "the port regularises the bias, Octave's does not" if sign > 0 else \
                        "Octave's regularises the bias, the port does not"
                    fix = "leave the bias out of the penalty: theta[1:], Octave's theta(2:end)" if sign > 0 else \
                        "regularise as the original does, the bias included"
                    return (Diagnosis("bias-regularized", f"only {which} differ{'s' if k.size == 1 else ''}, by "
                                      f"lambda/m times {where}{at} ({said}): {whose}", fix),
                            differs, p, sign * c, f"{where}{at}", said)
    return None


def test_bias_in_cost(o: Output, entries: list[tuple], arrays, scalars, sizes) -> Diagnosis | None:
    """A cost that differs by lambda/(2m) times the sum of the bias entries squared: the entries found in
    the gradient (``entries``: mask, theta, lambda/m, and how to say both, from :func:`bias_entries`),
    or else the first entry of a theta-like column."""
    if o.octave.size != 1:
        return None
    port = align(o.port, o.octave.shape)
    if port is None or port.dtype.kind != "f" or o.octave.dtype.kind != "f":
        return None
    d = float(port.ravel()[0] - o.octave.ravel()[0])
    tries = [(float(np.sum(p[mask] ** 2)) * c / 2, f"{at} squared ({said}), the entries that differ in the gradient")
             for mask, p, c, at, said in entries]
    for p, where in arrays:
        p = np.asarray(p, dtype=float)
        if p.ndim == 2 and p.shape[1] == 1 and p.shape[0] >= 2:
            for sign in (1, -1):
                tries += [(sign * c * p[0, 0] ** 2 / 2, f"{where}(1) squared ({said})")
                          for c, said in _penalties(scalars, sizes)]
    octave = o.octave.ravel()[:1]
    for predicted_d, what in tries:
        if _difference_is(np.array([d]), np.array([predicted_d]), octave, port.ravel()[:1]):
            whose = "the port regularises the bias, Octave's does not" if d > 0 else \
                "Octave's regularises the bias, the port does not"
            return Diagnosis("bias-regularized", f"the port's {o.name} differs by lambda/(2m) times {what}: {whose}", "leave the bias out of the penalty: theta[1:], Octave's theta(2:end)"
                             if d > 0 else "regularise as the original does")
    return None


# -- a constant factor -----------------------------------------------------------------------------
def _factors(sizes: list[Size]):
    """(factor, id, how to say it), in the order they are tried."""
    yield -1.0, "sign-flipped", "-1"
    yield 2.0, "scaled", "2"
    yield 0.5, "scaled", "1/2"
    for n, where in sizes:
        if n >= 3:
            said = f"N = {n} ({where})"
            yield np.sqrt((n - 1) / n), "ddof", f"sqrt((N-1)/N), {said}"
            yield np.sqrt(n / (n - 1)), "ddof", f"sqrt(N/(N-1)), {said}"
            yield (n - 1) / n, "ddof", f"(N-1)/N, {said}"
            yield n / (n - 1), "ddof", f"N/(N-1), {said}"
    for n, where in sizes:
        if n >= 2:
            for f, said in ((n, "m"), (1 / n, "1/m"), (2 * n, "2m"), (1 / (2 * n), "1/(2m)"), (n / 2, "m/2"),
                            (2 / n, "2/m")):
                yield f, "scaled", f"{said}, m = {n} ({where})"


_FIXES = {
    "sign-flipped": "check the sign of a difference (h - y against y - h) or of a step",
    "ddof": "Octave's std and var divide by N-1: np.std(x, ddof=1), np.var(x, ddof=1)",
    "scaled": "check the constant: the port's factor differs from the original's by this much",
}


def test_factor(o: Output, sizes: list[Size]) -> Diagnosis | None:
    oct_ = o.octave
    port = align(o.port, oct_.shape)
    if port is None or oct_.dtype.kind != "f" or port.dtype.kind != "f":
        return None
    finite = np.isfinite(oct_)
    if not np.array_equal(finite, np.isfinite(port)) or not np.any(oct_[finite] != 0):
        return None
    x, y = oct_[finite], port[finite]
    c = float(x @ y / (x @ x))
    if c == 0 or not np.isfinite(c) or not explained(o, c * oct_):
        return None
    for f, mistake, said in _factors(sizes):
        if abs(c - f) <= 1e-8 * abs(f) and f != 1:
            detail = (f"the port's {o.name} is Octave's with its sign flipped" if mistake == "sign-flipped" else
                      f"the port's {o.name} is {said} times Octave's")
            if mistake == "ddof":
                detail += ": a standard deviation or variance dividing by N where Octave's divides by N-1, or the reverse"
            return Diagnosis(mistake, detail, _FIXES[mistake])
    if np.count_nonzero(x) >= 3 and abs(np.log(abs(c))) > 1e-3:
        return Diagnosis("scaled", f"the port's {o.name} is {c:.6g} times Octave's (not 2, 1/2, or m, 2m, 1/m, "
                         "1/(2m) for a size of the inputs)", _FIXES["scaled"])
    return None


def test_shifted(o: Output) -> Diagnosis | None:
    """A trace one iteration ahead of Octave's, or behind (same length, or one entry more or fewer)."""
    oct_ = o.octave
    port = np.asarray(o.port)
    if oct_.ndim != 2 or min(oct_.shape) != 1 or oct_.size < 3 or port.size < 3 or port.dtype.kind != "f":
        return None
    if align(port, (port.size,)) is None and min(port.shape) != 1:
        return None
    a, b = oct_.ravel(), port.ravel()
    if a.size == b.size and agrees(a, b, o.tol):
        return None
    pairs = [(b[1:], a[:-1], "behind"), (b[:-1], a[1:], "ahead")] if a.size == b.size else \
        [(b, a[1:], "ahead"), (b, a[:-1], "behind")] if b.size == a.size - 1 else \
        [(b[1:], a, "behind"), (b[:-1], a, "ahead")] if b.size == a.size + 1 else []
    for port_part, octave_part, way in pairs:
        if agrees(octave_part, port_part, o.tol) and not agrees(octave_part[:-1], octave_part[1:], o.tol):
            return Diagnosis("one-step-off", f"the port's {o.name} ({b.size} entries) is Octave's ({a.size}) one "
                             f"iteration {way}", "record the value where the original does (after the update, or "
                             "before) and check the loop's range: Octave's 1:n runs n times, as range(n) does")
    return None


def test_single_precision(o: Output) -> Diagnosis | None:
    oct_ = o.octave
    raw = np.asarray(o.port)
    port = align(raw, oct_.shape)
    if port is None or oct_.dtype.kind != "f" or port.dtype.kind != "f":
        return None
    finite = np.isfinite(oct_)
    if not np.array_equal(finite, np.isfinite(port)) or not finite.any():
        return None
    x, y = oct_[finite], port[finite].astype(np.float64)
    as_single = raw.dtype == np.float32 or bool(np.all(y.astype(np.float32).astype(np.float64) == y))
    octave_needs_double = bool(np.any(x.astype(np.float32).astype(np.float64) != x))
    worst = float(np.max(np.abs(y - x))) / _largest(x)
    if not (as_single and octave_needs_double and 0 < worst <= 1e-4):
        return None
    return Diagnosis("single-precision", f"the port's {o.name} {'is float32' if raw.dtype == np.float32 else 'holds float32 values'} "
                     f"and differs from Octave's by up to {worst:.1e} of its largest entry: float32's rounding",
                     "compute in float64: look for float32 inputs, dtype=np.float32 or astype(np.float32)")


def _largest(x: np.ndarray) -> float:
    return float(np.max(np.abs(x))) or 1.0

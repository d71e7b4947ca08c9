"""Where a failing output parts from Octave's: the locator (pure numpy, no Octave).

compare.py says *whether* an output agrees; this module says *where* it does not, in both languages'
words: how many entries are out of tolerance, the worst of them as ``grad(3,1)`` in Octave and
``grad[2]`` in the port, the first place where NaN/Inf differ, and, when the shapes cannot be matched,
how they relate (a transpose, a flattening, an (m,1) broadcast against an (m,) into an (m,m), ...).
``locate`` returns a JSON-ready dict that lands in the report as it is; ``locator_lines`` words it.
"""

from __future__ import annotations

import numpy as np

from crosscheck.blocks import as_columns, atol_blocks, block_atol, blocks, entry, take
from crosscheck.compare import (Tolerance, _as_float, _as_octave_shape, _same_values_other_form, allowance, output_scale,
                                shape_text)


def locate(name: str, octave, port, tol: Tolerance, kind: str) -> dict:
    """Where the port's value of one output parts from Octave's.

    Parameters
    ----------
    name : str
        The output's name, used in both subscripts (``J(2,1)``, ``J[1]``).
    octave : ndarray of shape (m, n)
        Octave's value as oct2py returned it (may hold NaN/Inf, may be complex).
    port : float or ndarray of any shape
        The port's value, as it returned it.
    tol : Tolerance
        The output's resolved tolerance (``tol.atol`` may be an array of Octave's shape).
    kind : str
        The output's kind (``crosscheck.compare.KINDS``): how the port's value may be shaped.

    Returns
    -------
    dict
        ``entries`` (Octave's number of entries); ``out_of_tolerance`` (finite entries above their
        allowance plus places where NaN/Inf differ; None when the shapes cannot be matched);
        ``worst`` (the finite entry with the largest error over allowance, ties to the larger error,
        then to the first in column-major order; None when no finite entry differs at all);
        ``nonfinite`` (the first place, column-major, where NaN/Inf differ, with their ``count``; or
        None); ``shape`` (``octave``, ``port``, ``relation``, ``text``; None when the shapes match).

    Notes
    -----
    Octave's subscript is 1-based on Octave's value; Python's index is 0-based in the port's own
    shape, so both point at the same entry. Numbers are floats, non-finite ones the strings "NaN",
    "Inf" and "-Inf", complex ones a string such as "1+2j". A complex value against a real one
    counts every entry whose imaginary part is not zero as out of tolerance.
    """
    desired = _as_float(np.asarray(octave))
    port_shape = tuple(int(n) for n in np.shape(port))
    found = dict(entries=int(desired.size), out_of_tolerance=None, worst=None, nonfinite=None, shape=None)
    actual, _ = _as_octave_shape(port, kind, desired.shape)
    if actual is None:
        found["shape"] = _shape_relation(tuple(desired.shape), port_shape, kind)
        return found
    # Everything in column-major order, as Octave counts its entries, a block at a time.
    actual = _as_float(np.asarray(actual))
    D, A = as_columns(desired), as_columns(actual)
    atols = atol_blocks(tol.atol, desired.shape)
    biggest = output_scale(D, A, desired.shape) if tol.scale == "output" else 0.0
    mixed = np.iscomplexobj(actual) != np.iscomplexobj(desired)
    over_count = differ_count = 0
    first_differ = worst = None
    for start, where in blocks(desired.shape):
        d, a = take(D, where), take(A, where)
        with np.errstate(invalid="ignore"):
            nan_d, nan_a, inf_d, inf_a = np.isnan(d), np.isnan(a), np.isinf(d), np.isinf(a)
            differ = (nan_d != nan_a) | (inf_d != inf_a) | (inf_d & inf_a & (d != a))
        if differ.any():
            differ_count += int(differ.sum())
            first_differ = start + int(np.flatnonzero(differ)[0]) if first_differ is None else first_differ
        both = np.flatnonzero(np.isfinite(d) & np.isfinite(a))
        if not both.size:
            continue
        atol = block_atol(atols, where)
        atol = atol[both] if isinstance(atol, np.ndarray) else atol
        err = np.abs(a[both] - d[both])
        with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
            allowed = np.broadcast_to(allowance(tol, d[both], atol, biggest), err.shape)
            over = err > allowed
            ratio = np.where(err == 0, 0.0, err / allowed)
        if mixed:
            over |= (a if np.iscomplexobj(a) else d)[both].imag != 0
        over_count += int(over.sum())
        if err.max() > 0:
            # The largest share of its allowance, ties to the larger error, then to the first entry.
            ranked = np.where(np.isnan(ratio), -np.inf, ratio)
            ties = np.flatnonzero(ranked == ranked.max())
            j = ties[np.argmax(err[ties])]
            if worst is None or (ranked[j], err[j]) > worst[:2]:
                worst = (ranked[j], err[j], start + int(both[j]), allowed[j])
    found["out_of_tolerance"] = over_count + differ_count

    def place(k: int) -> dict:
        return dict(octave_index=_octave_index(name, k, desired.shape),
                    python_index=_python_index(name, k, desired.shape, port_shape),
                    octave=_number(entry(desired, k)), port=_number(entry(actual, k)))

    if worst is not None:
        found["worst"] = dict(place(worst[2]), error=_number(worst[1]), allowed=_number(worst[3]))
    if first_differ is not None:
        found["nonfinite"] = dict(place(first_differ), count=differ_count)
    return found


def locator_lines(name: str, locator: dict | None) -> list[str]:
    """The lines a report prints under a failing output (not indented), [] for None.

    ``name`` is the output's name, kept for the callers' symmetry with ``locate``: the subscripts in
    ``locator`` already carry it. Values print by repr, errors and allowances to 3 digits.
    """
    if locator is None:
        return []
    lines = []
    if locator["shape"] is not None:
        lines.append(f"shapes differ: {locator['shape']['text']}")
    if locator["out_of_tolerance"] is not None:
        n = locator["entries"]
        line = f"{locator['out_of_tolerance']} of {n} {'entry' if n == 1 else 'entries'} out of tolerance"
        worst = locator["worst"]
        if worst is not None:
            line += (f"; worst at {_where(worst)}, error {_text(worst['error'], '.3g')}"
                     f" (allowed {_text(worst['allowed'], '.3g')})")
        lines.append(line)
    nonfinite = locator["nonfinite"]
    if nonfinite is not None:
        count = nonfinite["count"]
        lines.append(f"NaN/Inf differ at {count} {'place' if count == 1 else 'places'}; first at {_where(nonfinite)}")
    return lines


def _where(place: dict) -> str:
    return (f"{place['octave_index']} / {place['python_index']}: "
            f"Octave {_text(place['octave'])}, port {_text(place['port'])}")


def _text(value, spec: str = "") -> str:
    """A number as the report prints it: floats by repr (the shortest text that reads back the same
    float, so two values that differ never print the same) unless ``spec`` is given."""
    if isinstance(value, str):
        return value
    return format(value, spec) if spec else repr(float(value))


def _number(x):
    """One value, JSON-ready: a float; "NaN", "Inf" or "-Inf"; a complex one as a string like "1+2j"."""
    if np.iscomplexobj(x):
        return repr(complex(x)).strip("()").replace("nan", "NaN").replace("inf", "Inf")
    x = float(x)
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "Inf" if x > 0 else "-Inf"
    return x


def _octave_index(name: str, k: int, octave_shape: tuple) -> str:
    """Octave's 1-based subscript of the k-th entry in column-major order."""
    position = np.unravel_index(k, octave_shape, order="F")
    return f"{name}({','.join(str(int(p) + 1) for p in position)})"


def _python_index(name: str, k: int, octave_shape: tuple, port_shape: tuple) -> str:
    """The port's own 0-based index of Octave's k-th entry (column-major). The port's value was put in
    Octave's shape by a row-major reshape, so row-major positions agree between the two shapes."""
    if not port_shape:
        return name
    flat = np.ravel_multi_index(np.unravel_index(k, octave_shape, order="F"), octave_shape)
    return f"{name}[{', '.join(str(int(p)) for p in np.unravel_index(flat, port_shape))}]"


def _shape_relation(octave: tuple, port: tuple, kind: str) -> dict:
    """How a port's shape that cannot be matched relates to Octave's, with a sentence naming both."""
    relation, why = _relation(octave, port, kind)
    text = f"Octave {shape_text(octave)}, port {tuple(port)}" + (f": {why}" if why else "")
    return dict(octave=list(octave), port=list(port), relation=relation, text=text)


def _relation(octave: tuple, port: tuple, kind: str) -> tuple[str, str]:
    size, port_size = int(np.prod(octave)), int(np.prod(port))
    if port == octave or _same_values_other_form(port, octave):
        return "form", f"the same entries in another form, which kind {kind!r} does not accept (kind 'any' does)"
    if octave == (1, 1) and port_size > 1:
        return "other", f"a scalar in Octave, {port_size} entries in the port"
    if len(port) == 2 and port == octave[::-1]:
        if octave[1] == 1:
            return "transposed", "a row where Octave has a column"
        if octave[0] == 1:
            return "transposed", "a column where Octave has a row"
        return "transposed", "the port's shape is Octave's transposed"
    if len(octave) == 2 and 1 in octave and size > 1 and port == (size, size):
        if octave[1] == 1:
            return "broadcast", f"an (m,1) against an (m,) broadcast to (m,m) (m = {size})"
        return "broadcast", f"a (1,m) row came out (m,m): a column and a row broadcast together (m = {size})"
    if len(port) > 2:
        same = f", the same {size} entries" if port_size == size else ""
        return "extra-dimension", f"{len(port)} dimensions in the port where Octave's has {len(octave)}{same}"
    if port_size == size:
        if len(port) == 1:
            return "flattened", (f"the same {size} entries flattened to 1-D (mind the order: Octave's (:) is "
                                 "column-major, numpy's ravel and flatten row-major)")
        return "flattened", f"the same {size} entries in another shape"
    if len(port) == 2 and len(octave) == 2:
        for axis, word in ((0, "row"), (1, "column")):
            other = 1 - axis
            if port[other] == octave[other] and abs(port[axis] - octave[axis]) == 1:
                more = port[axis] > octave[axis]
                return (f"{'extra' if more else 'missing'}-{word}",
                        f"one {word} {'more' if more else 'fewer'} in the port")
    if len(port) == 1 and len(octave) == 2 and 1 in octave and abs(port[0] - size) == 1:
        more = port[0] > size
        return (f"{'extra' if more else 'missing'}-entry",
                f"one entry {'more' if more else 'fewer'} in the port ({port[0]} against {size})")
    return "other", ""

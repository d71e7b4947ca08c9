"""Output-by-output comparison of an Octave result with its port's (pure numpy, no Octave).

For each output the comparison reports both shapes, the largest absolute and relative error, the
largest distance in units in the last place (ULPs: how many float64 values lie between the two), and
whether NaN and +-Inf stand in the same places. An output passes when its shape agrees, its NaN/Inf
pattern is the same and every finite entry satisfies ``|port - octave| <= atol + rtol * |octave|``.
A failing output also carries a locator (crosscheck.locate): where, in both languages' subscripts, it
parts from Octave's.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, replace
from typing import Callable

import numpy as np

from crosscheck.blocks import as_columns, atol_blocks, block_atol, blocks, take

#: How a port's output is allowed to be shaped against Octave's.
KINDS = {
    "any": "any form of Octave's value: a float, 0-d or 1x1 for a scalar; 1-D or Octave's own form for a "
           "vector; otherwise the same shape",
    "array": "the same shape as Octave's",
    "vector": "1-D of length n where Octave's is n-by-1",
    "scalar": "a Python float (or 0-d array) where Octave's is 1-by-1",
}


def shape_text(shape: tuple) -> str:
    """A shape as both languages' users read it: Octave's "3x1" for 2-D, numpy's "(3,)" otherwise."""
    return "x".join(map(str, shape)) if len(shape) == 2 else str(tuple(shape))


def _same_values_other_form(port_shape: tuple, octave_shape: tuple) -> bool:
    """Whether the two shapes hold the same entries in the same order, only in another form: a float or
    0-d for a 1x1, a 1-D array for a row or a column (not a row for a column: that is a transpose)."""
    if tuple(port_shape) == tuple(octave_shape) or len(octave_shape) != 2:
        return False
    rows, cols = octave_shape
    if rows != 1 and cols != 1:
        return False
    n = rows * cols
    return tuple(port_shape) in ({(), (1,), (1, 1)} if n == 1 else {(n,)})


class Verdict(str, enum.Enum):
    """How one output compared. Only PASS and PASS_FLOOR pass."""

    PASS = "pass"
    PASS_FLOOR = "pass (floor)"  # passed only thanks to the absolute floor (a result that cancels to ~0)
    SHAPE = "shape differs"
    NONFINITE = "NaN/Inf differ"
    COMPLEX = "complex against real"
    TOLERANCE = "above tolerance"
    CHECK = "check failed"  # a case's own check (outputs compared by shape and range, say)

    @property
    def passed(self) -> bool:
        return self in (Verdict.PASS, Verdict.PASS_FLOOR)


@dataclass(frozen=True)
class Tolerance:
    """Bound ``|port - octave| <= atol + rtol * s`` on every finite entry, where ``s`` is the entry's own
    ``|octave|`` (``scale="entry"``) or the largest ``|octave|`` of the output (``scale="output"``, a
    norm-wise bound, for results such as a solve whose small entries inherit the error of the large
    ones). ``why`` says where the numbers come from.

    ``floor(inputs, octave_outputs)``, when given, returns one more absolute allowance per output (a
    number, or an array of the output's shape): the rounding error a result that cancels to (nearly)
    zero can keep, eps times the size of the terms that cancelled, which only the inputs can tell
    (``crosscheck.rounding``). A floor reads the inputs and Octave's outputs, never the port's.

    ``probes(inputs)``, when given, returns argument tuples on which the original is run again (in the
    same Octave round trip): a perturbation experiment whose outputs reach the floor as a third
    argument, ``floor(inputs, octave_outputs, probe_outputs)``.
    """

    rtol: float = 0.0
    atol: float = 0.0
    why: str = "bit for bit"
    scale: str = "entry"
    floor: Callable | None = None
    probes: Callable | None = None

    def __post_init__(self):
        if self.scale not in ("entry", "output"):
            raise ValueError(f"Tolerance: scale must be 'entry' or 'output', got {self.scale!r}")
        if self.probes is not None and self.floor is None:
            raise ValueError("Tolerance: probes are read by a floor; give floor too")

    def resolve(self, inputs: tuple, octave_outputs: tuple, probe_outputs=None) -> list["Tolerance"]:
        """One tolerance per output, the floor (if any) added to atol."""
        if self.floor is None:
            return [self] * len(octave_outputs)
        if self.probes is not None:
            floors = self.floor(inputs, octave_outputs, probe_outputs)
        else:
            floors = self.floor(inputs, octave_outputs)
        return [replace(self, atol=self.atol + np.asarray(f, dtype=float), floor=None, probes=None) for f in floors]

    def bound(self, desired: np.ndarray, atol=None) -> np.ndarray:
        """The allowance for each entry of ``desired``; ``atol`` overrides self.atol (an array of
        desired's shape where a floor differs entry by entry)."""
        size = np.abs(desired)
        if self.scale == "output":
            size = np.full(size.shape, size.max() if size.size else 0.0)
        return (self.atol if atol is None else atol) + self.rtol * size


@dataclass(frozen=True, kw_only=True)
class OutputComparison:
    """One output of one case, compared.

    ``max_abs``, ``max_rel`` and ``max_ulp`` are over the entries finite on both sides (None where
    nothing was measured: a shape that differs, an output compared by range). ``tol_used`` is the
    share of the tolerance the worst entry used, ``max |port - octave| / allowance``: 0 for identical
    values, 1 at the limit, above 1 for a failure (inf where the allowance is 0 and the values differ).
    """

    name: str
    kind: str
    octave_shape: tuple
    port_shape: tuple
    verdict: Verdict
    max_abs: float | None = None
    max_rel: float | None = None
    max_ulp: int | None = None
    tol_used: float | None = None
    atol: float = 0.0  # the largest absolute allowance used, floor included
    note: str = ""
    # Where a failing output parts from Octave's (crosscheck.locate): JSON-ready, None when it passed.
    locator: dict | None = None
    # Which classic porting mistake explains a failure (crosscheck.doctor): {"id", "detail", "fix"} or None.
    diagnosis: dict | None = None

    @property
    def passed(self) -> bool:
        return self.verdict.passed

    @property
    def by_floor(self) -> bool:
        return self.verdict is Verdict.PASS_FLOOR

    def to_json(self) -> dict:
        out = asdict(self)
        out["verdict"] = self.verdict.value
        out["passed"] = self.passed
        out["octave_shape"], out["port_shape"] = list(self.octave_shape), list(self.port_shape)
        for key in ("max_abs", "max_rel", "tol_used", "atol"):
            out[key] = _json_float(out[key])
        return out


def _json_float(x):
    """JSON has no NaN or Infinity: spell them as strings."""
    return x if x is None or np.isfinite(x) else str(x)


def _ordered(a: np.ndarray) -> np.ndarray:
    """float64 bit patterns mapped to integers that count up with the value (-0.0 and +0.0 both 0)."""
    bits = a.astype(np.float64).view(np.int64)
    return np.where(bits < 0, np.int64(np.iinfo(np.int64).min) - bits, bits)


def ulp_distance(a, b) -> np.ndarray:
    """How many float64 values lie between a and b, entry by entry (0 when equal), as unsigned ints."""
    a, b = np.broadcast_arrays(np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64))
    ia, ib = _ordered(a), _ordered(b)
    # The difference of two int64 can overflow; computed in uint64 it is exact modulo 2**64 and never
    # exceeds 2**64 - 1 for finite values.
    hi, lo = np.maximum(ia, ib), np.minimum(ia, ib)
    with np.errstate(over="ignore"):  # the wrap-around is the point
        return hi.astype(np.uint64) - lo.astype(np.uint64)


def _as_octave_shape(port, kind: str, octave_shape: tuple) -> tuple[np.ndarray | None, str]:
    """The port's value as an array of Octave's shape, or None and why it cannot be."""
    value = np.asarray(port)
    octave_shape = tuple(octave_shape)
    if kind == "scalar":
        if value.ndim != 0 and not np.isscalar(port):
            return None, f"port returned shape {value.shape} where a scalar was expected"
        value = value.reshape(1, 1)
    elif kind == "vector":
        if value.ndim != 1:
            return None, f"port returned shape {value.shape} where a 1-D vector was expected"
        value = value.reshape(-1, 1)
    elif kind == "any" and _same_values_other_form(value.shape, octave_shape):
        value = value.reshape(octave_shape)
    if value.shape != octave_shape:
        if _same_values_other_form(np.shape(port), octave_shape):
            return None, (f"only the form differs: Octave {shape_text(octave_shape)}, port {shape_text(np.shape(port))}"
                          f" (the output's kind is {kind!r}; kind 'any' accepts either)")
        return None, f"shapes differ: Octave {shape_text(octave_shape)}, port {shape_text(value.shape)}"
    return value, ""


def _real_parts(a: np.ndarray) -> list[np.ndarray]:
    """The arrays whose entries are compared: a real array itself, a complex one's real and imaginary parts."""
    return [a.real, a.imag] if np.iscomplexobj(a) else [a]


def _as_float(a: np.ndarray) -> np.ndarray:
    return a.astype(np.float64) if a.dtype == np.bool_ or np.issubdtype(a.dtype, np.integer) else a


def output_scale(D: np.ndarray, A: np.ndarray, shape: tuple) -> float:
    """The largest ``|octave|`` over the entries finite on both sides (0 without any): what a
    ``scale="output"`` tolerance scales by. ``D`` and ``A`` as :func:`crosscheck.blocks.as_columns`."""
    biggest = 0.0
    for _, where in blocks(shape):
        d, a = take(D, where), take(A, where)
        both = np.isfinite(d) & np.isfinite(a)
        if both.any():
            biggest = max(biggest, float(np.abs(d[both]).max()))
    return biggest


def allowance(tol: Tolerance, d: np.ndarray, atol, biggest: float) -> np.ndarray:
    """``tol``'s allowance for the finite entries ``d`` of one block, ``atol`` theirs (a number or an
    array like ``d``), ``biggest`` the output's :func:`output_scale`."""
    return atol + tol.rtol * (np.abs(d) if tol.scale == "entry" else biggest)


def _bigger(total: float, x: float) -> float:
    """The running maximum, NaN once any entry is NaN (as np.max over all of them)."""
    return x if np.isnan(x) or x > total else total


def _measure(desired: np.ndarray, actual: np.ndarray, tol: Tolerance) -> dict:
    """Everything compare_output reports, block by block (crosscheck.blocks): temporaries of a few MB
    whatever the output's size, never a copy of it."""
    D, A = as_columns(desired), as_columns(actual)
    atols = atol_blocks(tol.atol, desired.shape)
    biggest = output_scale(D, A, desired.shape) if tol.scale == "output" else 0.0
    t = dict(max_abs=0.0, max_rel=0.0, max_ulp=0, tol_used=0.0, atol=0.0, nan_d=0, inf_d=0, nan_a=0, inf_a=0,
             nonfinite_ok=True, within=True, needs_floor=False)
    for _, where in blocks(desired.shape):
        d, a = take(D, where), take(A, where)
        nan_d, nan_a, inf_d, inf_a = np.isnan(d), np.isnan(a), np.isinf(d), np.isinf(a)
        for key, mask in (("nan_d", nan_d), ("nan_a", nan_a), ("inf_d", inf_d), ("inf_a", inf_a)):
            t[key] += int(mask.sum())
        t["nonfinite_ok"] = t["nonfinite_ok"] and bool(
            np.array_equal(nan_d, nan_a) and np.array_equal(inf_d, inf_a) and np.array_equal(d[inf_d], a[inf_a]))
        both = ~(nan_d | nan_a | inf_d | inf_a)
        if not both.any():
            continue
        atol = block_atol(atols, where)
        atol = atol[both] if isinstance(atol, np.ndarray) else atol
        d, a = d[both], a[both]
        with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
            err = np.abs(a - d)
            rel = np.where(err == 0, 0.0, err / np.abs(d))
            allowed = allowance(tol, d, atol, biggest)
            used = np.where(err == 0, 0.0, err / allowed)
            t["within"] = t["within"] and bool(np.all(err <= allowed))
            t["needs_floor"] = t["needs_floor"] or bool(np.any(err > allowance(tol, d, 0.0, biggest)))
        for dp, ap in zip(_real_parts(d), _real_parts(a)):
            t["max_ulp"] = max(t["max_ulp"], int(ulp_distance(dp, ap).max()))
        for key, x in (("max_abs", err), ("max_rel", rel), ("tol_used", used), ("atol", atol)):
            t[key] = _bigger(t[key], float(np.max(x)))
    return t


def compare_output(name: str, octave, port, tol: Tolerance, kind: str = "any") -> OutputComparison:
    """Compare one output; ``octave`` is the value as oct2py returned it (2-D), ``port`` the port's."""
    if kind not in KINDS:
        raise ValueError(f"compare_output: kind must be one of {sorted(KINDS)}, got {kind!r}")
    desired = _as_float(np.asarray(octave))
    actual, note = _as_octave_shape(port, kind, desired.shape)
    shapes = dict(name=name, kind=kind, octave_shape=desired.shape, port_shape=np.shape(port))
    # Imported here, not at the top: crosscheck.locate builds on this module's shape rules.
    from crosscheck.locate import locate

    if actual is None:
        return OutputComparison(**shapes, verdict=Verdict.SHAPE, note=note,
                                locator=locate(name, octave, port, tol, kind))
    actual = _as_float(actual)
    m = _measure(desired, actual, tol)
    nonfinite_ok = m.pop("nonfinite_ok")
    nan_d, inf_d, nan_a, inf_a = (m.pop(k) for k in ("nan_d", "inf_d", "nan_a", "inf_a"))
    within, needs_floor = m.pop("within"), m.pop("needs_floor")
    measured = m

    if np.iscomplexobj(actual) != np.iscomplexobj(desired):
        verdict, note = Verdict.COMPLEX, "one side is complex and the other real"
    elif not nonfinite_ok:
        verdict = Verdict.NONFINITE
        note = (f"NaN/Inf in different places: Octave has {nan_d} NaN and {inf_d} Inf, "
                f"the port {nan_a} NaN and {inf_a} Inf")
    elif not within:
        verdict = Verdict.TOLERANCE
        note = f"error above tolerance (rtol {tol.rtol:g} of each {tol.scale}, atol up to {measured['atol']:g})"
    else:
        verdict = Verdict.PASS_FLOOR if needs_floor else Verdict.PASS
        if kind == "any" and tuple(np.shape(port)) != tuple(desired.shape):
            note = f"same values in another form: Octave {shape_text(desired.shape)}, port {shape_text(np.shape(port))}"
    locator = None if verdict.passed else locate(name, octave, port, tol, kind)
    return OutputComparison(**shapes, verdict=verdict, **measured, note=note, locator=locator)

"""Output-by-output comparison of an Octave result with its port's (pure numpy, no Octave).

For each output the comparison reports both shapes, the largest absolute and relative error, the
largest distance in units in the last place (ULPs: how many float64 values lie between the two), and
whether NaN and +-Inf stand in the same places. An output passes when its shape agrees, its NaN/Inf
pattern is the same and every finite entry satisfies ``|port - octave| <= atol + rtol * |octave|``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Callable

import numpy as np

#: How a port's output is allowed to be shaped against Octave's.
KINDS = {
    "array": "the same shape as Octave's",
    "vector": "1-D of length n where Octave's is n-by-1",
    "scalar": "a Python float (or 0-d array) where Octave's is 1-by-1",
}


@dataclass(frozen=True)
class Tolerance:
    """Bound ``|port - octave| <= atol + rtol * s`` on every finite entry, where ``s`` is the entry's own
    ``|octave|`` (``scale="entry"``) or the largest ``|octave|`` of the output (``scale="output"``, a
    norm-wise bound, for results such as a solve whose small entries inherit the error of the large
    ones). ``why`` says where the numbers come from.

    ``floor(inputs, octave_outputs)``, when given, returns one more absolute allowance per output: the
    rounding error a result that cancels to (nearly) zero can keep, eps times the size of the terms
    that cancelled, which only the inputs can tell. Without it a perfect fit, whose cost is 0 on one
    side and 1e-33 on the other (one BLAS kernel fuses multiply-adds, the other does not), would fail
    any relative bound.
    """

    rtol: float = 0.0
    atol: float = 0.0
    why: str = "bit for bit"
    scale: str = "entry"
    floor: Callable | None = None

    def __post_init__(self):
        if self.scale not in ("entry", "output"):
            raise ValueError(f"Tolerance: scale must be 'entry' or 'output', got {self.scale!r}")

    def resolve(self, inputs: tuple, octave_outputs: tuple) -> list["Tolerance"]:
        """One tolerance per output, the floor (if any) added to atol."""
        if self.floor is None:
            return [self] * len(octave_outputs)
        floors = self.floor(inputs, octave_outputs)
        return [replace(self, atol=self.atol + np.asarray(f, dtype=float), floor=None) for f in floors]

    def bound(self, desired: np.ndarray, atol=None) -> np.ndarray:
        """The allowance for each entry of ``desired``; ``atol`` overrides self.atol (an array of
        desired's shape where a floor differs entry by entry)."""
        size = np.abs(desired)
        if self.scale == "output":
            size = np.full(size.shape, size.max() if size.size else 0.0)
        return (self.atol if atol is None else atol) + self.rtol * size


@dataclass(frozen=True)
class OutputComparison:
    """One output of one case, compared."""

    name: str
    kind: str
    octave_shape: tuple
    port_shape: tuple
    shape_ok: bool
    nonfinite_ok: bool
    max_abs: float
    max_rel: float
    max_ulp: int
    within_tol: bool
    passed: bool
    note: str = ""
    atol: float = 0.0  # the largest absolute allowance used, floor included
    by_floor: bool = False  # passed only thanks to the absolute allowance (a result that cancels to ~0)

    def to_json(self) -> dict:
        out = asdict(self)
        out["octave_shape"], out["port_shape"] = list(self.octave_shape), list(self.port_shape)
        for key in ("max_abs", "max_rel", "atol"):
            out[key] = _json_float(out[key])
        if out["max_ulp"] < 0:  # not measured (an output compared by range, not by value)
            out["max_ulp"] = None
        return out


def _max(a: np.ndarray) -> float:
    return float(np.max(a)) if np.size(a) else 0.0


def _json_float(x: float):
    """JSON has no NaN or Infinity: spell them as strings."""
    return x if np.isfinite(x) else str(x)


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
    if kind == "scalar":
        if value.ndim != 0 and not np.isscalar(port):
            return None, f"port returned shape {value.shape} where a scalar was expected"
        value = value.reshape(1, 1)
    elif kind == "vector":
        if value.ndim != 1:
            return None, f"port returned shape {value.shape} where a 1-D vector was expected"
        value = value.reshape(-1, 1)
    if value.shape != tuple(octave_shape):
        return None, f"shapes differ: Octave {tuple(octave_shape)}, port {value.shape}"
    return value, ""


def _real_parts(a: np.ndarray) -> list[np.ndarray]:
    """The arrays whose entries are compared: a real array itself, a complex one's real and imaginary parts."""
    return [a.real, a.imag] if np.iscomplexobj(a) else [a]


def compare_output(name: str, octave, port, tol: Tolerance, kind: str = "array") -> OutputComparison:
    """Compare one output; ``octave`` is the value as oct2py returned it (2-D), ``port`` the port's."""
    if kind not in KINDS:
        raise ValueError(f"compare_output: kind must be one of {sorted(KINDS)}, got {kind!r}")
    desired = np.asarray(octave)
    if desired.dtype == np.bool_ or np.issubdtype(desired.dtype, np.integer):
        desired = desired.astype(np.float64)
    actual, note = _as_octave_shape(port, kind, desired.shape)
    port_shape = np.shape(port)
    if actual is None:
        return OutputComparison(name, kind, desired.shape, port_shape, False, False, np.inf, np.inf, 0, False,
                                False, note)
    if actual.dtype == np.bool_ or np.issubdtype(actual.dtype, np.integer):
        actual = actual.astype(np.float64)
    if np.iscomplexobj(actual) != np.iscomplexobj(desired):
        note = "one side is complex and the other real"

    nan_d, nan_a = np.isnan(desired), np.isnan(actual)
    inf_d, inf_a = np.isinf(desired), np.isinf(actual)
    nonfinite_ok = bool(np.array_equal(nan_d, nan_a) and np.array_equal(inf_d, inf_a)
                        and np.array_equal(desired[inf_d], actual[inf_a]))
    if not nonfinite_ok:
        note = note or (f"NaN/Inf in different places: Octave has {int(nan_d.sum())} NaN and {int(inf_d.sum())} Inf, "
                        f"the port {int(nan_a.sum())} NaN and {int(inf_a.sum())} Inf")

    both = np.isfinite(desired) & np.isfinite(actual)
    d, a = desired[both], actual[both]
    err = np.abs(a - d)
    max_abs = float(err.max()) if err.size else 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(err == 0, 0.0, err / np.abs(d))
    max_rel = float(rel.max()) if rel.size else 0.0
    max_ulp = 0
    for dp, ap in zip(_real_parts(d), _real_parts(a)):
        if dp.size:
            max_ulp = max(max_ulp, int(ulp_distance(dp, ap).max()))
    atol = np.broadcast_to(np.asarray(tol.atol, dtype=float), desired.shape)[both]
    with np.errstate(over="ignore"):
        within = bool(np.all(err <= tol.bound(d, atol)))
    if not within and not note:
        note = f"error above tolerance (rtol {tol.rtol:g} of each {tol.scale}, atol up to {_max(atol):g})"
    passed = within and nonfinite_ok and not note.startswith("one side")
    with np.errstate(over="ignore"):
        by_floor = passed and bool(np.any(err > tol.bound(d, 0.0)))
    return OutputComparison(name, kind, desired.shape, port_shape, True, nonfinite_ok, max_abs, max_rel, max_ulp,
                            within, passed, note, _max(atol), by_floor)

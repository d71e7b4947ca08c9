"""The adversarial sweep: every argument of every one of the project's functions replaced, in turn, by bad and
odd values (complex, text, empty, NaN, Inf, realmax, huge, tiny, subnormal, negative, -0, zero,
transposed, a row or a column too many or too few, 3-D, logical, integer, single, a struct, a cell,
fmincg's options in every form, a struct's fields each missing or bad, an index's numbers shifted,
negative, fractional or out of range), each call given to the port and to its Octave original, and each
pair of outcomes sorted:

- computed alike: both returned, and every output agrees (same shapes, NaN/Inf in the same places,
  values within 1e-8 of the output's largest entry: not the cross-check's tolerances, only "not
  silently different"; randInitializeWeights, whose random streams differ, by shape);
- refused alike: both refused, with the same sentence (crosscheck.messages.same_refusal);
- refused differently: both refused, in other words;
- computed alike within rounding: an output differs, but the port's lies between Octave's answers on
  the inputs as sent and nudged one ULP each way (a sum that cancels exactly, say, whose sign rounding
  decides);
- silently different: one computed and the other refused, or both computed and an output differs;
- raw: the port raised something other than its ValueError (a traceback a user would see), let a
  numpy RuntimeWarning out, or the original failed with an error that is not its own sentence.

    .venv/bin/python tools/sweep.py [--stride K]    # or: make sweep

prints the counts and every call that is not alike, and exits 1 when any is silently different, raw
or refused differently. ``--stride K`` runs every K-th call (the test suite runs a sample this way).

A valid call may hold a ``crosscheck.case.Handle`` (a function: not mutated here, the hardening tables
in tests/pyport/hardening_callbacks.py do that) and a ``crosscheck.case.Index`` (0-based for the port,
1-based for Octave, as in a case). An output the port returns as an integer array is an index (the
ports return only indices so) and is compared plus 1; an Octave struct is compared field by field with
the port's record.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyport  # noqa: E402
from crosscheck.case import Handle, Index  # noqa: E402
from crosscheck.runner import _record_fields, octave_arg, port_arg  # noqa: E402
from crosscheck.messages import snake_case  # noqa: E402
from crosscheck.cases.gradient_check import CHECK_TOL  # noqa: E402
from crosscheck.compare import Tolerance, compare_output  # noqa: E402
from crosscheck.locate import locator_lines  # noqa: E402
from crosscheck.messages import same_refusal  # noqa: E402
from crosscheck.session import Call, CallStatus, OctaveSession  # noqa: E402

X3 = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
#: A valid call of every port (vectors as columns: Octave's form), the arguments the sweep replaces;
#: a key "function/form" is another calling form of the same function.
VALID_CALLS = {
    "computeCost": (X3, [[1.0], [2.0], [4.0]], [[0.5], [1.0]]),
    "computeCostMulti": (X3, [[1.0], [2.0], [4.0]], [[0.5], [1.0]]),
    "gradientDescent": (X3, [[1.0], [2.0], [4.0]], [[0.0], [0.0]], 0.01, 3.0),
    "gradientDescentMulti": (X3, [[1.0], [2.0], [4.0]], [[0.0], [0.0]], 0.01, 3.0),
    "normalEqn": (X3, [[1.0], [2.0], [4.0]]),
    "featureNormalize": (np.array([[1.0, 10.0], [2.0, 30.0], [4.0, 20.0]]),),
    "sigmoid": (np.array([[-1.0, 0.0], [0.5, 3.0]]),),
    "sigmoidGradient": (np.array([[-1.0, 0.0], [0.5, 3.0]]),),
    "nnCostFunctionLinear": (np.sin(np.arange(1.0, 14.0)).reshape(-1, 1) / 4, 2.0, 3.0, 1.0,
                             np.array([[1.0, 2.0], [-1.0, 0.5], [0.0, -3.0]]), [[1.0], [0.0], [2.0]], 0.5, "tanh"),
    "predictLinear": (np.cos(np.arange(9.0)).reshape(3, 3), np.sin(np.arange(4.0)).reshape(1, 4),
                      np.array([[1.0, 2.0], [-1.0, 0.5], [0.0, -3.0]]), "tanh"),
    "randInitializeWeights": (2.0, 3.0, 0.12),
    "debugInitializeWeights": (2.0, 3.0),
    "computeNumericalGradient": ("rosenbrock", [[0.5], [1.5]], 1e-4),
    "checkNNGradients": (0.5, "tanh"),
    "fmincg": ("rosenbrock", [[-1.2], [1.0]], {"MaxIter": 20.0}),
    "rosenbrock": ([[-1.2], [1.0], [0.5]],),
    "quadraticCost": ([[1.0], [-1.0]], np.array([[2.0, 0.5], [0.5, 1.0]]), [[1.0], [2.0]]),
    "lrCostFunction": ([[0.1], [-0.2]], X3, [[0.0], [1.0], [1.0]], 0.1),
    "vaeKLGradient": (np.array([[1.0, 0.5, -1.0], [0.0, 2.0, 1.0]]), np.full((2, 3), 0.25), [[0.1], [-0.1]],
                      np.full((2, 3), -0.5), [[0.2], [0.0]]),
    "denormalizeTheta": ([[1.0], [2.0], [-1.0]], [[0.5, 1.0]], [[2.0, 4.0]], 3.0, 2.0),
    "stableLearningRate": (X3,),
    "selfExpressiveCost": ([[0.0], [0.3], [0.2], [0.0]], np.array([[1.0, 2.0], [3.0, 4.5]]), 0.5, 1e-3),
    "costFunction": ([[0.1], [-0.2]], X3, [[0.0], [1.0], [1.0]]),
    "costFunctionReg": ([[0.1], [-0.2]], X3, [[0.0], [1.0], [1.0]], 0.1),
    "mapFeature": ([[0.5], [-1.0], [2.0]], [[1.5], [0.25], [-2.0]]),
    "predict": (np.cos(np.arange(9.0)).reshape(3, 3), np.sin(np.arange(8.0)).reshape(2, 4),
                np.array([[1.0, 2.0], [-1.0, 0.5], [0.0, -3.0]])),
    "predict/logistic": ([[0.1], [-0.2]], X3),  # the course's other calling form: predict (theta, X)
    "linearRegCostFunction": (X3, [[1.0], [2.0], [4.0]], [[0.5], [1.0]], 0.1),
    "trainLinearReg": (X3, [[1.0], [2.0], [4.0]], 0.1),
    "learningCurve": (X3, [[1.0], [2.0], [4.0]], X3, [[1.0], [2.0], [4.0]], 0.1),
    "polyFeatures": ([[0.5], [-1.0], [2.0]], 3.0),
    "validationCurve": (X3, [[1.0], [2.0], [4.0]], X3, [[1.0], [2.0], [4.0]]),
    "findClosestCentroids": (X3, np.array([[1.0, 0.5], [0.0, 2.0]])),
    "computeCentroids": (X3, Index([[0], [1], [0]]), 2.0),
    "runkMeans": (X3, np.array([[1.0, 0.0], [1.0, 2.0]]), 3.0),
    "kMeansInitCentroids": (X3, 2.0, Index([[2, 0, 1]])),
    "pca": (np.array([[1.0, 2.0], [-1.0, 0.5], [0.0, -3.0]]),),
    "projectData": (X3, np.array([[0.6, -0.8], [0.8, 0.6]]), 1.0),
    "recoverData": ([[1.0], [2.0], [-1.0]], np.array([[0.6, -0.8], [0.8, 0.6]]), 1.0),
    "estimateGaussian": (np.array([[1.0, 10.0], [2.0, 30.0], [4.0, 20.0]]),),
    "multivariateGaussian": (X3, [[1.0], [1.0]], [[0.5], [2.0]]),
    "selectThreshold": ([[1.0], [0.0], [0.0], [1.0]], [[0.1], [0.5], [0.9], [0.2]]),
    "cofiCostFunc": (np.sin(np.arange(1.0, 11.0)).reshape(-1, 1), [[4.0, 0.0], [0.0, 2.0], [5.0, 1.0]],
                     [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]], 2.0, 3.0, 2.0, 1.0),
    "normalizeRatings": ([[5.0, 4.0], [1.0, 3.0], [2.0, 0.0]], [[1.0, 1.0], [1.0, 0.0], [1.0, 0.0]]),
    "oneVsAll": (np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), Index([[0], [1], [1]]), 2.0, 1.0),  # fmincg within 1e-8 under every mutation
    "predictOneVsAll": (np.ones((2, 3)), X3),
    "nnCostFunction": (np.ones((17, 1)), 2.0, 3.0, 2.0, np.ones((3, 2)), Index([[0], [1], [1]]), 0.0),
    "linearKernel": ([[1.0], [2.0]], [[3.0], [-1.0]]),
    "gaussianKernel": ([[1.0], [2.0]], [[3.0], [-1.0]], 2.0),
    "svmTrain": (np.array([[1.0, 2.0], [-1.0, 0.5]]), [[1.0], [0.0]], 1.0, Handle("linearKernel")),  # m = 2: draws do not matter
    "svmPredict": ({"X": np.array([[1.0, 2.0]]), "y": [[1.0]], "kernelFunction": Handle("gaussianKernel", bound=(1.0,), arity=2),
                    "b": 0.5, "alphas": [[1.0]], "w": [[0.5], [-1.0]]}, np.array([[1.0, 2.0], [-1.0, 0.5]])),
    "dataset3Params": (np.array([[1.0, 2.0], [-1.0, 0.5]]), [[1.0], [0.0]], np.array([[0.5, 2.0], [-1.0, 0.0]]), [[1.0], [0.0]]),
    # (more originals above this line)
}


def _shape_variants(a: np.ndarray) -> list[tuple[str, object]]:
    """Wrong shapes for an array argument."""
    out = [("transposed", a.T.copy()), ("row-more", np.vstack([a, a[-1:]])),
           ("column-more", np.hstack([a, a[:, -1:]])), ("3-D", np.stack([a, a], axis=2)),
           ("empty-rows", np.zeros((0, a.shape[1]))), ("empty", np.zeros((0, 0)))]
    if a.shape[0] > 1:
        out.append(("row-fewer", a[:-1].copy()))
    if a.shape[1] > 1:
        out.append(("column-fewer", a[:, :-1].copy()))
    return out


@dataclass(frozen=True, eq=False)
class Shifted:
    """A bad index that is not whole numbers (NaN, Inf, fractions, complex): the port gets ``value``,
    Octave ``value + 1``, so that each side sees the same bad number in its own count."""

    value: object


def _collapses(arr: np.ndarray) -> bool:
    """Whether an index mutation that is not whole numbers becomes whole numbers plus 1."""
    with np.errstate(invalid="ignore"):
        fractional = np.isfinite(arr) & (arr != np.round(arr))
        shifted = arr + 1
        return bool(np.any(fractional & (shifted == np.round(shifted))))


def _index_mutations(value: Index) -> list[tuple[str, object]]:
    """Bad and odd index arguments: each still an Index when its numbers are whole (so that both sides
    get the same index, each in its own count), numbers that are not whole shifted for Octave, the rest
    (text, a struct, a cell) the same to both. A logical array is not an index: left out."""
    a = value.values.astype(float)
    out = []
    for label, bad in mutations(a):
        if label == "logical":
            continue
        arr = np.asarray(bad) if not isinstance(bad, (str, dict, list)) else None
        numeric = arr is not None and arr.dtype.kind in "iufc"
        whole = (numeric and arr.dtype.kind != "c" and arr.size and np.all(np.isfinite(arr))
                 and np.all(arr == np.round(arr)) and np.all(np.abs(arr) < 2**31))
        if numeric and not whole and arr.size and arr.dtype.kind != "c" and _collapses(arr):
            continue  # not whole 0-based, but whole once shifted (1e-300 + 1 is 1): no same call for both
        out.append((label, Index(arr) if whole else Shifted(bad) if numeric and arr.size else bad))
    return out + [("fraction", Shifted(a + 0.5)), ("one-past", Index(value.values + 1)),
                  ("last-past", Index(np.where(value.values == value.values.max(), 10**6, value.values)))]


def _struct_mutations(value: dict) -> list[tuple[str, object]]:
    """A struct argument (a model) with each field missing, then each numeric field made bad."""
    out = [(f"no-{k}", {j: v for j, v in value.items() if j != k}) for k in value]
    for k, v in value.items():
        if isinstance(v, (Handle, str)):
            continue
        a = np.asarray(v, dtype=float)
        for label, bad in (("complex", a + 1j), ("text", "abc"), ("all-nan", np.full(a.shape, np.nan)),
                           ("empty", np.zeros((0, 0))), ("3-D", np.stack([np.atleast_2d(a)] * 2, axis=2))):
            out.append((f"{k}-{label}", {**value, k: bad}))
    return out


def mutations(value) -> list[tuple[str, object]]:
    """Bad and odd values for one argument, by what the valid one is."""
    if isinstance(value, Handle):
        return []  # a callable: hardening tables in tests/pyport/hardening_callbacks.py
    if isinstance(value, Index):
        return _index_mutations(value)
    if isinstance(value, dict) and "MaxIter" not in value:
        return _struct_mutations(value)
    if isinstance(value, str):
        if value == "rosenbrock":
            return []  # a callable: hardening tables in tests/pyport/hardening_callbacks.py
        return [("upper", value.upper()), ("unknown", "relu"), ("empty-text", ""), ("number", 5.0),
                ("struct", {"a": 1.0}), ("matrix", np.ones((2, 2)))]
    if isinstance(value, dict):
        return [("maxiter-" + k, {"MaxIter": v}) for k, v in (("0", 0.0), ("negative", -3.0), ("fraction", 2.5),
                                                                 ("nan", np.nan), ("inf", np.inf), ("text", "a"),
                                                                 ("complex", 1j), ("pair", np.array([[3.0, 0.5]])),
                                                                 ("logical", True), ("huge", 1e20))] + [
                ("lower-case", {"maxiter": 3.0}), ("unknown-option", {"MaxIter": 3.0, "Display": "off"}),
                ("empty-struct", {}), ("number", 5.0), ("text", "MaxIter")]
    if np.ndim(value) == 0:
        x = float(value)
        return [("nan", np.nan), ("inf", np.inf), ("-inf", -np.inf), ("negative", -1.0), ("zero", 0.0),
                ("half", 0.5), ("huge", 1e300), ("tiny", 1e-300), ("1e20", 1e20), ("complex", x + 1j),
                ("text", "abc"), ("pair", np.array([[x, x]])), ("empty", np.zeros((0, 0))), ("logical", x != 0),
                ("int", np.array([[int(x) if float(x).is_integer() else 3]], dtype=np.int64)),
                ("single", np.array([[x]], dtype=np.float32)), ("struct", {"a": 1.0}), ("cell", ["a", "b"]),
                ("-zero", -0.0), ("realmax", float(np.finfo(float).max)), ("-huge", -1e300), ("subnormal", 5e-324)]
    a = np.asarray(value, dtype=float)
    out = [("complex", a + 1j), ("text", "abc"), ("all-nan", np.full(a.shape, np.nan)),
           ("one-nan", np.where(np.arange(a.size).reshape(a.shape) == 0, np.nan, a)),
           ("all-inf", np.full(a.shape, np.inf)), ("-inf", -np.full(a.shape, np.inf)),
           ("huge", a * 1e300 + 1e300), ("tiny", a * 1e-300), ("negative", -a), ("zeros", np.zeros(a.shape)),
           ("logical", a != 0), ("int", np.round(a * 3).astype(np.int64)), ("single", a.astype(np.float32)),
           ("scalar", 5.0), ("struct", {"a": 1.0}), ("cell", ["a", "b"]),
           ("one-inf", np.where(np.arange(a.size).reshape(a.shape) == a.size - 1, np.inf, a)),
           ("-zeros", -np.zeros(a.shape)), ("realmax", np.full(a.shape, np.finfo(float).max)),
           ("subnormal", a * 5e-324)]
    return out + _shape_variants(a)


@dataclass
class Trial:
    function: str
    argument: int
    mutation: str
    args: tuple
    form: str = ""  # VALID_CALLS' key: the function, or "function/form" for another calling form


def trials() -> list[Trial]:
    out = []
    for key, args in VALID_CALLS.items():
        name = key.partition("/")[0]
        for k, value in enumerate(args):
            for label, bad in mutations(value):
                out.append(Trial(name, k, label, args[:k] + (bad,) + args[k + 1:], key))
    return out


def port_args(t: Trial) -> tuple:
    """The arguments as the port takes them: the objective's name as the Python function, a Handle as
    its function, an Index 0-based."""
    return tuple(getattr(pyport, a) if isinstance(a, str) and a == "rosenbrock" else
                 (np.asarray(a) if isinstance(a, list) and a and not isinstance(a[0], str) else
                  a.value if isinstance(a, Shifted) else port_arg(a))
                 for a in t.args)


def octave_args(t: Trial | tuple) -> tuple:
    """The arguments as oct2py sends them: lists of numbers as matrices, lists of text as a cell, a
    Handle as crosscheck_batch.m binds it, an Index 1-based."""
    args = t.args if isinstance(t, Trial) else t
    return tuple(np.asarray(a, dtype=float) if isinstance(a, list) and a and not isinstance(a[0], str) else
                 (np.asarray(a.value) + 1 if isinstance(a, Shifted) else octave_arg(a))
                 for a in args)


def run_port(t: Trial):
    """("ok", outputs) / ("refused", message) / ("raw", what escaped), and numpy warnings that leaked."""
    func = pyport.OCTAVE_NAMES[t.function]
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        try:
            out = func(*port_args(t), **({"rng": np.random.default_rng(0)} if t.function == "randInitializeWeights" else {}))
        except ValueError as exc:
            result = ("refused", str(exc))
        except Exception as exc:  # noqa: BLE001 -- that is what the sweep looks for
            result = ("raw", f"{type(exc).__name__}: {exc}")
        else:
            result = ("ok", _flat(out, NOUT.get(t.function, 0)))
    leaked = [f"{w.category.__name__}: {w.message}" for w in said if issubclass(w.category, RuntimeWarning)]
    return result, leaked


#: Octave's number of outputs of each function (nargout), filled in by main() before the ports run.
NOUT: dict[str, int] = {}


def _flat(out, nout: int = 0) -> list:
    """The port's outputs as a list: one output (``nout`` 1) is itself, a record included."""
    if nout == 1:
        return [out]
    if isinstance(out, tuple):
        return [x for item in out for x in _flat(item)]
    return [out]


def _field_pairs(octave: dict, port) -> list[tuple[str, object, object]] | str:
    """(field, Octave's, the port's) for each field Octave gives as numbers, or what is missing."""
    fields = _record_fields(port)
    if fields is None:
        return f"Octave gave a struct, the port a {type(port).__name__}"
    pairs = []
    for key, value in octave.items():
        if isinstance(value, str):  # a function handle's text
            continue
        name = snake_case(key) if snake_case(key) in fields else key
        if name not in fields:
            return f"the port's record has no field {snake_case(key)!r}"
        pairs.append((key, value, fields[name]))
    return pairs


LOOSE = Tolerance(rtol=1e-8, scale="output", why="not silently different")
#: Where the cross-check itself states a looser tolerance, the sweep takes it: checkNNGradients' relDiff
#: is a quotient of central differences, held to 1e-12 absolute (crosscheck/cases/gradient_check.py).
OWN_TOLERANCE = {"checkNNGradients": CHECK_TOL}


def agree(function: str, octave: tuple, port: list, t: Trial) -> str:
    """"" when every output agrees, else what differs."""
    if len(octave) != len(port):
        return f"{len(octave)} outputs against {len(port)}"
    for k, (ov, pv) in enumerate(zip(octave, port)):
        if isinstance(ov, dict):
            pairs = _field_pairs(ov, pv)
            if isinstance(pairs, str):
                return f"output {k + 1}: {pairs}"
            for key, fo, fp in pairs:
                c = compare_output(f"out{k + 1}.{key}", np.asarray(fo), fp, OWN_TOLERANCE.get(function, LOOSE))
                if not c.passed:
                    return f"output {k + 1} field {key}: {c.note}; " + "; ".join(locator_lines(c.name, c.locator))
            continue
        ov = np.asarray(ov)
        if isinstance(pv, np.ndarray) and pv.dtype.kind in "iu":  # an index: 0-based in the port
            pv = pv + 1
        if function == "randInitializeWeights":  # different random streams: shape and range
            if np.shape(pv) != ov.shape:
                return f"output {k + 1}: shapes {ov.shape} and {np.shape(pv)}"
            continue
        c = compare_output(f"out{k + 1}", ov, pv, OWN_TOLERANCE.get(function, LOOSE))
        if not c.passed:
            return f"output {k + 1}: {c.note}; " + "; ".join(locator_lines(c.name, c.locator))
    return ""


def speaker(message: str) -> str | None:
    """Which of the project's functions a refusal comes from (the function called, or the objective it
    was handed), or None for an error that is not one of their sentences."""
    name = message.partition(": ")[0]
    return name if name in pyport.OCTAVE_NAMES else None


def classify(function: str, octave, port, leaked: list[str], t: Trial) -> tuple[str, str]:
    kind, value = port
    if kind == "raw" or leaked:
        return "raw", value if kind == "raw" else "; ".join(leaked)
    if octave.status is not CallStatus.OK and speaker(octave.message) is None:
        return "raw", f"Octave: {octave.message}"
    if kind == "refused" and octave.status is not CallStatus.OK:
        if same_refusal(octave.message, value, speaker(octave.message)):
            return "refused alike", ""
        return "refused differently", f"Octave: {octave.message} | port: {value}"
    if kind == "refused":
        return "silently different", f"Octave computed, the port refused: {value}"
    if octave.status is not CallStatus.OK:
        return "silently different", f"the port computed, Octave refused: {octave.message}"
    why = agree(function, octave.outputs, value, t)
    return ("silently different", why) if why else ("computed alike", "")


def nudged(args: tuple, first: int) -> tuple:
    """``args`` with every float entry moved one ULP, up and down alternately (``first`` +1: the 1st
    entry of each argument up), so that a sum which cancels exactly in Octave cancels no more. An
    Index, a Handle and a struct are left as they are."""
    out = []
    for a in args:
        if isinstance(a, (Index, Handle, dict, Shifted)):
            out.append(a)
            continue
        if isinstance(a, list) and a and not isinstance(a[0], str):
            a = np.asarray(a, dtype=float)
        arr = np.asarray(a) if isinstance(a, (np.ndarray, float)) and not isinstance(a, bool) else None
        if arr is None or arr.dtype.kind != "f" or not arr.size:
            out.append(a)
            continue
        signs = np.where(np.arange(arr.size).reshape(arr.shape, order="F") % 2 == 0, first, -first)
        moved = np.nextafter(arr, np.where(signs > 0, np.inf, -np.inf).astype(arr.dtype))
        out.append(float(moved) if isinstance(a, float) else moved)
    return tuple(out)


def within_rounding(t: Trial, octave: tuple, port: list, probes: list) -> bool:
    """Whether the port's outputs lie, entry by entry, between the least and the largest of Octave's
    on the inputs as sent and nudged one ULP both ways (``probes``): a result that rounding decides,
    not a port that computes something else."""
    runs = [octave] + [p.outputs for p in probes if p.status is CallStatus.OK]
    if len(runs) < 3:
        return False
    for k, pv in enumerate(port):
        values = [np.asarray(run[k], dtype=float) for run in runs]
        if isinstance(pv, np.ndarray) and pv.dtype.kind in "iu":  # an index: 0-based in the port
            pv = pv + 1
        pv = np.asarray(pv, dtype=float).reshape(values[0].shape) if np.size(pv) == values[0].size else None
        if pv is None:
            return False
        with np.errstate(invalid="ignore"):
            lo, hi = np.fmin.reduce(values), np.fmax.reduce(values)  # NaN in one run: the others bound it
            slack = 1e-8 * max(np.max(np.abs(np.where(np.isfinite(values[0]), values[0], 0)), initial=0), 1e-300)
            inside = ((pv >= lo - slack) & (pv <= hi + slack)) | (np.isnan(pv) & np.any(np.isnan(values), axis=0))
        if not inside.all():
            return False
    return True


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stride", type=int, default=1, help="run every K-th call only")
    args = parser.parse_args(argv)
    chosen = trials()[::args.stride]
    session = OctaveSession(timeout=60)
    session.start()
    try:
        names = sorted({key.partition("/")[0] for key in VALID_CALLS})
        said = session.call_many([Call(function="nargout", args=(name,), nout=1, timeout=60) for name in names])
        for name, r in zip(names, said):
            n = int(np.ravel(r.outputs[0])[0]) if r.status is CallStatus.OK else -1
            NOUT[name] = n if n > 0 else len(_flat(pyport.OCTAVE_NAMES[name](*port_args(Trial(name, 0, "", VALID_CALLS[name])))))
        nout = NOUT
        ports = [run_port(t) for t in chosen]
        answers = session.call_many([Call(function=t.function, args=octave_args(t), nout=nout[t.function], timeout=60)
                                     for t in chosen])
        verdicts = [classify(t.function, octave, port, leaked, t)
                    for t, (port, leaked), octave in zip(chosen, ports, answers)]
        # Outputs that differ while both computed: is it the rounding of what was sent? Ask Octave again
        # on the inputs nudged one ULP, and see whether the port lies within where Octave's answers go.
        differ = [k for k, (v, _) in enumerate(verdicts) if v == "silently different"
                  and ports[k][0][0] == "ok" and answers[k].status is CallStatus.OK]
        probes = session.call_many([Call(function=chosen[k].function, args=octave_args(nudged(chosen[k].args, first)),
                                         nout=nout[chosen[k].function], timeout=60)
                                    for k in differ for first in (1, -1)])
        for j, k in enumerate(differ):
            if within_rounding(chosen[k], answers[k].outputs, ports[k][0][1], probes[2 * j: 2 * j + 2]):
                verdicts[k] = ("computed alike within rounding", verdicts[k][1])
    finally:
        session.close()
    counts: dict[str, int] = {}
    bad, rounding = [], []
    for t, (verdict, why) in zip(chosen, verdicts):
        counts[verdict] = counts.get(verdict, 0) + 1
        if verdict == "computed alike within rounding":
            rounding.append(f"{t.function} argument {t.argument + 1} {t.mutation}: {why}")
        elif verdict not in ("computed alike", "refused alike"):
            bad.append(f"{verdict}: {t.function} argument {t.argument + 1} {t.mutation}: {why}")
    functions = len({t.function for t in chosen})
    print(f"{len(chosen)} calls over {functions} functions, each to the port and to the original:")
    for verdict in ("computed alike", "computed alike within rounding", "refused alike", "refused differently",
                    "silently different", "raw"):
        print(f"  {verdict:31} {counts.get(verdict, 0)}")
    if rounding:
        print("within rounding (the port lies between Octave's answers on the inputs nudged one ULP each way):")
        for line in rounding:
            print("  " + line)
    for line in bad:
        print("  " + line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

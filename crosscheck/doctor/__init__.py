"""The mismatch doctor: which classic porting mistake explains a failing output.

Each known mistake (:data:`MISTAKES`) is a hypothesis: apply to Octave's outputs what the mistake
would do (transpose them, unroll them in row order, scale them by 1/(2m) ...), or recompute them from
the inputs by running the original again as the mistake would have it (std and var dividing by N
instead of N-1; one iteration more or fewer), and see whether the port's output then agrees. The
first hypothesis that explains an output names it, with a one-line fix; none may be named for noise
(``crosscheck.doctor.base.explained``). The doctor reads the case's inputs and both sides' outputs; the
reruns go through a function the runner gives it (``Evidence.rerun``), so that this package never
talks to Octave itself.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from crosscheck.doctor import order, values
from crosscheck.doctor.base import MISTAKES, Diagnosis, Output, agrees, explained

__all__ = ["MISTAKES", "Diagnosis", "Evidence", "Output", "Variant", "diagnose", "diagnosis_line", "variants"]

#: At most this many reruns of the original per failing case.
MAX_VARIANTS = 9


@dataclass(frozen=True)
class Variant:
    """A rerun of the original: with these arguments (``step`` = -1 or +1: an iteration count changed
    by one), or with std and var flipped between N-1 and N (``ddof``)."""

    label: str
    args: tuple
    ddof: bool = False
    step: int = 0


@dataclass
class Evidence:
    """What the doctor reads about one failing case: the function's name, its arguments in Octave's
    order, every output (:class:`Output`), which failed, and ``rerun(variants) -> [outputs or None]``
    (None: no Octave to ask)."""

    function: str
    inputs: tuple
    outputs: list[Output]
    failing: list[int]
    rerun: Callable[[list[Variant]], list[tuple | None]] | None = None
    found: dict[int, Diagnosis] = field(default_factory=dict)

    @property
    def pending(self) -> list[int]:
        return [i for i in self.failing if i not in self.found]


#: The doctor examines a failing case only when every output, Octave's and the port's, has at most this
#: many entries (32 MB of float64): its hypotheses make copies of the outputs, and a run with a larger
#: output keeps to a few copies of it (the comparison and the locator work a block at a time).
LARGEST = 1 << 22


def too_large(outputs) -> dict | None:
    """The diagnosis that says the doctor did not look, when one of ``outputs`` ((name, value) pairs)
    has more than LARGEST entries; None when it may look. Its ``id`` and ``fix`` are None."""
    for name, value in outputs:
        if np.size(value) > LARGEST:
            return dict(id=None, detail=f"not looked for: {name} has {np.size(value)} entries, more than the "
                                        f"{LARGEST} the doctor examines", fix=None)
    return None


def diagnosis_line(diagnosis: dict | None, passed: bool = False) -> str | None:
    """The line a report prints under a failing output: the mistake's id, what was seen, the fix (or,
    without an id, why the doctor did not look)."""
    if passed:
        return None
    if diagnosis is None:
        return "diagnosis: none of the known porting mistakes explains it"
    if diagnosis["id"] is None:
        return f"diagnosis: {diagnosis['detail']}"
    return f"diagnosis [{diagnosis['id']}]: {diagnosis['detail']}; fix: {diagnosis['fix']}"


# -- what the inputs tell -----------------------------------------------------------------------------
def _scalar(a) -> float | None:
    if isinstance(a, (bool, np.bool_)):
        return None
    if isinstance(a, (int, float, np.integer, np.floating)):
        return float(a)
    if isinstance(a, np.ndarray) and a.size == 1 and a.dtype.kind in "iuf":
        return float(a.ravel()[0])
    return None


def numbers(inputs: tuple):
    """(sizes, scalars, arrays) of the inputs: the integers a mistake may scale by (each array's rows and
    columns, integer arguments), positive scalar arguments (a lambda), and the arrays themselves, each
    with where it comes from."""
    sizes, scalars, arrays = [], [], []
    for k, a in enumerate(inputs, start=1):
        x = _scalar(a)
        if x is not None:
            if np.isfinite(x) and x > 0:
                scalars.append((x, f"argument {k}"))
            if x == round(x) and 2 <= x <= 1e7:
                sizes.append((int(x), f"argument {k}"))
        elif isinstance(a, np.ndarray) and a.dtype.kind in "iuf" and a.ndim >= 1:
            arrays.append((a, f"argument {k}"))
            for d, what in zip(a.shape, ("rows", "columns")):
                sizes.append((d, f"the {what} of argument {k}"))
    seen, unique = set(), []
    for n, where in sizes:
        if n not in seen:
            seen.add(n)
            unique.append((n, where))
    return unique, scalars, arrays


def variants(inputs: tuple) -> list[Variant]:
    """The reruns worth trying: std and var flipped; each iteration count (an integer argument, an
    options struct's MaxIter) one lower and one higher."""
    out = [Variant("std and var dividing by N where they divide by N-1 (and the reverse)", inputs, ddof=True)]
    for k, a in enumerate(inputs):
        if isinstance(a, dict):
            for key, v in a.items():
                x = _scalar(v)
                if key.lower() == "maxiter" and x is not None and x == round(x) and x >= 1:
                    for step in (-1, 1):
                        changed = dict(a, **{key: type(v)(x + step) if not isinstance(v, np.ndarray)
                                             else np.full_like(v, x + step)})
                        out.append(Variant(f"{key} = {x + step:g} instead of {x:g}",
                                           inputs[:k] + (changed,) + inputs[k + 1:], step=step))
            continue
        x = _scalar(a)
        if x is None or x != round(x) or not 1 <= x <= 1e6:
            continue
        for step in (-1, 1):
            changed = np.full_like(a, x + step) if isinstance(a, np.ndarray) else type(a)(x + step)
            out.append(Variant(f"argument {k + 1} = {x + step:g} instead of {x:g}",
                               inputs[:k] + (changed,) + inputs[k + 1:], step=step))
    return out[:MAX_VARIANTS]


# -- the hypotheses, in order ---------------------------------------------------------------------------
def _swapped(ev: Evidence) -> None:
    outs = ev.outputs
    for i in ev.pending:
        for j in ev.pending:
            if j <= i or i in ev.found:
                continue
            a, b = outs[i], outs[j]
            if (agrees(b.octave, a.port, b.tol) and agrees(a.octave, b.port, a.tol)
                    and not agrees(a.octave, b.octave, a.tol)):
                order_ = ", ".join(o.name for o in outs)
                for x, y in ((a, b), (b, a)):
                    ev.found[outs.index(x)] = Diagnosis(
                        "swapped-outputs", f"the port's {x.name} is Octave's {y.name}: the two outputs are "
                        "exchanged", f"return the outputs in Octave's order ({order_})")


def _recompute(ev: Evidence) -> None:
    """Rerun the original as each variant has it; a variant that explains every failing output names
    them all (one iteration fewer also makes an iteration count one lower: that is the better story),
    else it names the outputs still pending that it explains."""
    tried = variants(ev.inputs)
    answers = ev.rerun(tried)
    for variant, outputs in zip(tried, answers):
        if outputs is None:
            continue
        explains = [i for i in ev.failing if i < len(outputs) and explained(ev.outputs[i], outputs[i])]
        for i in (explains if explains == ev.failing else [i for i in explains if i not in ev.found]):
            o = ev.outputs[i]
            if variant.ddof:
                ev.found[i] = Diagnosis("ddof", f"the port's {o.name} agrees with the original run with {variant.label}",
                                        "Octave's std and var divide by N-1: np.std(x, ddof=1), np.var(x, ddof=1)")
            else:
                way = "fewer" if variant.step < 0 else "more"
                ev.found[i] = Diagnosis("one-step-off", f"the port's {o.name} agrees with the original run with "
                                        f"{variant.label}: one iteration {way}",
                                        "check the loop's range: Octave's 1:n runs n times, as Python's range(n) does")


def diagnose(ev: Evidence) -> dict[int, Diagnosis]:
    """Name the mistake behind each failing output that one explains: {output index: Diagnosis}.
    Hypotheses compute with NaN, Inf and overflowing values as they come: numpy's warnings are not
    the run's business here."""
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _diagnose(ev)


def _diagnose(ev: Evidence) -> dict[int, Diagnosis]:
    sizes, scalars, arrays = numbers(ev.inputs)
    dims = [n for n, _ in sizes]
    _swapped(ev)
    structural = (order.test_transposed, order.test_broadcast, lambda o: order.test_unrolled_row_major(o, dims),
                  values.test_offset_by_one)
    bias = []
    for i in ev.pending:
        o = ev.outputs[i]
        found = next((d for d in (test(o) for test in structural) if d is not None), None)
        if found is None and (b := values.bias_entries(o, arrays, scalars, sizes)) is not None:
            found, entries = b[0], b[1:]
            bias.append(entries)
        if found is not None:
            ev.found[i] = found
    for i in ev.pending:
        if (d := values.test_bias_in_cost(ev.outputs[i], bias, arrays, scalars, sizes)) is not None:
            ev.found[i] = d
    if ev.rerun is not None and (ev.pending or len(ev.failing) > 1):
        _recompute(ev)
    late = (values.test_shifted, lambda o: values.test_factor(o, sizes), values.test_single_precision,
            order.test_permuted)
    for i in ev.pending:
        o = ev.outputs[i]
        found = next((d for d in (test(o) for test in late) if d is not None), None)
        if found is not None:
            ev.found[i] = found
    return dict(ev.found)

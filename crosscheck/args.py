"""Arguments declared instead of generated: a case says what its inputs look like, the harness makes them.

A case that gives ``args`` (and, for its named sizes, ``sizes``) instead of ``inputs``::

    Case(function="computeCostMulti", name="declared",
         args=(Matrix("m", "n", ones_column=True), Column("m"), Column("n")),
         sizes={"m": (1, 30), "n": (1, 5)}, outputs=("J",))

gets its fixed inputs from :func:`draw` (seeded from the case's id, the same every run), and
``crosscheck --examples N`` tries N more from :func:`strategy` with Hypothesis, which shrinks a failure
to the smallest input that still fails (``crosscheck.examples``).

- :class:`Matrix` ``(rows, cols)``, :class:`Column` ``(rows)``, :class:`Row` ``(cols)``: 2-D arrays in
  Octave's shape (a column is m-by-1, a row 1-by-n), float64, or bool for ``kind="logical"``, which
  Octave receives as a logical array (oct2py 6.1 sends a numpy bool array as one). A size is an int
  or a name: the same name is the same size in every argument of the case.
- :class:`Scalar`: a Python float (a bool for ``kind="logical"``).
- Anything else in ``args`` (a string, a number, a bool, a numpy array) is a constant, passed as it is
  to both sides; an int goes as a float, as Octave has it.

Kinds of values: "real" (floats in [low, high], no subnormals; NaN and +-Inf only with
``allow_nonfinite=True``), "integer" (whole numbers in [low, high], as floats), "index" (whole numbers
in [low, high] counted from 0, given as a :class:`crosscheck.case.Index`: 0-based to the port, plus 1
to Octave), "binary" (0.0 and 1.0) and "logical" (False and True); ``low`` and ``high`` are ignored by
the last two.

Hypothesis is needed by :func:`strategy` only, and imported there: ``import crosscheck`` works without
it (it is in the ``test`` extra).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

#: The kinds of values a declared argument may hold.
KINDS = ("real", "integer", "index", "binary", "logical")

#: The range of a named size that the case's ``sizes`` does not give.
DEFAULT_SIZE = (1, 10)

#: What a NaN/Inf-allowing draw puts in place of an entry, and how often (per entry).
NONFINITE = (math.nan, math.inf, -math.inf)
NONFINITE_SHARE = 0.1

#: Beyond this, whole numbers are no longer all representable as float64.
_LARGEST_WHOLE = 2.0 ** 53


def _is_number(x) -> bool:
    return isinstance(x, (int, float, np.integer, np.floating)) and not isinstance(x, (bool, np.bool_))


def _check_size(what: str, size) -> None:
    if isinstance(size, str):
        if not size.isidentifier():
            raise ValueError(f"{what} must be an int >= 0 or a size name such as 'm', got {size!r}")
        return
    if isinstance(size, (bool, np.bool_)) or not isinstance(size, (int, np.integer)):
        raise ValueError(f"{what} must be an int >= 0 or a size name (a str) such as 'm', "
                         f"got {type(size).__name__} {size!r}")
    if size < 0:
        raise ValueError(f"{what} must be >= 0, got {size}")


def _check_values(who: str, low, high, kind: str, allow_nonfinite) -> None:
    if kind not in KINDS:
        raise ValueError(f"{who}: kind must be one of {', '.join(map(repr, KINDS))}, got {kind!r}")
    for name, v in (("low", low), ("high", high)):
        if not _is_number(v) or not math.isfinite(v):
            raise ValueError(f"{who}: {name} must be a finite number, got {v!r}")
    if low > high:
        raise ValueError(f"{who}: low ({low!r}) is above high ({high!r})")
    if kind in ("integer", "index"):
        if math.ceil(low) > math.floor(high):
            raise ValueError(f"{who}: no whole number lies in [{low!r}, {high!r}] (kind={kind!r})")
        if max(abs(low), abs(high)) > _LARGEST_WHOLE:
            raise ValueError(f"{who}: kind={kind!r} needs |low|, |high| <= 2**53, got [{low!r}, {high!r}]")
    if not isinstance(allow_nonfinite, bool):
        raise ValueError(f"{who}: allow_nonfinite must be True or False, got {allow_nonfinite!r}")
    if allow_nonfinite and kind != "real":
        raise ValueError(f"{who}: allow_nonfinite applies to kind='real' only, not {kind!r}")


@dataclass(frozen=True)
class Matrix:
    """A ``rows``-by-``cols`` array (Octave's shape, float64; bool when ``kind="logical"``).

    ``rows``, ``cols``: an int, or a size name ("m"), whose range the case's ``sizes`` gives.
    ``low``, ``high``: the range of the values (kinds "real" and "integer"). ``ones_column``: the first
    column is ones (the intercept column of a design matrix). ``allow_nonfinite``: NaN and +-Inf may
    appear among the values (kind "real" only).
    """

    rows: int | str
    cols: int | str
    low: float = -10.0
    high: float = 10.0
    kind: str = "real"
    ones_column: bool = False
    allow_nonfinite: bool = False

    def __post_init__(self):
        who = type(self).__name__
        _check_size(f"{who}: rows", self.rows)
        _check_size(f"{who}: cols", self.cols)
        _check_values(who, self.low, self.high, self.kind, self.allow_nonfinite)
        if not isinstance(self.ones_column, bool):
            raise ValueError(f"{who}: ones_column must be True or False, got {self.ones_column!r}")

    @property
    def matrix(self) -> Matrix:
        return self


@dataclass(frozen=True)
class Column:
    """A ``rows``-by-1 array: ``Matrix(rows, 1, ...)``."""

    rows: int | str
    low: float = -10.0
    high: float = 10.0
    kind: str = "real"
    allow_nonfinite: bool = False

    def __post_init__(self):
        self.matrix  # noqa: B018 -- validates

    @property
    def matrix(self) -> Matrix:
        return Matrix(self.rows, 1, self.low, self.high, self.kind, allow_nonfinite=self.allow_nonfinite)


@dataclass(frozen=True)
class Row:
    """A 1-by-``cols`` array: ``Matrix(1, cols, ...)``."""

    cols: int | str
    low: float = -10.0
    high: float = 10.0
    kind: str = "real"
    allow_nonfinite: bool = False

    def __post_init__(self):
        self.matrix  # noqa: B018 -- validates

    @property
    def matrix(self) -> Matrix:
        return Matrix(1, self.cols, self.low, self.high, self.kind, allow_nonfinite=self.allow_nonfinite)


@dataclass(frozen=True)
class Scalar:
    """A Python float in [low, high] ("integer": a whole one; "binary": 0.0 or 1.0; "logical": a bool)."""

    low: float = -10.0
    high: float = 10.0
    kind: str = "real"
    allow_nonfinite: bool = False

    def __post_init__(self):
        _check_values("Scalar", self.low, self.high, self.kind, self.allow_nonfinite)


ARRAYS = (Matrix, Column, Row)
DECLARATIONS = (*ARRAYS, Scalar)


def _check_constant(k: int, value) -> None:
    ok = isinstance(value, (str, bool, int, float, np.bool_, np.integer, np.floating)) or (
        isinstance(value, np.ndarray) and value.ndim <= 2 and value.dtype.kind in "biuf")
    if not ok:
        raise ValueError(f"args[{k}]: a declaration (Matrix, Column, Row, Scalar) or a constant (a str, a "
                         f"number, a bool, a numeric array of at most 2 dimensions), got "
                         f"{type(value).__name__} {value!r:.60}")


def _constant(value):
    """A constant as both sides get it: an int as a float (Octave's numbers are doubles)."""
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    if isinstance(value, np.ndarray):
        return value.astype(float) if value.dtype.kind in "iu" else value.copy()
    return value


def size_ranges(args, sizes: Mapping | None = None) -> dict[str, tuple[int, int]]:
    """The range of each size name ``args`` uses, in the order of first use (``DEFAULT_SIZE`` when
    ``sizes`` does not give it). A range is ``(low, high)``, both included, or an int (a fixed size).

    Raises ValueError for a bad declaration, a bad range, or a name in ``sizes`` that no argument uses
    (a typo would otherwise fall back to the default range without a word).
    """
    if isinstance(args, DECLARATIONS) or not isinstance(args, (tuple, list)):
        raise ValueError(f"args must be a tuple of declarations, got {type(args).__name__}")
    if not isinstance(sizes, (Mapping, type(None))):
        raise ValueError(f"sizes must be a dict of size name -> (low, high), got {type(sizes).__name__}")
    given = dict(sizes or {})
    used: list[str] = []
    for k, a in enumerate(args):
        if isinstance(a, ARRAYS):
            m = a.matrix
            used += [s for s in (m.rows, m.cols) if isinstance(s, str) and s not in used]
        elif not isinstance(a, Scalar):
            _check_constant(k, a)
    unused = sorted(set(given) - set(used))
    if unused:
        raise ValueError(f"sizes: {', '.join(map(repr, unused))} used by no argument "
                         f"(the arguments use {', '.join(map(repr, used)) or 'no size name'})")
    ranges = {}
    for name in used:
        r = given.get(name, DEFAULT_SIZE)
        if isinstance(r, (int, np.integer)) and not isinstance(r, (bool, np.bool_)):
            r = (r, r)
        if (not isinstance(r, (tuple, list)) or len(r) != 2
                or not all(isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) for v in r)):
            raise ValueError(f"sizes[{name!r}] must be (low, high), two ints, or one int, got {r!r}")
        lo, hi = int(r[0]), int(r[1])
        if not 0 <= lo <= hi:
            raise ValueError(f"sizes[{name!r}] must have 0 <= low <= high, got {r!r}")
        ranges[name] = (lo, hi)
    return ranges


def validate(args, sizes: Mapping | None = None) -> None:
    """Raise ValueError when ``args`` or ``sizes`` is not a valid declaration (see :func:`size_ranges`)."""
    size_ranges(args, sizes)


def _shape(m: Matrix, n: dict[str, int]) -> tuple[int, int]:
    return tuple(n[s] if isinstance(s, str) else int(s) for s in (m.rows, m.cols))


def _with_ones(values: np.ndarray, m: Matrix) -> np.ndarray:
    if m.ones_column and values.shape[1]:
        values[:, 0] = True if values.dtype == bool else 1.0
    return values


def _as_index(m: Matrix, values: np.ndarray):
    """An index argument's values as an Index (0-based to the port, 1-based to Octave)."""
    if m.kind != "index":
        return values
    from crosscheck.case import Index  # noqa: PLC0415 -- crosscheck.case imports this module's users

    return Index(values)


# -- the case's fixed example ----------------------------------------------------------------------
def _draw_values(rng: np.random.Generator, d, shape):
    if d.kind == "logical":
        return rng.random(shape) < 0.5
    if d.kind == "binary":
        return rng.integers(0, 2, size=shape).astype(float)
    if d.kind in ("integer", "index"):
        return rng.integers(math.ceil(d.low), math.floor(d.high), size=shape, endpoint=True).astype(float)
    u = rng.random(shape)
    values = np.clip(d.low * (1 - u) + d.high * u, d.low, d.high)  # no overflow for wide ranges
    if d.allow_nonfinite:
        hit = rng.random(shape) < NONFINITE_SHARE
        values = np.where(hit, rng.choice(NONFINITE, size=shape), values)
    return values


def draw(args, sizes: Mapping | None, rng: np.random.Generator) -> tuple:
    """One value per argument, from ``rng``: the same values for the same generator state.

    The sizes are drawn first, in the order the arguments first use them, each uniform in its range.
    """
    ranges = size_ranges(args, sizes)
    n = {name: int(rng.integers(lo, hi, endpoint=True)) for name, (lo, hi) in ranges.items()}
    out = []
    for a in args:
        if isinstance(a, ARRAYS):
            m = a.matrix
            out.append(_as_index(m, _with_ones(np.asarray(_draw_values(rng, m, _shape(m, n))), m)))
        elif isinstance(a, Scalar):
            v = _draw_values(rng, a, ())
            out.append(bool(v) if a.kind == "logical" else float(v))
        else:
            out.append(_constant(a))
    return tuple(out)


# -- Hypothesis ------------------------------------------------------------------------------------
def _element_strategy(d):
    import hypothesis.strategies as st  # noqa: PLC0415 -- hypothesis is a test extra

    if d.kind == "logical":
        return st.booleans()
    if d.kind == "binary":
        return st.sampled_from((0.0, 1.0))
    if d.kind in ("integer", "index"):
        return st.integers(math.ceil(d.low), math.floor(d.high)).map(float)
    finite = st.floats(min_value=float(d.low), max_value=float(d.high), allow_nan=False, allow_infinity=False,
                       allow_subnormal=False, width=64)
    return st.one_of(finite, st.sampled_from(NONFINITE)) if d.allow_nonfinite else finite


def _array_strategy(m: Matrix, shape):
    from hypothesis.extra import numpy as hnp  # noqa: PLC0415

    rows, cols = shape
    free = cols - 1 if (m.ones_column and cols) else cols
    dtype = np.bool_ if m.kind == "logical" else np.float64
    strategy = hnp.arrays(dtype, (rows, free), elements=_element_strategy(m))
    if free == cols:
        return strategy
    one = True if m.kind == "logical" else 1.0
    return strategy.map(lambda a: np.hstack([np.full((rows, 1), one, dtype=dtype), a]))


def strategy(args, sizes: Mapping | None = None):
    """A Hypothesis strategy of argument tuples like :func:`draw`'s (the sizes drawn first, so that they
    shrink first: a failure shrinks towards the smallest sizes, then the simplest values)."""
    try:
        import hypothesis.strategies as st  # noqa: PLC0415 -- a test extra: only --examples needs it
    except ImportError as exc:
        raise ImportError("declared arguments need hypothesis for generated examples: pip install hypothesis") from exc

    ranges = size_ranges(args, sizes)
    args = tuple(args)

    @st.composite
    def examples(draw_from):
        n = {name: draw_from(st.integers(lo, hi)) for name, (lo, hi) in ranges.items()}
        out = []
        for a in args:
            if isinstance(a, ARRAYS):
                m = a.matrix
                out.append(_as_index(m, draw_from(_array_strategy(m, _shape(m, n)))))
            elif isinstance(a, Scalar):
                out.append(draw_from(_element_strategy(a)))
            else:
                out.append(_constant(a))
        return tuple(out)

    return examples()

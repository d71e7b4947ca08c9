"""What a cross-check case is: plain data, nothing that runs Octave.

A :class:`Case` names an Octave function, the Python port to hold against it, how to build its inputs
from a seeded generator, its outputs in Octave's order (:class:`Output`) and how close they must agree
(:class:`crosscheck.compare.Tolerance`). A case whose ``raises`` is set checks instead that both sides
refuse the inputs, with the same message. A function argument (an objective for fmincg, a cost for a
numerical gradient) is a :class:`Handle`.

The runner (``crosscheck.runner``) turns these into Octave calls and Python calls; the session
(``crosscheck.session``) talks to Octave.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from collections.abc import Mapping
from typing import Callable

import numpy as np

import pyport
from crosscheck.compare import KINDS, Tolerance


#: The tolerance of a case that states none: a correct port of ordinary code agrees with its original
#: to ~1e-13 of each output's size (an entry that cancels keeps the absolute error of the others, so
#: the bound is norm-wise); every classic porting mistake is off by far more than 1e-10.
DEFAULT_TOLERANCE = Tolerance(rtol=1e-10, scale="output",
                              why="the default: 1e-10 of each output's largest entry (norm-wise)")


@dataclass(frozen=True)
class Output:
    """One output, in Octave's output order.

    ``kind`` says how the port may shape it against Octave's (see ``crosscheck.compare.KINDS``): "any"
    (the default: a float, 0-d or 1x1 array for an Octave scalar, a 1-D array or Octave's own form for
    an Octave vector, the same shape otherwise), "array" (exactly Octave's shape), "vector" (1-D where
    Octave has a column), "scalar" (a float where Octave has 1-by-1). ``trace`` marks a value per
    iteration (a cost history), which the report plots.

    ``index=True`` marks an index-valued output (a cluster number, a class label 1..K, a prediction
    that is a label): the ports return it 0-based, as integers, so the port's value plus 1 is compared
    with Octave's. Kind ``"record"`` is an Octave struct, compared field by field with the port's
    record (a NamedTuple, a dataclass or a mapping): Octave's field ``kernelFunction`` against the
    port's ``kernel_function`` (or ``kernelFunction``); a field Octave returns as text (a function
    handle, which oct2py gives as its ``func2str`` text) is not compared. Each field becomes an output
    of its own in the report, ``model.alphas``, marked ``field_of="model"``.
    """

    name: str
    kind: str = "any"
    trace: bool = False
    index: bool = False
    field_of: str = ""

    def __post_init__(self):
        if self.kind not in (*KINDS, "record"):
            raise ValueError(f"Output: kind must be one of {sorted((*KINDS, 'record'))}, got {self.kind!r}")
        if self.index and self.kind == "record":
            raise ValueError(f"Output {self.name}: a record is not an index")


@dataclass(frozen=True)
class Handle:
    """A function argument: ``@(x) function (x, bound{:})`` in Octave, ``port(x, *bound)`` in Python.

    ``port`` is the Python function to bind (default: the port of ``function`` in
    ``pyport.OCTAVE_NAMES``; give it for a function of your own). With ``via_octave`` the Python side
    is driven by the Octave function itself, evaluated through the session, so that a port under test
    (a minimiser, say) sees exactly the original's numbers. With ``as_name`` Octave gets the
    function's name (a string) instead of a handle. ``nudge`` (+1 or -1, Octave side only) moves the
    function's value and every non-zero gradient entry one ULP up or down: a perturbation experiment
    on the original, for tolerance floors (``crosscheck.rounding``).

    ``arity`` (default 1) is how many arguments come before the bound ones: a kernel
    ``Handle("gaussianKernel", bound=(sigma,), arity=2)`` is, in Octave, the handle the course's
    driver writes, ``@(x1, x2) gaussianKernel (x1, x2, sigma)`` (its ``func2str`` text names the
    function; a real scalar bound value is written with 17 significant digits, which gives back the
    same double), and ``@gaussianKernel`` itself when nothing is bound; in Python, the port function
    itself when nothing is bound, else a wrapper whose ``__wrapped__`` is the port function.
    """

    function: str
    bound: tuple = ()
    port: Callable | None = None
    via_octave: bool = False
    as_name: bool = False
    nudge: int = 0
    arity: int = 1

    def __post_init__(self):
        if self.nudge not in (-1, 0, 1):
            raise ValueError(f"Handle: nudge must be -1, 0 or 1, got {self.nudge!r}")
        if not (isinstance(self.arity, int) and 1 <= self.arity <= 9):
            raise ValueError(f"Handle: arity must be an integer from 1 to 9, got {self.arity!r}")
        if self.arity > 1 and (self.via_octave or self.nudge or self.as_name):
            raise ValueError("Handle: a handle of several arguments is not via_octave, nudged or a name")

    @property
    def port_function(self) -> Callable:
        return self.port if self.port is not None else pyport.OCTAVE_NAMES[self.function]


@dataclass(frozen=True, eq=False)
class Index:
    """An index-valued argument (cluster numbers, class labels 1..K, a permutation), given 0-based.

    The port receives ``values`` as an integer array (``np.intp``) of the same shape; Octave receives
    ``values + 1`` as doubles, its 1-based numbers. The ports take and return indices 0-based (README,
    "Indices"); this is how a case gives both sides the same indices.
    """

    values: object

    def __post_init__(self):
        a = np.asarray(self.values)
        whole = a.dtype.kind == "f" and bool(np.all(np.isfinite(a))) and bool(np.all(a == np.round(a)))
        if a.dtype.kind not in "iu" and not whole:
            raise ValueError(f"Index: values must be integers, got {a.dtype} {a.tolist()!r:.60}")
        object.__setattr__(self, "values", a.astype(np.intp))

    def for_port(self) -> np.ndarray:
        """The 0-based integers, a fresh array (a port may not change the case's inputs)."""
        return self.values.copy()

    def for_octave(self) -> np.ndarray:
        """Octave's 1-based numbers, as doubles."""
        return self.values.astype(np.float64) + 1.0

    def __repr__(self) -> str:
        return f"Index({self.values.tolist()!r})"


@dataclass(frozen=True)
class Case:
    """One cross-check: ``function(*inputs(rng))`` in Octave against ``port(*inputs(rng))``.

    Parameters
    ----------
    function : the Octave function's name.
    name : the case's name; ``function/name`` is its id, unique in a run.
    inputs : ``inputs(rng) -> tuple`` of arguments in Octave's order (2-D float arrays, floats,
        strings, dicts for structs, :class:`Handle` for functions, :class:`Index` for indices); ``rng`` is seeded from the id.
        Give either ``inputs`` or ``args``.
    outputs : the outputs compared, in Octave's order (names, or :class:`Output` for a kind).
    tol : how close each output must agree (default: :data:`DEFAULT_TOLERANCE`, 1e-10 of each
        output's largest entry).
    port : the Python function (default: ``pyport.OCTAVE_NAMES[function]``).
    raises : when set, both sides must refuse the inputs with messages that say the same thing and
        contain this text.
    timeout : seconds the Octave call may take (default: the session's).
    family : the topic, for the report; about : one line on what the case shows.
    check : ``check(inputs, octave_outputs, port_outputs) -> [OutputComparison]`` replaces the
        value-by-value comparison (random outputs, compared by shape and range).
    seed_key : cases with the same key draw the same inputs (default: the id).
    args : the arguments declared instead of generated (``crosscheck.args``: shapes with named sizes,
        value ranges, kinds of columns, scalars): the case then draws its inputs from them, and
        ``--examples N`` tries N more with Hypothesis.
    sizes : the ranges of the named sizes the declared arguments use, e.g. ``{"m": (1, 50)}``.
    """

    function: str
    name: str
    inputs: Callable[[np.random.Generator], tuple] | None = None
    outputs: tuple[Output, ...] = ()
    tol: Tolerance = DEFAULT_TOLERANCE
    port: Callable | None = None
    raises: str | None = None
    timeout: float | None = None
    family: str = ""
    about: str = ""
    check: Callable | None = None
    seed_key: str | None = None
    args: tuple = ()
    sizes: Mapping[str, tuple[int, int]] | None = None

    def __post_init__(self):
        if (self.inputs is None) == (not self.args):
            raise ValueError(f"Case {self.function}/{self.name}: give either inputs or args")
        if self.args:
            from crosscheck.args import validate  # noqa: PLC0415 -- only cases that declare their arguments

            validate(self.args, self.sizes)
        outputs = tuple(Output(o) if isinstance(o, str) else o for o in self.outputs)
        if not all(isinstance(o, Output) for o in outputs):
            raise TypeError(f"Case {self.function}/{self.name}: outputs are names or Output(...)")
        object.__setattr__(self, "outputs", outputs)

    @property
    def id(self) -> str:
        return f"{self.function}/{self.name}"

    @property
    def seed(self) -> int:
        """Stable across runs and independent of the other cases (not Python's salted hash)."""
        return zlib.crc32((self.seed_key or self.id).encode())

    @property
    def port_function(self) -> Callable:
        return self.port if self.port is not None else pyport.OCTAVE_NAMES[self.function]

    def make_inputs(self) -> tuple:
        """The arguments, in Octave order; the same every time (the generator is seeded from the id)."""
        rng = np.random.default_rng(self.seed)
        if self.inputs is None:
            from crosscheck.args import draw  # noqa: PLC0415 -- only cases that declare their arguments

            return tuple(draw(self.args, self.sizes, rng))
        return tuple(self.inputs(rng))

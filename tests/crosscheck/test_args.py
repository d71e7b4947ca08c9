"""Declared arguments (crosscheck.args) and the calls that print them (crosscheck.examples): no Octave,
except the one test marked ``octave`` that reads the Octave text back in Octave."""

from __future__ import annotations

import math
import re
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pyport
from crosscheck.args import DEFAULT_SIZE, Column, Matrix, Row, Scalar, draw, size_ranges, strategy, validate
from crosscheck.case import Case
from crosscheck.examples import octave_call, octave_literal, port_reference, python_call, python_literal, python_setup

ARGS = (Matrix("m", "n", ones_column=True), Column("m"), Column("n"))
SIZES = {"m": (1, 30), "n": (1, 5)}
MIXED = (Matrix("m", "n", low=-2.5, high=3.0), Column("m", low=0, high=4, kind="integer"), Row("n", kind="binary"),
         Matrix(2, "m", kind="logical", ones_column=True), Scalar(0.5, 2.0), Scalar(-3, 3, kind="integer"),
         Scalar(kind="logical"), "linear", 7)
TINY = np.finfo(float).tiny
FEW = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))


# -- declarations ------------------------------------------------------------------------------------
@pytest.mark.parametrize("make, says", [
    (lambda: Matrix("m", "n", kind="complex"), "kind must be one of"),
    (lambda: Column("m", kind="int"), "kind must be one of"),
    (lambda: Scalar(kind="float"), "kind must be one of"),
    (lambda: Matrix("m", "n", low=1, high=0), "low (1) is above high (0)"),
    (lambda: Scalar(5, 4), "above high"),
    (lambda: Row(3, low=math.nan), "low must be a finite number"),
    (lambda: Scalar(high=math.inf), "high must be a finite number"),
    (lambda: Matrix(1.5, 2), "rows must be an int >= 0 or a size name"),
    (lambda: Matrix("m", True), "cols must be an int >= 0 or a size name"),
    (lambda: Matrix("m", None), "cols must be an int >= 0 or a size name"),
    (lambda: Column("not a name"), "rows must be an int >= 0 or a size name"),
    (lambda: Row(-1), "cols must be >= 0"),
    (lambda: Scalar(0.2, 0.8, kind="integer"), "no whole number lies in"),
    (lambda: Matrix(2, 2, kind="integer", allow_nonfinite=True), "allow_nonfinite applies to kind='real' only"),
    (lambda: Matrix(2, 2, ones_column=1), "ones_column must be True or False"),
])
def test_bad_declarations_say_what_is_wrong(make, says):
    with pytest.raises(ValueError, match=re.escape(says)):
        make()


@pytest.mark.parametrize("args, sizes, says", [
    (ARGS, {"M": (1, 3)}, "sizes: 'M' used by no argument"),
    (ARGS, {"m": (3, 1)}, "0 <= low <= high"),
    (ARGS, {"m": (-1, 1)}, "0 <= low <= high"),
    (ARGS, {"m": (1.0, 2.0)}, "must be (low, high), two ints, or one int"),
    (ARGS, {"m": "5"}, "must be (low, high)"),
    (ARGS, [("m", (1, 2))], "sizes must be a dict"),
    (Matrix("m", "n"), None, "args must be a tuple"),
    ((Matrix("m", "n"), object()), None, "args[1]: a declaration"),
    ((np.zeros((2, 2, 2)),), None, "args[0]: a declaration"),
])
def test_bad_sizes_and_args_say_what_is_wrong(args, sizes, says):
    with pytest.raises(ValueError, match=re.escape(says)):
        validate(args, sizes)
    with pytest.raises(ValueError, match=re.escape(says)):
        draw(args, sizes, np.random.default_rng(0))


def test_column_and_row_are_matrices():
    assert Column("m", 0, 1, "integer").matrix == Matrix("m", 1, 0, 1, "integer")
    assert Row("n", kind="binary").matrix == Matrix(1, "n", kind="binary")
    assert Matrix(2, 3).low == -10.0 and Matrix(2, 3).high == 10.0 and Matrix(2, 3).kind == "real"
    assert Scalar() == Scalar(-10.0, 10.0, "real", False)


def test_size_ranges_in_order_of_first_use_with_the_default():
    assert size_ranges((Column("k"), Matrix("m", "k"), Row("n")), {"n": 4, "m": (2, 3)}) == {
        "k": DEFAULT_SIZE, "m": (2, 3), "n": (4, 4)}
    assert size_ranges((Matrix(2, 3), Scalar()), None) == {}


# -- draw: the case's fixed example -------------------------------------------------------------------
def check_values(args, values, sizes=None):
    """Everything a generated tuple must be: the shapes (named sizes shared), the kinds, the ranges."""
    assert isinstance(values, tuple) and len(values) == len(args)
    seen: dict[str, int] = {}
    ranges = size_ranges(args, sizes)
    for a, v in zip(args, values):
        if isinstance(a, Scalar):
            assert type(v) is (bool if a.kind == "logical" else float)
            if a.kind != "logical":
                assert a.low <= v <= a.high or (a.kind == "binary" and v in (0.0, 1.0))
            if a.kind == "integer":
                assert v.is_integer()
            continue
        if not isinstance(a, (Matrix, Column, Row)):
            assert v == a and type(v) is (float if isinstance(a, int) else type(a))
            continue
        m = a.matrix
        assert isinstance(v, np.ndarray) and v.ndim == 2
        assert v.dtype == (np.bool_ if m.kind == "logical" else np.float64)
        for size, got in zip((m.rows, m.cols), v.shape):
            if isinstance(size, str):
                lo, hi = ranges[size]
                assert lo <= got <= hi
                assert seen.setdefault(size, got) == got, f"size {size} differs between arguments"
            else:
                assert got == size
        body = v[:, 1:] if m.ones_column else v
        if m.ones_column and v.shape[1]:
            assert np.all(v[:, 0] == 1)
        if m.kind == "real" and not m.allow_nonfinite:
            assert np.all(np.isfinite(body)) and np.all((body >= m.low) & (body <= m.high))
            assert not np.any((body != 0) & (np.abs(body) < TINY)), "a subnormal"
        elif m.kind == "integer":
            assert np.all(body == np.round(body)) and np.all((body >= m.low) & (body <= m.high))
        elif m.kind == "binary":
            assert np.all((body == 0) | (body == 1))


@pytest.mark.parametrize("seed", range(30))
def test_draw_respects_shapes_sizes_ranges_and_kinds(seed):
    check_values(MIXED, draw(MIXED, {"m": (0, 6), "n": (1, 4)}, np.random.default_rng(seed)), {"m": (0, 6), "n": (1, 4)})
    check_values(ARGS, draw(ARGS, SIZES, np.random.default_rng(seed)), SIZES)


def test_draw_is_deterministic_and_the_case_draws_from_its_seed():
    one = draw(MIXED, None, np.random.default_rng(7))
    two = draw(MIXED, None, np.random.default_rng(7))
    for a, b in zip(one, two):
        np.testing.assert_array_equal(a, b, strict=True)
    other = draw(MIXED, None, np.random.default_rng(8))
    assert not all(np.array_equal(a, b) for a, b in zip(one, other))
    case = Case("computeCostMulti", "declared", args=ARGS, sizes=SIZES, outputs=("J",))
    made = case.make_inputs()
    for a, b in zip(made, case.make_inputs()):
        np.testing.assert_array_equal(a, b, strict=True)
    for a, b in zip(made, draw(ARGS, SIZES, np.random.default_rng(case.seed))):
        np.testing.assert_array_equal(a, b, strict=True)


def test_named_sizes_are_shared_and_default_to_their_range():
    shapes = {tuple(np.shape(v) for v in draw(ARGS, None, np.random.default_rng(s))) for s in range(200)}
    for (x, y, theta) in shapes:
        assert y == (x[0], 1) and theta == (x[1], 1)
        assert DEFAULT_SIZE[0] <= x[0] <= DEFAULT_SIZE[1] and DEFAULT_SIZE[0] <= x[1] <= DEFAULT_SIZE[1]
    assert {x[0] for x, _, _ in shapes} == set(range(DEFAULT_SIZE[0], DEFAULT_SIZE[1] + 1))
    fixed = draw((Matrix("m", 3), Row("m")), {"m": 4}, np.random.default_rng(0))
    assert fixed[0].shape == (4, 3) and fixed[1].shape == (1, 4)


def test_nonfinite_values_only_when_asked():
    values = np.concatenate([draw((Matrix(20, 20, allow_nonfinite=True),), None, np.random.default_rng(s))[0].ravel()
                             for s in range(3)])
    assert np.isnan(values).any() and np.isposinf(values).any() and np.isneginf(values).any()
    finite = values[np.isfinite(values)]
    assert finite.size > values.size // 2 and np.all(np.abs(finite) <= 10)


def test_wide_ranges_do_not_overflow():
    (X,) = draw((Matrix(50, 50, low=-1e308, high=1e308),), None, np.random.default_rng(0))
    assert np.all(np.isfinite(X)) and np.abs(X).max() > 1e307


# -- the Hypothesis strategy ----------------------------------------------------------------------
@FEW
@given(st.data())
def test_strategy_generates_valid_tuples(data):
    sizes = {"m": (0, 6), "n": (1, 4)}
    check_values(MIXED, data.draw(strategy(MIXED, sizes)), sizes)
    check_values(ARGS, data.draw(strategy(ARGS, SIZES)), SIZES)


def test_strategy_shrinks_to_the_smallest_sizes():
    from hypothesis import find

    X, y, theta = find(strategy(ARGS, SIZES), lambda v: True, settings=settings(database=None))
    assert X.shape == (1, 1) and y.shape == (1, 1) and theta.shape == (1, 1)
    X, y, theta = find(strategy(ARGS, {"m": (3, 30), "n": (2, 5)}), lambda v: v[0].shape[0] > 4,
                       settings=settings(database=None))
    assert X.shape == (5, 2) and np.all(X[:, 1:] == 0) and np.all(X[:, 0] == 1)


def test_strategy_gives_nonfinite_values_only_when_asked():
    from hypothesis import find

    def nonfinite(v):
        return not np.isfinite(v[0]).all()

    found = find(strategy((Matrix(2, 2, allow_nonfinite=True),)), nonfinite, settings=settings(database=None))
    assert nonfinite(found)
    never = strategy((Matrix(2, 2),))
    with pytest.raises(Exception, match="No examples"):
        find(never, nonfinite, settings=settings(database=None, max_examples=200))


def test_import_crosscheck_needs_no_hypothesis():
    code = ("import sys; sys.modules['hypothesis'] = None\n"
            "import numpy as np, crosscheck\n"
            "from crosscheck.args import Matrix, draw, strategy\n"
            "print(draw((Matrix(2, 2),), None, np.random.default_rng(0))[0].shape)\n"
            "try:\n    strategy((Matrix(2, 2),))\nexcept ImportError as e:\n    print(e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "(2, 2)", "declared arguments need hypothesis for generated examples: pip install hypothesis"]


# -- the calls printed for a failing example ------------------------------------------------------------
SPECIAL = (np.array([[0.1, -0.0, 1e-300, 2.0**-1022], [np.nan, np.inf, -np.inf, 123456789.123456789]]),
           np.array([[True], [False]]), np.zeros((0, 3)), np.zeros((2, 0), dtype=bool),
           np.array([[5.0]]), 1 / 3, -0.0, True, "it's", np.array([1.5, 2.0]), np.array([[1, 2]]), 3.0)


def same(a, b) -> bool:
    """Equal shapes, dtypes and values, NaN for NaN and the sign of every zero."""
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    if a.dtype.kind != "f":
        return np.array_equal(a, b)
    return np.array_equal(a, b, equal_nan=True) and np.array_equal(np.signbit(a), np.signbit(b))


@pytest.mark.parametrize("value", SPECIAL, ids=range(len(SPECIAL)))
def test_python_literal_reads_back_exactly(value):
    back = eval(python_literal(value), {"np": np})  # noqa: S307 -- our own text
    assert type(back) is type(value)
    assert same(back, value)


@FEW
@given(st.data())
def test_python_literals_of_generated_examples_read_back_exactly(data):
    for v in data.draw(strategy(MIXED + (Matrix("m", 2, allow_nonfinite=True),), {"m": (0, 6), "n": (1, 4)})):
        back = eval(python_literal(v), {"np": np})  # noqa: S307
        assert type(back) is type(v) and same(back, v)


OCTAVE_NUMBER = r"(-?\d+|-?\d+\.\d+(e[-+]\d+)?|-?\d(\.\d+)?e[-+]\d+|NaN|-?Inf|true|false)"


@pytest.mark.parametrize("value, text", [
    (np.array([[1.0, 0.0], [1.0, 2.0]]), "[1 0; 1 2]"),
    (np.array([[0.5], [-1.0]]), "[0.5; -1]"),
    (np.array([[0.1, 1e-300, np.nan, -np.inf]]), "[0.1 1e-300 NaN -Inf]"),
    (np.array([[True, False]]), "[true false]"),
    (np.array([[7.0]]), "7"),
    (np.zeros((0, 3)), "zeros (0, 3)"),
    (np.zeros((2, 0), dtype=bool), "false (2, 0)"),
    (np.array([1.5, 2.0]), "[1.5; 2]"),
    (-0.0, "-0"),
    (1 / 3, "0.3333333333333333"),
    (2.0**60, "1.152921504606847e+18"),
    (True, "true"),
    ("it's", "'it''s'"),
])
def test_octave_literal(value, text):
    assert octave_literal(value) == text


@FEW
@given(st.data())
def test_octave_literals_of_generated_examples_look_like_mat2str(data):
    for v in data.draw(strategy(MIXED, {"m": (1, 6), "n": (1, 4)})):
        text = octave_literal(v)
        if isinstance(v, str):
            continue
        if np.size(v) == 1:
            assert re.fullmatch(OCTAVE_NUMBER, text), text
        else:
            row = rf"{OCTAVE_NUMBER}( {OCTAVE_NUMBER})*"
            assert re.fullmatch(rf"\[{row}(; {row})*\]", text), text
            assert text.count(";") == v.shape[0] - 1


def cost(X, y, theta):
    return 0.0


def test_calls_name_the_outputs_and_the_port():
    X, y, theta = np.array([[1.0, 0.0], [1.0, 2.0]]), np.array([[0.5], [-1.0]]), np.array([[1.0], [0.0]])
    case = Case("computeCostMulti", "c", args=ARGS, outputs=("J",))
    assert octave_call(case, (X, y, theta)) == "J = computeCostMulti ([1 0; 1 2], [0.5; -1], [1; 0])"
    assert python_call(case, (X, y, theta)) == (
        "J = compute_cost_multi(np.array([[1.0, 0.0], [1.0, 2.0]]), np.array([[0.5], [-1.0]]), "
        "np.array([[1.0], [0.0]]))")
    assert python_setup(case) == "import numpy as np; from pyport import compute_cost_multi"
    ns: dict = {}
    exec(python_setup(case), ns)  # noqa: S102 -- our own text
    exec(python_call(case, (X, y, theta)), ns)  # noqa: S102
    assert ns["J"] == pyport.compute_cost_multi(X, y, theta)

    many = Case("featureNormalize", "c", args=(Matrix("m", "n"),), outputs=("X_norm", "mu", "sigma"))
    assert octave_call(many, (X,)).startswith("[X_norm, mu, sigma] = featureNormalize ([1 0; 1 2])")
    assert python_call(many, (X,)).startswith("X_norm, mu, sigma = feature_normalize(np.array(")
    refusal = Case("computeCostMulti", "r", args=ARGS, outputs=("J",), raises="must be")
    assert octave_call(refusal, (X, y, theta)).startswith("computeCostMulti ([1 0")
    mine = Case("computeCostMulti", "m", args=ARGS, outputs=("J",), port=cost)
    assert python_call(mine, (X, y, theta)).startswith("J = cost(np.array(")
    assert python_setup(mine) == f"import numpy as np; from {cost.__module__} import cost"
    assert port_reference(lambda X: X) == ("port", None)


@pytest.mark.octave
def test_octave_literals_read_back_exactly_in_octave(octave):
    values = [v for v in SPECIAL if not isinstance(v, str) and np.ndim(v) != 1]
    values += list(draw(MIXED + (Matrix(3, 3, allow_nonfinite=True),), None, np.random.default_rng(3)))
    values = [v for v in values if not isinstance(v, str)]
    for v in values:
        r = octave.call("eval", octave_literal(v), nout=1)
        assert r.status == "ok", r.message
        (back,) = r.outputs
        klass = octave.call("eval", f"class ({octave_literal(v)})", nout=1).outputs[0]
        assert klass == ("logical" if np.asarray(v).dtype == bool else "double"), (v, klass)
        want = np.atleast_2d(np.asarray(v, dtype=float))
        got = np.atleast_2d(np.asarray(back, dtype=float))
        assert got.shape == want.shape, (v, back)
        assert np.array_equal(got, want, equal_nan=True) and np.array_equal(np.signbit(got), np.signbit(want)), (v, back)


def test_an_index_kind_draws_whole_numbers_from_zero_given_as_an_index():
    from crosscheck.case import Index  # noqa: PLC0415
    from crosscheck.examples import octave_literal, python_literal  # noqa: PLC0415

    args = (Matrix("m", 2), Column("m", low=0, high=2, kind="index"))
    X, idx = draw(args, {"m": (5, 5)}, np.random.default_rng(3))
    assert isinstance(idx, Index) and idx.values.shape == (5, 1) and set(idx.values.ravel()) <= {0, 1, 2}
    assert octave_literal(Index([[0], [2]])) == "[1; 3]" and python_literal(Index([[0], [2]])) == \
        "np.array([[0], [2]])"
    with pytest.raises(ValueError, match="no whole number"):
        Column("m", low=0.2, high=0.8, kind="index")


@settings(max_examples=20, deadline=None)
@given(st.data())
def test_an_index_kind_through_hypothesis_is_an_index_in_range(data):
    from crosscheck.case import Index  # noqa: PLC0415

    (idx,) = data.draw(strategy((Column("m", low=0, high=3, kind="index"),), {"m": (1, 6)}))
    assert isinstance(idx, Index) and idx.values.min() >= 0 and idx.values.max() <= 3

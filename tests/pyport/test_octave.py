"""pyport.octave: Octave's sum, mean, var, std, norm and pinv against plain references and by hand, the
complex-aware min/max/sqrt and the correctly summed square that fmincg leans on; and, marked octave, the
reductions, norm and pinv against Octave itself, to the bit."""

import builtins
import inspect
import math
import warnings

import numpy as np
import pytest

import pyport
from crosscheck.case import Handle
from crosscheck.cases import project_cases
from crosscheck.runner import port_arg
from crosscheck.session import Call
from pyport import octave as oct_  # not `octave`: that is the fixture of an Octave session


def loop_sum(values):
    """Octave's sum: one element after another."""
    acc = 0.0
    for v in values:
        acc += float(v)
    return acc


def assert_same_bits(actual, desired):
    """Same shape, NaN in the same places, every other entry equal, zeros of the same sign."""
    actual, desired = np.asarray(actual, dtype=np.float64), np.asarray(desired, dtype=np.float64)
    assert actual.shape == desired.shape
    np.testing.assert_array_equal(np.isnan(actual), np.isnan(desired))
    np.testing.assert_array_equal(actual[~np.isnan(actual)], desired[~np.isnan(desired)])
    np.testing.assert_array_equal(np.signbit(actual[actual == 0]), np.signbit(desired[desired == 0]))


# ---------------------------------------------------------------- the module as users read it

def test_public_names_are_documented_octave_functions():
    assert oct_.__all__ == ["sum", "mean", "var", "std", "norm", "pinv", "max", "min", "sqrt", "xtx", "dot"]
    for name in oct_.__all__:
        f = getattr(oct_, name)
        assert f.__module__ == "pyport.octave", name
        doc = inspect.getdoc(f)
        for section in ("Parameters", "Returns", "See Also", "Examples"):
            assert f"\n{section}\n" in doc, (name, section)
    assert oct_.max is not builtins.max and oct_.sum is not builtins.sum


def test_var_and_std_take_dim_by_keyword_only():
    """Octave's std (x, 1) normalises by n: a positional 1 must not pass for a dimension."""
    X = np.ones((3, 2))
    for f in (oct_.var, oct_.std):
        with pytest.raises(TypeError):
            f(X, 1)


@pytest.mark.parametrize("call,message", [
    (lambda: oct_.sum(np.ones((2, 2)), 0), "sum: dim must be a positive integer, got 0"),
    (lambda: oct_.mean(np.ones((2, 2)), 1.5), "mean: dim must be a positive integer, got 1.5"),
    (lambda: oct_.var(np.ones((2, 2)), dim=-1), "var: dim must be a positive integer, got -1"),
    (lambda: oct_.std(np.ones(3) * 1j), "std: x must be a real numeric array, got a complex 1-D array of length 3"),
    (lambda: oct_.sum("abc"), 'sum: x must be a real numeric array, got "abc"'),
    (lambda: oct_.norm(np.ones((2, 2, 2))), "norm: x must be a real numeric matrix, got an array of size 2x2x2"),
    (lambda: oct_.pinv(np.ones(3)), "pinv: A must be a real numeric matrix, got a 1-D array of length 3"),
    (lambda: oct_.pinv(np.ones((2, 2)), np.ones(2)), "pinv: tol must be a real scalar, got a 1-D array of length 2"),
    (lambda: oct_.sqrt(1j), "sqrt: x must be a real scalar, got a complex array of size 1x1"),
    (lambda: oct_.xtx(np.ones((1, 3))), "xtx: x must be a real numeric column vector, got an array of size 1x3"),
    (lambda: oct_.dot(np.ones(3), np.ones(2)),
     "dot: b must be an n-by-1 column (a is a 1-D array of length 3, so n = 3; b is a 1-D array of length 2)"),
])
def test_refusals_are_whole_sentences(call, message):
    with pytest.raises(ValueError) as info:
        call()
    assert str(info.value) == message


# ---------------------------------------------------------------- sum

def test_first_nonsingleton():
    assert oct_._first_nonsingleton((3, 2)) == 0
    assert oct_._first_nonsingleton((1, 4)) == 1
    assert oct_._first_nonsingleton((1, 1)) == 0
    assert oct_._first_nonsingleton((3, 1)) == 0
    assert oct_._first_nonsingleton((1, 0)) == 1


def test_sum_cancellation_by_hand():
    # one after another: 1e100 + 1 = 1e100, - 1e100 = 0, then five ones: 5 (exact sum 6; a pairwise
    # sum with eight accumulators gives (1e100 + 1) + (-1e100 + 1) + 4 = 4)
    a = np.array([1e100, 1.0, -1e100, 1.0, 1.0, 1.0, 1.0, 1.0])
    assert oct_.sum(a, 1)[0] == 5.0 == loop_sum(a)
    # reversed: five ones, then -1e100 swallows them, + 1 is lost, + 1e100: 0
    assert oct_.sum(a[::-1].copy(), 1)[0] == loop_sum(a[::-1]) == 0.0


def test_sum_differs_from_pairwise_and_matches_loop():
    rng = np.random.default_rng(0)
    a = rng.uniform(0, 1, size=10_000)
    seq = loop_sum(a)
    assert np.sum(a) != seq  # precondition: numpy's pairwise sum rounds otherwise here
    out = oct_.sum(a, 1)
    assert out.shape == (1,)
    assert out[0] == seq
    tenths = np.full(1000, 0.1)
    assert np.sum(tenths) != loop_sum(tenths)
    assert oct_.sum(tenths, 1)[0] == loop_sum(tenths)


def test_sum_along_each_dim_of_a_matrix():
    rng = np.random.default_rng(1)
    A = rng.normal(size=(300, 3)) * 10.0 ** rng.integers(-8, 8, size=(300, 3))
    down = oct_.sum(A, 1)
    assert down.shape == (1, 3)
    assert [down[0, j] for j in range(3)] == [loop_sum(A[:, j]) for j in range(3)]
    At = np.ascontiguousarray(A.T)  # rows contiguous: here numpy's own sum goes pairwise
    across = oct_.sum(At, 2)
    assert across.shape == (3, 1)
    assert [across[j, 0] for j in range(3)] == [loop_sum(A[:, j]) for j in range(3)]
    assert np.sum(At, axis=1).tolist() != across.ravel().tolist()  # the discriminating case
    assert_same_bits(oct_.sum(A), down)  # default: the first non-singleton dimension, 1 here


@pytest.mark.parametrize("order", ["C", "F"])
def test_a_tall_matrix_is_summed_and_its_var_taken_one_row_after_another(order):
    """The fast paths (numpy's own reduction down the rows of a C-ordered matrix; var's squares a block
    of rows at a time, their sums carried) keep Octave's order, against loops, in either layout."""
    rng = np.random.default_rng(2)
    A = np.asarray(rng.normal(size=(3 * oct_._ROWS + 11, 3)) * 10.0 ** rng.integers(-6, 6, size=(1, 3)) + 1.0,
                   order=order)
    sums = oct_.sum(A, 1)
    assert [sums[0, j] for j in range(3)] == [loop_sum(A[:, j]) for j in range(3)]
    n = A.shape[0]
    means = [loop_sum(A[:, j]) / n for j in range(3)]
    variances = [loop_sum((A[:, j] - means[j]) ** 2) / (n - 1) for j in range(3)]
    assert oct_.var(A)[0].tolist() == variances
    assert np.sum(A[:, 0]) != sums[0, 0] or np.sum(A[:, 1]) != sums[0, 1]  # pairwise would round otherwise


def test_sum_default_dim_is_octaves():
    A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    assert_same_bits(oct_.sum(A), [[5.0, 7.0, 9.0]])
    assert_same_bits(oct_.sum(A[:1]), [[6.0]])  # a row: along the row
    assert_same_bits(oct_.sum(A[:, :1]), [[5.0]])
    assert_same_bits(oct_.sum(np.array([1.0, 2.0])), [3.0])  # 1-D: a column
    assert oct_.sum(7.0) == 7.0 and np.ndim(oct_.sum(7.0)) == 0


def test_sum_past_the_last_dim_and_of_empties():
    A = np.array([[1.0, -0.0], [3.0, 4.0]])
    assert_same_bits(oct_.sum(A, 3), [[1.0, 0.0], [3.0, 4.0]])  # each element its own sum, from +0
    assert_same_bits(oct_.sum(np.zeros((0, 3))), np.zeros((1, 3)))
    assert_same_bits(oct_.sum(np.zeros((0, 3)), 2), np.zeros((0, 1)))
    assert_same_bits(oct_.sum(np.zeros((0, 0))), np.zeros((1, 1)))  # sum ([]): a 0-by-0 counts as 0-by-1
    assert_same_bits(oct_.sum(np.zeros((0, 0)), 2), np.zeros((0, 1)))
    assert_same_bits(oct_.sum(np.zeros((1, 0))), np.zeros((1, 1)))


def test_sum_of_negative_zeros_is_positive_zero():
    assert_same_bits(oct_.sum(np.full((3, 1), -0.0)), [[0.0]])
    assert np.signbit(np.cumsum(np.full(3, -0.0))[-1])  # what a bare cumsum would give


# ---------------------------------------------------------------- mean

def test_mean_along_first_nonsingleton():
    np.testing.assert_array_equal(oct_.mean(np.array([[1.0, 10.0], [2.0, 20.0], [6.0, 0.0]])), [[3.0, 10.0]])
    row = oct_.mean(np.array([[1.0, 2.0, 6.0]]))
    assert row.shape == (1, 1) and row[0, 0] == 3.0
    col = oct_.mean(np.array([[4.0], [8.0]]))
    assert col.shape == (1, 1) and col[0, 0] == 6.0
    one = oct_.mean(np.array([[5.0]]))
    assert one.shape == (1, 1) and one[0, 0] == 5.0


def test_mean_with_dim():
    X = np.array([[1.0, 10.0], [2.0, 20.0], [6.0, 0.0]])
    assert_same_bits(oct_.mean(X, 1), [[3.0, 10.0]])
    assert_same_bits(oct_.mean(X, 2), [[5.5], [11.0], [3.0]])
    assert_same_bits(oct_.mean(X, 3), X)
    assert_same_bits(oct_.mean(X[:1], 1), X[:1])  # a row, reduced down its columns on request


def test_mean_is_sequential_sum_over_n():
    rng = np.random.default_rng(2)
    x = rng.uniform(0, 1, size=(5000, 1))
    assert oct_.mean(x)[0, 0] == loop_sum(x[:, 0]) / 5000
    xt = np.ascontiguousarray(x.T)
    assert oct_.mean(xt, 2)[0, 0] == oct_.mean(xt)[0, 0] == loop_sum(x[:, 0]) / 5000


def test_mean_of_empties_is_nan_without_a_warning():
    with np.errstate(all="raise"):
        assert_same_bits(oct_.mean(np.zeros((0, 0))), [[np.nan]])  # mean ([])
        assert_same_bits(oct_.mean(np.zeros((0, 3))), np.zeros((0, 1)))  # mean's own rule: sz > 1
        assert_same_bits(oct_.mean(np.zeros((0, 3)), 1), np.full((1, 3), np.nan))


# ---------------------------------------------------------------- var, std

def test_std_along_first_nonsingleton_with_n_minus_one():
    s = oct_.std(np.array([[0.0, 1.0], [2.0, 1.0]]))
    assert s.shape == (1, 2)
    assert s[0, 0] == pytest.approx(np.sqrt(2), rel=1e-15) and s[0, 1] == 0.0
    r = oct_.std(np.array([[1.0, 2.0, 3.0]]))
    assert r.shape == (1, 1) and r[0, 0] == 1.0
    rng = np.random.default_rng(3)
    X = rng.normal(size=(20, 3))
    np.testing.assert_allclose(oct_.std(X), np.std(X, axis=0, ddof=1, keepdims=True), rtol=1e-13)
    np.testing.assert_allclose(oct_.std(X[:1].copy()), [[np.std(X[0], ddof=1)]], rtol=1e-13)


def test_var_by_hand_and_against_numpy():
    X = np.array([[0.0, 1.0], [2.0, 1.0], [4.0, 1.0]])
    assert_same_bits(oct_.var(X), [[4.0, 0.0]])
    assert_same_bits(oct_.var(X, dim=2), [[0.5], [0.5], [4.5]])
    assert_same_bits(oct_.var(X[:1]), [[0.5]])  # a row: along the row
    rng = np.random.default_rng(4)
    Y = rng.normal(size=(50, 4)) * 3 + 100
    np.testing.assert_allclose(oct_.var(Y), np.var(Y, axis=0, ddof=1, keepdims=True), rtol=1e-12)
    np.testing.assert_allclose(oct_.var(Y, dim=2), np.var(Y, axis=1, ddof=1, keepdims=True), rtol=1e-12)


def test_var_is_the_sequential_formula():
    """sumsq (x - mean (x)) / (n - 1), every sum sequential; std its square root, to the bit."""
    rng = np.random.default_rng(5)
    x = rng.uniform(size=(3, 700)) * 1e3
    for dim in (1, 2):
        axis = dim - 1
        centered = x - np.apply_along_axis(loop_sum, axis, x).reshape(oct_.sum(x, dim).shape) / x.shape[axis]
        want = np.apply_along_axis(loop_sum, axis, centered * centered) / (x.shape[axis] - 1)
        assert_same_bits(oct_.var(x, dim=dim), want.reshape(oct_.sum(x, dim).shape))
        assert_same_bits(oct_.std(x, dim=dim), np.sqrt(oct_.var(x, dim=dim)))


def test_std_with_dim():
    X = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0]])
    assert_same_bits(oct_.std(X, dim=2), [[1.0], [2.0]])
    assert_same_bits(oct_.std(X, dim=1), np.sqrt([[0.5, 2.0, 4.5]]))
    assert_same_bits(oct_.std(X, dim=3), np.zeros((2, 3)))  # one element along dim 3


@pytest.mark.parametrize("value,expected", [(5.0, 0.0), (-0.0, 0.0), (np.nan, np.nan),
                                            (np.inf, np.nan), (-np.inf, np.nan)])
def test_std_and_var_of_single_element(value, expected):
    for f in (oct_.std, oct_.var):
        s = f(np.array([[value]]))
        assert s.shape == (1, 1)
        assert_same_bits(s, [[expected]])


def test_std_nan_or_inf_in_column_silently():
    with np.errstate(all="raise"):  # Inf - Inf gives NaN, without a warning, as in Octave
        s = oct_.std(np.array([[1.0, np.nan], [2.0, 1.0], [3.0, 2.0]]))
        assert s[0, 0] == 1.0 and np.isnan(s[0, 1])
        assert np.isnan(oct_.std(np.array([[1.0], [np.inf]]))[0, 0])


def test_var_of_empties_is_nan():
    assert_same_bits(oct_.var(np.zeros((0, 0))), [[np.nan]])  # var ([])
    assert_same_bits(oct_.var(np.zeros((0, 3))), np.full((1, 3), np.nan))
    assert_same_bits(oct_.var(np.zeros((0, 3)), dim=2), np.zeros((0, 1)))
    assert_same_bits(oct_.std(np.zeros((1, 0))), [[np.nan]])


# ---------------------------------------------------------------- norm

def test_norm_of_vectors_by_hand():
    for v in (np.array([3.0, 4.0]), np.array([[3.0], [4.0]]), np.array([[3.0, -4.0]])):
        assert oct_.norm(v) == 5.0 and type(oct_.norm(v)) is float
    assert oct_.norm(-2.0) == 2.0
    assert oct_.norm(np.zeros((0, 3))) == 0.0 and oct_.norm(np.zeros(3)) == 0.0
    assert oct_.norm(np.array([1.0, np.inf])) == np.inf and oct_.norm(np.array([np.inf, np.inf])) == np.inf
    assert math.isnan(oct_.norm(np.array([1.0, np.nan])))


def test_norm_of_a_vector_neither_overflows_nor_underflows():
    assert oct_.norm(np.array([3e200, 4e200])) == pytest.approx(5e200, rel=1e-15)
    assert oct_.norm(np.array([3e-200, 4e-200])) == pytest.approx(5e-200, rel=1e-15)


def test_norm_of_a_vector_is_close_to_numpys():
    rng = np.random.default_rng(6)
    v = rng.normal(size=1000)
    assert oct_.norm(v) == pytest.approx(np.linalg.norm(v), rel=1e-15)


def test_norm_of_a_matrix_is_its_largest_singular_value():
    rng = np.random.default_rng(7)
    A = rng.normal(size=(6, 4))
    assert oct_.norm(A) == pytest.approx(np.linalg.norm(A, 2), rel=1e-14)
    A[2, 1] = np.inf
    assert math.isnan(oct_.norm(A))


# ---------------------------------------------------------------- pinv

@pytest.mark.parametrize("shape", [(5, 3), (3, 5), (4, 4), (1, 3), (6, 1)])
def test_pinv_matches_numpy_on_well_conditioned(shape):
    rng = np.random.default_rng(builtins.sum(shape))
    A = rng.normal(size=shape) + 3 * np.eye(*shape)
    assert np.linalg.cond(A) < 100
    P = oct_.pinv(A)
    assert P.shape == shape[::-1]
    np.testing.assert_allclose(P, np.linalg.pinv(A), rtol=0, atol=1e-12)


def test_pinv_by_hand():
    np.testing.assert_allclose(oct_.pinv(np.ones((2, 2))), np.full((2, 2), 0.25), atol=1e-15)
    np.testing.assert_allclose(oct_.pinv(np.array([[2.0, 0.0], [0.0, 0.0]])), [[0.5, 0.0], [0.0, 0.0]], atol=1e-15)
    np.testing.assert_allclose(oct_.pinv(np.array([[1.0, 2.0]])), [[0.2], [0.4]], atol=1e-15)
    assert_same_bits(oct_.pinv(4.0), [[0.25]])


def test_pinv_tol_drops_what_is_below_it():
    A = np.diag([4.0, 1e-3])
    np.testing.assert_allclose(oct_.pinv(A), np.diag([0.25, 1e3]), rtol=1e-15)
    np.testing.assert_allclose(oct_.pinv(A, 1e-2), np.diag([0.25, 0.0]), rtol=1e-15)
    assert_same_bits(oct_.pinv(A, 0), oct_.pinv(A))  # tol <= 0: the default, as in Octave
    assert_same_bits(oct_.pinv(A, -1.0), oct_.pinv(A))


@pytest.mark.parametrize("shape", [(2, 3), (3, 2), (1, 1)])
def test_pinv_zero_matrix(shape):
    P = oct_.pinv(np.zeros(shape))
    assert P.shape == shape[::-1]
    np.testing.assert_array_equal(P, np.zeros(shape[::-1]))


@pytest.mark.parametrize("shape", [(0, 3), (2, 0), (0, 0)])
def test_pinv_of_an_empty_matrix_is_0_by_0(shape):
    assert oct_.pinv(np.zeros(shape)).shape == (0, 0)


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_pinv_nonfinite_gives_all_nan(bad):
    A = np.arange(6.0).reshape(2, 3)
    A[1, 2] = bad
    P = oct_.pinv(A)
    assert P.shape == (3, 2)
    assert np.isnan(P).all()


# ---------------------------------------------------------------- max, min, sqrt, xtx, dot (fmincg's)

def test_complex_min_max_by_magnitude_first_wins_tie():
    assert oct_.max(1j, -1) == 1j and isinstance(oct_.max(1j, -1), complex)
    assert oct_.max(-1, 1j) == -1 and not isinstance(oct_.max(-1, 1j), complex)
    assert oct_.min(1j, -1) == 1j and isinstance(oct_.min(1j, -1), complex)
    assert oct_.min(-1, 1j) == -1 and not isinstance(oct_.min(-1, 1j), complex)
    assert oct_.max(3j, -2) == 3j and oct_.min(3j, -2) == -2
    assert oct_.min(0.5 + 0.5j, -5) == 0.5 + 0.5j


def test_zero_imaginary_part_narrows_to_real():
    for value in (oct_.max(3 + 0j, 1), oct_.min(3j, 2 - 0j), oct_.max(1j, 2.0), oct_._narrow(complex(2.5, 0.0))):
        assert type(value) is float
    assert oct_.max(3 + 0j, 1) == 3.0 and oct_.min(3j, 2 - 0j) == 2.0 and oct_.max(1j, 2.0) == 2.0
    assert oct_._narrow(1 + 1e-300j) == 1 + 1e-300j


def test_real_min_max_ignore_nan():
    nan = float("nan")
    assert oct_.min(100, nan) == 100 and oct_.min(nan, 100) == 100
    assert oct_.max(nan, 3) == 3 and oct_.max(3, nan) == 3
    assert math.isnan(oct_.max(nan, nan)) and math.isnan(oct_.min(nan, nan))
    assert oct_.max(-2.0, 5.0) == 5.0 and oct_.min(-2.0, 5.0) == -2.0


def test_sqrt():
    assert oct_.sqrt(-4) == 2j and isinstance(oct_.sqrt(-4), complex)
    assert oct_.sqrt(4) == 2.0 and type(oct_.sqrt(4)) is float
    assert oct_.sqrt(0.0) == 0.0
    assert oct_.sqrt(-np.inf) == complex(0, np.inf) and math.isnan(oct_.sqrt(np.nan))


@pytest.mark.parametrize("n", [1, 2, 15, 16, 17, 100, 1000])
def test_xtx_is_a_correctly_summed_square(n):
    rng = np.random.default_rng(n)
    x = rng.standard_normal(n) * 10.0 ** rng.integers(-3, 4, size=n)
    exact = math.fsum(v * v for v in x.tolist())
    got = oct_.xtx(x)
    assert type(got) is np.float64
    assert got == pytest.approx(exact, rel=1e-15)
    assert oct_.xtx(x.reshape(-1, 1)) == got
    assert oct_.xtx(np.zeros(0)) == 0.0


def test_dot_is_ddot_for_columns_or_1d():
    rng = np.random.default_rng(8)
    a, b = rng.normal(size=100), rng.normal(size=100)
    got = oct_.dot(a, b)
    assert type(got) is np.float64 and got == np.dot(a, b)
    assert oct_.dot(a.reshape(-1, 1), b) == oct_.dot(a, b.reshape(-1, 1)) == got


# ---------------------------------------------------------------- against Octave, to the bit

def _octave_inputs():
    """A few random matrices: rows (which Octave reduces along the row), columns and matrices, up to
    1000 elements along a dimension (where the pairwise and the sequential sums part), cancellation
    around an offset, and the awkward values."""
    rng = np.random.default_rng(2024)
    return {
        "3x4": rng.normal(size=(3, 4)),
        "1x7 row": rng.normal(size=(1, 7)),
        "1x1000 row": rng.uniform(size=(1, 1000)),
        "1000x1 column": rng.uniform(size=(1000, 1)) * 1e3,
        "1000x3 scales": rng.normal(size=(1000, 3)) * 10.0 ** rng.integers(-6, 6, size=(1000, 3)),
        "200x5 offset": 1e4 + rng.normal(size=(200, 5)),
        "30x1000": rng.uniform(size=(30, 1000)),
        "special": np.array([[-0.0, 1.0, np.nan, np.inf, 5.0], [-0.0, np.inf, 2.0, -np.inf, 5.0]]),
        # drawn last, so that the matrices above stay the ones measured: var by blocks of rows
        "9000x3 tall": 5.0 + rng.normal(size=(9000, 3)) * 10.0 ** rng.integers(-4, 4, size=(1, 3)),
    }


def _calls(A):
    """(Octave function, its arguments, the port's result) for one matrix."""
    return [("sum", (A,), oct_.sum(A)), ("sum", (A, 1.0), oct_.sum(A, 1)), ("sum", (A, 2.0), oct_.sum(A, 2)),
            ("mean", (A,), oct_.mean(A)), ("mean", (A, 2.0), oct_.mean(A, 2)),
            ("var", (A,), oct_.var(A)), ("var", (A, 0.0, 1.0), oct_.var(A, dim=1)),
            ("var", (A, 0.0, 2.0), oct_.var(A, dim=2)),
            ("std", (A,), oct_.std(A)), ("std", (A, 0.0, 2.0), oct_.std(A, dim=2)),
            ("norm", (A,), oct_.norm(A)), ("norm", (A[:, :1],), oct_.norm(A[:, :1])),
            ("norm", (A[:1, :],), oct_.norm(A[:1, :])), ("pinv", (A,), oct_.pinv(A))]


#: Inputs on which LAPACK's blocked SVD code and the BLAS-3 kernels under it round otherwise in numpy's
#: OpenBLAS than in Debian's: pinv agrees with Octave's within max(m, n) * eps * cond(A), norm-wise.
BLOCKED_SVD = {"30x1000"}


@pytest.mark.octave
def test_reductions_norm_and_pinv_agree_with_octave_to_the_bit(octave):
    """sum, mean, var, std and norm to the bit everywhere; pinv to the bit but where the two LAPACK
    builds take their blocked paths (30x1000 here: measured 2.7e-14 of max|pinv|, 1% of the bound)."""
    inputs = _octave_inputs()
    # precondition: numpy's own sums differ here, so agreeing to the bit means something
    parted = [name for name, A in inputs.items() if name != "special"
              and not np.array_equal(np.sum(A, axis=oct_._first_nonsingleton(A.shape), keepdims=True), oct_.sum(A))]
    assert {"1x1000 row", "1000x1 column"} <= set(parted)
    for name, A in inputs.items():
        with np.errstate(over="ignore", invalid="ignore"):  # Inf - Inf in "special": numpy warns, Octave not
            calls = _calls(A)
        answers = octave.call_many([Call(function=f, args=args, nout=1) for f, args, _ in calls])
        for (f, args, mine), answer in zip(calls, answers):
            where = f"{f} of {name} with {len(args) - 1} more argument(s)"
            assert answer.status == "ok", f"{where}: {answer.message}"
            want = answer.outputs[0]
            if f == "norm":
                mine = np.full((1, 1), mine)
            if f == "pinv" and name in BLOCKED_SVD:
                m, n = A.shape
                bound = builtins.max(m, n) * np.finfo(float).eps * np.linalg.cond(A) * np.abs(want).max()
                assert mine.shape == want.shape and np.abs(mine - want).max() <= bound, where
                continue
            try:
                assert_same_bits(mine, want)
            except AssertionError as exc:
                raise AssertionError(f"{where}: port {mine!r}, Octave {want!r}") from exc


# -- every port on extreme inputs (issue 11) --------------------------------------------------------
#
# Extreme inputs through every port: overflow, underflow, Inf and NaN never crash a port, and numpy's
# RuntimeWarning never escapes one (Octave is silent; a port speaks only through its own warning classes).
#
# The table is every public port in ``pyport.OCTAVE_NAMES``, each with the inputs of its first
# cross-check case (``crosscheck/cases/``), one floating-point array argument at a time replaced by an
# extreme version of itself: scaled so that its largest entry is realmax, realmax/4, 1e160 (its squares
# overflow) or 1e-300 (its products underflow), its first entry set to Inf, -Inf or NaN, or all zeros.
# A row passes when the port returns, or refuses with its own ValueError, and no RuntimeWarning escapes.
# Which values come out (Inf and NaN where Octave has them) is the cross-check's business: see the
# ``overflow`` and ``huge`` cases in crosscheck/cases/.
REALMAX = np.finfo(np.float64).max


def _scaled(target: float):
    def scale(a: np.ndarray) -> np.ndarray:
        top = float(np.max(np.abs(a))) if a.size else 0.0
        if not (top > 0 and np.isfinite(top)):
            return a
        return (a / top) * target  # |a / top| <= 1: never beyond target
    return scale


def _first_set_to(value: float):
    def put(a: np.ndarray) -> np.ndarray:
        b = a.copy()
        if b.size:
            b.flat[0] = value
        return b
    return put


TRANSFORMS = {
    "realmax": _scaled(REALMAX),
    "realmax/4": _scaled(REALMAX / 4),
    "1e160": _scaled(1e160),
    "1e-300": _scaled(1e-300),
    "inf": _first_set_to(np.inf),
    "-inf": _first_set_to(-np.inf),
    "nan": _first_set_to(np.nan),
    "zeros": np.zeros_like,
}


def _first_cases() -> dict:
    """Each port's first case that is not a refusal and needs no Octave session: its inputs."""
    first = {}
    for case in project_cases():
        if case.raises is not None or case.function in first:
            continue
        inputs = case.make_inputs()
        if any(isinstance(a, Handle) and a.via_octave for a in inputs):
            continue
        first[case.function] = (case.id, inputs)
    return first


FIRST = _first_cases()

# Leaks found in files this hardening does not own, left to their owners; each row is xfail(strict):
# once the file is fixed, the row passes and its entry must go. {file: {function: {argument index
# (from 0; the test ids count from 1, as Octave does): transforms}}}.
_LEAKS: dict = {}  # none left: every port computes Octave's Inf and NaN silently
KNOWN_LEAKS = {(function, i, t): file for file, functions in _LEAKS.items() for function, args in functions.items()
               for i, transforms in args.items() for t in transforms}


# Scalar arguments that count (iterations, layer sizes): Inf, NaN and 0 only, as a count of 1e160 would
# be honoured by allocating or looping that much.
COUNTS = {
    "gradientDescentMulti": {4}, "gradientDescent": {4}, "nnCostFunctionLinear": {1, 2, 3},
    "randInitializeWeights": {0, 1}, "debugInitializeWeights": {0, 1},
    "polyFeatures": {1},
    "computeCentroids": {2}, "runkMeans": {2}, "kMeansInitCentroids": {1}, "projectData": {2}, "recoverData": {2},
    "cofiCostFunc": {3, 4, 5},
    "oneVsAll": {2}, "nnCostFunction": {1, 2, 3},
    "svmTrain": {5},
    # (more counts above this line)
}
NOT_SCALING = ("inf", "-inf", "nan", "zeros")


def _apply(transform: str, a):
    """The transform of an array, or of a scalar (a float back)."""
    if isinstance(a, np.ndarray):
        return TRANSFORMS[transform](a)
    return float(TRANSFORMS[transform](np.array([a], dtype=np.float64))[0])


def _rows():
    for function, (case_id, inputs) in FIRST.items():
        for i, a in enumerate(inputs):
            if isinstance(a, np.ndarray) and a.dtype == np.float64:
                names = tuple(TRANSFORMS)
            elif isinstance(a, float):
                names = NOT_SCALING if i in COUNTS.get(function, ()) else tuple(TRANSFORMS)
            else:
                continue
            for name in names:
                key = (function, i, name)
                marks = ()
                if key in KNOWN_LEAKS:
                    marks = pytest.mark.xfail(raises=RuntimeWarning, strict=True,
                                              reason=f"numpy RuntimeWarning leaks from {KNOWN_LEAKS[key]}")
                yield pytest.param(function, case_id, i, name, marks=marks, id=f"{function}-arg{i + 1}-{name}")


ROWS = list(_rows())


def test_table_covers_every_port():
    assert set(FIRST) == set(pyport.OCTAVE_NAMES)
    assert {row.values[0] for row in ROWS} == set(pyport.OCTAVE_NAMES)
    assert set(KNOWN_LEAKS) <= {(r.values[0], r.values[2], r.values[3]) for r in ROWS}


@pytest.mark.parametrize(("function", "case_id", "index", "transform"), ROWS)
def test_extreme_input_neither_crashes_nor_leaks(function, case_id, index, transform):
    inputs = list(FIRST[function][1])
    inputs[index] = _apply(transform, inputs[index])
    port = pyport.OCTAVE_NAMES[function]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.simplefilter("error", RuntimeWarning)
        try:
            port(*[port_arg(a) for a in inputs])
        except ValueError as error:  # the port's own refusal, led by its name
            assert str(error).startswith(port.__name__ + ":"), str(error)
    leaked = [w for w in caught if issubclass(w.category, RuntimeWarning)]
    assert not leaked, [str(w.message) for w in leaked]
    assert all(w.category.__module__.startswith("pyport") for w in caught), [w.category for w in caught]


@pytest.mark.parametrize("x", [[math.nan, 1.0], [1.0, math.nan], [math.inf, math.nan], [math.nan],
                               [math.nan, math.inf]])
def test_norm_of_a_vector_with_a_nan_is_nan(x):
    # Octave 7.3: norm ([NaN 1]), norm ([1 NaN]), norm ([Inf NaN]), norm (NaN), norm ([NaN Inf]) are NaN
    assert math.isnan(oct_.norm(np.array(x)))


def test_reductions_overflow_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        huge = np.array([[1.5e308], [1.5e308], [-np.inf]])
        # Octave 7.3: sum ([1.5e308; 1.5e308; -Inf]) is NaN (Inf - Inf); mean and std of [1.5e308; 1.5e308] Inf
        assert math.isnan(oct_.sum(huge)[0, 0])
        assert oct_.sum(huge[:2])[0, 0] == np.inf
        assert oct_.mean(huge[:2])[0, 0] == np.inf
        assert oct_.std(huge[:2])[0, 0] == np.inf

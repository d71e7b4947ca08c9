"""pyport.kernels without Octave: the published figure, plain-Python sums, the forms a vector comes in,
the refusals in the originals' words, and the rule that picks svm_train's path for a kernel."""

import functools
import math

import numpy as np
import pytest

from crosscheck.messages import same_refusal
from pyport import gaussian_kernel, linear_kernel
from pyport.kernels import kernel_path


def test_the_published_gaussian_kernel_figure():
    # ex6: gaussianKernel ([1 2 1], [0 4 -1], 2) = 0.324652
    assert round(gaussian_kernel([1, 2, 1], [0, 4, -1], 2), 6) == 0.324652
    assert gaussian_kernel(np.array([1.0, 2.0, 1.0]), np.array([[0.0], [4.0], [-1.0]]), 2.0) == math.exp(-9 / 8)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kernels_against_plain_python(seed):
    rng = np.random.default_rng(seed)
    a, b = rng.standard_normal(7), rng.standard_normal(7)
    dot = sum(x * y for x, y in zip(a.tolist(), b.tolist()))
    assert linear_kernel(a, b) == pytest.approx(dot, rel=1e-14)
    sq = 0.0
    for x, y in zip(a.tolist(), b.tolist()):
        sq += (x - y) * (x - y)  # Octave's sum: one term after another
    assert gaussian_kernel(a, b, 0.7) == math.exp(-sq / (2 * 0.7 ** 2))


@pytest.mark.parametrize("form", [lambda v: v, lambda v: v.reshape(-1, 1), lambda v: v.reshape(1, -1), list])
def test_any_vector_form_gives_the_same_float(form):
    a, b = np.array([1.0, -2.0, 0.5]), np.array([3.0, 1.0, 4.0])
    assert type(linear_kernel(form(a), form(b))) is float
    assert linear_kernel(form(a), form(b)) == linear_kernel(a, b) == 3.0
    assert gaussian_kernel(form(a), b, 1.5) == gaussian_kernel(a, form(b), 1.5)


def test_numbers_logical_and_integer_inputs():
    assert linear_kernel(2, -3) == -6.0
    assert linear_kernel(np.array([True, False, True]), np.array([2, 3, 4], dtype=np.int8)) == 6.0
    assert gaussian_kernel(1, 0, 2) == math.exp(-1 / 8)
    assert gaussian_kernel(np.array([True, False]), np.zeros(2, dtype=np.int8), np.float32(2)) == math.exp(-1 / 8)


def test_edges_and_non_finite_values():
    assert gaussian_kernel([3, -1], [3, -1], 0.1) == 1.0
    assert gaussian_kernel([0, 0], [100, 0], 1) == 0.0
    assert gaussian_kernel([0, 0], [1, 1], math.inf) == 1.0
    assert gaussian_kernel([0, 0], [1, 1], 1e200) == 1.0  # sigma^2 overflows to Inf, as in Octave
    assert linear_kernel([math.inf, 1], [1, 1]) == math.inf
    with np.errstate(all="raise"):  # nothing may warn: the ports silence what Octave does silently
        assert math.isnan(linear_kernel([math.inf, 1], [0, 1]))
        assert math.isnan(gaussian_kernel([math.inf], [math.inf], 1))


def test_the_same_object_twice_is_x_transpose_x():
    x = np.random.default_rng(4).standard_normal(40)
    assert linear_kernel(x, x) == pytest.approx(float(np.sum(x * x)), rel=1e-14)
    assert linear_kernel(x, x.copy()) == pytest.approx(linear_kernel(x, x), rel=1e-14)


# The originals' own words (octave/linearKernel.m and gaussianKernel.m, their %!error blocks).
REFUSALS = [
    ("linearKernel", "linearKernel: X1 must be a real numeric vector, got an array of size 2x2",
     lambda: linear_kernel(np.ones((2, 2)), [1, 2])),
    ("linearKernel", 'linearKernel: X2 must be a real numeric vector, got "a"', lambda: linear_kernel([1, 2], "a")),
    ("linearKernel", "linearKernel: X1 and X2 must have the same number of elements (X1 has 3, X2 has 2)",
     lambda: linear_kernel([1, 2, 3], [1, 2])),
    ("linearKernel", "linearKernel: X1 must be a real numeric vector, got an array of size 0x0",
     lambda: linear_kernel(np.zeros((0, 0)), np.zeros((0, 0)))),
    ("gaussianKernel", "gaussianKernel: X1 and X2 must have the same number of elements (X1 has 2, X2 has 3)",
     lambda: gaussian_kernel([1, 2], [1, 2, 3], 1)),
    ("gaussianKernel", "gaussianKernel: SIGMA must be a positive real scalar, got 0",
     lambda: gaussian_kernel([1, 2], [1, 2], 0)),
    ("gaussianKernel", "gaussianKernel: SIGMA must be a positive real scalar, got NaN",
     lambda: gaussian_kernel([1, 2], [1, 2], math.nan)),
    ("gaussianKernel", "gaussianKernel: SIGMA must be a positive real scalar, got an array of size 1x2",
     lambda: gaussian_kernel([1, 2], [1, 2], np.array([[1.0, 2.0]]))),
    ("gaussianKernel", "gaussianKernel: X1 must be a real numeric vector, got a complex array of size 1x2",
     lambda: gaussian_kernel(np.array([[1j, 2]]), [1, 2], 1)),
]


@pytest.mark.parametrize("octave_name,octave_message,call", REFUSALS)
def test_refusals_say_what_octave_says(octave_name, octave_message, call):
    with pytest.raises(ValueError) as info:
        call()
    assert same_refusal(octave_message, str(info.value), octave_name), str(info.value)


def test_a_1d_empty_vector_is_refused_as_such():
    with pytest.raises(ValueError, match=r"^linear_kernel: x1 must be a real numeric vector, got a 1-D array of length 0$"):
        linear_kernel(np.zeros(0), np.zeros(0))


def _my_gaussian(x1, x2):
    return gaussian_kernel(x1, x2, 2.0)


@functools.wraps(gaussian_kernel)
def _wrapped_gaussian(x1, x2):
    return gaussian_kernel(x1, x2, 2.0)


@pytest.mark.parametrize("kernel,path", [
    (linear_kernel, "linear"),
    (functools.partial(linear_kernel), "pairs"),  # Octave: @(a, b) linearKernel (a, b) is not "linearKernel"
    (lambda a, b: float(np.dot(a, b)), "pairs"),
    (functools.partial(gaussian_kernel, sigma=0.5), "gaussian"),
    (_wrapped_gaussian, "gaussian"),
    (gaussian_kernel, "gaussian"),
    (_my_gaussian, "pairs"),  # no __wrapped__: Python cannot read its text as Octave reads func2str's
])
def test_the_kernel_rule(kernel, path):
    assert kernel_path(kernel) == path


# -- against Octave --------------------------------------------------------------------------------
@pytest.mark.octave
def test_octave_gives_the_published_figure_and_the_same_kernels(octave):
    from crosscheck.session import Call  # noqa: PLC0415

    rng = np.random.default_rng(8)
    a, b = rng.standard_normal((5, 1)), rng.standard_normal((5, 1))
    figure, lin, gau = octave.call_many([
        Call(function="gaussianKernel", args=(np.array([[1.0, 2.0, 1.0]]), np.array([[0.0, 4.0, -1.0]]), 2.0), nout=1),
        Call(function="linearKernel", args=(a, b), nout=1),
        Call(function="gaussianKernel", args=(a, b, 0.7), nout=1)])
    assert round(float(np.ravel(figure.outputs[0])[0]), 6) == 0.324652
    assert float(np.ravel(figure.outputs[0])[0]) == gaussian_kernel([1, 2, 1], [0, 4, -1], 2)
    assert float(np.ravel(lin.outputs[0])[0]) == linear_kernel(a, b)
    assert float(np.ravel(gau.outputs[0])[0]) == gaussian_kernel(a, b, 0.7)

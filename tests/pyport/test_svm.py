"""pyport.svm without Octave: svm_train against a plain-Python SMO written from the CS229 handout, the
dual's constraints, draws and generators, the forms of the inputs, the kernel paths of svm_predict
(the Gaussian one leaves b out), and the refusals in the originals' words."""

import functools

import numpy as np
import pytest

from crosscheck.messages import same_refusal
from pyport import SvmModel, gaussian_kernel, linear_kernel, svm_predict, svm_train

X8 = np.array([[1, 2], [2, 1], [2, 3], [3, 2], [-1, -2], [-2, -1], [-2, -3], [-3, -2]], dtype=float)
Y8 = np.array([1, 1, 1, 1, 0, 0, 0, 0], dtype=float)
DRAWS = (np.arange(1, 2001) * 0.618034) % 1


def reference_smo(X, Y, C, K, tol, max_passes, draws):
    """The simplified SMO in plain Python, one number at a time (sums in order, as Octave's sum)."""
    m = len(X)
    y = [1.0 if v == 1 else -1.0 for v in Y]
    alphas, b, E = [0.0] * m, 0.0, [0.0] * m
    stream = iter(draws)
    passes = 0

    def error(k):
        s = 0.0
        for t in range(m):
            s += alphas[t] * y[t] * K[t][k]
        return b + s - y[k]

    while passes < max_passes:
        changed = 0
        for i in range(m):
            E[i] = error(i)
            if not ((y[i] * E[i] < -tol and alphas[i] < C) or (y[i] * E[i] > tol and alphas[i] > 0)):
                continue
            j = i
            while j == i:
                j = max(int(np.ceil(m * next(stream))), 1) - 1
            E[j] = error(j)
            ai, aj = alphas[i], alphas[j]
            if y[i] == y[j]:
                L, H = max(0.0, aj + ai - C), min(C, aj + ai)
            else:
                L, H = max(0.0, aj - ai), min(C, C + aj - ai)
            eta = 2 * K[i][j] - K[i][i] - K[j][j]
            if L == H or eta >= 0:
                continue
            new_j = max(L, min(H, aj - y[j] * (E[i] - E[j]) / eta))
            if abs(new_j - aj) < tol:
                continue
            alphas[j] = new_j
            alphas[i] = ai + y[i] * y[j] * (aj - new_j)
            b1 = b - E[i] - y[i] * (alphas[i] - ai) * K[i][j] - y[j] * (alphas[j] - aj) * K[i][j]
            b2 = b - E[j] - y[i] * (alphas[i] - ai) * K[i][j] - y[j] * (alphas[j] - aj) * K[j][j]
            b = b1 if 0 < alphas[i] < C else b2 if 0 < alphas[j] < C else (b1 + b2) / 2
            changed += 1
        passes = passes + 1 if changed == 0 else 0
    return np.array(alphas), b


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("C", [0.1, 1.0, 10.0])
def test_svm_train_takes_the_handouts_steps(seed, C):
    # Small integers: every kernel value is exact, so the two must agree to the bit.
    rng = np.random.default_rng(seed)
    X = rng.integers(-5, 6, size=(25, 3)).astype(float)
    Y = (X @ np.array([1.0, -2.0, 0.5]) + rng.integers(-2, 3, 25) > 0).astype(float)
    K = [[float(sum(a * b for a, b in zip(X[i], X[j]))) for j in range(25)] for i in range(25)]
    draws = (np.arange(1, 100001) * 0.618034) % 1
    alphas, b = reference_smo(X.tolist(), Y.tolist(), C, K, 1e-3, 5, draws)
    model = svm_train(X, Y, C, linear_kernel, draws=draws)
    sv = alphas > 0
    np.testing.assert_array_equal(model.alphas, alphas[sv])
    assert model.b == b and type(model.b) is float
    np.testing.assert_array_equal(model.X, X[sv])
    np.testing.assert_array_equal(model.y, 2 * Y[sv] - 1)
    np.testing.assert_allclose(model.w, X.T @ (alphas * (2 * Y - 1)), rtol=1e-13, atol=1e-13)


def test_the_dual_constraints_hold_and_the_clusters_are_separated():
    model = svm_train(X8, Y8, 1.0, linear_kernel, draws=DRAWS)
    assert isinstance(model, SvmModel) and model._fields == ("X", "y", "kernel_function", "b", "alphas", "w")
    assert np.all((model.alphas > 0) & (model.alphas <= 1.0))
    assert abs(np.sum(model.alphas * model.y)) < 1e-12
    np.testing.assert_array_equal(np.sign(X8 @ model.w + model.b), 2 * Y8 - 1)
    assert model.kernel_function is linear_kernel


def test_the_gaussian_path_takes_the_pair_by_pair_steps():
    gaussian = svm_train(X8, Y8, 1.0, functools.partial(gaussian_kernel, sigma=2.0), draws=DRAWS)
    pairs = svm_train(X8, Y8, 1.0, lambda a, b: float(np.exp(-np.sum((a - b) ** 2) / 8)), draws=DRAWS)
    np.testing.assert_allclose(gaussian.alphas, pairs.alphas, rtol=0, atol=1e-12)
    assert gaussian.b == pytest.approx(pairs.b, abs=1e-12)
    linear = svm_train(X8, Y8, 1.0, linear_kernel, draws=DRAWS)
    by_pairs = svm_train(X8, Y8, 1.0, lambda a, b: float(a @ b), draws=DRAWS)
    np.testing.assert_array_equal(by_pairs.alphas, linear.alphas)


def test_draws_and_generators():
    a = svm_train(X8, Y8, 1.0, linear_kernel, draws=DRAWS)
    b = svm_train(X8, Y8 == 1, 1.0, linear_kernel, draws=DRAWS.reshape(1, -1), rng=99)  # draws win over rng
    np.testing.assert_array_equal(a.alphas, b.alphas)
    c = svm_train(X8, Y8, 1.0, linear_kernel, rng=3)
    d = svm_train(X8, Y8, 1.0, linear_kernel, rng=np.random.default_rng(3))
    np.testing.assert_array_equal(c.alphas, d.alphas)
    e = svm_train(X8, Y8, 1.0, linear_kernel, draws=np.zeros((0, 0)), rng=3)  # empty: as none
    np.testing.assert_array_equal(e.alphas, c.alphas)


def test_a_draw_of_zero_is_the_first_example():
    # m = 2, i = 1 (the 1st) first: a u of 0 gives j = 1 = i, drawn again; 0.75 gives j = 2.
    model = svm_train([[0.0, 1.0], [1.0, 0.0]], [1.0, 0.0], 1.0, linear_kernel, draws=[0.0, 0.75, 0.2, 0.1] * 10)
    assert model.alphas.size == 2


def test_draws_that_run_out_are_refused_by_number():
    with pytest.raises(ValueError, match=r"^svm_train: draws ran out: draw 2 was needed, and draws holds 1$"):
        svm_train(np.eye(2), [1.0, 0.0], 1.0, linear_kernel, draws=0.3)


def test_the_shapes_follow_y():
    col = svm_train(X8, Y8.reshape(-1, 1), 1.0, linear_kernel, draws=DRAWS)
    flat = svm_train(X8, Y8, 1.0, linear_kernel, draws=DRAWS)
    s = flat.alphas.size
    assert flat.y.shape == (s,) and flat.w.shape == (2,) and flat.X.shape == (s, 2)
    assert col.y.shape == (s, 1) and col.alphas.shape == (s, 1) and col.w.shape == (2, 1)
    np.testing.assert_array_equal(col.alphas.ravel(), flat.alphas)


def test_no_pass_and_one_class_learn_nothing():
    none = svm_train(X8, Y8, 1.0, linear_kernel, 1e-3, 0)
    assert none.X.shape == (0, 2) and none.alphas.shape == (0,) and none.b == 0.0
    np.testing.assert_array_equal(none.w, [0.0, 0.0])
    one = svm_train(X8, np.ones(8), 1.0, linear_kernel, draws=DRAWS)
    assert one.alphas.size == 0 and one.b == 0.0


def test_integer_logical_and_nan_inputs():
    a = svm_train(X8.astype(np.int16), Y8.astype(bool), np.int64(1), linear_kernel, draws=DRAWS)
    b = svm_train(X8, Y8, 1.0, linear_kernel, draws=DRAWS)
    np.testing.assert_array_equal(a.alphas, b.alphas)
    X = X8.copy()
    X[0, 0] = np.nan
    with np.errstate(all="raise"):  # Octave's NaN, silently
        svm_train(X, Y8, 1.0, functools.partial(gaussian_kernel, sigma=1.0), draws=DRAWS)


# -- svm_predict ----------------------------------------------------------------------------------
def _model(kernel, b=-5.0, w=(0.0, 0.0)):
    return {"X": np.array([[0.0, 0.0]]), "y": np.array([1.0]), "kernelFunction": kernel, "b": b,
            "alphas": np.array([1.0]), "w": np.array(w)}


def test_the_gaussian_path_leaves_b_out_and_the_others_add_it():
    X = np.array([[0.0, 0.0], [10.0, 10.0]])
    assert svm_predict(_model(functools.partial(gaussian_kernel, sigma=1.0)), X).tolist() == [1.0, 1.0]
    assert svm_predict(_model(lambda a, b: gaussian_kernel(a, b, 1.0)), X).tolist() == [0.0, 0.0]
    linear = _model(linear_kernel, b=-5.0, w=(1.0, 1.0))
    assert svm_predict(linear, np.array([[3.0, 3.0], [2.0, 2.0], [2.0, 2.5]])).tolist() == [1.0, 0.0, 0.0]


def test_the_gaussian_sum_by_hand_and_nan():
    model = {"X": np.array([[0.0, 0.0], [1.0, 0.0]]), "y": np.array([[1.0], [-1.0]]),
             "kernelFunction": functools.partial(gaussian_kernel, sigma=1.0), "b": 0.0,
             "alphas": np.array([[1.0], [2.0]]), "w": np.zeros((2, 1))}
    x = np.array([[0.1, 0.3], [1.2, -0.1], [0.5, 0.0]])
    p = np.exp(-np.sum(x ** 2, 1) / 2) - 2 * np.exp(-np.sum((x - [1.0, 0.0]) ** 2, 1) / 2)
    pred = svm_predict(model, x)
    assert pred.dtype == np.float64 and pred.shape == (3,)
    np.testing.assert_array_equal(pred, (p >= 0).astype(float))
    with np.errstate(all="raise"):
        assert svm_predict(model, [np.nan, 0.0]).tolist() == [0.0]


def test_a_trained_model_predicts_its_training_set():
    for kernel in (linear_kernel, functools.partial(gaussian_kernel, sigma=2.0)):
        model = svm_train(X8, Y8, 1.0, kernel, draws=DRAWS)
        np.testing.assert_array_equal(svm_predict(model, X8), Y8)
        as_struct = dict(zip(("X", "y", "kernelFunction", "b", "alphas", "w"), model))
        np.testing.assert_array_equal(svm_predict(as_struct, X8), Y8)
        # one example: 1-D, a row, or a column (which Octave transposes)
        assert svm_predict(model, [2.0, 2.0]).tolist() == svm_predict(model, [[2.0], [2.0]]).tolist() == [1.0]


def test_no_support_vectors_on_the_gaussian_path_predicts_1():
    empty = {"X": np.zeros((0, 2)), "y": np.zeros((0, 1)), "kernelFunction": functools.partial(gaussian_kernel, sigma=1.0),
             "b": -1.0, "alphas": np.zeros((0, 1)), "w": np.zeros((2, 1))}
    assert svm_predict(empty, np.array([[1.0, 2.0], [3.0, 4.0]])).tolist() == [1.0, 1.0]


# The originals' own words (octave/svmTrain.m, svmPredict.m: their %!error blocks, Octave 7.3).
MODEL = {"X": np.array([[0.0, 0.0]]), "y": np.array([1.0]), "kernelFunction": linear_kernel, "b": 0.0,
         "alphas": np.array([1.0]), "w": np.array([[1.0], [1.0]])}
REFUSALS = [
    ("svmTrain", "svmTrain: X must have at least 2 rows, examples to pair (X is 1x2)",
     lambda: svm_train(np.array([[1.0, 2.0]]), 1.0, 1.0, linear_kernel)),
    ("svmTrain", "svmTrain: Y must be an M-by-1 column (X is 2x2, so M = 2; Y is 1x2)",
     lambda: svm_train(np.eye(2), np.array([[1.0, 0.0]]), 1.0, linear_kernel)),
    ("svmTrain", "svmTrain: Y must hold labels 0 and 1, but its 2nd element is -1",
     lambda: svm_train(np.eye(2), [1.0, -1.0], 1.0, linear_kernel)),
    ("svmTrain", "svmTrain: C must be a positive real scalar, got 0", lambda: svm_train(np.eye(2), [1.0, 0.0], 0.0, linear_kernel)),
    ("svmTrain", "svmTrain: KERNEL_FUNCTION must be callable, got 3", lambda: svm_train(np.eye(2), [1.0, 0.0], 1.0, 3.0)),
    ("svmTrain", "svmTrain: TOL must be a non-negative real scalar, got -1",
     lambda: svm_train(np.eye(2), [1.0, 0.0], 1.0, linear_kernel, -1.0)),
    ("svmTrain", "svmTrain: MAX_PASSES must be a non-negative integer, got 2.5",
     lambda: svm_train(np.eye(2), [1.0, 0.0], 1.0, linear_kernel, None, 2.5)),
    ("svmTrain", "svmTrain: DRAWS must be a real numeric vector, got an array of size 2x2",
     lambda: svm_train(np.eye(2), [1.0, 0.0], 1.0, linear_kernel, None, None, np.eye(2))),
    ("svmTrain", "svmTrain: DRAWS must hold numbers in [0, 1), but its 2nd element is 1",
     lambda: svm_train(np.eye(2), [1.0, 0.0], 1.0, linear_kernel, None, None, np.array([[0.5, 1.0]]))),
    ("svmTrain", "svmTrain: DRAWS ran out: draw 2 was needed, and DRAWS holds 1",
     lambda: svm_train(np.eye(2), [1.0, 0.0], 1.0, linear_kernel, None, None, 0.3)),
    ("svmTrain", "svmTrain: the kernel's value must be a real scalar, got an array of size 2x1",
     lambda: svm_train(np.eye(2), [1.0, 0.0], 1.0, lambda a, b: (a + b).reshape(-1, 1))),
    ("svmPredict", "svmPredict: MODEL must be a struct with the fields X, y, kernelFunction, b, alphas and w, got 3",
     lambda: svm_predict(3.0, [1.0, 2.0])),
    ("svmPredict", "svmPredict: MODEL must be a struct with the fields X, y, kernelFunction, b, alphas and w, got a struct",
     lambda: svm_predict({k: v for k, v in MODEL.items() if k != "w"}, [1.0, 2.0])),
    ("svmPredict", "svmPredict: X must have n = 2 columns, one per feature of the model (X is 1x3)",
     lambda: svm_predict(MODEL, np.array([[1.0, 2.0, 3.0]]))),
    ("svmPredict", "svmPredict: X must have n = 2 columns, one per feature of the model (X is 1x3)",
     lambda: svm_predict(MODEL, np.array([[1.0], [2.0], [3.0]]))),
    ("svmPredict", 'svmPredict: X must be a real numeric matrix, got "a"', lambda: svm_predict(MODEL, "a")),
    ("svmPredict", "svmPredict: MODEL.w must be an N-by-1 column (MODEL.X is 1x2, so N = 2; MODEL.w is 1x2)",
     lambda: svm_predict({**MODEL, "w": np.array([[1.0, 1.0]])}, [1.0, 2.0])),
    ("svmPredict", "svmPredict: MODEL.y must be an S-by-1 column (MODEL.X is 1x2, so S = 1; MODEL.y is 2x1)",
     lambda: svm_predict({**MODEL, "y": np.ones((2, 1))}, [1.0, 2.0])),
    ("svmPredict", "svmPredict: MODEL.b must be a real scalar, got an array of size 1x2",
     lambda: svm_predict({**MODEL, "b": np.array([[1.0, 2.0]])}, [1.0, 2.0])),
    ("svmPredict", "svmPredict: the model's kernel must be callable, got 3",
     lambda: svm_predict({**MODEL, "kernelFunction": 3.0}, [1.0, 2.0])),
]


@pytest.mark.parametrize("octave_name,octave_message,call", REFUSALS, ids=[m[1][:60] for m in REFUSALS])
def test_refusals_say_what_octave_says(octave_name, octave_message, call):
    with pytest.raises(ValueError) as info:
        call()
    assert same_refusal(octave_message, str(info.value), octave_name), str(info.value)


def test_a_kernels_name_is_not_a_kernel_in_python():
    # Octave's svmTrain also takes a function's name ("linearKernel"); the port takes callables only.
    with pytest.raises(ValueError, match=r'^svm_train: kernel_function must be callable, got "linearKernel"$'):
        svm_train(np.eye(2), [1.0, 0.0], 1.0, "linearKernel")


# -- against Octave --------------------------------------------------------------------------------
@pytest.mark.octave
def test_octave_takes_the_same_steps_with_the_same_draws(octave):
    rng = np.random.default_rng(21)
    X = rng.standard_normal((24, 2)) + np.repeat([[1.0, 1.0], [-1.0, -1.0]], 12, axis=0)
    y = np.repeat([[1.0], [0.0]], 12, axis=0)
    draws = rng.random((4000, 1))
    # Octave's svmTrain takes the kernel's name as its handle ("linearKernel": the linear path)
    answer = octave.call("svmTrain", X, y, 1.0, "linearKernel", 1e-3, 5.0, draws, nout=1)
    want = answer.outputs[0]
    got = svm_train(X, y, 1.0, linear_kernel, 1e-3, 5, draws)
    np.testing.assert_allclose(got.alphas, want["alphas"], rtol=1e-12, atol=0)
    assert got.b == pytest.approx(float(np.ravel(want["b"])[0]), rel=1e-12)
    np.testing.assert_array_equal(got.X, want["X"])
    np.testing.assert_array_equal(svm_predict(got, X), np.ravel(octave.call("svmPredict", want, X, nout=1).outputs[0]))

"""pyport.svm_params.dataset3_params without Octave: the search against a brute force over svm_train and
svm_predict, its order and ties, one-feature data, and the refusals in the original's words."""

import functools

import numpy as np
import pytest

from crosscheck.messages import same_refusal
from pyport import SvmParams, dataset3_params, gaussian_kernel, svm_predict, svm_train
from pyport.svm_params import SEARCH_VALUES

DRAWS = (np.arange(1, 5001) * 0.618034) % 1


def rings(r_in, r_out, shift=0.0):
    t = np.arange(10) * np.pi / 5 + shift
    X = np.r_[np.c_[r_in * np.cos(t), r_in * np.sin(t)], np.c_[r_out * np.cos(t), r_out * np.sin(t)]]
    return X, np.r_[np.ones(10), np.zeros(10)]


def brute_force(X, y, Xval, yval):
    """Every pair's validation error, errs[iC, isigma], each training with the draws from the start."""
    errs = np.zeros((8, 8))
    for a, C in enumerate(SEARCH_VALUES):
        for s, sigma in enumerate(SEARCH_VALUES):
            model = svm_train(X, y, C, functools.partial(gaussian_kernel, sigma=sigma), draws=DRAWS)
            errs[a, s] = np.mean(svm_predict(model, Xval) != yval)
    return errs


def test_the_search_picks_the_first_pair_of_least_error():
    X, y = rings(0.5, 2.0)
    Xval, yval = rings(0.6, 1.9, np.pi / 10)
    errs = brute_force(X, y, Xval, yval)
    a, s = divmod(int(np.argmin(errs)), 8)  # argmin of the row-major table: C outer, sigma inner, first wins
    got = dataset3_params(X, y, Xval, yval == 1, draws=DRAWS)
    assert isinstance(got, SvmParams) and got == (SEARCH_VALUES[a], SEARCH_VALUES[s])
    assert errs.min() == 0.0 and type(got.C) is float and type(got.sigma) is float
    assert errs.max() > 0  # the choice mattered


def test_a_tie_everywhere_gives_the_first_pair():
    X = np.array([[0.0, 0.0], [0.2, 0.1], [2.0, 2.0], [2.1, 1.8]])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    # A validation point far from every example: K underflows to 0, p = 0 (no b on the Gaussian path),
    # predicted 1 by every pair: all 64 tie at error 0 (yval 1) or 1 (yval 0), and the first wins.
    far = np.array([[1e3, 1e3]])
    assert dataset3_params(X, y, far, [1.0], draws=DRAWS) == (0.01, 0.01)
    assert dataset3_params(X, y, far, [0.0], draws=DRAWS) == (0.01, 0.01)


def test_one_feature_is_predicted_one_example_at_a_time():
    X = np.array([[0.0], [0.3], [2.0], [2.4]])
    y = np.array([0.0, 0.0, 1.0, 1.0])
    C, sigma = dataset3_params(X, y, np.array([[0.1], [2.2]]), np.array([[0.0], [1.0]]), draws=DRAWS)
    assert C in SEARCH_VALUES and sigma in SEARCH_VALUES


def test_without_draws_a_seed_repeats():
    X, y = rings(0.5, 2.0)
    assert dataset3_params(X, y, X, y, rng=4) == dataset3_params(X, y, X, y, rng=np.random.default_rng(4))


REFUSALS = [
    ("dataset3Params: X must have at least 2 rows, examples to pair (X is 1x2)",
     lambda: dataset3_params(np.array([[1.0, 2.0]]), 1.0, np.array([[1.0, 2.0]]), 1.0)),
    ("dataset3Params: Y must hold labels 0 and 1, but its 1st element is 2",
     lambda: dataset3_params(np.eye(2), [2.0, 0.0], np.eye(2), [1.0, 0.0])),
    ("dataset3Params: XVAL must have the columns of X (X is 2x2, XVAL is 2x3)",
     lambda: dataset3_params(np.eye(2), [1.0, 0.0], np.ones((2, 3)), [1.0, 0.0])),
    ("dataset3Params: YVAL must be an MVAL-by-1 column (XVAL is 2x2, so MVAL = 2; YVAL is 1x2)",
     lambda: dataset3_params(np.eye(2), [1.0, 0.0], np.eye(2), np.array([[1.0, 0.0]]))),
    ("dataset3Params: DRAWS must hold numbers in [0, 1), but its 1st element is -0.5",
     lambda: dataset3_params(np.eye(2), [1.0, 0.0], np.eye(2), [1.0, 0.0], -0.5)),
    ("dataset3Params: DRAWS ran out: draw 2 was needed, and DRAWS holds 1",
     lambda: dataset3_params(np.eye(2), [1.0, 0.0], np.eye(2), [1.0, 0.0], 0.3)),
]


@pytest.mark.parametrize("octave_message,call", REFUSALS, ids=[m[0][16:60] for m in REFUSALS])
def test_refusals_say_what_octave_says(octave_message, call):
    with pytest.raises(ValueError) as info:
        call()
    assert same_refusal(octave_message, str(info.value), "dataset3Params"), str(info.value)

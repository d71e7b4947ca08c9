"""pyport.recommender without Octave (but for one gradient check on both sides): hand values, a
plain-Python loop, central differences through pyport.compute_numerical_gradient."""

import warnings

import numpy as np
import pytest

from pyport import cofi_cost_func, compute_numerical_gradient, normalize_ratings, octave

X0 = np.array([[1.0, 0.5], [-0.3, 2.0], [0.8, -1.1]])
THETA0 = np.array([[0.4, -0.2], [1.5, 0.7]])
Y0 = np.array([[4.0, 0.0], [0.0, 2.0], [5.0, 1.0]])
R0 = np.array([[True, False], [False, True], [True, True]])
PARAMS0 = np.concatenate([X0.ravel(order="F"), THETA0.ravel(order="F")])


def loop_cofi(X, Theta, Y, R, lam):
    """J and the two gradients, one rating at a time."""
    J = 0.0
    X_grad, Theta_grad = lam * X.copy(), lam * Theta.copy()
    for i in range(Y.shape[0]):
        for j in range(Y.shape[1]):
            if R[i, j]:
                e = sum(X[i, k] * Theta[j, k] for k in range(X.shape[1])) - Y[i, j]
                J += e * e / 2
                X_grad[i] += e * Theta[j]
                Theta_grad[j] += e * X[i]
    J += lam / 2 * (np.sum(X * X) + np.sum(Theta * Theta))
    return J, np.concatenate([X_grad.ravel(order="F"), Theta_grad.ravel(order="F")])


def test_cofi_hand_value():
    J = cofi_cost_func(PARAMS0, Y0, R0, 2, 3, 2, 0).f
    want = ((0.4 - 0.1 - 4) ** 2 + (-0.45 + 1.4 - 2) ** 2 + (0.32 + 0.22 - 5) ** 2 + (1.2 - 0.77 - 1) ** 2) / 2
    assert J == pytest.approx(want, rel=1e-14) and type(J) is float


def test_cofi_penalty_covers_x_and_theta():
    J0, _ = cofi_cost_func(PARAMS0, Y0, R0, 2, 3, 2, 0)
    J1, _ = cofi_cost_func(PARAMS0, Y0, R0, 2, 3, 2, 1.5)
    assert J1 - J0 == pytest.approx(0.75 * np.sum(PARAMS0 ** 2), abs=1e-13)


@pytest.mark.parametrize("lam", [0.0, 1.5])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cofi_against_a_loop_and_the_numerical_gradient(lam, seed):
    rng = np.random.default_rng(seed)
    nm, nu, nf = 4 + seed, 3 + seed, seed
    Y = rng.integers(1, 6, (nm, nu)).astype(float)
    R = rng.random((nm, nu)) < 0.5
    params = rng.standard_normal((nm + nu) * nf)
    J, grad = cofi_cost_func(params, Y, R, nu, nm, nf, lam)
    X, Theta = params[:nm * nf].reshape(nm, nf, order="F"), params[nm * nf:].reshape(nu, nf, order="F")
    ref_J, ref_grad = loop_cofi(X, Theta, Y, R, lam)
    assert J == pytest.approx(ref_J, rel=1e-13)
    np.testing.assert_allclose(grad, ref_grad, rtol=1e-12, atol=1e-13)
    # the exercise's gradient check, with the project's computeNumericalGradient port
    numgrad = compute_numerical_gradient(lambda t: cofi_cost_func(t, Y, R, nu, nm, nf, lam), params)
    np.testing.assert_allclose(grad, numgrad, rtol=0, atol=1e-8)
    rel_diff = np.linalg.norm(numgrad - grad) / np.linalg.norm(numgrad + grad)
    assert rel_diff < 1e-9


def test_cofi_a_wrong_gradient_is_caught():
    """Unrolled row-major instead of column-major: the check fails by far."""
    numgrad = compute_numerical_gradient(lambda t: cofi_cost_func(t, Y0, R0, 2, 3, 2, 1.0), PARAMS0)
    _, grad = cofi_cost_func(PARAMS0, Y0, R0, 2, 3, 2, 1.0)
    wrong = np.concatenate([grad[:6].reshape(2, 3).ravel(order="F"), grad[6:]])
    assert np.linalg.norm(numgrad - wrong) / np.linalg.norm(numgrad + wrong) > 1e-2


def test_cofi_forms_and_unread_entries():
    J1, g1 = cofi_cost_func(PARAMS0, Y0, R0, 2, 3, 2, 1)
    J2, g2 = cofi_cost_func(PARAMS0.reshape(-1, 1), Y0, R0.astype(float), 2.0, 3.0, 2.0, 1)
    assert g1.shape == (10,) and g2.shape == (10, 1) and J1 == J2
    np.testing.assert_array_equal(g2.ravel(), g1)
    J3, g3 = cofi_cost_func(PARAMS0, np.where(R0, Y0, 99.0), R0, 2, 3, 2, 1)
    assert J3 == J1
    np.testing.assert_array_equal(g3, g1)


def test_cofi_nothing_rated_and_nan_silently():
    J, grad = cofi_cost_func(PARAMS0, Y0, np.zeros((3, 2)), 2, 3, 2, 2.0)
    assert J == pytest.approx(np.sum(PARAMS0 ** 2), rel=1e-15)
    np.testing.assert_array_equal(grad, 2 * PARAMS0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        J, grad = cofi_cost_func(PARAMS0, np.where(R0, Y0, np.nan), R0, 2, 3, 2, 1.0)  # 0 * NaN is NaN
    assert np.isnan(J) and np.isnan(grad).any()


@pytest.mark.parametrize("args, message", [
    ((np.zeros(4), 1, 1, 0, 1, 1, 0), "num_users must be a positive integer, got 0"),
    ((np.zeros(4), 1, 1, 1, 1.5, 1, 0), "num_movies must be a positive integer, got 1.5"),
    ((np.zeros(4), 1, 1, 1, 1, "a", 0), 'num_features must be a positive integer, got "a"'),
    ((np.zeros((1, 2)), 1, 1, 1, 1, 1, 0), "params must be a real numeric column, got an array of size 1x2"),
    ((np.zeros(9), np.ones((3, 2)), R0, 2, 3, 2, 0),
     "params must have (num_movies + num_users) * num_features = 10 elements, got 9"),
    ((np.zeros(10), np.ones((2, 3)), np.ones((2, 3)), 2, 3, 2, 0),
     "Y must be num_movies-by-num_users (num_movies is 3, num_users is 2; Y is 2x3)"),
    ((np.zeros(10), np.ones((3, 2)), np.ones((2, 3)), 2, 3, 2, 0), "R must have the size of Y (Y is 3x2; R is 2x3)"),
    ((np.zeros(10), np.ones((3, 2)), [[1, 1], [5, 0], [1, 0]], 2, 3, 2, 0),
     "R must hold 0 and 1 only (rated or not), but its 2nd element is 5"),
    ((np.zeros(10), np.ones((3, 2)), "r", 2, 3, 2, 0), 'R must be a real numeric matrix, got "r"'),
    ((np.zeros(10), np.ones((3, 2)), R0, 2, 3, 2, [1.0, 2.0]),
     "lambda_ must be a real scalar, got a 1-D array of length 2"),
])
def test_cofi_refusals_word_for_word(args, message):
    with pytest.raises(ValueError) as info:
        cofi_cost_func(*args)
    assert str(info.value) == f"cofi_cost_func: {message}"


# -- normalize_ratings --------------------------------------------------------------------------------

def test_normalize_ratings_hand_values():
    Ynorm, Ymean = normalize_ratings([[5.0, 4.0, 0.0], [0.0, 1.0, 3.0], [2.0, 0.0, 0.0]],
                                     [[1, 1, 0], [0, 1, 1], [1, 0, 0]])
    np.testing.assert_array_equal(Ymean, [4.5, 2.0, 2.0])
    np.testing.assert_array_equal(Ynorm, [[0.5, -0.5, 0.0], [0.0, -1.0, 1.0], [0.0, 0.0, 0.0]])
    assert Ymean.shape == (3,)


def test_normalize_ratings_reads_only_rated_entries_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Ynorm, Ymean = normalize_ratings([[3.0, np.nan, 4.0], [1.0, 2.0, np.inf]], [[1, 0, 1], [1, 1, 0]])
    np.testing.assert_array_equal(Ymean, [3.5, 1.5])
    np.testing.assert_array_equal(Ynorm, [[-0.5, 0.0, 0.5], [-0.5, 0.5, 0.0]])


@pytest.mark.parametrize("seed", [1, 2])
def test_normalize_ratings_means_are_octaves(seed):
    rng = np.random.default_rng(seed)
    Y = rng.random((6, 40)) * 5
    R = rng.random((6, 40)) < 0.7
    _, Ymean = normalize_ratings(Y, R)
    for i in range(6):
        assert Ymean[i] == octave.mean(Y[i, R[i]].reshape(1, -1))[0, 0]  # mean (Y(i, idx)), bit for bit


@pytest.mark.parametrize("args, message", [
    (("y", True), 'Y must be a real numeric matrix, got "y"'),
    ((np.zeros((0, 2)), np.zeros((0, 2))), "Y must have at least one row and one column (Y is 0x2)"),
    ((np.ones((2, 2)), [[1, 1]]), "R must have the size of Y (Y is 2x2; R is 1x2)"),
    ((np.ones((2, 2)), [[1, 1], [1, -1]]), "R must hold 0 and 1 only (rated or not), but its 4th element is -1"),
    ((np.ones((3, 2)), [[1, 0], [0, 0], [0, 0]]),
     "the 2nd movie has no ratings (its row of R is all 0): it has no mean rating"),
])
def test_normalize_ratings_refusals_word_for_word(args, message):
    with pytest.raises(ValueError) as info:
        normalize_ratings(*args)
    assert str(info.value) == f"normalize_ratings: {message}"


@pytest.mark.octave
def test_the_gradient_check_agrees_on_both_sides(octave):
    """computeNumericalGradient on cofiCostFunc in Octave against the port's on cofi_cost_func (the
    cross-check case the exercise's checkCostFunction makes), and both against the analytic gradient."""
    from crosscheck.case import Case, Handle, Output  # noqa: PLC0415
    from crosscheck.cases.gradient_check import NUMERICAL  # noqa: PLC0415
    from crosscheck.cases.recommender import cofi_problem  # noqa: PLC0415
    from crosscheck.runner import run_cases  # noqa: PLC0415

    make = cofi_problem(5, 4, 3, 1.5)
    case = Case("computeNumericalGradient", "cofi-cost", lambda rng: (lambda a: (Handle("cofiCostFunc", a[1:]), a[0]))(
        make(rng)), (Output("numgrad", "array"),), tol=NUMERICAL)
    result = run_cases([case], octave)[0]
    assert result.passed, result.message
    params, *rest = make(np.random.default_rng(case.seed))
    numgrad = compute_numerical_gradient(lambda t: cofi_cost_func(t, *rest), params)
    np.testing.assert_allclose(cofi_cost_func(params, *rest).g, numgrad, rtol=0, atol=1e-8)
